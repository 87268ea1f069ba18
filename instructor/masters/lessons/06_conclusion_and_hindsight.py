# %% [markdown]
# # Module 06 · Conclusion and hindsight
#
# **Was the author right? The paper's synthesis tested against 2005–2020**
#
# | At a glance | Details |
# |---|---|
# | **You will be able to** | summarise the paper's conclusion (two periods, a wide toolbox of carrots and sticks, a "trifold" pay-off); describe what happened next — the gas disputes, the 2008 war, the Customs Union of 2010, the Eurasian Economic Union of 2015, Ukraine's Association Agreement with the EU; read each state's trade share with Russia from IMF data and spot the data's traps; judge which of the paper's claims held |
# | **Time needed** | about 60 minutes, plus 45 minutes for the exercises |
# | **In 60 minutes** | teach the sections marked *Core* (each marker gives its minutes); read the sections marked *Optional* or set them as homework. The teaching guide has the minute-by-minute plan |
# | **Paper** | §9 (conclusion), drawing on §4–§8 |
# | **Key terms** | hindsight test · zone of influence · carrots and sticks · trifold pay-off · Customs Union (2010) · Eurasian Economic Union (EAEU) · DCFTA · mirror data |
#
# The paper was written around the turn of 2004–2005 — its latest source is Putin's
# press conference of 23 December 2004 (fn 23) — in what it calls the first year of Putin's second
# term. Its author could not know what came next; we can. This module first restates the paper's
# conclusion, then lines it up against the next two decades, up to Russia's full-scale
# invasion of Ukraine in 2022 — using the sources in the course bibliography and the
# course data — and ends with a **scorecard** on which you rate fifteen of the paper's
# claims yourself before you see the course's reading.
#
# A fair hindsight test has two rules: judge a claim by what it actually said (not by
# what we wish it had said), and judge the evidence by its source. Some later
# "evidence" is itself shaky; the data have traps too. Both come up below.

# %%
# The course first: it makes the Altair import about 1 s faster (course/__init__.py).
from course import charts, data
from course.topics import partners, gas as gas_calc
from course.questions import check_your_understanding
from course.topics.claims import ClaimsScorecard
from course.widgets import explorer

import altair as alt
import pandas as pd

charts.enable()
cyu = check_your_understanding("06_conclusion_and_hindsight_lesson")

# %% [markdown]
# ## 1. The paper's conclusion in three ideas (§9)
#
# *Core · 5 min*
#
# **Two periods.** From 2000 to 2003 Russian policy towards the CIS grew more
# pragmatic: defend national economic interests, avoid open confrontation, drop the
# all-CIS blueprints of the 1990s, and build smaller, staged economic arrangements with
# the key states (EurAsEC, then the SES of the Big Four). The turning point falls in
# the first half of 2004 (§4): in the first year of the second term Russia again
# treats the post-Soviet space as a **zone of influence** to be restored, and puts
# leadership above cost–benefit arithmetic (§5, §9).
#
# **A wide toolbox.** Moscow pushes its neighbours with three families of instruments —
# integration agreements, energy (oil, gas, electricity) and security (bases, arms at
# domestic prices) — using both **carrots** and **sticks** (§6).
#
# **A price worth paying.** Russia is now ready to accept high costs — the paper's
# example is the VAT on oil and gas it gave up, about 34 billion roubles in 2005 (§4,
# fn 20; module 03) — because it hopes integration will pay off **trifold**:
# economically, in security terms, and geopolitically, by asserting its lead in the
# post-Soviet space and its weight in the world (§9).

# %% [markdown]
# ### Primary sources: how Moscow put it at the time
#
# > "… work on deepening integration in the Commonwealth of Independent States remains
# > our priority, especially within the framework of the Common economic space, and the
# > Eurasian economic community."
# >
# > — Vladimir Putin, Address to the Federal Assembly, 26 May 2004 (paper §2, fn 6)
#
# > "… we believe that the various integration projects do not obstruct the progress of
# > one another."
# >
# > — Vladimir Chizhov, Deputy Minister of Foreign Affairs, 2003 (paper §8, fn 39)
#
# > "This has nothing to do with any Russian aspiration to subjugate or absorb
# > somebody. That is rubbish."
# >
# > — Vladimir Putin, on the Big Four's economic space and "Greater Europe" (paper §8, fn 42)
#
# Keep the second quotation in mind: the official line was that integration with the
# EU and in the CIS were compatible. The paper doubted it for Ukraine (§4). Section 4
# below shows how that turned out.

