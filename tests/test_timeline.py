"""course.topics.timeline: who was in which circle when, and the paper's implementation record."""

from __future__ import annotations

import pandas as pd
import pytest

from course import charts, data
from course.topics import timeline


@pytest.fixture(scope="module")
def members() -> pd.DataFrame:
    return data.load("memberships")


@pytest.fixture(scope="module")
def agreements() -> pd.DataFrame:
    return data.load("agreements_1991_2000")


@pytest.fixture(scope="module")
def record() -> pd.DataFrame:
    return data.load("cis_implementation_record")


def _tiny(rows):
    """A hand-made memberships frame, so the rules are tested apart from the real data."""
    df = pd.DataFrame(rows, columns=["org_id", "iso3", "role", "joined", "left"])
    for col in ("joined", "left"):
        df[col] = pd.to_datetime(df[col])
    return df


# --- dates ------------------------------------------------------------------------------


def test_a_year_means_31_december_so_1991_shows_the_new_cis(members):
    assert timeline.as_of(1991) == pd.Timestamp("1991-12-31")
    status = timeline.circle_status(members, 1991)
    assert len(status) == 11 and status["UKR"] == "CIS participant, never ratified the Charter"
    assert "GEO" not in status and not {"EST", "LVA", "LTU"} & set(status)


@pytest.mark.parametrize("bad", [1990, 2016, True, "1996/04/02", 3.5, None])
def test_odd_years_raise_a_readable_valueerror(bad):
    with pytest.raises(ValueError, match=r"year|date|YYYY"):
        timeline.as_of(bad)


def test_iso_string_dates_are_accepted_and_the_day_matters(members):
    # The Community of Russia and Belarus was signed on 2 Apr 1996.
    assert timeline.circle_status(members, "1996-04-01")["BLR"] == "customs union (1995 agreements)"
    assert timeline.circle_status(members, "1996-04-02")["BLR"] == "Russia–Belarus union (1996–)"


# --- the rules, on a tiny frame ----------------------------------------------------------


def test_a_state_is_shown_in_its_innermost_circle_only():
    m = _tiny(
        [
            ("CIS", "AAA", "founder", "1991-12-08", None),
            ("CU_1995", "AAA", "founder", "1995-01-06", None),
            ("CIS", "BBB", "founder", "1991-12-08", None),
        ]
    )
    assert timeline.circle_status(m, 1995) == {"AAA": "customs union (1995 agreements)", "BBB": "CIS member"}


def test_leaving_on_a_day_ends_membership_that_day():
    m = _tiny([("CIS", "GEO", "member", "1993-12-01", "2009-08-18")])
    assert timeline.circle_status(m, "2009-08-17") == {"GEO": "CIS member"}
    assert timeline.circle_status(m, "2009-08-18") == {}


def test_undated_parties_are_flagged_not_hidden_and_not_shown_before_the_treaty():
    m = _tiny(
        [
            ("CIS_ECON_UNION", "RUS", "founder", "1993-09-24", None),
            ("CIS_ECON_UNION", "GEO", "member", None, None),
            ("CIS_ECON_UNION", "UKR", "associate", None, None),
        ]
    )
    label = "Economic Union treaty (1993)"
    assert timeline.arrangement_status(m, label, 1992) == {}
    assert timeline.arrangement_status(m, label, 1994) == {
        "RUS": "member",
        "GEO": timeline.UNDATED,
        "UKR": "associate member, date unconfirmed",
    }


def test_unknown_arrangement_lists_the_choices():
    with pytest.raises(ValueError, match="Choose one of: CIS"):
        timeline.arrangement_status(_tiny([]), "Warsaw Pact", 1995)


def test_a_wrong_table_gets_a_message_not_a_keyerror():
    with pytest.raises(ValueError, match="lacks the column"):
        timeline.circle_status(pd.DataFrame({"iso3": ["RUS"]}), 1995)


# --- the narrowing circle, on the course data (facts.md §1, §3, §4) ------------------------


def test_customs_union_grows_from_two_in_1995_january_to_five_by_1999(members):
    assert timeline.members_in(members, "CU_1995", "1995-01-10") == {"BLR", "RUS"}
    assert timeline.members_in(members, "CU_1995", 1995) == {"BLR", "KAZ", "RUS"}
    assert timeline.members_in(members, "CU_1995", 1996) == {"BLR", "KAZ", "KGZ", "RUS"}
    assert timeline.members_in(members, "CU_1995", 1999) == {"BLR", "KAZ", "KGZ", "RUS", "TJK"}


def test_union_state_exists_only_from_8_december_1999(members):
    assert timeline.members_in(members, "UNION_STATE", "1999-12-07") == set()
    assert timeline.members_in(members, "UNION_STATE", 1999) == {"BLR", "RUS"}


def test_exercise_answer_customs_union_1999_but_never_union_state(members):
    cu = timeline.members_in(members, "CU_1995", "1999-07-01")
    assert cu - timeline.ever_members(members, "UNION_STATE") == {"KAZ", "KGZ", "TJK"}


def test_exercise_answer_fta_1994_parties_never_in_the_customs_union_by_2000(members):
    fta = timeline.ever_members(members, "CIS_FTA_1994")
    cu = timeline.members_in(members, "CU_1995", 2000)
    assert fta - cu == {"ARM", "AZE", "GEO", "MDA", "TKM", "UKR", "UZB"}


def test_circle_sizes_at_the_end_of_2000(members):
    counts = timeline.status_counts(timeline.circle_status(members, 2000), timeline.CIRCLE_CATEGORIES)
    assert counts == {
        "Russia–Belarus union (1996–)": 2,
        "customs union (1995 agreements)": 3,
        "CIS member": 6,
        "CIS participant, never ratified the Charter": 1,
        "outside the CIS": 0,
    }


