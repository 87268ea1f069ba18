"""The nbgrader export, run through the real nbgrader (0.9.6, in .venv-nbgrader; see
tests/nbgrader/requirements.txt): `generate_assignment` then `autograde`, and the scores read
back from nbgrader's own gradebook.

Three submissions of module 00: alice hands in the source version with the model answers
saved by the Check buttons (full automatic marks; her written answer waits for manual
grading), bob hands in the untouched release (zero, nothing to grade by hand), and carol
gets q1 wrong and three of the five pairs of the matching question q3 right (partial
credit, which nbgrader reads from the number the test cell ends with).
"""

import json
import os
import subprocess
from pathlib import Path

import nbformat
import pytest

from course.authoring import build, nbgrader_export
from course.questions.progress import ProgressStore

ROOT = Path(__file__).resolve().parents[1]
NBG_VENV = Path(os.environ.get("COURSE_NBGRADER_VENV", ROOT / ".venv-nbgrader"))
M00 = ROOT / "instructor" / "masters" / "exercises" / "00_start_here.py"
QUIZ = "00_start_here"

READ_GRADEBOOK = """
import json, sys
from nbgrader.api import Gradebook
out = {}
with Gradebook("sqlite:///" + sys.argv[1]) as gb:
    for student in sys.argv[2:]:
        sub = gb.find_submission("ps00", student)
        out[student] = {"code": sub.code_score, "max_code": sub.max_code_score,
                        "max_written": sub.max_written_score,
                        "needs_manual": sub.needs_manual_grade,
                        "grades": {g.name: g.score for g in sub.notebooks[0].grades}}
print(json.dumps(out))
"""


def _nbgrader(course: Path, *args: str) -> subprocess.CompletedProcess:
    # the progress file must be found where a student's notebook keeps it (progress/ beside it),
    # not in a folder the test session set for itself
    env = {k: v for k, v in os.environ.items() if k != "COURSE_PROGRESS_DIR"}
    env["PATH"] = f"{NBG_VENV / 'bin'}{os.pathsep}{os.environ['PATH']}"
    return subprocess.run(
        [str(NBG_VENV / "bin" / "nbgrader"), *args],
        cwd=course,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def _progress(folder, answers):
    """A progress file as the Check buttons leave it (written by the course's own store)."""
    store = ProgressStore(QUIZ, folder / "progress")
    for qid, answer in answers.items():
        store.record(qid, answer=answer, best=answer, attempts=1)


@pytest.fixture(scope="module")
def gradebook(tmp_path_factory):
    if not (NBG_VENV / "bin" / "nbgrader").exists():
        pytest.fail(f"{NBG_VENV} is missing: `make test` creates it (tools/setup_env.py --nbgrader)")
    course = tmp_path_factory.mktemp("nbgrader-course")
    (course / "nbgrader_config.py").write_text(
        "c = get_config()\nc.CourseDirectory.course_id = 'postsoviet'\n"
        f"c.CourseDirectory.root = {str(course)!r}\nc.ExecutePreprocessor.timeout = 300\n"
    )
    source = course / "source" / "ps00" / f"{QUIZ}.ipynb"
    source.parent.mkdir(parents=True)
    nbformat.write(nbgrader_export.export(M00), source)
    gen = _nbgrader(course, "generate_assignment", "ps00", "--force")
    assert gen.returncode == 0, gen.stderr[-2000:]
    release = course / "release" / "ps00" / f"{QUIZ}.ipynb"

    models = nbgrader_export._model_answers(build.parse_master(M00.read_text()))
    pairs = dict(models["q3"])
    wrong = dict(pairs)
    first, second = list(pairs)[:2]
    wrong[first], wrong[second] = pairs[second], pairs[first]  # two pairs swapped: 3 of 5 right
    carol = {"q1": "The CIS", "q3": wrong}
    for student, notebook, answers in (
        ("alice", source, models),
        ("bob", release, None),
        ("carol", release, carol),
    ):
        folder = course / "submitted" / student / "ps00"
        folder.mkdir(parents=True)
        (folder / f"{QUIZ}.ipynb").write_bytes(notebook.read_bytes())
        if answers is not None:
            _progress(folder, answers)
    auto = _nbgrader(course, "autograde", "ps00", "--create", "--force")
    assert auto.returncode == 0, auto.stderr[-2000:]
    read = subprocess.run(
        [
            str(NBG_VENV / "bin" / "python"),
            "-c",
            READ_GRADEBOOK,
            str(course / "gradebook.db"),
            "alice",
            "bob",
            "carol",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert read.returncode == 0, read.stderr[-2000:]
    return json.loads(read.stdout), release


def test_real_nbgrader_gives_the_model_answers_full_automatic_marks(gradebook):
    alice = gradebook[0]["alice"]
    assert alice["code"] == alice["max_code"] == 14  # the exercise's automatic points
    assert alice["max_written"] == 3 and alice["needs_manual"]  # her written answer awaits you


def test_real_nbgrader_gives_the_untouched_release_zero(gradebook):
    bob = gradebook[0]["bob"]
    assert bob["code"] == 0 and bob["max_code"] == 14 and not bob["needs_manual"]


def test_real_nbgrader_reads_partial_credit_for_a_half_right_matching(gradebook):
    grades = gradebook[0]["carol"]["grades"]
    assert grades["q1_test"] == 0  # wrong choice
    assert 0 < grades["q3_test"] < 2  # 3 of 5 pairs of a 2-point question
    assert grades["q5_test"] == 0  # unanswered


def test_real_nbgrader_release_has_stubs_and_no_plain_answer(gradebook):
    text = gradebook[1].read_text()
    assert "YOUR CODE HERE" in text and "BEGIN SOLUTION" not in text and "answer=" not in text
