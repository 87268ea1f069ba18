"""The question types as pure models: each validates an answer and grades it against its key.

No widgets and no display here (``views.py`` adds them): the same classes check an answer in
a student's kernel, in the grader's process (``course.questions.scoring``) and in the checking
service, so practice and graded mode can never disagree on what is right.
"""

from __future__ import annotations

import math
import numbers
from typing import TYPE_CHECKING, Any

from . import keys as _keys
from . import progress as _progress
from .feedback import Feedback, _fmt, hint_steps, hints_for
from .parse import (
    BLANK,
    MAX_TEXT,
    MISSING,
    AnswerError,
    _label,
    _safe_str,
    as_items,
    bounded_list,
    clean_text,
    describe,
    parse_number,
)

if TYPE_CHECKING:
    from .exercise import Exercise


class Question:
    """One question: its key, its hint steps, and how it checks an answer (``evaluate``)."""

    kind = "base"
    key_kind = "choice"
    auto = True  # scored automatically
    expects = "Give the answer as the question asks."  # ends the message for unreadable input

    def __init__(
        self,
        exercise: Exercise,
        qid: str,
        prompt: str,
        *,
        points: float = 1,
        hint: str | list[str] = "",
        answer: Any = MISSING,
        key: str | None = None,
        explanation: str = "",
        code_task: bool = False,
    ):
        self.exercise, self.qid, self.prompt = exercise, qid, prompt
        self.code_task = bool(code_task)  # answered by code (ex.check), so no input box
        self.points, self.explanation = float(points), explanation
        self.hints = hint_steps(hint)  # steps: one more is shown per wrong try
        self.number = len(exercise.questions) + 1
        self.key_error = ""
        self.payload: dict | None = None
        if self.auto and self.graded and answer is MISSING and key is None:
            pass  # graded release: no key, by design
        elif self.auto:
            try:
                if answer is not MISSING:
                    key = _keys.encode(self.key_kind, exercise.quiz_id, qid, answer)
                if key is None:
                    raise ValueError("no answer key")
                self.payload = _keys.decode(key)
                if self.payload.get("q") != qid or self.payload.get("k") != self.key_kind:
                    raise ValueError("the key belongs to another question")
            except (ValueError, TypeError) as exc:
                self.key_error = (
                    f"This question's answer key cannot be used ({exc}). "
                    "Your answer is saved; ask your instructor."
                )
        self.last: Feedback | None = None  # what the feedback area shows
        self.result: Feedback | None = None  # the best counted answer (for the score)

    @property
    def graded(self) -> bool:
        return getattr(self.exercise, "mode", "practice") == "graded"

    @property
    def label(self) -> str:
        return f"Question {self.number} ({self.qid})"

    def validate(self, value: Any) -> Any:  # pragma: no cover - overridden
        return value

    def grade(self, value: Any) -> tuple[str, float, str]:  # pragma: no cover
        raise NotImplementedError

    def hint_for(self, attempts: int) -> tuple[str, ...]:
        """The hint steps a student sees after ``attempts`` counted tries (never in graded
        mode without the checking service: there the kernel cannot tell right from wrong)."""
        return hints_for(self.hints, attempts)

    def evaluate(self, value: Any, attempts: int = 1) -> Feedback:
        """Check ``value`` against the key; a wrong answer carries the hint steps due after
        ``attempts`` tries. Never raises."""

        def fb(status: str, message: str, points: float | None) -> Feedback:
            return Feedback(status, message, points, self.points, self.hint_for(attempts), self.label)

        try:
            clean = self.validate(value)
        except AnswerError as exc:
            status = "unanswered" if str(exc).startswith("No answer yet") else "invalid"
            return fb(status, str(exc), 0.0)
        except Exception as exc:  # noqa: BLE001 - the student must never see a traceback
            return fb(
                "invalid",
                f"Could not read this answer (a {type(value).__name__}: "
                f"{type(exc).__name__}). {self.expects}",
                0.0,
            )
        if self.graded and self.auto and self.payload is None:
            return fb("saved", "Saved: " + self.describe(clean) + ".", None)
        if self.key_error:
            return fb("invalid", self.key_error, 0.0)
        try:
            status, earned, message = self.grade(clean)
        except Exception as exc:  # noqa: BLE001
            return fb("invalid", f"Could not check this answer ({type(exc).__name__}).", 0.0)
        if status == "correct" and self.explanation:
            message = (message + " " + self.explanation).strip()
        return fb(status, message, earned)

    def describe(self, clean: Any) -> str:
        """What was saved, in words (graded mode says this instead of right or wrong)."""
        return describe(clean)

    def __repr__(self) -> str:
        return f"<{self.kind} question {self.qid} ({_fmt(self.points)} points)>"


