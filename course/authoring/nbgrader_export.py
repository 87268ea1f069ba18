"""Export an exercise master as an nbgrader *source* notebook.

    python -m course.authoring.nbgrader_export instructor/masters/exercises/00_start_here.py OUT.ipynb

Put ``OUT.ipynb`` in ``source/<assignment>/`` of an nbgrader course and run
``nbgrader generate_assignment <assignment>`` as usual (see ``instructor/README.md``).
Every cell gets nbgrader cell metadata (schema version 3):

* Markdown, the setup cell, question-defining cells, provided code and the summary:
  **read-only** (``locked: true``), so nbgrader restores them before autograding. Answers in
  question cells are written as hidden keys (``key="v1.…"``), exactly as in the student
  version made by ``course.authoring.build``; the plain ``answer=`` never reaches nbgrader's release.
* Code tasks (cells with ``### BEGIN SOLUTION`` … ``### END SOLUTION``): **autograded answer**
  cells (``solution: true``). The markers are nbgrader's own, so ``generate_assignment``
  replaces the solution with its "YOUR CODE HERE" stub. The course's ``# STUDENT:`` lines
  are dropped (nbgrader supplies the stub).
* After each automatically scored question an **autograder test** cell
  (``grade: true, points: N``). For a code task it asserts
  ``ex.submit("qN", <the student's variable>).status == "correct"``; for a question answered
  with a widget it asserts that the answer saved in ``progress/<quiz>.json`` (next to the
  notebook, so ``nbgrader submit`` collects it) is correct. Questions with partial credit
  (matching, chart) end the test with the points earned, which nbgrader reads as partial
  credit; zero points fail the assertion first (nbgrader would read 0 as full credit).
* A written question (``ex.text``) gets a **manually graded answer** Markdown cell
  (``grade: true, solution: true, points: N``) after it, holding the master's model answer
  if it has one (nbgrader hides it in the release); the rubric stays in the question.
* ``solution-only`` cells (plain answers) are left out.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from pathlib import Path
from typing import Any

from ..questions import types as _types
from . import build
from . import cells as _cells

SCHEMA_VERSION = 3
PARTIAL_KINDS = {"matching", "chart"}
_ID_OK = re.compile(r"[^A-Za-z0-9_\-]")


class ExportError(ValueError):
    """The master cannot be exported (the message says why)."""


def nbgrader_meta(
    grade_id: str,
    *,
    grade: bool = False,
    solution: bool = False,
    locked: bool = False,
    points: float | None = None,
) -> dict:
    """Cell metadata in nbgrader's schema version 3."""
    meta: dict[str, Any] = {
        "grade": grade,
        "grade_id": _ID_OK.sub("_", grade_id),
        "locked": locked,
        "schema_version": SCHEMA_VERSION,
        "solution": solution,
        "task": False,
    }
    if grade:
        if points is None or points < 0:
            raise ExportError(f"{grade_id}: a graded cell needs points >= 0")
        meta["points"] = float(points)
    return meta


def _points_of(source: str, qid: str) -> float:
    """The points= of question ``qid`` in a cell (1 if not given, as in the engine)."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and node.args[0].value == qid
        ):
            for kw in node.keywords:
                if kw.arg == "points":
                    return float(ast.literal_eval(kw.value))
            return 1.0
    raise ExportError(f"question {qid} not found")


def _model_answers(cells: list[build.Cell]) -> dict[str, Any]:
    """Literal answers given in solution-only cells: ex.submit("q10", "…")."""
    found: dict[str, Any] = {}
    for c in cells:
        if c.kind != "code" or "solution-only" not in c.tags:
            continue
        for node in ast.walk(ast.parse(c.source)):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "submit"
                and len(node.args) >= 2
                and isinstance(node.args[0], ast.Constant)
            ):
                try:
                    found[node.args[0].value] = ast.literal_eval(node.args[1])
                except ValueError:
                    pass
    return found


def _checks(source: str) -> list[tuple[str, str, str]]:
    """(exercise variable, qid, value expression) of every ``ex.check("qN", value)`` call."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "check"
            and isinstance(node.func.value, ast.Name)
            and len(node.args) == 2
            and isinstance(node.args[0], ast.Constant)
        ):
            found.append(
                (
                    node.func.value.id,
                    str(node.args[0].value),
                    ast.get_source_segment(source, node.args[1]) or "",
                )
            )
    return sorted(found, key=lambda t: t[1])


