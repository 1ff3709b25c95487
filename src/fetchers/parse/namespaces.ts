/**
 * Namespace URIs → the canonical prefixes the mappers match on, so `<a10:link>` and `<atom:link>`
 * are the same element. RSS's own namespaces (and none) map to the empty prefix.
 */

/** Known namespaces; the keys are compared without a trailing `/` or `#`. */
const KNOWN: Readonly<Record<string, string>> = {
  'http://www.w3.org/2005/atom': 'atom',
  'http://purl.org/atom/ns': 'atom',
  'http://purl.org/rss/1.0': '',
  'http://my.netscape.com/rdf/simple/0.9': '',
  'http://backend.userland.com/rss2': '',
  'http://blogs.law.harvard.edu/tech/rss': '',
  'http://channel.netscape.com/rdf/simple/0.9': '',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns': 'rdf',
  'http://purl.org/dc/elements/1.1': 'dc',
  'http://purl.org/dc/terms': 'dcterms',
  'http://purl.org/rss/1.0/modules/content': 'content',
  'http://search.yahoo.com/mrss': 'media',
  'http://tools.search.yahoo.com/mrss': 'media',
  'http://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
  'http://www.w3.org/1999/xhtml': 'xhtml',
  'http://purl.org/syndication/thread/1.0': 'thr',
  'http://rssnamespace.org/feedburner/ext/1.0': 'feedburner',
  'http://purl.org/rss/1.0/modules/syndication': 'sy',
  'http://wellformedweb.org/commentapi': 'wfw',
  'http://www.georss.org/georss': 'georss',
};

/** The canonical prefix for a namespace URI; unknown URIs keep the prefix they were declared with. */
export function canonicalPrefix(uri: string, declaredPrefix: string): string {
  const key = uri
    .trim()
    .toLowerCase()
    .replace(/[/#]+$/, '');
  const known = KNOWN[key];
  return known ?? declaredPrefix.toLowerCase();
}

/** Prefix → canonical prefix in effect at one element, plus the default namespace's prefix. */
export interface NsScope {
  readonly prefixes: ReadonlyMap<string, string>;
  readonly defaultPrefix: string;
  /** Raw name → canonical name, memoized: feeds repeat the same few dozen names. */
  readonly names: Map<string, string>;
}

/** A fresh scope for a new document (only the `xml` prefix is predeclared, XML Namespaces §3). */
export function rootScope(): NsScope {
  return { prefixes: new Map([['xml', 'xml']]), defaultPrefix: '', names: new Map() };
}

/** The scope for an element: its parent's, extended by any xmlns attributes it carries. */
export function scopeFor(parent: NsScope, attrs: Record<string, string>): NsScope {
  let prefixes: Map<string, string> | null = null;
  let defaultPrefix = parent.defaultPrefix;
  for (const key in attrs) {
    if (!key.startsWith('xmlns')) continue;
    const uri = attrs[key] ?? '';
    if (key === 'xmlns') {
      defaultPrefix = canonicalPrefix(uri, '');
      continue;
    }
    if (key[5] !== ':') continue;
    prefixes ??= new Map(parent.prefixes);
    prefixes.set(key.slice(6), canonicalPrefix(uri, key.slice(6)));
  }
  if (!prefixes && defaultPrefix === parent.defaultPrefix) return parent;
  return { prefixes: prefixes ?? parent.prefixes, defaultPrefix, names: new Map() };
}

/** The canonical, lower-case name of an element written as `rawName` in `scope`. */
export function canonicalName(rawName: string, scope: NsScope): string {
  let name = scope.names.get(rawName);
  if (name === undefined) {
    name = resolveName(rawName, scope);
    scope.names.set(rawName, name);
  }
  return name;
}

/** Resolves a raw element name against the scope's prefixes. */
function resolveName(rawName: string, scope: NsScope): string {
  const colon = rawName.indexOf(':');
  if (colon < 0) {
    const local = rawName.toLowerCase();
    return scope.defaultPrefix ? `${scope.defaultPrefix}:${local}` : local;
  }
  const prefix = rawName.slice(0, colon);
  const canon = scope.prefixes.get(prefix.toLowerCase()) ?? prefix.toLowerCase();
  const local = rawName.slice(colon + 1).toLowerCase();
  return canon ? `${canon}:${local}` : local;
}
