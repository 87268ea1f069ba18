"""Grade a class: run every submitted exercise notebook in a clean kernel and write a gradebook.

    python -m course.grade SUBMISSIONS_DIR --out GRADEBOOK_DIR [--timeout 120] [--jobs 1]

Layout of a class folder::

    SUBMISSIONS_DIR/
        alice/
            00_start_here.ipynb        # any file name: the exercise set is read from the notebook
            progress/00_start_here.json   # optional: the answers saved by the widgets
        bob/ ...

For each (student, notebook) the grader

1. identifies the exercise set from the notebook's metadata (``course.master``) or, failing
   that, from its ``Exercise("<quiz id>", ...)`` call — never from the file name;
2. builds a *grading copy* from the **released** student version (``exercises/<stem>.ipynb``):
   the setup cell, every question-defining (locked) cell and the markdown come from the
   release, so an edited answer key or an edited or deleted question cell cannot change the
   grade; the student's own code cells are taken from the submission by cell id (or, if the
   id changed, by the question they check). Cells the student added are kept in place.
   Edited, deleted and reordered cells are reported;
3. appends a cell that prints the scores (``course.questions``) behind a random marker;
4. executes the copy in a clean kernel (nbclient: a time limit per cell, errors allowed,
   the kernel interrupted on timeout, and an overall wall limit enforced by running each
   notebook in its own worker process) with ``COURSE_PROGRESS_DIR`` pointing at a temporary
   *copy* of the student's ``progress/`` folder. Saved answers to code tasks are dropped from
   that copy: code tasks are graded on what the student's code computes now;
5. writes ``gradebook.csv``, ``feedback/<student>.html`` (status and points per question,
   hints but never answers), ``written_answers.html`` and ``written_answers.csv`` (every
   written answer with its rubric, for the instructor to score).

Re-runs skip submissions whose notebook, progress file, release and grader are unchanged
(cache in ``GRADEBOOK_DIR/.cache.json``). A broken submission gets a row with a status and a
note, and never stops the run.

Statuses: ``ok`` · ``error`` (some of the student's cells raised; everything else is graded)
· ``timeout`` (a cell was interrupted, the rest graded; or the whole notebook exceeded the
wall limit, then no points) · ``crashed`` (the kernel died; no points) · ``not-a-notebook``
· ``unknown-exercise`` · ``no-notebook`` (a student folder with no notebook) ·
``duplicate`` (a second notebook for the same exercise; the best one counts) ·
``not-in-student-folder`` (a file at the top level of the class folder).

Limit: the student's code runs in the same kernel as the question engine, so a determined
student could tamper with the engine from a code cell; the grader is not a sandbox. Run it
as a user that can write nowhere important, and read the notes column.
"""
from __future__ import annotations

import argparse
import concurrent.futures as cf
import copy
import csv
import hashlib
import html
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

ROOT = Path(__file__).resolve().parents[1]
RELEASE_DIR = ROOT / "exercises"
CACHE_NAME = ".cache.json"
GRADEBOOK_FIELDS = ["student", "quiz", "notebook", "auto_points", "auto_max", "manual_max",
                    "answered", "questions", "status", "notes"]
_QUIZ_ID = re.compile(r"""\bExercise\(\s*["']([^"']+)["']""")
_DEFINES = re.compile(r"""\b\w+\.(?:choice|multi|numeric|short|ordering|matching|items|chart|text)"""
                      r"""\(\s*["']([^"']+)["']""")
_CHECKS = re.compile(r"""\b\w+\.(?:check|submit)\(\s*["']([^"']+)["']""")
_SKIP_DIRS = {"progress", ".ipynb_checkpoints", "__pycache__"}


class GradeError(ValueError):
    """A problem with the grader's own input (not with a submission)."""


# --------------------------------------------------------------------------- releases
@dataclass
class Release:
    """A released student exercise notebook."""
    quiz: str
    path: Path
    master: str
    sha256: str


def _quiz_from_cells(cells: Iterable[Any]) -> str | None:
    for c in cells:
        if c.get("cell_type") == "code":
            m = _QUIZ_ID.search(_src(c))
            if m:
                return m.group(1)
    return None


def _src(cell: Any) -> str:
    s = cell.get("source", "")
    return "".join(s) if isinstance(s, list) else str(s)


def find_releases(release_dir: Path | str = RELEASE_DIR) -> dict[str, Release]:
    """Every released exercise notebook, by quiz id."""
    import nbformat

    found: dict[str, Release] = {}
    for path in sorted(Path(release_dir).glob("*.ipynb")):
        raw = path.read_bytes()
        nb = nbformat.reads(raw.decode("utf-8"), as_version=4)
        quiz = _quiz_from_cells(nb.cells)
        if quiz:
            master = str(nb.metadata.get("course", {}).get("master", ""))
            found[quiz] = Release(quiz, path, master, hashlib.sha256(raw).hexdigest())
    return found


