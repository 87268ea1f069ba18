"""Build the data of module 05 (EU compatibility) and register it in data/datapackage.json.

Writes two files:

* ``data/eu_russia_timeline.csv`` -- EU–Russia relations, the 2004 enlargement and the
  Neighbourhood Policy (facts.md §10), next to the Big Four SES track (facts.md §9) and
  the paper's own dating of the CES discussion (§8). Compiled by hand from
  ``shared/reference/facts.md`` and the paper: every row carries its ``source`` and the
  fact sheet's ``confidence``.
* ``data/ukraine_trade_partners.csv`` -- Ukraine's reported goods exports and imports with
  the European Union, Russia, Belarus, Kazakhstan and the World, 1992–2020, cut out of
  ``data/sources/imf-dots/dots_by_partner_long.csv`` (IMF Direction of Trade
  Statistics, reporter Ukraine, million US$).

Then it adds (or replaces) the two resources in ``data/datapackage.json`` in one
read-modify-write, leaving every other resource untouched. Run from anywhere::

    .venv/bin/python tools/make_data_05.py
"""
from __future__ import annotations

import csv
import sys as _sys
from pathlib import Path

_sys.path.insert(0, str(Path(__file__).resolve().parent))
from datapackage_io import CC_BY, write_csv
from datapackage_io import register as _register_resources

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
DOTS = ROOT / "data" / "sources" / "imf-dots" / "dots_by_partner_long.csv"  # tools/extract_sources.py

# --------------------------------------------------------------------------- timeline
TIMELINE_COLUMNS = ["event_id", "label", "date", "date_precision", "track", "event", "parties",
                    "source", "confidence", "note"]

