/**
 * Fuzzing the extractor and the sanitizer with fast-check: mutations of the real pages in
 * test/fixtures/attribution (cuts, duplicated spans, spliced hostile markup), random HTML-ish
 * text, and hostile fragments planted inside real article bodies. extractArticle returns an
 * article or null (never throws) within a time budget; whatever it returns is well-formed and its
 * HTML carries no script, event handler or script URL.
 */
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { extractArticle, sanitizeHtml, type ExtractedArticle } from '../../src/workers/extract';
import { FIXTURES } from '../support/fixtures';

/** One extraction of a fixture-sized page must stay far below this; a hang fails the run. */
const PER_RUN_BUDGET_MS = 3000;
const URL_BASE = 'https://news.example/story/1';
/** ISO 8601 with the page's offset kept when it gave one ("…-05:00"), else UTC ("…Z"). */
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(?:Z|[+-]\d\d:\d\d)$/;
/** What must never survive into republished HTML. */
const DANGEROUS =
  /<script|<iframe(?![^>]*\ssrc="https:\/\/)|<object|<embed|<style|<base|<meta|<link|<form|\son[a-z]+\s*=|(href|src|action|formaction|xlink:href)\s*=\s*["']?\s*(javascript|vbscript|data):/i;

const attrDir = path.join(FIXTURES, 'attribution');
const pages = fs
  .readdirSync(attrDir)
  .sort()
  .filter((d) => fs.existsSync(path.join(attrDir, d, 'page.html')))
  .slice(0, 8)
  .map((d) => fs.readFileSync(path.join(attrDir, d, 'page.html'), 'utf8'));

/** Hostile fragments from the OWASP filter-evasion families (the full list is in test/unit/extract/xss.test.ts). */
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<a href=" &#14;  javascript:alert(1)">x</a>',
  '<svg onload=alert(1)><p>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<<SCRIPT>alert("XSS");//<</SCRIPT>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<p style="background:url(javascript:alert(1))">text</p>',
  '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(1);">',
  '<BASE HREF="javascript:alert(1);//">',
  '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">x</button></form>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
  '</p><p>',
  '<div><div><div><div><div>',
  '&lt;script&gt;',
];

function assertWellFormed(a: ExtractedArticle | null): void {
  if (a === null) return;
  expect(typeof a.text).toBe('string');
  expect(typeof a.content_html).toBe('string');
  expect(Number.isInteger(a.word_count) && a.word_count >= 0).toBe(true);
  if (a.published_at !== null) expect(a.published_at).toMatch(ISO);
  if (a.modified_at !== null) expect(a.modified_at).toMatch(ISO);
  expect(Array.isArray(a.authors) && Array.isArray(a.categories)).toBe(true);
  expect(a.content_html).not.toMatch(DANGEROUS);
  if (a.lead_image) expect(a.lead_image.url).toMatch(/^https?:\/\//);
}

function extractChecked(html: string): ExtractedArticle | null {
  const t0 = performance.now();
  const a = extractArticle(html, URL_BASE);
  const ms = performance.now() - t0;
  if (ms > PER_RUN_BUDGET_MS) throw new Error(`extractArticle took ${Math.round(ms)} ms on ${html.length} chars`);
  assertWellFormed(a);
  return a;
}

const mutatedPage = fc
  .record({
    page: fc.integer({ min: 0, max: pages.length - 1 }),
    ops: fc.array(
      fc.record({
        kind: fc.constantFrom('cut', 'dup', 'plant', 'truncate'),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        len: fc.integer({ min: 1, max: 2000 }),
        text: fc.constantFrom(...HOSTILE),
      }),
      { minLength: 1, maxLength: 5 },
    ),
  })
  .map(({ page, ops }) => {
    let s = pages[page]!;
    for (const op of ops) {
      const at = Math.floor(op.at * s.length);
      if (op.kind === 'cut') s = s.slice(0, at) + s.slice(at + op.len);
      else if (op.kind === 'dup') s = s.slice(0, at + op.len) + s.slice(at);
      else if (op.kind === 'plant') s = s.slice(0, at) + op.text + s.slice(at);
      else s = s.slice(0, at);
    }
    return s;
  });

/** An article-like body: paragraphs of words with hostile fragments mixed in. */
const hostileArticle = fc
  .array(
    fc.oneof(
      fc.lorem({ maxCount: 40 }).map((t) => `<p>${t}</p>`),
      fc.constantFrom(...HOSTILE),
      fc.string({ maxLength: 40 }),
    ),
    { minLength: 3, maxLength: 30 },
  )
  .map((parts) => `<html><head><title>Story</title></head><body><article><h1>Story</h1>${parts.join('\n')}</article></body></html>`);

describe('fuzz: extractArticle and sanitizeHtml', () => {
  it('extracts an article from every unmutated seed page', () => {
    expect(pages.length).toBeGreaterThanOrEqual(5);
    for (const p of pages) expect(extractChecked(p)).not.toBeNull();
  });

  it('never throws or hangs on mutated real pages, and never emits script', () => {
    fc.assert(
      fc.property(mutatedPage, (html) => void extractChecked(html)),
      { numRuns: 100, seed: 8 },
    );
  });

  it('never emits script from article bodies laced with filter-evasion vectors', () => {
    let extracted = 0;
    fc.assert(
      fc.property(hostileArticle, (html) => void (extractChecked(html) && extracted++)),
      { numRuns: 200, seed: 8 },
    );
    expect(extracted).toBeGreaterThan(50); // the vectors reached the serializer, not just an early null
  });

  it('never throws on random text and HTML-ish soup', () => {
    const soup = fc
      .array(
        fc.oneof(
          fc.constantFrom(
            '<',
            '>',
            '</',
            '<p>',
            '<div class="content">',
            '<br/>',
            '<!--',
            '-->',
            '&nbsp;',
            '&#0;',
            '<![CDATA[',
            '<table>',
            '<td>',
            '<a href="/x">',
          ),
          fc.string({ maxLength: 20 }),
          fc.constantFrom(...HOSTILE),
        ),
        { maxLength: 200 },
      )
      .map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 2000 }), soup), (html) => void extractChecked(html)),
      { numRuns: 300, seed: 8 },
    );
  });

  it('sanitizeHtml output never carries script, whatever fragments are combined', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 20 })), { maxLength: 12 }), (parts) => {
        const out = sanitizeHtml(parts.join(''), URL_BASE);
        expect(typeof out).toBe('string');
        expect(out).not.toMatch(DANGEROUS);
      }),
      { numRuns: 500, seed: 8 },
    );
  });
});
