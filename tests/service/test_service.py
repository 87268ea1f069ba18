"""The checking service behind a real JupyterHub: policy, identity, isolation, durability."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import threading

import requests
from service_hub import QUIZ, Student, free_port

RIGHT_Q6, WRONG_Q6 = 11, 10


def test_wrong_twice_then_right_earns_the_points_the_policy_gives(student):
    s = student()
    first, second, third = (s.check("q6", a).json() for a in (WRONG_Q6, 12, RIGHT_Q6))
    assert [first["status"], second["status"], third["status"]] == ["incorrect", "incorrect", "correct"]
    assert first["hint"] and "2 tries left" in first["message"]
    # penalty 0.25 of the question's point per try after the first: try 3 earns 1 - 0.5
    assert third["points"] == 0.5 and third["best_points"] == 0.5
    assert third["attempts_used"] == 3 and third["attempts_left"] == 0
    status = s.get(f"api/status?quiz={QUIZ}").json()["questions"]["q6"]
    assert status["best_points"] == 0.5 and status["attempts_left"] == 0


def test_a_try_beyond_the_limit_is_refused_and_logged(student, lecturer):
    s = student()
    for _ in range(3):
        assert s.check("q6", WRONG_Q6).status_code == 200
    r = s.check("q6", RIGHT_Q6)
    assert r.status_code == 409
    assert r.json()["refused"] is True and r.json()["points"] == 0.0
    assert "No tries left" in r.json()["message"]
    log = lecturer.get(f"api/attempts/{s.name}?quiz={QUIZ}").json()["attempts"]
    assert [a["status"] for a in log] == ["incorrect"] * 3 + ["refused"]
    assert [a["number"] for a in log] == [1, 2, 3, None]


def test_an_answer_that_cannot_be_read_costs_no_try(student):
    s = student()
    r = s.check("q6", "eleven-ish").json()
    assert r["status"] == "invalid" and r["attempts_used"] == 0 and r["attempts_left"] == 3


def test_a_student_cannot_read_another_students_attempts_or_any_key(student):
    alice, bob = student(), student()
    bob.check("q6", RIGHT_Q6)
    for path in (
        f"api/attempts/{bob.name}",
        f"api/attempts?student={bob.name}",
        f"api/keys/{QUIZ}",
        "api/keys",
        "api/gradebook.csv",
        "instructor",
    ):
        assert alice.get(path).status_code == 403, path
    own = alice.get("api/attempts").json()
    assert own["student"] == alice.name and own["attempts"] == []


def test_a_request_claiming_another_students_identity_fails(hub, student, lecturer):
    alice, bob = student(), student()
    assert alice.check("q6", RIGHT_Q6, student=bob.name).status_code == 403
    forged = requests.post(
        hub.service + "api/check",
        timeout=10,
        headers={"Authorization": "token not-a-hub-token"},
        json={"quiz": QUIZ, "question": "q6", "answer": RIGHT_Q6},
    )
    assert forged.status_code == 403
    anonymous = requests.post(
        hub.service + "api/check", timeout=10, json={"quiz": QUIZ, "question": "q6", "answer": RIGHT_Q6}
    )
    assert anonymous.status_code == 403
    assert lecturer.get(f"api/attempts/{bob.name}").json()["attempts"] == []


def test_the_instructor_sees_keys_attempts_and_the_written_answer_beside_the_rubric(student, lecturer):
    s = student()
    essay = "The terminology tangle matters because " + "each acronym names a different club " * 8
    assert s.check("q10", essay).json()["status"] == "submitted"
    keys = lecturer.get(f"api/keys/{QUIZ}").json()
    assert keys["questions"]["q6"]["answer"] == RIGHT_Q6 and keys["questions"]["q10"]["rubric"]
    page = lecturer.get(f"instructor?quiz={QUIZ}")
    assert page.status_code == 200
    assert s.name in page.text and "each acronym names a different club" in page.text
    assert keys["questions"]["q10"]["rubric"][0][:30] in page.text.replace("&#x27;", "'")


def test_the_gradebook_has_the_class_graders_columns_plus_attempts(student, lecturer):
    s = student()
    s.check("q6", WRONG_Q6)
    s.check("q6", RIGHT_Q6)
    s.check("q1", "Single Economic Space (SES)")
    text = lecturer.get(f"api/gradebook.csv?quiz={QUIZ}").text
    rows = {r["student"]: r for r in csv.DictReader(io.StringIO(text))}
    from course.grading.outputs import GRADEBOOK_FIELDS

    assert text.splitlines()[0].split(",")[: len(GRADEBOOK_FIELDS)] == GRADEBOOK_FIELDS
    row = rows[s.name]
    assert (row["auto_points"], row["attempts"], row["answered"], row["status"]) == ("1.75", "3", "2", "ok")


def test_the_browser_login_of_an_instructor_reaches_the_scoring_page(hub):
    """The OAuth flow a lecturer's browser goes through (hub login, then the service)."""
    browser = requests.Session()
    login = browser.get(hub.service + f"instructor?quiz={QUIZ}", timeout=20)  # -> hub login
    assert "/hub/login" in login.url
    r = browser.post(
        login.url,
        timeout=20,
        data={"username": "lecturer", "password": hub.password, "_xsrf": browser.cookies.get("_xsrf")},
    )
    assert r.status_code == 200 and r.url.startswith(hub.service + "instructor"), r.url
    assert "Course checking service" in r.text
    other = requests.Session()
    login = other.get(hub.service + "instructor", timeout=20)
    r = other.post(
        login.url,
        timeout=20,
        data={"username": "not-a-lecturer", "password": hub.password, "_xsrf": other.cookies.get("_xsrf")},
    )
    assert r.status_code == 403


