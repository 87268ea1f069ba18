"""The class grader (course.grade) on module 00, tried as honest students and as attackers.

One class folder is graded once (module fixture, two jobs at a time, every notebook in a real
bubblewrap sandbox) and each test reads its rows or the files around them. Students work in
notebooks of the *graded* release (no keys), as a class receives them.
"""

import csv
import json
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import nbformat
import pytest

from course import grade
from course.authoring import build, cells
from course.grading import assemble, collect, outputs, pipeline, sandbox
from course.questions.progress import ProgressStore

ROOT = Path(__file__).resolve().parents[1]
QUIZ = "00_start_here"
MASTER = ROOT / "instructor" / "masters" / "exercises" / "00_start_here.py"
TIMEOUT = 8  # seconds per student cell: the endless loop is stopped after this
WIDGETS_RIGHT = {
    "q1": "Single Economic Space (SES)",
    "q2": ["Belarus", "Kazakhstan", "Russia", "Ukraine"],
    "q5": "The CIS",
}  # 3 points
ESSAY = (
    "The acronym CES named the Big Four project in some documents and the EU-Russia space in "
    "others, so a reader must check the parties and the date before citing a source. "
) * 3

needs_sandbox = pytest.mark.skipif(not sandbox.available()[0], reason=sandbox.available()[1])


def _release_nb():
    return pipeline.releases()[QUIZ].nb


def _solution_nb():
    return build.render(build.Target(MASTER, Path("x.ipynb"), "solution", "solution"))


def _tasks(nb):
    return {tuple(cells.questions(c)): c for c in nb.cells if cells.is_task(c)}


def _student_nb(solve=(), replace=None, add=()):
    """A graded-release notebook with the solution's code in the ``solve`` tasks."""
    nb = _release_nb()
    nb = nbformat.from_dict(json.loads(nbformat.writes(nb)))
    sol = {k[0]: c.source for k, c in _tasks(_solution_nb()).items()}
    for key, c in _tasks(nb).items():
        if key[0] in solve:
            c.source = sol[key[0]]
        if replace and key[0] in replace:
            c.source = replace[key[0]]
    for where, source in add:
        nb.cells.insert(where, nbformat.v4.new_code_cell(source))
    return nb


def _hand_in(subs, student, nb=None, answers=None, name="exercises/00_start_here.ipynb"):
    folder = subs / student
    folder.mkdir(parents=True, exist_ok=True)
    if nb is not None:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, folder / name)
    if answers:
        store = ProgressStore(QUIZ, folder / "progress")
        for qid, answer in answers.items():
            store.record(qid, answer=answer, attempts=1)
    return folder