def grader_version() -> str:
    """Package version plus a digest of the code that decides a grade (part of the cache key)."""
    try:
        from importlib.metadata import version
        ver = version("postsoviet-course")
    except Exception:  # noqa: BLE001 - not installed as a distribution
        ver = "0"
    h = hashlib.sha256()
    for name in ("questions.py", "keys.py", "progress.py", "grade.py"):
        p = Path(__file__).with_name(name)
        if p.exists():
            h.update(p.read_bytes())
    return f"{ver}+{h.hexdigest()[:12]}"


# --------------------------------------------------------------------------- the grading copy
def _label(source: str) -> str:
    ids = list(dict.fromkeys(_DEFINES.findall(source) + _CHECKS.findall(source)))
    return ", ".join(ids)


def _is_fixed(cell: Any) -> bool:
    """True for release cells the student does not own (markdown, setup, questions, summary)."""
    if cell.get("cell_type") != "code":
        return True
    src = _src(cell)
    md = cell.get("metadata", {})
    return (md.get("editable") is False or md.get("deletable") is False
            or bool(_QUIZ_ID.search(src)) or bool(_DEFINES.search(src))
            or src.strip().endswith(".summary()"))


@dataclass
class Assembly:
    """The grading copy plus what was found while building it."""
    nb: Any
    labels: list[str]                       # per grading-copy cell: where it came from
    notes: list[str] = field(default_factory=list)
    code_tasks: set[str] = field(default_factory=set)


def assemble(release_nb: Any, submission_nb: Any) -> Assembly:
    """Release cells for everything fixed, the student's cells for their code (see module doc)."""
    import nbformat

    rel_cells = list(release_nb.cells)
    sub_cells = [c for c in submission_nb.cells if c.get("cell_type") in ("code", "markdown")]
    sub_by_id = {c.get("id"): i for i, c in enumerate(sub_cells) if c.get("id")}
    rel_ids = {c.get("id") for c in rel_cells}

    # match every release cell to a submission cell: by id, else (code) by the questions it names
    match: dict[int, int] = {}
    used: set[int] = set()
    for r, rc in enumerate(rel_cells):
        j = sub_by_id.get(rc.get("id"))
        if j is not None and j not in used:
            match[r] = j
            used.add(j)
    for r, rc in enumerate(rel_cells):             # same text, new id (e.g. copied cells)
        if r in match:
            continue
        for j, sc in enumerate(sub_cells):
            if (j not in used and sc.get("cell_type") == rc.get("cell_type")
                    and _src(sc).strip() == _src(rc).strip()):
                match[r] = j
                used.add(j)
                break
    for r, rc in enumerate(rel_cells):
        if r in match or rc.get("cell_type") != "code":
            continue
        src = _src(rc)
        defined, checked = _DEFINES.findall(src), _CHECKS.findall(src)
        for j, sc in enumerate(sub_cells):
            if j in used or sc.get("cell_type") != "code":
                continue
            ssrc = _src(sc)
            same = ((defined and _DEFINES.findall(ssrc)[:1] == defined[:1])
                    or (not defined and checked and _CHECKS.findall(ssrc)[:1] == checked[:1]
                        and not _DEFINES.search(ssrc))
                    or (not defined and not checked and _QUIZ_ID.search(src)
                        and _QUIZ_ID.search(ssrc)))
            if same:
                match[r] = j
                used.add(j)
                break

    edited, deleted, replaced = [], [], []
    for r, rc in enumerate(rel_cells):
        name = f"cell {r + 1}" + (f" ({_label(_src(rc))})" if _label(_src(rc)) else "")
        if r not in match:
            if rc.get("cell_type") == "code":
                deleted.append(name)
            continue
        sc = sub_cells[match[r]]
        if _is_fixed(rc) and rc.get("cell_type") == "code" and _src(sc).strip() != _src(rc).strip():
            edited.append(name)
        if not _is_fixed(rc) and sc.get("cell_type") != "code":
            replaced.append(name)
    order = [match[r] for r in sorted(match)]
    reordered = any(b < a for a, b in zip(order, order[1:]))

    # cells the student added: keep them after the release cell they followed
    anchor_of: dict[int, int] = {}
    last = -1
    inverse = {j: r for r, j in match.items()}
    for j, sc in enumerate(sub_cells):
        if j in inverse:
            last = inverse[j]
        elif sc.get("cell_type") == "code" and sc.get("id") not in rel_ids:
            anchor_of[j] = last
    setup = next((r for r, rc in enumerate(rel_cells)
                  if rc.get("cell_type") == "code" and _QUIZ_ID.search(_src(rc))), 0)
    extras: dict[int, list[int]] = {}
    for j, a in anchor_of.items():
        extras.setdefault(max(a, setup), []).append(j)

    out = nbformat.v4.new_notebook()
    out.metadata = copy.deepcopy(release_nb.metadata)
    labels: list[str] = []
    code_tasks: set[str] = set()

    def add(source: str, label: str, cell_id: str) -> None:
        cell = nbformat.v4.new_code_cell(source)
        cell["id"] = cell_id
        cell.metadata["grader"] = {"owner": "release" if label.startswith("release") else "student"}
        out.cells.append(cell)
        labels.append(label)

    for r, rc in enumerate(rel_cells):
        if rc.get("cell_type") == "code":
            src = _src(rc)
            name = f"cell {r + 1}" + (f" ({_label(src)})" if _label(src) else "")
            if _is_fixed(rc):
                add(src, "release " + name, f"g{len(out.cells):03d}")
            else:
                code_tasks.update(_CHECKS.findall(src))
                sc = sub_cells[match[r]] if r in match else None
                body = _src(sc) if sc is not None and sc.get("cell_type") == "code" else src
                add(body, "your " + name, f"g{len(out.cells):03d}")
        for j in extras.get(r, []):
            add(_src(sub_cells[j]), f"a cell you added after cell {r + 1}", f"g{len(out.cells):03d}")

    notes = []
    if edited:
        notes.append("edited cell(s) replaced by the released version: " + "; ".join(edited))
    if deleted:
        notes.append("deleted cell(s), released version used: " + "; ".join(deleted))
    if replaced:
        notes.append("code cell(s) turned into Markdown, starting code used: " + "; ".join(replaced))
    if reordered:
        notes.append("cells were reordered; graded in the released order")
    n_extra = sum(len(v) for v in extras.values())
    if n_extra:
        notes.append(f"{n_extra} added code cell(s) kept")
    return Assembly(out, labels, notes, code_tasks)


