"""Score one answer against a private key, in the grader's (or the checking service's) process.

    from course.grading import private_keys
    from course.questions import scoring
    spec = private_keys.load("00_start_here")["q6"]
    fb = scoring.score(spec, 11)        # Feedback("correct", ..., points=1.0, max_points=1.0)

The same model classes (``model.py``) that give practice feedback in a student's kernel
check the answer here, so practice and graded mode can never disagree on what is right; but
nothing here runs in, or trusts, the student's kernel: ``value`` is plain data (read from a
progress file or captured from a sandbox and decoded as JSON). No widget is made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import model as _model
from . import types as _types
from .feedback import Feedback

if TYPE_CHECKING:
    from ..grading.private_keys import QuestionSpec


class _Detached:
    """The little of an Exercise a question needs to check an answer (no widgets, no file)."""

    mode = "practice"
    name = "ex"

    def __init__(self, quiz: str):
        self.quiz_id = quiz
        self.questions: dict = {}


def question_for(spec: QuestionSpec) -> _model.Question:
    """The model question for ``spec``, holding the key."""
    from ..grading.private_keys import MISSING

    cls = getattr(_model, _types.TYPES[spec.method].cls)
    kwargs = dict(spec.kwargs)
    if spec.auto and spec.answer is not MISSING:
        kwargs["answer"] = spec.answer
    q = cls(_Detached(spec.quiz), spec.qid, spec.prompt, **kwargs)
    q.number = spec.number
    return q


def score(spec: QuestionSpec, value: Any) -> Feedback:
    """The ``Feedback`` for ``value`` (never raises: odd input is ``invalid``, 0 points)."""
    try:
        return question_for(spec).evaluate(value)
    except Exception as exc:  # noqa: BLE001 - a grade row must never be a traceback
        return Feedback(
            "invalid",
            f"Could not check this answer ({type(exc).__name__}).",
            0.0,
            spec.points,
            (),
            f"Question {spec.number} ({spec.qid})",
        )
