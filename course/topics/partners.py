"""Trade partners: Russia's and the EU's weight in the neighbours' trade (lessons 05 and 06).

    from course import data
    from course.topics import partners
    partners.ukraine_chart(data.load("ukraine_trade_partners"), "turnover", partners.SHARE)
    partners.russia_share_chart(data.load("trade_with_russia"), "Baltic states (EST, LTU, LVA)",
                                "2004: SES agreement in force")
    partners.share_dot_plot(data.load("trade_with_russia"))

All figures are IMF Direction of Trade Statistics as the course tables hold them; nothing
is typed in here but the groups of states and the dates of the marked events.
"""

from __future__ import annotations

from functools import lru_cache

import altair as alt
import pandas as pd

# --------------------------------------------------------------------------- lesson 05: Ukraine
#: the three series of lesson 05's chart, and the flows it offers
UKRAINE_SERIES = ["European Union", "Russia", "SES partners (RU+BY+KZ)"]
FLOWS = {"turnover": "turnover_usd_m", "exports": "exports_usd_m", "imports": "imports_usd_m"}
SHARE, MILLIONS = "share of Ukraine's total (%)", "million US$"
MEASURES = [SHARE, MILLIONS]


def ukraine_table(table: pd.DataFrame, flow: str = "turnover", measure: str = SHARE) -> pd.DataFrame:
    """Long table ``year, partner, value`` for 1996–2008: Ukraine's goods ``flow`` with the EU,
    Russia and its three SES partners together (``ukraine_trade_partners``), in million US$
    or as a per cent of Ukraine's total."""
    if flow not in FLOWS:
        raise ValueError(f"flow must be one of: {', '.join(FLOWS)}.")
    w = table.pivot(index="year", columns="partner", values=FLOWS[flow])
    w["SES partners (RU+BY+KZ)"] = w[["Russia", "Belarus", "Kazakhstan"]].sum(axis=1, min_count=3)
    if measure == SHARE:
        w = w.div(w["World"], axis=0) * 100
    return (
        w[UKRAINE_SERIES]
        .loc[1996:2008]
        .reset_index()
        .melt(id_vars="year", var_name="partner", value_name="value")
        .dropna()
    )


def ukraine_chart(table: pd.DataFrame, flow: str, measure: str) -> alt.Chart:
    """Lines of :func:`ukraine_table`, 1996–2008."""
    long = ukraine_table(table, flow, measure)
    unit = "% of Ukraine's total" if measure.startswith("share") else "million US$ (current)"
    return (
        alt.Chart(long)
        .mark_line(point=True)
        .encode(
            x=alt.X("year:O", title=None),
            y=alt.Y("value:Q", title=unit),
            color=alt.Color(
                "partner:N", sort=UKRAINE_SERIES, title="Partner", legend=alt.Legend(orient="bottom")
            ),
            strokeDash=alt.StrokeDash("partner:N", sort=UKRAINE_SERIES, legend=None),
        )
        .properties(
            width=640,
            height=300,
            title=f"Ukraine's goods {flow} with the EU, Russia and all SES partners, 1996–2008",
            description=f"Line chart of Ukraine's reported goods {flow} with the European Union, with "
            f"Russia and with its three SES partners together, 1996–2008, as {unit}. "
            f"IMF Direction of Trade Statistics.",
        )
    )


# --------------------------------------------------------------------------- lesson 06: hindsight
GROUPS: dict[str, list[str]] = {
    "Big Four partners (BLR, KAZ, UKR)": ["BLR", "KAZ", "UKR"],
    "EAEU newcomers (ARM, KGZ)": ["ARM", "KGZ"],
    "Eastern Europe (BLR, MDA, UKR)": ["BLR", "MDA", "UKR"],
    "South Caucasus (ARM, AZE, GEO)": ["ARM", "AZE", "GEO"],
    "Central Asia (KAZ, KGZ, TJK, TKM, UZB)": ["KAZ", "KGZ", "TJK", "TKM", "UZB"],
    "Baltic states (EST, LTU, LVA)": ["EST", "LTU", "LVA"],
}
EVENTS: dict[str, int] = {
    "2004: SES agreement in force": 2004,
    "2006: first Ukraine gas cut-off": 2006,
    "2008: war with Georgia": 2008,
    "2010: Customs Union tariff": 2010,
    "2014: EU–Ukraine Association Agreement signed; EAEU Treaty": 2014,
}
SNAPSHOT_YEARS = [1995, 2004, 2013, 2020]


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    from .. import data

    states = data.load("states")
    return dict(zip(states["iso3"], states["name_en"]))


