"""Who was in which arrangement when, and what was implemented: module 01's timeline logic.

    from course import data
    from course.topics import timeline
    m = data.load("memberships")
    timeline.circle_status(m, 1996)            # {"BLR": "Russia–Belarus union …", "KAZ": "customs union …", …}
    timeline.arrangement_status(m, "Customs union (1995 agreements)", 1999)
    timeline.implementation_shares(data.load("cis_implementation_record"))

A year always means **31 December** of that year here ("at the end of 1991" shows the
CIS, which was founded in December 1991). ``course.data.members_on`` reads a bare year
as 1 July instead; pass a ``'YYYY-MM-DD'`` string to either when the day matters.

Every function takes the tables as arguments (so tests can feed them small frames) and
raises ``ValueError`` with a message a student can act on for odd input; the widgets
show that message instead of a traceback.
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable, Mapping
from typing import TypeAlias

import altair as alt
import pandas as pd

from ..charts import PALETTE

#: First and last year the memberships table covers.
FIRST_YEAR, LAST_YEAR = 1991, 2015

#: Drop-down label -> org_ids in ``memberships.csv`` (the Russia–Belarus steps are one view).
ARRANGEMENTS: dict[str, tuple[str, ...]] = {
    "CIS": ("CIS",),
    "Collective Security Treaty (1992)": ("CST",),
    "Economic Union treaty (1993)": ("CIS_ECON_UNION",),
    "Free trade area agreement (1994)": ("CIS_FTA_1994",),
    "Customs union (1995 agreements)": ("CU_1995",),
    "'Group of Four' treaty (1996)": ("GROUP_OF_FOUR_1996",),
    "Russia–Belarus Community, Union, Union State": ("RU_BY_COMMUNITY_1996", "RU_BY_UNION_1997",
                                                      "UNION_STATE"),
    "GUAM / GUUAM (1997)": ("GUAM",),
    "Treaty on the Customs Union and Single Economic Space (1999)": ("CU_SES_TREATY_1999",),
    "EurAsEC (2000)": ("EURASEC",),
}

ROLE_LABELS: dict[str, str] = {
    "founder": "member", "member": "member", "associate": "associate member",
    "observer": "observer", "participant": "participant, not a full member",
}
UNDATED = "party, joining date unconfirmed"
NOT_A_PARTY = "not a party"
ROLE_CATEGORIES = ["member", "participant, not a full member", "associate member", "observer",
                   UNDATED, "associate member, date unconfirmed", NOT_A_PARTY]
ROLE_COLOURS = dict(zip(ROLE_CATEGORIES, [PALETTE[0], PALETTE[3], PALETTE[4], PALETTE[6], PALETTE[1],
                                          PALETTE[5], "#d9d9d9"]))

#: The "narrowing circle", innermost first: each state is shown in the innermost one it is in.
CIRCLES: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    ("Russia–Belarus union (1996–)",
     ("RU_BY_COMMUNITY_1996", "RU_BY_UNION_1997", "UNION_STATE"), ("founder", "member")),
    ("customs union (1995 agreements)", ("CU_1995",), ("founder", "member")),
    ("CIS member", ("CIS",), ("founder", "member")),
    ("CIS participant, never ratified the Charter", ("CIS",), ("participant",)),
]
OUTSIDE = "outside the CIS"
CIRCLE_CATEGORIES = [c[0] for c in CIRCLES] + [OUTSIDE]
#: Darker blue = deeper integration; the Charter-less participant in reddish purple.
CIRCLE_COLOURS = ["#08306b", "#2171b5", "#9ecae1", PALETTE[3], "#d9d9d9"]

VERDICTS = ["yes", "partly", "no", "not assessed"]
VERDICT_COLOURS = [PALETTE[2], PALETTE[1], PALETTE[5], "#9a9a9a"]


#: A day a view is drawn for: a year (its 31 December), an ISO date, a date or a Timestamp.
When: TypeAlias = int | str | _dt.date | pd.Timestamp


def as_of(when: When) -> pd.Timestamp:
    """The day a view is drawn for: a year means 31 December of that year.

    Accepts a year (int, 1991–2015), an ISO ``'YYYY-MM-DD'`` string, a date or a Timestamp.
    Raises ``ValueError`` with a readable message for anything else.
    """
    if isinstance(when, bool):
        raise ValueError("Give a year such as 1996, not True/False.")
    if isinstance(when, int):
        if not FIRST_YEAR <= when <= LAST_YEAR:
            raise ValueError(f"The year must be between {FIRST_YEAR} and {LAST_YEAR}; got {when}.")
        return pd.Timestamp(year=when, month=12, day=31)
    if isinstance(when, pd.Timestamp):
        return when
    if isinstance(when, _dt.date):
        return pd.Timestamp(when)
    if isinstance(when, str):
        try:
            return pd.Timestamp(_dt.date.fromisoformat(when.strip()))
        except ValueError:
            raise ValueError(f"'{when[:20]}' is not a date: write it as YYYY-MM-DD, e.g. 1996-04-02.") from None
    raise ValueError(f"Give a year (e.g. 1996) or a date 'YYYY-MM-DD', not {type(when).__name__}.")


def _require(table: pd.DataFrame, columns: list[str], what: str) -> None:
    if not isinstance(table, pd.DataFrame):
        raise ValueError(f"Expected the {what} table (a DataFrame), got {type(table).__name__}.")
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ValueError(f"The {what} table lacks the column(s) {missing}: load it with "
                         f"data.load(\"{what}\").")


def active_rows(memberships: pd.DataFrame, org_ids: tuple[str, ...] | list[str], when: When,
                roles: tuple[str, ...] | None = None) -> pd.DataFrame:
    """Rows of ``memberships`` for ``org_ids`` that are in effect on ``when``.

    A row is in effect if ``joined <= day`` and (``left`` is empty or ``left > day``).
    Rows without a joining date are never in effect (see :func:`arrangement_status`).
    """
    _require(memberships, ["org_id", "iso3", "role", "joined", "left"], "memberships")
    day = as_of(when)
    m = memberships[memberships["org_id"].isin(list(org_ids)) & memberships["joined"].notna()]
    if roles is not None:
        m = m[m["role"].isin(list(roles))]
    return m[(m["joined"] <= day) & (m["left"].isna() | (m["left"] > day))]


def arrangement_status(memberships: pd.DataFrame, arrangement: str, when: When) -> dict[str, str]:
    """``{iso3: role label}`` for one arrangement (a key of :data:`ARRANGEMENTS`) on ``when``.

    States whose joining date the sources do not give (e.g. Georgia and Turkmenistan in the
    1993 Economic Union) are labelled :data:`UNDATED` once the arrangement exists, so the
    map neither hides them nor invents a date.
    """
    if arrangement not in ARRANGEMENTS:
        raise ValueError(f"Unknown arrangement '{str(arrangement)[:60]}'. Choose one of: "
                         + "; ".join(ARRANGEMENTS))
    org_ids = ARRANGEMENTS[arrangement]
    day = as_of(when)
    rows = active_rows(memberships, org_ids, day)
    status: dict[str, str] = {}
    for row in rows.sort_values("joined").itertuples():
        status[row.iso3] = ROLE_LABELS.get(row.role, row.role)
    own = memberships[memberships["org_id"].isin(list(org_ids))]
    started = own["joined"].min()
    if pd.notna(started) and started <= day:
        for row in own[own["joined"].isna()].itertuples():
            status.setdefault(row.iso3, "associate member, date unconfirmed"
                              if row.role == "associate" else UNDATED)
    return status


def circle_status(memberships: pd.DataFrame, when: When) -> dict[str, str]:
    """``{iso3: circle}``: the innermost circle of :data:`CIRCLES` each state is in on ``when``.

    States in no circle are left out (the map draws them as :data:`OUTSIDE`).
    """
    day = as_of(when)
    status: dict[str, str] = {}
    for label, org_ids, roles in CIRCLES:
        for iso3 in active_rows(memberships, org_ids, day, roles)["iso3"]:
            status.setdefault(iso3, label)
    return status


def members_in(memberships: pd.DataFrame, org_ids: str | Iterable[str], when: When) -> set[str]:
    """ISO3 codes with a founder or member row in any of ``org_ids`` on ``when``."""
    if isinstance(org_ids, str):
        org_ids = (org_ids,)
    return set(active_rows(memberships, tuple(org_ids), when, ("founder", "member"))["iso3"])


def ever_members(memberships: pd.DataFrame, org_ids: str | Iterable[str]) -> set[str]:
    """ISO3 codes that were ever founder or member of any of ``org_ids`` (any date)."""
    _require(memberships, ["org_id", "iso3", "role"], "memberships")
    if isinstance(org_ids, str):
        org_ids = (org_ids,)
    m = memberships[memberships["org_id"].isin(list(org_ids))
                    & memberships["role"].isin(["founder", "member"])]
    return set(m["iso3"])


# --------------------------------------------------------------------------- agreements
def agreements_status(agreements: pd.DataFrame, when: When) -> pd.DataFrame:
    """The agreements table with a ``status`` column as of ``when``.

    ``status`` is "not yet signed", "signed" (not yet in force, or no in-force date known)
    or "in force". Sorted by signing date.
    """
    _require(agreements, ["agreement_id", "short_name", "signed", "in_force", "implemented",
                          "fn10_principal"], "agreements_1991_2000")
    day = as_of(when)
    out = agreements.sort_values(["signed", "agreement_id"]).copy()
    out["status"] = "not yet signed"
    out.loc[out["signed"] <= day, "status"] = "signed"
    out.loc[out["in_force"].notna() & (out["in_force"] <= day), "status"] = "in force"
    return out


def implementation_shares(record: pd.DataFrame) -> pd.DataFrame:
    """Share implemented per group of the fn 10 record (``cis_implementation_record``).

    For groups with counts, ``share = implemented / agreements`` and ``not_implemented =
    agreements - implemented``; for a group with only a stated share (Russia: "about one
    third") the stated share is used and the counts stay missing. Raises ``ValueError``
    when a count is inconsistent (more implemented than agreements, or no agreements).
    """
    _require(record, ["group_id", "group", "agreements", "implemented", "share_stated", "approximate"],
             "cis_implementation_record")
    rows = []
    for r in record.itertuples():
        if pd.notna(r.agreements) and pd.notna(r.implemented):
            total, done = int(r.agreements), int(r.implemented)
            if total <= 0:
                raise ValueError(f"{r.group_id}: the number of agreements must be positive.")
            if not 0 <= done <= total:
                raise ValueError(f"{r.group_id}: {done} implemented out of {total} is impossible.")
            share, missing = done / total, total - done
            label = f"{done} of {total}"
        elif pd.notna(r.share_stated):
            share, missing, total, done = float(r.share_stated), None, None, None
            label = "about one third" if abs(share - 1 / 3) < 1e-9 else f"about {share:.0%}"
        else:
            raise ValueError(f"{r.group_id}: neither counts nor a stated share.")
        rows.append({"group_id": r.group_id, "group": r.group, "agreements": total,
                     "implemented": done, "not_implemented": missing, "share": share,
                     "approximate": bool(r.approximate), "label": label})
    out = pd.DataFrame(rows)
    for col in ("agreements", "implemented", "not_implemented"):
        out[col] = out[col].astype("Int64")
    return out


# --------------------------------------------------------------------------- charts
def record_chart(record: pd.DataFrame) -> alt.LayerChart:
    """Bars of the share implemented per group (0–100 %), with the "x of y" label on each."""
    shares = implementation_shares(record)
    shares = shares.assign(percent=100 * shares["share"],
                           shown=[f"{lab} implemented" for lab in shares["label"]])
    order = list(shares["group"])
    base = alt.Chart(shares, title="Planned versus implemented: CIS agreements by about 2001",
                     description=(
                         "Horizontal bars of the share of agreements implemented, per group, from "
                         "the paper's footnote 10: 44 of 70 bilateral economic agreements (63 per "
                         "cent), none of the 5 principal plurilateral agreements, and about one "
                         "third of Russia's economic agreements with CIS partners. A grey track "
                         "behind each bar shows 100 per cent."))
    y = alt.Y("group:N", sort=order, title=None, axis=alt.Axis(labelLimit=330))
    track = base.mark_bar(color="#e6e6e6", height=26).encode(y=y, x=alt.datum(100))
    bars = base.mark_bar(color=PALETTE[0], height=26).encode(
        y=y, x=alt.X("percent:Q", title="Share implemented (%)", scale=alt.Scale(domain=[0, 100])))
    text = base.mark_text(align="left", dx=6, fontSize=14, fontWeight="bold").encode(
        y=y, x=alt.X("percent:Q"), text="shown:N")
    return (track + bars + text).properties(width=430, height=150)


def timeline_chart(agreements: pd.DataFrame, when: When | None = None) -> alt.LayerChart:
    """One row per agreement: a dot at signing, a bar to entry into force, coloured by the
    paper's verdict. With ``when`` (a year), agreements not yet signed are faded and a rule
    marks the day."""
    table = agreements_status(agreements, when if when is not None else LAST_YEAR)[
        ["short_name", "signed", "in_force", "implemented", "fn10_principal", "status"]]
    table = table.assign(label=table["short_name"] + " (" + table["signed"].dt.strftime("%Y") + ")",
                         faded=table["status"] == "not yet signed",
                         principal=table["fn10_principal"].map(
                             {True: "one of fn 10's five principal agreements", False: "other"}))
    order = list(table["label"])
    title = "CIS agreements, 1991–2000: signed, in force, implemented?"
    if when is not None:
        title = f"CIS agreements signed by 31 December {as_of(when).year}"
    base = alt.Chart(table, title=title, description=(
        "Timeline with one row per agreement from data/agreements_1991_2000.csv: a dot at the "
        "signing date and a bar to the date of entry into force where known, coloured by the "
        "paper's verdict on implementation (yes, partly, no, not assessed)."))
    y = alt.Y("label:N", sort=order, title=None, axis=alt.Axis(labelLimit=300, labelFontSize=12))
    colour = alt.Color("implemented:N", title="Implemented? (paper)",
                       scale=alt.Scale(domain=VERDICTS, range=VERDICT_COLOURS),
                       legend=alt.Legend(orient="bottom"))
    opacity = alt.condition("datum.faded", alt.value(0.15), alt.value(1.0))
    x_scale = alt.Scale(domain=["1991-06-01", "2001-07-01"])
    span = base.transform_filter("isValid(datum.in_force)").mark_rule(strokeWidth=4).encode(
        y=y, x=alt.X("signed:T", scale=x_scale, title="Signed (dot) and in force (end of bar)"),
        x2="in_force:T", color=colour,
        opacity=opacity)
    dots = base.mark_point(filled=True, size=80).encode(
        y=y, x=alt.X("signed:T", scale=x_scale, title="Signed (dot) and in force (end of bar)"),
        color=colour, opacity=opacity,
        shape=alt.Shape("principal:N", title=None, legend=alt.Legend(orient="bottom"),
                        scale=alt.Scale(domain=["one of fn 10's five principal agreements", "other"],
                                        range=["diamond", "circle"])))
    layers = [span, dots]
    if when is not None:
        rule = alt.Chart(pd.DataFrame({"day": [as_of(when)]})).mark_rule(
            color="#333333", strokeDash=[4, 3]).encode(x=alt.X("day:T", scale=x_scale))
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
    from ..maps import status_map

    _, when, status, cats, default, colours, title, what = _map_parts(memberships, year, view)
    return status_map(status, title=title, categories=cats, colours=colours, default=default,
                      description=f"Map of the 15 post-Soviet states coloured by {what} on {when}.")


def narrowing_view(memberships: pd.DataFrame, agreements: pd.DataFrame, year: int,
                   arrangement: str = "innermost circle") -> alt.VConcatChart:
    """A map of the 15 states above the agreements timeline, both as of 31 December of
    ``year`` (agreements not yet signed are faded). Heavier to draw than
    :func:`membership_map` alone, so the lesson's slider uses the map only."""
    day, when, *_, what = _map_parts(memberships, year, arrangement)
    return (alt.vconcat(membership_map(memberships, year, arrangement),
                        timeline_chart(agreements, day.year))
            .resolve_scale(color="independent", shape="independent")
            .resolve_legend(color="independent", shape="independent")
            .properties(title=f"Post-Soviet integration on {when}",
                        description=f"Two panels: a map of {what} on {when}, and the timeline of "
                                    f"CIS agreements 1991–2000 with those not yet signed faded."))


def status_counts(status: Mapping[str, str], categories: list[str]) -> dict[str, int]:
    """How many states fall in each category of a status dict (unlisted states not counted)."""
    counts = {c: 0 for c in categories}
    for value in status.values():
        counts[value] = counts.get(value, 0) + 1
    return counts


def circle_counts(memberships: pd.DataFrame, years: range | list[int]) -> pd.DataFrame:
    """Long table ``year, circle, states, names``: how many states sat in each circle at each
    year's end (every circle listed, zeros included)."""
    rows = []
    for year in years:
        status = circle_status(memberships, year)
        for circle in CIRCLE_CATEGORIES:
            codes = sorted(k for k, v in status.items() if v == circle)
            if circle == OUTSIDE:
                codes = []          # filled below from the 15 states
            rows.append({"year": int(year), "circle": circle, "states": len(codes),
                         "names": ", ".join(codes)})
    out = pd.DataFrame(rows)
    inside = out.groupby("year")["states"].transform("sum")
    out.loc[out["circle"] == OUTSIDE, "states"] = 15 - inside[out["circle"] == OUTSIDE]
    return out


def circles_chart(memberships: pd.DataFrame, years: range | list[int] = range(1991, 2001)
                  ) -> alt.Chart:
    """Stacked bars: the 15 states by innermost circle at the end of each year."""
    counts = circle_counts(memberships, years)
    counts["order"] = counts["circle"].map({c: i for i, c in enumerate(CIRCLE_CATEGORIES)})
    return (alt.Chart(counts, title="The narrowing circle: the 15 states by innermost arrangement, "
                                    "1991–2000",
                      description="Stacked bars, one per year from 1991 to 2000, splitting the 15 "
                                  "post-Soviet states by the innermost arrangement each was in on "
                                  "31 December: the Russia–Belarus union (from 1996), the customs "
                                  "union (from 1995), CIS member, CIS participant without the "
                                  "Charter (Ukraine), or outside the CIS.")
            .mark_bar()
            .encode(x=alt.X("year:O", title="End of year", axis=alt.Axis(labelAngle=0)),
                    y=alt.Y("states:Q", title="Number of states", scale=alt.Scale(domain=[0, 15])),
                    color=alt.Color("circle:N", title="Innermost arrangement",
                                    scale=alt.Scale(domain=CIRCLE_CATEGORIES, range=CIRCLE_COLOURS),
                                    legend=alt.Legend(orient="right")),
                    order=alt.Order("order:Q", sort="ascending"),
                    tooltip=["year:O", "circle:N", "states:Q", "names:N"])
            .properties(width=420, height=260))


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


# --------------------------------------------------------------------------- lesson 00: the CIS map
#: Lesson 00's CIS map: the labels of a state's role, and the legend's order.
CIS_LABELS: dict[str, str] = {"founder": "member", "member": "member", "associate": "associate member",
                              "participant": "participant, never ratified the Charter"}
CIS_CATEGORIES = ["member", "participant, never ratified the Charter", "associate member", OUTSIDE]


def cis_roles(memberships: pd.DataFrame, year: int) -> dict[str, str]:
    """``{iso3: role}`` in the CIS on **1 July** of ``year`` (states not listed were outside)."""
    _require(memberships, ["org_id", "iso3", "role", "joined", "left"], "memberships")
    cis = memberships[memberships["org_id"] == "CIS"]
    day = pd.Timestamp(year=int(year), month=7, day=1)
    active = cis[(cis["joined"] <= day) & (cis["left"].isna() | (cis["left"] > day))]
    return {row.iso3: CIS_LABELS.get(row.role, row.role) for row in active.itertuples()}


def cis_map(memberships: pd.DataFrame, year: int) -> alt.Chart:
    """Map of the 15 states coloured by their CIS role on 1 July of ``year`` (lesson 00)."""
    from ..maps import status_map

    return status_map(
        cis_roles(memberships, year), categories=CIS_CATEGORIES, default=OUTSIDE,
        title=f"The CIS on 1 July {year}",
        description=f"Map of the 15 post-Soviet states coloured by their status in the "
                    f"Commonwealth of Independent States on 1 July {year}.")


# --------------------------------------------------------------------------- lesson 05: EU–Russia events
EVENT_TRACKS = ["EU–Russia", "EU", "SES (Big Four)"]
EVENT_CONFIDENCE = ["High", "Medium", "Low–Medium"]


def events_chart(events: pd.DataFrame, year: int) -> alt.VConcatChart:
    """Two-part timeline of ``eu_russia_timeline``. Top: every event up to 31 December of
    ``year`` (those of ``year`` darker). Bottom: the events of ``year``, by month."""
    _require(events, ["date", "date_precision", "track", "label", "confidence"], "eu_russia_timeline")
    upto = events[events["date"].dt.year <= year].assign(
        this_year=lambda d: d["date"].dt.year == year,
        label=lambda d: d["label"].where(d["date_precision"] == "day",
                                         d["label"] + " (" + d["date_precision"] + " only)"))
    colour = alt.Color("track:N", sort=EVENT_TRACKS, title="Track", legend=alt.Legend(orient="bottom"))
    shape = alt.Shape("confidence:N", scale=alt.Scale(domain=EVENT_CONFIDENCE), title="Confidence",
                      legend=alt.Legend(orient="bottom"))
    overview = alt.Chart(upto).mark_point(filled=True, size=120).encode(
        x=alt.X("date:T", title=None, scale=alt.Scale(domain=["1994-01-01", "2006-12-31"])),
        y=alt.Y("track:N", sort=EVENT_TRACKS, title=None),
        color=colour, shape=shape,
        opacity=alt.condition(alt.datum.this_year, alt.value(1.0), alt.value(0.3)),
    ).properties(width=640, height=120)
    detail_rows = upto[upto["this_year"]]
    if detail_rows.empty:
        detail_rows = pd.DataFrame({"date": [pd.Timestamp(year=year, month=7, day=1)],
                                    "label": [f"(no event in {year})"], "track": [None], "confidence": [None]})
    detail = alt.Chart(detail_rows).mark_point(filled=True, size=120).encode(
        x=alt.X("date:T", title=f"Events of {year}", axis=alt.Axis(format="%b"),
                scale=alt.Scale(domain=[f"{year}-01-01", f"{year}-12-31"])),
        y=alt.Y("label:N", sort=alt.EncodingSortField("date"), title=None, axis=alt.Axis(labelLimit=320)),
        color=colour, shape=shape,
    ).properties(width=640, height=24 * len(detail_rows))
    return alt.vconcat(overview, detail).properties(
        title=f"EU–Russia relations and the SES: events up to the end of {year}",
        description=f"Two-part timeline. Top: one dot per dated event from 1994 to {year} on three tracks "
                    f"(EU–Russia, EU, SES of the Big Four); events of {year} are drawn darker. Bottom: the "
                    f"events of {year} by month, each named. Shape gives the course's confidence.")
