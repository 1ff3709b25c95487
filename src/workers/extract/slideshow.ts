/**
 * Photo galleries told by their text, not their class: a run of sibling slides, each opening with its counter ("1/50 United
 * goin down", "Image 2 of 8", "Bild 3 von 12"). Under a class such as "gallery" the boilerplate filter drops them; with
 * generated class names a gallery of fifty captioned slides embedded in a short story outscores the story. Pure.
 */
import { DomElement, isElement, textPrefix } from './dom';
import { OF_WORDS, SLIDE_WORDS } from './boilerplate';

/** Tags of a gallery's slides. */
const SLIDE_TAGS = new Set(['li', 'div', 'figure', 'section', 'article']);
/** Slides read, and how many of them must open with counters running on from one another. */
const SLIDES_READ = 6;
const MIN_COUNTED_SLIDES = 3;
/** Characters of a slide's text read for its counter. */
const COUNTER_CHARS = 40;
/**
 * A counter opening a slide's text: "1/50", "1 / 50", "2 of 8", "Bild 3 von 12", "Photo 1 sur 8", "Imagen 1 de 8". Alone, "1/2"
 * is a fraction as well; a run of slides counting on from one another out of one total is not.
 */
const COUNTER = new RegExp(`^(?:(?:${SLIDE_WORDS}|bilder)\\s+)?(\\d{1,3})\\s*(?:\\/|${OF_WORDS})\\s*(\\d{1,3})(?!\\d)`, 'iu');

/** True when the first of `el`'s slide-tagged children open with counters of one total, each one more than the last. */
export function isSlideshow(el: DomElement): boolean {
  let slides = 0;
  for (const c of el.children) if (isElement(c) && SLIDE_TAGS.has(c.name) && ++slides >= MIN_COUNTED_SLIDES) break;
  if (slides < MIN_COUNTED_SLIDES) return false; // most elements: checked without reading text
  let run = 0;
  let last: { at: number; of: number } | null = null;
  let read = 0;
  for (const c of el.children) {
    if (!isElement(c) || !SLIDE_TAGS.has(c.name)) continue;
    if (++read > SLIDES_READ) break;
    const m = COUNTER.exec(textPrefix(c, COUNTER_CHARS));
    const counter = m ? { at: Number(m[1]), of: Number(m[2]) } : null;
    const valid = !!counter && counter.at >= 1 && counter.at <= counter.of;
    const follows = valid && (!last || (counter!.of === last.of && counter!.at === last.at + 1));
    run = follows ? run + 1 : valid ? 1 : 0;
    last = valid ? counter : null;
    if (run >= MIN_COUNTED_SLIDES) return true;
  }
  return false;
}
