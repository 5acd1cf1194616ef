import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);

// src/kernel/verdict.ts
var RANK = { pass: 0, warn: 1, fail: 2 };
function worst(verdicts) {
  let out = "pass";
  for (const v of verdicts) if (RANK[v] > RANK[out]) out = v;
  return out;
}
function verdictOf(findings) {
  return worst(findings.map((f) => f.severity));
}
function reasonsOf(findings) {
  return [...findings.filter((f) => f.severity === "fail"), ...findings.filter((f) => f.severity === "warn")].map(
    (f) => f.message
  );
}
function resultReason(models, verdict) {
  if (models.length === 0) return "no model report found";
  const culprits = models.filter((m) => m.verdict === verdict);
  if (verdict === "pass") {
    const improved = models.flatMap((m) => m.metrics.filter((x) => x.change === "improved")).length;
    const missing = models.filter((m) => m.baseline === "missing").length;
    if (missing === models.length) return "no baseline to compare with: absolute bounds only";
    const tolerated = models.some((m) => m.metrics.some((x) => x.change === "regressed"));
    const none = tolerated ? "no regression beyond tolerance" : "no regressions";
    return improved > 0 ? `${none}; ${improved} metric${improved === 1 ? "" : "s"} improved` : none;
  }
  const first = culprits[0];
  const reason = first.reasons[0] ?? verdict;
  const prefix = models.length > 1 ? `${first.name}: ` : "";
  const all = models.flatMap((m) => findingGroups(m).map((g) => g[0]));
  const fails = all.filter((f) => f.severity === "fail").length - (verdict === "fail" ? 1 : 0);
  const warns = all.filter((f) => f.severity === "warn").length - (verdict === "warn" ? 1 : 0);
  const parts = [
    ...fails > 0 ? [`${fails} more failure${fails === 1 ? "" : "s"}`] : [],
    ...warns > 0 ? [`${warns}${verdict === "warn" ? " more" : ""} warning${warns === 1 ? "" : "s"}`] : []
  ];
  return `${prefix}${reason}${parts.length ? ` (+${parts.join(", ")})` : ""}`;
}
function findingGroups(model) {
  const groups = [];
  const byMetric = /* @__PURE__ */ new Map();
  for (const f of model.findings) {
    const owner = f.rule.startsWith("metric.") ? model.metrics.find((m) => m.reason !== null && m.reason.includes(f.message)) : void 0;
    const group = owner ? byMetric.get(owner.name) : void 0;
    if (group) {
      group.push(f);
      continue;
    }
    const fresh = [f];
    groups.push(fresh);
    if (owner) byMetric.set(owner.name, fresh);
  }
  return groups.map((g) => [...g.filter((f) => f.severity === "fail"), ...g.filter((f) => f.severity !== "fail")]);
}

export {
  worst,
  verdictOf,
  reasonsOf,
  resultReason,
  findingGroups
};
