/**
 * Credit lines from a source's template ("Source: {source}"). Placeholders: {source} the carrier's
 * name, {author} the byline, {original} the original outlet, {url} the original article URL.
 * When the story came from another outlet, the line names the original first:
 * "Source: RT, via 247 City News". Pure.
 */

export interface CreditFacts {
  /** The source we took the item from (feeds.yaml `name`). */
  source: string;
  author?: string | null;
  /** The outlet that first published the story, when the page or cluster says so. */
  original?: string | null;
  url?: string | null;
}

/** Renders the template; never returns an empty line (falls back to "Source: {source}"). */
export function renderCreditLine(template: string, facts: CreditFacts): string {
  const original = facts.original && !sameOutlet(facts.original, facts.source) ? facts.original : null;
  const usesOriginal = template.includes('{original}');
  const values: Record<string, string> = {
    source: original && !usesOriginal ? `${original}, via ${facts.source}` : facts.source,
    author: facts.author?.trim() ?? '',
    original: original ?? facts.source,
    url: facts.url ?? '',
  };
  const line = template
    .replace(/\{(source|author|original|url)\}/g, (_, k: string) => values[k] ?? '')
    .replace(/\(\s*\)|\[\s*\]/g, '')
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/[,;:]\s*$/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return line && /[\p{L}\p{N}]/u.test(line) ? line : `Source: ${values.source}`;
}

/** True when two outlet names refer to the same outlet ("RT NEWS" ≈ "RT", "Reuters" ≈ "reuters.com"). */
export function sameOutlet(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/^(the|www)\.?\s*/, '')
      .replace(/\.(com|org|net|co\.uk|ru|de)$/, '')
      .replace(/\b(news|agency|wire|newswire|online|media|group|inc|ltd|tv)\b/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, '');
  const x = norm(a);
  const y = norm(b);
  return x.length > 0 && x === y;
}
