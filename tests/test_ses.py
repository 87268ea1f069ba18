"""course.topics.ses: the charts of lesson 02 (voting power, the Big Four's weight, market size)."""

from __future__ import annotations

import pytest

from course import charts, data
from course.topics import market, ses


def test_the_power_curve_has_one_row_per_quota_index_and_basis_and_ends_at_equal_power():
    curve = ses.russia_power_curve(2004)
    assert len(curve) == 51 * 2 * 2
    assert set(curve["index"]) == {"Banzhaf", "Shapley–Shubik"}
    at_unanimity = curve[curve["quota_pct"] == 100]["power"]
    assert at_unanimity.round(6).eq(0.25).all()
    assert curve[curve["quota_pct"] == 50]["power"].eq(1.0).all()  # Russia alone has over half


def test_the_power_curve_chart_steps_by_quota_with_the_year_in_its_title():
    spec = charts.spec_of(ses.power_curve_chart(ses.russia_power_curve(2004), 2004))
    assert spec["title"] == "Russia's power in a GDP-weighted Big Four Commission, 2004"
    lines = spec["layer"][0]
    assert lines["mark"] == {"type": "line", "interpolate": "step-after"}
    assert (
        lines["encoding"]["x"]["field"] == "quota_pct" and lines["encoding"]["strokeDash"]["field"] == "index"
    )


def test_the_power_chart_says_whether_russia_passes_alone():
    chart = ses.power_chart("Big Four (SES)", 2004, "US$", 50)
    assert chart.title.subtitle == "Russia CAN pass alone · CAN block alone"
    assert len(chart.data) == 4 * len(ses.MEASURE_LABELS)
    unanimity = ses.power_chart("Big Four (SES)", 2004, "US$", 100)
    assert unanimity.title.subtitle.startswith("Russia cannot pass alone")


def test_an_unknown_group_gets_the_list_of_groups():
    with pytest.raises(ValueError, match="Big Four"):
        ses.power_chart("G7", 2004, "US$", 50)


def test_definition_shares_give_three_gdp_and_four_trade_definitions_beside_the_paper():
    shares = ses.definition_shares(
        2004,
        data.load("cis_trade_2002_2005"),
        data.load("gdp_ppp_maddison_2018"),
        data.load("ses_paper_figures"),
    )
    assert list(shares["what"]) == ["GDP"] * 3 + ["trade"] * 4
    assert shares["paper_pct"].notna().all()
    spec = charts.spec_of(ses.paper_vs_data_chart(shares))
    assert spec["title"] == "The Big Four's weight in the CIS-12, 2004: data against the paper"
    assert [layer["mark"]["type"] for layer in spec["layer"]] == ["bar", "text", "tick"]


def test_the_population_chart_names_the_last_year_at_225_million():
    pop = ses.big_four_population(data.load("macro"))
    assert list(pop["year"]) == list(range(1990, 2011))
    last = ses.last_year_at_or_above(pop, 225)
    assert (
        pop.loc[pop["year"] == last, "millions"].item()
        >= 225
        > pop.loc[pop["year"] == last + 1, "millions"].item()
    )
    _, description = charts.require_style(charts.spec_of(ses.population_chart(pop)))
    assert description.endswith(f"225 million in {last}.")


def test_the_union_chart_compares_the_union_with_russia_and_refuses_an_empty_choice():
    chart = ses.union_chart(market.BIG_FOUR, 2004)
    assert chart.title.subtitle == "Belarus, Kazakhstan, Russia, Ukraine"
    assert chart.layer[0].encoding.x.shorthand == "pct_of_russia:Q"
    with pytest.raises(ValueError, match="at least one state"):
        ses.union_chart((), 2004)
