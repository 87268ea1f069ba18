"""Graded questions: one API for every exercise and every "check your understanding".

    from course.questions import Exercise
    ex = Exercise("00_start_here", title="Module 00 — exercises")
    ex.choice("q1", "Which state never ratified the CIS Charter?",
              options=["Belarus", "Ukraine", "Armenia"], answer="Ukraine",
              points=1, hint="Look at the Charter row of the memberships table.")
    ...
    ex.check("q7", my_result)     # code tasks (pandas, Altair), or answering from code
    ex.summary()                  # score table, updated live

In a master notebook answers are given as ``answer=...``; ``python -m course.authoring.build``
replaces them with ``key="v1.…"`` (see ``course.keys``) in what students get.

Question types: ``choice``, ``multi`` (several correct options), ``numeric`` (with
tolerance and units), ``ordering`` (e.g. a timeline), ``matching`` (term → definition),
``short`` (a word or acronym), ``items`` (a collection, e.g. ISO codes from pandas),
``chart`` (an Altair chart checked on its spec) and ``text`` (a written argument,
scored by the instructor against a rubric shown after submitting).

Every check returns a ``Feedback`` and never raises: odd input (None, NaN, a list
where a number is due, a huge number, text with units…) gets a clear message and is
not counted as an attempt. A wrong answer counts an attempt and shows the hint.
Progress is saved after every check (``course.progress``) and restored, re-checked
against the key, when the notebook is run again — so a restart loses nothing and an
edited progress file cannot award points.
"""
from __future__ import annotations

import html
import itertools
import math
import numbers
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from . import keys as _keys
from . import progress as _progress
from .progress import ProgressStore

STATUS_WORDS = {
    "correct": "✓ Correct",
    "partial": "◐ Partly right",
    "incorrect": "✗ Not yet",
    "invalid": "⚠ Can't check that",
    "unanswered": "… No answer yet",
    "submitted": "✎ Submitted",
    "saved": "✔ Saved",
}
_COLOURS = {  # background, text (all pass WCAG AA contrast)
    "correct": ("#e6f4ea", "#1e5e2f"),
    "partial": ("#fff4e0", "#6b4400"),
    "incorrect": ("#fdecea", "#8a1c12"),
    "invalid": ("#eef2f7", "#27374d"),
    "unanswered": ("#f3f3f3", "#333333"),
    "submitted": ("#eef2fb", "#1d3a7a"),
    "saved": ("#eef2fb", "#1d3a7a"),
}
MODES = ("practice", "graded")
#: what each mode tells the student, shown under the setup cell
MODE_NOTES = {
    "practice": ("Every Check tells you at once whether you are right. The answer "
                 "keys travel with this notebook (hashed, not secret), so this is for learning, "
                 "not a grade."),
    "graded": ("Check saves your answer and tells you whether it can be read; it "
               "does not say whether it is right. Your instructor's grader, which holds the "
               "answer keys, scores what you saved and what your code computes."),
}
BLANK = "—"
_MISSING = object()
#: Every Exercise made in this kernel, by quiz id (the grader and the report read it).
REGISTRY: dict[str, Exercise] = {}


class AnswerError(ValueError):
    """The input cannot be checked; the message tells the student why."""


@dataclass
class Feedback:
    status: str
    message: str
    points: float | None
    max_points: float
    hint: str = ""
    label: str = ""

    @property
    def counts_as_attempt(self) -> bool:
        return self.status in ("correct", "partial", "incorrect", "submitted", "saved")

    def text(self) -> str:
        pts = ("awaits the instructor" if self.points is None and self.status == "submitted"
               else f"{_fmt(self.max_points)} points, scored by the grader"
               if self.points is None and self.status == "saved"
               else f"{_fmt(self.points or 0)}/{_fmt(self.max_points)} points")
        line = f"{self.label}: {STATUS_WORDS[self.status]} — {pts}."
        if self.message:
            line += " " + self.message
        if self.hint and self.status in ("incorrect", "partial"):
            line += " Hint: " + self.hint
        return line

    def html(self) -> str:
        bg, fg = _COLOURS[self.status]
        body = f"<b>{STATUS_WORDS[self.status]}</b>"
        if self.status not in ("unanswered",):
            pts = ("scored by your instructor's grader" if self.points is None and self.status == "saved"
                   else "points await the instructor" if self.points is None
                   else f"{_fmt(self.points)}/{_fmt(self.max_points)} points")
            body += f" · {pts}"
        if self.message:
            body += f"<br>{html.escape(self.message)}"
        if self.hint and self.status in ("incorrect", "partial"):
            body += f"<br><b>Hint:</b> {html.escape(self.hint)}"
        return (f'<div role="status" style="background:{bg};color:{fg};padding:6px 10px;'
                f'border-radius:4px;max-width:760px">{body}</div>')

    def _repr_html_(self) -> str:
        return self.html()

    def __repr__(self) -> str:
        return self.text()


