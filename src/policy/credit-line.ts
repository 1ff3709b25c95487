/**
 * Credit lines from a source's template ("Source: {source}"). Placeholders: {source} the carrier's
 * name, {author} the byline, {original} the original outlet, {url} the original article URL.
 * When the story came from another outlet, the line names the original first:
 * "Source: RT, via 247 City News", and never names one outlet twice ("AFP" is "Agence France-Presse":
 * outlet identity is `sameOutlet`). Pure.
 */
import { plainText } from '../core/plain-text';
import { sameOutlet } from './outlets';

export interface CreditFacts {
  /** The source we took the item from (feeds.yaml `name`). */
  source: string;
  /** The source's id and home page, so an original that is the source itself is recognised. */
  sourceId?: string | null;
  sourceHomepage?: string | null;
  /** feeds.yaml `aliases` of the source: a credit naming one of them is the source itself. */
  sourceAliases?: readonly string[];
  author?: string | null;
  /** The outlet that first published the story, when the page or cluster says so. */
  original?: string | null;
  /** Where the original outlet published the story (its host identifies the outlet). */
  originalUrl?: string | null;
  url?: string | null;
}

/** Renders the template as plain text (markup in any fact is dropped); never returns an empty line (falls back to "Source: {source}"). */
export function renderCreditLine(template: string, facts: CreditFacts): string {
  return plainText(renderLine(template, facts));
}

function renderLine(template: string, facts: CreditFacts): string {
  const source = { name: facts.source, id: facts.sourceId, homepage: facts.sourceHomepage, aliases: facts.sourceAliases };
  const original = facts.original && !sameOutlet({ name: facts.original, homepage: facts.originalUrl }, source) ? facts.original : null;
  const usesOriginal = template.includes('{original}');
  const author = facts.author?.trim() ?? '';
  const values: Record<string, string> = {
    source: original && !usesOriginal ? `${original}, via ${facts.source}` : facts.source,
    // A byline that is an outlet already named ("AFP", "Reuters") is not named again.
    author: sameOutlet(author, source) || (original !== null && sameOutlet(author, original)) ? '' : author,
    // With no other original, {original} is the source, unless the template names the source too.
    original: original ?? (template.includes('{source}') ? '' : facts.source),
    url: facts.url ?? '',
  };
  const line = (original ? template : withoutOriginal(template))
    .replace(/\{(source|author|original|url)\}/g, (_, k: string) => values[k] ?? '')
    .replace(/\(\s*\)|\[\s*\]|\([^()]*:\s*\)/g, '')
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/[,;:]\s*$/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return line && /[\p{L}\p{N}]/u.test(line) ? line : `Source: ${values.source}`;
}

/**
 * With no other original, a template naming both {original} and {source} would name the source
 * twice ("NPR via NPR"): the span from one to the other, connector included, becomes {source}
 * (a connector with brackets is left, and the emptied "(original: )" is dropped when rendering).
 */
function withoutOriginal(template: string): string {
  return template.replace(/\{original\}[^{}()[\]]*\{source\}|\{source\}[^{}()[\]]*\{original\}/, '{source}');
}
