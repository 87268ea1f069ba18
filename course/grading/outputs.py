"""What the grader writes: gradebook.csv, feedback pages, written answers (HTML from templates).

Pages are rendered by Jinja2 with autoescape on, so nothing a student wrote (a prompt they
cannot change, but also an answer, a file name or a note) can become markup. CSV cells that
a spreadsheet would read as a formula (starting with ``= + - @``, a tab or a carriage
return) are prefixed with ``'``. Feedback file names are unique per student.
"""

from __future__ import annotations

import csv
import hashlib
import html
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

GRADEBOOK_FIELDS = [
    "student",
    "quiz",
    "notebook",
    "auto_points",
    "auto_max",
    "manual_max",
    "answered",
    "questions",
    "status",
    "notes",
]
STATUS_WORDS = {
    "correct": "✓ correct",
    "partial": "◐ partly right",
    "incorrect": "✗ not yet",
    "invalid": "⚠ could not be checked",
    "unanswered": "… no answer",
    "submitted": "✎ submitted, awaits your instructor",
}


def _env():
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(
        loader=PackageLoader("course.grading", "templates"),
        autoescape=select_autoescape(["html"]),
        keep_trailing_newline=True,
    )
    env.globals.update(num=num, plain=plain, tips=tips, status_word=lambda s: STATUS_WORDS.get(s, str(s)))
    return env


def num(x: Any) -> str:
    return "–" if x is None else f"{x:g}"


def plain(prompt: Any, limit: int = 0) -> str:
    """A prompt as plain text (tags stripped, entities decoded), optionally shortened."""
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", "", str(prompt or ""))).split())
    if limit and len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + " …"
    return text


def tips(q: dict) -> list[str]:
    out = []
    if q.get("status") in ("incorrect", "partial", "invalid") and q.get("message"):
        out.append(str(q["message"]))
    if q.get("status") in ("incorrect", "partial", "unanswered", "invalid") and q.get("hint"):
        out.append("Hint: " + str(q["hint"]))
    if q.get("status") == "submitted" and q.get("rubric"):
        out.append("Rubric: " + "; ".join(str(x) for x in q["rubric"]))
    return out


def safe_cell(value: Any) -> str:
    """A CSV cell a spreadsheet shows as text, never runs as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def feedback_name(student: str) -> str:
    """``<readable>-<6 hex>.html``: readable, and unique even when two names read the same."""
    readable = re.sub(r"[^\w.-]+", "_", student).strip("._")[:60] or "student"
    return f"{readable}-{hashlib.sha256(student.encode()).hexdigest()[:6]}.html"


def feedback_html(student: str, results: list) -> str:
    return _env().get_template("feedback.html").render(title=f"Feedback for {student}", results=results)


def written_rows(results: Iterable) -> list[dict]:
    rows = []
    for r in results:
        if r.status in ("duplicate", "refused"):
            continue
        for q in r.rows:
            if q.get("type") == "text":
                answer = q.get("answer") or ""
                rows.append(
                    {
                        "quiz": r.quiz,
                        "qid": q["id"],
                        "prompt": q.get("prompt") or "",
                        "rubric": q.get("rubric") or [],
                        "max": q.get("max"),
                        "student": r.student,
                        "words": len(answer.split()),
                        "answer": answer,
                    }
                )
    return rows


def written_html(rows: list[dict]) -> str:
    groups: dict[tuple[str, str], list[dict]] = {}
    for w in rows:
        groups.setdefault((w["quiz"], w["qid"]), []).append(w)
    ordered = [(k, sorted(v, key=lambda w: w["student"])) for k, v in sorted(groups.items())]
    return _env().get_template("written.html").render(title="Written answers", groups=ordered)


def write_outputs(results: list, out: Path) -> None:
    """gradebook.csv, feedback/<student>-<hash>.html, written_answers.html and .csv."""
    out.mkdir(parents=True, exist_ok=True)
    ordered = sorted(results, key=lambda r: (r.student, r.quiz, r.notebook))
    with open(out / "gradebook.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=GRADEBOOK_FIELDS)
        w.writeheader()
        for r in ordered:
            w.writerow({k: safe_cell(v) for k, v in r.csv_row().items()})
    fb_dir = out / "feedback"
    fb_dir.mkdir(exist_ok=True)
    by_student: dict[str, list] = {}
    for r in ordered:
        by_student.setdefault(r.student, []).append(r)
    for student, rs in by_student.items():
        (fb_dir / feedback_name(student)).write_text(feedback_html(student, rs), encoding="utf-8")
    rows = written_rows(ordered)
    (out / "written_answers.html").write_text(written_html(rows), encoding="utf-8")
    with open(out / "written_answers.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["student", "quiz", "qid", "max", "words", "answer", "score"])
        w.writeheader()
        for row in rows:
            w.writerow(
                {k: safe_cell(row.get(k, "")) for k in ("student", "quiz", "qid", "max", "words", "answer")}
                | {"score": ""}
            )
