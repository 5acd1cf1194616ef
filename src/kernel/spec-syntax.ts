/**
 * A report spec is a path or glob, optionally prefixed with a reader name and a colon (`dvc:dvc.yaml`). Split
 * here, once, for the config check (schema/) and the readers (readers/spec.ts); `scheme://` is never a prefix.
 */
export function splitSpec(spec: string): { prefix: string | null; path: string } {
  const m = /^([a-z][a-z-]*):(?!\/\/)(.+)$/.exec(spec.trim());
  return m ? { prefix: m[1]!, path: m[2]!.trim() } : { prefix: null, path: spec.trim() };
}
