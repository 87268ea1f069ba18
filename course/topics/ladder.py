"""The integration ladder: stages of economic integration, planned versus reached, and a
small multi-speed simulation (module 04).

The ladder has four rungs, in the order of Art. 4 of the 1993 CIS Economic Union treaty
(facts.md §2) and of Balassa's stages::

    1 free trade area → 2 customs union → 3 common market → 4 economic and monetary union
    (0 = none)

Two tools:

* **The ladder of real arrangements** — :func:`ladder_cells` turns the table
  ``data/integration_stages.csv`` into one cell per arrangement and rung with its status
  in a given year ("reached", "aimed at, not reached", "beyond the aim", "not yet
  launched"); :func:`ladder_chart` draws it.

* **The multi-speed simulation** — the SES Concept (Art. II, paper Box 1) says that "every
  state decides on its own the moment of joining" each agreement, which produces
  *different-level* integration. :func:`simulate` takes, for each state, the year it
  chooses to join each stage's agreement, and returns each state's level year by year and
  the level between every pair of states. It is deterministic: same inputs, same result.
  Its two rules:

  1. *stage by stage* — a state cannot be in a deeper agreement before it is in the one
     below (a customs union contains free trade), so a join chosen too early is
     postponed to the year the state enters the stage below, and a stage whose stage
     below is never joined is never joined;
  2. an agreement cannot be joined before it opens (``opens``).

  Two states are integrated with each other at the deepest stage both belong to (one
  agreement per stage, open to every state, as in the SES design), i.e. the lower of their
  two levels.

Years used in the simulation are the user's hypothetical inputs, not historical dates.
Odd input gets a ``ValueError`` whose message says what to change; the widgets show it.
"""
from __future__ import annotations

import numbers
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:
    import altair as alt

    from ..widgets import Explorer

STAGES: tuple[str, ...] = ("free trade area", "customs union", "common market",
                           "economic and monetary union")
#: Short labels for charts.
SHORT: dict[int, str] = {0: "none", 1: "FTA", 2: "customs union", 3: "common market", 4: "EMU"}
_ALIASES: dict[str, int] = {
    "none": 0, "nothing": 0, "never": 0,
    "fta": 1, "free trade": 1, "free trade area": 1, "free trade zone": 1,
    "cu": 2, "customs union": 2,
    "cm": 3, "common market": 3, "single market": 3,
    "emu": 4, "economic and monetary union": 4, "economic and currency union": 4,
    "monetary union": 4, "currency union": 4,
}
STATUSES: tuple[str, ...] = ("reached", "aimed at, not reached", "beyond the aim", "not yet launched")
MIN_YEAR, MAX_YEAR = 1950, 2050


def stage_rank(stage: str | int) -> int:
    """Rank 0–4 of a stage given by name ("customs union", "FTA", "EMU"…) or by rank.

    >>> stage_rank("Customs union"), stage_rank("EMU"), stage_rank(3)
    (2, 4, 3)
    """
    if isinstance(stage, bool):
        raise ValueError("A stage is a name such as 'customs union' or a rank 0–4, not True/False.")
    if isinstance(stage, int):
        if 0 <= stage <= 4:
            return stage
        raise ValueError(f"A stage rank runs from 0 (none) to 4 (economic and monetary union), not {stage}.")
    if isinstance(stage, str):
        key = " ".join(stage.lower().replace("-", " ").split())
        if key in _ALIASES:
            return _ALIASES[key]
        raise ValueError(f"Unknown stage {stage!r}: use one of " + ", ".join(("none",) + STAGES) + ".")
    raise ValueError(f"A stage is a name or a rank 0–4, not {type(stage).__name__}.")


def stage_name(rank: int) -> str:
    """Full name of rank 0–4 (0 → "none")."""
    r = stage_rank(rank)
    return "none" if r == 0 else STAGES[r - 1]


