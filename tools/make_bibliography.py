"""The course bibliography: every source students are pointed to, in one table and one page.

* ``data/bibliography.csv`` - one row per source: title, author or publisher, date,
  address, what the course uses it for and how far the course trusts it. Compiled by the
  course from the sources named in its vetted fact sheets (``shared/reference/facts.md``
  and ``facts-later.md``, authors' workspace); the ``vetted_in`` column keeps that
  provenance for authors. Students never need the fact sheets: the address is the source.
* ``notebooks/bibliography.md`` - the same table as a page students can read in
  JupyterLab (opened as Markdown), grouped by topic.

Run from anywhere::

    .venv/bin/python tools/make_bibliography.py             # write the CSV and the page
    .venv/bin/python tools/make_bibliography.py --register  # also add/replace its entry
                                                            # in data/datapackage.json
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from datapackage_io import CC_BY, write_csv
from datapackage_io import register as _register_resources

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
PAGE = ROOT / "notebooks" / "bibliography.md"

COLUMNS = ["source_id", "topic", "title", "author", "date", "address", "kind", "used_for",
           "confidence", "vetted_in"]
KINDS = ["paper", "book", "official", "news", "reference", "dataset", "web"]
TOPICS = {
    "paper": "The paper the course is built on, and the course's fact sheets",
    "cis1990s": "The CIS in the 1990s (modules 01, 03)",
    "vat": "VAT rates (module 03)",
    "gas": "Gas prices and benchmarks (modules 03, 06)",
    "voting": "Voting rules (modules 02, 06)",
    "later": "What happened next, 2006-2022 (module 06)",
    "wto": "WTO accessions (modules 05, 06)",
    "agreements": "Agreements and organisations, 1991-2017 (modules 00-06)",
    "energy": "Energy disputes and Ukraine's 2004 election (modules 03, 06)",
    "eu": "EU-Russia relations and the EU's neighbourhood (module 05)",
    "terms": "Russian names of the key terms (glossary, module 00)",
}
FL = "facts-later.md"

SOURCES: list[dict[str, str]] = [
    # ------------------------------------------------------------------ the paper
    {"source_id": "paper", "topic": "paper",
     "title": "Untitled paper on Russia's integration policy in the post-Soviet space in the 2000s "
              "(sections 1-9; its first heading is '1. Introduction')",
     "author": "not identified", "date": "written about 2005 (latest date in the text 23 Dec 2004; "
                                         "it speaks of 'the first year of the second term')",
     "address": "", "kind": "paper",
     "used_for": "Every module: the claims the course teaches and tests, cited by section (§) and footnote "
                 "(fn). The course's copy breaks off in footnote 39 (footnotes 40-43 are missing). The text "
                 "names no author, institution or series; it cites, among others, Khristenko 2004, Hale "
                 "1997 and Trenin 2004, and an interview with A. Slizkov at the Russian Mission to the "
                 "European Communities on 19 Mar 2004 'conducted by the author'. Author, title, year and "
                 "venue could not be identified. It may be a chapter of Malfliet, Verpoest and Vinokurov "
                 "(eds.) 2007 (next row) or an earlier working paper, but that is a plausible hypothesis "
                 "only: no page read lists the volume's chapters or links the paper's title or headings "
                 "to any author. The course's copy is not shipped to students.",
     "confidence": "Unconfirmed (identification)", "vetted_in": f"{FL} §E21"},
    {"source_id": "malfliet_2007", "topic": "paper",
     "title": "The CIS, the EU and Russia: Challenges of Integration",
     "author": "Katlijn Malfliet, Lien Verpoest and Evgeny Vinokurov (eds.); Palgrave Macmillan, London",
     "date": "2007", "address": "http://vinokurov.info/eurussia.htm ; https://studylib.net/doc/18106728/eurasia-and-eurasian-integration--beyond-the-post", "kind": "book",
     "used_for": "Further reading: an edited volume on the same questions. Listed because the paper may be "
                 "related to it (not confirmed).",
     "confidence": "High (that the volume exists)", "vetted_in": f"{FL} §E21"},
    {"source_id": "fact_sheet_1", "topic": "paper",
     "title": "Course fact sheet, part 1: Russia's integration policy in the post-Soviet space, 1991-2015 "
              "(the authors' vetting record)", "author": "the course's authors", "date": "2026",
     "address": "notebooks/sources/facts.md", "kind": "reference",
     "used_for": "The authors' record of the dates and facts of the agreements, organisations and disputes, "
                 "each row naming the public page it was read in, with a confidence rating. Lessons cite the "
                 "sources it names (rows of this page), not the sheet. Many rows rest on Wikipedia copies.",
     "confidence": "as rated row by row", "vetted_in": "shared/reference/facts.md"},
    {"source_id": "fact_sheet_2", "topic": "paper",
     "title": "Course fact sheet, part 2: levers, institutions and events 2005-2024, rates, and the source paper "
              "(the authors' vetting record)", "author": "the course's authors", "date": "2026",
     "address": "notebooks/sources/facts-later.md", "kind": "reference",
     "used_for": "The authors' record of the later events of module 06, the VAT rates, gas prices by year and "
                 "the European benchmarks, each row with its sources and confidence. Lessons cite the sources "
                 "it names (rows of this page), not the sheet.",
     "confidence": "as rated row by row", "vetted_in": "shared/reference/facts-later.md"},
    # ------------------------------------------------------------------ 1990s
    {"source_id": "independent_1993_07_24", "topic": "cis1990s",
     "title": "Poor Russians wake up to a beheaded rouble", "author": "The Independent",
     "date": "1993-07-24",
     "address": "https://independent.co.uk/news/poor-russians-wake-up-to-a-beheaded-rouble-1486991.html",
     "kind": "news", "used_for": "Russia's currency reform of July 1993, which ended the old rouble zone "
                                 "(lesson 01 §8: the paper's 'Ruble Zone in 1997' is probably a slip).",
     "confidence": "High", "vetted_in": f"{FL} §B11"},
    {"source_id": "rouble_zone_new_type_1993", "topic": "cis1990s",
     "title": "Agreement on Practical Measures to Create a Rouble Zone of a New Type (7 Sep 1993)",
     "author": "Governments and central banks of Kazakhstan, Russia, Uzbekistan, Armenia, Belarus, Tajikistan",
     "date": "1993-09-07", "address": "https://cis-legislation.com/document.fwx?rgn=25849",
     "kind": "official", "used_for": "The short-lived 'new type' rouble zone of autumn 1993 (lesson 01 §8).",
     "confidence": "High", "vetted_in": f"{FL} §B11"},
    {"source_id": "astana_times_2023_tenge", "topic": "cis1990s",
     "title": "How tenge was born", "author": "The Astana Times", "date": "2023-11",
     "address": "https://astanatimes.com/2023/11/how-tenge-was-born", "kind": "news",
     "used_for": "Kazakhstan's own currency from 15 Nov 1993, the end of the new-type rouble zone (lesson 01 §8).",
     "confidence": "High", "vetted_in": f"{FL} §B11"},
    {"source_id": "rferl_1997_04_01", "topic": "cis1990s",
     "title": "RFE/RL Newsline reports on the Russia-Belarus union treaty (1 and 9 Apr 1997)",
     "author": "Radio Free Europe / Radio Liberty", "date": "1997-04-01; 1997-04-09",
     "address": "http://www.rferl.org/a/1084435.html ; https://www.rferl.org/a/1084287.html", "kind": "news",
     "used_for": "The watered-down 1997 Russia-Belarus Union treaty and Charter, the episode the paper's "
                 "'1997' fits (lesson 01 §8).",
     "confidence": "High", "vetted_in": f"{FL} §B11"},
    {"source_id": "rferl_duma_1996", "topic": "cis1990s",
     "title": "Russian Duma Ratifies Important Agreements", "author": "Radio Free Europe / Radio Liberty",
     "date": "19 April (year not printed; 1996 inferred)", "address": "https://www.rferl.org/a/1080408.html",
     "kind": "news",
     "used_for": "The Duma's ratification of the 1996 'Group of Four' treaty (365 votes), against the paper's "
                 "'ratified by the Russian Duma in 2001' (lesson 01).",
     "confidence": "Medium (the year is inferred)", "vetted_in": f"{FL} §B10"},
    {"source_id": "kremlin_eurasec_note", "topic": "cis1990s",
     "title": "Background note on the Eurasian Economic Community", "author": "President of Russia (Kremlin)",
     "date": "n.d.", "address": "http://en.kremlin.ru/supplement/2322/print", "kind": "official",
     "used_for": "The EurAsEC treaty: signed 10 Oct 2000, in force 30 May 2001 (lesson 01).",
     "confidence": "High", "vetted_in": "facts.md §6"},
    # ------------------------------------------------------------------ VAT
    {"source_id": "firmmaker_vat_rates", "topic": "vat",
     "title": "Stavka NDS v RF po godam (VAT rate in Russia by year)", "author": "Firmmaker",
     "date": "n.d.", "address": "https://firmmaker.ru/blog/stavka-naloga-na-dobavlennuyu-stoimost-nds-v-rf-po-godam",
     "kind": "web", "used_for": "Russia's standard VAT rate: 20 % until 2003, 18 % from 2004 (lesson and "
                                "exercise 03).",
     "confidence": "Medium (one secondary source; the rate clause of Law 117-FZ was not read)",
     "vetted_in": f"{FL} §D19-20"},
    {"source_id": "rada_vat_draft", "topic": "vat",
     "title": "Summary of a draft law on VAT rates (20 % for 2004, 17 % for 2005, 15 % from 2006)",
     "author": "Verkhovna Rada of Ukraine", "date": "n.d. (about 2003-04)",
     "address": "https://static.rada.gov.ua/site/eng_zp/eng_zp_docs/_E4514.html", "kind": "official",
     "used_for": "Evidence that Ukraine's VAT was 20 % in 2004; the proposed cuts were not found enacted "
                 "(exercise 03 q8).",
     "confidence": "Low-Medium (Ukraine's 2004-05 rate is inferred)", "vetted_in": f"{FL} §D19-20"},
    {"source_id": "lexology_2014_ukraine_tax", "topic": "vat",
     "title": "Report on Ukraine's 2014 tax law ('restored ... the 20% rate for VAT, which were effective "
              "until 2014')", "author": "Lexology", "date": "2014",
     "address": "https://www.lexology.com/library/detail.aspx?g=2c8311b1-5988-42a9-8853-a076f63468b7",
     "kind": "web", "used_for": "Ukraine's 20 % VAT rate before 2014 (exercise 03 q8).",
     "confidence": "Low-Medium (for 2004-05, inferred)", "vetted_in": f"{FL} §D19-20"},
    # ------------------------------------------------------------------ WTO
    {"source_id": "wto_pr668_2012", "topic": "wto",
     "title": "Press release 668: Russia's accession", "author": "World Trade Organization", "date": "2012",
     "address": "https://www.wto.org/english/news_e/pres12_e/pr668_e.htm", "kind": "official",
     "used_for": "Russia a WTO member from 22 Aug 2012 (lesson 05; module 06).",
     "confidence": "High", "vetted_in": f"{FL} §C18"},
    {"source_id": "ukraine_wto_2008", "topic": "wto",
     "title": "Ukraine joins the WTO as its 152nd member (WTO announcement, as relayed)",
     "author": "World Trade Organization, via Law Professors blog", "date": "2008-05",
     "address": "http://lawprofessors.typepad.com/international_law/2008/05/ukraine-joins-w.html",
     "kind": "web", "used_for": "Ukraine a WTO member from 16 May 2008 (lesson 05; module 06).",
     "confidence": "High", "vetted_in": f"{FL} §C18"},
    # ------------------------------------------------------------------ gas
    {"source_id": "world_bank_pink_sheet", "topic": "gas",
     "title": "World Bank Commodity Price Data (The Pink Sheet): 'Natural gas, Europe', annual averages",
     "author": "World Bank, Commodity Markets", "date": "workbook updated 2 May 2025",
     "address": "https://www.worldbank.org/en/research/commodity-markets", "kind": "dataset",
     "used_for": "Europe's gas border price of each year (data/gas_price_europe.csv), the yardstick for CIS "
                 "prices after 2004 (lessons 03 and 06, exercise 03 q14, claim C05).",
     "confidence": "High (three copies of the workbook agree)", "vetted_in": f"{FL} §A5"},
    {"source_id": "ei_conversion_factors", "topic": "gas",
     "title": "Statistical Review of World Energy 2024: Approximate conversion factors",
     "author": "Energy Institute", "date": "2024", "address": "https://github.com/rajaeian-fatemeh/VisualCommunication/tree/8b52f0a105047bf885cac625f7a8f918daef35b6 (EI-Stats-Review-All-Data.xlsx, a public copy of the workbook)",
     "kind": "dataset", "used_for": "The net heat content of gas: 1 bcm = 34.12 trillion Btu = 36 PJ.",
     "confidence": "High", "vetted_in": f"{FL} §A5"},
    {"source_id": "reference_com_mmbtu", "topic": "gas",
     "title": "How Do You Convert 1 Cubic Meter of Natural Gas Into MMBTU?", "author": "Reference.com",
     "date": "n.d.",
     "address": "https://www.reference.com/science-technology/convert-1-cubic-meter-natural-gas-mmbtu-1f94a8a0fa536f7e",
     "kind": "web", "used_for": "The gross rule of thumb, about 35.3 MMBtu per 1,000 m3.",
     "confidence": "Medium", "vetted_in": f"{FL} §A5"},
    {"source_id": "ria_2006_12_19", "topic": "gas",
     "title": "Report on Gazprom's prices for Belarus and the CIS ('today pays a discounted rate of $46.68')",
     "author": "RIA Novosti", "date": "2006-12-19", "address": "https://sputnikglobe.com/20061219/57269379.html",
     "kind": "news", "used_for": "Belarus's price to end-2006 (data/gas_prices.csv).", "confidence": "High",
     "vetted_in": f"{FL} §A6"},
    {"source_id": "gas_prices_cis_2005_2012", "topic": "gas",
     "title": "Press reports of CIS gas prices by year, 2005-2012 (each row of data/gas_prices.csv names its own)",
     "author": "AP; BBJ/RIA Novosti; UNIAN; Interfax; for-ua; PanARMENIAN; Azatutyun; Nakanune; El Economista; "
               "Survincity; Upstream; The Messenger; Natural Gas World; Yugs.ru; RIA/Belstat",
     "date": "2005-2012",
     "address": "https://bbj.hu/economy/energy/energy-trade/ukraine-may-raise-russian-gas-transit-rates-says-security-official42086/ ; "
                "https://www.unian.info/society/87721-gazprom-to-charge-ukraine-us-180-for-gas-supplies.html ; "
                "https://www.interfax.ru/business/58129 ; https://azatutyun.am/a/1911012.html ; "
                "https://naturalgasworld.com/gazprom-to-buy-belarusian-beltransgaz-3704 ; "
                "https://mfd.ru/news/view/?id=1760105",
     "kind": "news", "used_for": "The prices Belarus, Ukraine, Armenia, Georgia and Moldova paid, year by year "
                                 "(data/gas_prices.csv; lesson 06 §3).",
     "confidence": "High to Low, row by row (see data/gas_prices.csv)", "vetted_in": f"{FL} §A3, §A6"},
    {"source_id": "bbc_2010_04_21_kharkiv", "topic": "later",
     "title": "Report on the Kharkiv agreement (Black Sea Fleet lease for a gas discount)", "author": "BBC News",
     "date": "2010-04-21", "address": "http://news.bbc.co.uk/2/hi/8635345.stm", "kind": "news",
     "used_for": "Lease extended to 2042 for a discount of $100 per 1,000 m3 (module 06, claim C05).",
     "confidence": "High", "vetted_in": f"{FL} §A2"},
    {"source_id": "wbj_2013_12_18", "topic": "later",
     "title": "Russia bails out Ukraine", "author": "Warsaw Business Journal", "date": "2013-12-18",
     "address": "http://www.wbj.pl/article-64636-russia-bails-out-ukraine.html?typ=wbj", "kind": "news",
     "used_for": "The Moscow package of 17 Dec 2013: $15 bn of Eurobonds and gas at $268.5 (module 06).",
     "confidence": "High", "vetted_in": f"{FL} §A4"},
    {"source_id": "tass_2013_12_24", "topic": "later",
     "title": "Russia buys the first tranche of Ukrainian Eurobonds ($3 bn)", "author": "TASS",
     "date": "2013-12-24", "address": "https://tass.com/economy/712740", "kind": "news",
     "used_for": "Only $3 bn of the $15 bn was bought (module 06).", "confidence": "High",
     "vetted_in": f"{FL} §A4"},
    {"source_id": 'bbc_2006_05_05', "topic": "later", "title": "Report on Russia's bans on Georgian and Moldovan wine and Borjomi water", "author": 'BBC News', "date": '2006-05-05',
     "address": 'http://news.bbc.co.uk/2/hi/europe/4976304.stm', "kind": 'news',
     "used_for": 'The 2006 wine and mineral-water bans (module 06; claim C01).', "confidence": 'High', "vetted_in": f"{FL} §A1"},
    {"source_id": 'rferl_2006_04_06', "topic": "later", "title": 'Russia Extends Georgian, Moldovan Wine Ban', "author": 'RFE/RL', "date": '2006-04-06',
     "address": 'https://www.rferl.org/a/1067435.html', "kind": 'news',
     "used_for": 'Extension of the wine ban to brandy and sparkling wine (module 06).', "confidence": 'High', "vetted_in": f"{FL} §A1"},
    {"source_id": 'ria_2006_10_02', "topic": "later", "title": 'Russia suspends transport and postal links with Georgia', "author": 'RIA Novosti', "date": '2006-10-02',
     "address": 'http://en.ria.ru/russia/20061002/54442443.html ; https://amp.cbc.ca/lite/story/1.593167', "kind": 'news',
     "used_for": 'The October 2006 blockade of Georgia (module 06; claim C01).', "confidence": 'High', "vetted_in": f"{FL} §A1"},
    {"source_id": 'trend_2006_10_10', "topic": "later", "title": 'Deportations of Georgians from Russia', "author": 'Trend / RIA Novosti', "date": '2006-10-10',
     "address": 'https://en.trend.az/world/other/863753.html', "kind": 'news',
     "used_for": 'About 180 Georgians deported in early October 2006 (module 06).', "confidence": 'High', "vetted_in": f"{FL} §A1"},
    {"source_id": 'prague_2009', "topic": "later", "title": 'Joint Declaration of the Prague Eastern Partnership Summit', "author": 'EU and six partner states', "date": '2009-05-07',
     "address": 'https://en.eurobelarus.info/news/archive/2009/05/14/joint-declaration-of-the-prague-eastern-partnership-summit-prague--7-may-2009.html', "kind": 'official',
     "used_for": 'The launch of the Eastern Partnership (module 06).', "confidence": 'High', "vetted_in": f"{FL} §C13"},
    {"source_id": 'reuters_2009_06_09', "topic": "later", "title": 'Russia, Belarus and Kazakhstan to seek joint WTO accession', "author": 'Reuters (via data.minsk.by)', "date": '2009-06-09',
     "address": 'https://data.minsk.by/belarusnews/062009/72.html', "kind": 'news',
     "used_for": 'The 2009 joint-accession detour (module 06; claim C15).', "confidence": 'High', "vetted_in": f"{FL} §C18"},
    {"source_id": 'afp_2009_10_16', "topic": "later", "title": 'Russia drops joint WTO bid', "author": 'AFP (via Hindustan Times)', "date": '2009-10-16',
     "address": 'http://www.hindustantimes.com/world/russia-drops-joint-wto-bid-official/story-gXFkSu0gzLHi9cOlU4fHmM.html', "kind": 'news',
     "used_for": 'Return to separate WTO accession (module 06; claim C15).', "confidence": 'High', "vetted_in": f"{FL} §C18"},
    {"source_id": 'wto_kazakhstan', "topic": "later", "title": 'Accessions: Kazakhstan', "author": 'World Trade Organization', "date": '2015',
     "address": 'https://www.wto.org/english/thewto_e/acc_e/a1_kazakhstan_e.htm', "kind": 'official',
     "used_for": 'Kazakhstan a WTO member from 30 Nov 2015 (module 06).', "confidence": 'High', "vetted_in": f"{FL} §C18"},
    {"source_id": 'ansa_2011_11_25', "topic": "later", "title": 'Gazprom acquista il 100% dei gasdotti bielorussi', "author": 'ANSA (via Blitz Quotidiano)', "date": '2011-11-25',
     "address": 'https://archivio.blitzquotidiano.it/cronaca-mondo/gazprom-acquista-il-100-dei-gasdotti-bielorussi-1030606/amp', "kind": 'news',
     "used_for": "Gazprom's purchase of the remaining 50 % of Beltransgaz (module 06; claim C08).", "confidence": 'High', "vetted_in": f"{FL} §A3"},
    {"source_id": 'udf_2011_eec', "topic": "later", "title": 'Belarus, Kazakhstan and Russia creating equivalent of European Commission', "author": 'UDF.by / Charter 97', "date": '2011',
     "address": 'https://udf.name/english/politics/49343-belarus-kazakhstan-and-russia-creating-equivalent-of-european-commission.html', "kind": 'news',
     "used_for": 'One vote per member in the Eurasian Economic Commission (module 06; claim C12).', "confidence": 'Medium', "vetted_in": f"{FL} §B8"},
    {"source_id": 'tengrinews_2011_09_19', "topic": "later", "title": "Russia, Belarus and Kazakhstan to create a special Customs Union 'ministry'", "author": 'Tengrinews / Vedomosti', "date": '2011-09-19',
     "address": 'https://en.tengrinews.kz/politics_sub/Russia-Belarus-and-Kazakhstan-to-create-a-special-Customs-4505/', "kind": 'news',
     "used_for": 'The 57/21.5/21.5 vote weights - reported for a draft only (claim C12).', "confidence": 'Low', "vetted_in": f"{FL} §B7"},
    {"source_id": 'eaeu_budget_2015', "topic": "later", "title": 'Supreme Eurasian Economic Council decision No. 9 of 8 May 2015 (budget contributions)', "author": 'Supreme Eurasian Economic Council', "date": '2015-05-08',
     "address": 'https://ealegislation.com/document.fwx?rgn=75514', "kind": 'official',
     "used_for": "Russia's 85.32 % of the EAEU budget from 2016 (claim C12).", "confidence": 'High', "vetted_in": f"{FL} §B8"},
    {"source_id": 'eaeu_treaty_art18', "topic": "later", "title": 'Treaty on the Eurasian Economic Union, Art. 13, 17 and 18 (decision rules)', "author": 'EAEU member states', "date": '2014-05-29',
     "address": 'https://edit.wti.org/document/show/b733d847-dc58-442a-afee-d73c0f1c472d?page=2&textBlockId=0936b71e-8db9-4f94-85f6-3f748e282103', "kind": 'official',
     "used_for": 'Council by consensus, Board by two thirds (claim C12).', "confidence": 'High', "vetted_in": f"{FL} §B8"},
    {"source_id": 'moscow_times_2013_08_15', "topic": "later", "title": 'Russian Customs Service Blamed for Blocks on Ukrainian Exports', "author": 'The Moscow Times', "date": '2013-08-15',
     "address": 'https://themoscowtimes.com/2013/08/15/russian-customs-service-blamed-for-blocks-on-ukrainian-exports-a26790', "kind": 'news',
     "used_for": 'Russian customs pressure on Ukraine, summer 2013 (module 06).', "confidence": 'High', "vetted_in": f"{FL} §A4"},
    {"source_id": 'euobserver_2013_09_03', "topic": "later", "title": "Report on Armenia's decision to join the Customs Union", "author": 'EUobserver', "date": '2013-09-03',
     "address": 'https://euobserver.com/eu-and-the-world/arf8479c54', "kind": 'news',
     "used_for": "Armenia's turn to the Customs Union (module 06; claim C04).", "confidence": 'High', "vetted_in": f"{FL} §C12"},
    {"source_id": 'euobserver_2013_11_21', "topic": "later", "title": "Report on Ukraine's suspension of the Association Agreement", "author": 'EUobserver', "date": '2013-11-21',
     "address": 'https://euobserver.com/eu-and-the-world/are34a5bb2', "kind": 'news',
     "used_for": 'Kyiv halts the AA a week before Vilnius (module 06).', "confidence": 'High', "vetted_in": f"{FL} §C13"},
    {"source_id": 'ec_memo_13_1074', "topic": "later", "title": 'MEMO/13/1074 on the Vilnius Eastern Partnership summit', "author": 'European Commission', "date": '2013-11-29',
     "address": 'http://europa.eu/rapid/press-release_MEMO-13-1074_en.htm', "kind": 'official',
     "used_for": 'Georgia and Moldova initial their AAs; Ukraine does not sign (module 06).', "confidence": 'High', "vetted_in": f"{FL} §C13"},
    {"source_id": 'tass_2014_03_21', "topic": "later", "title": "Federation Council ratifies the treaty on Crimea's accession", "author": 'TASS', "date": '2014-03-21',
     "address": 'https://tass.com/russia/724749/amp', "kind": 'news',
     "used_for": 'The annexation of Crimea, 16-21 Mar 2014 (module 06).', "confidence": 'High', "vetted_in": f"{FL} §C14"},
    {"source_id": 'unga_68_262', "topic": "later", "title": 'Resolution 68/262, Territorial integrity of Ukraine', "author": 'UN General Assembly', "date": '2014-03-27',
     "address": 'https://crimea-platform.org/en/materials/resolution-a-res-68-262-territorial-integrity-of-ukraine/', "kind": 'official',
     "used_for": 'The referendum declared without validity, 100-11-58 (module 06).', "confidence": 'High', "vetted_in": f"{FL} §C14"},
    {"source_id": 'cnn_2014_04_13', "topic": "later", "title": 'Ukraine says it launched anti-terrorist operation in eastern city', "author": 'CNN (via Fox13)', "date": '2014-04-13',
     "address": 'https://www.fox13now.com/2014/04/13/ukraine-says-it-launched-anti-terrorist-operation-in-eastern-city', "kind": 'news',
     "used_for": 'Start of the war in Donbas (module 06).', "confidence": 'High', "vetted_in": f"{FL} §C14"},
    {"source_id": 'eeas_2014_06_27', "topic": "later", "title": 'Association Agreements with Georgia, Moldova and Ukraine signed', "author": 'European External Action Service (archived)', "date": '2014-06-27',
     "address": 'http://collections.internetmemory.org/haeu/content/20160313172652/http:/eeas.europa.eu/top_stories/2014/270614_association_agreement_en.htm', "kind": 'official',
     "used_for": "Georgia's and Moldova's AAs with DCFTAs (module 06).", "confidence": 'High', "vetted_in": f"{FL} §C15"},
    {"source_id": 'reuters_2015_12_16', "topic": "later", "title": "Russia's Putin orders suspension of free trade zone with Ukraine", "author": 'Reuters (via The Star)', "date": '2015-12-16',
     "address": 'http://www.thestar.com.my/news/world/2015/12/16/russias-putin-orders-suspension-of-free-trade-zone-with-ukraine', "kind": 'news',
     "used_for": 'Suspension of CIS free trade for Ukraine from 1 Jan 2016 (module 06; claim C03).', "confidence": 'High', "vetted_in": f"{FL} §C16"},
    {"source_id": 'moscow_times_food_ban_2016', "topic": "later", "title": 'Russia to impose food ban against Ukraine starting Jan 1', "author": 'The Moscow Times', "date": '2015-12',
     "address": 'https://www.themoscowtimes.com/archive/russia-to-impose-food-ban-against-ukraine-starting-jan-1', "kind": 'news',
     "used_for": "Russia's food embargo on Ukraine from 1 Jan 2016 (module 06).", "confidence": 'High', "vetted_in": f"{FL} §C16"},
    {"source_id": 'mirror_spectator_2017_11_30', "topic": "later", "title": 'EU, Armenia sign landmark agreement', "author": 'Armenian Mirror-Spectator', "date": '2017-11-30',
     "address": 'https://mirrorspectator.com/2017/11/30/eu-armenia-sign-landmark-agreement/', "kind": 'news',
     "used_for": 'Armenia-EU CEPA of 24 Nov 2017 (module 06; claim C04).', "confidence": 'High', "vetted_in": f"{FL} §C12"},
    {"source_id": 'tass_2018_05_19', "topic": "later", "title": "Poroshenko signs decree recalling Ukraine's representatives from CIS bodies", "author": 'TASS', "date": '2018-05-19',
     "address": 'http://tass.com/world/1005227', "kind": 'news',
     "used_for": 'Ukraine leaves CIS statutory bodies (module 06; claim C14).', "confidence": 'High', "vetted_in": f"{FL} §C17"},
    {"source_id": 'invasion_2022', "topic": "later", "title": "'Special military operation' announced", "author": 'Centre for Information Resilience', "date": '2022-02-24',
     "address": "https://www.info-res.org/eyes-on-russia/ukraine-'special-military-operation'-announced", "kind": 'web',
     "used_for": "Russia's full-scale invasion of Ukraine (module 06).", "confidence": 'High', "vetted_in": f"{FL} §C17"},
    {"source_id": 'bosovec_2009', "topic": "terms", "title": 'Pravovoye regulirovaniye integratsii mezhdu Belarusyu, Kazakhstanom, Rossiyey i Ukrainoy (k voprosu o sootnoshenii YevrAzES i YeEP) [Legal regulation of integration between Belarus, Kazakhstan, Russia and Ukraine]', "author": 'Stefanida Bosovec, Journal of International Law and International Relations 2009 No. 2', "date": '2009',
     "address": 'http://evolutio.info/ru/journal-menu/2009-2/2009-2-bosovec', "kind": 'paper',
     "used_for": 'The Russian names and acronyms СНГ, ЕврАзЭС, ЕЭП (glossary).', "confidence": 'Medium (one source per name)', "vetted_in": 'course search, 2026-12-01'},
    {"source_id": 'afn_2003_statement', "topic": "terms", "title": 'Statement of the presidents of Belarus, Kazakhstan, Russia and Ukraine on forming the Single Economic Space (report)', "author": 'AFN (afn.by)', "date": '2003-02-23',
     "address": 'http://afn.by/news/i/26725', "kind": 'news',
     "used_for": "'Yedinoye ekonomicheskoye prostranstvo' in the founding statement (glossary).", "confidence": 'Medium', "vetted_in": 'course search, 2026-12-01'},
    {"source_id": 'krugosvet_eurasec', "topic": "terms", "title": 'Yevraziyskoye ekonomicheskoye soobshchestvo (YevrAzES)', "author": 'Krugosvet encyclopedia', "date": 'n.d.',
     "address": 'https://krugosvet.ru/enc/gumanitarnye_nauki/ekonomika_i_pravo/EVRAZISKOE_EKONOMICHESKOE_SOOBSHCHESTVO_EVRAZES.html', "kind": 'reference',
     "used_for": 'ЕврАзЭС (glossary).', "confidence": 'Medium', "vetted_in": 'course search, 2026-12-01'},
    {"source_id": 'smyr_2021', "topic": "terms", "title": 'Yevraziyskiy ekonomicheskiy soyuz: problemy i perspektivy [The Eurasian Economic Union: problems and prospects]', "author": 'E. I. Smyr (cyberleninka.ru)', "date": '2021',
     "address": 'https://cyberleninka.ru/article/n/evraziyskiy-ekonomicheskiy-soyuz-problemy-i-perspektivy-1', "kind": 'paper',
     "used_for": 'ЕАЭС (glossary).', "confidence": 'Medium', "vetted_in": 'course search, 2026-12-01'},
    {"source_id": 'ivanov_ceesp', "topic": "terms", "title": 'Obshcheye yevropeyskoye ekonomicheskoye prostranstvo: vzglyad iz Moskvy [The Common European Economic Space: a view from Moscow]', "author": 'Ivan Ivanov, Sovremennaya Evropa (cyberleninka.ru)', "date": 'n.d.',
     "address": 'https://cyberleninka.ru/article/n/obschee-evropeyskoe-ekonomicheskoe-prostranstvo', "kind": 'paper',
     "used_for": "The Russian name of the CEES: obshcheye, 'common' (glossary).", "confidence": 'Medium', "vetted_in": 'course search, 2026-12-01'},
    {"source_id": 'ruwiki_csto', "topic": "terms", "title": 'Organizatsiya Dogovora o kollektivnoy bezopasnosti (copy of the Russian Wikipedia article)', "author": 'ruwikiorg.ru', "date": 'n.d.',
     "address": 'https://ruwikiorg.ru/wiki/%D0%9E%D1%80%D0%B3%D0%B0%D0%BD%D0%B8%D0%B7%D0%B0%D1%86%D0%B8%D1%8F_%D0%94%D0%BE%D0%B3%D0%BE%D0%B2%D0%BE%D1%80%D0%B0_%D0%BE_%D0%BA%D0%BE%D0%BB%D0%BB%D0%B5%D0%BA%D1%82%D0%B8%D0%B2%D0%BD%D0%BE%D0%B9_%D0%B1%D0%B5%D0%B7%D0%BE%D0%BF%D0%B0%D1%81%D0%BD%D0%BE%D1%81%D1%82%D0%B8 ; https://pircenter.org/editions/kuda-put-derzhim-tovarishhi-3-napravlenija-razvitija-odkb/ ; https://marsrus.ru/310125/novosti-rasshifrovka-odkb', "kind": 'reference',
     "used_for": 'ОДКБ and ДКБ (glossary).', "confidence": 'Medium (Wikipedia copy and two further pages agree)', "vetted_in": 'course search, 2026-12-01'},
    # ------------------------------------------------------------------ voting
    {"source_id": "felsenthal_machover", "topic": "voting",
     "title": "The Measurement of Voting Power", "author": "Dan S. Felsenthal and Moshé Machover",
     "date": "", "address": "", "kind": "book",
     "used_for": "The EEC Council of 1958 (weights 4, 4, 4, 2, 2, 1; quota 12; Treaty of Rome Art. 148(2)) "
                 "as the classic power-index example (lesson 02 §2).",
     "confidence": "as in the book", "vetted_in": "fact audit 2026-12-01, item 5.14"},
]


# ------------------------------------------------------------------ agreements, 1991-2005
FS = "facts.md"
V = "course search, 2026-12-02"  # Russian names found by the course in stored public pages


def _s(source_id: str, topic: str, title: str, author: str, date: str, address: str, kind: str,
       used_for: str, confidence: str, vetted_in: str) -> dict[str, str]:
    return {"source_id": source_id, "topic": topic, "title": title, "author": author, "date": date,
            "address": address, "kind": kind, "used_for": used_for, "confidence": confidence,
            "vetted_in": vetted_in}


AGREEMENTS: list[dict[str, str]] = [
    _s("kremlin_glossary_cis", "agreements", "Commonwealth of Independent States (CIS)",
       "President of Russia (Kremlin), glossary entry 38", "n.d.", "http://en.kremlin.ru/catalog/glossary/38",
       "official", "The Belovezha Agreement of 8 Dec 1991; Georgia's entry (December 1993) and exit (lessons 00, 01).",
       "High", f"{FS} §1"),
    _s("cis_founding_agreements_coe", "agreements",
       "Agreements establishing the Commonwealth of Independent States (CDL(94)54, citing 31 I.L.M. 138)",
       "Council of Europe, Venice Commission", "1994", "https://docslib.org/doc/12157798/agreements-establishing-the-commonwealth-of-independent-states",
       "official", "The texts of the Belovezha Agreement and the Alma-Ata Protocol of 21 Dec 1991: 11 founding "
       "states (lessons 00, 01).", "High", f"{FS} §1"),
    _s("cis_members_wikipedia", "agreements", "Member states of the Commonwealth of Independent States "
       "(Wikipedia article, copies)", "Wikipedia contributors", "n.d. (copy 'as of 26 August 2005')",
       "https://en-academic.com/dic.nsf/enwiki/11724396 ; https://en.wikipedia-on-ipfs.org/wiki/Member_states_of_the_Commonwealth_of_Independent_States",
       "reference", "Who ratified the 1991 agreement and the CIS Charter, and when (lesson 01, data/memberships.csv).",
       "Medium (a Wikipedia copy)", f"{FS} §1"),
    _s("cis_charter_wikipedia", "agreements", "CIS Charter (Wikipedia article, Kiwix copy of October 2018)",
       "Wikipedia contributors", "2018-10", "https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2018-10/A/CIS_Charter.html",
       "reference", "The CIS Charter signed on 22 Jan 1993 by seven states, in force 22 Jan 1994 (lesson 01).",
       "High (signing); Medium (entry into force)", f"{FS} §1"),
    _s("ukrweekly_1993_minsk", "agreements", "Ukraine's position prevails at CIS summit in Minsk",
       "The Ukrainian Weekly", "1993", "https://ukrweekly.com/old/archive/1993/059301.shtml", "news",
       "Ukraine, Turkmenistan and Moldova did not sign the Charter on 22 Jan 1993 (lesson 01).", "High", f"{FS} §1"),
    _s("ukraine_and_cis", "agreements", "Ukraine and the CIS (quoting Ukraine's Ministry of Justice)",
       "info-news.com.ua", "n.d.", "https://info-news.com.ua/ukraine-and-the-cis/", "web",
       "Ukraine ratified the 1991 agreement but never signed the Charter: never a formal member (lessons 00, 01).",
       "High", f"{FS} §1"),
    _s("upi_1993_10_08", "agreements", "Georgia joins CIS; Kremlin summit discuss Caucasus conflicts", "UPI",
       "1993-10-08", "https://www.upi.com/Archives/1993/10/08/Georgia-joins-CIS-Kremlin-summit-discuss-Caucasus-conflicts/1325750052800/",
       "news", "Georgia announces on 8 Oct 1993 that it will join the CIS; sources put its entry in December 1993 "
       "or 1994 and none gives the day (lesson 01).", "High (announcement); Low (day of entry)", f"{FS} §1, caveat 2"),
    _s("georgia_parliament_2008_08_14", "agreements", "Resolution of the Parliament of Georgia on the termination of "
       "the Agreement of 8 December 1991 (CIS)", "Parliament of Georgia", "2008-08-14",
       "http://rrc.ge/law/SaqParlRez2_2008_14_08_E.htm?lawid=1781&lng_3=en ; https://en.trend.az/scaucasus/georgia/1270353.html",
       "official",
       "Georgia leaves the CIS: resolution of 14 Aug 2008, exit effective 18 Aug 2009 (lesson 06).", "High", f"{FS} §1"),
    _s("economic_union_treaty_1993", "agreements", "Agreement on creation of economic union of September 24, 1993 "
       "(English text; Russian text: Dogovor o sozdanii Ekonomicheskogo soyuza, Art. 4)",
       "CIS heads of state", "1993-09-24",
       "https://cis-legislation.com/document.fwx?rgn=4136 ; https://docs.cntd.ru/document/1900462/titles/7D80K5",
       "official", "The Economic Union treaty: nine signatories, its stages (free trade area, customs union, common "
       "market, currency union; Art. 4). Its entry into force was not found (lessons 01, 04).",
       "High (signing); Unconfirmed (entry into force)", f"{FS} §2"),
    _s("cis_fta_1994_wikipedia", "agreements", "Commonwealth of Independent States Agreement on the Establishment of "
       "a Free Trade Area (Wikipedia article)", "Wikipedia contributors", "n.d.",
       "https://en.wikipedia.org/wiki/Commonwealth_of_Independent_States_Agreement_on_the_Establishment_of_a_Free_Trade_Area",
       "reference", "The 1994 FTA: signed 15 Apr 1994 by 12 states, in force 30 Dec 1994; Russia and Turkmenistan "
       "notified only provisional application; the amending protocol of 2 Apr 1999 (lessons 01, 04).",
       "Medium", f"{FS} §2"),
    _s("osw_2011_10_26", "agreements", "Signing an agreement on a free-trade zone within the CIS",
       "Centre for Eastern Studies (OSW)", "2011-10-26",
       "https://www.osw.waw.pl/en/publikacje/analyses/2011-10-26/signing-agreement-a-free-trade-zone-within-cis",
       "web", "The 1994 accord 'was not ratified' by Russia; the 2011 CIS free trade treaty (lessons 01, 04, 06).",
       "High (Russia's non-ratification, with the previous row)", f"{FS} §2, caveat 6"),
    _s("cis_fta_2011_treaty", "agreements", "Treaty on a Free Trade Area (St Petersburg, 18 October 2011)",
       "CIS Council of Heads of Government", "2011-10-18",
       "https://docsbay.net/treatyon-a-free-trade-area-st-petersburg-october-18-2011 ; https://en.wikipedia.org/wiki/Commonwealth_of_Independent_States_Treaty_on_Free_Trade_Area",
       "official", "The 2011 CIS free trade treaty, signed by eight states including Ukraine, in force 20 Sep 2012 "
       "(module 06).", "High (signing); Medium (entry into force)", f"{FS} §2"),
    _s("eurasec_customs_union_documents", "agreements", "List of the documents of the Customs Union, with their "
       "dates of entry into force", "Eurasian Economic Community (EurAsEC)", "n.d.",
       "https://evrazes.com/docs/view/148 ; http://evrazes.com/docs/view/118", "official",
       "The customs union agreements of 6 and 20 Jan 1995, Kyrgyzstan's accession (1996) and the 'Group of Four' "
       "treaty of 29 Mar 1996, in force 6 Jan 1997 (lesson 01).", "High", f"{FS} §3"),
    _s("rferl_1999_03_01", "agreements", "Tajikistan: CIS Customs Union Admits Fifth Member",
       "Radio Free Europe / Radio Liberty", "1999-03-01", "https://www.rferl.org/a/1090660.html", "news",
       "Tajikistan admitted to the customs union by the protocol of 26 Feb 1999 (lesson 01).", "Medium", f"{FS} §3"),
    _s("cu_ses_treaty_1999", "agreements", "Treaty on the Customs Union and Single Economic Space of 26 February 1999 "
       "(Russian text, Art. 70; English text)", "Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan", "1999-02-26",
       "https://zakonbase.ru/content/part/258375 ; https://cis-legislation.com/document.fwx?rgn=3978", "official",
       "Signed in Moscow on 26 Feb 1999 by five states; its entry into force was not found (lesson 01).",
       "High (signing); Unconfirmed (entry into force)", f"{FS} §3"),
    _s("union_state_history", "agreements", "History of Formation and Development of the Union State",
       "Standing Committee of the Union State", "n.d.", "http://www.postkomsg.com/en/historysg/", "official",
       "The Russia-Belarus Community (1996), Union (1997), Charter (23 May 1997), declaration of 25 Dec 1998 and "
       "Union State treaty (8 Dec 1999) (lesson 01).", "High", f"{FS} §4"),
    _s("freemovehub_belarus_russia", "agreements", "Belarus-Russia (free movement regime page)", "Free Movement Hub",
       "n.d.", "https://www.freemovehub.com/regimes/belarus-russia ; https://liquisearch.com/union_state/creation",
       "web", "Dates of entry into force of the Russia-Belarus treaties of 1996, 1997 and 1999 (lesson 01).",
       "Medium (entry into force); Medium-High for 1999 (two sources)", f"{FS} §4"),
    _s("jamestown_1999_guuam", "agreements", "GUAM grows to GUUAM", "Jamestown Foundation, Monitor 5:81", "1999-04",
       "https://jamestown.org/program/guam-grows-to-guuam/", "news",
       "Uzbekistan joins GUAM (24 Apr 1999); GUAM itself dates from 10 Oct 1997 (lesson 01).", "High", f"{FS} §5"),
    _s("belarus_mfa_csto", "agreements", "Collective Security Treaty Organization", "Ministry of Foreign Affairs of "
       "Belarus", "n.d.", "https://mfa.gov.by/en/mulateral/organization/list/cddd96a3f70190b1.html ; http://www.odkb.gov.ru/b/azbengl.htm",
       "official", "The Collective Security Treaty of 15 May 1992, its 1999 prolongation and the CSTO Charter of "
       "7 Oct 2002 (lessons 00, 03).", "High", f"{FS} §7"),
    _s("ushakova_2003_caco", "agreements", "Central Asian Cooperation... (article by N. Ushakova; title shortened in the course's record)",
       "Central Asia and the Caucasus (journal)", "2003",
       "https://ca-c.org/journal/2003/journal_eng/cac-03/16.usaeng.shtml", "paper",
       "The Central Asian treaty on an integrated economic space of 30 Apr 1994 and its successors (lesson 01).",
       "Medium", f"{FS} §8"),
    _s("eurasian_home_caco", "agreements", "Central Asian Cooperation Organization (CACO)",
       "Eurasian Home (database of international organisations)", "n.d.",
       "http://eurasianhome.org/xml/t/databases.xml?lang=en&nic=databases&intorg=8&pid=15", "reference",
       "The CACO treaty (28 Feb 2002) and Russia's accession protocol of 18 Oct 2004 (lesson 03).", "High", f"{FS} §8"),
    _s("kremlin_2004_10_18_caco", "agreements", "Press remarks after the CACO summit in Dushanbe ('after signing "
       "today the protocol')", "President of Russia (Kremlin)", "2004-10-18",
       "http://en.kremlin.ru/events/president/transcripts/22643", "official",
       "Russia joins CACO on 18 Oct 2004; some copies wrongly give 28 May 2004, the date of the invitation "
       "(lesson 03).", "High", f"{FS} §8, caveat 4"),
    _s("rferl_2005_10_07", "agreements", "Russia: Post-Soviet Groupings Unite", "Radio Free Europe / Radio Liberty",
       "2005-10-07", "https://www.rferl.org/a/1061948.html", "news",
       "The decision of 6 Oct 2005 to merge CACO into EurAsEC (lesson 03).", "High", f"{FS} §8"),
    _s("rferl_2006_01_25", "agreements", "Uzbekistan Joins Eurasian Economic Community",
       "Radio Free Europe / Radio Liberty", "2006-01-25", "https://rferl.org/a/1065067.html", "news",
       "Uzbekistan the sixth EurAsEC member, 25 Jan 2006 (lesson 03).", "High", f"{FS} §6, §8"),
    _s("kremlin_ces_2003", "agreements", "Kremlin news items on the Common Economic Space agreement (Yalta, 19 September "
       "2003)", "President of Russia (Kremlin)", "2003-09",
       "http://en.kremlin.ru/events/president/news/30818 ; http://en.kremlin.ru/events/president/news/30364",
       "official", "The SES agreement signed at Yalta on 19 Sep 2003, and Kuchma's proviso (lessons 02, 05).",
       "High", f"{FS} §9"),
    _s("ponars_memo_303", "agreements", "From the CIS to the SES: a new integrationist game in post-Soviet space "
       "(PONARS Policy Memo 303)", "PONARS Eurasia", "2003",
       "https://ponarseurasia.org/from-the-cis-to-the-ses-a-new-integrationist-game-in-post-soviet-space",
       "paper", "The SES idea announced on 23 Feb 2003; Kuchma's proviso at Yalta (lesson 02).",
       "Medium (for 23 Feb 2003); High (signing, with the Kremlin row)", f"{FS} §9"),
    _s("rferl_2004_04_21", "agreements", "CIS: Russian, Ukrainian, Kazakh Parliaments Ratify Treaty on Single "
       "Economic Space", "Radio Free Europe / Radio Liberty", "2004-04-21", "https://www.rferl.org/a/1052410.html ; "
       "https://ukrweekly.com/old/archive/2004/170401.shtml", "news",
       "Ratification of the SES agreement by the Duma and the Rada (20 Apr 2004) and the Mazhilis (21 Apr 2004) "
       "(lessons 02, 05).", "High (Russia, Ukraine, Kazakhstan); Medium (Belarus's dates)", f"{FS} §9"),
    _s("common_economic_zone_wikimili", "agreements", "Common Economic Zone Agreement (Wikipedia article, WikiMili copy)",
       "Wikipedia contributors", "n.d.", "https://wikimili.com/en/Common_Economic_Zone_Agreement", "reference",
       "The SES agreement in force from 20 May 2004 (as the WTO's database of trade agreements gives it), and SES "
       "work folded into EurAsEC in June 2006 (lessons 02, 04).", "Medium", f"{FS} §9"),
    _s("ukrweekly_2004_yalta", "agreements", "At Yalta summit, four presidents discuss Single Economic Space",
       "The Ukrainian Weekly", "2004-05", "https://ukrweekly.com/old/archive/2004/220402.shtml", "news",
       "The three-day SES summit at Yalta (Livadia Palace), ended 24 May 2004 (lesson 02).", "High", f"{FS} §9"),
    _s("kremlin_glossary_customs_union", "agreements", "Customs Union between Russia, Belarus, and Kazakhstan",
       "President of Russia (Kremlin), glossary entry 41", "n.d.", "http://en.special.kremlin.ru/catalog/glossary/41 ; "
       "https://sputnikglobe.com/20091127/157010984.html", "official",
       "The Customs Union of Belarus, Kazakhstan and Russia: package signed 27 Nov 2009, common tariff from "
       "1 Jan 2010 (lessons 04, 06).", "High", f"{FS} §11c"),
    _s("eec_2014_05_29", "agreements", "News of 29 May 2014: the Treaty on the Eurasian Economic Union signed in Astana",
       "Eurasian Economic Commission", "2014-05-29",
       "http://www.eurasiancommission.org/en/nae/news/Pages/29-05-2014-1.aspx", "official",
       "The EAEU treaty, signed 29 May 2014, in force 1 Jan 2015 (lessons 04, 06).", "High", f"{FS} §11c"),
    _s("interfax_ua_2017_09_01", "agreements", "Report of 1 Sep 2017 on the full entry into force of the EU-Ukraine Association Agreement",
       "Interfax-Ukraine", "2017-09-01", "https://en.interfax.com.ua/news/economic/445590.html ; "
       "https://en.wikipedia.org/wiki/European_Union%E2%80%93Ukraine_Association_Agreement", "news",
       "The EU-Ukraine Association Agreement with its DCFTA: signed 2014, DCFTA applied from 1 Jan 2016, fully in "
       "force 1 Sep 2017 (lessons 05, 06).", "High", f"{FS} §11c"),
    # ------------------------------------------------------------------ VAT 2004
    _s("pravda_gref_2002", "vat", "Report on Minister Gref's statement at the Federation Council on VAT in CIS trade",
       "Pravda.ru", "2002", "https://english.pravda.ru/news/russia/22134-n", "news",
       "Russia applies the destination principle to CIS trade in all goods except oil and gas from July 2002 "
       "(lesson 03).", "Medium", f"{FS} §12"),
    _s("conseco_vat", "vat", "VAT rates page of a Russian tax guide", "Conseco", "n.d.",
       "http://conseco.ru/eng/abc/tax/small/vat6.htm", "web",
       "Before the switch, oil and gas sold to CIS states, and all goods sold to Belarus, bore VAT at origin "
       "(lesson 03).", "Medium", f"{FS} §12"),
    _s("ria_2004_12_17", "vat", "Report on the Duma's Tax Code amendments on VAT for oil and gas exports to the CIS",
       "RIA Novosti", "2004-12-17", "https://sputnikglobe.com/20041217/39775832.html", "news",
       "The Duma vote of Dec 2004 (414-0) and the 2005 budget cost: 35.8 bn roubles, offset by 26.8 bn of higher "
       "extraction tax; 18 % VAT on oil and gas sold to Kazakhstan before the switch (lesson and exercise 03). The "
       "effective date (1 Jan 2005) was not found.", "High (the vote); Low (the effective date)", f"{FS} §12"),
    _s("ru_by_indirect_tax_2004", "vat", "Agreement between the governments of Russia and Belarus on the principles "
       "of levying indirect taxes on exports and imports (Astana, 15 September 2004)",
       "Governments of Russia and Belarus", "2004-09-15", "https://zakonbase.ru/content/part/635402?print=1 ; "
       "https://bclplaw.ru/en/actual/legal/34242/", "official",
       "The destination principle for Russia-Belarus trade; its entry into force was not found (lesson 03).",
       "High (signing); Unconfirmed (entry into force)", f"{FS} §12"),
    # ------------------------------------------------------------------ energy disputes
    _s("rferl_2004_02_18", "energy", "Russia Cuts Off Gas To Belarus", "Radio Free Europe / Radio Liberty",
       "2004-02-18", "https://www.rferl.org/a/1051580.html ; https://rferl.org/amp/1051535.html", "news",
       "Gazprom's cut of 18 Feb 2004, transit to Europe included, after a 30 % cut on 13 Feb (lesson 03).",
       "High", f"{FS} §11a"),
    _s("rferl_2006_01_03", "energy", "Russia Restores Gas Deliveries To Europe", "Radio Free Europe / Radio Liberty",
       "2006-01-03", "https://www.rferl.org/a/1064367.html", "news",
       "The cut-off of gas to Ukraine on 1 Jan 2006 and the deal of 4 Jan 2006 (lessons 03, 06).", "High", f"{FS} §11a"),
    _s("bbc_2006_12_31", "energy", "Russia-Belarus gas deal reached", "BBC News", "2006-12-31",
       "http://news.bbc.co.uk/2/hi/europe/6221835.stm ; https://www.kommersant.ru/doc/996769", "news",
       "Belarus's price of $100 per 1,000 m3 for 2007 and Gazprom's purchase of 50 % of Beltransgaz for $2.5 bn "
       "(lessons 03, 06).", "High", f"{FS} §11a"),
    _s("oies_2009_gas_dispute", "energy", "The Russo-Ukrainian gas dispute of January 2009: a comprehensive assessment",
       "Oxford Institute for Energy Studies", "2009",
       "https://www.oxfordenergy.org/publications/the-russo-ukrainian-gas-dispute-of-january-2009-a-comprehensive-assessment/",
       "paper", "The January 2009 cut-off and the transit stop to Europe (module 06).", "High", f"{FS} §11a"),
    _s("civil_ge_2003_08_19", "energy", "Report on the Georgian blackout of 18 August 2003", "Civil Georgia",
       "2003-08-19", "https://oldwp.civil.ge/archives/103908/amp", "news",
       "A blackout caused by a line failure: one of the events the course found in place of the Russian "
       "electricity cut-offs the paper names, which it could not confirm (lesson 03).",
       "Unconfirmed (cut-offs as Russian state action)", f"{FS} §11a"),
    _s("messenger_2004_09_14", "energy", "Russian energy chief laments Georgian aggression (The Messenger, forum repost)",
       "The Messenger (Tbilisi)", "2004-09-14",
       "https://armeniandiaspora.com/forum/2004/september-2004/9652-russian-energy-chief-laments-georgian-aggression",
       "news", "RAO UES's chief in Georgia: 'if you want energy pay for it' (lesson 03).",
       "Unconfirmed (cut-offs as Russian state action)", f"{FS} §11a"),
    _s("jurnalul_2004_08_06", "energy", "The Break-Away Region Pulled the Plug Out", "Jurnalul / Observer",
       "2004-08-06", "https://jurnalul.ro/vechiul-site/old-site/english-version/the-break-away-region-pulled-the-plug-out-63575.html",
       "news", "Moldova's 2004 power cut came from the Transnistrian authorities, not Russia (lesson 03).",
       "Unconfirmed (cut-offs as Russian state action)", f"{FS} §11a"),
    _s("orange_revolution_timeline", "energy", "Timeline of the Orange Revolution (Wikipedia), with the Supreme "
       "Court ruling of 3 Dec 2004 (AP) and The Guardian of 4 Dec 2004", "Wikipedia contributors; AP; The Guardian",
       "2004-12", "https://en.wikipedia.org/wiki/Timeline_of_the_Orange_Revolution ; "
       "https://www.theguardian.com/world/2004/dec/04/ukraine.nickpatonwalsh1", "reference",
       "Ukraine's 2004 election: runoff 21 Nov, annulled 3 Dec, repeat runoff 26 Dec 2004, Yushchenko inaugurated "
       "23 Jan 2005 (lesson 03).", "High", f"{FS} §11b"),
    _s("bbc_2006_01_17", "energy", "Moldova agrees Russian gas deal", "BBC News", "2006-01-17",
       "http://news.bbc.co.uk/2/hi/business/4620844.stm ; https://jamestown.org/program/gazprom-halts-gas-supplies-to-moldova/",
       "news", "Gas to Moldova cut on 1 Jan 2006; a four-month deal at $110 (was $80) (module 06).", "High",
       f"{FS} §11a"),
    _s("bbc_2007_01_11", "energy", "Russia-Belarus oil blockade ends", "BBC News", "2007-01-11",
       "http://news.bbc.co.uk/2/hi/business/6248251.stm", "news",
       "Oil through the Druzhba pipeline via Belarus halted 8-11 Jan 2007 (module 06).", "High", f"{FS} §11a"),
    _s("unpo_2008_08_26", "energy", "Report of 26 Aug 2008 on Russia's recognition of Abkhazia and South Ossetia",
       "UNPO", "2008-08-26", "https://unpo.org/article/8564 ; https://en.wikipedia.org/wiki/Timeline_of_the_Russo-Georgian_War",
       "news", "The Russia-Georgia war of 7/8-12 Aug 2008 and the recognition of 26 Aug 2008 (module 06).",
       "Medium-High (the war's timeline); High (the recognition)", f"{FS} §11b"),
    _s("tass_2011_11_18", "agreements", "Report of 18 Nov 2011 on the Declaration on Eurasian Economic Integration",
       "TASS", "2011-11-18", "http://tass.com/archive/664818", "news",
       "The Common Economic Space of Belarus, Kazakhstan and Russia and the Eurasian Economic Commission start "
       "work on 1 Jan 2012 (module 06).", "High", f"{FS} §11c"),
    _s("commonspace_armenia_eaeu", "agreements", "Armenia signs treaty of accession to the Eurasian Economic Union",
       "Commonspace.eu", "2014-10", "https://www.commonspace.eu/armenia-signs-treaty-accession-eurasian-economic-union",
       "news", "Armenia's accession treaty (10 Oct 2014); a member from 2 Jan 2015 (module 06).",
       "High (one source says 9 Oct 2014)", f"{FS} §11c, caveat 5"),
    _s("tass_2015_kyrgyzstan", "agreements", "Kyrgyzstan to become full-fledged EEU member", "TASS", "2015-08",
       "https://tass.com/economy/812859", "news", "Kyrgyzstan an EAEU member from 6 Aug 2015 (module 06).", "High",
       f"{FS} §11c"),
    # ------------------------------------------------------------------ EU-Russia
    _s("pca_eurlex", "eu", "Agreement on partnership and cooperation between the European Communities and their "
       "Member States and the Russian Federation (consolidated text)", "EUR-Lex", "signed 1994-06-24; in force 1997-12-01",
       "https://eur-lex.europa.eu/legal-content/GA/ALL/?uri=CELEX%3A01997A1128%2801%29-20160401", "official",
       "The EU-Russia PCA, in force from 1 Dec 1997, and its extension to the new member states in 2004 (lesson 05).",
       "High", f"{FS} §10"),
    _s("samson_cees", "eu", "Towards a Pan-European Economic Space (Ivan Samson)", "Ivan Samson", "n.d.",
       "https://essaydocs.org/towards-a-pan-european-economic-space-ivan-samson1.html", "paper",
       "The CEES idea in the EU's Common Strategy on Russia of 4 Jun 1999 (lesson 05).", "Low-Medium", f"{FS} §10"),
    _s("kremlin_2001_05_17", "eu", "Joint Statement of the EU-Russia summit, Moscow, 17 May 2001",
       "President of Russia (Kremlin)", "2001-05-17", "http://en.special.kremlin.ru/supplement/3390", "official",
       "The high-level group on a Common European Economic Space (lesson 05).", "High", f"{FS} §10"),
    _s("kremlin_2003_05_31", "eu", "Joint Statement of the EU-Russia summit, St Petersburg, 31 May 2003",
       "President of Russia (Kremlin)", "2003-05-31", "http://en.kremlin.ru/supplement/1674", "official",
       "The four Common Spaces (lesson 05).", "High", f"{FS} §10"),
    _s("kremlin_2003_11_06", "eu", "Joint Statement of the EU-Russia summit, Rome, 6 November 2003 (Annex I: the "
       "CEES concept)", "President of Russia (Kremlin)", "2003-11-06", "http://en.kremlin.ru/supplement/3834",
       "official", "The CEES concept endorsed (lesson 05).", "High", f"{FS} §10"),
    _s("eu2005_road_maps", "eu", "EU-Russia summit, Moscow, 10 May 2005: road maps for the four Common Spaces",
       "Luxembourg Presidency of the Council of the EU", "2005-05-10",
       "https://www.eu2005.lu/en/actualites/communiques/2005/05/10eu-ru/index.html?mail", "official",
       "The road maps adopted on 10 May 2005 (lesson 05).", "High", f"{FS} §10"),
    _s("stopvaw_2004_enlargement", "eu", "Eight CEE Countries Accede to the European Union", "StopVAW",
       "2004-05", "https://www.stopvaw.org/e8ff9aa6-56b9-4385-b05d-1eb053961cee", "web",
       "The EU enlargement of 1 May 2004, the Baltic states included (lesson 05).", "High", f"{FS} §10"),
    _s("eurlex_enp_strategy", "eu", "European Neighbourhood Policy - Strategy Paper (COM(2004) 373), EUR-Lex summary",
       "European Commission", "2004-05-12", "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=LEGISSUM:r17007",
       "official", "The 'Wider Europe' Communication of 11 Mar 2003 and the ENP Strategy Paper of 12 May 2004 "
       "(lesson 05).", "High", f"{FS} §10"),
    _s("debardeleben_2010", "eu", "Paper on Russia, the EU and the European Neighbourhood Policy (title not recorded by the course)",
       "Joan DeBardeleben, Carleton University repository", "2010", "https://ir.library.carleton.ca/pub/10542",
       "paper", "Russia declines to join the ENP and insists on a 'strategic partnership' (lesson 05).",
       "Medium", f"{FS} §10"),
    # ------------------------------------------------------------------ Russian names (glossary)
    _s("cribs_guam", "terms", "Organizatsiya za demokratiyu i ekonomicheskoye razvitiye - GUAM (study notes)", "cribs.su",
       "n.d.", "https://www.cribs.su/mezhdunarodnoe-pravo/2114/", "web", "ГУАМ and its 2006 name (glossary).",
       "Medium-Low (study notes)", V),
    _s("ruwiki_caco", "terms", "Tsentral'no-Aziatskoye sotrudnichestvo (organizatsiya) (copy of the Russian Wikipedia article)",
       "perceptiofr.com", "n.d.", "https://perceptiofr.com/%D0%A6%D0%B5%D0%BD%D1%82%D1%80%D0%B0%D0%BB%D1%8C%D0%BD%D0%BE-%D0%90%D0%B7%D0%B8%D0%B0%D1%82%D1%81%D0%BA%D0%BE%D0%B5_%D1%81%D0%BE%D1%82%D1%80%D1%83%D0%B4%D0%BD%D0%B8%D1%87%D0%B5%D1%81%D1%82%D0%B2%D0%BE_%28%D0%BE%D1%80%D0%B3%D0%B0%D0%BD%D0%B8%D0%B7%D0%B0%D1%86%D0%B8%D1%8F%29",
       "reference", "The Russian name of CACO (glossary); the CACO-EurAsEC merger of 2005.", "Medium (a Wikipedia copy)",
       "facts.md §8"),
    _s("student2_integration_forms", "terms", "Zona svobodnoy torgovli ... Tamozhennyy soyuz ... Obshchiy rynok ... "
       "Ekonomicheskiy soyuz (study notes on the forms of integration)", "student2.ru", "n.d.",
       "https://student2.ru/torgovlya/1602009-zona-svobodnoy-torgovli-oznachaet-otmenu-torgovykh-ogranicheniy-mezhdu-stranami-uchastnicami-tamozhennykh-tarifov-i-kolichestvennykh-ogranicheniy",
       "web", "зона свободной торговли, общий рынок (glossary).", "Medium-Low (study notes)", V),
    _s("union_state_treaty_text", "terms", "Dogovor o sozdanii Soyuznogo gosudarstva ot 8 dekabrya 1999 goda (Treaty on the "
       "Creation of a Union State, text)", "Russian Federation and Republic of Belarus (Spinform legal database)",
       "1999-12-08", "http://base.spinform.ru/show_doc.fwx?rgn=3841", "official", "Союзное государство (glossary).",
       "High", V),
    _s("studopedia_multispeed", "terms", "Asimmetrichnaya mnogourovnevaya i raznoskorostnaya integratsiya (study notes)",
       "studopedia.ru", "n.d.", "http://studopedia.ru/23_58141_assimetrichnaya-mnogourovnevaya-i-raznoskorostnaya-integratsiya.html",
       "web", "разноскоростная интеграция, многоуровневая интеграция and the 1996 «союз четырех» (glossary).",
       "Medium-Low (study notes)", V),
    _s("neg_by_2002_03_05", "terms", "K 'strane naznacheniya' poka ne prishli [Not yet at the 'country of destination']",
       "Neg.by (Belarusian business weekly)", "2002-03-05", "https://neg.by/novosti/otkrytj/k-strane-naznacheniya-poka-ne-prishli-50/ ; "
       "https://profinance.kz/news/18838-uyoenn-bcis-e-gl-epsib-iyolbyoe-sin.html", "news",
       "принцип страны происхождения and принцип страны назначения (glossary).", "Medium", V),
    _s("kommersant_pca", "terms", "Soglasheniye nesoglasnykh [The agreement of the disagreeing] (on the EU-Russia PCA)",
       "Kommersant", "n.d.", "https://kommersant.ru/doc/1081604", "news", "Соглашение о партнерстве и сотрудничестве (СПС) "
       "(glossary).", "Medium", V),
    _s("gretsky_treshchenkov_enp", "terms", "Yevropeyskaya politika sosedstva: nyuansy vospriyatiya v Rossii [The ENP: how "
       "Russia perceives it]", "Igor Gretsky and Yevgeny Treshchenkov (studylib.ru copy)", "n.d.",
       "https://studylib.ru/doc/2344581/evropejskaya-politika-sosedstva--nyuansy-vospriyatiya-v-rossii", "paper",
       "Европейская политика соседства (ЕПС) (glossary).", "Medium", V),
    _s("student2_eu_russia_documents", "terms", "Osnovnyye dokumenty, reglamentiruyushchiye sotrudnichestvo YeS i RF "
       "(study notes on the EU-Russia documents)", "student2.ru", "n.d.",
       "https://student2.ru/politologiya/1018669-osnovnye-dokumenty-reglamentiruyushhie-sotrudnichestvo-es-i-rf", "web",
       "общие пространства: 'road maps for the four common spaces' (glossary).", "Medium-Low (study notes)", V),
    _s("ruwiki_near_abroad", "terms", "Blizhneye zarubezh'ye (Russian Wikipedia article, Internet Archive copy)",
       "Wikipedia contributors", "2015-09-15",
       "http://web.archive.org/web/20150915213528/https://ru.wikipedia.org/wiki/%D0%91%D0%BB%D0%B8%D0%B6%D0%BD%D0%B5%D0%B5_%D0%B7%D0%B0%D1%80%D1%83%D0%B1%D0%B5%D0%B6%D1%8C%D0%B5",
       "reference", "ближнее зарубежье (glossary).", "Medium (a Wikipedia copy)", V),
    _s("oslando_ebrd", "terms", "Yevropeyskiy bank rekonstruktsii i razvitiya (essay)", "oslando.ru", "n.d.",
       "http://oslando.ru/mezhdunarodnye_otnosheniya_i_mirovaya/evropejskij_bank_rekonstrukcii_i.php", "web",
       "МВФ, ВТО, ЕБРР (glossary).", "Medium-Low (an essay site)", V),
    _s("afn_oecd", "terms", "Rossiya sdelala pervyy shag na dolgom puti v klub samykh bogatykh stran [Russia's first step "
       "towards the OECD]", "AFN (afnfn.com)", "n.d.", "https://afnfn.com/news/i/120568", "news", "ОЭСР (glossary).",
       "Medium", V),
    _s("globalaffairs_g8", "terms", "Article on Russia's first presidency of the 'Gruppa vos'mi' (G8)",
       "Rossiya v globalnoy politike / Russia in Global Affairs", "2006", "https://globalaffairs.ru/?p=11172", "paper",
       "«Группа восьми» (glossary).", "Medium", V),
    _s("studfile_eurasian_integration", "terms", "Razvitiye yevraziyskoy ekonomicheskoy integratsii (lecture notes)",
       "studfile.net", "n.d.", "https://studfile.net/preview/2048184/page:10", "web",
       "Таможенный союз (ТС) of 2010 (glossary).", "Medium-Low (lecture notes)", V),
    _s("oepress_four_freedoms", "terms", "Chetyre svobody (Yevropeyskiy soyuz) [The four freedoms (EU)]", "oepress.ru",
       "n.d.", "http://www.oepress.ru/chetyre-svobody-evropeiskii-soyuz.html", "web", "четыре свободы (glossary).",
       "Medium-Low", V),
    _s("butakov_2006", "terms", "Chto ostanetsya ot SNG? [What will remain of the CIS?] (Yaroslav Butakov)",
       "Russkiy obozrevatel' (globoscope.ru)", "2006-10-23", "http://www.globoscope.ru/content/articles/779/", "news",
       "цивилизованный развод: the CIS as an 'instrument of civilised divorce' (glossary; lesson 01 §5).", "Medium", V),
    _s("ptashkina_rules_of_origin", "terms", "Pravila proiskhozhdeniya tovarov v peregovorakh o Transatlanticheskom "
       "torgovom i investitsionnom partnerstve (M. G. Ptashkina; studfile.net copy)", "M. G. Ptashkina", "n.d.",
       "https://studfile.net/preview/5947930/", "paper", "правила происхождения (glossary).", "Medium", V),
]
SOURCES.extend(AGREEMENTS)


def short(source_id: str) -> str:
    """The link a lesson writes to cite a source: ``[label](bibliography.md#source_id)``."""
    if source_id not in {s["source_id"] for s in SOURCES}:
        raise KeyError(f"no bibliography row {source_id!r}")
    return f"bibliography.md#{source_id}"


def page(site: bool = False) -> str:
    """The bibliography as Markdown, grouped by topic (what students open).

    Every entry carries its ``source_id`` as a stable anchor, so lessons link to
    ``bibliography.md#source_id``. In JupyterLab (``site=False``) the anchor is an HTML
    ``<a id>``, which JupyterLab's Markdown preview keeps and scrolls to; on the Sphinx site
    (``site=True``, written by ``tools/build_site.py``) it is a MyST target ``(source_id)=``,
    which Sphinx resolves when a page links to ``bibliography.md#source_id``.
    """
    lines = ["# Course bibliography", "",
             "Every source the course points you to. The same list, with one more column for the "
             "course's authors, is the data file `data/bibliography.csv` (described in "
             "`data/datapackage.json`). **Confidence** says how far the course trusts a source for the "
             "use it makes of it: *High* (an official text, or two independent sources agree), *Medium* "
             "(one source), *Low* (sources conflict, or the fact is inferred), *Unconfirmed* (looked "
             "for and not found). A lesson cites an entry by a short name that links here, e.g. "
             "([CIS Charter 1993](bibliography.md#cis_charter_wikipedia)).", "",
             "*This page is generated by `tools/make_bibliography.py`; edit the list there.*", ""]
    for topic, heading in TOPICS.items():
        rows = [s for s in SOURCES if s["topic"] == topic]
        if not rows:
            continue
        lines += [f"## {heading}", ""]
        for s in rows:
            who = f"{s['author']}. " if s["author"] else ""
            when = f" ({s['date']})" if s["date"] else ""
            where = f" <{s['address'].split(' ; ')[0]}>" if s["address"] else ""
            more = "".join(f" <{a}>" for a in s["address"].split(" ; ")[1:])
            if site:
                lines += [f"({s['source_id']})=", f"* **{s['title']}**{when}. {who}{where}{more}  "]
            else:
                lines.append(f"* <a id=\"{s['source_id']}\"></a>**{s['title']}**{when}. {who}{where}{more}  ")
            lines.append(f"  *Used for:* {s['used_for']} *Confidence:* {s['confidence']}.")
            if site:
                lines.append("")
        lines.append("")
    return "\n".join(lines)


def resource() -> dict:
    def f(name, desc, **kw):
        return {"name": name, "type": "string", "description": desc, **kw}
    return {
        "name": "bibliography", "path": "bibliography.csv", "format": "csv", "mediatype": "text/csv",
        "encoding": "utf-8", "profile": "tabular-data-resource",
        "title": "Course bibliography: the sources students are pointed to",
        "description": ("COMPILED by the course (tools/make_bibliography.py), which also writes the student page "
                        "notebooks/bibliography.md. One row per source a lesson, exercise or data file cites: "
                        "title, author or publisher, date, address, what the course uses it for, and the "
                        "confidence the course gives it for that use. vetted_in names the fact-sheet section "
                        "(authors' workspace) where the source was read and checked."),
        "sources": [{"title": "Course fact sheets facts.md and facts-later.md (sources named in each row)",
                     "path": "notebooks/sources/facts.md; notebooks/sources/facts-later.md"}],
        "licenses": [CC_BY],
        "schema": {"fields": [
            f("source_id", "Identifier used to refer to the source.",
              constraints={"required": True, "unique": True, "pattern": "^[a-z0-9_]+$"}),
            f("topic", "Topic heading on the student page.", constraints={"required": True, "enum": list(TOPICS)}),
            f("title", "Title (translated or described in brackets where needed).", constraints={"required": True}),
            f("author", "Author, publisher or issuing body; empty if none."),
            f("date", "Date as precisely as known (ISO where exact); free text where the source is undated "
                      "or the date is inferred; empty if unknown."),
            f("address", "Web address(es), ' ; '-separated; empty for print-only sources or the unidentified paper."),
            f("kind", "Kind of source.", constraints={"required": True, "enum": KINDS}),
            f("used_for", "What the course uses it for, and where.", constraints={"required": True}),
            f("confidence", "High / Medium / Low / Unconfirmed for that use, as in the fact sheets.",
              constraints={"required": True}),
            f("vetted_in", "Where the course's authors read and checked it.", constraints={"required": True}),
        ], "primaryKey": ["source_id"], "missingValues": [""]},
    }


def main(argv: list[str]) -> int:
    write_csv(DATA / "bibliography.csv", COLUMNS, SOURCES)
    PAGE.write_text(page() + "\n", encoding="utf-8")
    if "--register" in argv:
        _register_resources([resource()])
    print(f"wrote data/bibliography.csv ({len(SOURCES)} sources) and notebooks/bibliography.md"
          + (" and registered it" if "--register" in argv else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
