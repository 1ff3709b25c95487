import { renderCreditLine } from '../../../src/policy/credit-line';
import { sameOutlet } from '../../../src/policy/outlets';
import { applyRights, firstWords } from '../../../src/policy/rights';
import { decideInitialStatus, decideUpdateStatus, isRestrictiveNotice } from '../../../src/policy/review';
import { decodeCursor, encodeCursor } from '../../../src/publish/cursor';

describe('credit lines', () => {
  it.each([
    ['Source: {source}', { source: '247 City News', original: 'RT' }, 'Source: RT, via 247 City News'],
    ['Source: {source}', { source: 'RT', original: 'RT NEWS' }, 'Source: RT'],
    ['Source: {source}', { source: 'Reuters' }, 'Source: Reuters'],
    ['Source: {source} ({author})', { source: 'NPR', author: 'Jane Roe' }, 'Source: NPR (Jane Roe)'],
    ['Source: {source} ({author})', { source: 'NPR', author: null }, 'Source: NPR'],
    ['{original} via {source}', { source: '247 City News', original: 'RT' }, 'RT via 247 City News'],
    ['{author}', { source: 'NPR' }, 'Source: NPR'],
  ])('%s with %j → %s', (tpl, facts, line) => {
    expect(renderCreditLine(tpl, facts)).toBe(line);
  });

  it('knows outlet names that differ only in decoration', () => {
    expect(sameOutlet('RT NEWS', 'RT')).toBe(true);
    expect(sameOutlet('reuters.com', 'Reuters')).toBe(true);
    expect(sameOutlet('AP', 'AFP')).toBe(false);
  });
});

describe('rights at output', () => {
  const content = { summary: null, content_html: '<p>One two three four five.</p>', text: 'One two three four five.' };
  it('full keeps the text', () => expect(applyRights('full', content, 3).content_html).toBe(content.content_html));
  it('excerpt cuts to N words', () => {
    expect(applyRights('excerpt', content, 3)).toEqual({
      summary: 'One two three…',
      content_html: '<p>One two three…</p>',
      text: 'One two three…',
    });
  });
  it('headline and none carry no text', () => {
    expect(applyRights('headline', content, 3)).toEqual({ summary: null, content_html: null, text: null });
    expect(applyRights('none', content, 3)).toEqual({ summary: null, content_html: null, text: null });
  });
  it('escapes excerpt text', () =>
    expect(applyRights('excerpt', { summary: null, content_html: null, text: 'a <b> & c' }, 10).content_html).toBe(
      '<p>a &lt;b&gt; &amp; c</p>',
    ));
  it('firstWords keeps short text whole', () => expect(firstWords('  a  b ', 5)).toBe('a b'));
  it('firstWords cuts at N words, drops trailing punctuation and marks the cut', () =>
    expect(firstWords('one, two; three. four five', 3)).toBe('one, two; three…'));
  it('firstWords reads words across any whitespace, as split(/\\s+/) does', () => expect(firstWords('a\u00a0b\n\tc d', 3)).toBe('a b c…'));
  it.each([
    ['a prefix with more than N words is cut as usual', 'one two three four fo', 3, 'one two three…'],
    ['the last word of a short prefix may be partial and is dropped', 'one two thr', 5, 'one two…'],
    ['a prefix holding one partial word gives nothing', 'onetwothre', 5, ''],
  ])('firstWords on a text prefix: %s', (_what, text, n, out) => expect(firstWords(text, n, true)).toBe(out));
  it('applyRights on a text prefix never shows more than the whole text would', () => {
    const whole = 'alpha beta gamma delta epsilon zeta';
    const prefix = whole.slice(0, 14); // "alpha beta gam"
    expect(applyRights('excerpt', { summary: null, content_html: null, text: prefix, text_is_prefix: true }, 4).summary).toBe(
      'alpha beta…',
    );
    expect(applyRights('excerpt', { summary: null, content_html: null, text: whole }, 4).summary).toBe('alpha beta gamma delta…');
    expect(applyRights('full', { summary: null, content_html: '<p>x</p>', text: prefix, text_is_prefix: true }, 4).summary).toBe(
      'alpha beta…',
    );
  });
});

describe('review', () => {
  const notice = 'This material should not be published, broadcast, rewritten, redistributed or derived from.';
  it.each([
    ['required', 'full', null, 'queued'],
    ['auto', 'excerpt', null, 'published'],
    ['auto', 'none', null, 'held'],
    ['auto', 'full', notice, 'queued'],
    ['auto', 'full', '© 2026 Example News. All rights reserved.', 'published'],
    ['auto', 'excerpt', notice, 'published'],
  ] as const)('review %s, rights %s, notice %p → %s', (review, rights, n, status) => {
    expect(decideInitialStatus(review, rights, n).status).toBe(status);
  });

  it('tells restrictive notices from bare copyright lines', () => {
    expect(isRestrictiveNotice('No part may be reproduced without prior written permission.')).toBe(true);
    expect(isRestrictiveNotice('Copyright 2026 The Herald. All rights reserved.')).toBe(false);
  });

  it('keeps editors’ decisions when the source updates an item', () => {
    expect(decideUpdateStatus('rejected', { status: 'published', reason: null }).status).toBe('rejected');
    expect(decideUpdateStatus('published', { status: 'queued', reason: 'review: required' })).toEqual({
      status: 'queued',
      reason: 'updated at the source; review the changes',
    });
    expect(decideUpdateStatus('published', { status: 'published', reason: null }).status).toBe('published');
  });
});

describe('cursors', () => {
  it('round-trips and refuses foreign input', () => {
    const c = { sortAt: new Date('2026-11-27T09:30:00Z'), id: 42 };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    expect(decodeCursor('not a cursor!')).toBeUndefined();
    expect(decodeCursor(Buffer.from('x|y').toString('base64url'))).toBeUndefined();
    const u = { sort: 'updated', updatedUs: '1764921600123456', id: 9 } as const;
    expect(decodeCursor(encodeCursor(u))).toEqual(u);
    expect(decodeCursor(Buffer.from('u|12.5|3').toString('base64url'))).toBeUndefined();
    expect(decodeCursor("' OR 1=1 --")).toBeUndefined();
  });
});

describe('list query parameters', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parseListQuery } = require('../../../src/publish/api/query-params') as typeof import('../../../src/publish/api/query-params');
  it.each([
    [{ q: 'a\u0000b' }, 'q: q must not contain control characters'],
    [{ category: '' }, 'category: category must not be empty'],
    [{ limit: '0' }, 'limit: limit must be at least 1'],
    [{ cursor: 'x' }, 'cursor: not a cursor from this API'],
    [{ source: 'RT; drop table' }, 'source: source must be a source id or a comma-separated list of ids'],
  ])('%j → 400 naming the field', (raw, problem) => {
    const r = parseListQuery(raw);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]).toContain(problem);
  });
});