@pytest.fixture(scope="module")
def klass(tmp_path_factory):
    base = tmp_path_factory.mktemp("class")
    subs, out, outside = base / "submissions", base / "gradebook", base / "outside"
    subs.mkdir()
    outside.mkdir()
    all_tasks = ("q6", "q7", "q8", "q9")
    # honest students
    _hand_in(subs, "alice", _student_nb(all_tasks), {**WIDGETS_RIGHT, "q10": ESSAY})
    _hand_in(subs, "ben", _student_nb())  # nothing answered, no progress
    _hand_in(
        subs,
        "cem",
        _student_nb(("q7", "q8", "q9"), {"q6": "founders = (members[\n"}),
        {"q1": "Common Economic Space (CES)", "q6": 11},
    )  # old q6 answer must not count
    _hand_in(subs, "dan", _student_nb(("q6", "q8"), {"q7": "while True:\n    pass\n"}))
    _hand_in(subs, "copycat", _student_nb(all_tasks), {**WIDGETS_RIGHT, "q10": ESSAY})
    shutil.copy(
        subs / "alice" / "exercises" / "00_start_here.ipynb",
        subs / "copycat" / "exercises" / "00_start_here.ipynb",
    )
    # eve: everything a determined student tried against the old grader, in one notebook
    victim = subs / "alice" / "progress" / f"{QUIZ}.json"
    eve_cell = f"""
import os, subprocess, sys
from course.questions import Feedback, REGISTRY, Exercise
for e in REGISTRY.values():
    for q in e.questions.values():
        q.result = q.last = Feedback("correct", "", 100, 1)
        q.points = 100
Exercise.score = lambda self: {{"earned": 999}}
ex.numeric("q7", "mine", answer=0, points=100)
print("@@GRADE-forged@@{{}}@@GRADE-forged@@")
leaks = []
for p in [{str(MASTER)!r}, {str(victim)!r}, {str(out / ".cache.json")!r}, "/proc/1/environ"]:
    try:
        leaks.append(open(p).read()[:80])
    except Exception as exc:
        leaks.append(type(exc).__name__)
for p in [{str(victim)!r}, {str(out / "gradebook.csv")!r}]:
    try:
        open(p, "w").write("forged")
    except Exception:
        pass
subprocess.Popen([sys.executable, "-c", "import time; time.sleep(3); open({str(outside / "late.txt")!r}, 'w').write('x'); time.sleep(600)  # eve-detached"],
                 start_new_session=True)
print(leaks)
"""
    _hand_in(subs, "eve", _student_nb(add=[(12, eve_cell)]), {"q1": "The CIS"})
    # crashes and limits: widget answers must still count
    _hand_in(
        subs, "oom", _student_nb(add=[(12, "blocks = [bytearray(2**27) for _ in range(40)]")]), WIDGETS_RIGHT
    )
    _hand_in(subs, "exiter", _student_nb(add=[(12, "import os\nos._exit(3)")]), WIDGETS_RIGHT)
    _hand_in(
        subs,
        "forker",
        _student_nb(
            add=[
                (
                    12,
                    (
                        "import os, time\nkids = []\nfor _ in range(600):\n"
                        "    try:\n        pid = os.fork()\n    except OSError:\n"
                        "        break\n    if pid == 0:\n        time.sleep(600)\n"
                        "        os._exit(0)\n    kids.append(pid)\nprint(len(kids))"
                    ),
                )
            ]
        ),
        WIDGETS_RIGHT,
    )
    _hand_in(subs, "kbd", _student_nb(("q6",), add=[(12, "raise KeyboardInterrupt")]))
    # odd files
    deep = subs / "nested"
    deep.mkdir()
    (deep / "00_start_here.ipynb").write_text('{"cells": ' + "[" * 100_000 + "]" * 100_000 + "}")
    (subs / "fifo").mkdir()
    os.mkfifo(subs / "fifo" / "x.ipynb")
    (subs / "linker").mkdir()
    os.symlink(subs / "alice" / "exercises" / "00_start_here.ipynb", subs / "linker" / "x.ipynb")
    (subs / "latin1").mkdir()
    (subs / "latin1" / "x.ipynb").write_bytes(b'{"cells": [], "note": "caf\xe9"}')
    (subs / "word").mkdir()
    (subs / "word" / "00_start_here.ipynb").write_text("I wrote my answers in Word, sorry\n")
    # solutions: the instructor's, with its metadata edited; and a whole course folder handed in
    sol = _solution_nb()
    sol.metadata["course"]["kind"] = "exercise"
    _hand_in(subs, "sol", sol, WIDGETS_RIGHT)
    whole = _hand_in(subs, "whole", _student_nb(("q6",)), {"q1": "The CIS"})
    nbformat.write(_solution_nb(), whole / "instructor-solutions-00.ipynb")
    nbformat.write(_student_nb(all_tasks), whole / "older copy.ipynb")
    nbformat.write(
        build.render(
            build.Target(
                ROOT / "instructor/masters/lessons/00_start_here.py", Path("l.ipynb"), "student", "lesson"
            )
        ),
        whole / "lesson.ipynb",
    )
    # names and answers that must stay text
    _hand_in(subs, '=HYPERLINK("x")', _student_nb(), {"q10": "<script>alert(1)</script> " + ESSAY})
    _hand_in(subs, "a b", _student_nb())
    _hand_in(subs, "a_b", _student_nb())
    (subs / "hal").mkdir()
    (subs / "hal" / "README.txt").write_text("forgot to upload")
    shutil.copy(subs / "ben" / "exercises" / "00_start_here.ipynb", subs / "stray.ipynb")

    messages = []
    results = grade.grade_class(subs, out, timeout=TIMEOUT, jobs=2, wall=90, log=messages.append)
    time.sleep(4)  # eve's detached process would have written by now
    return {"subs": subs, "out": out, "outside": outside, "results": results, "log": messages}


