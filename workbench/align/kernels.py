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


def _intersect_counts_py(
    sptr: IntArray, skeys: IntArray, tptr: IntArray, tkeys: IntArray, pr: IntArray, pc: IntArray
) -> NDArray[np.float64]:
    out = np.zeros(len(pr), dtype=np.float64)
    for k in range(len(pr)):
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


@cache
def _compiled(name: str) -> Callable[..., Any]:
    kernels: dict[str, Callable[..., Any]] = {"intersect": _intersect_counts_py, "dp": _dp_py}
    plain = kernels[name]
    try:
        import numba
    except ImportError:  # pragma: no cover - numba is a declared dependency
        return plain
    compiled: Callable[..., Any] = numba.njit(cache=True, nogil=True)(plain)
    return compiled


def intersect_counts(
    sptr: IntArray, skeys: IntArray, tptr: IntArray, tkeys: IntArray, pr: IntArray, pc: IntArray
) -> NDArray[np.float64]:
    """Size of the intersection of sorted key sets ``s[pr[k]]`` and ``t[pc[k]]`` per k."""
    result: NDArray[np.float64] = _compiled("intersect")(sptr, skeys, tptr, tkeys, pr, pc)
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
