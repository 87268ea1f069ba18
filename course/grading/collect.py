"""Find the submissions in a class folder, read each one safely, and pick one per exercise set.

Every file is looked at with ``lstat`` first: only regular files are read (a FIFO, a device or
a socket named ``x.ipynb`` is reported, never opened), symlinks are reported and not followed,
files over ``MAX_BYTES`` are refused, JSON nested deeper than ``MAX_DEPTH`` is refused before
it is parsed, and text that is not UTF-8 is reported. Nothing here raises for a bad file.

**Which notebook counts** when a student hands in several for one exercise set (the rule
the instructor README states): solution notebooks are refused first; then the notebook whose
file name is the release's own (``00_start_here.ipynb``) wins, the one nearest the top of the
student's folder first; failing that, the most recently modified; ties go to the first path
in alphabetical order. The others get a ``duplicate`` row and are not graded.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..questions.progress import json_too_deep

MAX_BYTES = 20 * 2**20  # a notebook or progress file larger than this is refused
MAX_DEPTH = 200  # deeper JSON nesting is refused before parsing
MAX_FILES = 2000  # files looked at per student folder
SKIP_DIRS = {".ipynb_checkpoints", "__pycache__", ".git", "node_modules"}


@dataclass
class Candidate:
    """One file in a student's folder that looks like a notebook."""

    student: str
    path: Path  # absolute
    rel: str  # relative to the class folder, e.g. "alice/exercises/00.ipynb"
    folder: Path  # the student's folder
    problem: str = ""  # why it cannot be read ("" if it can)
    nb: Any = None
    sha256: str = ""
    mtime: float = 0.0
    notes: list[str] = field(default_factory=list)


def json_depth_ok(text: str, limit: int = MAX_DEPTH) -> bool:
    """True if brackets never nest deeper than ``limit`` (strings skipped; linear time)."""
    return not json_too_deep(text, limit)


def read_text(path: Path, limit: int = MAX_BYTES) -> tuple[str | None, str]:
    """(text, "") or (None, why) — regular files only, size-capped, UTF-8."""
    try:
        st = os.lstat(path)
    except OSError as exc:
        return None, f"cannot look at the file ({type(exc).__name__})"
    if stat.S_ISLNK(st.st_mode):
        return None, "the file is a symbolic link; hand in the file itself"
    if not stat.S_ISREG(st.st_mode):
        return None, "not a regular file (a pipe, device or socket), not read"
    if st.st_size > limit:
        return None, f"the file is {st.st_size / 2**20:.0f} MB, over the {limit / 2**20:.0f} MB limit"
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            raw = fh.read(limit + 1)
    except OSError as exc:
        return None, f"cannot read the file ({type(exc).__name__})"
    try:
        return raw.decode("utf-8"), ""
    except UnicodeDecodeError:
        return None, "the file is not UTF-8 text"


def read_json(path: Path, limit: int = MAX_BYTES) -> tuple[Any, str]:
    """(data, "") or (None, why), with the same guards plus a nesting limit."""
    text, why = read_text(path, limit)
    if text is None:
        return None, why
    if not json_depth_ok(text):
        return None, f"the JSON is nested more than {MAX_DEPTH} levels deep"
    try:
        return json.loads(text), ""
    except (ValueError, RecursionError):
        return None, "the file is not JSON"


def read_notebook(path: Path) -> tuple[Any | None, str, str]:
    """(notebook, sha256, "") or (None, "", why)."""
    import nbformat

    text, why = read_text(path)
    if text is None:
        return None, "", why
    if not json_depth_ok(text):
        return None, "", f"the JSON is nested more than {MAX_DEPTH} levels deep"
    try:
        raw = json.loads(text)
    except (ValueError, RecursionError):
        return None, "", "the file is not JSON, so not a notebook (was it saved from another program?)"
    if not isinstance(raw, dict) or not isinstance(raw.get("cells"), list):
        return None, "", "the file is JSON but has no notebook cells"
    try:
        nb = nbformat.reads(text, as_version=4)
    except Exception as exc:  # noqa: BLE001 - any nbformat failure means "not a notebook"
        return None, "", f"nbformat cannot read it ({type(exc).__name__})"
    return nb, hashlib.sha256(text.encode()).hexdigest(), ""


def _walk(folder: Path) -> tuple[list[Path], list[str]]:
    """Every *.ipynb under ``folder`` without following symlinks; notes on what was skipped."""
    found, notes, seen = [], [], 0
    for dirpath, dirnames, filenames in os.walk(
        folder,
        followlinks=False,
        onerror=lambda e: notes.append(f"a folder could not be read ({type(e).__name__})"),
    ):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS and not d.startswith("."))
        for name in sorted(filenames):
            seen += 1
            if seen > MAX_FILES:
                notes.append(f"more than {MAX_FILES} files: the rest were not looked at")
                return found, notes
            if name.endswith(".ipynb"):
                found.append(Path(dirpath) / name)
    return found, notes


def collect(submissions: Path) -> tuple[list[Candidate], list[tuple[str, str, str]]]:
    """(candidates, problems) — problems are (student, relative path, why) without a notebook."""
    cands: list[Candidate] = []
    problems: list[tuple[str, str, str]] = []
    try:
        entries = sorted(os.scandir(submissions), key=lambda e: e.name)
    except OSError as exc:
        return [], [("", str(submissions), f"the class folder cannot be read ({type(exc).__name__})")]
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_symlink():
            problems.append((entry.name, entry.name, "a symbolic link in the class folder; not followed"))
            continue
        if entry.is_file(follow_symlinks=False):
            problems.append(
                (
                    entry.name,
                    entry.name,
                    (
                        "a file at the top of the class folder: "
                        "put each student's files in a folder named after them"
                    ),
                )
            )
            continue
        if not entry.is_dir(follow_symlinks=False):
            problems.append((entry.name, entry.name, "not a file or folder; not read"))
            continue
        folder = Path(entry.path)
        paths, notes = _walk(folder)
        if not paths:
            problems.append((entry.name, "", "no .ipynb file in this student's folder"))
        for p in paths:
            c = Candidate(
                entry.name, p, f"{entry.name}/{p.relative_to(folder).as_posix()}", folder, notes=list(notes)
            )
            try:
                st = os.lstat(p)
                c.mtime = st.st_mtime
            except OSError:
                pass
            c.nb, c.sha256, c.problem = read_notebook(p)
            cands.append(c)
    return cands, problems


def choose(cands: list[Candidate], release_name: str) -> tuple[Candidate, list[Candidate]]:
    """(the notebook that counts, the others) for one student and exercise set (module doc)."""

    def rank(c: Candidate) -> tuple:
        depth = len(Path(c.rel).parts)
        return (
            0 if c.path.name == release_name else 1,
            depth if c.path.name == release_name else 0,
            -c.mtime,
            c.rel,
        )

    ordered = sorted(cands, key=rank)
    return ordered[0], ordered[1:]
