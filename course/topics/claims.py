"""The claims scorecard of module 06: rate the paper's claims, then compare with the course.

    from course.topics.claims import ClaimsScorecard, compare
    claims = data.load("claims")
    ClaimsScorecard(claims)             # one drop-down per claim + a "Compare" button

    compare({"C01": "held", ...}, {"C01": "partly", ...})   # the logic, without widgets

The course's own reading stays hidden until the student has rated every claim and
presses *Compare*: the point is to commit to a judgement first. Three ratings run on one
scale, ``held`` → ``partly`` → ``did not hold``, so a difference of one step (held vs
partly) is a nuance and two steps (held vs did not hold) a real disagreement. The fourth,
``cannot be judged``, sits off that scale: the evidence is missing or unconfirmed, which is
not the same as a claim shown to be false.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

#: The scale of judged claims, from best to worst.
SCALE: tuple[str, ...] = ("held", "partly", "did not hold")
#: Off the scale: the record does not allow a verdict (e.g. the claim's facts are unconfirmed).
CANNOT_JUDGE = "cannot be judged"
RATINGS: tuple[str, ...] = (*SCALE, CANNOT_JUDGE)
BLANK = "— rate it —"


@dataclass(frozen=True)
class ClaimComparison:
    claim_id: str
    student: str
    course: str

    @property
    def steps_apart(self) -> int | None:
        """0 = same rating, 1 = neighbours on the scale, 2 = opposite ends; None when one
        reading is "cannot be judged" and the other a verdict (no distance on the scale)."""
        if self.student == self.course:
            return 0
        if CANNOT_JUDGE in (self.student, self.course):
            return None
        return abs(SCALE.index(self.student) - SCALE.index(self.course))

    @property
    def verdict(self) -> str:
        if self.steps_apart is None:
            return (
                "you gave a verdict, the course finds the record too thin for one"
                if self.course == CANNOT_JUDGE
                else "the course gives a verdict; look at its evidence"
            )
        return ("same as the course", "close (one step apart)", "opposite readings")[self.steps_apart]


@dataclass(frozen=True)
class Comparison:
    rows: tuple[ClaimComparison, ...]

    @property
    def agreed(self) -> int:
        return sum(1 for r in self.rows if r.steps_apart == 0)

    @property
    def opposite(self) -> list[str]:
        return [r.claim_id for r in self.rows if r.steps_apart == 2]

    def summary(self) -> str:
        n = len(self.rows)
        text = f"You read {self.agreed} of {n} claims as the course does."
        if self.opposite:
            text += (
                " Opposite readings on "
                + ", ".join(self.opposite)
                + ": look again at the evidence and its source - or argue your case in the exercises."
            )
        return text


def _clean(rating: Any) -> str | None:
    if rating is None:
        return None
    text = " ".join(str(rating).split()).lower()
    if text in ("", BLANK.lower()):
        return None
    return text


def compare(student: Mapping[str, Any], course: Mapping[str, str]) -> Comparison:
    """Compare the student's ratings with the course's, claim by claim (in the course's order).

    Raises ``ValueError`` with a message meant for the student if a claim is not rated
    yet or a rating is not one of ``RATINGS``."""
    if not course:
        raise ValueError("There are no claims to compare.")
    bad_course = {cid: r for cid, r in course.items() if r not in RATINGS}
    if bad_course:
        raise ValueError(f"The course's reading has unknown ratings: {bad_course}.")
    missing = [cid for cid in course if _clean(student.get(cid)) is None]
    if missing:
        left = len(missing)
        raise ValueError(f"Rate every claim first: {left} still to rate ({', '.join(missing)}).")
    rows = []
    for cid, course_rating in course.items():
        mine = _clean(student[cid])
        if mine not in RATINGS:
            raise ValueError(f"{cid}: '{student[cid]}' is not a rating; use one of: {', '.join(RATINGS)}.")
        rows.append(ClaimComparison(cid, mine, course_rating))
    return Comparison(tuple(rows))


def comparison_html(comparison: Comparison, claims: pd.DataFrame) -> str:
    """A table of the student's and the course's readings, with the course's reasoning."""
    by_id = claims.set_index("claim_id")
    colours = {0: "#e6f4ea", 1: "#fff4e0", 2: "#fdecea", None: "#eef2f7"}
    rows = []
    for r in comparison.rows:
        c = by_id.loc[r.claim_id]
        rows.append(
            f'<tr style="background:{colours[r.steps_apart]}"><td><b>{html.escape(r.claim_id)}</b></td>'
            f"<td>{html.escape(r.student)}</td><td>{html.escape(r.course)}</td>"
            f"<td>{html.escape(r.verdict)}</td><td>{html.escape(str(c['course_reading']))}"
            f'<br><span style="font-size:12px;color:#333">Evidence: {html.escape(str(c["evidence_source"]))}'
            f"</span></td></tr>"
        )
    return (
        f'<div role="status" style="max-width:800px"><p><b>{html.escape(comparison.summary())}</b></p>'
        "<table><thead><tr><th>claim</th><th>you</th><th>course</th><th></th><th>the course's reading"
        f"</th></tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


class ClaimsScorecard:
    """Drop-downs to rate each claim and a Compare button that reveals the course's reading.

    With ``progress_id`` the ratings are saved in the progress folder after every change
    (``<progress dir>/<progress_id>.json``) and come back when the lesson is run again,
    e.g. after a kernel restart. They are practice: the course report does not count them."""

    def __init__(self, claims: pd.DataFrame, progress_id: str | None = None, progress_dir: str | None = None):
        import ipywidgets as w

        from ..questions.progress import ProgressStore

        self.store = ProgressStore(progress_id, progress_dir) if progress_id else None
        self.claims = claims.reset_index(drop=True)
        self.course = dict(zip(self.claims["claim_id"], self.claims["course_rating"]))
        self.dropdowns: dict[str, Any] = {}
        rows = []
        for c in self.claims.itertuples():
            saved = self.store.get(c.claim_id).get("rating") if self.store else None
            dd = w.Dropdown(
                options=[BLANK, *RATINGS],
                value=saved if saved in RATINGS else BLANK,
                layout=w.Layout(width="150px"),
                description=f"Your rating of claim {c.claim_id}",
                style={"description_width": "0px"},  # a <label>, collapsed
                tooltip=f"Your rating of claim {c.claim_id}",
            )
            dd.observe(lambda change, cid=c.claim_id: self._save(cid, change["new"]), names="value")
            self.dropdowns[c.claim_id] = dd
            text = (
                f'<div style="max-width:600px"><b>{html.escape(c.claim_id)}</b> {html.escape(c.claim)} '
                f'<span style="color:#333">(paper {html.escape(c.paper_ref)})</span><br>'
                f'<span style="font-size:13px"><i>Later:</i> {html.escape(c.later_evidence)}</span></div>'
            )
            rows.append(
                w.HBox([w.HTML(text), dd], layout=w.Layout(margin="4px 0", border_bottom="1px solid #e6e6e6"))
            )
        self.button = w.Button(
            description="Compare with the course",
            button_style="primary",
            tooltip="Show the course's reading next to yours",
        )
        self.button.add_class("course-check")
        self.button.on_click(lambda _b: self.reveal())
        self.result = w.HTML()
        self.result.add_class("course-feedback")
        self.widget = w.VBox(
            [*rows, self.button, self.result],
            layout=w.Layout(border="1px solid #d0d7de", padding="8px", max_width="820px"),
        )
        self.widget.add_class("course-scorecard")
        if self.store is not None and self.store.notice:
            self.result.value = f'<div role="status">{html.escape(self.store.notice)}</div>'

    def _save(self, claim_id: str, value: str) -> None:
        if self.store is not None and value in RATINGS:
            self.store.record(claim_id, rating=value)

    def ratings(self) -> dict[str, str]:
        return {cid: dd.value for cid, dd in self.dropdowns.items()}

    def rate(self, **ratings: str) -> None:
        """Set ratings from code, e.g. ``card.rate(C01="held")`` (used by tests)."""
        for cid, value in ratings.items():
            if cid in self.dropdowns:
                self.dropdowns[cid].value = value

    def reveal(self) -> Comparison | None:
        try:
            comparison = compare(self.ratings(), self.course)
        except ValueError as exc:
            self.result.value = (
                f'<div role="status" style="background:#eef2f7;color:#27374d;padding:6px 10px">'
                f"{html.escape(str(exc))}</div>"
            )
            return None
        self.result.value = comparison_html(comparison, self.claims)
        return comparison

    def _ipython_display_(self) -> None:
        from ..widgets import show_widget

        show_widget(self.widget, f"claims scorecard: {len(self.dropdowns)} claims to rate")
