"""The checking service's tables, without a hub: the columns the classes share stand where each
table had them, the indexes keep their names, and the rows store and read back."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy

from course.service.core import Checker
from course.service.models import Attempt, KeySet, ManualScore, make_engine, session_factory

WHO = ["id", "student", "term", "quiz", "question"]


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
            student="alice",
            term="t1",
            quiz="00_start_here",
            question="q7",
            number=1,
            answer="an essay",
            status="submitted",
            max_points=3,
            key_set_id=keys.id,
        )
        s.add(tried)
        s.flush()
        s.add(
            ManualScore(
                student="alice",
                term="t1",
                quiz="00_start_here",
                question="q7",
                points=2.5,
                grader="lecturer",
                attempt_id=tried.id,
            )
        )
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


def test_the_checker_scores_an_answer_from_keys_loaded_into_a_fresh_database(tmp_path):
    """The service's core on SQLite, without a hub: keys from the masters, one check, the sets."""
    masters = Path(__file__).resolve().parents[2] / "instructor" / "masters" / "exercises"
    checker = Checker(f"sqlite:///{tmp_path / 'checker.sqlite'}")
    assert "00_start_here" in [k.quiz for k in checker.load_keys(masters, term="t1")]
    result = checker.check("alice", "00_start_here", "q1", "Single Economic Space (SES)")
    assert (result["status"], result["points"], result["term"]) == ("correct", 1.0, "t1")
    assert checker.count_attempts() == 1
    assert {"quiz": "00_start_here", "term": "t1"}.items() <= checker.quizzes()[0].items()
