"""Write the two compiled tables of module 01 and register them in data/datapackage.json.

* ``data/agreements_1991_2000.csv`` - the founding texts and integration agreements of
  1991-2000 that module 01 teaches, one row per agreement, with signing and
  entry-into-force dates, parties, the stage of integration each aimed at, and the
  paper's verdict on implementation. Every row names its source (facts.md section and
  the sources it cites, or the paper's section/footnote).
* ``data/cis_implementation_record.csv`` - the implementation record the paper cites in
  §3, footnote 10 (from Tacis 2001): 44 of 70 bilateral economic agreements, none of the
  five principal plurilateral agreements, Russia "about one third".

Both tables are compiled by hand from ``shared/reference/facts.md`` and the seed paper;
nothing is derived from ``shared/data-sources``. The rows live in this script (so the
CSV quoting is always right) and the script is the one place to change them. It also
upserts the two resources, with full schemas, into ``data/datapackage.json`` in a single
read-modify-write, leaving every other resource untouched. Run::

    .venv/bin/python tools/make_data_01.py
"""
from __future__ import annotations

import sys as _sys
from pathlib import Path

_sys.path.insert(0, str(Path(__file__).resolve().parent))
from datapackage_io import CC_BY, write_csv
from datapackage_io import register as _register_resources

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"


# --------------------------------------------------------------------------- agreements
AGREEMENT_FIELDS = [
    ("agreement_id", "string", "Row identifier.", {"required": True, "unique": True}),
    ("name", "string", "Name of the agreement as the course uses it (the paper's name in note "
                       "where it differs).", {"required": True}),
    ("short_name", "string", "Short label for charts and questions.", {"required": True, "unique": True}),
    ("signed", "date", "Date of signature (for an accession: the date the accession was signed).",
     {"required": True}),
    ("in_force", "date", "Date of entry into force where facts.md gives it to the day; empty "
                         "when it was not found or not given to the day (note says which).", {}),
    ("parties", "string", "ISO3 codes of the parties at signature, separated by ';' (for an "
                          "accession: the acceding state and the existing members). Empty where "
                          "the sources name no parties.", {}),
    ("n_parties", "integer", "Number of parties listed in parties; empty when parties is empty.",
     {"minimum": 1}),
    ("scope", "string", "bilateral (two parties) or plurilateral (three or more; or a CIS body).",
     {"required": True, "enum": ["bilateral", "plurilateral"]}),
    ("kind", "string", "founding (of the CIS), economic, security or political.",
     {"required": True, "enum": ["founding", "economic", "security", "political"]}),
    ("stage_aimed", "string", "The highest stage of integration the agreement aimed at, as the "
                              "paper or facts.md describes it; 'not stated' where neither does.",
     {"required": True, "enum": ["commonwealth framework", "collective security",
                                 "free trade area", "customs union",
                                 "customs union and single economic space",
                                 "economic union", "economic and currency union", "union state",
                                 "not stated"]}),
    ("implemented", "string", "The paper's verdict on implementation: yes, partly, no, or "
                              "'not assessed' where the paper gives no verdict for this agreement. "
                              "Entry into force is not implementation.",
     {"required": True, "enum": ["yes", "partly", "no", "not assessed"]}),
    ("fn10_principal", "boolean", "true for the rows the paper's footnote 10 lists among the "
                                  "'five principal plurilateral agreements'.", {"required": True}),
    ("verdict_basis", "string", "Where the implemented verdict comes from, in the paper's terms.",
     {"required": True}),
    ("org_id", "string", "organisations.org_id of the arrangement the agreement created or "
                         "enlarged, where it is in organisations.csv (links to memberships.csv).",
     {}),
    ("note", "string", "Ratifications, conflicts between the paper and facts.md, and what the "
                       "dates mean.", {}),
    ("source", "string", "facts.md section and the sources it names, and/or the paper's "
                         "section or footnote.", {"required": True}),
    ("confidence", "string", "facts.md confidence of the dates in the row (for rows that rest "
                             "only on the paper: the paper's wording, rated Medium).",
     {"required": True, "enum": ["High", "Medium", "Low", "Unconfirmed"]}),
]