def russia_share_chart(table: pd.DataFrame, group: str, event: str) -> alt.LayerChart:
    """Each state of ``group`` (a key of :data:`GROUPS`): Russia's share of its goods trade
    (``trade_with_russia``), IMF estimates marked, a dashed line at ``event`` (:data:`EVENTS`)."""
    if group not in GROUPS or event not in EVENTS:
        raise ValueError(f"Choose a group of {list(GROUPS)} and an event of {list(EVENTS)}.")
    rows = table.loc[table["iso3"].isin(GROUPS[group]), ["iso3", "year", "share_rus_pct", "estimated"]]
    rows = rows.assign(state=rows["iso3"].map(_names()), estimated=rows["estimated"].astype(bool))
    lines = (
        alt.Chart(rows)
        .mark_line(point=True)
        .encode(
            x=alt.X("year:Q", title=None, axis=alt.Axis(format="d")),
            y=alt.Y(
                "share_rus_pct:Q", title="Share of trade with Russia (%)", scale=alt.Scale(domain=[0, 70])
            ),
            color=alt.Color("state:N", title=None, legend=alt.Legend(orient="bottom")),
            shape=alt.Shape(
                "estimated:N",
                title="IMF estimate in the row",
                scale=alt.Scale(domain=[False, True], range=["circle", "triangle-up"]),
                legend=alt.Legend(orient="bottom"),
            ),
        )
    )
    rule = (
        alt.Chart(pd.DataFrame({"year": [EVENTS[event]]}))
        .mark_rule(color="#444444", strokeDash=[4, 3], strokeWidth=2)
        .encode(x="year:Q")
    )
    return (lines + rule).properties(
        width=560,
        height=300,
        title=alt.Title(f"Russia's share in the trade of: {group}", subtitle=f"Dashed line: {event}"),
        description=f"Line chart, 1995-2020, of each selected state's trade with Russia as a per cent of "
        f"its total goods trade (own reported IMF data); a dashed line marks {event}.",
    )


def share_dot_plot(table: pd.DataFrame) -> alt.Chart:
    """One row per state, one dot per year of :data:`SNAPSHOT_YEARS`: Russia's share of its
    goods trade, rows sorted by the highest of the four shares."""
    snap = table[table["year"].isin(SNAPSHOT_YEARS)].assign(state=lambda d: d["iso3"].map(_names()))
    shown = ", ".join(str(y) for y in SNAPSHOT_YEARS)
    return (
        alt.Chart(
            snap,
            title=f"Russia's share in each neighbour's goods trade, {shown}",
            description=f"Dot plot: one row per post-Soviet state, one dot per year ({shown}) at "
            "Russia's per cent share of that state's goods trade; rows sorted by "
            "the highest of the four shares. Belarus is highest throughout; Ukraine "
            "falls from about 39 to 7.",
        )
        .mark_point(filled=True, size=80)
        .encode(
            y=alt.Y(
                "state:N",
                title=None,
                sort=alt.EncodingSortField(field="share_rus_pct", op="max", order="descending"),
            ),
            x=alt.X("share_rus_pct:Q", title="Russia's share of goods trade (%)"),
            color=alt.Color(
                "year:O", title="year", scale=alt.Scale(range=["#1D99E0", "#0072B2", "#C28600", "#D55E00"])
            ),
        )
        .properties(width=480, height=alt.Step(20))
    )