def _year(value: Any, what: str) -> int:
    """A whole year within MIN_YEAR..MAX_YEAR, or a ValueError that says what is wrong."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise ValueError(f"{what} must be a whole year such as 2005, not {value!r}.")
    if not float(value).is_integer():
        raise ValueError(f"{what} must be a whole year such as 2005, not {value!r}.")
    year = int(value)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"{what} must lie between {MIN_YEAR} and {MAX_YEAR}, not {year}.")
    return year


# --------------------------------------------------------------------------- the real ladder
_NEEDED = ("arrangement_id", "arrangement", "year_launched", "stage_aimed_rank", "stage_reached_rank",
           "year_reached")


def ladder_cells(table: pd.DataFrame, year: int, pooled_blocs: tuple[str, ...] = ("EU",)) -> pd.DataFrame:
    """One row per arrangement and rung with its status on 1 July of ``year``.

    ``table`` is ``data.load("integration_stages")`` (or a subset of its rows). Status:

    * ``"not yet launched"`` — the founding act is later than ``year``;
    * ``"reached"`` — the rung is at or below the stage reached and ``year_reached <= year``;
    * ``"aimed at, not reached"`` — part of the plan, not (yet) reached;
    * ``"beyond the aim"`` — above what the arrangement aimed at.

    Rows whose ``bloc`` is in ``pooled_blocs`` are successive steps of one path (the EU's:
    customs union, then single market, then EMU), so a rung up to a step's own aim counts as
    reached for it once any step of that path has reached it; the other rows are separate
    arrangements with different members and are never pooled.

    Columns: arrangement_id, arrangement, label (the short ``label`` column if the table
    has one, else the name), rank, stage, status, plus ``order`` (the row's position in
    ``table``, for sorting the chart).
    """
    year = _year(year, "year")
    missing = [c for c in _NEEDED if c not in table.columns]
    if missing:
        raise ValueError("The table lacks the column(s) " + ", ".join(missing) +
                         ": pass data.load('integration_stages').")

    def reach_years(rows: list[Any]) -> dict[int, int]:
        """Earliest year each rung was reached by any of ``rows`` (``itertuples`` rows)."""
        out: dict[int, int] = {}
        for r in rows:
            if int(r.stage_reached_rank) > 0 and not pd.isna(r.year_reached):
                for rank in range(1, int(r.stage_reached_rank) + 1):
                    out[rank] = min(out.get(rank, int(r.year_reached)), int(r.year_reached))
        return out

    records = list(table.itertuples(index=False))
    pooled = {}
    if "bloc" in table.columns:
        for bloc in pooled_blocs:
            pooled[bloc] = reach_years([r for r in records if r.bloc == bloc])
    rows = []
    for order, r in enumerate(records):
        reached = pooled.get(getattr(r, "bloc", None)) or reach_years([r])
        for rank in range(1, 5):
            if int(r.year_launched) > year:
                status = "not yet launched"
            elif rank in reached and reached[rank] <= year and rank <= int(r.stage_aimed_rank):
                status = "reached"
            elif rank <= int(r.stage_aimed_rank):
                status = "aimed at, not reached"
            else:
                status = "beyond the aim"
            rows.append({"arrangement_id": r.arrangement_id, "arrangement": r.arrangement,
                         "label": getattr(r, "label", r.arrangement), "rank": rank,
                         "stage": STAGES[rank - 1], "status": status, "order": order})
    return pd.DataFrame(rows, columns=["arrangement_id", "arrangement", "label", "rank", "stage", "status",
                                       "order"])


def gaps(table: pd.DataFrame) -> pd.DataFrame:
    """Per arrangement: rungs aimed at minus rungs reached (``gap``) and the years from
    launch to the stage reached (``years_to_reach``, missing when nothing was reached)."""
    out = table[["arrangement_id", "arrangement", "stage_aimed_rank", "stage_reached_rank"]].copy()
    out["gap"] = (table["stage_aimed_rank"] - table["stage_reached_rank"]).astype("Int64")
    reached = table["stage_reached_rank"] > 0
    out["years_to_reach"] = (table["year_reached"] - table["year_launched"]).where(reached).astype("Int64")
    return out


_STATUS_COLOURS = ["#0072B2", "#C28600", "#F2F2F2", "#FFFFFF"]   # Okabe–Ito blue, orange (darkened for 3:1, see charts.PALETTE); greys


def ladder_chart(table: pd.DataFrame, year: int, title: str | None = None) -> alt.LayerChart:
    """The integration ladder in ``year``: arrangements (rows) × rungs (columns), each cell
    coloured by :func:`ladder_cells` status. Returns an Altair chart with title and description."""
    import altair as alt

    cells = ladder_cells(table, year)
    order = list(dict.fromkeys(cells.sort_values("order")["label"]))
    cells = cells.assign(mark=cells["status"].map({"reached": "✓", "aimed at, not reached": "○",
                                                   "beyond the aim": "", "not yet launched": "·"}))
    n_reached = cells[cells["status"] == "reached"].groupby("label").size().reindex(order).fillna(0)
    desc = (f"Grid of {len(order)} integration arrangements (rows) against the four stages free trade "
            f"area, customs union, common market and economic and monetary union (columns) in {year}. "
            "Blue cells with a tick are stages reached; orange cells with a circle are stages aimed at "
            "but not reached; pale cells lie beyond the aim; dotted cells belong to arrangements not yet "
            f"launched. {int((n_reached > 0).sum())} of {len(order)} arrangements have reached at least "
            "one stage by then.")
    base = alt.Chart(cells, title=title or f"The integration ladder in {year}: aimed at versus reached",
                     description=desc).encode(
        x=alt.X("stage:N", sort=list(STAGES), title=None,
                axis=alt.Axis(orient="top", labelAngle=0, labelLimit=170, ticks=False, domain=False,
                              labelExpr="datum.label == 'economic and monetary union' ? "
                                        "'econ. & monetary union' : datum.label")),
        y=alt.Y("label:N", sort=order, title=None, axis=alt.Axis(labelLimit=330)))
    rect = base.mark_rect(stroke="#8c8c8c", strokeWidth=0.6).encode(
        color=alt.Color("status:N", scale=alt.Scale(domain=list(STATUSES), range=_STATUS_COLOURS),
                        legend=alt.Legend(title=None, orient="bottom", columns=4)))
    text = base.mark_text(fontSize=14).encode(
        text="mark:N",
        color=alt.condition(alt.datum.status == "reached", alt.value("white"), alt.value("#333333")))
    return (rect + text).properties(width=520, height=alt.Step(26))


# --------------------------------------------------------------------------- the simulation
@dataclass
class Simulation:
    """Result of :func:`simulate`: effective join years and derived levels."""

    start: int
    end: int
    opens: dict[int, int]
    chosen: dict[str, dict[int, int | None]]
    joined: dict[str, dict[int, int | None]]
    notes: list[str] = field(default_factory=list)

    @property
    def states(self) -> list[str]:
        return list(self.joined)

    def level(self, state: str, year: int) -> int:
        """Deepest stage ``state`` belongs to in ``year`` (0 = none)."""
        if state not in self.joined:
            raise ValueError(f"No state {state!r} in this simulation; states: {', '.join(self.joined)}.")
        year = _year(year, "year")
        deepest = 0
        for rank in range(1, 5):
            y = self.joined[state].get(rank)
            if y is not None and y <= year:
                deepest = rank
        return deepest

    def levels(self, year: int) -> dict[str, int]:
        """Each state's level in ``year``."""
        return {s: self.level(s, year) for s in self.joined}

    def pair_level(self, a: str, b: str, year: int) -> int:
        """Stage at which ``a`` and ``b`` are integrated with each other in ``year``."""
        return min(self.level(a, year), self.level(b, year))

    def levels_in_use(self, year: int) -> list[int]:
        """The distinct levels (≥ 1) at which states stand in ``year``: one entry = one 'speed'."""
        return sorted({v for v in self.levels(year).values() if v > 0})

    def core(self, year: int) -> list[str]:
        """The states at the deepest level reached by anyone in ``year`` (empty if none)."""
        lv = self.levels(year)
        top = max(lv.values(), default=0)
        return [s for s, v in lv.items() if v == top] if top > 0 else []

    def table(self) -> pd.DataFrame:
        """Long table: state, year, level, stage for every year from start to end."""
        rows = [{"state": s, "year": y, "level": self.level(s, y), "stage": SHORT[self.level(s, y)]}
                for s in self.joined for y in range(self.start, self.end + 1)]
        return pd.DataFrame(rows)

    def pair_matrix(self, year: int) -> pd.DataFrame:
        """Long table of the level between every ordered pair of states in ``year``."""
        rows = [{"state_a": a, "state_b": b, "level": self.pair_level(a, b, year) if a != b else self.level(a, year),
                 "stage": SHORT[self.pair_level(a, b, year) if a != b else self.level(a, year)]}
                for a in self.joined for b in self.joined]
        return pd.DataFrame(rows)