def _score_cell(quiz: str, marker: str) -> str:
    return f'''\
import json as _grader_json
from course import questions as _grader_q
_grader_ex = _grader_q.REGISTRY.get({quiz!r})
_grader_out = {{"found": _grader_ex is not None, "questions": []}}
if _grader_ex is not None:
    _grader_out["score"] = _grader_ex.score()
    for _grader_qq in _grader_ex.questions.values():
        _grader_saved = _grader_ex.store.get(_grader_qq.qid)
        _grader_out["questions"].append({{
            "id": _grader_qq.qid, "prompt": str(_grader_qq.prompt), "hint": str(_grader_qq.hint),
            "rubric": list(getattr(_grader_qq, "rubric", []) or []),
            "min_words": getattr(_grader_qq, "min_words", None),
            "message": (_grader_qq.result or _grader_qq.last).message
                       if (_grader_qq.result or _grader_qq.last) else "",
            "answer": (_grader_saved.get("answer") if not _grader_qq.auto
                       and isinstance(_grader_saved.get("answer"), str) else None)}})
print({marker!r} + _grader_json.dumps(_grader_out, default=str) + {marker!r})
'''


# --------------------------------------------------------------------------- one submission
@dataclass
class Result:
    """One gradebook row plus the per-question details the HTML pages need."""
    student: str
    notebook: str
    quiz: str = ""
    status: str = "ok"
    auto_points: float | None = None
    auto_max: float | None = None
    manual_max: float | None = None
    answered: int | None = None
    questions: int | None = None
    notes: list[str] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)
    title: str = ""
    seconds: float = 0.0
    cached: bool = False

    def csv_row(self) -> dict:
        def num(x):
            return "" if x is None else f"{x:g}"
        return {"student": self.student, "quiz": self.quiz, "notebook": self.notebook,
                "auto_points": num(self.auto_points), "auto_max": num(self.auto_max),
                "manual_max": num(self.manual_max), "answered": num(self.answered),
                "questions": num(self.questions), "status": self.status,
                "notes": " | ".join(self.notes)}


def _read_notebook(path: Path) -> tuple[Any | None, str]:
    import nbformat

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, f"cannot read the file ({type(exc).__name__})"
    try:
        raw = json.loads(text)
    except ValueError:
        return None, "the file is not JSON, so not a notebook (was it saved from another program?)"
    if not isinstance(raw, dict) or not isinstance(raw.get("cells"), list):
        return None, "the file is JSON but has no notebook cells"
    try:
        nb = nbformat.reads(text, as_version=4)
    except Exception as exc:  # noqa: BLE001 - any nbformat failure means "not a notebook"
        return None, f"nbformat cannot read it ({type(exc).__name__})"
    return nb, ""


