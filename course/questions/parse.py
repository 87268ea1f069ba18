"""Reading what a student typed or computed: numbers, labels, collections, text.

Pure functions, no widgets: every question type validates its input through them, in the
student's kernel and in the grader's process alike. Anything that cannot be read raises
``AnswerError`` with a message for the student; nothing here raises anything else for odd
input (``tools/fuzz_checks.py`` and ``tests/test_questions_fuzz.py`` hold it to that).
"""

from __future__ import annotations

import itertools
import math
import numbers
import re
from typing import Any

from . import progress as _progress

BLANK = "—"  # an empty drop-down
MISSING: Any = object()  # no value given (``None`` is a value a student can pass)


class AnswerError(ValueError):
    """The input cannot be checked; the message tells the student why."""


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
MAX_NUMBER_TEXT = 100  # characters of a typed number
MAX_TEXT = 1_000  # characters of an option, a word or an item
MAX_ITEMS = 10_000  # values in a collection (read at most one more)


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
        raise AnswerError(f"That collection has more than {limit:,} values: far too many to be the answer.")
    try:
        iterator = iter(value)
    except TypeError:
        raise AnswerError(f"Expected {what}, got {type(value).__name__}.") from None
    seq = list(itertools.islice(iterator, limit + 1))
    if len(seq) > limit:
        raise AnswerError(f"That collection has more than {limit:,} values: far too many to be the answer.")
    return seq


def parse_number(value: Any, units: str = "") -> float:
    """Read one finite number from what a student typed or computed."""
    if value is None or value is Ellipsis:
        raise AnswerError("No answer yet: type or compute a number.")
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        raise AnswerError("Expected a number, got True/False.")
    if hasattr(value, "shape") and hasattr(value, "size") and not isinstance(value, str):
        size = value.size  # numpy / pandas objects
        if size == 1:
            return parse_number(_only_value(value), units)
        kind = type(value).__name__
        if not size:
            raise AnswerError(f"Expected one number, got an empty {kind}.")
        raise AnswerError(
            f"Expected one number, got a {kind} with {size} values: "
            "select one value (e.g. .iloc[0], .sum() or .loc[...])."
        )
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
            text = text.replace(",", ".")  # decimal comma: 34,5
        try:
            number = float(text)
        except ValueError:
            raise AnswerError(f"'{shown}' is not a number I can read.") from None
    elif isinstance(value, numbers.Complex) and not isinstance(value, numbers.Real):
        raise AnswerError("Expected a real number, got a complex number.")
    elif isinstance(value, numbers.Number):
        try:
            number = float(value)  # type: ignore[arg-type]
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
        raise AnswerError(
            "Expected a collection such as a list, got text. Put the items in a list, e.g. ['AAA', 'BBB']."
        )
    if isinstance(value, dict):
        raise AnswerError("Expected a list of items, got a dict.")
    if type(value).__name__ == "DataFrame":
        cols = [str(c)[:40] for c in list(getattr(value, "columns", []))[:6]]
        if len(getattr(value, "columns", [])) == 1:
            value = value.iloc[:, 0]  # one column: its values
        else:
            raise AnswerError(
                f"Expected a list or Series of values, got a DataFrame (columns {cols}): "
                "pick one column, e.g. df['iso3']."
            )
    out = []
    for item in bounded_list(value, "a list of items"):
        if (
            item is None
            or type(item).__name__ in ("NAType", "NaTType")
            or (isinstance(item, numbers.Number) and _is_nan(item))
        ):
            raise AnswerError("The collection contains a missing value (None/NaN): drop it first.")
        if (
            isinstance(item, bool)
            or not isinstance(item, (str, numbers.Number))
            or (isinstance(item, numbers.Complex) and not isinstance(item, numbers.Real))
        ):
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
        return math.isnan(x)  # type: ignore[arg-type]
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