def _drop_student_lines(source: str) -> str:
    out, inside = [], False
    for line in source.splitlines():
        s = line.strip()
        if s.startswith("### BEGIN SOLUTION"):
            inside = True
        elif s.startswith("### END SOLUTION"):
            inside = False
        elif inside and s.startswith("# STUDENT:"):
            continue
        out.append(line)
    return "\n".join(out)


def _widget_test(name: str, qid: str, kind: str, quiz: str) -> str:
    lines = [
        f"# Autograder test for {qid} ({kind}): the answer saved with the Check button",
        f"# (progress/{quiz}.json, restored and re-checked against the hidden key).",
        f"_fb = {name}.questions[{qid!r}].result",
        f"assert _fb is not None and _fb.status in {('correct', 'partial') if kind in PARTIAL_KINDS else ('correct',)!r}"
        f' and (_fb.points or 0) > 0, "{qid}: no right answer saved yet"',
    ]
    if kind in PARTIAL_KINDS:
        lines.append("_fb.points  # partial credit for nbgrader")
    return "\n".join(lines)


def _code_test(name: str, qid: str, kind: str, expr: str) -> str:
    lines = [
        f"# Autograder test for {qid} ({kind}): re-checks your value with the course's engine.",
        f"_fb = {name}.submit({qid!r}, {expr}, quiet=True)",
    ]
    if kind in PARTIAL_KINDS:
        lines += [
            "assert _fb.status in ('correct', 'partial') and (_fb.points or 0) > 0, _fb.text()",
            "_fb.points  # partial credit for nbgrader",
        ]
    else:
        lines.append('assert _fb.status == "correct", _fb.text()')
    return "\n".join(lines)


def _question_calls(source: str) -> list[tuple[str, str, str]]:
    """(receiver, method, question id) of each question call, read by the build's own parser."""
    return [
        (call.func.value.id, method, qid)
        for method, qid, call in _cells.question_calls(source, _types.METHODS)
    ]


