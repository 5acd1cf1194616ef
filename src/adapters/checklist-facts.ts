/**
 * The checklist's enricher: gathers what the pure checklist cannot see in the report. From the workspace: which
 * files exist (model card, lock file, custom `file_exists`), the model card's headings, the learning curve's
 * CSV rows. From GitHub (only in a PR with a token): changed files, reviews with team membership, and the
 * accepted waivers. Nothing is gathered for a model the checklist does not apply to.
 */
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { applies, checklistItemIds } from '../checklist/evaluate.js';
import { markdownHeadings } from '../checklist/headings.js';
import type { ChecklistFacts, ReviewFact } from '../kernel/checklist-types.js';
import type { ModelInput } from '../pipeline/evaluate.js';
import type { EnrichEnv } from './enrich.js';
import { resolveInside } from '../sources/bounds.js';
import { readUntrustedText } from '../sources/workspace.js';
import type { GitHubClient } from './github/client.js';
import { changedFiles, isTeamMember, latestReviews, type PullTarget } from './github/reviews.js';
import { scanCommands } from './github/waivers.js';
import { changedFiles as prChangedFiles } from './carry-forward.js';

const MAX_CARD_BYTES = 1024 * 1024;
export const DEFAULT_BOT = 'github-actions[bot]';

export async function enrichChecklist(model: ModelInput, env: EnrichEnv): Promise<void> {
  if (!model.head) return;
  const input = {
    head: model.head,
    base: model.base,
    report_path: model.head_path,
    config: env.config,
    facts: null,
    now: env.now,
  };
  if (!applies(input).run) return;
  const report = model.head.report;
  const cl = env.config.checklist;
  const label = model.head.source.file;

  const wanted = new Set<string>();
  const card = report.lifecycle?.model_card;
  if (card) wanted.add(card);
  const lock = report.lifecycle?.reproducibility?.lock_file;
  if (lock) wanted.add(lock);
  for (const c of cl.custom) if (c.file_exists) wanted.add(c.file_exists);
  const files: Record<string, boolean> = {};
  for (const rel of wanted) files[rel] = await isFileInside(env.workspace, rel, label);

  let model_card: ChecklistFacts['model_card'] = null;
  if (card && files[card]) {
    const text = await readUntrustedText(resolveInside(env.workspace, env.workspace, card, label), {
      root: env.workspace,
      label: card,
      maxBytes: MAX_CARD_BYTES,
    });
    if (text !== null) model_card = { path: card, headings: markdownHeadings(text) };
  }

  const facts: ChecklistFacts = {
    files,
    model_card,
    changed_files: null,
    pr_body: env.pull?.body ?? null,
    author: env.pull?.author ?? null,
    reviews: null,
    waivers: null,
    learning_curve_points: await curvePoints(model, env.workspace),
  };
  if (env.client && env.pull && env.repo) {
    const t: PullTarget = { ...env.repo, pull_number: env.pull.number };
    // git first (no request) when the checkout has both commits; shared with carry-forward.
    facts.changed_files = await prChangedFiles(env);
    if ((cl.items.independent_review ?? 'required') !== 'off')
      facts.reviews = await reviewFacts(env.client, t, cl.independent_review.team);
    const scan = await scanCommands(
      env.client,
      { ...env.repo, issue_number: env.pull.number },
      {
        pr_author: env.pull.author,
        // The enricher posts no replies, so the default login is enough here (it only skips mlgate's own comments).
        bot: DEFAULT_BOT,
        items: checklistItemIds(env.config),
        allow_author: cl.waivers.allow_author,
        ...(cl.waivers.team ? { team: cl.waivers.team } : {}),
      },
    );
    facts.waivers = scan.waivers;
  }
  model.extras = { ...model.extras, checklist: facts };
}

async function reviewFacts(client: GitHubClient, t: PullTarget, team: string | undefined): Promise<ReviewFact[]> {
  const latest = await latestReviews(client, t);
  const out: ReviewFact[] = [];
  for (const r of latest) {
    // Membership matters only for approvals; asking for the others would cost requests for nothing.
    const team_member = team && r.state === 'APPROVED' ? await isTeamMember(client, team, r.login) : null;
    out.push({ ...r, team_member });
  }
  return out;
}

const filesCache = new WeakMap<GitHubClient, Map<string, ReturnType<typeof changedFiles>>>();
export function changedFilesOnce(client: GitHubClient, t: PullTarget): ReturnType<typeof changedFiles> {
  let m = filesCache.get(client);
  if (!m) filesCache.set(client, (m = new Map()));
  const key = `${t.owner}/${t.repo}#${t.pull_number}`;
  let p = m.get(key);
  if (!p) m.set(key, (p = changedFiles(client, t)));
  return p;
}

/** A regular file inside the workspace (a link that leaves it does not count as present). */
async function isFileInside(root: string, rel: string, label: string): Promise<boolean> {
  const full = resolveInside(root, root, rel, label);
  try {
    const real = await fs.realpath(full);
    const inside = path.relative(await fs.realpath(root), real);
    if (inside.startsWith('..') || path.isAbsolute(inside)) return false;
    const st = await fs.stat(real);
    return (
      st.isFile() &&
      (await fs.access(real, constants.R_OK).then(
        () => true,
        () => false,
      ))
    );
  } catch {
    return false;
  }
}

/** Data rows of the learning curve's CSV (header excluded), when the report points to a file. */
async function curvePoints(model: ModelInput, root: string): Promise<number | null> {
  const file = model.head?.report.learning_curve?.file;
  if (!file || !model.head || !model.head_path) return null;
  const label = model.head.source.file;
  const full = resolveInside(root, path.dirname(path.resolve(root, model.head_path)), file, label);
  const text = await readUntrustedText(full, { root, label: path.relative(root, full) });
  if (text === null) return null;
  return Math.max(0, text.split(/\r?\n/).filter((l) => l.trim() !== '').length - 1);
}