class Choice(Question):
    kind = key_kind = "choice"
    expects = "Pick one of the options (its text, or its number from 1)."

    def __init__(self, exercise: Exercise, qid: str, prompt: str, options: list[str], **kw: Any):
        self.options = [str(o) for o in options]
        super().__init__(exercise, qid, prompt, **kw)

    def validate(self, value: Any) -> Any:
        if value is None or value is Ellipsis or (isinstance(value, str) and not clean_text(value).strip()):
            raise AnswerError("No answer yet: pick one option.")
        if isinstance(value, (list, tuple, set, frozenset)):
            raise AnswerError("Pick exactly one option, not several.")
        if (
            isinstance(value, bool)
            or type(value).__name__ == "bool_"
            or not isinstance(value, (str, numbers.Integral))
        ):
            raise AnswerError(f"Expected one of the options as text, got {type(value).__name__}.")
        if isinstance(value, numbers.Integral):
            if 1 <= value <= len(self.options):
                return self.options[int(value) - 1]
            shown = str(int(value)) if abs(int(value)).bit_length() < 40 else "that number"
            raise AnswerError(f"There are {len(self.options)} options; {shown} is not one of them.")
        if len(value) > MAX_TEXT:
            raise AnswerError("That is far too long to be one of the options.")
        wanted = _keys.normalise_text(clean_text(value))
        for opt in self.options:
            if _keys.normalise_text(opt) == wanted:
                return opt
        raise AnswerError("That is not one of the options: " + "; ".join(self.options))

    def grade(self, value: Any) -> tuple[str, float | None, str]:
        ok = _keys.matches(self.payload, "choice", value)
        return ("correct", self.points, "") if ok else ("incorrect", 0.0, "")


class Multi(Choice):
    kind = key_kind = "multi"
    expects = "Give a list of the options you tick, e.g. ['A', 'B']."

    def validate(self, value: Any) -> Any:
        if value is None or value is Ellipsis:
            raise AnswerError("No answer yet: tick the options you think are right.")
        if isinstance(value, str):
            value = [value]
        if isinstance(value, dict):
            raise AnswerError("Expected a list of options, got a dict.")
        chosen = bounded_list(value, "a list of options", limit=max(100, 4 * len(self.options)))
        if not chosen:
            raise AnswerError("No answer yet: tick at least one option.")
        return sorted({Choice.validate(self, v) for v in chosen})

    def grade(self, value: Any) -> tuple[str, float | None, str]:
        ok = _keys.matches(self.payload, "multi", value)
        return ("correct", self.points, "") if ok else ("incorrect", 0.0, "Some ticks are missing or extra.")


class Numeric(Question):
    kind = key_kind = "numeric"
    expects = "Give one number, e.g. 34.5."

    def describe(self, clean: Any) -> str:
        unit = {"%": "in per cent"}.get(self.units.strip(), f"in {self.units}" if self.units else "")
        return f"one number, {clean:g}" + (f" ({unit})" if unit else "")

    def __init__(
        self,
        exercise: Exercise,
        qid: str,
        prompt: str,
        *,
        tol: float | None = None,
        rel_tol: float | None = None,
        units: str = "",
        **kw: Any,
    ):
        self.tol, self.rel_tol, self.units = tol, rel_tol, units
        super().__init__(exercise, qid, prompt, **kw)

    def validate(self, value: Any) -> Any:
        return parse_number(value, self.units)

    def _close(self, x: float, target: float) -> bool:
        allowed = max(self.tol or 0.0, abs(target) * (self.rel_tol or 0.0), 1e-9 * max(1, abs(target)))
        return abs(x - target) <= allowed

    def grade(self, value: Any) -> tuple[str, float | None, str]:
        target = float(self.payload["v"])
        if self._close(value, target):
            return "correct", self.points, ""
        if self.units.strip() == "%" and self._close(value * 100, target):
            return "incorrect", 0.0, "That looks like a share (0–1); give it as a percentage."
        if target and self._close(value / 1000, target):
            return (
                "incorrect",
                0.0,
                f"Check the unit: the answer is asked in {self.units or 'the given unit'}.",
            )
        direction = "too high" if value > target else "too low"
        return "incorrect", 0.0, f"Your number is {direction}."


