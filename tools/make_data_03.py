"""Data for module 03, *Instruments of pressure*: build two tables in data/.

* ``data/instruments.csv`` - compiled by the course: one row per case of a Russian
  instrument of pressure or incentive and per target state, each row citing the
  paper (section, footnote) and/or ``shared/reference/facts.md`` (section and the
  source it names), with the fact sheet's confidence grade. The rows are written
  out below (``CASES``), so the file is rebuilt exactly by this script.
* ``data/gas_consumption_ei.csv`` - natural-gas consumption (bcm) of the post-Soviet
  states the Energy Institute lists separately, plus Germany for comparison, copied
  value for value (the source text is kept, no rounding) from
  ``data/sources/energy-institute-statistical-review-2024/gas_consumption_bcm.csv`` (an
  extract of the Energy Institute file, made by ``tools/extract_sources.py``).

Run from anywhere::

    .venv/bin/python tools/make_data_03.py             # write the two CSV files
    .venv/bin/python tools/make_data_03.py --register  # also add/replace their entries
                                                       # in data/datapackage.json
"""
from __future__ import annotations

import argparse
import csv
import sys as _sys
from pathlib import Path

_sys.path.insert(0, str(Path(__file__).resolve().parent))
from datapackage_io import CC_BY, write_csv
from datapackage_io import register as _register_resources

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
SOURCES = ROOT / "data" / "sources"  # extracts of the raw sources (tools/extract_sources.py)
EI_DIR = SOURCES / "energy-institute-statistical-review-2024"

# --------------------------------------------------------------------------- instruments

FIELDS = ["case_id", "case", "year", "year_end", "target_iso3", "target_name", "family",
          "carrot_or_stick", "value", "value_unit", "in_paper", "paper_ref", "source",
          "confidence", "note"]

FAMILIES = ["legal-institutional", "energy", "security", "political"]
STANCES = ["carrot", "stick", "neither"]
CONFIDENCE = ["High", "Medium", "Low", "Unconfirmed"]

NAMES = {"ARM": "Armenia", "BLR": "Belarus", "GEO": "Georgia", "KAZ": "Kazakhstan",
         "KGZ": "Kyrgyzstan", "MDA": "Moldova", "TJK": "Tajikistan", "UKR": "Ukraine",
         "UZB": "Uzbekistan", "CUB": "Cuba", "VNM": "Vietnam"}

