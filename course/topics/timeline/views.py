"""Who was in which arrangement when, and what was implemented: module 01's timeline logic: the views (charts and widgets built on the model)."""

from __future__ import annotations

from collections.abc import Callable

import altair as alt
import pandas as pd

from ...charts import PALETTE

#: First and last year the memberships table covers.
from .model import (
    CIRCLE_CATEGORIES,
    CIS_CATEGORIES,
    LAST_YEAR,
    NOT_A_PARTY,
    OUTSIDE,
    ROLE_CATEGORIES,
    VERDICTS,
    When,
    _require,
    agreements_status,
    arrangement_status,
    as_of,
    circle_counts,
    circle_status,
    cis_roles,
    implementation_shares,
)

ROLE_COLOURS = dict(
    zip(ROLE_CATEGORIES, [PALETTE[0], PALETTE[3], PALETTE[4], PALETTE[6], PALETTE[1], PALETTE[5], "#d9d9d9"])
)

#: Darker blue = deeper integration; the Charter-less participant in reddish purple.
CIRCLE_COLOURS = ["#08306b", "#2171b5", "#9ecae1", PALETTE[3], "#d9d9d9"]

VERDICT_COLOURS = [PALETTE[2], PALETTE[1], PALETTE[5], "#9a9a9a"]


# --------------------------------------------------------------------------- charts
def record_chart(record: pd.DataFrame) -> alt.LayerChart:
    """Bars of the share implemented per group (0–100 %), with the "x of y" label on each."""
    shares = implementation_shares(record)
    shares = shares.assign(
        percent=100 * shares["share"], shown=[f"{lab} implemented" for lab in shares["label"]]
    )
    order = list(shares["group"])
    base = alt.Chart(
        shares,
        title="Planned versus implemented: CIS agreements by about 2001",
        description=(
            "Horizontal bars of the share of agreements implemented, per group, from "
            "the paper's footnote 10: 44 of 70 bilateral economic agreements (63 per "
            "cent), none of the 5 principal plurilateral agreements, and about one "
            "third of Russia's economic agreements with CIS partners. A grey track "
            "behind each bar shows 100 per cent."
        ),
    )
    y = alt.Y("group:N", sort=order, title=None, axis=alt.Axis(labelLimit=330))
    track = base.mark_bar(color="#e6e6e6", height=26).encode(y=y, x=alt.datum(100))
    bars = base.mark_bar(color=PALETTE[0], height=26).encode(
        y=y, x=alt.X("percent:Q", title="Share implemented (%)", scale=alt.Scale(domain=[0, 100]))
    )
    text = base.mark_text(align="left", dx=6, fontSize=14, fontWeight="bold").encode(
        y=y, x=alt.X("percent:Q"), text="shown:N"
    )
    return (track + bars + text).properties(width=430, height=150)


def timeline_chart(agreements: pd.DataFrame, when: When | None = None) -> alt.LayerChart:
    """One row per agreement: a dot at signing, a bar to entry into force, coloured by the
    paper's verdict. With ``when`` (a year), agreements not yet signed are faded and a rule
    marks the day."""
    table = agreements_status(agreements, when if when is not None else LAST_YEAR)[
        ["short_name", "signed", "in_force", "implemented", "fn10_principal", "status"]
    ]
    table = table.assign(
        label=table["short_name"] + " (" + table["signed"].dt.strftime("%Y") + ")",
        faded=table["status"] == "not yet signed",
        principal=table["fn10_principal"].map(
            {True: "one of fn 10's five principal agreements", False: "other"}
        ),
    )
    order = list(table["label"])
    title = "CIS agreements, 1991–2000: signed, in force, implemented?"
    if when is not None:
        title = f"CIS agreements signed by 31 December {as_of(when).year}"
    base = alt.Chart(
        table,
        title=title,
        description=(
            "Timeline with one row per agreement from data/agreements_1991_2000.csv: a dot at the "
            "signing date and a bar to the date of entry into force where known, coloured by the "
            "paper's verdict on implementation (yes, partly, no, not assessed)."
        ),
    )
    y = alt.Y("label:N", sort=order, title=None, axis=alt.Axis(labelLimit=300, labelFontSize=12))
    colour = alt.Color(
        "implemented:N",
        title="Implemented? (paper)",
        scale=alt.Scale(domain=VERDICTS, range=VERDICT_COLOURS),
        legend=alt.Legend(orient="bottom"),
    )
    opacity = alt.condition("datum.faded", alt.value(0.15), alt.value(1.0))
    x_scale = alt.Scale(domain=["1991-06-01", "2001-07-01"])
    span = (
        base.transform_filter("isValid(datum.in_force)")
        .mark_rule(strokeWidth=4)
        .encode(
            y=y,
            x=alt.X("signed:T", scale=x_scale, title="Signed (dot) and in force (end of bar)"),
            x2="in_force:T",
            color=colour,
            opacity=opacity,
        )
    )
    dots = base.mark_point(filled=True, size=80).encode(
        y=y,
        x=alt.X("signed:T", scale=x_scale, title="Signed (dot) and in force (end of bar)"),
        color=colour,
        opacity=opacity,
        shape=alt.Shape(
            "principal:N",
            title=None,
            legend=alt.Legend(orient="bottom"),
            scale=alt.Scale(
                domain=["one of fn 10's five principal agreements", "other"], range=["diamond", "circle"]
            ),
        ),
    )
    layers = [span, dots]
    if when is not None:
        rule = (
            alt.Chart(pd.DataFrame({"day": [as_of(when)]}))
            .mark_rule(color="#333333", strokeDash=[4, 3])
            .encode(x=alt.X("day:T", scale=x_scale))
        )
        layers.append(rule)
    return alt.layer(*layers).properties(width=430, height=17 * len(table))


