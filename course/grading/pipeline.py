"""Grade a class: the steps, in order, for every submission.

1. **collect** (``collect.py``): every notebook in every student folder, read with guards;
2. **identify** the exercise set from the notebook (metadata, else its setup cell) and
   **refuse** solution notebooks; **choose** one notebook per student and set (stated rule);
3. **assemble** (``assemble.py``) the grading copy from the *graded* release (no keys);
4. **run** it in a **sandbox** (``sandbox.py``, bubblewrap) with that student's files only;
5. **read the answers** (``answers.py``): the progress file here, the captured values from
   the sandbox's work folder;
6. **score** (``score.py``) them against the private keys (``course.grading.private_keys``) here,
   in the grader's process;
7. **write** (``outputs.py``) the gradebook, feedback pages and written answers.

A submission never stops the run: each step is guarded and ends in a row with a status.
"""

from __future__ import annotations

import concurrent.futures as cf
import hashlib
import json
import os
import shutil
import stat
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..authoring import build, cells
from . import assemble as _assemble
from . import private_keys
from . import sandbox as _sandbox
from .answers import Answers, progress_file, read_capture, read_progress
from .collect import MAX_BYTES, Candidate, choose, collect
from .outputs import write_outputs
from .score import score_rows

CACHE_NAME = ".cache.json"
CACHEABLE = ("ok", "error")  # crashed, timeout and refused rows are always graded again
MAX_COPY_BYTES = 64 * 2**20  # of a student's own files copied into the sandbox


class GradeError(ValueError):
    """A problem with the grader's own input (not with a submission)."""


@dataclass
class Result:
    """One gradebook row plus the per-question details the pages need."""

    student: str
    notebook: str  # relative to the student's folder
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
        def n(x: float | None) -> str:
            return "" if x is None else f"{x:g}"

        return {
            "student": self.student,
            "quiz": self.quiz,
            "notebook": self.notebook,
            "auto_points": n(self.auto_points),
            "auto_max": n(self.auto_max),
            "manual_max": n(self.manual_max),
            "answered": n(self.answered),
            "questions": n(self.questions),
            "status": self.status,
            "notes": " | ".join(self.notes),
        }


@dataclass
class Release:
    """A graded exercise set: its keys (from the master) and the graded release notebook."""

    quiz: str
    keys: private_keys.MasterKeys
    nb: Any
    file_name: str


def releases(masters: Path | None = None) -> dict[str, Release]:
    """Every exercise set, by quiz id, built in memory from the masters (keys never written)."""
    out = {}
    for path in sorted(Path(masters or private_keys.masters_dir()).glob("*.py")):
        keys = private_keys.read_master(path)
        target = build.Target(path, path.with_suffix(".ipynb"), "graded", "exercise")
        out[keys.quiz] = Release(keys.quiz, keys, build.render(target), f"{path.stem}.ipynb")
    return out


def grader_version() -> str:
    """A digest of the code that decides a grade (part of the cache key)."""
    h = hashlib.sha256()
    pkg = Path(__file__).resolve().parents[1]
    for p in sorted([*pkg.glob("*.py"), *Path(__file__).parent.glob("*.py")]):
        h.update(p.name.encode() + p.read_bytes())
    return h.hexdigest()[:16]


# --------------------------------------------------------------------------- identify
def identify(nb: Any, rels: dict[str, Release]) -> tuple[str | None, str, bool]:
    """(quiz or None, note, refused) for a readable notebook."""
    meta = nb.metadata.get("course", {}) if hasattr(nb, "metadata") else {}
    meta = meta if isinstance(meta, dict) else {}
    if meta.get("kind") == "solution" or _looks_like_solution(nb):
        return None, "this is the instructor's solution version, not a student's work: refused", True
    if meta.get("kind") == "lesson" or "/lessons/" in str(meta.get("master", "")):
        return None, "this is a lesson notebook, not an exercise set", False
    master = str(meta.get("master", ""))
    for quiz, rel in rels.items():
        if master and Path(master).name == rel.keys.path.name:
            return quiz, "", False
    quiz = cells.quiz_of(nb.cells)
    if quiz is None:  # metadata stripped: ask the build's own classifier
        for c in nb.cells:
            if c.get("cell_type") == "code":
                m = cells.classify("code", "".join(c.get("source", "")), [], build._types.METHODS)
                if m["role"] == "setup":
                    quiz = m["quiz"]
                    break
    if quiz in rels:
        return quiz, "", False
    if quiz:
        return None, f"exercise set '{quiz[:60]}' is not among the released exercises", False
    return None, "no exercise set found in this notebook", False


