/**
 * htmlparser2's tokenizer, skipping runs of plain characters with a string search instead of a state-machine step per
 * character. With entities decoded, htmlparser2 (10) reads text and attribute values one character at a time through
 * its switch; outside script, style and comments only a `<`, a `&` or the closing quote ends such a run. The tokens
 * and their positions are the same, so the tree is; it only gets there in fewer steps.
 */
import { Tokenizer } from 'htmlparser2';

const LT = 0x3c;
const AMP = 0x26;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const SLASH = 0x2f;
const GT = 0x3e;
const EQ = 0x3d;

/** htmlparser2's whitespace: space, newline, tab, form feed, carriage return. */
function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
}

/** What ends a tag's or an attribute's name (htmlparser2's isEndOfTagSection). */
function endsTagSection(c: number): boolean {
  return c === SLASH || c === GT || isWhitespace(c);
}

/** The members of htmlparser2's Tokenizer that this subclass reads and overrides (private in its types). */
interface TokenizerInternals {
  buffer: string;
  index: number;
  offset: number;
  stateText(c: number): void;
  stateInAttributeValueDoubleQuotes(c: number): void;
  stateInAttributeValueSingleQuotes(c: number): void;
  stateInTagName(c: number): void;
  stateInClosingTagName(c: number): void;
  stateInAttributeName(c: number): void;
  fastForwardTo(c: number): boolean;
}

type TokenizerClass = new (...args: ConstructorParameters<typeof Tokenizer>) => TokenizerInternals;

class FastTokenizer extends (Tokenizer as unknown as TokenizerClass) {
  /** The first `&` at or after `ampFrom` in `ampBuffer` (its length when there is none): found once, used by every run before it. */
  private amp = 0;
  private ampFrom = 0;
  private ampBuffer: string | null = null;

  override stateText(c: number): void {
    if (c === LT || c === AMP) super.stateText(c);
    else this.skipTo(this.buffer.indexOf('<', this.index - this.offset + 1));
  }

  override stateInAttributeValueDoubleQuotes(c: number): void {
    if (c === DOUBLE_QUOTE || c === AMP) super.stateInAttributeValueDoubleQuotes(c);
    else this.skipTo(this.buffer.indexOf('"', this.index - this.offset + 1));
  }

  override stateInAttributeValueSingleQuotes(c: number): void {
    if (c === SINGLE_QUOTE || c === AMP) super.stateInAttributeValueSingleQuotes(c);
    else this.skipTo(this.buffer.indexOf("'", this.index - this.offset + 1));
  }

  /**
   * Tag and attribute names: the states act only on the character that ends the name, and the parse loop stepped to it
   * through its switch one character at a time (a page's names are some 12,000 characters).
   */
  override stateInTagName(c: number): void {
    if (endsTagSection(c)) super.stateInTagName(c);
    else this.skipName(false);
  }

  override stateInClosingTagName(c: number): void {
    if (c === GT || isWhitespace(c)) super.stateInClosingTagName(c);
    else this.skipName(false);
  }

  override stateInAttributeName(c: number): void {
    if (c === EQ || endsTagSection(c)) super.stateInAttributeName(c);
    else this.skipName(true);
  }

  /**
   * Moves to the character before the next that may end a name (`/`, `>`, whitespace, and `=` for an attribute's); the
   * parse loop steps onto it. A closing tag's name ends only at `>` or whitespace, so a `/` met there is read again by
   * its state, which steps on as before.
   */
  private skipName(attribute: boolean): void {
    const b = this.buffer;
    let i = this.index - this.offset + 1;
    for (; i < b.length; i++) {
      const c = b.charCodeAt(i);
      if (endsTagSection(c) || (attribute && c === EQ)) break;
    }
    this.index = i + this.offset - 1;
  }

  /** Script, style and comment bodies: htmlparser2 looks for the character that may end them one step at a time too. */
  override fastForwardTo(c: number): boolean {
    const at = this.buffer.indexOf(String.fromCharCode(c), this.index - this.offset + 1);
    if (at >= 0) {
      this.index = at + this.offset;
      return true;
    }
    this.index = this.buffer.length + this.offset - 1; // as htmlparser2 leaves it: its loop steps past the end
    return false;
  }

  /**
   * Moves to the character before `stop` or the next `&`, whichever comes first (the end when neither is left); the
   * parse loop then steps onto it, and the state reads it as its own.
   */
  private skipTo(stop: number): void {
    const from = this.index - this.offset + 1;
    const end = this.buffer.length;
    if (this.ampBuffer !== this.buffer || from < this.ampFrom || from > this.amp) {
      const found = this.buffer.indexOf('&', from);
      this.amp = found < 0 ? end : found;
      this.ampFrom = from;
      this.ampBuffer = this.buffer;
    }
    const next = Math.min(stop < 0 ? end : stop, this.amp);
    this.index = next + this.offset - 1;
  }
}

/** The methods FastTokenizer overrides and calls: a release of htmlparser2 without them gets its own tokenizer back. */
const OVERRIDDEN = [
  'stateText',
  'stateInAttributeValueDoubleQuotes',
  'stateInAttributeValueSingleQuotes',
  'stateInTagName',
  'stateInClosingTagName',
  'stateInAttributeName',
  'fastForwardTo',
];
const fits = OVERRIDDEN.every((name) => typeof (Tokenizer.prototype as unknown as Record<string, unknown>)[name] === 'function');

/** The tokenizer class for htmlparser2's `Tokenizer` option: ours, or htmlparser2's own if its internals have changed. */
export const PageTokenizer = fits ? (FastTokenizer as unknown as typeof Tokenizer) : Tokenizer;