F1 = ("facts.md §1 (Kremlin glossary 38; 'Alma-Ata Protocol', Kazakhstan encyclopedia and Kiwix "
      "2018 copy; Council of Europe CDL(94)54)")
F2_EU = ("facts.md §2 (CIS Legislation 'Agreement on creation of economic union of September 24, "
         "1993'; docs.cntd.ru text, Art. 4; CSM 24 Sep 1993)")
F2_FTA = ("facts.md §2 (Wikipedia 'Commonwealth of Independent States Agreement on the "
          "Establishment of a Free Trade Area' and wikisum/bdmobi copies; OSW 26 Oct 2011)")
F3 = "facts.md §3 (EurAsEC list of Customs Union documents, evrazes.com/docs/view/148)"

AGREEMENTS: list[dict[str, str]] = [
    dict(agreement_id="belovezha_1991", short_name="Belovezha Agreement (CIS)",
         name="Belovezha (Minsk) Agreement on the creation of the CIS",
         signed="1991-12-08", in_force="", parties="BLR;RUS;UKR", scope="plurilateral",
         kind="founding", stage_aimed="commonwealth framework", implemented="no",
         fn10_principal="true",
         verdict_basis="Paper fn 10 lists 'the Commonwealth of Independent States (1991)' among the "
                       "five principal plurilateral agreements not implemented; §3 still credits "
                       "the CIS with a working 'civilised divorce'.",
         org_id="CIS",
         note="Signed at Viskuli. Ratified by Belarus and Ukraine (with reservations) on 10 Dec 1991 "
              "and by Russia on 12 Dec 1991 (Medium), so no single in-force date. The paper (§3) "
              "speaks of agreements of 'December 1991 and January 1992 in Minsk and Moscow'.",
         source=F1 + "; paper §3, fn 10", confidence="High"),
    dict(agreement_id="alma_ata_1991", short_name="Alma-Ata Protocol",
         name="Alma-Ata Protocol (Declaration)",
         signed="1991-12-21", in_force="1991-12-21",
         parties="ARM;AZE;BLR;KAZ;KGZ;MDA;RUS;TJK;TKM;UKR;UZB", scope="plurilateral",
         kind="founding", stage_aimed="commonwealth framework", implemented="not assessed",
         fn10_principal="false",
         verdict_basis="Extends the 8 Dec 1991 agreement to 11 founding states; the paper's verdict "
                       "on the CIS is recorded on the Belovezha row.",
         org_id="CIS",
         note="Eight more republics join, giving 11 founding states; the Baltic states and Georgia "
              "stay out; Russia takes over the USSR's UN seat.",
         source=F1, confidence="High"),
    dict(agreement_id="cst_1992", short_name="Collective Security Treaty",
         name="Collective Security Treaty ('Tashkent Treaty')",
         signed="1992-05-15", in_force="1994-04-20", parties="ARM;KAZ;KGZ;RUS;TJK;UZB",
         scope="plurilateral", kind="security", stage_aimed="collective security",
         implemented="not assessed", fn10_principal="false",
         verdict_basis="The paper gives no verdict on the treaty for the 1990s.",
         org_id="CST",
         note="5-year term. Azerbaijan (24 Sep 1993), Georgia (9 Dec or 9 Sep 1993: facts.md caveat 3) "
              "and Belarus (31 Dec 1993) acceded later.",
         source="facts.md §7 (Belarus MFA 'Collective Security Treaty Organization'; treaty text, "
                "CSTO site odkb.gov.ru)", confidence="High"),
    dict(agreement_id="cis_charter_1993", short_name="CIS Charter",
         name="CIS Charter (Statute)",
         signed="1993-01-22", in_force="1994-01-22", parties="ARM;BLR;KAZ;KGZ;RUS;TJK;UZB",
         scope="plurilateral", kind="founding", stage_aimed="commonwealth framework",
         implemented="not assessed", fn10_principal="false",
         verdict_basis="The paper gives no separate verdict on the Charter.",
         org_id="CIS",
         note="Signed in Minsk by 7; Ukraine, Turkmenistan and Moldova did not sign on 22 Jan 1993. "
              "A state becomes a member by ratifying it: 9 did by 1994 (Moldova's date disputed, "
              "facts.md caveat 1); Ukraine and Turkmenistan never ratified. Entry into force Medium.",
         source="facts.md §1 ('CIS Charter', Kiwix 2018-10 copy; Ukrainian Weekly 1993; 'Ukraine and "
                "the CIS', Ukrainian MoJ; 'Member states of the CIS', Wikipedia copies); paper §3",
         confidence="High"),
    dict(agreement_id="economic_union_1993", short_name="Economic Union treaty",
         name="Treaty on the Creation of the Economic Union",
         signed="1993-09-24", in_force="", parties="ARM;AZE;BLR;KAZ;KGZ;MDA;RUS;TJK;UZB",
         scope="plurilateral", kind="economic", stage_aimed="economic and currency union",
         implemented="no", fn10_principal="true",
         verdict_basis="Paper fn 10: 'the Economic Union of the CIS (1994)' is one of the five "
                       "principal plurilateral agreements not implemented.",
         org_id="CIS_ECON_UNION",
         note="Stages (Art. 4): free trade area, customs union, common market, currency union; the "
              "paper (§7) plans them over 'ten-fifteen' years rather than the EU's fifty. Applied "
              "provisionally from 24 Dec 1993; entry into force not found (facts.md: Unconfirmed). "
              "Turkmenistan and Georgia joined later; Ukraine was to be an associate member (date "
              "Unconfirmed). The paper's fn 10 dates the Economic Union 1994; facts.md dates the "
              "treaty's signature 24 Sep 1993.",
         source=F2_EU + "; paper §3, §7, fn 10", confidence="High"),
    dict(agreement_id="central_asian_1994", short_name="Central Asian economic treaty",
         name="Treaty on an Integrated Economic Space (Central Asian "
                                                 "Economic Union)",
         signed="1994-04-30", in_force="", parties="KAZ;KGZ;UZB", scope="plurilateral",
         kind="economic", stage_aimed="not stated", implemented="no", fn10_principal="true",
         verdict_basis="Paper fn 10: 'the Central Asian Economic Union (1995)' is one of the five "
                       "principal plurilateral agreements not implemented.",
         org_id="",
         note="The paper calls it the Central Asian Economic Union and dates it 1995; facts.md dates "
              "the treaty 30 Apr 1994 (Tajikistan joined 26 Mar 1998; renamed Central Asian Economic "
              "Community 17 Jul 1998) - a conflict the course shows rather than resolves. Entry into "
              "force not in facts.md.",
         source="facts.md §8 (Ushakova, Central Asia and the Caucasus 2003); paper fn 10",
         confidence="Medium"),
    dict(agreement_id="cis_fta_1994", short_name="CIS free trade area agreement",
         name="Agreement on the Establishment of a Free Trade Area",
         signed="1994-04-15", in_force="1994-12-30",
         parties="ARM;AZE;BLR;GEO;KAZ;KGZ;MDA;RUS;TJK;TKM;UKR;UZB", scope="plurilateral",
         kind="economic", stage_aimed="free trade area", implemented="no", fn10_principal="false",
         verdict_basis="Paper §3: the parties failed to agree the multilateral list of exemptions the "
                       "agreement required, and later attempts 'were doomed to fail, too'; §7: even "
                       "the first stage (an FTA) 'did not work out in practice'.",
         org_id="CIS_FTA_1994",
         note="Russia and Turkmenistan only notified provisional application; Russia never ratified "
              "it (facts.md caveat 6: 'ratified by all' vs 'not ratified' vs 'provisional "
              "application only').",
         source=F2_FTA + "; paper §3, §7", confidence="Medium"),
    dict(agreement_id="cu_russia_belarus_1995", short_name="Customs union: Russia–Belarus",
         name="Agreement on the Customs Union (Russia-Belarus)",
         signed="1995-01-06", in_force="1995-11-30", parties="BLR;RUS", scope="bilateral",
         kind="economic", stage_aimed="customs union", implemented="yes", fn10_principal="false",
         verdict_basis="Paper §3: 'the customs union has been installed'; the Russia-Belarus customs "
                       "union is 'the only functioning economic integration arrangement in the CIS'.",
         org_id="CU_1995",
         note="Chernomyrdin-Ling agreement, signed in Minsk.",
         source="facts.md §3 (Wikipedia 'Belarus-Russia Customs Union'; EurAsEC list of Customs Union "
                "documents, evrazes.com/docs/view/148); paper §3",
         confidence="High"),
    dict(agreement_id="cu_kazakhstan_1995", short_name="Customs union: Kazakhstan joins",
         name="Agreement on the Customs Union (Kazakhstan joins)",
         signed="1995-01-20", in_force="1997-12-03", parties="BLR;KAZ;RUS", scope="plurilateral",
         kind="economic", stage_aimed="customs union", implemented="not assessed",
         fn10_principal="false",
         verdict_basis="No verdict in the paper; by calling the Russia-Belarus customs union the only "
                       "functioning arrangement (§3) it implies the wider union was not.",
         org_id="CU_1995",
         note="Signed in Moscow; applied provisionally from signature.",
         source="facts.md §3 (EurAsEC text evrazes.com/docs/view/118; EurAsEC list; zakonbase.ru, "
                "art. 9)", confidence="High"),
    dict(agreement_id="cu_kyrgyzstan_1996", short_name="Customs union: Kyrgyzstan joins",
         name="Kyrgyzstan accedes to the Customs Union agreements",
         signed="1996-03-29", in_force="", parties="BLR;KAZ;KGZ;RUS", scope="plurilateral",
         kind="economic", stage_aimed="customs union", implemented="not assessed",
         fn10_principal="false",
         verdict_basis="No verdict in the paper (see the Kazakhstan row).",
         org_id="CU_1995",
         note="Signed in Moscow; in force '1997' (year only, so in_force is empty). One official "
              "list (Medium).",
         source=F3, confidence="Medium"),
    dict(agreement_id="group_of_four_1996", short_name="'Group of Four' treaty",
        
         name="Treaty on Increased Integration in the Economic and Humanitarian Fields ('Group of Four')",
         signed="1996-03-29", in_force="1997-01-06", parties="BLR;KAZ;KGZ;RUS", scope="plurilateral",
         kind="economic", stage_aimed="not stated", implemented="no", fn10_principal="false",
         verdict_basis="Paper §3: the agreement 'was ratified by the Russian Duma in 2001 but has "
                       "never been implemented'.",
         org_id="GROUP_OF_FOUR_1996",
         note="The paper calls it the 'Eurasian Economic Agreement' of 1996 and says Tajikistan joined "
              "in 1999. Conflict: the EurAsEC list in facts.md gives entry into force on 6 Jan 1997, "
              "while the paper has the Duma ratifying only in 2001. In force is not implemented.",
         source="facts.md §3 (EurAsEC list; UN Treaty Series vol. 2212 I-39320); paper §3",
         confidence="High"),
    dict(agreement_id="ru_by_community_1996", short_name="Russia–Belarus Community",
         name="Treaty on the Formation of the Community of Russia "
                                                   "and Belarus",
         signed="1996-04-02", in_force="1996-08-29", parties="BLR;RUS", scope="bilateral",
         kind="political", stage_aimed="not stated", implemented="not assessed",
         fn10_principal="false",
         verdict_basis="The paper describes only the 1999 Union State treaty.",
         org_id="RU_BY_COMMUNITY_1996",
         note="Signed in Moscow by Yeltsin and Lukashenko. Signing High; entry into force Medium.",
         source="facts.md §4 (Free Movement Hub 'Belarus-Russia'; 'Union State - Creation', Wikipedia "
                "copy)", confidence="Medium"),
    dict(agreement_id="ru_by_union_1997", short_name="Union of Belarus and Russia",
         name="Treaty on the Union of Belarus and Russia",
         signed="1997-04-02", in_force="1997-06-11", parties="BLR;RUS", scope="bilateral",
         kind="political", stage_aimed="not stated", implemented="no", fn10_principal="false",
         verdict_basis="Paper §5, fn 25-26 (Hale): Russian officials stifled 'the Russia-Belarus "
                       "Union' in 1997 for fiscal reasons (the 'fiscal veto').",
         org_id="RU_BY_UNION_1997",
         note="Signed in Moscow; Charter of the Union 23 May 1997. Signing High; entry into force "
              "Medium.",
         source="facts.md §4 (Standing Committee of the Union State history; Free Movement Hub; Simple "
                "English Wikipedia 'Union State'); paper §5, fn 25-26", confidence="Medium"),
    dict(agreement_id="guam_1997", short_name="GUAM forum",
         name="GUAM consultative forum",
         signed="1997-10-10", in_force="", parties="AZE;GEO;MDA;UKR", scope="plurilateral",
         kind="political", stage_aimed="not stated", implemented="not assessed",
         fn10_principal="false",
         verdict_basis="The paper's verdict is on GUUAM (1999), see that row.",
         org_id="GUAM",
         note="Founded at the Council of Europe summit in Strasbourg: a forum, so no entry into force.",
         source="facts.md §5 (ITAR-TASS 11 May 2005 repost; 'GUAM', German Wikipedia copy; Pravda.ru)",
         confidence="High"),
    dict(agreement_id="cu_tajikistan_1999", short_name="Customs union: Tajikistan joins",
         name="Tajikistan admitted to the Customs Union "
                                                 "(protocol on stages and accession)",
         signed="1999-02-26", in_force="", parties="BLR;KAZ;KGZ;RUS;TJK", scope="plurilateral",
         kind="economic", stage_aimed="customs union", implemented="not assessed",
         fn10_principal="false",
         verdict_basis="No verdict in the paper.",
         org_id="CU_1995",
         note="Protocol of 26 Feb 1999; admission reported by RFE/RL on 1 Mar 1999. The accession "
              "treaty's own date is not shown in the excerpt read.",
         source="facts.md §3 (RFE/RL 1 Mar 1999; accession treaty text, alta.ru)", confidence="Medium"),
    dict(agreement_id="cu_ses_treaty_1999", short_name="Customs Union and SES treaty",
         name="Treaty on the Customs Union and Single Economic Space",
         signed="1999-02-26", in_force="", parties="BLR;KAZ;KGZ;RUS;TJK", scope="plurilateral",
         kind="economic", stage_aimed="customs union and single economic space",
         implemented="not assessed", fn10_principal="false",
         verdict_basis="Not mentioned in the paper.",
         org_id="CU_SES_TREATY_1999",
         note="Signed in Moscow. Art. 70: in force for ratifiers after the third ratification; the "
              "entry-into-force date was not found (facts.md: Unconfirmed).",
         source="facts.md §3 (zakonbase.ru text, art. 70; CIS Legislation)", confidence="High"),
    dict(agreement_id="fta_protocol_1999", short_name="FTA amending protocol",
         name="Protocol amending the 1994 Free Trade Area agreement",
         signed="1999-04-02", in_force="", parties="ARM;AZE;BLR;GEO;KAZ;KGZ;MDA;RUS;TJK;UKR;UZB",
         scope="plurilateral", kind="economic", stage_aimed="free trade area", implemented="no",
         fn10_principal="false",
         verdict_basis="Paper §3: the further free-trade attempts of 1994-2000 'were doomed to fail, "
                       "too'.",
         org_id="",
         note="Signed in Moscow; removes the 'first stage of the Economic Union' wording. Turkmenistan "
              "did not sign. A multilateral FTA 'established 24 Nov 1999' appears only in an infobox "
              "(Low).",
         source="facts.md §2 (wikisum and bdmobi copies of the Wikipedia article); paper §3",
         confidence="Medium"),
    dict(agreement_id="cst_protocol_1999", short_name="CST prolongation protocol",
         name="Collective Security Treaty prolongation protocol",
         signed="1999-04-02", in_force="", parties="ARM;BLR;KAZ;KGZ;RUS;TJK", scope="plurilateral",
         kind="security", stage_aimed="collective security", implemented="not assessed",
         fn10_principal="false",
         verdict_basis="The paper gives no verdict.",
         org_id="CST",
         note="Azerbaijan, Georgia and Uzbekistan did not sign and left when the treaty's first term "
              "expired on 20 Apr 1999.",
         source="facts.md §7 (Belarus MFA; Jamestown Monitor 5:79; Wikipedia revision of 2006)",
         confidence="High"),
    dict(agreement_id="guuam_1999", short_name="GUUAM (Uzbekistan joins)",
         name="GUUAM (Uzbekistan joins GUAM)",
         signed="1999-04-24", in_force="", parties="AZE;GEO;MDA;UKR;UZB", scope="plurilateral",
         kind="political", stage_aimed="not stated", implemented="no", fn10_principal="true",
         verdict_basis="Paper fn 10: 'GUUAM (1999)' is one of the five principal plurilateral "
                       "agreements not implemented.",
         org_id="GUAM",
         note="Karimov signed at the Uzbek embassy in Washington during NATO's 50th-anniversary "
              "summit. The only principal agreement in fn 10 without Russia.",
         source="facts.md §5 (Jamestown Monitor 5:81 'GUAM grows to GUUAM'); paper fn 10",
         confidence="High"),
    dict(agreement_id="union_state_1999", short_name="Union State treaty",
         name="Treaty on the Creation of a Union State",
         signed="1999-12-08", in_force="2000-01-26", parties="BLR;RUS", scope="bilateral",
         kind="political", stage_aimed="union state", implemented="partly", fn10_principal="false",
         verdict_basis="Paper §3: aimed at a common state with an interim customs union, a common "
                       "currency and unified structural policies; the customs union has been "
                       "installed, the common currency has not.",
         org_id="UNION_STATE",
         note="Signed in Moscow; ratified by the Duma 22 Dec 1999 and by Belarus's National Assembly "
              "26 Jan 2000 (Medium-High, recorded as Medium).",
         source="facts.md §4 (Standing Committee of the Union State history; 'Union State - "
                "Creation', Wikipedia copy; Free Movement Hub); paper §3", confidence="Medium"),
    dict(agreement_id="fta_plan_heads_of_government_2000", short_name="FTA plan of measures (governments)",
        
         name="Plan of measures for the CIS Programme of actions up to 2005",
         signed="2000-06-20", in_force="", parties="", scope="plurilateral", kind="economic",
         stage_aimed="free trade area", implemented="no", fn10_principal="false",
         verdict_basis="Paper §3: these attempts 'were doomed to fail, too'.",
         org_id="",
         note="Adopted by the CIS Council of Heads of Government; a medium-term plan for agreements on "
              "free movement of services, capital and workers, with a separate free-trade timetable "
              "for each country (multi-speed). The paper does not list the parties.",
         source="paper §3, fn 8", confidence="Medium"),
    dict(agreement_id="fta_plan_heads_of_state_2000", short_name="FTA plan-schedule (heads of state)",
        
         name="Plan-Schedule for the free trade zone",
         signed="2000-06-21", in_force="", parties="", scope="plurilateral", kind="economic",
         stage_aimed="free trade area", implemented="no", fn10_principal="false",
         verdict_basis="Paper §3: these attempts 'were doomed to fail, too'.",
         org_id="",
         note="Adopted by the CIS Council of Heads of State: priority measures (bringing the basic "
              "free-trade documents into force, further legal acts, information support). The paper "
              "does not list the parties.",
         source="paper §3, fn 7-8", confidence="Medium"),
    dict(agreement_id="eurasec_2000", short_name="EurAsEC treaty",
         name="Treaty establishing the Eurasian Economic Community",
         signed="2000-10-10", in_force="2001-05-30", parties="BLR;KAZ;KGZ;RUS;TJK",
         scope="plurilateral", kind="economic", stage_aimed="economic union", implemented="no",
         fn10_principal="true",
         verdict_basis="Paper fn 10: 'the Eurasian Economic Community (2000)' is one of the five "
                       "principal plurilateral agreements not implemented (the count is from Tacis "
                       "2001, months after signing).",
         org_id="EURASEC",
         note="Signed in Astana, built on the customs union. §7: three stages towards an economic "
              "union, with no currency union planned.",
         source="facts.md §6 (Kremlin background note on EurAsEC; Akorda 6 Oct 2007; ereport.ru); "
                "paper §7, fn 10", confidence="High"),
]

