"""The keys of exercise 06's closing assignment ("Ten years on", q11-q14) follow from data/.

Each key is recomputed here from the shipped tables with the course's own calculator, so a
change in the data (or a typed-in key) fails the test instead of silently marking students wrong.
"""

from pathlib import Path

import pandas as pd
import pytest

from course import data
from course.grading import private_keys
from course.topics import gas

ROOT = Path(__file__).resolve().parents[1]
MASTER = ROOT / "instructor" / "masters" / "exercises" / "06_conclusion_and_hindsight.py"


@pytest.fixture(scope="module")
def keys():
    return private_keys.read_master(MASTER).questions


def _shares_of_2007_netback() -> pd.Series:
    europe = data.load("gas_price_europe").set_index("year")
    netback = gas.netback_estimate(europe.loc[2007, "price_usd_mmbtu"])
    prices = data.load("gas_prices")
    rows = prices[(prices["year"] == 2007) & (prices["kind"] == "contract")]
    return (100 * (rows["price_low"] + rows["price_high"]) / 2 / netback).set_axis(rows["buyer"])


def test_q11_georgia_2007_share_of_the_same_year_netback(keys):
    q = keys["q11"]
    assert q.answer == pytest.approx(_shares_of_2007_netback()["Georgia"], abs=0.05)
    assert q.kwargs["tol"] < abs(_shares_of_2007_netback()["Georgia"] - _shares_of_2007_netback()["Moldova"])


def test_q12_order_of_the_2007_buyers_by_share_of_netback(keys):
    shares = _shares_of_2007_netback()
    assert shares.is_unique and len(shares) == 4
    assert keys["q12"].answer == list(shares.sort_values().index)
    assert sorted(keys["q12"].kwargs["items"]) == sorted(shares.index)


def test_q13_change_in_russias_share_of_moldovas_trade_2013_to_2016(keys):
    trade = data.load("trade_with_russia")
    mda = trade[trade["iso3"] == "MDA"].set_index("year")["share_rus_pct"]
    assert keys["q13"].answer == pytest.approx(mda[2016] - mda[2013], abs=0.05)
    assert keys["q13"].answer < 0, "a fall is negative, as the prompt says"


def test_q14_states_that_left_a_russian_led_body_before_2014(keys):
    m = data.load("memberships")
    left = m[m["org_id"].isin(["CIS", "CST", "CSTO", "EURASEC"]) & (m["left"] < pd.Timestamp("2014-01-01"))]
    assert sorted(keys["q14"].answer) == sorted(left["iso3"].unique())
    # EurAsEC's own end (1 Jan 2015) is excluded by the date, not by hand.
    assert not (
        m[(m["org_id"] == "EURASEC") & (m["iso3"] == "BLR")]["left"] < pd.Timestamp("2014-01-01")
    ).any()
