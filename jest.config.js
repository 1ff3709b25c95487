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
module.exports = {
  testTimeout: 30000,
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
