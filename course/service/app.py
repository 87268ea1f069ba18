"""The checking service's web application (tornado), behind JupyterHub's proxy.

Every handler identifies the caller through JupyterHub (``HubOAuth``): a token in the
``Authorization`` header (the student's kernel) or the OAuth cookie of a browser login (the
instructor's pages). The hub answers who the token belongs to and which scopes it carries;
nothing in a request body can change that. Students need ``access:services!service=
course-checker``; the instructor pages and the key, attempt and gradebook read-outs also
need the custom scope ``custom:course-checker:instructor`` (see ``course.service.hub``).

Routes (under ``$JUPYTERHUB_SERVICE_PREFIX``, e.g. ``/services/course-checker/``)::

    POST api/check              {"quiz", "question", "answer"} -> feedback   (the caller's own)
    GET  api/status?quiz=Q      the caller's tries and best points per question
    GET  api/info               who the caller is; the graded sets and their policies
    GET  api/attempts[/student] the caller's own attempts (another student's: instructors)
    GET  api/keys/Q             a set's keys and rubrics                       (instructors)
    GET  api/gradebook.csv      the gradebook                                  (instructors)
    GET  instructor[?quiz=Q]    attempts and written answers beside the rubric (instructors)
    POST instructor/score       an instructor's points for a written answer   (instructors)
"""

from __future__ import annotations

import html
import json
import logging
import os
import time
from typing import Any

from jupyterhub.services.auth import (
    HubOAuthCallbackHandler,
    HubOAuthenticated,
    UserNotAllowed,
)
from tornado import web

from . import INSTRUCTOR_SCOPE, export
from .core import MAX_ANSWER_CHARS, Checker, UnknownQuestion

log = logging.getLogger("course.service")


class BaseHandler(HubOAuthenticated, web.RequestHandler):
    api = True  # answer 403 instead of redirecting to the hub's login page

    def initialize(self, checker: Checker) -> None:
        self.checker = checker

    async def prepare(self) -> None:
        # ask the hub without blocking the event loop (HubAuth caches the answer per token)
        model = await self.hub_auth.get_user(self, sync=False)
        if model:
            try:
                model = self.check_hub_user(model)
            except UserNotAllowed:
                model = None
        self._hub_auth_user_cache = model

    def check_xsrf_cookie(self) -> None:
        # tornado checks XSRF before prepare(): a request with a token header (the kernel's)
        # cannot be forged by a browser, so only cookie logins need the XSRF check
        if self.hub_auth.get_token(self, in_cookie=False):
            return
        super().check_xsrf_cookie()

    def get_login_url(self) -> str:
        if self.api:
            raise web.HTTPError(403, "Log in to the hub; requests need a hub token.")
        return super().get_login_url()

    def student(self) -> dict[str, Any]:
        user = self.current_user
        if not user:
            if self.api:
                raise web.HTTPError(
                    403, "This request carries no valid hub token with access to the checking service."
                )
            self.redirect(self.get_login_url())
            raise web.Finish()
        if user.get("kind", "user") != "user":
            raise web.HTTPError(403, "Only hub users answer questions.")
        return user

    def is_instructor(self, user: dict[str, Any]) -> bool:
        return INSTRUCTOR_SCOPE in set(user.get("scopes", ()))

    def instructor(self) -> dict[str, Any]:
        user = self.student()
        if not self.is_instructor(user):
            raise web.HTTPError(403, "Only instructors may see this.")
        return user

    def write_json(self, data: Any, status: int = 200) -> None:
        self.set_status(status)
        self.set_header("Content-Type", "application/json; charset=utf-8")
        self.set_header("Cache-Control", "no-store")
        self.finish(json.dumps(data, ensure_ascii=False, allow_nan=False))

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        reason = self._reason
        exc = kwargs.get("exc_info", (None, None, None))[1]
        if isinstance(exc, web.HTTPError) and exc.log_message:
            reason = exc.log_message
        self.set_header("Content-Type", "application/json; charset=utf-8")
        self.finish(json.dumps({"status": status_code, "message": reason}))


