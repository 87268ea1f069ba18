# %% [markdown]
# # Module 06 · Exercises: Conclusion and hindsight
#
# **15 questions · 33 points** (23 scored automatically, 10 by your instructor).

# %% [markdown] tags=["practice-only"]
# **Practice mode.** Each question has a *Check* button (or, for code tasks, a line
# `ex.check("q…", your_answer)`). After a wrong answer you get a hint (a pointer first, a
# worked step after a second wrong try) and can try again; only your best answer counts.
# This feedback is practice: it runs in your own kernel against hashed keys that are not
# secret. Your progress is saved in the `progress/` folder and comes back when you run this
# notebook again.

# %% [markdown] tags=["graded-only"]
# **Graded mode.** *Check* (or, for a code task, the line `ex.check("q…", your_answer)`)
# saves your answer; on its own it does not say whether it is right, and gives no hints. Your
# instructor grades your last saved answers outside this notebook, against keys that are not
# in it. (If your class uses the course's checking service, *Check* asks that service, which
# shows its verdict and, after a wrong try, a hint.) Your progress is saved in the
# `progress/` folder and comes back when you run this notebook again.

# %% [markdown]
# When you have finished, open `notebooks/99_my_course_report.ipynb`: it collects your
# scores from every module.
#
# Run the next cell first.

# %%
# The course first: it makes the Altair import about 1 s faster (course/__init__.py).
from course import charts, data
from course.questions import Exercise

import altair as alt
import pandas as pd

charts.enable()
ex = Exercise("06_conclusion_and_hindsight", title="Module 06 — Conclusion and hindsight")

# %% [markdown]
# ## Part A · The paper's conclusion and what came next

# %%
ex.choice("q1", "Where does the paper (§4) place the turning point between its two periods of "
          "Russian policy towards the CIS?",
          options=["December 1999, when Putin became acting president",
                   "The first half of 2004, around the start of Putin's second term",
                   "The Orange Revolution of late 2004",
                   "The Russia–Georgia war of August 2008"],
          answer="The first half of 2004, around the start of Putin's second term", points=1,
          hint=["§4 of the paper (notebooks/bibliography.md#paper), first paragraph; lesson 06, section "
                "1.",
                "The paper was written about 2005: read where the first paragraph of §4 says the policy "
                "changed, and match that moment to an option."])

# %%
ex.multi("q2", "The paper's conclusion (§9) says Russia hopes integration will pay off “trifold”. "
         "Tick the three pay-offs.",
         options=["economically", "in terms of security", "geopolitically", "through EU membership",
                  "through lower military spending"],
         answer=["economically", "geopolitically", "in terms of security"], points=1,
         hint=["§9 of the paper (notebooks/bibliography.md#paper), its conclusion; lesson 06, section 1.",
               "The last sentence of §9 lists them: one pay-off is about money, one about influence "
               "among states, one about safety."])

# %%
ex.matching("q3", "Match each claim of the paper to the later evidence that bears on it "
            "(data/claims.csv has all fifteen).",
            left=["Russia, Belarus and Kazakhstan will form the core (§4)",
                  "An FTA is the most Russia can get with Ukraine (§4)",
                  "Energy will be used as a stick (§6)",
                  "Gas at domestic prices in exchange for Beltransgaz (§6)",
                  "Electricity cut-offs to Moldova and Georgia, 2003–04 (§6)"],
            right=["Customs Union 2010 and EAEU Treaty 2014 signed by the three",
                   "Gas cut-offs to Ukraine in January 2006 and January 2009",
                   "Gazprom buys 50% of Beltransgaz for cash; price rises to $100 in 2007",
                   "No source found documenting them as Russian state action",
                   "Ukraine signs the 2011 CIS free trade treaty and the 2014 EU Association Agreement"],
            answer={"Russia, Belarus and Kazakhstan will form the core (§4)":
                        "Customs Union 2010 and EAEU Treaty 2014 signed by the three",
                    "An FTA is the most Russia can get with Ukraine (§4)":
                        "Ukraine signs the 2011 CIS free trade treaty and the 2014 EU Association Agreement",
                    "Energy will be used as a stick (§6)":
                        "Gas cut-offs to Ukraine in January 2006 and January 2009",
                    "Gas at domestic prices in exchange for Beltransgaz (§6)":
                        "Gazprom buys 50% of Beltransgaz for cash; price rises to $100 in 2007",
                    "Electricity cut-offs to Moldova and Georgia, 2003–04 (§6)":
                        "No source found documenting them as Russian state action"},
            points=2, hint=["The lesson's scorecard (section 5) and data/claims.csv show the evidence "
                            "for each claim.",
                            "Match by subject first: which evidence concerns the same states, or the "
                            "same instrument, as the claim?"])

