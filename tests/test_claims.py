"""The module 06 claims scorecard: comparison logic and the hide-until-compare widget."""

import pytest

from course import data
from course.topics.claims import CANNOT_JUDGE, RATINGS, ClaimsScorecard, compare

COURSE = {"C01": "held", "C02": "partly", "C03": "did not hold"}


def test_compare_counts_claims_read_like_the_course():
    result = compare({"C01": "held", "C02": "held", "C03": "did not hold"}, COURSE)
    assert result.agreed == 2
    assert [r.steps_apart for r in result.rows] == [0, 1, 0]
    assert result.summary().startswith("You read 2 of 3 claims")


def test_held_against_did_not_hold_is_an_opposite_reading():
    result = compare({"C01": "did not hold", "C02": "partly", "C03": "held"}, COURSE)
    assert result.opposite == ["C01", "C03"]
    assert result.rows[0].verdict == "opposite readings"
    assert "C01, C03" in result.summary()


def test_cannot_be_judged_is_off_the_scale_not_an_opposite_of_a_verdict():
    course = {"C01": "held", "C07": CANNOT_JUDGE}
    result = compare({"C01": CANNOT_JUDGE, "C07": "did not hold"}, course)
    assert [r.steps_apart for r in result.rows] == [None, None]
    assert result.opposite == [] and result.agreed == 0
    assert "too thin" in result.rows[1].verdict
    assert compare({"C01": "held", "C07": "Cannot be  judged"}, course).agreed == 2


def test_compare_ignores_case_and_spaces_in_a_rating():
    assert compare({"C01": " Held", "C02": "PARTLY ", "C03": "did  not hold"}, COURSE).agreed == 3


def test_compare_refuses_until_every_claim_is_rated():
    with pytest.raises(ValueError, match="1 still to rate \\(C03\\)"):
        compare({"C01": "held", "C02": "partly"}, COURSE)
    with pytest.raises(ValueError, match="still to rate"):
        compare({"C01": "held", "C02": "partly", "C03": "— rate it —"}, COURSE)


def test_compare_names_an_unknown_rating():
    with pytest.raises(ValueError, match="'maybe' is not a rating"):
        compare({"C01": "maybe", "C02": "partly", "C03": "held"}, COURSE)


def test_every_course_rating_in_claims_csv_is_on_the_scale_and_cites_evidence():
    claims = data.load("claims")
    assert 12 <= len(claims) <= 16
    assert set(claims["course_rating"]) <= set(RATINGS)
    assert claims["evidence_source"].str.contains("facts.md|facts-later.md|data/").all()
    assert claims["paper_ref"].str.contains("§").all()


def test_unconfirmed_electricity_claim_is_rated_cannot_be_judged_not_false():
    claims = data.load("claims").set_index("claim_id")
    assert "Unconfirmed" in claims.loc["C07", "evidence_source"]
    assert claims.loc["C07", "course_rating"] == CANNOT_JUDGE


def test_widget_hides_the_course_reading_until_all_rated_and_compare_pressed():
    claims = data.load("claims")
    card = ClaimsScorecard(claims)
    first = claims.iloc[0]
    assert first["course_reading"] not in card.widget.children[0].children[0].value
    card.button.click()  # nothing rated yet
    assert "Rate every claim first" in card.result.value
    assert first["course_reading"] not in card.result.value
    card.rate(**dict(zip(claims["claim_id"], claims["course_rating"])))
    assert card.result.value.count("still to rate") == 1  # not revealed before pressing again
    card.button.click()
    assert f"You read {len(claims)} of {len(claims)} claims as the course does" in card.result.value
    assert first["course_reading"][:40] in card.result.value


def test_ratings_are_saved_and_come_back_after_a_restart(tmp_path):
    claims = data.load("claims")
    card = ClaimsScorecard(claims, progress_id="06_claims_scorecard", progress_dir=tmp_path)
    card.rate(C02="held", C07="did not hold")
    again = ClaimsScorecard(claims, progress_id="06_claims_scorecard", progress_dir=tmp_path)
    assert again.ratings()["C02"] == "held" and again.ratings()["C07"] == "did not hold"
    assert again.ratings()["C01"] == "— rate it —"


def test_a_corrupt_ratings_file_is_reported_not_raised(tmp_path):
    (tmp_path / "06_claims_scorecard.json").write_text("{oops", encoding="utf-8")
    card = ClaimsScorecard(data.load("claims"), progress_id="06_claims_scorecard", progress_dir=tmp_path)
    assert "could not be read" in card.result.value
