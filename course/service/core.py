"""Checking one answer: the private keys, the attempt policy and the attempt log (no HTTP here).

``Checker.check(student, quiz, qid, answer)`` scores ``answer`` with ``course.scoring`` (the
same question classes as practice mode, so both modes agree on what is right), applies the
set's policy to the tries already in the database, stores the attempt and returns what the
student sees. ``student`` is whatever the hub said the request's token belongs to: this
module never reads an identity from a request.
"""

from __future__ import annotations

import hashlib
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from .. import scoring
from ..grading import private_keys
from .models import Attempt, KeySet, ManualScore, make_engine, session_factory
from .policy import Policy, PolicyError

if TYPE_CHECKING:
    from ..questions import Feedback

MAX_ANSWER_CHARS = 200_000  # a chart spec is ~5-20 kB; a written answer at most 20,000


class UnknownQuestion(LookupError):
    """No key set loaded for that exercise set, or no such question in it."""


@dataclass
class LoadedKeys:
    key_set_id: int
    term: str
    keys: private_keys.MasterKeys
    policy: Policy
    _questions: dict = field(default_factory=dict)

    def score(self, spec: private_keys.QuestionSpec, answer: Any) -> Feedback:
        """``course.scoring.score``, with the question object (key decoded once) kept."""
        from ..questions import Feedback

        try:
            if spec.qid not in self._questions:
                self._questions[spec.qid] = scoring.question_for(spec)
            return self._questions[spec.qid].evaluate(answer)
        except Exception:  # noqa: BLE001 - same guard as scoring.score: never a traceback
            return (
                scoring.score(spec, answer)
                if spec.qid not in self._questions
                else Feedback(
                    "invalid",
                    "Could not check this answer.",
                    0.0,
                    spec.points,
                    spec.hint,
                    f"Question {spec.number} ({spec.qid})",
                )
            )


def parse_master_text(text: str, file_name: str) -> private_keys.MasterKeys:
    """``private_keys.read_master`` for a master kept in the database (written to a private
    temporary folder for the parser, then removed)."""
    with tempfile.TemporaryDirectory(prefix="course-keys-") as tmp:
        path = Path(tmp) / Path(file_name).name
        path.write_text(text, encoding="utf-8")
        return private_keys.read_master(path)