def identify(nb: Any, releases: dict[str, Release]) -> tuple[str | None, str]:
    """The quiz id of a submission (metadata first, then the Exercise(...) call) and a note."""
    meta = nb.metadata.get("course", {}) if hasattr(nb, "metadata") else {}
    master = str(meta.get("master", "")) if isinstance(meta, dict) else ""
    note = ""
    if isinstance(meta, dict) and meta.get("kind") == "solution":
        note = "this is the instructor's solution version, not the student version"
    if master:
        for quiz, rel in releases.items():
            if rel.master == master:
                return quiz, note
        if "/lessons/" in master:
            return None, "this is a lesson notebook, not an exercise set"
    quiz = _quiz_from_cells(nb.cells)
    if quiz and quiz in releases:
        return quiz, note
    if quiz:
        return None, f"exercise set '{quiz}' is not among the released exercises"
    return None, "no Exercise(...) call found: cannot tell which exercise set this is"


def progress_file(student_dir: Path, quiz: str, notebook: Path | None = None) -> Path | None:
    """The student's saved answers for ``quiz``: ``progress/<quiz>.json`` next to the notebook,
    else ``progress/<quiz>.json`` or ``<quiz>.json`` at the top of the student's folder."""
    places = [notebook.parent / "progress"] if notebook is not None else []
    places += [student_dir / "progress", student_dir]
    for folder in places:
        p = folder / f"{quiz}.json"
        if p.is_file():
            return p
    return None


def cache_key(sub_path: Path, progress: Path | None, release: Release | None, version: str,
              options: str) -> str:
    h = hashlib.sha256()
    for part in (sub_path.read_bytes() if sub_path.is_file() else b"",
                 progress.read_bytes() if progress else b"<no progress>",
                 (release.sha256 if release else "").encode(), version.encode(), options.encode()):
        h.update(hashlib.sha256(part).digest())
    return h.hexdigest()


def _prepare_progress(progress: Path | None, dest: Path, quiz: str, drop: set[str]) -> str:
    """Copy the student's progress file, without saved code-task answers; return a note."""
    dest.mkdir(parents=True, exist_ok=True)
    if progress is None:
        return "no progress file: answers given with the Check buttons could not be counted"
    try:
        data = json.loads(progress.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("answers"), dict):
            raise ValueError
    except (OSError, ValueError, UnicodeDecodeError, RecursionError):   # the kernel sets it aside
        shutil.copyfile(progress, dest / f"{quiz}.json")
        return "progress file unreadable: answers given with the Check buttons could not be counted"
    data["answers"] = {k: v for k, v in data["answers"].items() if k not in drop}
    (dest / f"{quiz}.json").write_text(json.dumps(data), encoding="utf-8")
    return ""


