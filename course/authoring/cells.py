"""The notebook contract: every cell's role, written by the build into ``metadata.course``.

The build (``course.authoring.build``) is the only code that looks at a master cell's *source* to
decide what the cell is (``classify``). It writes the answer into the cell's metadata::

    cell.metadata["course"] = {"role": "question", "questions": ["q6"], "quiz": "00_start_here"}

and everything downstream (the grader, the course report, the nbgrader export, the tests)
reads roles only through the predicates below, as nbgrader reads ``metadata.nbgrader``
through ``nbgrader/utils.py``.

Roles:

``setup``     the cell that creates the exercise set (``Exercise(...)`` / ``check_your_understanding``)
``question``  defines one or more questions (``ex.choice(...)`` …); locked in student versions
``task``      a student's code task: code they complete, ending in ``ex.check("qN", value)``
``summary``   ``ex.summary()``
``solution``  answers the widget questions (solution version only)
``code``      any other code (loading a table, drawing a chart, a widget)
``text``      Markdown
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from typing import Any

ROLES = ("setup", "question", "task", "summary", "solution", "code", "text")
SETUP_CALLS = ("Exercise", "check_your_understanding")
CHECK_METHODS = ("check", "submit")
#: the names a question cell calls question methods on (exercise notebooks / lessons)
QUESTION_RECEIVERS = ("ex", "cyu")


def _meta(cell: Any) -> dict:
    md = cell.get("metadata", {}) if hasattr(cell, "get") else {}
    course = md.get("course", {}) if isinstance(md, dict) else {}
    return course if isinstance(course, dict) else {}


def role(cell: Any) -> str:
    """The role the build wrote; ``text`` for Markdown, ``code`` for an unmarked code cell."""
    value = _meta(cell).get("role")
    if value in ROLES:
        return str(value)
    return "text" if cell.get("cell_type") == "markdown" else "code"


def questions(cell: Any) -> list[str]:
    """Question ids the cell defines (``question``) or checks (``task``)."""
    ids = _meta(cell).get("questions", [])
    return [str(q) for q in ids] if isinstance(ids, list) else []


def is_setup(cell: Any) -> bool:
    return role(cell) == "setup"


def is_question(cell: Any) -> bool:
    return role(cell) == "question"


def is_task(cell: Any) -> bool:
    return role(cell) == "task"


def is_fixed(cell: Any) -> bool:
    """A cell the release owns: a student's edit to it never counts (setup, questions, summary)."""
    return role(cell) in ("setup", "question", "summary", "solution", "text")


def quiz_of(cells: Iterable[Any]) -> str | None:
    """The exercise set's id, from the setup cell's metadata."""
    for cell in cells:
        if is_setup(cell) and _meta(cell).get("quiz"):
            return str(_meta(cell)["quiz"])
    return None


def task_questions(cells: Iterable[Any]) -> set[str]:
    """Ids of the questions answered by code (checked in a ``task`` cell)."""
    return {q for cell in cells if is_task(cell) for q in questions(cell)}


def defined_questions(cells: Iterable[Any]) -> list[str]:
    return [q for cell in cells if is_question(cell) for q in questions(cell)]


# --------------------------------------------------------------------------- for the build only
def _calls(source: str) -> list[ast.Call]:
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call)]


def _first_str(call: ast.Call) -> str | None:
    if call.args and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str):
        return call.args[0].value
    return None


def question_calls(source: str, methods: Iterable[str]) -> list[tuple[str, str, ast.Call]]:
    """(method, question id, call node) for each ``ex.<method>("qid", ...)`` in ``source``."""
    wanted = set(methods)
    found = []
    for call in _calls(source):
        f = call.func
        if (
            isinstance(f, ast.Attribute)
            and f.attr in wanted
            and isinstance(f.value, ast.Name)
            and f.value.id in QUESTION_RECEIVERS
        ):
            qid = _first_str(call)
            if qid is not None:
                found.append((f.attr, qid, call))
    found.sort(key=lambda t: (t[2].lineno, t[2].col_offset))
    return found


def classify(kind: str, source: str, tags: Iterable[str], methods: Iterable[str]) -> dict:
    """The ``metadata.course`` of one master cell (the build calls this, nothing else does).

    ``methods``: the question-defining method names (``course.questions.types``)."""
    if kind == "markdown":
        return {"role": "text"}
    if "solution-only" in tags:
        return {"role": "solution"}
    meta: dict[str, Any] = {}
    for call in _calls(source):
        name = (
            call.func.id
            if isinstance(call.func, ast.Name)
            else (call.func.attr if isinstance(call.func, ast.Attribute) else "")
        )
        if name in SETUP_CALLS and _first_str(call):
            return {"role": "setup", "quiz": _first_str(call)}
    defined = [qid for _m, qid, _c in question_calls(source, methods)]
    if defined:
        return {"role": "question", "questions": list(dict.fromkeys(defined))}
    checked = [qid for _m, qid, _c in question_calls(source, CHECK_METHODS)]
    if checked:
        return {"role": "task", "questions": list(dict.fromkeys(checked))}
    if any(m == "summary" for m in _method_names(source)):
        return {"role": "summary"}
    return meta or {"role": "code"}


def _method_names(source: str) -> list[str]:
    return [
        c.func.attr
        for c in _calls(source)
        if isinstance(c.func, ast.Attribute)
        and isinstance(c.func.value, ast.Name)
        and c.func.value.id in QUESTION_RECEIVERS
    ]