# Each case: shared fields plus a list of targets (ISO3) and optional per-target notes.
# Every number and date below is taken from the paper or facts.md, as cited in the row.
CASES: list[dict] = [
    # ---- legal and institutional framework (paper §6, point 1)
    dict(case_id="EURASEC_2000",
         case="Treaty establishing the Eurasian Economic Community (EurAsEC), Astana",
         year="2000", targets=["BLR", "KAZ", "KGZ", "TJK"], family="legal-institutional",
         carrot_or_stick="neither", in_paper="true", paper_ref="§6 (point 1); §7",
         source="facts.md §6 (Kremlin background note on EurAsEC; Akorda 6 Oct 2007; ereport.ru); paper §6",
         confidence="High",
         note="Signed 10 Oct 2000, in force 30 May 2001 (facts.md §6). The paper: Moscow pushes its "
              "neighbours to conclude agreements such as EurAsEC or the SES and does not encourage "
              "unions without Russia."),
    dict(case_id="SES_2003",
         case="Agreement on the Formation of the Single Economic Space, with the SES Concept, Yalta",
         year="2003", targets=["BLR", "KAZ", "UKR"], family="legal-institutional",
         carrot_or_stick="neither", in_paper="true", paper_ref="§4 (Box 1); §6 (point 1)",
         source="facts.md §9 (Kremlin CES background; PONARS Eurasia memo 303; RIA Novosti via afnfn)",
         confidence="High",
         note="Signed 19 Sep 2003 (facts.md §9); Kuchma signed with a proviso about Ukraine's "
              "constitution and EU goal. Ratified in Apr 2004; in force 20 May 2004 (WTO RTA "
              "database, Medium)."),
    dict(case_id="CACO_2004",
         case="Russia joins the Central Asian Cooperation organisation (CAC/CACO)",
         year="2004", targets=["KAZ", "KGZ", "TJK", "UZB"], family="legal-institutional",
         carrot_or_stick="neither", in_paper="true", paper_ref="§6 (point 1), fn 29",
         source="facts.md §8 and conflict 4 (Pravda.ru; Moscow Times Aug 2004; Eurasian Home; "
                "Kremlin transcript 22643); paper §6 (Nezavisimaya gazeta 30 Aug 2004, fn 29)",
         confidence="High",
         note="Invited at the Astana summit 28 May 2004, approved by ministers Aug 2004, accession "
              "protocol signed 18 Oct 2004 (facts.md §8). Until then CACO was the only post-Soviet "
              "body in Central Asia without Russia (paper §6). Merged into EurAsEC 2005-06."),
    # ---- energy (paper §6, point 2)
    dict(case_id="VAT_DESTINATION_2004",
         case="No Russian VAT on oil and gas exported to the SES partners: switch from the "
              "country-of-origin to the country-of-destination principle",
         year="2004", year_end="2005", targets=["UKR", "BLR", "KAZ"], family="energy",
         carrot_or_stick="carrot", value="34", value_unit="bn roubles (cost to Russia's budget in 2005, all three partners together)",
         in_paper="true", paper_ref="§4, §5, §6 (point 2); fn 20, fn 30",
         source="paper §6 (Vice Prime Minister Zhukov, via Rosbalt 28 Jul 2004, fn 30); "
                "facts.md §12 (RIA Novosti 17 Dec 2004; zakonbase.ru text of the 15 Sep 2004 RU-BY agreement)",
         confidence="Medium",
         note="Paper: decided Aug 2004, cost about 34 bn roubles (USD 1.17 bn) in 2005 alone; realised "
              "'shortly before' Ukraine's election (§5). facts.md §12: the Duma passed the Tax Code "
              "amendments on 17 Dec 2004 (High) and RIA Novosti put the 2005 loss at 35.8 bn roubles, "
              "offset by 26.8 bn from a higher extraction tax; the 1 Jan 2005 start date is Unconfirmed.",
         target_notes={"UKR": " Paper §4: worth some USD 800 million a year to Ukraine's budget; "
                              "Ukraine 'will profit the most' (§6).",
                       "BLR": " Russia-Belarus agreement on indirect taxes (destination principle) "
                              "signed 15 Sep 2004 (facts.md §12, High); its entry into force is Unconfirmed.",
                       "KAZ": " Before the switch 18% Russian VAT was charged on crude oil and gas "
                              "sold to Kazakhstan (facts.md §12, RIA Novosti, Medium)."}),
    dict(case_id="BLR_GAS_CUTOFF_2004",
         case="Gazprom cuts gas to Belarus: 30% on 13 Feb, full stop (incl. transit to Europe) on 18 Feb 2004",
         year="2004", targets=["BLR"], family="energy", carrot_or_stick="stick", in_paper="false",
         paper_ref="not in the paper",
         source="facts.md §11a (RFE/RL 13 and 18 Feb 2004; Gazprom press release Feb 2004; "
                "Oil & Gas Journal 5 Mar 2004)",
         confidence="High",
         note="Supplies resumed within about 24 hours under a temporary contract; Belarus recalled "
              "its ambassador. The paper does not mention this cut-off, although it falls in the "
              "year it studies."),
    dict(case_id="BLR_GAS_PRICE_2004",
         case="Gas for Belarus at USD 46.68 per 1,000 m3 in 2004: below export prices, above Russia's domestic price",
         year="2004", targets=["BLR"], family="energy", carrot_or_stick="carrot", value="46.68",
         value_unit="USD per 1,000 m3", in_paper="true", paper_ref="§6 (point 2), fn 31",
         source="paper fn 31; facts.md §11a (BBC 31 Dec 2006: the old price was 'about USD 46-47')",
         confidence="High",
         note="fn 31 compares it with Russia's domestic price of USD 27-30 and about USD 100 for exports to "
              "Germany net of transport costs."),
    dict(case_id="BELTRANSGAS_2004",
         case="Gas at Russian domestic prices offered in exchange for control over Beltransgas",
         year="2004", targets=["BLR"], family="energy", carrot_or_stick="carrot", in_paper="true",
         paper_ref="§6 (point 2), fn 32", source="paper §6 (Kommersant No. 155, 24 Aug 2004, fn 32)",
         confidence="Medium",
         note="A preliminary decision: Russia would pay 'by means of cash and loans' and sell gas at "
              "domestic prices (USD 27-30 per 1,000 m3, fn 31) for a stake in the Belarusian gas industry."),
    dict(case_id="IRAN_ARMENIA_PIPELINE",
         case="Gazprom's intention to invest in the Iran-Armenia gas pipeline",
         year="", targets=["ARM"], family="energy", carrot_or_stick="carrot", in_paper="true",
         paper_ref="§6 (point 2)", source="paper §6", confidence="Medium",
         note="Undated: the paper gives no year, so the year is left empty. The paper's example of "
              "a big investment project used as a means of policy."),
    dict(case_id="ELECTRICITY_CUTOFFS",
         case="Power circuits switched off for short periods (paper's claim)",
         year="2003", year_end="2004", targets=["GEO", "MDA"], family="energy",
         carrot_or_stick="stick", in_paper="true", paper_ref="§6 (point 2), §6 summary",
         source="paper §6 (no footnote); checked in facts.md §11a (Civil Georgia 19 Aug 2003; "
                "Messenger 14 Sep 2004; Jurnalul 6 Aug 2004)",
         confidence="Unconfirmed",
         note="facts.md §11a: not documented as Russian state action.",
         target_notes={"GEO": " Found instead: RAO UES bought 75% of Tbilisi's Telasi (Aug 2003); a "
                              "blackout on 18 Aug 2003 came from a line failure; RAO UES's Georgia chief "
                              "said in Sep 2004 'if you want energy pay for it'.",
                       "MDA": " Found instead: on 5 Aug 2004 the Transnistrian authorities, not Russia, "
                              "cut power from the Cuciurgan plant during the schools dispute."}),
    dict(case_id="UKR_GAS_CUTOFF_2006",
         case="Gas supply to Ukraine cut on 1 Jan 2006; five-year deal on 4 Jan (USD 95 per 1,000 m3 for Ukraine)",
         year="2006", targets=["UKR"], family="energy", carrot_or_stick="stick", value="95",
         value_unit="USD per 1,000 m3", in_paper="false", paper_ref="after the paper",
         source="facts.md §11a (RFE/RL 3 Jan 2006; China.org.cn 5 Jan 2006; Reuters via RedOrbit)",
         confidence="High",
         note="Europe's supplies fell too; flows to Europe were restored on 3 Jan. Gas was sold at "
              "USD 230 to RosUkrEnergo and USD 95 to Ukraine (facts.md §11a). Hindsight: after the paper."),
    dict(case_id="MDA_GAS_CUTOFF_2006",
         case="Gazprom halts gas to Moldova on 1 Jan 2006; four-month deal at USD 110 per 1,000 m3",
         year="2006", targets=["MDA"], family="energy", carrot_or_stick="stick", value="110",
         value_unit="USD per 1,000 m3", in_paper="false", paper_ref="after the paper",
         source="facts.md §11a (Jamestown EDM 3:2; BBC 17 Jan 2006)", confidence="High",
         note="The previous price was USD 80 (Gazprom had asked USD 160); another source gives 'USD 62 "
              "raised to USD 68 in 2005' (facts.md caveat 9). Hindsight: after the paper."),
    dict(case_id="BLR_GAS_DEAL_2006",
         case="Russia-Belarus gas deal after a cut-off threat: USD 100 per 1,000 m3 in 2007; Gazprom to buy 50% of Beltransgaz for USD 2.5 bn",
         year="2006", year_end="2007", targets=["BLR"], family="energy", carrot_or_stick="stick",
         value="100", value_unit="USD per 1,000 m3", in_paper="false", paper_ref="after the paper",
         source="facts.md §11a (BBC 31 Dec 2006; Kommersant; DW 1 Jan 2007)", confidence="High",
         note="Signed 31 Dec 2006, 23:58 Moscow time; the price had been about USD 46-47. Five-year "
              "contract for 2007-2011. Hindsight: the 2004 carrot is withdrawn."),
    # ---- security (paper §6, point 3)
    dict(case_id="BASES_CLOSED_ABROAD",
         case="Military bases abroad closed during Putin's first term ('Cuba, Vietnam etc.')",
         year="2000", year_end="2004", targets=["CUB", "VNM"], family="security",
         carrot_or_stick="neither", in_paper="true", paper_ref="§5; §6 (point 3)",
         source="paper §5, §6", confidence="Medium",
         note="The paper gives no year, only 'during the first Putin's presidency' (year and "
              "year_end span that first term; the paper's first *period* is 'The years 2000-2003', §9). A contrast case: bases far away "
              "were given up while those in the CIS were kept. Not post-Soviet: not on the map."),
    dict(case_id="ARMENIA_BASE",
         case="Russian base in Armenia (102nd division) settled: Armenia shares costs and hands over land and buildings",
         year="2004", targets=["ARM"], family="security", carrot_or_stick="neither", in_paper="true",
         paper_ref="§5; §6 (point 3)", source="paper §6", confidence="Medium",
         note="Dated by the paper only as 'the beginning of the second presidency' (2004 in the "
              "paper's periodisation, §4). Only source: the paper."),
    dict(case_id="TAJIKISTAN_BASE",
         case="Preliminary decision to turn the 201st division in Tajikistan into a Russian military base",
         year="2004", targets=["TJK"], family="security", carrot_or_stick="neither", in_paper="true",
         paper_ref="§5; §6 (point 3), fn 33",
         source="paper §6 (Martirosyan, Rosbalt 10 Aug 2004, fn 33)", confidence="Medium",
         note="'The question debated for at least five years' (paper §6)."),
    dict(case_id="CSTO_ARMS_2004",
         case="Arms supplied to CSTO members at Russian domestic prices; a common communication system planned",
         year="2004", targets=["ARM", "BLR", "KAZ", "KGZ", "TJK"], family="security",
         carrot_or_stick="carrot", in_paper="true", paper_ref="§6 (point 3), fn 34",
         source="paper §6 (Rosbalt 10 Aug 2004, fn 33-34); members from facts.md §7 (Belarus MFA)",
         confidence="Medium",
         note="'Indirect subsidizing in the military and security spheres' (paper §6). Targets = the "
              "CSTO members other than Russia in 2004 (Charter in force 18 Sep 2003; Uzbekistan only "
              "from 2006, facts.md §7)."),
    # ---- political means (paper §5): Ukraine's 2004 election, Georgia
    dict(case_id="UKR_2004_PERSONAL_SUPPORT",
         case="Ukraine 2004: Putin flies to Ukraine twice to back Yanukovych; senior officials denounce Yushchenko",
         year="2004", targets=["UKR"], family="political", carrot_or_stick="neither", in_paper="true",
         paper_ref="§5 (means 2 of 5)", source="paper §5", confidence="Medium",
         note="The paper's second means. Election dates in facts.md §11b: first round 31 Oct, runoff "
              "21 Nov 2004, runoff annulled 3 Dec, repeat runoff 26 Dec 2004."),
    dict(case_id="UKR_2004_MOBILISATION",
         case="Ukraine 2004: money to mobilise Ukrainians living in Russia; Moscow covered with Yanukovych billboards",
         year="2004", targets=["UKR"], family="political", carrot_or_stick="neither", in_paper="true",
         paper_ref="§5 (means 3 of 5)", source="paper §5", confidence="Medium",
         note="The paper's third means."),
    dict(case_id="UKR_2004_90_DAYS",
         case="Ukraine 2004: Ukrainians may stay 90 days in Russia without registration (up from 3); dual citizenship",
         year="2004", targets=["UKR"], family="political", carrot_or_stick="carrot", in_paper="true",
         paper_ref="§5 (means 4 of 5)", source="paper §5", confidence="Medium",
         note="Rushed through the Duma before the election; after protests the same rule was granted "
              "to Russian citizens (paper §5)."),
    dict(case_id="UKR_2004_CONGRATULATION",
         case="Ukraine 2004: Putin congratulates Yanukovych on 'victory' after the second round",
         year="2004", targets=["UKR"], family="political", carrot_or_stick="neither", in_paper="true",
         paper_ref="§5 (means 5 of 5)", source="paper §5; facts.md §11b (Supreme Court annuls the runoff 3 Dec 2004)",
         confidence="High",
         note="With the presidents of Turkmenistan and Belarus: an attempt to lend international "
              "recognition (paper §5). The runoff was annulled on 3 Dec 2004 and Yushchenko was "
              "inaugurated on 23 Jan 2005 (facts.md §11b, High)."),
    dict(case_id="GEO_ABKHAZIA_2004",
         case="Backing Abkhazia in the Georgian-Abkhaz conflict; hostility to the new leadership in Tbilisi",
         year="2004", targets=["GEO"], family="political", carrot_or_stick="stick", in_paper="true",
         paper_ref="§5, fn 23-24", source="paper §5 (Putin press conference, Kremlin, 23 Dec 2004, fn 23)",
         confidence="Medium",
         note="At his 23 Dec 2004 press conference Putin accused Georgia's leaders of 'getting salary "
              "from Soros' (fn 23). Hindsight: war in Aug 2008 and Russian recognition of Abkhazia and "
              "South Ossetia on 26 Aug 2008 (facts.md §11b)."),
]


