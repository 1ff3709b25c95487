/**
 * The one HTML sanitizer: an allowlist (sanitize-html) plus absolute URLs without tracking
 * parameters. The publisher reuses it for editor-edited bodies.
 */
import sanitize from 'sanitize-html';
import { absoluteUrl, isWebUrl, stripTracking } from '../../core/url';

/** Video embed hosts allowed in iframes when the caller names none. */
export const DEFAULT_IFRAME_HOSTS = ['www.youtube.com', 'youtube.com', 'www.youtube-nocookie.com', 'player.vimeo.com'];

export interface SanitizeOptions {
  /** Hosts whose iframes survive (exact host names). */
  iframeHosts?: string[];
}

/** Story markup only: text structure, links, images, tables, figures, embeds. */
const ALLOWED_TAGS = ['p', 'br', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'small', 'mark', 'abbr', 'cite', 'q', 'time', 'a', 'img', 'figure', 'figcaption', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'hr', 'iframe'];
const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
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
const NON_TEXT_TAGS = ['script', 'style', 'textarea', 'option', 'noscript', 'select', 'button', 'template', 'svg', 'math', 'object', 'embed', 'applet', 'title', 'head', 'xml', 'frameset', 'frame', 'noembed', 'noframes', 'form', 'label', 'input'];
/** Lazy-loading attributes that hold the real image when src is a placeholder. */
const LAZY_SRC = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src'];

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
    exclusiveFilter: (frame) => (frame.tag === 'a' || frame.tag === 'p') && !frame.text.trim() && !frame.mediaChildren?.length,
  });
  return out.normalize('NFC').replace(/\s{2,}/g, (ws) => (ws.includes('\n') ? '\n' : ' ')).trim();
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
  if (!value) return out;
  const trimmed = value.trim();
  if (/^mailto:/i.test(trimmed) && key === 'href') return { ...out, [key]: trimmed };
  const abs = absoluteUrl(trimmed, base);
  if (abs && isWebUrl(abs)) out[key] = stripTracking(abs);
  return out;
}
