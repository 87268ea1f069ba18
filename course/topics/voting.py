"""Voting power in weighted voting games: exact Banzhaf and Shapley–Shubik indices.

A *weighted voting game* ``[q; w1, …, wn]`` gives player *i* the weight ``wi``; a
coalition wins when the sum of its members' weights reaches the quota ``q``.
Weight is not power: in the EEC Council of Ministers of 1958 (weights 4, 4, 4, 2, 2, 1,
quota 12) Luxembourg had a vote but could never change an outcome.

Two standard measures, both computed **exactly** here by enumerating all ``2**n``
coalitions with numpy (n ≤ 15, i.e. at most 32 768 coalitions; about a millisecond):

* **Banzhaf**: player *i* is a *swing* in a winning coalition that loses without *i*.
  The raw index counts swings; the normalised index divides by all players' swings.
* **Shapley–Shubik**: the share of the ``n!`` orderings of the players in which *i* is
  pivotal (the one whose arrival first makes the coalition winning). A coalition ``S``
  without *i* in which *i* swings contributes ``|S|! (n-|S|-1)! / n!``.

    >>> from course.topics import voting
    >>> voting.banzhaf([4, 2, 1], 5)                # doctest: +NORMALIZE_WHITESPACE
    array([0.6, 0.2, 0.2])
    >>> voting.shapley_shubik([4, 2, 1], 5).round(4)
    array([0.6667, 0.1667, 0.1667])

Weights may be any non-negative numbers (e.g. GDP in US$); a coalition wins when its
weight is at least ``quota`` (with a relative tolerance of 1e-9 of the total weight, so
that a quota of exactly 50 % of float weights behaves as written). Odd input raises a
``ValueError`` whose message can be shown to a student as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from math import factorial
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import pandas as pd

MAX_PLAYERS = 15
_TOL = 1e-9


def _check(weights: Sequence[float], quota: float) -> tuple[np.ndarray, float]:
    """Validate a game and return (weights as float array, quota as float)."""
    try:
        w = np.asarray(list(weights), dtype="float64")
    except (TypeError, ValueError):
        raise ValueError("Weights must be numbers.") from None
    if w.ndim != 1 or w.size == 0:
        raise ValueError("Give at least one weight.")
    if w.size > MAX_PLAYERS:
        raise ValueError(f"At most {MAX_PLAYERS} players can be computed exactly; got {w.size}.")
    if not np.isfinite(w).all():
        raise ValueError(
            "Weights must be finite numbers (no missing values): is there a state without data for this year?"
        )
    if (w < 0).any():
        raise ValueError("Weights cannot be negative.")
    total = float(w.sum())
    if total <= 0:
        raise ValueError("The weights add up to zero: nobody has a vote.")
    try:
        q = float(quota)
    except (TypeError, ValueError):
        raise ValueError("The quota must be a number.") from None
    if not np.isfinite(q) or q <= 0:
        raise ValueError("The quota must be a positive number (weight needed to pass a decision).")
    if q > total * (1 + _TOL):
        raise ValueError(
            f"The quota ({q:g}) is larger than all weights together ({total:g}): "
            "no coalition could ever pass anything."
        )
    return w, q


@lru_cache(maxsize=MAX_PLAYERS)
def _structure(n: int) -> tuple[np.ndarray, tuple[np.ndarray, ...], np.ndarray]:
    """What does not depend on the weights (computed once per n, cached, read-only).

    Coalition k is the set of players whose bit is set in k. Returns the size of every
    coalition, for each player i the indices of the coalitions without i, and the
    Shapley–Shubik weight |S|! (n-|S|-1)! / n! of every coalition S."""
    size = np.zeros(2**n, dtype=np.int64)
    for i in range(n):  # doubling: coalitions with bit i = those without + 1
        size[1 << i : 2 << i] = size[: 1 << i] + 1
    index = np.arange(2**n, dtype=np.int64)
    without = tuple(np.flatnonzero((index >> i) & 1 == 0) for i in range(n))
    coef = np.array(
        [factorial(k) * factorial(n - k - 1) if k < n else 0 for k in range(n + 1)], dtype="float64"
    ) / factorial(n)
    ss_weight = coef[size]
    for arr in (size, ss_weight, *without):
        arr.flags.writeable = False
    return size, without, ss_weight


def _indices(w: np.ndarray, q: float) -> tuple[np.ndarray, np.ndarray]:
    """Raw Banzhaf swings and Shapley–Shubik indices of a validated game, in one pass.

    Player i swings in coalition S (without i) when S loses and S ∪ {i} wins."""
    n = w.size
    _, without, ss_weight = _structure(n)
    weight = np.zeros(2**n, dtype="float64")
    for i in range(n):  # weight of every coalition, by doubling
        weight[1 << i : 2 << i] = weight[: 1 << i] + w[i]
    wins = weight >= q - _TOL * float(w.sum())
    swings = np.empty(n, dtype=np.int64)
    ss = np.empty(n, dtype="float64")
    for i in range(n):
        k = without[i]
        swing = k[wins[k | (1 << i)] & ~wins[k]]
        swings[i] = swing.size
        ss[i] = ss_weight[swing].sum()
    return swings, ss


def banzhaf_swings(weights: Sequence[float], quota: float) -> np.ndarray:
    """Raw Banzhaf counts: in how many coalitions each player is a swing voter."""
    w, q = _check(weights, quota)
    return _indices(w, q)[0]


def banzhaf(weights: Sequence[float], quota: float) -> np.ndarray:
    """Normalised Banzhaf index: each player's swings over all players' swings (sums to 1)."""
    raw = banzhaf_swings(weights, quota).astype("float64")
    return raw / raw.sum()


def shapley_shubik(weights: Sequence[float], quota: float) -> np.ndarray:
    """Shapley–Shubik index: share of the n! orderings in which each player is pivotal."""
    w, q = _check(weights, quota)
    return _indices(w, q)[1]


def can_pass_alone(weights: Sequence[float], quota: float, player: int) -> bool:
    """True if ``player``'s own weight reaches the quota (a dictator)."""
    w, q = _check(weights, quota)
    return bool(w[player] >= q - _TOL * w.sum())


