import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  InputError,
  clipName,
  escapeLog,
  escapeMarkdownInline
} from "./chunk-VFNVTEDH.js";

// src/kernel/quote.ts
var COLUMN_NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,39}$/;
var TOKEN = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,39}$/;
function quoteToken(value) {
  return TOKEN.test(value) ? `"${value}"` : `a value of ${Array.from(value).length} characters`;
}
function describeColumns(cells, max = 10) {
  const shown = cells.slice(0, max).map((c, i) => COLUMN_NAME.test(c) ? c : `(column ${i + 1}: not a plain name)`);
  const more = cells.length > max ? ", \u2026" : "";
  return `${cells.length} column${cells.length === 1 ? "" : "s"}: ${shown.join(", ")}${more}`;
}

// src/kernel/csv-row.ts
var MAX_ROWS = 1e5;
function splitCsv(text, file, noHeader = "the CSV file has no header row") {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  let h = 0;
  while (h < lines.length && (lines[h].trim() === "" || lines[h].trim().startsWith("#"))) h++;
  if (h >= lines.length) throw new InputError(noHeader, { file });
  const first = lines[h];
  const delim = first.includes(",") ? "," : first.includes("	") ? "	" : first.includes(";") ? ";" : ",";
  const header = splitCsvRow(first, delim);
  const rows = [];
  for (let i = h + 1; i < lines.length; i++) {
    const raw = lines[i];
    if (raw.trim() === "" || raw.trim().startsWith("#")) continue;
    const cells = splitCsvRow(raw, delim);
    if (cells.length !== header.length)
      throw new InputError(`expected ${header.length} fields, found ${cells.length}`, { file, line: i + 1 });
    rows.push({ cells, line: i + 1 });
    if (rows.length > MAX_ROWS) throw new InputError(`more than ${MAX_ROWS} rows`, { file });
  }
  return { header, rows, headerLine: h + 1 };
}
function splitCsvRow(line, delim) {
  const out = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"' && cur.trim() === "") {
      quoted = true;
      cur = "";
    } else if (ch === delim) {
      out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

// src/curve/csv.ts
var SIZE_COLUMNS = ["train_size", "train_sizes", "n_train", "size", "n"];
var COST_COLUMNS = [
  ["train_cpu_hours", "CPU-h", 1],
  ["train_gpu_hours", "GPU-h", 1],
  ["train_cpu_seconds", "CPU-h", 1 / 3600],
  ["train_gpu_seconds", "GPU-h", 1 / 3600],
  ["cost", "cost", 1]
];
function parseNumber(s) {
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s)) return NaN;
  return Number(s);
}
function parseCurveCsvDetailed(text, file, metric) {
  const table = splitCsv(text, file, "empty learning-curve CSV (expected a header row with train_size and the metric)");
  const header = table.header.map((c) => c.toLowerCase());
  const find = (names) => {
    for (const n of names) {
      const i = header.indexOf(n.toLowerCase());
      if (i >= 0) return i;
    }
    return -1;
  };
  const at = { file, line: table.headerLine };
  const iSize = find(SIZE_COLUMNS);
  if (iSize < 0) throw new InputError(`no train_size column (found ${describeColumns(header)})`, at);
  const m = metric.toLowerCase();
  const iMetric = find([m]);
  if (iMetric < 0)
    throw new InputError(`no column for the metric "${clipName(metric)}" (found ${describeColumns(header)})`, at);
  const iStd = find([`${m}_std`, `std_${m}`, "std"]);
  let iCost = -1, costUnit = null, costScale = 1;
  for (const [name, unit, scale] of COST_COLUMNS) {
    const i = header.indexOf(name);
    if (i >= 0) {
      iCost = i;
      costUnit = unit;
      costScale = scale;
      break;
    }
  }
  const points = [];
  for (const { cells, line } of table.rows) {
    const where = { file, line };
    const size = parseNumber(cells[iSize]);
    if (!(size > 0) || !Number.isFinite(size))
      throw new InputError("expected a positive number", { ...where, field: "train_size" });
    const value = parseNumber(cells[iMetric]);
    if (!Number.isFinite(value))
      throw new InputError("expected a finite number", { ...where, field: clipName(header[iMetric]) });
    const p = { train_size: size, value };
    if (iStd >= 0 && cells[iStd] !== "") {
      const s = parseNumber(cells[iStd]);
      if (!(s >= 0)) throw new InputError("expected a non-negative number", { ...where, field: "std" });
      p.std = s;
    }
    if (iCost >= 0 && cells[iCost] !== "") {
      const c = parseNumber(cells[iCost]);
      if (!(c >= 0))
        throw new InputError("expected a non-negative number", { ...where, field: clipName(header[iCost]) });
      p.cost = c * costScale;
    }
    points.push(p);
  }
  if (points.length === 0) throw new InputError("the learning-curve CSV has a header but no rows", at);
  return { points, cost_unit: costUnit };
}

// src/curve/lm.ts
function clampParams(p, lo, hi) {
  return p.map((v, i) => Math.min(hi[i] ?? Infinity, Math.max(lo[i] ?? -Infinity, v)));
}
function weightedCost(prob, p) {
  let s = 0;
  for (let i = 0; i < prob.x.length; i++) {
    const r = prob.f(prob.x[i], p) - prob.y[i];
    s += prob.w[i] * r * r;
  }
  return Number.isFinite(s) ? s : Infinity;
}
function solveLinear(A, b) {
  const k = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < k; c++) {
    let piv = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(M[r][c]) > Math.abs(M[piv][c])) piv = r;
    if (!(Math.abs(M[piv][c]) > 1e-300)) return null;
    [M[c], M[piv]] = [M[piv], M[c]];
    for (let r = c + 1; r < k; r++) {
      const fct = M[r][c] / M[c][c];
      if (fct === 0) continue;
      for (let j = c; j <= k; j++) M[r][j] -= fct * M[c][j];
    }
  }
  const z2 = new Array(k).fill(0);
  for (let r = k - 1; r >= 0; r--) {
    let s = M[r][k];
    for (let j = r + 1; j < k; j++) s -= M[r][j] * z2[j];
    z2[r] = s / M[r][r];
  }
  return z2.every(Number.isFinite) ? z2 : null;
}
function levenbergMarquardt(prob, start, maxIter = 200) {
  const k = start.length;
  const n = prob.x.length;
  let p = clampParams(start, prob.lo, prob.hi);
  let cost = weightedCost(prob, p);
  let lambda = 1e-3;
  let it = 0;
  const sw = prob.w.map((w) => Math.sqrt(w));
  for (; it < maxIter && Number.isFinite(cost); it++) {
    const r = new Array(n);
    for (let i = 0; i < n; i++) r[i] = sw[i] * (prob.f(prob.x[i], p) - prob.y[i]);
    const J = [];
    for (let j = 0; j < k; j++) {
      let h = 1e-6 * Math.max(1, Math.abs(p[j]));
      if (p[j] + h > prob.hi[j]) h = -h;
      const q = p.slice();
      q[j] = p[j] + h;
      const col = new Array(n);
      for (let i = 0; i < n; i++) col[i] = (sw[i] * (prob.f(prob.x[i], q) - prob.y[i]) - r[i]) / h;
      J.push(col);
    }
    const JtJ = [];
    const Jtr = [];
    for (let a = 0; a < k; a++) {
      const row = [];
      for (let b = 0; b < k; b++) {
        let s = 0;
        for (let i = 0; i < n; i++) s += J[a][i] * J[b][i];
        row.push(s);
      }
      JtJ.push(row);
      let g2 = 0;
      for (let i = 0; i < n; i++) g2 += J[a][i] * r[i];
      Jtr.push(g2);
    }
    if (!JtJ.every((row) => row.every(Number.isFinite)) || !Jtr.every(Number.isFinite)) break;
    let improved = false;
    for (let tries = 0; tries < 12; tries++) {
      const A = JtJ.map((row, a) => row.map((v, b) => a === b ? v + lambda * Math.max(v, 1e-12) : v));
      const delta = solveLinear(
        A,
        Jtr.map((g2) => -g2)
      );
      if (!delta) {
        lambda *= 10;
        continue;
      }
      const q = clampParams(
        p.map((v, j) => v + delta[j]),
        prob.lo,
        prob.hi
      );
      const c = weightedCost(prob, q);
      if (c < cost) {
        const rel = (cost - c) / Math.max(cost, 1e-300);
        p = q;
        cost = c;
        lambda = Math.max(lambda / 3, 1e-12);
        improved = true;
        if (rel < 1e-10) return { params: p, cost, iterations: it + 1 };
        break;
      }
      lambda *= 4;
    }
    if (!improved) break;
  }
  return { params: p, cost, iterations: it };
}

