/** Report text -> typed, validated Report (pure: the adapters read the file and pass its text). */
import { InputError } from './errors.js';
import type { LoadedReport, Report } from './report-types.js';
import { checkAgainstSchema } from './schema-check.js';
import { parseYamlOrJson } from './safe-parse.js';

export function parseReport(text: string, file: string): LoadedReport {
  const doc = parseYamlOrJson(text, file);
  if (doc.value === null || typeof doc.value !== 'object' || Array.isArray(doc.value)) {
    throw new InputError('expected a mapping with version, model and metrics at the top level (see docs/report.md)', { file, line: 1, column: 1 });
  }
  checkAgainstSchema('report', doc, file);
  const report = doc.value as Report;
  const curve = report.learning_curve;
  if (curve) {
    if (!curve.points && !curve.file) {
      throw new InputError('learning_curve needs `points` (a list) or `file` (a CSV path)', { file, field: 'learning_curve', ...at(doc.positions, '/learning_curve') });
    }
    curve.points?.forEach((p, i) => {
      if (typeof p[curve.metric] !== 'number') {
        throw new InputError(`point has no value for the curve's metric "${curve.metric}"; add \`${curve.metric}: <number>\``, {
          file,
          field: `learning_curve.points[${i}]`,
          ...at(doc.positions, `/learning_curve/points/${i}`),
        });
      }
    });
  }
  return { report, source: { file, positions: doc.positions }, reader: 'mlgate' };
}

function at(positions: Map<string, { line: number; column: number }>, pointer: string) {
  const p = positions.get(pointer);
  return p ? { line: p.line, column: p.column } : {};
}
