"""Build the notebooks students and instructors get from one master per notebook.

Masters are plain-text notebooks in the jupytext "percent" format, so they diff well:

    instructor/masters/lessons/00_start_here.py    ->  notebooks/00_start_here.ipynb
    instructor/masters/exercises/00_start_here.py  ->  exercises/00_start_here.ipynb        (student)
                                                   ->  instructor/solutions/00_start_here.ipynb

Rules applied to the student version (lessons included):

* ``answer=<literal>`` in a question call (``ex.choice(...)``, ``cyu.numeric(...)`` …)
  becomes ``key="v1.…"`` (see ``course.questions.keys``): no answer stays readable;
* a cell tagged ``solution-only`` is dropped (e.g. ``ex.check("q1", "B")``);
* between ``### BEGIN SOLUTION`` and ``### END SOLUTION`` the code is removed, and lines
  written ``# STUDENT: <code>`` become the student's starting code;
* cells that define questions are marked not deletable, not editable, and their code is
  collapsed (students see the question widget).

The solution version keeps answers and solutions and drops only the markers.
After writing, each notebook is executed in a clean kernel (nbclient, with a timeout)
so that its stored outputs are what nbval compares; widget state is not stored.

    python -m course.authoring.build              # all masters, build + execute
    python -m course.authoring.build 00 --no-execute
    python -m course.authoring.build --check      # exit 1 if a committed notebook is out of date
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import os
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .. import paths as _paths
from ..questions import keys as _keys
from ..questions import types as _types
from . import cells as _cells

# Authoring works on the checkout (run from a clone, editable install); see course/paths.py.
ROOT = _paths.checkout_dir() or _paths.PACKAGE_PARENT
MASTERS = ROOT / "instructor" / "masters"
KERNEL = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
QUESTION_METHODS = _types.KEYED_METHODS  # method -> key kind, for every automatic type

if TYPE_CHECKING:
    from nbformat import NotebookNode
VARIANTS = ("student", "solution", "graded")
_QUIZ_ID = re.compile(r"""(?:Exercise|check_your_understanding)\(\s*["']([^"']+)["']""")


class BuildError(Exception):
    pass


@dataclass
class Cell:
    kind: str  # "code" | "markdown"
    source: str
    tags: list[str] = field(default_factory=list)
    origin: str = ""  # the master cell's id: the same in every variant built from it
    metadata: dict = field(default_factory=dict)  # the master cell's other metadata


#: Tags the build acts on and removes: ``solution-only`` cells reach the solution copy only;
#: ``practice-only`` / ``graded-only`` Markdown (e.g. what *Check* does) reaches one mode only.
BUILD_TAGS = ("solution-only", "practice-only", "graded-only")
MODE_ONLY = {"student": "graded-only", "solution": "graded-only", "graded": "practice-only"}


def parse_master(text: str) -> list[Cell]:
    """Read a master (jupytext "percent" format) into cells.

    jupytext does the parsing, so a master opens as a notebook in JupyterLab and
    ``jupytext.writes(jupytext.reads(master))`` gives the master back unchanged
    (``tests/test_build.py`` holds both to that). Tags stay in ``Cell.tags``; any other cell
    metadata written in the master (e.g. ``jupyter={"source_hidden": true}``) is carried into
    every built notebook.
    """
    import jupytext

    cells: list[Cell] = []
    for c in jupytext.reads(text, fmt="py:percent").cells:
        meta = dict(c.metadata)
        tags = list(meta.pop("tags", []))
        origin = f"c{len(cells):02d}-" + hashlib.sha1(c.source.encode()).hexdigest()[:8]
        cells.append(Cell(c.cell_type, c.source, tags, origin, meta))
    return cells


def quiz_id_of(cells: list[Cell]) -> str | None:
    for c in cells:
        if c.kind == "code":
            m = _QUIZ_ID.search(c.source)
            if m:
                return m.group(1)
    return None


def _offsets(source: str) -> list[int]:
    """Byte offset of the start of each line (ast columns are UTF-8 byte offsets)."""
    boffsets = [0]
    for ln in source.encode().splitlines(keepends=True):
        boffsets.append(boffsets[-1] + len(ln))
    return boffsets


def _apply(source: str, edits: list[tuple[int, int, str]]) -> str:
    """Apply (start byte, end byte, new text) edits, last first."""
    out = source.encode()
    for start, end, text in sorted(edits, reverse=True):
        out = out[:start] + text.encode() + out[end:]
    return out.decode()


def _answer_edits(source: str, quiz_id: str, graded: bool) -> list[tuple[int, int, str]]:
    """answer=<literal> becomes key="…" (student) or disappears with its comma (graded)."""
    off = _offsets(source)
    raw = source.encode()
    edits = []
    for _method, qid, node in _cells.question_calls(source, QUESTION_METHODS):
        for kw in node.keywords:
            if kw.arg != "answer":
                continue
            try:
                value = ast.literal_eval(kw.value)
            except ValueError:
                raise BuildError(f"question {qid}: answer= must be a literal") from None
            start = off[kw.lineno - 1] + kw.col_offset
            end = off[kw.end_lineno - 1] + kw.end_col_offset
            if graded:
                comma = raw.rindex(b",", 0, start)  # the comma before answer=
                edits.append((comma, end, ""))
                continue
            key = f'key="{_keys.encode(QUESTION_METHODS[_method], quiz_id, qid, value)}"'
            if kw.lineno == node.lineno:
                # students see a question cell collapsed to its first line: keep the key off it
                key = "\n" + " " * (node.col_offset + 4) + key
            edits.append((start, end, key))
    return edits


def _kwarg_edit(source: str, node: ast.Call, text: str) -> tuple[int, int, str]:
    """Insert the keyword argument ``text`` just before the call's closing parenthesis."""
    off = _offsets(source)
    close = off[node.end_lineno - 1] + node.end_col_offset - 1
    before = source.encode()[:close].rstrip()
    sep = " " if before.endswith((b",", b"(")) else ", "
    return (close, close, sep + text)


def _mark_code_tasks(source: str, tasks: set[str]) -> list[tuple[int, int, str]]:
    """``code_task=True`` on each question answered by code: it shows no input box."""
    return [
        _kwarg_edit(source, node, "code_task=True")
        for _m, qid, node in _cells.question_calls(source, _types.METHODS)
        if qid in tasks and not any(k.arg == "code_task" for k in node.keywords)
    ]


def _graded_setup(source: str) -> list[tuple[int, int, str]]:
    """``mode="graded"`` on the setup call of a graded release."""
    for node in _cells._calls(source):
        name = getattr(node.func, "id", getattr(node.func, "attr", ""))
        if name == "Exercise" and not any(k.arg == "mode" for k in node.keywords):
            return [_kwarg_edit(source, node, 'mode="graded"')]
    return []


def _replace_answers(source: str, quiz_id: str) -> str:
    """Rewrite answer=<literal> into key="…" in question calls (student version)."""
    return _apply(source, _answer_edits(source, quiz_id, graded=False))


def _strip_solution(source: str, student: bool) -> str:
    out, inside = [], False
    for line in source.splitlines():
        s = line.strip()
        if s.startswith("### BEGIN SOLUTION"):
            inside = True
            continue
        if s.startswith("### END SOLUTION"):
            inside = False
            continue
        if inside:
            indent = line[: len(line) - len(line.lstrip())]
            if s.startswith("# STUDENT:"):
                if student:
                    out.append(indent + s[len("# STUDENT:") :].strip())
                continue
            if not student:
                out.append(line)
            continue
        out.append(line)
    if inside:
        raise BuildError("### BEGIN SOLUTION without ### END SOLUTION")
    return "\n".join(out)


def _defines_question(source: str) -> bool:
    """A cell that defines a question: a call on the course's question objects ``ex``
    (exercise notebooks) or ``cyu`` (lessons) — not any ``.items(`` or ``.chart(``."""
    return _cells.classify("code", source, [], _types.METHODS)["role"] == "question"


def role_of(c: Cell) -> dict:
    """The cell's ``metadata.course`` (see ``course.authoring.cells``)."""
    return _cells.classify(c.kind, c.source, c.tags, _types.METHODS)


def transform(cells: list[Cell], variant: str) -> list[Cell]:
    """variant: 'student' (practice keys), 'solution' (answers) or 'graded' (no key at all)."""
    if variant not in VARIANTS:
        raise BuildError(f"unknown variant {variant!r}")
    quiz_id = quiz_id_of(cells)
    tasks: set[str] = set()  # questions answered by code, not by a widget
    for c in cells:
        meta = role_of(c)
        if meta["role"] == "task":
            tasks.update(meta["questions"])
    for_students = variant in ("student", "graded")
    out = []
    for c in cells:
        if for_students and "solution-only" in c.tags:
            continue
        if MODE_ONLY[variant] in c.tags:  # text for the other mode (practice vs graded)
            continue
        src = c.source
        if c.kind == "code":
            src = _strip_solution(src, student=for_students)
            edits = _mark_code_tasks(src, tasks)
            if for_students and "answer=" in src:
                if quiz_id is None:
                    raise BuildError("answers given but no Exercise(...) id found")
                edits += _answer_edits(src, quiz_id, graded=(variant == "graded"))
            if variant == "graded":
                edits += _graded_setup(src)
            src = _apply(src, edits)
        out.append(Cell(c.kind, src, [t for t in c.tags if t not in BUILD_TAGS], c.origin, c.metadata))
    return out


def to_notebook(cells: list[Cell], meta: dict, lock_questions: bool) -> NotebookNode:
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = KERNEL
    nb.metadata["language_info"] = {"name": "python"}
    nb.metadata["course"] = meta
    for i, c in enumerate(cells):
        # ids come from the master cell, so a practice, graded and solution copy of one cell
        # share an id (the grader matches a student's cells to the release by id)
        cell_id = c.origin or f"c{i:02d}-" + hashlib.sha1(c.source.encode()).hexdigest()[:8]
        if c.kind == "markdown":
            cell = nbformat.v4.new_markdown_cell(c.source, id=cell_id)
        else:
            cell = nbformat.v4.new_code_cell(c.source, id=cell_id)
        cell.metadata.update(c.metadata)
        if c.tags:
            cell.metadata["tags"] = list(c.tags)
        cell.metadata["course"] = role_of(c)
        if lock_questions and _cells.is_question(cell):
            cell.metadata["editable"] = False
            cell.metadata["deletable"] = False
            # students see the question widget, not the call and its key
            cell.metadata["jupyter"] = {"source_hidden": True}
        nb.cells.append(cell)
    return nb


@dataclass
class Target:
    master: Path
    path: Path
    variant: str  # student | solution
    kind: str  # lesson | exercise | solution


def targets_for(master: Path) -> list[Target]:
    stem = master.stem
    if master.parent.name == "lessons":
        return [Target(master, ROOT / "notebooks" / f"{stem}.ipynb", "student", "lesson")]
    return [
        Target(master, ROOT / "exercises" / f"{stem}.ipynb", "student", "exercise"),
        Target(master, ROOT / "instructor" / "solutions" / f"{stem}.ipynb", "solution", "solution"),
    ]


def all_masters(patterns: list[str] | None = None) -> list[Path]:
    found = sorted(MASTERS.glob("lessons/*.py")) + sorted(MASTERS.glob("exercises/*.py"))
    if patterns:
        found = [m for m in found if any(p in str(m.relative_to(ROOT)) for p in patterns)]
    return found


def render(target: Target) -> NotebookNode:
    text = target.master.read_text(encoding="utf-8")
    cells = transform(parse_master(text), target.variant)
    meta = {
        "module": target.master.stem[:2],
        "kind": target.kind,
        "master": str(target.master.relative_to(ROOT)),
        "master_sha256": hashlib.sha256(text.encode()).hexdigest(),
    }
    return to_notebook(cells, meta, lock_questions=(target.variant in ("student", "graded")))


def execute(nb: NotebookNode, cwd: Path, timeout: int = 600, progress_dir: str | None = None) -> NotebookNode:
    """Run a notebook in a clean kernel; outputs in place, no widget state stored."""
    from nbclient import NotebookClient

    env_before = os.environ.get("COURSE_PROGRESS_DIR")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["COURSE_PROGRESS_DIR"] = progress_dir or tmp
        try:
            client = NotebookClient(
                nb,
                timeout=timeout,
                kernel_name="python3",
                resources={"metadata": {"path": str(cwd)}},
                record_timing=False,
                store_widget_state=False,
            )
            client.execute()
        finally:
            if env_before is None:
                os.environ.pop("COURSE_PROGRESS_DIR", None)
            else:
                os.environ["COURSE_PROGRESS_DIR"] = env_before
    nb.metadata.pop("widgets", None)
    for index, cell in enumerate(nb.cells):
        cell.metadata.pop("execution", None)
        _stable_widget_ids(cell, index)
    nb.metadata["kernelspec"] = KERNEL
    nb.metadata["language_info"] = {"name": "python"}
    return nb


WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def _stable_widget_ids(cell: dict, index: int) -> None:
    """Widget state is not stored, so a saved view's model id points at nothing; make it a
    function of the cell's place instead of a fresh uuid, so a rebuild does not churn git."""
    for n, out in enumerate(cell.get("outputs", [])):
        view = out.get("data", {}).get(WIDGET_VIEW)
        if isinstance(view, dict) and "model_id" in view:
            seed = f"{cell.get('id', '')}:{index}:{n}".encode()
            view["model_id"] = hashlib.sha256(seed).hexdigest()[:32]


def sources_of(nb: NotebookNode) -> list[tuple[str, str, list]]:
    return [(c.cell_type, c.source, list(c.metadata.get("tags", []))) for c in nb.cells]


def out_of_date(target: Target) -> str:
    import nbformat

    if not target.path.exists():
        return "missing"
    have = nbformat.read(target.path, as_version=4)
    want = render(target)
    if sources_of(have) != sources_of(want):
        return "cells differ from the master"
    return ""


def main(argv: list[str] | None = None) -> int:
    import nbformat

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("patterns", nargs="*", help="substrings of master paths, e.g. 00 or lessons/01")
    ap.add_argument("--no-execute", action="store_true")
    ap.add_argument("--check", action="store_true", help="only report out-of-date notebooks")
    ap.add_argument("--timeout", type=int, default=600)
    args = ap.parse_args(argv)
    masters = all_masters(args.patterns)
    if not masters:
        print("no masters matched", file=sys.stderr)
        return 2
    stale = 0
    for master in masters:
        for t in targets_for(master):
            rel = t.path.relative_to(ROOT)
            if args.check:
                why = out_of_date(t)
                if why:
                    stale += 1
                    print(f"OUT OF DATE {rel}: {why}")
                continue
            try:
                nb = render(t)
            except (BuildError, SyntaxError) as exc:
                print(f"ERROR in {master.relative_to(ROOT)}: {exc}", file=sys.stderr)
                return 1
            t0 = time.perf_counter()
            if not args.no_execute:
                nb = execute(nb, t.path.parent, timeout=args.timeout)
            t.path.parent.mkdir(parents=True, exist_ok=True)
            nbformat.write(nb, t.path)
            size = t.path.stat().st_size / 1024
            print(f"built {rel} ({size:.0f} KB, {time.perf_counter() - t0:.1f} s)")
    if args.check:
        print("all notebooks up to date" if not stale else f"{stale} notebook(s) out of date")
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
