"""course.topics.voting against published values of textbook weighted voting games."""

from __future__ import annotations

import itertools
import math
import time

import numpy as np
import pytest

from course.topics import voting

EEC_1958 = [4, 4, 4, 2, 2, 1]  # France, Germany, Italy, Belgium, Netherlands, Luxembourg
UNSC = [7] * 5 + [1] * 10  # 5 permanent + 10 elected members, quota 39


def brute_force_shapley(weights, quota):
    """Independent check: walk through all n! orderings and count the pivotal player."""
    n = len(weights)
    pivots = [0] * n
    for order in itertools.permutations(range(n)):
        total = 0
        for p in order:
            total += weights[p]
            if total >= quota:
                pivots[p] += 1
                break
    return np.array(pivots) / math.factorial(n)


def test_weights_4_2_1_quota_4_first_player_is_a_dictator():
    assert voting.banzhaf([4, 2, 1], 4).tolist() == [1.0, 0.0, 0.0]
    assert voting.shapley_shubik([4, 2, 1], 4).tolist() == [1.0, 0.0, 0.0]
    assert voting.can_pass_alone([4, 2, 1], 4, 0)
    assert voting.dummies([4, 2, 1], 4) == [1, 2]


def test_weights_4_2_1_quota_5_banzhaf_is_3_1_1_fifths():
    assert voting.banzhaf_swings([4, 2, 1], 5).tolist() == [3, 1, 1]
    assert voting.banzhaf([4, 2, 1], 5) == pytest.approx([0.6, 0.2, 0.2])


def test_weights_4_2_1_quota_5_shapley_shubik_is_4_1_1_sixths():
    assert voting.shapley_shubik([4, 2, 1], 5) == pytest.approx([4 / 6, 1 / 6, 1 / 6])


def test_eec_1958_luxembourg_has_zero_power_by_both_indices():
    assert voting.banzhaf(EEC_1958, 12)[5] == 0
    assert voting.shapley_shubik(EEC_1958, 12)[5] == 0
    assert voting.dummies(EEC_1958, 12) == [5]


def test_eec_1958_banzhaf_matches_published_swings_10_10_10_6_6_0():
    # Felsenthal & Machover, The Measurement of Voting Power: raw Banzhaf 10, 10, 10, 6, 6, 0 → 5/21 and 3/21
    assert voting.banzhaf_swings(EEC_1958, 12).tolist() == [10, 10, 10, 6, 6, 0]
    assert voting.banzhaf(EEC_1958, 12) == pytest.approx([5 / 21] * 3 + [3 / 21] * 2 + [0])


def test_eec_1958_shapley_shubik_is_14_and_9_sixtieths():
    assert voting.shapley_shubik(EEC_1958, 12) == pytest.approx([14 / 60] * 3 + [9 / 60] * 2 + [0])


def test_un_security_council_shapley_shubik_421_over_2145():
    ss = voting.shapley_shubik(UNSC, 39)
    assert ss[:5] == pytest.approx([421 / 2145] * 5)  # 0.1963 per permanent member
    assert ss[5:] == pytest.approx([4 / 2145] * 10)  # 0.0019 per elected member


def test_un_security_council_banzhaf_swings_848_and_84():
    assert voting.banzhaf_swings(UNSC, 39).tolist() == [848] * 5 + [84] * 10
    assert voting.banzhaf(UNSC, 39)[0] == pytest.approx(0.1669, abs=5e-5)


def test_un_security_council_permanent_members_block_alone_but_cannot_pass_alone():
    assert all(voting.can_block_alone(UNSC, 39, i) for i in range(5))
    assert not any(voting.can_block_alone(UNSC, 39, i) for i in range(5, 15))
    assert not any(voting.can_pass_alone(UNSC, 39, i) for i in range(15))


@pytest.mark.parametrize("n", [1, 2, 5, 15])
def test_symmetric_game_gives_everyone_one_nth(n):
    for quota in (1, (n + 1) // 2 + (n % 2 == 0), n):
        assert voting.banzhaf([3.5] * n, 3.5 * quota) == pytest.approx([1 / n] * n)
        assert voting.shapley_shubik([3.5] * n, 3.5 * quota) == pytest.approx([1 / n] * n)


@pytest.mark.parametrize(
    "weights,quota",
    [([5, 3, 2, 1, 1], 7), ([10, 9, 1, 1], 11), ([0.45, 0.3, 0.15, 0.1], 0.5), ([6, 5, 4, 3, 2, 1, 1], 12)],
)
def test_shapley_shubik_equals_brute_force_over_orderings_and_sums_to_one(weights, quota):
    ss = voting.shapley_shubik(weights, quota)
    assert ss == pytest.approx(brute_force_shapley(weights, quota))
    assert ss.sum() == pytest.approx(1.0)
    assert voting.banzhaf(weights, quota).sum() == pytest.approx(1.0)


def test_zero_weight_player_is_a_dummy():
    assert voting.dummies([3, 2, 0, 2], 4) == [2]


def test_power_is_unchanged_when_weights_and_quota_are_rescaled():
    w = np.array([63.0, 14.5, 11.2, 4.3])
    for share in (0.5, 0.67, 0.9):
        q = voting.quota_for_share(w, share)
        assert voting.banzhaf(w * 1e9, q * 1e9) == pytest.approx(voting.banzhaf(w, q))


def test_quota_exactly_half_of_float_weights_counts_the_half_as_winning():
    # 0.1 + 0.2 is 0.30000000000000004 in floats; a coalition of exactly half must still win
    assert voting.can_pass_alone([0.1, 0.2, 0.3], 0.3, 2)
    assert voting.banzhaf_swings([0.1, 0.2, 0.3], 0.3).tolist() == [1, 1, 3]


def test_power_table_flags_russia_like_player_that_passes_and_blocks_alone():
    table = voting.power_table(["big", "b", "c", "d"], [80, 10, 6, 4], 50)
    row = table.set_index("player").loc["big"]
    assert row["passes_alone"] and row["blocks_alone"] and row["banzhaf"] == 1.0
    assert table["one_state_one_vote"].tolist() == [0.25] * 4
    # ... while with a 90 % quota "big" blocks alone but needs partners to pass
    row = voting.power_table(["big", "b", "c", "d"], [80, 10, 6, 4], 90).set_index("player").loc["big"]
    assert row["blocks_alone"] and not row["passes_alone"] and row["banzhaf"] < 1


@pytest.mark.parametrize(
    "weights,quota,message",
    [
        ([], 1, "at least one"),
        ([1] * 16, 8, "At most 15"),
        ([1, float("nan")], 1, "finite"),
        ([1, -2], 1, "negative"),
        ([0, 0], 1, "zero"),
        ([1, 2], 0, "positive"),
        ([1, 2], 4, "larger"),
        (["a", 2], 1, "numbers"),
        ([1, 2], "x", "number"),
    ],
)
def test_odd_input_raises_a_clear_value_error(weights, quota, message):
    with pytest.raises(ValueError, match=message):
        voting.banzhaf(weights, quota)


def test_fifteen_players_take_well_under_a_slider_step():
    w = list(np.linspace(1, 15, 15))
    voting.power_table(list("abcdefghijklmno"), w, 60)  # warm the coalition cache
    t0 = time.perf_counter()
    for _ in range(5):
        voting.power_table(list("abcdefghijklmno"), w, 60)
    per_call = (time.perf_counter() - t0) / 5
    assert per_call < 0.25, f"{per_call * 1000:.0f} ms per 15-player power table"
