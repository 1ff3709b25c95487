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

/** The members of htmlparser2's Tokenizer that this subclass reads and overrides (private in its types). */
interface TokenizerInternals {
  buffer: string;
  index: number;
  offset: number;
  stateText(c: number): void;
  stateInAttributeValueDoubleQuotes(c: number): void;
  stateInAttributeValueSingleQuotes(c: number): void;
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
const OVERRIDDEN = ['stateText', 'stateInAttributeValueDoubleQuotes', 'stateInAttributeValueSingleQuotes', 'fastForwardTo'];
const fits = OVERRIDDEN.every((name) => typeof (Tokenizer.prototype as unknown as Record<string, unknown>)[name] === 'function');

/** The tokenizer class for htmlparser2's `Tokenizer` option: ours, or htmlparser2's own if its internals have changed. */
export const PageTokenizer = fits ? (FastTokenizer as unknown as typeof Tokenizer) : Tokenizer;
