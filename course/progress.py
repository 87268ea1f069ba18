"""A student's progress, saved atomically to a local JSON file.

One file per exercise set: ``<progress dir>/<quiz_id>.json``. The folder is
``$COURSE_PROGRESS_DIR`` if set, else ``progress/`` in the course folder (see course/paths.py).
Writes go to a temporary file that replaces the old one in one step, so a crash
never leaves half a file. A corrupt file is kept aside (renamed ``*.corrupt-<time>.json``)
and the student is told; nothing they wrote is thrown away.
"""
from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from . import paths as _paths

FORMAT = 1


def progress_dir() -> Path:
    """``$COURSE_PROGRESS_DIR``, else ``progress/`` in the course folder (course/paths.py)."""
    return _paths.progress_dir()


def _jsonable(value: Any) -> Any:
    """Turn an answer into something JSON can hold (never raises)."""
    try:
        json.dumps(value, allow_nan=False)
        return value
    except (TypeError, ValueError, OverflowError):
        pass
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_jsonable(v) for v in value]
    if hasattr(value, "tolist"):
        try:
            return _jsonable(value.tolist())
        except Exception:  # noqa: BLE001
            pass
    return repr(value)[:2000]


class ProgressStore:
    """Answers and attempts for one exercise set, kept in a JSON file."""

    def __init__(self, quiz_id: str, directory: Path | str | None = None):
        self.quiz_id = quiz_id
        self.directory = Path(directory) if directory is not None else progress_dir()
        self.path = self.directory / f"{quiz_id}.json"
        self.notice = ""          # a message for the student, if something was recovered
        self.writable = True
        self.entries: dict[str, dict] = {}
        self._load()

    # -- reading ---------------------------------------------------------------
    def _load(self) -> None:
        if not self.path.exists():
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or not isinstance(data.get("answers"), dict):
                raise ValueError("unexpected layout")
            self.entries = {str(k): v for k, v in data["answers"].items() if isinstance(v, dict)}
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            kept = self._set_aside()
            self.entries = {}
            self.notice = (f"Your saved progress file could not be read ({type(exc).__name__}). "
                           f"It was kept as {kept} and a fresh one was started; "
                           "nothing was deleted.")

    def _set_aside(self) -> str:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.quiz_id}.corrupt-{stamp}.json")
        try:
            os.replace(self.path, target)
            return target.name
        except OSError:
            return self.path.name + " (left in place)"

    def get(self, qid: str) -> dict:
        return dict(self.entries.get(qid, {}))

    # -- writing ---------------------------------------------------------------
    def record(self, qid: str, **fields: Any) -> None:
        entry = self.entries.setdefault(qid, {})
        entry.update({k: _jsonable(v) for k, v in fields.items()})
        entry["time"] = time.strftime("%Y-%m-%dT%H:%M:%S")
        self.save()

    def save(self) -> None:
        payload = {"format": FORMAT, "quiz": self.quiz_id, "answers": self.entries}
        text = json.dumps(payload, indent=1, ensure_ascii=False, allow_nan=False)
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{self.quiz_id}.", suffix=".tmp",
                                       dir=self.directory)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    fh.write(text)
                    fh.flush()
                    os.fsync(fh.fileno())
                os.replace(tmp, self.path)
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
        except OSError as exc:
            if self.writable:
                self.notice = (f"Progress cannot be saved to {self.directory} ({exc.strerror}); "
                               "your answers count for this session only.")
            self.writable = False
