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
 * Four workers at least: every integration file has its own database and queue prefix, and most of
 * a file's time is waiting (browsers, services, timers, child processes), so a 2-core machine runs
 * more files than it has cores. Measured on 2 cores, `npm test -- --ci`, 4,316 tests, one run each:
 * 2 workers 446 s wall (CPU 691 s, 77 % of both cores); 3 workers 369 s (CPU 600 s). One worker took 10 min 28 s.
 * 2026-12-07, 4,883 tests, dist built, one run each: 3 workers 328 s and 333 s, 4 workers 313 s.
 */
const workers = Math.max(4, require('node:os').availableParallelism());
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
