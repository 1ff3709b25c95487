/**
 * Zone abbreviations as feeds and news pages print them, in minutes east of UTC: RFC 822 §5.1's names
 * plus the usual European, Asian and Australian ones. Shared by the feed date parser and the article
 * date finder so both read "CEST" or "AEDT" alike. Ambiguous letters are read the common way in news
 * ("IST" India, "CST" US Central). Generic US zones (ET, PT …) and RFC 822's military letters are not
 * here: each reader decides how to take them.
 */
export const NAMED_ZONES: Readonly<Record<string, number>> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  wet: 0,
  bst: 60,
  cet: 60,
  met: 60,
  mez: 60,
  cest: 120,
  mest: 120,
  mesz: 120,
  eet: 120,
  eest: 180,
  msk: 180,
  ist: 330,
  wib: 420,
  sgt: 480,
  hkt: 480,
  awst: 480,
  jst: 540,
  kst: 540,
  aest: 600,
  aedt: 660,
  nzst: 720,
  nzdt: 780,
  adt: -180,
  ast: -240,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  akst: -540,
  akdt: -480,
  hst: -600,
};