def _run_worker(nb_path: Path, out_path: Path, cwd: Path, progress_dir: Path, timeout: int,
                wall: float) -> str:
    """Execute in a separate process; '' if it finished, else 'wall' or 'crashed: …'."""
    env = dict(os.environ, COURSE_PROGRESS_DIR=str(progress_dir), PYTHONUNBUFFERED="1")
    cmd = [sys.executable, "-m", "course.grade", "--_worker", str(nb_path), str(out_path),
           "--timeout", str(timeout)]
    proc = subprocess.Popen(cmd, cwd=str(cwd), env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    try:
        _out, err = proc.communicate(timeout=wall)
    except subprocess.TimeoutExpired:
        _stop(proc)
        return "wall"
    if proc.returncode != 0 and not out_path.exists():
        tail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
        return "crashed: " + tail[0][:200]
    return ""


def _stop(proc: subprocess.Popen) -> None:
    """Ask the worker to shut its kernel down, then make sure it is gone."""
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
        try:
            os.killpg(proc.pid, sig)
        except (ProcessLookupError, PermissionError):
            pass
        try:
            proc.communicate(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


def _worker(nb_path: str, out_path: str, timeout: int, release_timeout: int = 600) -> int:
    """Run inside the worker process: execute the grading copy, write it back.

    The student's cells get ``timeout`` seconds each; the release's own cells (setup, which
    imports Altair, and the question cells) get ``release_timeout``, so a slow machine does not
    fail a student whose code is fine."""
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import DeadKernelError

    def on_term(_sig, _frame):
        raise KeyboardInterrupt
    signal.signal(signal.SIGTERM, on_term)
    nb = nbformat.read(nb_path, as_version=4)
    def cell_timeout(cell) -> int:
        owner = cell.get("metadata", {}).get("grader", {}).get("owner")
        return release_timeout if owner == "release" else timeout

    client = NotebookClient(nb, timeout=timeout, timeout_func=cell_timeout,
                            kernel_name="python3", allow_errors=True,
                            interrupt_on_timeout=True, record_timing=False,
                            store_widget_state=False, resources={"metadata": {"path": os.getcwd()}})
    status = 0
    try:
        client.execute()
    except DeadKernelError:
        nb.metadata["grader_crash"] = "the kernel died (did the code call exit() or use all memory?)"
    except Exception as exc:  # noqa: BLE001 - reported as a row, never a traceback
        nb.metadata["grader_crash"] = f"{type(exc).__name__}: {str(exc)[:200]}"
    nbformat.write(nb, out_path)
    return status


def _parse(nb: Any, marker: str) -> dict | None:
    last = nb.cells[-1] if nb.cells else None
    if last is None:
        return None
    text = "".join(o.get("text", "") for o in last.get("outputs", []) if o.get("output_type") == "stream")
    m = re.search(re.escape(marker) + r"(.*?)" + re.escape(marker), text, re.S)
    if not m:
        return None
    try:
        return json.loads(m.group(1))
    except ValueError:
        return None


def _cell_errors(nb: Any, labels: list[str]) -> tuple[list[str], list[str]]:
    """(errors, timeouts) as readable notes, one per failing cell of the grading copy."""
    errors, timeouts = [], []
    for cell, label in zip(nb.cells, labels):
        for o in cell.get("outputs", []):
            if o.get("output_type") != "error":
                continue
            if o.get("ename") == "KeyboardInterrupt":
                timeouts.append(f"{label}: stopped after the time limit (endless loop?)")
            else:
                value = str(o.get("evalue", "")).strip().splitlines()[:1]
                errors.append(f"{label}: {o.get('ename')}" + (f": {value[0][:120]}" if value else ""))
    return errors, timeouts


def grade_notebook(student: str, sub_path: Path, student_dir: Path,
                   releases: dict[str, Release], timeout: int = 120, wall: float = 900) -> Result:
    """Grade one submitted notebook. Never raises for a bad submission: returns a status."""
    import nbformat

    t0 = time.perf_counter()
    res = Result(student, sub_path.name)
    nb, why = _read_notebook(sub_path)
    if nb is None:
        res.status, res.notes = "not-a-notebook", [why]
        return res
    quiz, note = identify(nb, releases)
    if note:
        res.notes.append(note)
    if quiz is None:
        res.status = "unknown-exercise"
        return res
    res.quiz = quiz
    release = releases[quiz]
    rel_nb = nbformat.read(release.path, as_version=4)
    asm = assemble(rel_nb, nb)
    res.notes += asm.notes
    marker = "@@GRADE-" + uuid.uuid4().hex + "@@"
    cell = nbformat.v4.new_code_cell(_score_cell(quiz, marker))
    cell["id"] = "grader-scores"
    cell.metadata["grader"] = {"owner": "release"}
    asm.nb.cells.append(cell)
    asm.labels.append("grader")
    progress = progress_file(student_dir, quiz, sub_path)
    with tempfile.TemporaryDirectory(prefix="grade-") as tmp:
        tmpd = Path(tmp)
        pnote = _prepare_progress(progress, tmpd / "progress", quiz, asm.code_tasks)
        if pnote:
            res.notes.append(pnote)
        work = tmpd / "work"
        work.mkdir()
        nb_in, nb_out = tmpd / "in.ipynb", tmpd / "out.ipynb"
        nbformat.write(asm.nb, nb_in)
        outcome = _run_worker(nb_in, nb_out, work, tmpd / "progress", timeout, wall)
        executed = nbformat.read(nb_out, as_version=4) if nb_out.exists() else None
    res.seconds = time.perf_counter() - t0
    if outcome == "wall":
        res.status = "timeout"
        res.notes.append(f"the whole notebook took longer than {wall:g} s and was stopped; not graded")
        return res
    if executed is None:
        res.status = "crashed"
        res.notes.append(outcome or "the notebook could not be run")
        return res
    errors, timeouts = _cell_errors(executed, asm.labels)
    crash = executed.metadata.get("grader_crash")
    data = _parse(executed, marker)
    if crash or data is None or not data.get("found"):
        res.status = "crashed"
        res.notes += timeouts + errors
        res.notes.append(str(crash or "the scores could not be read (did the code stop the kernel?)"))
        return res
    s = data["score"]
    res.title = s.get("title", quiz)
    res.auto_points, res.auto_max, res.manual_max = s["earned"], s["auto_max"], s["manual_max"]
    res.answered, res.questions = s["answered"], s["total"]
    details = {q["id"]: q for q in data.get("questions", [])}
    res.rows = [{**r, **{k: details.get(r["id"], {}).get(k) for k in
                         ("prompt", "hint", "rubric", "answer", "min_words", "message")}}
                for r in s["rows"]]
    res.notes += timeouts + errors
    missing = missing_questions(rel_nb, s["rows"])
    if missing:
        res.notes.append(f"{len(missing)} released question(s) missing when the scores were read "
                         f"({', '.join(missing)}): did the code redefine the exercise?")
    res.status = "timeout" if timeouts else "error" if errors else "ok"
    return res


def missing_questions(release_nb: Any, rows: list[dict]) -> list[str]:
    """Question ids the release defines that are absent from the scores read back."""
    expected = {q for c in release_nb.cells if c.get("cell_type") == "code"
                for q in _DEFINES.findall(_src(c))}
    return sorted(expected - {r.get("id") for r in rows}, key=lambda q: (len(q), q))


# --------------------------------------------------------------------------- the class
def collect(submissions: Path) -> list[tuple[str, Path | None, Path]]:
    """(student, notebook or None, student folder) for every submission in the class folder."""
    jobs: list[tuple[str, Path | None, Path]] = []
    for entry in sorted(submissions.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.is_file():
            jobs.append((entry.name, entry, submissions))
            continue
        notebooks = sorted(p for p in entry.rglob("*.ipynb")
                           if not any(part in _SKIP_DIRS or part.startswith(".")
                                      for part in p.relative_to(entry).parts[:-1]))
        if not notebooks:
            jobs.append((entry.name, None, entry))
        jobs += [(entry.name, nb, entry) for nb in notebooks]
    return jobs


def _load_cache(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _save_json(path: Path, data: Any) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False)
    os.replace(tmp, path)


def grade_class(submissions: Path | str, out: Path | str, timeout: int = 120, jobs: int = 1,
                wall: float = 900, release_dir: Path | str = RELEASE_DIR,
                log: Callable[[str], None] | None = None) -> list[Result]:
    """Grade every submission in ``submissions`` and write the gradebook to ``out``."""
    submissions, out = Path(submissions), Path(out)
    if not submissions.is_dir():
        raise GradeError(f"{submissions} is not a folder")
    if timeout < 1 or wall < timeout or jobs < 1:
        raise GradeError("need timeout >= 1, wall >= timeout and jobs >= 1")
    log = log or (lambda msg: print(msg, file=sys.stderr, flush=True))
    out.mkdir(parents=True, exist_ok=True)
    releases = find_releases(release_dir)
    version = grader_version()
    options = f"timeout={timeout};wall={wall:g}"
    cache_path = out / CACHE_NAME
    cache = _load_cache(cache_path)
    results: list[Result | None] = []
    todo: list[tuple[int, str, Path, Path, str, str]] = []
    for student, path, folder in collect(submissions):
        if path is None:
            results.append(Result(student, "", status="no-notebook",
                                  notes=["no .ipynb file in this student's folder"]))
            continue
        if folder == submissions:
            results.append(Result(student, path.name, status="not-in-student-folder",
                                  notes=["put each student's files in a folder named after them"]))
            continue
        nb, _why = _read_notebook(path)
        quiz = identify(nb, releases)[0] if nb is not None else None
        key = cache_key(path, progress_file(folder, quiz, path) if quiz else None,
                        releases.get(quiz) if quiz else None, version, options)
        rel = f"{student}/{path.relative_to(folder).as_posix()}"
        hit = cache.get(rel)
        if hit and hit.get("key") == key:
            r = Result(**{k: v for k, v in hit["result"].items() if k in Result.__dataclass_fields__})
            r.cached = True
            results.append(r)
            continue
        results.append(None)
        todo.append((len(results) - 1, student, path, folder, key, rel))

    students = sorted({r.student for r in results if r} | {t[1] for t in todo})
    n_cached = sum(1 for r in results if r is not None and r.cached)
    log(f"grading {len(todo)} notebook(s) of {len(students)} student(s) "
        f"({n_cached} unchanged, taken from the cache); jobs={jobs}, timeout={timeout} s per cell")
    started, done_times = time.perf_counter(), []
    remaining = {t[1] for t in todo}
    pending_per_student = {s: sum(1 for t in todo if t[1] == s) for s in remaining}

    def run(job):
        idx, student, path, folder, key, rel = job
        try:
            return idx, key, rel, True, grade_notebook(student, path, folder, releases, timeout, wall)
        except Exception as exc:  # noqa: BLE001 - one bad submission never stops the run
            return idx, key, rel, False, Result(
                student, path.name, status="crashed",
                notes=[f"grader error: {type(exc).__name__}: {str(exc)[:200]}"])

    with cf.ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(run, job) for job in todo]
        for n, fut in enumerate(cf.as_completed(futures), 1):
            idx, key, rel, cacheable, res = fut.result()
            results[idx] = res
            if cacheable:                      # a grader failure is retried on the next run
                cache[rel] = {"key": key, "result": asdict(res)}
                _save_json(cache_path, cache)
            done_times.append(res.seconds)
            pending_per_student[res.student] -= 1
            if pending_per_student[res.student] == 0:
                remaining.discard(res.student)
            elapsed = time.perf_counter() - started
            left = (elapsed / n) * (len(todo) - n)
            pts = ("" if res.auto_points is None else f" {res.auto_points:g}/{res.auto_max:g}")
            log(f"[{n}/{len(todo)} notebooks · {len(students) - len(remaining)}/{len(students)} "
                f"students done] {res.student} · {res.quiz or res.notebook}: {res.status}{pts} "
                f"({res.seconds:.1f} s) · about {left:.0f} s left")
    final = _mark_duplicates([r for r in results if r is not None])
    write_outputs(final, out)
    log(f"wrote {out / 'gradebook.csv'}, {out / 'written_answers.html'} and "
        f"{len({r.student for r in final})} feedback page(s) in {out / 'feedback'}")
    return final


def _mark_duplicates(results: list[Result]) -> list[Result]:
    groups: dict[tuple[str, str], list[Result]] = {}
    for r in results:
        if r.quiz and r.auto_points is not None:
            groups.setdefault((r.student, r.quiz), []).append(r)
    for rs in groups.values():
        if len(rs) > 1:
            best = max(rs, key=lambda r: (r.auto_points or 0, r.answered or 0))
            for r in rs:
                if r is not best:
                    r.status = "duplicate"
                    r.notes = [f"another notebook for this exercise ({best.notebook}) scores "
                               "at least as well and counts"] + [n for n in r.notes if "another notebook" not in n]
    return results


# --------------------------------------------------------------------------- outputs
_STATUS_WORDS = {"correct": "✓ correct", "partial": "◐ partly right", "incorrect": "✗ not yet",
                 "invalid": "⚠ could not be checked", "unanswered": "… no answer",
                 "submitted": "✎ submitted, awaits your instructor"}
_CSS = ("body{font-family:system-ui,sans-serif;max-width:900px;margin:2em auto;color:#222}"
        "table{border-collapse:collapse;margin:0.5em 0 1.5em}td,th{border:1px solid #ccc;"
        "padding:4px 8px;text-align:left;vertical-align:top}th{background:#f3f3f3}"
        ".note{color:#6b4400}.answer{white-space:pre-wrap;background:#f7f7f7;padding:6px}")


def _page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}'
            f"</title><style>{_CSS}</style></head><body><h1>{html.escape(title)}</h1>{body}</body></html>\n")