def _fmt(x: float | None) -> str:
    if x is None:
        return "–"
    return f"{x:g}"


# --------------------------------------------------------------------------- input parsing
# Linear-time patterns (no nested or adjacent quantifiers over the same digits), used with
# fullmatch on text already cut to MAX_NUMBER_TEXT characters.
_FLOAT = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_THOUSANDS = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_LETTERS = re.compile(r"[A-Za-zА-Яа-я$€£₽%]")
#: Spaces of every kind, zero-width marks, the soft hyphen and digit-group marks (_ ').
_NUMBER_SPACES = re.compile(r"[\s\u00a0\u2007\u2009\u202f\u200b-\u200d\u2060\ufeff\u00ad_']")
#: Unicode minus, dashes and full-width hyphen-minus typed (or pasted) for "-".
_MINUS = str.maketrans({c: "-" for c in "\u2212\u2012\u2013\u2014\u2015\ufe63\uff0d"})
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
MAX_NUMBER_TEXT = 100           # characters of a typed number
MAX_TEXT = 1_000                # characters of an option, a word or an item
MAX_ITEMS = 10_000              # values in a collection (read at most one more)


def clean_text(value: str) -> str:
    """Text as a plain ``str`` without zero-width marks or lone surrogates (U+FFFD)."""
    return _ZERO_WIDTH.sub("", _progress.clean_text(str(value)))


def _only_value(value: Any) -> Any:
    """The value of a one-element numpy/pandas object (a 1×1 DataFrame too)."""
    to_numpy = getattr(value, "to_numpy", None)
    if callable(to_numpy):
        flat = to_numpy().ravel()
        return flat[0].item() if hasattr(flat[0], "item") else flat[0]
    if hasattr(value, "item"):
        return value.item()
    return next(iter(value))


def bounded_list(value: Any, what: str, limit: int = MAX_ITEMS) -> list:
    """``list(value)`` read lazily, at most ``limit`` values (an endless iterator is refused)."""
    try:
        n = len(value)
    except Exception:  # noqa: BLE001 - unsized, or a __len__ that raises or overflows
        n = None
    if n is not None and n > limit:
        raise AnswerError(f"That collection has more than {limit:,} values: "
                          "far too many to be the answer.")
    try:
        iterator = iter(value)
    except TypeError:
        raise AnswerError(f"Expected {what}, got {type(value).__name__}.") from None
    seq = list(itertools.islice(iterator, limit + 1))
    if len(seq) > limit:
        raise AnswerError(f"That collection has more than {limit:,} values: "
                          "far too many to be the answer.")
    return seq


def parse_number(value: Any, units: str = "") -> float:
    """Read one finite number from what a student typed or computed."""
    if value is None or value is Ellipsis:
        raise AnswerError("No answer yet: type or compute a number.")
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        raise AnswerError("Expected a number, got True/False.")
    if hasattr(value, "shape") and hasattr(value, "size") and not isinstance(value, str):
        size = value.size                                      # numpy / pandas objects
        if size == 1:
            return parse_number(_only_value(value), units)
        kind = type(value).__name__
        if not size:
            raise AnswerError(f"Expected one number, got an empty {kind}.")
        raise AnswerError(f"Expected one number, got a {kind} with {size} values: "
                          "select one value (e.g. .iloc[0], .sum() or .loc[...]).")
    if isinstance(value, (list, tuple, set, frozenset, dict)):
        raise AnswerError(f"Expected one number, got a {type(value).__name__}.")
    if isinstance(value, str):
        if len(value) > 10 * MAX_NUMBER_TEXT:
            raise AnswerError("That text is far too long to be a number.")
        shown = clean_text(value).strip()[:40]
        text = _NUMBER_SPACES.sub("", clean_text(value)).translate(_MINUS)
        if not text:
            raise AnswerError("No answer yet: type a number.")
        if len(text) > MAX_NUMBER_TEXT:
            raise AnswerError("That is too long to be a number: type at most 100 characters.")
        if text.endswith("%") and units.strip() == "%":
            text = text[:-1]
        if _LETTERS.search(text) and not _FLOAT.fullmatch(text):
            unit_note = f" The unit ({units}) is already given." if units else ""
            raise AnswerError("Type the number only, without words or symbols." + unit_note)
        if _THOUSANDS.fullmatch(text):
            text = text.replace(",", "")
        elif text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")      # decimal comma: 34,5
        try:
            number = float(text)
        except ValueError:
            raise AnswerError(f"'{shown}' is not a number I can read.") from None
    elif isinstance(value, numbers.Complex) and not isinstance(value, numbers.Real):
        raise AnswerError("Expected a real number, got a complex number.")
    elif isinstance(value, numbers.Number):
        try:
            number = float(value)            # type: ignore[arg-type]
        except OverflowError:
            raise AnswerError("That number is too large to check.") from None
        except (TypeError, ValueError, ArithmeticError):
            raise AnswerError(f"That {type(value).__name__} is not a number I can check.") from None
    else:
        raise AnswerError(f"Expected a number, got {type(value).__name__}.")
    if math.isnan(number):
        raise AnswerError("That is NaN (not a number): check for missing data before computing.")
    if math.isinf(number):
        raise AnswerError("That number is infinite or too large to check.")
    return number