# --------------------------------------------------------------------------- fn 10 record
RECORD_FIELDS = [
    ("group_id", "string", "Row identifier.", {"required": True, "unique": True}),
    ("group", "string", "Which agreements are counted, in the paper's words.", {"required": True}),
    ("agreements", "integer", "Number of agreements in the group; empty where the paper gives no "
                              "count.", {"minimum": 0}),
    ("implemented", "integer", "Number of them implemented; empty where the paper gives no count.",
     {"minimum": 0}),
    ("share_stated", "number", "Share implemented as the paper states it when it gives no counts "
                               "(Russia: 'about one third' = 1/3); empty where counts are given "
                               "(compute implemented / agreements).", {"minimum": 0}),
    ("approximate", "boolean", "true where the paper's figure is approximate ('about').",
     {"required": True}),
    ("source", "string", "Where the figure comes from.", {"required": True}),
    ("note", "string", "What the paper says, and what it leaves open.", {}),
]
FN10 = "paper §3, fn 10"
RECORD: list[dict[str, str]] = [
    dict(group_id="bilateral_economic", group="Bilateral economic agreements among CIS states",
         agreements="70", implemented="44", share_stated="", approximate="false", source=FN10,
         note="'44 of 70 bilateral economic agreements ... have been implemented'. The paper cites "
              "Tacis (2001), Regional trade agreements among CIS countries and WTO accession."),
    dict(group_id="principal_plurilateral", group="Principal plurilateral agreements",
         agreements="5", implemented="0", share_stated="", approximate="false", source=FN10,
         note="None of the five: the CIS (1991), the Economic Union of the CIS (1994), the Central "
              "Asian Economic Union (1995), GUUAM (1999) and the Eurasian Economic Community (2000) "
              "(the paper's years)."),
    dict(group_id="russia_with_cis", group="Russia's economic agreements with its CIS partners",
         agreements="", implemented="", share_stated="0.3333333333333333", approximate="true",
         source=FN10,
         note="'Russia had by then only implemented about one third of economic agreements with its "
              "CIS partners.' The paper gives neither the number of agreements nor how many: "
              "share_stated is 1/3 for 'about one third'."),
]


