/**
 * A pure function of one string, remembered for the strings it was last asked about: a page asks the same question of
 * the same few strings many times (a headline candidate against each reference title). At most `max` answers are kept,
 * the memory emptied whole when full: enough for the strings of one page (ten to a few dozen per function on the
 * scrapinghub pages), too few to carry a page's answers over to the next time that page is read when other pages came
 * between (so `npm run bench`, which reads every page four times in turn, measures the work of a fresh page). Only for
 * functions whose answer depends on the string alone.
 */
export function remembered<T>(f: (s: string) => T, max = 256): (s: string) => T {
  const known = new Map<string, T>();
  return (s) => {
    const hit = known.get(s);
    if (hit !== undefined || known.has(s)) return hit as T;
    if (known.size >= max) known.clear();
    const value = f(s);
    known.set(s, value);
    return value;
  };
}
