'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const SOURCE_DIRS = ['src', 'db'];

/** Newest modification time (ms) of any .ts file under the source folders. */
function newestSourceMtime() {
  let newest = 0;
  const walk = (dir) => {
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  };
  for (const d of SOURCE_DIRS) walk(path.join(ROOT, d));
  return newest;
}

/** True when dist/ was built after the last source change. */
function distIsFresh() {
  const stamp = path.join(ROOT, 'dist', '.build-stamp');
  try {
    return fs.statSync(stamp).mtimeMs >= newestSourceMtime();
  } catch {
    return false;
  }
}

/** Loads `<entry>` from dist when fresh, else from the TypeScript sources via tsx. */
function runCli(entry) {
  if (distIsFresh()) {
    require(path.join(ROOT, 'dist', entry + '.js')).main(process.argv.slice(2));
    return;
  }
  try {
    require.resolve('tsx/cjs/api');
  } catch {
    process.stderr.write('wireroom: dist/ is missing or stale and tsx is not installed; run `npm run build`.\n');
    process.exit(1);
  }
  require('tsx/cjs/api').register();
  require(path.join(ROOT, entry + '.ts')).main(process.argv.slice(2));
}

module.exports = { runCli, distIsFresh, ROOT };