def test_the_service_restarts_without_losing_an_attempt(hub, student, lecturer):
    s = student()
    for answer in (WRONG_Q6, 12):
        assert s.check("q6", answer).status_code == 200
    before = len(lecturer.get("api/attempts?student=" + s.name).json()["attempts"])
    os.kill(hub.service_pid(), signal.SIGKILL)  # a crash, not a clean stop
    hub.stop()
    hub.start()
    s2 = Student(hub, s.name)  # a fresh token for the same student
    after = lecturer.get("api/attempts?student=" + s.name).json()["attempts"]
    assert len(after) == before == 2
    last = s2.check("q6", RIGHT_Q6).json()  # the policy still counts the old tries
    assert last["attempts_used"] == 3 and last["points"] == 0.5


def test_thirty_students_answering_at_once_lose_no_attempt(student, lecturer):
    students = [student() for _ in range(30)]
    codes: dict[str, list[int]] = {s.name: [] for s in students}
    barrier = threading.Barrier(len(students))

    def answer(s: Student) -> None:
        barrier.wait()
        for i in range(4):  # the 4th is beyond the limit of 3
            codes[s.name].append(s.check("q8", 40 + i).status_code)

    threads = [threading.Thread(target=answer, args=(s,)) for s in students]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert all(c == [200, 200, 200, 409] for c in codes.values()), codes
    for s in students:
        mine = lecturer.get(f"api/attempts/{s.name}").json()["attempts"]
        assert [(a["question"], a["number"]) for a in mine] == [("q8", 1), ("q8", 2), ("q8", 3), ("q8", None)]


def test_the_outbox_is_replayed_once_the_service_is_back(hub, student, tmp_path, monkeypatch):
    from course.service import client

    s = student()
    monkeypatch.setenv("JUPYTERHUB_API_TOKEN", s.token)
    monkeypatch.setenv("JUPYTERHUB_API_URL", f"{hub.url}/hub/api")
    # the hub's address as seen from a kernel while nothing listens there (hub or network down)
    monkeypatch.setenv("COURSE_CHECKER_URL", f"http://127.0.0.1:{free_port()}/services/course-checker/")
    down = client.remote_checker(QUIZ, directory=tmp_path)
    fb = down("q6", RIGHT_Q6)
    assert fb.status == "invalid" and fb.message == client.UNREACHABLE
    assert json.loads((tmp_path / f"{QUIZ}.outbox.json").read_text())["q6"]["answer"] == RIGHT_Q6
    monkeypatch.setenv("COURSE_CHECKER_URL", hub.service)
    up = client.remote_checker(QUIZ, directory=tmp_path)  # the notebook is run again
    assert not (tmp_path / f"{QUIZ}.outbox.json").exists()
    assert up.state["q6"]["best_points"] == 1.0 and up.state["q6"]["attempts_used"] == 1
    fb = up("q1", "Single Economic Space (SES)")
    assert fb.status == "correct" and "2 tries left" in fb.message


