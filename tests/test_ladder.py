"""course.topics.ladder: the integration ladder (planned vs reached) and the multi-speed simulation,
plus the facts of data/integration_stages.csv that module 04 teaches."""

from __future__ import annotations

import pandas as pd
import pytest

from course import charts, data
from course.topics import ladder

OPENS = {"free trade area": 2005, "customs union": 2007, "common market": 2010}


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return data.load("integration_stages")


def paper_period(table: pd.DataFrame) -> pd.DataFrame:
    return table[(table.bloc == "post-Soviet") & ~table.hindsight.astype(bool)]


# --------------------------------------------------------------------------- stages
def test_stage_order_follows_article_4_of_the_1993_economic_union_treaty():
    # facts.md §2: FTA -> customs union -> common market -> currency union
    assert ladder.STAGES == (
        "free trade area",
        "customs union",
        "common market",
        "economic and monetary union",
    )
    assert [ladder.stage_rank(s) for s in ladder.STAGES] == [1, 2, 3, 4]


def test_stage_rank_reads_names_aliases_and_ranks():
    assert ladder.stage_rank("FTA") == 1
    assert ladder.stage_rank("  Customs   Union ") == 2
    assert ladder.stage_rank("single market") == 3
    assert ladder.stage_rank("currency union") == 4
    assert ladder.stage_rank(0) == 0 and ladder.stage_name(0) == "none"
    assert ladder.stage_name(2) == "customs union"


@pytest.mark.parametrize("bad", ["federation", 7, -1, True, 2.5, None])
def test_stage_rank_rejects_odd_input_with_a_clear_message(bad):
    with pytest.raises(ValueError, match="stage"):
        ladder.stage_rank(bad)


# --------------------------------------------------------------------------- the data
def test_ranks_in_the_table_match_the_stage_names(table):
    assert (table.stage_aimed.map(ladder.stage_rank) == table.stage_aimed_rank).all()
    assert (table.stage_reached.map(ladder.stage_rank) == table.stage_reached_rank).all()


def test_no_arrangement_reaches_beyond_its_aim(table):
    assert (table.stage_reached_rank <= table.stage_aimed_rank).all()


def test_year_reached_is_empty_exactly_when_nothing_was_reached(table):
    assert ((table.stage_reached_rank == 0) == table.year_reached.isna()).all()


def test_paper_says_only_russia_belarus_reached_the_second_stage(table):
    # paper §7: "The second stage has been reached only by Russia-Belarus Union"
    ps = paper_period(table)
    at_least_cu = ps[ps.stage_reached_rank >= 2]
    assert set(at_least_cu.arrangement_id) == {"RU_BY_CU_1995", "UNION_STATE"}
    assert (at_least_cu.parties == "Russia, Belarus").all()


def test_the_six_arrangements_of_the_issue_are_all_present(table):
    ids = set(paper_period(table).arrangement_id)
    assert {"ECON_UNION_1993", "CIS_FTA_1994", "CU_1995_FIVE", "UNION_STATE", "EURASEC", "SES"} <= ids


def test_fta_1994_is_in_force_on_paper_but_not_reached(table):
    row = table.set_index("arrangement_id").loc["CIS_FTA_1994"]
    assert row.year_in_force == 1994 and row.stage_reached == "none"
    assert "caveat 6" in row.source


def test_eu_rows_rest_on_one_official_eu_page_each(table):
    eu = table[table.bloc == "EU"]
    assert len(eu) == 3
    assert (eu.confidence == "Medium (one official page)").all()
    assert eu.source.str.contains(r"https?://(?:ec|eeas)\.europa\.eu/").all()


def test_eu_path_took_42_years_from_the_treaty_of_rome_to_emu(table):
    t = table.set_index("arrangement_id")
    years = int(t.loc["EU_EMU", "year_reached"]) - int(t.loc["EU_CUSTOMS_UNION", "year_launched"])
    assert years == 42  # the paper (§7) rounds the EU's path to "fifty" years


# --------------------------------------------------------------------------- the ladder
def test_in_1994_no_post_soviet_rung_is_reached(table):
    cells = ladder.ladder_cells(paper_period(table), 1994)
    assert not (cells.status == "reached").any()
    assert set(cells[cells.arrangement_id == "SES"].status) == {"not yet launched"}


