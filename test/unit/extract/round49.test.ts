/**
 * Rules fixed on the forty-ninth probe round (test/fixtures/probe-pages/dev: news of mainland Southeast Asia, diaspora and
 * exile media, outdoor magazines, UK and Irish local news), constructed here in the shapes those pages showed. Names,
 * places, outlets and stories are made up.
 */
import { extractArticle } from '../../../src/workers/extract';
import { isBoilerplateLine } from '../../../src/workers/extract/boilerplate';
import { isPhotoCreditLine } from '../../../src/workers/extract/photo-credit';
import { findTextDates } from '../../../src/workers/extract/date-text';
import { creditedNames, isPersonName } from '../../../src/workers/extract/person-name';
import { isNewsAgencyName } from '../../../src/workers/extract/wire-marks';
import { canonicalOutlet } from '../../../src/policy/outlets';

const STORY = [
  'Plans to build two hundred homes on the site of the old brickworks were refused for a second time on Tuesday evening.',
  'Members of the planning committee voted eight to three against the scheme, despite the developer cutting its size.',
  'Residents had raised fears over flooding, the loss of green space and the waiting lists at the two local surgeries.',
  'The developer now has six months to lodge an appeal, and a spokesperson said the firm would consider its options.',
];
const paras = (lines: string[]) => lines.map((p) => `<p>${p}</p>`).join('');
const page = (end: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><title>Homes plan refused again</title></head><body><article><h1>Homes plan refused again</h1><div class="body">${paras(STORY)}${end}</div></article></body></html>`;
const URL = 'https://gazette.example/news/homes-plan-refused-again';
const sourceOf = (html: string, url = URL) => extractArticle(html, url)?.original_source?.name ?? null;

describe('republication notes of the round', () => {
  it('a story written for a reporting service and shared by titles ("written by X for the Y and is republished")', () => {
    const note =
      '<p><em>This story was written by Ewan Carrow, Local Democracy Reporter, for the Local Democracy Reporting Service and is republished by titles across the region.</em></p>';
    expect(sourceOf(page(note))).toBe('Local Democracy Reporting Service');
    // "written for" without the sharing clause is a guest's note as often: no source
    expect(sourceOf(page('<p><em>This piece was written for the Gazette by a retired planning officer.</em></p>'))).toBeNull();
  });

  it('the reporting service is an outlet the table knows', () =>
    expect(canonicalOutlet('LDRS')).toBe(canonicalOutlet('Local Democracy Reporting Service')));

  it('"This article was supplied by X"', () =>
    expect(sourceOf(page('<p><em>This article was supplied by PA Media.</em></p>'))).toBe('PA Media'));

  it('Norwegian "Saken er levert av X (ABC)", the acronym kept with the name', () =>
    expect(
      sourceOf(page('<p class="note">Denne saken er levert av Vestkyst Nyhetsbyrå (VNB). Avisen har ikke redigert innholdet.</p>', 'nb')),
    ).toBe('Vestkyst Nyhetsbyrå (VNB)'));

  it('Russian "Материал впервые опубликован на сайте издания «X»"', () =>
    expect(
      sourceOf(
        page('<p><em>Материал впервые опубликован на сайте издания «Южный берег». Публикуется с разрешения редакции.</em></p>', 'ru'),
      ),
    ).toBe('Южный берег'));

  it('a club’s bulletin names the club', () =>
    expect(
      sourceOf(
        page(
          '<p><em>This report first appeared in the summer bulletin of the Carrick Hills Walking Club and is republished here with permission.</em></p>',
        ),
      ),
    ).toBe('Carrick Hills Walking Club'));

  it('Vietnamese "Theo X" names an agency by its word ("Thông tấn"), not any name', () => {
    expect(isNewsAgencyName('Thông tấn Miền Trung')).toBe(true);
    const vi = (line: string) =>
      `<!doctype html><html lang="vi"><head><title>Giá lúa tăng</title></head><body><article><h1>Giá lúa tăng</h1><div class="body">${paras(
        [
          'Giá lúa tại các tỉnh miền Tây tăng mạnh trong tuần qua do nhu cầu xuất khẩu gạo tiếp tục ở mức cao.',
          'Nhiều doanh nghiệp cho biết đơn hàng từ các thị trường châu Á đã kín đến hết quý hai năm nay.',
          'Nông dân ở nhiều địa phương phấn khởi vì vụ lúa đông xuân năm nay được mùa, được giá.',
        ],
      )}<p>${line}</p></div></article></body></html>`;
    expect(sourceOf(vi('Theo Thông tấn Miền Trung'), 'https://nhipsong.example/kinh-te/gia-lua')).toBe('Thông tấn Miền Trung');
    expect(sourceOf(vi('Theo Minh Khang'), 'https://nhipsong.example/kinh-te/gia-lua')).toBeNull();
  });

  it('a Thai station’s own news team ("ที่มา: ทีมข่าว X") is no outlet', () => {
    const th = `<!doctype html><html lang="th"><head><title>ไฟไหม้ตลาด</title></head><body><article><h1>ไฟไหม้ตลาด</h1><div class="body">${paras(
      [
        'เกิดเหตุเพลิงไหม้ตลาดสดกลางเมืองเมื่อช่วงเย็นวานนี้ เจ้าหน้าที่ดับเพลิงใช้เวลากว่าสองชั่วโมงจึงควบคุมเพลิงได้',
        'เบื้องต้นไม่มีผู้ได้รับบาดเจ็บ แต่แผงค้ากว่าสามสิบแผงได้รับความเสียหาย คาดว่าเกิดจากไฟฟ้าลัดวงจร',
        'ผู้ว่าราชการจังหวัดเดินทางมาตรวจสอบพื้นที่และสั่งการให้หน่วยงานที่เกี่ยวข้องช่วยเหลือผู้ค้าโดยเร็ว',
      ],
    )}<p>ที่มา: ทีมข่าว สถานีเจ็ดสิบ</p></div></article></body></html>`;
    expect(sourceOf(th, 'https://station70.example/news/1201')).toBeNull();
  });
});

describe('writers of the round', () => {
  it('Vietnamese family names beyond the commonest ("Hà Thanh Tùng"), not the places they open ("Hà Nội")', () => {
    expect(isPersonName('Hà Thanh Tùng', [], 'vi')).toBe(true);
    expect(isPersonName('Hà Nội', [], 'vi')).toBe(false);
    expect(creditedNames('Bài, ảnh: Hà Thanh Tùng', [], 'vi')).toEqual(['Hà Thanh Tùng']);
  });

  it('Somali "W/Q: X" (written by)', () => expect(creditedNames('W/Q: Ayaan Guuleed', [], 'so')).toEqual(['Ayaan Guuleed']));
});

describe('chrome lines of the round', () => {
  it.each([
    ['Bristow Outdoors is reader-supported. When you buy through links on our site, we may earn an affiliate commission.'],
    ['When you purchase through links on our site, we may earn a commission.'],
    ['Hide Ad'],
    ['Quảng cáo'],
    ['โฆษณา'],
    [
      'ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО И (ИЛИ) РАСПРОСТРАНЕНО ИНОСТРАННЫМ СРЕДСТВОМ МАССОВОЙ ИНФОРМАЦИИ, ВЫПОЛНЯЮЩИМ ФУНКЦИИ ИНОСТРАННОГО АГЕНТА',
    ],
    ['Этот материал создан и распространён изданием, которое власти объявили «нежелательной организацией».'],
    ['Nông dân thu hoạch dứa đạt chuẩn VietGAP. Ảnh: H.T.T'],
    ['ຂຽນໂດຍ Administrator'],
  ])('%j', (line) => expect(isBoilerplateLine(line)).toBe(true));

  it.each([
    ['The shop earns a commission on every bike it sells, the owner said.'],
    ['Материал создан при поддержке городского фонда.'],
    ['Hide and seek in the dunes is back this summer.'],
  ])('not story sentences: %j', (line) => expect(isBoilerplateLine(line)).toBe(false));

  it.each([['Фото: Семён Литвак'], ['Lluniau: Dewi Mostyn'], ['Grianghraf: Seán Ó Briain']])('a picture credit alone: %j', (line) =>
    expect(isPhotoCreditLine(line)).toBe(true),
  );
});

describe('dates of the round', () => {
  it.each([
    ['Dydd Gwener, 21 Chwefror 2025', '2025-02-21'],
    ['12 Márta 2025', '2025-03-12'],
    ['3 Nollaig 2024', '2024-12-03'],
    ['Nuashonraithe: 14 Bealtaine 2024', '2024-05-14'],
  ])('Welsh and Irish months: %j', (text, day) => expect(findTextDates(text)[0]?.day).toBe(day));
});
