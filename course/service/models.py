"""The checking service's database: every attempt, the answer keys of each term, manual scores.

SQLAlchemy, so the same code runs on SQLite (the default: one file, nothing to install)
and PostgreSQL (give a ``postgresql://…`` URL, as for ``JupyterHub.db_url``; install a
driver such as ``psycopg``). Tables are created on first start; nothing is ever deleted.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    create_engine,
    event,
)
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker

DB_ENV = "COURSE_CHECKER_DB_URL"
SYNC_ENV = "COURSE_CHECKER_SQLITE_SYNC"


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    """Every table has an integer key ``id``, its first column (``sort_order``: the columns a
    table's class inherits stand first in the table, as they did when each class wrote them)."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True, sort_order=-2)


class _OneQuestion:
    """The columns that say which answer a row is about: whose, in which term, set and question."""

    student: Mapped[str] = mapped_column(String(255), sort_order=-1)
    term: Mapped[str] = mapped_column(String(100), sort_order=-1)
    quiz: Mapped[str] = mapped_column(String(100), sort_order=-1)
    question: Mapped[str] = mapped_column(String(50), sort_order=-1)


class KeySet(Base):
    """One exercise set's keys for one term: the master's text, as loaded by the instructor."""

    __tablename__ = "key_sets"
    quiz: Mapped[str] = mapped_column(String(100), index=True)
    term: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(300))
    file_name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(Text)  # the master, answers included
    settings: Mapped[Any] = mapped_column(JSON)  # Exercise(...) keyword arguments
    loaded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    loaded_by: Mapped[str] = mapped_column(String(200), default="")


class Attempt(_OneQuestion, Base):
    """One answer a student sent, with what the service made of it. Never updated or deleted."""

    __tablename__ = "attempts"
    __table_args__ = (
        # a counted try has a number; two requests can never both become try 3
        UniqueConstraint("student", "term", "quiz", "question", "number", name="uq_try_number"),
        Index("ix_attempt_lookup", "student", "term", "quiz", "question"),
    )
    number: Mapped[int | None] = mapped_column(Integer, nullable=True)  # None: not counted
    answer: Mapped[Any] = mapped_column(JSON, nullable=True)
    status: Mapped[str] = mapped_column(String(20))  # correct partial incorrect submitted invalid refused
    raw_points: Mapped[float | None] = mapped_column(Float, nullable=True)
    points: Mapped[float | None] = mapped_column(Float, nullable=True)  # after the policy
    max_points: Mapped[float] = mapped_column(Float)
    message: Mapped[str] = mapped_column(Text, default="")
    key_set_id: Mapped[int] = mapped_column(ForeignKey("key_sets.id"))
    received_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)  # the server's clock
    client_time: Mapped[str | None] = mapped_column(String(40), nullable=True)  # as claimed

    @property
    def counted(self) -> bool:
        return self.number is not None


class ManualScore(_OneQuestion, Base):
    """Points an instructor gave a written answer (the newest row counts; older ones are kept)."""

    __tablename__ = "manual_scores"
    __table_args__ = (Index("ix_manual_scores_student", "student"),)
    points: Mapped[float] = mapped_column(Float)
    comment: Mapped[str] = mapped_column(Text, default="")
    grader: Mapped[str] = mapped_column(String(255))
    attempt_id: Mapped[int | None] = mapped_column(ForeignKey("attempts.id"), nullable=True)
    scored_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    counted: Mapped[bool] = mapped_column(Boolean, default=True)


def default_db_url(directory: Path | str | None = None) -> str:
    """``$COURSE_CHECKER_DB_URL``, else a SQLite file in ``directory`` (default: the cwd)."""
    if os.environ.get(DB_ENV):
        return os.environ[DB_ENV]
    return f"sqlite:///{Path(directory or os.getcwd()).resolve() / 'course-checker.sqlite'}"


def make_engine(url: str) -> Engine:
    """An engine with the tables created; a new SQLite file is made readable by its owner only."""
    if url.startswith("sqlite:///"):
        path = Path(url[len("sqlite:///") :])
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            path.touch(mode=0o600)
        engine = create_engine(url, connect_args={"timeout": 30})
        sync = "FULL" if os.environ.get(SYNC_ENV, "").upper() == "FULL" else "NORMAL"

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(conn: Any, _record: Any) -> None:  # WAL: readers never block the writer
            cur = conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            # NORMAL (default): a committed attempt survives a crash or kill of the service;
            # a power cut may lose the last commits. FULL: fsync at every commit (~10 ms here).
            cur.execute(f"PRAGMA synchronous={sync}")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()
    else:
        engine = create_engine(url, pool_pre_ping=True)
    Base.metadata.create_all(engine)
    return engine


def session_factory(engine: Engine) -> sessionmaker:
    return sessionmaker(engine, expire_on_commit=False)
