/** `wireroom parse-feed <file|-> [--url U] [--content-type T]`: the normalized feed as JSON. */
import { UserError } from '../errors';
import { parseFeedAsync } from '../fetchers/parse';
import { readInput } from './read-input';

/** Prints the parsed feed; a document that is not a feed exits 1 with a one-line reason. */
export async function parseFeedCommand(file: string, opts: { url?: string; contentType?: string }): Promise<void> {
  const body = await readInput(file);
  const r = await parseFeedAsync(body, { url: opts.url, contentType: opts.contentType });
  if (!r.ok) throw new UserError(`${file === '-' ? 'stdin' : file}: ${r.code}: ${r.reason}`, 1);
  process.stdout.write(JSON.stringify(r.feed, null, 2) + '\n');
}