// src/curve/families.ts
var FAMILY_NAMES = ["pow3", "log2", "exp3", "mmf4", "wbl4"];
function ls2(ctx, g1, g2) {
  let s11 = 0, s12 = 0, s22 = 0, t1 = 0, t2 = 0;
  for (let i = 0; i < ctx.x.length; i++) {
    const x = ctx.x[i], w = ctx.w[i], y = ctx.y[i];
    const u = g1(x), v = g2(x);
    s11 += w * u * u;
    s12 += w * u * v;
    s22 += w * v * v;
    t1 += w * u * y;
    t2 += w * v * y;
  }
  const z2 = solveLinear(
    [
      [s11, s12],
      [s12, s22]
    ],
    [t1, t2]
  );
  return z2 ? [z2[0], z2[1]] : null;
}
function lnRange(ctx) {
  let lo = Infinity, hi = -Infinity;
  for (const x of ctx.x) {
    lo = Math.min(lo, Math.log(x));
    hi = Math.max(hi, Math.log(x));
  }
  return [lo, hi];
}
var span = (ctx) => Math.max(ctx.ceil - ctx.floor, 1e-12);
var pow3 = {
  name: "pow3",
  k: 3,
  f: (x, p) => p[0] + p[1] * Math.pow(x, -p[2]),
  bounds: (ctx) => ({ lo: [ctx.floor, 0, 0.01], hi: [ctx.ymin, 2 * span(ctx), 3] }),
  starts: (ctx) => {
    const out = [];
    for (const c of [0.1, 0.25, 0.5, 1, 2]) {
      const z2 = ls2(
        ctx,
        () => 1,
        (x) => Math.pow(x, -c)
      );
      if (z2) out.push([z2[0], z2[1], c]);
      out.push([ctx.floor + 0.5 * (ctx.ymin - ctx.floor), 0.5 * (ctx.ymax - ctx.ymin) + 1e-9, c]);
    }
    return out;
  },
  report: (p) => p.slice()
};
var log2 = {
  name: "log2",
  k: 2,
  f: (x, p) => p[0] - p[1] * Math.log(x),
  bounds: (ctx) => ({ lo: [ctx.floor - span(ctx), 0], hi: [ctx.ceil, 2 * span(ctx)] }),
  starts: (ctx) => {
    const z2 = ls2(
      ctx,
      () => 1,
      (x) => -Math.log(x)
    );
    return z2 ? [[z2[0], z2[1]]] : [[ctx.ymin, 0]];
  },
  report: (p) => p.slice()
};
var exp3 = {
  name: "exp3",
  k: 3,
  f: (x, p) => p[0] + p[1] * Math.exp(-p[2] * x),
  bounds: (ctx) => ({ lo: [ctx.floor, 0, 1e-3], hi: [ctx.ymin, 1e6 * span(ctx), 1e4] }),
  starts: (ctx) => {
    const out = [];
    for (const c of [0.5, 2, 8, 32, 128, 512]) {
      const z2 = ls2(
        ctx,
        () => 1,
        (x) => Math.exp(-c * x)
      );
      if (z2) out.push([z2[0], z2[1], c]);
    }
    return out;
  },
  report: (p) => p.slice()
};
var mmf4 = {
  name: "mmf4",
  k: 4,
  f: (x, p) => p[2] + (p[0] - p[2]) / (1 + Math.exp(p[3] * Math.log(x) - p[1])),
  bounds: (ctx) => ({ lo: [ctx.ymin, -60, ctx.floor, 0.05], hi: [ctx.ceil, 60, ctx.ymin, 4] }),
  starts: (ctx) => {
    const out = [];
    const [l0, l1] = lnRange(ctx);
    for (const d of [0.5, 1, 2]) {
      for (const m of [l0, (l0 + l1) / 2, l1, l1 + 1.5]) {
        const beta = d * m;
        const s = (x) => 1 / (1 + Math.exp(d * Math.log(x) - beta));
        const z2 = ls2(
          ctx,
          (x) => s(x),
          (x) => 1 - s(x)
        );
        if (z2) out.push([z2[0], beta, z2[1], d]);
      }
    }
    return out;
  },
  report: (p) => [p[0], Math.exp(p[1]), p[2], p[3]]
};
var wbl4 = {
  name: "wbl4",
  k: 4,
  f: (x, p) => p[2] + p[1] * Math.exp(-Math.exp(p[0] + p[3] * Math.log(x))),
  bounds: (ctx) => ({ lo: [-40, 0, ctx.floor, 0.05], hi: [40, 2 * span(ctx), ctx.ymin, 4] }),
  starts: (ctx) => {
    const out = [];
    const [l0, l1] = lnRange(ctx);
    for (const d of [0.3, 0.7, 1.5]) {
      for (const m of [l0, (l0 + l1) / 2, l1, l1 + 1.5]) {
        const alpha = -d * m;
        const z2 = ls2(
          ctx,
          (x) => Math.exp(-Math.exp(alpha + d * Math.log(x))),
          () => 1
        );
        if (z2) out.push([alpha, z2[0], z2[1], d]);
      }
    }
    return out;
  },
  report: (p) => [Math.exp(p[0]), p[1], p[2], p[3]]
};
var FAMILIES = { pow3, log2, exp3, mmf4, wbl4 };

// src/kernel/format.ts
var MINUS = "\u2212";
function trimZeros(s) {
  return s.includes(".") && !s.includes("e") ? s.replace(/\.?0+$/, "") : s;
}
function formatNumber(n, digits = 4) {
  if (!Number.isFinite(n)) return String(n);
  if (n === 0) return "0";
  const abs = Math.abs(n);
  const sign = n < 0 ? MINUS : "";
  if (abs >= 1e15 || abs < 1e-6) return sign + abs.toExponential(2);
  if (abs >= 10 ** digits) return sign + Math.round(abs).toLocaleString("en-US");
  const s = trimZeros(abs.toPrecision(digits));
  return sign + s;
}
function formatSigned(n, digits = 3) {
  if (n === 0) return "\xB10";
  return (n > 0 ? "+" : "") + formatNumber(n, digits);
}
function formatPercent(fraction, decimals = 1) {
  const s = (fraction * 100).toFixed(decimals);
  return (s.startsWith("-") ? MINUS + s.slice(1) : s) + "%";
}
function formatPp(delta, decimals = 2) {
  const v = delta * 100;
  const rounded = Number(v.toFixed(decimals));
  if (rounded === 0) return "\xB10 pp";
  return `${rounded > 0 ? "+" : MINUS}${Math.abs(rounded).toFixed(decimals)} pp`;
}
function formatPct(pct) {
  const rounded = Math.abs(pct) >= 10 ? Math.round(pct) : Math.abs(pct) >= 0.05 ? Number(pct.toFixed(1)) : Number(pct.toPrecision(1));
  if (rounded === 0) return "\xB10%";
  return `${rounded > 0 ? "+" : MINUS}${Math.abs(rounded)}%`;
}
function formatSize(n) {
  const abs = Math.abs(n);
  const fmt = (v, unit) => `${trimZeros(v.toPrecision(3))}${unit}`;
  if (abs >= 1e9) return fmt(n / 1e9, "B");
  if (abs >= 1e6) return fmt(n / 1e6, "M");
  if (abs >= 1e3) return fmt(n / 1e3, "k");
  return String(Math.round(n));
}
function formatMoney(amount, currency) {
  const symbol = { USD: "$", EUR: "\u20AC", GBP: "\xA3" };
  const abs = Math.abs(amount);
  const digits = abs >= 100 ? 0 : abs >= 1 ? 2 : abs >= 0.01 ? 3 : 4;
  const body = abs.toLocaleString("en-US", {
    minimumFractionDigits: Math.min(digits, 2),
    maximumFractionDigits: digits
  });
  const sign = amount < 0 ? MINUS : "";
  return symbol[currency] ? `${sign}${symbol[currency]}${body}` : `${sign}${body} ${currency}`;
}
function formatValue(value, fraction) {
  return fraction ? formatPercent(value, Math.abs(value) < 0.1 && value !== 0 ? 2 : 1) : formatNumber(value);
}
function formatDelta(delta, fraction) {
  return fraction ? formatPp(delta) : formatSigned(delta);
}

