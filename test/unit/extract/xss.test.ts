/**
 * XSS filter-evasion vectors (written from the OWASP cheat sheet's families: script tags, event
 * handlers, javascript:/vbscript:/data: URLs with entity, whitespace and case tricks, style/CSS,
 * meta refresh, base/link/object/embed, SVG/MathML, malformed tags) through both sanitizers.
 */
import sanitize from 'sanitize-html';
import { extractArticle, sanitizeHtml } from '../../../src/workers/extract';

const BASE = 'https://news.example/story/1';

const VECTORS: string[] = [
  '<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>',
  '<script>alert(1)</script>',
  '<IMG SRC="javascript:alert(\'XSS\');">',
  "<IMG SRC=javascript:alert('XSS')>",
  "<IMG SRC=JaVaScRiPt:alert('XSS')>",
  '<IMG SRC=`javascript:alert("RSnake says, \'XSS\'")`>',
  '<a onmouseover="alert(document.cookie)">xxs link</a>',
  '<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\\>',
  '<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>',
  '<IMG SRC=# onmouseover="alert(\'xxs\')">',
  '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>',
  '<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">',
  '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>',
  '<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>',
  '<IMG SRC="jav\tascript:alert(\'XSS\');">',
  '<IMG SRC="jav&#x09;ascript:alert(\'XSS\');">',
  '<IMG SRC="jav&#x0A;ascript:alert(\'XSS\');">',
  '<IMG SRC=" &#14;  javascript:alert(\'XSS\');">',
  '<a href=" &#14;  javascript:alert(1)">x</a>',
  '<SCRIPT/XSS SRC="https://xss.example/xss.js"></SCRIPT>',
  '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>',
  '<<SCRIPT>alert("XSS");//\\<</SCRIPT>',
  '<SCRIPT SRC=//xss.example/.j>',
  '<IMG SRC="`<javascript:alert>`(\'XSS\')"',
  '<iframe src=https://xss.example/scriptlet.html <',
  '</TITLE><SCRIPT>alert("XSS");</SCRIPT>',
  '<INPUT TYPE="IMAGE" SRC="javascript:alert(\'XSS\');">',
  '<BODY BACKGROUND="javascript:alert(\'XSS\')">',
  '<IMG DYNSRC="javascript:alert(\'XSS\')">',
  '<IMG LOWSRC="javascript:alert(\'XSS\')">',
  '<STYLE>li {list-style-image: url("javascript:alert(\'XSS\')");}</STYLE><UL><LI>XSS</br>',
  "<svg/onload=alert('XSS')>",
  '<svg><script>alert(1)</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<BGSOUND SRC="javascript:alert(\'XSS\');">',
  '<LINK REL="stylesheet" HREF="javascript:alert(\'XSS\');">',
  '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(\'XSS\');">',
  '<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K">',
  '<IFRAME SRC="javascript:alert(\'XSS\');"></IFRAME>',
  '<IFRAME SRC=# onmouseover="alert(document.cookie)"></IFRAME>',
  '<FRAMESET><FRAME SRC="javascript:alert(\'XSS\');"></FRAMESET>',
  '<TABLE BACKGROUND="javascript:alert(\'XSS\')">',
  '<TABLE><TD BACKGROUND="javascript:alert(\'XSS\')">',
  '<DIV STYLE="background-image: url(javascript:alert(\'XSS\'))">',
  '<DIV STYLE="width: expression(alert(\'XSS\'));">',
  '<IMG STYLE="xss:expr/*XSS*/ession(alert(\'XSS\'))">',
  '<BASE HREF="javascript:alert(\'XSS\');//">',
  '<OBJECT TYPE="text/x-scriptlet" DATA="https://xss.example/scriptlet.html"></OBJECT>',
  '<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv">',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="javascript&colon;alert(1)">x</a>',
  '<a href="java&#0000115cript:alert(1)">x</a>',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<isindex type=image src=1 onerror=alert(1)>',
  '<xss id=x tabindex=1 onfocus=alert(1)></xss>',
  '<details open ontoggle=alert(1)>',
  '<video><source onerror="alert(1)"></video>',
  '<a href="https://ok.example/" style="position:fixed;top:0">ok</a>',
  "<!--[if gte IE 4]><SCRIPT>alert('XSS');</SCRIPT><![endif]-->",
  '<XML ID="xss"><I><B><IMG SRC="javas<!-- -->cript:alert(\'XSS\')"></B></I></XML>',
  '<HEAD><META HTTP-EQUIV="CONTENT-TYPE" CONTENT="text/html; charset=UTF-7"> </HEAD>+ADw-SCRIPT+AD4-alert(\'XSS\');+ADw-/SCRIPT+AD4-',
];

