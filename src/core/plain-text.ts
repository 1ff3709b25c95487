/**
 * Plain text for fields the portal shows as text (title, byline, credit line): markup a feed or a
 * page left in them is taken out — tags dropped, script and style content dropped, references
 * decoded, whitespace collapsed — so no reader of the JSON or of an RSS <title> gets markup. Only
 * HTML's own elements count as markup: text that mentions `<` ("3 < 5", "<reopens>") is left as
 * it is. Pure (htmlparser2's tokenizer).
 */
import { Parser } from 'htmlparser2';

/** Something that parses as a tag, a comment, or a character reference. */
const MARKUP = /<[a-zA-Z!/?]|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;
/** Elements whose content is not text. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math']);
/** HTML element names (WHATWG, plus common obsolete ones); any other `<word>` is text. */
const HTML_ELEMENTS = new Set(
  (
    'a abbr address area article aside audio b base bdi bdo blink blockquote body br button canvas caption center cite code col colgroup ' +
    'data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 ' +
    'head header hgroup hr html i iframe img input ins kbd label legend li link main map mark marquee menu meta meter nav noscript object ol ' +
    'optgroup option output p param picture pre progress q rp rt ruby s samp script search section select slot small source span strike ' +
    'strong style sub summary sup svg table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr math'
  ).split(' '),
);
/** Elements that separate words. */
const BREAKS = /^(?:br|p|div|li|h[1-6]|tr|td|th|blockquote)$/;

/** Passes at most: markup escaped twice ("&amp;lt;b&amp;gt;") is markup once decoded, so it is stripped again. */
const MAX_PASSES = 3;

/** `s` without markup, also where decoding its references made some; the same string when it has none. */
export function plainText(s: string): string {
  let out = s;
  for (let pass = 0; pass < MAX_PASSES && MARKUP.test(out); pass++) {
    const next = stripOnce(out);
    if (next === out) break;
    out = next;
  }
  return out;
}

function stripOnce(s: string): string {
  let out = '';
  let skipping = 0;
  const raw = () => s.slice(parser.startIndex, parser.endIndex + 1);
  const parser = new Parser(
    {
      onopentag: (name) => {
        if (!HTML_ELEMENTS.has(name)) out += skipping ? '' : raw();
        else if (SKIPPED.has(name)) skipping++;
        else if (BREAKS.test(name)) out += ' ';
      },
      onclosetag: (name, implied) => {
        if (!HTML_ELEMENTS.has(name)) out += skipping || implied ? '' : raw();
        else if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
      },
      ontext: (text) => {
        if (!skipping) out += text;
      },
    },
    { decodeEntities: true },
  );
  parser.write(s);
  parser.end();
  return out.replace(/\s+/g, ' ').trim();
}

/** plainText for a field that may be null. */
export function plainTextOrNull(s: string | null): string | null {
  return s === null ? null : plainText(s);
}
