"""Build the data of module 06 (Conclusion and hindsight).

Writes three files in ``data/``:

* ``trade_with_russia.csv`` - DERIVED from ``data/sources/imf-dots/
  dots_by_partner_long.csv`` (IMF Direction of Trade Statistics): for each of the 14
  other post-Soviet states and each year 1995-2020, the state's *own* reported exports
  to and imports from Russia and with the World, the share of Russia in its goods
  trade, the IMF estimate flags, and - for comparison only - Russia's *mirror* figures
  (what Russia reported about the same flows, from Russia's own rows);
* ``claims.csv`` - COMPILED: eleven claims of the paper, the later evidence (from
  ``notebooks/sources/facts.md`` or from the data) and the course's own reading;
* ``gas_prices.csv`` - COMPILED: the gas prices named in the paper (fn 31) and in the
  disputes of facts.md section 11a.

The compiled rows are kept below as literals, each with its source, so the files can
be rebuilt and reviewed in one place. Run from anywhere::

    .venv/bin/python tools/make_data_06.py              # write the three CSV files
    .venv/bin/python tools/make_data_06.py --register   # ... and (re)write their
                                                        # entries in data/datapackage.json
"""
from __future__ import annotations

import json
import math
import sys
from pathlib import Path
import sys as _sys
_sys.path.insert(0, str(Path(__file__).resolve().parent))
from datapackage_io import CC_BY, write_csv  # noqa: E402
from datapackage_io import register as _register_resources  # noqa: E402

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
DOTS = ROOT / "data" / "sources" / "imf-dots" / "dots_by_partner_long.csv"  # tools/extract_sources.py

YEARS = range(1995, 2021)
RUSSIA = "Russian Federation"
EXPORTS = "Exports, FOB to Partner Countries"
IMPORTS = "Imports, CIF from Partner Countries"
#: IMF reporter label -> ISO3 code (the 14 states other than Russia).
IMF_TO_ISO3: dict[str, str] = {
    "Armenia, Rep. of": "ARM", "Azerbaijan, Rep. of": "AZE", "Belarus, Rep. of": "BLR",
    "Estonia, Rep. of": "EST", "Georgia": "GEO", "Kazakhstan, Rep. of": "KAZ",
    "Kyrgyz Rep.": "KGZ", "Latvia": "LVA", "Lithuania": "LTU", "Moldova, Rep. of": "MDA",
    "Tajikistan, Rep. of": "TJK", "Turkmenistan": "TKM", "Ukraine": "UKR",
    "Uzbekistan, Rep. of": "UZB",
}
# output column <- (indicator, partner) in the reporter's own rows
OWN_FLOWS: dict[str, tuple[str, str]] = {
    "exports_to_rus": (EXPORTS, RUSSIA),
    "imports_from_rus": (IMPORTS, RUSSIA),
    "exports_world": (EXPORTS, "World"),
    "imports_world": (IMPORTS, "World"),
}
TRADE_COLUMNS = ["iso3", "year", "exports_to_rus", "imports_from_rus", "exports_world",
                 "imports_world", "trade_rus", "trade_world", "share_rus_pct", "estimated",
                 "estimated_fields", "mirror_rus_exports_to", "mirror_rus_imports_from"]


