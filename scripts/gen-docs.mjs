// Generates the parts of the docs that must not drift from their sources:
// - README.md "Inputs" and "Outputs" tables from action.yml;
// - docs/reference.md: the report and config references from the JSON Schemas;
// - docs/report.md "Metric names and directions": the metric registry's table from src/metrics/registry.ts.
// `node scripts/gen-docs.mjs --check` fails when the committed files differ (run by .ci/run).
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { build } from 'esbuild';

const check = process.argv.includes('--check');
const cell = (s) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');
let stale = [];

function write(file, text) {
  const old = (() => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return null;
    }
  })();
  if (old === text) return;
  if (check) stale.push(file);
  else writeFileSync(file, text);
}

// README: between the markers.
const action = parse(readFileSync('action.yml', 'utf8'));
const inputs = Object.entries(action.inputs)
  .map(
    ([name, i]) =>
      `| \`${name}\` | ${i.default === undefined || i.default === '' ? '' : `\`${cell(i.default)}\``} | ${cell(i.description)} |`,
  )
  .join('\n');
const outputs = Object.entries(action.outputs)
  .map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`)
  .join('\n');
const generated = `<!-- generated from action.yml by scripts/gen-docs.mjs: do not edit -->
### Inputs

| input | default | description |
|---|---|---|
${inputs}

### Outputs

| output | description |
|---|---|
${outputs}
<!-- end of generated -->`;
const readme = readFileSync('README.md', 'utf8');
const start = readme.indexOf('<!-- generated from action.yml');
const end = readme.indexOf('<!-- end of generated -->');
if (start < 0 || end < 0) throw new Error('README.md lacks the generated-section markers');
write('README.md', readme.slice(0, start) + generated + readme.slice(end + '<!-- end of generated -->'.length));

// docs/reference.md: every field of both schemas, in document order.
function typeOf(s, root) {
  if (s.$ref) return typeOf(resolve(s.$ref, root), root);
  if (s.const !== undefined) return `\`${JSON.stringify(s.const)}\``;
  if (s.enum) return s.enum.map((v) => `\`${v}\``).join(' \\| ');
  if (s.oneOf) return s.oneOf.map((x) => typeOf(x, root)).join(' or ');
  if (s.anyOf) return s.anyOf.map((x) => (x.$ref ? 'rule' : typeOf(x, root))).join(' or ');
  if (s.type === 'array') return `list of ${s.items ? typeOf(s.items, root) : 'values'}`;
  if (s.type === 'object' && !s.properties && s.additionalProperties && typeof s.additionalProperties === 'object') {
    return `map of ${typeOf(s.additionalProperties, root)}`;
  }
  return s.type ?? 'any';
}
function resolve(ref, root) {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce((o, k) => o[k], root);
}
function rows(s, root, prefix, out) {
  if (s.$ref) s = resolve(s.$ref, root);
  for (const [key, raw] of Object.entries(s.properties ?? {})) {
    if (key === '$schema') continue;
    const p = raw.$ref ? { ...resolve(raw.$ref, root), ...raw, $ref: undefined } : raw;
    const name = prefix ? `${prefix}.${key}` : key;
    const required = (s.required ?? []).includes(key) ? ' (required)' : '';
    const bounds = [
      p.minimum !== undefined && `≥ ${p.minimum}`,
      p.exclusiveMinimum !== undefined && `> ${p.exclusiveMinimum}`,
      p.maximum !== undefined && `≤ ${p.maximum}`,
      p.maxLength && `≤ ${p.maxLength} chars`,
      p.maxItems && `≤ ${p.maxItems} items`,
    ]
      .filter(Boolean)
      .join(', ');
    out.push(`| \`${name}\`${required} | ${typeOf(p, root)}${bounds ? ` (${bounds})` : ''} | ${cell(p.description)} |`);
    if (p.type === 'object' && p.properties) rows(p, root, name, out);
    else if (p.type === 'array' && p.items) {
      const item = p.items.$ref ? resolve(p.items.$ref, root) : p.items;
      if (item.properties) rows(item, root, `${name}[]`, out);
    }
    if (p.type === 'object' && p.additionalProperties && typeof p.additionalProperties === 'object') {
      const val = p.additionalProperties.$ref ? resolve(p.additionalProperties.$ref, root) : p.additionalProperties;
      if (val.properties) rows(val, root, `${name}.<name>`, out);
    }
  }
  return out;
}
const section = (title, file) => {
  const schema = JSON.parse(readFileSync(file, 'utf8'));
  return `## ${title}\n\n${schema.description}\nSchema: [${file}](../${file}).\n\n| field | type | description |\n|---|---|---|\n${rows(schema, schema, '', []).join('\n')}\n`;
};
write(
  'docs/reference.md',
  `# Reference: report and config fields\n\n<!-- generated from the JSON Schemas by scripts/gen-docs.mjs: do not edit -->\n\n${section('The report (`mlgate.yaml`)', 'schemas/report.schema.json')}\n${section('The config (`.github/mlgate.yml`)', 'schemas/config.schema.json')}`,
);

