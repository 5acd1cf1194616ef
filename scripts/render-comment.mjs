// Renders docs/example-comment.md (the comment `mlgate demo` prints) to docs/example-comment.png the way GitHub
// shows it: markdown to HTML with marked (GitHub-flavoured), Mermaid charts drawn by mermaid, screenshot taken
// by headless Chromium (Debian's chromium package). Usage: node scripts/render-comment.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { marked } from 'marked';

const md = readFileSync('docs/example-comment.md', 'utf8');
const renderer = new marked.Renderer();
const baseCode = renderer.code.bind(renderer);
renderer.code = (token) => (token.lang === 'mermaid' ? `<pre class="mermaid">${token.text}</pre>` : baseCode(token));
const body = marked.parse(md, { gfm: true, renderer });
const mermaidJs = readFileSync('node_modules/mermaid/dist/mermaid.min.js', 'utf8');
const html = `<!doctype html><html><head><meta charset="utf-8"><style>
body { font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; margin: 0; background: #f6f8fa; }
.comment { max-width: 860px; margin: 16px; background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; }
.header { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; color: #59636e; border-radius: 6px 6px 0 0; }
.header b { color: #1f2328; }
.body { padding: 16px; }
h3 { font-size: 1.25em; margin: 0 0 8px; } h4 { font-size: 1em; margin: 24px 0 8px; }
table { border-collapse: collapse; margin: 8px 0 16px; display: block; overflow: auto; }
th, td { border: 1px solid #d1d9e0; padding: 4px 10px; } th { background: #f6f8fa; } tr:nth-child(2n) td { background: #f6f8fa; }
code { background: #eff1f3; padding: 2px 4px; border-radius: 4px; font-size: 85%; }
sub { color: #59636e; } blockquote { color: #59636e; border-left: 4px solid #d1d9e0; margin: 0; padding: 0 12px; }
ul { padding-left: 24px; } pre.mermaid { background: #fff; text-align: center; }
</style></head><body><div class="comment"><div class="header"><b>github-actions</b> bot commented</div>
<div class="body">${body}</div></div>
<script>${mermaidJs}</script>
<script>mermaid.initialize({ startOnLoad: false, theme: 'default' }); mermaid.run().then(() => { document.title = 'ready'; });</script>
</body></html>`;
const dir = mkdtempSync(path.join(tmpdir(), 'mlgate-render-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'comment.html');
writeFileSync(file, html);
execFileSync(
  'chromium',
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${path.join(dir, 'profile')}`,
    '--hide-scrollbars',
    '--virtual-time-budget=5000',
    '--window-size=900,' + (process.env.HEIGHT ?? '2600'),
    '--screenshot=' + path.resolve('docs/example-comment.png'),
    `file://${file}`,
  ],
  { stdio: 'ignore' },
);
console.log('wrote docs/example-comment.png');