def _clean_opens(opens: Mapping[Any, Any], stages: int) -> dict[int, int]:
    out: dict[int, int] = {}
    for key, value in opens.items():
        if stage_rank(key) == 0:
            continue
        out[stage_rank(key)] = _year(value, f"The opening year of the {stage_name(stage_rank(key))}")
    for rank in range(1, stages + 1):
        if rank not in out:
            raise ValueError(f"Say when the {stage_name(rank)} agreement opens (opens={{...}}).")
    given = sorted(out)
    for lower, upper in zip(given, given[1:]):
        if out[upper] < out[lower]:
            raise ValueError(f"The {stage_name(upper)} cannot open ({out[upper]}) before the "
                             f"{stage_name(lower)} ({out[lower]}).")
    return out


def simulate(choices: Mapping[str, Mapping[Any, Any]], opens: Mapping[Any, Any],
             start: int, end: int) -> Simulation:
    """Run the multi-speed simulation.

    ``choices``: ``{state: {stage: year or None}}`` — the year each state *chooses* to join
    each stage's agreement (``None`` or a missing stage = never). Stages are names or ranks.
    ``opens``: ``{stage: year}`` — when each agreement can first be joined; every stage any
    state chooses must have one. ``start``/``end``: the years of :meth:`Simulation.table`.

    Effective join year of stage k = the latest of the chosen year, the opening year and
    the effective year of stage k − 1; never if stage k − 1 is never joined. Each
    postponement or refusal is explained in ``Simulation.notes``.
    """
    start, end = _year(start, "The first year"), _year(end, "The last year")
    if end < start:
        raise ValueError(f"The last year ({end}) is before the first year ({start}).")
    if not isinstance(choices, Mapping) or not choices:
        raise ValueError("Give at least one state and its choices, e.g. {'Ukraine': {'FTA': 2006}}.")
    chosen: dict[str, dict[int, int | None]] = {}
    for state, plan in choices.items():
        if not isinstance(state, str) or not state.strip():
            raise ValueError(f"State names must be text, not {state!r}.")
        if plan is None:
            plan = {}
        if not isinstance(plan, Mapping):
            raise ValueError(f"The choices of {state} must be a dict such as {{'FTA': 2006}}, "
                             f"not {type(plan).__name__}.")
        clean: dict[int, int | None] = {}
        for stage, year in plan.items():
            rank = stage_rank(stage)
            if rank == 0:
                continue
            if rank in clean:
                raise ValueError(f"{state} chooses the {stage_name(rank)} twice.")
            clean[rank] = None if year is None or (isinstance(year, str) and year.lower() == "never") \
                else _year(year, f"{state}'s year for the {stage_name(rank)}")
        chosen[state] = clean
    deepest = max((r for plan in chosen.values() for r, y in plan.items() if y is not None), default=0)
    if deepest == 0:
        raise ValueError("No state chooses to join anything: give at least one year.")
    open_years = _clean_opens(opens, deepest)

    joined: dict[str, dict[int, int | None]] = {}
    notes: list[str] = []
    for state, plan in chosen.items():
        eff: dict[int, int | None] = {}
        below: int | None = None
        for rank in range(1, 5):
            want = plan.get(rank)
            if want is None:
                eff[rank] = None
                below = None                      # nothing deeper can be joined
                continue
            if rank > 1 and below is None:
                eff[rank] = None
                notes.append(f"{state} chose the {stage_name(rank)} for {want} but never joins the "
                             f"{stage_name(rank - 1)}, so it cannot join it (stage by stage).")
                continue
            year = max(want, open_years[rank], below if below is not None else want)
            if year > want:
                if below is not None and below == year and below > open_years[rank]:
                    reason = f"it enters the {stage_name(rank - 1)} only in {below} (stage by stage)"
                else:
                    reason = f"that agreement opens only in {open_years[rank]}"
                notes.append(f"{state} chose the {stage_name(rank)} for {want} but joins in {year}: {reason}.")
            eff[rank] = year
            below = year
        joined[state] = eff
    return Simulation(start=start, end=end, opens=open_years, chosen=chosen, joined=joined, notes=notes)


