/** Shared test data: the fixture reports parsed as the action would, and facts as the enricher would gather them. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChecklistFacts } from '../../src/kernel/checklist-types.js';
import { parseConfig } from '../../src/schema/config.js';
import type { Config } from '../../src/kernel/config-types.js';
import { parseReport } from '../../src/schema/report.js';
import type { LoadedReport } from '../../src/kernel/report-types.js';

export const WORKSPACE = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/checklist/workspace');
export const HEAD_PATH = 'models/fraud/mlgate.yaml';
export const BASE_PATH = 'models/fraud/base.yaml';

export function fixtureText(rel: string): string {
  return readFileSync(path.join(WORKSPACE, rel), 'utf8');
}

export function loadHead(edit?: (yaml: string) => string): LoadedReport {
  const text = fixtureText(HEAD_PATH);
  return parseReport(edit ? edit(text) : text, HEAD_PATH);
}

export function loadBase(edit?: (yaml: string) => string): LoadedReport {
  const text = fixtureText(BASE_PATH);
  return parseReport(edit ? edit(text) : text, `${HEAD_PATH} (base)`);
}

/** A config as the user writes it, through the real parser and its JSON Schema. */
export function config(raw: Record<string, unknown> = {}): Config {
  return parseConfig(JSON.stringify({ version: 1, ...raw }), '.github/mlgate.yml');
}

export const HEAD_SHA = '5d41402abc4b2a76b9719d911017c592a1b2c3d4';

/** The fixture card's headings with the words under each, counted by hand (code blocks do not count). */
export const CARD_SECTIONS = [
  { heading: 'Fraud detector', words: 66 },
  { heading: '1. Intended use', words: 9 },
  { heading: 'Training data', words: 12 },
  { heading: 'Evaluation & metrics', words: 7 },
  { heading: 'Limitations and ethical considerations', words: 14 },
  { heading: 'Owners', words: 11 },
  { heading: 'How to reproduce', words: 13 },
];

/** What the enricher finds for the fixture PR: files present, card headings, the PR changed report and card. */
export function facts(over: Partial<ChecklistFacts> = {}): ChecklistFacts {
  return {
    files: { 'models/fraud/MODEL_CARD.md': true, 'models/fraud/requirements.lock': true },
    model_card: {
      path: 'models/fraud/MODEL_CARD.md',
      headings: CARD_SECTIONS.map((s) => s.heading),
      sections: CARD_SECTIONS,
    },
    sha256: {},
    code_commit: { commit: '9d81b07', head: HEAD_SHA, status: 'ancestor', via: 'git' },
    changed_files: [HEAD_PATH, 'models/fraud/MODEL_CARD.md', 'models/fraud/train.py'],
    pr_body: 'Doubles the training data.\n\n- [x] privacy-review done by legal\n- [ ] load-test',
    author: 'alice',
    reviews: [{ login: 'carol', state: 'APPROVED', team_member: null }],
    waivers: [],
    learning_curve_points: null,
    ...over,
  };
}

/** Noon UTC on a date. */
export const day = (iso: string, time = '12:00:00') => new Date(`${iso}T${time}Z`);