# %%
ex.ordering("q4", "Put these events in the order they happened (lesson 06, section 2: each event with its source).",
            items=["Customs Union tariff of Belarus, Kazakhstan and Russia",
                   "Russia–Georgia war", "Gas cut-off to Belarus, transit included",
                   "Treaty on the Eurasian Economic Union in force",
                   "First gas cut-off to Ukraine", "Repeat runoff of Ukraine's presidential election"],
            answer=["Gas cut-off to Belarus, transit included",
                    "Repeat runoff of Ukraine's presidential election",
                    "First gas cut-off to Ukraine", "Russia–Georgia war",
                    "Customs Union tariff of Belarus, Kazakhstan and Russia",
                    "Treaty on the Eurasian Economic Union in force"],
            points=2, hint=["Lesson 06, section 2 (what happened next) and its events table have every "
                            "date.",
                            "Two events are in 2004, one each in 2006, 2008, 2010 and 2015."])

# %%
ex.choice("q5", "The paper expected Russia to sell gas to Belarus at Russian domestic prices to gain "
          "control of Beltransgaz (§6). Which later fact fits this claim <b>least</b>?",
          options=["Gazprom agreed to buy 50% of Beltransgaz",
                   "The price for Belarus rose to $100 per 1,000 m³ for 2007",
                   "Belarus signed the Customs Union package in 2009",
                   "Belarus paid $46.68 per 1,000 m³ in 2004"],
          answer="The price for Belarus rose to $100 per 1,000 m³ for 2007", points=1,
          hint=["Lesson 06, section 3 (did Russia keep paying?) and data/gas_prices.csv.",
                "Compare each later price for Belarus with the Russian domestic price in fn 31 "
                "(data/gas_prices.csv): which one moved away from it?"])

# %% [markdown]
# ## Part B · Trade shares with the data (pandas)
#
# `data/trade_with_russia.csv` has one row per state and year (1995–2020) with the
# state's own reported trade with Russia and with the World (million US$) and the
# share `share_rus_pct`. The `mirror_rus_*` columns are Russia's own figures for the
# same flows.

# %%
trade = data.load("trade_with_russia")
trade.head(3).T  # transposed: its 13 columns as rows, so the table fits without scrolling

# %% [markdown]
# **Q6 (2 points).** What share of Ukraine's goods trade was with Russia in 2013, the
# last year before the crisis of 2014 (the Association Agreement, but also Crimea, the war
# in Donbas and Russia's trade measures)? Give it in per cent with one decimal.

# %%
ex.numeric("q6", "Russia's share of Ukraine's goods trade in 2013.", answer=27.3, tol=0.1, units="%",
           points=2, hint=["Lesson 06, section 4: the trade table has share_rus_pct by state and year.",
                           "Filter iso3 == 'UKR' and year == 2013 and read share_rus_pct (or compute 100 "
                           "* trade_rus / trade_world)."])

# %%
### BEGIN SOLUTION
# STUDENT: ukr_2013 = ...
row = trade[(trade["iso3"] == "UKR") & (trade["year"] == 2013)]
ukr_2013 = row["share_rus_pct"].iloc[0]
### END SOLUTION
ex.check("q6", ukr_2013)

# %% [markdown]
# **Q7 (2 points).** Which states traded *more* with Russia, as a share of their trade,
# in 2020 than in 2004 (the last full year the paper covers; it was written around the turn
# of 2004–2005)? List their ISO3 codes.

# %%
ex.items("q7", "ISO3 codes of the states whose share_rus_pct was higher in 2020 than in 2004.",
         answer=["ARM", "KGZ", "LVA", "TJK", "TKM"], points=2,
         hint=["The same trade table as in Q6.",
               "Pivot to one column per year (trade.pivot(index='iso3', columns='year', "
               "values='share_rus_pct')), then compare the 2020 and 2004 columns."])

