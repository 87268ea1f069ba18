# %% [markdown]
# # Module 06 · Exercises: Conclusion and hindsight
#
# **10 questions · 19 points** (15 scored automatically, 4 by your instructor).

# %% [markdown] tags=["practice-only"]
# **Practice mode.** Each question has a *Check* button (or, for code tasks, a line
# `ex.check("q…", your_answer)`). After a wrong answer you get a hint (a pointer first, a
# worked step after a second wrong try) and can try again; only your best answer counts.
# This feedback is practice: it runs in your own kernel against hashed keys that are not
# secret. Your progress is saved in the `progress/` folder and comes back when you run this
# notebook again.

# %% [markdown] tags=["graded-only"]
# **Graded mode.** *Check* (or, for a code task, the line `ex.check("q…", your_answer)`)
# saves your answer; it does not say whether it is right, and there are no hints. Your
# instructor grades your last saved answers outside this notebook, against keys that are not
# in it. (If your class uses the course's checking service, *Check* asks that service and
# shows its verdict.) Your progress is saved in the `progress/` folder and comes back when
# you run this notebook again.

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
ex.ordering("q4", "Put these events in the order they happened (notebooks/sources/facts.md §11).",
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
        "evidence — at least one from the fact sheet (facts.md §11) and one from the trade or gas data. "
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
          "1 Jan 2010 and the EAEU on 1 Jan 2015 (facts.md §11c), while Ukraine signed the 2011 CIS free "
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