class CheckHandler(BaseHandler):
    async def post(self) -> None:
        user = self.student()
        if len(self.request.body) > MAX_ANSWER_CHARS:
            raise web.HTTPError(413, "That answer is too large to check.")
        try:
            body = json.loads(self.request.body or b"{}")
            quiz, qid = str(body["quiz"]), str(body["question"])
        except (ValueError, KeyError, TypeError):
            raise web.HTTPError(400, "Send JSON with quiz, question and answer.") from None
        claimed = body.get("student")
        if claimed is not None and claimed != user["name"]:
            log.warning("%s claimed to answer as %r: refused", user["name"], claimed)
            raise web.HTTPError(403, "You can only answer as yourself.")
        start = time.perf_counter()
        try:
            result = self.checker.check(user["name"], quiz, qid, body.get("answer"), body.get("client_time"))
        except UnknownQuestion as exc:
            raise web.HTTPError(404, str(exc)) from None
        result["mode"] = "graded"
        result["student"] = user["name"]
        log.info(
            "check %s %s/%s -> %s (%.1f ms)",
            user["name"],
            quiz,
            qid,
            result["status"],
            1000 * (time.perf_counter() - start),
        )
        self.write_json(result, 409 if result.get("refused") else 200)


class StatusHandler(BaseHandler):
    def get(self) -> None:
        user = self.student()
        try:
            self.write_json(self.checker.status(user["name"], self.get_argument("quiz")))
        except UnknownQuestion as exc:
            raise web.HTTPError(404, str(exc)) from None


class InfoHandler(BaseHandler):
    def get(self) -> None:
        user = self.student()
        self.write_json(
            {
                "service": "course-checker",
                "user": user["name"],
                "instructor": self.is_instructor(user),
                "sets": self.checker.quizzes(),
            }
        )


class AttemptsHandler(BaseHandler):
    def get(self, student: str | None = None) -> None:
        user = self.student()
        if not student and self.get_argument("all", "") and self.is_instructor(user):
            self.write_json(
                {"student": None, "attempts": self.checker.attempts(None, self.get_argument("quiz", None))}
            )
            return
        student = student or self.get_argument("student", user["name"])
        if student != user["name"] and not self.is_instructor(user):
            raise web.HTTPError(403, "You can only see your own attempts.")
        quiz = self.get_argument("quiz", None)
        self.write_json({"student": student, "attempts": self.checker.attempts(student, quiz)})


class KeysHandler(BaseHandler):
    def get(self, quiz: str | None = None) -> None:
        self.instructor()
        if not quiz:
            self.write_json({"sets": self.checker.quizzes()})
            return
        try:
            with self.checker.Session() as s:
                loaded = self.checker.keys_for(s, quiz)
        except UnknownQuestion as exc:
            raise web.HTTPError(404, str(exc)) from None
        self.write_json(
            {
                "quiz": quiz,
                "term": loaded.term,
                "sha256": loaded.keys.sha256,
                "questions": {
                    q: {
                        "method": sp.method,
                        "points": sp.points,
                        "answer": sp.answer,
                        "rubric": sp.kwargs.get("rubric"),
                    }
                    for q, sp in loaded.keys.questions.items()
                },
            }
        )


class GradebookHandler(BaseHandler):
    def get(self) -> None:
        self.instructor()
        self.set_header("Content-Type", "text/csv; charset=utf-8")
        self.set_header("Content-Disposition", 'attachment; filename="gradebook.csv"')
        self.finish(export.to_csv(export.gradebook(self.checker, self.get_argument("quiz", None))))


class InstructorPage(BaseHandler):
    api = False

    def get(self) -> None:
        self.instructor()
        quiz = self.get_argument("quiz", None)
        self.finish(page(self.checker, quiz, self.xsrf_form_html(), self.request.path))


class ScoreHandler(BaseHandler):
    api = False

    def post(self) -> None:
        grader = self.instructor()
        try:
            self.checker.record_manual_score(
                grader["name"],
                self.get_argument("student"),
                self.get_argument("quiz"),
                self.get_argument("question"),
                float(self.get_argument("points")),
                self.get_argument("comment", ""),
            )
        except (UnknownQuestion, ValueError) as exc:
            raise web.HTTPError(400, str(exc)) from None
        self.redirect(f"{self.settings['prefix']}instructor?quiz={self.get_argument('quiz')}")