# %%
### BEGIN SOLUTION
# STUDENT: closer = ...   # a list or Series of ISO3 codes
wide = trade.pivot(index="iso3", columns="year", values="share_rus_pct")
closer = wide.index[wide[2020] > wide[2004]]
### END SOLUTION
ex.check("q7", closer)

# %% [markdown]
# **Q8 (2 points).** Test a claim of the paper with **Russia's own** figures: “The main
# part of Russia's trade flows with the CIS falls on Belarus, Ukraine, and Kazakhstan”
# (§4). For 2008, Russia's trade with a state is `mirror_rus_exports_to +
# mirror_rus_imports_from`. What per cent of Russia's trade with these 11 states —
# ARM, AZE, BLR, GEO, KAZ, KGZ, MDA, TJK, TKM, UKR, UZB — was with BLR, KAZ and UKR?
# One decimal.

# %%
ex.numeric("q8", "Share of Belarus, Kazakhstan and Ukraine in Russia's reported trade with the 11 "
           "states, 2008.", answer=87.9, tol=0.1, units="%", points=2,
           hint=["Lesson 06, “Two traps in trade data”: Russia's own reports (the mirror columns) are "
                 "another view of the same trade.",
                 "Keep year 2008 and the 11 codes, add the two mirror columns, then divide the sum for "
                 "the three by the sum for all 11 and multiply by 100."])

# %%
### BEGIN SOLUTION
# STUDENT: big3_2008 = ...
cis11 = ["ARM", "AZE", "BLR", "GEO", "KAZ", "KGZ", "MDA", "TJK", "TKM", "UKR", "UZB"]
y2008 = trade[(trade["year"] == 2008) & trade["iso3"].isin(cis11)]
russia_trade = y2008["mirror_rus_exports_to"] + y2008["mirror_rus_imports_from"]
big3_2008 = 100 * russia_trade[y2008["iso3"].isin(["BLR", "KAZ", "UKR"])].sum() / russia_trade.sum()
### END SOLUTION
ex.check("q8", big3_2008)

# %% [markdown]
# ## Part C · A chart (Altair)
#
# **Q9 (2 points).** Draw Russia's share in the trade of **Belarus, Kazakhstan and
# Ukraine**, 1995–2020: a **line** chart (`mark_line`) with `year` on the x axis,
# `share_rus_pct` on the y axis and one colour per state (`color=` the field `iso3`, or
# a name column you add). Give it a `title` and a `description`, then check it.

# %%
ex.chart("q9", "Line chart of Russia's share in the trade of BLR, KAZ and UKR, 1995–2020.",
         answer=[{"path": "mark.type", "equals": "line", "message": "Use a line mark: mark_line()."},
                 {"path": "encoding.x.field", "equals": "year", "message": "Put the field year on the x axis."},
                 {"path": "encoding.y.field", "equals": "share_rus_pct",
                  "message": "Put the field share_rus_pct on the y axis."},
                 {"path": "encoding.color.field", "in": ["iso3", "state", "name_en", "name"],
                  "message": "Colour the lines by state (color='iso3')."}],
         points=2, hint=["Lesson 06, section 4 draws a similar chart; the question lists what the "
                         "checker wants.",
                         "alt.Chart(df, title=..., description=...).mark_line().encode(x=..., y=..., "
                         "color=...)"])

# %%
### BEGIN SOLUTION
# STUDENT: chart = ...
three = trade[trade["iso3"].isin(["BLR", "KAZ", "UKR"])]
chart = alt.Chart(three, title="Russia's share in the trade of Belarus, Kazakhstan and Ukraine",
                  description="Three lines, 1995-2020: Belarus stays near half, Kazakhstan falls to about "
                              "a fifth, Ukraine falls to about 7% by 2020.").mark_line(point=True).encode(
    x=alt.X("year:Q", axis=alt.Axis(format="d"), title=None),
    y=alt.Y("share_rus_pct:Q", title="Share of trade with Russia (%)"),
    color=alt.Color("iso3:N", title="state"))
### END SOLUTION
ex.check("q9", chart)
chart