def instrument_rows() -> list[dict[str, str]]:
    """One row per case and target, in the order of ``CASES``."""
    rows = []
    for case in CASES:
        extra = case.get("target_notes", {})
        for iso3 in case["targets"]:
            row = {f: case.get(f, "") for f in FIELDS}
            row["target_iso3"] = iso3
            row["target_name"] = NAMES[iso3]
            row["note"] = case["note"] + extra.get(iso3, "")
            assert row["family"] in FAMILIES and row["carrot_or_stick"] in STANCES
            assert row["confidence"] in CONFIDENCE
            rows.append(row)
    return rows


# --------------------------------------------------------------------------- gas consumption

EI_ISO3 = {"Azerbaijan": "AZE", "Belarus": "BLR", "Estonia": "EST", "Kazakhstan": "KAZ",
           "Latvia": "LVA", "Lithuania": "LTU", "Russian Federation": "RUS", "Turkmenistan": "TKM",
           "Ukraine": "UKR", "Uzbekistan": "UZB", "Germany": "DEU"}


def gas_rows() -> list[dict[str, str]]:
    """EI gas consumption (bcm) for the states listed in EI_ISO3, value text unchanged."""
    out = []
    with (EI_DIR / "gas_consumption_bcm.csv").open(encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh):
            if rec["country"] in EI_ISO3:
                assert rec["unit"] == "Billion cubic metres", rec["unit"]
                out.append({"iso3": EI_ISO3[rec["country"]], "ei_country": rec["country"],
                            "year": rec["year"], "gas_consumption_bcm": rec["value"].strip()})
    out.sort(key=lambda r: (r["iso3"], int(r["year"])))
    return out




