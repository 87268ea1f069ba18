"""The course's chart theme and offline rendering.

Why SVG: Altair 6's default renderer loads Vega from a CDN and shows "Error loading
script" without internet. Every course chart is therefore drawn to SVG in the kernel
by vl-convert (no JavaScript, no network) and shown as HTML:

* a static chart (``show``) is a plain output that stays visible in the saved
  notebook, even before the student runs anything;
* an interactive chart (``ChartPane``) is an ipywidgets ``HTML`` whose SVG is redrawn
  when a slider or a dropdown moves. Redrawing costs ~20–60 ms in vl-convert,
  far cheaper than shipping the 0.9 MB offline Vega bundle to every
  ``alt.JupyterChart`` (the other offline recipe), and it never needs an Output
  widget (which nbval and nbclient handle badly).

The price: no Vega tooltips or brushing. Where a lesson wants them it can use
``alt.JupyterChart`` after ``alt.JupyterChart.enable_offline()``.

House style: Okabe–Ito colour-blind-safe palette, 13 px+ fonts, and every chart must
carry a ``title`` and a ``description`` (used as the SVG's accessible name).
"""

from __future__ import annotations

import base64
import html
import json
import re
from functools import lru_cache
from typing import Any

import altair as alt

# Okabe & Ito (2008), safe for the common colour-vision deficiencies -- with its three light
# colours darkened (same hue, lower lightness) so every mark has >= 3:1 contrast against the
# white background (WCAG 2.1 SC 1.4.11, non-text contrast; tests/test_palette_contrast.py):
# orange #E69F00 (2.25:1) -> #C28600, sky blue #56B4E9 (2.31:1) -> #1D99E0,
# yellow #F0E442 (1.32:1) -> #9E940D. Same order, so each index keeps its role in the lessons.
PALETTE = ["#0072B2", "#C28600", "#009E73", "#CC79A7", "#1D99E0", "#D55E00", "#9E940D", "#000000"]
FONT = "Helvetica, Arial, sans-serif"
VL_VERSION = "6.4"


@alt.theme.register("course", enable=False)
def course_theme() -> alt.theme.ThemeConfig:
    return {
        "config": {
            "font": FONT,
            "view": {"stroke": None, "continuousWidth": 480, "continuousHeight": 300},
            "title": {
                "fontSize": 16,
                "anchor": "start",
                "color": "#1a1a1a",
                "subtitleFontSize": 13,
                "subtitleColor": "#444444",
                "offset": 10,
            },
            "axis": {
                "labelFontSize": 13,
                "titleFontSize": 13,
                "labelColor": "#333333",
                "titleColor": "#1a1a1a",
                "gridColor": "#e6e6e6",
                "domainColor": "#666666",
            },
            "legend": {"labelFontSize": 13, "titleFontSize": 13, "labelLimit": 300},
            "header": {"labelFontSize": 13, "titleFontSize": 13},
            "range": {"category": PALETTE},
            "mark": {"color": PALETTE[0]},
            "bar": {"color": PALETTE[0]},
            "line": {"strokeWidth": 2.5},
            "point": {"size": 60, "filled": True},
            "text": {"fontSize": 13},
        }
    }


def _render(spec: dict, **_metadata: Any) -> dict:
    """Altair renderer: any chart a student displays is drawn like the course's own."""
    spec = with_datasets(spec)
    title, _ = title_and_description(spec)
    return {"text/html": figure_html(spec, strict=False), "text/plain": f"[chart: {title or 'untitled'}]"}


alt.renderers.register("course", _render)


def enable() -> None:
    """Use the course theme, draw any chart a student displays as SVG (offline), and show
    pandas tables without an empty header cell (`table_html`)."""
    alt.theme.enable("course")
    alt.renderers.enable("course")
    alt.data_transformers.disable_max_rows()
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is not None:
        import pandas as pd

        shell.display_formatter.formatters["text/html"].for_type(pd.DataFrame, table_html)