# %% [markdown]
# ## Part D · Was the author right?
#
# **Q10 (4 points, scored by your instructor).** Write your answer in the box and press
# *Check* to submit it; the rubric appears after you submit.

# %%
ex.text("q10", "In 150–250 words: <b>was the author right?</b> Take a position on the paper's "
        "conclusion (§9) and defend it with at least <b>two</b> of its claims judged against later "
        "evidence — at least one dated event from lesson 06 (with its source) and one from the trade or gas data. "
        "Say where the evidence is weak or disputed.",
        rubric=["States a clear overall position on the paper's conclusion (two periods, toolbox, "
                "'ready to pay', trifold pay-off) rather than only listing events (1 point).",
                "Uses at least two specific claims, each matched to later evidence with its date and "
                "source, e.g. the Russia–Belarus–Kazakhstan core and the 2010 Customs Union / 2015 EAEU, "
                "or the 2006–07 gas prices (1 point).",
                "Uses the course data correctly, e.g. Ukraine's or Kazakhstan's trade share with Russia "
                "or the gas prices, with a number and a year (1 point).",
                "Notes a limit of the evidence: a claim the course could not confirm (electricity "
                "cut-offs), mirror-data gaps or IMF estimates, or that motives are harder to test than "
                "outcomes (1 point)."],
        points=4, min_words=120)

# %% [markdown]
# ## Part E · Ten years on: the course's tools on the later record
#
# The paper stops at the end of 2004. This closing assignment asks you to write the section it
# could not, on the record of 2005–2022, with the course's own tools: the **timeline** data
# (`data/memberships.csv`, and the events table of lesson 06, section 2), the **claims
# scorecard** (`data/claims.csv`; your ratings from lesson 06, section 5), the **gas
# calculator** (`course.topics.gas`, with Europe's price of the same year) and the **trade table**.
# Every source is in the course bibliography, [`notebooks/bibliography.md`](../notebooks/bibliography.md);
# the later events' sources are listed there under *What happened next, 2006-2022*.
#
# Two readings are disputed throughout (the *Another reading* boxes of lessons 03, 05 and 06):
# was a price rise pressure or commercial repricing, and were the neighbours' moves Moscow's
# doing or their own choices, with the EU's Eastern Partnership (2009) as a rival offer?
# Questions 11–14 give you numbers for that argument; question 15 is the argument.
#
# Run the next cell: it loads the tables and shows the gas calculator on the paper's year.

# %%
from course.topics import gas

europe = data.load("gas_price_europe").set_index("year")   # World Bank border price, US$ per MMBtu
prices = data.load("gas_prices")                             # what each buyer paid, US$ per 1,000 m³
memberships = data.load("memberships")                       # who was in which organisation, and when
claims = data.load("claims")                                 # the scorecard's claims
print(gas.year_references(2004, europe.loc[2004, "price_usd_mmbtu"]))   # the 2004 references, US$ per 1,000 m³
prices[prices["year"] == 2007][["buyer", "price_low", "price_high", "kind", "confidence"]]

# %% [markdown]
# **Q11 (2 points) · The gas calculator.** In autumn 2006, after the spy row and during the
# blockade, Gazprom demanded a much higher price from Georgia for 2007 (lesson 06, section 2;
# [CIS gas prices, press reports](../notebooks/bibliography.md#gas_prices_cis_2005_2012)). Take Georgia's 2007
# price from `prices` (the midpoint of `price_low` and `price_high`: the row is rated *Low*,
# its sources disagree) and express it as a per cent of Europe's rough **netback of the same
# year**, `gas.netback_estimate(...)` of the 2007 border price. One decimal.

# %%
ex.numeric("q11", "Georgia's 2007 gas price as a per cent of Europe's 2007 netback estimate.",
           answer=92.6, tol=0.5, units="%", points=2,
           hint="Two steps: the midpoint of Georgia's 2007 row, and gas.netback_estimate of "
                "europe.loc[2007, 'price_usd_mmbtu']; then 100 × price / netback.")