# --- the implementation record (paper §3, fn 10) ---------------------------------------------


def test_implementation_shares_reproduce_44_of_70_and_0_of_5(record):
    s = timeline.implementation_shares(record).set_index("group_id")
    assert s.loc["bilateral_economic", "share"] == pytest.approx(0.62857, abs=1e-5)
    assert s.loc["bilateral_economic", "not_implemented"] == 26
    assert s.loc["principal_plurilateral", "share"] == 0
    assert s.loc["principal_plurilateral", "label"] == "0 of 5"
    assert s.loc["russia_with_cis", "label"] == "about one third"
    assert pd.isna(s.loc["russia_with_cis", "agreements"])


def test_implementation_shares_follow_the_counts_not_fixed_numbers():
    rec = pd.DataFrame(
        {
            "group_id": ["g"],
            "group": ["G"],
            "agreements": pd.array([8], "Int64"),
            "implemented": pd.array([2], "Int64"),
            "share_stated": [float("nan")],
            "approximate": [False],
        }
    )
    assert timeline.implementation_shares(rec).loc[0, "share"] == 0.25


def test_impossible_counts_are_refused():
    rec = pd.DataFrame(
        {
            "group_id": ["g"],
            "group": ["G"],
            "agreements": pd.array([5], "Int64"),
            "implemented": pd.array([6], "Int64"),
            "share_stated": [float("nan")],
            "approximate": [False],
        }
    )
    with pytest.raises(ValueError, match="impossible"):
        timeline.implementation_shares(rec)


def test_the_five_fn10_rows_are_the_five_principal_agreements_and_none_implemented(agreements):
    five = agreements[agreements["fn10_principal"]]
    assert len(five) == 5 and set(five["implemented"]) == {"no"}


# --- agreements and charts ---------------------------------------------------------------------


def test_agreement_status_distinguishes_signed_and_in_force(agreements):
    st = timeline.agreements_status(agreements, 1996).set_index("agreement_id")["status"]
    assert st["cu_kazakhstan_1995"] == "signed"  # in force only 3 Dec 1997
    assert st["cu_russia_belarus_1995"] == "in force"  # in force 30 Nov 1995
    assert st["union_state_1999"] == "not yet signed"


def test_narrowing_view_has_title_description_and_fades_unsigned_agreements(members, agreements):
    spec = timeline.narrowing_view(members, agreements, 1996).to_dict()
    charts.require_style(spec)
    assert "31 December 1996" in spec["title"]
    assert spec["resolve"]["scale"]["color"] == "independent"
    charts.require_style(timeline.record_chart(data.load("cis_implementation_record")).to_dict())


def test_every_arrangement_view_draws(members, agreements):
    for label in timeline.ARRANGEMENTS:
        spec = timeline.narrowing_view(members, agreements, 1999, label).to_dict()
        assert label in spec["vconcat"][0]["title"]


def test_circle_counts_always_add_up_to_15_states(members):
    counts = timeline.circle_counts(members, range(1991, 2001))
    assert (counts.groupby("year")["states"].sum() == 15).all()
    y1991 = counts[counts.year == 1991].set_index("circle")["states"]
    assert y1991["outside the CIS"] == 4 and y1991["customs union (1995 agreements)"] == 0
    charts.require_style(timeline.circles_chart(members).to_dict())


def test_narrowing_draw_reuses_the_spec_for_a_year_and_view_it_has_drawn(members):
    draw = timeline.narrowing_draw(members)
    first = draw(1995, "innermost circle")
    assert draw(1995, "innermost circle") is first
    assert draw(1996, "innermost circle") is not first
    assert charts.require_style(first)[0] == "The narrowing circle on 31 December 1995"
    with pytest.raises(ValueError, match="between 1991 and 2015"):
        draw(1980, "innermost circle")


# --- lesson 00: the CIS map (1 July) and lesson 05: EU–Russia events ----------------------


def test_cis_roles_on_1_july_2010_leave_georgia_out_and_keep_ukraine_a_participant(members):
    roles = timeline.cis_roles(members, 2010)
    assert len(roles) == 11 and "GEO" not in roles
    assert roles["UKR"] == "participant, never ratified the Charter"
    assert roles["TKM"] == "associate member"


def test_cis_map_colours_the_roles_in_the_lesson_order_with_a_dated_title(members):
    spec = charts.spec_of(timeline.cis_map(members, 1995))
    assert spec["title"] == "The CIS on 1 July 1995"
    assert spec["encoding"]["color"]["scale"]["domain"] == timeline.CIS_CATEGORIES
    assert spec["mark"]["type"] == "geoshape"


def test_events_chart_lists_the_events_of_the_year_below_the_overview():
    events = data.load("eu_russia_timeline")
    chart = timeline.events_chart(events, 2003)
    spec = charts.spec_of(chart)
    assert spec["title"] == "EU–Russia relations and the SES: events up to the end of 2003"
    overview, detail = chart.vconcat
    assert len(overview.data) == (events["date"].dt.year <= 2003).sum()
    assert len(detail.data) == (events["date"].dt.year == 2003).sum() > 0
    assert spec["vconcat"][0]["encoding"]["y"]["sort"] == timeline.EVENT_TRACKS


def test_events_chart_for_a_year_without_events_says_so():
    events = data.load("eu_russia_timeline")
    empty = next(y for y in range(1994, 2007) if not (events["date"].dt.year == y).any())
    _, detail = timeline.events_chart(events, empty).vconcat
    assert list(detail.data["label"]) == [f"(no event in {empty})"]
