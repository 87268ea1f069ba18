"""The student's side of graded mode: send an answer to the checking service, get feedback.

``remote_checker(quiz)`` returns None (checks stay in the kernel) unless this kernel runs on
a JupyterHub (``$JUPYTERHUB_API_TOKEN`` and ``$JUPYTERHUB_API_URL`` / ``$JUPYTERHUB_SERVICE_PREFIX``)
with the service configured (``$COURSE_CHECKER_URL``, set by ``course.service.hub.configure``).
Offline, on Binder and in practice sets nothing here runs.

When the service cannot be reached the answer is kept in ``<progress dir>/<quiz>.outbox.json``
(the newest answer per question) and sent before the next check that reaches it, or when
the notebook is run again; the student sees a message, never a traceback.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..progress import plain, progress_dir

if TYPE_CHECKING:
    from ..questions import Feedback

TIMEOUT = 8.0
UNREACHABLE = "The checking service cannot be reached; your answer is kept and will be sent when it is back."


def hub_settings() -> tuple[str, str] | None:
    """(service URL, token) when running on a hub with the checking service, else None."""
    token = os.environ.get("JUPYTERHUB_API_TOKEN", "")
    on_hub = os.environ.get("JUPYTERHUB_API_URL") or os.environ.get("JUPYTERHUB_SERVICE_PREFIX")
    url = os.environ.get("COURSE_CHECKER_URL", "")
    if not (token and on_hub and url):
        return None
    return (url if url.endswith("/") else url + "/"), token


def remote_checker(quiz: str, directory: Path | str | None = None) -> RemoteChecker | None:
    """The checking-service client for ``quiz``, or None where checks stay local."""
    settings = hub_settings()
    if settings is None:
        return None
    return RemoteChecker(quiz, *settings, directory=directory)


class ServiceUnreachable(OSError):
    pass


class RemoteChecker:
    """``checker(qid, validated_answer) -> Feedback`` through the service, with an outbox."""

    def __init__(self, quiz: str, url: str, token: str, directory: Path | str | None = None):
        self.quiz, self.url, self.token = quiz, url, token
        self.outbox = Path(directory or progress_dir()) / f"{quiz}.outbox.json"
        self.state: dict[str, dict] = {}  # per question: tries, best points (from the service)
        self.rules = ""
        self.reachable: bool | None = None
        self.refresh()

    # ---- HTTP
    def _request(self, method: str, path: str, body: Any = None) -> tuple[int, dict]:
        data = None if body is None else json.dumps(body, allow_nan=False).encode()
        req = urllib.request.Request(
            self.url + path,
            data=data,
            method=method,
            headers={
                "Authorization": f"token {self.token}",
                "Content-Type": "application/json",
                "Accept": "application/json",
            },
        )
        try:
            with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
                return resp.status, json.loads(resp.read() or b"{}")
        except urllib.error.HTTPError as exc:
            if exc.code in (502, 503, 504):  # the proxy is up, the service is not
                raise ServiceUnreachable(exc.code) from None
            try:
                payload = json.loads(exc.read() or b"{}")
            except ValueError:
                payload = {}
            return exc.code, payload
        except (OSError, ValueError) as exc:  # refused, timed out, not JSON
            raise ServiceUnreachable(str(exc)) from None

    def refresh(self) -> None:
        """Send what the outbox holds, then read this student's tries (never raises)."""
        try:
            self.flush()
            code, data = self._request("GET", f"api/status?quiz={urllib.parse.quote(self.quiz)}")
            self.reachable = True
            if code == 200:
                self.state = dict(data.get("questions", {}))
                self.rules = str(data.get("rules", ""))
        except ServiceUnreachable:
            self.reachable = False

    # ---- the outbox
    def pending(self) -> dict[str, dict]:
        try:
            data = json.loads(self.outbox.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _write_outbox(self, items: dict[str, dict]) -> None:
        try:
            if not items:
                self.outbox.unlink(missing_ok=True)
                return
            self.outbox.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.outbox.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(items, fh, ensure_ascii=False)
            os.replace(tmp, self.outbox)
        except OSError:
            pass

    def flush(self) -> list[tuple[str, Any]]:
        """Send every kept answer, oldest first; raises ServiceUnreachable if that fails."""
        items = self.pending()
        sent = []
        for qid in sorted(items, key=lambda q: items[q].get("queued_at", "")):
            item = items[qid]
            self._send(qid, item.get("answer"), item.get("queued_at"))
            sent.append((qid, item.get("answer")))
            del items[qid]
            self._write_outbox(items)
        return sent

    # ---- checking
    def _send(self, qid: str, answer: Any, client_time: str | None = None):
        from ..questions import Feedback

        code, data = self._request(
            "POST",
            "api/check",
            {
                "quiz": self.quiz,
                "question": qid,
                "answer": answer,
                "client_time": client_time or time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            },
        )
        self.reachable = True
        if code in (200, 409):
            self.state[qid] = {
                **self.state.get(qid, {}),
                **{
                    k: data.get(k)
                    for k in (
                        "attempts_used",
                        "attempts_left",
                        "max_attempts",
                        "best_points",
                        "max_points",
                        "status",
                        "message",
                    )
                },
            }
            return Feedback(
                str(data["status"]),
                str(data.get("message", "")),
                data.get("points"),
                float(data.get("max_points", 0)),
                str(data.get("hint", "")),
                str(data.get("label", qid)),
            )
        message = str(data.get("message") or f"The checking service answered {code}.")
        return Feedback(
            "invalid", f"The checking service refused this answer: {message}", 0.0, 0.0, label=qid
        )

    def __call__(self, qid: str, value: Any):
        from ..questions import Feedback

        answer = plain(value)
        try:
            self.flush()
            return self._send(qid, answer)
        except ServiceUnreachable:
            self.reachable = False
            items = self.pending()
            items[qid] = {"answer": answer, "queued_at": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
            self._write_outbox(items)
            return Feedback("invalid", UNREACHABLE, 0.0, 0.0, label=qid)

    # ---- what the notebook shows
    def best(self, qid: str) -> float:
        return float(self.state.get(qid, {}).get("best_points") or 0.0)

    def restored(self, qid: str) -> Feedback | None:
        """The service's view of ``qid`` when the notebook runs again (None: nothing stored)."""
        from ..questions import Feedback

        st = self.state.get(qid)
        if not st or not st.get("attempts_used"):
            return None
        left = st.get("attempts_left")
        tail = "" if left is None else f" {left} tr{'y' if left == 1 else 'ies'} left."
        status = st.get("status") or "submitted"
        return Feedback(
            status if status != "refused" else "invalid",
            f"Best so far: {self.best(qid):g} points after {st['attempts_used']} "
            f"tr{'y' if st['attempts_used'] == 1 else 'ies'}.{tail}",
            st.get("best_points"),
            float(st.get("max_points") or 0),
            label=qid,
        )

    def note(self) -> str:
        if self.reachable is False:
            return (
                "Graded mode, checked by the course's checking service — which cannot be "
                "reached right now: your answers are kept and sent when it is back."
            )
        waiting = len(self.pending())
        rules = f" Rules of this set: {self.rules}." if self.rules else ""
        return (
            "Graded mode, checked by the course's checking service on this hub: every Check "
            "tells you at once whether you are right and how many tries are left; the "
            f"service keeps every try and your best one counts.{rules}"
            + (f" {waiting} answer(s) wait to be sent." if waiting else "")
        )
