"""Build the grading copy: the graded release's cells, with the student's code put in.

The release owns every cell but the student's code (``course.authoring.cells``: setup, questions,
summary and text come from the release, so an edited or deleted question cell changes
nothing). The student's ``task`` cells and the code cells they added are taken from the
submission (matched by cell id, else by the questions the cell checks) and rewritten so that
each ``<anything>.check("qN", value)`` / ``.submit(...)`` hands ``value`` to the grader's
capture function instead of the engine: the grade comes from what the code computes,
decoded outside the sandbox, never from the engine's state in the student's kernel.
"""

from __future__ import annotations

import ast
import copy
import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from ..authoring import cells as _cells
from ..questions import types as _types

CAPTURE = "_course_capture_"
#: release-owned prelude, run before anything of the student's
PRELUDE = f'''\
import json as _cj, os as _co
def {CAPTURE}(qid, value):
    """The grader's capture (release code): the value goes to a file, decoded outside."""
    try:
        v = value
        if type(v).__module__.startswith("altair") and hasattr(v, "to_dict"):
            v = v.to_dict()
            v.pop("datasets", None)
        elif type(v).__name__ == "DataFrame" and getattr(v, "shape", None) == (1, 1):
            v = v.iloc[0, 0]
        if hasattr(v, "tolist"):
            v = v.tolist()
        elif isinstance(v, (set, frozenset, tuple, range)) or type(v).__name__ in ("dict_keys", "dict_values", "generator"):
            v = [x for _, x in zip(range(10001), v)]
        elif hasattr(v, "item") and not isinstance(v, (str, bytes)):
            v = v.item()
        line = _cj.dumps({{"q": str(qid)[:40], "v": v}}, default=str)
    except Exception as _e:
        line = _cj.dumps({{"q": str(qid)[:40], "error": type(_e).__name__[:40]}})
    with open(_co.environ["COURSE_CAPTURE"], "a", encoding="utf-8") as _fh:
        _fh.write(line[:4000000] + "\\n")
'''
#: after the setup cell: any call of the engine's submit/check also lands in the capture
PATCH = f"""\
import course.questions as _cq
_cq.Exercise.submit = lambda self, qid, value, quiet=False: {CAPTURE}(qid, value)
_cq.Exercise.check = lambda self, qid, value: {CAPTURE}(qid, value)
"""
_TOUCHES = (
    "result",
    "last",
    "payload",
    "points",
    "store",
    "questions",
    "score",
    "summary_text",
    "evaluate",
    "grade",
    "key_error",
    "REGISTRY",
    "submit",
    "check",
)
_CHECK_TEXT = re.compile(r"\b[A-Za-z_][\w.]*\.(?:check|submit)\(")


@dataclass
class Assembly:
    """The grading copy plus what was found while building it."""

    nb: Any
    labels: list[str]  # per grading-copy cell: where it came from
    notes: list[str] = field(default_factory=list)
    owners: list[str] = field(default_factory=list)  # "release" | "student", per cell


