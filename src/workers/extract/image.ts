/** The lead image: OpenGraph/JSON-LD first, else the story's first figure; caption and credit from its figure. */
import { absoluteUrl, isHomeLink, stripTracking } from '../../core/url';
import { DomElement, DomNode, attr, classAndId, closest, findAll, rawText, walkElements } from './dom';
import { cleanText } from './text';
import { LeadImage } from './types';

/** Class/id words of the credit element inside a figure. */
const CREDIT_CLASS = /credit|copyright|photographer|byline|source|attribution/;
/** A credit written into the caption: "(AP Photo/Jane Doe)", "Photo: Reuters", "[SpaceX via Nasa]". */
const CREDIT_IN_CAPTION =
  /(?:\(((?:AP|AFP|Reuters|Getty|EPA|Photo|Image|Foto)[^()]{0,60})\)|(?:Photo|Image|Picture|Credit|Foto|Photograph)(?:\s+by)?\s*[:|/]\s*([^.|]{2,60})|\[([^\]]{2,60})\])\s*\.?$/i;

/** Finds the lead image; `metaImage` is og:image/JSON-LD image (absolute) or null. */
export function findLeadImage(metaImage: string | null, roots: DomElement[], base: string): LeadImage | null {
  const imgs = roots.flatMap((r) => findAll(r, 'img'));
  const match = metaImage ? imgs.find((i) => sameImage(imageSrc(i, base), metaImage)) : undefined;
  const img = match ?? (metaImage ? undefined : imgs.find((i) => imageSrc(i, base) && !isLogo(i, base)));
  const url = metaImage ?? (img ? imageSrc(img, base) : null);
  if (!url) return null;
  const figure = img ? closest(img, 'figure') : null;
  const { caption, credit } = figure ? captionOf(figure) : { caption: null, credit: null };
  return { url: stripTracking(url), caption, credit, width: dimension(img, 'width'), height: dimension(img, 'height') };
}

/** Words of a site's logo in an image's address, class, id or alt text. */
const LOGO = /logo|masthead|brand/i;
/** Elements above an image looked at for a home link or a logo's class. */
const LOGO_ANCESTORS = 3;

/** The site's logo, never a story's picture: a logo by its address, class or alt, or an image that links home. */
function isLogo(img: DomElement, base: string): boolean {
  if (LOGO.test(`${attr(img, 'src')} ${classAndId(img)} ${attr(img, 'alt')}`)) return true;
  let n: DomNode | null = img.parent;
  for (let i = 0; n && i < LOGO_ANCESTORS && 'attribs' in n; i++, n = n.parent) {
    const el = n as DomElement;
    if (LOGO.test(classAndId(el)) || (el.name === 'a' && isHomeLink(attr(el, 'href'), base))) return true;
  }
  return false;
}

function imageSrc(img: DomElement, base: string): string | null {
  const raw = attr(img, 'data-src') || attr(img, 'data-lazy-src') || attr(img, 'src');
  if (!raw || raw.startsWith('data:')) return null;
  return absoluteUrl(raw, base) ?? null;
}

/** Same picture when the file name (without size suffixes or query) agrees. */
function sameImage(a: string | null, b: string): boolean {
  if (!a) return false;
  const key = (u: string): string =>
    (u.split(/[?#]/)[0] ?? '')
      .split('/')
      .pop()!
      .replace(/[-_]\d+x\d+(?=\.)/, '')
      .toLowerCase();
  return key(a) === key(b);
}

function dimension(img: DomElement | undefined, name: string): number | null {
  const n = img ? parseInt(attr(img, name), 10) : NaN;
  return Number.isFinite(n) && n > 0 ? n : null;
}

function captionOf(figure: DomElement): { caption: string | null; credit: string | null } {
  let creditEl: DomNode | null = null;
  walkElements(figure, (el) => {
    if (!creditEl && CREDIT_CLASS.test(classAndId(el))) creditEl = el;
    return !creditEl;
  });
  const capEl = findAll(figure, 'figcaption')[0];
  const skip = new Set<DomNode>(creditEl ? [creditEl] : []);
  let caption = capEl ? cleanText(rawText(capEl, skip)) : '';
  let credit = creditEl ? cleanText(rawText(creditEl)) : '';
  if (!credit && caption) {
    const m = CREDIT_IN_CAPTION.exec(caption);
    const found = m?.[1] ?? m?.[2] ?? m?.[3];
    if (m && found) {
      credit = found.trim();
      caption = caption.slice(0, m.index).trim();
    }
  }
  return { caption: caption || null, credit: credit.replace(/^(?:photo|image|credit)s?\s*(?:by)?\s*[:|]\s*/i, '') || null };
}
