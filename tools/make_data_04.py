"""Module 04 table: ``data/integration_stages.csv``, the integration ladder.

For each integration arrangement, the stage of economic integration it aimed at, the stage
it reached and when, on the four-rung ladder free trade area → customs union → common
market → economic and monetary union (the order of Art. 4 of the 1993 CIS Economic Union
treaty, facts.md §2). The rows, each with its source, are compiled in
``data/sources/compiled/integration_stages.yaml`` (the three EU rows from one official EU
page each); the ranks are derived here from the descriptor's list of stages.

If ``COURSE_PAPER_TEXT`` names the paper's text, the script also checks that every phrase of
the paper the rows rely on really is in the paper (so a row cannot cite words the paper
does not contain); the phrases of the shipped fact sheet are always checked. Run from
anywhere (or ``make data`` for all)::

    .venv/bin/python tools/make_data_04.py
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from datapackage_io import ROOT, complete, field, read_compiled, write_table

NAME = "integration_stages"
# The paper's text is not in the repository (not ours to redistribute): an author who has it
# points COURSE_PAPER_TEXT at it and the phrases below are checked; the fact sheet is shipped.
PAPER = Path(os.environ.get("COURSE_PAPER_TEXT", "/nonexistent"))
FACTS = ROOT / "notebooks" / "sources" / "facts.md"

# Phrases of the paper the rows quote or lean on: checked against the text when COURSE_PAPER_TEXT is set.
PAPER_PHRASES = [
    "not in fifty but rather in ten-fifteen years",
    "even attempts to reach the first stage (an FTA) did not work out in practice",
    "The second stage has been reached only by Russia-Belarus Union",
    "Russia-Belarus Customs Union is the only functioning economic integration arrangement",
    "While the Union has not resulted in common currency so far, the customs union has been installed",
    "no currency union was planned from the beginning on",
    "Russia and Belarus already have the functioning customs union",
    "the Economic Union of the CIS (1994)",
    "comprehensive economic union",
]
FACTS_PHRASES = [
    "Signed 6 Jan 1995, Minsk; in force 30 Nov 1995",
    "Signed 10 Oct 2000, Astana; in force 30 May 2001",
    "Signed 15 Apr 1994, Moscow; in force 30 Dec 1994",
    "Signed 19 Sep 2003, Yalta",
    "Signed 8 Dec 1999, Moscow",
    "In force 26 Jan 2000",
    "in force 3 Dec 1997",
    "unified customs tariff from 1 Jan 2010",
    "| 20 May 2004 |",
]


def _squash(text: str) -> str:
    return re.sub(r"-\s+", "-", re.sub(r"\s+", " ", text))  # "Russia-\nBelarus" -> "Russia-Belarus"


def check_against_paper() -> list[str]:
    """Return the phrases the rows rely on that are missing from the paper / facts.md (empty = fine)."""
    missing = []
    if PAPER.is_file():
        paper = _squash(PAPER.read_text(encoding="utf-8"))
        missing += [p for p in PAPER_PHRASES if _squash(p) not in paper]
    if FACTS.is_file():
        facts = _squash(FACTS.read_text(encoding="utf-8"))
        missing += [p for p in FACTS_PHRASES if _squash(p) not in facts]
    return missing


def build_rows() -> list[dict[str, str]]:
    """The compiled rows with the two ranks: a stage's place in the descriptor's list of
    stages of ``stage_reached`` (none = 0, free trade area = 1 ... economic and monetary union = 4)."""
    rank = {stage: i for i, stage in enumerate(field(NAME, "stage_reached")["constraints"]["enum"])}
    rows = read_compiled(NAME)["rows"]
    for row in rows:
        row["stage_aimed_rank"] = str(rank[row["stage_aimed"]])
        row["stage_reached_rank"] = str(rank[row["stage_reached"]])
    return complete(NAME, rows)


def build() -> str:
    missing = check_against_paper()
    if missing:
        raise SystemExit("phrases not found in the paper / facts.md: " + "; ".join(missing))
    return f"integration_stages.csv: {write_table(NAME, build_rows())} rows"


if __name__ == "__main__":
    print(build())
