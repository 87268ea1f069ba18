"""What the question engine is fuzzed with: one exercise holding a question of every type, odd
values for each type and odd question ids (hypothesis strategies).

One module for the three users, so that the figure and the tests cover one thing:
tools/fuzz_checks.py (tracebacks per 10,000 checks), tests/test_questions_fuzz.py (the same
strategies as property tests) and tests/test_questions.py (its unit tests' exercise).
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's course/, run as a script

from course.questions.types import METHODS

if TYPE_CHECKING:
    from course.questions import Exercise

#: every question type, as course.questions.types declares them
QUESTION_TYPES: tuple[str, ...] = METHODS
#: question id of each type in ``make_exercise`` (one for every type in course.questions.types)
QID = {
    "choice": "c",
    "multi": "m",
    "numeric": "n",
    "short": "s",
    "ordering": "o",
    "matching": "mt",
    "items": "i",
    "chart": "ch",
    "text": "w",
}


def make_exercise(directory: Path | str, quiz: str = "fuzz") -> Exercise:
    """One question of every type (the unit tests' exercise), its progress in ``directory``."""
    from course.questions import Exercise

    e = Exercise(quiz, progress_dir=str(directory))
    e.choice("c", "Pick", options=["Minsk", "Moscow", "Kyiv"], answer="Moscow", hint="capital", points=2)
    e.multi("m", "Tick", options=["BLR", "KAZ", "UKR", "GEO"], answer=["BLR", "KAZ"])
    e.numeric("n", "VAT", answer=34, tol=0.5, units="bn roubles", points=2)
    e.short("s", "Acronym", answer="EurAsEC")
    e.ordering("o", "Order", items=["1999", "1991", "1995"], answer=["1991", "1995", "1999"])
    e.matching(
        "mt",
        "Match",
        left=["CIS", "SES"],
        right=["1991", "2003"],
        answer={"CIS": "1991", "SES": "2003"},
        points=2,
    )
    e.items("i", "Codes", answer=["BLR", "KAZ", "RUS"])
    e.chart("ch", "Chart", answer=[{"path": "mark.type", "equals": "line", "message": "Use a line mark."}])
    e.text("w", "Argue", rubric=["Thesis", "Evidence"], points=3)
    return e


# --------------------------------------------------------------------------- odd values
class Hostile:
    """An object whose every dunder raises (str, repr, iter, len, eq, hash, float...)."""

    def __init__(self, exc: type[Exception] = RuntimeError):
        self.exc = exc

    def _raise(self, *_a, **_k):
        raise self.exc("hostile")

    __str__ = __repr__ = __iter__ = __len__ = __eq__ = __hash__ = __float__ = __index__ = _raise
    __bool__ = __int__ = __getitem__ = _raise

    def __getattr__(self, name):
        raise self.exc(name)


class LyingArray:
    """Claims to be a one-value array, but reading the value raises."""

    shape = (1,)
    size = 1

    def item(self):
        raise ValueError("no")

    def __iter__(self):
        raise ValueError("no")


class RaisingSpec:
    """Looks like an Altair chart; to_dict raises a long error."""

    __module__ = "altair.vegalite.v6.api"

    def to_dict(self):
        raise ValueError("bad spec\n" + "detail " * 1000)


class HostileId(str):
    """A question id that is text but cannot be hashed or compared."""

    def __hash__(self):
        raise TypeError("unhashable id")

    def __eq__(self, other):
        raise TypeError("incomparable id")


def _raising_iterator(values: list):
    yield from values
    raise RuntimeError("the generator failed half-way")


def _self_referential() -> list:
    x: list = []
    x.append(x)
    return x


def _deep(n: int) -> Any:
    v: Any = "x"
    for _ in range(n):
        v = [v]
    return v


def _long(n: int) -> int:
    return n if ENDLESS else min(n, 200)


SURROGATE_TEXT = st.text(
    st.characters(categories=["Cs", "Lu", "Ll", "Nd", "Zs", "Cf", "Pd", "Sm", "Po"]), max_size=30
)
TEXT = st.one_of(st.text(max_size=30), SURROGATE_TEXT)
NUMBER_TEXT = st.one_of(
    st.from_regex(
        r"\A[ \u00a0\u2009\u202f]*[+\-\u2212]?[0-9\u200b]{1,12}([.,][0-9]{0,6})?"
        r"([eE][+\-]?[0-9]{1,4})?[ %\u200b]*\Z"
    ),
    st.integers(0, 60_000).map(lambda n: "1" * _long(n) + "x"),  # quadratic regex, if any
    st.integers(0, 60_000).map(lambda n: "9" * _long(n)),
    st.sampled_from(
        [
            "NaN",
            "inf",
            "-inf",
            "1e999",
            "34,5",
            "34.5%",
            "1,234.5",
            "—34",
            "٣٤",
            "34 bn",
            "3\u200b4",
            "\u221234",
            "0x22",
            "1_000",
            "",
            "   ",
        ]
    ),
)
SCALARS = st.one_of(
    st.none(),
    st.just(...),
    st.booleans(),
    st.integers(),
    st.integers(min_value=10**300),
    st.floats(allow_nan=True, allow_infinity=True),
    st.complex_numbers(),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.fractions(),
    TEXT,
    NUMBER_TEXT,
    st.binary(max_size=20),
    st.just(2**100_000),
)


@st.composite
def _numpy_pandas(draw):
    import numpy as np
    import pandas as pd

    n = draw(st.integers(0, 4))
    kind = draw(
        st.sampled_from(
            [
                "array",
                "array0d",
                "scalar",
                "series",
                "index",
                "frame11",
                "frame1col",
                "frame",
                "object",
                "bool",
            ]
        )
    )
    nums = draw(st.lists(st.floats(allow_nan=True, allow_infinity=True, width=64), min_size=n, max_size=n))
    words = draw(
        st.lists(st.sampled_from(["BLR", "KAZ", "RUS", "UKR", "1991", "Moscow"]), min_size=n, max_size=n)
    )
    if kind == "array":
        return np.array(nums)
    if kind == "array0d":
        return np.array(draw(st.floats(allow_nan=True)))
    if kind == "scalar":
        return np.float64(draw(st.floats(allow_nan=True)))
    if kind == "series":
        return pd.Series(words)
    if kind == "index":
        return pd.Index(words)
    if kind == "frame11":
        return pd.DataFrame({"value": [draw(st.floats(allow_nan=True))]})
    if kind == "frame1col":
        return pd.DataFrame({"iso3": words})
    if kind == "frame":
        return pd.DataFrame({"a": nums, "b": nums})
    if kind == "bool":
        return np.bool_(draw(st.booleans()))
    return np.array(words, dtype=object)


def _charts():
    import altair as alt
    import pandas as pd

    df = pd.DataFrame({"x": [1, 2], "y": [3, 4]})
    return [
        alt.Chart(df, title="t", description="d").mark_line().encode(x="x", y="y"),
        alt.Chart(df).mark_bar().encode(x="x"),
        alt.layer(alt.Chart(df).mark_line().encode(x="x"), alt.Chart(df).mark_point().encode(x="x")),
        alt.Chart(df).encode(x="x"),  # no mark: to_dict raises
    ]


#: False (``--finite``): leave out endless iterators and 40k-digit text, which hang or take
#: minutes on code without input bounds (to measure an older version).
ENDLESS = True


def _collections(elements: st.SearchStrategy) -> st.SearchStrategy:
    lists = st.lists(elements, max_size=6)
    endless = [st.just(itertools.count()), st.just(itertools.repeat("BLR"))] if ENDLESS else []
    return st.one_of(
        *endless,
        lists,
        lists.map(tuple),
        st.sets(st.one_of(TEXT, st.integers()), max_size=6),
        st.frozensets(TEXT, max_size=4),
        st.dictionaries(st.one_of(TEXT, st.integers(), st.tuples(st.integers())), elements, max_size=5),
        st.dictionaries(TEXT, elements, max_size=4).map(lambda d: d.keys()),
        st.dictionaries(TEXT, elements, max_size=4).map(lambda d: d.values()),
        st.dictionaries(TEXT, elements, max_size=4).map(lambda d: d.items()),
        lists.map(lambda xs: (x for x in xs)),  # a generator
        lists.map(iter),
        lists.map(lambda xs: map(str, xs)),
        lists.map(_raising_iterator),
        st.integers(0, 10**15).map(lambda n: range(n if ENDLESS else min(n, 10**5))),
        st.integers(20_000, 200_000).map(lambda n: ["BLR"] * n),
        st.just(_self_referential()),
        st.integers(50, 5_000).map(_deep),
    )


def _chart_specs(elements: st.SearchStrategy) -> st.SearchStrategy:
    leaf = st.one_of(elements, st.sampled_from(["line", "bar", {"type": "line"}, None, [], {}]))
    spec = st.fixed_dictionaries(
        {},
        optional={
            "mark": leaf,
            "title": leaf,
            "description": leaf,
            "encoding": leaf,
            "layer": st.one_of(
                leaf,
                st.lists(st.dictionaries(st.sampled_from(["mark", "title"]), leaf, max_size=2), max_size=3),
            ),
            "concat": leaf,
            "data": st.dictionaries(TEXT, leaf, max_size=3),
        },
    )
    return spec


def odd_values(qtype: str) -> st.SearchStrategy:
    """Anything a student could pass to a question of ``qtype``, weighted towards near misses."""
    base = st.one_of(
        SCALARS,
        _numpy_pandas(),
        st.builds(Hostile, st.sampled_from([RuntimeError, TypeError, ValueError])),
        st.just(LyingArray()),
        st.just(RaisingSpec()),
    )
    values = st.one_of(base, _collections(st.one_of(SCALARS, st.sampled_from(["BLR", "KAZ", "Moscow"]))))
    near = {
        "choice": st.one_of(
            st.sampled_from(["Minsk", "Moscow", " moscow ", "MOSCOW\u200b", "Kyiv", 1, 2, 3, 4]),
            st.integers(-5, 10),
        ),
        "multi": st.lists(st.sampled_from(["BLR", "KAZ", "UKR", "GEO", "blr", 1, 2, 5]), max_size=6),
        "numeric": NUMBER_TEXT,
        "short": st.sampled_from(["EurAsEC", " eurasec ", "Eur\u200bAsEC", "EURASEC\ud800", "x" * 300]),
        "ordering": st.permutations(["1991", "1995", "1999"]).map(list),
        "matching": st.dictionaries(
            st.sampled_from(["CIS", "SES", "EU", 1]),
            st.one_of(st.sampled_from(["1991", "2003", None, "—"]), SCALARS),
            max_size=4,
        ),
        "items": st.lists(st.sampled_from(["BLR", "KAZ", "RUS", " RUS ", 1, 1.5]), max_size=6),
        "chart": st.one_of(st.sampled_from(_charts()), _chart_specs(SCALARS)),
        "text": st.one_of(
            TEXT,
            st.integers(19_990, 20_010).map(lambda n: "a " * (n // 2) + "b" * (n % 2)),
            st.just("word " * 50),
            st.just("essay \ud800\udc00 text"),
        ),
    }[qtype]
    return st.one_of(near, values)


def question_ids() -> st.SearchStrategy:
    """Anything passed as the question id: right ids, near misses, unhashable, hostile."""
    return st.one_of(
        st.sampled_from(list(QID.values())),
        st.sampled_from(["C", " c", "q1", "", "x" * 10_000]),
        TEXT,
        st.integers(),
        st.floats(allow_nan=True),
        st.none(),
        st.booleans(),
        st.binary(max_size=5),
        st.lists(st.text(max_size=3), max_size=3),
        st.dictionaries(TEXT, TEXT, max_size=2),
        st.sets(st.integers(), max_size=2),
        st.tuples(st.text(max_size=2)),
        st.builds(Hostile),
        st.sampled_from(["c", "q1"]).map(HostileId),
        _numpy_pandas(),
    )
