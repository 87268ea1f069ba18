"""Grading time per notebook, in the sandbox and without it (``benchmark.py --grading N``).

Builds a class of N students, each with the graded release of module 00 solved (code tasks
and widget answers), grades it twice with one job — once in bubblewrap sandboxes, once with
``--unsafe-no-sandbox`` — alternating the order, and prints the median seconds per notebook
and the sandbox's overhead.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from course.authoring import build, cells
from course.grading import pipeline
from course.questions.progress import ProgressStore

ROOT = Path(__file__).resolve().parents[1]

QUIZ = "00_start_here"
ANSWERS = {
    "q1": "Single Economic Space (SES)",
    "q2": ["Belarus", "Kazakhstan", "Russia", "Ukraine"],
    "q5": "The CIS",
}


def make_class(base: Path, n: int) -> Path:
    rel = pipeline.releases()[QUIZ]
    master = build.MASTERS / "exercises" / f"{QUIZ}.py"
    sol = build.render(build.Target(master, master, "solution", "solution"))
    code = {cells.questions(c)[0]: c.source for c in sol.cells if cells.is_task(c)}
    for i in range(n):
        nb = nbformat.from_dict(json.loads(nbformat.writes(rel.nb)))
        for c in nb.cells:
            if cells.is_task(c):
                c.source = code[cells.questions(c)[0]]
        folder = base / f"student{i:02d}"
        (folder / "exercises").mkdir(parents=True)
        nbformat.write(nb, folder / "exercises" / f"{QUIZ}.ipynb")
        store = ProgressStore(QUIZ, folder / "progress")
        for q, a in ANSWERS.items():
            store.record(q, answer=a, attempts=1)
    return base


def measure(n: int, rounds: int = 2) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        subs = make_class(Path(tmp) / "subs", n)
        times: dict[str, list[float]] = {"sandbox": [], "no sandbox": []}
        for r in range(rounds):
            for mode in ("sandbox", "no sandbox") if r % 2 == 0 else ("no sandbox", "sandbox"):
                out = Path(tmp) / f"out-{mode}-{r}"
                res = pipeline.grade_class(
                    subs,
                    out,
                    timeout=120,
                    jobs=1,
                    wall=600,
                    unsafe=(mode == "no sandbox"),
                    log=lambda m: None,
                )
                bad = [x.status for x in res if x.status != "ok"]
                if bad:
                    print(f"  {mode}: statuses {bad}", file=sys.stderr)
                times[mode] += [x.seconds for x in res]
    med = {k: statistics.median(v) for k, v in times.items()}
    return {
        "students": n,
        "rounds": rounds,
        "median_s": med,
        "overhead_pct": 100 * (med["sandbox"] / med["no sandbox"] - 1),
        "all_s": times,
    }


def main(n: int = 6) -> dict:
    fig = measure(n)
    m = fig["median_s"]
    print(f"\ngrading module 00, {n} solved notebooks x {fig['rounds']} rounds, jobs=1:")
    print(f"  in the sandbox   median {m['sandbox']:.2f} s per notebook")
    print(f"  without sandbox  median {m['no sandbox']:.2f} s per notebook")
    print(f"  sandbox overhead {fig['overhead_pct']:+.0f} % (target < 25 %)")
    return fig


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 6)
