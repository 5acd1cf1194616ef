/**
 * Which registry kind a metric name is, and why. A name is read as
 * `[split_][neg_] modifiers HEAD qualifiers [_at_k | _per_x] [_unit]`: split prefixes (`val_`, `eval/`,
 * scikit-learn's `mean_test_`) are set aside, the condition after `_at_`/`@`/`_per_` is not what is measured, a
 * trailing unit says the unit, and the head is the registry word that ends last in what remains (longest first):
 * `hallucination_detection_auc` is an AUC, `accuracy_loss` a loss, `cost_savings_usd` a saving. docs/report.md.
 */
import type { Direction } from '../kernel/config-types.js';
import type { MetricKind } from './kind-types.js';
import { ALIASES, KIND_BY_ID, KINDS, UNITS, WHOLE_NAMES } from './registry.js';

export interface Resolution {
  name: string;
  /** null: no registry entry places the name. */
  kind: MetricKind | null;
  /** null for bookkeeping and for names the registry cannot place. */
  direction: Direction | null;
  /** What placed it, for `mlgate explain` (`word "ram"`, `unit "kb"`). */
  matched: string | null;
  /** The evaluation split the name is for ('val', 'test', …; '' without one). */
  split: string;
  /** The head word as written in the name (`f1`, `top5_accuracy`). */
  head: string;
  /** Everything else that names the quantity (modifiers, qualifiers, bracket, k): equal for a metric and its complement. */
  rest: string;
  /** Only split prefixes around the head: `val_accuracy`, not `accuracy_region_eu`, `balanced_…` or `accuracy_ms`. */
  whole: boolean;
  /** The averaging word (`macro`, `micro`, `weighted`) when the name has one. */
  average: string | null;
  /** `recall[cat]`: the class in brackets, as written. */
  bracket: string | null;
  /** The cut-off of `map@10`, `ndcg_at_5`. */
  k: number | null;
  /** The unit the name ends in, for display (`ms`, `MB`). */
  unit: string | null;
  /** scikit-learn's `neg_` scorers negate a loss: the direction is flipped. */
  negated: boolean;
  /** A word naming what is left of a resource (`free_memory_mb`, `battery_life_h`): more of it is better. */
  left: string | null;
}

const SPLITS: ReadonlyMap<string, string> = new Map([
  ['val', 'val'],
  ['valid', 'val'],
  ['validation', 'val'],
  ['test', 'test'],
  ['testing', 'test'],
  ['eval', 'eval'],
  ['evaluation', 'eval'],
  ['train', 'train'],
  ['training', 'train'],
  ['holdout', 'holdout'],
  ['dev', 'dev'],
  ['metrics', ''],
]);
const CV_SPLITS = new Set(['test', 'train']);
const NEUTRAL = new Set(['score', 'value', 'metric', 'step', 'epoch']);
const AVERAGES = new Set(['macro', 'micro', 'weighted', 'samples', 'binary']);
// Words that go with an average (`macro_avg_f1`) or name nothing (`f1_score_macro`): not a qualifier.
const FILLER = new Set([...AVERAGES, ...NEUTRAL, 'avg', 'average']);
const CUTS = new Set(['at', 'per']);
const kindOf = (id: string) => KIND_BY_ID.get(id)!;

interface Parsed {
  tokens: string[];
  split: string;
  bracket: string | null;
  negated: boolean;
  /** From scikit-learn's cv_results_ prefixes: `std_test_…` is a spread, `rank_test_…` a rank. */
  prefixKind: string | null;
}