# %%
cyu.multi("cyu1", "In the paper's conclusion (§9), in which <b>three</b> ways does Russia hope "
          "integration will pay off?",
          options=["economically", "in terms of security", "geopolitically",
                   "by joining the European Union", "by ending its WTO accession talks"],
          answer=["economically", "in terms of security", "geopolitically"],
          hint="Read the last sentence of §9: the pay-off is called 'trifold'.",
          explanation="The paper's 'trifold' pay-off: economic, security and geopolitical.")

# %% [markdown]
# ## 2. What happened next, 2004–2022
#
# *Core · 15 min*
#
# The later events, each line with its source (all are in the course bibliography, linked
# where a row names one source). Dates are rated High unless marked.
#
# | when | what | source |
# |---|---|---|
# | 13–19 Feb 2004 | Gazprom cuts gas to Belarus (by 30% on 13 Feb, fully on 18 Feb, transit to Europe included); supply resumes within about a day | [RFE/RL 18 Feb 2004](bibliography.md#rferl_2004_02_18) |
# | 21 Nov 2004 – 23 Jan 2005 | Ukraine's Orange Revolution: the runoff is annulled, Yushchenko wins the repeat vote | Supreme Court ruling, 3 Dec 2004 ([Orange Revolution timeline](bibliography.md#orange_revolution_timeline)) |
# | 1–4 Jan 2006 | Gas to Ukraine cut; deal at USD 95 per 1,000 m³ via RosUkrEnergo | [RFE/RL 3 Jan 2006](bibliography.md#rferl_2006_01_03) |
# | 1–17 Jan 2006 | Gas to Moldova cut; four-month deal at USD 110 (was USD 80) | [BBC 17 Jan 2006](bibliography.md#bbc_2006_01_17) |
# | 27 Mar – 7 May 2006 | Russia bans Georgian and Moldovan wine (from late March; extended to brandy and sparkling wine 6 Apr) and Georgia's Borjomi mineral water (from 7 May) on "sanitary" grounds | BBC 5 May 2006; RFE/RL 6 Apr and 5 May 2006 |
# | 3–11 Oct 2006 | After Georgia arrests four Russian officers (27 Sep), Russia suspends all air, rail, road, sea and postal links with Georgia (from 3 Oct) and deports about 180 Georgians | RIA Novosti 2 Oct 2006; CBC/AP; Trend/RIA 10 Oct 2006 |
# | 31 Dec 2006 | Belarus deal: USD 100 in 2007 (was about USD 46–47); Gazprom buys 50% of Beltransgaz | [BBC 31 Dec 2006](bibliography.md#bbc_2006_12_31) |
# | 8–11 Jan 2007 | Oil through the Druzhba pipeline via Belarus halted | [BBC 11 Jan 2007](bibliography.md#bbc_2007_01_11) |
# | 7/8–12 Aug 2008 | War between Russia and Georgia; Russia recognises Abkhazia and South Ossetia on 26 Aug | [UNPO 26 Aug 2008](bibliography.md#unpo_2008_08_26) (the war's timeline: Medium–High) |
# | 16 May 2008 | Ukraine joins the WTO | WTO (as relayed, May 2008) |
# | 1–20 Jan 2009 | Gas to Ukraine cut, transit to 16 EU states stops from 7 Jan | [OIES 2009](bibliography.md#oies_2009_gas_dispute) |
# | 7 May 2009 | The EU launches the Eastern Partnership (Prague) with Armenia, Azerbaijan, Belarus, Georgia, Moldova and Ukraine | Prague Joint Declaration |
# | 9 Jun – 16 Oct 2009 | Russia announces it will join the WTO together with Belarus and Kazakhstan as one customs union, then returns to separate accession | Reuters 9 Jun 2009; AFP 16 Oct 2009 |
# | 18 Aug 2009 | Georgia's exit from the CIS takes effect | [Parliament of Georgia, 14 Aug 2008](bibliography.md#georgia_parliament_2008_08_14); Trend |
# | 1 Jan 2010 | Customs Union of **Belarus, Kazakhstan and Russia**: common tariff | [Kremlin glossary: Customs Union](bibliography.md#kremlin_glossary_customs_union) |
# | 21 Apr 2010 | Kharkiv accords: the Black Sea Fleet lease in Crimea is extended to 2042 in return for a gas discount of USD 100 per 1,000 m³ (at prices of USD 330 or more) | BBC 21 Apr 2010 |
# | 25 Nov 2011 | Gazprom buys the remaining 50 % of Beltransgaz for USD 2.5 bn and becomes sole owner; Belarus pays about USD 164–168 in 2012 (Medium) | ANSA 25 Nov 2011; Natural Gas World |
# | 1 Jan 2012 | Common Economic Space of the three starts work | [TASS 18 Nov 2011](bibliography.md#tass_2011_11_18) |
# | 2012 | Eurasian Economic Commission: **one vote per state** in its Council and Board, not the weighted votes the paper expected (§4); weights of 57/21.5/21.5 were only reported for a 2011 draft (Low). Start date 1 Jan or 2 Feb 2012 (Low) | UDF 2011; Oreanda/BelTA 22 Dec 2011; Tengrinews 19 Sep 2011 |
# | 22 Aug 2012 | Russia joins the WTO (Kazakhstan follows on 30 Nov 2015) | WTO press release 668; WTO accession page |
# | late Jul – 20 Aug 2013 | Russian customs pressure on Ukrainian exports: full inspections; all Ukrainian importers put on a "risk list" (14 Aug; exact dates Medium) | Moscow Times 15 Aug 2013 |
# | 3 Sep 2013 | Armenia announces in Moscow that it will join the Customs Union | AFP; EUobserver 3 Sep 2013 |
# | 21 Nov 2013 | Ukraine's government suspends preparation of the EU Association Agreement | EUobserver 21 Nov 2013 |
# | 28–29 Nov 2013 | Vilnius Eastern Partnership summit: Ukraine does not sign; Georgia and Moldova initial their Association Agreements | European Commission MEMO/13/1074 |
# | 17 Dec 2013 | Moscow package: Russia to buy USD 15 bn of Ukrainian Eurobonds (only USD 3 bn bought) and gas cut to USD 268.5 | Warsaw Business Journal 18 Dec 2013; TASS 24 Dec 2013 |
# | 16–21 Mar 2014 | Russia annexes Crimea after a "referendum"; the UN General Assembly (res. 68/262, 27 Mar) declares the referendum without validity | TASS 21 Mar 2014; UN GA |
# | from 12–15 Apr 2014 | War in Donbas; Minsk Protocol (5 Sep 2014) and "Package of Measures" (12 Feb 2015) | CNN 13 Apr 2014; European Parliament; OSCE |
# | 21 Mar / 27 Jun 2014 | Ukraine signs the EU Association Agreement (with a DCFTA) | [Interfax-Ukraine 2017](bibliography.md#interfax_ua_2017_09_01) |
# | 27 Jun 2014 | Georgia and Moldova sign Association Agreements with DCFTAs; Russia then restricts Moldovan imports (Jul–Sep 2014) | EEAS; TASS 1 Aug 2014 |
# | 29 May 2014 → 1 Jan 2015 | Treaty on the **Eurasian Economic Union** signed by the three; in force | [Eurasian Economic Commission, 29 May 2014](bibliography.md#eec_2014_05_29) |
# | 2 Jan / 6 Aug 2015 | Armenia and Kyrgyzstan join the EAEU | [Commonspace.eu](bibliography.md#commonspace_armenia_eaeu); [TASS 2015](bibliography.md#tass_2015_kyrgyzstan) |
# | 1 Jan 2016 | The EU–Ukraine DCFTA is applied; Russia **suspends CIS free trade for Ukraine** (decree of 16 Dec 2015) and bans Ukrainian food imports | [Reuters 16 Dec 2015](bibliography.md#reuters_2015_12_16); TASS 1 Jan 2016; [Interfax-Ukraine 2017](bibliography.md#interfax_ua_2017_09_01) |
# | 1 Sep 2017 | The EU–Ukraine Association Agreement fully in force | [Interfax-Ukraine 2017](bibliography.md#interfax_ua_2017_09_01) |
# | 24 Nov 2017 | Armenia, an EAEU member, signs a partnership agreement with the EU (CEPA) without a free trade area; in force 1 Mar 2021 | Mirror-Spectator 30 Nov 2017; EEAS 3 Mar 2021 |
# | 19 May 2018 | Ukraine recalls its representatives from all CIS statutory bodies | TASS 19 May 2018 |
# | 24 Feb 2022 | Russia launches a full-scale invasion of Ukraine | press of 24 Feb 2022 |
#
# Two things stand out. The **core** that integrated is exactly the one the paper says
# the Russian government expected, in its account of the 2004 Yalta summit — Russia,
# Belarus and Kazakhstan (§4) — and it
# moved in the staged, EU-style order the paper describes in §7: customs union, then
# a common economic space, then an economic union. And **energy** became the most
# visible instrument of the decade, used as a stick against Ukraine, Moldova and even
# Belarus, the closest ally — and, with the Kharkiv accords and the December 2013 package,
# as a carrot paid for security and for a turn away from the EU. Trade bans, customs
# pressure and finally force joined it after 2006.
#
# **Read the later record with care.** Ukraine's trade with Russia collapsed after 2013
# (section 4), but in the same years came the annexation of Crimea, the war in Donbas,
# Russia's trade measures and the end of CIS free trade for Ukraine: no single cause,
# such as the EU choice alone, can be read off the data.
#
# > **Another reading — disputed: Moscow's moves, or the partners' choices?** The table reads
# > naturally as a list of what Russia did. Read it again for what the others chose. The EU
# > made a rival offer, the Eastern Partnership of May 2009 ([Prague Joint Declaration](bibliography.md#prague_2009)),
# > and the partners answered it differently: Georgia and Moldova signed Association Agreements
# > in June 2014 ([EEAS 27 Jun 2014](bibliography.md#eeas_2014_06_27)); Armenia chose the
# > Customs Union in 2013 and still signed a partnership agreement with the EU in 2017, one
# > without a free trade area ([EUobserver 3 Sep 2013](bibliography.md#euobserver_2013_09_03);
# > [CivilNet 24 Nov 2017](bibliography.md#civilnet_2017_11_24)). Even inside the core, WTO
# > accession stayed national: in October 2009 Russia's negotiator said that Russia, Belarus and
# > Kazakhstan would go on with their WTO accessions "as sovereign countries", four months
# > after announcing a joint bid ([AFP 16 Oct 2009](bibliography.md#afp_2009_10_16)), and
# > Kazakhstan joined only in 2015 ([WTO](bibliography.md#wto_kazakhstan)). Whether these were
# > free choices or answers to pressure is the disputed part; the closing assignment of the
# > exercises asks you to argue it.