def as_items(value: Any) -> list[str]:
    """Read a collection of labels (list, set, Series, Index, array, iterator) as strings."""
    if value is None or value is Ellipsis:
        raise AnswerError("No answer yet: give a list of items.")
    if isinstance(value, (str, bytes)):
        raise AnswerError("Expected a collection such as a list, got text. "
                          "Put the items in a list, e.g. ['AAA', 'BBB'].")
    if isinstance(value, dict):
        raise AnswerError("Expected a list of items, got a dict.")
    if type(value).__name__ == "DataFrame":
        cols = [str(c)[:40] for c in list(getattr(value, "columns", []))[:6]]
        if len(getattr(value, "columns", [])) == 1:
            value = value.iloc[:, 0]               # one column: its values
        else:
            raise AnswerError(f"Expected a list or Series of values, got a DataFrame (columns {cols}): "
                              "pick one column, e.g. df['iso3'].")
    out = []
    for item in bounded_list(value, "a list of items"):
        if item is None or type(item).__name__ in ("NAType", "NaTType") or (
                isinstance(item, numbers.Number) and _is_nan(item)):
            raise AnswerError("The collection contains a missing value (None/NaN): drop it first.")
        if isinstance(item, bool) or not isinstance(item, (str, numbers.Number)) or (
                isinstance(item, numbers.Complex) and not isinstance(item, numbers.Real)):
            raise AnswerError(f"Items must be labels (text), found a {type(item).__name__}.")
        if isinstance(item, numbers.Integral) and abs(int(item)).bit_length() > 200:
            raise AnswerError("An item is a number far too long to be a label.")
        label = clean_text(item).strip()
        if len(label) > MAX_TEXT:
            raise AnswerError("An item is far too long to be a label.")
        out.append(label)
    return out


def _is_nan(x: numbers.Number) -> bool:
    try:
        return math.isnan(x)          # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError, ArithmeticError):
        return False


def _safe_str(value: Any) -> str:
    try:
        return str(value)
    except Exception:  # noqa: BLE001
        return f"<{type(value).__name__}>"


def _label(value: Any) -> str:
    """A key or value of a matching/ordering answer as short plain text (never raises)."""
    if isinstance(value, numbers.Integral) and abs(int(value)).bit_length() > 200:
        return "<a very long number>"
    return clean_text(_safe_str(value))[:MAX_TEXT]


def describe(value: Any) -> str:
    """A validated answer in a few words, e.g. "3 items" or "the option 'The CIS'"."""
    if isinstance(value, str):
        short = value if len(value) <= 60 else value[:57] + "…"
        return f"“{short}”"
    if isinstance(value, dict):
        if "mark" in value or "layer" in value or "encoding" in value:
            return "a chart"
        filled = sum(1 for v in value.values() if v not in (None, "", BLANK))
        return f"{filled} of {len(value)} pairs matched"
    if isinstance(value, list):
        return f"{len(value)} item{'s' if len(value) != 1 else ''}"
    return type(value).__name__