def _map_parts(memberships: pd.DataFrame, year: When, view: str) -> tuple:
    day = as_of(year)
    when = f"31 December {day.year}"
    if view == "innermost circle":
        status, cats, default = circle_status(memberships, day), CIRCLE_CATEGORIES, OUTSIDE
        colours = CIRCLE_COLOURS
        title = f"The narrowing circle on {when}"
        what = "the innermost arrangement each state belonged to"
    else:
        status = arrangement_status(memberships, view, day)
        shown = [c for c in ROLE_CATEGORIES if c in status.values() or c == NOT_A_PARTY]
        cats, default = shown, NOT_A_PARTY
        colours = [ROLE_COLOURS[c] for c in shown]
        title = f"{view} on {when}"
        what = f"each state's role in the {view}"
    return day, when, status, cats, default, colours, title, what


def membership_map(memberships: pd.DataFrame, year: When, view: str = "innermost circle") -> alt.Chart:
    """Map of the 15 states on 31 December of ``year`` (drawn with ``course.maps.status_map``).

    ``view`` is "innermost circle" (each state in the innermost of :data:`CIRCLES`) or a key
    of :data:`ARRANGEMENTS` (each state's role in that one arrangement).
    """
    from ...maps import status_map

    _, when, status, cats, default, colours, title, what = _map_parts(memberships, year, view)
    return status_map(
        status,
        title=title,
        categories=cats,
        colours=colours,
        default=default,
        description=f"Map of the 15 post-Soviet states coloured by {what} on {when}.",
    )


def narrowing_view(
    memberships: pd.DataFrame, agreements: pd.DataFrame, year: int, arrangement: str = "innermost circle"
) -> alt.VConcatChart:
    """A map of the 15 states above the agreements timeline, both as of 31 December of
    ``year`` (agreements not yet signed are faded). Heavier to draw than
    :func:`membership_map` alone, so the lesson's slider uses the map only."""
    day, when, *_, what = _map_parts(memberships, year, arrangement)
    return (
        alt.vconcat(membership_map(memberships, year, arrangement), timeline_chart(agreements, day.year))
        .resolve_scale(color="independent", shape="independent")
        .resolve_legend(color="independent", shape="independent")
        .properties(
            title=f"Post-Soviet integration on {when}",
            description=f"Two panels: a map of {what} on {when}, and the timeline of "
            f"CIS agreements 1991–2000 with those not yet signed faded.",
        )
    )


def circles_chart(memberships: pd.DataFrame, years: range | list[int] = range(1991, 2001)) -> alt.Chart:
    """Stacked bars: the 15 states by innermost circle at the end of each year."""
    counts = circle_counts(memberships, years)
    counts["order"] = counts["circle"].map({c: i for i, c in enumerate(CIRCLE_CATEGORIES)})
    return (
        alt.Chart(
            counts,
            title="The narrowing circle: the 15 states by innermost arrangement, 1991–2000",
            description="Stacked bars, one per year from 1991 to 2000, splitting the 15 "
            "post-Soviet states by the innermost arrangement each was in on "
            "31 December: the Russia–Belarus union (from 1996), the customs "
            "union (from 1995), CIS member, CIS participant without the "
            "Charter (Ukraine), or outside the CIS.",
        )
        .mark_bar()
        .encode(
            x=alt.X("year:O", title="End of year", axis=alt.Axis(labelAngle=0)),
            y=alt.Y("states:Q", title="Number of states", scale=alt.Scale(domain=[0, 15])),
            color=alt.Color(
                "circle:N",
                title="Innermost arrangement",
                scale=alt.Scale(domain=CIRCLE_CATEGORIES, range=CIRCLE_COLOURS),
                legend=alt.Legend(orient="right"),
            ),
            order=alt.Order("order:Q", sort="ascending"),
            tooltip=["year:O", "circle:N", "states:Q", "names:N"],
        )
        .properties(width=420, height=260)
    )


