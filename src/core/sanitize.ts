/**
 * The one HTML sanitizer: an allowlist (sanitize-html) plus absolute URLs without tracking
 * parameters. The publisher reuses it for editor-edited bodies.
 */
import sanitize from 'sanitize-html';
import { absoluteUrl, isWebUrl, stripTracking } from './url';

/** Video embed hosts allowed in iframes when the caller names none. */
export const DEFAULT_IFRAME_HOSTS = ['www.youtube.com', 'youtube.com', 'www.youtube-nocookie.com', 'player.vimeo.com'];

export interface SanitizeOptions {
  /** Hosts whose iframes survive (exact host names). */
  iframeHosts?: string[];
}

/** Story markup only: text structure, links, images, tables, figures, embeds. */
export const ALLOWED_TAGS = [
  'p',
  'br',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'code',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'small',
  'mark',
  'abbr',
  'cite',
  'q',
  'time',
  'a',
  'img',
  'figure',
  'figcaption',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'hr',
  'iframe',
];
export const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'title', 'rel'],
  img: ['src', 'alt', 'title', 'width', 'height'],
  iframe: ['src', 'width', 'height', 'title', 'allowfullscreen'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  time: ['datetime'],
  blockquote: ['cite'],
  ol: ['start'],
};
/** Tags whose text is dropped with them (sanitize-html otherwise keeps a disallowed tag's text). */
const NON_TEXT_TAGS = [
  'script',
  'style',
  'textarea',
  'option',
  'noscript',
  'select',
  'button',
  'template',
  'svg',
  'math',
  'object',
  'embed',
  'applet',
  'title',
  'head',
  'xml',
  'frameset',
  'frame',
  'noembed',
  'noframes',
  'form',
  'label',
  'input',
];
/** Lazy-loading attributes that hold the real image when src is a placeholder. */
export const LAZY_SRC = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src'];

/** Sanitizes HTML for republication; relative URLs resolve against `baseUrl`. */
export function sanitizeHtml(html: string, baseUrl: string, opts: SanitizeOptions = {}): string {
  const out = sanitize(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: ALLOWED_ATTRIBUTES,
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https'], iframe: ['https'] },
    allowProtocolRelative: false,
    allowedIframeHostnames: opts.iframeHosts ?? DEFAULT_IFRAME_HOSTS,
    allowIframeRelativeUrls: false,
    disallowedTagsMode: 'discard',
    nonTextTags: NON_TEXT_TAGS,
    transformTags: {
      a: (tag, attribs) => ({ tagName: tag, attribs: linkAttribs(attribs, baseUrl) }),
      img: (tag, attribs) => ({ tagName: tag, attribs: imageAttribs(attribs, baseUrl) }),
      iframe: (tag, attribs) => ({ tagName: tag, attribs: withUrl(attribs, 'src', attribs.src, baseUrl) }),
      h1: 'h2',
    },
    exclusiveFilter: (frame) =>
      (frame.tag === 'iframe' && !frame.attribs.src) ||
      ((frame.tag === 'a' || frame.tag === 'p') && !frame.text.trim() && !frame.mediaChildren?.length),
  });
  return out
    .normalize('NFC')
    .replace(/\s{2,}/g, (ws) => (ws.includes('\n') ? '\n' : ' '))
    .trim();
}

function linkAttribs(attribs: sanitize.Attributes, base: string): sanitize.Attributes {
  const out = withUrl(attribs, 'href', attribs.href, base);
  if (out.href && !out.href.startsWith('mailto:')) out.rel = 'noopener noreferrer nofollow';
  return out;
}

function imageAttribs(attribs: sanitize.Attributes, base: string): sanitize.Attributes {
  const lazy = LAZY_SRC.map((k) => attribs[k]).find((v) => v && !v.startsWith('data:'));
  const src = lazy ?? attribs.src;
  return withUrl(attribs, 'src', src, base);
}

/** Resolves `value` against `base` into `key`; drops the attribute for non-web URLs. */
function withUrl(attribs: sanitize.Attributes, key: string, value: string | undefined, base: string): sanitize.Attributes {
  const out: sanitize.Attributes = { ...attribs };
  delete out[key];
  const safe = safeUrl(value, base, key === 'href');
  if (safe) out[key] = safe;
  return out;
}

/** An absolute http(s) URL without tracking parameters (or a mailto: link when allowed), else null. */
export function safeUrl(value: string | undefined, base: string, allowMailto: boolean): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (allowMailto && /^mailto:[^\s<>"]+$/i.test(trimmed)) return trimmed;
  const abs = absoluteUrl(trimmed, base);
  return abs && isWebUrl(abs) ? stripTracking(abs) : null;
}

/** True when an iframe URL is https on one of the allowed hosts. */
export function isAllowedIframe(url: string, hosts: string[]): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && hosts.includes(u.hostname.toLowerCase());
  } catch {
    return false;
  }
}