# --------------------------------------------------------------------------- questions
class Question:
    kind = "base"
    key_kind = "choice"
    auto = True            # scored automatically
    expects = "Give the answer as the question asks."   # ends the message for unreadable input

    def __init__(self, exercise: Exercise, qid: str, prompt: str, *, points: float = 1,
                 hint: str = "", answer: Any = _MISSING, key: str | None = None,
                 explanation: str = "", code_task: bool = False):
        self.exercise, self.qid, self.prompt = exercise, qid, prompt
        self.code_task = bool(code_task)      # answered by code (ex.check), so no input box
        self.points, self.hint, self.explanation = float(points), hint, explanation
        self.number = len(exercise.questions) + 1
        self.key_error = ""
        self.payload: dict | None = None
        if self.auto and self.graded and answer is _MISSING and key is None:
            pass                                   # graded release: no key, by design
        elif self.auto:
            try:
                if answer is not _MISSING:
                    key = _keys.encode(self.key_kind, exercise.quiz_id, qid, answer)
                if key is None:
                    raise ValueError("no answer key")
                self.payload = _keys.decode(key)
                if self.payload.get("q") != qid or self.payload.get("k") != self.key_kind:
                    raise ValueError("the key belongs to another question")
            except (ValueError, TypeError) as exc:
                self.key_error = (f"This question's answer key cannot be used ({exc}). "
                                  "Your answer is saved; ask your instructor.")
        self._box = None
        self._feedback_widget = None
        self.last: Feedback | None = None      # what the feedback area shows
        self.result: Feedback | None = None    # the best counted answer (for the score)

    # ---- checking
    @property
    def graded(self) -> bool:
        return getattr(self.exercise, "mode", "practice") == "graded"

    @property
    def label(self) -> str:
        return f"Question {self.number} ({self.qid})"

    def validate(self, value: Any) -> Any:          # pragma: no cover - overridden
        return value

    def grade(self, value: Any) -> tuple[str, float, str]:   # pragma: no cover
        raise NotImplementedError

    def evaluate(self, value: Any) -> Feedback:
        """Check ``value`` against the key. Never raises."""
        def fb(status: str, message: str, points: float | None) -> Feedback:
            return Feedback(status, message, points, self.points, self.hint, self.label)
        try:
            clean = self.validate(value)
        except AnswerError as exc:
            status = "unanswered" if str(exc).startswith("No answer yet") else "invalid"
            return fb(status, str(exc), 0.0)
        except Exception as exc:  # noqa: BLE001 - the student must never see a traceback
            return fb("invalid", f"Could not read this answer (a {type(value).__name__}: "
                      f"{type(exc).__name__}). {self.expects}", 0.0)
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

    # ---- widgets
    def input_widgets(self) -> list:          # overridden by widget-answered types
        return []

    def read_input(self) -> Any:
        return None

    def show_input(self, value: Any) -> None:
        pass

    def box(self):
        import ipywidgets as w

        if self._box is not None:
            return self._box
        head = w.HTML(
            _QUESTION_CSS + f'<div style="max-width:760px"><b>{self.label}</b> · {_fmt(self.points)} '
            f'point{"s" if self.points != 1 else ""}<br>{self.prompt}</div>')
        self._feedback_widget = w.HTML()
        self._feedback_widget.add_class("course-feedback")
        inputs = [] if self.code_task else self.input_widgets()
        children = [head, *inputs]
        if inputs:
            button = w.Button(description="Check", button_style="primary",
                              tooltip=f"Check your answer to {self.label}")
            button.add_class("course-check")
            button.on_click(lambda _b: self._on_check())
            children.append(button)
        else:
            children.append(w.HTML(
                f'<span style="color:#333">Answer in a code cell with '
                f"<code>{self.exercise.name}.check(\"{self.qid}\", your_answer)</code>.</span>"))
        children.append(self._feedback_widget)
        self._box = w.VBox(children, layout=w.Layout(border="1px solid #d0d7de", padding="8px",
                                                     margin="8px 0", max_width="800px"))
        self._box.add_class("course-question")
        self._refresh_feedback()
        return self._box

    def _on_check(self) -> None:
        try:
            self.exercise.submit(self.qid, self.read_input(), quiet=True)
        except Exception as exc:  # noqa: BLE001
            if self._feedback_widget is not None:
                self._feedback_widget.value = Feedback(
                    "invalid", f"Could not check ({type(exc).__name__}).", 0, self.points,
                    label=self.label).html()

    def _refresh_feedback(self) -> None:
        if self._feedback_widget is None:
            return
        if self.key_error:
            self._feedback_widget.value = Feedback("invalid", self.key_error, 0, self.points,
                                                   label=self.label).html()
        elif self.last is not None:
            extra = ""
            att = self.exercise.store.get(self.qid).get("attempts", 0)
            if att:
                extra = f'<div style="font-size:12px;color:#444">Attempts: {att}</div>'
            self._feedback_widget.value = self.last.html() + extra + self._after_html()
        else:
            self._feedback_widget.value = ""

    def _after_html(self) -> str:
        return ""

    def _ipython_display_(self) -> None:
        from .widgets import show_widget

        show_widget(self.box(), f"{self.label}, {_fmt(self.points)} point{'s' if self.points != 1 else ''}")

    def __repr__(self) -> str:
        return f"<{self.kind} question {self.qid} ({_fmt(self.points)} points)>"


# ipywidgets gives each radio/tick-box label a fixed one-line height: a long option
# would wrap over the next one and hide its button. Let labels grow instead.
_QUESTION_CSS = (
    "<style>.course-question .widget-radio-box label{height:auto!important;min-height:20px;"
    "line-height:1.35;white-space:normal;display:flex!important;flex-direction:row-reverse;justify-content:flex-end;"
    "align-items:flex-start;gap:6px;padding:3px 0}"
    ".course-question .widget-radio-box label input{margin-top:3px;flex:none}"
    ".course-question .widget-checkbox{height:auto!important}"
    ".course-question .widget-checkbox label{white-space:normal;height:auto;line-height:1.35}"
    "</style>")


def _opts_layout():
    import ipywidgets as w
    return w.Layout(width="auto", max_width="760px")


