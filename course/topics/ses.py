"""The Single Economic Space in numbers: the charts of lesson 02 (voting power, the Big
Four's weight in the CIS, the union's market against Russia's own).

    from course.topics import ses
    charts.show(ses.power_curve_chart(ses.russia_power_curve(2004), 2004), source=data.cite("macro"))
    explorer(ses.power_chart, members=list(ses.power_groups()), year=(1995, 2024, 2004), ...)

The numbers come from ``course.market`` (tables) and ``course.voting`` (power indices);
this module only shapes them into the lesson's charts.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import altair as alt
import pandas as pd

from ..charts import PALETTE
from . import market, voting

if TYPE_CHECKING:
    import ipywidgets

#: the power indices as the charts name them
INDEX_NAMES = {"banzhaf": "Banzhaf", "shapley_shubik": "Shapley–Shubik"}
MEASURE_LABELS = {
    "weight_share": "Share of the weight",
    "banzhaf": "Banzhaf power",
    "shapley_shubik": "Shapley–Shubik power",
    "one_state_one_vote": "One state, one vote",
}
MEASURE_ORDER = [market.MEASURES[m][0] for m in market.MEASURES]


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    from .. import data

    return data.load("states").set_index("iso3")["name_en"].to_dict()


def power_curve(year: int, basis: str, player: str = "RUS") -> pd.DataFrame:
    """``player``'s Banzhaf and Shapley–Shubik power in the Big Four, GDP-weighted
    (``basis`` "US$" or "PPP"), for every quota from 50 to 100 % of the weight."""
    wts = market.gdp_weights(market.BIG_FOUR, year, basis)
    rows = []
    for q in range(50, 101):
        t = voting.power_table(list(wts.index), wts.values, voting.quota_for_share(wts.values, q / 100))
        one = t.set_index("player").loc[player]
        for index in ("banzhaf", "shapley_shubik"):
            rows.append(
                {
                    "quota_pct": q,
                    "basis": f"GDP in {basis}",
                    "index": index,
                    "power": one[index],
                    "weight": one["weight_share"],
                }
            )
    return pd.DataFrame(rows)


def russia_power_curve(year: int, bases: Sequence[str] = ("US$", "PPP")) -> pd.DataFrame:
    """:func:`power_curve` for Russia on each basis, stacked, indices named for the legend."""
    curve = pd.concat([power_curve(year, basis) for basis in bases])
    curve["index"] = curve["index"].map(INDEX_NAMES)
    return curve


def power_curve_chart(curve: pd.DataFrame, year: int) -> alt.LayerChart:
    """Step lines of Russia's power against the quota, dotted rules at its weight share."""
    lines = (
        alt.Chart(curve)
        .mark_line(interpolate="step-after")
        .encode(
            x=alt.X(
                "quota_pct:Q",
                title="Quota: share of the total weight needed to pass (%)",
                scale=alt.Scale(domain=[50, 100]),
            ),
            y=alt.Y(
                "power:Q",
                title="Russia's voting power",
                axis=alt.Axis(format="%"),
                scale=alt.Scale(domain=[0, 1]),
            ),
            color=alt.Color("basis:N", title="Weights", legend=alt.Legend(orient="bottom")),
            strokeDash=alt.StrokeDash("index:N", title="Power index", legend=alt.Legend(orient="bottom")),
        )
    )
    weight = (
        alt.Chart(curve)
        .mark_rule(strokeDash=[2, 3], strokeWidth=1.5)
        .encode(y="mean(weight):Q", color="basis:N")
    )
    weight_text = (
        alt.Chart(curve)
        .mark_text(align="left", dx=4, dy=-7, fontSize=12)
        .encode(
            y="mean(weight):Q", x=alt.value(2), color="basis:N", text=alt.Text("mean(weight):Q", format=".1%")
        )
    )
    return alt.layer(lines, weight, weight_text).properties(
        width=620,
        height=300,
        title=f"Russia's power in a GDP-weighted Big Four Commission, {year}",
        description="Step lines of Russia's Banzhaf and Shapley–Shubik power against the quota, with "
        f"weights = GDP at market exchange rates or at PPP ({year}); dotted lines mark Russia's "
        "share of the weight. Power is 100 % up to a quota equal to that share, then falls in "
        "steps, reaching 25 % (equal power) only at unanimity.",
    )


def power_groups() -> dict[str, list[str]]:
    """The groups the power explorer offers: drop-down label -> iso3 codes."""
    from .. import data

    return {
        "Big Four (SES)": list(market.BIG_FOUR),
        "EurAsEC members, 2004": data.members_on("EURASEC", 2004),
        "CIS-12 (2003–04)": list(market.CIS12),
    }


