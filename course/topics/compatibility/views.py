"""Which trade commitments can one state hold at the same time? (module 05, paper §8): the views (charts and widgets built on the model)."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import altair as alt
    import pandas as pd

# --------------------------------------------------------------------------- commitments
from .model import (
    COMMITMENTS,
    COMPATIBLE,
    CONDITIONAL,
    INCOMPATIBLE,
    KEYS,
    LINK_KINDS,
    NOTHING,
    RULES,
    Verdict,
    check,
    network,
    normalise,
    pair_table,
)

# --------------------------------------------------------------------------- display
_STATUS_STYLE = {  # background, text colour (WCAG AA), symbol
    COMPATIBLE: ("#e6f4ea", "#1e5e2f", "✓"),
    CONDITIONAL: ("#fff4e0", "#6b4400", "◐"),
    INCOMPATIBLE: ("#fdecea", "#8a1c12", "✗"),
    NOTHING: ("#f3f3f3", "#333333", "…"),
}


def verdict_html(verdict: Verdict) -> str:
    """The verdict and a table of the pairwise rules, as accessible HTML."""
    bg, fg, sym = _STATUS_STYLE[verdict.status]
    head = (
        f'<div role="status" style="background:{bg};color:{fg};padding:6px 10px;border-radius:4px;'
        f'max-width:760px"><b>{sym} {html.escape(verdict.headline())}</b></div>'
    )
    if not verdict.pairs:
        return f'<div class="course-compat-verdict">{head}</div>'
    rows = []
    for p in verdict.pairs:
        pbg, pfg, psym = _STATUS_STYLE[p.status]
        reading = f"<br><i>Paper's reading:</i> {html.escape(p.paper_reading)}" if p.paper_reading else ""
        rows.append(
            f'<tr><td style="min-width:9em;vertical-align:top">{html.escape(p.labels)}</td>'
            f'<td style="background:{pbg};color:{pfg};vertical-align:top"><b>{psym} {html.escape(p.status)}</b></td>'
            f'<td style="vertical-align:top"><b>{html.escape(RULES[p.rule]["name"])}</b> ({html.escape(p.basis)}). '
            f"{html.escape(p.reason)}{reading}<br><small>Source: {html.escape(p.source)}</small></td></tr>"
        )
    table = (
        '<table style="max-width:760px;font-size:13px;border-collapse:collapse">'
        '<caption style="text-align:left">Every pair of the chosen commitments and the rule that decides it'
        "</caption><thead><tr><th>pair</th><th>verdict</th><th>rule and reason</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    return f'<div class="course-compat-verdict">{head}{table}</div>'


class CompatibilityChecker:
    """Tick boxes for the five commitments; the verdict and the pair table redraw on every change.

    Built from ipywidgets ``Checkbox`` and ``HTML`` only (no ``Output`` widget)."""

    def __init__(self, preset: Any = ()):
        import ipywidgets as w

        chosen = set(normalise(preset))
        self.boxes = {
            k: w.Checkbox(value=k in chosen, description=c.label, indent=False, layout=w.Layout(width="auto"))
            for k, c in COMMITMENTS.items()
        }
        self.output = w.HTML()
        self.output.add_class("course-compat")
        for box in self.boxes.values():
            box.observe(lambda _change: self.redraw(), names="value")
        intro = w.HTML("<b>Ukraine signs…</b> (tick any combination)")
        self.widget = w.VBox(
            [intro, w.HBox(list(self.boxes.values()), layout=w.Layout(flex_flow="row wrap")), self.output]
        )
        self.widget.add_class("course-explorer")
        self.verdict: Verdict = check(())
        self.redraw()

    def chosen(self) -> tuple[str, ...]:
        return tuple(k for k, b in self.boxes.items() if b.value)

    def set(self, commitments: Any) -> Verdict:
        """Tick exactly these commitments (as a student would) and return the verdict."""
        wanted = set(normalise(commitments))
        for k, box in self.boxes.items():
            box.value = k in wanted
        self.redraw()
        return self.verdict

    def redraw(self) -> None:
        try:
            self.verdict = check(self.chosen())
            self.output.value = verdict_html(self.verdict)
        except Exception as exc:  # noqa: BLE001 - a message, never a traceback
            self.output.value = (
                f'<div role="alert" style="color:#8a1c12">The checker could not decide: '
                f"{html.escape(str(exc))[:300]}</div>"
            )

    def _ipython_display_(self) -> None:
        """Show the widget; a saved notebook's plain-text stand-in says what will appear."""
        from ...widgets import show_widget

        show_widget(self.widget, "compatibility checker: tick boxes")

    def __repr__(self) -> str:
        return f"CompatibilityChecker(chosen={list(self.chosen())}, status={self.verdict.status!r})"


def checker(preset: Any = ()) -> CompatibilityChecker:
    """Make the compatibility checker widget, optionally with some boxes ticked."""
    return CompatibilityChecker(preset)


