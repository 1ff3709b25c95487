'use strict';
// postinstall: compile TypeScript to dist/ so `npm start` runs plain JavaScript.
// A failed build is not fatal: the launcher falls back to running the sources with tsx.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { distIsFresh, ROOT } = require('./resolve-entry.js');

if (!fs.existsSync(path.join(ROOT, 'node_modules', 'typescript'))) process.exit(0);
if (distIsFresh()) process.exit(0);
const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
if (r.status === 0) {
  fs.writeFileSync(path.join(ROOT, 'dist', '.build-stamp'), new Date().toISOString() + '\n');
} else {
  process.stderr.write('wireroom: TypeScript build failed; the CLI will run the sources with tsx.\n');
}