F10 = "facts.md §10"
F9 = "facts.md §9"
# One row per dated event. Dates exactly as facts.md gives them; where it gives only a month
# or a year the first day is stored and date_precision says so.
TIMELINE: list[dict[str, str]] = [
    dict(event_id="pca_signed", label="PCA signed", date="1994-06-24", date_precision="day", track="EU–Russia",
         event="Partnership and Cooperation Agreement (PCA) signed in Corfu",
         parties="EC/EU and member states; Russia",
         source=f"{F10} (V. Chizhov, International Affairs 2014; European Parliament delegation page; EUR-Lex consolidated PCA)",
         confidence="High", note="Initial term 10 years, renewed annually since 2007 (facts.md §10)."),
    dict(event_id="pca_in_force", label="PCA in force", date="1997-12-01", date_precision="day", track="EU–Russia",
         event="PCA enters into force", parties="EC/EU and member states; Russia",
         source=f"{F10} (EUR-Lex consolidated PCA; OJ L 327, 28 Nov 1997)", confidence="High", note=""),
    dict(event_id="cees_common_strategy", label="CEES idea (EU Common Strategy)", date="1999-06-04", date_precision="day", track="EU–Russia",
         event="CEES idea appears in the EU Common Strategy on Russia", parties="EU",
         source=f"{F10} (I. Samson, 'Towards a Pan-European Economic Space')",
         confidence="Low–Medium", note="Only one secondary source; treat as uncertain."),
    dict(event_id="cees_hlg_agreed", label="CEES high-level group agreed", date="2001-05-17", date_precision="day", track="EU–Russia",
         event="Moscow summit agrees to set up a high-level group on a Common European Economic Space (CEES)",
         parties="Putin; Persson, Prodi, Solana",
         source=f"{F10} (Joint Statement, Moscow 17 May 2001; Kremlin summit report); paper §8 (CES discussion 'started in 2001-2002')",
         confidence="High", note="The paper dates the start of the CES discussion to 2001–2002 (§8)."),
    dict(event_id="cees_hlg_established", label="CEES group set up", date="2001-10-03", date_precision="day", track="EU–Russia",
         event="CEES High-Level Group formally established (Brussels summit), to define core elements by Oct 2003",
         parties="EU, Russia",
         source=f"{F10} (European Parliament resolution text via wordscope.be)", confidence="Medium", note=""),
    dict(event_id="ses_announced", label="SES idea announced", date="2003-02-23", date_precision="day", track="SES (Big Four)",
         event="Four presidents announce the SES idea in Moscow", parties="Belarus, Kazakhstan, Russia, Ukraine",
         source=f"{F9} (PONARS Eurasia memo 303)", confidence="Medium", note=""),
    dict(event_id="wider_europe", label="'Wider Europe'", date="2003-03-11", date_precision="day", track="EU",
         event="'Wider Europe' Communication of the European Commission, COM(2003)104",
         parties="EU and neighbours", source=f"{F10} (EUR-Lex summary 'Neighbourhood Policy – Strategy paper')",
         confidence="High", note="First step towards the European Neighbourhood Policy."),
    dict(event_id="accession_treaty", label="Accession Treaty (Athens)", date="2003-04-16", date_precision="day", track="EU",
         event="Accession Treaty of ten new EU members signed in Athens", parties="EU-15 and ten acceding states",
         source=f"{F10} (Greek News Agenda)", confidence="High", note=""),
    dict(event_id="four_common_spaces", label="Four Common Spaces", date="2003-05-31", date_precision="day", track="EU–Russia",
         event="St Petersburg summit agrees four Common Spaces (economic; freedom, security and justice; external security; research and education)",
         parties="EU, Russia", source=f"{F10} (Joint Statement, St Petersburg 31 May 2003)",
         confidence="High", note="The Cooperation Council is upgraded to a Permanent Partnership Council."),
    dict(event_id="ses_signed", label="SES signed at Yalta", date="2003-09-19", date_precision="day", track="SES (Big Four)",
         event="SES Agreement and Concept signed at Yalta; Kuchma adds a proviso on Ukraine's constitution and EU-integration goal",
         parties="Belarus, Kazakhstan, Russia, Ukraine",
         source=f"{F9} (Kremlin CES background; PONARS memo 303; RIA Novosti via afnfn); paper §4 (Box 1)",
         confidence="High", note=""),
    dict(event_id="cees_concept_hlg", label="CEES concept agreed", date="2003-10-28", date_precision="day", track="EU–Russia",
         event="High-Level Group agrees the CEES concept (Moscow)", parties="EU, Russia",
         source=f"{F10} (Rome Joint Statement 6 Nov 2003)", confidence="High", note=""),
    dict(event_id="cees_concept_rome", label="CEES concept endorsed (Rome)", date="2003-11-06", date_precision="day", track="EU–Russia",
         event="Rome summit endorses the CEES concept (Annex I)", parties="EU, Russia",
         source=f"{F10} (Rome Joint Statement 6 Nov 2003; European Commission preview 4 Nov 2003)",
         confidence="High", note=""),
    dict(event_id="ses_ratified", label="SES ratified (RU, UA)", date="2004-04-20", date_precision="day", track="SES (Big Four)",
         event="Russian Duma and Ukraine's Verkhovna Rada ratify the SES Agreement", parties="Russia, Ukraine",
         source=f"{F9} (RFE/RL 21 Apr 2004; Ukrainian Weekly)", confidence="High",
         note="Kazakhstan's Mazhilis followed on 21 Apr 2004; Belarus's dates are less certain (Medium)."),
    dict(event_id="pca_extended", label="PCA extended to EU-25", date="2004-04-27", date_precision="day", track="EU–Russia",
         event="PCA extended to the ten new EU members (protocol signed in Luxembourg)", parties="EU-25, Russia",
         source=f"{F10} (Kremlin on the May 2004 summit; EUR-Lex consolidated PCA)", confidence="High",
         note="Published OJ L 185, 6 Jul 2006."),
    dict(event_id="enlargement", label="EU enlargement", date="2004-05-01", date_precision="day", track="EU",
         event="EU enlargement: ten states join, among them Estonia, Latvia and Lithuania",
         parties="Cyprus, Czech Rep., Estonia, Hungary, Latvia, Lithuania, Malta, Poland, Slovakia, Slovenia",
         source=f"{F10} (StopVAW 'Eight CEE Countries Accede…'; Greek News Agenda)", confidence="High", note=""),
    dict(event_id="enp_strategy", label="ENP Strategy Paper", date="2004-05-12", date_precision="day", track="EU",
         event="European Neighbourhood Policy Strategy Paper, COM(2004)373", parties="EU and neighbours",
         source=f"{F10} (EUR-Lex summary; COM(2004)373 text)", confidence="High", note=""),
    dict(event_id="ses_in_force", label="SES in force", date="2004-05-20", date_precision="day", track="SES (Big Four)",
         event="SES Agreement enters into force (per the WTO RTA database)", parties="Belarus, Kazakhstan, Russia, Ukraine",
         source=f"{F9} ('Common Economic Zone Agreement', wikimili copy)", confidence="Medium", note=""),
    dict(event_id="ses_yalta_summit", label="Yalta SES summit", date="2004-05-24", date_precision="day", track="SES (Big Four)",
         event="Special SES summit at Yalta ends: Ukraine insists on a free trade area only",
         parties="Kuchma, Putin, Lukashenko, Nazarbayev",
         source=f"{F9} (Ukrainian Weekly); paper §4", confidence="High",
         note="The paper (§4): Nazarbaev wanted to move straight to a customs union; Ukraine restricted the first stage to a free trade zone."),
    dict(event_id="russia_declines_enp", label="Russia declines the ENP", date="2004-01-01", date_precision="year", track="EU–Russia",
         event="Russia declines to join the ENP and insists on a 'strategic partnership'", parties="Russia, EU",
         source=f"{F10} (DeBardeleben 2010, Carleton repository; EU–Russia Common Spaces, Wikipedia copy)",
         confidence="Medium", note="'2004 onward' in facts.md: only the year is known. Not mentioned in the paper."),
    dict(event_id="road_maps", label="Common Spaces road maps", date="2005-05-10", date_precision="day", track="EU–Russia",
         event="Road maps for the four Common Spaces adopted (15th summit, Moscow)",
         parties="Putin; Juncker, Barroso, Solana",
         source=f"{F10} (Luxembourg Presidency press release; RIA Novosti 10 May 2005; Radio Svoboda)",
         confidence="High", note="After the paper was written."),
    dict(event_id="ses_into_eurasec", label="SES folded into EurAsEC", date="2006-06-01", date_precision="month", track="SES (Big Four)",
         event="SES work folded into EurAsEC", parties="", source=f"{F9} (wikimili copy)",
         confidence="Medium", note="Month only; after the paper was written."),
]

