"""course.topics.instruments: selecting, mapping and counting Russia's instruments (lesson 03)."""

from __future__ import annotations

import pandas as pd
import pytest

from course import charts, data
from course.topics import instruments


@pytest.fixture(scope="module")
def inst() -> pd.DataFrame:
    return data.load("instruments")


def _tiny(kinds: list[str]) -> pd.DataFrame:
    return pd.DataFrame({"target_iso3": ["BLR"] * len(kinds), "carrot_or_stick": kinds})


@pytest.mark.parametrize(
    "kinds,status",
    [
        (["carrot", "stick"], "carrots and sticks"),
        (["carrot"], "carrot"),
        (["stick", "neither"], "stick"),
        (["neither"], "framework or presence only"),
    ],
)
def test_a_state_with_both_kinds_is_carrots_and_sticks(kinds, status):
    assert instruments.map_status(_tiny(kinds)) == {"BLR": status}


def test_select_keeps_cases_in_effect_that_year_and_undated_ones_only_for_all_years(inst):
    rows = instruments.select(inst, target="Belarus", year=2004)
    assert len(rows) > 0 and set(rows["target_name"]) == {"Belarus"}
    last = rows["year_end"].fillna(rows["year"])
    assert ((rows["year"] <= 2004) & (last >= 2004)).all()
    assert len(instruments.select(inst, all_years=True)) == len(inst)
    assert instruments.select(inst, year=2004)["year"].notna().all()


def test_the_map_counts_the_cases_in_its_title_and_keeps_the_kind_legend(inst):
    chart = instruments.instruments_map(inst, family="energy", year=2006)
    n = instruments.select(inst, family="energy", year=2006)["case_id"].nunique()
    spec = charts.spec_of(chart)
    assert spec["title"] == f"Targets of Russian instruments, 2006 ({n} case{'s' if n != 1 else ''})"
    assert spec["encoding"]["color"]["legend"] == {"orient": "right", "title": "Kind of instrument"}
    assert spec["encoding"]["color"]["scale"]["domain"] == [
        *instruments.STANCE_CATEGORIES,
        instruments.NO_CASE,
    ]


def test_the_case_table_lists_one_row_per_selected_case_and_says_when_none_match(inst):
    rows = instruments.select(inst, target="Belarus", year=2004)
    assert instruments.table_html(rows).count("<tr") == len(rows) + 1  # header + rows
    assert "No case matches" in instruments.table_html(rows.iloc[0:0])


def test_the_case_table_follows_the_explorer(inst):
    from course.widgets import explorer

    view = explorer(
        lambda **v: instruments.instruments_map(inst, **v),
        year=(2000, 2007, 2004),
        family=instruments.FAMILIES,
        stance=instruments.STANCES,
        target=instruments.targets(inst),
        all_years=False,
    )
    box = instruments.with_case_table(view, inst)
    table = box.children[1]
    view.controls["target"].value = "Belarus"
    assert table.value == instruments.table_html(instruments.select(inst, target="Belarus", year=2004))


def test_the_cases_chart_counts_each_case_once_in_two_panels(inst):
    chart = instruments.cases_chart(inst)
    assert len(chart.data) == inst["case_id"].nunique()
    spec = charts.spec_of(chart)
    assert spec["encoding"]["column"]["field"] == "origin"
    assert spec["encoding"]["color"]["scale"]["domain"] == instruments.KINDS