def narrowing_draw(memberships: pd.DataFrame) -> Callable[..., dict]:
    """A ``draw(year, view)`` for ``course.widgets.explorer`` that returns the Vega-Lite dict of
    :func:`membership_map`, built once per (year, view) and then reused, so moving the slider
    back and forth only pays for drawing the SVG."""
    cache: dict[tuple[int, str], dict] = {}

    def draw(year: int, view: str = "innermost circle") -> dict:
        key = (int(year), str(view))
        if key not in cache:
            cache[key] = membership_map(memberships, year, view).to_dict()
        return cache[key]

    return draw


def cis_map(memberships: pd.DataFrame, year: int) -> alt.Chart:
    """Map of the 15 states coloured by their CIS role on 1 July of ``year`` (lesson 00)."""
    from ...maps import status_map

    return status_map(
        cis_roles(memberships, year),
        categories=CIS_CATEGORIES,
        default=OUTSIDE,
        title=f"The CIS on 1 July {year}",
        description=f"Map of the 15 post-Soviet states coloured by their status in the "
        f"Commonwealth of Independent States on 1 July {year}.",
    )


# --------------------------------------------------------------------------- lesson 05: EU–Russia events
EVENT_TRACKS = ["EU–Russia", "EU", "SES (Big Four)"]
EVENT_CONFIDENCE = ["High", "Medium", "Low–Medium"]


def events_chart(events: pd.DataFrame, year: int) -> alt.VConcatChart:
    """Two-part timeline of ``eu_russia_timeline``. Top: every event up to 31 December of
    ``year`` (those of ``year`` darker). Bottom: the events of ``year``, by month."""
    _require(events, ["date", "date_precision", "track", "label", "confidence"], "eu_russia_timeline")
    upto = events[events["date"].dt.year <= year].assign(
        this_year=lambda d: d["date"].dt.year == year,
        label=lambda d: d["label"].where(
            d["date_precision"] == "day", d["label"] + " (" + d["date_precision"] + " only)"
        ),
    )
    colour = alt.Color("track:N", sort=EVENT_TRACKS, title="Track", legend=alt.Legend(orient="bottom"))
    shape = alt.Shape(
        "confidence:N",
        scale=alt.Scale(domain=EVENT_CONFIDENCE),
        title="Confidence",
        legend=alt.Legend(orient="bottom"),
    )
    overview = (
        alt.Chart(upto)
        .mark_point(filled=True, size=120)
        .encode(
            x=alt.X("date:T", title=None, scale=alt.Scale(domain=["1994-01-01", "2006-12-31"])),
            y=alt.Y("track:N", sort=EVENT_TRACKS, title=None),
            color=colour,
            shape=shape,
            opacity=alt.condition(alt.datum.this_year, alt.value(1.0), alt.value(0.3)),
        )
        .properties(width=640, height=120)
    )
    detail_rows = upto[upto["this_year"]]
    if detail_rows.empty:
        detail_rows = pd.DataFrame(
            {
                "date": [pd.Timestamp(year=year, month=7, day=1)],
                "label": [f"(no event in {year})"],
                "track": [None],
                "confidence": [None],
            }
        )
    detail = (
        alt.Chart(detail_rows)
        .mark_point(filled=True, size=120)
        .encode(
            x=alt.X(
                "date:T",
                title=f"Events of {year}",
                axis=alt.Axis(format="%b"),
                scale=alt.Scale(domain=[f"{year}-01-01", f"{year}-12-31"]),
            ),
            y=alt.Y("label:N", sort=alt.EncodingSortField("date"), title=None, axis=alt.Axis(labelLimit=320)),
            color=colour,
            shape=shape,
        )
        .properties(width=640, height=24 * len(detail_rows))
    )
    return alt.vconcat(overview, detail).properties(
        title=f"EU–Russia relations and the SES: events up to the end of {year}",
        description=f"Two-part timeline. Top: one dot per dated event from 1994 to {year} on three tracks "
        f"(EU–Russia, EU, SES of the Big Four); events of {year} are drawn darker. Bottom: the "
        f"events of {year} by month, each named. Shape gives the course's confidence.",
    )