# %% [markdown]
# ## 3. Did Russia keep paying? Gas prices by year
#
# *Core · 10 min*
#
# The paper says Russia was ready to pay for integration, and cites a 2004 gas price
# for Belarus well below the export price (fn 31). What did the neighbours pay later?
# The table `data/gas_prices.csv` collects the prices of fn 31 and, year by year, what
# Belarus, Ukraine, Armenia, Georgia and Moldova paid, each row with its sources and a
# confidence rating. Caveats: contracts differ in transit terms and intermediaries; some
# years have conflicting reports (stored as a range, rated Low); Moldova's pre-2006 price
# is disputed.
#
# The yardstick must be **of the same year**. A 2007 price set against the paper's 2004
# netback ("about \$100 … net of transportation costs", fn 31) hides that European prices
# tripled meanwhile. The black line is the World Bank's European **border** price
# (`data/gas_price_europe.csv`, at 35.3 MMBtu per 1,000 m³); the grey dashed line takes off
# the transport cost the paper's 2004 figures imply (about USD 51, held constant — an
# assumption), a rough netback. A border price is not a netback: the truth for any year
# lies nearer the dashed line.

# %%
gas = data.load("gas_prices")
gas[["buyer", "year", "price_low", "price_high", "kind", "source", "confidence"]]