// src/curve/format.ts
var MINUS2 = "\u2212";
function sig(x, digits) {
  if (x === 0 || !Number.isFinite(x)) return String(x === 0 ? 0 : x);
  const s = Number(x.toPrecision(digits));
  return String(s);
}
function formatSize2(n) {
  if (!Number.isFinite(n)) return String(n);
  return formatSize(Number(n.toPrecision(3)));
}
function withSign(s, x, signed) {
  if (x < 0) return `${MINUS2}${s.replace(/^-/, "")}`;
  return signed && x > 0 ? `+${s}` : s;
}
function formatDelta2(d, proportion, signed = true) {
  if (proportion) {
    const pp = d * 100;
    const a = Math.abs(pp);
    const s = a >= 10 ? pp.toFixed(0) : a >= 0.095 ? pp.toFixed(1) : a >= 95e-4 ? pp.toFixed(2) : pp.toFixed(3);
    const r = Number(s) === 0 ? "0" : s;
    return `${withSign(r, Number(r), signed)} pp`;
  }
  return withSign(sig(d, 2), Number(sig(d, 2)), signed);
}
function formatDeltas(ds, proportion) {
  if (!proportion) return ds.map((d) => formatDelta2(d, false));
  const top = Math.max(...ds.map((d) => Math.abs(d * 100)));
  const decimals = top >= 10 ? 0 : top >= 1 ? 1 : 2;
  return ds.map((d) => {
    const v = Number((d * 100).toFixed(decimals));
    return `${withSign(Math.abs(v).toFixed(decimals), v, true)} pp`;
  });
}
function formatValue2(v, proportion) {
  if (proportion) return `${(v * 100).toFixed(1)} %`;
  return withSign(sig(v, 4), v, false);
}
function formatCost(c, unit) {
  if (/-h$/.test(unit) && Math.abs(c) < 0.05 && c !== 0) return formatCost(c * 3600, unit.replace(/-h$/, "-s"));
  const a = Math.abs(c);
  const s = a >= 100 ? c.toFixed(0) : a >= 0.95 ? c.toFixed(1) : a >= 95e-4 ? c.toFixed(2) : sig(c, 1);
  return `${withSign(s, c, false)} ${unit}`;
}
function formatFactor(f) {
  return `${f >= 10 ? f.toFixed(0) : f.toFixed(1)}\xD7`;
}
function formatPct2(p) {
  const r = Math.round(p * 100);
  return `${withSign(String(r), r, false)} %`;
}

// src/curve/fit.ts
function makeTransform(values, o) {
  const sign = o.direction === "higher" ? -1 : 1;
  if (o.proportion) {
    const toFit = o.direction === "higher" ? (v) => 1 - v : (v) => v;
    const fromFit = o.direction === "higher" ? (e) => 1 - e : (e) => e;
    return { toFit, fromFit, scale: 1, floor: 0, ceil: 1 };
  }
  const losses = values.map((v) => sign * v);
  const off = Math.min(...losses);
  const sc = Math.max(...losses) - off || Math.max(Math.abs(off), 1) * 1e-3;
  const floor = sign > 0 && values.every((v) => v >= 0) ? Math.max(-20, -off / sc) : -20;
  return {
    toFit: (v) => (sign * v - off) / sc,
    fromFit: (e) => sign * (e * sc + off),
    scale: sc,
    floor,
    ceil: 21
  };
}
function pointWeights(points, o) {
  const vars = points.map((p) => {
    let v = 0;
    if (p.std !== void 0 && Number.isFinite(p.std) && p.std > 0) v = p.std * p.std;
    if (o.proportion && o.eval_size && o.eval_size > 0) {
      const m = o.eval_size;
      const q = Math.min(1 - 1 / m, Math.max(1 / m, p.value));
      v = Math.max(v, q * (1 - q) / m);
    }
    return v;
  });
  if (!vars.some((v) => v > 0)) return points.map(() => 1);
  const vmax = Math.max(...vars);
  const w = vars.map((v) => 1 / Math.max(v, vmax / 100));
  const mean4 = w.reduce((a, b) => a + b, 0) / w.length;
  return w.map((v) => v / mean4);
}
function fitContext(x, y, w, tf) {
  return { x, y, w, ymin: Math.min(...y), ymax: Math.max(...y), floor: tf.floor, ceil: tf.ceil };
}
function runFamily(fam, ctx) {
  const { lo, hi } = fam.bounds(ctx);
  const prob = { x: ctx.x, y: ctx.y, w: ctx.w, f: fam.f, lo, hi };
  const starts = fam.starts(ctx).filter((s) => s.every(Number.isFinite)).map((s) => clampParams(s, lo, hi)).map((s, i) => ({ s, i, c: weightedCost(prob, s) })).filter((s) => Number.isFinite(s.c)).sort((a, b) => a.c - b.c || a.i - b.i).slice(0, 3);
  let best = null;
  for (const st of starts) {
    const r = levenbergMarquardt(prob, st.s, 150);
    if (Number.isFinite(r.cost) && (!best || r.cost < best.cost - 1e-15)) best = { p: r.params, cost: r.cost };
  }
  return best;
}
function fitFamily(name, points, o, weights) {
  if (points.length < 2) return null;
  const fam = FAMILIES[name];
  const tf = makeTransform(
    points.map((p) => p.value),
    o
  );
  const nRef = Math.max(...points.map((p) => p.train_size));
  const x = points.map((p) => p.train_size / nRef);
  const y = points.map((p) => tf.toFit(p.value));
  const w = weights ? weights.slice() : pointWeights(points, o);
  const r = runFamily(fam, fitContext(x, y, w, tf));
  if (!r) return null;
  return {
    family: name,
    p: r.p,
    nRef,
    tf,
    cost: r.cost,
    // No family may extrapolate past the floor (log2 has no asymptote): an error rate or a loss below 0.
    predict: (n) => tf.fromFit(Math.max(tf.floor, fam.f(n / nRef, r.p)))
  };
}
function refitFrom(model, sizes, values, w) {
  const fam = FAMILIES[model.family];
  const x = sizes.map((n) => n / model.nRef);
  const y = values.map((v) => model.tf.toFit(v));
  const ctx = fitContext(x, y, w, model.tf);
  const { lo, hi } = fam.bounds(ctx);
  const r = levenbergMarquardt({ x, y, w, f: fam.f, lo, hi }, model.p, 80);
  if (!Number.isFinite(r.cost)) return null;
  return (n) => model.tf.fromFit(Math.max(model.tf.floor, fam.f(n / model.nRef, r.params)));
}

