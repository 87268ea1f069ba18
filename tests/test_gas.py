"""The gas-price calculator (course.topics.gas) against paper fn 31 and the Energy Institute data."""

import math

import pytest

from course import data
from course.topics import gas


def belarus_2004_bcm() -> float:
    g = data.load("gas_consumption_ei")
    return g.loc[(g.iso3 == "BLR") & (g.year == 2004), "gas_consumption_bcm"].item()


def test_gas_subsidy_is_price_gap_times_volume_in_dollars():
    # $1/tcm on 1 bcm (= 1,000,000 tcm) is $1 m
    assert gas.implied_subsidy(2, 1, 1) == pytest.approx(1e6)
    assert gas.implied_subsidy(100, 46.68, 10) == pytest.approx(53.32 * 10 * 1e6)


def test_gas_belarus_2004_against_germany_is_about_1bn_dollars():
    vol = belarus_2004_bcm()
    assert 18 < vol < 19  # EI: 18.53 bcm in 2004
    s = gas.implied_subsidy(gas.GERMANY_NET_PRICE, gas.BELARUS_2004_PRICE, vol)
    assert s == pytest.approx(988e6, rel=1e-3)


def test_gas_belarus_paid_more_than_russian_domestic_users_a_premium_not_a_subsidy():
    rows = {r.reference: r for r in gas.subsidy_table(belarus_2004_bcm())}
    low, high, germany = rows.values()
    assert low.kind == high.kind == "premium" and germany.kind == "subsidy"
    assert low.subsidy_usd < high.subsidy_usd < 0 < germany.subsidy_usd


def test_gas_domestic_price_offer_for_beltransgas_is_worth_300_to_365m_a_year():
    vol = belarus_2004_bcm()
    values = sorted(
        -gas.implied_subsidy(ref, gas.BELARUS_2004_PRICE, vol)
        for ref in (gas.RUSSIA_DOMESTIC_LOW, gas.RUSSIA_DOMESTIC_HIGH)
    )
    assert values[0] == pytest.approx(309e6, rel=2e-3) and values[1] == pytest.approx(365e6, rel=2e-3)


def test_gas_break_even_volume_inverts_the_subsidy():
    v = gas.break_even_volume(1.17e9, gas.GERMANY_NET_PRICE, gas.BELARUS_2004_PRICE)
    assert gas.implied_subsidy(gas.GERMANY_NET_PRICE, gas.BELARUS_2004_PRICE, v) == pytest.approx(1.17e9)
    with pytest.raises(ValueError, match="above the price paid"):
        gas.break_even_volume(1e9, 27, 46.68)


def test_gas_volume_units_convert_to_bcm():
    assert gas.volume_bcm_from(18_534, "mcm") == pytest.approx(18.534)
    assert gas.volume_bcm_from(2e6, "tcm") == pytest.approx(2.0)
    with pytest.raises(ValueError, match="unit must be one of"):
        gas.volume_bcm_from(1, "barrels")


@pytest.mark.parametrize("bad", [None, "18.5", math.nan, -3, True])
def test_gas_rejects_odd_volumes_with_a_clear_valueerror(bad):
    with pytest.raises(ValueError, match="volume_bcm"):
        gas.implied_subsidy(100, 46.68, bad)


def test_gas_rejects_volumes_in_the_wrong_unit_and_prices_per_million_m3():
    with pytest.raises(ValueError, match="million"):
        gas.implied_subsidy(100, 46.68, 18_534)
    with pytest.raises(ValueError, match="per million"):
        gas.implied_subsidy(100_000, 46.68, 18.5)


def test_gas_data_matches_the_energy_institute_source_text():
    import csv
    from pathlib import Path

    src = (
        Path(__file__).resolve().parents[1]
        / "data"
        / "sources"
        / "energy-institute-statistical-review-2024"
        / "gas_consumption_bcm.csv"
    )
    with src.open(encoding="utf-8") as fh:
        want = {(r["country"], r["year"]): r["value"].strip() for r in csv.DictReader(fh)}
    with data.path("gas_consumption_ei").open(encoding="utf-8") as fh:
        got = list(csv.DictReader(fh))
    assert len(got) == 11 * 34
    for r in got:
        assert want[(r["ei_country"], r["year"])] == r["gas_consumption_bcm"]


def test_make_data_03_rebuilds_the_committed_tables_and_keeps_electricity_unconfirmed():
    import csv
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("make_data_03", root / "tools" / "make_data_03.py")
    md = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(md)
    with data.path("instruments").open(encoding="utf-8") as fh:
        assert list(csv.DictReader(fh)) == md.instrument_rows()
    if md.EI_DIR.is_dir():
        with data.path("gas_consumption_ei").open(encoding="utf-8") as fh:
            assert list(csv.DictReader(fh)) == md.gas_rows()
    inst = data.load("instruments")
    elec = inst[inst.case_id == "ELECTRICITY_CUTOFFS"]
    assert set(elec.target_iso3) == {"GEO", "MDA"} and (elec.confidence == "Unconfirmed").all()
    vat_rows = inst[inst.case_id == "VAT_DESTINATION_2004"]
    assert set(vat_rows.target_iso3) == {"BLR", "KAZ", "UKR"} and (vat_rows.value == 34).all()
    assert inst.loc[inst.case_id == "BLR_GAS_PRICE_2004", "value"].item() == gas.BELARUS_2004_PRICE


