/**
 * What an editor must see before approving an item: a restrictive rights notice, a missing or
 * dangling credit, markup or a suspicious byline, an original outlet the page names, the item's
 * effective rights and its lead image. `warn` checks need an explicit confirmation to approve over
 * (the desk records it in the audit); `block` checks are what publishItem refuses anyway. Pure.
 */
import { plainText } from '../core/plain-text';
import type { Rights } from '../settings/feeds-schema';
import { canonicalOutlet, sameOutlet } from './outlets';
import { isRestrictiveNotice } from './review';

export type CheckLevel = 'block' | 'warn' | 'info';

export type CheckCode =
  | 'rights-none'
  | 'credit-missing'
  | 'restrictive-notice'
  | 'credit-dangling'
  | 'byline-markup'
  | 'byline-suspicious'
  | 'original-outlet'
  | 'rights'
  | 'rights-notice'
  | 'lead-image';

export interface ApprovalCheck {
  code: CheckCode;
  level: CheckLevel;
  /** A short label for a queue badge ("Do not republish"). */
  badge: string;
  /** One sentence for the banner beside Approve. */
  message: string;
  /** The text the check is about (the notice, the credit, the byline), verbatim, when there is one. */
  quote?: string | null;
}

export interface ApprovalFacts {
  /** The item's effective rights (the source's, narrowed by wire usage terms). */
  rights: Rights;
  /** The source's own rights in feeds.yaml. */
  sourceRights: Rights;
  excerptWords: number;
  rightsNotice: string | null;
  /** The computed credit line and the editor's override (the override wins). */
  creditLine: string | null;
  creditOverride: string | null;
  byline: string | null;
  source: { id: string; name: string; homepage: string | null };
  originalSource: { name: string | null; url: string | null } | null;
  leadImage: unknown;
}

/** A byline longer than this is a paragraph that slipped into the field, not a list of people. */
const MAX_BYLINE_CHARS = 120;
/** What a byline never holds: links, addresses, scripts, CMS residue ("Updated 10:42", "5 min read"). */
const SUSPICIOUS_BYLINE = [
  /https?:\/\/|www\./i,
  /[\w.+-]+@[\w-]+\.[\w.]+/,
  /javascript:|\bon[a-z]+\s*=/i,
  /[<>{}]/,
  /\b(?:updated|published|posted)\b.*\d|\bmin(?:ute)?s? read\b|\bshare\b|\bfollow\b|\bsubscribe\b|\bcomments?\b/i,
  /^\W*\d[\d\s:/.-]*\W*$/,
];
/** A credit that ends on a connector or a label with nothing after it, or keeps a template placeholder. */
const DANGLING_CREDIT = [
  /\{[a-z_]+\}/i,
  /(?:^|\s)(?:by|via|from|and|for|of|with|source|credit|photo|courtesy(?: of)?)\s*[:,;–—-]?\s*$/i,
  /[:,;–—-]\s*$/,
  /^\s*(?:[,;:–—-]|via\b|and\b)/i,
  /\(\s*\)|\[\s*\]|,\s*,|:\s*,/,
];

const RIGHTS_TEXT: Record<Rights, string> = {
  full: 'full text and lead image',
  excerpt: 'an excerpt and the link',
  headline: 'the headline and the link only',
  none: 'nothing: never published',
};

/** Every check for an item, the most serious first. */
export function checkApproval(f: ApprovalFacts): ApprovalCheck[] {
  const checks = [...rightsChecks(f), ...creditChecks(f), ...bylineChecks(f.byline), ...originalChecks(f), ...leadImageChecks(f)];
  const rank: Record<CheckLevel, number> = { block: 0, warn: 1, info: 2 };
  return checks.sort((a, b) => rank[a.level] - rank[b.level]);
}

function rightsChecks(f: ApprovalFacts): ApprovalCheck[] {
  const out: ApprovalCheck[] = [];
  if (f.rights === 'none')
    out.push({
      code: 'rights-none',
      level: 'block',
      badge: 'Rights none',
      message: 'Rights “none”: this item is kept for reference and cannot be published.',
    });
  const restrictive = f.rightsNotice !== null && isRestrictiveNotice(f.rightsNotice);
  if (restrictive && f.rights !== 'none')
    out.push({
      code: 'restrictive-notice',
      level: 'warn',
      badge: 'Do not republish',
      message: 'The page forbids republication. Check that our licence covers it before approving.',
      quote: f.rightsNotice,
    });
  else if (f.rightsNotice)
    out.push({
      code: 'rights-notice',
      level: 'info',
      badge: 'Copyright',
      message: 'The page carries a copyright notice.',
      quote: f.rightsNotice,
    });
  const narrowed = f.rights !== f.sourceRights ? ` (the source allows ${f.sourceRights}; the wire's usage terms narrow it)` : '';
  const words = f.rights === 'excerpt' ? ` (${f.excerptWords} words)` : '';
  out.push({
    code: 'rights',
    level: 'info',
    badge: `Rights ${f.rights}`,
    message: `Rights ${f.rights}: the portal gets ${RIGHTS_TEXT[f.rights]}${words}${narrowed}.`,
  });
  return out;
}

