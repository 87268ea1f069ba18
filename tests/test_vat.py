"""The VAT calculator (course.topics.vat) against the paper's figures (§4, §6) and facts.md §12."""

import math

import pytest

from course.topics import vat


def test_vat_calculator_reproduces_34bn_roubles():
    # Back out the export base from 34 bn roubles at 18 %, then run the calculator forward:
    # under the origin principle Russia collects 34 bn; under the destination principle nothing.
    base = vat.implied_base(34e9, 18)
    origin = vat.split(base, "origin", origin_rate_pct=18)
    destination = vat.split(base, "destination", origin_rate_pct=18)
    assert origin.exporter_collects == pytest.approx(34e9)
    assert destination.exporter_collects == 0
    assert vat.switch_cost(base, 18) == pytest.approx(34e9)


def test_vat_implied_exchange_rate_turns_34bn_roubles_into_1_17bn_dollars():
    fx = vat.implied_exchange_rate(vat.PAPER_COST_RUB, vat.PAPER_COST_USD)
    assert fx == pytest.approx(29.06, abs=0.01)  # roubles per US$, derived, not typed
    check = vat.paper_check()
    assert check.rub_per_usd == pytest.approx(fx)
    assert check.reproduced_cost_rub == pytest.approx(34e9)
    assert check.reproduced_cost_usd == pytest.approx(1.17e9)
    assert vat.to_usd(34e9, fx) == pytest.approx(1.17e9)


def test_vat_backs_out_export_base():
    # 34 bn roubles at 18 % is the VAT on a base of 188.9 bn roubles = $6.5 bn at the implied rate.
    assert vat.implied_base(34e9, 18) == pytest.approx(188.89e9, rel=1e-4)
    assert vat.paper_check().russian_base_usd == pytest.approx(6.5e9)
    # the base depends on the rate: a higher rate means a smaller base for the same revenue
    assert vat.implied_base(34e9, 20) < vat.implied_base(34e9, 18)


def test_vat_reproduces_800m_for_ukraine_at_any_assumed_ukrainian_rate():
    for rate in (10, 18, 20, 25):
        base = vat.implied_base(vat.PAPER_UKRAINE_GAIN_USD, rate)
        assert vat.importer_gain(base, rate) == pytest.approx(800e6)
        assert vat.split(base, "destination", 18, rate).importer_collects == pytest.approx(800e6)


def test_vat_ukraine_base_at_18pct_is_about_two_thirds_of_the_three_partners_base():
    check = vat.paper_check(ukrainian_rate_pct=18)
    assert check.ukraine_base_usd == pytest.approx(4.444e9, rel=1e-3)
    assert check.ukraine_share_of_base == pytest.approx(800 / 1170)
    assert 0.5 < check.ukraine_share_of_base < 1  # consistent with "Ukraine will profit the most"


def test_vat_split_origin_vs_destination_moves_the_same_tax_between_budgets_at_equal_rates():
    o = vat.split(100.0, "origin", 18)
    d = vat.split(100.0, "destination", 18)
    assert (o.exporter_collects, o.importer_collects) == (18.0, 0.0)
    assert (d.exporter_collects, d.importer_collects) == (0.0, 18.0)
    assert o.total == d.total
    assert vat.split(100.0, "destination", 18, 20).importer_collects == pytest.approx(20.0)
    assert [r["budget"] for r in o.as_rows()] == ["Russia (exporter)", "Partner (importer)"]


def test_vat_ria_estimate_nets_to_9bn_roubles():
    assert vat.net_cost(vat.RIA_LOSS_2005_RUB, vat.RIA_OFFSET_2005_RUB) == pytest.approx(9e9)


@pytest.mark.parametrize("bad", [None, ..., "34bn", float("nan"), math.inf, -1, True, [1]])
def test_vat_rejects_odd_bases_with_a_clear_valueerror(bad):
    with pytest.raises(ValueError, match="export_base"):
        vat.split(bad, "origin", 18)


def test_vat_rates_are_per_cent_and_fractions_are_refused_with_advice():
    with pytest.raises(ValueError, match="Use 18"):
        vat.split(100, "origin", 0.18)
    with pytest.raises(ValueError, match="at most 100"):
        vat.implied_base(1, 180)
    with pytest.raises(ValueError, match="greater than 0"):
        vat.implied_base(1, 0)


def test_vat_unknown_principle_is_refused():
    with pytest.raises(ValueError, match="'origin' or 'destination'"):
        vat.split(100, "residence", 18)
    assert vat.split(100, " Destination ", 18).principle == "destination"


def test_vat_exchange_rate_needs_positive_amounts():
    with pytest.raises(ValueError, match="amount_usd"):
        vat.implied_exchange_rate(34e9, 0)


def test_vat_ukraine_base_at_the_inferred_20pct_is_about_three_fifths_of_the_three_partners_base():
    assert vat.UKRAINE_STANDARD_VAT_PCT == 20.0
    check = vat.paper_check()
    assert check.ukraine_base_usd == pytest.approx(4.0e9)
    assert check.ukraine_share_of_base == pytest.approx((800 / 0.20) / (1170 / 0.18))
    assert round(100 * check.ukraine_share_of_base, 2) == 61.54


def test_the_switch_table_moves_the_tax_from_russia_to_the_partner():
    table = vat.switch_table(189, 18, 20).set_index(["principle", "budget"])["vat_bn"]
    assert len(table) == 4
    assert table[(vat.ORIGIN_LABEL, "Russia's budget (exporter)")] == pytest.approx(189 * 0.18)
    assert table[(vat.DESTINATION_LABEL, "Russia's budget (exporter)")] == 0
    assert table[(vat.DESTINATION_LABEL, "Partner's budget (importer)")] == pytest.approx(189 * 0.20)


def test_the_switch_chart_titles_the_cost_in_roubles_and_dollars():
    fx = vat.implied_exchange_rate(vat.PAPER_COST_RUB, vat.PAPER_COST_USD)
    base_bn = vat.implied_base(vat.PAPER_COST_RUB, 18) / 1e9
    chart = vat.switch_chart(base_bn, 18, 20, rub_per_usd=fx)
    assert chart.title.text == "The switch costs Russia 34.0 bn roubles ($1.17 bn)"
    assert chart.encoding.yOffset.shorthand == "budget:N"
    with pytest.raises(ValueError):
        vat.switch_table(-1)