def _row(klass, student, notebook=None):
    rows = [
        r for r in klass["results"] if r.student == student and (notebook is None or r.notebook == notebook)
    ]
    assert len(rows) == 1, [(r.student, r.notebook, r.status) for r in klass["results"]]
    return rows[0]


def _q(result, qid):
    return next(q for q in result.rows if q["id"] == qid)


# --------------------------------------------------------------------------- honest students
@needs_sandbox
def test_a_fully_solved_notebook_gets_full_automatic_marks_from_its_answers(klass):
    r = _row(klass, "alice")
    assert (r.status, r.auto_points, r.auto_max, r.manual_max) == ("ok", 7 + 3, 14, 3)
    assert r.notebook == "exercises/00_start_here.ipynb"  # the path inside her folder
    assert [_q(r, q)["status"] for q in ("q1", "q2", "q5", "q6", "q7", "q8", "q9")] == ["correct"] * 7
    assert _q(r, "q3")["status"] == _q(r, "q4")["status"] == "unanswered"  # never answered


@needs_sandbox
def test_an_unanswered_notebook_scores_zero_and_says_progress_is_missing(klass):
    r = _row(klass, "ben")
    assert (r.status, r.auto_points, r.answered) == ("ok", 0, 0)
    assert any("no progress file" in n for n in r.notes)


@needs_sandbox
def test_a_syntax_error_costs_only_that_task_and_an_old_saved_answer_to_a_code_task_does_not_count(klass):
    r = _row(klass, "cem")
    assert r.status == "error"
    assert _q(r, "q6")["points"] == 0 and _q(r, "q1")["status"] == "incorrect"
    assert [_q(r, q)["status"] for q in ("q7", "q8", "q9")] == ["correct"] * 3
    assert any("q6" in n and "SyntaxError" in n for n in r.notes)


@needs_sandbox
def test_an_endless_loop_is_a_timeout_row_and_the_rest_is_graded(klass):
    r = _row(klass, "dan")
    assert r.status == "timeout"
    assert _q(r, "q6")["status"] == _q(r, "q8")["status"] == "correct" and _q(r, "q7")["points"] == 0
    assert any("q7" in n and "time limit" in n for n in r.notes)


@needs_sandbox
def test_a_keyboard_interrupt_the_code_raises_itself_is_an_error_not_a_timeout(klass):
    r = _row(klass, "kbd")
    assert r.status == "error" and _q(r, "q6")["status"] == "correct"
    assert any("KeyboardInterrupt" in n for n in r.notes)
    assert not any("time limit" in n for n in r.notes)


# --------------------------------------------------------------------------- attackers
@needs_sandbox
def test_a_cell_that_redeclares_a_question_or_sets_results_does_not_change_the_grade(klass):
    r = _row(klass, "eve")
    assert (r.auto_points, r.auto_max) == (0, 14)  # her one widget answer is wrong
    assert _q(r, "q7")["max"] == 2
    touched = next(n for n in r.notes if "reaches into the question engine" in n)
    assert "re-declares question q7" in touched and "sets .result" in touched


