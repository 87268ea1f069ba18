"""Build the data of module 04 (multi-speed integration) and register it in data/datapackage.json.

Writes ``data/integration_stages.csv``: for each integration arrangement, the stage of
economic integration it aimed at, the stage it reached and when, on the four-rung ladder
free trade area → customs union → common market → economic and monetary union (the
order of Art. 4 of the 1993 CIS Economic Union treaty, facts.md §2).

The table is compiled by hand from the paper (the seed paper) and
``notebooks/sources/facts.md``; the three EU rows come from one official EU page each
(found with the course's search tool, confidence "Medium (one official page)"), because
neither the paper nor facts.md dates the EU's own path. Every row carries its ``source``.

If ``COURSE_PAPER_TEXT`` names the paper's text, the script also checks that every phrase of the paper the
rows rely on really is in the paper (so a row cannot cite words the paper does not
contain). Then it adds or replaces the resource in ``data/datapackage.json`` in one
read-modify-write, leaving every other resource untouched. Run from anywhere::

    .venv/bin/python tools/make_data_04.py
"""
from __future__ import annotations

import os
import re
import sys as _sys
from pathlib import Path

_sys.path.insert(0, str(Path(__file__).resolve().parent))
from datapackage_io import CC_BY, write_csv
from datapackage_io import register as _register_resources

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
# The paper's text is not in the repository (not ours to redistribute): an author who has it
# points COURSE_PAPER_TEXT at it and the phrases below are checked; the fact sheet is shipped.
PAPER = Path(os.environ.get("COURSE_PAPER_TEXT", "/nonexistent"))
FACTS = ROOT / "notebooks" / "sources" / "facts.md"

STAGES = ["free trade area", "customs union", "common market", "economic and monetary union"]
RANK = {"none": 0, **{s: i for i, s in enumerate(STAGES, start=1)}}

COLUMNS = ["arrangement_id", "arrangement", "label", "bloc", "org_id", "parties", "year_launched",
           "year_in_force", "stage_aimed", "stage_aimed_rank", "stage_reached",
           "stage_reached_rank", "year_reached", "hindsight", "source", "confidence", "note"]

EU_CUSTOMS = "https://ec.europa.eu/taxation_customs/40customs/customs_general_info/about/index_en.htm"
EU_SINGLE_MARKET = "http://eeas.europa.eu/archives/delegations/norway/press_corner/aktuelt/items/20121311_1_en.htm"
EU_EMU = "http://ec.europa.eu/economy_finance/emu_history/history/part_a_2_d.htm"

# Short labels for charts (the course's own wording).
LABELS: dict[str, str] = {
    "ECON_UNION_1993": "CIS Economic Union (1993)",
    "CIS_FTA_1994": "CIS free trade area (1994)",
    "RU_BY_CU_1995": "Russia–Belarus customs union (1995)",
    "CU_1995_FIVE": "Customs Union of five (1995–99)",
    "UNION_STATE": "Russia–Belarus Union State (1999)",
    "EURASEC": "EurAsEC (2000)",
    "SES": "SES of the Big Four (2003)",
    "CU_2010": "Customs Union BY-KZ-RU (2010, hindsight)",
    "EU_CUSTOMS_UNION": "EU path: EEC customs union",
    "EU_SINGLE_MARKET": "EU path: single market",
    "EU_EMU": "EU path: economic and monetary union",
}

