"""Colour contrast of the course's palette, computed with the WCAG 2.1 formulas.

Rules enforced:
* WCAG 2.1 SC 1.4.3 (contrast, minimum, level AA): the feedback text colour of every question
  status (course.questions._COLOURS, background/foreground) has >= 4.5:1 against its background.
* WCAG 2.1 SC 1.4.11 (non-text contrast, level AA): every colour of course.charts.PALETTE, used
  for chart marks (bars, lines, points, map areas), has >= 3:1 against the white chart background.
* Chart text (theme title/axis/caption colours) has >= 4.5:1 against white (SC 1.4.3).
"""

from __future__ import annotations

import pytest

from course import charts
from course.questions import _COLOURS

WHITE = "#ffffff"


def relative_luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance of an sRGB colour '#rrggbb'."""
    h = colour.lstrip("#")
    assert len(h) == 6, colour

    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (lin(int(h[i : i + 2], 16) / 255) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    hi, lo = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_contrast_formula_reference_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("status", sorted(_COLOURS))
def test_feedback_text_contrast_at_least_4_5(status):
    bg, fg = _COLOURS[status]
    ratio = contrast_ratio(bg, fg)
    assert ratio >= 4.5, f"feedback '{status}': {fg} on {bg} is {ratio:.2f}:1 < 4.5:1 (WCAG 1.4.3)"


@pytest.mark.parametrize("colour", charts.PALETTE)
def test_palette_mark_colour_contrast_against_white_at_least_3(colour):
    ratio = contrast_ratio(colour, WHITE)
    assert ratio >= 3.0, (
        f"charts.PALETTE colour {colour} is {ratio:.2f}:1 against white < 3:1 "
        f"(WCAG 1.4.11 non-text contrast): darken it or use it only with a "
        f"darker outline/label"
    )


def test_chart_text_colours_contrast_at_least_4_5():
    cfg = charts.course_theme()["config"]
    colours = {
        "title": cfg["title"]["color"],
        "subtitle": cfg["title"]["subtitleColor"],
        "axis labels": cfg["axis"]["labelColor"],
        "axis titles": cfg["axis"]["titleColor"],
        "primary mark as text": charts.PALETTE[0],
    }
    low = {
        k: round(contrast_ratio(c, WHITE), 2) for k, c in colours.items() if contrast_ratio(c, WHITE) < 4.5
    }
    assert not low, f"chart text below 4.5:1 against white: {low}"