# %%
europe = data.load("gas_price_europe")
charts.show(gas_calc.hindsight_chart(gas, europe),
            source=data.cite("gas_prices") + "; " + data.cite("gas_price_europe"))

# %% [markdown]
# Read the chart against the paper, and let the data decide. In 2004 Belarus paid less
# than half the German netback (fn 31), and the paper expected gas at Russian *domestic*
# prices in exchange for control of the pipeline company Beltransgaz (§6, fn 32). Instead
# the price for 2007 rose to USD 100 and Gazprom paid cash for its stake — but in 2007 the
# European price was about three times its 2004 level, so **the discount grew**: on the
# rough netback Belarus's implied transfer was about USD 3 bn in 2007, against about USD
# 1 bn in 2004 (lesson 03 computes it). Ukraine's USD 95 in 2006 and USD 130 in 2007 were
# likewise far below Europe's roughly USD 300. The nominal prices rose after the disputes;
# **measured against Europe, Russia kept paying, and in money terms paid more**. What the
# chart cannot show is *why*: a discount can buy integration, transit or assets, or simply
# reflect long contracts and bargaining. And every such figure is an upper bound on
# Russia's cost: it could not have sold all that gas in Europe at Europe's price.

# %% [markdown]
# ## 4. Trade: did the neighbours drift away from Russia?
#
# *Optional · reading or homework*
#
# If integration were paying off economically, trade with Russia should matter more
# to its neighbours over time. `data/trade_with_russia.csv` gives, for the 14 other
# post-Soviet states and every year 1995–2020, each state's **own reported** goods
# trade with Russia and with the world (IMF Direction of Trade Statistics), and Russia's
# **share** of it:
#
# $$\text{share} = 100 \times \frac{\text{exports to Russia} + \text{imports from Russia}}
#   {\text{exports to World} + \text{imports from World}}$$
#
# Pick a group of states and an event to mark. *Things to notice*: Belarus stays near
# half; Kazakhstan falls from about half in 1995 to about a fifth; Ukraine falls
# slowly until 2013 and then steeply; Armenia and Tajikistan move closer.