# %%
### BEGIN SOLUTION
# STUDENT: georgia_share = ...
netback_2007 = gas.netback_estimate(europe.loc[2007, "price_usd_mmbtu"])
row = prices[(prices["buyer"] == "Georgia") & (prices["year"] == 2007)].iloc[0]
georgia_share = 100 * (row["price_low"] + row["price_high"]) / 2 / netback_2007
### END SOLUTION
ex.check("q11", georgia_share)

# %%
ex.ordering("q12", "Do the same for every 2007 contract in <code>prices</code>. Order the four buyers "
            "by the share of Europe's 2007 netback they paid, <b>lowest share first</b>.",
            items=["Georgia", "Belarus", "Ukraine", "Moldova"],
            answer=["Belarus", "Ukraine", "Moldova", "Georgia"], points=2,
            hint="Keep year 2007 and kind 'contract', take each midpoint and divide by the same netback.",
            explanation="Belarus about 40 %, Ukraine about 52 %, Moldova about 68 %, Georgia about 93 % "
                        "(Low). The closest ally paid the smallest share and the state under a Russian blockade "
                        "nearly Europe's price, which fits the coercion reading. Yet every buyer paid less "
                        "than Europe, and Belarus's discount came with the Beltransgaz sale, so commercial "
                        "bargaining is not ruled out.")

# %% [markdown]
# **Q13 (2 points) · The trade table.** Moldova signed its Association Agreement with the EU
# on 27 June 2014. From July 2014 Russia banned Moldovan fresh fruit and canned fruit and
# vegetables, then put import duties on 19 groups of Moldovan goods ([EEAS 27 Jun 2014](../notebooks/bibliography.md#eeas_2014_06_27);
# [TASS 1 Aug 2014](../notebooks/bibliography.md#tass_2014_08_01)). By how many
# **percentage points** did Russia's share of Moldova's goods trade (`share_rus_pct`) change
# from 2013 to 2016? Give 2016 minus 2013, so a fall is negative; one decimal.

# %%
ex.numeric("q13", "Change in Russia's share of Moldova's goods trade, 2013 to 2016 (2016 minus 2013).",
           answer=-5.4, tol=0.1, units="percentage points", points=2,
           hint="Filter iso3 == 'MDA', read share_rus_pct for 2013 and 2016, subtract.",
           explanation="From about 18.0 % in 2013 to about 12.6 % in 2016. The table cannot say how much "
                       "of the fall is the EU agreement, how much Russia's measures, and how much prices "
                       "and exchange rates: a share moves whenever either side's trade moves.")

# %%
### BEGIN SOLUTION
# STUDENT: moldova_change = ...
mda = trade[trade["iso3"] == "MDA"].set_index("year")["share_rus_pct"]
moldova_change = mda[2016] - mda[2013]
### END SOLUTION
ex.check("q13", moldova_change)

# %% [markdown]
# **Q14 (2 points) · The timeline data: the partners' own moves.** Which states walked out of
# a Russian-led organisation before 2014? In `memberships`, keep the CIS (`CIS`), the Collective
# Security Treaty (`CST`), the CSTO (`CSTO`) and EurAsEC (`EURASEC`), and the rows whose `left`
# date is before 1 January 2014 (EurAsEC's own end on 1 January 2015, when the EAEU replaced it,
# is not a walk-out). List the ISO3 codes, each once.

# %%
ex.items("q14", "ISO3 codes of the states that left the CIS, the CST, the CSTO or EurAsEC before 2014.",
         answer=["AZE", "GEO", "TKM", "UZB"], points=2,
         hint="Combine two conditions: org_id with .isin([...]) and left before pd.Timestamp('2014-01-01'); "
              "members that stayed have no left date.",
         explanation="Azerbaijan, Georgia and Uzbekistan left the Collective Security Treaty in 1999; "
                     "Turkmenistan became an associate member of the CIS in 2005; Georgia left the CIS "
                     "in 2009; Uzbekistan left EurAsEC in 2008 and the CSTO in 2012, after returning in "
                     "2006.")

# %%
### BEGIN SOLUTION
# STUDENT: walked_out = ...   # a list or Series of ISO3 codes
russian_led = memberships["org_id"].isin(["CIS", "CST", "CSTO", "EURASEC"])
before_2014 = memberships["left"] < pd.Timestamp("2014-01-01")
walked_out = memberships.loc[russian_led & before_2014, "iso3"].unique()
### END SOLUTION
ex.check("q14", walked_out)

