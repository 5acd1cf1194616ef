/**
 * How many cases each property tries: MLGATE_PROPERTY_RUNS (the README's `test:properties` script sets 10,000),
 * 200 in the normal test run so that `npm test` stays fast.
 */
export const RUNS = Math.max(1, Number(process.env.MLGATE_PROPERTY_RUNS ?? 200) || 200);

/** Generous per-test timeout that grows with the run count. */
export const TIMEOUT_MS = 20_000 + RUNS * 10;
