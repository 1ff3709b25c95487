/**
 * The document prolog: skips the XML declaration, comments and the DOCTYPE, and vets the DOCTYPE's
 * internal subset. External entities (XXE) are never resolved: their references stay literal text.
 * Entity declarations that nest references (billion laughs) or whose total expansion would exceed
 * a budget (quadratic blowup) are refused before anything is expanded.
 */
import type { DeclaredEntities } from './entities';

/** Total characters that declared entities may add to the document; a real feed needs a few hundred. */
export const MAX_ENTITY_EXPANSION_CHARS = 1_000_000;
/** Internal entities a document may declare; more is a sign of an attack, not of a feed. */
export const MAX_DECLARED_ENTITIES = 64;

/** `complete`: the prolog ended inside `src` (the first element or the DOCTYPE's end was seen). */
export type PrologResult = { ok: true; bodyStart: number; entities: DeclaredEntities; complete: boolean } | { ok: false; reason: string };

const ENTITY_DECL = /<!ENTITY\s+(%\s+)?([^\s"'>]+)\s+(?:"([^"]*)"|'([^']*)'|(SYSTEM|PUBLIC)\b[^>]*)\s*>/g;
/** A general or parameter entity reference that is not a character reference. */
const NESTED_REFERENCE = /[&%][A-Za-z_:][\w.:-]*;/;

/** Index after the DOCTYPE starting at `i` (internal subset included), or -1 when truncated. */
function doctypeEnd(src: string, i: number): { end: number; subset: string } {
  let j = i + 9;
  const n = src.length;
  let open = -1;
  while (j < n) {
    const c = src[j];
    if (c === '"' || c === "'") {
      const q = src.indexOf(c, j + 1);
      if (q < 0) return { end: -1, subset: '' };
      j = q + 1;
      continue;
    }
    if (c === '[' && open < 0) open = j;
    else if (c === ']' && open >= 0) {
      const gt = src.indexOf('>', j);
      return { end: gt < 0 ? -1 : gt + 1, subset: src.slice(open + 1, j) };
    } else if (c === '>' && open < 0) return { end: j + 1, subset: '' };
    j++;
  }
  return { end: -1, subset: '' };
}

/** Counts the references to `&name;` in `body`, stopping once `limit` is passed. */
function countReferences(body: string, name: string, from: number, limit: number): number {
  const needle = `&${name};`;
  let count = 0;
  for (let i = body.indexOf(needle, from); i >= 0 && count <= limit; i = body.indexOf(needle, i + needle.length)) count++;
  return count;
}

/** Vets an internal subset; returns the declared internal entities or the reason for refusing. */
function vetSubset(
  src: string,
  subset: string,
  bodyStart: number,
): { ok: true; entities: DeclaredEntities } | { ok: false; reason: string } {
  const entities = new Map<string, string>();
  let budget = MAX_ENTITY_EXPANSION_CHARS;
  for (const m of subset.matchAll(ENTITY_DECL)) {
    const [, percent, name, dq, sq] = m;
    const value = dq ?? sq;
    if (value === undefined || !name) continue; // external (SYSTEM/PUBLIC): never resolved
    if (NESTED_REFERENCE.test(value)) return { ok: false, reason: `entity "${name}" refers to other entities (nested expansion)` };
    if (percent) continue; // parameter entities only matter inside the DTD, which we never interpret
    if (entities.size >= MAX_DECLARED_ENTITIES) return { ok: false, reason: `more than ${MAX_DECLARED_ENTITIES} entity declarations` };
    if (value.length > 0) {
      const uses = countReferences(src, name, bodyStart, Math.ceil(budget / value.length));
      budget -= uses * value.length;
      if (budget < 0) return { ok: false, reason: `entity "${name}" would expand past ${MAX_ENTITY_EXPANSION_CHARS} characters` };
    }
    entities.set(name, value);
  }
  return { ok: true, entities };
}

/** Finds where the document's content starts and which internal entities it may use. */
export function readProlog(src: string): PrologResult {
  let i = 0;
  const n = src.length;
  while (i < n) {
    const lt = src.indexOf('<', i);
    if (lt < 0) break;
    if (src.startsWith('<?', lt)) {
      const e = src.indexOf('?>', lt);
      if (e < 0) break;
      i = e + 2;
      continue;
    }
    if (src.startsWith('<!--', lt)) {
      const e = src.indexOf('-->', lt);
      if (e < 0) break;
      i = e + 3;
      continue;
    }
    if (lt + 9 > n) return { ok: true, bodyStart: lt, entities: new Map(), complete: false }; // maybe a cut `<!DOCTYPE`
    if (src.slice(lt, lt + 9).toUpperCase() !== '<!DOCTYPE') return { ok: true, bodyStart: lt, entities: new Map(), complete: true };
    const { end, subset } = doctypeEnd(src, lt);
    if (end < 0) return { ok: true, bodyStart: n, entities: new Map(), complete: false };
    const vetted = vetSubset(src, subset, end);
    return vetted.ok ? { ok: true, bodyStart: end, entities: vetted.entities, complete: true } : vetted;
  }
  return { ok: true, bodyStart: i, entities: new Map(), complete: false };
}