class Choice(Question):
    kind = key_kind = "choice"
    expects = "Pick one of the options (its text, or its number from 1)."

    def __init__(self, exercise, qid, prompt, options: list[str], **kw):
        self.options = [str(o) for o in options]
        super().__init__(exercise, qid, prompt, **kw)

    def validate(self, value):
        if value is None or value is Ellipsis or (isinstance(value, str) and not clean_text(value).strip()):
            raise AnswerError("No answer yet: pick one option.")
        if isinstance(value, (list, tuple, set, frozenset)):
            raise AnswerError("Pick exactly one option, not several.")
        if isinstance(value, bool) or type(value).__name__ == "bool_" or not isinstance(
                value, (str, numbers.Integral)):
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

    def grade(self, value):
        ok = _keys.matches(self.payload, "choice", value)
        return ("correct", self.points, "") if ok else ("incorrect", 0.0, "")

    def input_widgets(self):
        import ipywidgets as w
        if not hasattr(self, "_radio"):
            self._radio = w.RadioButtons(options=self.options, value=None, layout=_opts_layout(),
                                         style={"description_width": "initial"})
        return [self._radio]

    def read_input(self):
        return self._radio.value

    def show_input(self, value):
        if value in self.options:
            self._radio.value = value


class Multi(Choice):
    kind = key_kind = "multi"
    expects = "Give a list of the options you tick, e.g. ['A', 'B']."

    def validate(self, value):
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

    def grade(self, value):
        ok = _keys.matches(self.payload, "multi", value)
        return ("correct", self.points, "") if ok else (
            "incorrect", 0.0, "Some ticks are missing or extra.")

    def input_widgets(self):
        import ipywidgets as w
        if not hasattr(self, "_ticks"):
            self._ticks = [w.Checkbox(description=o, value=False, indent=False,
                                      layout=_opts_layout()) for o in self.options]
        return [w.VBox(self._ticks)]

    def read_input(self):
        return [t.description for t in self._ticks if t.value]

    def show_input(self, value):
        for t in self._ticks:
            t.value = t.description in (value or [])


class Numeric(Question):
    kind = key_kind = "numeric"
    expects = "Give one number, e.g. 34.5."

    def describe(self, clean):
        unit = {"%": "in per cent"}.get(self.units.strip(), f"in {self.units}" if self.units else "")
        return f"one number, {clean:g}" + (f" ({unit})" if unit else "")

    def __init__(self, exercise, qid, prompt, *, tol: float | None = None,
                 rel_tol: float | None = None, units: str = "", **kw):
        self.tol, self.rel_tol, self.units = tol, rel_tol, units
        super().__init__(exercise, qid, prompt, **kw)

    def validate(self, value):
        return parse_number(value, self.units)

    def _close(self, x: float, target: float) -> bool:
        allowed = max(self.tol or 0.0, abs(target) * (self.rel_tol or 0.0), 1e-9 * max(1, abs(target)))
        return abs(x - target) <= allowed

    def grade(self, value):
        target = float(self.payload["v"])
        if self._close(value, target):
            return "correct", self.points, ""
        if self.units.strip() == "%" and self._close(value * 100, target):
            return "incorrect", 0.0, "That looks like a share (0–1); give it as a percentage."
        if target and self._close(value / 1000, target):
            return "incorrect", 0.0, f"Check the unit: the answer is asked in {self.units or 'the given unit'}."
        direction = "too high" if value > target else "too low"
        return "incorrect", 0.0, f"Your number is {direction}."

    def input_widgets(self):
        import ipywidgets as w
        if not hasattr(self, "_text"):
            self._text = w.Text(placeholder="type a number", layout=w.Layout(width="200px"))
        return [w.HBox([self._text, w.Label(self.units)])] if self.units else [self._text]

    def read_input(self):
        return self._text.value

    def show_input(self, value):
        self._text.value = "" if value is None else str(value)


class Short(Question):
    kind = key_kind = "short"
    expects = "Type a word or a short phrase as text."

    def validate(self, value):
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

    def grade(self, value):
        ok = _keys.matches(self.payload, "short", value)
        return ("correct", self.points, "") if ok else ("incorrect", 0.0, "")

    def input_widgets(self):
        import ipywidgets as w
        if not hasattr(self, "_text"):
            self._text = w.Text(placeholder="type your answer", layout=w.Layout(width="300px"))
        return [self._text]

    def read_input(self):
        return self._text.value

    def show_input(self, value):
        self._text.value = "" if value is None else str(value)