def plan_from_pace(deepest: str | int, delay: int, opens: Mapping[Any, Any]) -> dict[int, int | None]:
    """One state's choices from two simple decisions: how deep it goes (``deepest`` stage)
    and how many years after each agreement opens it joins (``delay`` ≥ 0)."""
    depth = stage_rank(deepest)
    if isinstance(delay, bool) or not isinstance(delay, int) or not 0 <= delay <= 50:
        raise ValueError(f"The delay must be a whole number of years from 0 to 50, not {delay!r}.")
    out: dict[int, int | None] = {}
    for key, year in opens.items():
        rank = stage_rank(key)
        out[rank] = _year(year, "An opening year") + delay if 1 <= rank <= depth else None
    return out


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
    colour = alt.Color("stage:N", scale=alt.Scale(domain=domain, range=colours),
                       legend=alt.Legend(title="Level", orient="bottom", columns=5))
    states = sim.states
    tab = sim.table()
    speeds = sim.levels_in_use(year)
    speed_text = (f"{len(speeds)} level{'s' if len(speeds) != 1 else ''} in use"
                  + (f" ({', '.join(SHORT[s] for s in speeds)})" if speeds else ""))
    left = alt.Chart(tab, title=f"Each state's level, {sim.start}–{sim.end}").mark_rect(
        stroke="white", strokeWidth=1).encode(
        x=alt.X("year:O", title=None, axis=alt.Axis(labelAngle=0, values=list(range(sim.start, sim.end + 1, 2)))),
        y=alt.Y("state:N", sort=states, title=None),
        color=colour).properties(width=alt.Step(24), height=alt.Step(28))
    marker = alt.Chart(pd.DataFrame({"year": [year]})).mark_rule(color="#000000", strokeDash=[3, 3]).encode(
        x="year:O")
    pairs = sim.pair_matrix(year)
    right = alt.Chart(pairs, title=f"Pairs in {year}: {speed_text}").mark_rect(
        stroke="white", strokeWidth=1).encode(
        x=alt.X("state_b:N", sort=states, title=None, axis=alt.Axis(labelAngle=-30)),
        y=alt.Y("state_a:N", sort=states, title=None),
        color=colour).properties(width=alt.Step(52), height=alt.Step(28))
    core = sim.core(year)
    desc = (f"Left: a heat map of the level of integration of {len(states)} states "
            f"({', '.join(states)}) in each year from {sim.start} to {sim.end} under the chosen join "
            f"years. Right: the level at which each pair of states is integrated in {year}; "
            f"{speed_text}; the deepest group in {year} is "
            f"{', '.join(core) if core else 'empty: nobody has joined yet'}.")
    return alt.hconcat(left + marker, right, spacing=30).properties(
        title=title or "Multi-speed integration: who joins what, and when", description=desc
    ).resolve_scale(color="shared")


