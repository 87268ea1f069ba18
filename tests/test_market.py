"""course.topics.market: the union-vs-Russia calculator, group shares and trade-share definitions.

Expected values are computed here independently from the CSV files (standard library),
or from small hand-made tables whose answers can be worked out on paper.
"""

from __future__ import annotations

import csv
import math
from pathlib import Path

import pandas as pd
import pytest

from course import data
from course.topics import market

DATA = Path(__file__).resolve().parents[1] / "data"


def macro_csv(year: int) -> dict[str, dict[str, str]]:
    with (DATA / "macro.csv").open(encoding="utf-8") as fh:
        return {r["iso3"]: r for r in csv.DictReader(fh) if r["year"] == str(year)}


def test_big_four_population_2004_is_the_sum_of_the_four_world_bank_values():
    rows = macro_csv(2004)
    expected = sum(int(rows[s]["population"]) for s in ("BLR", "KAZ", "RUS", "UKR"))
    got = market.market_size(market.BIG_FOUR, 2004).set_index("measure").loc["population"]
    assert got["union"] == expected
    assert got["russia"] == int(rows["RUS"]["population"])
    assert got["change_pct"] == pytest.approx(100 * (expected / int(rows["RUS"]["population"]) - 1))


def test_union_gdp_per_head_is_total_gdp_over_total_population_not_a_mean_of_ratios():
    rows = macro_csv(2003)
    four = ("BLR", "KAZ", "RUS", "UKR")
    gdp = sum(float(rows[s]["gdp_usd"]) for s in four)
    pop = sum(int(rows[s]["population"]) for s in four)
    got = market.market_size(four, 2003).set_index("measure").loc["gdp_pc_usd", "union"]
    assert got == pytest.approx(gdp / pop, rel=1e-12)
    mean_of_ratios = sum(float(rows[s]["gdp_pc_usd"]) for s in four) / 4
    assert abs(got - mean_of_ratios) > 100  # the two differ by far more than rounding


def test_russia_alone_is_a_union_of_one_with_zero_change():
    df = market.market_size(["RUS"], 2004)
    assert (df["change_pct"].abs() < 1e-9).all()


def test_adding_poorer_partners_lowers_gdp_per_head_at_market_rates_in_2004():
    df = market.market_size(market.BIG_FOUR, 2004).set_index("measure")
    assert df.loc["population", "change_pct"] > 0 and df.loc["gdp_pc_usd", "change_pct"] < 0


def test_missing_ppp_makes_the_union_nan_and_names_the_states():
    last = int(data.load("macro")["year"].max())
    row = market.market_size(["RUS", "BLR"], last).set_index("measure").loc["gdp_ppp"]
    assert math.isnan(row["union"]) and "BLR" in row["missing"]


def test_share_of_russia_in_15_state_population_2003_matches_csv_sum():
    rows = macro_csv(2003)
    expected = 100 * int(rows["RUS"]["population"]) / sum(int(r["population"]) for r in rows.values())
    got = market.group_share(["RUS"], list(rows), 2003, "population")
    assert got == pytest.approx(expected)


def test_group_share_reads_the_older_maddison_vintage_too():
    with (DATA / "gdp_ppp_maddison_2018.csv").open(encoding="utf-8") as fh:
        rows = {r["iso3"]: float(r["gdp_ppp_2011"]) for r in csv.DictReader(fh) if r["year"] == "2004"}
    expected = 100 * sum(rows[s] for s in market.BIG_FOUR) / sum(rows.values())
    got = market.group_share(
        market.BIG_FOUR, market.CIS12, 2004, "gdp_ppp_2011", table=data.load("gdp_ppp_maddison_2018")
    )
    assert got == pytest.approx(expected)


def _toy_trade() -> pd.DataFrame:
    # universe A, B, C; group A, B. Intra flows: A->B 10, B->A 20, A->C 30, C->B 40 (= 100)
    rows = [
        ("A", "B", "exports", 10.0),
        ("B", "A", "exports", 20.0),
        ("A", "C", "exports", 30.0),
        ("C", "B", "imports", 40.0),
        ("A", "WLD", "exports", 100.0),
        ("B", "WLD", "imports", 50.0),
        ("C", "WLD", "exports", 50.0),
    ]
    return pd.DataFrame(
        [
            {"reporter_iso3": r, "partner_iso3": p, "year": 2004, "flow": f, "value_usd_millions": v}
            for r, p, f, v in rows
        ]
    )


def test_trade_share_definitions_on_a_hand_made_table():
    got = market.trade_shares(_toy_trade(), 2004, group=["A", "B"], universe=["A", "B", "C"])
    share = got.set_index("definition")["share_pct"]
    assert share["total_trade"] == pytest.approx(75.0)  # 150 of 200
    assert share["intra_reported"] == pytest.approx(60.0)  # A and B report 10+20+30 of 100
    assert share["intra_involving"] == pytest.approx(100.0)  # every flow touches A or B
    assert share["intra_within"] == pytest.approx(30.0)  # only A<->B: 10+20
    assert got.set_index("definition").loc["intra_within", "cells_possible"] == 12


def test_trade_shares_on_the_course_table_lie_between_0_and_100_and_report_gaps():
    got = market.trade_shares(data.load("cis_trade_2002_2005"), 2004)
    assert got["share_pct"].between(0, 100).all()
    assert (got["cells_reported"] <= got["cells_possible"]).all()
    assert (got["cells_reported"] < got["cells_possible"]).any()  # DOTS has gaps in 2004


def test_gdp_weights_follow_the_order_given_and_refuse_missing_years():
    w = market.gdp_weights(["UKR", "RUS"], 2004, "US$")
    assert list(w.index) == ["UKR", "RUS"] and w["RUS"] > w["UKR"]
    last = int(data.load("macro")["year"].max())
    with pytest.raises(ValueError, match="No GDP"):
        market.gdp_weights(["RUS"], last, "PPP")


@pytest.mark.parametrize(
    "call,message",
    [
        (lambda: market.market_size([], 2004), "at least one"),
        (lambda: market.market_size(["XXX"], 2004), "Unknown"),
        (lambda: market.market_size(["RUS"], 1850), "No data for 1850"),
        (lambda: market.market_size(["RUS"], "soon"), "whole number"),
        (lambda: market.group_share(["RUS"], ["UKR"], 2004), "not in the universe"),
        (lambda: market.gdp_weights(["RUS"], 2004, "roubles"), "Basis"),
    ],
)
def test_odd_input_gives_a_clear_value_error(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_make_data_02_reproduces_the_committed_module_02_files():
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_data_02", DATA.parent / "tools" / "make_data_02.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    def rows(name):
        with (DATA / name).open(encoding="utf-8") as fh:
            return list(csv.DictReader(fh))

    assert rows("cis_trade_2002_2005.csv") == module.build_trade()
    assert rows("gdp_ppp_maddison_2018.csv") == module.build_maddison()
    assert rows("ses_paper_figures.csv") == module.figure_rows()
