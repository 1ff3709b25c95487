#!/usr/bin/env node
'use strict';
// Launcher: runs the compiled CLI from dist/ when it is up to date with the sources,
// otherwise runs the TypeScript sources through tsx (development checkouts).
const { runCli } = require('./resolve-entry.js');
runCli('src/main');
