"""Who was in which arrangement when, and what was implemented: module 01's timeline logic: the model (pure functions and data, no charts or widgets)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping
from typing import TypeAlias

import pandas as pd

#: First and last year the memberships table covers.

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
    "Russia–Belarus Community, Union, Union State": (
        "RU_BY_COMMUNITY_1996",
        "RU_BY_UNION_1997",
        "UNION_STATE",
    ),
    "GUAM / GUUAM (1997)": ("GUAM",),
    "Treaty on the Customs Union and Single Economic Space (1999)": ("CU_SES_TREATY_1999",),
    "EurAsEC (2000)": ("EURASEC",),
}

ROLE_LABELS: dict[str, str] = {
    "founder": "member",
    "member": "member",
    "associate": "associate member",
    "observer": "observer",
    "participant": "participant, not a full member",
}
UNDATED = "party, joining date unconfirmed"
NOT_A_PARTY = "not a party"
ROLE_CATEGORIES = [
    "member",
    "participant, not a full member",
    "associate member",
    "observer",
    UNDATED,
    "associate member, date unconfirmed",
    NOT_A_PARTY,
]
#: The "narrowing circle", innermost first: each state is shown in the innermost one it is in.
CIRCLES: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    (
        "Russia–Belarus union (1996–)",
        ("RU_BY_COMMUNITY_1996", "RU_BY_UNION_1997", "UNION_STATE"),
        ("founder", "member"),
    ),
    ("customs union (1995 agreements)", ("CU_1995",), ("founder", "member")),
    ("CIS member", ("CIS",), ("founder", "member")),
    ("CIS participant, never ratified the Charter", ("CIS",), ("participant",)),
]
OUTSIDE = "outside the CIS"
CIRCLE_CATEGORIES = [c[0] for c in CIRCLES] + [OUTSIDE]
VERDICTS = ["yes", "partly", "no", "not assessed"]
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
            raise ValueError(
                f"'{when[:20]}' is not a date: write it as YYYY-MM-DD, e.g. 1996-04-02."
            ) from None
    raise ValueError(f"Give a year (e.g. 1996) or a date 'YYYY-MM-DD', not {type(when).__name__}.")


def _require(table: pd.DataFrame, columns: list[str], what: str) -> None:
    if not isinstance(table, pd.DataFrame):
        raise ValueError(f"Expected the {what} table (a DataFrame), got {type(table).__name__}.")
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ValueError(f'The {what} table lacks the column(s) {missing}: load it with data.load("{what}").')


def active_rows(
    memberships: pd.DataFrame,
    org_ids: tuple[str, ...] | list[str],
    when: When,
    roles: tuple[str, ...] | None = None,
) -> pd.DataFrame:
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
        raise ValueError(
            f"Unknown arrangement '{str(arrangement)[:60]}'. Choose one of: " + "; ".join(ARRANGEMENTS)
        )
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
            status.setdefault(
                row.iso3, "associate member, date unconfirmed" if row.role == "associate" else UNDATED
            )
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
    m = memberships[
        memberships["org_id"].isin(list(org_ids)) & memberships["role"].isin(["founder", "member"])
    ]
    return set(m["iso3"])


# --------------------------------------------------------------------------- agreements
def agreements_status(agreements: pd.DataFrame, when: When) -> pd.DataFrame:
    """The agreements table with a ``status`` column as of ``when``.

    ``status`` is "not yet signed", "signed" (not yet in force, or no in-force date known)
    or "in force". Sorted by signing date.
    """
    _require(
        agreements,
        ["agreement_id", "short_name", "signed", "in_force", "implemented", "fn10_principal"],
        "agreements_1991_2000",
    )
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
    _require(
        record,
        ["group_id", "group", "agreements", "implemented", "share_stated", "approximate"],
        "cis_implementation_record",
    )
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
        rows.append(
            {
                "group_id": r.group_id,
                "group": r.group,
                "agreements": total,
                "implemented": done,
                "not_implemented": missing,
                "share": share,
                "approximate": bool(r.approximate),
                "label": label,
            }
        )
    out = pd.DataFrame(rows)
    for col in ("agreements", "implemented", "not_implemented"):
        out[col] = out[col].astype("Int64")
    return out


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
                codes = []  # filled below from the 15 states
            rows.append(
                {"year": int(year), "circle": circle, "states": len(codes), "names": ", ".join(codes)}
            )
    out = pd.DataFrame(rows)
    inside = out.groupby("year")["states"].transform("sum")
    out.loc[out["circle"] == OUTSIDE, "states"] = 15 - inside[out["circle"] == OUTSIDE]
    return out


# --------------------------------------------------------------------------- lesson 00: the CIS map
#: Lesson 00's CIS map: the labels of a state's role, and the legend's order.
CIS_LABELS: dict[str, str] = {
    "founder": "member",
    "member": "member",
    "associate": "associate member",
    "participant": "participant, never ratified the Charter",
}
CIS_CATEGORIES = ["member", "participant, never ratified the Charter", "associate member", OUTSIDE]


def cis_roles(memberships: pd.DataFrame, year: int) -> dict[str, str]:
    """``{iso3: role}`` in the CIS on **1 July** of ``year`` (states not listed were outside)."""
    _require(memberships, ["org_id", "iso3", "role", "joined", "left"], "memberships")
    cis = memberships[memberships["org_id"] == "CIS"]
    day = pd.Timestamp(year=int(year), month=7, day=1)
    active = cis[(cis["joined"] <= day) & (cis["left"].isna() | (cis["left"] > day))]
    return {row.iso3: CIS_LABELS.get(row.role, row.role) for row in active.itertuples()}
