"""The exercise set: an ``Exercise`` holds its questions, checks and saves every answer, keeps
the score table, and runs in practice or graded mode; ``check_your_understanding`` is the same
engine for a lesson's un-graded questions.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterator
from typing import Any

from . import progress as _progress
from .feedback import STATUS_WORDS, Feedback, _fmt
from .parse import MAX_ITEMS, MISSING, AnswerError, clean_text
from .progress import ProgressStore
from .views import (
    ChartTask,
    Choice,
    Items,
    Matching,
    Multi,
    Numeric,
    Ordering,
    Question,
    Short,
    Written,
)

MODES = ("practice", "graded")

#: what each mode tells the student, shown under the setup cell
MODE_NOTES = {
    "practice": (
        "Every Check tells you at once whether you are right. The answer "
        "keys travel with this notebook (hashed, not secret), so this is for learning, "
        "not a grade."
    ),
    "graded": (
        "Check saves your answer and tells you whether it can be read; it "
        "does not say whether it is right. Your instructor's grader, which holds the "
        "answer keys, scores what you saved and what your code computes."
    ),
}

#: Every Exercise made in this kernel, by quiz id (the grader and the report read it).
REGISTRY: dict[str, Exercise] = {}


class Exercise:
    """A set of questions with progress, feedback and a live score summary."""

    def __init__(
        self,
        quiz_id: str,
        title: str = "",
        name: str = "ex",
        progress_dir: str | None = None,
        mode: str = "practice",
        policy: dict | None = None,
    ):
        self.quiz_id, self.title, self.name = quiz_id, title or quiz_id, name
        self.mode = mode if mode in MODES else "practice"
        self.policy = dict(policy or {})  # attempt policy, applied by the checking service
        self.checker = None  # graded mode on a hub: the checking service
        self.questions: dict[str, Question] = {}
        self.store = ProgressStore(quiz_id, progress_dir)
        self._summaries: list = []
        REGISTRY[quiz_id] = self
        if self.mode == "graded":  # on a hub with the checking service (else None)
            from ..service.client import remote_checker

            self.checker = remote_checker(quiz_id, self.store.directory)
        from IPython.display import HTML, display

        note = html.escape(self.checker.note()) if self.checker else MODE_NOTES[self.mode]
        display(
            HTML(
                f'<p class="course-mode" style="font-size:13px;color:#333;max-width:760px">'
                f"<b>{self.mode.capitalize()} mode.</b> {note}</p>"
            )
        )
        if self.store.notice:
            display(HTML(Feedback("invalid", self.store.notice, 0, 0, label="Progress").html()))

    # ---- defining questions (each returns the question, which displays as a widget)
    def _add(self, q: Question) -> Question:
        if q.qid in self.questions:
            q.number = self.questions[q.qid].number  # re-running a cell replaces it
        self.questions[q.qid] = q
        self._restore(q)
        return q

    def choice(self, qid: str, prompt: str, options: list[str], **kw: Any) -> Question:
        return self._add(Choice(self, qid, prompt, options, **kw))

    def multi(self, qid: str, prompt: str, options: list[str], **kw: Any) -> Question:
        return self._add(Multi(self, qid, prompt, options, **kw))

    def numeric(self, qid: str, prompt: str, **kw: Any) -> Question:
        return self._add(Numeric(self, qid, prompt, **kw))

    def short(self, qid: str, prompt: str, **kw: Any) -> Question:
        return self._add(Short(self, qid, prompt, **kw))

    def ordering(self, qid: str, prompt: str, items: list[str], **kw: Any) -> Question:
        return self._add(Ordering(self, qid, prompt, items, **kw))

    def matching(self, qid: str, prompt: str, left: list[str], right: list[str], **kw: Any) -> Question:
        return self._add(Matching(self, qid, prompt, left, right, **kw))

    def items(self, qid: str, prompt: str, **kw: Any) -> Question:
        return self._add(Items(self, qid, prompt, **kw))

    def chart(self, qid: str, prompt: str, **kw: Any) -> Question:
        return self._add(ChartTask(self, qid, prompt, **kw))

    def text(self, qid: str, prompt: str, rubric: list[str], **kw: Any) -> Question:
        return self._add(Written(self, qid, prompt, rubric, **kw))

    # ---- checking
    def _restore(self, q: Question) -> None:
        """Re-check a saved answer against the key (so an edited file cannot award points)."""
        saved = self.store.get(q.qid)
        if "answer" not in saved:
            return
        attempts = _progress._count(saved.get("attempts"))
        fb = q.evaluate(saved["answer"], attempts)
        best = saved.get("best")
        if best is not None and q.auto:
            fb_best = q.evaluate(best)
            if (fb_best.points or 0) > (fb.points or 0):
                fb = fb_best
        if self.checker is not None:  # the service's record, not a re-check
            fb = self.checker.restored(q.qid) or fb
        q.last = q.result = fb
        try:
            q.box()
            q.show_input(saved["answer"])
            q._refresh_feedback()
        except Exception:  # noqa: BLE001 - restoring a widget must never break the notebook
            pass

    def submit(self, qid: str, value: Any, quiet: bool = False) -> Feedback:
        """Check ``value`` for question ``qid``, save it, refresh widgets. Never raises.

        What is saved is the checked (validated) form of the answer, e.g. ``34.0`` for
        ``np.array([34])``, a list for a generator, the spec for a chart: re-checking it
        after a restart gives the same result."""
        try:
            q = self.questions.get(qid) if isinstance(qid, str) else None
        except Exception:  # noqa: BLE001 - a str subclass with a raising __hash__ or __eq__
            q = None
        if q is None:
            return Feedback("invalid", self._unknown_question(qid), 0, 0, label=_id_label(qid))
        try:
            value = _materialise(value)
            clean = q.validate(value)
        except AnswerError:
            clean = MISSING
        except Exception as exc:  # noqa: BLE001 - e.g. an iterator that raises while read
            fb = Feedback(
                "invalid",
                f"Could not read this answer (a {type(value).__name__}: {type(exc).__name__}). {q.expects}",
                0.0,
                q.points,
                (),
                q.label,
            )
            q.last = fb
            q._refresh_feedback()
            return fb
        fb = q.evaluate(value if clean is MISSING else clean)
        if self.checker is not None and fb.counts_as_attempt and clean is not MISSING:
            fb = self.checker(qid, clean)  # graded mode on a hub: the service decides
        if fb.counts_as_attempt and clean is not MISSING:
            stored = _progress.plain(clean)
            earlier: list[Feedback] = []

            def change(entry: dict) -> dict:
                # runs under the progress lock on the freshest copy (another kernel's too)
                if "best" in entry and q.auto:
                    earlier.append(q.evaluate(entry["best"]))
                previous_best = earlier[0].points if earlier else None
                entry.update(
                    answer=stored,
                    status=fb.status,
                    points=fb.points,
                    attempts=_progress._count(entry.get("attempts")) + 1,
                )
                if fb.points is not None and (previous_best is None or fb.points >= previous_best):
                    entry["best"] = stored
                return entry

            entry = self.store.update(qid, change)
            if self.checker is None:  # one more hint step per counted try
                fb.hint = q.hint_for(_progress._count((entry or {}).get("attempts")))
            q.last = q.result = fb
            if earlier and (fb.points or 0) < (earlier[0].points or 0):  # the best keeps counting
                q.result = earlier[0]
                fb.message = (fb.message + " Your earlier, better answer still counts.").strip()
        else:
            q.last = fb
        if self.store.notice and not self.store.writable:
            fb.message = (fb.message + " " + self.store.notice).strip()
        q._refresh_feedback()
        self._refresh_summaries()
        return fb

    def _unknown_question(self, qid: Any) -> str:
        known = ", ".join(self.questions) or "none yet — run the question cells first"
        if not isinstance(qid, str):
            return f"Question ids are text such as 'q1', not a {type(qid).__name__}. Questions: {known}."
        return f"There is no question '{_id_label(qid)}'. Questions: {known}."

    def check(self, qid: str, value: Any) -> None:
        """Check an answer from code (pandas/Altair tasks) and show the feedback below the cell.

        Use ``submit`` to get the ``Feedback`` object back instead."""
        from IPython.display import display

        display(self.submit(qid, value))

    # ---- scores
    def score(self) -> dict:
        rows = []
        for q in self.questions.values():
            saved = self.store.get(q.qid)
            last = q.result
            rows.append(
                {
                    "question": q.number,
                    "id": q.qid,
                    "type": q.kind,
                    "points": (
                        (last.points if last and last.points is not None else 0.0)
                        if q.auto and self.mode == "practice"
                        else None
                    ),
                    "max": q.points,
                    "auto": q.auto,
                    "attempts": _progress._count(saved.get("attempts")),
                    "status": last.status if last else "unanswered",
                }
            )
        for r in rows if self.checker is not None else ():  # best tries, from the service
            r["points"] = self.checker.best(r["id"]) if r["auto"] else None
        auto_max = sum(r["max"] for r in rows if r["auto"])
        manual_max = sum(r["max"] for r in rows if not r["auto"])
        earned = sum(r["points"] or 0 for r in rows if r["auto"])
        answered = sum(
            1 for r in rows if r["status"] in ("correct", "partial", "incorrect", "submitted", "saved")
        )
        return {
            "quiz": self.quiz_id,
            "title": self.title,
            "rows": rows,
            "earned": earned,
            "auto_max": auto_max,
            "manual_max": manual_max,
            "answered": answered,
            "total": len(rows),
            "mode": self.mode,
        }

    def summary_text(self) -> str:
        s = self.score()
        if self.mode == "graded" and self.checker is None:
            return (
                f"{s['title']}: {s['answered']} of {s['total']} questions answered and saved; "
                f"your instructor's grader scores all {_fmt(s['auto_max'] + s['manual_max'])} points."
            )
        text = (
            f"{s['title']}: {_fmt(s['earned'])}/{_fmt(s['auto_max'])} automatic points; "
            f"{s['answered']} of {s['total']} questions answered"
        )
        if s["manual_max"]:
            text += f"; {_fmt(s['manual_max'])} more points for written answers await the instructor"
        return text + "."

    def summary_html(self) -> str:
        s = self.score()
        rows = "".join(
            f"<tr><td>{r['question']}</td><td>{html.escape(r['id'])}</td><td>{r['type']}</td>"
            f"<td>{STATUS_WORDS[r['status']]}</td><td>{r['attempts']}</td>"
            f"<td>{'instructor' if not r['auto'] else 'grader' if r['points'] is None else _fmt(r['points'])}</td>"
            f"<td>{_fmt(r['max'])}</td></tr>"
            for r in s["rows"]
        )
        pct = 100 * s["earned"] / s["auto_max"] if s["auto_max"] else 0
        heading = (
            f"Your answers: {s['answered']} of {s['total']} saved (graded by your instructor)"
            if self.mode == "graded"
            else f"Your score: {_fmt(s['earned'])} / {_fmt(s['auto_max'])} automatic points ({pct:.0f}%)"
        )
        return (
            f'<div style="max-width:760px"><h3 style="margin:4px 0;font-size:1.1em">{heading}</h3>'
            f'<table><caption style="text-align:left">{html.escape(s["title"])} — '
            f"{s['answered']} of {s['total']} answered</caption>"
            f"<thead><tr><th>#</th><th>id</th><th>type</th><th>status</th><th>attempts</th>"
            f"<th>points</th><th>max</th></tr></thead><tbody>{rows}</tbody></table>"
            f'<p style="font-size:12px;color:#333">Saved in <code>{html.escape(str(self.store.path.name))}'
            f"</code> in your progress folder after every check.</p></div>"
        )

    def _refresh_summaries(self) -> None:
        for widget in self._summaries:
            widget.value = self.summary_html()

    def summary(self) -> None:
        """Print the score line and show a table that updates after every check."""
        import ipywidgets as w

        from ..widgets import show_widget

        # The printed line is a record of the moment the cell ran (nbval and a saved notebook
        # keep it); it says so, because the table below keeps changing after every Check.
        print("When this cell ran: " + self.summary_text() + " The table below updates after every Check.")
        widget = w.HTML(self.summary_html())
        widget.add_class("course-score")
        self._summaries.append(widget)
        show_widget(widget, "score table")


def _id_label(qid: Any) -> str:
    """A question id as short, printable text for a message (never raises)."""
    if isinstance(qid, str):
        text = clean_text(qid)
        return text if len(text) <= 60 else text[:57] + "…"
    return f"<{type(qid).__name__}>"


def _materialise(value: Any) -> Any:
    """A one-shot iterator (generator, map, iter(...)) read into a list, at most
    ``MAX_ITEMS`` + 1 values: it can then be checked and saved, and an endless one is refused."""
    if isinstance(value, Iterator):
        return list(itertools.islice(value, MAX_ITEMS + 1))
    return value


def scores() -> list[dict]:
    """The score of every exercise set defined in this kernel (see ``Exercise.score``)."""
    return [ex.score() for ex in REGISTRY.values()]


def check_your_understanding(quiz_id: str, title: str = "Check your understanding") -> Exercise:
    """Un-graded practice questions in a lesson use the same engine (name ``cyu``)."""
    return Exercise(quiz_id, title=title, name="cyu")