def page(checker: Checker, quiz: str | None, xsrf: str, here: str) -> str:
    """The instructor's page: every student's attempts, written answers beside the rubric."""
    esc = html.escape
    sets = checker.quizzes()
    links = " · ".join(
        f'<a href="?quiz={esc(s["quiz"])}">{esc(s["quiz"])}</a> ({esc(s["rules"])})' for s in sets
    )
    parts = [
        (
            f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Course checker — "
            f"instructor</title><style>body{{font-family:sans-serif;max-width:1100px;margin:1em auto}}"
            f"td,th{{border:1px solid #ccc;padding:3px 6px;vertical-align:top}}table{{border-collapse:"
            f"collapse;margin:6px 0}}</style></head><body><h1>Course checking service</h1>"
            f"<p>Exercise sets: {links or 'no keys loaded'}</p>"
        )
    ]
    if quiz:
        with checker.Session() as s:
            loaded = checker.keys_for(s, quiz)
        specs = loaded.keys.questions
        manual = checker.manual_scores(quiz)
        parts.append(
            f"<h2>{esc(loaded.keys.title)} — term {esc(loaded.term)}</h2>"
            f'<p><a href="api/gradebook.csv?quiz={esc(quiz)}">gradebook.csv</a></p>'
        )
        by_student: dict[str, list[dict]] = {}
        for a in checker.attempts(quiz=quiz):
            if a["term"] == loaded.term:
                by_student.setdefault(a["student"], []).append(a)
        for student, tries in sorted(by_student.items()):
            parts.append(
                f"<h3>{esc(student)}</h3><table><thead><tr><th>question</th><th>try</th>"
                "<th>received (UTC)</th><th>answer</th><th>status</th><th>points</th></tr>"
                "</thead><tbody>"
            )
            for a in tries:
                ans = json.dumps(a["answer"], ensure_ascii=False)
                parts.append(
                    f"<tr><td>{esc(a['question'])}</td><td>{a['number'] or '–'}</td>"
                    f"<td>{esc(a['received_at'])}</td><td>{esc(ans[:200])}</td>"
                    f"<td>{esc(a['status'])}</td><td>{_pts(a['points'])} / {a['max_points']:g}</td></tr>"
                )
            parts.append("</tbody></table>")
            for qid, sp in specs.items():
                if sp.auto:
                    continue
                written = [a for a in tries if a["question"] == qid and a["number"] is not None]
                if not written:
                    continue
                last = written[-1]
                rubric = "".join(f"<li>{esc(str(r))}</li>" for r in sp.kwargs.get("rubric", []))
                done = manual.get((student, quiz, qid))
                scored = (
                    (
                        f"<p>Scored {done.points:g}/{sp.points:g} by {esc(done.grader)}"
                        f"{': ' + esc(done.comment) if done.comment else ''}</p>"
                    )
                    if done
                    else ""
                )
                parts.append(
                    f"<table><tr><th>{esc(qid)}: written answer (try {last['number']})</th>"
                    f"<th>rubric ({sp.points:g} points)</th></tr><tr><td style='width:60%;white-space:"
                    f"pre-wrap'>{esc(str(last['answer']))}</td><td><ul>{rubric}</ul>{scored}"
                    f"<form method='post' action='instructor/score'>{xsrf}"
                    f"<input type='hidden' name='student' value='{esc(student)}'>"
                    f"<input type='hidden' name='quiz' value='{esc(quiz)}'>"
                    f"<input type='hidden' name='question' value='{esc(qid)}'>"
                    f"<label>points <input name='points' type='number' min='0' max='{sp.points:g}' "
                    f"step='0.5' required></label> <label>comment <input name='comment'></label> "
                    f"<button>Save</button></form></td></tr></table>"
                )
    parts.append("</body></html>")
    return "".join(parts)


def _pts(x: float | None) -> str:
    return "–" if x is None else f"{x:g}"


def make_app(checker: Checker, prefix: str | None = None) -> web.Application:
    prefix = prefix or os.environ.get("JUPYTERHUB_SERVICE_PREFIX", "/services/course-checker/")
    if not prefix.endswith("/"):
        prefix += "/"
    kw = {"checker": checker}
    routes = [
        (prefix + "api/check", CheckHandler, kw),
        (prefix + "api/status", StatusHandler, kw),
        (prefix + "api/info", InfoHandler, kw),
        (prefix + "api/attempts", AttemptsHandler, kw),
        (prefix + "api/attempts/([^/]+)", AttemptsHandler, kw),
        (prefix + "api/keys", KeysHandler, kw),
        (prefix + "api/keys/([^/]+)", KeysHandler, kw),
        (prefix + "api/gradebook.csv", GradebookHandler, kw),
        (prefix + "instructor", InstructorPage, kw),
        (prefix + "instructor/score", ScoreHandler, kw),
        (prefix + "oauth_callback", HubOAuthCallbackHandler),
        (prefix.rstrip("/") + "/?", web.RedirectHandler, {"url": prefix + "instructor"}),
    ]
    return web.Application(routes, cookie_secret=os.urandom(32), xsrf_cookies=True, prefix=prefix)