# ---------------------------------------------------------------- tables
# pandas writes the corner over the index (and, with a named index, the cells beside the
# index's name) as <th></th>: a header cell that names nothing, which screen readers announce
# as an empty column header (axe: empty-table-header). A cell with no text heads nothing, so
# the course writes it as an ordinary empty <td>; everything else is pandas' own table.
_EMPTY_TH = re.compile(r"<th(\s[^>]*)?>\s*(?:&nbsp;|<p>\s*</p>)?\s*</th>")  # <p></p>: Sphinx


def without_empty_headers(markup: str) -> str:
    """HTML tables with every empty <th> written as <td>."""
    return _EMPTY_TH.sub(lambda m: f"<td{m.group(1) or ''}></td>", markup)


def table_html(df: Any) -> str | None:
    """A DataFrame's notebook HTML (pandas' own ``_repr_html_``) without empty header cells."""
    markup = df._repr_html_()
    return without_empty_headers(markup) if markup else None


# ---------------------------------------------------------------- named datasets
# Large fixed data (the map's TopoJSON) is kept out of Altair's object tree: Altair
# walks every nested list of a chart on each to_dict(), which cost ~60 ms per map
# redraw. Charts refer to it by name and it is added to the finished spec.
DATASETS: dict[str, Any] = {}


def named_data(name: str, values: Any, **fmt: Any) -> alt.NamedData:
    """Register ``values`` under ``name`` and return Altair data that refers to it."""
    DATASETS[name] = values
    return alt.NamedData(name=name, format=alt.DataFormat(**fmt)) if fmt else alt.NamedData(name=name)


def _names_used(spec: dict) -> set[str]:
    names = set()
    data = spec.get("data")
    if isinstance(data, dict) and "name" in data:
        names.add(data["name"])
    for key in ("layer", "hconcat", "vconcat", "concat", "spec"):
        sub = spec.get(key)
        for view in sub if isinstance(sub, list) else [sub] if isinstance(sub, dict) else []:
            names |= _names_used(view)
    for t in spec.get("transform", []) or []:
        frm = t.get("from") if isinstance(t, dict) else None
        if isinstance(frm, dict) and isinstance(frm.get("data"), dict) and "name" in frm["data"]:
            names.add(frm["data"]["name"])
    return names


def with_datasets(spec: dict) -> dict:
    """Add the registered datasets a spec refers to by name (no copy if none)."""
    missing = [n for n in _names_used(spec) if n in DATASETS and n not in spec.get("datasets", {})]
    if not missing:
        return spec
    spec = dict(spec)
    spec["datasets"] = {**spec.get("datasets", {}), **{n: DATASETS[n] for n in missing}}
    return spec


class ChartStyleError(ValueError):
    """A course chart is missing its title or description."""


def _text(value: Any) -> str:
    if value is None or value is alt.Undefined:
        return ""
    if isinstance(value, dict):
        value = value.get("text", "")
    if isinstance(value, (list, tuple)):
        value = " ".join(str(v) for v in value)
    return str(value)


def spec_of(chart: Any, validate: bool = True) -> dict:
    """The Vega-Lite dict of an Altair chart (or a dict passed through)."""
    if isinstance(chart, dict):
        return with_datasets(chart)
    return with_datasets(chart.to_dict(validate=validate))


def title_and_description(spec: dict) -> tuple[str, str]:
    """Title and description of a chart; for layered/concatenated charts, of the
    first sub-view that has them (Altair keeps them there)."""
    title, description = _text(spec.get("title")), _text(spec.get("description"))
    for key in ("layer", "hconcat", "vconcat", "concat"):
        for view in spec.get(key, []) or []:
            if isinstance(view, dict):
                t, d = title_and_description(view)
                title, description = title or t, description or d
    return title, description