def _schema(fields, primary_key, foreign_keys=None) -> dict:
    out = []
    for name, kind, desc, cons in fields:
        f = {"name": name, "type": kind, "description": desc}
        if kind == "date":
            f["format"] = "%Y-%m-%d"
        if name == "share_stated":
            f["unit"] = "share (0-1)"
        if name in ("agreements", "implemented") and kind == "integer":
            f["unit"] = "agreements"
        if name == "n_parties":
            f["unit"] = "states"
        if cons:
            f["constraints"] = cons
        out.append(f)
    schema = {"fields": out, "primaryKey": primary_key, "missingValues": [""]}
    if foreign_keys:
        schema["foreignKeys"] = foreign_keys
    return schema


def _check_and_complete(rows: list[dict[str, str]]) -> None:
    for row in rows:
        codes = [c for c in row["parties"].split(";") if c]
        row["n_parties"] = str(len(codes)) if codes else ""
        if codes and row["scope"] != ("bilateral" if len(codes) == 2 else "plurilateral"):
            raise ValueError(f"{row['agreement_id']}: scope does not match {len(codes)} parties")
        if codes != sorted(codes):
            raise ValueError(f"{row['agreement_id']}: list parties alphabetically")




def resources() -> list[dict]:
    agreements = {
        "name": "agreements_1991_2000", "path": "agreements_1991_2000.csv", "format": "csv",
        "mediatype": "text/csv", "encoding": "utf-8", "profile": "tabular-data-resource",
        "title": "Founding texts and integration agreements of the CIS space, 1991-2000",
        "description": (
            "One row per agreement that module 01 teaches, compiled by the course (tools/make_data_01.py) "
            "from shared/reference/facts.md §1-8 and the seed paper §3, §5, §7 and footnotes 7-10, 25-26; "
            "each row cites its source. Dates are ISO dates; in_force is empty when facts.md gives no "
            "day (note says what is known). parties lists ISO3 codes at signature, alphabetically. "
            "implemented is the paper's verdict, not entry into force: the paper calls agreements "
            "that are in force 'never implemented' (the 1996 'Group of Four' treaty). fn10_principal "
            "marks the five 'principal plurilateral agreements' of the paper's footnote 10, whose "
            "years (CIS 1991, Economic Union 1994, Central Asian Economic Union 1995, GUUAM 1999, "
            "EurAsEC 2000) sometimes differ from the signing dates in facts.md; note records each "
            "conflict. org_id links to organisations.csv and memberships.csv where the arrangement "
            "is there."),
        "sources": [{"title": "Course fact sheet (facts.md §1-8)", "path": "shared/reference/facts.md §1-8"},
                    {"title": "Seed paper §3, §5, §7, fn 7-10, 25-26",
                     "path": "paper §3, §5, §7 (shared/seed/000_292bce45ead4fe90.txt)"}],
        "licenses": [CC_BY],
        "schema": _schema(AGREEMENT_FIELDS, ["agreement_id"], [
            {"fields": "org_id", "reference": {"resource": "organisations", "fields": "org_id"}}]),
    }
    record = {
        "name": "cis_implementation_record", "path": "cis_implementation_record.csv", "format": "csv",
        "mediatype": "text/csv", "encoding": "utf-8", "profile": "tabular-data-resource",
        "title": "Implementation record of CIS agreements by about 2001 (paper §3, footnote 10)",
        "description": (
            "The figures the paper cites in §3, footnote 10 (from Tacis 2001, Regional trade agreements "
            "among CIS countries and WTO accession): 44 of 70 bilateral economic agreements implemented, "
            "none of the five principal plurilateral agreements, and Russia 'about one third' of its "
            "economic agreements with CIS partners. Counts are stored as given; the share implemented "
            "is left to compute (implemented / agreements), except for Russia, for which the paper "
            "gives only the approximate share. Compiled by tools/make_data_01.py."),
        "sources": [{"title": "Seed paper §3, footnote 10 (citing Tacis 2001)",
                     "path": "paper §3, fn 10 (shared/seed/000_292bce45ead4fe90.txt)"}],
        "licenses": [CC_BY],
        "schema": _schema(RECORD_FIELDS, ["group_id"]),
    }
    return [agreements, record]





def update_descriptor(new: list[dict]) -> None:
    """Upsert the module-01 resources into data/datapackage.json."""
    _register_resources(new)


def main() -> None:
    _check_and_complete(AGREEMENTS)
    write_csv(DATA / "agreements_1991_2000.csv", [f[0] for f in AGREEMENT_FIELDS], AGREEMENTS)
    write_csv(DATA / "cis_implementation_record.csv", [f[0] for f in RECORD_FIELDS], RECORD)
    update_descriptor(resources())
    print(f"wrote {len(AGREEMENTS)} agreements and {len(RECORD)} record rows; descriptor updated")


if __name__ == "__main__":
    main()
