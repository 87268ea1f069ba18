"""The integration ladder: stages of economic integration, planned versus reached, and a: the views (charts and widgets built on the model)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:
    import altair as alt

    from ...widgets import Explorer

from .model import SHORT, STAGES, STATUSES, Simulation, _year, ladder_cells, plan_from_pace, simulate

_STATUS_COLOURS = [
    "#0072B2",
    "#C28600",
    "#F2F2F2",
    "#FFFFFF",
]  # Okabe–Ito blue, orange (darkened for 3:1, see charts.PALETTE); greys


def ladder_chart(table: pd.DataFrame, year: int, title: str | None = None) -> alt.LayerChart:
    """The integration ladder in ``year``: arrangements (rows) × rungs (columns), each cell
    coloured by :func:`ladder_cells` status. Returns an Altair chart with title and description."""
    import altair as alt

    cells = ladder_cells(table, year)
    order = list(dict.fromkeys(cells.sort_values("order")["label"]))
    cells = cells.assign(
        mark=cells["status"].map(
            {"reached": "✓", "aimed at, not reached": "○", "beyond the aim": "", "not yet launched": "·"}
        )
    )
    n_reached = cells[cells["status"] == "reached"].groupby("label").size().reindex(order).fillna(0)
    desc = (
        f"Grid of {len(order)} integration arrangements (rows) against the four stages free trade "
        f"area, customs union, common market and economic and monetary union (columns) in {year}. "
        "Blue cells with a tick are stages reached; orange cells with a circle are stages aimed at "
        "but not reached; pale cells lie beyond the aim; dotted cells belong to arrangements not yet "
        f"launched. {int((n_reached > 0).sum())} of {len(order)} arrangements have reached at least "
        "one stage by then."
    )
    base = alt.Chart(
        cells, title=title or f"The integration ladder in {year}: aimed at versus reached", description=desc
    ).encode(
        x=alt.X(
            "stage:N",
            sort=list(STAGES),
            title=None,
            axis=alt.Axis(
                orient="top",
                labelAngle=0,
                labelLimit=170,
                ticks=False,
                domain=False,
                labelExpr="datum.label == 'economic and monetary union' ? "
                "'econ. & monetary union' : datum.label",
            ),
        ),
        y=alt.Y("label:N", sort=order, title=None, axis=alt.Axis(labelLimit=330)),
    )
    rect = base.mark_rect(stroke="#8c8c8c", strokeWidth=0.6).encode(
        color=alt.Color(
            "status:N",
            scale=alt.Scale(domain=list(STATUSES), range=_STATUS_COLOURS),
            legend=alt.Legend(title=None, orient="bottom", columns=4),
        )
    )
    text = base.mark_text(fontSize=14).encode(
        text="mark:N",
        color=alt.condition(alt.datum.status == "reached", alt.value("white"), alt.value("#333333")),
    )
    return (rect + text).properties(width=520, height=alt.Step(26))


def simulation_chart(sim: Simulation, year: int, title: str | None = None) -> alt.HConcatChart:
    """Two panels: each state's level year by year, and the level between each pair of
    states in ``year``. Returns an Altair chart with title and description."""
    import altair as alt

    year = _year(year, "year")
    if not sim.start <= year <= sim.end:
        raise ValueError(f"Pick a year between {sim.start} and {sim.end}.")
    top = max(sim.opens)
    domain = [SHORT[r] for r in range(0, top + 1)]
    colours = ["#F2F2F2", "#1D99E0", "#0072B2", "#009E73", "#CC79A7"][: top + 1]
    colour = alt.Color(
        "stage:N",
        scale=alt.Scale(domain=domain, range=colours),
        legend=alt.Legend(title="Level", orient="bottom", columns=5),
    )
    states = sim.states
    tab = sim.table()
    speeds = sim.levels_in_use(year)
    speed_text = f"{len(speeds)} level{'s' if len(speeds) != 1 else ''} in use" + (
        f" ({', '.join(SHORT[s] for s in speeds)})" if speeds else ""
    )
    left = (
        alt.Chart(tab, title=f"Each state's level, {sim.start}–{sim.end}")
        .mark_rect(stroke="white", strokeWidth=1)
        .encode(
            x=alt.X(
                "year:O",
                title=None,
                axis=alt.Axis(labelAngle=0, values=list(range(sim.start, sim.end + 1, 2))),
            ),
            y=alt.Y("state:N", sort=states, title=None),
            color=colour,
        )
        .properties(width=alt.Step(24), height=alt.Step(28))
    )
    marker = (
        alt.Chart(pd.DataFrame({"year": [year]}))
        .mark_rule(color="#000000", strokeDash=[3, 3])
        .encode(x="year:O")
    )
    pairs = sim.pair_matrix(year)
    right = (
        alt.Chart(pairs, title=f"Pairs in {year}: {speed_text}")
        .mark_rect(stroke="white", strokeWidth=1)
        .encode(
            x=alt.X("state_b:N", sort=states, title=None, axis=alt.Axis(labelAngle=-30)),
            y=alt.Y("state_a:N", sort=states, title=None),
            color=colour,
        )
        .properties(width=alt.Step(52), height=alt.Step(28))
    )
    core = sim.core(year)
    desc = (
        f"Left: a heat map of the level of integration of {len(states)} states "
        f"({', '.join(states)}) in each year from {sim.start} to {sim.end} under the chosen join "
        f"years. Right: the level at which each pair of states is integrated in {year}; "
        f"{speed_text}; the deepest group in {year} is "
        f"{', '.join(core) if core else 'empty: nobody has joined yet'}."
    )
    return (
        alt.hconcat(left + marker, right, spacing=30)
        .properties(title=title or "Multi-speed integration: who joins what, and when", description=desc)
        .resolve_scale(color="shared")
    )


# --------------------------------------------------------------------------- lesson 04's views
_CLIMB_TRACKS = [
    "EU path (official EU pages)",
    "CIS Economic Union: the plan (paper §7)",
    "Post-Soviet: what was reached (paper §3, §7)",
]
_CLIMB_NAMES = {
    "customs union": "customs union",
    "common market": "common market",
    "economic and monetary union": "monetary union",
}


def climb_chart(table: pd.DataFrame, plan_window: tuple[int, int]) -> alt.LayerChart:
    """Timeline 1955–2010 of three rows: the EU's path from the Treaty of Rome to monetary
    union, the CIS Economic Union's plan (signed 1993, completion due in ``plan_window``) and
    the one rung reached, the Russia–Belarus customs union (``integration_stages``)."""
    import altair as alt

    eu = table[table["bloc"] == "EU"].set_index("arrangement_id")
    ps = table.set_index("arrangement_id")
    rome = int(eu.loc["EU_CUSTOMS_UNION", "year_launched"])
    signed = int(ps.loc["ECON_UNION_1993", "year_launched"])
    ru_by = int(ps.loc["RU_BY_CU_1995", "year_reached"])
    eu_track, plan_track, reached_track = _CLIMB_TRACKS
    points = pd.concat(
        [
            pd.DataFrame(
                {
                    "track": eu_track,
                    "year": [rome] + [int(y) for y in eu["year_reached"]],
                    "event": [f"Treaty of Rome {rome}"]
                    + [
                        f"{_CLIMB_NAMES[s]} {int(y)}" for s, y in zip(eu["stage_reached"], eu["year_reached"])
                    ],
                    "pos": ["above", "above", "below", "above"],
                }
            ),
            pd.DataFrame(
                {
                    "track": reached_track,
                    "year": [ru_by],
                    "event": [f"Russia–Belarus customs union in force {ru_by}"],
                    "pos": ["above"],
                }
            ),
            pd.DataFrame(
                {
                    "track": plan_track,
                    "year": [signed],
                    "event": [f"treaty signed {signed}"],
                    "pos": ["above"],
                }
            ),
        ]
    )
    spans = pd.DataFrame(
        {
            "track": [eu_track, plan_track, plan_track],
            "start": [rome, signed, plan_window[0]],
            "end": [int(eu["year_reached"].max()), plan_window[0], plan_window[1]],
            "part": ["path", "path", "planned completion window"],
        }
    )
    y = alt.Y("track:N", sort=_CLIMB_TRACKS, title=None, axis=alt.Axis(labelLimit=320))
    x_scale = alt.Scale(domain=[1955, 2010])
    return alt.layer(
        alt.Chart(spans)
        .mark_rule(strokeWidth=6)
        .encode(
            x=alt.X("start:Q", scale=x_scale, title="Year", axis=alt.Axis(format="d")),
            x2="end:Q",
            y=y,
            color=alt.Color(
                "part:N",
                scale=alt.Scale(domain=["path", "planned completion window"], range=["#999999", "#C28600"]),
                title=None,
                legend=alt.Legend(orient="bottom"),
            ),
        ),
        alt.Chart(points).mark_point(size=110, filled=True, color="#0072B2").encode(x="year:Q", y=y),
        alt.Chart(points[points["pos"] == "above"])
        .mark_text(dy=-15, fontSize=12)
        .encode(x="year:Q", y=y, text="event:N"),
        alt.Chart(points[points["pos"] == "below"])
        .mark_text(dy=17, fontSize=12)
        .encode(x="year:Q", y=y, text="event:N"),
    ).properties(
        width=700,
        height=alt.Step(70),
        title="Climbing the ladder: the EU's 42 years and the CIS's planned 10–15",
        description=f"Timeline from 1955 to 2010. Top row: the EU path from the Treaty of Rome "
        f"({rome}) to the customs union ({int(eu.loc['EU_CUSTOMS_UNION', 'year_reached'])}), "
        f"the single market ({int(eu.loc['EU_SINGLE_MARKET', 'year_reached'])}) and "
        f"monetary union ({int(eu.loc['EU_EMU', 'year_reached'])}). Middle row: the CIS "
        f"Economic Union signed in {signed}, to be completed in {plan_window[0]}–"
        f"{plan_window[1]}. Bottom row: the one rung reached, the Russia–Belarus customs "
        f"union of {ru_by}.",
    )


#: the simulation explorer: how far each state may go (drop-down), and the states' control names
DEPTHS = ["common market", "customs union", "free trade area", "none"]
SIMULATED_STATES = {"ru": "Russia", "by": "Belarus", "kz": "Kazakhstan", "ua": "Ukraine"}
DEFAULT_DEPTHS = {
    "Russia": "common market",
    "Belarus": "common market",
    "Kazakhstan": "common market",
    "Ukraine": "free trade area",
}


def simulation_explorer(
    opens: Mapping[Any, Any],
    start: int = 2004,
    end: int = 2016,
    year: int = 2011,
    depths: Mapping[str, str] = DEFAULT_DEPTHS,
    source: str = "",
) -> Explorer:
    """An explorer of :func:`simulate`: for each of the four states a drop-down (how deep it
    goes) and a slider (how many years late it joins each agreement of ``opens``), and a
    slider for the year of the pairs panel of :func:`simulation_chart`."""
    import ipywidgets as w

    from ...widgets import explorer

    def depth_control(state: str, value: str):
        return w.Dropdown(
            options=DEPTHS,
            value=value,
            description=f"{state} goes as far as",
            style={"description_width": "150px"},
            layout=w.Layout(width="330px"),
        )

    def delay_control(state: str):
        return w.IntSlider(
            value=0,
            min=0,
            max=6,
            description=f"{state}: years late",
            continuous_update=False,
            style={"description_width": "130px"},
            layout=w.Layout(width="330px"),
        )

    def draw_simulation(year: int, **picks: Any):
        choices = {
            name: plan_from_pace(picks[key], picks[f"{key}_delay"], opens)
            for key, name in SIMULATED_STATES.items()
        }
        return simulation_chart(simulate(choices, opens, start, end), year)

    controls: dict[str, Any] = {}
    for key, name in SIMULATED_STATES.items():
        controls[key] = depth_control(name, depths[name])
        controls[f"{key}_delay"] = delay_control(name)
    controls["year"] = w.IntSlider(
        value=year,
        min=start,
        max=end,
        description="pairs in year",
        continuous_update=False,
        style={"description_width": "130px"},
        layout=w.Layout(width="330px"),
    )
    return explorer(draw_simulation, source=source, **controls)
