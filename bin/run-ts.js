#!/usr/bin/env node
'use strict';
// Runs a TypeScript script (benchmarks, conformance) through tsx: `node bin/run-ts.js file.ts [args]`.
const path = require('node:path');
require('tsx/cjs/api').register();
const file = path.resolve(process.argv[2]);
process.argv.splice(1, 2, file);
const mod = require(file);
if (typeof mod.main === 'function') {
  Promise.resolve(mod.main(process.argv.slice(2))).catch((err) => {
    process.stderr.write(String((err && err.stack) || err) + '\n');
    process.exit(1);
  });
}
