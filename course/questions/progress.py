"""A student's progress, saved to a local JSON file that no kernel can overwrite by mistake.

One file per exercise set: ``<progress dir>/<quiz_id>.json``. The folder is
``$COURSE_PROGRESS_DIR`` if set, else ``progress/`` in the course folder (see course/paths.py).

How a write works (``ProgressStore.update``): under a file lock (``.<quiz_id>.lock``,
the ``filelock`` package), the file is read again, merged with this kernel's copy, the one
question is changed on the fresh copy, and the result goes to a temporary file that
replaces the old one in one step (``fsync`` + ``os.replace``: a crash never leaves half a
file). So two kernels on one exercise (a duplicated tab, the notebook open twice), or a
widget of a setup cell that was run again, never erase each other's answers.

The merge, per question: every write of a question adds 1 to its ``rev``, counted from the
copy on disk, under the lock; the copy with the higher ``rev`` is the newer one and wins.
``attempts`` are also counted on the fresh copy under the lock, so two kernels' attempts
add up; when two copies meet, the larger count is kept (both count the same history, so a
sum would count it twice, and the count never goes backwards).

Reading: a file that is not JSON of the expected layout is *corrupt*: it is kept aside
(renamed ``*.corrupt-<time>.json``) and the student is told; nothing is deleted. A file
that exists but cannot be *read* (no permission) is *not* corrupt: it is left in place,
never overwritten, and the student is told that answers count for this session only.
Odd values in a file (text where a count is due, NaN or 1e400, lone surrogates, nesting
hundreds deep) are cleaned on load, never raised. Temporary files left by a killed kernel
(``.<quiz_id>.*.tmp`` older than a minute) are removed.
"""

from __future__ import annotations

import contextlib
import glob
import json
import math
import os
import re
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .. import paths as _paths

FORMAT = 1
#: A file nested deeper than this is corrupt (a real progress file is about 6 levels deep).
MAX_DEPTH = 200
#: Deeper values inside an answer are dropped when an answer is stored or loaded.
MAX_VALUE_DEPTH = 64
#: At most this many items per list or dict inside a stored answer.
MAX_ITEMS = 20_000
#: A progress file larger than this is corrupt (every answer is bounded far below it).
MAX_BYTES = 64 * 1024 * 1024
#: Temporary files older than this (seconds) are left by a killed kernel.
STALE_TMP_SECONDS = 60
#: How long a write waits for another kernel's lock before writing without it.
LOCK_TIMEOUT = 10.0
STATUSES = ("correct", "partial", "incorrect", "invalid", "unanswered", "submitted", "saved")


def progress_dir() -> Path:
    """``$COURSE_PROGRESS_DIR``, else ``progress/`` in the course folder (course/paths.py)."""
    return _paths.progress_dir()