# %%
trade = data.load("trade_with_russia")


def trade_share_chart(group: str, event: str):
    return partners.russia_share_chart(trade, group, event)


explorer(trade_share_chart, source=data.cite("trade_with_russia"),
         group=list(partners.GROUPS), event=list(partners.EVENTS))

# %% [markdown]
# The same data in one static picture: the share in four years, for all 14 states.

# %%
charts.show(partners.share_dot_plot(trade), source=data.cite("trade_with_russia"))

# %%
cyu.choice("cyu2", "Between 2013 and 2020, whose share of trade with Russia fell the most "
           "(in percentage points)? Use the chart or the table.",
           options=["Belarus", "Kazakhstan", "Lithuania", "Moldova", "Ukraine"],
           answer="Ukraine",
           hint="Compare the 2013 and 2020 dots row by row, or compute the difference with pandas.",
           explanation="Ukraine: from about 27% in 2013 to about 7% in 2020.")

# %% [markdown]
# ### Two traps in trade data
#
# **Whose figures?** Every flow is recorded twice: by the exporter and by the importer.
# The two rarely match (exports are valued FOB, imports CIF; timing; re-exports of gas;
# unrecorded trade). The course uses each state's **own** figures; the columns
# `mirror_rus_*` hold what **Russia** reported about the same flows. For Belarus the
# mirror figures are missing in four years and far off in several others:

# %%
blr = trade[(trade["iso3"] == "BLR") & trade["year"].between(2000, 2011)]
blr[["year", "imports_from_rus", "mirror_rus_exports_to", "exports_to_rus", "mirror_rus_imports_from"]]