class Ordering(Question):
    kind = key_kind = "ordering"
    expects = "Give a list of the items in order."

    def __init__(self, exercise, qid, prompt, items: list[str], **kw):
        self.items = [str(i) for i in items]
        super().__init__(exercise, qid, prompt, **kw)

    def validate(self, value):
        if value is None or value is Ellipsis:
            raise AnswerError("No answer yet: put every item in a position.")
        if isinstance(value, (str, bytes, dict)) or not hasattr(value, "__iter__"):
            raise AnswerError("Expected a list of the items in order.")
        seq = [clean_text(v) if isinstance(v, str) else _label(v)
               for v in bounded_list(value, "a list of the items in order",
                                     limit=max(100, 4 * len(self.items)))]
        if any(v in ("", BLANK) for v in seq) or len(seq) < len(self.items):
            raise AnswerError(f"No answer yet: place all {len(self.items)} items.")
        unknown = [v for v in seq if v not in self.items]
        if unknown:
            raise AnswerError(f"Not one of the items: {unknown[0][:60]}")
        if len(set(seq)) != len(seq) or len(seq) != len(self.items):
            raise AnswerError("Use each item exactly once.")
        return seq

    def grade(self, value):
        ok = _keys.matches(self.payload, "ordering", value)
        return ("correct", self.points, "") if ok else ("incorrect", 0.0, "The order is not right yet.")

    def input_widgets(self):
        import ipywidgets as w
        if not hasattr(self, "_slots"):
            self._slots = [w.Dropdown(options=[BLANK, *self.items], value=BLANK,
                                      description=f"{i + 1}.", layout=_opts_layout(),
                                      style={"description_width": "30px"})
                           for i in range(len(self.items))]
        return [w.VBox(self._slots)]

    def read_input(self):
        return [s.value for s in self._slots]

    def show_input(self, value):
        for slot, v in zip(self._slots, value or []):
            if v in self.items:
                slot.value = v


class Matching(Question):
    kind = key_kind = "matching"
    expects = "Give a dict {item: match}."

    def __init__(self, exercise, qid, prompt, left: list[str], right: list[str], **kw):
        self.left, self.right = [str(x) for x in left], [str(x) for x in right]
        super().__init__(exercise, qid, prompt, **kw)

    def validate(self, value):
        if value is None or value is Ellipsis:
            raise AnswerError("No answer yet: match every item.")
        if not isinstance(value, dict):
            raise AnswerError("Expected a dict {item: match}.")
        if len(value) > max(100, 4 * len(self.left)):
            raise AnswerError(f"That dict has {len(value):,} pairs; there are {len(self.left)} items to match.")
        clean = {_label(k): _label(v) for k, v in list(value.items())}
        if any(clean.get(k, BLANK) in ("", BLANK, "None") for k in self.left):
            raise AnswerError(f"No answer yet: match all {len(self.left)} items.")
        bad = [v for v in clean.values() if v not in self.right]
        if bad:
            raise AnswerError(f"Not one of the choices: {bad[0][:60]}")
        return {k: clean[k] for k in self.left}

    def grade(self, value):
        right, total = _keys.matching_pairs(self.payload, value)
        if right == total:
            return "correct", self.points, ""
        earned = math.floor(self.points * right / total * 2) / 2 if total else 0.0
        return ("partial" if right else "incorrect"), earned, f"{right} of {total} pairs are right."

    def input_widgets(self):
        import ipywidgets as w
        if not hasattr(self, "_drops"):
            # The item is shown in bold beside the list (too long for ipywidgets' one-line
            # label), so the `description` label that names the <select> (<label for>) is
            # collapsed to zero width: a real label, not only a title (axe label-title-only).
            self._drops = {left: w.Dropdown(options=[BLANK, *self.right], value=BLANK,
                                            description=f"Match for: {left}",
                                            style={"description_width": "0px"},
                                            tooltip=f"Match for: {left}",
                                            layout=w.Layout(width="auto", max_width="520px"))
                           for left in self.left}
        rows = [w.HBox([w.HTML(f'<div style="width:220px"><b>{html.escape(left)}</b></div>'), d])
                for left, d in self._drops.items()]
        return [w.VBox(rows)]

    def read_input(self):
        return {k: d.value for k, d in self._drops.items()}

    def show_input(self, value):
        for k, d in self._drops.items():
            if isinstance(value, dict) and value.get(k) in self.right:
                d.value = value[k]


class Items(Question):
    """A collection checked as a set (order does not matter) — e.g. a pandas result."""
    kind = "items"
    key_kind = "set"
    expects = "Give a list or Series of labels, e.g. ['BLR', 'KAZ']."

    def validate(self, value):
        return sorted(set(as_items(value)))

    def grade(self, value):
        ok = _keys.matches(self.payload, "set", value)
        if ok:
            return "correct", self.points, ""
        return "incorrect", 0.0, f"You gave {len(value)} item{'s' if len(value) != 1 else ''}; that is not the expected set."