def export(master: Path | str) -> Any:
    """The nbgrader source notebook for an exercise master (an nbformat notebook)."""
    import nbformat

    master = Path(master)
    try:
        text = master.read_text(encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"cannot read {master}: {exc.strerror}") from None
    cells = build.parse_master(text)
    quiz = build.quiz_id_of(cells)
    if quiz is None or not any(
        build.role_of(c).get("role") == "setup" and "Exercise(" in c.source for c in cells
    ):
        raise ExportError(f"{master.name}: no Exercise(...) call, so not an exercise master")
    models = _model_answers(cells)
    kinds: dict[str, str] = {}  # qid -> question type ("done" once a code test exists)
    names: dict[str, str] = {}  # qid -> the Exercise variable (ex, …)
    defs_src: dict[str, str] = {}  # qid -> the cell that defines it
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = build.KERNEL
    nb.metadata["language_info"] = {"name": "python"}
    nb.metadata["course"] = {
        "module": master.stem[:2],
        "kind": "nbgrader-source",
        "master": str(master.resolve().relative_to(build.ROOT))
        if master.resolve().is_relative_to(build.ROOT)
        else master.name,
        "quiz": quiz,
    }
    used: set[str] = set()

    def gid(base: str) -> str:
        base = _ID_OK.sub("_", base)
        name, n = base, 2
        while name in used:
            name, n = f"{base}_{n}", n + 1
        used.add(name)
        return name

    def add(kind: str, source: str, meta: dict) -> None:
        cell = (
            nbformat.v4.new_markdown_cell(source) if kind == "markdown" else nbformat.v4.new_code_cell(source)
        )
        cell["id"] = meta["grade_id"][:64]
        cell.metadata["nbgrader"] = meta
        nb.cells.append(cell)

    for i, c in enumerate(cells):
        # the nbgrader copy checks against practice keys: it gets the practice-mode text
        if "solution-only" in c.tags or build.MODE_ONLY["student"] in c.tags:
            continue
        if c.kind == "markdown":
            add("markdown", c.source, nbgrader_meta(gid(f"md_{i:02d}"), locked=True))
            continue
        src = _drop_student_lines(c.source)
        if "answer=" in src:
            try:
                src = build._replace_answers(src, quiz)
            except (build.BuildError, SyntaxError) as exc:
                raise ExportError(f"{master.name}, cell {i + 1}: {exc}") from None
        defined = _question_calls(src)
        if build._QUIZ_ID.search(src):  # setup cell
            src = (
                'import os\nos.environ.setdefault("COURSE_PROGRESS_DIR", "progress")'
                "  # answers saved next to the notebook, so nbgrader collects them\n" + src
            )
            add("code", src, nbgrader_meta(gid("setup"), locked=True))
            continue
        if "### BEGIN SOLUTION" in src:  # a code task
            checks = _checks(src)
            qids = [q for _n, q, _e in checks] or ["task"]
            add("code", src, nbgrader_meta(gid(f"{qids[0]}_answer"), solution=True))
            for name, qid, expr in checks:
                if qid not in defs_src:
                    raise ExportError(f"{master.name}: {qid} is checked before it is defined")
                kind = kinds.get(qid, "numeric")
                points = _points_of(defs_src[qid], qid)
                add(
                    "code",
                    _code_test(name, qid, kind, expr.strip()),
                    nbgrader_meta(gid(f"{qid}_test"), grade=True, locked=True, points=points),
                )
                kinds[qid] = "done"
            continue
        label = defined[0][2] if defined else ("summary" if ".summary()" in src else f"code_{i:02d}")
        add("code", src, nbgrader_meta(gid(label), locked=True))
        for name, kind, qid in defined:
            kinds[qid], names[qid] = kind, name
            defs_src[qid] = src
            if kind == "text":
                model = models.get(qid)
                body = (
                    model
                    if isinstance(model, str)
                    else "Write your answer here (the box above is for practice; "
                    "this cell is what your instructor scores)."
                )
                add(
                    "markdown",
                    body,
                    nbgrader_meta(
                        gid(f"{qid}_written"), grade=True, solution=True, points=_points_of(src, qid)
                    ),
                )
    return _place_widget_tests(nb, kinds, names, quiz, used)


def _place_widget_tests(
    nb: Any, kinds: dict[str, str], names: dict[str, str], quiz: str, used: set[str]
) -> Any:
    """Insert a test after each question cell whose question is answered with a widget."""
    import nbformat

    out = []
    for cell in nb.cells:
        out.append(cell)
        if cell.cell_type != "code":
            continue
        for name, kind, qid in _question_calls(cell.source):
            if kind == "text" or kinds.get(qid) == "done":
                continue
            if cell.metadata["nbgrader"].get("solution"):
                continue
            gid = f"{qid}_test"
            if gid in used:
                continue
            used.add(gid)
            test = nbformat.v4.new_code_cell(_widget_test(name, qid, kind, quiz))
            test["id"] = gid[:64]
            test.metadata["nbgrader"] = nbgrader_meta(
                gid, grade=True, locked=True, points=_points_of(cell.source, qid)
            )
            out.append(test)
    nb.cells = out
    return nb


def main(argv: list[str] | None = None) -> int:
    import nbformat

    ap = argparse.ArgumentParser(
        prog="python -m course.authoring.nbgrader_export",
        description="Write an nbgrader source notebook from an exercise master.",
    )
    ap.add_argument("master", help="instructor/masters/exercises/NN_name.py")
    ap.add_argument("out", help="where to write the .ipynb (e.g. source/ps00/00_start_here.ipynb)")
    a = ap.parse_args(argv)
    try:
        nb = export(a.master)
    except (ExportError, SyntaxError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    out = Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, out)
    graded = [c.metadata["nbgrader"] for c in nb.cells if c.metadata["nbgrader"]["grade"]]
    auto = sum(m["points"] for m in graded if not m["solution"])
    manual = sum(m["points"] for m in graded if m["solution"])
    print(
        f"wrote {out}: {len(nb.cells)} cells, {len(graded)} graded "
        f"({auto:g} automatic points in autograder tests, {manual:g} manually graded)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