// src/curve/models.ts
var FIT_WINDOW_DOUBLINGS = 2;
var FIT_WINDOW_MIN_POINTS = 6;
var RECENCY_POWER = 2;
var PRIMARY_FAMILY = "pow3";
var SPARSE_ENSEMBLE_SIZE = 3;
function isValidPoint(p) {
  return Number.isFinite(p.train_size) && p.train_size > 0 && Number.isFinite(p.value);
}
function cleanPoints(points) {
  const valid = points.filter(isValidPoint).sort((a, b) => a.train_size - b.train_size);
  const out = [];
  for (let i = 0; i < valid.length; ) {
    let j = i;
    while (j < valid.length && valid[j].train_size === valid[i].train_size) j++;
    const group = valid.slice(i, j);
    const q = { train_size: group[0].train_size, value: meanOf(group.map((p) => p.value)) };
    const stds = group.map((p) => p.std).filter((v) => v !== void 0 && Number.isFinite(v));
    if (stds.length === group.length) q.std = Math.sqrt(stds.reduce((a, v) => a + v * v, 0)) / group.length;
    const costs = group.map((p) => p.cost).filter((v) => v !== void 0 && Number.isFinite(v));
    if (costs.length) q.cost = meanOf(costs);
    out.push(q);
    i = j;
  }
  return out;
}
var meanOf = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
var SPARSE_WINDOW_DOUBLINGS = 3;
function inWindow(points, doublings = FIT_WINDOW_DOUBLINGS) {
  if (points.length === 0) return [];
  const top = points[points.length - 1].train_size;
  return points.filter((p) => p.train_size >= top / 2 ** doublings);
}
function isDense(points) {
  return inWindow(points).length >= FIT_WINDOW_MIN_POINTS;
}
function fitWindow(points) {
  if (isDense(points)) return inWindow(points);
  const wide = inWindow(points, SPARSE_WINDOW_DOUBLINGS);
  return wide.length >= FIT_WINDOW_MIN_POINTS ? wide : points.slice();
}
function fitWeights(points, o) {
  if (points.length === 0) return [];
  return isDense(points) ? denseWeights(points, o) : pointWeights(points, o);
}
function denseWeights(points, o) {
  const noise = pointWeights(points, o);
  const top = Math.max(...points.map((p) => p.train_size));
  const w = points.map((p, i) => Math.sqrt(noise[i]) * (p.train_size / top) ** RECENCY_POWER);
  const mean4 = w.reduce((a, b) => a + b, 0) / w.length;
  return w.map((v) => v / mean4);
}
function fitOnWindow(name, points, o) {
  const win = fitWindow(points);
  if (FAMILIES[name].k > win.length || new Set(win.map((p) => p.train_size)).size < 2) return null;
  return fitFamily(name, win, o, fitWeights(win, o));
}
function holdoutSplit(points) {
  if (points.length < 3) return null;
  const nMax = points[points.length - 1].train_size;
  let train3 = points.filter((p) => p.train_size <= nMax / 2);
  if (train3.length < 3) train3 = points.slice(0, points.length - 1);
  const test = points.slice(train3.length);
  if (test.length === 0 || new Set(train3.map((p) => p.train_size)).size < 2) return null;
  return { train: train3, test };
}
function medianOf(values) {
  const v = values.slice().sort((a, b) => a - b);
  const k = v.length;
  return k % 2 ? v[(k - 1) / 2] : (v[k / 2 - 1] + v[k / 2]) / 2;
}
function medianPredictor(fs) {
  if (fs.length === 1) return fs[0];
  return (n) => medianOf(fs.map((f) => f(n)));
}
var mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
function fitCurveModels(pointsIn, o, names = FAMILY_NAMES) {
  const points = cleanPoints(pointsIn);
  const fitted = fitWindow(points);
  const fits = /* @__PURE__ */ new Map();
  const holdout = /* @__PURE__ */ new Map();
  for (const name of names) {
    const m = fitOnWindow(name, points, o);
    if (m) fits.set(name, m);
  }
  let lastValueHoldout = null;
  const split = holdoutSplit(points);
  if (split) {
    const last = split.train[split.train.length - 1].value;
    lastValueHoldout = mean(split.test.map((p) => Math.abs(p.value - last)));
    for (const name of names) {
      if (!fits.has(name)) continue;
      const m = fitOnWindow(name, split.train, o);
      if (!m) continue;
      const err = mean(split.test.map((p) => Math.abs(m.predict(p.train_size) - p.value)));
      if (Number.isFinite(err)) holdout.set(name, err);
    }
  }
  const ranked = names.filter((n) => holdout.has(n)).sort((a, b) => holdout.get(a) - holdout.get(b) || names.indexOf(a) - names.indexOf(b));
  let members;
  let dense = null;
  let quarter = null;
  if (isDense(points) && fits.has(PRIMARY_FAMILY)) {
    members = [PRIMARY_FAMILY];
    dense = windowEnsemble(points, o, fits.get(PRIMARY_FAMILY).predict);
    quarter = quarterHoldout(points, o);
    if (quarter && quarter.lastValue < quarter.model - lastValueMargin(points, o)) {
      const last = points[points.length - 1].value;
      return {
        points,
        fitted,
        fits,
        holdout,
        lastValueHoldout,
        selected: null,
        members: [],
        lastValueSelected: true,
        quarterHoldout: quarter,
        predict: () => last
      };
    }
  } else {
    members = ranked.slice(0, SPARSE_ENSEMBLE_SIZE);
    const first = names.find((n) => fits.has(n));
    if (members.length === 0 && first) members = [first];
  }
  const selected = members[0] ?? null;
  const predict2 = dense ?? (members.length ? medianPredictor(members.map((n) => fits.get(n).predict)) : null);
  return {
    points,
    fitted,
    fits,
    holdout,
    lastValueHoldout,
    selected,
    members,
    lastValueSelected: false,
    quarterHoldout: quarter,
    predict: predict2
  };
}
var ENSEMBLE_WINDOWS = [1.5, 2, 3];
function windowEnsemble(points, o, primary) {
  const fs = [];
  for (const d of ENSEMBLE_WINDOWS) {
    if (d === FIT_WINDOW_DOUBLINGS && primary) {
      fs.push(primary);
      continue;
    }
    const win = inWindow(points, d);
    if (win.length < FAMILIES[PRIMARY_FAMILY].k || new Set(win.map((p) => p.train_size)).size < 2) continue;
    const m = fitFamily(PRIMARY_FAMILY, win, o, denseWeights(win, o));
    if (m) fs.push(m.predict);
  }
  if (fs.length === 0) return null;
  return (n) => mean(fs.map((f) => f(n)));
}
var QUARTER_MIN_POINTS = 4;
function quarterHoldout(points, o) {
  if (points.length === 0) return null;
  const nMax = points[points.length - 1].train_size;
  const train3 = points.filter((p) => p.train_size <= nMax / 4 * 1.0001);
  const test = points.slice(train3.length);
  if (train3.length < QUARTER_MIN_POINTS || test.length === 0) return null;
  const f = windowEnsemble(train3, o);
  if (!f) return null;
  const last = train3[train3.length - 1].value;
  const model = mean(test.map((p) => Math.abs(f(p.train_size) - p.value)));
  const lastValue = mean(test.map((p) => Math.abs(last - p.value)));
  return Number.isFinite(model) ? { model, lastValue } : null;
}
function lastValueMargin(points, o) {
  if (o.proportion) return 2e-3;
  const v = points.map((p) => p.value);
  return 0.02 * (Math.max(...v) - Math.min(...v));
}

// node_modules/simple-statistics/dist/simple-statistics.mjs
function linearRegression(data) {
  var m;
  var b;
  var dataLength = data.length;
  if (dataLength === 1) {
    m = 0;
    b = data[0][1];
  } else {
    var sumX = 0;
    var sumY = 0;
    for (var i = 0; i < dataLength; i++) {
      sumX += data[i][0];
      sumY += data[i][1];
    }
    var meanX = sumX / dataLength;
    var meanY = sumY / dataLength;
    var sumXY = 0;
    var sumXX = 0;
    for (var i$1 = 0; i$1 < dataLength; i$1++) {
      var deviationX = data[i$1][0] - meanX;
      sumXY += deviationX * (data[i$1][1] - meanY);
      sumXX += deviationX * deviationX;
    }
    m = sumXY / sumXX;
    b = meanY - m * meanX;
  }
  return {
    m,
    b
  };
}
var BayesianClassifier = function BayesianClassifier2() {
  this.totalCount = 0;
  this.data = {};
};
BayesianClassifier.prototype.train = function train(item, category) {
  if (!this.data[category]) {
    this.data[category] = {};
  }
  for (var k in item) {
    var v = item[k];
    if (this.data[category][k] === void 0) {
      this.data[category][k] = {};
    }
    if (this.data[category][k][v] === void 0) {
      this.data[category][k][v] = 0;
    }
    this.data[category][k][v]++;
  }
  this.totalCount++;
};
BayesianClassifier.prototype.score = function score(item) {
  var odds = {};
  var category;
  for (var k in item) {
    var v = item[k];
    for (category in this.data) {
      if (odds[category] === void 0) {
        odds[category] = {};
      }
      if (this.data[category][k]) {
        odds[category][k + "_" + v] = (this.data[category][k][v] || 0) / this.totalCount;
      } else {
        odds[category][k + "_" + v] = 0;
      }
    }
  }
  var oddsSums = {};
  for (category in odds) {
    oddsSums[category] = 0;
    for (var combination in odds[category]) {
      oddsSums[category] += odds[category][combination];
    }
  }
  return oddsSums;
};
var g = 607 / 128;
var LOGSQRT2PI = Math.log(Math.sqrt(2 * Math.PI));
var SQRT_2PI$1 = Math.sqrt(2 * Math.PI);
function cumulativeDistribution(z2) {
  var sum = z2;
  var tmp = z2;
  for (var i = 1; i < 30; i++) {
    tmp *= z2 * z2 / (2 * i + 1);
    sum += tmp;
  }
  return Math.round((0.5 + sum / SQRT_2PI$1 * Math.exp(-z2 * z2 / 2)) * 1e4) / 1e4;
}
var standardNormalTable = [];
for (z = 0; z <= 3.09; z += 0.01) {
  standardNormalTable.push(cumulativeDistribution(z));
}
var z;
var SQRT_2PI = Math.sqrt(2 * Math.PI);
var PerceptronModel = function PerceptronModel2() {
  this.weights = [];
  this.bias = 0;
};
PerceptronModel.prototype.predict = function predict(features) {
  if (features.length !== this.weights.length) {
    return null;
  }
  var score2 = 0;
  for (var i = 0; i < this.weights.length; i++) {
    score2 += this.weights[i] * features[i];
  }
  score2 += this.bias;
  if (score2 > 0) {
    return 1;
  } else {
    return 0;
  }
};
PerceptronModel.prototype.train = function train2(features, label) {
  if (label !== 0 && label !== 1) {
    return null;
  }
  if (features.length !== this.weights.length) {
    this.weights = features.slice();
    this.bias = 1;
  }
  var prediction = this.predict(features);
  if (typeof prediction === "number" && prediction !== label) {
    var gradient = label - prediction;
    for (var i = 0; i < this.weights.length; i++) {
      this.weights[i] += gradient * features[i];
    }
    this.bias += gradient;
  }
  return this;
};

