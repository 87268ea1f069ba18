"""What a check tells the student: a ``Feedback`` (status, message, points, hint steps), as
text and as accessible HTML. Pure data, no widgets: the grader and the checking service build
the same objects.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

STATUS_WORDS = {
    "correct": "✓ Correct",
    "partial": "◐ Partly right",
    "incorrect": "✗ Not yet",
    "invalid": "⚠ Can't check that",
    "unanswered": "… No answer yet",
    "submitted": "✎ Submitted",
    "saved": "✔ Saved",
}

_COLOURS = {  # background, text (all pass WCAG AA contrast)
    "correct": ("#e6f4ea", "#1e5e2f"),
    "partial": ("#fff4e0", "#6b4400"),
    "incorrect": ("#fdecea", "#8a1c12"),
    "invalid": ("#eef2f7", "#27374d"),
    "unanswered": ("#f3f3f3", "#333333"),
    "submitted": ("#eef2fb", "#1d3a7a"),
    "saved": ("#eef2fb", "#1d3a7a"),
}


@dataclass
class Feedback:
    status: str
    message: str
    points: float | None
    max_points: float
    hint: str | tuple[str, ...] = ""  # the hint steps this feedback shows (see hint_steps)
    label: str = ""

    @property
    def hints(self) -> tuple[str, ...]:
        """The hint steps shown with this feedback (a wrong or partly right answer only)."""
        return hint_steps(self.hint) if self.status in ("incorrect", "partial") else ()

    @property
    def counts_as_attempt(self) -> bool:
        return self.status in ("correct", "partial", "incorrect", "submitted", "saved")

    def text(self) -> str:
        pts = (
            "awaits the instructor"
            if self.points is None and self.status == "submitted"
            else f"{_fmt(self.max_points)} points, scored by the grader"
            if self.points is None and self.status == "saved"
            else f"{_fmt(self.points or 0)}/{_fmt(self.max_points)} points"
        )
        line = f"{self.label}: {STATUS_WORDS[self.status]} — {pts}."
        if self.message:
            line += " " + self.message
        for label, step in _hint_labels(self.hints):
            line += f" {label}: {step}"
        return line

    def html(self) -> str:
        bg, fg = _COLOURS[self.status]
        body = f"<b>{STATUS_WORDS[self.status]}</b>"
        if self.status not in ("unanswered",):
            pts = (
                "scored by your instructor's grader"
                if self.points is None and self.status == "saved"
                else "points await the instructor"
                if self.points is None
                else f"{_fmt(self.points)}/{_fmt(self.max_points)} points"
            )
            body += f" · {pts}"
        if self.message:
            body += f"<br>{html.escape(self.message)}"
        for label, step in _hint_labels(self.hints):
            body += f"<br><b>{label}:</b> {html.escape(step)}"
        return (
            f'<div role="status" style="background:{bg};color:{fg};padding:6px 10px;'
            f'border-radius:4px;max-width:760px">{body}</div>'
        )

    def _repr_html_(self) -> str:
        return self.html()

    def __repr__(self) -> str:
        return self.text()


def hint_steps(hint: Any) -> tuple[str, ...]:
    """A question's ``hint=`` as its steps: a string is one step, a list or tuple of strings
    is several (a pointer first, then a worked step). Empty steps are dropped."""
    if hint is None:
        return ()
    if isinstance(hint, str):
        return (hint,) if hint.strip() else ()
    try:
        steps = list(hint)
    except TypeError:
        return (str(hint),)
    return tuple(str(s) for s in steps if s is not None and str(s).strip())


def hints_for(steps: Any, attempts: int) -> tuple[str, ...]:
    """The hint steps due after ``attempts`` counted tries: one more step per wrong try
    (the first after the first try), and once every step is shown they all stay."""
    steps = hint_steps(steps)
    return steps[: max(1, min(int(attempts or 0), len(steps)))]


def _hint_labels(steps: tuple[str, ...]) -> list[tuple[str, str]]:
    if len(steps) == 1:
        return [("Hint", steps[0])]
    return [(f"Hint {i}", step) for i, step in enumerate(steps, 1)]


def _fmt(x: float | None) -> str:
    if x is None:
        return "–"
    return f"{x:g}"
