"""``python -m course.grade SUBMISSIONS --out GRADEBOOK`` (see instructor/README.md)."""

from __future__ import annotations

import argparse
import sys

from .pipeline import GradeError, grade_class


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m course.grade", description="Grade a folder of submitted exercise notebooks."
    )
    ap.add_argument("submissions", help="class folder: one sub-folder per student")
    ap.add_argument("--out", required=True, help="folder for gradebook.csv, feedback/ and written answers")
    ap.add_argument(
        "--timeout", type=int, default=120, help="seconds per cell of the student's own code (default 120)"
    )
    ap.add_argument("--wall", type=float, default=900, help="seconds per notebook in all (default 900)")
    ap.add_argument("--jobs", type=int, default=1, help="notebooks graded at once (default 1)")
    ap.add_argument(
        "--masters",
        default=None,
        help="folder of exercise masters holding the keys (default: instructor/masters/exercises)",
    )
    ap.add_argument("--memory-mb", type=int, default=1536, help="memory per sandbox (default 1536)")
    ap.add_argument(
        "--unsafe-no-sandbox",
        action="store_true",
        help="grade without the sandbox where bubblewrap cannot run (every row is marked)",
    )
    a = ap.parse_args(argv)
    from .sandbox import Limits

    try:
        results = grade_class(
            a.submissions,
            a.out,
            timeout=a.timeout,
            jobs=a.jobs,
            wall=a.wall,
            masters=a.masters,
            unsafe=a.unsafe_no_sandbox,
            limits=Limits(memory_mb=a.memory_mb, cpu_seconds=int(a.wall)),
        )
    except (GradeError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    bad = [r for r in results if r.status != "ok"]
    print(
        f"{len(results)} row(s); {len(results) - len(bad)} ok, {len(bad)} with a status to look at "
        "(see the notes column)."
    )
    return 0