@needs_sandbox
def test_a_submission_cannot_read_the_keys_or_write_another_students_files(klass):
    r = _row(klass, "eve")
    page = (klass["out"] / "feedback" / outputs.feedback_name("eve")).read_text()
    assert "Belovezha" not in page and "answer=" not in page
    victim = klass["subs"] / "alice" / "progress" / f"{QUIZ}.json"
    assert json.loads(victim.read_text())["answers"]["q1"]["answer"] == WIDGETS_RIGHT["q1"]
    assert _row(klass, "alice").auto_points == 10  # graded after eve, unharmed
    assert "forged" not in (klass["out"] / "gradebook.csv").read_text()
    assert r.status in ("ok", "error")


@needs_sandbox
def test_a_detached_process_is_killed_with_the_sandbox(klass):
    assert not (klass["outside"] / "late.txt").exists()
    ps = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True, check=True).stdout
    assert "eve-detached" not in ps


@needs_sandbox
def test_memory_and_process_limits_stop_a_submission_and_its_widget_answers_still_count(klass):
    for student in ("oom", "exiter"):
        r = _row(klass, student)
        assert r.status == "crashed", (student, r.notes)
        assert r.auto_points == 3 and _q(r, "q1")["status"] == "correct"
    assert _row(klass, "oom").notes[-1].startswith("the code used more memory")
    forker = _row(klass, "forker")
    assert forker.auto_points == 3
    assert (
        "sleep(600)"
        not in subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True, check=True).stdout
    )


@needs_sandbox
def test_crashed_and_timed_out_rows_are_never_cached(klass):
    cache = json.loads((klass["out"] / pipeline.CACHE_NAME).read_text())
    cached = {k.split("/", 1)[0] for k in cache}
    assert {"alice", "ben", "cem"} <= cached
    assert not cached & {"oom", "exiter", "dan"}


@needs_sandbox
def test_a_solution_notebook_is_refused_even_with_its_metadata_edited(klass):
    r = _row(klass, "sol")
    assert r.status == "refused" and r.auto_points is None
    assert _row(klass, "whole", "instructor-solutions-00.ipynb").status == "refused"


@needs_sandbox
def test_one_notebook_per_student_and_set_counts_by_the_stated_rule_never_the_best(klass):
    counted = _row(klass, "whole", "exercises/00_start_here.ipynb")
    older = _row(klass, "whole", "older copy.ipynb")  # would score more: not "the best"
    assert counted.status == "ok" and counted.auto_points == 1
    assert older.status == "duplicate" and "exercises/00_start_here.ipynb" in older.notes[0]
    assert not [r for r in klass["results"] if r.student == "whole" and r.notebook == "lesson.ipynb"]


@needs_sandbox
def test_identical_hand_ins_and_symlinks_are_flagged(klass):
    assert any("byte-identical" in n and "alice" in n for n in _row(klass, "copycat").notes)
    assert "symbolic link" in _row(klass, "linker").notes[0]


# --------------------------------------------------------------------------- odd files
@needs_sandbox
def test_a_deeply_nested_notebook_gets_a_row_and_the_class_run_finishes(klass):
    r = _row(klass, "nested")
    assert r.status == "not-a-notebook" and "nested" in r.notes[0]


@needs_sandbox
def test_a_fifo_a_non_utf8_file_and_a_word_file_get_rows_without_blocking(klass):
    assert "not a regular file" in _row(klass, "fifo").notes[0]
    assert "not UTF-8" in _row(klass, "latin1").notes[0]
    assert "not JSON" in _row(klass, "word").notes[0]
    assert _row(klass, "hal").status == "no-notebook"
    assert _row(klass, "stray.ipynb").status == "not-in-student-folder"