def test_gas_border_price_per_tcm_depends_on_the_stated_heat_factor():
    assert gas.per_tcm(4.2775) == pytest.approx(151.0, abs=0.05)  # 2004, gross 35.3
    assert gas.per_tcm(4.2775, gas.MMBTU_PER_TCM_NET) == pytest.approx(145.9, abs=0.05)
    with pytest.raises(ValueError, match="heat content"):
        gas.per_tcm(4.2775, mmbtu_per_tcm=1000)


def test_gas_2007_belarus_discount_is_larger_against_the_2007_price_than_against_2004():
    # The lesson's old reading compared Belarus's $100 in 2007 with the 2004 netback of $100.
    transport = gas.implied_transport_cost()
    assert transport == pytest.approx(51.0, abs=0.1)
    net_2007 = gas.netback_estimate(8.555)  # Pink Sheet 2007
    assert net_2007 == pytest.approx(251.0, abs=0.2)
    gap_2004 = gas.GERMANY_NET_PRICE - gas.BELARUS_2004_PRICE
    gap_2007 = net_2007 - 100
    assert gap_2007 > 2 * gap_2004
    assert 100 / net_2007 < gas.BELARUS_2004_PRICE / gas.GERMANY_NET_PRICE  # a smaller share paid


def test_gas_year_references_add_the_paper_prices_only_for_2004():
    assert set(gas.REFERENCES) <= set(gas.year_references(2004, 4.2775))
    refs_2007 = gas.year_references(2007, 8.555)
    assert not set(gas.REFERENCES) & set(refs_2007) and len(refs_2007) == 2


def test_gas_price_europe_table_matches_the_course_constant_and_the_factor():
    eu = data.load("gas_price_europe").set_index("year")
    assert eu.loc[2004, "price_usd_mmbtu"] == gas.EUROPE_BORDER_2004_USD_MMBTU
    assert (eu["price_usd_tcm_gross"] - eu["price_usd_mmbtu"] * gas.MMBTU_PER_TCM_GROSS).abs().max() < 0.06


# --- the lessons' tables and charts ------------------------------------------------------------


def test_price_bars_show_the_four_prices_of_fn_31_and_2007():
    chart = gas.price_bars(data.load("gas_prices"))
    shown = chart.data  # both layers draw the same rows, which Altair hoists to the layer
    assert sorted(shown["label"]) == sorted(gas.FN31_LABELS)
    assert "$46.68" in set(shown["price_text"])
    assert chart.layer[0].to_dict()["encoding"]["y"]["sort"] == gas.FN31_LABELS


def test_belarus_against_europe_has_one_row_per_year_with_a_price_and_the_2004_netback_of_100():
    europe = data.load("gas_price_europe").set_index("year")
    blr = data.load("gas_consumption_ei").query("iso3 == 'BLR'")
    prices = data.load("gas_prices")
    matched = gas.belarus_against_europe(prices, europe, blr)
    assert list(matched.index) == sorted(prices.loc[prices["buyer"] == "Belarus", "year"].unique())
    assert matched.loc[2004, "Europe less 2004 transport"] == pytest.approx(gas.GERMANY_NET_PRICE)
    assert matched.loc[2004, "volume (bcm, EI)"] == pytest.approx(belarus_2004_bcm())
    assert "transport implied by fn 31: 51" in gas.border_price_note()


def test_the_subsidy_chart_lists_the_references_of_its_year():
    chart = gas.subsidy_chart(2004, gas.BELARUS_2004_PRICE, 18.5, gas.EUROPE_BORDER_2004_USD_MMBTU)
    assert len(chart.data) == 5 and chart.title.text.endswith("on 18.5 bcm (2004)")
    assert len(gas.subsidy_chart(2007, 100, 20, 8.555).data) == 2
    with pytest.raises(ValueError, match="heat_factor"):
        gas.subsidy_chart(2004, 46.68, 18.5, 4.2775, heat_factor="36")


def test_the_hindsight_chart_draws_five_buyers_against_two_european_lines():
    chart = gas.hindsight_chart(data.load("gas_prices"), data.load("gas_price_europe"))
    border, net, _ranges, dots = chart.layer
    assert set(dots.data["buyer"]) <= set(gas.HINDSIGHT_BUYERS) and len(set(dots.data["buyer"])) >= 4
    assert border.data["year"].between(2004, 2014).all()
    assert net.encoding.y.shorthand == "netback:Q"