def _num(x: Any) -> str:
    return "–" if x is None else f"{x:g}"


def _plain(prompt: Any, limit: int = 0) -> str:
    """A prompt as plain text (tags stripped, entities decoded), optionally shortened."""
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", "", str(prompt or ""))).split())
    if limit and len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + " …"
    return text


def feedback_html(student: str, results: list[Result]) -> str:
    """A student's feedback page: status and points per question, hints, never answers."""
    parts = []
    if len(results) > 1:
        parts.append("<table><thead><tr><th>exercise set</th><th>status</th><th>automatic points</th>"
                     "<th>written (instructor)</th></tr></thead><tbody>")
        for r in results:
            parts.append(f"<tr><td>{html.escape(r.title or r.quiz or r.notebook)}</td>"
                         f"<td>{html.escape(r.status)}</td>"
                         f"<td>{_num(r.auto_points)} / {_num(r.auto_max)}</td>"
                         f"<td>{_num(r.manual_max)} points</td></tr>")
        parts.append("</tbody></table>")
    for r in results:
        head = html.escape(r.title or r.quiz or r.notebook)
        parts.append(f"<h2>{head}</h2><p>Notebook <code>{html.escape(r.notebook)}</code> · "
                     f"status <b>{html.escape(r.status)}</b>")
        if r.auto_points is not None:
            parts.append(f" · {_num(r.auto_points)} / {_num(r.auto_max)} automatic points; "
                         f"{_num(r.manual_max)} points for written answers are scored by your instructor")
        parts.append("</p>")
        if r.notes:
            parts.append("<ul>" + "".join(f'<li class="note">{html.escape(n)}</li>' for n in r.notes)
                         + "</ul>")
        if r.rows:
            parts.append("<table><thead><tr><th>#</th><th>question</th><th>status</th><th>points</th>"
                         "<th>what to look at</th></tr></thead><tbody>")
            for q in r.rows:
                pts = "instructor" if not q.get("auto") else f"{_num(q.get('points'))} / {_num(q.get('max'))}"
                tips = []
                if q.get("status") in ("incorrect", "partial", "invalid") and q.get("message"):
                    tips.append(html.escape(str(q["message"])))
                if q.get("status") in ("incorrect", "partial", "unanswered", "invalid") and q.get("hint"):
                    tips.append("Hint: " + html.escape(str(q["hint"])))
                if q.get("status") == "submitted" and q.get("rubric"):
                    tips.append("Rubric: " + "; ".join(html.escape(str(x)) for x in q["rubric"]))
                parts.append(f"<tr><td>{q.get('question')}</td><td><b>{html.escape(str(q.get('id')))}</b> "
                             f"{html.escape(_plain(q.get('prompt'), 160))}</td>"
                             f"<td>{_STATUS_WORDS.get(q.get('status'), html.escape(str(q.get('status'))))}</td>"
                             f"<td>{pts}</td><td>{'<br>'.join(tips)}</td></tr>")
            parts.append("</tbody></table>")
    return _page(f"Feedback for {student}", "".join(parts))