def require_style(spec: dict) -> tuple[str, str]:
    title, description = title_and_description(spec)
    missing = [n for n, v in (("title", title), ("description", description)) if not v.strip()]
    if missing:
        raise ChartStyleError(
            "Every course chart needs "
            + " and ".join(missing)
            + ": pass title=... and description=... to alt.Chart(...) or .properties(...)."
        )
    return title, description


_SVG_OPEN = re.compile(r"<svg\b([^>]*)>")


def svg(chart: Any) -> str:
    """Render to SVG with vl-convert, with the description as the accessible name."""
    spec = spec_of(chart)
    return _svg_cached(json.dumps(spec, sort_keys=True, default=str))


@lru_cache(maxsize=256)
def _svg_cached(spec_json: str) -> str:
    """Widgets often go back to a view already drawn (a year slider): draw each once."""
    import vl_convert as vlc

    spec = json.loads(spec_json)
    title, description = title_and_description(spec)
    out = vlc.vegalite_to_svg(spec, vl_version=VL_VERSION)
    label = html.escape(description or title, quote=True)
    extra = f' role="img" aria-label="{label}"' if label else ""
    head = f"<title>{html.escape(title)}</title><desc>{html.escape(description)}</desc>"
    return _SVG_OPEN.sub(lambda m: f"<svg{m.group(1)}{extra}>{head}", out, count=1)


def figure_html(chart: Any, source: str = "", strict: bool = True) -> str:
    """The chart as an accessible HTML figure: an SVG image plus a caption with its source.

    ``mathjax_ignore``: JupyterLab typesets ``$…$`` in HTML outputs as maths, and
    captions often say "US$" twice.

    The SVG is embedded as a ``data:`` image rather than inline markup: JupyterLab's
    sanitizer strips inline ``<svg>`` from outputs of notebooks that are not yet
    trusted (every notebook a student opens before running it), but keeps ``<img>``
    with a data URI — so saved charts show as soon as a notebook opens. The chart's
    description is the image's ``alt`` text for screen readers."""
    spec = spec_of(chart)
    title, description = require_style(spec) if strict else title_and_description(spec)
    caption = html.escape(description)
    if source:
        caption += f' <span class="course-source">Source: {html.escape(source)}</span>'
    data = base64.b64encode(svg(spec).encode("utf-8")).decode("ascii")
    alt_text = html.escape(f"{title}. {description}", quote=True)
    return (
        f'<figure class="course-chart mathjax_ignore tex2jax_ignore" style="margin:0.5em 0">'
        f'<img src="data:image/svg+xml;base64,{data}" alt="{alt_text}" style="max-width:100%">'
        f'<figcaption style="font-size:13px;color:#333;max-width:720px">{caption}'
        f"</figcaption></figure>"
    )


class _Figure:
    def __init__(self, markup: str, title: str):
        self._markup, self._title = markup, title

    def _repr_html_(self) -> str:
        return self._markup

    def __repr__(self) -> str:
        return f"[chart: {self._title}]"


def show(chart: Any, source: str = "") -> _Figure:
    """Display a static course chart (SVG, works offline, stays in the saved notebook)."""
    spec = spec_of(chart)
    title, _ = require_style(spec)
    return _Figure(figure_html(spec, source), title)


class ChartPane:
    """An ipywidgets HTML that holds a course chart and can be redrawn quickly."""

    def __init__(self, chart: Any = None, source: str = ""):
        import ipywidgets as widgets

        self.source = source
        self.widget = widgets.HTML(layout=widgets.Layout(width="auto", max_width="100%", overflow="visible"))
        self.widget.add_class("course-chart")
        if chart is not None:
            self.update(chart)

    def update(self, chart: Any) -> None:
        # Course charts are validated when the notebooks are built and tested; skipping
        # Altair's schema validation here saves ~20 ms on every redraw.
        self.widget.value = figure_html(spec_of(chart, validate=False), self.source)
