"""Fuzz the checks: odd values for every question type, odd question ids; count tracebacks.

    .venv/bin/python tools/fuzz_checks.py                 # 10,000 checks per question type
    .venv/bin/python tools/fuzz_checks.py -n 2000 --types numeric chart

Every check should return a Feedback; a check that raises is a traceback the student would
see. Prints tracebacks per 10,000 checks for each question type and for the id argument,
the slowest check, and the first few exception types. What it checks comes from
tools/fuzz_strategies.py, whose strategies tests/test_questions_fuzz.py runs too, so the test and
the figure cover one thing.
"""

from __future__ import annotations

import argparse
import collections
import tempfile
import time
from pathlib import Path

import fuzz_strategies
from fuzz_strategies import QID, QUESTION_TYPES, make_exercise, odd_values, question_ids
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st


# --------------------------------------------------------------------------- the run
def fuzz(qtype: str, n: int, directory: Path) -> dict:
    """Check ``n`` odd values on question ``qtype`` ("id": odd ids on every question)."""
    ex = make_exercise(directory, quiz=f"fuzz-{qtype}")
    raised: collections.Counter[str] = collections.Counter()
    slowest = [0.0, ""]
    count = [0]
    strategy = (
        st.tuples(question_ids(), st.sampled_from(["Moscow", 34, ["BLR"], None]))
        if qtype == "id"
        else st.tuples(st.just(QID[qtype]), odd_values(qtype))
    )

    @settings(
        max_examples=n,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def one(case):
        qid, value = case
        count[0] += 1
        t = time.perf_counter()
        try:
            fb = ex.submit(qid, value)
            fb.text()
            fb.html()
        except BaseException as exc:  # counting, not handling
            if isinstance(exc, KeyboardInterrupt):
                raise
            raised[type(exc).__name__] += 1
        took = time.perf_counter() - t
        if took > slowest[0]:
            slowest[:] = [took, f"{type(value).__name__} {type(qid).__name__}"]

    one()
    total = count[0]
    return {
        "type": qtype,
        "checks": total,
        "tracebacks": sum(raised.values()),
        "per_10k": 10_000 * sum(raised.values()) / total if total else 0.0,
        "kinds": dict(raised.most_common(4)),
        "slowest_s": slowest[0],
        "slowest": slowest[1],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=10_000, help="checks per question type")
    ap.add_argument(
        "--types",
        nargs="*",
        default=[*QUESTION_TYPES, "id"],
        help="question types (and 'id' for odd question ids)",
    )
    ap.add_argument(
        "--finite",
        action="store_true",
        help="no endless iterators or 40k-digit text (for code that would hang)",
    )
    args = ap.parse_args(argv)
    fuzz_strategies.ENDLESS = not args.finite
    print(f"{'type':10} {'checks':>7} {'tracebacks':>10} {'per 10k':>8} {'slowest s':>9}  kinds")
    with tempfile.TemporaryDirectory() as tmp:
        for qtype in args.types:
            r = fuzz(qtype, args.n, Path(tmp))
            print(
                f"{r['type']:10} {r['checks']:7d} {r['tracebacks']:10d} {r['per_10k']:8.1f} "
                f"{r['slowest_s']:9.3f}  {r['kinds'] or ''}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
