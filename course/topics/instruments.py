"""Russia's instruments of pressure and inducement (lesson 03): select cases, map them, list them.

    from course import data
    from course.topics import instruments
    inst = data.load("instruments")
    instruments.select(inst, target="Belarus", year=2004)      # the rows in effect that year
    instruments.instruments_map(inst, family="energy", year=2006)
    charts.show(instruments.cases_chart(inst), source=data.cite("instruments"))

Every case has a family (legal-institutional, energy, security, political) and a kind
(carrot, stick or neither); a map colours each target state by the kinds aimed at it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import altair as alt
import pandas as pd

from ..charts import PALETTE

if TYPE_CHECKING:
    import ipywidgets

    from ..widgets import Explorer

STANCE_CATEGORIES = ["carrot", "stick", "carrots and sticks", "framework or presence only"]
STANCE_COLOURS = [PALETTE[1], PALETTE[0], PALETTE[3], PALETTE[2], "#d9d9d9"]
NO_CASE = "no case in this selection"
#: the explorer's drop-downs ("all" first)
FAMILIES = ["all", "legal-institutional", "energy", "security", "political"]
STANCES = ["all", "carrot", "stick", "neither"]
KINDS = ["carrot", "stick", "neither"]


def targets(inst: pd.DataFrame) -> list[str]:
    """The target drop-down: "all", then every target state by name."""
    return ["all", *sorted(inst["target_name"].unique())]


def select(
    inst: pd.DataFrame,
    family: str = "all",
    stance: str = "all",
    target: str = "all",
    year: int = 2004,
    all_years: bool = False,
) -> pd.DataFrame:
    """The rows of the instruments table that match the selection (in effect in ``year``
    unless ``all_years``; undated cases only count for all years)."""
    rows = inst
    if family != "all":
        rows = rows[rows["family"] == family]
    if stance != "all":
        rows = rows[rows["carrot_or_stick"] == stance]
    if target != "all":
        rows = rows[rows["target_name"] == target]
    if not all_years:
        last = rows["year_end"].fillna(rows["year"])
        rows = rows[(rows["year"] <= year) & (last >= year)].dropna(subset=["year"])
    return rows


def map_status(rows: pd.DataFrame) -> dict[str, str]:
    """One status per target state: carrot, stick, both, or framework only."""
    out = {}
    for iso3, kinds in rows.groupby("target_iso3")["carrot_or_stick"]:
        kinds = set(kinds)
        if {"carrot", "stick"} <= kinds:
            out[iso3] = "carrots and sticks"
        elif "carrot" in kinds:
            out[iso3] = "carrot"
        elif "stick" in kinds:
            out[iso3] = "stick"
        else:
            out[iso3] = "framework or presence only"
    return out


def year_label(row: Any) -> str:
    """ "2004", "2006–2009" or "undated" for one row (a namedtuple from ``itertuples``)."""
    if pd.isna(row.year):
        return "undated"
    return f"{row.year}–{row.year_end}" if pd.notna(row.year_end) else str(row.year)


def table_html(rows: pd.DataFrame) -> str:
    """The selected cases as an HTML table (fast to redraw, unlike text marks in a chart)."""
    if rows.empty:
        return "<p><i>No case matches this selection.</i></p>"
    rows = rows.sort_values(["year", "case_id", "target_name"], na_position="last")
    t = pd.DataFrame(
        {
            "Year": [year_label(r) for r in rows.itertuples()],
            "Target": rows["target_name"],
            "Family": rows["family"],
            "Kind": rows["carrot_or_stick"],
            "Confidence": rows["confidence"],
            "Case": rows["case"],
            "Source": rows["source"],
        }
    )
    return (
        '<div style="max-height:360px;overflow:auto;font-size:12px;max-width:900px">'
        + t.to_html(index=False, border=0, classes="course-table")
        + "</div>"
    )


def instruments_map(
    inst: pd.DataFrame,
    family: str = "all",
    stance: str = "all",
    target: str = "all",
    year: int = 2004,
    all_years: bool = False,
) -> alt.Chart:
    """Map of the post-Soviet states coloured by the kinds of instrument in the selection."""
    from ..maps import status_map

    rows = select(inst, family, stance, target, year, all_years)
    when = "all years" if all_years else str(year)
    n = rows["case_id"].nunique()
    the_map = status_map(
        map_status(rows),
        categories=STANCE_CATEGORIES,
        colours=STANCE_COLOURS,
        default=NO_CASE,
        title=f"Targets of Russian instruments, {when} ({n} case{'s' if n != 1 else ''})",
        description=f"Map of the post-Soviet states coloured by the kind of Russian instrument aimed at them "
        f"in the selection (family {family}, kind {stance}, target {target}, {when}): carrot, "
        "stick, both, or framework only. Cuba and Vietnam are off the map.",
    )
    the_map.encoding.color.legend = alt.Legend(orient="right", title="Kind of instrument")
    return the_map


def with_case_table(view: Explorer, inst: pd.DataFrame) -> ipywidgets.VBox:
    """The explorer ``view`` (controls named like :func:`select`'s arguments) above a table of
    the selected cases that follows every move of a control. Returns the ipywidgets ``VBox``."""
    import ipywidgets as w

    table = w.HTML()

    def update_table(_change: Any = None) -> None:
        table.value = table_html(select(inst, **view.values()))

    for control in view.controls.values():
        control.observe(update_table, names="value")
    update_table()
    return w.VBox([view.widget, table])


def cases_chart(inst: pd.DataFrame) -> alt.Chart:
    """Stacked bars: cases by family and kind, one panel for the paper's, one for the other sources'."""
    cases = inst.drop_duplicates("case_id").assign(
        origin=lambda d: d["in_paper"].map({True: "named in the paper", False: "other sources only"})
    )
    return (
        alt.Chart(
            cases,
            title="Russia's instruments by family and kind (cases)",
            description="Stacked horizontal bars counting the cases in data/instruments.csv by family "
            "(legal-institutional, energy, security, political) and kind (carrot, stick, "
            "neither), in two panels: cases named in the paper and cases from other "
            "sources only.",
        )
        .mark_bar()
        .encode(
            x=alt.X("count():Q", title="number of cases", axis=alt.Axis(tickMinStep=1)),
            y=alt.Y("family:N", title=None, sort=FAMILIES[1:]),
            color=alt.Color(
                "carrot_or_stick:N",
                title="kind",
                sort=KINDS,
                scale=alt.Scale(domain=KINDS, range=[PALETTE[1], PALETTE[0], PALETTE[2]]),
                legend=alt.Legend(orient="bottom"),
            ),
            column=alt.Column("origin:N", title=None, sort=["named in the paper", "other sources only"]),
        )
        .properties(width=260, height=140)
    )
