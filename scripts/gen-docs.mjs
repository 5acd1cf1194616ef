// Generates the parts of the docs that must not drift from their sources:
// - README.md "Inputs" and "Outputs" tables from action.yml;
// - docs/reference.md: the report and config references from the JSON Schemas.
// `node scripts/gen-docs.mjs --check` fails when the committed files differ (run by .ci/run).
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

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
    } else if (p.type === 'object' && p.additionalProperties && typeof p.additionalProperties === 'object') {
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

if (stale.length) {
  console.error(`generated docs are stale (${stale.join(', ')}): run \`node scripts/gen-docs.mjs\` and commit.`);
  process.exit(1);
}
if (check) console.log('generated docs are fresh.');
