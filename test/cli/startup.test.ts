// Start-up cost is measured by bench/startup.sh; these check the structure that makes it small.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = path.resolve(__dirname, '../../dist');
const files = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.js'))
  .map((e) => path.join(e.parentPath ?? e.path, e.name));

describe('the built CLI and action', () => {
  it('compile no JSON Schema at run time: the validators are precompiled and Ajv’s compiler is not bundled', () => {
    for (const f of files)
      expect(readFileSync(f, 'utf8'), path.relative(dist, f)).not.toMatch(/KeywordCxt|compileSchema/);
  });

  it('keep the commands out of what `mlgate --help` loads: dist/cli.js and the chunks it imports statically', () => {
    const loaded = new Set<string>();
    const visit = (file: string): void => {
      if (loaded.has(file)) return;
      loaded.add(file);
      for (const m of readFileSync(file, 'utf8').matchAll(/^import [^;]*? from "(\.[^"]+)";/gms))
        visit(path.join(path.dirname(file), m[1]!));
    };
    visit(path.join(dist, 'cli.js'));
    const bytes = [...loaded].reduce((sum, f) => sum + readFileSync(f).length, 0);
    expect(bytes).toBeLessThan(40_000);
    expect(readFileSync(path.join(dist, 'cli.js'), 'utf8')).toMatch(/import\("\.\/chunks\/compare-[A-Z0-9]+\.js"\)/);
  });

  it('load the 1 MB SQLite engine only when a database is read: no file imports it statically', () => {
    const engine = files.filter((f) =>
      readFileSync(f, 'utf8').includes('// node_modules/sql.js/dist/sql-wasm-inline.js'),
    );
    expect(engine.map((f) => path.relative(dist, f))).toHaveLength(1);
    const name = path.basename(engine[0]!);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/^import [^;]*? from "(\.[^"]+)";/gms))
        expect(path.basename(m[1]!), path.relative(dist, f)).not.toBe(name);
    }
    expect(files.some((f) => readFileSync(f, 'utf8').includes(`import("./${name}")`))).toBe(true);
  });
});
