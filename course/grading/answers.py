"""The answers of one submission, as plain data: what the widgets saved and what the code computed.

* Widget answers come from the student's progress file, read here in the grader's process
  (never executed, never trusted for a result: only each question's last saved ``answer``
  is taken, and the grader checks it itself). A "best" or "points" field in the file is
  ignored, so an edited file can only change which answer is checked.
* Code-task values come from the capture file the release's capture function wrote inside
  the sandbox: one JSON line per ``check``; the last value per question counts.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .collect import MAX_DEPTH, json_depth_ok, read_json, read_text

MAX_CAPTURE = 16 * 2**20
_MISSING = object()


@dataclass
class Answers:
    saved: dict[str, Any] = field(default_factory=dict)  # qid -> last saved answer (widgets)
    attempts: dict[str, int] = field(default_factory=dict)
    computed: dict[str, Any] = field(default_factory=dict)  # qid -> captured value (code tasks)
    capture_counts: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    progress_sha256: str = ""


def _int(value: Any) -> int:
    try:
        n = int(value)
        return n if 0 <= n < 10**6 else 0
    except (TypeError, ValueError, OverflowError):
        return 0


def progress_file(student_dir: Path, quiz: str, notebook: Path | None = None) -> Path | None:
    """``progress/<quiz>.json`` in the notebook's folder or any folder above it up to the
    student's folder (a course folder keeps it at its top), else ``<quiz>.json`` loose there."""
    places = []
    if notebook is not None:
        d = notebook.parent
        while True:
            places.append(d / "progress")
            if d == student_dir or student_dir not in d.parents:
                break
            d = d.parent
    places += [student_dir / "progress", student_dir]
    for folder in dict.fromkeys(places):
        p = folder / f"{quiz}.json"
        if p.exists() or p.is_symlink():
            return p
    return None


def _finite(value: Any) -> bool:
    return not (isinstance(value, float) and not math.isfinite(value))


def read_progress(path: Path | None, answers: Answers) -> None:
    if path is None:
        answers.notes.append("no progress file: answers given with the Check buttons could not be counted")
        return
    import hashlib

    text, why = read_text(path)
    if text is None:
        answers.notes.append(
            f"progress file not read ({why}): answers given with the Check buttons could not be counted"
        )
        return
    answers.progress_sha256 = hashlib.sha256(text.encode()).hexdigest()
    data, why = read_json(path)
    if not isinstance(data, dict) or not isinstance(data.get("answers"), dict):
        answers.notes.append(
            "progress file unreadable"
            + (f" ({why})" if why else "")
            + ": answers given with the Check buttons could not be counted"
        )
        return
    for qid, entry in data["answers"].items():
        if not isinstance(entry, dict):
            continue
        if "answer" in entry and _finite(entry["answer"]):
            answers.saved[str(qid)] = entry["answer"]
        answers.attempts[str(qid)] = _int(entry.get("attempts", 0))


def read_capture(path: Path, answers: Answers) -> None:
    if not path.exists():
        return
    text, why = read_text(path, MAX_CAPTURE)
    if text is None:
        answers.notes.append(f"the values your code computed could not be read ({why})")
        return
    for line in text.splitlines():
        if not line.strip() or not json_depth_ok(line, MAX_DEPTH):
            continue
        try:
            rec = json.loads(line)
        except (ValueError, RecursionError):
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("q"), str):
            continue
        qid = rec["q"]
        answers.capture_counts[qid] = answers.capture_counts.get(qid, 0) + 1
        answers.computed[qid] = rec.get("v", _MISSING)
    many = sorted(q for q, n in answers.capture_counts.items() if n > 1)
    if many:
        answers.notes.append(
            "checked more than once in one run, the last value counts: " + ", ".join(many[:20])
        )


def is_missing(value: Any) -> bool:
    return value is _MISSING
