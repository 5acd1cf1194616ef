"""The pandas/statsmodels peer of mlgate's predictions path (bench/compare.sh runs it next to mlgate).

    python3 bench/peer.py BASE.csv HEAD.csv ITERATIONS [macro]

What a careful pandas user writes for the same answer: read both files, join them on id (checking the labels agree),
McNemar's exact test from statsmodels on the correct/incorrect table, and a paired bootstrap of the accuracy delta
with ITERATIONS resamples of the n examples, drawn as numpy multinomials of the 2x2 table (resampling rows with
replacement, without materialising n indices per resample). With `macro`, the bootstrap resamples the non-zero cells
of the label x base x head table instead and computes macro F1 per resample, as mlgate does when f1_macro is gated.
Prints one JSON line: seconds after the imports, seconds including them, peak RSS in MiB, the p-value and interval.
"""

import json
import resource
import sys
import time

T0 = time.perf_counter()
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from statsmodels.stats.contingency_tables import mcnemar  # noqa: E402


def macro_f1(label, pred, counts, k):
    """Macro F1 over the classes with a true label, for every resample (rows of counts) at once."""
    tp = np.zeros((counts.shape[0], k))
    actual = np.zeros((counts.shape[0], k))
    predicted = np.zeros((counts.shape[0], k))
    for c in range(k):
        actual[:, c] = counts[:, label == c].sum(axis=1)
        predicted[:, c] = counts[:, pred == c].sum(axis=1)
        tp[:, c] = counts[:, (label == c) & (pred == c)].sum(axis=1)
    present = actual.sum(axis=0) > 0
    denom = actual + predicted
    f1 = np.divide(2 * tp, denom, out=np.zeros_like(tp), where=denom > 0)
    return f1[:, present].mean(axis=1)


def main():
    base_path, head_path, iterations = sys.argv[1], sys.argv[2], int(sys.argv[3])
    macro = len(sys.argv) > 4 and sys.argv[4] == "macro"
    t1 = time.perf_counter()
    dtypes = {"id": "int64", "label": "category", "prediction": "category"}
    base = pd.read_csv(base_path, dtype=dtypes)
    head = pd.read_csv(head_path, dtype=dtypes)
    if base["id"].duplicated().any() or head["id"].duplicated().any():
        raise SystemExit("duplicate ids")
    joined = base.merge(head, on="id", suffixes=("_b", "_h"), validate="one_to_one")
    if len(joined) != len(base) or len(joined) != len(head):
        raise SystemExit("the files cover different ids")
    # One class list for the four categorical columns, so that comparisons are on integer codes, not strings.
    columns = ["label_b", "label_h", "prediction_b", "prediction_h"]
    classes = sorted(set().union(*(joined[col].cat.categories for col in columns)))
    codes = {col: joined[col].cat.set_categories(classes).cat.codes.to_numpy() for col in columns}
    if not np.array_equal(codes["label_b"], codes["label_h"]):
        raise SystemExit("labels differ")
    label, bp, hp = codes["label_b"], codes["prediction_b"], codes["prediction_h"]
    base_ok = label == bp
    head_ok = label == hp
    n = len(joined)
    both = int(np.sum(base_ok & head_ok))
    b = int(np.sum(base_ok & ~head_ok))
    c = int(np.sum(~base_ok & head_ok))
    neither = n - both - b - c
    test = mcnemar([[both, b], [c, neither]], exact=True)
    rng = np.random.default_rng(20240611)
    if macro:
        k = len(classes)
        lab, b64, h64 = (x.astype(np.int64) for x in (label, bp, hp))
        cells, weights = np.unique((lab * k + b64) * k + h64, return_counts=True)
        cl, cb, ch = cells // (k * k), (cells // k) % k, cells % k
        draws = rng.multinomial(n, weights / n, size=iterations)
        deltas = macro_f1(cl, ch, draws, k) - macro_f1(cl, cb, draws, k)
    else:
        draws = rng.multinomial(n, np.array([both, b, c, neither]) / n, size=iterations)
        deltas = (draws[:, 2] - draws[:, 1]) / n
    lo, hi = np.percentile(deltas, [2.5, 97.5])
    p = min(1.0, 2 * (min(np.sum(deltas <= 0), np.sum(deltas >= 0)) + 1) / (iterations + 1))
    t2 = time.perf_counter()
    print(
        json.dumps(
            {
                "seconds": t2 - t1,
                "seconds_with_imports": t2 - T0,
                "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "mcnemar_exact_p": float(test.pvalue),
                "bootstrap_p": float(p),
                "interval": [float(lo), float(hi)],
            }
        )
    )


main()
