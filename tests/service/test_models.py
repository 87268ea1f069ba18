"""The checking service's tables, without a hub: the columns the classes share stand where each
table had them, the indexes keep their names, and the rows store and read back."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy

from course.service.core import Checker
from course.service.models import Attempt, KeySet, ManualScore, make_engine, session_factory

WHO = ["id", "student", "term", "quiz", "question"]
#: the columns attempts and manual scores share: whose answer, in which term, set and question
ALICE_Q7 = {"student": "alice", "term": "t1", "quiz": "00_start_here", "question": "q7"}


def test_the_tables_keep_their_column_order_and_index_names(tmp_path):
    inspector = sqlalchemy.inspect(make_engine(f"sqlite:///{tmp_path / 'checker.sqlite'}"))
    columns = {t: [c["name"] for c in inspector.get_columns(t)] for t in inspector.get_table_names()}
    indexes = {t: {i["name"] for i in inspector.get_indexes(t)} for t in columns}
    assert columns["attempts"][:5] == WHO and columns["manual_scores"][:5] == WHO
    assert columns["key_sets"][:3] == ["id", "quiz", "term"]
    assert indexes == {
        "key_sets": {"ix_key_sets_quiz"},
        "attempts": {"ix_attempt_lookup"},
        "manual_scores": {"ix_manual_scores_student"},
    }


def test_an_attempt_and_the_instructors_score_for_it_are_stored_and_read_back(tmp_path):
    session = session_factory(make_engine(f"sqlite:///{tmp_path / 'checker.sqlite'}"))
    with session.begin() as s:
        keys = KeySet(
            quiz="00_start_here",
            term="t1",
            title="Module 00",
            file_name="00.py",
            sha256="0" * 64,
            source="# master",
            settings={},
        )
        s.add(keys)
        s.flush()
        tried = Attempt(
            **ALICE_Q7,
            number=1,
            answer="an essay",
            status="submitted",
            max_points=3,
            key_set_id=keys.id,
        )
        s.add(tried)
        s.flush()
        s.add(ManualScore(**ALICE_Q7, points=2.5, grader="lecturer", attempt_id=tried.id))
    with session() as s:
        attempt = s.scalars(sqlalchemy.select(Attempt)).one()
        score = s.scalars(sqlalchemy.select(ManualScore)).one()
    assert (attempt.student, attempt.question, attempt.counted, attempt.answer) == (
        "alice",
        "q7",
        True,
        "an essay",
    )
    assert (score.student, score.points, score.attempt_id, score.counted) == ("alice", 2.5, attempt.id, True)


def test_the_checker_counts_tries_and_scores_a_written_answer_on_a_fresh_database(tmp_path):
    """The service's core on SQLite, without a hub: keys from the masters, two tries, a written
    answer scored by the instructor, and the student's status."""
    masters = Path(__file__).resolve().parents[2] / "instructor" / "masters" / "exercises"
    checker = Checker(f"sqlite:///{tmp_path / 'checker.sqlite'}")
    assert "00_start_here" in [k.quiz for k in checker.load_keys(masters, term="t1")]
    assert (
        checker.check("alice", "00_start_here", "q1", "Common Economic Space (CES)")["status"] == "incorrect"
    )
    right = checker.check("alice", "00_start_here", "q1", "Single Economic Space (SES)")
    assert (right["status"], right["points"], right["term"]) == ("correct", 1.0, "t1")
    checker.check(
        "bob", "00_start_here", "q1", "Common Economic Space (CES)"
    )  # another student's try counts for bob only
    checker.check("alice", "00_start_here", "q10", "An essay on the terminology tangle.")
    score = checker.record_manual_score("lecturer", "alice", "00_start_here", "q10", 2.0, "clear")
    assert (score.points, score.attempt_id is not None) == (2.0, True)
    status = checker.status("alice", "00_start_here")["questions"]
    assert (status["q1"]["attempts_used"], status["q1"]["best_points"], status["q1"]["status"]) == (
        2,
        1.0,
        "correct",
    )
    assert status["q10"]["attempts_used"] == 1 and status["q2"]["status"] == "unanswered"
    assert checker.count_attempts() == 4
    assert {"quiz": "00_start_here", "term": "t1"}.items() <= checker.quizzes()[0].items()