def power_chart(members: str, year: int, basis: str, quota: int) -> alt.Chart:
    """Grouped bars: each member's weight share, Banzhaf and Shapley–Shubik power at
    ``quota`` % and one state one vote; the subtitle says whether Russia passes or blocks alone."""
    groups = power_groups()
    if members not in groups:
        raise ValueError(f"Choose one of: {'; '.join(groups)}.")
    names = _names()
    wts = market.gdp_weights(groups[members], year, basis)
    table = voting.power_table(
        [names[i] for i in wts.index], wts.values, voting.quota_for_share(wts.values, quota / 100)
    )
    rus = table.set_index("player").loc["Russia"]
    verdict = (
        f"Russia {'CAN' if rus['passes_alone'] else 'cannot'} pass alone · "
        f"{'CAN' if rus['blocks_alone'] else 'cannot'} block alone"
    )
    long = table.melt(
        id_vars="player", value_vars=list(MEASURE_LABELS), var_name="measure", value_name="share"
    )
    long["measure"] = long["measure"].map(MEASURE_LABELS)
    return (
        alt.Chart(
            long,
            title=alt.Title(
                f"Voting power with GDP ({basis}) weights, {year}, quota {quota} %", subtitle=verdict
            ),
            description=f"Grouped bars for {members}: each state's share of the GDP weight, its "
            f"Banzhaf and Shapley–Shubik power at a quota of {quota} %, and one state one "
            f"vote. {verdict}.",
        )
        .mark_bar()
        .encode(
            y=alt.Y(
                "player:N", title=None, sort=alt.EncodingSortField("share", op="max", order="descending")
            ),
            yOffset=alt.YOffset("measure:N", sort=list(MEASURE_LABELS.values())),
            x=alt.X("share:Q", title="Share", axis=alt.Axis(format="%"), scale=alt.Scale(domain=[0, 1])),
            color=alt.Color(
                "measure:N",
                title=None,
                sort=list(MEASURE_LABELS.values()),
                legend=alt.Legend(orient="bottom", columns=2),
            ),
        )
        .properties(width=520, height=alt.Step(9))
    )


def definition_shares(
    year: int, trade: pd.DataFrame, maddison: pd.DataFrame, paper: pd.DataFrame
) -> pd.DataFrame:
    """The Big Four's share of the CIS-12 under every definition the course can compute,
    with the paper's figure (``ses_paper_figures``) beside each: GDP three ways, trade four."""
    figures = paper.set_index("figure_id")["value"]
    rows = [
        (
            "GDP",
            "GDP at market exchange rates (World Bank)",
            market.group_share(market.BIG_FOUR, market.CIS12, year, "gdp_usd"),
        ),
        (
            "GDP",
            "GDP at PPP, current vintage (World Bank, ICP 2021)",
            market.group_share(market.BIG_FOUR, market.CIS12, year, "gdp_ppp"),
        ),
        (
            "GDP",
            "GDP at PPP, older vintage (Maddison 2018, 2011 int$)",
            market.group_share(market.BIG_FOUR, market.CIS12, year, "gdp_ppp_2011", table=maddison),
        ),
    ]
    for r in market.trade_shares(trade, year).itertuples():
        rows.append(("trade", f"{r.label} (IMF DOTS)", r.share_pct))
    out = pd.DataFrame(rows, columns=["what", "definition", "share_pct"])
    out["paper_pct"] = out["what"].map(
        {"GDP": figures["big4_gdp_share"], "trade": figures["big4_trade_share"]}
    )
    return out.assign(year=year)


def paper_vs_data_chart(shares: pd.DataFrame) -> alt.LayerChart:
    """Bars of :func:`definition_shares`, labelled, with black ticks at the paper's figures."""
    year = int(shares["year"].iloc[0])
    bars = (
        alt.Chart(shares)
        .mark_bar()
        .encode(
            y=alt.Y("definition:N", title=None, sort=None, axis=alt.Axis(labelLimit=420)),
            x=alt.X(
                "share_pct:Q", title="Big Four's share of the CIS-12 (%)", scale=alt.Scale(domain=[0, 100])
            ),
            color=alt.Color("what:N", title="Share of", legend=alt.Legend(orient="bottom")),
        )
    )
    labels = bars.mark_text(align="left", dx=4).encode(
        text=alt.Text("share_pct:Q", format=".1f"), color=alt.value("#1a1a1a")
    )
    ticks = (
        alt.Chart(shares)
        .mark_tick(color="black", thickness=3, size=22)
        .encode(y=alt.Y("definition:N", sort=None), x="paper_pct:Q")
    )
    return alt.layer(bars, labels, ticks).properties(
        width=420,
        title=f"The Big Four's weight in the CIS-12, {year}: data against the paper",
        description=f"Horizontal bars: the Big Four's share of the 12 CIS states' GDP (three measures) and "
        f"trade (four definitions) in {year}; black ticks mark the paper's 94 % (GDP) and 88 % (trade).",
    )


