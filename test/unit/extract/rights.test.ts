/** Rights notices are kept apart from the story; a story's sentence that says "without permission" of other things is the story's. */
import { extractArticle } from '../../../src/workers/extract';
import { isRightsText } from '../../../src/workers/extract/rights';

describe('isRightsText', () => {
  it.each([
    'This material may not be published, broadcast, rewritten or redistributed.',
    'Reproduction without permission prohibited.',
    'Do not copy this article without written permission.',
    'Any republication without the prior written consent of the publisher is forbidden.',
    '© 2024 Harbour Times. Use without permission is not allowed.',
    'Copyright 2024 Reuters. All rights reserved.',
  ])('reads %j as a notice', (text) => expect(isRightsText(text)).toBe(true));

  it.each([
    // a council's release (probe page date-traps/08, round 27): the rule for volunteers, not for the text
    'Children under 16 must be accompanied by an adult, and volunteers are asked not to pick litter from the carriageway of any road or from private land without permission.',
    'The court heard that the firm had used his photographs without permission for three years.',
    'Protesters entered the site without consent, police said.',
  ])('reads %j as prose', (text) => expect(isRightsText(text)).toBe(false));
});

describe('extractArticle', () => {
  const para = (s: string) => `<p>${s}</p>`;
  const prose = 'The council will supply litter pickers, vests, gloves and bags to every group that registers this spring. ';
  const page = (extra: string) =>
    `<html><head><title>Volunteers wanted</title></head><body><article><h1>Volunteers wanted</h1>${para(prose.repeat(3))}${extra}${para(prose.repeat(2))}</article></body></html>`;

  it('keeps a story paragraph that says "without permission" of something else, and gives no notice for it', () => {
    const sentence = 'Volunteers are asked not to pick litter from private land without permission.';
    const a = extractArticle(page(para(sentence)), 'https://council.example/news/spring-clean');
    expect(a?.text).toContain(sentence);
    expect(a?.rights_notice).toBeNull();
  });

  it('takes a reuse notice out of the story as its rights notice', () => {
    const notice = 'Reproduction of this article without permission is prohibited.';
    const a = extractArticle(page(para(notice)), 'https://council.example/news/spring-clean');
    expect(a?.text).not.toContain(notice);
    expect(a?.rights_notice).toBe(notice);
  });
});
