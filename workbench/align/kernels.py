"""The two loops that numpy cannot vectorise: the dynamic programme and set overlaps.

They are written as plain Python over arrays and compiled with numba when it is
installed (about 100 times faster); without numba they still run, slowly.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

import numpy as np
from numpy.typing import NDArray

IntArray = NDArray[np.int64]

# numba.prange once numba is loaded (parallel loops over both cores); range before.
_prange = range


def _intersect_counts_py(
    sptr: IntArray, skeys: IntArray, tptr: IntArray, tkeys: IntArray, pr: IntArray, pc: IntArray
) -> NDArray[np.float64]:
    out = np.zeros(len(pr), dtype=np.float64)
    for k in _prange(len(pr)):
        a, a_end = sptr[pr[k]], sptr[pr[k] + 1]
        b, b_end = tptr[pc[k]], tptr[pc[k] + 1]
        count = 0
        while a < a_end and b < b_end:
            x, y = skeys[a], tkeys[b]
            if x == y:
                count += 1
                a += 1
                b += 1
            elif x < y:
                a += 1
            else:
                b += 1
        out[k] = count
    return out


def _pair_sums_py(
    ci: IntArray,
    cj: IntArray,
    a: int,
    b: int,
    poff: IntArray,
    plo: IntArray,
    values: NDArray[np.float64],
) -> NDArray[np.float64]:
    out = np.zeros((values.shape[0], len(ci)), dtype=np.float64)
    for k in _prange(len(ci)):
        for da in range(1, a + 1):
            r = ci[k] - da
            base = poff[r] - plo[r] + cj[k]
            for db in range(1, b + 1):
                for v in range(values.shape[0]):
                    out[v, k] += values[v, base - db]
    return out


def _dp_py(
    lo: IntArray, hi: IntArray, off: IntArray, cost: NDArray[np.float32], da: IntArray, db: IntArray
) -> tuple[NDArray[np.float64], NDArray[np.int8]]:
    n = len(lo) - 1
    total = np.full(off[-1], np.inf, dtype=np.float64)
    back = np.full(off[-1], -1, dtype=np.int8)
    total[0] = 0.0
    for i in range(n + 1):
        for j in range(lo[i], hi[i] + 1):
            c = off[i] + j - lo[i]
            if i == 0 and j == 0:
                continue
            best = np.inf
            arg = -1
            for t in range(len(da)):
                pi = i - da[t]
                pj = j - db[t]
                if pi < 0 or pj < lo[pi] or pj > hi[pi]:
                    continue
                v = total[off[pi] + pj - lo[pi]] + cost[t, c]
                if v < best:
                    best = v
                    arg = t
            total[c] = best
            back[c] = arg
    return total, back


def _soft_py(
    lo: IntArray,
    hi: IntArray,
    off: IntArray,
    cost: NDArray[np.float32],
    da: IntArray,
    db: IntArray,
    temp: float,
    backward: bool,
) -> NDArray[np.float64]:
    """Soft-min path costs (-T log sum exp(-cost/T)) from the start, or to the end."""
    n = len(lo) - 1
    out = np.full(off[-1], np.inf, dtype=np.float64)
    for step in range(n + 1):
        i = n - step if backward else step
        for jj in range(hi[i] - lo[i] + 1):
            j = hi[i] - jj if backward else lo[i] + jj
            c = off[i] + j - lo[i]
            if (backward and i == n and j == hi[n]) or (not backward and i == 0 and j == 0):
                out[c] = 0.0
                continue
            best = np.inf
            total = 0.0
            for t in range(len(da)):
                pi = i + da[t] if backward else i - da[t]
                pj = j + db[t] if backward else j - db[t]
                if pi < 0 or pi > n or pj < lo[pi] or pj > hi[pi]:
                    continue
                edge = cost[t, off[pi] + pj - lo[pi]] if backward else cost[t, c]
                v = out[off[pi] + pj - lo[pi]] + edge
                if v == np.inf:
                    continue
                if v < best:
                    total = total * np.exp((v - best) / temp) + 1.0 if best < np.inf else 1.0
                    best = v
                else:
                    total += np.exp((best - v) / temp)
            if best < np.inf:
                out[c] = best - temp * np.log(total)
    return out


@cache
def _compiled(name: str) -> Callable[..., Any]:
    kernels: dict[str, Callable[..., Any]] = {
        "intersect": _intersect_counts_py,
        "pair_sums": _pair_sums_py,
        "dp": _dp_py,
        "soft": _soft_py,
    }
    plain = kernels[name]
    try:
        import numba
    except ImportError:  # pragma: no cover - numba is a declared dependency
        return plain
    global _prange
    _prange = numba.prange
    parallel = name in ("intersect", "pair_sums")
    compiled: Callable[..., Any] = numba.njit(cache=True, nogil=True, parallel=parallel)(plain)
    return compiled


def intersect_counts(
    sptr: IntArray, skeys: IntArray, tptr: IntArray, tkeys: IntArray, pr: IntArray, pc: IntArray
) -> NDArray[np.float64]:
    """Size of the intersection of sorted key sets ``s[pr[k]]`` and ``t[pc[k]]`` per k."""
    result: NDArray[np.float64] = _compiled("intersect")(sptr, skeys, tptr, tkeys, pr, pc)
    return result


def pair_sums(
    ci: IntArray,
    cj: IntArray,
    shape: tuple[int, int],
    poff: IntArray,
    plo: IntArray,
    values: NDArray[np.float64],
) -> NDArray[np.float64]:
    """For each cell (ci, cj), the sum of each row of ``values`` over the bead's sentence pairs.

    ``values[v, poff[r] + c - plo[r]]`` holds the value of pair (r, c).
    """
    result: NDArray[np.float64] = _compiled("pair_sums")(
        ci, cj, shape[0], shape[1], poff, plo, values
    )
    return result


def best_path(
    lo: IntArray, hi: IntArray, cost: NDArray[np.float32], da: IntArray, db: IntArray
) -> list[tuple[int, int, int]]:
    """Cheapest monotone path from (0, 0) to (n, hi[n]); returns (i, j, shape index) per bead."""
    off = np.zeros(len(lo) + 1, dtype=np.int64)
    off[1:] = np.cumsum(hi - lo + 1)
    _, back = _compiled("dp")(lo, hi, off, cost, da, db)
    path: list[tuple[int, int, int]] = []
    i, j = len(lo) - 1, int(hi[-1])
    while i > 0 or j > 0:
        t = int(back[off[i] + j - lo[i]])
        if t < 0:
            raise RuntimeError("alignment search band is disconnected")  # a bug, not bad input
        path.append((i, j, t))
        i, j = i - int(da[t]), j - int(db[t])
    path.reverse()
    return path


def bead_posteriors(
    lo: IntArray,
    hi: IntArray,
    cost: NDArray[np.float32],
    da: IntArray,
    db: IntArray,
    path: list[tuple[int, int, int]],
    temp: float,
) -> list[float]:
    """Probability of each bead of ``path`` among all paths weighted by exp(-cost/temp)."""
    off = np.zeros(len(lo) + 1, dtype=np.int64)
    off[1:] = np.cumsum(hi - lo + 1)
    soft = _compiled("soft")
    fwd = soft(lo, hi, off, cost, da, db, temp, False)
    bwd = soft(lo, hi, off, cost, da, db, temp, True)
    z = fwd[-1]
    out = []
    for i, j, t in path:
        pi, pj = i - int(da[t]), j - int(db[t])
        through = fwd[off[pi] + pj - lo[pi]] + cost[t, off[i] + j - lo[i]] + bwd[off[i] + j - lo[i]]
        out.append(float(np.exp(min(0.0, z - through) / temp)))
    return out