def hub_and_spoke(
    chosen: Any = (),
    russia_spokes: Mapping[str, str] | None = None,
    eu_spokes: Mapping[str, str] | None = None,
    title: str = "",
    description: str = "",
) -> alt.LayerChart:
    """Altair chart (rules + points + labels) of the two hub-and-spoke systems.

    No extra dependency: nodes are points, edges are ``mark_rule`` from x/y to x2/y2."""
    import altair as alt
    import pandas as pd

    nodes, edges = network(chosen, russia_spokes, eu_spokes)
    pos = {n["name"]: (n["x"], n["y"]) for n in nodes}
    e = pd.DataFrame(
        [
            {
                **ed,
                "x": pos[ed["from"]][0],
                "y": pos[ed["from"]][1],
                "x2": pos[ed["to"]][0],
                "y2": pos[ed["to"]][1],
            }
            for ed in edges
        ]
    )
    nd = pd.DataFrame(nodes)
    verdict = check(chosen)
    title = title or "Two hubs and their spokes: where does Ukraine fit?"
    subtitle = (
        f"Ukraine signs: {', '.join(COMMITMENTS[k].label for k in verdict.chosen) or 'nothing yet'}"
        f" → {verdict.status}"
    )
    description = description or (
        "Network chart of Emerson's two hub-and-spoke systems as the paper (§8) reports them: the EU hub on the "
        "left and the Russia hub on the right, each linked to its spokes; Ukraine sits between them and its "
        f"links change with the commitments chosen. Current verdict: {verdict.status}."
    )
    colours = ["#D55E00", "#0072B2", "#999999", "#009E73", "#CC79A7"]
    scale = alt.Scale(domain=LINK_KINDS, range=colours)
    xs = alt.X("x:Q", axis=None, scale=alt.Scale(domain=[-2.0, 2.0]))
    ys = alt.Y("y:Q", axis=None, scale=alt.Scale(domain=[-1.1, 1.0]))
    e["state"] = e["clash"].map({True: "clashes with another commitment", False: "no clash"})
    rules = (
        alt.Chart(e)
        .mark_rule(strokeWidth=3)
        .encode(
            x=xs,
            y=ys,
            x2="x2:Q",
            y2="y2:Q",
            color=alt.Color(
                "kind:N", scale=scale, title="Link", legend=alt.Legend(orient="bottom", columns=3)
            ),
            strokeDash=alt.StrokeDash(
                "state:N",
                title=None,
                legend=alt.Legend(orient="bottom"),
                scale=alt.Scale(
                    domain=["no clash", "clashes with another commitment"], range=[[1, 0], [6, 4]]
                ),
            ),
        )
    )
    points = (
        alt.Chart(nd)
        .mark_point(filled=True, opacity=1, stroke="#1a1a1a", strokeWidth=1)
        .encode(
            x=xs,
            y=ys,
            size=alt.Size(
                "role:N",
                scale=alt.Scale(domain=["hub", "spoke", "Ukraine"], range=[1400, 300, 700]),
                legend=None,
            ),
            shape=alt.Shape(
                "role:N",
                scale=alt.Scale(domain=["hub", "spoke", "Ukraine"], range=["circle", "circle", "diamond"]),
                legend=None,
            ),
            fill=alt.Fill(
                "role:N",
                scale=alt.Scale(domain=["hub", "spoke", "Ukraine"], range=["#1a1a1a", "#ffffff", "#F0E442"]),
                legend=None,
            ),
        )
    )
    labels = alt.Chart(nd).mark_text(dy=-27, fontSize=13, fontWeight="bold").encode(x=xs, y=ys, text="name:N")
    return alt.layer(rules, points, labels).properties(
        width=720, height=360, title=alt.TitleParams(title, subtitle=subtitle), description=description
    )


# --------------------------------------------------------------------------- lesson 05's views
SYMBOLS = {COMPATIBLE: "✓", CONDITIONAL: "◐", INCOMPATIBLE: "✗"}


def pair_matrix_chart(pairs: pd.DataFrame | None = None) -> alt.LayerChart:
    """A 5-by-5 grid of the commitments, each cell coloured and marked (✓ ◐ ✗) by the pair's
    verdict. ``pairs``: :func:`pair_table`."""
    import altair as alt
    import pandas as pd

    pairs = pair_table() if pairs is None else pairs
    order = [COMMITMENTS[k].label for k in KEYS]
    matrix = pd.concat([pairs, pairs.rename(columns={"label_a": "label_b", "label_b": "label_a"})])
    matrix["symbol"] = matrix["status"].map(SYMBOLS)
    grid = alt.Chart(matrix).encode(
        x=alt.X("label_a:N", sort=order, title=None, axis=alt.Axis(labelAngle=-30, orient="top")),
        y=alt.Y("label_b:N", sort=order, title=None),
    )
    return alt.layer(
        grid.mark_rect(stroke="white", strokeWidth=2).encode(
            color=alt.Color(
                "status:N",
                title="Verdict",
                scale=alt.Scale(
                    domain=[COMPATIBLE, CONDITIONAL, INCOMPATIBLE], range=["#009E73", "#C28600", "#D55E00"]
                ),
                legend=alt.Legend(orient="bottom"),
            )
        ),
        grid.mark_text(fontSize=18, color="white", fontWeight="bold").encode(text="symbol:N"),
    ).properties(
        width=420,
        height=300,
        title="Which pairs of Ukraine's commitments are compatible?",
        description="A 5-by-5 grid of Ukraine's five possible commitments (FTA with the SES, customs "
        "union with the SES, FTA with the EU, EU membership, WTO membership). Each cell "
        "gives the verdict for that pair (✓ compatible, ◐ on conditions, ✗ incompatible): "
        "three pairs are incompatible, two are compatible on conditions, five are "
        "compatible.",
    )