def test_in_2004_only_the_russia_belarus_rows_have_reached_rungs(table):
    cells = ladder.ladder_cells(paper_period(table), 2004)
    reached = cells[cells.status == "reached"]
    assert set(reached.arrangement_id) == {"RU_BY_CU_1995", "UNION_STATE"}
    assert set(reached["rank"]) == {1, 2}
    us = cells[cells.arrangement_id == "UNION_STATE"].set_index("rank").status
    assert us[3] == us[4] == "aimed at, not reached"


def test_eu_steps_share_the_rungs_reached_but_stop_at_their_own_aim(table):
    cells = ladder.ladder_cells(table, 1996).set_index(["arrangement_id", "rank"]).status
    assert cells[("EU_EMU", 3)] == "reached" and cells[("EU_EMU", 4)] == "aimed at, not reached"
    assert cells[("EU_CUSTOMS_UNION", 3)] == "beyond the aim"
    assert (
        ladder.ladder_cells(table, 1999).set_index(["arrangement_id", "rank"]).status[("EU_EMU", 4)]
        == "reached"
    )


def test_ladder_cells_rejects_a_table_without_the_needed_columns():
    with pytest.raises(ValueError, match="integration_stages"):
        ladder.ladder_cells(pd.DataFrame({"x": [1]}), 2000)
    with pytest.raises(ValueError, match="whole year"):
        ladder.ladder_cells(data.load("integration_stages"), "2000")


def test_gaps_average_over_the_papers_seven_arrangements(table):
    g = ladder.gaps(paper_period(table)).set_index("arrangement_id")
    assert g.loc["ECON_UNION_1993", "gap"] == 4 and g.loc["RU_BY_CU_1995", "gap"] == 0
    assert g.loc["UNION_STATE", "gap"] == 2
    assert g.gap.mean() == pytest.approx(15 / 7)
    # the Union State inherited a customs union reached four years before it was founded
    assert g.loc["UNION_STATE", "years_to_reach"] == -4
    assert pd.isna(g.loc["SES", "years_to_reach"])


# --------------------------------------------------------------------------- the simulation
def ses_like() -> dict:
    return {
        "Russia": {"FTA": 2005, "CU": 2007, "CM": 2010},
        "Belarus": {"FTA": 2005, "CU": 2007, "CM": 2010},
        "Kazakhstan": {"FTA": 2009, "CU": 2008},
        "Ukraine": {"FTA": 2006, "CU": None},
    }


def test_simulation_is_deterministic():
    a = ladder.simulate(ses_like(), OPENS, 2004, 2014)
    b = ladder.simulate(ses_like(), OPENS, 2004, 2014)
    pd.testing.assert_frame_equal(a.table(), b.table())
    assert a.notes == b.notes


def test_a_join_before_the_stage_below_waits_for_it():
    sim = ladder.simulate(ses_like(), OPENS, 2004, 2014)
    assert sim.joined["Kazakhstan"][2] == 2009  # chose 2008, in the FTA only from 2009
    assert any("Kazakhstan" in n and "stage by stage" in n for n in sim.notes)


def test_a_join_before_the_agreement_opens_waits_for_the_opening():
    sim = ladder.simulate({"Armenia": {"FTA": 2001}}, OPENS, 2000, 2010)
    assert sim.joined["Armenia"][1] == 2005
    assert sim.level("Armenia", 2004) == 0 and sim.level("Armenia", 2005) == 1
    assert "opens only in 2005" in sim.notes[0]


def test_a_stage_whose_stage_below_is_never_joined_is_never_joined():
    sim = ladder.simulate(
        {"Ukraine": {"FTA": 2006, "CM": 2012}, "Russia": {"FTA": 2005, "CU": 2007, "CM": 2010}},
        OPENS,
        2004,
        2014,
    )
    assert sim.joined["Ukraine"][3] is None and sim.level("Ukraine", 2014) == 1
    assert any("cannot join" in n for n in sim.notes)


def test_multi_speed_choices_give_multi_level_integration():
    sim = ladder.simulate(ses_like(), OPENS, 2004, 2014)
    assert sim.levels(2008) == {"Russia": 2, "Belarus": 2, "Kazakhstan": 0, "Ukraine": 1}
    assert sim.levels_in_use(2008) == [1, 2]
    assert sim.levels_in_use(2012) == [1, 2, 3]
    assert sim.core(2012) == ["Russia", "Belarus"]
    assert sim.pair_level("Russia", "Ukraine", 2012) == 1  # the deepest stage both are in
    assert sim.pair_level("Russia", "Kazakhstan", 2012) == 2
    assert sim.pair_level("Kazakhstan", "Ukraine", 2008) == 0


