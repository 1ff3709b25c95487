/** The checks beside Approve: which facts of an item warn, block or only inform, and the confirmation token. */
import {
  checkApproval,
  confirmationToken,
  leadImageOf,
  unconfirmedWarnings,
  type ApprovalFacts,
  type CheckCode,
} from '../../../src/policy/approval-checks';

const base: ApprovalFacts = {
  rights: 'full',
  sourceRights: 'full',
  excerptWords: 60,
  rightsNotice: null,
  creditLine: 'Source: City Wire',
  creditOverride: null,
  byline: 'Maria Lopez',
  source: { id: 'city-wire', name: 'City Wire', homepage: 'https://citywire.example/' },
  originalSource: null,
  leadImage: null,
};

const codes = (f: Partial<ApprovalFacts>, level?: string) =>
  checkApproval({ ...base, ...f })
    .filter((c) => !level || c.level === level)
    .map((c) => c.code);

describe('checkApproval', () => {
  it.each<[string, Partial<ApprovalFacts>, CheckCode[]]>([
    ['a clean item', {}, []],
    [
      'a page that forbids republication',
      { rightsNotice: 'This material may not be published, broadcast, rewritten or redistributed.' },
      ['restrictive-notice'],
    ],
    ['a bare copyright line only informs', { rightsNotice: '© 2026 City Wire. All rights reserved.' }, []],
    ['a placeholder left in the credit', { creditOverride: 'Photo: {author} / City Wire' }, ['credit-dangling']],
    ['a credit ending on "by"', { creditOverride: 'Reporting by' }, ['credit-dangling']],
    ['a credit ending on a colon', { creditLine: 'Source:' }, ['credit-dangling']],
    ['a credit with empty brackets', { creditLine: 'Source: City Wire ()' }, ['credit-dangling']],
    ['a credit starting with "via"', { creditLine: 'via City Wire' }, ['credit-dangling']],
    ['a byline with markup', { byline: '<b onmouseover="alert(1)">Ann</b>' }, ['byline-markup']],
    ['a byline with a link', { byline: 'Ann Lee https://twitter.com/ann' }, ['byline-suspicious']],
    ['a byline that is page furniture', { byline: 'Ann Lee Updated 10:42 5 min read' }, ['byline-suspicious']],
    ['a byline that is a paragraph', { byline: 'word '.repeat(40).trim() }, ['byline-suspicious']],
    ['an e-mail address as byline', { byline: 'newsdesk@citywire.example' }, ['byline-suspicious']],
    [
      'a republication of another outlet',
      { originalSource: { name: 'RT NEWS', url: 'https://www.rt.com/news/1/' }, creditLine: 'Source: RT, via City Wire' },
      ['original-outlet'],
    ],
    ['an original that is the source itself', { originalSource: { name: 'City Wire', url: 'https://citywire.example/a' } }, []],
    [
      'warnings add up',
      { rightsNotice: 'Not for republication without permission.', byline: '<i>X</i>' },
      ['restrictive-notice', 'byline-markup'],
    ],
  ])('%s', (_name, facts, warned) => {
    expect(codes(facts, 'warn')).toEqual(warned);
  });

  it.each<[string, Partial<ApprovalFacts>, CheckCode[]]>([
    ['rights none', { rights: 'none' }, ['rights-none']],
    ['no credit at all', { creditLine: null }, ['credit-missing']],
    ['a credit of punctuation only', { creditOverride: ' – ' }, ['credit-missing']],
  ])('blocks: %s', (_name, facts, blocked) => {
    expect(codes(facts, 'block')).toEqual(blocked);
  });

  it('does not warn about a restrictive notice on an item that cannot be published anyway', () => {
    expect(codes({ rights: 'none', rightsNotice: 'Must not be redistributed.' }, 'warn')).toEqual([]);
  });

  it('names the original outlet in the badge and says when the credit does not name it', () => {
    const [c] = checkApproval({ ...base, originalSource: { name: 'RT NEWS', url: null } }).filter((x) => x.code === 'original-outlet');
    expect(c?.badge).toBe('Via RT');
    expect(c?.message).toMatch(/the credit line does not name it/);
  });

  it.each<[Partial<ApprovalFacts>, RegExp]>([
    [{}, /^Rights full: the portal gets full text and lead image\.$/],
    [{ rights: 'excerpt', excerptWords: 45 }, /an excerpt and the link \(45 words\)/],
    [
      { rights: 'headline', sourceRights: 'full' },
      /headline and the link only \(the source allows full; the wire's usage terms narrow it\)/,
    ],
  ])('states the effective rights %j', (facts, message) => {
    expect(checkApproval({ ...base, ...facts }).find((c) => c.code === 'rights')?.message).toMatch(message);
  });

  it.each<[unknown, Partial<ApprovalFacts>, string | null]>([
    [{ url: 'https://img.example/a.jpg', credit: 'Photo: Ann Lee/City Wire', caption: null }, {}, 'Photo credited'],
    [{ url: 'https://img.example/a.jpg', credit: null }, {}, 'Photo uncredited'],
    [{ url: 'javascript:alert(1)' }, {}, null],
    [null, {}, null],
  ])('reads the lead image %j', (img, facts, badge) => {
    expect(checkApproval({ ...base, ...facts, leadImage: img }).find((c) => c.code === 'lead-image')?.badge ?? null).toBe(badge);
  });

  it('lists blocks first, then warnings, then information', () => {
    const levels = checkApproval({
      ...base,
      creditLine: null,
      rightsNotice: 'May not be reproduced.',
      leadImage: { url: 'https://i.example/a.png' },
    }).map((c) => c.level);
    expect(levels).toEqual([...levels].sort((a, b) => ['block', 'warn', 'info'].indexOf(a) - ['block', 'warn', 'info'].indexOf(b)));
    expect(levels[0]).toBe('block');
  });
});

describe('confirmation', () => {
  const checks = checkApproval({ ...base, rightsNotice: 'Should not be republished.', byline: '<b>Ann</b>' });

  it.each<[string | undefined, CheckCode[]]>([
    [undefined, ['restrictive-notice', 'byline-markup']],
    ['', ['restrictive-notice', 'byline-markup']],
    ['restrictive-notice', ['byline-markup']],
    ['byline-markup,restrictive-notice', []],
    [' restrictive-notice , byline-markup ', []],
  ])('confirmed %j leaves %j', (confirmed, left) => {
    expect(unconfirmedWarnings(checks, confirmed).map((c) => c.code)).toEqual(left);
  });

  it('builds the token from the warnings only, sorted', () => {
    expect(confirmationToken(checks)).toBe('byline-markup,restrictive-notice');
    expect(confirmationToken(checkApproval(base))).toBe('');
  });

  it('reads only http(s) lead images', () => {
    expect(leadImageOf({ url: ' https://a.example/x.jpg ', caption: '', credit: 'AP' })).toEqual({
      url: 'https://a.example/x.jpg',
      caption: null,
      credit: 'AP',
    });
    expect(leadImageOf('https://a.example/x.jpg')).toBeNull();
  });
});
