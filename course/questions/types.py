"""Every question type, declared once.

Each row says: the ``Exercise`` method an author calls, the engine class that checks it
(the same name in ``model.py``, which checks, and ``views.py``, which adds the widgets), the
key kind it is stored under (``keys.py``), the name students and instructors read, and
whether it is scored automatically. The build, the
grader, the course report and the nbgrader export derive their lists from this table;
``tests/test_cells.py`` proves the engine agrees with it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class QuestionType:
    method: str  # ex.<method>(qid, prompt, ...)
    cls: str  # class name in course.questions.model (and .views)
    key_kind: str  # kind in course.questions.keys
    label: str  # what people read
    auto: bool = True  # scored automatically (False: the instructor scores it)


TYPES: dict[str, QuestionType] = {
    t.method: t
    for t in (
        QuestionType("choice", "Choice", "choice", "multiple choice"),
        QuestionType("multi", "Multi", "multi", "multiple answers"),
        QuestionType("numeric", "Numeric", "numeric", "numeric"),
        QuestionType("short", "Short", "short", "short answer"),
        QuestionType("ordering", "Ordering", "ordering", "ordering"),
        QuestionType("matching", "Matching", "matching", "matching"),
        QuestionType("items", "Items", "set", "data task (list)"),
        QuestionType("chart", "ChartTask", "chart", "chart task (Altair)"),
        QuestionType("text", "Written", "text", "written argument", auto=False),
    )
}

#: methods that define a question
METHODS: tuple[str, ...] = tuple(TYPES)
#: methods whose ``answer=`` becomes a key (every automatic type)
KEYED_METHODS: dict[str, str] = {m: t.key_kind for m, t in TYPES.items() if t.auto}
