#!/usr/bin/python3
"""Reference vectors for mlgate's statistics core (src/stats), computed with statsmodels / scipy / scikit-learn.

Run with Debian's python (apt-get install -y python3-statsmodels python3-scipy python3-sklearn):
    /usr/bin/python3 scripts/stats-reference.py
Writes test/fixtures/stats-reference/*.json. The tests only read the committed JSON, so CI never needs Python.
"""
import json
import math
import os
import sys

import numpy as np
import scipy
import statsmodels
from scipy.special import gammaln
from scipy.stats import binom, norm
from statsmodels.stats.contingency_tables import mcnemar
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import (confint_proportions_2indep,
                                          proportion_confint,
                                          proportions_ztest)

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
OUT = os.path.join(ROOT, 'test', 'fixtures', 'stats-reference')
PREDS = os.path.join(ROOT, 'test', 'fixtures', 'predictions')
VERSIONS = {'scipy': scipy.__version__, 'statsmodels': statsmodels.__version__, 'numpy': np.__version__}


def write(name, payload):
    payload = {'generated_by': 'scripts/stats-reference.py', 'versions': VERSIONS, **payload}
    with open(os.path.join(OUT, name), 'w') as f:
        json.dump(payload, f, indent=1)
        f.write('\n')


def normal():
    xs = [-40, -38.5, -37, -30, -20, -10, -8, -6, -5, -4, -3.5, -3.0001, -3, -2.9999, -2.5, -1.959963984540054, -1.5,
          -1, -0.5, -1e-8, 0, 1e-8, 0.25, 0.5, 1, 1.5, 2, 2.5, 2.9999, 3, 3.0001, 4, 5, 6, 8, 10, 15, 20, 30, 37, 38.5]
    ps = [1e-300, 1e-250, 1e-200, 1e-150, 1e-100, 1e-50, 1e-20, 1e-10, 1e-6, 1e-4, 0.001, 0.01, 0.02, 0.02425, 0.025,
          0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.975, 0.97575, 0.99, 0.999, 0.999999]
    write('normal.json', {
        'cdf': [[x, float(norm.cdf(x)), float(norm.sf(x)), float(norm.logsf(x))] for x in xs],
        'quantile': [[p, float(norm.ppf(p))] for p in ps],
        'isf': [[q, float(norm.isf(q))] for q in [1e-300, 1e-20, 0.0005, 0.005, 0.025, 0.05, 0.1, 0.2]],
    })


