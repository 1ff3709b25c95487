/**
 * Computes `f` once, when first asked; `done()` says whether it has been, so a caller can use the value only
 * where it is there for free (the printed dates of a page, a blog post's container). Pure.
 */
export function lazy<T>(f: () => T): (() => T) & { done: () => boolean } {
  let done = false;
  let value: T;
  const get = () => {
    if (!done) [value, done] = [f(), true];
    return value;
  };
  return Object.assign(get, { done: () => done });
}
