"""Graded questions: one API for every exercise and every "check your understanding".

    from course.questions import Exercise
    ex = Exercise("00_start_here", title="Module 00 — exercises")
    ex.choice("q1", "Which state never ratified the CIS Charter?",
              options=["Belarus", "Ukraine", "Armenia"], answer="Ukraine",
              points=1, hint="Look at the Charter row of the memberships table.")
    ...
    ex.check("q7", my_result)     # code tasks (pandas, Altair), or answering from code
    ex.summary()                  # score table, updated live

In a master notebook answers are given as ``answer=...``; ``python -m course.authoring.build``
replaces them with ``key="v1.…"`` (see ``course.questions.keys``) in what students get.

Question types: ``choice``, ``multi`` (several correct options), ``numeric`` (with
tolerance and units), ``ordering`` (e.g. a timeline), ``matching`` (term → definition),
``short`` (a word or acronym), ``items`` (a collection, e.g. ISO codes from pandas),
``chart`` (an Altair chart checked on its spec) and ``text`` (a written argument,
scored by the instructor against a rubric shown above the box, before the student writes).

Every check returns a ``Feedback`` and never raises: odd input (None, NaN, a list
where a number is due, a huge number, text with units…) gets a clear message and is
not counted as an attempt. A wrong answer counts an attempt and shows the hint: ``hint=``
is one string or a list of steps (a pointer, then the worked step), one more step shown per
wrong try.
Progress is saved after every check (``course.questions.progress``) and restored, re-checked
against the key, when the notebook is run again — so a restart loses nothing and an
edited progress file cannot award points.

What runs in a student's kernel to ask and check, one job per module:

    types.py     every question type declared once (method, class, key kind, label, auto?)
    parse.py     reading typed or computed input (numbers, labels, collections): pure
    feedback.py  Feedback: status, message, points, hint steps, as text and HTML: pure
    model.py     each type's validate and grade against its key: pure, no widgets
    views.py     each type's box: prompt, ipywidgets, Check button, feedback area
    exercise.py  Exercise: questions, submit/check, progress, score table, practice vs graded
    keys.py      practice keys (salted hashes): honest about not being secret
    progress.py  ProgressStore: lock, merge, canonical values, atomic write
    scoring.py   score(spec, value) -> Feedback: the grader's and the service's one check
"""

from __future__ import annotations

from .exercise import (
    MODE_NOTES,
    MODES,
    REGISTRY,
    Exercise,
    check_your_understanding,
    scores,
)
from .feedback import _COLOURS, STATUS_WORDS, Feedback, hint_steps, hints_for
from .parse import (
    BLANK,
    MAX_ITEMS,
    MAX_NUMBER_TEXT,
    MAX_TEXT,
    AnswerError,
    as_items,
    bounded_list,
    clean_text,
    describe,
    parse_number,
)
from .views import (
    ChartTask,
    Choice,
    Items,
    Matching,
    Multi,
    Numeric,
    Ordering,
    Question,
    Short,
    Written,
)

__all__ = [
    "BLANK",
    "MAX_ITEMS",
    "MAX_NUMBER_TEXT",
    "MAX_TEXT",
    "MODES",
    "MODE_NOTES",
    "REGISTRY",
    "STATUS_WORDS",
    "_COLOURS",
    "AnswerError",
    "ChartTask",
    "Choice",
    "Exercise",
    "Feedback",
    "Items",
    "Matching",
    "Multi",
    "Numeric",
    "Ordering",
    "Question",
    "Short",
    "Written",
    "as_items",
    "bounded_list",
    "check_your_understanding",
    "clean_text",
    "describe",
    "hint_steps",
    "hints_for",
    "parse_number",
    "scores",
]