def wilson():
    cases = []
    for nobs in [1, 2, 5, 10, 30, 100, 2000, 10000, 200000, 10**7]:
        for count in sorted({0, 1, nobs // 3, nobs // 2, nobs - 1, nobs}):
            for alpha in [0.05, 0.01, 0.1]:
                lo, hi = proportion_confint(count, nobs, alpha=alpha, method='wilson')
                cases.append([count, nobs, 1 - alpha, float(lo), float(hi)])
    for count, nobs in [(1912.4, 2000), (0.5, 3), (1799.9999, 2000)]:  # fractional counts (proportion × n)
        lo, hi = proportion_confint(count, nobs, alpha=0.05, method='wilson')
        cases.append([count, nobs, 0.95, float(lo), float(hi)])
    write('wilson.json', {'cases': cases})


def exact_lower_tail(m, n):
    """Σ_{i≤m} C(n, i) as an exact Python integer (p = 1/2 binomial tail times 2^n)."""
    total, term = 0, 1
    for i in range(m + 1):
        total += term
        term = term * (n - i) // (i + 1)
    return total


def mid_p(b, c):
    """2·P(X ≤ m) − P(X = m), in exact integer arithmetic (scipy's float version goes negative near 1e-321)."""
    n, m = b + c, min(b, c)
    if n == 0 or b == c:
        return 1.0
    s = exact_lower_tail(m, n)
    return min(1.0, (2 * s - math.comb(n, m)) / 2 ** n)


def log_exact_p(b, c):
    """log of min(1, 2·P(X ≤ m)), exact: log of big integers never underflows."""
    n, m = b + c, min(b, c)
    if n == 0 or b == c:
        return 0.0
    return min(0.0, math.log(2 * exact_lower_tail(m, n)) - n * math.log(2))


def mcnemar_vectors():
    pairs = [(0, 0), (0, 1), (1, 0), (0, 5), (3, 3), (1, 2), (2, 9), (5, 15), (10, 10), (12, 25), (30, 50), (59, 30),
             (100, 140), (250, 300), (400, 405), (1000, 1100), (5000, 5600), (5000, 5000), (20000, 20600),
             (100000, 101000), (0, 200), (3, 1200), (1, 1074), (10, 2500), (500000, 501500), (0, 1074)]
    cases = []
    for b, c in pairs:
        r = mcnemar([[0, b], [c, 0]], exact=True)
        logp = log_exact_p(b, c)
        assert abs(math.exp(logp) - r.pvalue) <= 1e-9 * max(r.pvalue, 1e-300), (b, c)  # statsmodels agrees
        cases.append({'b': b, 'c': c, 'exact_p': float(r.pvalue), 'log_exact_p': logp, 'mid_p': mid_p(b, c),
                      'statistic': float(r.statistic)})
    write('mcnemar.json', {'cases': cases})


def binomial():
    cases = []
    for k, n, p in [(0, 10, 0.5), (3, 10, 0.5), (5, 10, 0.5), (7, 10, 0.5), (9, 10, 0.3), (2, 100, 0.3), (25, 100, 0.3),
                    (40, 100, 0.3), (4000, 10000, 0.5), (5000, 10600, 0.5), (1, 10**7, 0.5), (4_990_000, 10**7, 0.5),
                    (50, 10**6, 0.001), (1500, 10**6, 0.001), (999, 1000, 0.999)]:
        logcdf = float(binom.logcdf(k, n, p))
        if not math.isfinite(logcdf):  # scipy underflows: regularized incomplete beta in 60-digit arithmetic
            import mpmath
            mpmath.mp.dps = 60
            logcdf = float(mpmath.log(mpmath.betainc(n - k, k + 1, 0, 1 - mpmath.mpf(p), regularized=True)))
        cases.append([k, n, p, logcdf, float(binom.logpmf(k, n, p))])
    write('binomial.json', {'cases': cases, 'lgamma': [[x, float(gammaln(x))] for x in
                                                       [0.1, 0.5, 1, 1.5, 2, 3.7, 10, 15, 16, 100.5, 1e4, 1e6, 1e7 + 1]]})


def holm_vectors():
    sets = [[0.01], [0.01, 0.04, 0.03], [0.2, 0.001, 0.04, 0.04, 0.9], [0.5, 0.5], [1e-12, 0.02, 0.03, 0.04, 0.05, 0.06],
            [0.04, 0.01, 0.03, 0.02], [0.9, 0.8, 0.95]]
    write('holm.json', {'cases': [[s, [float(v) for v in multipletests(s, method='holm')[1]]] for s in sets]})


def unpaired():
    # p-value: proportions_ztest (pooled), or scipy's fisher_exact when an expected cell count is below 5 (the
    # z-test's condition); interval: Newcombe. n_head differs from n where base and PR eval sets differ in size.
    from scipy.stats import fisher_exact
    cases = []
    for pb, ph, n, nh in [(0.9, 0.904, 2000, 2000), (0.9, 0.904, 200000, 200000), (0.5, 0.55, 400, 400),
                          (0.95, 0.93, 1000, 1000), (0.1, 0.0, 500, 500), (0.99, 1.0, 300, 300), (0.7, 0.7, 1000, 1000),
                          (0.62, 0.58, 150, 150), (1.0, 0.84, 25, 25), (0.9, 0.88, 20000, 200), (0.998, 0.995, 2000, 2000),
                          (0.02, 0.01, 100, 300)]:
        xb, xh = round(pb * n), round(ph * nh)
        pooled = (xb + xh) / (n + nh)
        small = min(n, nh) * min(pooled, 1 - pooled) < 5 and 0 < pooled < 1
        if small:
            p = fisher_exact([[xb, n - xb], [xh, nh - xh]])[1]
        else:
            _, p = proportions_ztest([xh, xb], [nh, n])
        lo, hi = confint_proportions_2indep(xh, nh, xb, n, method='newcomb', compare='diff', alpha=0.05)
        cases.append({'p_base': pb, 'p_head': ph, 'n': n, 'n_head': nh, 'p_value': float(p), 'interval': [float(lo), float(hi)],
                      'test': 'fisher_exact (approximate)' if small else 'two_proportion_z (approximate)'})
    write('unpaired.json', {'cases': cases})


def metrics():
    """Point metrics of the committed prediction fixtures, with sklearn, labels = classes present in y_true."""
    try:
        from sklearn.metrics import f1_score, precision_score, recall_score, accuracy_score
    except ImportError:
        print('sklearn missing: skipping metrics.json', file=sys.stderr)
        return
    import csv
    out = []
    for base, head in [('Vehicle__mlp__seed11', 'Vehicle__mlp__seed12'), ('Satellite__random_forest__seed11', 'Satellite__random_forest__seed12'),
                       ('Satellite__logreg', 'Satellite__hist_gbdt')]:
        def load(name):
            with open(os.path.join(PREDS, name + '.preds.csv')) as f:
                return {r['id']: (r['label'], r['prediction']) for r in csv.DictReader(f)}
        a, b = load(base), load(head)
        ids = sorted(a, key=int)
        y = [a[i][0] for i in ids]
        labels = sorted(set(y))
        entry = {'base': base, 'head': head, 'n': len(ids)}
        for side, d in (('base_metrics', a), ('head_metrics', b)):
            pr = [d[i][1] for i in ids]
            entry[side] = {
                'accuracy': accuracy_score(y, pr),
                'precision_macro': precision_score(y, pr, labels=labels, average='macro', zero_division=0),
                'recall_macro': recall_score(y, pr, labels=labels, average='macro', zero_division=0),
                'f1_macro': f1_score(y, pr, labels=labels, average='macro', zero_division=0),
                'f1_micro': f1_score(y, pr, labels=labels, average='micro', zero_division=0),
                'recall': dict(zip(labels, [float(v) for v in recall_score(y, pr, labels=labels, average=None, zero_division=0)])),
            }
        bb = sum(1 for i in ids if a[i][1] == a[i][0] and b[i][1] != b[i][0])
        cc = sum(1 for i in ids if a[i][1] != a[i][0] and b[i][1] == b[i][0])
        r = mcnemar([[0, bb], [cc, 0]], exact=True)
        entry['b'], entry['c'], entry['exact_p'], entry['mid_p'] = bb, cc, float(r.pvalue), mid_p(bb, cc)
        out.append(entry)
    write('metrics.json', {'cases': out})


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    normal(); wilson(); mcnemar_vectors(); binomial(); holm_vectors(); unpaired(); metrics()
    print('wrote', sorted(os.listdir(OUT)))
