"""course.topics.partners: the trade charts of lessons 05 (Ukraine) and 06 (Russia's share in hindsight)."""

from __future__ import annotations

import pandas as pd
import pytest

from course import charts, data
from course.topics import partners


@pytest.fixture(scope="module")
def ukraine() -> pd.DataFrame:
    return data.load("ukraine_trade_partners")


@pytest.fixture(scope="module")
def with_russia() -> pd.DataFrame:
    return data.load("trade_with_russia")


def test_ukraine_table_has_three_series_from_1996_to_2008_and_shares_below_100(ukraine):
    long = partners.ukraine_table(ukraine, "turnover", partners.SHARE)
    assert set(long["partner"]) == set(partners.UKRAINE_SERIES)
    assert long["year"].min() >= 1996 and long["year"].max() <= 2008
    assert long["value"].between(0, 100).all()
    ses = long[long["partner"] == "SES partners (RU+BY+KZ)"].set_index("year")["value"]
    russia = long[long["partner"] == "Russia"].set_index("year")["value"]
    assert (ses.reindex(russia.index).dropna() >= russia.reindex(ses.index).dropna()).all()


def test_ukraine_chart_names_the_flow_and_the_unit(ukraine):
    chart = partners.ukraine_chart(ukraine, "exports", partners.MILLIONS)
    spec = charts.spec_of(chart)
    assert spec["title"] == "Ukraine's goods exports with the EU, Russia and all SES partners, 1996–2008"
    assert spec["encoding"]["y"]["title"] == "million US$ (current)"
    with pytest.raises(ValueError, match="flow"):
        partners.ukraine_table(ukraine, "re-exports")


def test_russia_share_chart_draws_the_group_and_the_event_line(with_russia):
    chart = partners.russia_share_chart(
        with_russia, "Baltic states (EST, LTU, LVA)", "2008: war with Georgia"
    )
    lines, rule = chart.layer
    assert set(lines.data["state"]) == {"Estonia", "Latvia", "Lithuania"}
    assert list(rule.data["year"]) == [2008]
    assert chart.title.subtitle == "Dashed line: 2008: war with Georgia"
    with pytest.raises(ValueError, match="group"):
        partners.russia_share_chart(with_russia, "G7", "2008: war with Georgia")


def test_the_dot_plot_has_one_dot_per_state_and_snapshot_year(with_russia):
    chart = partners.share_dot_plot(with_russia)
    assert sorted(chart.data["year"].unique()) == partners.SNAPSHOT_YEARS
    assert chart.data["state"].notna().all()
    assert len(chart.data) == len(with_russia[with_russia["year"].isin(partners.SNAPSHOT_YEARS)])