class Short(Question):
    kind = key_kind = "short"
    expects = "Type a word or a short phrase as text."

    def validate(self, value: Any) -> Any:
        if value is None or value is Ellipsis:
            raise AnswerError("No answer yet: type a word or acronym.")
        if not isinstance(value, str):
            raise AnswerError(f"Expected text, got {type(value).__name__}.")
        if len(value) > 10 * 200:
            raise AnswerError("That is too long: a word or short phrase is expected.")
        value = clean_text(value)
        if not value.strip():
            raise AnswerError("No answer yet: type a word or acronym.")
        if len(value) > 200:
            raise AnswerError("That is too long: a word or short phrase is expected.")
        return value

    def grade(self, value: Any) -> tuple[str, float | None, str]:
        ok = _keys.matches(self.payload, "short", value)
        return ("correct", self.points, "") if ok else ("incorrect", 0.0, "")


class Ordering(Question):
    kind = key_kind = "ordering"
    expects = "Give a list of the items in order."

    def __init__(self, exercise: Exercise, qid: str, prompt: str, items: list[str], **kw: Any):
        self.items = [str(i) for i in items]
        super().__init__(exercise, qid, prompt, **kw)

    def validate(self, value: Any) -> Any:
        if value is None or value is Ellipsis:
            raise AnswerError("No answer yet: put every item in a position.")
        if isinstance(value, (str, bytes, dict)) or not hasattr(value, "__iter__"):
            raise AnswerError("Expected a list of the items in order.")
        seq = [
            clean_text(v) if isinstance(v, str) else _label(v)
            for v in bounded_list(value, "a list of the items in order", limit=max(100, 4 * len(self.items)))
        ]
        if any(v in ("", BLANK) for v in seq) or len(seq) < len(self.items):
            raise AnswerError(f"No answer yet: place all {len(self.items)} items.")
        unknown = [v for v in seq if v not in self.items]
        if unknown:
            raise AnswerError(f"Not one of the items: {unknown[0][:60]}")
        if len(set(seq)) != len(seq) or len(seq) != len(self.items):
            raise AnswerError("Use each item exactly once.")
        return seq

    def grade(self, value: Any) -> tuple[str, float | None, str]:
        ok = _keys.matches(self.payload, "ordering", value)
        return ("correct", self.points, "") if ok else ("incorrect", 0.0, "The order is not right yet.")


class Matching(Question):
    kind = key_kind = "matching"
    expects = "Give a dict {item: match}."

    def __init__(
        self, exercise: Exercise, qid: str, prompt: str, left: list[str], right: list[str], **kw: Any
    ):
        self.left, self.right = [str(x) for x in left], [str(x) for x in right]
        super().__init__(exercise, qid, prompt, **kw)

    def validate(self, value: Any) -> Any:
        if value is None or value is Ellipsis:
            raise AnswerError("No answer yet: match every item.")
        if not isinstance(value, dict):
            raise AnswerError("Expected a dict {item: match}.")
        if len(value) > max(100, 4 * len(self.left)):
            raise AnswerError(
                f"That dict has {len(value):,} pairs; there are {len(self.left)} items to match."
            )
        clean = {_label(k): _label(v) for k, v in list(value.items())}
        if any(clean.get(k, BLANK) in ("", BLANK, "None") for k in self.left):
            raise AnswerError(f"No answer yet: match all {len(self.left)} items.")
        bad = [v for v in clean.values() if v not in self.right]
        if bad:
            raise AnswerError(f"Not one of the choices: {bad[0][:60]}")
        return {k: clean[k] for k in self.left}

    def grade(self, value: Any) -> tuple[str, float | None, str]:
        right, total = _keys.matching_pairs(self.payload, value)
        if right == total:
            return "correct", self.points, ""
        earned = math.floor(self.points * right / total * 2) / 2 if total else 0.0
        return ("partial" if right else "incorrect"), earned, f"{right} of {total} pairs are right."


class Items(Question):
    """A collection checked as a set (order does not matter) — e.g. a pandas result."""

    kind = "items"
    key_kind = "set"
    expects = "Give a list or Series of labels, e.g. ['BLR', 'KAZ']."

    def validate(self, value: Any) -> Any:
        return sorted(set(as_items(value)))

    def grade(self, value: Any) -> tuple[str, float | None, str]:
        ok = _keys.matches(self.payload, "set", value)
        if ok:
            return "correct", self.points, ""
        return (
            "incorrect",
            0.0,
            f"You gave {len(value)} item{'s' if len(value) != 1 else ''}; that is not the expected set.",
        )