// src/curve/recommend.ts
function gainPerDoubling(predict2, n, direction) {
  const d = predict2(2 * n) - predict2(n);
  return direction === "higher" ? d : -d;
}
function findRecommendedSize(predict2, direction, threshold, nLo, nHi) {
  const steps = Math.max(2, Math.ceil(Math.log2(nHi / nLo) * 16));
  const at = (i) => nLo * Math.pow(nHi / nLo, i / steps);
  let lastAbove = -1;
  for (let i = 0; i <= steps; i++) if (gainPerDoubling(predict2, at(i), direction) >= threshold) lastAbove = i;
  if (lastAbove === -1) return nLo;
  if (lastAbove === steps) return null;
  let lo = Math.log(at(lastAbove)), hi = Math.log(at(lastAbove + 1));
  for (let k = 0; k < 40; k++) {
    const mid = (lo + hi) / 2;
    if (gainPerDoubling(predict2, Math.exp(mid), direction) >= threshold) lo = mid;
    else hi = mid;
  }
  return Math.exp(hi);
}
function fitCostModel(points) {
  const pts = points.filter((p) => p.cost !== void 0 && p.cost > 0);
  if (pts.length === 0) return null;
  const xy = pts.map((p) => [Math.log(p.train_size), Math.log(p.cost)]);
  if (xy.every(([x]) => Math.abs(x - xy[0][0]) < 1e-12)) {
    const my = xy.reduce((a, [, y]) => a + y, 0) / xy.length;
    return { intercept: my - xy[0][0], slope: 1 };
  }
  const { m, b } = linearRegression(xy);
  return { intercept: b, slope: m };
}
function costAt(model, n) {
  return Math.exp(model.intercept + model.slope * Math.log(n));
}

// src/curve/interval.ts
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos), hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
function bootstrapGains(models, o, current, B) {
  const fp = models.fitted;
  const predict2 = models.predict;
  const samples = [];
  if (B <= 0 || fp.length < 3 || !predict2 || models.members.length === 0) return samples;
  const noiseW = pointWeights(fp, o);
  const w = fitWeights(fp, o);
  const fitted = fp.map((p) => predict2(p.train_size));
  const std = fp.map((p, i) => (p.value - fitted[i]) * Math.sqrt(noiseW[i]));
  const k = Math.max(...models.members.map((m) => FAMILIES[m].k));
  const infl = Math.sqrt(fp.length / Math.max(1, fp.length - k));
  const rnd = mulberry32(24301 ^ fp.length);
  const sizes = fp.map((p) => p.train_size);
  const memberFits = models.members.map((m) => models.fits.get(m));
  for (let b = 0; b < B; b++) {
    const vals = fp.map((_, i) => fitted[i] + infl * std[Math.floor(rnd() * fp.length)] / Math.sqrt(noiseW[i]));
    const fs = memberFits.map((m) => refitFrom(m, sizes, vals, w));
    if (fs.every((f) => f !== null)) {
      const g2 = gainPerDoubling(medianPredictor(fs), current, o.direction);
      if (Number.isFinite(g2)) samples.push(g2);
    }
  }
  return samples;
}
function competitiveGains(models, o, current, thr) {
  const best = models.selected ? models.holdout.get(models.selected) : void 0;
  const out = [];
  if (best === void 0) return out;
  for (const [name, m] of models.fits) {
    const e = models.holdout.get(name);
    if (e !== void 0 && e <= Math.max(2 * best, best + thr / 2))
      out.push(gainPerDoubling(m.predict, current, o.direction));
  }
  return out;
}
function gainInterval(gain, samples, competitive) {
  if (samples.length < 10 && competitive.length < 2) return null;
  const s = samples.slice().sort((a, b) => a - b);
  let lo = s.length >= 10 ? quantile(s, 0.1) : gain;
  let hi = s.length >= 10 ? quantile(s, 0.9) : gain;
  for (const g2 of competitive) {
    lo = Math.min(lo, g2);
    hi = Math.max(hi, g2);
  }
  return [Math.min(lo, gain), Math.max(hi, gain)];
}

// src/curve/trust.ts
var MAX_EXTRAPOLATION = 4;
function pointNoise(p, o) {
  let v = null;
  if (p.std !== void 0 && p.std > 0) v = p.std;
  if (o.proportion && o.eval_size && o.eval_size > 0) {
    const q = Math.min(1 - 1 / o.eval_size, Math.max(1 / o.eval_size, p.value));
    v = Math.max(v ?? 0, Math.sqrt(q * (1 - q) / o.eval_size));
  }
  return v;
}
var mean2 = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
function trustReasons(t) {
  const { models, o, thr } = t;
  const points = models.points;
  const predict2 = models.predict;
  const nMax = points[points.length - 1].train_size;
  const fmtV = (v) => formatValue2(v, o.proportion);
  const fmtD = (d, signed = true) => formatDelta2(d, o.proportion, signed);
  const reasons = [];
  const noise = points.map((p) => pointNoise(p, o));
  const noiseKnown = noise.every((s) => s !== null);
  const range = Math.max(...points.map((p) => p.value)) - Math.min(...points.map((p) => p.value));
  const worse = (a, b) => o.direction === "higher" ? a.value - b.value : b.value - a.value;
  let worst = null;
  const top = points.filter((p) => p.train_size >= nMax / 8);
  for (let i = 0; i < top.length; i++) {
    for (let j = i + 1; j < top.length; j++) {
      const a = top[i], b = top[j];
      if (b.train_size === a.train_size) continue;
      const si = noise[points.indexOf(a)], sj = noise[points.indexOf(b)];
      const tol = noiseKnown ? Math.max(2.5 * Math.hypot(si, sj), thr / 2) : Math.max(thr, 0.1 * range);
      const d = worse(a, b);
      if (d > tol && (!worst || d - tol > worst.d - worst.tol)) worst = { a, b, d, tol };
    }
  }
  if (worst) {
    reasons.push(
      `non-monotone: ${fmtV(worst.a.value)} at ${formatSize2(worst.a.train_size)} but ${fmtV(worst.b.value)} at ${formatSize2(worst.b.train_size)}`
    );
  }
  const fitted = models.fitted;
  const resid = fitted.map((p) => p.value - predict2(p.train_size));
  const rmse = Math.sqrt(mean2(resid.map((r) => r * r)));
  const noisy = noiseKnown ? Math.sqrt(mean2(resid.map((r, i) => (r / noise[points.indexOf(fitted[i])]) ** 2))) > 3 && rmse > thr / 2 : rmse > Math.max(thr / 2, 0.2 * range);
  if (noisy && !worst) reasons.push(`noisy: the fit misses the points by ${fmtD(rmse, false)} on average`);
  if (t.competitive.length >= 2) {
    const lo = Math.min(...t.competitive), hi = Math.max(...t.competitive);
    if (hi - lo > Math.max(2 * thr, 0.5 * Math.abs(t.gain))) {
      reasons.push(`fitted models disagree: doubling the data is predicted to add between ${fmtD(lo)} and ${fmtD(hi)}`);
    }
  }
  const best = models.selected ? models.holdout.get(models.selected) : void 0;
  if (best !== void 0 && models.lastValueHoldout !== null && best > thr && best > 2 * models.lastValueHoldout) {
    reasons.push(
      `held-out points are predicted worse (${fmtD(best, false)}) than by the last observed value (${fmtD(models.lastValueHoldout, false)})`
    );
  }
  if (models.lastValueSelected && models.quarterHoldout) {
    const q = models.quarterHoldout;
    reasons.push(
      `the last observed value predicted the held-out points (fitted up to a quarter of the largest size) better (${fmtD(q.lastValue, false)}) than the fitted curve (${fmtD(q.model, false)})`
    );
  }
  if (t.current > MAX_EXTRAPOLATION * nMax) {
    reasons.push(
      `the training size ${formatSize2(t.current)} is more than ${MAX_EXTRAPOLATION}\xD7 the largest measured size ${formatSize2(nMax)}`
    );
  } else if (t.recommended === null || t.recommended !== void 0 && t.recommended > MAX_EXTRAPOLATION * nMax) {
    const where = t.recommended === null ? "lies beyond the searched sizes, far" : `(~${formatSize2(t.recommended)}) is`;
    reasons.push(
      `the point of diminishing returns ${where} more than ${MAX_EXTRAPOLATION}\xD7 the largest measured size ${formatSize2(nMax)}; the next doubling is predicted to gain ${fmtD(t.gain)}`
    );
  }
  return reasons;
}

