import { ConfigError, loadConfig } from '../../src/config';

describe('the query limit settings', () => {
  it('default to depth 12, 30 aliases and cost 20000', () => {
    const config = loadConfig({});
    expect([config.MAX_QUERY_DEPTH, config.MAX_QUERY_ALIASES, config.MAX_QUERY_COST]).toEqual([12, 30, 20000]);
  });

  it('coerce whole numbers', () => {
    const config = loadConfig({ MAX_QUERY_DEPTH: '8', MAX_QUERY_ALIASES: '5', MAX_QUERY_COST: '20000' });
    expect([config.MAX_QUERY_DEPTH, config.MAX_QUERY_ALIASES, config.MAX_QUERY_COST]).toEqual([8, 5, 20000]);
  });

  it.each([
    ['MAX_QUERY_DEPTH', 'deep', /MAX_QUERY_DEPTH="deep": must be a whole number of nested field levels/],
    ['MAX_QUERY_DEPTH', '0', /MAX_QUERY_DEPTH="0": must be a positive number of nested field levels/],
    ['MAX_QUERY_ALIASES', '2.5', /MAX_QUERY_ALIASES="2.5": must be a whole number of aliases/],
    ['MAX_QUERY_COST', '-1', /MAX_QUERY_COST="-1": must be a positive number of cost points/],
  ])('reject %s=%s with a message naming it', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
});
