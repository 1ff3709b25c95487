/**
 * Credit lines from a source's template ("Source: {source}"). Placeholders: {source} the carrier's
 * name, {author} the byline, {original} the original outlet, {url} the original article URL.
 * When the story came from another outlet, the line names the original first:
 * "Source: RT, via 247 City News", and never names one outlet twice ("AFP" is "Agence France-Presse":
 * outlet identity is `sameOutlet`). Pure.
 */
import { sameOutlet } from './outlets';

export interface CreditFacts {
  /** The source we took the item from (feeds.yaml `name`). */
  source: string;
  /** The source's id and home page, so an original that is the source itself is recognised. */
  sourceId?: string | null;
  sourceHomepage?: string | null;
  author?: string | null;
  /** The outlet that first published the story, when the page or cluster says so. */
  original?: string | null;
  /** Where the original outlet published the story (its host identifies the outlet). */
  originalUrl?: string | null;
  url?: string | null;
}

/** Renders the template; never returns an empty line (falls back to "Source: {source}"). */
export function renderCreditLine(template: string, facts: CreditFacts): string {
  const original = facts.original && !sameOutlet({ name: facts.original, homepage: facts.originalUrl }, { name: facts.source, id: facts.sourceId, homepage: facts.sourceHomepage }) ? facts.original : null;
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