class ChartTask(Question):
    """An Altair chart checked on its Vega-Lite spec against stated requirements.

    ``answer`` is a list of requirements ``{"path": "mark.type", "equals": "line",
    "message": "Use a line mark"}`` (or ``"in": [...]`` or ``"present": True``). Title
    and description are always required (course style)."""
    kind = "chart"
    key_kind = "chart"
    expects = "Pass the Altair chart itself, e.g. ex.check('q', chart)."

    def validate(self, value):
        if value is None or value is Ellipsis:
            raise AnswerError("No answer yet: build a chart and pass it to check().")
        if isinstance(value, dict):
            return _progress.plain(value)          # JSON-safe: what is saved is what is checked
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
                    break                              # mark given as a plain string
                if isinstance(node, dict) and part in node:
                    node = node[part]
                else:
                    node = _MISSING
                    break
            if node is not _MISSING:
                found.append(node)
        return found

    def grade(self, spec):
        reqs = list(self.payload["v"]) + [
            {"path": "title", "present": True, "message": "Give the chart a title."},
            {"path": "description", "present": True,
             "message": "Give the chart a description (read aloud by screen readers)."}]
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
    """A written argument, scored by the instructor; the rubric shows after submitting."""
    kind = "text"
    auto = False
    expects = "Write your argument as text."

    def __init__(self, exercise, qid, prompt, rubric: list[str], min_words: int = 30, **kw):
        self.rubric, self.min_words = list(rubric), min_words
        super().__init__(exercise, qid, prompt, **kw)

    def validate(self, value):
        if value is None or value is Ellipsis:
            raise AnswerError("No answer yet: write your argument in the box.")
        if not isinstance(value, str):
            raise AnswerError(f"Expected text, got {type(value).__name__}.")
        if len(value) > 20_000:
            raise AnswerError("That is longer than 20,000 characters; please shorten it.")
        value = _progress.clean_text(str(value))     # lone surrogates -> U+FFFD, nothing else
        if not value.strip():
            raise AnswerError("No answer yet: write your argument in the box.")
        return value

    def grade(self, value):
        words = len(value.split())
        msg = f"{words} words saved."
        if words < self.min_words:
            msg += f" Aim for at least {self.min_words} words."
        return "submitted", None, msg

    def _after_html(self) -> str:
        if self.last is None or self.last.status != "submitted":
            return ""
        items = "".join(f"<li>{html.escape(r)}</li>" for r in self.rubric)
        return (f'<div style="margin-top:6px;max-width:760px"><b>Rubric your instructor will use '
                f"({_fmt(self.points)} points):</b><ul>{items}</ul></div>")

    def input_widgets(self):
        import ipywidgets as w
        if not hasattr(self, "_area"):
            self._area = w.Textarea(placeholder="Write your argument here…",
                                    layout=w.Layout(width="100%", max_width="760px", height="160px"))
        return [self._area]

    def read_input(self):
        return self._area.value

    def show_input(self, value):
        self._area.value = value or ""


