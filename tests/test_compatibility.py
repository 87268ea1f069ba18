"""The compatibility checker of module 05: every pair and all 32 combinations are pinned."""

from __future__ import annotations

import itertools

import pytest

from course import charts
from course.topics import compatibility as cp

C, Q, X, N = cp.COMPATIBLE, cp.CONDITIONAL, cp.INCOMPATIBLE, cp.NOTHING

# The ten pairs: verdict and deciding rule, written out by hand from the trade logic.
PAIRS = {
    ("fta_ses", "cu_ses"): (C, "nested"),
    ("fta_ses", "fta_eu"): (Q, "two_ftas"),
    ("fta_ses", "eu_member"): (X, "cu_plus_fta"),
    ("fta_ses", "wto"): (C, "wto_fta"),
    ("cu_ses", "fta_eu"): (X, "cu_plus_fta"),
    ("cu_ses", "eu_member"): (X, "two_cus"),
    ("cu_ses", "wto"): (Q, "wto_cu"),
    ("fta_eu", "eu_member"): (C, "nested"),
    ("fta_eu", "wto"): (C, "wto_fta"),
    ("eu_member", "wto"): (C, "wto_cu"),
}

# All 32 sets (keys in the order fta_ses, cu_ses, fta_eu, eu_member, wto) -> verdict.
ALL_32 = {
    (): N,
    ("wto",): C,
    ("eu_member",): C,
    ("eu_member", "wto"): C,
    ("fta_eu",): C,
    ("fta_eu", "wto"): C,
    ("fta_eu", "eu_member"): C,
    ("fta_eu", "eu_member", "wto"): C,
    ("cu_ses",): C,
    ("cu_ses", "wto"): Q,
    ("cu_ses", "eu_member"): X,
    ("cu_ses", "eu_member", "wto"): X,
    ("cu_ses", "fta_eu"): X,
    ("cu_ses", "fta_eu", "wto"): X,
    ("cu_ses", "fta_eu", "eu_member"): X,
    ("cu_ses", "fta_eu", "eu_member", "wto"): X,
    ("fta_ses",): C,
    ("fta_ses", "wto"): C,
    ("fta_ses", "eu_member"): X,
    ("fta_ses", "eu_member", "wto"): X,
    ("fta_ses", "fta_eu"): Q,
    ("fta_ses", "fta_eu", "wto"): Q,
    ("fta_ses", "fta_eu", "eu_member"): X,
    ("fta_ses", "fta_eu", "eu_member", "wto"): X,
    ("fta_ses", "cu_ses"): C,
    ("fta_ses", "cu_ses", "wto"): Q,
    ("fta_ses", "cu_ses", "eu_member"): X,
    ("fta_ses", "cu_ses", "eu_member", "wto"): X,
    ("fta_ses", "cu_ses", "fta_eu"): X,
    ("fta_ses", "cu_ses", "fta_eu", "wto"): X,
    ("fta_ses", "cu_ses", "fta_eu", "eu_member"): X,
    ("fta_ses", "cu_ses", "fta_eu", "eu_member", "wto"): X,
}


def test_the_pinned_table_covers_all_32_combinations_once():
    assert len(ALL_32) == 32
    assert {frozenset(k) for k in ALL_32} == {
        frozenset(c) for r in range(6) for c in itertools.combinations(cp.KEYS, r)
    }


@pytest.mark.parametrize("pair", list(PAIRS), ids=["+".join(p) for p in PAIRS])
def test_each_pair_gets_its_verdict_and_rule_in_either_order(pair):
    status, rule = PAIRS[pair]
    for a, b in (pair, pair[::-1]):
        r = cp.pair_rule(a, b)
        assert (r.status, r.rule) == (status, rule)
        assert (r.a, r.b) == pair  # canonical order
        assert r.reason and r.source and r.basis.startswith("legal rule")


