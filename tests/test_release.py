"""What a class receives: the release tree, and graded mode in the student's kernel."""

import json

import nbformat
import pytest

from course.authoring import build, cells, release
from course.questions import Exercise, keys

ROOT = release.ROOT


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    out = tmp_path_factory.mktemp("release") / "course"
    release.make_release(out, "graded")
    return out


def test_the_release_holds_no_instructor_folder_tests_or_tools(graded):
    names = {p.name for p in graded.iterdir()}
    assert {"notebooks", "exercises", "data", "course", "environment.yml", "RELEASE.json"} <= names
    assert not names & {"instructor", "tests", "tools", ".ci", "Makefile"}
    assert not list(graded.rglob("*solution*")) and not (graded / "data" / "sources").exists()


def test_a_graded_release_carries_no_answer_key_at_all(graded):
    for path in sorted((graded / "exercises").glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        text = "\n".join(c.source for c in nb.cells)
        assert keys.PREFIX not in text and "key=" not in text and "answer=" not in text, path.name
        assert nb.metadata["course"]["mode"] == "graded"
        setup = next(c for c in nb.cells if cells.is_setup(c))
        assert 'mode="graded"' in setup.source


def test_the_manifest_lists_every_file_with_its_digest(graded):
    manifest = json.loads((graded / "RELEASE.json").read_text())
    assert manifest["mode"] == "graded"
    assert "exercises/00_start_here.ipynb" in manifest["files"]
    assert all(len(h) == 64 for h in manifest["files"].values())


def test_a_rebuilt_release_keeps_its_git_folder_and_refuses_a_foreign_folder(tmp_path):
    out = tmp_path / "rel"
    (out / ".git").mkdir(parents=True)
    (out / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    release.make_release(out, "practice")
    assert (out / ".git" / "HEAD").exists()
    nb = nbformat.read(out / "exercises" / "00_start_here.ipynb", as_version=4)
    assert 'key="v1.' in "\n".join(c.source for c in nb.cells)
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "thesis.docx").write_text("mine")
    with pytest.raises(release.ReleaseError, match="not empty"):
        release.make_release(foreign)
    with pytest.raises(release.ReleaseError, match="inside the course checkout"):
        release.make_release(ROOT / "build" / "release")


def test_graded_mode_saves_and_validates_but_never_says_right_or_wrong(tmp_path):
    ex = Exercise("t_graded", title="T", progress_dir=str(tmp_path), mode="graded")
    q = ex.numeric("q1", "A share", units="%", points=2)
    assert not q.key_error
    fb = ex.submit("q1", "50.5%")
    assert fb.status == "saved" and fb.points is None
    assert "one number, 50.5 (in per cent)" in fb.message
    assert ex.submit("q1", "fifty").status == "invalid"
    row = ex.score()["rows"][0]
    assert row["points"] is None and ex.score()["answered"] == 1
    assert "grader scores" in ex.summary_text()
    saved = json.loads((tmp_path / "t_graded.json").read_text())["answers"]["q1"]
    assert saved["attempts"] == 1


def test_a_code_task_shows_no_input_box_and_says_to_answer_in_code(tmp_path):
    ex = Exercise("t_task", progress_dir=str(tmp_path))
    q = ex.numeric("q1", "Computed", key=keys.encode("numeric", "t_task", "q1", 4), code_task=True)
    box = q.box()
    kinds = [type(w).__name__ for w in box.children]
    assert "Text" not in kinds and "Button" not in kinds
    assert 'ex.check("q1", your_answer)' in box.children[1].value


def test_the_build_marks_code_tasks_from_the_task_cells_of_the_master():
    master = ROOT / "instructor" / "masters" / "exercises" / "00_start_here.py"
    nb = build.render(build.Target(master, master, "student", "exercise"))
    tasks = cells.task_questions(nb.cells)
    assert tasks == {"q6", "q7", "q8", "q9"}
    for c in nb.cells:
        if cells.is_question(c):
            assert ("code_task=True" in c.source) == bool(set(cells.questions(c)) & tasks)
