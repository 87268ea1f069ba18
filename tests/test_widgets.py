"""course.widgets.Explorer: each view drawn once, errors shown as messages, and pre-drawing
aimed at the view the student is likeliest to ask for next."""

import altair as alt
import pandas as pd
import pytest

from course import charts, widgets


def _chart(year: int, basis: str = "US$"):
    df = pd.DataFrame({"x": [year], "y": [1 if basis == "US$" else 2]})
    return (
        alt.Chart(df, title=f"{year} {basis}", description="test chart").mark_point().encode(x="x:Q", y="y:Q")
    )


class Counting:
    def __init__(self):
        self.calls = []

    def __call__(self, **values):
        self.calls.append(tuple(sorted(values.items())))
        return _chart(**values)


@pytest.fixture(autouse=True)
def no_background(monkeypatch):
    """Run pre-drawing in the test's thread, after the move, so the order can be observed."""
    queued = []

    class Inline:
        def submit(self, fn):
            queued.append(fn)

    monkeypatch.setattr(widgets, "_prefetcher", lambda: Inline())
    charts.enable()
    return queued


def test_each_view_is_drawn_once_and_revisits_come_from_the_cache(no_background):
    draw = Counting()
    ex = widgets.explorer(draw, year=(1995, 2000, 1996))
    ex.controls["year"].value = 1997
    ex.controls["year"].value = 1996  # back to the first view: not drawn again
    assert draw.calls.count((("year", 1996),)) == 1
    assert "<img" in ex.pane.widget.value and ex.message.value == ""


def test_a_failing_view_shows_a_message_not_a_traceback(no_background):
    def draw(year):
        if year == 1999:
            raise ValueError("no data for 1999")
        return _chart(year)

    ex = widgets.explorer(draw, year=(1995, 2000, 1998))
    ex.controls["year"].value = 1999
    assert "could not be drawn" in ex.message.value and "no data for 1999" in ex.message.value


def test_pre_drawing_draws_the_next_step_in_the_direction_just_moved(no_background):
    draw = Counting()
    ex = widgets.explorer(draw, basis=["US$", "PPP"], year=(1995, 2005, 2000))
    assert no_background == []  # nothing pre-drawn while the notebook runs
    ex.controls["year"].value = 1999  # the student moves the year down
    draw.calls.clear()
    no_background.pop(0)()
    # 1998 only: 2000 (where the student came from) is kept, and the basis is not pre-drawn
    assert draw.calls == [(("basis", "US$"), ("year", 1998))]
    ex.controls["basis"].value = "PPP"  # last option of the drop-down, and the
    assert no_background == []  # one before it is drawn: nothing to queue


def test_queued_pre_drawing_stops_when_the_student_moves_again(no_background):
    draw = Counting()
    ex = widgets.explorer(draw, year=(1995, 2005, 2000))
    ex.controls["year"].value = 2001
    stale = no_background.pop(0)
    ex.controls["year"].value = 2003  # moved on before the pre-drawing ran
    draw.calls.clear()
    stale()
    assert draw.calls == []


def test_an_explorer_with_a_slider_carries_the_module_that_names_its_handles(no_background):
    with_slider = widgets.explorer(Counting(), year=(1995, 2000, 1996))
    dropdown_only = widgets.explorer(Counting(), basis=["US$", "rouble"])
    assert "course-explorer" in with_slider.widget._dom_classes
    named = [c for c in with_slider.widget.children if "aria-label" in getattr(c, "_esm", "")]
    assert len(named) == 1 and '[role="slider"]' in named[0]._esm
    assert not [c for c in dropdown_only.widget.children if hasattr(c, "_esm")]


def test_initial_html_is_the_first_chart_and_says_how_to_move_it(no_background):
    ex = widgets.explorer(Counting(), year=(1995, 2000, 1996))
    first = ex.initial_html()
    assert first.count('<figure class="course-chart') == 1 and "data:image/svg+xml" in first
    assert "1996 US$" in first and "<b>year</b>" in first
    broken = widgets.explorer(lambda year: 1 / 0, year=(1995, 2000))
    assert broken.initial_html() == ""


def test_tables_are_shown_without_an_empty_header_cell():
    df = pd.DataFrame({"a": [1, 2], "b": [3, 4]}).rename_axis("row")
    markup = charts.table_html(df)
    assert '<table border="1" class="dataframe">' in markup and "<th>a</th>" in markup
    assert "<th></th>" not in markup and "<td></td>" in markup
    assert (
        charts.without_empty_headers('<th class="head"><p></p></th><th>x</th>')
        == '<td class="head"></td><th>x</th>'
    )