# --------------------------------------------------------------------------- lesson 04's views
_CLIMB_TRACKS = ["EU path (official EU pages)", "CIS Economic Union: the plan (paper §7)",
                 "Post-Soviet: what was reached (paper §3, §7)"]
_CLIMB_NAMES = {"customs union": "customs union", "common market": "common market",
                "economic and monetary union": "monetary union"}


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
    points = pd.concat([
        pd.DataFrame({"track": eu_track,
                      "year": [rome] + [int(y) for y in eu["year_reached"]],
                      "event": [f"Treaty of Rome {rome}"] + [f"{_CLIMB_NAMES[s]} {int(y)}" for s, y in
                                                             zip(eu["stage_reached"], eu["year_reached"])],
                      "pos": ["above", "above", "below", "above"]}),
        pd.DataFrame({"track": reached_track, "year": [ru_by],
                      "event": [f"Russia–Belarus customs union in force {ru_by}"], "pos": ["above"]}),
        pd.DataFrame({"track": plan_track, "year": [signed],
                      "event": [f"treaty signed {signed}"], "pos": ["above"]}),
    ])
    spans = pd.DataFrame({
        "track": [eu_track, plan_track, plan_track],
        "start": [rome, signed, plan_window[0]], "end": [int(eu["year_reached"].max()), plan_window[0], plan_window[1]],
        "part": ["path", "path", "planned completion window"]})
    y = alt.Y("track:N", sort=_CLIMB_TRACKS, title=None, axis=alt.Axis(labelLimit=320))
    x_scale = alt.Scale(domain=[1955, 2010])
    return alt.layer(
        alt.Chart(spans).mark_rule(strokeWidth=6).encode(
            x=alt.X("start:Q", scale=x_scale, title="Year", axis=alt.Axis(format="d")), x2="end:Q", y=y,
            color=alt.Color("part:N", scale=alt.Scale(domain=["path", "planned completion window"],
                                                      range=["#999999", "#C28600"]), title=None,
                            legend=alt.Legend(orient="bottom"))),
        alt.Chart(points).mark_point(size=110, filled=True, color="#0072B2").encode(x="year:Q", y=y),
        alt.Chart(points[points["pos"] == "above"]).mark_text(dy=-15, fontSize=12).encode(
            x="year:Q", y=y, text="event:N"),
        alt.Chart(points[points["pos"] == "below"]).mark_text(dy=17, fontSize=12).encode(
            x="year:Q", y=y, text="event:N"),
    ).properties(width=700, height=alt.Step(70),
                 title="Climbing the ladder: the EU's 42 years and the CIS's planned 10–15",
                 description=f"Timeline from 1955 to 2010. Top row: the EU path from the Treaty of Rome "
                             f"({rome}) to the customs union ({int(eu.loc['EU_CUSTOMS_UNION', 'year_reached'])}), "
                             f"the single market ({int(eu.loc['EU_SINGLE_MARKET', 'year_reached'])}) and "
                             f"monetary union ({int(eu.loc['EU_EMU', 'year_reached'])}). Middle row: the CIS "
                             f"Economic Union signed in {signed}, to be completed in {plan_window[0]}–"
                             f"{plan_window[1]}. Bottom row: the one rung reached, the Russia–Belarus customs "
                             f"union of {ru_by}.")


