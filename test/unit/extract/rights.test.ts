/** Rights notices are kept apart from the story; a story's sentence that says "without permission" of other things is the story's. */
import { extractArticle } from '../../../src/workers/extract';
import { isRightsText } from '../../../src/workers/extract/rights';
import { isRestrictiveNotice } from '../../../src/policy/review';

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

/** The notices of the other languages read (policy/rights-phrases.ts), as portals print them under a story or in their footer. */
describe('rights notices in other languages', () => {
  it.each([
    'Nachdruck nur mit Genehmigung der Redaktion.',
    'Eine Weiterverwendung ist ohne Zustimmung der Agentur nicht gestattet.',
    '© Le Courrier du Val 2024. Toute reproduction interdite sans autorisation.',
    '© 2024 Diario del Valle. Queda prohibida la reproducción total o parcial de los contenidos.',
    'Riproduzione riservata © Gazzetta di Valle',
    'É proibida a reprodução do conteúdo desta página sem autorização escrita.',
    'Niets uit deze uitgave mag worden verveelvoudigd zonder voorafgaande schriftelijke toestemming.',
    'Kopiowanie materiałów bez zgody redakcji zabronione.',
    'Kopírování obsahu bez písemného souhlasu vydavatele je zakázáno.',
    'Перепечатка без разрешения правообладателя запрещена.',
    'Kaynak gösterilmeden alıntı yapılamaz, izinsiz yayımlanamaz.',
    'Eftertryck förbjudet.',
    '未经授权，不得转载。',
    '記事の無断転載を禁じます。',
  ])('reads %j as a notice that forbids reuse', (text) => {
    expect(isRightsText(text)).toBe(true);
    expect(isRestrictiveNotice(text)).toBe(true);
  });

  it.each(['© 2024 Stadtblatt. Alle Rechte vorbehalten.', '© Le Courrier du Val – Tous droits réservés', 'Wszelkie prawa zastrzeżone.'])(
    'reads %j as a copyright line, which forbids nothing more',
    (text) => {
      expect(isRightsText(text)).toBe(true);
      expect(isRestrictiveNotice(text)).toBe(false);
    },
  );

  it.each([
    // a takeover, a poll ban, a film's ban, a building permit, spreading a disease: the words of publishing or taking over in a story
    'Die Übernahme ist ohne Genehmigung des Kartellamts verboten, teilte die Behörde am Dienstag mit.',
    'Durante la veda electoral está prohibida la publicación de encuestas, recordó la junta electoral.',
    'La diffusion du film est interdite dans trois pays, selon son distributeur.',
    'Der Anbau war ohne Genehmigung errichtet worden, sagte ein Sprecher der Stadt.',
    'De overname is verboden door de toezichthouder, die vreest voor hogere prijzen.',
  ])('reads %j as prose', (text) => {
    expect(isRightsText(text)).toBe(false);
    expect(isRestrictiveNotice(text)).toBe(false);
  });

  it('takes the notice out of the story and keeps it as the rights notice', () => {
    const story = '<p>Die Gondelbahn bleibt bis Ende Juli geschlossen, weil am Tragseil ein Schaden gefunden wurde. </p>'.repeat(4);
    const notice =
      'Alle Texte der Agentur sind urheberrechtlich geschützt. Eine Weiterverwendung ist ohne Zustimmung der Agentur nicht gestattet.';
    const a = extractArticle(
      `<html lang="de"><head><title>Gondelbahn zu</title></head><body><article><h1>Gondelbahn zu</h1>${story}<p>${notice}</p></article></body></html>`,
      'https://tal.example/gondel',
    );
    expect(a?.text).not.toContain('Weiterverwendung');
    expect(a?.rights_notice).toBe('Eine Weiterverwendung ist ohne Zustimmung der Agentur nicht gestattet.');
  });
});

describe('a Turkish notice opening a sentence with a capital İ', () => {
  it('reads "İzinsiz kullanılamaz." as forbidding reuse (İ lower-cases to two characters)', () =>
    expect(isRestrictiveNotice('Tüm hakları saklıdır. İzinsiz kullanılamaz.')).toBe(true));
});
