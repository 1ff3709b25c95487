/** Loads files from test/fixtures, with {{ORIGIN}} replaced by a fixture server's origin. */
import fs from 'node:fs';
import path from 'node:path';

export const FIXTURES = path.resolve(__dirname, '..', 'fixtures');

/** A fixture's text with `{{ORIGIN}}` replaced. */
export function fixtureText(rel: string, origin = ''): string {
  return fs.readFileSync(path.join(FIXTURES, rel), 'utf8').replaceAll('{{ORIGIN}}', origin);
}
