"""Who was in which arrangement when, and what was implemented: module 01's timeline logic.

    from course import data
    from course.topics import timeline
    m = data.load("memberships")
    timeline.circle_status(m, 1996)            # {"BLR": "Russia–Belarus union …", "KAZ": "customs union …", …}
    timeline.arrangement_status(m, "Customs union (1995 agreements)", 1999)
    timeline.implementation_shares(data.load("cis_implementation_record"))

A year always means **31 December** of that year here ("at the end of 1991" shows the
CIS, which was founded in December 1991). ``course.data.members_on`` reads a bare year
as 1 July instead; pass a ``'YYYY-MM-DD'`` string to either when the day matters.

Every function takes the tables as arguments (so tests can feed them small frames) and
raises ``ValueError`` with a message a student can act on for odd input; the widgets
show that message instead of a traceback.

The package: ``model`` (pure) and ``views`` (charts, widgets); both are re-exported here.
"""

from .model import (
    ARRANGEMENTS,
    CIRCLE_CATEGORIES,
    CIRCLES,
    CIS_CATEGORIES,
    CIS_LABELS,
    FIRST_YEAR,
    LAST_YEAR,
    NOT_A_PARTY,
    OUTSIDE,
    ROLE_CATEGORIES,
    ROLE_LABELS,
    UNDATED,
    VERDICTS,
    When,
    active_rows,
    agreements_status,
    arrangement_status,
    as_of,
    circle_counts,
    circle_status,
    cis_roles,
    ever_members,
    implementation_shares,
    members_in,
    status_counts,
)
from .views import (
    CIRCLE_COLOURS,
    EVENT_CONFIDENCE,
    EVENT_TRACKS,
    ROLE_COLOURS,
    VERDICT_COLOURS,
    circles_chart,
    cis_map,
    events_chart,
    membership_map,
    narrowing_draw,
    narrowing_view,
    record_chart,
    timeline_chart,
)

__all__ = [
    "FIRST_YEAR",
    "LAST_YEAR",
    "ARRANGEMENTS",
    "ROLE_LABELS",
    "UNDATED",
    "NOT_A_PARTY",
    "ROLE_CATEGORIES",
    "CIRCLES",
    "OUTSIDE",
    "CIRCLE_CATEGORIES",
    "VERDICTS",
    "When",
    "as_of",
    "active_rows",
    "arrangement_status",
    "circle_status",
    "members_in",
    "ever_members",
    "agreements_status",
    "implementation_shares",
    "status_counts",
    "circle_counts",
    "CIS_LABELS",
    "CIS_CATEGORIES",
    "cis_roles",
    "ROLE_COLOURS",
    "CIRCLE_COLOURS",
    "VERDICT_COLOURS",
    "record_chart",
    "timeline_chart",
    "membership_map",
    "narrowing_view",
    "circles_chart",
    "narrowing_draw",
    "cis_map",
    "EVENT_TRACKS",
    "EVENT_CONFIDENCE",
    "events_chart",
]