def written_rows(results: list[Result]) -> list[dict]:
    """Every written answer, with its question, rubric and word count."""
    rows = []
    for r in results:
        if r.status == "duplicate":
            continue
        for q in r.rows:
            if q.get("type") == "text":
                answer = q.get("answer") or ""
                rows.append({"quiz": r.quiz, "qid": q["id"], "prompt": q.get("prompt") or "",
                             "rubric": q.get("rubric") or [], "max": q.get("max"),
                             "student": r.student, "words": len(answer.split()), "answer": answer})
    return rows


def written_html(rows: list[dict]) -> str:
    if not rows:
        return _page("Written answers", "<p>No written questions in the graded notebooks.</p>")
    parts = []
    groups: dict[tuple[str, str], list[dict]] = {}
    for w in rows:
        groups.setdefault((w["quiz"], w["qid"]), []).append(w)
    for (quiz, qid), ws in sorted(groups.items()):
        first = ws[0]
        rubric = "".join(f"<li>{html.escape(str(x))}</li>" for x in first["rubric"])
        parts.append(f"<h2>{html.escape(quiz)} · {html.escape(qid)} ({_num(first['max'])} points)</h2>"
                     f"<p>{html.escape(_plain(first['prompt']))}</p>"
                     f"<p><b>Rubric</b></p><ul>{rubric}</ul>"
                     "<table><thead><tr><th>student</th><th>words</th><th>answer</th><th>score</th>"
                     "</tr></thead><tbody>")
        for w in sorted(ws, key=lambda w: w["student"]):
            body = (f'<div class="answer">{html.escape(w["answer"])}</div>' if w["answer"]
                    else "<i>no answer submitted</i>")
            parts.append(f"<tr><td>{html.escape(w['student'])}</td><td>{w['words']}</td>"
                         f"<td>{body}</td><td>&nbsp;&nbsp;&nbsp;/ {_num(w['max'])}</td></tr>")
        parts.append("</tbody></table>")
    return _page("Written answers", "<p>Score each answer against the rubric; "
                 "<code>written_answers.csv</code> has a blank <code>score</code> column.</p>"
                 + "".join(parts))