class Checker:
    """The service's state: a database and the key sets it holds."""

    def __init__(self, db_url: str):
        self.db_url = db_url
        self.engine = make_engine(db_url)
        self.Session = session_factory(self.engine)
        self._parsed: dict[int, LoadedKeys] = {}
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ keys
    def load_keys(self, directory: Path | str, term: str, loaded_by: str = "") -> list[KeySet]:
        """Store every master in ``directory`` as the current keys of ``term``.

        A master whose text is unchanged since the newest key set of its quiz in the same term
        is skipped. Every master is parsed (and its policy checked) before anything is stored,
        so a broken master loads nothing."""
        found = []
        for path in sorted(Path(directory).glob("*.py")):
            keys = private_keys.read_master(path)
            try:
                Policy.from_settings(keys.settings)
            except PolicyError as exc:
                raise PolicyError(f"{path.name}: {exc}") from None
            found.append((path, keys))
        if not found:
            raise FileNotFoundError(f"no exercise masters (*.py) in {directory}")
        added = []
        with self.Session() as s, s.begin():
            for path, keys in found:
                text = path.read_text(encoding="utf-8")
                sha = hashlib.sha256(text.encode()).hexdigest()
                newest = self._newest(s, keys.quiz)
                if newest is not None and newest.sha256 == sha and newest.term == term:
                    continue
                row = KeySet(
                    quiz=keys.quiz,
                    term=term,
                    title=keys.title,
                    file_name=path.name,
                    sha256=sha,
                    source=text,
                    settings=_plain(keys.settings),
                    loaded_by=loaded_by,
                )
                s.add(row)
                added.append(row)
        return added

    @staticmethod
    def _newest(s: Session, quiz: str) -> KeySet | None:
        return s.scalars(
            select(KeySet).where(KeySet.quiz == quiz).order_by(KeySet.id.desc()).limit(1)
        ).first()

    def keys_for(self, s: Session, quiz: str) -> LoadedKeys:
        """The newest key set of ``quiz`` (parsed once per key set, then kept in memory)."""
        ref = s.execute(
            select(KeySet.id).where(KeySet.quiz == quiz).order_by(KeySet.id.desc()).limit(1)
        ).scalar()
        if ref is None:
            raise UnknownQuestion(f"no keys are loaded for the exercise set {quiz!r}")
        with self._lock:
            if ref not in self._parsed:
                row = s.get_one(KeySet, ref)
                keys = parse_master_text(row.source, row.file_name)
                self._parsed[ref] = LoadedKeys(ref, row.term, keys, Policy.from_settings(keys.settings))
            return self._parsed[ref]

    def quizzes(self) -> list[dict[str, Any]]:
        with self.Session() as s:
            ids = s.scalars(select(func.max(KeySet.id)).group_by(KeySet.quiz)).all()
            out = []
            for ref in sorted(ids):
                row = s.get_one(KeySet, ref)
                loaded = self.keys_for(s, row.quiz)
                out.append(
                    {
                        "quiz": row.quiz,
                        "title": row.title,
                        "term": row.term,
                        "mode": row.settings.get("mode", "practice"),
                        "policy": loaded.policy.as_dict(),
                        "rules": loaded.policy.describe(),
                        "questions": len(loaded.keys.questions),
                    }
                )
            return out

    # ------------------------------------------------------------------ checking
    def check(
        self, student: str, quiz: str, qid: str, answer: Any, client_time: str | None = None
    ) -> dict[str, Any]:
        """Score one answer of ``student`` and store it. Returns the feedback as plain data
        (``refused`` True when the policy allows no further try)."""
        for _retry in range(3):  # a concurrent try took our number: count again
            try:
                return self._check_once(student, quiz, qid, answer, client_time)
            except IntegrityError:
                continue
        raise RuntimeError("could not store the attempt (the database is too busy)")

    def _check_once(
        self, student: str, quiz: str, qid: str, answer: Any, client_time: str | None
    ) -> dict[str, Any]:
        with self.Session() as s, s.begin():
            loaded = self.keys_for(s, quiz)
            spec = loaded.keys.questions.get(qid)
            if spec is None:
                raise UnknownQuestion(f"the exercise set {quiz!r} has no question {qid!r}")
            tries = self._tries(s, student, loaded.term, quiz, qid)
            policy = loaded.policy if spec.auto else Policy()
            used = len(tries)
            best = max((p for p in tries if p is not None), default=None)
            base = {
                "quiz": quiz,
                "question": qid,
                "label": f"Question {spec.number} ({qid})",
                "max_points": spec.points,
                "hint": spec.hint if spec.auto else "",
                "max_attempts": policy.max_attempts,
                "policy": policy.describe(),
                "term": loaded.term,
            }
            row = Attempt(
                student=student,
                term=loaded.term,
                quiz=quiz,
                question=qid,
                answer=answer,
                max_points=spec.points,
                key_set_id=loaded.key_set_id,
                client_time=(str(client_time)[:40] if client_time else None),
            )
            if not policy.allows(used):
                row.status, row.message = "refused", "no tries left"
                s.add(row)
                best_txt = f"{best:g}/{spec.points:g}" if best is not None else "0"
                return {
                    **base,
                    "status": "invalid",
                    "refused": True,
                    "points": 0.0,
                    "hint": "",
                    "attempts_used": used,
                    "attempts_left": 0,
                    "best_points": best,
                    "message": (
                        f"No tries left: this set allows {policy.max_attempts} per "
                        f"question, and you have used them. Your best answer "
                        f"({best_txt} points) counts."
                    ),
                }
            fb = loaded.score(spec, answer)
            row.status, row.message = fb.status, fb.message
            message = fb.message
            if fb.counts_as_attempt:
                number = used + 1
                row.number = number
                row.raw_points = fb.points
                if spec.auto and fb.points is not None:
                    row.points = policy.points(float(fb.points), spec.points, number)
                    if row.points < fb.points:
                        message = (
                            message + f" Try {number}: {row.points:g} of {fb.points:g} "
                            "points after the penalty for earlier tries."
                        ).strip()
                    best = row.points if best is None else max(best, row.points)
                    if row.points < best:
                        message = (
                            message + f" Your earlier, better answer ({best:g} points) still counts."
                        ).strip()
                used = number
            left = policy.left(used)
            if left is not None and spec.auto:
                message = (
                    message
                    + (
                        f" {left} tr{'y' if left == 1 else 'ies'} left for this question."
                        if left
                        else " That was your last try for this question."
                    )
                ).strip()
            s.add(row)
            s.flush()
            return {
                **base,
                "status": fb.status,
                "refused": False,
                "points": row.points if spec.auto else None,
                "attempts_used": used,
                "attempts_left": left,
                "best_points": best,
                "message": message,
                "attempt_id": row.id,
                "counted": row.number is not None,
            }

    @staticmethod
    def _tries(s: Session, student: str, term: str, quiz: str, qid: str) -> list[float | None]:
        """The points of each counted try so far."""
        return list(
            s.scalars(
                select(Attempt.points).where(*_counted(student, term, quiz, qid)).order_by(Attempt.number)
            )
        )

    # ------------------------------------------------------------------ reading the log
    def status(self, student: str, quiz: str) -> dict[str, Any]:
        """Per question of ``quiz``: tries used and left, best points, the last counted result."""
        with self.Session() as s:
            loaded = self.keys_for(s, quiz)
            rows = s.scalars(
                select(Attempt).where(*_counted(student, loaded.term, quiz)).order_by(Attempt.id)
            ).all()
            by_q: dict[str, list[Attempt]] = {}
            for r in rows:
                by_q.setdefault(r.question, []).append(r)
            out = {}
            for qid, spec in loaded.keys.questions.items():
                tries = by_q.get(qid, [])
                policy = loaded.policy if spec.auto else Policy()
                last = tries[-1] if tries else None
                out[qid] = {
                    "attempts_used": len(tries),
                    "attempts_left": policy.left(len(tries)),
                    "max_attempts": policy.max_attempts,
                    "best_points": _best(tries),
                    "max_points": spec.points,
                    "label": f"Question {spec.number} ({qid})",
                    "status": last.status if last else "unanswered",
                    "message": last.message if last else "",
                }
            return {
                "quiz": quiz,
                "term": loaded.term,
                "student": student,
                "policy": loaded.policy.as_dict(),
                "rules": loaded.policy.describe(),
                "questions": out,
            }

    def attempts(self, student: str | None = None, quiz: str | None = None) -> list[dict[str, Any]]:
        """Every stored attempt (optionally of one student / one set), oldest first."""
        with self.Session() as s:
            q = select(Attempt).order_by(Attempt.id)
            if student is not None:
                q = q.where(Attempt.student == student)
            if quiz is not None:
                q = q.where(Attempt.quiz == quiz)
            return [_attempt_dict(a) for a in s.scalars(q)]

    def count_attempts(self) -> int:
        with self.Session() as s:
            return int(s.scalar(select(func.count(Attempt.id))) or 0)

    def record_manual_score(
        self, grader: str, student: str, quiz: str, qid: str, points: float, comment: str = ""
    ) -> ManualScore:
        with self.Session() as s, s.begin():
            loaded = self.keys_for(s, quiz)
            spec = loaded.keys.questions.get(qid)
            if spec is None or spec.auto:
                raise UnknownQuestion(f"{quiz} has no written question {qid!r}")
            if not 0 <= points <= spec.points:
                raise ValueError(f"points must be between 0 and {spec.points:g}")
            last = s.scalars(
                select(Attempt)
                .where(*_counted(student, loaded.term, quiz, qid))
                .order_by(Attempt.id.desc())
                .limit(1)
            ).first()
            row = ManualScore(
                student=student,
                term=loaded.term,
                quiz=quiz,
                question=qid,
                points=float(points),
                comment=comment,
                grader=grader,
                attempt_id=last.id if last else None,
            )
            s.add(row)
            return row

    def manual_scores(self, quiz: str | None = None) -> dict[tuple[str, str, str], ManualScore]:
        """The newest manual score per (student, quiz, question)."""
        with self.Session() as s:
            q = select(ManualScore).order_by(ManualScore.id)
            if quiz is not None:
                q = q.where(ManualScore.quiz == quiz)
            return {(m.student, m.quiz, m.question): m for m in s.scalars(q)}


def _counted(student: str, term: str, quiz: str, qid: str | None = None) -> list[ColumnElement[bool]]:
    """Where-clauses for the counted tries (those with a number) of ``student`` at ``quiz`` in
    ``term``; of the one question ``qid`` if given."""
    where = [
        Attempt.student == student,
        Attempt.term == term,
        Attempt.quiz == quiz,
        Attempt.number.is_not(None),
    ]
    if qid is not None:
        where.append(Attempt.question == qid)
    return where


def _best(tries: list[Attempt]) -> float | None:
    pts = [t.points for t in tries if t.points is not None]
    return max(pts) if pts else None


def _attempt_dict(a: Attempt) -> dict[str, Any]:
    return {
        "id": a.id,
        "student": a.student,
        "term": a.term,
        "quiz": a.quiz,
        "question": a.question,
        "number": a.number,
        "answer": a.answer,
        "status": a.status,
        "raw_points": a.raw_points,
        "points": a.points,
        "max_points": a.max_points,
        "message": a.message,
        "received_at": a.received_at.isoformat(timespec="milliseconds") + "Z",
        "client_time": a.client_time,
    }


def _plain(value: Any) -> Any:
    import json

    return json.loads(json.dumps(value, default=str))