def can_block_alone(weights: Sequence[float], quota: float, player: int) -> bool:
    """True if all the others together fall short of the quota (a veto player)."""
    w, q = _check(weights, quota)
    return bool(w.sum() - w[player] < q - _TOL * w.sum())


def dummies(weights: Sequence[float], quota: float) -> list[int]:
    """Indices of the players who are never a swing voter (zero power, whatever their weight)."""
    return [i for i, s in enumerate(banzhaf_swings(weights, quota)) if s == 0]


def quota_for_share(weights: Sequence[float], share: float) -> float:
    """The quota that is ``share`` (0 < share ≤ 1) of the total weight."""
    w = np.asarray(list(weights), dtype="float64")
    if not 0 < share <= 1:
        raise ValueError("The quota share must be above 0 % and at most 100 %.")
    return float(share * w.sum())


def power_table(names: Sequence[str], weights: Sequence[float], quota: float) -> pd.DataFrame:
    """One row per player: weight share, Banzhaf, Shapley–Shubik, one-state-one-vote,
    and whether the player can pass or block a decision on its own.

    Returns a pandas DataFrame (shares as fractions of 1)."""
    import pandas as pd

    w, q = _check(weights, quota)
    names = list(names)
    if len(names) != w.size:
        raise ValueError(f"{len(names)} names for {w.size} weights.")
    swings, ss = _indices(w, q)  # one enumeration serves both indices
    raw = swings.astype("float64")
    eps = _TOL * float(w.sum())
    return pd.DataFrame(
        {
            "player": names,
            "weight_share": w / w.sum(),
            "banzhaf": raw / raw.sum(),
            "shapley_shubik": ss,
            "one_state_one_vote": np.full(w.size, 1 / w.size),
            "passes_alone": w >= q - eps,
            "blocks_alone": w.sum() - w < q - eps,
        }
    )