def _safe_name(student: str) -> str:
    return re.sub(r"[^\w.-]+", "_", student).strip("._") or "student"


def write_outputs(results: list[Result], out: Path) -> None:
    """gradebook.csv, feedback/<student>.html, written_answers.html and .csv."""
    out.mkdir(parents=True, exist_ok=True)
    ordered = sorted(results, key=lambda r: (r.student, r.quiz, r.notebook))
    with open(out / "gradebook.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=GRADEBOOK_FIELDS)
        w.writeheader()
        for r in ordered:
            w.writerow(r.csv_row())
    fb_dir = out / "feedback"
    fb_dir.mkdir(exist_ok=True)
    by_student: dict[str, list[Result]] = {}
    for r in ordered:
        by_student.setdefault(r.student, []).append(r)
    for student, rs in by_student.items():
        (fb_dir / f"{_safe_name(student)}.html").write_text(feedback_html(student, rs), encoding="utf-8")
    rows = written_rows(ordered)
    (out / "written_answers.html").write_text(written_html(rows), encoding="utf-8")
    with open(out / "written_answers.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["student", "quiz", "qid", "max", "words", "answer", "score"])
        w.writeheader()
        for row in rows:
            w.writerow({k: row.get(k, "") for k in ("student", "quiz", "qid", "max", "words", "answer")}
                       | {"score": ""})


# --------------------------------------------------------------------------- CLI
def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--_worker"]:
        ap = argparse.ArgumentParser()
        ap.add_argument("--_worker", nargs=2)
        ap.add_argument("--timeout", type=int, default=120)
        a = ap.parse_args(argv)
        return _worker(a._worker[0], a._worker[1], a.timeout)
    ap = argparse.ArgumentParser(prog="python -m course.grade",
                                 description="Grade a folder of submitted exercise notebooks.")
    ap.add_argument("submissions", help="class folder: one sub-folder per student")
    ap.add_argument("--out", required=True, help="folder for gradebook.csv, feedback/ and written answers")
    ap.add_argument("--timeout", type=int, default=120, help="seconds per cell of the student's own code (default 120)")
    ap.add_argument("--wall", type=float, default=900, help="seconds per notebook in all (default 900)")
    ap.add_argument("--jobs", type=int, default=1, help="notebooks graded at once (default 1)")
    ap.add_argument("--releases", default=str(RELEASE_DIR),
                    help="folder of released student notebooks (default: exercises/)")
    a = ap.parse_args(argv)
    try:
        results = grade_class(a.submissions, a.out, timeout=a.timeout, jobs=a.jobs, wall=a.wall,
                              release_dir=a.releases)
    except (GradeError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    bad = [r for r in results if r.status not in ("ok",)]
    print(f"{len(results)} row(s); {len(results) - len(bad)} ok, {len(bad)} with a status to look at "
          f"(see the notes column).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