def _fmt(x: float | None, digits: int = 6) -> str:
    """Numbers as text: rounded to `digits` decimals (DOTS values carry float noise)."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return ""
    text = f"{x:.{digits}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def build_trade(dots_path: Path = DOTS) -> list[dict[str, str]]:
    """Rows of trade_with_russia.csv (as text), sorted by iso3 and year."""
    dots = pd.read_csv(dots_path, dtype={"estimate_flag": str}, keep_default_na=False,
                       na_values={"value_usd_millions": [""]})
    dots = dots[dots["year"].isin(list(YEARS))]
    cell = {(r.indicator, r.reporter, r.partner, int(r.year)): (r.value_usd_millions, r.estimate_flag)
            for r in dots.itertuples()}
    rows = []
    for label, iso3 in sorted(IMF_TO_ISO3.items(), key=lambda kv: kv[1]):
        for year in YEARS:
            values: dict[str, float | None] = {}
            flagged = []
            for col, (indicator, partner) in OWN_FLOWS.items():
                value, flag = cell.get((indicator, label, partner, year), (None, ""))
                values[col] = None if value is None or pd.isna(value) else float(value)
                if flag == "e":
                    flagged.append(col)
            parts_rus = [values["exports_to_rus"], values["imports_from_rus"]]
            parts_world = [values["exports_world"], values["imports_world"]]
            trade_rus = None if None in parts_rus else sum(parts_rus)
            trade_world = None if None in parts_world else sum(parts_world)
            share = (100 * trade_rus / trade_world
                     if trade_rus is not None and trade_world else None)
            mirror_x = cell.get((EXPORTS, RUSSIA, label, year), (None, ""))[0]
            mirror_m = cell.get((IMPORTS, RUSSIA, label, year), (None, ""))[0]
            rows.append({
                "iso3": iso3, "year": str(year),
                **{col: _fmt(values[col]) for col in OWN_FLOWS},
                "trade_rus": _fmt(trade_rus), "trade_world": _fmt(trade_world),
                "share_rus_pct": _fmt(share, 4),
                "estimated": "true" if flagged else "false",
                "estimated_fields": ";".join(flagged),
                "mirror_rus_exports_to": _fmt(None if mirror_x is None or pd.isna(mirror_x) else float(mirror_x)),
                "mirror_rus_imports_from": _fmt(None if mirror_m is None or pd.isna(mirror_m) else float(mirror_m)),
            })
    return rows


# --------------------------------------------------------------------------- claims
F11A = "facts.md §11a"
F11B = "facts.md §11b"
F11C = "facts.md §11c"
CLAIM_COLUMNS = ["claim_id", "claim", "paper_ref", "later_evidence", "evidence_source",
                 "course_rating", "course_reading"]
RATINGS = ["held", "partly", "did not hold", "cannot be judged"]   # = course.topics.claims.RATINGS
CLAIMS: list[dict[str, str]] = [
    {"claim_id": "C01",
     "claim": "From 2004 Russia's CIS policy turned from cost-benefit pragmatism back to "
              "restoring a zone of influence, and this turn would last.",
     "paper_ref": "§4, §5, §9",
     "later_evidence": "Gas cut-offs to Ukraine (1 Jan 2006; 1-20 Jan 2009) and Moldova (1 Jan 2006); "
                       "war with Georgia (7/8-12 Aug 2008) and recognition of Abkhazia and South "
                       "Ossetia (26 Aug 2008). Wine and Borjomi bans (Mar-May 2006) and a full transport and postal "
                       "blockade of Georgia (from 3 Oct 2006); customs pressure on Ukraine (Jul-Aug 2013); "
                       "annexation of Crimea (Mar 2014), war in Donbas (from Apr 2014); full-scale invasion of "
                       "Ukraine (24 Feb 2022).",
     "evidence_source": f"{F11A} rows 'Russia-Ukraine gas dispute, 2006' (RFE/RL 3 Jan 2006), "
                        f"'Gazprom halts gas to Moldova' (Jamestown EDM 3:2), 'Russia-Ukraine gas dispute, 2009' "
                        f"(OIES); {F11B} rows 'Russia-Georgia war' (Wikipedia timeline) and 'Russia recognises "
                        f"Abkhazia and South Ossetia' (UNPO 26 Aug 2008); facts-later.md §A1 (BBC 5 May 2006; RIA Novosti "
                        "2 Oct 2006), §A4 (Moscow Times 15 Aug 2013), §C14 (TASS 21 Mar 2014), §C17 (24 Feb 2022)",
     "course_rating": "held",
     "course_reading": "The paper saw the turn after one year of evidence; the next two decades are full of the "
                       "coercive, zone-of-influence behaviour it described, up to war. Motives stay an "
                       "interpretation, and the periodisation itself is disputed: test it backwards too (were "
                       "there coercive cases before 2004?)."},
    {"claim_id": "C02",
     "claim": "Russia, Belarus and Kazakhstan will form the core of the Single Economic Space; "
              "Ukraine will move at its own pace.",
     "paper_ref": "§4 (Yalta 2004)",
     "later_evidence": "The three formed the Customs Union (tariff from 1 Jan 2010), the Common Economic "
                       "Space (from 1 Jan 2012) and signed the EAEU Treaty (29 May 2014, in force 1 Jan 2015); "
                       "Ukraine joined none of them.",
     "evidence_source": f"{F11C} rows 'Customs Union package' (Kremlin glossary 41), 'Common Economic Space "
                        f"package' (TASS 18 Nov 2011), 'Treaty on the Eurasian Economic Union' (Eurasian "
                        f"Economic Commission 29 May 2014); data/memberships.csv (CU_2010, EAEU)",
     "course_rating": "held",
     "course_reading": "The clearest hit of the paper: the core it named is exactly the core that integrated."},
    {"claim_id": "C03",
     "claim": "A free trade area is the most Russia can get with Ukraine.",
     "paper_ref": "§4",
     "later_evidence": "Ukraine signed the 2011 CIS Treaty on a Free Trade Area and was among the first to ratify it, "
                       "but never joined the Customs Union or the EAEU; it signed the EU Association Agreement with a DCFTA in 2014. "
                       "When the DCFTA was applied (1 Jan 2016), Russia suspended CIS free trade for Ukraine (decree "
                       "of 16 Dec 2015) and banned Ukrainian food imports.",
     "evidence_source": "facts.md §2 row 'CIS Treaty on a Free Trade Area' (Wikipedia; OSW 26 Oct 2011); "
                        f"{F11C} row 'EU-Ukraine Association Agreement' (Interfax-Ukraine 1 Sep 2017); facts-later.md §C16 "
                        "(Reuters 16 Dec 2015; TASS 1 Jan 2016)",
     "course_rating": "partly",
     "course_reading": "Ukraine went as far as free trade with the CIS and no further - until 2016, when Russia "
                       "ended even that for Ukraine. The FTA was the maximum, but it did not survive an EU DCFTA: "
                       "in practice the two free trade areas did not coexist."},
    {"claim_id": "C04",
     "claim": "A customs union with Russia and closer integration with the EU exclude each other for Ukraine.",
     "paper_ref": "§4, §8",
     "later_evidence": "Ukraine chose the EU track: Association Agreement signed 21 Mar / 27 Jun 2014, DCFTA "
                       "applied from 1 Jan 2016, fully in force 1 Sep 2017; it stayed outside the Customs Union. In 2013 "
                       "Armenia dropped its planned Association Agreement to join the Customs Union (3 Sep 2013) and "
                       "later signed a partnership agreement (CEPA, 24 Nov 2017) without a DCFTA; Ukraine's government "
                       "suspended its AA a week before the Vilnius summit (21 Nov 2013).",
     "evidence_source": f"{F11C} row 'EU-Ukraine Association Agreement' (Interfax-Ukraine 1 Sep 2017; German "
                        "Foreign Office 1 Sep 2017); facts-later.md §C12 (AFP, EUobserver 3 Sep 2013; Mirror-Spectator 30 Nov "
                        "2017), §C13 (EUobserver 21 Nov 2013)",
     "course_rating": "held",
     "course_reading": "The choice the paper called unavoidable was in fact made, one way. The official line "
                       "that the projects were compatible (§8) did not survive it."},
    {"claim_id": "C05",
     "claim": "Russia is now ready to pay a high price (cheap energy, tax revenue) to push neighbours into "
              "integration.",
     "paper_ref": "§5, §6, §9",
     "later_evidence": "Nominal gas prices rose after the disputes (Belarus $46.68 to $100 per 1,000 m3 in 2007; "
                       "Ukraine $95 in 2006, $130 in 2007), but Europe's border price of the same year rose faster "
                       "(about $151 in 2004, $302 in 2007, World Bank), so the discount grew: about $1 bn (2004) to "
                       "about $3 bn (2007) implied for Belarus. Kharkiv accords (21 Apr 2010): a gas discount of "
                       "$100 per 1,000 m3 for extending the Black Sea Fleet lease to 2042. 17 Dec 2013: $15 bn of "
                       "Ukrainian Eurobonds ($3 bn bought) and gas cut to $268.5 after Kyiv halted the EU "
                       "Association Agreement. Belarus paid about $164-168 in 2012 after selling Gazprom the rest "
                       "of Beltransgaz.",
     "evidence_source": f"{F11A} row 'Russia-Belarus gas deal' (BBC 31 Dec 2006); facts-later.md §A6 (RIA Novosti "
                        "19 Dec 2006; BBJ/RIA 2007), §A2 (BBC 21 Apr 2010), §A4 (Warsaw Business Journal 18 Dec "
                        "2013; TASS 24 Dec 2013), §A3 (Natural Gas World; Belstat); data/gas_price_europe.csv "
                        "(World Bank Pink Sheet); data/gas_prices.csv; paper fn 31",
     "course_rating": "held",
     "course_reading": "Measured against Europe's price of the same year, Russia kept paying and in money terms paid "
                       "more, and it paid openly for the fleet (2010) and for Kyiv's turn from the EU (2013). It did "
                       "not always buy integration (Ukraine), and what each discount was meant to buy is an "
                       "interpretation; the implied subsidies are upper bounds."},
    {"claim_id": "C06",
     "claim": "Energy supplies will be used as a stick as well as a carrot.",
     "paper_ref": "§4, §6",
     "later_evidence": "Cut-offs: Belarus (13-19 Feb 2004), Ukraine (1 Jan 2006, 1-20 Jan 2009), Moldova "
                       "(1 Jan 2006); oil transit via Belarus halted 8-11 Jan 2007.",
     "evidence_source": f"{F11A} rows 'Russia-Belarus gas dispute, 2004' (RFE/RL 18 Feb 2004), 'Russia-Ukraine "
                        "gas dispute, 2006' and '2009' (RFE/RL; OIES), 'Gazprom halts gas to Moldova' (Jamestown), "
                        "'Russia-Belarus oil dispute' (BBC 11 Jan 2007)",
     "course_rating": "held",
     "course_reading": "Energy became the most visible instrument of the decade, as the paper expected."},
    {"claim_id": "C07",
     "claim": "Russia cut electricity to Moldova and Georgia for short periods in 2003 and 2004 to show power.",
     "paper_ref": "§6",
     "later_evidence": "Not documented as Russian state action in the sources read: a Georgian blackout on "
                       "18 Aug 2003 came from a line failure, and in Moldova the Transnistrian authorities "
                       "(not Russia) cut power on 5 Aug 2004.",
     "evidence_source": f"{F11A} row 'Electricity cut-offs to Georgia and Moldova' (Civil Georgia 19 Aug 2003; "
                        "Jurnalul 6 Aug 2004) - marked Unconfirmed",
     "course_rating": "cannot be judged",
     "course_reading": "The course could not confirm it, nor show it false: treat it as unverified, neither "
                       "as a fact nor as a failed prediction. A strong claim needs a source."},
    {"claim_id": "C08",
     "claim": "To win control of Beltransgaz, Russia will sell gas to Belarus at Russian domestic prices.",
     "paper_ref": "§6, fn 31-32",
     "later_evidence": "The 31 Dec 2006 deal gave Gazprom 50% of Beltransgaz for $2.5bn over four years, "
                       "but the price rose to $100 per 1,000 m3 in 2007. Gazprom bought the remaining 50% for $2.5bn on 25 Nov "
                       "2011 and became sole owner; Belarus's price fell to about $164-168 in 2012 (from $244-286 "
                       "in 2011).",
     "evidence_source": f"{F11A} row 'Russia-Belarus gas deal' (BBC 31 Dec 2006; Kommersant); facts-later.md §A3 "
                        "(ANSA 25 Nov 2011; Natural Gas World; RIA Novosti/Belstat)",
     "course_rating": "partly",
     "course_reading": "Russia got the pipeline, in two steps and for cash; the price cut came with full control in "
                       "2011-12 - a lower price, not the Russian domestic price the paper expected."},
    {"claim_id": "C09",
     "claim": "The SES will be the locomotive: a small successful union that the other CIS states join later.",
     "paper_ref": "§4, §7",
     "later_evidence": "SES work was folded into EurAsEC in June 2006; the later union grew from three to five "
                       "(Armenia 2 Jan 2015, Kyrgyzstan 6 Aug 2015) but without Ukraine; Uzbekistan suspended "
                       "its EurAsEC membership in 2008.",
     "evidence_source": "facts.md §9 row 'SES work folded into EurAsEC' (wikimili, Medium); "
                        f"{F11C} rows on Armenia's and Kyrgyzstan's accession (Commonspace.eu; TASS Aug 2015); "
                        "facts.md §6 row 'Uzbekistan suspends membership' (Vedomosti 12 Nov 2008)",
     "course_rating": "partly",
     "course_reading": "The core-first method worked, but the SES itself stalled and the union attracted only "
                       "small states."},
    {"claim_id": "C10",
     "claim": "Integration will follow a staged, EU-style design: free trade area, then customs union, then "
              "economic union, at several speeds.",
     "paper_ref": "§7",
     "later_evidence": "Customs Union tariff 1 Jan 2010; common customs territory 1 Jul 2011; Common Economic "
                       "Space 1 Jan 2012; EAEU 1 Jan 2015 - a staged sequence among three states, with others "
                       "joining later.",
     "evidence_source": f"{F11C} rows 'Customs Union package', 'Common customs territory' (PoliticaPress 2011), "
                        "'Common Economic Space package', 'Treaty on the Eurasian Economic Union'",
     "course_rating": "held",
     "course_reading": "The sequence and the multi-speed method both show up in 2010-2015."},
    {"claim_id": "C11",
     "claim": "Most of Russia's trade with the CIS is with Belarus, Ukraine and Kazakhstan.",
     "paper_ref": "§4",
     "later_evidence": "Russia's own reported trade (mirror columns of data/trade_with_russia.csv) with these "
                       "three is more than three quarters of its trade with the 11 states that took part in the CIS "
                       "in the 2000s, in every year 1995-2020 in which Russia reported all the flows (its figures "
                       "for Belarus are missing for 2001, 2004, 2009 and 2010).",
     "evidence_source": "data/trade_with_russia.csv (IMF DOTS, Russia's rows), computed in the module 06 lesson",
     "course_rating": "held",
     "course_reading": "The data bear it out; note the gaps in Russia's own figures for Belarus."},
    {"claim_id": "C12",
     "claim": "The SES regulatory body will decide by votes weighted by economic potential, which will "
              "automatically lead to Russia's dominance.",
     "paper_ref": "§4 (Art. V)",
     "later_evidence": "The Customs Union Commission (treaty of 6 Oct 2007) decided by a two-thirds majority "
                       "(Medium); weights of 57% for Russia and 21.5% each for Belarus and Kazakhstan were reported "
                       "only for a 2011 draft of its successor (Low) - a share that would not have let Russia pass "
                       "a decision alone. The Eurasian Economic Commission (from 2012) gave each state one vote; the "
                       "EAEU Treaty (2014) has the Council decide by consensus and the Board by two thirds. Russia "
                       "pays 85.32% of the EAEU budget (from 2016) and had 84% of the Commission's staff.",
     "evidence_source": "facts-later.md §B7 (treaty text evrazes.com; Tengrinews 19 Sep 2011, marked Low), §B8 "
                        "(UDF 2011; EAEU Treaty Art. 18; Supreme Council decision No. 9 of 8 May 2015; Xinhua 29 Nov "
                        "2011), Conflicts 11-12",
     "course_rating": "did not hold",
     "course_reading": "The predicted design was dropped: formal parity replaced weighted votes, so the mechanism "
                       "the paper expected never operated. Russia's weight became material (money, staff) rather "
                       "than formal. The 57/21.5/21.5 figures were only a draft."},
    {"claim_id": "C13",
     "claim": "Moscow pushes neighbours into unions such as EurAsEC and the SES but does not encourage unions "
              "of which Russia is not a member.",
     "paper_ref": "§6 (point 1, fn 29)",
     "later_evidence": "Russia joined the Central Asian Cooperation Organization (protocol 18 Oct 2004), the only "
                       "post-Soviet body in Central Asia without it; a year later (6 Oct 2005) the members decided "
                       "to merge CACO into EurAsEC. In 2013-14 Russia put trade pressure on Ukraine and Moldova as they "
                       "moved towards EU association (customs checks, wine ban, import duties).",
     "evidence_source": "facts.md §8 rows 'Russia signs its accession protocol' (Eurasian Home) and 'Decision to "
                        "merge CACO into EurAsEC' (RFE/RL 7 Oct 2005); data/memberships.csv (CACO); facts-later.md "
                        "§A1, §A4, §C15",
     "course_rating": "held",
     "course_reading": "CACO was first joined, then absorbed: the clearest case. The EU's association offers drew "
                       "the same response, with pressure rather than membership."},
    {"claim_id": "C14",
     "claim": "The CIS is on a threshold: either it will reach significant advances or it will be washed out "
              "completely (Putin, as the paper reports him).",
     "paper_ref": "§6 (fn 27-28)",
     "later_evidence": "Neither, clearly: the CIS stayed, with a new Treaty on a Free Trade Area (18 Oct 2011), "
                       "while Georgia left (18 Aug 2009), Ukraine recalled its representatives from all CIS bodies "
                       "(19 May 2018), and the deeper integration moved to the Customs Union and the EAEU.",
     "evidence_source": "facts.md §1 (Georgia's exit; Trend), §2 row 'CIS Treaty on a Free Trade Area' (OSW 26 Oct "
                        "2011); facts-later.md §C17 (TASS 19 May 2018); data/memberships.csv",
     "course_rating": "did not hold",
     "course_reading": "A forecast of a fork: the CIS took neither road but lived on as a thinner framework, while "
                       "deeper integration went to smaller unions, as the paper's multi-speed logic (§7) suggests."},
    {"claim_id": "C15",
     "claim": "Russia has not yet worked out a coherent and comprehensive approach to regional integration, "
              "and to integration with the CIS states in particular.",
     "paper_ref": "§9",
     "later_evidence": "A staged programme followed: Customs Union (2010), common customs territory (2011), Common "
                       "Economic Space (2012), EAEU (2015). But Russia announced a joint WTO accession as a customs "
                       "union on 9 Jun 2009 and dropped it by 16 Oct 2009, joining alone on 22 Aug 2012; and the "
                       "EU track and the Eurasian track ended in open conflict over Ukraine (2013-14).",
     "evidence_source": f"{F11C} rows 'Customs Union package', 'Common customs territory', 'Common Economic Space "
                        "package', 'Treaty on the Eurasian Economic Union'; facts-later.md §C18 (Reuters 9 Jun 2009; "
                        "AFP 16 Oct 2009; WTO press release 668)",
     "course_rating": "partly",
     "course_reading": "A statement about 2005 that later years can only test indirectly: the Eurasian design "
                       "became coherent, the WTO detour and the clash with the EU's offer show improvisation."},
]
for _c in CLAIMS:
    _c["source"] = f"paper {_c['paper_ref']}; {_c['evidence_source']}"
CLAIM_COLUMNS.append("source")

# --------------------------------------------------------------------------- gas prices
GAS_COLUMNS = ["price_id", "buyer", "year", "price_low", "price_high", "kind", "note",
               "source", "confidence"]
GAS: list[dict[str, str]] = [
    {"price_id": "RUS_domestic_2004", "buyer": "Russia (domestic)", "year": "2004", "price_low": "27",
     "price_high": "30", "kind": "benchmark", "note": "Russian domestic price, as the paper compares it.",
     "source": "paper fn 31", "confidence": "as in the paper"},
    {"price_id": "DEU_netback_2004", "buyer": "Germany (export, net of transport)", "year": "2004",
     "price_low": "100", "price_high": "100", "kind": "benchmark",
     "note": "'About $100/TCM for exports to Germany net of transportation costs'.",
     "source": "paper fn 31", "confidence": "as in the paper"},
    {"price_id": "BLR_2004", "buyer": "Belarus", "year": "2004", "price_low": "46.68", "price_high": "46.68",
     "kind": "contract", "note": "The price the paper gives for 2004 ('settled at $46.68/TCM'); "
     "the paper does not say when it was agreed.",
     "source": "paper fn 31", "confidence": "as in the paper"},
    {"price_id": "BLR_2007", "buyer": "Belarus", "year": "2007", "price_low": "100", "price_high": "100",
     "kind": "contract", "note": "Deal signed 31 Dec 2006 (was about $46-47); 5-year contract 2007-2011.",
     "source": "facts.md §11a (BBC 31 Dec 2006; Kommersant)", "confidence": "High"},
    {"price_id": "UKR_2006", "buyer": "Ukraine", "year": "2006", "price_low": "95", "price_high": "95",
     "kind": "contract", "note": "4 Jan 2006 deal: $95 paid by Ukraine to the intermediary RosUkrEnergo.",
     "source": "facts.md §11a (RFE/RL 3 Jan 2006; China.org.cn 5 Jan 2006)", "confidence": "High"},
    {"price_id": "RUE_2006", "buyer": "RosUkrEnergo (intermediary)", "year": "2006", "price_low": "230",
     "price_high": "230", "kind": "contract", "note": "Price Gazprom charged RosUkrEnergo in the 4 Jan 2006 deal.",
     "source": "facts.md §11a (RFE/RL 3 Jan 2006; China.org.cn 5 Jan 2006)", "confidence": "High"},
    {"price_id": "MDA_2005", "buyer": "Moldova", "year": "2005", "price_low": "80", "price_high": "80",
     "kind": "contract", "note": "Price before 2006. Disputed: Xinhua/Eastday give $62 raised to $68 in 2005 "
                                 "(facts.md caveat 9).",
     "source": "facts.md §11a and caveat 9 (Jamestown EDM 3:2; BBC 17 Jan 2006)", "confidence": "Low"},
    {"price_id": "MDA_2006_demand", "buyer": "Moldova", "year": "2006", "price_low": "160", "price_high": "160",
     "kind": "demanded", "note": "Gazprom's demand before the January 2006 cut-off.",
     "source": "facts.md §11a (Jamestown EDM 3:2; BBC 17 Jan 2006)", "confidence": "High"},
    {"price_id": "MDA_2006", "buyer": "Moldova", "year": "2006", "price_low": "110", "price_high": "110",
     "kind": "contract", "note": "Four-month deal of 16-17 Jan 2006.",
     "source": "facts.md §11a (Jamestown EDM 3:2; BBC 17 Jan 2006)", "confidence": "High"},
    {"price_id": 'BLR_2006', "buyer": 'Belarus', "year": "2006", "price_low": "46.68", "price_high": "46.68",
     "kind": 'contract', "note": "'Today pays a discounted rate of $46.68' (Dec 2006); AP: 'US$47 it paid in 2006'.",
     "source": 'RIA Novosti 19 Dec 2006; AP May 2007', "confidence": 'High'},
    {"price_id": 'BLR_2008', "buyer": 'Belarus', "year": "2008", "price_low": "119", "price_high": "128",
     "kind": 'contract', "note": '$119 in Q1 2008, $128 from 1 Apr 2008 (a formula forecast had said $201).',
     "source": 'Survincity (Belarus press); Euroradio', "confidence": 'Medium'},
    {"price_id": 'BLR_2009', "buyer": 'Belarus', "year": "2009", "price_low": "150", "price_high": "150",
     "kind": 'contract', "note": '2009 average price.',
     "source": 'Upstream via Alemas', "confidence": 'Medium'},
    {"price_id": 'BLR_2010', "buyer": 'Belarus', "year": "2010", "price_low": "168", "price_high": "187",
     "kind": 'contract', "note": "Q1 2010 $168; another source: 'from USD 187'.",
     "source": 'Upstream via Alemas; The Messenger 28 Feb 2011', "confidence": 'Low'},
    {"price_id": 'BLR_2011', "buyer": 'Belarus', "year": "2011", "price_low": "244", "price_high": "286",
     "kind": 'contract', "note": 'The 2011 price is given as $244, $265 (Belstat average) or $286.',
     "source": 'Yugs.ru; RIA Novosti/Belstat via MFD.ru 3 Dec 2012; Natural Gas World', "confidence": 'Low'},
    {"price_id": 'BLR_2012', "buyer": 'Belarus', "year": "2012", "price_low": "164", "price_high": "168",
     "kind": 'contract', "note": 'After Gazprom bought the remaining 50% of Beltransgaz (25 Nov 2011): $164 in Q1, $165.6 for the year, $168 Jan-Sep average.',
     "source": 'Natural Gas World; Yugs.ru; RIA Novosti/Belstat via MFD.ru 3 Dec 2012', "confidence": 'Medium'},
    {"price_id": 'UKR_2005', "buyer": 'Ukraine', "year": "2005", "price_low": "50", "price_high": "50",
     "kind": 'contract', "note": 'Price until end-2005.',
     "source": '168.am', "confidence": 'Medium'},
    {"price_id": 'UKR_2007', "buyer": 'Ukraine', "year": "2007", "price_low": "130", "price_high": "130",
     "kind": 'contract', "note": "'In 2007, Ukraine started to pay $130'.",
     "source": 'BBJ/RIA Novosti', "confidence": 'High'},
    {"price_id": 'UKR_2008', "buyer": 'Ukraine', "year": "2008", "price_low": "179.5", "price_high": "179.5",
     "kind": 'contract', "note": 'Deal of 4-5 Dec 2007; Jan-Feb 2008 gas was partly billed at about $315-321 (average about $240).',
     "source": 'for-ua Dec 2007; UNIAN 4 Jan and Mar 2008', "confidence": 'High'},
    {"price_id": 'UKR_2009', "buyer": 'Ukraine', "year": "2009", "price_low": "228.8", "price_high": "228.8",
     "kind": 'contract', "note": 'Annual average per Tymoshenko; Naftogaz quarterly prices were 360 / 270.95 / 198.34 / about 208.',
     "source": 'Interfax 20 Jan 2009; China Energy Net (Naftogaz quarters)', "confidence": 'Low'},
    {"price_id": 'UKR_2014_dec2013', "buyer": 'Ukraine', "year": "2014", "price_low": "268.5", "price_high": "268.5",
     "kind": 'contract', "note": 'Moscow package of 17 Dec 2013: price cut from about $400 from 1 Jan 2014, with $15 bn of Eurobond purchases ($3 bn bought).',
     "source": 'Warsaw Business Journal 18 Dec 2013; CBS/AP; TASS 24 Dec 2013', "confidence": 'High'},
    {"price_id": 'UKR_2014_after', "buyer": 'Ukraine', "year": "2014", "price_low": "485", "price_high": "485",
     "kind": 'contract', "note": 'After the change of government in Kyiv (spring 2014), Gazprom raised the price and claimed the Kharkiv discounts back.',
     "source": 'El Bilad; Onet', "confidence": 'Medium'},
    {"price_id": 'ARM_2005', "buyer": 'Armenia', "year": "2005", "price_low": "54", "price_high": "54",
     "kind": 'contract', "note": 'Price before 1 Apr 2006.',
     "source": 'PanARMENIAN; AP 1 Apr 2006', "confidence": 'High'},
    {"price_id": 'ARM_2006', "buyer": 'Armenia', "year": "2006", "price_low": "110", "price_high": "110",
     "kind": 'contract', "note": 'From 1 Apr 2006, held to end-2008 in exchange for energy assets.',
     "source": 'PanARMENIAN; AP 1 Apr 2006; MosNews Nov 2006', "confidence": 'High'},
    {"price_id": 'ARM_2009', "buyer": 'Armenia', "year": "2009", "price_low": "154", "price_high": "154",
     "kind": 'contract', "note": 'From April 2009.',
     "source": 'Azatutyun', "confidence": 'High'},
    {"price_id": 'ARM_2010', "buyer": 'Armenia', "year": "2010", "price_low": "180", "price_high": "180",
     "kind": 'contract', "note": 'From April 2010; unchanged in 2011.',
     "source": 'Azatutyun; The Messenger 1 Mar 2010', "confidence": 'High'},
    {"price_id": 'GEO_2006', "buyer": 'Georgia', "year": "2006", "price_low": "110", "price_high": "110",
     "kind": 'contract', "note": "Agreed Dec 2005, 'twice as much as this year'.",
     "source": 'Nakanune 21 Dec 2005', "confidence": 'High'},
    {"price_id": 'GEO_2007', "buyer": 'Georgia', "year": "2007", "price_low": "230", "price_high": "235",
     "kind": 'contract', "note": 'Gazprom demanded $230; a Spanish report gives $235 for the contract of late Dec 2006.',
     "source": 'RIA Novosti 2 Nov 2006; El Economista', "confidence": 'Low'},
    {"price_id": 'MDA_2007', "buyer": 'Moldova', "year": "2007", "price_low": "170", "price_high": "170",
     "kind": 'contract', "note": 'Base price under a five-year contract.',
     "source": 'El Economista', "confidence": 'Medium'},
]




# --------------------------------------------------------------------------- descriptor
IMF_LICENCE = {"name": "IMF-terms", "title": "IMF copyright and usage terms (attribution required; not an open licence)",
               "path": "https://www.imf.org/external/terms.htm"}
PAPER = {"title": "Seed paper (§4-§9, fn 31-32)", "path": "the seed paper (see notebooks/bibliography.md)"}
FACTS = {"title": "Course fact sheet (facts.md §2, §6, §9, §11)", "path": "notebooks/sources/facts.md §11"}
ISO3 = {"required": True, "pattern": "^[A-Z]{3}$"}


def _usd(name: str, what: str) -> dict:
    return {"name": name, "type": "number", "description": what, "unit": "million US$ (current)",
            "constraints": {"minimum": 0}}


def resources() -> list[dict]:
    """The three descriptor entries of this script's files."""
    trade = {
        "name": "trade_with_russia", "path": "trade_with_russia.csv", "format": "csv",
        "mediatype": "text/csv", "encoding": "utf-8", "profile": "tabular-data-resource",
        "title": "Goods trade of the 14 other post-Soviet states with Russia and with the World, 1995-2020 (IMF DOTS)",
        "description": (
            "One row per state and year, 1995-2020, for the 14 post-Soviet states other than Russia. "
            "exports_*/imports_* are the state's OWN reported figures (IMF DOTS: exports FOB, imports CIF, "
            "million current US$); share_rus_pct = 100 * (exports_to_rus + imports_from_rus) / "
            "(exports_world + imports_world), computed by the course. All four own flows are present for "
            "every row of 1995-2020, so no share is empty. estimated = true where any of the four own cells "
            "carried the IMF 'e' flag (an IMF estimate, mostly derived from partner data - frequent for "
            "Uzbekistan, Georgia, Ukraine, Turkmenistan); estimated_fields lists which. mirror_rus_* are "
            "RUSSIA's own reported exports to / imports from the state (from Russia's rows), kept only to "
            "compare: mirror figures differ from the partner's (FOB vs CIF valuation, timing, gas re-exports, "
            "unrecorded trade) and have gaps - Russia's reported exports to AND imports from Belarus are "
            "missing for 2001, 2004, 2009 and 2010, and where both exist they can differ widely (2006). Single years can jump: Turkmenistan's reported exports to "
            "Russia go from about 23 to 2,468 and back to 41 million US$ in 2002-2004 (Turkmen gas was mostly "
            "sold via intermediaries). Derived by tools/make_data_06.py from data/sources/imf-dots/"
            "dots_by_partner_long.csv (GitHub SamLeBlanc/Direction-of-Trade-Map, commit "
            "a0b40afbac7cefc59a4b35c1ebe541ac546aafad). Cite as: International Monetary Fund, Direction of "
            "Trade Statistics."),
        "sources": [{"title": "International Monetary Fund, Direction of Trade Statistics (DOTS), via "
                              "SamLeBlanc/Direction-of-Trade-Map data/DOTS/*.xlsx",
                     "path": "https://github.com/SamLeBlanc/Direction-of-Trade-Map/tree/"
                             "a0b40afbac7cefc59a4b35c1ebe541ac546aafad/data/DOTS"}],
        "licenses": [IMF_LICENCE],
        "schema": {
            "fields": [
                {"name": "iso3", "type": "string", "description": "Reporting state (states.iso3).",
                 "constraints": ISO3},
                {"name": "year", "type": "year", "description": "Calendar year.", "constraints": {"required": True}},
                _usd("exports_to_rus", "Reporter's exports to Russia (FOB), as reported by the state itself."),
                _usd("imports_from_rus", "Reporter's imports from Russia (CIF), as reported by the state itself."),
                _usd("exports_world", "Reporter's total exports to the World (FOB)."),
                _usd("imports_world", "Reporter's total imports from the World (CIF)."),
                _usd("trade_rus", "exports_to_rus + imports_from_rus (derived)."),
                _usd("trade_world", "exports_world + imports_world (derived)."),
                {"name": "share_rus_pct", "type": "number", "unit": "%",
                 "description": "Russia's share of the state's goods trade: 100 * trade_rus / trade_world (derived).",
                 "constraints": {"minimum": 0}},
                {"name": "estimated", "type": "boolean",
                 "description": "true if any of the four own flows carries the IMF estimate flag 'e'.",
                 "constraints": {"required": True}},
                {"name": "estimated_fields", "type": "string",
                 "description": "Which own flows are IMF estimates, separated by ';' (empty if none)."},
                _usd("mirror_rus_exports_to", "MIRROR: Russia's own reported exports to the state (FOB); empty where "
                                              "Russia reported none. For comparison only."),
                _usd("mirror_rus_imports_from", "MIRROR: Russia's own reported imports from the state (CIF); empty "
                                                "where Russia reported none. For comparison only."),
            ],
            "primaryKey": ["iso3", "year"], "missingValues": [""],
            "foreignKeys": [{"fields": "iso3", "reference": {"resource": "states", "fields": "iso3"}}],
        },
    }
    claims = {
        "name": "claims", "path": "claims.csv", "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
        "profile": "tabular-data-resource",
        "title": "Claims of the paper checked against later evidence (the module 06 scorecard)",
        "description": (
            "COMPILED by the course (tools/make_data_06.py). Fifteen claims of the paper, each restated in the "
            "course's words with the paper section, the later evidence with the facts.md row and source (or "
            "the data file) it rests on, and the course's own reading. course_rating is a judgement of the "
            "course's authors (held / partly / did not hold, or cannot be judged where the record does not allow "
            "a verdict), not a fact: students rate the claims first and then compare. C07 is rated 'cannot be "
            "judged' because the fact sheet marks the alleged electricity cut-offs Unconfirmed: unconfirmed is "
            "not the same as false."),
        "sources": [PAPER, FACTS], "licenses": [CC_BY],
        "schema": {
            "fields": [
                {"name": "claim_id", "type": "string", "description": "Claim identifier (C01...).",
                 "constraints": {"required": True, "unique": True, "pattern": "^C[0-9]{2}$"}},
                {"name": "claim", "type": "string", "description": "The paper's claim, in the course's words.",
                 "constraints": {"required": True}},
                {"name": "paper_ref", "type": "string", "description": "Section(s) or footnote(s) of the paper.",
                 "constraints": {"required": True}},
                {"name": "later_evidence", "type": "string", "description": "What happened later (2004-2022).",
                 "constraints": {"required": True}},
                {"name": "evidence_source", "type": "string",
                 "description": "facts.md section and row, with the source it names, or the course data file.",
                 "constraints": {"required": True}},
                {"name": "course_rating", "type": "string", "description": "The course's reading of the claim.",
                 "constraints": {"required": True, "enum": RATINGS}},
                {"name": "course_reading", "type": "string", "description": "One or two sentences of reasoning.",
                 "constraints": {"required": True}},
                {"name": "source", "type": "string", "description": "Paper reference and evidence source together.",
                 "constraints": {"required": True}},
            ],
            "primaryKey": ["claim_id"], "missingValues": [""],
        },
    }
    gas = {
        "name": "gas_prices", "path": "gas_prices.csv", "format": "csv", "mediatype": "text/csv",
        "encoding": "utf-8", "profile": "tabular-data-resource",
        "title": "Gas prices Gazprom charged its CIS neighbours, 2004-2014 (paper fn 31; facts.md §11a; facts-later.md §A3, §A4, §A6)",
        "description": (
            "COMPILED by the course (tools/make_data_06.py): the gas prices the paper gives in fn 31 (2004) and "
            "those named in the disputes of facts.md §11a, and the prices by year 2005-2014 for Belarus, Ukraine, "
            "Armenia, Georgia and Moldova of facts-later.md §A3, §A4 and §A6 (the row's source column names the "
            "publications the fact sheet read; the confidence is the fact sheet's), in US$ per 1,000 m3 (TCM). "
            "Where sources disagree the range is stored (price_low to price_high) and the note says why. "
            "Compare them with the European border price of the same year (data/gas_price_europe.csv), not "
            "with the paper's 2004 netback. A single price has "
            "price_low = price_high; the Russian domestic price is a range. kind: contract (agreed price), "
            "demanded (Gazprom's asking price), benchmark (for comparison). Moldova's pre-2006 price is disputed "
            "(facts.md caveat 9): $80 is used, the alternative is in the note. Prices of different contracts "
            "(transit terms, intermediaries) are not strictly comparable."),
        "sources": [PAPER, {"title": "Course fact sheet (facts.md §11a and caveat 9)",
                            "path": "notebooks/sources/facts.md §11a"},
                    {"title": "Course fact sheet, part 2 (facts-later.md §A3, §A4, §A6, Conflicts 7-9)",
                     "path": "notebooks/sources/facts-later.md §A6"}],
        "licenses": [CC_BY],
        "schema": {
            "fields": [
                {"name": "price_id", "type": "string", "description": "Row identifier.",
                 "constraints": {"required": True, "unique": True}},
                {"name": "buyer", "type": "string", "description": "Who pays the price.",
                 "constraints": {"required": True}},
                {"name": "year", "type": "year", "description": "Year the price applies to.",
                 "constraints": {"required": True}},
                {"name": "price_low", "type": "number", "unit": "US$ per 1,000 m3",
                 "description": "Price, or the low end of a range.", "constraints": {"required": True, "minimum": 0}},
                {"name": "price_high", "type": "number", "unit": "US$ per 1,000 m3",
                 "description": "Price, or the high end of a range.", "constraints": {"required": True, "minimum": 0}},
                {"name": "kind", "type": "string", "description": "contract, demanded or benchmark.",
                 "constraints": {"required": True, "enum": ["contract", "demanded", "benchmark"]}},
                {"name": "note", "type": "string", "description": "What the price is."},
                {"name": "source", "type": "string", "description": "Paper footnote or facts.md row and source.",
                 "constraints": {"required": True}},
                {"name": "confidence", "type": "string", "description": "facts.md confidence, or 'as in the paper'.",
                 "constraints": {"required": True}},
            ],
            "primaryKey": ["price_id"], "missingValues": [""],
        },
    }
    return [trade, claims, gas]


def register() -> None:
    """Upsert our three entries into data/datapackage.json."""
    _register_resources(resources())





def main(argv: list[str]) -> int:
    write_csv(DATA / "trade_with_russia.csv", TRADE_COLUMNS, build_trade())
    write_csv(DATA / "claims.csv", CLAIM_COLUMNS, CLAIMS)
    write_csv(DATA / "gas_prices.csv", GAS_COLUMNS, GAS)
    if "--register" in argv:
        register()
    print("wrote trade_with_russia.csv, claims.csv, gas_prices.csv" + (" and registered them" if "--register" in argv else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
