/**
 * A standalone HTML page of the comment as GitHub shows it: GitHub-flavoured markdown (marked), a small stylesheet
 * of our own with the look of GitHub's markdown body, and Mermaid for the chart. `mlgate preview` writes it so a
 * user sees the comment before pushing; the visual test (test/visual/) measures it in headless Chromium.
 * The markdown is ours (every string from a file is already escaped); raw HTML in it is only sub/details/summary/br.
 */
import { Marked, type Tokens } from 'marked';

/** Mermaid's browser bundle; the page loads it from here unless told otherwise (offline: a local copy's URL). */
export const MERMAID_CDN = 'https://cdn.jsdelivr.net/npm/mermaid@11/dist/mermaid.min.js';

const CSS = `
:root { color-scheme: light; }
body { margin: 0; background: #f6f8fa; color: #1f2328; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI",
  "Noto Sans", Helvetica, Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji"; }
.comment { box-sizing: border-box; max-width: 100%; margin: 0; background: #fff; border: 1px solid #d1d9e0;
  border-radius: 6px; overflow-wrap: break-word; }
.header { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; color: #59636e;
  border-radius: 6px 6px 0 0; }
.header b { color: #1f2328; }
.markdown-body { padding: 16px; }
.markdown-body > :first-child { margin-top: 0 !important; }
.markdown-body > :last-child { margin-bottom: 0 !important; }
p, ul, ol, table, pre, details, blockquote { margin: 0 0 16px; }
h3 { font-size: 1.25em; font-weight: 600; line-height: 1.25; margin: 24px 0 16px; }
h4 { font-size: 1em; font-weight: 600; line-height: 1.25; margin: 24px 0 16px; }
table { border-spacing: 0; border-collapse: collapse; display: block; width: max-content; max-width: 100%;
  overflow: auto; font-variant-numeric: tabular-nums; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
th { font-weight: 600; }
tr { background: #fff; border-top: 1px solid #d1d9e0b3; }
tr:nth-child(2n) { background: #f6f8fa; }
code { background: #818b981f; padding: .2em .4em; border-radius: 6px; font-size: 85%;
  font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; }
sub { font-size: 75%; color: #59636e; }
summary { cursor: pointer; }
details > :not(summary) { margin-top: 16px; }
ul { padding-left: 2em; }
li + li { margin-top: .25em; }
blockquote { color: #59636e; border-left: .25em solid #d1d9e0; padding: 0 1em; }
a { color: #0969da; text-decoration: underline; text-underline-offset: .2rem; }
pre.mermaid { background: #fff; text-align: center; overflow: auto; }
`;

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The comment's body as GitHub renders it: GFM, Mermaid fences left for Mermaid to draw. */
export function markdownToHtml(markdown: string): string {
  const marked = new Marked({ gfm: true, breaks: false });
  marked.use({
    renderer: {
      code(token: Tokens.Code): string | false {
        if (token.lang !== 'mermaid') return false;
        return `<pre class="mermaid">${escapeHtml(token.text)}</pre>\n`;
      },
    },
  });
  return marked.parse(markdown, { async: false });
}

export interface HtmlOptions {
  /** Where the page loads Mermaid from (default: jsDelivr; a local server's URL for offline use). */
  mermaid_src?: string;
  title?: string;
}

/** The whole page. When Mermaid has drawn every chart, `<html data-ready="1">` (the visual test waits for it). */
export function renderHtml(markdown: string, opts: HtmlOptions = {}): string {
  const src = opts.mermaid_src ?? MERMAID_CDN;
  const body = markdownToHtml(markdown);
  // Mermaid measures text, so it draws with every <details> open; they close again after (GitHub draws lazily).
  // With #open in the URL they stay open: the screenshot of the expanded comment.
  const script = `
const details = [...document.querySelectorAll('details')];
const closed = details.filter((d) => !d.open);
const restore = () => { if (location.hash !== '#open') for (const d of closed) d.open = false; };
const done = () => { restore(); document.documentElement.dataset.ready = '1'; };
for (const d of details) d.open = true;
if (window.mermaid && document.querySelector('pre.mermaid')) {
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
  mermaid.run().then(done, (e) => { document.documentElement.dataset.error = String(e); done(); });
} else done();`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escapeHtml(opts.title ?? 'mlgate comment preview')}</title>
<style>${CSS}</style></head>
<body><div class="comment"><div class="header"><b>github-actions</b> bot commented</div>
<div class="markdown-body">
${body}
</div></div>
<script src="${escapeHtml(src)}"></script>
<script>${script}</script>
</body></html>
`;
}
