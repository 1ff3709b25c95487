/** remembered (src/core/remembered.ts): one call per string while it is held, bounded, falsy answers held too. */
import { remembered } from '../../../src/core/remembered';

function counted<T>(f: (s: string) => T) {
  const asked: string[] = [];
  return { fn: remembered((s: string) => (asked.push(s), f(s)), 3), asked };
}

describe('remembered', () => {
  it('answers a string asked again without calling the function', () => {
    const { fn, asked } = counted((s) => s.toUpperCase());
    expect([fn('a'), fn('b'), fn('a'), fn('b')]).toEqual(['A', 'B', 'A', 'B']);
    expect(asked).toEqual(['a', 'b']);
  });

  it('holds falsy answers (false, empty string) as answers', () => {
    const { fn, asked } = counted((s) => (s === 'x' ? '' : false));
    expect([fn('x'), fn('x'), fn('y'), fn('y')]).toEqual(['', '', false, false]);
    expect(asked).toEqual(['x', 'y']);
  });

  it('forgets everything once full, and never holds more than its bound', () => {
    const { fn, asked } = counted((s) => s.length);
    for (const s of ['a', 'bb', 'ccc']) fn(s);
    fn('dddd'); // full at three: emptied, then "dddd" held
    fn('a'); // asked again
    fn('dddd'); // still held
    expect(asked).toEqual(['a', 'bb', 'ccc', 'dddd', 'a']);
  });
});