// src/curve/analyze.ts
var RECOMMEND_SEARCH = 64;
var DEFAULT_CURVE_OPTIONS = {
  direction: "higher",
  proportion: true,
  min_points: 4,
  gain_per_doubling: 5e-3
};
function roundSize(n) {
  return n >= 100 ? Number(n.toPrecision(3)) : Math.round(n);
}
function round(x, digits = 6) {
  return Number(x.toPrecision(digits));
}
var mean3 = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
function analyzeCurve(metric, pointsIn, optsIn) {
  const opts = { ...DEFAULT_CURVE_OPTIONS, ...optsIn };
  const thr = opts.gain_per_doubling;
  const o = { direction: opts.direction, proportion: opts.proportion };
  if (opts.eval_size !== void 0) o.eval_size = opts.eval_size;
  const names = opts.families ?? FAMILY_NAMES;
  const models = fitCurveModels(pointsIn, o, names);
  const points = models.points;
  const costUnit = opts.cost_unit ?? "CPU-h";
  const nMin = points.length ? points[0].train_size : 0;
  const nMax = points.length ? points[points.length - 1].train_size : 0;
  const current = opts.current_size ?? nMax;
  const reasons = [];
  const fmtV = (v) => formatValue2(v, opts.proportion);
  const fmtD = (d, signed = true) => formatDelta2(d, opts.proportion, signed);
  const valid = pointsIn.filter(isValidPoint).length;
  const dropped = pointsIn.length - valid;
  const merged = valid - points.length;
  if (points.length < opts.min_points) {
    const what = merged > 0 ? `distinct size${points.length === 1 ? "" : "s"}` : `point${points.length === 1 ? "" : "s"}`;
    reasons.push(`only ${points.length} ${what} (at least ${opts.min_points} needed)`);
  }
  const sel = models.predict && models.selected ? models.fits.get(models.selected) : null;
  const lastValue = models.lastValueSelected && models.predict !== null;
  const fittedPts = models.fitted;
  const families = [];
  for (const name of names) {
    const m = models.fits.get(name);
    if (!m) continue;
    const rmse = Math.sqrt(mean3(fittedPts.map((p) => (m.predict(p.train_size) - p.value) ** 2)));
    families.push({
      name,
      params: FAMILIES[name].report(m.p).map((v) => round(v)),
      holdout_error: models.holdout.has(name) ? round(models.holdout.get(name)) : null,
      rmse: round(rmse)
    });
  }
  const costModel = fitCostModel(points);
  const base = {
    metric,
    direction: opts.direction,
    proportion: opts.proportion,
    reliable: false,
    reason: null,
    family: sel ? models.members.length > 1 ? `median(${models.members.join(", ")})` : sel.family : points.length ? "last_value" : null,
    family_members: sel ? models.members.slice() : [],
    families,
    last_value_holdout_error: models.lastValueHoldout === null ? null : round(models.lastValueHoldout),
    current_size: current,
    recommended_size: null,
    oversize_factor: null,
    oversize_exceeded: false,
    gain_per_doubling_threshold: thr,
    predicted_gain_per_doubling: null,
    projected_savings: null,
    cost_unit: costUnit,
    cost_model: costModel ? { intercept: round(costModel.intercept), slope: round(costModel.slope) } : null,
    points,
    curve: [],
    conclusion: ""
  };
  const measured = points.length ? `measured ${fmtV(points[0].value)} at ${formatSize2(nMin)}` + (points.length > 1 ? ` \u2192 ${fmtV(points[points.length - 1].value)} at ${formatSize2(nMax)}` : "") : "no valid points";
  if (!sel && !lastValue) {
    if (reasons.length === 0)
      reasons.push(
        points.length ? "no family could be fitted (the points need at least two distinct sizes)" : "no valid points"
      );
    base.reason = reasons.join("; ");
    base.conclusion = `learning curve not reliable: ${base.reason}; ${measured}`;
    return base;
  }
  const predict2 = models.predict;
  const nFit = fittedPts[0].train_size;
  const gridHi = Math.max(nMax, current) * 2;
  const gridN = Math.min(60, Math.max(8, Math.ceil(Math.log2(gridHi / nFit) * 4)));
  for (let i = 0; i <= gridN; i++) {
    const n = nFit * Math.pow(gridHi / nFit, i / gridN);
    base.curve.push({ train_size: roundSize(n), value: round(predict2(n)) });
  }
  const tooFew = points.length < opts.min_points;
  const rec = lastValue || tooFew ? null : findRecommendedSize(predict2, opts.direction, thr, nFit, RECOMMEND_SEARCH * Math.max(nMax, current));
  const atFitStart = rec !== null && rec <= nFit * 1.0001;
  const recommended = rec === null ? null : roundSize(rec);
  base.recommended_size = recommended;
  base.oversize_factor = recommended === null ? null : round(current / recommended, 3);
  const gain = gainPerDoubling(predict2, current, opts.direction);
  const samples = bootstrapGains(models, o, current, opts.bootstrap_samples ?? 40);
  const competitive = competitiveGains(models, o, current, thr);
  const iv0 = gainInterval(gain, samples, competitive);
  const interval = iv0 ? [round(iv0[0]), round(iv0[1])] : null;
  base.predicted_gain_per_doubling = { value: round(gain), interval };
  if (recommended !== null && current > recommended) {
    const pricing = costModel && costModel.slope > 0 ? costModel : null;
    const costNow = pricing ? costAt(pricing, current) : null;
    const costRec = pricing ? costAt(pricing, recommended) : null;
    base.projected_savings = {
      cost: costNow !== null && costRec !== null ? round(costNow - costRec, 4) : null,
      cost_pct: costNow !== null && costRec !== null ? round((costNow - costRec) / costNow, 3) : null,
      metric_delta: round(predict2(recommended) - predict2(current))
    };
  }
  if (!tooFew)
    reasons.push(
      ...trustReasons({ models, o, thr, gain, competitive, current, recommended: lastValue ? void 0 : recommended })
    );
  base.reliable = reasons.length === 0;
  base.reason = base.reliable ? null : reasons.join("; ");
  base.oversize_exceeded = base.reliable && opts.max_oversize !== void 0 && base.oversize_factor !== null && base.oversize_factor > opts.max_oversize;
  const thrText = fmtD(thr, false);
  const sign = opts.direction === "higher" ? 1 : -1;
  const [g2, a, b] = [gain, ...interval ? sign > 0 ? interval : [interval[1], interval[0]] : []].map(
    (v) => sign * v
  );
  const [gT, aT, bT] = formatDeltas([g2, ...interval ? [a, b] : []], opts.proportion);
  const iv = interval ? ` (80 % interval ${aT} to ${bT})` : "";
  const doubling = opts.direction === "higher" ? `doubling the data is predicted to add ${gT}${iv}` : `doubling the data is predicted to change the metric by ${gT}${iv}`;
  let text;
  if (!base.reliable) {
    text = `learning curve not reliable: ${base.reason}; ${measured}`;
  } else if (recommended !== null && current > recommended * 1.05) {
    const s = base.projected_savings;
    const priced = s.cost !== null ? `${formatCost(s.cost, costUnit)} (${formatPct2(s.cost_pct)}) could be saved for a predicted ${fmtD(s.metric_delta)}` : `training on ~${formatSize2(recommended)} is predicted to change the metric by ${fmtD(s.metric_delta)}`;
    text = atFitStart ? `data beyond ${formatSize2(recommended)} examples or fewer (the smallest size fitted) buys < ${thrText} per doubling; this model trains on ${formatSize2(current)} (${formatFactor(base.oversize_factor)} or more): ${priced}` : `data beyond ~${formatSize2(recommended)} examples buys < ${thrText} per doubling; this model trains on ${formatSize2(current)} (${formatFactor(base.oversize_factor)}): ${priced}`;
  } else {
    const where = current > recommended ? "about at" : "at or below";
    text = `this model trains on ${formatSize2(current)}, ${where} the ~${formatSize2(recommended)} examples beyond which data buys < ${thrText} per doubling; ${doubling}`;
  }
  if (base.reliable && recommended !== null && current > recommended * 1.05) text += `; ${doubling}`;
  if (dropped > 0) text += ` (${dropped} invalid point${dropped === 1 ? "" : "s"} ignored)`;
  if (merged > 0) text += ` (${merged} repeated size${merged === 1 ? "" : "s"} averaged)`;
  base.conclusion = text;
  return base;
}