# --------------------------------------------------------------------------- plain values
def clean_text(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD (so it can be saved as UTF-8)."""
    try:
        text.encode("utf-8")
        return str(text)
    except UnicodeEncodeError:
        # utf-16 joins a surrogate pair typed as two code points; a lone one becomes U+FFFD
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def plain(value: Any, depth: int = 0) -> Any:
    """A JSON-safe copy of ``value`` (never raises): NaN and infinities become None,
    lone surrogates U+FFFD, tuples and sets lists, other objects their ``tolist()`` or a
    short repr; nesting deeper than ``MAX_VALUE_DEPTH`` and items past ``MAX_ITEMS`` are
    dropped. Idempotent: ``plain(plain(x)) == plain(x)``, and JSON keeps it unchanged."""
    try:
        return _plain(value, depth, set())
    except Exception:  # noqa: BLE001 - hostile objects (raising __iter__, __str__, ...)
        return None


def _plain(value: Any, depth: int, seen: set[int]) -> Any:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        return int(value) if value.bit_length() <= 1000 else None
    if isinstance(value, float):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str):
        return clean_text(value)
    if depth >= MAX_VALUE_DEPTH or id(value) in seen:
        return None
    if isinstance(value, dict):
        seen = seen | {id(value)}
        out: dict[str, Any] = {}
        for i, (k, v) in enumerate(value.items()):
            if i >= MAX_ITEMS:
                break
            key = _plain(k, depth + 1, seen) if isinstance(k, str) else clean_text(_short_repr(k, str))
            out[str(key)] = _plain(v, depth + 1, seen)
        return out
    if isinstance(value, (list, tuple, set, frozenset)):
        seen = seen | {id(value)}
        items = sorted(value, key=repr) if isinstance(value, (set, frozenset)) else value
        return [_plain(v, depth + 1, seen) for i, v in zip(range(MAX_ITEMS), items)]
    convert = getattr(value, "tolist", None)  # numpy and pandas
    if convert is None and type(value).__name__ in ("Decimal", "Fraction"):
        convert = value.__float__
    if callable(convert):
        with contextlib.suppress(Exception):
            return _plain(convert(), depth + 1, seen | {id(value)})
    return clean_text(_short_repr(value, repr))


def _short_repr(value: Any, how: Callable[[Any], str]) -> str:
    try:
        return how(value)[:2000]
    except Exception:  # noqa: BLE001
        return f"<{type(value).__name__}>"


def _count(value: Any) -> int:
    """A non-negative whole count from whatever a file holds ("two" -> 0, 2.0 -> 2)."""
    if isinstance(value, bool):
        return 0
    if isinstance(value, int):
        return max(0, min(value, 10**9))
    if isinstance(value, float) and math.isfinite(value):
        return max(0, min(int(value), 10**9))
    if isinstance(value, str) and value.strip().isdecimal() and len(value.strip()) < 10:
        return int(value.strip())
    return 0


def clean_entry(raw: Any) -> dict | None:
    """One question's saved entry with every field of a known, safe type (or None)."""
    if not isinstance(raw, dict):
        return None
    entry = {clean_text(str(k)): plain(v, 1) for k, v in list(raw.items())[:MAX_ITEMS]}
    for name in ("attempts", "rev"):
        if name in entry:
            entry[name] = _count(entry[name])
    points = entry.get("points")
    if "points" in entry and (isinstance(points, bool) or not isinstance(points, (int, float))):
        entry["points"] = None
    if "status" in entry and entry["status"] not in STATUSES:
        del entry["status"]
    if "time" in entry and not isinstance(entry["time"], str):
        del entry["time"]
    return entry


def merge(disk: dict[str, dict], mine: dict[str, dict]) -> dict[str, dict]:
    """Per question, the newer copy (higher ``rev``; on a tie the one on disk), with the
    larger of the two attempt counts. Nothing that only one side has is dropped."""
    out = dict(disk)
    for qid, entry in mine.items():
        other = out.get(qid)
        if other is None:
            out[qid] = entry
            continue
        newer = entry if _count(entry.get("rev")) > _count(other.get("rev")) else other
        attempts = max(_count(entry.get("attempts")), _count(other.get("attempts")))
        if newer is entry or attempts != _count(newer.get("attempts")):
            newer = dict(newer)
            if attempts or "attempts" in newer:
                newer["attempts"] = attempts
        out[qid] = newer
    return out


def json_too_deep(text: str, limit: int = MAX_DEPTH) -> bool:
    """True if the JSON text nests more than ``limit`` levels (strings are skipped)."""
    if text.count("[") + text.count("{") <= limit:
        return False
    depth = 0
    for m in re.finditer(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', text):
        c = m.group()
        if c in "[{":
            depth += 1
            if depth > limit:
                return True
        elif c in "]}":
            depth -= 1
    return False


class Corrupt(ValueError):
    """The file exists but is not a progress file (it is set aside)."""


class Unreadable(OSError):
    """The file exists but cannot be read (it is left alone and never overwritten)."""


def read_answers(path: Path) -> dict[str, dict] | None:
    """The cleaned entries of a progress file; None if there is no file.

    Raises ``Unreadable`` (permission, a folder in its place, ...) or ``Corrupt``."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise Unreadable(exc.errno, exc.strerror or type(exc).__name__) from exc
    if len(raw) > MAX_BYTES:
        raise Corrupt("file too large")
    try:
        text = raw.decode("utf-8")
        if json_too_deep(text):
            raise Corrupt("nested too deep")
        data = json.loads(text, parse_constant=lambda _c: None)
    except Corrupt:
        raise
    except RecursionError:
        raise Corrupt("nested too deep") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise Corrupt(type(exc).__name__) from None
    if not isinstance(data, dict) or not isinstance(data.get("answers"), dict):
        raise Corrupt("unexpected layout")
    entries = {}
    for k, v in data["answers"].items():
        entry = clean_entry(v)
        if entry is not None:
            entries[clean_text(str(k))] = entry
    return entries


class ProgressStore:
    """Answers and attempts for one exercise set, kept in a JSON file."""

    def __init__(self, quiz_id: str, directory: Path | str | None = None):
        self.quiz_id = quiz_id
        self.directory = Path(directory) if directory is not None else progress_dir()
        self.path = self.directory / f"{quiz_id}.json"
        self.notice = ""  # a message for the student, if something was recovered
        self.writable = True
        self.readable = True  # False: the file exists but cannot be read; never overwrite it
        self.entries: dict[str, dict] = {}
        self._lock_obj: Any = None
        self._clean_stale_temp_files()
        self._load()

    # -- reading ---------------------------------------------------------------
    def _load(self) -> None:
        found = self._read()
        if found is not None:
            self.entries = found

    def _read(self) -> dict[str, dict] | None:
        """What is on disk now (None: no file, or it cannot be read); sets ``notice``."""
        try:
            found = read_answers(self.path)
        except Unreadable as exc:
            self.readable = False
            self.notice = (
                f"Your saved progress file {self.path.name} cannot be read "
                f"({exc.strerror}). It was left as it is and will not be "
                "overwritten; your answers count for this session only. "
                "Ask for its permissions to be fixed, then run the notebook again."
            )
            return None
        except Corrupt as exc:
            kept = self._set_aside()
            self.notice = (
                f"Your saved progress file could not be read ({exc}). "
                f"It was kept as {kept} and a fresh one was started; "
                "nothing was deleted."
            )
            return {}
        if not self.readable:  # readable again (permissions fixed)
            self.readable, self.notice = True, ""
        return found

    def _set_aside(self) -> str:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.quiz_id}.corrupt-{stamp}.json")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{self.quiz_id}.corrupt-{stamp}-{n}.json")
        try:
            os.replace(self.path, target)
            return target.name
        except OSError:
            return self.path.name + " (left in place)"

    def _clean_stale_temp_files(self) -> None:
        pattern = str(self.directory / f".{glob.escape(self.quiz_id)}.*.tmp")
        now = time.time()
        for name in glob.glob(pattern):
            try:
                if now - os.stat(name).st_mtime > STALE_TMP_SECONDS:
                    os.unlink(name)
            except OSError:
                pass

    def get(self, qid: str) -> dict:
        return dict(self.entries.get(qid, {}))

    # -- writing ---------------------------------------------------------------
    def _lock(self) -> Any:
        """The file lock shared by every kernel writing this exercise (lazy: ~20 ms import)."""
        if self._lock_obj is None:
            from filelock import FileLock

            self._lock_obj = FileLock(
                str(self.directory / f".{self.quiz_id}.lock"), timeout=LOCK_TIMEOUT, poll_interval=0.005
            )
        return self._lock_obj

    def update(self, qid: str, change: Callable[[dict], dict]) -> dict:
        """Change one question's entry on the freshest copy, under the lock, and save.

        ``change`` gets the entry as it is now (from disk, merged with this kernel's copy)
        and returns the new one. Returns the entry as saved. Never raises for a file or
        folder problem: the student is told through ``notice``."""

        def apply(entries: dict[str, dict]) -> dict[str, dict]:
            old = entries.get(qid, {})
            new = clean_entry(change(dict(old))) or {}
            new["rev"] = _count(old.get("rev")) + 1
            new["time"] = time.strftime("%Y-%m-%dT%H:%M:%S")
            return {**entries, qid: new}

        self._transaction(apply)
        return self.get(qid)

    def record(self, qid: str, **fields: Any) -> None:
        """Set ``fields`` of one question's entry (on the freshest copy) and save."""
        self.update(qid, lambda entry: {**entry, **fields})

    def save(self) -> None:
        """Write this kernel's entries, merged with what is on disk."""
        self._transaction(lambda entries: entries)

    def _transaction(self, apply: Callable[[dict[str, dict]], dict[str, dict]]) -> None:
        lock = None
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            lock = self._lock()
            lock.acquire()
        except Exception:  # noqa: BLE001 - no lock (read-only folder, timeout): merge anyway
            lock = None
        try:
            disk = self._read()
            if disk is None and not self.readable:
                self.entries = apply(self.entries)  # this session only; file left alone
                self.writable = False
                return
            self.entries = apply(merge(disk or {}, self.entries))
            self._write()
        finally:
            if lock is not None:
                with contextlib.suppress(Exception):
                    lock.release()

    def _write(self) -> None:
        payload = {"format": FORMAT, "quiz": self.quiz_id, "answers": self.entries}
        try:
            text = json.dumps(payload, indent=1, ensure_ascii=False, allow_nan=False)
        except (TypeError, ValueError, RecursionError):  # entries are plain; never expected
            payload["answers"] = {k: clean_entry(v) or {} for k, v in self.entries.items()}
            text = json.dumps(payload, indent=1, ensure_ascii=True, default=str)
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{self.quiz_id}.", suffix=".tmp", dir=self.directory)
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
                self.notice = (
                    f"Progress cannot be saved to {self.directory} ({exc.strerror}); "
                    "your answers count for this session only."
                )
            self.writable = False
        else:
            if not self.writable:
                self.writable, self.notice = True, ""