/** The credit the portal will carry: the editor's override, else the computed line. */
export function creditOf(f: Pick<ApprovalFacts, 'creditLine' | 'creditOverride'>): string {
  return (f.creditOverride ?? f.creditLine ?? '').trim();
}

function creditChecks(f: ApprovalFacts): ApprovalCheck[] {
  const credit = creditOf(f);
  if (!credit || !/[\p{L}\p{N}]/u.test(credit))
    return [
      { code: 'credit-missing', level: 'block', badge: 'No credit', message: 'No credit line: set one in the edit form before approving.' },
    ];
  if (DANGLING_CREDIT.some((re) => re.test(credit)))
    return [
      {
        code: 'credit-dangling',
        level: 'warn',
        badge: 'Credit incomplete',
        message: 'The credit line has an empty placeholder or ends on a connector; fix it in the edit form.',
        quote: credit,
      },
    ];
  return [];
}

function bylineChecks(byline: string | null): ApprovalCheck[] {
  if (!byline?.trim()) return [];
  if (plainText(byline) !== byline)
    return [{ code: 'byline-markup', level: 'warn', badge: 'Byline markup', message: 'The byline contains HTML markup.', quote: byline }];
  if (byline.length > MAX_BYLINE_CHARS || SUSPICIOUS_BYLINE.some((re) => re.test(byline)))
    return [
      {
        code: 'byline-suspicious',
        level: 'warn',
        badge: 'Odd byline',
        message: 'The byline does not look like names of people (a link, an address, page furniture or a long text).',
        quote: byline,
      },
    ];
  return [];
}

function originalChecks(f: ApprovalFacts): ApprovalCheck[] {
  const o = f.originalSource;
  const name = o?.name?.trim() || canonicalOutlet(o?.url) || o?.url || null;
  if (!o || !name || sameOutlet({ name: o.name, homepage: o.url }, f.source)) return [];
  const credit = creditOf(f).toLowerCase();
  const named = [o.name, canonicalOutlet(o.name ?? o.url)].some((n) => n && credit.includes(n.toLowerCase()));
  return [
    {
      code: 'original-outlet',
      level: 'warn',
      badge: `Via ${canonicalOutlet(name) ?? name}`,
      message: `${f.source.name} republishes this story from ${name}. Check that we may carry ${name}'s copy${named ? '' : '; the credit line does not name it'}.`,
      quote: o.url,
    },
  ];
}

function leadImageChecks(f: ApprovalFacts): ApprovalCheck[] {
  const img = leadImageOf(f.leadImage);
  if (!img) return [];
  const where = f.rights === 'full' ? 'The portal publishes the lead image' : `Rights ${f.rights}: the lead image is not published`;
  return [
    {
      code: 'lead-image',
      level: 'info',
      badge: img.credit ? 'Photo credited' : 'Photo uncredited',
      message: `${where}; ${img.credit ? `credit: ${img.credit}` : 'it has no credit'}.`,
    },
  ];
}

export interface LeadImageView {
  url: string;
  caption: string | null;
  credit: string | null;
}

/** The lead image stored on an item (extract's LeadImage), or null when absent or not an http(s) URL. */
export function leadImageOf(v: unknown): LeadImageView | null {
  if (!v || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  const str = (x: unknown) => (typeof x === 'string' && x.trim() ? x.trim() : null);
  const url = str(o.url);
  if (!url || !/^https?:\/\//i.test(url)) return null;
  return { url, caption: str(o.caption), credit: str(o.credit) };
}

/** The warnings an editor must confirm, as the token the approve form sends back ("a,b"); '' when none. */
export function confirmationToken(checks: readonly ApprovalCheck[]): string {
  return [...new Set(checks.filter((c) => c.level === 'warn').map((c) => c.code))].sort().join(',');
}

/** The warnings `confirmed` (a token from the form) does not cover; empty when approving may go ahead. */
export function unconfirmedWarnings(checks: readonly ApprovalCheck[], confirmed: string | undefined): ApprovalCheck[] {
  const ok = new Set((confirmed ?? '').split(',').map((s) => s.trim()));
  return checks.filter((c) => c.level === 'warn' && !ok.has(c.code));
}