# --------------------------------------------------------------------------- trade
PARTNERS = {  # IMF label -> course label (partners kept)
    "European Union": "European Union",
    "Russian Federation": "Russia",
    "Belarus, Rep. of": "Belarus",
    "Kazakhstan, Rep. of": "Kazakhstan",
    "World": "World",
}
FLOWS = {"Exports, FOB to Partner Countries": "exports",
         "Imports, CIF from Partner Countries": "imports"}
TRADE_COLUMNS = ["year", "partner", "exports_usd_m", "imports_usd_m", "turnover_usd_m",
                 "estimate", "source"]


def build_trade() -> list[dict[str, str]]:
    """Ukraine's reported goods trade with five partners, one row per year and partner."""
    cells: dict[tuple[int, str], dict[str, object]] = {}
    with DOTS.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["reporter"] != "Ukraine" or row["partner"] not in PARTNERS:
                continue
            if row["indicator"] not in FLOWS or not row["value_usd_millions"].strip():
                continue
            key = (int(row["year"]), PARTNERS[row["partner"]])
            cell = cells.setdefault(key, {"flags": set(), "files": set()})
            cell[FLOWS[row["indicator"]]] = float(row["value_usd_millions"])
            if row["estimate_flag"].strip():
                cell["flags"].add(FLOWS[row["indicator"]])
            cell["files"].add(row["source_file"])
    out = []
    for (year, partner), cell in sorted(cells.items()):
        if "exports" not in cell or "imports" not in cell:
            continue                                  # keep complete years only
        flags = sorted(cell["flags"])
        out.append({
            "year": str(year), "partner": partner,
            "exports_usd_m": f"{cell['exports']:.3f}", "imports_usd_m": f"{cell['imports']:.3f}",
            "turnover_usd_m": f"{cell['exports'] + cell['imports']:.3f}",
            "estimate": "+".join(flags),
            "source": "IMF DOTS, reporter Ukraine (" + ", ".join(sorted(cell["files"])) + ")",
        })
    return out




# --------------------------------------------------------------------------- descriptor

TIMELINE_RESOURCE = {
    "name": "eu_russia_timeline", "path": "eu_russia_timeline.csv", "format": "csv",
    "mediatype": "text/csv", "encoding": "utf-8", "profile": "tabular-data-resource",
    "title": "EU–Russia relations, EU enlargement and the SES track, 1994–2006 (module 05)",
    "description": ("Dated events of EU–Russia relations (PCA, CEES/CES, four Common Spaces, road maps), "
                    "the EU's 2004 enlargement and Neighbourhood Policy (facts.md §10), next to the Big Four "
                    "Single Economic Space track (facts.md §9), compiled by tools/make_data_05.py. Each row "
                    "names its source and the fact sheet's confidence rating. Where facts.md gives only a "
                    "month or a year, the first day is stored and date_precision says so."),
    "sources": [{"title": "Course fact sheet (facts.md §9, §10)", "path": "shared/reference/facts.md §9, §10"},
                {"title": "Seed paper §4, §8", "path": "paper §4, §8 (shared/seed/000_292bce45ead4fe90.txt)"}],
    "licenses": [CC_BY],
    "schema": {
        "fields": [
            {"name": "event_id", "type": "string", "description": "Stable identifier of the event.",
             "constraints": {"required": True, "unique": True}},
            {"name": "label", "type": "string", "description": "Short label for charts.",
             "constraints": {"required": True}},
            {"name": "date", "type": "date", "description": "Date of the event (first day of the month or year when only that is known).",
             "constraints": {"required": True}},
            {"name": "date_precision", "type": "string", "description": "How precise the date is.",
             "constraints": {"required": True, "enum": ["day", "month", "year"]}},
            {"name": "track", "type": "string", "description": "Which relationship the event belongs to.",
             "constraints": {"required": True, "enum": ["EU–Russia", "EU", "SES (Big Four)"]}},
            {"name": "event", "type": "string", "description": "What happened, in the course's words.",
             "constraints": {"required": True}},
            {"name": "parties", "type": "string", "description": "Parties or participants as facts.md names them."},
            {"name": "source", "type": "string", "description": "facts.md section (with the sources it names) and/or paper section.",
             "constraints": {"required": True}},
            {"name": "confidence", "type": "string", "description": "Confidence rating given by facts.md.",
             "constraints": {"required": True, "enum": ["High", "Medium", "Low–Medium", "Low", "Unconfirmed"]}},
            {"name": "note", "type": "string", "description": "Caveats and context."},
        ],
        "primaryKey": ["event_id"],
        "missingValues": [""],
    },
}