# %% [markdown]
# Belarus's imports from Russia and Russia's exports to Belarus should be the same
# goods: in 2006 Russia reports only about a quarter of what Belarus does, in 2011 under half
# and in 2005 about four fifths; in 2001, 2004, 2009 and 2010 nothing at all. **Estimates** are the second trap: a row marked
# `estimated = True` contains an IMF estimate (mostly from partner data), most often
# for Uzbekistan. And single years can jump: Turkmenistan's reported exports to Russia
# go from about 23 to 2,468 and back to 41 million US$ in 2002–2004 (gas sold through
# intermediaries), and Kazakhstan's share dips to about 10% in 2010 alone (pick the
# Big Four group above) — the data do not say why. One hypothesis, not tested here: 2010
# is the year the Customs Union of Belarus, Kazakhstan and Russia began (common tariff
# from 1 January 2010; common customs territory from 1 July 2011), and removing customs
# controls between members can change how their mutual trade is recorded — integration
# may have changed its own measurement. Never hang an argument on one year of one series.
#
# **A claim we can test with data.** The paper says most of Russia's trade with the
# CIS is with Belarus, Ukraine and Kazakhstan (§4). From Russia's own (mirror) figures,
# the share of these three in Russia's trade with the 11 states that took part in the
# CIS in the 2000s:

# %%
cis11 = ["ARM", "AZE", "BLR", "GEO", "KAZ", "KGZ", "MDA", "TJK", "TKM", "UKR", "UZB"]
mirror = trade[trade["iso3"].isin(cis11)].assign(
    russia_trade=lambda d: d["mirror_rus_exports_to"] + d["mirror_rus_imports_from"])
complete = mirror.groupby("year")["russia_trade"].count() == len(cis11)
big3 = (mirror[mirror["iso3"].isin(["BLR", "KAZ", "UKR"])].groupby("year")["russia_trade"].sum()
        / mirror.groupby("year")["russia_trade"].sum() * 100)
big3_share = big3[complete].round(1)
print(f"Years with all 11 states reported by Russia: {complete.sum()} of {len(complete)}; "
      f"share of BLR+KAZ+UKR from {big3_share.min()}% to {big3_share.max()}%.")
big3_share.loc[[2003, 2008, 2013, 2020]]

# %% [markdown]
# The claim holds in every year with complete figures (always more than three
# quarters) — but note that the years without Russia's Belarus figures had to be
# dropped, not filled.

# %% [markdown]
# ## 5. Your scorecard: which of the paper's claims held?
#
# *Core · 20 min*
#
# Below are fifteen claims of the paper (`data/claims.csv`), each with the later
# evidence. Rate each one — **held**, **partly**, **did not hold**, or **cannot be judged**
# when the record does not allow a verdict — and only then
# press **Compare with the course** to see the course's own reading and the source of
# each piece of evidence. The course's ratings are a judgement, not a fact: where you
# disagree, make your case in the written question of the exercises.
#
# Two things to weigh: a claim about *intentions* ("ready to pay") is harder to test
# than a claim about *outcomes* ("Russia, Belarus and Kazakhstan will form the core");
# and a claim the course could not confirm (C07) is not the same as a claim shown to
# be false: that is what **cannot be judged** is for. Your ratings are saved in your progress folder as you go (they are practice
# and do not count towards your score).

# %%
claims = data.load("claims")
ClaimsScorecard(claims, progress_id="06_claims_scorecard")   # your ratings are saved in progress/

# %%
cyu.choice("cyu3", "The paper says Russia switched off electricity to Moldova and Georgia in 2003–2004 "
           "(§6). Why does the course rate this claim <i>cannot be judged</i>, neither held nor did not hold?",
           options=["Because the later gas disputes prove it false",
                    "Because no source the course found documents it as Russian state action",
                    "Because Moldova and Georgia left the CIS",
                    "Because the paper gives no date"],
           answer="Because no source the course found documents it as Russian state action",
           hint="Look at the evidence_source column of claim C07.",
           explanation="The course rates it Unconfirmed: the blackouts found had other causes or "
                       "other actors (the Transnistrian authorities).")

