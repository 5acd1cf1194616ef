/**
 * What `mlgate init` finds in a repository: the files tools already write, each as the `reports:` line that reads
 * it (docs/readers.md). Pure: it works on a listing of root-relative paths.
 */

const WANDB_SUMMARY = /^(?:(.+)\/)?wandb\/(?:offline-)?run-\d{8}_\d{6}-\w+\/files\/wandb-summary\.json$/;
const LIGHTNING = /^(?:(.+)\/)?version_\d+\/metrics\.csv$/;
const MLRUNS_RUN = /^(?:(.+)\/)?mlruns\/(\d+)\/[0-9a-f]{32}\/meta\.yaml$/;
const HF_RESULT = /^(?:(.+)\/)?(all_results|eval_results|trainer_state)\.json$/;

const q = (s: string) => (/^[\w./:*-]+$/.test(s) ? s : JSON.stringify(s));

/** The `reports:` entries for the tools' files in `files`, in a stable order (one per tool output found). */
export function detectReports(files: readonly string[]): string[] {
  const out = new Set<string>();
  const prefix = (dir: string | undefined) => (dir ? `${dir}/` : '');
  for (const f of files) {
    const base = f.split('/').pop()!;
    let m: RegExpExecArray | null;
    if (base === 'dvc.yaml') out.add(`dvc:${f}`);
    else if (base === 'mlflow.db') out.add(`mlflow:${f}`);
    else if ((m = MLRUNS_RUN.exec(f))) out.add(`mlflow:${prefix(m[1])}mlruns/${m[2]}/*`);
    else if ((m = WANDB_SUMMARY.exec(f))) out.add(`wandb:${prefix(m[1])}wandb/latest-run/files/wandb-summary.json`);
    else if ((m = LIGHTNING.exec(f)) && !f.includes('/wandb/'))
      out.add(`lightning:${prefix(m[1])}version_*/metrics.csv`);
    else if (base === 'training.log') out.add(`keras:${f}`);
    else if ((m = HF_RESULT.exec(f)) && !/(^|\/)checkpoint-\d+$/.test(m[1] ?? '')) out.add(`hf:${m[1] ?? '.'}`);
  }
  return [...out].sort().map(q);
}
