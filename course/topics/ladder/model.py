"""The integration ladder: stages of economic integration, planned versus reached, and a: the model (pure functions and data, no charts or widgets)."""

from __future__ import annotations

import numbers
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:
    pass


STAGES: tuple[str, ...] = ("free trade area", "customs union", "common market", "economic and monetary union")
#: Short labels for charts.
SHORT: dict[int, str] = {0: "none", 1: "FTA", 2: "customs union", 3: "common market", 4: "EMU"}
_ALIASES: dict[str, int] = {
    "none": 0,
    "nothing": 0,
    "never": 0,
    "fta": 1,
    "free trade": 1,
    "free trade area": 1,
    "free trade zone": 1,
    "cu": 2,
    "customs union": 2,
    "cm": 3,
    "common market": 3,
    "single market": 3,
    "emu": 4,
    "economic and monetary union": 4,
    "economic and currency union": 4,
    "monetary union": 4,
    "currency union": 4,
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
_NEEDED = (
    "arrangement_id",
    "arrangement",
    "year_launched",
    "stage_aimed_rank",
    "stage_reached_rank",
    "year_reached",
)


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
        raise ValueError(
            "The table lacks the column(s) " + ", ".join(missing) + ": pass data.load('integration_stages')."
        )

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
            rows.append(
                {
                    "arrangement_id": r.arrangement_id,
                    "arrangement": r.arrangement,
                    "label": getattr(r, "label", r.arrangement),
                    "rank": rank,
                    "stage": STAGES[rank - 1],
                    "status": status,
                    "order": order,
                }
            )
    return pd.DataFrame(
        rows, columns=["arrangement_id", "arrangement", "label", "rank", "stage", "status", "order"]
    )


def gaps(table: pd.DataFrame) -> pd.DataFrame:
    """Per arrangement: rungs aimed at minus rungs reached (``gap``) and the years from
    launch to the stage reached (``years_to_reach``, missing when nothing was reached)."""
    out = table[["arrangement_id", "arrangement", "stage_aimed_rank", "stage_reached_rank"]].copy()
    out["gap"] = (table["stage_aimed_rank"] - table["stage_reached_rank"]).astype("Int64")
    reached = table["stage_reached_rank"] > 0
    out["years_to_reach"] = (table["year_reached"] - table["year_launched"]).where(reached).astype("Int64")
    return out


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
        rows = [
            {"state": s, "year": y, "level": self.level(s, y), "stage": SHORT[self.level(s, y)]}
            for s in self.joined
            for y in range(self.start, self.end + 1)
        ]
        return pd.DataFrame(rows)

    def pair_matrix(self, year: int) -> pd.DataFrame:
        """Long table of the level between every ordered pair of states in ``year``."""
        rows = [
            {
                "state_a": a,
                "state_b": b,
                "level": self.pair_level(a, b, year) if a != b else self.level(a, year),
                "stage": SHORT[self.pair_level(a, b, year) if a != b else self.level(a, year)],
            }
            for a in self.joined
            for b in self.joined
        ]
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
            raise ValueError(
                f"The {stage_name(upper)} cannot open ({out[upper]}) before the "
                f"{stage_name(lower)} ({out[lower]})."
            )
    return out


def simulate(
    choices: Mapping[str, Mapping[Any, Any]], opens: Mapping[Any, Any], start: int, end: int
) -> Simulation:
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
            raise ValueError(
                f"The choices of {state} must be a dict such as {{'FTA': 2006}}, not {type(plan).__name__}."
            )
        clean: dict[int, int | None] = {}
        for stage, year in plan.items():
            rank = stage_rank(stage)
            if rank == 0:
                continue
            if rank in clean:
                raise ValueError(f"{state} chooses the {stage_name(rank)} twice.")
            clean[rank] = (
                None
                if year is None or (isinstance(year, str) and year.lower() == "never")
                else _year(year, f"{state}'s year for the {stage_name(rank)}")
            )
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
                below = None  # nothing deeper can be joined
                continue
            if rank > 1 and below is None:
                eff[rank] = None
                notes.append(
                    f"{state} chose the {stage_name(rank)} for {want} but never joins the "
                    f"{stage_name(rank - 1)}, so it cannot join it (stage by stage)."
                )
                continue
            year = max(want, open_years[rank], below if below is not None else want)
            if year > want:
                if below is not None and below == year and below > open_years[rank]:
                    reason = f"it enters the {stage_name(rank - 1)} only in {below} (stage by stage)"
                else:
                    reason = f"that agreement opens only in {open_years[rank]}"
                notes.append(
                    f"{state} chose the {stage_name(rank)} for {want} but joins in {year}: {reason}."
                )
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
