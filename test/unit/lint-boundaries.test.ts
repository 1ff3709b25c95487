/**
 * The import boundaries in eslint.config.js: code linted as if it sat at a given path in src/ is
 * reported when it crosses a boundary (pure folders into db/deps/queue/http or a stage folder; a
 * stage backwards) and passes when it imports what its folder may.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';

const ROOT = path.resolve(__dirname, '..', '..');
const RULE = 'import-x/no-restricted-paths';

/** The repository's own ESLint configuration (eslint.config.js at the root). */
const eslint = new ESLint({ cwd: ROOT });

/** The rule ids reported for `code` linted as the file at `filePath` (relative to the root). */
async function ruleIds(filePath: string, code: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, filePath) });
  return (result?.messages ?? []).map((m) => m.ruleId);
}

/**
 * Files the cases below import. The rule skips an import it cannot resolve (tsc reports those), so a
 * case whose target was moved would prove nothing: this list makes such a move fail loudly here.
 */
const TARGETS = [
  'db/schema.ts',
  'src/deps.ts',
  'src/queue/index.ts',
  'src/http/client.ts',
  'src/core/url.ts',
  'src/core/html.ts',
  'src/text/charset.ts',
  'src/text/scrub.ts',
  'src/settings/feeds-schema.ts',
  'src/workers/extract/dom.ts',
  'src/workers/build-item.ts',
  'src/workers/enqueue.ts',
  'src/fetchers/entry-plan.ts',
  'src/publish/present-item.ts',
  'src/publish/present-item.ts',
];

describe('lint: import boundaries', () => {
  it('lints against files that exist', () => {
    expect(TARGETS.filter((f) => !fs.existsSync(path.join(ROOT, f)))).toEqual([]);
  });

  it.each([
    [
      'policy into db',
      'src/policy/x.ts',
      "import { sql } from 'kysely';\nimport type { DB } from '../../db/schema';\nexport type T = DB;\nexport const s = sql;\n",
    ],
    ['policy re-exporting db', 'src/policy/x.ts', "export type { DB } from '../../db/schema';\n"],
    ['core into deps', 'src/core/x.ts', "import type { Deps } from '../deps';\nexport type T = Deps;\n"],
    ['text into the queue', 'src/text/x.ts', "import * as q from '../queue';\nexport const a = q;\n"],
    ['extraction into http', 'src/workers/extract/x.ts', "import * as h from '../../http/client';\nexport const a = h;\n"],
    ['extraction into its own stage folder', 'src/workers/extract/x.ts', "import * as b from '../build-item';\nexport const a = b;\n"],
    ['feed parsing into a stage folder', 'src/fetchers/parse/x.ts', "import * as e from '../entry-plan';\nexport const a = e;\n"],
    ['feed parsing through import()', 'src/fetchers/parse/x.ts', "export const q = import('../../queue');\n"],
    ['feed parsing through require', 'src/fetchers/parse/x.ts', "export const q = require('../../queue');\n"],
    ['publish back into workers', 'src/publish/x.ts', "import * as b from '../workers/build-item';\nexport const a = b;\n"],
    ['publish back into fetchers', 'src/publish/api/x.ts', "import * as e from '../../fetchers/entry-plan';\nexport const a = e;\n"],
    ['workers back into fetchers', 'src/workers/x.ts', "import * as e from '../fetchers/entry-plan';\nexport const a = e;\n"],
    ['fetchers into publish', 'src/fetchers/x.ts', "import * as p from '../publish/present-item';\nexport const a = p;\n"],
  ])('reports %s', async (_name, filePath, code) => {
    const ids = await ruleIds(filePath, code);
    expect(ids).toContain(RULE);
  });

  it.each([
    [
      'policy into core, text, settings and packages',
      'src/policy/x.ts',
      "import path from 'node:path';\nimport { normalizeUrl } from '../core/url';\nimport { scrubText } from '../text/scrub';\nimport type { Rights } from '../settings/feeds-schema';\nexport type R = Rights;\nexport const a = [path, normalizeUrl, scrubText];\n",
    ],
    [
      'extraction into itself and core',
      'src/workers/extract/x.ts',
      "import * as d from './dom';\nimport { hostOf } from '../../core/url';\nexport const a = [d, hostOf];\n",
    ],
    ['feed parsing into text', 'src/fetchers/parse/x.ts', "import * as c from '../../text/charset';\nexport const a = c;\n"],
    [
      'publish into db and core',
      'src/publish/x.ts',
      "import type { DB } from '../../db/schema';\nimport { escapeHtml } from '../core/html';\nexport type T = DB;\nexport const a = escapeHtml;\n",
    ],
    ['fetchers forward into workers', 'src/fetchers/x.ts', "import * as e from '../workers/enqueue';\nexport const a = e;\n"],
    ['workers forward into publish', 'src/workers/x.ts', "import * as p from '../publish/present-item';\nexport const a = p;\n"],
  ])('passes %s', async (_name, filePath, code) => {
    expect(await ruleIds(filePath, code)).toEqual([]);
  });
});
