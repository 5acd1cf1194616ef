import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  formatCount,
  formatSize
} from "./chunk-IP6FT2WD.js";
import {
  escapeLog,
  escapeMarkdownInline
} from "./chunk-4ITU3WLR.js";

// src/curve/format.ts
var MINUS = "\u2212";
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
  if (x < 0) return `${MINUS}${s.replace(/^-/, "")}`;
  return signed && x > 0 ? `+${s}` : s;
}
function formatDelta(d, proportion, signed = true) {
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
  if (!proportion) return ds.map((d) => formatDelta(d, false));
  const top = Math.max(...ds.map((d) => Math.abs(d * 100)));
  const decimals = top >= 10 ? 0 : top >= 1 ? 1 : 2;
  return ds.map((d) => {
    const v = Number((d * 100).toFixed(decimals));
    return `${withSign(Math.abs(v).toFixed(decimals), v, true)} pp`;
  });
}
function formatValue(v, proportion) {
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
function formatPct(p) {
  const r = Math.round(p * 100);
  return `${withSign(String(r), r, false)} %`;
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
var RECOMMEND_SEARCH = 64;
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
function twoDoublingsCall(gain, threshold) {
  if (gain[1] < 2 * threshold) return "below";
  if (gain[0] > 2 * threshold) return "above";
  return "uncertain";
}

// src/curve/conclusion.ts
function conclusionOf(c) {
  const { a } = c;
  let text;
  if (!a.reliable) text = `learning curve not reliable: ${a.reason}; ${measuredRange(a)}`;
  else if (a.recommended_size !== null && a.current_size > a.recommended_size * 1.05) text = oversized(c);
  else text = notOversized(c);
  if (a.reliable && c.two) text += `; ${twoDoublings(a, c.two)}`;
  if (c.dropped > 0) text += ` (${c.dropped} invalid point${c.dropped === 1 ? "" : "s"} ignored)`;
  if (c.repeated > 0) text += ` (${c.repeated} repeated size${c.repeated === 1 ? "" : "s"} averaged)`;
  if (c.binned > 0)
    text += ` (${formatCount(c.binned + a.points.length)} sizes merged into ${a.points.length} log-spaced bins)`;
  return text;
}
function measuredRange(a) {
  const p = a.points;
  if (!p.length) return "no valid points";
  const v = (x) => formatValue(x, a.proportion);
  const first = `measured ${v(p[0].value)} at ${formatSize2(p[0].train_size)}`;
  return p.length > 1 ? `${first} \u2192 ${v(p[p.length - 1].value)} at ${formatSize2(p[p.length - 1].train_size)}` : first;
}
function nextDoubling(a) {
  const g2 = a.predicted_gain_per_doubling;
  if (!g2) return "";
  const sign = a.direction === "higher" ? 1 : -1;
  const iv = g2.interval ? [sign * g2.interval[0], sign * g2.interval[1]].sort((x, y) => x - y) : [];
  const [gT, loT, hiT] = formatDeltas([sign * g2.value, ...iv], a.proportion);
  const from = a.proportion ? loT.replace(/ pp$/, "") : loT;
  return `predicted: ${gT} for the next doubling${iv.length ? ` (80 % interval ${from} to ${hiT})` : ""}`;
}
function twoDoublings(a, t) {
  const sign = a.direction === "higher" ? 1 : -1;
  const [loT, hiT] = formatDeltas(
    [sign * t.gain[0], sign * t.gain[1]].sort((x, y) => x - y),
    a.proportion
  );
  const from = a.proportion ? loT.replace(/ pp$/, "") : loT;
  const two = formatDelta(2 * a.gain_per_doubling_threshold, a.proportion, false).replace(/\.0 pp$/, " pp");
  const said = t.call === "below" ? `gain < ${two}` : t.call === "above" ? `gain > ${two}` : `whether the gain reaches ${two} is uncertain`;
  return `two doublings on (${formatSize2(t.train_size)}): ${said} (80 % interval of the change ${from} to ${hiT})`;
}
function measuredAt(a, n) {
  const p = a.points;
  if (!p.length || n < p[0].train_size * 0.995 || n > p[p.length - 1].train_size * 1.005) return null;
  if (n <= p[0].train_size) return p[0].value;
  for (let i = 1; i < p.length; i++) {
    if (n <= p[i].train_size) {
      const t = Math.log(n / p[i - 1].train_size) / Math.log(p[i].train_size / p[i - 1].train_size);
      return p[i - 1].value + t * (p[i].value - p[i - 1].value);
    }
  }
  return p[p.length - 1].value;
}
function recText(c) {
  const rec = c.a.recommended_size;
  const bound = rec <= c.nFit * 1.0001;
  return {
    size: bound ? `${formatSize2(rec)} examples or fewer (the smallest size fitted)` : `~${formatSize2(rec)} examples`,
    bound
  };
}
function oversized(c) {
  const { a } = c;
  const { size, bound } = recText(c);
  const thr = formatDelta(a.gain_per_doubling_threshold, a.proportion, false);
  const factor = `${formatFactor(a.oversize_factor)}${bound ? " or more" : ""}`;
  const s = a.projected_savings;
  const saved = s.cost !== null ? `${formatCost(s.cost, a.cost_unit)} (${formatPct(s.cost_pct)}) could be saved` : "";
  const priced = saved ? `${saved} for a predicted ${formatDelta(s.metric_delta, a.proportion)}` : `training on ${size} is predicted to change the metric by ${formatDelta(s.metric_delta, a.proportion)}`;
  const nMax = a.points[a.points.length - 1].train_size;
  const trains = `this model trains on ${formatSize2(a.current_size)} (${factor})`;
  const measured = measuredLoss(c, size);
  if (measured === null)
    return `predicted (beyond the largest measured size ${formatSize2(nMax)}): data beyond ${size} buys < ${thr} per doubling; ${trains}: ${priced}; ${nextDoubling(a).replace(/^predicted: /, "")}`;
  const rest = a.current_size <= nMax * 1.0001 ? `${saved ? `: ${saved}` : ""}` : `; ${trains}, beyond the measured sizes: ${priced}`;
  return `measured: ${measured}; data beyond it buys < ${thr} per doubling${rest}; ${nextDoubling(a)}`;
}
function measuredLoss(c, size) {
  const { a } = c;
  const nMax = a.points[a.points.length - 1].train_size;
  const atRec = a.recommendation_basis === "measured" ? measuredAt(a, a.recommended_size) : null;
  const ref = Math.min(a.current_size, nMax);
  const atRef = measuredAt(a, ref);
  if (atRec === null || atRef === null) return null;
  const d = atRec - atRef;
  const how = Math.abs(d) < 5e-7 ? "the same as" : `${formatDelta(Math.abs(d), a.proportion, false)} ${d < 0 ? "below" : "above"}`;
  const factor = `${formatFactor(a.oversize_factor)}${recText(c).bound ? " or more" : ""}`;
  const whose = ref === a.current_size ? `the training size (${factor})` : "the largest size measured";
  return `the value at ${size} is ${how} that at ${formatSize2(ref)}, ${whose}`;
}
function notOversized(c) {
  const { a } = c;
  const thr = formatDelta(a.gain_per_doubling_threshold, a.proportion, false);
  const nMax = a.points[a.points.length - 1].train_size;
  const next = nextDoubling(a);
  if (a.recommended_size === null)
    return `${next}; more data still pays beyond ${formatSize2(RECOMMEND_SEARCH * Math.max(nMax, a.current_size))} (an extrapolation: the gain of a doubling stays above ${thr})`;
  const rec = a.recommended_size;
  const where = a.current_size > rec ? "about at" : "at or below";
  const basis = a.recommendation_basis === "measured" ? "inside the measured sizes" : `an extrapolation, ${formatFactor(rec / nMax)} the largest measured size`;
  return `this model trains on ${formatSize2(a.current_size)}, ${where} the ~${formatSize2(rec)} examples beyond which data buys < ${thr} per doubling (${basis}); ${next}`;
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
function costKeeping(prob, p, t, sw) {
  const { x, y, w, f, batch } = prob;
  const fv = t.f;
  if (batch) batch(x, p, sw, fv, t.J);
  else for (let i = 0; i < x.length; i++) fv[i] = f(x[i], p);
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const r = fv[i] - y[i];
    s += w[i] * r * r;
  }
  return Number.isFinite(s) ? s : Infinity;
}
function allFinite(a) {
  for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i])) return false;
  return true;
}
function solveLinear(A, b) {
  const k = b.length;
  const M = new Float64Array(k * (k + 1));
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) M[i * (k + 1) + j] = A[i][j];
    M[i * (k + 1) + k] = b[i];
  }
  const z2 = new Array(k).fill(0);
  return eliminate(M, k, z2) ? z2 : null;
}
function eliminate(M, k, z2) {
  const w = k + 1;
  for (let c = 0; c < k; c++) {
    let piv = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(M[r * w + c]) > Math.abs(M[piv * w + c])) piv = r;
    if (!(Math.abs(M[piv * w + c]) > 1e-300)) return false;
    if (piv !== c) {
      for (let j = 0; j <= k; j++) {
        const t = M[c * w + j];
        M[c * w + j] = M[piv * w + j];
        M[piv * w + j] = t;
      }
    }
    for (let r = c + 1; r < k; r++) {
      const fct = M[r * w + c] / M[c * w + c];
      if (fct === 0) continue;
      for (let j = c; j <= k; j++) M[r * w + j] -= fct * M[c * w + j];
    }
  }
  for (let r = k - 1; r >= 0; r--) {
    let s = M[r * w + k];
    for (let j = r + 1; j < k; j++) s -= M[r * w + j] * z2[j];
    z2[r] = s / M[r * w + r];
  }
  return z2.every(Number.isFinite);
}
function residuals(prob, sw, p, r) {
  for (let i = 0; i < r.length; i++) r[i] = sw[i] * (prob.f(prob.x[i], p) - prob.y[i]);
}
function normalEquations(prob, sw, p, s) {
  const k = p.length, n = s.r.length;
  const { r, JtJ } = s;
  const { f: fp, J } = s.at;
  for (let i = 0; i < n; i++) r[i] = sw[i] * (fp[i] - prob.y[i]);
  if (!prob.batch) {
    if (prob.grad) analyticJacobian(prob, prob.grad, sw, p, s);
    else differenceJacobian(prob, sw, p, s);
  }
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      let v = 0;
      for (let i = 0; i < n; i++) v += J[a * n + i] * J[b * n + i];
      JtJ[a * k + b] = v;
      JtJ[b * k + a] = v;
    }
    let g2 = 0;
    for (let i = 0; i < n; i++) g2 += J[a * n + i] * r[i];
    s.Jtr[a] = g2;
  }
  return allFinite(JtJ) && allFinite(s.Jtr);
}
function analyticJacobian(prob, grad, sw, p, s) {
  const k = p.length, n = s.r.length;
  for (let i = 0; i < n; i++) {
    grad(prob.x[i], p, s.g);
    for (let j = 0; j < k; j++) s.at.J[j * n + i] = sw[i] * s.g[j];
  }
}
function differenceJacobian(prob, sw, p, s) {
  const k = p.length, n = s.r.length;
  for (let j = 0; j < k; j++) {
    let h = 1e-6 * Math.max(1, Math.abs(p[j]));
    if (p[j] + h > prob.hi[j]) h = -h;
    for (let t = 0; t < k; t++) s.q[t] = p[t];
    s.q[j] = p[j] + h;
    residuals(prob, sw, s.q, s.col);
    for (let i = 0; i < n; i++) s.at.J[j * n + i] = (s.col[i] - s.r[i]) / h;
  }
}
var scratch = /* @__PURE__ */ new Map();
function buffers(k, n) {
  const key = k * 65536 + n;
  let s = scratch.get(key);
  if (!s) {
    s = newBuffers(k, n);
    scratch.set(key, s);
  }
  return s;
}
function newBuffers(k, n) {
  return {
    JtJ: new Float64Array(k * k),
    Jtr: new Float64Array(k),
    r: new Float64Array(n),
    col: new Float64Array(n),
    q: new Array(k).fill(0),
    M: new Float64Array(k * (k + 1)),
    delta: new Array(k).fill(0),
    g: new Float64Array(k),
    at: { f: new Float64Array(n), J: new Float64Array(k * n) },
    next: { f: new Float64Array(n), J: new Float64Array(k * n) }
  };
}
function dampedStep(prob, s, sw, st, frozen) {
  const k = st.p.length;
  const { M, delta } = s;
  for (let tries = 0; tries < 12; tries++) {
    for (let a = 0; a < k; a++) {
      for (let b = 0; b < k; b++) {
        const v = s.JtJ[a * k + b];
        M[a * (k + 1) + b] = frozen[a] || frozen[b] ? a === b ? 1 : 0 : a === b ? v + st.lambda * Math.max(v, 1e-12) : v;
      }
      M[a * (k + 1) + k] = frozen[a] ? 0 : -s.Jtr[a];
    }
    if (!eliminate(M, k, delta)) {
      st.lambda *= 10;
      continue;
    }
    const q = st.p.slice();
    for (let j = 0; j < k; j++)
      q[j] = Math.min(prob.hi[j] ?? Infinity, Math.max(prob.lo[j] ?? -Infinity, st.p[j] + delta[j]));
    const c = costKeeping(prob, q, s.next, sw);
    if (c < st.cost) {
      const rel = (st.cost - c) / Math.max(st.cost, 1e-300);
      st.p = q;
      st.cost = c;
      [s.at, s.next] = [s.next, s.at];
      st.lambda = Math.max(st.lambda / 3, 1e-12);
      return rel < 1e-10 ? "converged" : "improved";
    }
    st.lambda *= 4;
  }
  return "stuck";
}
function levenbergMarquardt(prob, start, maxIter = 200) {
  const k = start.length;
  const p0 = clampParams(start, prob.lo, prob.hi);
  const s = buffers(k, prob.x.length);
  const sw = Float64Array.from(prob.w, (w) => Math.sqrt(w));
  const st = { p: p0, cost: costKeeping(prob, p0, s.at, sw), lambda: 1e-3 };
  const frozen = new Array(k).fill(false);
  let it = 0;
  for (; it < maxIter && Number.isFinite(st.cost); it++) {
    if (!normalEquations(prob, sw, st.p, s)) break;
    for (let j = 0; j < k; j++)
      frozen[j] = st.p[j] <= prob.lo[j] && s.Jtr[j] > 0 || st.p[j] >= prob.hi[j] && s.Jtr[j] < 0;
    const step = dampedStep(prob, s, sw, st, frozen);
    if (step === "converged") return { params: st.p, cost: st.cost, iterations: it + 1 };
    if (step === "stuck") break;
  }
  return { params: st.p, cost: st.cost, iterations: it };
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
  grad: (x, p, g2) => {
    const t = Math.pow(x, -p[2]);
    g2[0] = 1;
    g2[1] = t;
    g2[2] = -p[1] * t * Math.log(x);
  },
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
  grad: (x, _p, g2) => {
    g2[0] = 1;
    g2[1] = -Math.log(x);
  },
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
  grad: (x, p, g2) => {
    const e = Math.exp(-p[2] * x);
    g2[0] = 1;
    g2[1] = e;
    g2[2] = -p[1] * x * e;
  },
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
  grad: (x, p, g2) => {
    const lx = Math.log(x);
    const s = 1 / (1 + Math.exp(p[3] * lx - p[1]));
    const ds = (p[0] - p[2]) * s * (1 - s);
    g2[0] = s;
    g2[1] = ds;
    g2[2] = 1 - s;
    g2[3] = -ds * lx;
  },
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
  grad: (x, p, g2) => {
    const lx = Math.log(x);
    const v = Math.exp(p[0] + p[3] * lx);
    const e = Math.exp(-v);
    g2[0] = -p[1] * e * v;
    g2[1] = e;
    g2[2] = 1;
    g2[3] = -p[1] * e * v * lx;
  },
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

// src/curve/families-batch.ts
function pow32(x, p, sw, fv, J) {
  const n = x.length;
  for (let i = 0; i < n; i++) {
    const xi = x[i], s = sw[i];
    const t = Math.pow(xi, -p[2]);
    fv[i] = p[0] + p[1] * t;
    J[i] = s * 1;
    J[n + i] = s * t;
    J[2 * n + i] = s * (-p[1] * t * Math.log(xi));
  }
}
function log22(x, p, sw, fv, J) {
  const n = x.length;
  for (let i = 0; i < n; i++) {
    const l = Math.log(x[i]), s = sw[i];
    fv[i] = p[0] - p[1] * l;
    J[i] = s * 1;
    J[n + i] = s * -l;
  }
}
function exp32(x, p, sw, fv, J) {
  const n = x.length;
  for (let i = 0; i < n; i++) {
    const xi = x[i], s = sw[i];
    const e = Math.exp(-p[2] * xi);
    fv[i] = p[0] + p[1] * e;
    J[i] = s * 1;
    J[n + i] = s * e;
    J[2 * n + i] = s * (-p[1] * xi * e);
  }
}
function mmf42(x, p, sw, fv, J) {
  const n = x.length;
  for (let i = 0; i < n; i++) {
    const lx = Math.log(x[i]), s = sw[i];
    const den = 1 + Math.exp(p[3] * lx - p[1]);
    const sg = 1 / den;
    const ds = (p[0] - p[2]) * sg * (1 - sg);
    fv[i] = p[2] + (p[0] - p[2]) / den;
    J[i] = s * sg;
    J[n + i] = s * ds;
    J[2 * n + i] = s * (1 - sg);
    J[3 * n + i] = s * (-ds * lx);
  }
}
function wbl42(x, p, sw, fv, J) {
  const n = x.length;
  for (let i = 0; i < n; i++) {
    const lx = Math.log(x[i]), s = sw[i];
    const v = Math.exp(p[0] + p[3] * lx);
    const e = Math.exp(-v);
    fv[i] = p[2] + p[1] * e;
    J[i] = s * (-p[1] * e * v);
    J[n + i] = s * e;
    J[2 * n + i] = s * 1;
    J[3 * n + i] = s * (-p[1] * e * v * lx);
  }
}
var BATCH = { pow3: pow32, log2: log22, exp3: exp32, mmf4: mmf42, wbl4: wbl42 };

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
function pointNoise(p, o) {
  let v = null;
  if (p.std !== void 0 && p.std > 0) v = p.std;
  if (o.proportion && o.eval_size && o.eval_size > 0) {
    const q = Math.min(1 - 1 / o.eval_size, Math.max(1 / o.eval_size, p.value));
    v = Math.max(v ?? 0, Math.sqrt(q * (1 - q) / o.eval_size));
  }
  return v;
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
  const mean3 = w.reduce((a, b) => a + b, 0) / w.length;
  return w.map((v) => v / mean3);
}
function fitContext(x, y, w, tf) {
  return { x, y, w, ymin: Math.min(...y), ymax: Math.max(...y), floor: tf.floor, ceil: tf.ceil };
}
function runFamily(fam, ctx) {
  const { lo, hi } = fam.bounds(ctx);
  const prob = { x: ctx.x, y: ctx.y, w: ctx.w, f: fam.f, batch: BATCH[fam.name], lo, hi };
  let start = null;
  for (const raw of fam.starts(ctx)) {
    if (!raw.every(Number.isFinite)) continue;
    const s = clampParams(raw, lo, hi);
    const c = weightedCost(prob, s);
    if (Number.isFinite(c) && (!start || c < start.c)) start = { s, c };
  }
  if (!start) return null;
  const r = levenbergMarquardt(prob, start.s, 150);
  return Number.isFinite(r.cost) ? { p: r.params, cost: r.cost } : null;
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
    predict: predictor(fam, r.p, nRef, tf)
  };
}
function predictor(fam, p, nRef, tf) {
  return (n) => tf.fromFit(Math.max(tf.floor, fam.f(n / nRef, p)));
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
    out.push(mergeGroup(valid.slice(i, j), valid[i].train_size));
    i = j;
  }
  return out;
}
var meanOf = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
var MAX_CURVE_POINTS = 256;
function boundPoints(points) {
  if (points.length <= MAX_CURVE_POINTS) return points.slice();
  const last = points[points.length - 1];
  const rest = points.slice(0, -1);
  const lo = Math.log(rest[0].train_size), hi = Math.log(rest[rest.length - 1].train_size);
  const bins = MAX_CURVE_POINTS - 1;
  const out = [];
  let group = [];
  let bin = 0;
  for (const p of rest) {
    const b = hi > lo ? Math.min(bins - 1, Math.floor((Math.log(p.train_size) - lo) / (hi - lo) * bins)) : 0;
    if (b !== bin && group.length) {
      out.push(mergeGroup(group, Math.exp(meanOf(group.map((q) => Math.log(q.train_size))))));
      group = [];
    }
    bin = b;
    group.push(p);
  }
  if (group.length) out.push(mergeGroup(group, Math.exp(meanOf(group.map((q) => Math.log(q.train_size))))));
  out.push(last);
  return out;
}
function mergeGroup(group, size) {
  const q = { train_size: size, value: meanOf(group.map((p) => p.value)) };
  const stds = group.map((p) => p.std).filter((v) => v !== void 0 && Number.isFinite(v));
  if (stds.length === group.length) q.std = Math.sqrt(stds.reduce((a, v) => a + v * v, 0)) / group.length;
  const costs = group.map((p) => p.cost).filter((v) => v !== void 0 && Number.isFinite(v));
  if (costs.length) q.cost = meanOf(costs);
  return q;
}
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
  const mean3 = w.reduce((a, b) => a + b, 0) / w.length;
  return w.map((v) => v / mean3);
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
  const distinct = cleanPoints(pointsIn);
  const points = boundPoints(distinct);
  const fitted = fitWindow(points);
  const fits = /* @__PURE__ */ new Map();
  for (const name of names) {
    const m = fitOnWindow(name, points, o);
    if (m) fits.set(name, m);
  }
  const { holdout, lastValueHoldout } = holdoutErrors(points, o, names, fits);
  const common = { points, distinctSizes: distinct.length, fitted, fits, holdout, lastValueHoldout };
  if (isDense(points) && fits.has(PRIMARY_FAMILY)) {
    const quarter = quarterHoldout(points, o);
    if (quarter && quarter.lastValue < quarter.model - lastValueMargin(points, o)) {
      const last = points[points.length - 1].value;
      const none = { selected: null, members: [], lastValueSelected: true, predict: () => last };
      return { ...common, ...none, quarterHoldout: quarter };
    }
    const predict3 = windowEnsemble(points, o, fits.get(PRIMARY_FAMILY).predict);
    const chosen2 = { selected: PRIMARY_FAMILY, members: [PRIMARY_FAMILY], lastValueSelected: false, predict: predict3 };
    return { ...common, ...chosen2, quarterHoldout: quarter };
  }
  const ranked = names.filter((n) => holdout.has(n)).sort((a, b) => holdout.get(a) - holdout.get(b) || names.indexOf(a) - names.indexOf(b));
  let members = ranked.slice(0, SPARSE_ENSEMBLE_SIZE);
  const first = names.find((n) => fits.has(n));
  if (members.length === 0 && first) members = [first];
  const predict2 = members.length ? medianPredictor(members.map((n) => fits.get(n).predict)) : null;
  const chosen = { selected: members[0] ?? null, members, lastValueSelected: false, predict: predict2 };
  return { ...common, ...chosen, quarterHoldout: null };
}
function holdoutErrors(points, o, names, fits) {
  const holdout = /* @__PURE__ */ new Map();
  const split = holdoutSplit(points);
  if (!split) return { holdout, lastValueHoldout: null };
  const last = split.train[split.train.length - 1].value;
  const lastValueHoldout = mean(split.test.map((p) => Math.abs(p.value - last)));
  for (const name of names) {
    if (!fits.has(name)) continue;
    const m = fitOnWindow(name, split.train, o);
    if (!m) continue;
    const err = mean(split.test.map((p) => Math.abs(m.predict(p.train_size) - p.value)));
    if (Number.isFinite(err)) holdout.set(name, err);
  }
  return { holdout, lastValueHoldout };
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

// src/curve/interval.ts
var Z90 = 1.2815515655446004;
var INTERVAL_FLOOR = 1e-3;
var CALIBRATION = {
  dense: { next: [0.11, 0.6], two: [0.28, 0.66] },
  sparse: { next: [0, 1.9], two: [0.51, 2] },
  max_width: 8.1
};
function gainOver(predict2, n, o, doublings) {
  const d = predict2(n * 2 ** doublings) - predict2(n);
  return o.direction === "higher" ? d : -d;
}
function competitiveGains(models, o, current, thr, doublings = 1) {
  const best = models.selected ? models.holdout.get(models.selected) : void 0;
  const out = [];
  if (best === void 0) return out;
  for (const [name, m] of models.fits) {
    const e = models.holdout.get(name);
    if (e !== void 0 && e <= Math.max(2 * best, best + thr / 2))
      out.push(
        doublings === 1 ? gainPerDoubling(m.predict, current, o.direction) : gainOver(m.predict, current, o, doublings)
      );
  }
  return out;
}
function unitScale(models, o) {
  if (o.proportion) return 1;
  let lo = Infinity, hi = -Infinity;
  for (const p of models.fitted) {
    lo = Math.min(lo, p.value);
    hi = Math.max(hi, p.value);
  }
  return hi - lo || Math.max(Math.abs(hi), 1) * 1e-3;
}
function nextNoise(models, o, floor) {
  const last = models.points[models.points.length - 1];
  const known = last ? pointNoise(last, o) : null;
  if (known !== null) return Math.max(known, floor);
  const predict2 = models.predict;
  if (!predict2 || models.fitted.length === 0) return floor;
  let ss = 0;
  for (const p of models.fitted) ss += (p.value - predict2(p.train_size)) ** 2;
  return Math.max(Math.sqrt(ss / models.fitted.length), floor);
}
function uncertaintyOf(models, o, current, thr, doublings) {
  if (!models.predict) return null;
  const floor = INTERVAL_FLOOR * unitScale(models, o);
  const gains = competitiveGains(models, o, current, thr, doublings);
  const spread = gains.length >= 2 ? Math.max(...gains) - Math.min(...gains) : 0;
  return {
    gain: gainOver(models.predict, current, o, doublings),
    spread,
    noise: nextNoise(models, o, floor),
    floor,
    dense: isDense(models.points)
  };
}
function halfWidths(u, a) {
  const m = Math.hypot(u.gain, u.spread, u.floor);
  const n = Z90 * u.noise;
  return [Math.hypot(n, a[0] * m), Math.hypot(n, a[1] * m)];
}
function factorsFor(u, horizon, c = CALIBRATION) {
  return (u.dense ? c.dense : c.sparse)[horizon];
}
function valueInterval(u, a, value, o) {
  const [below, above] = halfWidths(u, a);
  const [vLo, vHi] = o.direction === "higher" ? [value - below, value + above] : [value - above, value + below];
  return o.proportion ? [Math.max(vLo, 0), Math.min(vHi, 1)] : [vLo, vHi];
}
function gainsFrom(iv, now, o) {
  return o.direction === "higher" ? [iv[0] - now, iv[1] - now] : [now - iv[1], now - iv[0]];
}

// src/curve/trust.ts
var MAX_EXTRAPOLATION = 4;
function trustReasons(t) {
  const points = t.models.points;
  const noise = points.map((p) => pointNoise(p, t.o));
  let lo = Infinity, hi = -Infinity;
  for (const p of points) {
    lo = Math.min(lo, p.value);
    hi = Math.max(hi, p.value);
  }
  const c = {
    ...t,
    points,
    noise,
    noiseKnown: noise.every((s) => s !== null),
    range: hi - lo,
    fmtV: (v) => formatValue(v, t.o.proportion),
    fmtD: (d, signed = true) => formatDelta(d, t.o.proportion, signed),
    better: (v) => t.o.direction === "higher" ? v : -v
  };
  const nonMono = nonMonotone(c);
  const rules = [
    () => nonMono,
    (x) => nonMono ? null : noisy(x),
    constantWindow,
    noLearning,
    heldOutWorse,
    lastValueWon,
    uncertain,
    tooFar
  ];
  return rules.map((r) => r(c)).filter((r) => r !== null);
}
function nonMonotone(c) {
  const nMax = c.points[c.points.length - 1].train_size;
  const top = [];
  c.points.forEach((p, i) => {
    if (p.train_size >= nMax / 8) top.push(i);
  });
  let worst = null;
  for (let x = 0; x < top.length; x++) {
    for (let y = x + 1; y < top.length; y++) {
      const i = top[x], j = top[y];
      const tol = c.noiseKnown ? Math.max(2.5 * Math.hypot(c.noise[i], c.noise[j]), c.thr / 2) : Math.max(c.thr, 0.1 * c.range);
      const excess = c.better(c.points[i].value) - c.better(c.points[j].value) - tol;
      if (excess > 0 && (!worst || excess > worst.excess)) worst = { a: i, b: j, excess };
    }
  }
  if (!worst) return null;
  const a = c.points[worst.a], b = c.points[worst.b];
  return `non-monotone: ${c.fmtV(a.value)} at ${formatSize2(a.train_size)} but ${c.fmtV(b.value)} at ${formatSize2(b.train_size)}`;
}
function noisy(c) {
  const predict2 = c.models.predict;
  const fitted = c.models.fitted;
  const first = c.points.length - fitted.length;
  let ss = 0, zz = 0;
  fitted.forEach((p, k) => {
    const r = p.value - predict2(p.train_size);
    ss += r * r;
    if (c.noiseKnown) zz += (r / c.noise[first + k]) ** 2;
  });
  const rmse = Math.sqrt(ss / fitted.length);
  const isNoisy = c.noiseKnown ? Math.sqrt(zz / fitted.length) > 3 && rmse > c.thr / 2 : rmse > Math.max(c.thr / 2, 0.2 * c.range);
  return isNoisy ? `noisy: the fit misses the points by ${c.fmtD(rmse, false)} on average` : null;
}
function lossLeft(c, v) {
  if (!c.o.proportion) return null;
  return c.o.direction === "higher" ? 1 - v : v;
}
function constantWindow(c) {
  const w = c.models.fitted;
  if (w.length < 2) return null;
  const v = w[0].value;
  if (!w.every((p) => Math.abs(p.value - v) <= 1e-12 * Math.max(1, Math.abs(v)))) return null;
  const left = lossLeft(c, v);
  if (left !== null && left <= 2 * c.thr) return null;
  return `constant: ${c.fmtV(v)} at every size from ${formatSize2(w[0].train_size)} to ${formatSize2(w[w.length - 1].train_size)}; a model that has not started to learn looks the same, so nothing follows about more data`;
}
function trend(c) {
  const n = c.points.length;
  if (n < 3) return null;
  let sx = 0, sy = 0;
  const xs = c.points.map((p) => Math.log2(p.train_size));
  const ys = c.points.map((p) => c.better(p.value));
  for (let i = 0; i < n; i++) {
    sx += xs[i];
    sy += ys[i];
  }
  const mx = sx / n, my = sy / n;
  let sxx = 0, sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (xs[i] - mx) ** 2;
    sxy += (xs[i] - mx) * (ys[i] - my);
  }
  if (!(sxx > 0)) return null;
  const slope = sxy / sxx;
  let sse = 0;
  for (let i = 0; i < n; i++) sse += (ys[i] - my - slope * (xs[i] - mx)) ** 2;
  const doublings = xs[n - 1] - xs[0];
  return { change: slope * doublings, se: Math.sqrt(sse / (n - 2) / sxx) * doublings, doublings };
}
function noLearning(c) {
  const t = trend(c);
  if (!t || t.doublings < 2 || t.change > Math.max(c.thr, 2 * t.se)) return null;
  const first = c.points[0], last = c.points[c.points.length - 1];
  const left = lossLeft(c, last.value);
  if (left !== null && left <= 2 * c.thr) return null;
  if (constantWindow(c) !== null) return null;
  return `no learning measured: ${c.fmtV(first.value)} at ${formatSize2(first.train_size)}, ${c.fmtV(last.value)} at ${formatSize2(last.train_size)} (a trend of ${c.fmtD(t.change * (c.o.direction === "higher" ? 1 : -1))} over ${Math.round(t.doublings)} doublings); a model at chance looks the same as one that stopped gaining before the smallest size`;
}
function heldOutWorse(c) {
  const m = c.models;
  const best = m.selected ? m.holdout.get(m.selected) : void 0;
  if (best === void 0 || m.lastValueHoldout === null || !(best > c.thr && best > 2 * m.lastValueHoldout))
    return null;
  return `held-out points are predicted worse (${c.fmtD(best, false)}) than by the last observed value (${c.fmtD(m.lastValueHoldout, false)})`;
}
function lastValueWon(c) {
  const q = c.models.quarterHoldout;
  if (!c.models.lastValueSelected || !q) return null;
  return `the last observed value predicted the held-out points (fitted up to a quarter of the largest size) better (${c.fmtD(q.lastValue, false)}) than the fitted curve (${c.fmtD(q.model, false)})`;
}
function uncertain(c) {
  const t = c.two;
  if (!t || c.models.lastValueSelected) return null;
  const width = t.interval[1] - t.interval[0];
  if (width <= c.maxWidth * c.thr) return null;
  return `uncertain: at ${formatSize2(t.train_size)} (two doublings on) the measured value is predicted at ${c.fmtV(t.value)} with an 80 % interval ${c.fmtV(t.interval[0])} to ${c.fmtV(t.interval[1])}, ${c.fmtD(width, false)} wide (more than ${Number(c.maxWidth.toPrecision(2))}\xD7 the ${c.fmtD(c.thr, false)} threshold)`;
}
function tooFar(c) {
  const nMax = c.points[c.points.length - 1].train_size;
  if (c.current <= MAX_EXTRAPOLATION * nMax) return null;
  return `the training size ${formatSize2(c.current)} is more than ${MAX_EXTRAPOLATION}\xD7 the largest measured size ${formatSize2(nMax)}`;
}

