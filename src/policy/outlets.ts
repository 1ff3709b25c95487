/**
 * Well-known wires and outlets, so "RT NEWS", "rt.com" and "Russia Today" compare equal and a
 * credit reads the same everywhere. The display text found on the page is kept; this adds a key.
 */
import { hostOf } from '../core/url';

interface Outlet {
  name: string;
  pattern: RegExp;
  hosts: string[];
}

/** Matched against a cleaned name (no "the", no trailing "news"/"wire"). */
const OUTLETS: Outlet[] = [
  { name: 'Associated Press', pattern: /^(?:ap|associated press|ap news|the associated press)$/i, hosts: ['apnews.com', 'ap.org'] },
  { name: 'Reuters', pattern: /^(?:reuters|thomson reuters)$/i, hosts: ['reuters.com'] },
  { name: 'AFP', pattern: /^(?:afp|agence france[- ]presse|afp relaxnews)$/i, hosts: ['afp.com'] },
  { name: 'RT', pattern: /^(?:rt|rt\.com|russia today|rt international)$/i, hosts: ['rt.com'] },
  { name: 'Bloomberg', pattern: /^(?:bloomberg|bloomberg l\.?p\.?)$/i, hosts: ['bloomberg.com'] },
  { name: 'dpa', pattern: /^(?:dpa|deutsche presse[- ]agentur)$/i, hosts: ['dpa.com'] },
  { name: 'ANI', pattern: /^(?:ani|asian news international)$/i, hosts: ['aninews.in'] },
  { name: 'PTI', pattern: /^(?:pti|press trust of india)$/i, hosts: ['ptinews.com'] },
  { name: 'IANS', pattern: /^(?:ians|indo-asian news service)$/i, hosts: ['ians.in'] },
  { name: 'Xinhua', pattern: /^(?:xinhua|xinhua news agency|xinhuanet)$/i, hosts: ['xinhuanet.com', 'news.cn'] },
  { name: 'TASS', pattern: /^(?:tass|itar-tass)$/i, hosts: ['tass.com', 'tass.ru'] },
  { name: 'Sputnik', pattern: /^(?:sputnik|sputnik international)$/i, hosts: ['sputniknews.com'] },
  { name: 'UPI', pattern: /^(?:upi|united press international)$/i, hosts: ['upi.com'] },
  { name: 'Kyodo', pattern: /^(?:kyodo|kyodo news)$/i, hosts: ['kyodonews.net'] },
  { name: 'Yonhap', pattern: /^(?:yonhap|yonhap news agency)$/i, hosts: ['yna.co.kr'] },
  { name: 'EFE', pattern: /^(?:efe|agencia efe)$/i, hosts: ['efe.com'] },
  { name: 'ANSA', pattern: /^ansa$/i, hosts: ['ansa.it'] },
  { name: 'Anadolu Agency', pattern: /^(?:aa|anadolu|anadolu agency)$/i, hosts: ['aa.com.tr'] },
  { name: 'The Canadian Press', pattern: /^(?:cp|canadian press)$/i, hosts: ['thecanadianpress.com'] },
  { name: 'AAP', pattern: /^(?:aap|australian associated press)$/i, hosts: ['aap.com.au'] },
  { name: 'CNN', pattern: /^(?:cnn|cnn business|cnn wire)$/i, hosts: ['cnn.com'] },
  { name: 'BBC', pattern: /^(?:bbc|bbc news)$/i, hosts: ['bbc.com', 'bbc.co.uk'] },
  { name: 'Al Jazeera', pattern: /^(?:al jazeera|al jazeera english)$/i, hosts: ['aljazeera.com'] },
  { name: 'The Conversation', pattern: /^conversation$/i, hosts: ['theconversation.com'] },
  { name: 'The New York Times', pattern: /^(?:new york times|nyt)$/i, hosts: ['nytimes.com'] },
  { name: 'The Washington Post', pattern: /^washington post$/i, hosts: ['washingtonpost.com'] },
  { name: 'The Guardian', pattern: /^guardian$/i, hosts: ['theguardian.com'] },
  { name: 'Kaiser Health News', pattern: /^(?:khn|kaiser health news)$/i, hosts: ['khn.org'] },
];

/** Short names of wires, as they appear in datelines: "(AP) —", "LONDON (Reuters) -". */
export const WIRE_DATELINE = /\((AP|Reuters|AFP|Bloomberg|dpa|DPA|ANI|PTI|IANS|Xinhua|TASS|UPI|Kyodo|Yonhap|EFE|ANSA|AA|CP|AAP|Sputnik|CNN|CNN Business|RT)\)\s*[-–—:]/;

/** The well-known outlet's canonical name for a display name or URL, or null when unknown. */
export function canonicalOutlet(nameOrUrl: string | null | undefined): string | null {
  if (!nameOrUrl) return null;
  if (/^https?:\/\//i.test(nameOrUrl)) return outletForHost(hostOf(nameOrUrl));
  const key = nameOrUrl.trim().replace(/^the\s+/i, '').replace(/[.,:;]+$/, '').replace(/\s+(?:news|wire|newswire|news agency)$/i, '').trim();
  return OUTLETS.find((o) => o.pattern.test(key) || o.pattern.test(nameOrUrl.trim()))?.name ?? outletForHost(key.toLowerCase());
}

function outletForHost(host: string): string | null {
  const h = host.replace(/^www\./, '');
  return OUTLETS.find((o) => o.hosts.some((x) => h === x || h.endsWith('.' + x)))?.name ?? null;
}

/** True when two outlet descriptions (names, hosts or URLs) denote the same outlet. */
export function sameOutlet(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const ca = canonicalOutlet(a);
  const cb = canonicalOutlet(b);
  if (ca && cb) return ca === cb;
  return squash(a) === squash(b) || (squash(a).length > 3 && squash(b).includes(squash(a)));
}

function squash(s: string): string {
  return s.toLowerCase().replace(/^https?:\/\/(?:www\.)?/, '').replace(/^the\s+/, '').replace(/[^a-z0-9]/g, '');
}