def big_four_population(macro: pd.DataFrame, years: tuple[int, int] = (1990, 2010)) -> pd.DataFrame:
    """``year, population, millions``: the Big Four's combined population (World Bank)."""
    lo, hi = years
    return (
        macro[macro["iso3"].isin(market.BIG_FOUR)]
        .groupby("year", as_index=False)["population"]
        .sum()
        .query(f"{lo} <= year <= {hi}")
        .assign(millions=lambda d: d["population"].astype(float) / 1e6)
    )


def last_year_at_or_above(population: pd.DataFrame, millions: float = 225) -> int:
    """The last year the Big Four had at least ``millions`` people (the paper's §4 figure)."""
    return int(population.loc[population["millions"] >= millions, "year"].max())


def population_chart(population: pd.DataFrame) -> alt.LayerChart:
    """The Big Four's population 1990–2010 against the paper's "about 225 million" (§4)."""
    last_above = last_year_at_or_above(population)
    return alt.layer(
        alt.Chart(population)
        .mark_line(point=True)
        .encode(
            x=alt.X("year:O", title=None, axis=alt.Axis(labelAngle=0, values=list(range(1990, 2011, 2)))),
            y=alt.Y(
                "millions:Q", title="Population of the Big Four (million)", scale=alt.Scale(domain=[210, 232])
            ),
        ),
        alt.Chart(pd.DataFrame({"y": [225.0], "label": ["paper: about 225 million (§4)"]}))
        .mark_rule(strokeDash=[6, 4], color=PALETTE[5])
        .encode(y="y:Q"),
        alt.Chart(pd.DataFrame({"y": [225.0], "year": [2003], "label": ["paper: about 225 million (§4)"]}))
        .mark_text(dy=-9, align="left", color=PALETTE[5])
        .encode(y="y:Q", x="year:O", text="label:N"),
    ).properties(
        width=560,
        height=260,
        title="Population of the Big Four, 1990–2010 (World Bank)",
        description=f"Line chart: the combined population of Belarus, Kazakhstan, Russia and Ukraine fell "
        f"steadily after 1993; it was last at or above the paper's 225 million in {last_above}.",
    )


def union_chart(members: Sequence[str], year: int) -> alt.LayerChart:
    """Bars: the union of ``members`` as a per cent of Russia alone (population, GDP, GDP per
    head); blue where the union is larger, a dashed line at 100 %."""
    if not members:
        raise ValueError("Choose at least one state (hold Ctrl or Shift to select several).")
    names = _names()
    df = market.market_size(members, year)
    df["pct_of_russia"] = 100 * df["union_vs_russia"]
    df = df.dropna(subset=["pct_of_russia"])
    chosen = ", ".join(names[i] for i in df.attrs["members"])
    bars = (
        alt.Chart(df)
        .mark_bar()
        .encode(
            y=alt.Y("label:N", title=None, sort=MEASURE_ORDER, axis=alt.Axis(labelLimit=320)),
            x=alt.X("pct_of_russia:Q", title="Union as % of Russia alone"),
            color=alt.condition(alt.datum.pct_of_russia >= 100, alt.value(PALETTE[0]), alt.value(PALETTE[5])),
        )
    )
    text = bars.mark_text(align="left", dx=4, color="#1a1a1a").encode(
        text=alt.Text("pct_of_russia:Q", format=".0f"), color=alt.value("#1a1a1a")
    )
    rule = alt.Chart(pd.DataFrame({"x": [100]})).mark_rule(strokeDash=[4, 4]).encode(x="x:Q")
    return alt.layer(bars, text, rule).properties(
        width=440,
        title=alt.Title(f"The union against Russia alone, {year}", subtitle=chosen[:110]),
        description=f"Bars: population, GDP and GDP per head of the union of {chosen} in {year}, each as a "
        f"per cent of Russia's own value; the dashed line marks 100 % (Russia alone).",
    )


def state_picker(value: Sequence[str] = market.BIG_FOUR) -> ipywidgets.SelectMultiple:
    """A multiple selection of the CIS-12 by name (values are iso3 codes)."""
    import ipywidgets as w

    names = _names()
    return w.SelectMultiple(
        options=[(names[i], i) for i in market.CIS12], value=list(value), rows=6, description="Members"
    )
