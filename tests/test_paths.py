"""course.paths: one place decides where the course folder is."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from course import data, paths, report
from course.grading import private_keys
from course.questions import progress

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def outside(tmp_path, monkeypatch):
    """No COURSE_DIR, no COURSE_PROGRESS_DIR, working directory outside any course."""
    monkeypatch.delenv(paths.ENV_VAR, raising=False)
    monkeypatch.delenv(paths.PROGRESS_ENV_VAR, raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _course(folder: Path) -> Path:
    (folder / "notebooks").mkdir(parents=True)
    (folder / paths.MARKER).write_text("# marker\n")
    return folder


def test_the_repository_top_carries_the_marker():
    assert (ROOT / paths.MARKER).is_file()
    assert paths.checkout_dir() == ROOT


def test_walking_up_from_a_notebook_folder_finds_the_nearest_marked_course(outside, monkeypatch):
    course = _course(outside / "home" / "student" / "postsoviet-course")
    (course / "notebooks" / "deep").mkdir()
    monkeypatch.chdir(course / "notebooks" / "deep")
    assert paths.course_dir() == course
    assert paths.progress_dir() == course / "progress"
    assert paths.data_dir() == course / "data"
    assert paths.release_dir() == course / "exercises"
    assert paths.masters_dir() == course / "instructor" / "masters"


def test_course_dir_variable_wins_over_the_working_directory(outside, monkeypatch):
    here = _course(outside / "here")
    there = _course(outside / "there")
    monkeypatch.chdir(here / "notebooks")
    monkeypatch.setenv(paths.ENV_VAR, str(there))
    assert paths.course_dir() == there.resolve()


def test_progress_variable_wins_over_the_course_folder(outside, monkeypatch):
    monkeypatch.chdir(_course(outside / "c"))
    monkeypatch.setenv(paths.PROGRESS_ENV_VAR, str(outside / "elsewhere"))
    assert paths.progress_dir() == outside / "elsewhere" == progress.progress_dir()
    assert progress.ProgressStore("q").path == outside / "elsewhere" / "q.json"


def test_without_a_marker_above_the_working_directory_the_checkout_is_used(outside):
    assert paths.course_dir() == ROOT


def test_no_course_anywhere_says_to_set_course_dir(outside, monkeypatch):
    monkeypatch.setattr(paths, "PACKAGE_PARENT", outside / "site-packages")  # a normal install
    with pytest.raises(paths.CourseDirNotFound, match="COURSE_DIR") as err:
        paths.course_dir()
    assert not isinstance(err.value, FileNotFoundError)
    with pytest.raises(paths.CourseDirNotFound, match="COURSE_DIR"):
        data.load("states")


def test_a_course_dir_that_is_not_a_folder_is_refused_clearly(outside, monkeypatch):
    monkeypatch.setenv(paths.ENV_VAR, str(outside / "missing"))
    with pytest.raises(paths.CourseDirNotFound, match="is not a folder"):
        paths.course_dir()


def test_data_releases_and_report_follow_the_course_folder(outside, monkeypatch):
    copy = outside / "copy"
    shutil.copytree(ROOT / "data", copy / "data", ignore=shutil.ignore_patterns("sources"))
    (copy / "exercises").mkdir()
    shutil.copy(ROOT / "exercises" / "00_start_here.ipynb", copy / "exercises")
    (copy / paths.MARKER).write_text("# marker\n")
    monkeypatch.setenv(paths.ENV_VAR, str(copy))
    assert data.path("states") == copy.resolve() / "data" / "states.csv"
    assert len(data.load("states")) == 15
    assert paths.release_dir() == copy.resolve() / "exercises"
    assert private_keys.masters_dir() == copy.resolve() / "instructor" / "masters" / "exercises"
    monkeypatch.setenv(paths.PROGRESS_ENV_VAR, str(outside / "progress"))
    assert [m.notebook for m in report.gather().modules] == ["00_start_here.ipynb"]