def _looks_like_solution(nb: Any) -> bool:
    """A solution notebook, even with its metadata edited: most of its questions are declared
    with their ``answer=`` (a student re-declaring one question is flagged, not refused)."""
    with_answer, declared = set(), set()
    for c in nb.cells:
        if c.get("cell_type") != "code":
            continue
        src = c.get("source", "")
        src = "".join(src) if isinstance(src, list) else str(src)
        for _m, qid, call in cells.question_calls(src, build._types.METHODS):
            declared.add(qid)
            if any(k.arg == "answer" for k in call.keywords):
                with_answer.add(qid)
    return len(with_answer) >= 3 and len(with_answer) >= len(declared) / 2


# --------------------------------------------------------------------------- one submission
def _copy_student_files(folder: Path, dest: Path, skip: Path) -> list[str]:
    """Regular files of the student's own folder (not symlinks, not the progress folder)."""
    notes, total = [], 0
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        dirnames[:] = [d for d in dirnames if not d.startswith(".") and d != "progress"]
        for name in filenames:
            src = Path(dirpath) / name
            try:
                st = os.lstat(src)
            except OSError:
                continue
            if not stat.S_ISREG(st.st_mode) or src == skip:
                continue
            total += st.st_size
            if total > MAX_COPY_BYTES:
                notes.append(
                    f"the student's folder holds over {MAX_COPY_BYTES >> 20} MB; the rest was not copied in"
                )
                return notes
            target = dest / src.relative_to(folder)
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                shutil.copyfile(src, target, follow_symlinks=False)
            except OSError:
                continue
    return notes


def _cell_notes(nb: Any, labels: list[str], owners: list[str], timeout: int) -> tuple[list[str], list[str]]:
    """(errors, timeouts) as readable notes; a timeout only when the grader interrupted."""
    from datetime import datetime

    errors, timeouts = [], []
    for cell, label, owner in zip(nb.cells, labels, owners):
        for o in cell.get("outputs", []):
            if o.get("output_type") != "error":
                continue
            ename = "".join(ch for ch in str(o.get("ename", ""))[:40] if ch.isalnum() or ch in "_.")
            if ename == "KeyboardInterrupt":
                ex = cell.get("metadata", {}).get("execution", {})
                try:
                    took = (
                        datetime.fromisoformat(ex["shell.execute_reply"])
                        - datetime.fromisoformat(ex["iopub.execute_input"])
                    ).total_seconds()
                except (KeyError, TypeError, ValueError):
                    took = 0.0
                if took >= 0.9 * timeout:
                    timeouts.append(f"{label}: stopped after the time limit (endless loop?)")
                    continue
            value = str(o.get("evalue", "")).strip().splitlines()[:1]
            note = f"{label}: {ename}" + (f": {value[0][:120]}" if value else "")
            errors.append(note if owner == "student" else "the course's " + note)
    return errors, timeouts


def grade_notebook(
    cand: Candidate,
    quiz: str,
    rel: Release,
    timeout: int = 120,
    wall: float = 900,
    unsafe: bool = False,
    limits: _sandbox.Limits | None = None,
) -> Result:
    """Grade one chosen notebook. Never raises for a bad submission: returns a status."""
    import nbformat

    t0 = time.perf_counter()
    res = Result(cand.student, cand.rel.split("/", 1)[1], quiz, title=rel.keys.title)
    answers = Answers()
    read_progress(progress_file(cand.folder, quiz, cand.path), answers)
    asm = _assemble.assemble(rel.nb, cand.nb)
    res.notes += asm.notes
    outcome = None
    with tempfile.TemporaryDirectory(prefix="grade-") as tmp:
        work = Path(tmp) / "work"
        work.mkdir()
        res.notes += _copy_student_files(cand.folder, work / "files", cand.path)
        nb_dir = work / "files" / Path(res.notebook).parent
        nb_dir.mkdir(parents=True, exist_ok=True)
        inside = Path(_sandbox.INSIDE_WORK)
        nbformat.write(asm.nb, work / "grading.ipynb")
        env = {
            "COURSE_PROGRESS_DIR": str(inside / "progress"),
            "COURSE_CAPTURE": str(inside / "captured.jsonl"),
        }
        # the notebook runs where the student had it, among their own files
        nb_inside = inside / "files" / Path(res.notebook).parent
        argv = [
            _sandbox.python(),
            "-m",
            "course.grading.worker",
            str(inside / "grading.ipynb"),
            str(inside / "out.ipynb"),
            "--timeout",
            str(timeout),
            "--cwd",
            str(nb_inside),
        ]
        run = _sandbox.run_unsandboxed if unsafe else _sandbox.run
        kwargs = {} if unsafe else {"limits": limits}
        outcome = run(work, argv, env, wall, **kwargs)
        read_capture(work / "captured.jsonl", answers)
        executed = None
        if (work / "out.ipynb").exists():
            from .collect import read_notebook

            executed, _sha, _why = read_notebook(work / "out.ipynb")
    res.notes += answers.notes
    code_ran = executed is not None and not executed.metadata.get("grader_crash") and not outcome.stopped
    rows, totals = score_rows(rel.keys, answers, code_ran)
    res.rows = rows
    res.auto_points, res.auto_max, res.manual_max = totals.earned, totals.auto_max, totals.manual_max
    res.answered, res.questions = totals.answered, totals.total
    res.seconds = time.perf_counter() - t0
    if unsafe:
        res.notes.insert(
            0,
            "graded WITHOUT a sandbox (--unsafe-no-sandbox): the student's code ran with the grader's rights",
        )
    if outcome.stopped:
        res.status = "timeout"
        res.notes.append(
            f"the whole notebook took longer than {wall:g} s and was stopped by the grader; "
            "code tasks not graded, answers given with the Check buttons graded"
        )
        return res
    if executed is None or executed.metadata.get("grader_crash"):
        res.status = "crashed"
        why = executed.metadata.get("grader_crash") if executed is not None else None
        if outcome.oom:
            why = "the code used more memory than the sandbox allows"
        if not why and outcome.stderr_tail:
            why = "the notebook could not be run to the end (" + outcome.stderr_tail[:200] + ")"
        res.notes.append(
            f"{why or 'the notebook could not be run to the end'}; code tasks not graded, "
            "answers given with the Check buttons graded"
        )
        return res
    errors, timeouts = _cell_notes(executed, asm.labels, asm.owners, timeout)
    res.notes += timeouts + errors
    res.status = "timeout" if timeouts else "error" if errors else "ok"
    return res


