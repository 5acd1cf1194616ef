/** `--format json`: the result model as-is (it is already snake_case); see docs/result.md. */
import type { GateResult } from '../kernel/result-types.js';

export function renderJson(result: GateResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}
