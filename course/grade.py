"""``python -m course.grade``: the class grader. The code lives in ``course.grading``."""

from __future__ import annotations

from .grading.cli import main
from .grading.pipeline import GradeError, Result, grade_class, grade_notebook, releases  # noqa: F401

if __name__ == "__main__":
    raise SystemExit(main())