/**
 * What must never survive, whatever the vector. A "javascript:" that is only text inside an https
 * path ("https://news.example/story/%60javascript:alert(…)", a relative URL resolved) is harmless.
 */
const DANGEROUS = [
  /<script/i,
  /<style/i,
  /<iframe(?![^>]*src="https:\/\/(?:www\.)?youtube)/i,
  /\son[a-z]+\s*=/i,
  /(?:href|src|action|cite)\s*=\s*"\s*(?:javascript|vbscript|data):/i,
  /"javascript:/i,
  /\sstyle\s*=/i,
  /<(?:object|embed|form|input|button|meta|link|base|svg|math|frame|frameset|body|xml|isindex|details|video)\b/i,
  /expression\(/i,
  /\sbackground\s*=/i,
];

/** Same serializer for both sides, attributes sorted: only content differences remain. It keeps every tag (it only re-serializes), hence allowVulnerableTags. */
function canonical(html: string): string {
  const out = sanitize(html, { allowedTags: false, allowedAttributes: false, allowVulnerableTags: true });
  return out.replace(/<([a-z0-9]+)((?:\s+[^\s=>]+="[^"]*")+)(\s*\/?)>/g, (_m, tag: string, attrs: string, end: string) => {
    const sorted = attrs
      .trim()
      .match(/[^\s=]+="[^"]*"/g)!
      .sort()
      .join(' ');
    return `<${tag} ${sorted}${end}>`;
  });
}

function assertSafe(html: string): void {
  for (const re of DANGEROUS) expect(html).not.toMatch(re);
}

describe('sanitizeHtml (sanitize-html allowlist)', () => {
  it.each(VECTORS)('neutralizes %s', (vector) => {
    assertSafe(sanitizeHtml(`<p>before</p>${vector}<p>after</p>`, BASE));
  });

  it('keeps story markup, resolves URLs and strips tracking parameters', () => {
    const out = sanitizeHtml(
      '<h2>Sub</h2><p>See <a href="/next?utm_source=x&id=3" class="c">next</a> <img data-src="/i.jpg" src="data:image/gif;base64,R0l"></p>',
      BASE,
    );
    expect(out).toBe(
      '<h2>Sub</h2><p>See <a href="https://news.example/next?id=3" rel="noopener noreferrer nofollow">next</a> <img src="https://news.example/i.jpg" /></p>',
    );
  });

  it('allows iframes only from the embed hosts', () => {
    expect(sanitizeHtml('<iframe src="https://www.youtube.com/embed/abc"></iframe>', BASE)).toContain(
      'src="https://www.youtube.com/embed/abc"',
    );
    expect(sanitizeHtml('<iframe src="https://evil.example/embed/abc"></iframe>', BASE)).not.toContain('evil.example');
    expect(sanitizeHtml('<iframe src="https://evil.example/x"></iframe>', BASE, { iframeHosts: ['evil.example'] })).toContain(
      'evil.example',
    );
  });
});

describe('extractArticle content_html (allowlist serializer)', () => {
  const prose =
    '<p>The council voted on Tuesday to extend the transit pilot for another year, citing strong ridership, lower costs than expected, and broad support from residents who rely on the late-night routes.</p>';

  it.each(VECTORS)('neutralizes %s inside a story', (vector) => {
    const page = `<html><body><article>${prose}${vector}${prose}<p>${vector}</p></article></body></html>`;
    const a = extractArticle(page, BASE);
    expect(a).not.toBeNull();
    assertSafe(a!.content_html);
  });

  it('produces HTML that sanitize-html leaves as it is (same allowlist)', () => {
    const page = `<html><body><article>${prose}<p>See the <a href="/x?fbclid=1">report</a> <img src="/a.png" alt="A"> <iframe src="https://player.vimeo.com/video/1"></iframe></p>${prose}</article></body></html>`;
    const html = extractArticle(page, BASE)!.content_html;
    expect(canonical(sanitizeHtml(html, BASE))).toBe(canonical(html));
    expect(html).toContain('<a href="https://news.example/x" rel="noopener noreferrer nofollow">report</a>');
    expect(html).toContain('<iframe src="https://player.vimeo.com/video/1"></iframe>');
  });
});