# %% [markdown]
# ## 6. Summary
#
# *Core · 10 min*
#
# * The paper's conclusion: a pragmatic first period (2000–03), then from 2004 a return
#   to zone-of-influence thinking; a wide toolbox of carrots and sticks; and a high
#   price paid in the hope of a trifold pay-off — economic, security, geopolitical.
# * With hindsight, the **structural** predictions did best: the Russia–Belarus–Kazakhstan
#   core formed the Customs Union (2010) and the EAEU (2015) in the staged order of §7;
#   Ukraine went no further than free trade and chose the EU Association Agreement.
# * The **"ready to pay"** claim: gas prices rose after the disputes, even for Belarus, and
#   energy was used as a stick — but measured against Europe's price *of the same year* the
#   discount grew, so in money terms Russia kept paying (motives stay an interpretation).
# * The data show trade drifting away from Russia for most neighbours — Ukraine most
#   of all — and closer for Armenia and Tajikistan; but mirror figures, gaps and
#   estimates mean one must read such data with care.
# * One claim of the paper (electricity cut-offs) could not be confirmed: a reminder
#   to check even a good paper's facts. Some predictions failed outright: the weighted
#   votes the paper expected gave way to one vote per state (2012), and the CIS was
#   neither transformed nor washed out.
# * The later record — 2006 bans, Vilnius 2013, Crimea and Donbas 2014, the end of CIS free
#   trade for Ukraine in 2016, the invasion of 2022 — turned the paper's "either the EU or
#   the customs union" dilemma (§8) into open conflict.
#
# **Next:** the graded exercises for this module, `exercises/06_conclusion_and_hindsight.ipynb`,
# then **your course report**, `notebooks/99_my_course_report.ipynb`, which collects your
# scores from every module and writes the files to hand in.
#
# ## Sources and further reading
#
# * **Where to find the sources.** Every source the course cites, with its address, is in the
#   course bibliography, `notebooks/bibliography.md` (data: `data/bibliography.csv`). Each fact a
#   lesson takes from outside the paper is cited by a short name that links to its entry
#   there, e.g. ([CIS Charter 1993](bibliography.md#cis_charter_wikipedia)). The paper itself
#   is not shipped: the bibliography says what is known about it.
# * The paper, §4–§9 and footnotes 6, 20, 31–32, 39, 42.
# * Sources of the later events: Georgia leaves the CIS ([Parliament of Georgia](bibliography.md#georgia_parliament_2008_08_14));
#   the CIS FTA 2011 ([treaty](bibliography.md#cis_fta_2011_treaty)); the SES ([Common Economic Zone
#   Agreement](bibliography.md#common_economic_zone_wikimili)); energy disputes ([RFE/RL 2004](bibliography.md#rferl_2004_02_18);
#   [RFE/RL 2006](bibliography.md#rferl_2006_01_03); [BBC 2006](bibliography.md#bbc_2006_01_17); [BBC 31 Dec 2006](bibliography.md#bbc_2006_12_31);
#   [BBC 2007](bibliography.md#bbc_2007_01_11); [OIES 2009](bibliography.md#oies_2009_gas_dispute)); the Orange Revolution and the 2008
#   war ([timeline](bibliography.md#orange_revolution_timeline); [UNPO 2008](bibliography.md#unpo_2008_08_26)); the Customs Union, Common
#   Economic Space and EAEU ([Kremlin glossary: Customs Union](bibliography.md#kremlin_glossary_customs_union);
#   [TASS 2011](bibliography.md#tass_2011_11_18); [EAEU treaty 2014](bibliography.md#eec_2014_05_29)); the EU–Ukraine Association
#   Agreement ([Interfax-Ukraine 2017](bibliography.md#interfax_ua_2017_09_01)); and the rows of the table above.
# * Course data: `data/trade_with_russia.csv` (IMF Direction of Trade Statistics; IMF
#   terms of use, attribution required), `data/gas_prices.csv`, `data/claims.csv` —
#   origin, licence and schema in `data/datapackage.json`; built by `tools/make_data_06.py`.