# (arrangement_id, arrangement, bloc, org_id, parties, year_launched, year_in_force,
#  stage_aimed, stage_reached, year_reached, hindsight, source, confidence, note)
ROWS: list[tuple] = [
    ("ECON_UNION_1993", "CIS Economic Union (Treaty on the Creation of the Economic Union)", "post-Soviet",
     "CIS_ECON_UNION",
     "Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Moldova, Russia, Tajikistan, Uzbekistan; "
     "later Turkmenistan and Georgia; Ukraine to be an associate member",
     "1993", "", "economic and monetary union", "none", "", "false",
     "paper §3, §7, fn 10; facts.md §2 (CIS Legislation 'Agreement on creation of economic union of "
     "September 24, 1993'; docs.cntd.ru text, Art. 4)",
     "High (signing, planned stages); the paper's judgement (stage reached)",
     "Signed 24 Sep 1993. Planned stages (Art. 4): free trade area, customs union, common market, "
     "currency union; the paper (§7) says the whole path was to take 'not in fifty but rather in "
     "ten-fifteen years'. Reached: none; even the first stage 'did not work out in practice' (§7) "
     "and fn 10 lists it among the principal agreements never implemented. fn 10 dates it '(1994)' "
     "while §3 and facts.md give September 1993. Entry into force not found (facts.md: Unconfirmed); "
     "applied provisionally from 24 Dec 1993."),
    ("CIS_FTA_1994", "CIS Agreement on the Establishment of a Free Trade Area", "post-Soviet", "CIS_FTA_1994",
     "12 signatories: Armenia, Azerbaijan, Belarus, Georgia, Kazakhstan, Kyrgyzstan, Moldova, Russia, "
     "Tajikistan, Turkmenistan, Ukraine, Uzbekistan",
     "1994", "1994", "free trade area", "none", "", "false",
     "paper §3, §7; facts.md §2 and caveat 6 (Wikipedia 'Commonwealth of Independent States Agreement on "
     "the Establishment of a Free Trade Area'; OSW 26 Oct 2011)",
     "Medium",
     "Paper and fact sheet disagree on purpose here. The paper: the parties never agreed the "
     "multilateral list of exemptions, later plans of June 2000 (with a separate timetable per state, "
     "'multi-speed') failed too, and the FTA 'did not work out in practice' (§3, §7). facts.md: in force "
     "from 30 Dec 1994 for most signatories, but Russia only notified provisional application and never "
     "ratified (caveat 6). In force on paper is not the same as reached."),
    ("RU_BY_CU_1995", "Russia–Belarus Customs Union (Agreement of 6 Jan 1995)", "post-Soviet", "CU_1995",
     "Russia, Belarus",
     "1995", "1995", "customs union", "customs union", "1995", "false",
     "paper §3, §7, §8; facts.md §3 (Wikipedia 'Belarus-Russia Customs Union'; EurAsEC list of Customs "
     "Union documents, evrazes.com/docs/view/148)",
     "Medium (the year reached is a legal date)",
     "The paper calls the Russia–Belarus customs union 'the only functioning economic integration "
     "arrangement in the CIS' (§3) and says the second stage 'has been reached only by Russia-Belarus "
     "Union' (§7); §4 says the two 'already have the functioning customs union'. The paper gives no year "
     "in which it began to work: year_reached is the entry into force of the 1995 agreement (30 Nov "
     "1995, facts.md §3, High)."),
    ("CU_1995_FIVE", "Customs Union 1995–99 (Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan)",
     "post-Soviet", "CU_1995",
     "Russia and Belarus (Jan 1995), Kazakhstan (Jan 1995), Kyrgyzstan (1996), Tajikistan (1999)",
     "1995", "1997", "customs union", "none", "", "false",
     "facts.md §3 (EurAsEC text of the 20 Jan 1995 agreement, evrazes.com/docs/view/118; EurAsEC list; "
     "RFE/RL 1 Mar 1999); paper §3, §7",
     "Low (the stage reached is inferred from the paper)",
     "Kazakhstan's accession agreement of 20 Jan 1995 entered into force 3 Dec 1997 (year_in_force). "
     "The paper says the Russia–Belarus customs union was the only functioning arrangement (§3) and only "
     "the Russia–Belarus Union reached the second stage (§7), so the five as a whole did not reach a "
     "customs union. The paper does not say whether free trade among the five worked; the course records "
     "'none' rather than guess. The five also signed a Treaty on the Customs Union and Single Economic "
     "Space on 26 Feb 1999; its entry into force was not found (facts.md: Unconfirmed)."),
    ("UNION_STATE", "Union State of Russia and Belarus", "post-Soviet", "UNION_STATE",
     "Russia, Belarus",
     "1999", "2000", "economic and monetary union", "customs union", "1995", "false",
     "paper §2, §3, §7, §8; facts.md §3, §4 (Standing Committee of the Union State history; 'Union State – "
     "Creation', Wikipedia copy)",
     "Medium",
     "Treaty signed 8 Dec 1999, in force 26 Jan 2000 (facts.md §4). Aim (§3): a common state with an "
     "interim customs union, a common currency and unified structural policies; §7 names Russia–Belarus "
     "as the one exception where a common currency stayed on the agenda. Reached: the customs union "
     "'has been installed' but no common currency 'so far' (§3). The customs union is older than the "
     "Union State: year_reached is the entry into force of the 1995 Russia–Belarus agreement."),
    ("EURASEC", "Eurasian Economic Community (EurAsEC)", "post-Soviet", "EURASEC",
     "Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan",
     "2000", "2001", "common market", "none", "", "false",
     "paper §7, fn 10; facts.md §6 (Kremlin background note on EurAsEC; Akorda 6 Oct 2007; ereport.ru)",
     "Medium (the ladder rung of the aim is the course's reading)",
     "Treaty signed 10 Oct 2000 in Astana, in force 30 May 2001 (facts.md §6). Aim: three stages "
     "'heading toward an economic union', with no currency union planned (§7). The ladder has no rung "
     "for an economic union without money, so the course records the highest rung it fully aims at, "
     "the common market. Reached: none; fn 10 (Tacis 2001) lists EurAsEC among the principal agreements "
     "not implemented. Its one working piece was the Russia–Belarus customs union it was built on."),
    ("SES", "Single Economic Space of the Big Four (SES)", "post-Soviet", "SES",
     "Belarus, Kazakhstan, Russia, Ukraine",
     "2003", "2004", "common market", "none", "", "false",
     "paper §4 (Box 1), §7, §8; facts.md §9 (Kremlin CES background; PONARS memo 303; RFE/RL 21 Apr 2004; "
     "wikimili 'Common Economic Zone Agreement')",
     "Medium",
     "Signed at Yalta 19 Sep 2003; ratified by all four and in force 20 May 2004 (facts.md §9, Medium). "
     "Aim (Box 1): free trade, then a customs union with single tariffs, then free movement of services, "
     "capital and labour with customs controls abolished, i.e. a common market (the paper calls it a "
     "'comprehensive economic union', §7). Reached: none while the paper was written; documents for the "
     "first stage were expected in 2005 (§4) and Ukraine wanted to stop at free trade (§4, §8). Russia "
     "and Belarus were already at the second stage through their own customs union (§4). SES work was "
     "folded into EurAsEC in June 2006 (facts.md §9, Medium)."),
    ("CU_2010", "Customs Union of Belarus, Kazakhstan and Russia (2010)", "post-Soviet", "CU_2010",
     "Belarus, Kazakhstan, Russia",
     "2009", "2010", "customs union", "customs union", "2010", "true",
     "facts.md §11c (Kremlin glossary 'Customs Union between Russia, Belarus, and Kazakhstan'; RIA Novosti "
     "27 Nov 2009; Goltsblat BLP 7 Jul 2010)",
     "High",
     "After the paper (hindsight, see module 06). Package signed in Minsk 27 Nov 2009; unified customs "
     "tariff from 1 Jan 2010 (year_reached); Customs Code in force July 2010; internal customs controls "
     "moved to the outer border 1 Jul 2011 (Medium)."),
    ("EU_CUSTOMS_UNION", "European Economic Community: customs union", "EU", "EU",
     "six founder states: Belgium, France, Germany, Italy, Luxembourg, Netherlands",
     "1957", "", "customs union", "customs union", "1968", "false",
     f"European Commission, 'About the Customs Union': {EU_CUSTOMS}",
     "Medium (one official page)",
     "The page says agreement among the six founders 'led to completion of the Customs Union on 1 July "
     "1968, one and a half years earlier than planned in the 1957 Treaty of Rome'; year_launched is that "
     "1957 treaty. Neither the paper nor facts.md dates the EU's path; this row rests on that one page."),
    ("EU_SINGLE_MARKET", "European Single Market", "EU", "EU",
     "12 member states in 1993 (Belgium, Denmark, France, Germany, Greece, Ireland, Italy, Luxembourg, "
     "Netherlands, Portugal, Spain, United Kingdom)",
     "1986", "", "common market", "common market", "1993", "false",
     f"EU Delegation to Norway (EEAS archive), '20 years of the Single Market': {EU_SINGLE_MARKET}",
     "Medium (one official page)",
     "The page: the Single European Act was adopted in 1986 (year_launched); on 1 Jan 1993 internal "
     "border controls were abolished and the Single Market, based on the free movement of people, goods, "
     "services and capital, was launched with 12 member states."),
    ("EU_EMU", "Economic and Monetary Union of the EU (the euro)", "EU", "EU",
     "the EU member states that adopted the euro",
     "1990", "", "economic and monetary union", "economic and monetary union", "1999", "false",
     f"European Commission (DG ECFIN), 'EMU: A Historical Documentation – The Start of EMU and the Euro "
     f"(1999)': {EU_EMU}",
     "Medium (one official page)",
     "The page: the first stage of EMU started on 1 Jul 1990 (year_launched); the third stage, from 1 Jan "
     "1999, 'marked the effective start of the economic and monetary union' and the euro became a "
     "currency in its own right."),
]

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
FACTS_PHRASES = ["Signed 6 Jan 1995, Minsk; in force 30 Nov 1995", "Signed 10 Oct 2000, Astana; in force 30 May 2001",
                 "Signed 15 Apr 1994, Moscow; in force 30 Dec 1994", "Signed 19 Sep 2003, Yalta",
                 "Signed 8 Dec 1999, Moscow", "In force 26 Jan 2000", "in force 3 Dec 1997",
                 "unified customs tariff from 1 Jan 2010", "| 20 May 2004 |"]


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
    """The table as a list of dicts of strings, in the order of ``COLUMNS``."""
    out = []
    for (aid, name, bloc, org, parties, launched, in_force, aimed, reached, year_reached, hindsight,
         source, confidence, note) in ROWS:
        out.append(dict(arrangement_id=aid, arrangement=name, label=LABELS[aid], bloc=bloc, org_id=org, parties=parties,
                        year_launched=launched, year_in_force=in_force, stage_aimed=aimed,
                        stage_aimed_rank=str(RANK[aimed]), stage_reached=reached,
                        stage_reached_rank=str(RANK[reached]), year_reached=year_reached,
                        hindsight=hindsight, source=source, confidence=confidence, note=note))
    return out