// src/curve/compare.ts
function interpLog(xs, ys, n) {
  if (n <= xs[0]) return ys[0];
  for (let i = 1; i < xs.length; i++) {
    if (n <= xs[i]) {
      const t = Math.log(n / xs[i - 1]) / Math.log(xs[i] / xs[i - 1]);
      return ys[i - 1] + (Number.isFinite(t) ? t : 1) * (ys[i] - ys[i - 1]);
    }
  }
  return ys[ys.length - 1];
}
function measuredValueAt(a, n) {
  const pts = a.points;
  if (pts.length === 0 || n < pts[0].train_size || n > pts[pts.length - 1].train_size) return null;
  return interpLog(
    pts.map((p) => p.train_size),
    pts.map((p) => p.value),
    n
  );
}
function measuredThenFitted(a) {
  const pts = a.points.map((p) => ({ train_size: p.train_size, value: p.value }));
  const top = pts.length ? pts[pts.length - 1].train_size : 0;
  return [...pts, ...a.curve.filter((c) => c.train_size > top)];
}
function curveValueAt(a, n) {
  return measuredValueAt(a, n) ?? fittedValueAt(a, n);
}
function fittedValueAt(a, n) {
  const c = a.curve;
  if (c.length >= 2 && n >= c[0].train_size && n <= c[c.length - 1].train_size) {
    return interpLog(
      c.map((p) => p.train_size),
      c.map((p) => p.value),
      n
    );
  }
  return null;
}
function compareCurves(base, head, opts = {}) {
  const tol = opts.tolerance ?? head.gain_per_doubling_threshold;
  const higher = head.direction === "higher";
  const better = (d) => higher ? d : -d;
  const fmtD = (d) => formatDelta2(d, head.proportion);
  const at = [];
  if (base.points.length && head.points.length) {
    const lo = Math.max(base.points[0].train_size, head.points[0].train_size);
    const hi = Math.min(
      base.points[base.points.length - 1].train_size,
      head.points[head.points.length - 1].train_size
    );
    const sizes = [...new Set([...base.points, ...head.points].map((p) => p.train_size))].filter((n) => n >= lo && n <= hi).sort((a, b) => a - b);
    for (const n of sizes) {
      const b = curveValueAt(base, n), h = curveValueAt(head, n);
      if (b === null || h === null) continue;
      at.push({ train_size: n, base: round2(b), head: round2(h), delta: round2(h - b) });
    }
  }
  const imps = at.map((p) => better(p.delta));
  const mean_improvement = imps.length ? round2(imps.reduce((a, b) => a + b, 0) / imps.length) : null;
  let dominance = "unknown";
  if (imps.length) {
    if (imps.every((d) => Math.abs(d) <= tol)) dominance = "equal";
    else if (imps.every((d) => d >= -tol)) dominance = "head";
    else if (imps.every((d) => d <= tol)) dominance = "base";
    else dominance = "crossing";
  }
  let size_ratio_for_equal_value = null;
  let reachedAtFirst = false;
  const target = fittedValueAt(base, base.current_size) ?? curveValueAt(base, base.current_size);
  const series = measuredThenFitted(head);
  if (target !== null && series.length >= 2) {
    const ok = (v) => better(v - target) >= 0;
    if (ok(series[0].value)) {
      size_ratio_for_equal_value = round2(series[0].train_size / base.current_size, 3);
      reachedAtFirst = true;
    } else {
      for (let i = 1; i < series.length; i++) {
        if (ok(series[i].value)) {
          const a = series[i - 1], b = series[i];
          const t = (target - a.value) / (b.value - a.value);
          const n = a.train_size * Math.pow(b.train_size / a.train_size, Math.min(1, Math.max(0, t)));
          size_ratio_for_equal_value = round2(n / base.current_size, 3);
          break;
        }
      }
    }
  }
  let train_size_change = null;
  const valueOnHead = (n) => fittedValueAt(head, n) ?? curveValueAt(head, n);
  const hv = valueOnHead(head.current_size);
  const bv = valueOnHead(base.current_size);
  const hc = head.cost_model ? costAt(head.cost_model, head.current_size) : null;
  const bc = head.cost_model ? costAt(head.cost_model, base.current_size) : null;
  const metric_delta = hv !== null && bv !== null ? round2(hv - bv) : null;
  const cost_delta = hc !== null && bc !== null ? round2(hc - bc, 4) : null;
  train_size_change = {
    base_size: base.current_size,
    head_size: head.current_size,
    metric_delta,
    cost_delta,
    metric_per_cost: metric_delta !== null && cost_delta !== null && Math.abs(cost_delta) > 1e-12 ? round2(metric_delta / cost_delta, 4) : null
  };
  const parts = [];
  if (base.metric !== head.metric)
    parts.push(`the curves measure different metrics (${base.metric} vs ${head.metric})`);
  if (imps.length && mean_improvement !== null) {
    const range = `${formatSize2(at[0].train_size)}\u2013${formatSize2(at[at.length - 1].train_size)}`;
    const dom = dominance === "head" ? "the PR curve is at least as good at every size" : dominance === "base" ? "the base curve is at least as good at every size" : dominance === "equal" ? "the curves agree within the tolerance" : "the curves cross";
    parts.push(
      `at equal sizes (${range}) the PR is ${fmtD(higher ? mean_improvement : -mean_improvement)} on average; ${dom}`
    );
  } else {
    parts.push("the curves have no measured sizes in common");
  }
  if (size_ratio_for_equal_value !== null && dominance !== "equal") {
    const n = formatSize2(size_ratio_for_equal_value * base.current_size);
    parts.push(
      `the PR reaches the base\u2019s value at ${formatSize2(base.current_size)} with ${reachedAtFirst ? `${n} examples or fewer (its smallest size)` : `${n} examples`}`
    );
  }
  if (base.current_size !== head.current_size && metric_delta !== null) {
    let s = `on the PR\u2019s curve, training data ${formatSize2(base.current_size)} \u2192 ${formatSize2(head.current_size)} buys ${fmtD(metric_delta)}`;
    if (cost_delta !== null) {
      const unit = head.cost_unit;
      s += ` for ${cost_delta >= 0 ? "+" : ""}${formatCost(cost_delta, unit)}`;
      if (train_size_change.metric_per_cost !== null && cost_delta > 0)
        s += ` (${fmtD(train_size_change.metric_per_cost)} per ${unit})`;
    }
    parts.push(s);
  }
  return {
    metric: head.metric,
    at_equal_sizes: at,
    mean_improvement,
    dominance,
    size_ratio_for_equal_value,
    train_size_change,
    conclusion: parts.join("; ")
  };
}
function round2(x, digits = 6) {
  return Number(x.toPrecision(digits));
}

