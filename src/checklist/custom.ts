/**
 * Custom items from the config: each has exactly one rule, a file that exists, a report field that is present,
 * or a ticked checkbox `- [x] <id>` in the PR's description.
 */
import type { CustomChecklistItem } from '../kernel/config-types.js';
import { InputError } from '../kernel/errors.js';
import type { Report } from '../kernel/report-types.js';
import type { CheckContext } from './context.js';
import { fail, notChecked, pass, type Outcome } from '../kernel/checklist-types.js';

/** Checks the custom items' shape once: one rule each, ids unique and distinct from the built-in items. */
export function validateCustom(items: readonly CustomChecklistItem[], builtIn: readonly string[]): void {
  const seen = new Set(builtIn);
  items.forEach((item, i) => {
    const field = `checklist.custom[${i}]`;
    const rules = [item.file_exists !== undefined, item.report_field !== undefined, item.pr_checkbox === true].filter(
      Boolean,
    ).length;
    if (rules !== 1) {
      throw new InputError(
        `item "${item.id}" needs exactly one rule: file_exists, report_field or pr_checkbox: true (it has ${rules})`,
        { field },
      );
    }
    if (seen.has(item.id)) {
      throw new InputError(
        `item id "${item.id}" is ${builtIn.includes(item.id) ? 'a built-in item; choose another id or set its level under checklist.items' : 'used twice; ids must be unique'}`,
        { field },
      );
    }
    seen.add(item.id);
  });
}

/** The value at a dotted path (`lifecycle.owner`, `eval.slices.female`); undefined when absent. */
export function fieldAt(report: Report, dotted: string): unknown {
  let cur: unknown = report;
  for (const key of dotted.split('.')) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

const isPresent = (v: unknown) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

/** Is `- [x] <id>` ticked in the PR body (also `* [X] id: text`)? Lines inside code fences do not count. */
export function checkboxTicked(body: string, id: string): boolean {
  let fenced = false;
  for (const line of body.split(/\r\n|\r|\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const m = /^\s{0,3}[-*+]\s+\[([xX])\]\s+`?([A-Za-z0-9_-]+)`?(?=[\s:.,)]|$)/.exec(line);
    if (m && m[2]!.toLowerCase() === id.toLowerCase()) return true;
  }
  return false;
}

export function checkCustom(item: CustomChecklistItem, c: CheckContext): Outcome {
  if (item.file_exists !== undefined) {
    if (!c.facts) return notChecked(`${item.file_exists} was not looked up`);
    return c.facts.files[item.file_exists]
      ? pass(`${item.file_exists} exists`)
      : fail(`${item.file_exists} does not exist`, `commit ${item.file_exists}`);
  }
  if (item.report_field !== undefined) {
    const pointer = '/' + item.report_field.split('.').join('/');
    return isPresent(fieldAt(c.report, item.report_field))
      ? pass(`${item.report_field} is set`, pointer)
      : fail(`${item.report_field} missing`, `add ${item.report_field} to the report`);
  }
  if (c.facts?.pr_body === null || c.facts?.pr_body === undefined)
    return notChecked('the PR description is read on GitHub only');
  return checkboxTicked(c.facts.pr_body, item.id)
    ? pass(`ticked in the PR description`)
    : fail('not ticked in the PR description', `add \`- [x] ${item.id}\` to the PR description once done`);
}
