"""The course on a real JupyterHub: PAM login, one Unix user and server per student, the course
pulled by nbgitpuller's link from a local git repository, graded with the class grader.

The tests share one classroom (module fixture) and run in order: log in and answer, restart,
privacy, lecturer's second pull, grading.  Run as root (CI does):
    PYTHONPATH=. .venv/bin/python -m pytest -p no:nbval tests/hub -x
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from harness import hub as h
from harness import lab

from course.grading import private_keys
from course.questions import scoring

pytestmark = pytest.mark.hub
N_STUDENTS = 3
SHOTS = lab.SCREENSHOTS
NOTE = "My own note, {name}: keep this."


@pytest.fixture(scope="module")
def classroom(playwright):
    reason = h.why_not_runnable()
    if reason:
        pytest.skip(reason)

    SHOTS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="course-hub-") as tmp:
        t = Path(tmp)
        t.chmod(0o755)
        repo = h.CourseRepo(t / "repo")
        with h.Students(N_STUDENTS, t / "home") as students, h.Hub(t / "hub", students.names) as hub:
            students.trust(repo.bare)
            browser = h.launch(playwright)
            pages = {name: h.new_student_page(browser) for name in students.names}
            room = {"t": t, "repo": repo, "students": students, "hub": hub, "pages": pages, "answers": {}}
            try:
                yield room
            finally:
                browser.close()


def _course(room, name: str) -> Path:
    return room["students"].home(name) / h.REPO_NAME


def _progress_file(room, name: str) -> Path:
    """Where the student's progress is: under the pulled course folder in their home
    (COURSE_PROGRESS_DIR today; <course folder>/progress from `.course-root` later)."""
    return _course(room, name) / "progress" / f"{h.QUIZ_ID}.json"


def _no_foreign(room, name: str) -> None:
    _, _, log = room["pages"][name]
    assert log.foreign() == [], f"{name}'s browser asked non-local hosts: {log.foreign()}"


def test_students_log_in_pull_the_course_and_answer_two_questions(classroom):
    room, hub, repo = classroom, classroom["hub"], classroom["repo"]
    for i, name in enumerate(room["students"].names, 1):
        _, page, _ = room["pages"][name]
        h.login(page, hub, name, "wrong-password")
        page.wait_for_selector("text=Invalid username or password", timeout=30000)
        page.screenshot(path=str(SHOTS / f"hub-{i}-login-refused.png"))
        h.login(page, hub, name, room["students"].passwords[name], repo.pull_link(hub.base_url))
        h.wait_notebook(page)
        lab.run_all(page)
        got = [lab.answer_question(page, 0, option=i), lab.answer_question(page, 1, option=i + 1)]
        assert all(g["changed"] for g in got), got
        room["answers"][name] = [g["after"] for g in got]
        h.save_notebook(page)
        page.screenshot(path=str(SHOTS / f"hub-{i}-answered.png"))
        _no_foreign(room, name)
    for name in room["students"].names:
        saved = json.loads(_progress_file(room, name).read_text())["answers"]
        assert {"q1", "q5"} <= set(saved), saved
        assert _progress_file(room, name).stat().st_uid == room["students"].uid(name)
        assert hub.server_pid(name) is not None


def test_answers_survive_a_server_restart(classroom):
    room, hub = classroom, classroom["hub"]
    for i, name in enumerate(room["students"].names, 1):
        _, page, _ = room["pages"][name]
        before = hub.server_pid(name)
        page.goto("about:blank")
        hub.stop_server(name)
        assert hub.server_pid(name) is None
        page.goto(f"{hub.base_url}/hub/user-redirect/lab/tree/{h.notebook_path()}")
        h.wait_notebook(page)
        assert hub.server_pid(name) not in (None, before)
        lab.run_all(page)
        shown = page.evaluate("""() => Array.from(window.__courseNb.content.node
            .querySelectorAll('.course-question')).filter(q => q.querySelector('input[type=radio]'))
            .slice(0, 2).map(q => q.querySelector('.course-feedback').textContent)""")
        assert shown == room["answers"][name]
        page.screenshot(path=str(SHOTS / f"hub-{i}-after-restart.png"))
        _no_foreign(room, name)


def test_a_student_cannot_read_another_students_home(classroom):
    students = classroom["students"]
    a, b = students.names[0], students.names[1]
    assert students.run_as(a, ["ls", str(students.home(a) / h.REPO_NAME)]).returncode == 0
    for cmd in (["ls", str(students.home(b))], ["cat", str(_progress_file(classroom, b))]):
        r = students.run_as(a, cmd)
        assert r.returncode != 0 and "Permission denied" in r.stderr, (cmd, r)
    assert students.home(b).stat().st_mode & 0o077 == 0


def test_a_second_pull_keeps_the_students_edit(classroom):
    room, hub, repo = classroom, classroom["hub"], classroom["repo"]
    name = room["students"].names[0]
    _, page, _ = room["pages"][name]
    nb = _course(room, name) / h.EXERCISE
    page.evaluate(
        """(text) => { const m = window.__courseNb.content.model.sharedModel;
        m.insertCell(m.cells.length, {cell_type: 'markdown', source: text}); }""",
        NOTE.format(name=name),
    )
    h.save_notebook(page)
    mine = nb.read_text()
    readme = (repo.work / "README.md").read_text() + "\n\nLecturer's note: module 01 starts next week.\n"
    repo.push_change(
        {
            "README.md": readme,
            "notebooks/NEWS.md": "# News\n\nModule 01 is out.\n",
            h.EXERCISE: (repo.work / h.EXERCISE).read_text().replace("Module 00", "Module 00 (revised)", 1),
        },
        "Lecturer: news, README note, exercise 00 title",
    )
    page.goto(repo.pull_link(hub.base_url))
    h.wait_notebook(page)
    page.screenshot(path=str(SHOTS / "hub-second-pull.png"))
    course = _course(room, name)
    assert (course / "notebooks" / "NEWS.md").exists()
    assert "Lecturer's note" in (course / "README.md").read_text()
    assert NOTE.format(name=name) in nb.read_text()
    assert json.loads(nb.read_text())  # still a notebook after the merge
    assert mine.count(NOTE.format(name=name)) == 1
    other = room["students"].names[1]  # a student who edited nothing gets the lecturer's version
    _, page2, _ = room["pages"][other]
    page2.goto(repo.pull_link(hub.base_url))
    h.wait_notebook(page2)
    assert "Lecturer's note" in (_course(room, other) / "README.md").read_text()
    _no_foreign(room, name)


def test_the_instructor_grades_the_class_from_the_students_folders(classroom):
    room = classroom
    subs, out = room["t"] / "submissions", room["t"] / "gradebook"
    for name in room["students"].names:
        d = subs / name
        (d / "progress").mkdir(parents=True)
        shutil.copy(_course(room, name) / h.EXERCISE, d / Path(h.EXERCISE).name)
        shutil.copy(_progress_file(room, name), d / "progress" / f"{h.QUIZ_ID}.json")
    env = {**os.environ, "PYTHONPATH": str(h.ROOT)}
    r = subprocess.run(
        [str(lab.venv_python()), "-m", "course.grade", str(subs), "--out", str(out)],
        cwd=h.ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    with open(out / "gradebook.csv", newline="", encoding="utf-8") as f:
        rows = {r["student"]: r for r in csv.DictReader(f)}
    assert set(rows) == set(room["students"].names), rows
    keys = private_keys.load(h.QUIZ_ID)
    for name, row in rows.items():  # both answers given in the browser reached the grader
        assert (row["quiz"], row["answered"], row["status"]) == (h.QUIZ_ID, "2", "ok"), row
        assert not re.search(r"edited|deleted|added", row["notes"]), row["notes"]
        saved = json.loads(_progress_file(room, name).read_text())["answers"]
        want = sum(scoring.score(keys[q], e["answer"]).points or 0 for q, e in saved.items())
        assert float(row["auto_points"]) == want, (row, saved)
    shutil.copy(out / "gradebook.csv", lab.ARTIFACTS / "hub-gradebook.csv")