# %% [markdown]
# **Q15 (6 points, scored by your instructor) · Ten years on.** Write the section the paper
# could not: *§10. Ten years on*. Read what earns the six points before you write, one point
# each: a clear verdict; three claims re-scored with dated evidence; the gas calculator against
# Europe's price of the same year; the trade or membership data with a number; both readings of
# a disputed thesis; a source for every fact and one limit of the evidence. Outside evidence is
# welcome if you cite it.

# %%
ex.text("q15", "In 350–600 words, write <b>§10 of the paper: ten years on</b>. Re-score at least "
        "<b>three</b> of the paper's claims (<code>claims</code>, or the scorecard of lesson 06) against "
        "the record of 2005–2022, each as held, partly, did not hold or cannot be judged; use at least "
        "<b>two</b> of the course's tools with a number (the gas calculator with Europe's price of the "
        "same year, the trade table, the membership data); give both readings of at least one disputed "
        "thesis (coercion or repricing; Moscow's policy or the partners' own choices; the EU's Eastern "
        "Partnership as a rival offer); and cite the source of every fact you use.",
        rubric=[("States a clear verdict on the paper's conclusion (two periods, the toolbox, 'ready to "
                 "pay', the trifold pay-off), not only a list of events (1 point)."),
                ("Re-scores at least three claims on the four-point scale, each with dated later evidence, "
                 "and gives a reason for any 'partly' or 'cannot be judged' (1 point)."),
                ("Uses the gas calculator against Europe's price of the same year, e.g. a buyer's price as "
                 "a share of that year's netback, and says that a netback is a rough upper bound on "
                 "Russia's cost (1 point)."),
                ("Uses the trade or membership data with a number and a year, e.g. a change in a trade "
                 "share around 2014, or who left Russian-led bodies and when, without reading a single "
                 "cause off the data (1 point)."),
                ("Gives both readings of at least one disputed thesis, including the partners' own "
                 "choices or the EU's Eastern Partnership as a rival offer (1 point)."),
                ("Cites a source for each fact (the course bibliography or a cited outside source) and "
                 "names one limit of the evidence, e.g. a Low-rated row, motives against outcomes, or "
                 "gaps in the trade data (1 point).")],
        points=6, min_words=300)

# %% tags=["solution-only"]
ex.submit("q12", ["Belarus", "Ukraine", "Moldova", "Georgia"])
ex.submit("q15", "Model answer: §10. Ten years on. The paper's forecast of structure held; its reading of "
          "motives is still disputed. The core it named held (C02): Russia, Belarus and Kazakhstan applied a "
          "common tariff from 1 Jan 2010 and the EAEU from 1 Jan 2015, while Ukraine joined neither (lesson 06 "
          "events table; data/memberships.csv). The weighted votes it expected did not hold: the Eurasian "
          "Economic Commission of 2012 gave each state one vote (UDF 2011). 'Ready to pay' held partly. "
          "Against Europe's price of the same year, Belarus paid about 40 % of the rough netback in 2007, "
          "Ukraine 52 %, Moldova 68 % and Georgia, after the spy row and blockade of autumn 2006, about 93 % "
          "(a Low-rated figure; data/gas_prices.csv, World Bank Pink Sheet). The ordering fits the coercion "
          "reading; but every buyer paid less than Europe, and Armenia, an ally, saw its price double in April "
          "2006 (PanARMENIAN), which fits commercial repricing. A netback is only a rough upper bound on what "
          "Russia gave up. The electricity cut-offs (C07) cannot be judged: no source documents them as Russian "
          "state action. The later record also shows the partners acting. Azerbaijan, Georgia, Turkmenistan and "
          "Uzbekistan left or downgraded their place in Russian-led bodies before 2014 (data/memberships.csv). "
          "The EU made a rival offer, the Eastern Partnership of May 2009 (Prague Joint Declaration); Georgia "
          "and Moldova signed Association Agreements on 27 Jun 2014 (EEAS), while Armenia chose the Customs "
          "Union in Sep 2013 (EUobserver) and still signed a partnership agreement without a free trade area in "
          "Nov 2017 (CivilNet). Whether Armenia's turn was its own choice or a concession to pressure is "
          "disputed (CEPS 2017). The trade data show costs, not causes: Russia's share of Moldova's trade fell "
          "from about 18.0 % in 2013 to 12.6 % in 2016, after the agreement and Russia's import measures of "
          "Jul-Sep 2014 (TASS 1 Aug 2014), while prices and exchange rates moved too; Ukraine's share fell from "
          "27 % to 7 % (2013-2020) in the years of Crimea's annexation, the war in Donbas and the end of CIS "
          "free trade for Ukraine on 1 Jan 2016 (Reuters 16 Dec 2015). The 'either-or' of §8 became open "
          "conflict, up to the invasion of 24 Feb 2022. Limits: several gas rows are rated Low, Russia's own "
          "trade figures for Belarus have gaps, and motives are harder to test than outcomes.")