# --------------------------------------------------------------------------- the exercise set
class Exercise:
    """A set of questions with progress, feedback and a live score summary."""

    def __init__(self, quiz_id: str, title: str = "", name: str = "ex",
                 progress_dir: str | None = None, mode: str = "practice",
                 policy: dict | None = None):
        self.quiz_id, self.title, self.name = quiz_id, title or quiz_id, name
        self.mode = mode if mode in MODES else "practice"
        self.policy = dict(policy or {})       # attempt policy, applied by the checking service
        self.checker = None                    # graded mode on a hub: the checking service
        self.questions: dict[str, Question] = {}
        self.store = ProgressStore(quiz_id, progress_dir)
        self._summaries: list = []
        REGISTRY[quiz_id] = self
        if self.mode == "graded":              # on a hub with the checking service (else None)
            from .service.client import remote_checker
            self.checker = remote_checker(quiz_id, self.store.directory)
        from IPython.display import HTML, display
        note = html.escape(self.checker.note()) if self.checker else MODE_NOTES[self.mode]
        display(HTML(f'<p class="course-mode" style="font-size:13px;color:#333;max-width:760px">'
                     f"<b>{self.mode.capitalize()} mode.</b> {note}</p>"))
        if self.store.notice:
            display(HTML(Feedback("invalid", self.store.notice, 0, 0, label="Progress").html()))

    # ---- defining questions (each returns the question, which displays as a widget)
    def _add(self, q: Question) -> Question:
        if q.qid in self.questions:
            q.number = self.questions[q.qid].number      # re-running a cell replaces it
        self.questions[q.qid] = q
        self._restore(q)
        return q

    def choice(self, qid, prompt, options, **kw) -> Question:
        return self._add(Choice(self, qid, prompt, options, **kw))

    def multi(self, qid, prompt, options, **kw) -> Question:
        return self._add(Multi(self, qid, prompt, options, **kw))

    def numeric(self, qid, prompt, **kw) -> Question:
        return self._add(Numeric(self, qid, prompt, **kw))

    def short(self, qid, prompt, **kw) -> Question:
        return self._add(Short(self, qid, prompt, **kw))

    def ordering(self, qid, prompt, items, **kw) -> Question:
        return self._add(Ordering(self, qid, prompt, items, **kw))

    def matching(self, qid, prompt, left, right, **kw) -> Question:
        return self._add(Matching(self, qid, prompt, left, right, **kw))

    def items(self, qid, prompt, **kw) -> Question:
        return self._add(Items(self, qid, prompt, **kw))

    def chart(self, qid, prompt, **kw) -> Question:
        return self._add(ChartTask(self, qid, prompt, **kw))

    def text(self, qid, prompt, rubric, **kw) -> Question:
        return self._add(Written(self, qid, prompt, rubric, **kw))

    # ---- checking
    def _restore(self, q: Question) -> None:
        """Re-check a saved answer against the key (so an edited file cannot award points)."""
        saved = self.store.get(q.qid)
        if "answer" not in saved:
            return
        fb = q.evaluate(saved["answer"])
        best = saved.get("best")
        if best is not None and q.auto:
            fb_best = q.evaluate(best)
            if (fb_best.points or 0) > (fb.points or 0):
                fb = fb_best
        if self.checker is not None:           # the service's record, not a re-check
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
            clean = _MISSING
        except Exception as exc:  # noqa: BLE001 - e.g. an iterator that raises while read
            fb = Feedback("invalid", f"Could not read this answer (a {type(value).__name__}: "
                          f"{type(exc).__name__}). {q.expects}", 0.0, q.points, q.hint, q.label)
            q.last = fb
            q._refresh_feedback()
            return fb
        fb = q.evaluate(value if clean is _MISSING else clean)
        if self.checker is not None and fb.counts_as_attempt and clean is not _MISSING:
            fb = self.checker(qid, clean)          # graded mode on a hub: the service decides
        if fb.counts_as_attempt and clean is not _MISSING:
            stored = _progress.plain(clean)
            earlier: list[Feedback] = []

            def change(entry: dict) -> dict:
                # runs under the progress lock on the freshest copy (another kernel's too)
                if "best" in entry and q.auto:
                    earlier.append(q.evaluate(entry["best"]))
                previous_best = earlier[0].points if earlier else None
                entry.update(answer=stored, status=fb.status, points=fb.points,
                             attempts=_progress._count(entry.get("attempts")) + 1)
                if fb.points is not None and (previous_best is None or fb.points >= previous_best):
                    entry["best"] = stored
                return entry

            self.store.update(qid, change)
            q.last = q.result = fb
            if earlier and (fb.points or 0) < (earlier[0].points or 0):   # the best keeps counting
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
            return (f"Question ids are text such as 'q1', not a {type(qid).__name__}. "
                    f"Questions: {known}.")
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
            rows.append({
                "question": q.number, "id": q.qid, "type": q.kind,
                "points": ((last.points if last and last.points is not None else 0.0)
                           if q.auto and self.mode == "practice" else None),
                "max": q.points, "auto": q.auto, "attempts": _progress._count(saved.get("attempts")),
                "status": last.status if last else "unanswered"})
        for r in rows if self.checker is not None else ():     # best tries, from the service
            r["points"] = self.checker.best(r["id"]) if r["auto"] else None
        auto_max = sum(r["max"] for r in rows if r["auto"])
        manual_max = sum(r["max"] for r in rows if not r["auto"])
        earned = sum(r["points"] or 0 for r in rows if r["auto"])
        answered = sum(1 for r in rows
                       if r["status"] in ("correct", "partial", "incorrect", "submitted", "saved"))
        return {"quiz": self.quiz_id, "title": self.title, "rows": rows, "earned": earned,
                "auto_max": auto_max, "manual_max": manual_max, "answered": answered,
                "total": len(rows), "mode": self.mode}

    def summary_text(self) -> str:
        s = self.score()
        if self.mode == "graded" and self.checker is None:
            return (f"{s['title']}: {s['answered']} of {s['total']} questions answered and saved; "
                    f"your instructor's grader scores all {_fmt(s['auto_max'] + s['manual_max'])} points.")
        text = (f"{s['title']}: {_fmt(s['earned'])}/{_fmt(s['auto_max'])} automatic points; "
                f"{s['answered']} of {s['total']} questions answered")
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
            for r in s["rows"])
        pct = 100 * s["earned"] / s["auto_max"] if s["auto_max"] else 0
        heading = (f"Your answers: {s['answered']} of {s['total']} saved (graded by your instructor)"
                   if self.mode == "graded" else
                   f"Your score: {_fmt(s['earned'])} / {_fmt(s['auto_max'])} automatic points ({pct:.0f}%)")
        return (f'<div style="max-width:760px"><h3 style="margin:4px 0;font-size:1.1em">{heading}</h3>'
                f'<table><caption style="text-align:left">{html.escape(s["title"])} — '
                f'{s["answered"]} of {s["total"]} answered</caption>'
                f"<thead><tr><th>#</th><th>id</th><th>type</th><th>status</th><th>attempts</th>"
                f"<th>points</th><th>max</th></tr></thead><tbody>{rows}</tbody></table>"
                f'<p style="font-size:12px;color:#333">Saved in <code>{html.escape(str(self.store.path.name))}'
                f"</code> in your progress folder after every check.</p></div>")

    def _refresh_summaries(self) -> None:
        for widget in self._summaries:
            widget.value = self.summary_html()

    def summary(self) -> None:
        """Print the score line and show a table that updates after every check."""
        import ipywidgets as w

        from .widgets import show_widget

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