def test_everyone_joining_together_is_single_speed():
    same = {s: {"FTA": 2005, "CU": 2007} for s in ("A", "B", "C")}
    sim = ladder.simulate(same, OPENS, 2004, 2010)
    assert all(len(sim.levels_in_use(y)) <= 1 for y in range(2004, 2011))


def test_pair_matrix_and_table_shapes():
    sim = ladder.simulate(ses_like(), OPENS, 2004, 2014)
    assert len(sim.table()) == 4 * 11
    m = sim.pair_matrix(2012)
    assert len(m) == 16
    assert m.set_index(["state_a", "state_b"]).level[("Ukraine", "Belarus")] == 1


def test_plan_from_pace_delays_each_join_and_stops_at_the_deepest_stage():
    plan = ladder.plan_from_pace("customs union", 2, OPENS)
    assert plan == {1: 2007, 2: 2009, 3: None}
    with pytest.raises(ValueError, match="delay"):
        ladder.plan_from_pace("FTA", -1, OPENS)


@pytest.mark.parametrize(
    "choices, opens, start, end, message",
    [
        ({}, OPENS, 2004, 2010, "at least one state"),
        ({"A": {"FTA": "2005"}}, OPENS, 2004, 2010, "whole year"),
        ({"A": {"FTA": 2005.5}}, OPENS, 2004, 2010, "whole year"),
        ({"A": {"federation": 2005}}, OPENS, 2004, 2010, "Unknown stage"),
        ({"A": {"FTA": 2005}}, OPENS, 2010, 2004, "before the first year"),
        ({"A": {"FTA": None}}, OPENS, 2004, 2010, "No state chooses"),
        ({"A": {"FTA": 2005, "CU": 2007}}, {"FTA": 2005}, 2004, 2010, "customs union agreement opens"),
        ({"A": {"FTA": 2005}}, {"FTA": 2005, "CU": 2003}, 2004, 2010, "cannot open"),
        ({"A": [2005]}, OPENS, 2004, 2010, "must be a dict"),
        ({"A": {"FTA": 1800}}, OPENS, 2004, 2010, "between"),
    ],
)
def test_odd_input_gets_a_clear_valueerror(choices, opens, start, end, message):
    with pytest.raises(ValueError, match=message):
        ladder.simulate(choices, opens, start, end)


def test_charts_carry_title_and_description(table):
    for chart in (
        ladder.ladder_chart(table, 2004),
        ladder.simulation_chart(ladder.simulate(ses_like(), OPENS, 2004, 2014), 2008),
    ):
        title, description = charts.require_style(chart.to_dict())
        assert title and description


def test_simulation_chart_describes_the_levels_in_the_chosen_year():
    chart = ladder.simulation_chart(ladder.simulate(ses_like(), OPENS, 2004, 2014), 2012)
    assert "3 levels in use" in chart.to_dict()["description"]
    with pytest.raises(ValueError, match="between 2004 and 2014"):
        ladder.simulation_chart(ladder.simulate(ses_like(), OPENS, 2004, 2014), 2020)


# --- lesson 04's views -------------------------------------------------------------------------


def test_the_climb_chart_has_three_rows_and_dates_the_plan_window():
    stages = data.load("integration_stages")
    chart = ladder.climb_chart(stages, (2003, 2008))
    spans, points, above, below = chart.layer
    assert set(points.data["track"]) == set(ladder.views._CLIMB_TRACKS)
    assert len(points.data) == 6 and len(above.data) + len(below.data) == 6
    window = spans.data[spans.data["part"] == "planned completion window"]
    assert (window["start"].item(), window["end"].item()) == (2003, 2008)
    assert "to be completed in 2003–2008" in charts.require_style(charts.spec_of(chart))[1]


def test_the_simulation_explorer_has_a_depth_and_a_delay_per_state_and_redraws_on_a_move():
    opens = {"free trade area": 2005, "customs union": 2007, "common market": 2010}
    view = ladder.simulation_explorer(opens, start=2004, end=2016)
    assert list(view.controls) == [
        "ru",
        "ru_delay",
        "by",
        "by_delay",
        "kz",
        "kz_delay",
        "ua",
        "ua_delay",
        "year",
    ]
    assert view.controls["ua"].value == "free trade area" and view.controls["year"].value == 2011
    before = view.pane.widget.value
    view.controls["ua"].value = "common market"
    assert view.pane.widget.value != before and not view.message.value