class _Rewrite(ast.NodeTransformer):
    def __init__(self) -> None:
        self.count = 0

    def visit_Call(self, node: ast.Call) -> Any:
        self.generic_visit(node)
        f = node.func
        if (
            isinstance(f, ast.Attribute)
            and f.attr in ("check", "submit")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            self.count += 1
            return ast.copy_location(ast.Call(ast.Name(CAPTURE, ast.Load()), node.args[:2], []), node)
        return node


def rewrite_checks(source: str) -> str:
    """Every ``x.check("qN", v)`` / ``x.submit("qN", v)`` becomes ``_course_capture_("qN", v)``."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        # IPython syntax (magics) or a syntax error: a textual rewrite keeps the same meaning
        return _CHECK_TEXT.sub(CAPTURE + "(", source)
    rw = _Rewrite()
    tree = rw.visit(tree)
    return ast.unparse(ast.fix_missing_locations(tree)) if rw.count else source


def engine_touches(source: str) -> list[str]:
    """Names in a student's cell that reach into the question engine (reported, never obeyed)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for t in targets:
                if isinstance(t, ast.Attribute) and t.attr in _TOUCHES:
                    found.add(f"sets .{t.attr}")
        elif isinstance(node, ast.Call):
            f = node.func
            name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
            if name in ("Exercise", "check_your_understanding"):
                found.add(f"calls {name}(...)")
            if (
                isinstance(f, ast.Attribute)
                and f.attr in _types.METHODS
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(f"re-declares question {node.args[0].value!s:.20}")
            if name in ("setattr", "delattr"):
                found.add(f"calls {name}")
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            mod = node.module if isinstance(node, ast.ImportFrom) else None
            names = [a.name for a in node.names]
            for m in [mod, *names]:
                if m and any(m.startswith(p) for p in ("course.questions", "course.grading")):
                    found.add(f"imports {m}")
            if mod == "course" and {"questions", "grading"} & set(names):
                found.add("imports the question engine")
        elif isinstance(node, ast.Name) and node.id in ("REGISTRY", CAPTURE):
            found.add(f"uses {node.id}")
    return sorted(found)


_KEY = re.compile(r""",?\s*key=(["'])v1\.[^"']*\1""")
_MODE = re.compile(r""",\s*mode=(["'])graded\1""")


def same_cell(a: str, b: str) -> bool:
    """The same cell in a practice and a graded copy (they differ only by the key and the mode)."""

    def norm(s: str) -> str:
        return " ".join(_MODE.sub("", _KEY.sub("", s)).split())

    return norm(a) == norm(b)


def _src(cell: Any) -> str:
    s = cell.get("source", "")
    return "".join(s) if isinstance(s, list) else str(s)


def _student_role(cell: Any) -> dict:
    """What a submitted cell is, by the build's own classifier (its metadata may be edited)."""
    return _cells.classify(cell.get("cell_type", "code"), _src(cell), [], _types.METHODS)


def assemble(release_nb: Any, submission_nb: Any) -> Assembly:
    """The grading copy (see the module docstring)."""
    import nbformat

    rel_cells = list(release_nb.cells)
    sub_cells = [c for c in submission_nb.cells if c.get("cell_type") in ("code", "markdown")]
    by_id = {c.get("id"): j for j, c in enumerate(sub_cells) if c.get("id")}
    rel_ids = {c.get("id") for c in rel_cells}
    match: dict[int, int] = {}
    used: set[int] = set()
    for r, rc in enumerate(rel_cells):
        j = by_id.get(rc.get("id"))
        if j is not None and j not in used:
            match[r], _ = j, used.add(j)
    for r, rc in enumerate(rel_cells):  # an id that changed: by role and questions
        if r in match or rc.get("cell_type") != "code" or _cells.role(rc) in ("code", "text"):
            continue
        want = set(_cells.questions(rc))
        for j, sc in enumerate(sub_cells):
            if j in used or sc.get("cell_type") != "code":
                continue
            meta = _student_role(sc)
            if meta["role"] == _cells.role(rc) and (
                set(meta.get("questions", [])) & want or (not want and not meta.get("questions"))
            ):
                match[r], _ = j, used.add(j)
                break

    for r, rc in enumerate(rel_cells):  # the same text under another id
        if r in match or rc.get("cell_type") != "code":
            continue
        for j, sc in enumerate(sub_cells):
            if j not in used and sc.get("cell_type") == "code" and same_cell(_src(sc), _src(rc)):
                match[r], _ = j, used.add(j)
                break

    notes: list[str] = []
    edited, deleted = [], []
    for r, rc in enumerate(rel_cells):
        name = f"cell {r + 1}" + (f" ({', '.join(_cells.questions(rc))})" if _cells.questions(rc) else "")
        if rc.get("cell_type") != "code":
            continue
        if r not in match:
            deleted.append(name)
            continue
        if _cells.is_fixed(rc) and not same_cell(_src(sub_cells[match[r]]), _src(rc)):
            edited.append(name)
    order = [match[r] for r in sorted(match)]
    if any(b < a for a, b in itertools.pairwise(order)):
        notes.append("cells were reordered; graded in the released order")

    # cells the student added: after the release cell they followed
    inverse = {j: r for r, j in match.items()}
    setup = next((r for r, rc in enumerate(rel_cells) if _cells.is_setup(rc)), 0)
    extras: dict[int, list[int]] = {}
    last = -1
    for j, sc in enumerate(sub_cells):
        if j in inverse:
            last = inverse[j]
        elif sc.get("cell_type") == "code" and sc.get("id") not in rel_ids and _src(sc).strip():
            extras.setdefault(max(last, setup), []).append(j)

    out = nbformat.v4.new_notebook()
    out.metadata = copy.deepcopy(release_nb.metadata)
    asm = Assembly(out, [], notes)
    touched: list[str] = []

    def add(source: str, label: str, owner: str) -> None:
        cell = nbformat.v4.new_code_cell(source)
        cell["id"] = f"g{len(out.cells):03d}"
        cell.metadata["grader"] = {"owner": owner}
        out.cells.append(cell)
        asm.labels.append(label)
        asm.owners.append(owner)

    def add_student(source: str, label: str) -> None:
        t = engine_touches(source)
        if t:
            touched.append(f"{label}: {', '.join(t)}")
        add(rewrite_checks(source), label, "student")

    add(PRELUDE, "grader", "release")
    for r, rc in enumerate(rel_cells):
        if rc.get("cell_type") == "code":
            src = _src(rc)
            name = f"cell {r + 1}" + (f" ({', '.join(_cells.questions(rc))})" if _cells.questions(rc) else "")
            if _cells.is_task(rc):
                sc = sub_cells[match[r]] if r in match else None
                body = _src(sc) if sc is not None and sc.get("cell_type") == "code" else src
                add_student(body, "your " + name)
            elif _cells.role(rc) == "code":
                add(src, "release " + name, "release")
            else:
                add(src, "release " + name, "release")
                if _cells.is_setup(rc):
                    add(PATCH, "grader", "release")
        for j in extras.get(r, []):
            add_student(_src(sub_cells[j]), f"a cell you added after cell {r + 1}")

    if edited:
        notes.append("edited cell(s) replaced by the released version: " + "; ".join(edited))
    if deleted:
        notes.append("deleted cell(s), released version used: " + "; ".join(deleted))
    n_extra = sum(len(v) for v in extras.values())
    if n_extra:
        notes.append(f"{n_extra} added code cell(s) kept")
    if touched:
        notes.append(
            "code that reaches into the question engine (it cannot change the grade): "
            + "; ".join(touched)[:600]
        )
    return asm