# --------------------------------------------------------------------------- what is written
@needs_sandbox
def test_gradebook_cells_cannot_become_spreadsheet_formulas(klass):
    with open(klass["out"] / "gradebook.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == outputs.GRADEBOOK_FIELDS
    assert any(r["student"] == '\'=HYPERLINK("x")' for r in rows)
    assert not any(v.startswith(("=", "+", "@")) for r in rows for v in r.values())


@needs_sandbox
def test_pages_escape_what_students_wrote_and_feedback_names_are_unique(klass):
    page = (klass["out"] / "written_answers.html").read_text()
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page
    assert "Draws a consequence for reading or citing sources" in page
    names = [outputs.feedback_name(s) for s in ("a b", "a_b")]
    assert names[0] != names[1] and all((klass["out"] / "feedback" / n).exists() for n in names)
    ben = (klass["out"] / "feedback" / outputs.feedback_name("ben")).read_text()
    # after the deadline the feedback page shows every hint step: the pointer and the worked step
    assert "Footnote 1 of the paper" in ben and "Fn 1 lists four English names" in ben
    assert "Single Economic Space (SES)" not in ben


@needs_sandbox
def test_progress_log_reports_students_done_and_time_left(klass):
    lines = [m for m in klass["log"] if "students done" in m]
    assert lines and all(re.search(r"about \d+ s left", m) for m in lines)


@needs_sandbox
def test_a_rerun_takes_unchanged_rows_from_the_cache_and_regrades_a_changed_one(klass):
    subs, out = klass["subs"], klass["out"]
    nb = subs / "ben" / "exercises" / "00_start_here.ipynb"
    nb.write_text(nb.read_text().replace('"cells": [', '"cells": [', 1) + "\n")
    again = grade.grade_class(subs, out, timeout=TIMEOUT, jobs=2, wall=90, log=lambda m: None)
    fresh = {r.student for r in again if not r.cached and r.quiz and r.status not in ("duplicate", "refused")}
    assert "ben" in fresh and "alice" not in fresh and "cem" not in fresh
    assert {"oom", "exiter"} <= fresh  # crashed rows run again


# --------------------------------------------------------------------------- units
def test_checks_in_student_code_are_rewritten_to_the_capture():
    src = "x = 1\nex.check('q6', x)\nmine.submit(\"q7\", [1, 2])\n"
    out = assemble.rewrite_checks(src)
    assert "_course_capture_('q6', x)" in out and "_course_capture_('q7', [1, 2])" in out
    assert assemble.rewrite_checks("%time y = 2\nex.check('q6', y)").endswith("_course_capture_('q6', y)")


def test_json_nesting_is_measured_without_parsing():
    assert collect.json_depth_ok('{"a": [[["]]]]]"]]]}')
    assert not collect.json_depth_ok("[" * 300 + "]" * 300)


def test_the_rule_prefers_the_release_file_name_nearest_the_top(tmp_path):
    def cand(rel, mtime):
        return collect.Candidate("s", tmp_path / rel, f"s/{rel}", tmp_path, mtime=mtime)

    chosen, others = collect.choose(
        [cand("deep/x/00.ipynb", 3), cand("my copy.ipynb", 9), cand("00.ipynb", 1)], "00.ipynb"
    )
    assert chosen.rel == "s/00.ipynb" and len(others) == 2


def test_the_grader_refuses_without_a_sandbox_and_the_unsafe_option_marks_rows(tmp_path, monkeypatch):
    monkeypatch.setattr(sandbox, "available", lambda: (False, "bubblewrap is not installed"))
    _hand_in(tmp_path / "subs", "ann", _student_nb(("q6",)), {"q1": WIDGETS_RIGHT["q1"]})
    with pytest.raises(pipeline.GradeError, match="--unsafe-no-sandbox"):
        grade.grade_class(tmp_path / "subs", tmp_path / "out", log=lambda m: None)
    (row,) = grade.grade_class(
        tmp_path / "subs", tmp_path / "out", unsafe=True, timeout=30, wall=90, log=lambda m: None
    )
    assert row.auto_points == 2 and "WITHOUT a sandbox" in row.notes[0]


def test_cli_refuses_a_missing_folder_with_a_message(tmp_path, capsys):
    assert grade.main([str(tmp_path / "nope"), "--out", str(tmp_path / "o")]) == 2
    assert "is not a folder" in capsys.readouterr().err
