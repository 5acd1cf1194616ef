/** What every action mode receives and returns; main.ts runs a mode, then publishes its result. */
import type { GateResult } from '../kernel/result-types.js';
import type { GitHubClient } from '../adapters/github/client.js';
import type { ActionContext, PullInfo } from '../adapters/github/context.js';
import type { Config } from '../kernel/config-types.js';
import type { FailOn, Settings } from '../adapters/settings.js';

export interface ModeEnv {
  settings: Settings;
  ctx: ActionContext;
  /** null without a token. */
  client: GitHubClient | null;
  now: Date;
  /** The runner's environment (event payload path etc.). */
  env: Record<string, string | undefined>;
  /** Marks the end of a phase of the run (its timings go to the debug log). */
  mark?: (phase: Phase) => void;
}

/** The phases of a run: modules loaded; reports, baseline and facts read; the verdict; GitHub written. */
export type Phase = 'load' | 'read' | 'analyse' | 'publish';

export interface ModeOutcome {
  result: GateResult;
  /** The PR to comment on and the head commit the result is for (null: no PR, summary only). */
  target: { number: number; head_sha: string } | null;
  /** Gate mode on a PR: what the bot needs (waiver replies, review mode, request-changes). */
  bot?: { pull: PullInfo; config: Config };
  /** In place of input `fail-on` (record mode: the verdict is reported, the step fails only on bad input). */
  failOn?: FailOn;
}

export type Mode = (env: ModeEnv) => Promise<ModeOutcome>;
