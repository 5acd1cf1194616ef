// The visual test (`npm run test:visual`): the comment rendered as GitHub shows it (the page `mlgate preview`
// writes) in headless Chromium at 1000 px, for the demo, a pass, a checklist failure, a monorepo of 3 models and
// a 50-metric report. Each case must hold: the verdict in the first 300 px; the demo collapsed ≤ 1,100 px; no raw
// entity or markdown syntax visible as text; every chart series drawn in a colour with ≥ 3:1 contrast on white
// and on GitHub's dark background; nothing wider than the page. Screenshots go to build/visual/ and the demo's
// to docs/example-comment.png (with --update-docs). Prints `N passed, N failed`; exit 1 on a failure.
// Needs dist/ built (npm run build) and /usr/bin/chromium (Debian's chromium package).
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM, dumpDom, screenshot, serve } from './browser.mjs';
import { contrast, DARK_BG, LIGHT_BG } from './contrast.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const OUT = path.join(ROOT, 'build/visual');
const WIDTH = 1000;
const NOW = '2026-11-21';
const MEASURE = readFileSync(path.join(ROOT, 'test/visual/measure.js'), 'utf8');

if (!existsSync(CHROMIUM)) {
  console.error(
    `test:visual needs Chromium at ${CHROMIUM} (Debian: apt-get install -y chromium fonts-noto-color-emoji)`,
  );
  console.log('0 passed, 1 failed');
  process.exit(1);
}
if (!existsSync(CLI)) {
  console.error('test:visual needs dist/: run npm run build');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const work = mkdtempSync(path.join(tmpdir(), 'mlgate-visual-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

function mlgate(cwd, args) {
  try {
    return execFileSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    // compare exits 1 on a failing verdict; its output is still the result.
    if (e.status === 1 && e.stdout) return e.stdout;
    throw new Error(`mlgate ${args.join(' ')}: ${e.stderr || e.message}`);
  }
}

function dir(name, files = {}) {
  const d = path.join(work, name);
  mkdirSync(d, { recursive: true });
  for (const [f, text] of Object.entries(files)) writeFileSync(path.join(d, f), text);
  return d;
}

const report = (model, metrics, extra = '') =>
  `version: 1\nmodel: ${model}\nmetrics:\n${Object.entries(metrics)
    .map(([k, v]) => `  ${k}: ${v}`)
    .join('\n')}\neval: { dataset: gold, size: 20000 }\n${extra}`;

/** compare --format json in `d` (base.yaml, head.yaml, optional c.yml): the result file's name. */
function resultOf(d, name = 'result.json') {
  const config = existsSync(path.join(d, 'c.yml')) ? ['--config', 'c.yml'] : [];
  const json = mlgate(d, ['compare', '--base', 'base.yaml', '--head', 'head.yaml', ...config, '--format', 'json']);
  writeFileSync(path.join(d, name), json);
  return name;
}

/** The cases: each a directory and the `mlgate preview` arguments that write its page. */
function cases() {
  const pass = dir('pass', {
    'base.yaml': report('ranker', { accuracy: 0.9, ndcg_at_10: 0.71, latency_p95_ms: 30 }),
    'head.yaml': report('ranker', { accuracy: 0.93, ndcg_at_10: 0.74, latency_p95_ms: 29 }),
  });
  // The demo with one person as owner and backup, and latency back under its maximum: the checklist fails alone.
  const checklist = dir('checklist');
  cpSync(path.join(ROOT, 'examples/demo'), path.join(checklist, 'examples/demo'), { recursive: true });
  const demoHead = readFileSync(path.join(ROOT, 'examples/demo/head.yaml'), 'utf8');
  writeFileSync(
    path.join(checklist, 'head.yaml'),
    demoHead
      .replace('backup_owner: "@bob"', 'backup_owner: "@alice"')
      .replace('latency_p95_ms: 58', 'latency_p95_ms: 44'),
  );
  copyFileSync(path.join(ROOT, 'examples/demo/base.yaml'), path.join(checklist, 'base.yaml'));
  copyFileSync(path.join(ROOT, 'examples/demo/mlgate.yml'), path.join(checklist, 'c.yml'));
  const mono = dir('monorepo');
  const models = [
    ['fraud-detector', { accuracy: 0.912, recall_fraud: 0.8 }, { accuracy: 0.915, recall_fraud: 0.81 }],
    ['churn', { auc: 0.84, f1_macro: 0.7 }, { auc: 0.82, f1_macro: 0.69 }],
    ['search-ranker', { ndcg_at_10: 0.7, latency_p95_ms: 20 }, { ndcg_at_10: 0.7, latency_p95_ms: 31 }],
  ].map(([name, base, head]) => {
    const d = dir(`monorepo/${name}`, { 'base.yaml': report(name, base), 'head.yaml': report(name, head) });
    const file = resultOf(d);
    copyFileSync(path.join(d, file), path.join(mono, `${name}.json`));
    return `${name}.json`;
  });
  const many = {};
  const manyBase = {};
  for (let i = 0; i < 50; i++) {
    manyBase[`slice_${String(i).padStart(2, '0')}_accuracy`] = 0.8;
    many[`slice_${String(i).padStart(2, '0')}_accuracy`] = i === 7 ? 0.7 : i === 21 ? 0.83 : 0.8;
  }
  const fifty = dir('fifty', { 'base.yaml': report('catalog', manyBase), 'head.yaml': report('catalog', many) });
  return [
    { name: 'demo', cwd: dir('demo'), args: ['--now', NOW], maxHeight: 1100 },
    { name: 'pass', cwd: pass, args: [resultOf(pass)] },
    { name: 'checklist-failure', cwd: checklist, args: [resultOf(checklist)] },
    { name: 'monorepo', cwd: mono, args: models },
    { name: 'fifty-metrics', cwd: fifty, args: [resultOf(fifty)] },
  ];
}

// Text that must not be visible: an entity GitHub would have decoded, or markdown/HTML syntax left as text.
const RAW = [
  [/&(#\d+|#x[0-9a-f]+|[a-z]{2,8});/i, 'an HTML entity'],
  [/\*\*|__|~~/, 'bold/strike markers'],
  [/^\s*#{1,6}\s/m, 'a heading marker'],
  [/^\s*\|.*\|\s*$|\|\s*-{3}/m, 'a table row'],
  [/```/, 'a code fence'],
  [/<\/?(sub|details|summary|br|b|img)\b/i, 'an HTML tag'],
  [/\]\(https?:/, 'a markdown link'],
  [/%%\{|xychart-beta/, 'Mermaid source'],
];

function check(c, m) {
  const problems = [];
  const fail = (s) => problems.push(s);
  if (m.error) fail(`Mermaid error: ${m.error}`);
  if (m.collapsed.verdict_bottom === null || m.collapsed.verdict_bottom > 300)
    fail(`verdict ends at ${m.collapsed.verdict_bottom} px, not within the first 300 px`);
  if (!/mlgate: (pass|warning|fail)/.test(m.collapsed.verdict_text)) fail('the first block is not the verdict');
  if (c.maxHeight && m.collapsed.height > c.maxHeight)
    fail(`collapsed height ${Math.round(m.collapsed.height)} px > ${c.maxHeight} px`);
  for (const [state, s] of [
    ['collapsed', m.collapsed],
    ['expanded', m.expanded],
  ]) {
    for (const [re, what] of RAW) {
      const hit = re.exec(s.text);
      if (hit)
        fail(`${state}: ${what} visible as text: "${s.text.slice(Math.max(0, hit.index - 30), hit.index + 30)}"`);
    }
    if (s.overflow.length) fail(`${state}: wider than ${WIDTH} px: ${[...new Set(s.overflow)].join(', ')}`);
  }
  for (const [i, chart] of m.charts.entries()) {
    if (!chart.drawn || chart.error) fail(`chart ${i + 1} not drawn`);
    const want = c.series[i] ?? 0;
    if (chart.series.length !== want)
      fail(`chart ${i + 1}: ${chart.series.length} series drawn, ${want} in its source`);
    for (const [j, s] of chart.series.entries()) {
      const [light, dark] = [contrast(s.stroke, LIGHT_BG), contrast(s.stroke, DARK_BG)];
      if (light < 3 || dark < 3)
        fail(
          `chart ${i + 1} series ${j + 1} rgb(${s.stroke}): contrast ${light.toFixed(2)} on white, ${dark.toFixed(2)} on dark`,
        );
      if (!(s.width > 0)) fail(`chart ${i + 1} series ${j + 1} has no extent`);
    }
  }
  return problems;
}

function measured(dom) {
  const i = dom.lastIndexOf('<pre id="mlgate-measure"');
  const m = i < 0 ? null : /<pre[^>]*>([\s\S]*?)<\/pre>/.exec(dom.slice(i));
  if (!m) throw new Error('the page was not measured (no result from the measuring script)');
  const text = m[1].replace(/&(lt|gt|quot|amp);/g, (_, e) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[e]);
  return JSON.parse(text);
}

const pages = new Map();
const server = await serve(pages);
mkdirSync(OUT, { recursive: true });
let passed = 0;
let failed = 0;
const figures = {};
try {
  for (const c of cases()) {
    const file = `${c.name}.html`;
    mlgate(c.cwd, ['preview', ...c.args, '--out', file, '--mermaid-src', `${server.origin}/mermaid.min.js`]);
    const html = readFileSync(path.join(c.cwd, file), 'utf8');
    c.series = [...html.matchAll(/<pre class="mermaid">([\s\S]*?)<\/pre>/g)].map(
      (x) => (x[1].match(/^\s*line /gm) ?? []).length,
    );
    writeFileSync(path.join(OUT, file), html);
    pages.set(file, html.replace('</body>', `<script>${MEASURE}</script></body>`));
    pages.set(`shot-${file}`, html);
    let problems;
    try {
      const m = measured(await dumpDom(`${server.origin}/${file}`, WIDTH));
      figures[c.name] = { collapsed: Math.round(m.collapsed.height), expanded: Math.round(m.expanded.height) };
      problems = check(c, m);
      await screenshot(`${server.origin}/shot-${file}`, path.join(OUT, `${c.name}.png`), WIDTH, m.collapsed.height + 2);
      await screenshot(
        `${server.origin}/shot-${file}#open`,
        path.join(OUT, `${c.name}-expanded.png`),
        WIDTH,
        m.expanded.height + 2,
      );
    } catch (e) {
      problems = [String(e.message ?? e)];
    }
    const f = figures[c.name];
    const size = f ? ` (collapsed ${f.collapsed} px, expanded ${f.expanded} px)` : '';
    if (problems.length) {
      failed++;
      console.log(`✗ ${c.name}${size}\n${problems.map((p) => `    ${p}`).join('\n')}`);
    } else {
      passed++;
      console.log(`✓ ${c.name}${size}`);
    }
  }
  // The control: the demo's page with Mermaid's default palette and text left raw must fail the checks, so a
  // check that cannot fail (a selector that finds nothing, a wrong colour parse) is caught here.
  const demoHtml = pages.get('demo.html');
  if (demoHtml) {
    const broken = demoHtml
      .replace(/%%\{init:[^\n]*\}%%\n/, '')
      .replace('<div class="markdown-body">', '<div class="markdown-body"><h3>mlgate: fail</h3><p>&amp;#95; **x**</p>');
    pages.set('control.html', broken);
    const m = measured(await dumpDom(`${server.origin}/control.html`, WIDTH));
    const problems = check({ name: 'control', series: [2] }, m);
    const caught = ['contrast', 'an HTML entity', 'bold'].filter((w) => problems.some((p) => p.includes(w)));
    if (caught.length === 3) {
      passed++;
      console.log('✓ control: a page with the default palette and raw text fails the checks');
    } else {
      failed++;
      console.log(
        `✗ control: the checks missed ${['contrast', 'an HTML entity', 'bold'].filter((w) => !caught.includes(w)).join(', ')}`,
      );
    }
  }
  if (process.argv.includes('--update-docs') && existsSync(path.join(OUT, 'demo.png'))) {
    copyFileSync(path.join(OUT, 'demo.png'), path.join(ROOT, 'docs/example-comment.png'));
    console.log('wrote docs/example-comment.png');
  }
} finally {
  await server.close();
}
writeFileSync(path.join(OUT, 'figures.json'), JSON.stringify(figures, null, 2) + '\n');
console.log(`screenshots: ${path.relative(ROOT, OUT)}/`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
