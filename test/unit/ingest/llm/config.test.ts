import { ConfigError, loadConfig } from '../../../../src/config';

describe('LLM settings', () => {
  it('are unset or defaulted in an empty environment', () => {
    const config = loadConfig({});
    expect([config.LLM_BASE_URL, config.LLM_MODEL, config.LLM_API_KEY]).toEqual([undefined, undefined, undefined]);
    expect(config).toMatchObject({
      LLM_TIMEOUT_MS: 60_000,
      LLM_MAX_RETRIES: 3,
      LLM_CONCURRENCY: 2,
      LLM_CACHE_DIR: '.cache/llm',
    });
  });

  it('accept an http(s) URL and coerce numbers', () => {
    const config = loadConfig({
      LLM_BASE_URL: 'http://127.0.0.1:8080/v1',
      LLM_MODEL: 'qwen',
      LLM_MAX_RETRIES: '0',
      LLM_CONCURRENCY: '4',
    });
    expect(config).toMatchObject({
      LLM_BASE_URL: 'http://127.0.0.1:8080/v1',
      LLM_MODEL: 'qwen',
      LLM_MAX_RETRIES: 0,
      LLM_CONCURRENCY: 4,
    });
  });

  it.each([
    ['LLM_BASE_URL', 'ftp://example.org', /LLM_BASE_URL="ftp:\/\/example.org": must be an http\(s\) URL/],
    ['LLM_BASE_URL', 'localhost', /LLM_BASE_URL="localhost": must be an http\(s\) URL/],
    ['LLM_TIMEOUT_MS', '0', /LLM_TIMEOUT_MS="0": must be a positive number of milliseconds/],
    ['LLM_MAX_RETRIES', '11', /LLM_MAX_RETRIES="11": must be a whole number of retries from 0 to 10/],
    ['LLM_MAX_RETRIES', 'x', /LLM_MAX_RETRIES="x": must be a whole number of retries/],
    ['LLM_CONCURRENCY', '0', /LLM_CONCURRENCY="0": must be a whole number of parallel requests from 1 to 64/],
    ['LLM_CONCURRENCY', '1.5', /LLM_CONCURRENCY="1.5": must be a whole number of parallel requests/],
  ])('reject %s=%s naming the variable', (name, value, message) => {
    let problems: string[] = [];
    try {
      loadConfig({ [name]: value });
    } catch (error) {
      if (error instanceof ConfigError) problems = error.problems;
    }
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });
});