for qid in ["q12", "q15"]:
    print(ex.questions[qid].last.text())

# %% tags=["solution-only"]
ex.submit("q1", "The first half of 2004, around the start of Putin's second term")
ex.submit("q2", ["economically", "geopolitically", "in terms of security"])
ex.submit("q3", {"Russia, Belarus and Kazakhstan will form the core (§4)":
                     "Customs Union 2010 and EAEU Treaty 2014 signed by the three",
                 "An FTA is the most Russia can get with Ukraine (§4)":
                     "Ukraine signs the 2011 CIS free trade treaty and the 2014 EU Association Agreement",
                 "Energy will be used as a stick (§6)":
                     "Gas cut-offs to Ukraine in January 2006 and January 2009",
                 "Gas at domestic prices in exchange for Beltransgaz (§6)":
                     "Gazprom buys 50% of Beltransgaz for cash; price rises to $100 in 2007",
                 "Electricity cut-offs to Moldova and Georgia, 2003–04 (§6)":
                     "No source found documenting them as Russian state action"})
ex.submit("q4", ["Gas cut-off to Belarus, transit included",
                 "Repeat runoff of Ukraine's presidential election",
                 "First gas cut-off to Ukraine", "Russia–Georgia war",
                 "Customs Union tariff of Belarus, Kazakhstan and Russia",
                 "Treaty on the Eurasian Economic Union in force"])
ex.submit("q5", "The price for Belarus rose to $100 per 1,000 m³ for 2007")
ex.submit("q10", "Model answer: Largely yes on structure, only partly on motives and costs. The paper "
          "expected Russia, Belarus and Kazakhstan to form the core of the SES while Ukraine went no further "
          "than free trade (§4). That is what happened: the three launched the Customs Union tariff on "
          "1 Jan 2010 and the EAEU on 1 Jan 2015 (Kremlin glossary; Eurasian Economic Commission 2014), while Ukraine signed the 2011 CIS free "
          "trade treaty and then the EU Association Agreement in 2014. Russia's share of Ukraine's trade fell "
          "from about 27% in 2013 to about 7% in 2020, but that fall cannot be pinned on the EU choice alone: "
          "it also follows Crimea's annexation and the war in Donbas (2014), Russia's food embargo and its "
          "suspension of CIS free trade for Ukraine (1 Jan 2016). The claim that Russia was ready to pay a "
          "high price is mixed: nominal prices rose (Belarus from $46.68 in 2004 to $100 in 2007) and gas was "
          "cut off to Ukraine in 2006 and 2009, yet against Europe's price of the same year (about $302 per "
          "1,000 m3 in 2007, World Bank) the discount to Belarus grew, so Russia kept paying - energy was "
          "both stick and carrot. The 'zone of influence' reading fits the 2008 war with Georgia, though motives are "
          "harder to test than outcomes. Limits: the electricity cut-offs of 2003-04 that the paper cites "
          "could not be confirmed, and Russia's own trade figures for Belarus are missing in four years, "
          "so single data points must be read with care.")
for qid in ["q1", "q2", "q3", "q4", "q5", "q10"]:
    print(ex.questions[qid].last.text())

# %% [markdown]
# ## Your score
#
# The table updates each time you check an answer. Hand in this notebook and the file
# `progress/06_conclusion_and_hindsight.json` if your instructor asks for them — or run
# the course report, `notebooks/99_my_course_report.ipynb`, for all modules at once.

# %%
ex.summary()