// src/curve/analyze.ts
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
var mean2 = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
function orientation(opts) {
  const o = { direction: opts.direction, proportion: opts.proportion };
  if (opts.eval_size !== void 0) o.eval_size = opts.eval_size;
  return o;
}
function analyzeCurve(metric, pointsIn, optsIn) {
  const opts = { ...DEFAULT_CURVE_OPTIONS, ...optsIn };
  const models = fitCurveModels(pointsIn, orientation(opts), opts.families ?? FAMILY_NAMES);
  return analyzeFitted(metric, pointsIn, models, opts);
}
function analyzeFitted(metric, pointsIn, models, optsIn, calibration = CALIBRATION) {
  const opts = { ...DEFAULT_CURVE_OPTIONS, ...optsIn };
  const o = orientation(opts);
  const points = models.points;
  const nMax = points.length ? points[points.length - 1].train_size : 0;
  const current = opts.current_size ?? nMax;
  const valid = pointsIn.filter(isValidPoint).length;
  const counts = { dropped: pointsIn.length - valid, repeated: valid - models.distinctSizes };
  const binned = models.distinctSizes - points.length;
  const base = emptyAnalysis(metric, models, opts, current);
  const tooFew = points.length < opts.min_points;
  const reasons = tooFew ? [tooFewReason(points.length, counts.repeated > 0, opts.min_points)] : [];
  const input = { a: base, ...counts, binned, nFit: 0 };
  if (!models.predict) {
    if (reasons.length === 0)
      reasons.push(
        points.length ? "no family could be fitted (the points need at least two distinct sizes)" : "no valid points"
      );
    base.reason = reasons.join("; ");
    base.conclusion = conclusionOf(input);
    return base;
  }
  const nFit = models.fitted[0].train_size;
  base.curve = fittedGrid(models.predict, nFit, Math.max(nMax, current) * 2);
  const rec = models.lastValueSelected || tooFew ? null : findRecommendedSize(
    models.predict,
    opts.direction,
    opts.gain_per_doubling,
    nFit,
    RECOMMEND_SEARCH * Math.max(nMax, current)
  );
  setRecommendation(base, models.predict, rec === null ? null : roundSize(rec), current);
  const two = setIntervals(base, models, o, calibration);
  if (!tooFew) {
    const maxWidth = calibration.max_width;
    reasons.push(...trustReasons({ models, o, thr: opts.gain_per_doubling, current, two, maxWidth }));
  }
  base.reliable = reasons.length === 0;
  base.reason = base.reliable ? null : reasons.join("; ");
  base.oversize_exceeded = base.reliable && opts.max_oversize !== void 0 && base.oversize_factor !== null && base.oversize_factor > opts.max_oversize;
  base.conclusion = conclusionOf({ ...input, nFit, two });
  return base;
}
function tooFewReason(n, merged, min) {
  const what = merged ? `distinct size${n === 1 ? "" : "s"}` : `point${n === 1 ? "" : "s"}`;
  return `only ${n} ${what} (at least ${min} needed)`;
}
function emptyAnalysis(metric, models, opts, current) {
  const costModel = fitCostModel(models.points);
  const sel = models.selected && models.predict ? models.selected : null;
  return {
    metric,
    direction: opts.direction,
    proportion: opts.proportion,
    reliable: false,
    reason: null,
    family: sel ? models.members.length > 1 ? `median(${models.members.join(", ")})` : sel : models.points.length ? "last_value" : null,
    family_members: sel ? models.members.slice() : [],
    families: familyFits(models, opts.families ?? FAMILY_NAMES),
    last_value_holdout_error: models.lastValueHoldout === null ? null : round(models.lastValueHoldout),
    current_size: current,
    recommended_size: null,
    recommendation_basis: null,
    oversize_factor: null,
    oversize_exceeded: false,
    gain_per_doubling_threshold: opts.gain_per_doubling,
    predicted_gain_per_doubling: null,
    predicted_two_doublings: null,
    projected_savings: null,
    cost_unit: opts.cost_unit ?? "CPU-h",
    cost_model: costModel ? { intercept: round(costModel.intercept), slope: round(costModel.slope) } : null,
    points: models.points,
    curve: [],
    conclusion: ""
  };
}
function familyFits(models, names) {
  const out = [];
  for (const name of names) {
    const m = models.fits.get(name);
    if (!m) continue;
    const rmse = Math.sqrt(mean2(models.fitted.map((p) => (m.predict(p.train_size) - p.value) ** 2)));
    out.push({
      name,
      params: FAMILIES[name].report(m.p).map((v) => round(v)),
      holdout_error: models.holdout.has(name) ? round(models.holdout.get(name)) : null,
      rmse: round(rmse)
    });
  }
  return out;
}
function fittedGrid(predict2, nFit, hi) {
  const n = Math.min(60, Math.max(8, Math.ceil(Math.log2(hi / nFit) * 4)));
  const out = [];
  for (let i = 0; i <= n; i++) {
    const size = nFit * Math.pow(hi / nFit, i / n);
    out.push({ train_size: roundSize(size), value: round(predict2(size)) });
  }
  return out;
}
function setRecommendation(a, predict2, recommended, current) {
  a.recommended_size = recommended;
  if (recommended === null) return;
  const nMax = a.points[a.points.length - 1].train_size;
  a.recommendation_basis = recommended <= nMax * 1.0001 ? "measured" : "extrapolated";
  a.oversize_factor = round(current / recommended, 3);
  if (current <= recommended) return;
  const pricing = a.cost_model && a.cost_model.slope > 0 ? a.cost_model : null;
  const costNow = pricing ? costAt(pricing, current) : null;
  const costRec = pricing ? costAt(pricing, recommended) : null;
  a.projected_savings = {
    cost: costNow !== null && costRec !== null ? round(costNow - costRec, 4) : null,
    cost_pct: costNow !== null && costRec !== null ? round((costNow - costRec) / costNow, 3) : null,
    metric_delta: round(predict2(recommended) - predict2(current))
  };
}
function setIntervals(a, models, o, cal) {
  const current = a.current_size;
  const thr = a.gain_per_doubling_threshold;
  const predict2 = models.predict;
  const [lo, hi] = o.proportion ? [0, 1] : [-Infinity, Infinity];
  const now = predict2(current);
  const [worst, best] = o.direction === "higher" ? [now - lo, hi - now] : [hi - now, now - lo];
  const next = uncertaintyOf(models, o, current, thr, 1);
  const [below, above] = halfWidths(next, factorsFor(next, "next", cal));
  const gain = gainPerDoubling(predict2, current, o.direction);
  a.predicted_gain_per_doubling = {
    value: round(gain),
    interval: [round(Math.max(gain - below, -worst)), round(Math.min(gain + above, Math.max(best, gain)))]
  };
  const two = uncertaintyOf(models, o, current, thr, 2);
  const value = predict2(4 * current);
  const [vLo, vHi] = valueInterval(two, factorsFor(two, "two", cal), value, o);
  a.predicted_two_doublings = {
    train_size: roundSize(4 * current),
    value: round(value),
    interval: [round(vLo), round(vHi)]
  };
  const gains = gainsFrom([vLo, vHi], now, o);
  return { ...a.predicted_two_doublings, gain: gains, call: twoDoublingsCall(gains, thr) };
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
function pointsAtEqualSizes(base, head) {
  const at = [];
  if (!base.points.length || !head.points.length) return at;
  const lo = Math.max(base.points[0].train_size, head.points[0].train_size);
  const hi = Math.min(base.points[base.points.length - 1].train_size, head.points[head.points.length - 1].train_size);
  const sizes = [...new Set([...base.points, ...head.points].map((p) => p.train_size))].filter((n) => n >= lo && n <= hi).sort((a, b) => a - b);
  for (const n of sizes) {
    const b = curveValueAt(base, n), h = curveValueAt(head, n);
    if (b === null || h === null) continue;
    at.push({ train_size: n, base: round2(b), head: round2(h), delta: round2(h - b) });
  }
  return at;
}
function dominanceOf(imps, tol) {
  if (!imps.length) return "unknown";
  if (imps.every((d) => Math.abs(d) <= tol)) return "equal";
  if (imps.every((d) => d >= -tol)) return "head";
  if (imps.every((d) => d <= tol)) return "base";
  return "crossing";
}
function sampleEfficiency(base, head, better) {
  const target = fittedValueAt(base, base.current_size) ?? curveValueAt(base, base.current_size);
  const series = measuredThenFitted(head);
  if (target === null || series.length < 2) return { ratio: null, reachedAtFirst: false };
  const ok = (v) => better(v - target) >= 0;
  if (ok(series[0].value)) return { ratio: round2(series[0].train_size / base.current_size, 3), reachedAtFirst: true };
  for (let i = 1; i < series.length; i++) {
    if (!ok(series[i].value)) continue;
    const a = series[i - 1], b = series[i];
    const t = (target - a.value) / (b.value - a.value);
    const n = a.train_size * Math.pow(b.train_size / a.train_size, Math.min(1, Math.max(0, t)));
    return { ratio: round2(n / base.current_size, 3), reachedAtFirst: false };
  }
  return { ratio: null, reachedAtFirst: false };
}
function trainSizeChange(base, head) {
  const valueOnHead = (n) => fittedValueAt(head, n) ?? curveValueAt(head, n);
  const hv = valueOnHead(head.current_size);
  const bv = valueOnHead(base.current_size);
  const hc = head.cost_model ? costAt(head.cost_model, head.current_size) : null;
  const bc = head.cost_model ? costAt(head.cost_model, base.current_size) : null;
  const metric_delta = hv !== null && bv !== null ? round2(hv - bv) : null;
  const cost_delta = hc !== null && bc !== null ? round2(hc - bc, 4) : null;
  const perCost = metric_delta !== null && cost_delta !== null && Math.abs(cost_delta) > 1e-12;
  return {
    base_size: base.current_size,
    head_size: head.current_size,
    metric_delta,
    cost_delta,
    metric_per_cost: perCost ? round2(metric_delta / cost_delta, 4) : null
  };
}
var DOMINANCE_TEXT = {
  head: "the PR curve is at least as good at every size",
  base: "the base curve is at least as good at every size",
  equal: "the curves agree within the tolerance"
};
var differentMetrics = (_c, base, head) => base.metric !== head.metric ? `the curves measure different metrics (${base.metric} vs ${head.metric})` : null;
var equalSizes = (c, _base, head) => {
  const at = c.at_equal_sizes;
  if (!at.length || c.mean_improvement === null) return "the curves have no measured sizes in common";
  const range = `${formatSize2(at[0].train_size)}\u2013${formatSize2(at[at.length - 1].train_size)}`;
  const dom = DOMINANCE_TEXT[c.dominance] ?? "the curves cross";
  const mean3 = head.direction === "higher" ? c.mean_improvement : -c.mean_improvement;
  return `at equal sizes (${range}) the PR is ${formatDelta(mean3, head.proportion)} on average; ${dom}`;
};
var reachesBase = (c, base, _head, eff) => {
  if (eff.ratio === null || c.dominance === "equal") return null;
  const n = formatSize2(eff.ratio * base.current_size);
  const how = eff.reachedAtFirst ? `${n} examples or fewer (its smallest size)` : `${n} examples`;
  return `the PR reaches the base\u2019s value at ${formatSize2(base.current_size)} with ${how}`;
};
var dataBought = (c, base, head) => {
  const change = c.train_size_change;
  const { metric_delta, cost_delta } = change;
  if (base.current_size === head.current_size || metric_delta === null) return null;
  const fmtD = (d) => formatDelta(d, head.proportion);
  let s = `on the PR\u2019s curve, training data ${formatSize2(base.current_size)} \u2192 ${formatSize2(head.current_size)} buys ${fmtD(metric_delta)}`;
  if (cost_delta === null) return s;
  const unit = head.cost_unit;
  s += ` for ${cost_delta >= 0 ? "+" : ""}${formatCost(cost_delta, unit)}`;
  if (change.metric_per_cost !== null && cost_delta > 0) s += ` (${fmtD(change.metric_per_cost)} per ${unit})`;
  return s;
};
var CLAUSES = [differentMetrics, equalSizes, reachesBase, dataBought];
function compareCurves(base, head, opts = {}) {
  const tol = opts.tolerance ?? head.gain_per_doubling_threshold;
  const better = (d) => head.direction === "higher" ? d : -d;
  const at = pointsAtEqualSizes(base, head);
  const imps = at.map((p) => better(p.delta));
  const eff = sampleEfficiency(base, head, better);
  const comparison = {
    metric: head.metric,
    at_equal_sizes: at,
    mean_improvement: imps.length ? round2(imps.reduce((a, b) => a + b, 0) / imps.length) : null,
    dominance: dominanceOf(imps, tol),
    size_ratio_for_equal_value: eff.ratio,
    train_size_change: trainSizeChange(base, head),
    conclusion: ""
  };
  const parts = CLAUSES.map((clause) => clause(comparison, base, head, eff)).filter((s) => s !== null);
  comparison.conclusion = parts.join("; ");
  return comparison;
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
  return series.length ? { sizes, ...withoutDuplicates(series, head.proportion), dropped } : null;
}
function withoutDuplicates(series, percent) {
  const shown = (v) => v.map((x) => num(x, percent)).join(",");
  const same = [];
  const kept = series.filter((s) => {
    const measured = series.find((m) => m.name === s.name.replace(/fitted$/, "measured") && m !== s);
    const dup = s.name.endsWith("fitted") && measured !== void 0 && shown(measured.values) === shown(s.values);
    if (dup) same.push(s.name);
    return !dup;
  });
  return { series: kept, same };
}
var SERIES_STYLE = {
  measured: { colour: "royalblue", square: "\u{1F7E6}" },
  fitted: { colour: "chocolate", square: "\u{1F7E7}" },
  "base measured": { colour: "mediumvioletred", square: "\u{1F7EA}" },
  "base fitted": { colour: "seagreen", square: "\u{1F7E9}" }
};
function seriesStyle(name) {
  return SERIES_STYLE[name.replace(/^PR /, "")] ?? SERIES_STYLE.measured;
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
  const palette = series.map((s) => seriesStyle(s.name).colour).join(", ");
  const lines = [
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
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
  const names = data.series.map((s) => `${seriesStyle(s.name).square} ${s.name}`).join(" \xB7 ");
  const range = (a) => `${formatSize2(a.points[0].train_size)}\u2013${formatSize2(a.points[a.points.length - 1].train_size)}`;
  const same = data.same.length ? ` The ${data.same.join(" and ")} curve equals the measured values here.` : "";
  const left = data.dropped.length && base?.points.length ? ` Not drawn: ${data.dropped.join(", ")} (the base is measured at ${range(base)}, the chart spans the PR\u2019s sizes).` : "";
  return `Lines: ${names}.${same}${left}`;
}
function chartLines(head, base) {
  const data = chartData(head, base);
  const chart = renderChart(head, data);
  if (!chart || !data) return [];
  const fitNote = data.series.some((s) => s.name.endsWith("fitted")) ? "measured values are interpolated between measured sizes; fitted series show measured values below the fitted range" : "values are interpolated between measured sizes";
  return ["", "```mermaid", chart, "```", "", `<sub>${seriesNote(data, base)} Log-spaced sizes; ${fitNote}.</sub>`];
}
function inBaseRange(base, n) {
  const pts = base?.points ?? [];
  return pts.length > 0 && n >= pts[0].train_size && n <= pts[pts.length - 1].train_size;
}
function pointsTable(head, base) {
  const metric = escapeMarkdownInline(head.metric);
  const fv = (v) => formatValue(v, head.proportion);
  const cost = costColumn(head);
  const has = {
    cost: head.points.some((p) => p.cost !== void 0),
    std: head.points.some((p) => p.std !== void 0),
    fit: showsFit(head),
    base: base !== void 0
  };
  const pr = has.base ? "PR " : "";
  const header = [
    "training size",
    `${pr}${metric}`,
    ...has.fit ? [`${pr}fitted`] : [],
    ...has.base ? [`base ${metric}`] : [],
    ...has.std ? ["std"] : [],
    ...has.cost ? [`cost (${escapeMarkdownInline(cost.unit)})`] : []
  ];
  const rows = compactPoints(head).map((i) => {
    const p = head.points[i];
    const b = base && inBaseRange(base, p.train_size) ? curveValueAt(base, p.train_size) : null;
    const f = has.fit ? fittedValueAt(head, p.train_size) : null;
    const row = [
      formatSize2(p.train_size) + (p.train_size === head.current_size ? " (current)" : ""),
      fv(p.value),
      ...has.fit ? [f === null ? "" : fv(f)] : [],
      ...has.base ? [b === null ? "" : fv(b)] : [],
      ...has.std ? [p.std === void 0 ? "" : fv(p.std)] : [],
      ...has.cost ? [p.cost === void 0 ? "" : cost.format(p.cost)] : []
    ];
    return `| ${row.join(" | ")} |`;
  });
  const rule = `|${header.map((_, i) => i === 0 ? " --- " : " ---: ").join("|")}|`;
  return ["", `| ${header.join(" | ")} |`, rule, ...rows];
}
function renderCurveMarkdown(head, base, cmp) {
  const metric = escapeMarkdownInline(head.metric);
  const out = [`**Learning curve (${metric})**: ${prose(curveConclusion(head.conclusion))}`];
  if (cmp) out.push("", `**Against the base**: ${prose(cmp.conclusion)}`);
  out.push(...chartLines(head, base), ...pointsTable(head, base));
  const model = head.family && showsFit(head) ? `model: ${escapeMarkdownInline(head.family)}` : "no model fitted";
  const rec = head.recommended_size !== null ? `; recommended size ~${formatSize2(head.recommended_size)}` : "";
  const unreliable = head.reliable ? "" : `; not reliable: ${prose(head.reason ?? "")}`;
  out.push("", `<sub>${model}${rec}; threshold ${formatValueDelta(head)} per doubling${unreliable}</sub>`);
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

// src/curve/render-text.ts
function renderCurveText(head, base, cmp) {
  const fv = (v) => formatValue(v, head.proportion);
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
    (f) => `${escapeLog(f.name, 20)} ${f.holdout_error === null ? "-" : formatDelta(f.holdout_error, head.proportion, false)}`
  ).join(", ");
  if (fam && showsFit(head))
    out.push(
      `  model: ${escapeLog(head.family ?? "", 60)}; held-out error: ${fam}; last value ${head.last_value_holdout_error === null ? "-" : formatDelta(head.last_value_holdout_error, head.proportion, false)}`
    );
  return out.join("\n");
}

export {
  formatSize2 as formatSize,
  analyzeCurve,
  compareCurves,
  curveConclusion,
  renderCurveMarkdown,
  renderCurveText
};
