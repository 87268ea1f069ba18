"""Answers × private keys → one row per question, in the grader's own process."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..questions import scoring
from .answers import Answers, is_missing
from .private_keys import MasterKeys


@dataclass
class Totals:
    earned: float
    auto_max: float
    manual_max: float
    answered: int
    total: int


def score_rows(keys: MasterKeys, answers: Answers, code_ran: bool) -> tuple[list[dict], Totals]:
    """One row per question of the set (status, points, message, hint; written answers kept)."""
    rows = []
    for spec in keys.questions.values():
        row: dict[str, Any] = {
            "question": spec.number,
            "id": spec.qid,
            "type": spec.method,
            "max": spec.points,
            "auto": spec.auto,
            "points": None,
            "attempts": answers.attempts.get(spec.qid, 0),
            "prompt": spec.prompt,
            "hint": spec.hint,
            "rubric": list(spec.kwargs.get("rubric", []) or []),
            "min_words": spec.kwargs.get("min_words"),
            "message": "",
            "answer": None,
        }
        if not spec.auto:
            text = answers.saved.get(spec.qid)
            if isinstance(text, str) and text.strip():
                row.update(status="submitted", answer=text[:20000])
            else:
                row.update(status="unanswered")
        elif spec.code_task:
            value = answers.computed.get(spec.qid, None)
            if spec.qid not in answers.computed:
                row.update(
                    status="unanswered",
                    points=0.0,
                    message=(
                        "your code did not reach ex.check for this question"
                        if code_ran
                        else "your code could not be run to the end"
                    ),
                )
            elif is_missing(value):
                row.update(status="invalid", points=0.0, message="the value could not be read")
            else:
                fb = scoring.score(spec, value)
                row.update(status=fb.status, points=float(fb.points or 0.0), message=fb.message)
        else:
            if spec.qid in answers.saved:
                fb = scoring.score(spec, answers.saved[spec.qid])
                row.update(status=fb.status, points=float(fb.points or 0.0), message=fb.message)
            else:
                row.update(status="unanswered", points=0.0)
        rows.append(row)
    auto = [r for r in rows if r["auto"]]
    totals = Totals(
        sum(r["points"] or 0 for r in auto),
        sum(r["max"] for r in auto),
        sum(r["max"] for r in rows if not r["auto"]),
        sum(1 for r in rows if r["status"] in ("correct", "partial", "incorrect", "submitted")),
        len(rows),
    )
    return rows, totals
