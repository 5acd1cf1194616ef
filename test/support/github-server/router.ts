// Minimal path router: `:name` matches one segment, `*name` the rest of the path (for contents paths).
// Params are percent-decoded, so `a%2Fb.yml` (how Octokit encodes a contents path) becomes `a/b.yml`.
import type { Handler } from './http.js';

interface Route {
  method: string;
  parts: string[];
  handler: Handler;
}

export interface RouteMatch {
  handler: Handler;
  params: Record<string, string>;
}

export class Router {
  private readonly routes: Route[] = [];

  add(method: string, pattern: string, handler: Handler): this {
    this.routes.push({ method: method.toUpperCase(), parts: pattern.split('/').filter(Boolean), handler });
    return this;
  }

  match(method: string, path: string): RouteMatch | undefined {
    const segs = path.split('/').filter(Boolean);
    for (const route of this.routes) {
      if (route.method !== method.toUpperCase()) continue;
      const params = matchParts(route.parts, segs);
      if (params) return { handler: route.handler, params };
    }
    return undefined;
  }
}

function matchParts(parts: string[], segs: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (part.startsWith('*')) {
      if (i >= segs.length) return undefined;
      params[part.slice(1)] = safeDecode(segs.slice(i).join('/'));
      return params;
    }
    const seg = segs[i];
    if (seg === undefined) return undefined;
    if (part.startsWith(':')) params[part.slice(1)] = safeDecode(seg);
    else if (part !== seg) return undefined;
  }
  return segs.length === parts.length ? params : undefined;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