#: the simulation explorer: how far each state may go (drop-down), and the states' control names
DEPTHS = ["common market", "customs union", "free trade area", "none"]
SIMULATED_STATES = {"ru": "Russia", "by": "Belarus", "kz": "Kazakhstan", "ua": "Ukraine"}
DEFAULT_DEPTHS = {"Russia": "common market", "Belarus": "common market", "Kazakhstan": "common market",
                  "Ukraine": "free trade area"}


def simulation_explorer(opens: Mapping[Any, Any], start: int = 2004, end: int = 2016, year: int = 2011,
                        depths: Mapping[str, str] = DEFAULT_DEPTHS, source: str = "") -> Explorer:
    """An explorer of :func:`simulate`: for each of the four states a drop-down (how deep it
    goes) and a slider (how many years late it joins each agreement of ``opens``), and a
    slider for the year of the pairs panel of :func:`simulation_chart`."""
    import ipywidgets as w

    from ..widgets import explorer

    def depth_control(state: str, value: str):
        return w.Dropdown(options=DEPTHS, value=value, description=f"{state} goes as far as",
                          style={"description_width": "150px"}, layout=w.Layout(width="330px"))

    def delay_control(state: str):
        return w.IntSlider(value=0, min=0, max=6, description=f"{state}: years late", continuous_update=False,
                           style={"description_width": "130px"}, layout=w.Layout(width="330px"))

    def draw_simulation(year: int, **picks: Any):
        choices = {name: plan_from_pace(picks[key], picks[f"{key}_delay"], opens)
                   for key, name in SIMULATED_STATES.items()}
        return simulation_chart(simulate(choices, opens, start, end), year)

    controls: dict[str, Any] = {}
    for key, name in SIMULATED_STATES.items():
        controls[key] = depth_control(name, depths[name])
        controls[f"{key}_delay"] = delay_control(name)
    controls["year"] = w.IntSlider(value=year, min=start, max=end, description="pairs in year",
                                   continuous_update=False, style={"description_width": "130px"},
                                   layout=w.Layout(width="330px"))
    return explorer(draw_simulation, source=source, **controls)