/** Words of a name: camelCase split, brackets set aside, `@` read as `_at_`, anything else a separator. */
function words(name: string): { tokens: string[]; bracket: string | null } {
  const bracket = /[[(]([^\])]{1,80})[\])]/.exec(name)?.[1] ?? null;
  const flat = name
    .replace(/[[(][^\])]*[\])]/g, '_')
    .replace(/([a-z0-9])([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .replace(/@/g, '_at_')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return { tokens: flat ? flat.split('_').slice(0, 32) : [], bracket };
}

function parse(name: string): Parsed {
  const { tokens, bracket } = words(name);
  const out: Parsed = { tokens, split: '', bracket, negated: false, prefixKind: null };
  for (;;) {
    const [t0, t1] = tokens;
    if (t0 === undefined || t1 === undefined) break;
    const cv = CV_SPLITS.has(t1);
    if (SPLITS.has(t0)) out.split ||= SPLITS.get(t0)!;
    else if (cv && (t0 === 'mean' || /^split\d+$/.test(t0))) out.split ||= t1;
    else if (cv && (t0 === 'std' || t0 === 'rank')) out.prefixKind = t0 === 'std' ? 'spread' : 'rank';
    else if (t0 === 'neg') out.negated = true;
    else break;
    tokens.shift();
  }
  // DVC's examples put the split last: `avg_prec.test`, `roc_auc.train`.
  while (tokens.length > 1 && SPLITS.get(tokens[tokens.length - 1]!)) {
    const split = SPLITS.get(tokens.pop()!)!;
    out.split ||= split;
  }
  return out;
}

interface Head {
  kind: MetricKind;
  start: number;
  end: number;
  via: string;
}

function patternKind(text: string): MetricKind | undefined {
  return KINDS.find((k) => k.patterns?.some((p) => p.test(text)));
}

/** The registry word that ends last in the tokens, longest first; `mustCover` forces a span across a cut word. */
function findHead(tokens: string[], mustCover = -1): Head | null {
  for (let end = tokens.length; end > 0; end--) {
    for (let start = 0; start < end; start++) {
      if (mustCover >= 0 && (start > mustCover || end <= mustCover)) continue;
      const span = tokens.slice(start, end).join('_');
      const alias = ALIASES.get(span);
      if (alias) return { kind: alias, start, end, via: `word "${span}"` };
      const pattern = patternKind(span);
      if (pattern) return { kind: pattern, start, end, via: `pattern ${pattern.patterns!.find((p) => p.test(span))}` };
    }
  }
  return null;
}

interface Measured {
  tokens: string[];
  cut: boolean;
  k: number | null;
  unit: string | null;
  unitKind: string | null;
  neutral: boolean;
}

/** The measured part: before `_at_`/`_per_`, without a trailing unit or a neutral word (`_score`, `_epoch`). */
function measured(tokens: string[], stripNeutral = true): Measured {
  const c = tokens.findIndex((t, i) => i > 0 && CUTS.has(t));
  const m = c > 0 ? tokens.slice(0, c) : [...tokens];
  const after = c > 0 ? tokens[c + 1] : undefined;
  const k = after !== undefined && /^\d+$/.test(after) ? Number(after) : null;
  let unit: string | null = null;
  let unitKind: string | null = null;
  while (m.length > 0 && UNITS.has(m[m.length - 1]!)) {
    const u = UNITS.get(m.pop()!)!;
    unit ??= u.display;
    unitKind ??= u.kind ?? null;
  }
  let neutral = false;
  while (stripNeutral && m.length > 1 && NEUTRAL.has(m[m.length - 1]!)) {
    m.pop();
    neutral = true;
  }
  return { tokens: m, cut: c > 0, k, unit, unitKind, neutral };
}

const cache = new Map<string, Resolution>();

/**
 * The registry's reading of a name. `bookkeeping: false` reads a bookkeeping name as the quantity it is
 * (`train_runtime` a time): for a metric the config names, which it gates.
 */
export function resolveMetric(name: string, opts: { bookkeeping?: boolean } = {}): Resolution {
  const key = `${opts.bookkeeping === false ? '0' : '1'}${name}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const r = withLeft(resolveUncached(name, opts.bookkeeping !== false));
  if (cache.size > 20000) cache.clear();
  cache.set(key, r);
  return r;
}

/** Resources whose use is lower-is-better; what is left of them (free memory, battery life) is higher-is-better. */
const RESOURCES = new Set(['latency', 'memory', 'compute', 'energy', 'emissions', 'cost', 'parameters']);
const LEFT_WORDS = new Set([
  'saved',
  'free',
  'available',
  'remaining',
  'headroom',
  'spare',
  'left',
  'avoided',
  'life',
  'lifetime',
]);

/** Harms counted (errors, false positives, harmful outputs): those avoided or prevented are higher-is-better. */
const HARMS = new Set(['failure_count', 'harm_rate']);
const AVOIDED_WORDS = new Set(['avoided', 'prevented']);

function turningWord(r: Omit<Resolution, 'left'>): string | undefined {
  const words = r.kind && RESOURCES.has(r.kind.id) ? LEFT_WORDS : r.kind && HARMS.has(r.kind.id) ? AVOIDED_WORDS : null;
  return words ? parse(r.name).tokens.find((t) => words.has(t)) : undefined;
}

function withLeft(r: Omit<Resolution, 'left'>): Resolution {
  const word = turningWord(r);
  if (word === undefined || r.direction === null) return { ...r, left: null };
  return { ...r, direction: r.direction === 'lower' ? 'higher' : 'lower', left: word };
}

/** The cut-off: `map@10`'s 10, or top-k's k from its head (`top5_accuracy`). */
function kOf(kind: MetricKind, head: string, cutK: number | null): number | null {
  if (cutK !== null) return cutK;
  const digits = kind.id === 'top_k_accuracy' || kind.id === 'top_k_error' ? /\d+/.exec(head)?.[0] : undefined;
  return digits !== undefined ? Number(digits) : null;
}

function resolveUncached(name: string, bookkeeping: boolean): Omit<Resolution, 'left'> {
  const p = parse(name);
  const base = {
    name,
    split: p.split,
    bracket: p.bracket,
    // A spread or a rank of a negated score is not negated (`std_test_neg_log_loss`).
    negated: p.negated && p.prefixKind === null,
    average: p.tokens.find((t) => AVERAGES.has(t)) ?? null,
  };
  const core = p.tokens.join('_');
  const early = earlyKind(name, core, p, bookkeeping);
  if (early) {
    const k = kOf(early.kind, core, null);
    return finish({ ...base, ...early, head: core, rest: '', k, unit: null, whole: p.bracket === null });
  }
  const { m, head, cutAt } = headOf(p.tokens);
  if (!head) return finish({ ...base, ...fallbackKind(m, core), k: m.k, unit: m.unit, rest: core, whole: false });
  const headText = m.tokens.slice(head.start, head.end).join('_');
  const around = [...m.tokens.slice(0, head.start), ...m.tokens.slice(head.end)];
  // An averaging word outside the head (`f1_macro`; not `binary_error`, where it is the head's).
  const average = around.find((t) => AVERAGES.has(t)) ?? null;
  const before = m.tokens.slice(0, head.start).filter((t) => !FILLER.has(t));
  const after = m.tokens.slice(head.end).filter((t) => !FILLER.has(t));
  const rest = [before.join('_'), after.join('_'), p.bracket ?? '', m.cut ? `@${p.tokens.slice(cutAt).join('_')}` : ''];
  const whole = head.start === 0 && head.end === m.tokens.length && !m.cut && !p.bracket && !m.unit;
  return finish({
    ...base,
    kind: head.kind,
    matched: head.via,
    head: headText,
    rest: rest.join('|'),
    k: kOf(head.kind, headText, m.k),
    unit: m.unit,
    average,
    whole: whole && !average,
  });
}

/** The measured part and its head: a word across a cut first (`bits_per_byte`), then before the cut. */
function headOf(tokens: string[]): { m: Measured; head: Head | null; cutAt: number } {
  const cutAt = tokens.findIndex((t, i) => i > 0 && CUTS.has(t));
  const across = cutAt > 0 ? findHead(tokens, cutAt) : null;
  if (across) return { m: { ...measured([]), tokens }, head: across, cutAt };
  const m = measured(tokens);
  const head = findHead(m.tokens);
  if (head) return { m, head, cutAt };
  // A neutral last word may be part of a name (`negative_predictive_value`, `continuous_ranked_probability_score`).
  const full = measured(tokens, false);
  const kept = findHead(full.tokens);
  return kept ? { m: full, head: kept, cutAt } : { m, head: null, cutAt };
}

/** Kinds read off the whole name: W&B's `_` keys, bookkeeping and whole-name words, cv_results_ prefixes, patterns. */
function earlyKind(
  name: string,
  core: string,
  p: Parsed,
  bookkeeping: boolean,
): { kind: MetricKind; matched: string } | null {
  const allow = (k: MetricKind | undefined) => k !== undefined && (bookkeeping || k.id !== 'bookkeeping');
  if (bookkeeping && name.startsWith('_')) return { kind: kindOf('bookkeeping'), matched: 'a key starting with "_"' };
  if (p.prefixKind)
    return {
      kind: kindOf(p.prefixKind),
      matched: `scikit-learn cv_results_ prefix "${p.prefixKind === 'spread' ? 'std' : 'rank'}_"`,
    };
  const whole = WHOLE_NAMES.get(core);
  if (allow(whole)) return { kind: whole!, matched: `name "${core}"` };
  const pattern = KINDS.find((k) => allow(k) && k.patterns?.some((re) => re.test(core)));
  if (pattern) return { kind: pattern, matched: `pattern ${pattern.patterns!.find((re) => re.test(core))}` };
  return null;
}

/** No head word: a unit alone says the kind (`p99_ms`, `model_bytes`); a bare `…_score` is scikit-learn's. */
function fallbackKind(m: Measured, core: string): { kind: MetricKind | null; matched: string | null; head: string } {
  if (m.unitKind) return { kind: kindOf(m.unitKind), matched: `unit "${m.unit}"`, head: '' };
  if (m.neutral && /(^|_)score(_|$)/.test(core))
    return { kind: kindOf('score'), matched: 'the word "score"', head: '' };
  return { kind: null, matched: null, head: '' };
}

function finish(r: Omit<Resolution, 'direction' | 'left'> & { kind: MetricKind | null }): Omit<Resolution, 'left'> {
  const d = r.kind?.direction ?? null;
  // Only a negated loss flips: `neg_recall` (recall of the negative class) stays higher-is-better.
  const direction = r.negated && d === 'lower' ? 'higher' : d;
  return { ...r, direction };
}