// src/curve/render.ts
function escapeMermaidString(s) {
  return s.replace(/[\r\n]+/g, " ").replace(/["`[\]{}<>;#]/g, " ").replace(/\s+/g, " ").trim();
}
var PROSE_MAX = 1e3;
function prose(s) {
  return escapeMarkdownInline(s, PROSE_MAX);
}
function curveConclusion(conclusion) {
  return conclusion.replace(/^learning curve (?=not reliable)/, "");
}
var MAX_CATEGORIES = 12;
function chartSizes(curves) {
  const all = [...new Set(curves.flatMap((c) => c.points.map((p) => p.train_size)))].sort((a, b) => a - b);
  if (all.length === 0) return [];
  let sizes = all;
  const steps = all.slice(1).map((n, i) => Math.log(n / all[i]));
  const even = steps.length === 0 || Math.max(...steps) <= 2.5 * Math.min(...steps);
  if (all.length > MAX_CATEGORIES || !even) {
    const lo = all[0], hi = all[all.length - 1], k = MAX_CATEGORIES - 1;
    sizes = Array.from({ length: k + 1 }, (_, i) => lo * Math.pow(hi / lo, i / k));
  }
  const seen = /* @__PURE__ */ new Set();
  return sizes.filter((n) => {
    const l = formatSize2(n);
    if (seen.has(l)) return false;
    seen.add(l);
    return true;
  });
}
function showsFit(a) {
  return a.curve.length > 0 && a.points.length >= 4;
}
function num(v, percent) {
  return String(Number(percent ? v.toFixed(Math.abs(v) < 10 && v !== 0 ? 2 : 1) : v.toPrecision(4)));
}
function niceBounds(lo, hi) {
  const range = hi - lo;
  if (!(range > 0)) return [lo, hi];
  const step = 10 ** Math.floor(Math.log10(range)) / 2;
  const round3 = (x) => Number(x.toPrecision(12));
  return [round3(Math.floor(lo / step) * step), round3(Math.ceil(hi / step) * step)];
}
function chartData(head, base) {
  const sizes = chartSizes([head]);
  if (sizes.length < 2) return null;
  const pr = base ? "PR " : "";
  const defs = [
    { name: `${pr}measured`, f: (n) => measuredValueAt(head, n) }
  ];
  if (showsFit(head)) defs.push({ name: `${pr}fitted`, f: (n) => fittedValueAt(head, n) ?? curveValueAt(head, n) });
  if (base) {
    defs.push({ name: "base measured", f: (n) => measuredValueAt(base, n) });
    if (showsFit(base)) defs.push({ name: "base fitted", f: (n) => fittedValueAt(base, n) ?? curveValueAt(base, n) });
  }
  const ok = (v) => v !== null && Number.isFinite(v);
  const scale = head.proportion ? 100 : 1;
  const drawn = defs.map((d) => ({ name: d.name, raw: sizes.map(d.f) }));
  const series = drawn.filter((s) => s.raw.every(ok)).map((s) => ({ name: s.name, values: s.raw.map((v) => v * scale) }));
  const dropped = drawn.filter((s) => !s.raw.every(ok)).map((s) => s.name);
  return series.length ? { sizes, series, dropped } : null;
}
function renderChart(head, data) {
  if (!data) return null;
  const { sizes, series } = data;
  if (series.length === 0) return null;
  const all = series.flatMap((s) => s.values);
  let lo = Math.min(...all), hi = Math.max(...all);
  const pad = Math.max((hi - lo) * 0.1, Math.abs(hi) * 1e-3, 1e-6);
  lo -= pad;
  hi += pad;
  [lo, hi] = niceBounds(lo, hi);
  if (head.proportion) {
    lo = Math.max(0, lo);
    hi = Math.min(100, hi);
  }
  const metric = escapeMermaidString(head.metric) || "metric";
  const lines = [
    "xychart-beta",
    `  title "${metric} vs training size (log scale)"`,
    `  x-axis "training examples" [${sizes.map((n) => `"${formatSize2(n)}"`).join(", ")}]`,
    `  y-axis "${metric}${head.proportion ? " (%)" : ""}" ${lo} --> ${hi}`,
    ...series.map((s) => `  line "${s.name}" [${s.values.map((v) => num(v, head.proportion)).join(", ")}]`)
  ];
  return lines.join("\n");
}
function compactPoints(a, max = 12) {
  const n = a.points.length;
  if (n <= max) return a.points.map((_, i) => i);
  const idx = /* @__PURE__ */ new Set();
  for (let i = 0; i < max; i++) idx.add(Math.round(i * (n - 1) / (max - 1)));
  return [...idx].sort((x, y) => x - y);
}
function seriesNote(data, base) {
  const names = data.series.map((s, i) => `${i + 1}. ${s.name}`).join(", ");
  const range = (a) => `${formatSize2(a.points[0].train_size)}\u2013${formatSize2(a.points[a.points.length - 1].train_size)}`;
  const left = data.dropped.length && base?.points.length ? ` Not drawn: ${data.dropped.join(", ")} (the base is measured at ${range(base)}, the chart spans the PR\u2019s sizes).` : "";
  return `Series in order: ${names}.${left}`;
}
function renderCurveMarkdown(head, base, cmp) {
  const metric = escapeMarkdownInline(head.metric);
  const out = [];
  out.push(`**Learning curve (${metric})**: ${prose(curveConclusion(head.conclusion))}`);
  if (cmp) out.push("", `**Against the base**: ${prose(cmp.conclusion)}`);
  const data = chartData(head, base);
  const chart = renderChart(head, data);
  if (chart && data) {
    out.push("", "```mermaid", chart, "```");
    const fitNote = data.series.some((s) => s.name.endsWith("fitted")) ? "measured values are interpolated between measured sizes; fitted series show measured values below the fitted range" : "values are interpolated between measured sizes";
    out.push("", `<sub>${seriesNote(data, base)} Log-spaced sizes; ${fitNote}.</sub>`);
  }
  const fv = (v) => formatValue2(v, head.proportion);
  const hasCost = head.points.some((p) => p.cost !== void 0);
  const cost = costColumn(head);
  const hasStd = head.points.some((p) => p.std !== void 0);
  const pr = base ? "PR " : "";
  const fitted = showsFit(head);
  const header = [
    "training size",
    `${pr}${metric}`,
    ...fitted ? [`${pr}fitted`] : [],
    ...base ? [`base ${metric}`] : [],
    ...hasStd ? ["std"] : [],
    ...hasCost ? [`cost (${escapeMarkdownInline(cost.unit)})`] : []
  ];
  out.push("", `| ${header.join(" | ")} |`, `|${header.map((_, i) => i === 0 ? " --- " : " ---: ").join("|")}|`);
  for (const i of compactPoints(head)) {
    const p = head.points[i];
    const b = base ? curveValueAt(base, p.train_size) : null;
    const inBase = base && base.points.length && p.train_size >= base.points[0].train_size && p.train_size <= base.points[base.points.length - 1].train_size;
    const f = fitted ? fittedValueAt(head, p.train_size) : null;
    const row = [
      formatSize2(p.train_size) + (p.train_size === head.current_size ? " (current)" : ""),
      fv(p.value),
      ...fitted ? [f === null ? "" : fv(f)] : [],
      ...base ? [b !== null && inBase ? fv(b) : ""] : [],
      ...hasStd ? [p.std === void 0 ? "" : fv(p.std)] : [],
      ...hasCost ? [p.cost === void 0 ? "" : cost.format(p.cost)] : []
    ];
    out.push(`| ${row.join(" | ")} |`);
  }
  const model = head.family && showsFit(head) ? `model: ${escapeMarkdownInline(head.family)}` : "no model fitted";
  const rec = head.recommended_size !== null ? `; recommended size ~${formatSize2(head.recommended_size)}` : "";
  out.push(
    "",
    `<sub>${model}${rec}; threshold ${formatValueDelta(head)} per doubling${head.reliable ? "" : `; not reliable: ${prose(head.reason ?? "")}`}</sub>`
  );
  return out.join("\n");
}
function costColumn(a) {
  const costs = a.points.map((p) => p.cost).filter((c) => c !== void 0);
  const seconds = /-h$/.test(a.cost_unit) && costs.length > 0 && costs.every((c) => Math.abs(c) < 0.05);
  const unit = seconds ? a.cost_unit.replace(/-h$/, "-s") : a.cost_unit;
  return { unit, format: (c) => formatCost(seconds ? c * 3600 : c, "x").replace(/ x$/, "") };
}
function formatValueDelta(a) {
  return a.proportion ? `${Number((a.gain_per_doubling_threshold * 100).toPrecision(3))} pp` : String(a.gain_per_doubling_threshold);
}
function renderCurveText(head, base, cmp) {
  const fv = (v) => formatValue2(v, head.proportion);
  const cost = costColumn(head);
  const metric = escapeLog(head.metric, 60), unit = escapeLog(cost.unit, 20);
  const out = [];
  out.push(`learning curve (${metric}): ${escapeLog(curveConclusion(head.conclusion), PROSE_MAX)}`);
  if (cmp) out.push(`against the base: ${escapeLog(cmp.conclusion, PROSE_MAX)}`);
  const rows = [["size", metric, "fitted", ...base ? ["base"] : [], `cost (${unit})`]];
  for (const p of head.points) {
    const f = showsFit(head) ? fittedValueAt(head, p.train_size) : null;
    const b = base ? curveValueAt(base, p.train_size) : null;
    rows.push([
      formatSize2(p.train_size),
      fv(p.value),
      f === null ? "-" : fv(f),
      ...base ? [b === null ? "-" : fv(b)] : [],
      p.cost === void 0 ? "-" : cost.format(p.cost)
    ]);
  }
  const widths = rows[0].map((_, j) => Math.max(...rows.map((r) => r[j].length)));
  for (const r of rows)
    out.push("  " + r.map((c, j) => j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j])).join("  "));
  const fam = head.families.map(
    (f) => `${escapeLog(f.name, 20)} ${f.holdout_error === null ? "-" : formatDelta2(f.holdout_error, head.proportion, false)}`
  ).join(", ");
  if (fam && showsFit(head))
    out.push(
      `  model: ${escapeLog(head.family ?? "", 60)}; held-out error: ${fam}; last value ${head.last_value_holdout_error === null ? "-" : formatDelta2(head.last_value_holdout_error, head.proportion, false)}`
    );
  return out.join("\n");
}

export {
  formatNumber,
  formatPct,
  formatMoney,
  formatValue,
  formatDelta,
  analyzeCurve,
  compareCurves,
  splitCsv,
  quoteToken,
  describeColumns,
  parseCurveCsvDetailed,
  curveConclusion,
  renderCurveMarkdown,
  renderCurveText
};
