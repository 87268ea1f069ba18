"""The gradebook from the attempt log, in the class grader's columns (``course.grading.outputs``).

One row per (student, exercise set) with at least one attempt, in the newest key set's term.
``auto_points`` is the sum of each automatic question's best try after the policy;
``attempts`` counts every counted try; ``manual_points`` the instructor's scores of written
answers given on the service's scoring page (blank while none is scored).
"""

from __future__ import annotations

import csv
import io
from typing import Any

from ..grading.outputs import GRADEBOOK_FIELDS
from .core import Checker

FIELDS = GRADEBOOK_FIELDS + ["attempts", "manual_points"]


def gradebook(checker: Checker, quiz: str | None = None) -> list[dict[str, Any]]:
    rows = []
    manual = checker.manual_scores(quiz)
    sets = [q for q in checker.quizzes() if quiz is None or q["quiz"] == quiz]
    for info in sets:
        qz = info["quiz"]
        with checker.Session() as s:
            loaded = checker.keys_for(s, qz)
        specs = loaded.keys.questions
        by_student: dict[str, list[dict]] = {}
        for a in checker.attempts(quiz=qz):
            if a["term"] == loaded.term:
                by_student.setdefault(a["student"], []).append(a)
        for student in sorted(by_student):
            tries = [a for a in by_student[student] if a["number"] is not None]
            best: dict[str, float] = {}
            for a in tries:
                if a["points"] is not None:
                    best[a["question"]] = max(best.get(a["question"], 0.0), a["points"])
            answered = {a["question"] for a in tries}
            written = [q for q, sp in specs.items() if not sp.auto and q in answered]
            scored = {q: manual[(student, qz, q)].points for q in written if (student, qz, q) in manual}
            refused = sum(1 for a in by_student[student] if a["status"] == "refused")
            notes = []
            if len(scored) < len(written):
                notes.append(f"{len(written) - len(scored)} written answer(s) await scoring")
            if refused:
                notes.append(f"{refused} try/tries refused (no tries left)")
            rows.append(
                {
                    "student": student,
                    "quiz": qz,
                    "notebook": f"{qz}.ipynb",
                    "auto_points": _num(sum(best.get(q, 0.0) for q, sp in specs.items() if sp.auto)),
                    "auto_max": _num(sum(sp.points for sp in specs.values() if sp.auto)),
                    "manual_max": _num(sum(sp.points for sp in specs.values() if not sp.auto)),
                    "answered": len(answered),
                    "questions": len(specs),
                    "status": "ok",
                    "notes": " | ".join(notes),
                    "attempts": len(tries),
                    "manual_points": _num(sum(scored.values())) if scored else "",
                }
            )
    return rows


def to_csv(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def _num(x: float) -> str:
    return f"{x:g}"