@pytest.mark.parametrize("combo", list(ALL_32), ids=["+".join(c) or "none" for c in ALL_32])
def test_each_of_the_32_combinations_has_its_pinned_verdict(combo):
    v = cp.check(list(combo))
    assert v.status == ALL_32[combo]
    assert v.chosen == combo
    assert len(v.pairs) == len(combo) * (len(combo) - 1) // 2


def test_all_combinations_frame_agrees_with_the_pinned_table_and_counts_16_clashing_sets():
    df = cp.all_combinations()
    assert len(df) == 32
    for row in df.itertuples():
        combo = tuple(k for k in cp.KEYS if getattr(row, k))
        assert row.status == ALL_32[combo]
    assert df["status"].value_counts().to_dict() == {X: 16, C: 11, Q: 4, N: 1}


def test_customs_union_with_ses_blocks_eu_membership_as_paper_section_4_says():
    r = cp.pair_rule("cu_ses", "eu_member")
    assert r.status == X
    assert "unthinkable" in r.paper_reading and "§4" in r.paper_reading
    assert r.basis == "legal rule + paper's reading"


def test_two_ftas_coexist_on_conditions_with_khristenkos_mexico_precedent():
    r = cp.pair_rule("fta_eu", "fta_ses")
    assert r.status == Q
    assert "Mexico" in r.source and "rules of origin" in r.reason


def test_ses_fta_and_eu_membership_flag_that_the_papers_reading_differs_from_the_legal_rule():
    r = cp.pair_rule("fta_ses", "eu_member")
    assert r.status == X and r.rule == "cu_plus_fta"
    assert r.basis == "legal rule; the paper's reading differs"
    assert "aim" in r.paper_reading


def test_wto_with_ses_customs_union_is_conditional_only_because_russia_was_outside_the_wto():
    assert cp.pair_rule("cu_ses", "wto").status == Q
    assert cp.pair_rule("eu_member", "wto").status == C
    original = dict(cp.BLOC_ALL_IN_WTO)
    try:
        cp.BLOC_ALL_IN_WTO["SES"] = True  # had Russia been in the WTO…
        assert cp.pair_rule("cu_ses", "wto").status == C
    finally:
        cp.BLOC_ALL_IN_WTO.clear()
        cp.BLOC_ALL_IN_WTO.update(original)


def test_adding_a_commitment_never_makes_a_set_less_problematic():
    for combo in ALL_32:
        for extra in set(cp.KEYS) - set(combo):
            bigger = cp.check(list(combo) + [extra])
            if combo:
                assert cp.SEVERITY[bigger.status] >= cp.SEVERITY[cp.check(list(combo)).status]


def test_verdict_is_the_worst_pair_and_blocking_lists_the_clashes():
    v = cp.check(["fta_ses", "fta_eu", "eu_member", "wto"])
    assert v.status == X and not v.compatible
    assert {(p.a, p.b) for p in v.blocking} == {("fta_ses", "eu_member")}
    assert {(p.a, p.b) for p in v.conditions} == {("fta_ses", "fta_eu")}
    assert "1 clashing pair" in v.headline()


@pytest.mark.parametrize(
    "given",
    [
        ["EU membership", "customs union with the SES"],
        {"eu_member": True, "cu_ses": True, "wto": False},
        ("cu_ses", "eu_member", "eu_member"),
        ["  Customs Union With The SES ", "eu member"],
    ],
)
def test_labels_keys_dicts_and_duplicates_are_all_accepted(given):
    assert cp.check(given).chosen == ("cu_ses", "eu_member")


def test_one_string_and_none_are_read_sensibly():
    assert cp.check("wto").chosen == ("wto",)
    assert cp.check(None).status == N


@pytest.mark.parametrize(
    "bad, words",
    [
        (["NATO"], "Unknown commitment 'NATO'"),
        ([3], "as text"),
        (42, "as a list"),
        (["wto", None], "as text"),
    ],
)
def test_odd_input_raises_a_clear_value_error(bad, words):
    with pytest.raises(ValueError, match=words):
        cp.check(bad)


def test_a_pair_of_the_same_commitment_is_refused():
    with pytest.raises(ValueError, match="two different"):
        cp.pair_rule("wto", "WTO membership")


