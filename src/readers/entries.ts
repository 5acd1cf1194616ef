/**
 * Which files of a tool's output count as its report. Tools keep one directory per run, and a glob over them
 * (`wandb/run-*`, `lightning_logs/version_*`) means "this model's latest run", not one model per run; a Hugging
 * Face output directory holds the same results in several files. Pure: the gatherer lists, this chooses.
 */
import path from 'node:path';
import type { ReaderName } from './common.js';
import { HF_FILES } from './hf.js';

/** `run-20240105_101500-a1b2c3d4` (or `offline-run-…`): the start time orders runs. */
const WANDB_RUN = /^(?:offline-)?run-(\d{8}_\d{6})-\w+$/;
const LIGHTNING_VERSION = /^version_(\d+)$/;

/**
 * The pattern to list for a spec. `wandb/latest-run` is a symbolic link that W&B points at the newest run; links
 * are never followed (not in the working tree, not at a commit), so it stands for the run directories beside it,
 * of which the newest is taken. An `hf:` directory stands for its result files.
 */
export function entryPattern(reader: ReaderName | null, pattern: string): string {
  const clean = pattern.replace(/\/+$/, '');
  if (reader === 'hf' && !clean.endsWith('.json')) return `${clean}/{${HF_FILES.join(',')}}`;
  return clean
    .split('/')
    .map((part) => (part === 'latest-run' ? '{run-*,offline-run-*}' : part))
    .join('/');
}

/** A file's run group (the path with its run directory as `*`) and its rank within it (higher is preferred). */
function runOf(reader: ReaderName, file: string): { group: string; rank: string } | null {
  const parts = file.split('/');
  if (reader === 'hf') {
    const i = (HF_FILES as readonly string[]).indexOf(parts[parts.length - 1]!);
    return i < 0 ? null : { group: path.posix.dirname(file), rank: String(HF_FILES.length - i) };
  }
  const re = reader === 'wandb' ? WANDB_RUN : reader === 'lightning' ? LIGHTNING_VERSION : null;
  if (re === null) return null;
  for (let i = parts.length - 2; i >= 0; i--) {
    const m = re.exec(parts[i]!);
    if (!m) continue;
    // Version numbers compare as numbers; W&B timestamps as text, with the directory name breaking ties.
    const rank = reader === 'lightning' ? m[1]!.padStart(12, '0') : `${m[1]}:${parts[i]}`;
    return { group: [...parts.slice(0, i), '*', ...parts.slice(i + 1)].join('/'), rank };
  }
  return null;
}

/** The files that count: per run group the newest run (or an output directory's best file); others as they are. */
export function chooseEntries(readerOf: (file: string) => ReaderName, files: readonly string[]): string[] {
  const best = new Map<string, { file: string; rank: string }>();
  const out: string[] = [];
  for (const file of files) {
    const run = runOf(readerOf(file), file);
    if (run === null) {
      out.push(file);
      continue;
    }
    const seen = best.get(run.group);
    if (!seen || run.rank > seen.rank) best.set(run.group, { file, rank: run.rank });
  }
  return [...out, ...[...best.values()].map((b) => b.file)].sort();
}

/** The run group of a file, so the base's newest run of the same group can be its baseline. */
export function runGroup(reader: ReaderName, file: string): string | null {
  return runOf(reader, file)?.group ?? null;
}
