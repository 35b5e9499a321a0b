import { ConfigError, loadConfig } from '../../src/config';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('gives documented defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(4000);
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.NEO4J_DATABASE).toBe('neo4j');
    expect(config.NEO4J_LOCAL_PORT).toBe(7687);
    // Production unless NODE_ENV=development is set explicitly: internal errors masked, no stack traces.
    expect(config.NODE_ENV).toBe('production');
  });

  it('coerces numbers and keeps given strings', () => {
    const config = loadConfig({
      PORT: '8080',
      NEO4J_URI: 'neo4j+s://abc.databases.example:7687',
      NEO4J_DATABASE: 'graph',
    });
    expect(config.PORT).toBe(8080);
    expect(config.NEO4J_URI).toBe('neo4j+s://abc.databases.example:7687');
    expect(config.NEO4J_DATABASE).toBe('graph');
  });

  it.each([
    ['PORT', 'abc', /PORT="abc": must be a port number/],
    ['PORT', '70000', /PORT="70000": must be a port number/],
    ['PORT', '80.5', /PORT="80.5": must be a whole port number/],
    [
      'NEO4J_URI',
      'http://localhost:7474',
      /NEO4J_URI="http:\/\/localhost:7474": must be a neo4j:\/\/ or bolt:\/\/ URI/,
    ],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL="loud"/],
    ['NEO4J_LOCAL_HEAP', 'lots', /NEO4J_LOCAL_HEAP="lots": must be a JVM size/],
    ['BODY_LIMIT', 'big', /BODY_LIMIT="big": must be a size/],
    ['NEO4J_QUERY_TIMEOUT_MS', '-5', /NEO4J_QUERY_TIMEOUT_MS="-5": must be a positive number of milliseconds/],
  ])('rejects %s=%s naming the variable', (name, value, message) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it('reports every bad variable at once', () => {
    const problems = problemsOf({ PORT: 'abc', NEO4J_LOCAL_PORT: 'x' });
    expect(problems.map((p) => p.split('=')[0]).sort()).toEqual(['NEO4J_LOCAL_PORT', 'PORT']);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '' }).PORT).toBe(4000);
  });
});

describe('shutdown and supervision settings', () => {
  it('default to a 10 s shutdown and 5 restarts of a local Neo4j', () => {
    const config = loadConfig({});
    expect(config.SHUTDOWN_TIMEOUT_MS).toBe(10_000);
    expect(config.NEO4J_LOCAL_MAX_RESTARTS).toBe(5);
    expect(loadConfig({ NEO4J_LOCAL_MAX_RESTARTS: '0' }).NEO4J_LOCAL_MAX_RESTARTS).toBe(0);
  });

  it.each([
    ['SHUTDOWN_TIMEOUT_MS', '0', /SHUTDOWN_TIMEOUT_MS="0": must be a positive number of milliseconds/],
    [
      'NEO4J_LOCAL_MAX_RESTARTS',
      '-1',
      /NEO4J_LOCAL_MAX_RESTARTS="-1": must be a whole number of restarts from 0 to 100/,
    ],
    ['NEO4J_LOCAL_MAX_RESTARTS', 'many', /NEO4J_LOCAL_MAX_RESTARTS="many": must be a whole number of restarts/],
  ])('rejects %s=%s naming the variable', (name, value, message) => {
    expect(problemsOf({ [name]: value })).toEqual([expect.stringMatching(message)]);
  });
});
