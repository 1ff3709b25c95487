/**
 * A lenient, iterative XML tokenizer: indexOf-driven, no recursion, no entity expansion, no DTD.
 * It reports tags, raw text and CDATA with their offsets and stops quietly at a truncated end,
 * so everything complete before the cut still reaches the sink. It can also run over a window of
 * a longer document: it then stops before the first construct the window does not hold whole and
 * says where, so the caller can carry that tail over into the next window.
 */

/** What the tokenizer reports; text is raw (entities undecoded), CDATA is literal. */
export interface XmlSink {
  /** `end`: the index after the tag; `start`: the index of its `<`. */
  open(name: string, attrs: Record<string, string>, selfClosing: boolean, end: number, start: number): void;
  close(name: string, start: number): void;
  text(raw: string): void;
  cdata(text: string): void;
}

/** Shared by every tag without attributes (most of a feed's tags): frozen, so no one can write to it. */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;
const GT = 0x3e;
const SLASH = 0x2f;
const EQ = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;

/** Whitespace as XML 1.0 §2.3 S defines it (space, tab, CR, LF). */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/** A character that may start a tag name; anything else after `<` is text (a bare `<`). */
function isNameStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a || c > 0x7f;
}

/** Index just past a run of name characters starting at `i`. */
function nameEnd(src: string, i: number): number {
  const n = src.length;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (isSpace(c) || c === GT || c === SLASH || c === EQ) break;
    i++;
  }
  return i;
}

/** Reads attributes from `i` to the tag's end; returns the index after `>` or -1 when truncated. */
function readAttributes(src: string, i: number, attrs: Record<string, string>): { end: number; selfClosing: boolean } {
  const n = src.length;
  while (i < n) {
    let c = src.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === GT) return { end: i + 1, selfClosing: false };
    if (c === SLASH) {
      if (src.charCodeAt(i + 1) === GT) return { end: i + 2, selfClosing: true };
      i++;
      continue;
    }
    const ne = nameEnd(src, i + 1);
    const name = src.slice(i, ne).toLowerCase();
    i = ne;
    while (i < n && isSpace(src.charCodeAt(i))) i++;
    if (src.charCodeAt(i) !== EQ) {
      attrs[name] = '';
      continue;
    }
    i++;
    while (i < n && isSpace(src.charCodeAt(i))) i++;
    c = src.charCodeAt(i);
    let value: string;
    if (c === DQUOTE || c === SQUOTE) {
      const q = src.indexOf(c === DQUOTE ? '"' : "'", i + 1);
      if (q < 0) return { end: -1, selfClosing: false };
      value = src.slice(i + 1, q);
      i = q + 1;
    } else {
      let j = i;
      while (j < n && !isSpace(src.charCodeAt(j)) && src.charCodeAt(j) !== GT) j++;
      value = src.slice(i, j);
      i = j;
    }
    if (!(name in attrs)) attrs[name] = value;
  }
  return { end: -1, selfClosing: false };
}

/**
 * Skips a `<!…>` / `<?…?>` / comment construct at `i`; returns the index after it or -1 when truncated.
 * An unterminated CDATA section is reported only at the real end of input (`final`).
 */
function skipMarkup(src: string, i: number, sink: XmlSink, final: boolean): number {
  if (src.startsWith('<!--', i)) {
    const e = src.indexOf('-->', i + 4);
    return e < 0 ? -1 : e + 3;
  }
  if (src.startsWith('<![CDATA[', i)) {
    const e = src.indexOf(']]>', i + 9);
    if (e < 0 && !final) return -1;
    sink.cdata(src.slice(i + 9, e < 0 ? src.length : e));
    return e < 0 ? -1 : e + 3;
  }
  if (src.charCodeAt(i + 1) === 0x3f) {
    const e = src.indexOf('?>', i + 2);
    return e < 0 ? -1 : e + 2;
  }
  const e = src.indexOf('>', i + 2);
  return e < 0 ? -1 : e + 1;
}

/** Reads the tag at `i` (open or close) and reports it; returns the index after it or -1. */
function readTag(src: string, i: number, sink: XmlSink): number {
  if (src.charCodeAt(i + 1) === SLASH) {
    const e = src.indexOf('>', i + 2);
    if (e < 0) return -1;
    sink.close(src.slice(i + 2, e).trim(), i);
    return e + 1;
  }
  const ne = nameEnd(src, i + 1);
  const name = src.slice(i + 1, ne);
  if (src.charCodeAt(ne) === GT) {
    sink.open(name, NO_ATTRIBUTES, false, ne + 1, i);
    return ne + 1;
  }
  const attrs: Record<string, string> = {};
  const r = readAttributes(src, ne, attrs);
  if (r.end < 0) return -1;
  sink.open(name, attrs, r.selfClosing, r.end, i);
  if (r.selfClosing) sink.close(name, r.end);
  return r.end;
}

/**
 * Tokenizes `src` from `start` into `sink`. With `final` (the whole document), returns false when
 * the input ended inside markup. Returns the index where scanning stopped: `src.length` when all was
 * consumed; otherwise the start of the construct left unreported (a truncated end when `final`; when
 * not, the tail to carry into the next window: text is reported only once the `<` after it is seen).
 */
export function scanXml(src: string, start: number, sink: XmlSink, final = true): number {
  let pos = start;
  const n = src.length;
  while (pos < n) {
    const lt = src.indexOf('<', pos);
    if (lt < 0) {
      if (!final) return pos;
      sink.text(src.slice(pos));
      return n;
    }
    if (lt > pos) sink.text(src.slice(pos, lt));
    if (lt + 1 >= n && !final) return lt;
    const c = src.charCodeAt(lt + 1);
    let next: number;
    if (c === 0x21 || c === 0x3f) next = skipMarkup(src, lt, sink, final);
    else if (c === SLASH || isNameStart(c)) next = readTag(src, lt, sink);
    else {
      sink.text('<');
      next = lt + 1;
    }
    if (next < 0) return lt;
    pos = next;
  }
  return n;
}
