// GitHub-style page/per_page pagination with a Link header (rel order prev, next, last, first, as GitHub sends it).
import type { Ctx } from './http.js';

export interface Page<T> {
  items: T[];
  headers: Record<string, string>;
}

export function readPaging(query: URLSearchParams): { page: number; perPage: number } {
  const perPageRaw = Number.parseInt(query.get('per_page') ?? '', 10);
  const pageRaw = Number.parseInt(query.get('page') ?? '', 10);
  // GitHub: default 30, capped at 100; nonsense values fall back to the defaults.
  const perPage = Number.isFinite(perPageRaw) && perPageRaw > 0 ? Math.min(perPageRaw, 100) : 30;
  const page = Number.isFinite(pageRaw) && pageRaw > 0 ? pageRaw : 1;
  return { page, perPage };
}

export function paginate<T>(items: readonly T[], ctx: Pick<Ctx, 'query' | 'path' | 'store'>): Page<T> {
  const { page, perPage } = readPaging(ctx.query);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const link = (p: number): string => {
    const q = new URLSearchParams(ctx.query);
    q.delete('page');
    q.append('page', String(p)); // GitHub puts page last and keeps the other parameters
    return `<${ctx.store.apiUrl}${ctx.path}?${q.toString()}>`;
  };
  const rels: string[] = [];
  if (page > 1) rels.push(`${link(Math.min(page - 1, last))}; rel="prev"`);
  if (page < last) rels.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`);
  if (page > 1) rels.push(`${link(1)}; rel="first"`);
  return { items: slice, headers: rels.length > 0 ? { link: rels.join(', ') } : {} };
}