def test_off_the_hub_checks_stay_in_the_kernel(monkeypatch):
    from course.service import client

    for var in ("JUPYTERHUB_API_TOKEN", "COURSE_CHECKER_URL"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("JUPYTERHUB_API_URL", "http://127.0.0.1:1/hub/api")  # Binder: a hub,
    assert client.remote_checker(QUIZ) is None  # but no service


def test_a_graded_exercise_on_the_hub_checks_through_the_service(hub, student, tmp_path, monkeypatch):
    """What a student's kernel does: the released (keyless) question, Exercise in graded mode."""
    from course.questions import Exercise

    s = student()
    monkeypatch.setenv("JUPYTERHUB_API_TOKEN", s.token)
    monkeypatch.setenv("JUPYTERHUB_SERVICE_PREFIX", f"/user/{s.name}/")
    monkeypatch.setenv("COURSE_CHECKER_URL", hub.service)
    ex = Exercise(QUIZ, title="Module 00", mode="graded", progress_dir=str(tmp_path))
    assert ex.checker is not None and "at most 3 tries" in ex.checker.note()
    ex.numeric("q6", "Number of founding states of the CIS.", tol=0, points=1)
    wrong = ex.submit("q6", "10")
    assert wrong.status == "incorrect" and wrong.hint and "2 tries left" in wrong.message
    right = ex.submit("q6", 11)
    assert right.status == "correct" and right.points == 0.75
    assert ex.score()["earned"] == 0.75
    again = Exercise(QUIZ, title="Module 00", mode="graded", progress_dir=str(tmp_path))
    q = again.numeric("q6", "Number of founding states of the CIS.", tol=0, points=1)
    assert q.result.points == 0.75 and "1 try left" in q.result.message  # restored, not re-sent
    assert len(s.get("api/attempts").json()["attempts"]) == 2


def test_an_instructors_score_for_a_written_answer_reaches_the_gradebook(student, lecturer):
    s = student()
    s.check("q10", "A written argument " * 20)
    form = {"student": s.name, "quiz": QUIZ, "question": "q10", "points": "2.5", "comment": "ok"}
    assert s.http.post(s.hub.service + "instructor/score", data=form, timeout=20).status_code == 403
    r = lecturer.http.post(
        lecturer.hub.service + "instructor/score", data=form, timeout=20, allow_redirects=False
    )
    assert r.status_code == 302
    rows = {
        r["student"]: r
        for r in csv.DictReader(io.StringIO(lecturer.get(f"api/gradebook.csv?quiz={QUIZ}").text))
    }
    assert rows[s.name]["manual_points"] == "2.5" and rows[s.name]["notes"] == ""


def test_a_new_terms_keys_start_every_student_with_fresh_tries(hub, student):
    """Runs last: the hub's keys move to a new term (loaded with the command a lecturer uses)."""
    import subprocess
    import sys

    s = student()
    for _ in range(3):
        s.check("q6", WRONG_Q6)
    assert s.check("q6", RIGHT_Q6).status_code == 409
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "course.service",
            "load-keys",
            str(hub.work / "masters"),
            "--term",
            "next-term",
            "--db-url",
            f"sqlite:///{hub.work}/checker/course-checker.sqlite",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert out.returncode == 0 and "loaded 00_start_here" in out.stdout, out.stderr
    fresh = s.check("q6", RIGHT_Q6).json()
    assert fresh["term"] == "next-term" and fresh["points"] == 1.0 and fresh["attempts_used"] == 1
