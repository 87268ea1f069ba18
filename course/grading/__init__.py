"""Grading a class, as a pipeline of one-job steps (see ``pipeline``).

``collect`` finds and safely reads submissions · ``assemble`` builds the grading copy from
the graded release · ``sandbox`` runs it in bubblewrap · ``worker`` executes it inside ·
``answers`` reads what was saved and computed · ``score`` checks it against the private
keys, in the grader's process · ``outputs`` writes the gradebook and pages · ``cli`` is
``python -m course.grade``.
"""

from .pipeline import GradeError, Result, grade_class, grade_notebook, releases  # noqa: F401
