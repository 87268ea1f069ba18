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
                 "(fn). The course's copy breaks off in footnote 39 (footnotes 40-43 are missing). Author, "
                 "title and venue could not be identified. It may be an earlier version of a chapter in "
                 "Malfliet, Verpoest and Vinokurov (eds.) 2007 (next row), but that is a plausible "
                 "hypothesis only: no source read links the two.",
     "confidence": "Unconfirmed (identification)", "vetted_in": f"{FL} §E21"},
    {"source_id": "malfliet_2007", "topic": "paper",
     "title": "The CIS, the EU and Russia: Challenges of Integration",
     "author": "Katlijn Malfliet, Lien Verpoest and Evgeny Vinokurov (eds.); Palgrave Macmillan, London",
     "date": "2007", "address": "http://vinokurov.info/eurussia.htm", "kind": "book",
     "used_for": "Further reading: an edited volume on the same questions. Listed because the paper may be "
                 "related to it (not confirmed).",
     "confidence": "High (that the volume exists)", "vetted_in": f"{FL} §E21"},
    {"source_id": "fact_sheet_1", "topic": "paper",
     "title": "Course fact sheet, part 1: Russia's integration policy in the post-Soviet space, 1991-2015 "
              "(cited as facts.md)", "author": "the course's authors", "date": "2026",
     "address": "notebooks/sources/facts.md", "kind": "reference",
     "used_for": "Dates and facts of the agreements, organisations and disputes, each row naming the public page "
                 "it was read in, with a confidence rating. Many rows rest on Wikipedia copies: check the named "
                 "source before relying on a row.",
     "confidence": "as rated row by row", "vetted_in": "shared/reference/facts.md"},
    {"source_id": "fact_sheet_2", "topic": "paper",
     "title": "Course fact sheet, part 2: levers, institutions and events 2005-2024, rates, and the source paper "
              "(cited as facts-later.md)", "author": "the course's authors", "date": "2026",
     "address": "notebooks/sources/facts-later.md", "kind": "reference",
     "used_for": "The later events of module 06, the VAT rates, gas prices by year and the European benchmarks, "
                 "each row with its sources and confidence.",
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


def page() -> str:
    """The bibliography as Markdown, grouped by topic (what students open)."""
    lines = ["# Course bibliography", "",
             "Every source the course points you to. The same list, with one more column for the "
             "course's authors, is the data file `data/bibliography.csv` (described in "
             "`data/datapackage.json`). **Confidence** says how far the course trusts a source for the "
             "use it makes of it: *High* (an official text, or two independent sources agree), *Medium* "
             "(one source), *Low* (sources conflict, or the fact is inferred), *Unconfirmed* (looked "
             "for and not found).", "",
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
            lines.append(f"* **{s['title']}**{when}. {who}{where}{more}  ")
            lines.append(f"  *Used for:* {s['used_for']} *Confidence:* {s['confidence']}.")
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
                     "path": "shared/reference/facts.md; shared/reference/facts-later.md"}],
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