class ChartTask(Question):
    """An Altair chart checked on its Vega-Lite spec against stated requirements.

    ``answer`` is a list of requirements ``{"path": "mark.type", "equals": "line",
    "message": "Use a line mark"}`` (or ``"in": [...]`` or ``"present": True``). Title
    and description are always required (course style)."""

    kind = "chart"
    key_kind = "chart"
    expects = "Pass the Altair chart itself, e.g. ex.check('q', chart)."

    def validate(self, value: Any) -> Any:
        if value is None or value is Ellipsis:
            raise AnswerError("No answer yet: build a chart and pass it to check().")
        if isinstance(value, dict):
            return _progress.plain(value)  # JSON-safe: what is saved is what is checked
        if type(value).__module__.split(".")[0] == "altair" and hasattr(value, "to_dict"):
            try:
                spec = value.to_dict()
            except Exception as exc:  # noqa: BLE001 - Altair validation errors are long
                text = _progress.clean_text(_safe_str(exc)).strip()
                first = text.splitlines()[0][:200] if text else type(exc).__name__
                raise AnswerError(f"Altair cannot build this chart: {first}") from None
            if isinstance(spec, dict):
                return _progress.plain(spec)
        raise AnswerError(f"Expected an Altair chart, got {type(value).__name__}.")

    @staticmethod
    def lookup(spec: dict, path: str) -> list:
        """All values at a dotted path, in the spec and in each layer/concat view."""
        views = [spec]
        for key in ("layer", "hconcat", "vconcat", "concat"):
            inner = spec.get(key)
            views += [v for v in inner if isinstance(v, dict)] if isinstance(inner, list) else []
        found = []
        for view in views:
            node: Any = view
            for part in str(path).split("."):
                if part == "type" and isinstance(node, str):
                    break  # mark given as a plain string
                if isinstance(node, dict) and part in node:
                    node = node[part]
                else:
                    node = MISSING
                    break
            if node is not MISSING:
                found.append(node)
        return found

    def grade(self, spec: Any) -> tuple[str, float | None, str]:
        reqs = list(self.payload["v"]) + [
            {"path": "title", "present": True, "message": "Give the chart a title."},
            {
                "path": "description",
                "present": True,
                "message": "Give the chart a description (read aloud by screen readers).",
            },
        ]
        failed = []
        for req in reqs:
            values = self.lookup(spec, req["path"])
            if "equals" in req:
                ok = req["equals"] in values
            elif "in" in req:
                ok = any(v in req["in"] for v in values)
            else:
                ok = any(v not in (None, "", [], {}) for v in values)
            if not ok:
                failed.append(req["message"])
        met = len(reqs) - len(failed)
        if not failed:
            return "correct", self.points, ""
        earned = math.floor(self.points * met / len(reqs) * 2) / 2
        return ("partial" if earned else "incorrect"), earned, " ".join(failed)


class Written(Question):
    """A written argument, scored by the instructor against a rubric shown above the box."""

    kind = "text"
    auto = False
    expects = "Write your argument as text."

    def __init__(
        self, exercise: Exercise, qid: str, prompt: str, rubric: list[str], min_words: int = 30, **kw: Any
    ):
        self.rubric, self.min_words = list(rubric), min_words
        super().__init__(exercise, qid, prompt, **kw)

    def validate(self, value: Any) -> Any:
        if value is None or value is Ellipsis:
            raise AnswerError("No answer yet: write your argument in the box.")
        if not isinstance(value, str):
            raise AnswerError(f"Expected text, got {type(value).__name__}.")
        if len(value) > 20_000:
            raise AnswerError("That is longer than 20,000 characters; please shorten it.")
        value = _progress.clean_text(str(value))  # lone surrogates -> U+FFFD, nothing else
        if not value.strip():
            raise AnswerError("No answer yet: write your argument in the box.")
        return value

    def grade(self, value: Any) -> tuple[str, float | None, str]:
        words = len(value.split())
        msg = f"{words} words saved."
        if words < self.min_words:
            msg += f" Aim for at least {self.min_words} words."
        return "submitted", None, msg
