"""Market arithmetic for integration projects: how big is a union compared with Russia alone?

    from course.topics import market
    market.market_size(["BLR", "KAZ", "RUS", "UKR"], 2004)      # population, GDP, GDP per head
    market.group_share(market.BIG_FOUR, market.CIS12, 2004, "gdp_usd")   # per cent
    market.trade_shares(data.load("cis_trade_2002_2005"), 2004)          # four definitions

All numbers come from the course tables (``data.load("macro")``: World Bank WDI;
``cis_trade_2002_2005``: IMF DOTS); nothing is typed in. Odd input (an unknown state, a
year outside the data) raises a ``ValueError`` whose message a widget can show as it is.
Missing data are never filled: a union total that would need a missing value is NaN,
and the state(s) responsible are named in the ``missing`` column.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

import pandas as pd

#: The Big Four of the SES (paper §1 and fn 1).
BIG_FOUR: tuple[str, ...] = ("BLR", "KAZ", "RUS", "UKR")
#: The 12 states taking part in the CIS in 2003-04 (the universe for "share of the CIS").
CIS12: tuple[str, ...] = ("ARM", "AZE", "BLR", "GEO", "KAZ", "KGZ", "MDA", "RUS", "TJK", "TKM", "UKR", "UZB")

MEASURES: dict[str, tuple[str, str]] = {
    # measure: (label, unit)
    "population": ("Population", "persons"),
    "gdp_usd": ("GDP at market exchange rates", "current US$"),
    "gdp_ppp": ("GDP at purchasing power parity", "current international $"),
    "gdp_pc_usd": ("GDP per head at market exchange rates", "current US$ per person"),
    "gdp_pc_ppp": ("GDP per head at PPP", "current international $ per person"),
}
_TOTALS = ("population", "gdp_usd", "gdp_ppp")


@lru_cache(maxsize=1)
def _default_macro() -> pd.DataFrame:
    """The macro table, read once per kernel (a slider must not re-read the CSV)."""
    from .. import data

    return data.load("macro")


def _macro(macro: pd.DataFrame | None) -> pd.DataFrame:
    """``macro`` itself, or the cached macro table (never modified by this module)."""
    return _default_macro() if macro is None else macro


def _members(members: Iterable[str], macro: pd.DataFrame) -> list[str]:
    if isinstance(members, str):
        members = [members]
    chosen = sorted({str(m).strip().upper() for m in members})
    if not chosen:
        raise ValueError("Choose at least one member state.")
    unknown = [m for m in chosen if m not in set(macro["iso3"])]
    if unknown:
        raise ValueError(f"Unknown state code(s): {', '.join(unknown)}. Use ISO3 codes such as RUS, UKR.")
    return chosen


def _year_rows(year: int, macro: pd.DataFrame) -> pd.DataFrame:
    try:
        year = int(year)
    except (TypeError, ValueError):
        raise ValueError("The year must be a whole number, e.g. 2004.") from None
    lo, hi = int(macro["year"].min()), int(macro["year"].max())
    if not lo <= year <= hi:
        raise ValueError(f"No data for {year}: the table covers {lo}–{hi}.")
    return macro[macro["year"] == year].set_index("iso3")


def market_size(members: Iterable[str], year: int, macro: pd.DataFrame | None = None) -> pd.DataFrame:
    """The union of ``members`` against Russia alone in ``year``.

    One row per measure (population, GDP in US$ and at PPP, GDP per head in both),
    columns ``russia``, ``union``, ``union_vs_russia`` (union ÷ Russia) and
    ``change_pct`` (how much bigger, in per cent, the union is than Russia's own market),
    plus ``missing`` (states without data for that measure; then ``union`` is NaN).
    GDP per head of the union is its total GDP over its total population.
    """
    macro = _macro(macro)
    chosen = _members(members, macro)
    rows = _year_rows(year, macro)
    rus = rows.loc["RUS"]
    union = rows.loc[chosen]
    out = []
    totals: dict[str, float] = {}
    for measure in _TOTALS:
        vals = union[measure].astype("float64")
        gaps = [i for i, v in vals.items() if pd.isna(v)]
        totals[measure] = float("nan") if gaps else float(vals.sum())
        out.append(
            (
                measure,
                float(rus[measure]) if pd.notna(rus[measure]) else float("nan"),
                totals[measure],
                ", ".join(gaps),
            )
        )
    for measure, total in (("gdp_pc_usd", "gdp_usd"), ("gdp_pc_ppp", "gdp_ppp")):
        pop = totals["population"]
        value = totals[total] / pop if pop else float("nan")
        gaps = next(r[3] for r in out if r[0] == total)
        rus_value = float(rus[total]) / float(rus["population"]) if pd.notna(rus[total]) else float("nan")
        out.append((measure, rus_value, value, gaps))
    df = pd.DataFrame(out, columns=["measure", "russia", "union", "missing"])
    df["union_vs_russia"] = df["union"] / df["russia"]
    df["change_pct"] = 100 * (df["union_vs_russia"] - 1)
    df.insert(1, "label", df["measure"].map(lambda m: MEASURES[m][0]))
    df["unit"] = df["measure"].map(lambda m: MEASURES[m][1])
    df.attrs.update(members=chosen, year=int(year))
    return df[["measure", "label", "unit", "russia", "union", "union_vs_russia", "change_pct", "missing"]]


def group_share(
    group: Sequence[str],
    universe: Sequence[str],
    year: int,
    measure: str = "gdp_usd",
    table: pd.DataFrame | None = None,
    value_column: str | None = None,
) -> float:
    """Per cent of ``universe``'s total ``measure`` in ``year`` that falls on ``group``.

    ``table`` defaults to the macro table; pass e.g. ``data.load("gdp_ppp_maddison_2018")``
    with ``measure="gdp_ppp_2011"`` for the older PPP vintage. Raises ``ValueError`` if a
    state of the universe has no value (the share would be wrong, not just rough).
    """
    table = _macro(table)
    if measure not in table.columns:
        raise ValueError(f"No column {measure!r}; choose one of {', '.join(map(str, table.columns))}.")
    rows = _year_rows(year, table)
    universe = _members(universe, table)
    group = _members(group, table)
    outside = sorted(set(group) - set(universe))
    if outside:
        raise ValueError(f"{', '.join(outside)} not in the universe the share is taken of.")
    vals = rows.reindex(universe)[measure].astype("float64")
    if vals.isna().any():
        raise ValueError(f"No {measure} for {', '.join(vals[vals.isna()].index)} in {int(year)}.")
    return float(100 * vals.loc[group].sum() / vals.sum())


def trade_shares(
    trade: pd.DataFrame, year: int, group: Sequence[str] = BIG_FOUR, universe: Sequence[str] = CIS12
) -> pd.DataFrame:
    """The group's share of CIS "trade flows" under four definitions (per cent).

    ``trade`` has the columns of ``cis_trade_2002_2005`` (reporter_iso3, partner_iso3 with
    ``WLD`` for the World, year, flow, value_usd_millions). Exports and imports are added
    (turnover) as each state reported them:

    * ``total_trade``: the group's share of all the universe's trade with the World;
    * ``intra_reported``: of all trade among the universe's states, the share reported by
      group members;
    * ``intra_involving``: of all trade among the universe's states, the share with a
      group member on at least one side;
    * ``intra_within``: of all trade among the universe's states, the share between two
      group members.

    The ``pairs_reported`` column counts the reporter–partner–flow cells present (a
    complete table has n(n-1)·2 intra cells and 2n World cells).
    """
    universe = sorted(set(universe))
    group = sorted(set(group))
    if not set(group) <= set(universe):
        raise ValueError("The group must be part of the universe.")
    t = trade[(trade["year"] == int(year)) & trade["reporter_iso3"].isin(universe)]
    if t.empty:
        raise ValueError(f"No trade data for {year}.")
    world = t[t["partner_iso3"] == "WLD"]
    intra = t[t["partner_iso3"].isin(universe) & (t["partner_iso3"] != t["reporter_iso3"])]
    value = "value_usd_millions"
    rep_in = intra["reporter_iso3"].isin(group)
    par_in = intra["partner_iso3"].isin(group)
    total_intra = intra[value].sum()
    n = len(universe)
    rows = [
        (
            "total_trade",
            "Share of the CIS states' total goods trade with the world",
            100 * world.loc[world["reporter_iso3"].isin(group), value].sum() / world[value].sum(),
            len(world),
            2 * n,
        ),
        (
            "intra_reported",
            "Share of intra-CIS trade reported by the group",
            100 * intra.loc[rep_in, value].sum() / total_intra,
            len(intra),
            2 * n * (n - 1),
        ),
        (
            "intra_involving",
            "Share of intra-CIS trade with a group member on either side",
            100 * intra.loc[rep_in | par_in, value].sum() / total_intra,
            len(intra),
            2 * n * (n - 1),
        ),
        (
            "intra_within",
            "Share of intra-CIS trade between group members only",
            100 * intra.loc[rep_in & par_in, value].sum() / total_intra,
            len(intra),
            2 * n * (n - 1),
        ),
    ]
    return pd.DataFrame(
        rows, columns=["definition", "label", "share_pct", "cells_reported", "cells_possible"]
    )


def gdp_weights(
    members: Sequence[str], year: int, basis: str = "US$", macro: pd.DataFrame | None = None
) -> pd.Series:
    """GDP of each member in ``year`` as voting weights (``basis`` "US$" or "PPP").

    Returns a Series indexed by iso3 in the order given. Raises ``ValueError`` when a
    member has no GDP for that year (e.g. PPP for the latest year)."""
    macro = _macro(macro)
    column = {"US$": "gdp_usd", "PPP": "gdp_ppp"}.get(basis)
    if column is None:
        raise ValueError("Basis must be 'US$' or 'PPP'.")
    members = list(dict.fromkeys(str(m).strip().upper() for m in members))
    _members(members, macro)
    rows = _year_rows(year, macro)
    w = rows.reindex(members)[column].astype("float64")
    if w.isna().any():
        raise ValueError(
            f"No GDP ({basis}) for {', '.join(w[w.isna()].index)} in {int(year)}: choose another year."
        )
    return w.rename(f"gdp_{'usd' if basis == 'US$' else 'ppp'}")


__all__ = ["BIG_FOUR", "CIS12", "MEASURES", "market_size", "group_share", "trade_shares", "gdp_weights"]
