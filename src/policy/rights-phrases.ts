/**
 * Rights notices in the languages the extractor reads, beyond English: the phrases that forbid reuse ("Nachdruck nur mit
 * Genehmigung", "Reproduction interdite", "Queda prohibida la reproducción", "Перепечатка … запрещена", "izinsiz
 * yayımlanamaz", "未经授权不得转载") and the "all rights reserved" of each. Shared by the extractor (which takes the notice
 * out of the story and keeps it as `rights_notice`) and the review policy (which sends a `full` source's item to an
 * editor when its page forbids reuse). Pure.
 *
 * A phrase that forbids reuse names the reuse (reprinting, reproduction, copying, reuse of the material) and forbids it
 * or makes it subject to permission: "ohne Genehmigung" alone is as often a story's ("ohne Genehmigung gebaut"), and so
 * are the words of publishing and spreading in general ("prohibida la publicación de encuestas", "Verbreitung … verboten",
 * a takeover's "Übernahme" and "overname"), which are left out.
 */

/** Reuse forbidden or made subject to permission, one pattern per language (de, fr, es, it, pt, nl, pl, cs/sk, ru/uk, tr, sv/da/no, zh, ja). */
const FORBIDS_REUSE: readonly RegExp[] = [
  // de: "Nachdruck nur mit Genehmigung", "Weiterverwendung … nicht gestattet", "Vervielfältigung … untersagt", "ohne Zustimmung … nicht gestattet"
  /(?<!\p{L})(?:nachdruck|weiterverwendung|weiterverbreitung|vervielfältigung)\p{L}*(?:[^.!?]{0,120}?)(?:nicht (?:gestattet|erlaubt|zulässig)|untersagt|verboten|nur mit (?:vorheriger |ausdrücklicher )?(?:schriftlicher )?(?:genehmigung|zustimmung|erlaubnis|einwilligung)|ohne (?:vorherige |ausdrückliche )?(?:schriftliche )?(?:genehmigung|zustimmung|erlaubnis|einwilligung))/iu,
  // fr: "Reproduction interdite", "Toute reproduction … est interdite sans autorisation", "reproduction … soumise à autorisation"
  /(?<!\p{L})(?:reproduction|rediffusion|republication|réutilisation)s?(?:[^.!?]{0,120}?)(?:(?:est |sont )?(?:strictement )?interdite?s?|soumise?s? à (?:une )?autorisation|sans (?:l['’])?(?:autorisation|accord) (?:préalable|écrite?|expresse))/iu,
  // es: "Queda prohibida la reproducción", "Prohibida su reproducción total o parcial", "reproducción … sin autorización"
  /(?<!\p{L})(?:(?:queda |está )?prohibid[ao]s? (?:la |su )?(?:reproducción|redistribución|copia)|(?:reproducción|redistribución|copia)(?:[^.!?]{0,120}?)(?:prohibid[ao]|sin (?:la )?(?:autorización|permiso|consentimiento) (?:previ[ao]|expres[ao]|por escrito)))/iu,
  // it: "È vietata la riproduzione", "Riproduzione riservata", "riproduzione … senza autorizzazione"
  /(?<!\p{L})(?:(?:è )?vietat[ao] (?:la |ogni )?(?:riproduzione|ridistribuzione|copia)|riproduzione (?:riservata|vietata)|(?:riproduzione|ridistribuzione)(?:[^.!?]{0,120}?)senza (?:il |la |l['’])?(?:consenso|autorizzazione|permesso))/iu,
  // pt: "Proibida a reprodução", "reprodução … sem autorização"
  /(?<!\p{L})(?:(?:é )?proibid[ao] (?:a |sua )?(?:reprodução|redistribuição|cópia)|(?:reprodução|redistribuição)(?:[^.!?]{0,120}?)(?:proibid[ao]|sem (?:a )?(?:autorização|permissão) (?:prévia|expressa|por escrito)))/iu,
  // nl: "Overname … niet toegestaan", "Niets uit deze uitgave mag worden verveelvoudigd … zonder voorafgaande schriftelijke toestemming"
  /(?<!\p{L})(?:overname (?:van )?(?:artikelen|teksten|inhoud|berichten|materiaal)|verveelvoudig\p{L}*|herpublicatie)(?:[^.!?]{0,160}?)(?:niet toegestaan|verboden|zonder (?:voorafgaande )?(?:schriftelijke )?toestemming)/iu,
  // pl: "Kopiowanie … bez zgody zabronione", "Przedruk tylko za zgodą"
  /(?<!\p{L})(?:kopiowanie|przedruk|powielanie)(?:[^.!?]{0,120}?)(?:zabronione|zakazane|bez (?:pisemnej )?zgody|tylko za (?:pisemną )?zgodą)/iu,
  // cs, sk: "Šíření … bez písemného souhlasu je zakázáno"
  /(?<!\p{L})(?:kopírování|přebírání|kopírovanie|preberanie)(?:[^.!?]{0,120}?)(?:zakázáno|zakázané|bez (?:předchozího |predchádzajúceho )?(?:písemného |písomného )?súhlasu|bez (?:písemného )?souhlasu)/iu,
  // ru, uk: "Перепечатка … запрещена", "… только с разрешения", "без письменного разрешения редакции"
  /(?<!\p{L})(?:перепечатка|копирование|воспроизведение|использование материалов|передрук|копіювання|використання матеріалів)(?:[^.!?]{0,120}?)(?:запрещен[оа]?|заборонен[оа]?|только с (?:письменного )?(?:разрешения|согласия)|лише з (?:письмового )?дозволу|без (?:письменного |предварительного )?(?:разрешения|согласия)|без (?:письмового )?дозволу)/iu,
  // tr: "izinsiz yayımlanamaz", "kaynak gösterilmeden alıntı yapılamaz", "izin alınmadan kullanılamaz"
  /(?<!\p{L})(?:[iİ]zinsiz|[iİ]zin alınmadan|kaynak gösterilmeden)(?:[^.!?]{0,60}?)(?:yayımlanamaz|yayınlanamaz|kullanılamaz|alıntı yapılamaz|çoğaltılamaz|kopyalanamaz)/iu,
  // sv, da, no: "Eftertryck förbjudet", "Kopiering … utan tillstånd", "Ettertrykk forbudt"
  /(?<!\p{L})(?:eftertryck|ettertrykk|eftertryk|kopiering|mångfaldigande|gengivelse)(?:[^.!?]{0,120}?)(?:förbjud(?:et|en)|forbudt|utan (?:skriftligt )?tillstånd|uten (?:skriftlig )?tillatelse|uden (?:skriftlig )?tilladelse)/iu,
  // zh, ja: "未经授权不得转载", "禁止转载", "未經許可不得轉載", "無断転載を禁じます", "無断転載禁止"
  /(?:未经|未經)(?:授权|授權|许可|許可|同意)[^。]{0,20}?(?:不得|禁止)(?:转载|轉載|复制|複製|使用)|(?:禁止|严禁|嚴禁)(?:转载|轉載)|無断(?:転載|複製|使用)/u,
];

/** "All rights reserved" in the other languages (a copyright line, weaker than a phrase forbidding reuse). */
const RIGHTS_RESERVED =
  /(?<!\p{L})(?:alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti (?:sono )?riservati|todos os direitos reservados|alle rechten voorbehouden|wszelkie prawa zastrzeżone|všechna práva vyhrazena|všetky práva vyhradené|все права защищены|усі права захищені|всі права захищені|tüm hakları saklıdır|(?:alla|alle|all) rättigheter förbehållna|alle rettigheder forbeholdes|版权所有|版權所有|著作権)/iu;

/**
 * A word one of those phrases needs, in lower case: looked for first, once, in the lower-cased text. Most paragraphs
 * hold none, and the patterns above cost some 7 µs on each paragraph of a story (a third of a page's rights work and
 * more), the search for these words one.
 */
const RIGHTS_WORDS =
  /nachdruck|weiterverwend|weiterverbreit|vervielfält|rechte vorbehalten|reproduction|rediffusion|republication|réutilisation|droits réservés|reproducción|redistribuci|copia|derechos reservados|riproduzione|ridistribuzione|diritti|reprodução|redistribuição|cópia|direitos|overname|verveelvoudig|herpublicatie|voorbehouden|kopiowanie|przedruk|powielanie|prawa zastrzeżone|kopírov|přebírání|preberanie|vyhrazena|vyhradené|перепечатк|копирован|воспроизведен|использование материалов|передрук|копіюван|використання матеріалів|права защищены|права захищені|zinsiz|zin alınmadan|kaynak gösterilmeden|hakları saklıdır|eftertryck|ettertrykk|eftertryk|kopiering|mångfaldigande|gengivelse|rättigheter|rettigheder|未经|未經|转载|轉載|版权|版權|無断|著作権/;

/** True when `text` may hold one of the phrases above (a footer's text is segmented only then). */
export function mentionsRightsIntl(text: string): boolean {
  return RIGHTS_WORDS.test(text.toLowerCase());
}

/** True when `text` forbids reusing the material, or makes it subject to permission, in one of the languages above. */
export function forbidsReuseIntl(text: string): boolean {
  return mentionsRightsIntl(text) && FORBIDS_REUSE.some((re) => re.test(text));
}

/** True when `text` says "all rights reserved" in one of the languages above. */
export function reservesRightsIntl(text: string): boolean {
  return mentionsRightsIntl(text) && RIGHTS_RESERVED.test(text);
}

/** True when `text` holds either (one search for their words first). */
export function readsRightsIntl(text: string): boolean {
  return mentionsRightsIntl(text) && (FORBIDS_REUSE.some((re) => re.test(text)) || RIGHTS_RESERVED.test(text));
}
