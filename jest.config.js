/**
 * Two projects: unit tests (pure code, no database) and integration tests,
 * which share one Neo4j for the whole run (test/support/global-setup.ts; it
 * starts only when an integration test runs). Tests run in band so that each
 * can reset the graph without disturbing another.
 * @type {import('jest').Config}
 */
const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', {}] },
};

module.exports = {
  maxWorkers: 1,
  testTimeout: 120000,
  // `npm run coverage` (unit tests only; collecting coverage makes them about 70% slower, so `npm test`
  // does not). The thresholds are the levels of November 30, 2026, rounded down: a change that lowers
  // coverage of src fails there.
  collectCoverageFrom: ['src/**/*.ts'],
  coverageReporters: ['text-summary', 'lcov'],
  coverageThreshold: { global: { statements: 73, branches: 72, functions: 74, lines: 72 } },
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