TRADE_RESOURCE = {
    "name": "ukraine_trade_partners", "path": "ukraine_trade_partners.csv", "format": "csv",
    "mediatype": "text/csv", "encoding": "utf-8", "profile": "tabular-data-resource",
    "title": "Ukraine's goods trade with the EU, Russia, Belarus, Kazakhstan and the World, 1992–2020 (IMF DOTS)",
    "description": ("Ukraine's own reported goods exports (FOB) and imports (CIF) by partner, million US$ at "
                    "current prices, cut out of the IMF Direction of Trade Statistics workbook DOTS_205 "
                    "(shared/data-sources/imf-dots, snapshot of 2022) by tools/make_data_05.py; values "
                    "unrounded (3 decimals). 'European Union' is the IMF's aggregate as exported in that "
                    "workbook; the workbook does not state which member states it covers in each year, so "
                    "read levels before and after the 2004 enlargement with care. Mirror data (partners' "
                    "reports) differ. 'estimate' lists the flows the IMF flagged as estimates ('e')."),
    "sources": [{"title": "International Monetary Fund, Direction of Trade Statistics (via SamLeBlanc/Direction-of-Trade-Map, DOTS_205.xlsx)",
                 "path": "https://github.com/SamLeBlanc/Direction-of-Trade-Map"}],
    "licenses": [{"name": "IMF-terms", "title": "IMF copyright and usage terms: reuse with attribution "
                  "'International Monetary Fund, Direction of Trade Statistics' (not an open licence)",
                  "path": "https://www.imf.org/external/terms.htm"}],
    "schema": {
        "fields": [
            {"name": "year", "type": "year", "description": "Calendar year.", "constraints": {"required": True}},
            {"name": "partner", "type": "string", "description": "Trading partner (course label for the IMF partner).",
             "constraints": {"required": True, "enum": sorted(set(PARTNERS.values()))}},
            {"name": "exports_usd_m", "type": "number", "description": "Ukraine's goods exports to the partner, FOB.",
             "unit": "million US$ (current)", "constraints": {"required": True, "minimum": 0}},
            {"name": "imports_usd_m", "type": "number", "description": "Ukraine's goods imports from the partner, CIF.",
             "unit": "million US$ (current)", "constraints": {"required": True, "minimum": 0}},
            {"name": "turnover_usd_m", "type": "number", "description": "Exports plus imports.",
             "unit": "million US$ (current)", "constraints": {"required": True, "minimum": 0}},
            {"name": "estimate", "type": "string",
             "description": "Flows the IMF marked as estimates: 'exports', 'imports', 'exports+imports' or empty."},
            {"name": "source", "type": "string", "description": "Dataset and workbook the row comes from.",
             "constraints": {"required": True}},
        ],
        "primaryKey": ["year", "partner"],
        "missingValues": [""],
    },
}


def register(resources: list[dict]) -> None:
    """Add or replace these resources in data/datapackage.json."""
    _register_resources(resources)


def main() -> None:
    timeline = sorted(TIMELINE, key=lambda r: (r["date"], r["event_id"]))
    write_csv(DATA / "eu_russia_timeline.csv", TIMELINE_COLUMNS, timeline)
    trade = build_trade()
    write_csv(DATA / "ukraine_trade_partners.csv", TRADE_COLUMNS, trade)
    register([TIMELINE_RESOURCE, TRADE_RESOURCE])
    print(f"wrote {len(timeline)} timeline rows, {len(trade)} trade rows; descriptor updated")


if __name__ == "__main__":
    main()
