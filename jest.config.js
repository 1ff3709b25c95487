'use strict';
/** Jest: unit tests (pure core, no services) and integration tests (real Postgres, Redis, HTTP on 127.0.0.1). */
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }] };
const common = {
  transform,
  testEnvironment: 'node',
  setupFiles: ['<rootDir>/test/support/network-guard.ts'],
  // ESM-only packages that jest's CommonJS runtime on Node 20 must see transformed.
  // linkedom (the Readability fallback) requires css-select 7 and nth-check, ESM with ESM dependencies of their own;
  // @exodus/bytes (the WHATWG decoders) is ESM-only.
  transformIgnorePatterns: [
    '(?<!css-select|nth-check|linkedom)/node_modules/(?!(p-limit|yocto-queue|cookie|set-cookie-parser|content-disposition|css-select|nth-check|cssomnom|uhyphen|html-escaper|@exodus/bytes)/)',
  ],
};
/**
 * Two workers at least: every integration file has its own database and queue prefix, and most of
 * a file's time is waiting (browsers, services, timers), so a 2-core machine runs the suite in about
 * half the time of one worker (measured: 10 min 28 s → 5 min 20 s, 2,242 tests).
 */
const workers = Math.max(2, require('node:os').availableParallelism() - 1);
module.exports = {
  testTimeout: 30000,
  maxWorkers: workers,
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
