/** The body's second opinion: when Readability is asked, when its story wins, and the no-article reasons. */
import { explainExtraction } from '../../../src/workers/extract';
import { planBody, preferSecondOpinion } from '../../../src/workers/extract/fallback';

describe('planBody', () => {
  it.each([
    ['no story of our own', null, 0, 'no-story'],
    ['a teaser-sized story', 400, 400, 'short'],
    ['a story holding under half the page prose', 2000, 5000, 'low-prose-share'],
    ['a sound story', 2000, 2500, 'keep'],
    ['a sound story on a page with little <p> prose', 2000, 0, 'keep'],
  ])('%s', (_name, own, prose, expected) => {
    const plan = planBody(own, prose);
    expect(plan.kind === 'keep' ? 'keep' : plan.why).toBe(expected);
  });
});

describe('preferSecondOpinion', () => {
  it.each([
    ['ours missing, theirs found', null, 800, false, true],
    ['theirs empty', 500, 0, true, false],
    ['theirs barely longer', 1000, 1200, false, false],
    ['theirs much longer, ours was partial', 1000, 3000, false, true],
    ['theirs far longer than a partial story: a page of comments', 1000, 9000, false, false],
    ['theirs far longer than a short story', 300, 9000, true, true],
    ['theirs 1.5× a short story: ours is likely the whole brief', 500, 750, true, false],
  ])('%s', (_name, own, other, short, expected) => expect(preferSecondOpinion(own, other, short)).toBe(expected));
});

const prose = (n: number): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i + 1}: the regional water board approved the new rates after a long hearing, and officials said the increase would pay for pipe repairs.</p>`,
  ).join('');

describe('explainExtraction', () => {
  it('keeps its own story without asking Readability when the story looks sound', () => {
    const r = explainExtraction(`<html><body><article>${prose(8)}</article></body></html>`, 'https://x.example/a');
    expect(r).toMatchObject({ reason: null, body_source: 'own', second_opinion: null });
  });

  it('says no-prose for a link index, after asking Readability and the classifier', () => {
    const html = `<html><body><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/s${i}">Story number ${i} about the city council and its budget</a></li>`).join('')}</ul></body></html>`;
    expect(explainExtraction(html, 'https://x.example/')).toMatchObject({ article: null, reason: 'no-prose', second_opinion: 'no-story' });
  });

  it('says too-short for a one-line teaser', () => {
    expect(explainExtraction('<html><body><p>Short teaser.</p></body></html>', 'https://x.example/')).toMatchObject({
      article: null,
      reason: 'too-short',
    });
  });

  it('says no-prose for an empty document (the parser still gives a root to read)', () => {
    expect(explainExtraction('', 'https://x.example/')).toMatchObject({ article: null, reason: 'no-prose' });
  });
});
