/**
 * Which story to keep when our own looks poor, from what each opinion found: our rules', Readability's and the jusText
 * classifier's (each judged without its furniture). Trafilatura compares lengths only; here the jusText text is also
 * evidence: a longer story is taken when it holds ours and what it adds is running prose, not because it is longer. Pure.
 */
import { preferSecondOpinion } from './fallback';
import { heldShare, runsBeyond } from './text-overlap';

/** What an opinion found: its characters and its runs of words (text-overlap.ts), furniture left out. */
export interface Opinion {
  chars: number;
  runs: Set<string>;
  /** The runs of its paragraphs other than headings: a standfirst or a section title does not make a story longer. */
  bodyRuns: Set<string>;
}

export interface Opinions {
  own: Opinion | null;
  /** The runs of all the text in our story's elements, what our rules pruned from it (captions, ad labels) included. */
  ownSeen: Set<string>;
  /** Our story was short (not merely a small share of the page's prose): a whole brief is likely. */
  ownWasShort: boolean;
  readability: Opinion | null;
  justext: Opinion | null;
  /** The runs of words in every block the classifier calls good, furniture or not: the page's running prose. */
  prose: Set<string>;
}

export type BodySource = 'own' | 'readability' | 'justext';

/** A story "holds" ours when it has at least this share of our runs of words: it extends ours rather than replacing it. */
const HOLDS_OWN = 0.9;
/** A story that holds ours is taken when it adds at least this share to it (less is a caption or a credit line)... */
const MIN_EXTENSION = 0.05;
/** ... and at least this many runs of words of paragraphs (about a sentence; text-overlap.ts). */
const MIN_EXTRA_RUNS = 10;
/** ... and at least this share of what it adds is text the jusText classifier calls good (prose, not links or lists). */
const MIN_PROSE_SHARE = 0.8;
/** Our story is running prose by the classifier when it holds at least this share of our runs of words. */
const OWN_IS_PROSE = 0.9;
/** The classifier's story that holds ours replaces it when this much longer: a story split in boxes that our rules took one of... */
const JUSTEXT_MIN_GAIN = 1.1;
/** ... and no more than this: the classifier keeps readers' comments (they are prose), so a far longer story is a discussion. */
const JUSTEXT_MAX_GAIN = 2;

/** The opinion whose story to keep. */
export function chooseOpinion(o: Opinions): BodySource {
  const own = o.own?.chars ?? 0;
  if (own === 0) return o.readability?.chars ? 'readability' : o.justext?.chars ? 'justext' : 'own';
  if (o.readability && preferSecondOpinion(own, o.readability.chars, o.ownWasShort) && !elsewhere(o.own!, o.readability, o.prose))
    return 'readability';
  if (o.readability && extendsWithProse(o.own!, o.readability, o.prose, o.ownSeen)) return 'readability';
  if (o.justext && extendsModestly(o.own!, o.justext, o.ownSeen)) return 'justext';
  return 'own';
}

/**
 * True when `other` leaves out most of `own` while the classifier calls ours running prose: then Readability found
 * another block of prose (a discussion below a short post, a sidebar), not a fuller story, however long it is.
 */
function elsewhere(own: Opinion, other: Opinion, prose: Set<string>): boolean {
  return heldShare(own.runs, other.runs) < HOLDS_OWN && heldShare(own.runs, prose) >= OWN_IS_PROSE;
}

/** True when `other` holds `own`, adds a real share to it, and what it adds is prose by the classifier's judgement. */
function extendsWithProse(own: Opinion, other: Opinion, prose: Set<string>, ownSeen: Set<string>): boolean {
  if (other.chars < own.chars * (1 + MIN_EXTENSION) || heldShare(own.runs, other.runs) < HOLDS_OWN) return false;
  const added = runsBeyond(other.runs, own.runs);
  return addsText(other, ownSeen) && heldShare(added, prose) >= MIN_PROSE_SHARE;
}

/** True when the classifier's story holds ours and is somewhat, not far, longer. */
function extendsModestly(own: Opinion, justext: Opinion, ownSeen: Set<string>): boolean {
  const gain = justext.chars / own.chars;
  if (gain < JUSTEXT_MIN_GAIN || gain > JUSTEXT_MAX_GAIN || heldShare(own.runs, justext.runs) < HOLDS_OWN) return false;
  return addsText(justext, ownSeen);
}

/**
 * True when `other` has MIN_EXTRA_RUNS of paragraph text that is not anywhere in our story's elements: text our rules
 * pruned from the story (a caption, an ad label) does not make a longer story.
 */
function addsText(other: Opinion, ownSeen: Set<string>): boolean {
  return runsBeyond(other.bodyRuns, ownSeen).size >= MIN_EXTRA_RUNS;
}
