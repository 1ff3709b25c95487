/**
 * Pictures' credits told by their words, whatever the element's class: "(AP Photo/Alan Diaz, File)" closing a caption,
 * "Natalie Naccache | Bloomberg | Getty Images" or "Foto: dpa/Anna Dunst" on a line of its own. With generated class names
 * nothing else says that a line under a lazy-loaded picture is its caption, and captions are not the story's text. Pure.
 */

/** Agencies and picture libraries as credits name them. */
const AGENCY =
  'ap|afp|reuters|epa(?:-efe)?|dpa|getty(?:\\s+images)?|ansa|efe|anp|apa|keystone|picture[- ]alliance|imago(?:\\s+images)?|shutterstock|istock(?:photo)?|alamy|xinhua|sipa|abaca|belga|kyodo|yonhap|ullstein\\s?bild|action\\s+press|pa\\s+(?:images|wire|media)';
/** The words of a credit's label: "Photo:", "Foto:", "Bild:", "Image:", "Photograph by", "Credit:", "Фото:", Welsh "Lluniau:", Irish "Grianghraf:". */
const LABEL =
  '(?:photos?|fotos?|bild(?:er)?|images?|pictures?|photograph(?:s|y)?|credits?|crédits?|fotografía|фото|lluniau|llun|grianghra(?:f|if|fanna))';

/** A credit in parentheses closing a caption: "(AP Photo/Name)", "(Photo: Name)", "(Photo by Name)", "(REUTERS/Name)", "(Getty Images)". */
const CREDIT_IN_PARENS = new RegExp(
  `\\((?:(?:ap|afp|reuters|epa)\\s+photo\\b[^()]*|${LABEL}\\s*(?:by\\s|[:/])[^()]*|(?:${AGENCY})\\s*/[^()]*|(?:[^()]*\\s)?(?:getty\\s+images|shutterstock|imago(?:\\s+images)?))\\)\\s*\\.?$`,
  'iu',
);

/**
 * A line that is a credit alone: led by a label ("Foto: dpa", "Bild: picture alliance/dpa"; not "©": "© 2026 Zeitung" and
 * "© Reuters" are the rights notice, read as such), led by an agency and a
 * slash ("REUTERS/Lucy Nicholson", "AP Photo/Name"), or ending in one after a bar, a slash or "via" ("Natalie Naccache |
 * Bloomberg | Getty Images", "Name/AFP via Getty Images").
 */
const CREDIT_LINE = new RegExp(
  `^(?:${LABEL}\\s*(?:by\\s+)?[:©]|(?:${AGENCY})(?:\\s+photo)?\\s*/)|(?:[|/]\\s*|\\svia\\s+)(?:${AGENCY})\\s*$`,
  'iu',
);

/** Text closing with a parenthesis: tested first, as most paragraphs do not. */
/** A wire's tag with its regional desk's code, in lower case, closing a paragraph: "(dpa/lby)", "(dpa/lnw)", "(AFP/red)". Not a photographer's name. */
const WIRE_DESK_CLOSE = /\/\s*[a-z]{2,4}\s*\)\s*\.?$/u;

const CLOSES_IN_PARENS = /\)\s*\.?\s*$/u;

/** A credit line is at most this long; a caption closed by a credit at most this. */
export const MAX_CREDIT_LINE_CHARS = 100;
export const MAX_CREDITED_CAPTION_CHARS = 400;

/** True when the text ends with a picture's credit in parentheses: a caption, not a paragraph of the story. */
export function endsWithPhotoCredit(text: string): boolean {
  return (
    text.length <= MAX_CREDITED_CAPTION_CHARS && CLOSES_IN_PARENS.test(text) && CREDIT_IN_PARENS.test(text) && !WIRE_DESK_CLOSE.test(text)
  );
}

/** A credit by "by" alone, no sentence's stop in it: "Photos by Quinn Daley for the Mat Report" ("Photos by local artists are on show." is a sentence). */
const BY_CREDIT_LINE = /^(?:photos?|photographs?|photography|images?|pictures?)\s+by\s+\p{Lu}[^.!?]{1,80}$/u;

/** True when the whole (short) line is a picture's credit. */
export function isPhotoCreditLine(text: string): boolean {
  return (
    text.length <= MAX_CREDIT_LINE_CHARS &&
    (CREDIT_LINE.test(text) || BY_CREDIT_LINE.test(text.replace(/^\p{Lu}/u, (c) => c.toLowerCase())))
  );
}
