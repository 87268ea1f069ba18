"""The answer keys of the graded exercise sets, read from the masters — for the grader and the
checking service only.

A graded release (``course.authoring.release``) carries no key at all; the keys live only in the
masters (``instructor/masters/exercises/*.py``), which students never receive. This module
reads them without running anything: every question call of a master has literal
arguments (the build refuses anything else), so ``ast.literal_eval`` gives the question's
prompt, options, tolerance, points and answer.

    keys = load("00_start_here")          # {qid: QuestionSpec}
    feedback = course.questions.scoring.score(keys["q6"], 11)
"""

from __future__ import annotations

import ast
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..authoring import cells as _cells
from ..questions import types as _types

MISSING: Any = None


@dataclass
class QuestionSpec:
    """One question of a master, as the grader sees it."""

    quiz: str
    qid: str
    method: str  # key of course.questions.types.TYPES
    prompt: str
    number: int  # 1-based position in the set
    kwargs: dict[str, Any] = field(default_factory=dict)  # points, hint, options, tol, rubric…
    answer: Any = MISSING
    code_task: bool = False

    @property
    def points(self) -> float:
        return float(self.kwargs.get("points", 1))

    @property
    def auto(self) -> bool:
        return _types.TYPES[self.method].auto

    @property
    def hints(self) -> tuple[str, ...]:
        """The hint's steps (``hint=`` is one string or a list: a pointer, then a worked step)."""
        from ..questions.feedback import hint_steps

        return hint_steps(self.kwargs.get("hint", ""))

    @property
    def hint(self) -> str:
        """Every step of the hint as one text (the grader's feedback page, written after the
        deadline, shows them all)."""
        return " ".join(self.hints)


@dataclass
class MasterKeys:
    """Every question of one exercise set, with the set's own settings."""

    quiz: str
    title: str
    path: Path
    sha256: str
    questions: dict[str, QuestionSpec]
    settings: dict[str, Any] = field(default_factory=dict)  # keyword arguments of Exercise(...)


class KeyError_(ValueError):
    """A master that cannot give keys (an author's error, reported with its place)."""


def read_master(path: Path | str) -> MasterKeys:
    """The keys of one exercise master."""
    from ..authoring.build import parse_master

    path = Path(path)
    text = path.read_text(encoding="utf-8")
    cells = parse_master(text)
    quiz, title, settings = "", "", {}
    specs: dict[str, QuestionSpec] = {}
    checked: set[str] = set()
    for c in cells:
        if c.kind != "code" or "solution-only" in c.tags:
            continue
        meta = _cells.classify(c.kind, c.source, c.tags, _types.METHODS)
        if meta["role"] == "setup" and not quiz:
            quiz = meta["quiz"]
            settings = _setup_kwargs(c.source)
            title = str(settings.get("title", quiz))
        elif meta["role"] == "task":
            checked.update(meta["questions"])
        for method, qid, call in _cells.question_calls(c.source, _types.METHODS):
            try:
                args = [ast.literal_eval(a) for a in call.args]
                kwargs = {k.arg: ast.literal_eval(k.value) for k in call.keywords if k.arg}
            except ValueError:
                raise KeyError_(f"{path.name}: question {qid}: arguments must be literals") from None
            answer = kwargs.pop("answer", MISSING)
            kwargs.pop("key", None)
            kwargs.pop("code_task", None)
            positional = _positional(method, args[2:])
            specs[qid] = QuestionSpec(
                quiz,
                qid,
                method,
                str(args[1]) if len(args) > 1 else "",
                len(specs) + 1,
                {**positional, **kwargs},
                answer,
            )
    if not quiz:
        raise KeyError_(f"{path.name}: no Exercise(...) call")
    for qid in checked & set(specs):
        specs[qid].code_task = True
    return MasterKeys(quiz, title, path, hashlib.sha256(text.encode()).hexdigest(), specs, settings)


_POSITIONAL = {
    "choice": ("options",),
    "multi": ("options",),
    "ordering": ("items",),
    "matching": ("left", "right"),
    "text": ("rubric",),
}


def _positional(method: str, rest: list) -> dict[str, Any]:
    return dict(zip(_POSITIONAL.get(method, ()), rest))


def _setup_kwargs(source: str) -> dict[str, Any]:
    for call in _cells._calls(source):
        name = call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", "")
        if name in _cells.SETUP_CALLS:
            out = {}
            for k in call.keywords:
                try:
                    out[k.arg] = ast.literal_eval(k.value)
                except ValueError:
                    continue
            return out
    return {}


def masters_dir() -> Path:
    from .. import paths

    return paths.masters_dir() / "exercises"  # of the course folder (course/paths.py)


def load_all(directory: Path | str | None = None) -> dict[str, MasterKeys]:
    """Every exercise master's keys, by quiz id."""
    found: dict[str, MasterKeys] = {}
    for path in sorted(Path(directory or masters_dir()).glob("*.py")):
        keys = read_master(path)
        found[keys.quiz] = keys
    return found


def load(quiz: str, directory: Path | str | None = None) -> dict[str, QuestionSpec]:
    """The keys of one exercise set, by question id."""
    every = load_all(directory)
    if quiz not in every:
        raise KeyError_(f"no master for exercise set {quiz!r}")
    return every[quiz].questions
