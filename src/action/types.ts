/** What every action mode receives and returns; main.ts runs a mode, then publishes its result. */
import type { GateResult } from '../core/result-types.js';
import type { GitHubClient } from '../adapters/github/client.js';
import type { ActionContext } from '../adapters/github/context.js';
import type { Settings } from '../adapters/settings.js';

export interface ModeEnv {
  settings: Settings;
  ctx: ActionContext;
  /** null without a token. */
  client: GitHubClient | null;
  now: Date;
}

export interface ModeOutcome {
  result: GateResult;
  /** The PR to comment on and the head commit the result is for (null: no PR, summary only). */
  target: { number: number; head_sha: string } | null;
}

export type Mode = (env: ModeEnv) => Promise<ModeOutcome>;
