/**
 * What a source's rights let us republish, applied at every output: full (sanitized text),
 * excerpt (first N words and the link), headline (title and link), none (never published). Pure.
 */
import { escapeHtml } from '../core/html';
import type { Rights } from '../settings/feeds-schema';

export interface PublishableContent {
  summary: string | null;
  content_html: string | null;
  /** Plain text the output may carry (search snippets, ninjs body_text). */
  text: string | null;
}

export interface ContentInput {
  summary: string | null;
  content_html: string | null;
  text: string | null;
  /** True when `text` holds only the start of the item's text (see listItems' lean columns). */
  text_is_prefix?: boolean | null;
}

/** Whether an item of a source with these rights may be published at all. */
export function mayPublish(rights: Rights): boolean {
  return rights !== 'none';
}

/**
 * Cuts `text` to its first `words` words, ending with "…" when cut. Reads only as far as it needs.
 * `prefixOnly`: `text` is the start of a longer text (a list query fetches only a prefix), so its
 * last word may be partial and is dropped unless more than `words` words were seen.
 */
export function firstWords(text: string, words: number, prefixOnly = false): string {
  const re = /\S+/g;
  const parts: string[] = [];
  for (let m = re.exec(text); m !== null && parts.length <= words; m = re.exec(text)) parts.push(m[0]);
  if (parts.length <= words && !prefixOnly) return parts.join(' ');
  if (parts.length <= words) parts.pop();
  const kept = parts
    .slice(0, words)
    .join(' ')
    .replace(/[,;:.!?-]+$/, '');
  return kept ? kept + '…' : '';
}

/** The content an output may show for an item under `rights`. */
export function applyRights(rights: Rights, c: ContentInput, excerptWords: number): PublishableContent {
  switch (rights) {
    case 'full':
      return {
        summary: c.summary ?? (c.text ? firstWords(c.text, excerptWords, c.text_is_prefix === true) : null),
        content_html: c.content_html,
        text: c.text,
      };
    case 'excerpt': {
      const fromText = Boolean(c.text);
      const base = c.text || stripTags(c.summary ?? '') || '';
      const excerpt = base ? firstWords(base, excerptWords, fromText && c.text_is_prefix === true) || null : null;
      return { summary: excerpt, content_html: excerpt ? `<p>${escapeHtml(excerpt)}</p>` : null, text: excerpt };
    }
    case 'headline':
    case 'none':
      return { summary: null, content_html: null, text: null };
  }
}

/** Text of an HTML fragment (for excerpts of feed summaries). */
export function stripTags(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
