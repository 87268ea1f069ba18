"""Module 06 data: trade shares with Russia (IMF DOTS), claims and gas prices."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import pandas as pd
import pytest

from course import data

ROOT = Path(__file__).resolve().parents[1]
DOTS = ROOT / "data" / "sources" / "imf-dots" / "dots_by_partner_long.csv"


def _make_data_06():
    spec = importlib.util.spec_from_file_location("make_data_06", ROOT / "tools" / "make_data_06.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows(name: str) -> list[dict[str, str]]:
    with (ROOT / "data" / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_make_data_06_reproduces_the_committed_files():
    md = _make_data_06()
    assert _rows("trade_with_russia") == md.build_trade()
    assert _rows("claims") == md.claim_rows()
    assert _rows("gas_prices") == md.gas_rows()


def test_ukraine_2013_flows_equal_the_imf_cells():
    dots = pd.read_csv(DOTS)
    cell = dots[
        (dots.reporter == "Ukraine")
        & (dots.partner == "Russian Federation")
        & (dots.year == 2013)
        & (dots.indicator == "Exports, FOB to Partner Countries")
    ]["value_usd_millions"].item()
    t = data.load("trade_with_russia").set_index(["iso3", "year"])
    assert t.loc[("UKR", 2013), "exports_to_rus"] == pytest.approx(cell, abs=1e-6)


def test_trade_covers_14_states_1995_to_2020_without_russia():
    t = data.load("trade_with_russia")
    assert len(t) == 14 * 26 and "RUS" not in set(t.iso3)
    assert t.year.min() == 1995 and t.year.max() == 2020


def test_share_is_trade_with_russia_over_trade_with_world():
    t = data.load("trade_with_russia")
    assert (t.trade_rus - (t.exports_to_rus + t.imports_from_rus)).abs().max() < 1e-5
    share = 100 * t.trade_rus / t.trade_world
    assert (share - t.share_rus_pct).abs().max() < 1e-3
    assert t.share_rus_pct.between(0, 100).all()


def test_russias_mirror_figures_for_belarus_stay_missing_in_the_gap_years():
    t = data.load("trade_with_russia")
    blr = t[t.iso3 == "BLR"].set_index("year")
    assert blr.loc[[2001, 2004, 2009, 2010], "mirror_rus_exports_to"].isna().all()
    assert blr.loc[[2003, 2005], "mirror_rus_exports_to"].notna().all()


def test_estimate_flags_name_the_estimated_fields():
    t = data.load("trade_with_russia")
    flagged = t[t.estimated]
    assert len(flagged) and flagged.estimated_fields.notna().all()
    assert t.loc[~t.estimated.astype(bool), "estimated_fields"].isna().all()
    assert "UZB" in set(flagged.iso3)


def test_gas_prices_match_the_paper_and_facts_md():
    gas = data.load("gas_prices").set_index("price_id")
    assert gas.loc["BLR_2004", "price_low"] == 46.68 and "fn 31" in gas.loc["BLR_2004", "source"]
    assert gas.loc["BLR_2007", "price_low"] == 100 and "§11a" in gas.loc["BLR_2007", "source"]
    assert (gas.price_low <= gas.price_high).all()
    assert gas.loc["MDA_2005", "confidence"] == "Low", "the disputed Moldovan price must say so"