// docs/report.md: the registry's kinds, bundled from the TypeScript source so the table cannot drift from it.
const bundled = await build({
  entryPoints: ['src/metrics/registry.ts'],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'neutral',
  logLevel: 'warning',
});
const registry = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
);
const code = (w) => `\`${w}\``;
function kindRow(k) {
  const words = [
    ...k.aliases.map(code),
    ...(k.whole ?? []).map((w) => `${code(w)} (whole name)`),
    ...(k.patterns ?? []).map((p) => code(String(p))),
  ];
  const direction =
    k.direction === 'higher' ? '↑ higher' : k.direction === 'lower' ? '↓ lower' : '· none (never gated)';
  const bounds = k.bounds ? ` [${k.bounds.map((b) => (b === null ? '∞' : b)).join(', ')}]` : '';
  const scale =
    k.scale === 'fraction'
      ? `fraction${bounds}${k.percent === false ? ', never percent' : ', or percent'}`
      : `own unit${bounds}`;
  const tests = [
    k.proportion ? 'eval.size (whole name)' : '',
    k.paired === 'mcnemar' ? 'McNemar' : k.paired === 'bootstrap' ? 'bootstrap (macro/micro)' : '',
  ]
    .filter(Boolean)
    .join(', ');
  const tolerance =
    k.direction === null ? '—' : k.tolerance === 'noise' ? 'no significant worsening' : `${k.tolerance.pct} %`;
  const sources = k.sources.join(', ') + (k.note ? `; ${k.note}` : '');
  return `| \`${k.id}\` ${cell(k.title)} | ${cell(words.join(', '))} | ${direction} | ${scale} | ${tests || '—'} | ${tolerance} | ${cell(sources)} |`;
}
const units = [...registry.UNITS.entries()]
  .map(([w, u]) => `\`${w}\` (${u.display}${u.kind ? `, ${u.kind}` : ''})`)
  .join(', ');
const sourceList = Object.entries(registry.SOURCES)
  .map(([id, s]) => `- \`${id}\`: ${s.title} — ${s.where}`)
  .join('\n');
const registryTable = `<!-- generated from src/metrics/registry.ts by scripts/gen-docs.mjs: do not edit -->
${registry.KINDS.length} kinds, ${registry.KINDS.reduce((n, k) => n + k.aliases.length + (k.whole ?? []).length + (k.patterns ?? []).length, 0)} words and patterns, ${registry.UNITS.size} units.

| kind | words (aliases, whole names, patterns) | better | scale | tests | zero-config tolerance | sources |
|---|---|---|---|---|---|---|
${registry.KINDS.map(kindRow).join('\n')}

Units a name may end in (they say the kind when no word does): ${units}.

Sources:

${sourceList}
<!-- end of generated registry -->`;
const reportDoc = readFileSync('docs/report.md', 'utf8');
const rStart = reportDoc.indexOf('<!-- generated from src/metrics/registry.ts');
const rEnd = reportDoc.indexOf('<!-- end of generated registry -->');
if (rStart < 0 || rEnd < 0) throw new Error('docs/report.md lacks the generated registry markers');
write(
  'docs/report.md',
  reportDoc.slice(0, rStart) + registryTable + reportDoc.slice(rEnd + '<!-- end of generated registry -->'.length),
);

if (stale.length) {
  console.error(`generated docs are stale (${stale.join(', ')}): run \`node scripts/gen-docs.mjs\` and commit.`);
  process.exit(1);
}
if (check) console.log('generated docs are fresh.');
