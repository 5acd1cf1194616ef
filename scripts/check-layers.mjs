// Fails when a folder of src/ imports a folder above it in the stack below, or a file outside the stack appears.
// The stack, bottom first: a folder may import its own files and the folders listed before it, never after.
import fs from 'node:fs';
import path from 'node:path';

export const LAYERS = [
  ['kernel', 'types, errors, formatting, quoting, escaping, safe parsing: imports nothing of src/'],
  ['metrics', 'what a metric name means: kind, direction, scale, tolerance'],
  ['stats', 'statistical tests, intervals, predictions formats'],
  ['schema', 'report, config and result documents: schema check, defaults'],
  ['curve', 'learning-curve fits, trust, recommendation, chart'],
  ['cost', 'price table, cost policies, P&L'],
  ['checklist', 'lifecycle checklist items'],
  ['bot', '/mlgate command grammar'],
  ['readers', 'pure readers: bytes of a tool output -> report'],
  ['pipeline', 'evaluate: reports + config -> GateResult (composes the domains)'],
  ['audit', 'the model inventory: every model’s dates, status and P&L (mode: audit)'],
  ['render', 'GateResult -> markdown, text, JSON'],
  ['sources', 'where bytes come from: workspace, git, contents API, bundles, tracking servers'],
  ['adapters', 'I/O around the pipeline: gather, enrich, GitHub'],
  ['action', 'the GitHub Action modes'],
  ['cli', 'the command line'],
  ['.', 'entry points: main.ts, index.ts, cli.ts'],
];

const rank = new Map(LAYERS.map(([name], i) => [name, i]));
const src = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'src');

function layerOf(file) {
  const rel = path.relative(src, file).split(path.sep);
  if (rel[0] === '..') return null;
  return rel.length === 1 ? '.' : rel[0];
}

function* walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (/\.ts$/.test(e.name)) yield p;
  }
}

const problems = [];
const importRe = /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;
for (const file of walk(src)) {
  const from = layerOf(file);
  if (from === 'types') continue; // ambient declarations for bundled packages
  if (!rank.has(from)) {
    problems.push(`${path.relative(src, file)}: folder "${from}" is not in the layer list (scripts/check-layers.mjs)`);
    continue;
  }
  const text = fs.readFileSync(file, 'utf8');
  for (const m of text.matchAll(importRe)) {
    const target = path.resolve(path.dirname(file), m[1]);
    const to = layerOf(target);
    if (to === null || to === 'types' || to === from) continue; // schemas/*.json and ambient types
    if (!rank.has(to) || rank.get(to) > rank.get(from)) {
      problems.push(`${path.relative(src, file)}: ${from} imports ${to} (${m[1]}), which is above it`);
    }
  }
}

if (process.argv.includes('--print')) {
  for (const [name, what] of LAYERS) console.log(`${name.padEnd(10)} ${what}`);
}
if (problems.length) {
  console.error(`Layer check: ${problems.length} upward import(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Layer check: ${LAYERS.length} layers, no upward import.`);