# --------------------------------------------------------------------------- the class
def cache_key(cand: Candidate, progress: Path | None, rel: Release, options: str) -> str:
    h = hashlib.sha256()
    try:
        prog = (
            progress.read_bytes()[:MAX_BYTES]
            if progress is not None and progress.is_file() and not progress.is_symlink()
            else b"<no progress>"
        )
    except OSError:
        prog = b"<unreadable>"
    for part in (
        cand.sha256.encode(),
        prog,
        rel.keys.sha256.encode(),
        grader_version().encode(),
        options.encode(),
    ):
        h.update(hashlib.sha256(part).digest())
    return h.hexdigest()


def _load_cache(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError, RecursionError):
        return {}


def _save_json(path: Path, data: Any) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False)
    os.replace(tmp, path)


def grade_class(
    submissions: Path | str,
    out: Path | str,
    timeout: int = 120,
    jobs: int = 1,
    wall: float = 900,
    masters: Path | str | None = None,
    unsafe: bool = False,
    limits: _sandbox.Limits | None = None,
    log: Callable[[str], None] | None = None,
) -> list[Result]:
    """Grade every submission in ``submissions`` and write the gradebook to ``out``."""
    submissions, out = Path(submissions), Path(out)
    if not submissions.is_dir():
        raise GradeError(f"{submissions} is not a folder")
    if timeout < 1 or wall < timeout or jobs < 1:
        raise GradeError("need timeout >= 1, wall >= timeout and jobs >= 1")
    if not unsafe:
        ok, why = _sandbox.available()
        if not ok:
            raise GradeError(
                f"cannot grade safely: {why}. The sandbox keeps one student's code away "
                "from the others' work and from the answer keys. To grade anyway, on a "
                "machine you trust, pass --unsafe-no-sandbox (every row is then marked)."
            )
    log = log or (lambda msg: print(msg, file=sys.stderr, flush=True))
    out.mkdir(parents=True, exist_ok=True)
    rels = releases(Path(masters) if masters else None)
    options = f"timeout={timeout};wall={wall:g};unsafe={unsafe}"
    cache_path = out / CACHE_NAME
    cache = _load_cache(cache_path)
    cands, problems = collect(submissions)
    results: list[Result] = []
    for student, rel_path, why in problems:
        status = (
            "not-in-student-folder"
            if "top of the class folder" in why
            else "no-notebook"
            if "no .ipynb" in why
            else "not-a-notebook"
        )
        results.append(
            Result(
                student,
                rel_path.split("/", 1)[-1] if "/" in rel_path else rel_path,
                status=status,
                notes=[why],
            )
        )
    # identify, refuse, group
    groups: dict[tuple[str, str], list[Candidate]] = {}
    lessons = 0
    for c in cands:
        nb_rel = c.rel.split("/", 1)[1]
        if c.nb is None:
            results.append(Result(c.student, nb_rel, status="not-a-notebook", notes=[c.problem]))
            continue
        quiz, note, refused = identify(c.nb, rels)
        if refused:
            results.append(Result(c.student, nb_rel, status="refused", notes=[note]))
        elif quiz is None and "lesson notebook" in note:
            lessons += 1  # a course folder handed in whole: lessons are not work
        elif quiz is None:
            results.append(Result(c.student, nb_rel, status="unknown-exercise", notes=[note]))
        else:
            groups.setdefault((c.student, quiz), []).append(c)
    todo: list[tuple[Candidate, str, str]] = []
    for (student, quiz), cs in sorted(groups.items()):
        chosen, others = choose(cs, rels[quiz].file_name)
        for o in others:
            results.append(
                Result(
                    student,
                    o.rel.split("/", 1)[1],
                    quiz,
                    status="duplicate",
                    notes=[
                        (
                            f"another notebook for this exercise set counts: "
                            f"{chosen.rel.split('/', 1)[1]} (rule: the release's file name, "
                            "nearest the top; else the newest)"
                        )
                    ],
                )
            )
        key = cache_key(chosen, progress_file(chosen.folder, quiz, chosen.path), rels[quiz], options)
        hit = cache.get(chosen.rel)
        if isinstance(hit, dict) and hit.get("key") == key and isinstance(hit.get("result"), dict):
            try:
                r = Result(**{k: v for k, v in hit["result"].items() if k in Result.__dataclass_fields__})
                r.cached = True
                results.append(r)
                continue
            except TypeError:
                pass
        todo.append((chosen, quiz, key))

    n_students = len({c.student for c, _q, _k in todo} | {r.student for r in results})
    log(
        f"grading {len(todo)} notebook(s) of {n_students} student(s) "
        f"({sum(r.cached for r in results)} unchanged, from the cache; {lessons} lesson notebook(s) "
        f"skipped); jobs={jobs}, "
        f"timeout={timeout} s per cell, {'NO SANDBOX' if unsafe else 'each in a sandbox'}"
    )
    started = time.perf_counter()
    remaining = {c.student for c, _q, _k in todo}
    pending = {s: sum(1 for c, _q, _k in todo if c.student == s) for s in remaining}

    def run(job: tuple[Candidate, str, str]) -> tuple[str, Result, bool]:
        cand, quiz, key = job
        try:
            return key, grade_notebook(cand, quiz, rels[quiz], timeout, wall, unsafe, limits), True
        except Exception as exc:  # noqa: BLE001 - one bad submission never stops the run
            return (
                key,
                Result(
                    cand.student,
                    cand.rel.split("/", 1)[1],
                    quiz,
                    status="crashed",
                    notes=[f"grader error: {type(exc).__name__}: {str(exc)[:200]}"],
                ),
                False,
            )

    with cf.ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = {pool.submit(run, job): job for job in todo}
        for n, fut in enumerate(cf.as_completed(futures), 1):
            cand = futures[fut][0]
            key, res, fine = fut.result()
            results.append(res)
            if fine and res.status in CACHEABLE:
                cache[cand.rel] = {"key": key, "result": asdict(res)}
            else:
                cache.pop(cand.rel, None)
            _save_json(cache_path, cache)
            pending[res.student] -= 1
            if pending[res.student] == 0:
                remaining.discard(res.student)
            elapsed = time.perf_counter() - started
            left = (elapsed / n) * (len(todo) - n)
            pts = "" if res.auto_points is None else f" {res.auto_points:g}/{res.auto_max:g}"
            log(
                f"[{n}/{len(todo)} notebooks · {n_students - len(remaining)}/{n_students} students done] "
                f"{res.student} · {res.quiz or res.notebook}: {res.status}{pts} ({res.seconds:.1f} s) · "
                f"about {left:.0f} s left"
            )
    _flag_identical(results, cands)
    write_outputs(results, out)
    log(
        f"wrote {out / 'gradebook.csv'}, {out / 'written_answers.html'} and "
        f"{len({r.student for r in results})} feedback page(s) in {out / 'feedback'}"
    )
    return results


def _flag_identical(results: list[Result], cands: list[Candidate]) -> None:
    """Identical hand-ins by different students are flagged for the instructor (not penalised)."""
    by_hash: dict[str, set[str]] = {}
    for c in cands:
        if c.sha256:
            by_hash.setdefault(c.sha256, set()).add(c.student)
    rel_hash = {(c.student, c.rel.split("/", 1)[1]): c.sha256 for c in cands}
    for r in results:
        h = rel_hash.get((r.student, r.notebook))
        others = sorted(by_hash.get(h, set()) - {r.student}) if h else []
        if others and r.status not in ("duplicate",):
            r.notes.append("this notebook is byte-identical to the hand-in of " + ", ".join(others[:5]))
