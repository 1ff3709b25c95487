/**
 * robots.txt (RFC 9309), pure: parse the file into groups, pick the group for our product token
 * (else `*`), and decide a path by the longest matching Allow/Disallow rule (a tie goes to Allow).
 * `*` matches any run of characters and a trailing `$` anchors the end (RFC 9309 §2.2.3).
 */

/** One Allow or Disallow line, compiled. */
export interface RobotsRule {
  allow: boolean;
  /** The normalized pattern; its length decides precedence (RFC 9309 §2.2.2: most octets wins). */
  pattern: string;
  regex: RegExp;
}

/** The parsed file: rules per lower-cased user-agent token (groups with the same token merged). */
export interface RobotsRules {
  groups: Map<string, RobotsRule[]>;
}

/** RFC 9309 §2.5: crawlers must parse at least 500 KiB; what is beyond may be ignored. */
export const ROBOTS_MAX_CHARS = 500 * 1024;

/** Rules that allow everything: a missing robots.txt (4xx, RFC 9309 §2.3.1.3). */
export const ALLOW_ALL: RobotsRules = { groups: new Map() };

/** Upper-cases percent-escapes and percent-encodes what is not ASCII, so patterns and paths compare. */
export function normalizeRobotsPath(path: string): string {
  let out = '';
  for (const ch of path) {
    const code = ch.codePointAt(0) ?? 0;
    out += code > 0x7e || code < 0x21 ? encodeURIComponent(ch) : ch;
  }
  return out.replace(/%[0-9a-f]{2}/gi, (m) => m.toUpperCase());
}

function compileRule(allow: boolean, raw: string): RobotsRule {
  const pattern = normalizeRobotsPath(raw);
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const source = body
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
    .join('.*');
  return { allow, pattern, regex: new RegExp('^' + source + (anchored ? '$' : '')) };
}

/** The product token of a user-agent line value: "Wireroom/1.2" → "wireroom". */
function agentToken(value: string): string {
  return value.trim().split(/[/\s]/)[0]!.toLowerCase();
}

/** Parses a robots.txt body; unknown lines are skipped, as RFC 9309 §2.2 asks. */
export function parseRobots(text: string): RobotsRules {
  const groups = new Map<string, RobotsRule[]>();
  let agents: string[] = [];
  let inRules = false;
  for (const rawLine of text.slice(0, ROBOTS_MAX_CHARS).split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'user-agent') {
      if (inRules) {
        agents = [];
        inRules = false;
      }
      const token = agentToken(value);
      if (token) agents.push(token);
      continue;
    }
    if (key !== 'allow' && key !== 'disallow') continue;
    inRules = true;
    if (!value) continue; // "Disallow:" with no path allows everything: no rule
    const rule = compileRule(key === 'allow', value);
    for (const a of agents) {
      const list = groups.get(a) ?? [];
      list.push(rule);
      groups.set(a, list);
    }
  }
  return { groups };
}

/** Whether `agent` (a product token like "wireroom") may fetch `pathAndQuery` ("/a/b?c"). */
export function isAllowedByRobots(rules: RobotsRules, agent: string, pathAndQuery: string): boolean {
  const path = normalizeRobotsPath(pathAndQuery || '/');
  if (path === '/robots.txt') return true; // RFC 9309 §2.2.2: always allowed
  const group = rules.groups.get(agent.toLowerCase()) ?? rules.groups.get('*');
  if (!group) return true;
  let best: RobotsRule | undefined;
  for (const rule of group) {
    if (!rule.regex.test(path)) continue;
    if (!best || rule.pattern.length > best.pattern.length || (rule.pattern.length === best.pattern.length && rule.allow)) best = rule;
  }
  return best ? best.allow : true;
}