# --------------------------------------------------------------------------- descriptor entries



def descriptor_entries() -> list[dict]:
    instruments = {
        "name": "instruments", "path": "instruments.csv", "format": "csv", "mediatype": "text/csv",
        "encoding": "utf-8", "profile": "tabular-data-resource",
        "title": "Russia's instruments of pressure and incentive in the post-Soviet space (cases, 2000-2007)",
        "description": (
            "Compiled by the course for module 03 from the seed paper (§4-6) and the course fact sheet "
            "(facts.md §6-9, §11a-b, §12). One row per case and target state. family follows the paper's "
            "three families of instruments (§6: legal-institutional, energy, security) plus 'political' for "
            "the means used in Ukraine's 2004 election and towards Georgia (§5). carrot_or_stick is the "
            "course's reading: carrot = Russia pays or gives something, stick = Russia imposes a cost, "
            "neither = framework or presence (agreements, bases) or contrast cases. value is the figure the "
            "source gives for the whole case, repeated on each target row (do not sum it across the rows of "
            "one case); its unit is in value_unit. in_paper is false for cases the paper does not name "
            "(from facts.md, mostly after the paper). confidence is the fact sheet's grade: the paper's "
            "electricity cut-offs are Unconfirmed (facts.md §11a). Rebuilt by tools/make_data_03.py."),
        "sources": [
            {"title": "Seed paper §4-6, fn 20-34", "path": "paper §4-6 (shared/seed/000_292bce45ead4fe90.txt)"},
            {"title": "Course fact sheet (facts.md §6-9, §11a, §11b, §12)",
             "path": "shared/reference/facts.md §6-9, §11a, §11b, §12"}],
        "licenses": [CC_BY],
        "schema": {"fields": [
            {"name": "case_id", "type": "string", "description": "Identifier of the case (one case may have several target rows).",
             "constraints": {"required": True, "pattern": "[A-Z0-9_]+"}},
            {"name": "case", "type": "string", "description": "What Russia did, in the course's words.",
             "constraints": {"required": True}},
            {"name": "year", "type": "year", "description": "First year of the case as the source dates it; empty if the source gives no date."},
            {"name": "year_end", "type": "year", "description": "Last year of the case when it spans several years; empty otherwise."},
            {"name": "target_iso3", "type": "string", "description": "ISO 3166-1 alpha-3 code of the target state (CUB and VNM are outside the post-Soviet map).",
             "constraints": {"required": True, "pattern": "[A-Z]{3}"}},
            {"name": "target_name", "type": "string", "description": "English name of the target state.",
             "constraints": {"required": True}},
            {"name": "family", "type": "string", "description": "Family of instrument (paper §6, plus 'political' for §5).",
             "constraints": {"required": True, "enum": FAMILIES}},
            {"name": "carrot_or_stick", "type": "string", "description": "carrot (Russia pays or gives), stick (Russia imposes a cost) or neither (framework, presence, contrast); the course's reading of the source.",
             "constraints": {"required": True, "enum": STANCES}},
            {"name": "value", "type": "number", "description": "Cost or value of the whole case where the source gives one, in value_unit (repeated on each target row of the case)."},
            {"name": "value_unit", "type": "string", "description": "Unit and meaning of value."},
            {"name": "in_paper", "type": "boolean", "description": "true if the paper names the case; false if it comes from facts.md only.",
             "constraints": {"required": True}},
            {"name": "paper_ref", "type": "string", "description": "Where the paper discusses it (section, footnote), or why not.",
             "constraints": {"required": True}},
            {"name": "source", "type": "string", "description": "Paper section/footnote and/or facts.md section with the source it names.",
             "constraints": {"required": True}},
            {"name": "confidence", "type": "string", "description": "Confidence grade in the sense of facts.md (Unconfirmed = looked for and not found).",
             "constraints": {"required": True, "enum": CONFIDENCE}},
            {"name": "note", "type": "string", "description": "Details, dates, caveats and disagreements between sources."},
        ], "primaryKey": ["case_id", "target_iso3"], "missingValues": [""]},
    }
    gas = {
        "name": "gas_consumption_ei", "path": "gas_consumption_ei.csv", "format": "csv",
        "mediatype": "text/csv", "encoding": "utf-8", "profile": "tabular-data-resource",
        "title": "Natural gas consumption, post-Soviet states and Germany, 1990-2023 (Energy Institute)",
        "description": (
            "Natural gas consumption in billion cubic metres (bcm) from the Energy Institute's Statistical "
            "Review of World Energy 2024 (sheet 'Gas Consumption - Bcm'), for the ten post-Soviet states the "
            "EI lists separately (Armenia, Georgia, Kyrgyzstan, Moldova and Tajikistan are not shown "
            "separately) and Germany. Values copied unrounded from the course's extract "
            "(shared/data-sources/energy-institute-statistical-review-2024/gas_consumption_bcm.csv) by "
            "tools/make_data_03.py. Consumption is not the same as imports from Russia; the latest years "
            "are revised in later editions. 1 bcm = 1,000,000 thousand m3 (the unit of gas prices)."),
        "sources": [{"title": "Energy Institute, Statistical Review of World Energy 2024 (EI-Stats-Review-All-Data.xlsx)",
                     "path": "https://www.energyinst.org/statistical-review"},
                    {"title": "Course extract: GitHub rajaeian-fatemeh/VisualCommunication, commit 8b52f0a105047bf885cac625f7a8f918daef35b6",
                     "path": "shared/data-sources/energy-institute-statistical-review-2024/gas_consumption_bcm.csv"}],
        "licenses": [{"name": "EI-attribution", "title": "© Energy Institute 2024; free use with attribution "
                      "('Energy Institute - Statistical Review of World Energy (2024)'), not an open licence",
                      "path": "https://www.energyinst.org/statistical-review"}],
        "schema": {"fields": [
            {"name": "iso3", "type": "string", "description": "ISO 3166-1 alpha-3 code (DEU = Germany, for comparison).",
             "constraints": {"required": True, "pattern": "[A-Z]{3}"}},
            {"name": "ei_country", "type": "string", "description": "Country label as the Energy Institute writes it.",
             "constraints": {"required": True}},
            {"name": "year", "type": "year", "description": "Calendar year.", "constraints": {"required": True}},
            {"name": "gas_consumption_bcm", "type": "number", "unit": "billion cubic metres (bcm)",
             "description": "Natural gas consumption (EI definition), unrounded.",
             "constraints": {"required": True, "minimum": 0}},
        ], "primaryKey": ["iso3", "year"], "missingValues": [""]},
    }
    return [instruments, gas]


def register() -> None:
    """Add or replace our two entries in data/datapackage.json."""
    _register_resources(descriptor_entries())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--register", action="store_true", help="update data/datapackage.json")
    args = parser.parse_args()
    write_csv(DATA / "instruments.csv", FIELDS, instrument_rows())
    write_csv(DATA / "gas_consumption_ei.csv", ["iso3", "ei_country", "year", "gas_consumption_bcm"],
              gas_rows())
    if args.register:
        register()
    print("wrote data/instruments.csv, data/gas_consumption_ei.csv"
          + (" and updated data/datapackage.json" if args.register else ""))


if __name__ == "__main__":
    main()
