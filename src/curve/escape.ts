/**
 * Minimal local Markdown escaping for user-provided strings (metric names). Placeholder until the shared
 * `src/render/escape.ts` (escapeMarkdownInline) exists; swap the import in render.ts then.
 */
export function escapeMarkdownInline(s: string): string {
  return s
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&@:]/g, (c) => `\\${c}`);
}

/** Text for a Mermaid quoted string: no quotes, brackets or newlines, which would end the token. */
export function escapeMermaidString(s: string): string {
  return s.replace(/[\r\n]+/g, ' ').replace(/["`[\]{}<>;#]/g, ' ').replace(/\s+/g, ' ').trim();
}
