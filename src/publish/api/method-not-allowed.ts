/**
 * 405 for a known /api route asked with a method it does not answer (RFC 9110 §15.5.6: with an
 * Allow header listing the methods it does), instead of the 404 Fastify gives any unrouted
 * request. Routes are collected as they are registered; matching is by path shape.
 */
import type { FastifyInstance } from 'fastify';

export interface RouteShapes {
  /** The methods a path answers; empty when no /api route has its shape. */
  allowed(path: string): string[];
}

/** Turns a route pattern ("/api/items/:id(^\\d+).ninjs") into a regular expression over paths. Pure. */
export function patternToRegExp(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const param = /^:[A-Za-z_]\w*(\((?:[^()]|\([^()]*\))*\))?/.exec(pattern.slice(i));
    if (param) {
      out += param[1] ? `(?:${param[1].slice(1, -1).replace(/^\^/, '').replace(/\$$/, '')})` : '[^/]+';
      i += param[0].length;
    } else if (pattern[i] === '*') {
      out += '.*';
      i++;
    } else {
      out += pattern[i]!.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
      i++;
    }
  }
  return new RegExp(`^${out}$`);
}

/** Collects the /api routes' shapes; call before routes are added (an onRoute hook). */
export function collectApiRoutes(app: FastifyInstance): RouteShapes {
  const shapes = new Map<string, { re: RegExp; methods: Set<string> }>();
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const shape = shapes.get(route.url) ?? { re: patternToRegExp(route.url), methods: new Set<string>() };
    for (const m of [route.method].flat()) shape.methods.add(m.toUpperCase());
    shapes.set(route.url, shape);
  });
  return {
    allowed(path) {
      const methods = new Set<string>();
      for (const s of shapes.values()) if (s.re.test(path)) for (const m of s.methods) methods.add(m);
      return [...methods].sort();
    },
  };
}