RESOURCE = {
    "name": "integration_stages",
    "path": "integration_stages.csv",
    "format": "csv",
    "mediatype": "text/csv",
    "encoding": "utf-8",
    "profile": "tabular-data-resource",
    "title": "Integration ladder: stage aimed at and stage reached by each arrangement",
    "description": (
        "One row per integration arrangement: the post-Soviet arrangements of the paper (CIS Economic "
        "Union 1993, CIS FTA 1994, the Russia–Belarus and the five-member customs unions of 1995–99, the "
        "Union State, EurAsEC, the SES), one later arrangement for hindsight (the 2010 Customs Union, "
        "hindsight = true) and the three steps of the EU's own path. Stages are the four rungs free trade "
        "area (1) → customs union (2) → common market (3) → economic and monetary union (4), the order of "
        "Art. 4 of the 1993 CIS Economic Union treaty (facts.md §2); 0 = none. stage_aimed is the highest "
        "rung the arrangement fully aimed at, stage_reached the highest it reached in practice in the "
        "paper's judgement (for the post-Soviet rows) or per the cited page (EU rows); year_reached is "
        "empty when nothing was reached. year_in_force is the legal entry into force of the founding act "
        "where facts.md gives it: the gap between in force and reached is part of the lesson. Compiled by "
        "tools/make_data_04.py from the paper and facts.md; the EU rows come from one official EU page "
        "each (confidence 'Medium (one official page)'), since neither the paper nor facts.md dates the "
        "EU's path. Every row has its source; note explains judgements and conflicts."),
    "sources": [
        {"title": "Seed paper §2–4, §7–8, fn 10", "path": "the seed paper §7 (see notebooks/bibliography.md)"},
        {"title": "Course fact sheet (facts.md §2–4, §6, §9, §11c)",
         "path": "notebooks/sources/facts.md §2–4, §6, §9, §11c"},
        {"title": "European Commission, About the Customs Union", "path": EU_CUSTOMS},
        {"title": "EU Delegation to Norway (EEAS), 20 years of the Single Market", "path": EU_SINGLE_MARKET},
        {"title": "European Commission, EMU: A Historical Documentation", "path": EU_EMU},
    ],
    "licenses": [CC_BY],
    "schema": {
        "fields": [
            {"name": "arrangement_id", "type": "string", "description": "Row identifier.",
             "constraints": {"required": True, "unique": True, "pattern": "[A-Z0-9_]+"}},
            {"name": "arrangement", "type": "string", "description": "Name of the arrangement.",
             "constraints": {"required": True}},
            {"name": "label", "type": "string", "description": "Short label for charts (the course's wording).",
             "constraints": {"required": True, "unique": True}},
            {"name": "bloc", "type": "string", "description": "post-Soviet arrangement or a step of the EU's path.",
             "constraints": {"required": True, "enum": ["post-Soviet", "EU"]}},
            {"name": "org_id", "type": "string",
             "description": "organisations.org_id of the organisation or agreement the row belongs to."},
            {"name": "parties", "type": "string", "description": "Parties as the source gives them."},
            {"name": "year_launched", "type": "year",
             "description": "Year the founding act was signed (EU rows: the act that launched the step, see note).",
             "constraints": {"required": True}},
            {"name": "year_in_force", "type": "year",
             "description": "Year the founding act entered into force per facts.md; empty if not found or not applicable."},
            {"name": "stage_aimed", "type": "string", "description": "Highest rung of the ladder the arrangement aimed at.",
             "constraints": {"required": True, "enum": STAGES}},
            {"name": "stage_aimed_rank", "type": "integer",
             "description": "Rank of stage_aimed: 1 free trade area, 2 customs union, 3 common market, 4 economic and monetary union.",
             "constraints": {"required": True, "minimum": 1}},
            {"name": "stage_reached", "type": "string",
             "description": "Highest rung reached in practice (none = not even a free trade area).",
             "constraints": {"required": True, "enum": ["none", *STAGES]}},
            {"name": "stage_reached_rank", "type": "integer", "description": "Rank of stage_reached (0 = none).",
             "constraints": {"required": True, "minimum": 0}},
            {"name": "year_reached", "type": "year",
             "description": "Year stage_reached was reached; empty when nothing was reached."},
            {"name": "hindsight", "type": "boolean",
             "description": "true for arrangements after the paper was written (c. 2005).",
             "constraints": {"required": True}},
            {"name": "source", "type": "string", "description": "Paper section / facts.md section and its sources, or the official page.",
             "constraints": {"required": True}},
            {"name": "confidence", "type": "string", "description": "Confidence in the row (facts.md key; see note for judgements).",
             "constraints": {"required": True}},
            {"name": "note", "type": "string", "description": "What the sources say, judgements and conflicts."},
        ],
        "primaryKey": ["arrangement_id"],
        "foreignKeys": [{"fields": "org_id", "reference": {"resource": "organisations", "fields": "org_id"}}],
        "missingValues": [""],
    },
}


def register(resource: dict) -> None:
    """Add or replace ``resource`` in data/datapackage.json."""
    _register_resources([resource])


def main() -> None:
    missing = check_against_paper()
    if missing:
        raise SystemExit("phrases not found in the paper / facts.md: " + "; ".join(missing))
    rows = build_rows()
    write_csv(DATA / "integration_stages.csv", COLUMNS, rows)
    register(RESOURCE)
    print(f"wrote {len(rows)} rows to data/integration_stages.csv; descriptor updated")


if __name__ == "__main__":
    main()