def test_pair_table_has_ten_rows_matching_pair_rule():
    t = cp.pair_table()
    assert len(t) == 10
    assert {(r.a, r.b): (r.status) for r in t.itertuples()} == {k: v[0] for k, v in PAIRS.items()}


def test_verdict_html_lists_every_pair_and_escapes_text():
    v = cp.check(["fta_ses", "cu_ses", "fta_eu"])
    out = v.html()
    assert out.count("<tr><td") == 3
    assert "Incompatible" in out and "Paper's reading" in out
    assert "<script" not in out and "&amp;" not in out


def test_checker_widget_redraws_when_boxes_are_ticked():
    w = cp.checker()
    assert w.verdict.status == N and "Nothing chosen" in w.output.value
    w.boxes["cu_ses"].value = True
    w.boxes["fta_eu"].value = True  # as a student clicks
    assert w.verdict.status == X and "cannot keep an FTA" in w.output.value
    assert w.set(["fta_ses", "fta_eu"]).status == Q
    assert w.chosen() == ("fta_ses", "fta_eu")


def test_checker_widget_uses_no_output_widget():
    import ipywidgets as widgets

    w = cp.checker(["wto"])
    stack = [w.widget]
    while stack:
        node = stack.pop()
        assert not isinstance(node, widgets.Output)
        stack.extend(getattr(node, "children", ()))


def test_network_moves_ukraine_towards_the_hub_of_its_customs_union_and_marks_clashes():
    def ukraine_x(chosen):
        nodes, _ = cp.network(chosen)
        return next(n["x"] for n in nodes if n["name"] == "Ukraine")

    assert ukraine_x(["cu_ses"]) > 0 > ukraine_x(["eu_member"])
    assert ukraine_x(["fta_ses", "fta_eu"]) == 0
    _, edges = cp.network(["cu_ses", "fta_eu"], russia_spokes={"Belarus": "customs union"})
    to_ukraine = [e for e in edges if e["to"] == "Ukraine"]
    assert len(to_ukraine) == 2 and all(e["clash"] for e in to_ukraine)
    assert any(e["to"] == "Belarus" and e["from"] == "Russia" for e in edges)


def test_hub_and_spoke_chart_has_title_description_and_rule_layer():
    spec = cp.hub_and_spoke(
        ["fta_ses", "fta_eu"], {"Belarus": "customs union"}, {"Mexico": "free trade area"}
    ).to_dict()
    assert spec["title"]["text"] and "compatible on conditions" in spec["description"]
    marks = [layer["mark"]["type"] for layer in spec["layer"]]
    assert marks == ["rule", "point", "text"]


# --- lesson 05's views -------------------------------------------------------------------------


def test_maximal_sets_hold_together_and_take_no_further_commitment():
    maximal = cp.maximal_sets()
    assert len(maximal) > 0
    assert set(maximal["status"]) <= {cp.COMPATIBLE, cp.CONDITIONAL}
    labels = {c.label: k for k, c in cp.COMMITMENTS.items()}
    for names in maximal["commitments"]:
        chosen = [labels[n] for n in names.split(", ")]
        assert cp.check(chosen).status != cp.INCOMPATIBLE
        assert all(cp.check(chosen + [k]).status == cp.INCOMPATIBLE for k in cp.KEYS if k not in chosen)


def test_the_pair_matrix_is_symmetric_and_marks_each_verdict():
    chart = cp.pair_matrix_chart()
    grid = chart.data
    assert len(grid) == 2 * len(cp.pair_table()) == 20
    assert set(grid["symbol"]) == {"✓", "◐", "✗"}
    assert (grid[grid["status"] == cp.INCOMPATIBLE]["symbol"] == "✗").all()
    assert [layer.mark.type for layer in chart.layer] == ["rect", "text"]
    assert (
        charts.require_style(charts.spec_of(chart))[0]
        == "Which pairs of Ukraine's commitments are compatible?"
    )
