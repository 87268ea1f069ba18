# %% [markdown]
# # Module 02 · Exercises: The Single Economic Space
#
# **12 questions · 21 points** (17 scored automatically, 4 by your instructor).

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
# Run the next cell first.

# %%
# The course first: it makes the Altair import about 1 s faster (course/__init__.py).
from course import charts, data
from course.topics import market, voting
from course.questions import Exercise

import altair as alt
import pandas as pd

charts.enable()
ex = Exercise("02_single_economic_space", title="Module 02 — The Single Economic Space")

# %% [markdown]
# ## Part A · The SES design (paper §4, Box 1, §7)

# %%
ex.ordering("q1", "Put the three stages of the SES Concept in order, first stage first.",
            items=["Customs union with single tariffs, a common competition policy and a single regulating body",
                   "No customs controls on internal borders; full freedom of movement for services, capital "
                   "and labour; the regulating body also controls natural monopolies",
                   "Free-trade regime, simpler customs procedures, unified rules on moving goods across borders"],
            answer=["Free-trade regime, simpler customs procedures, unified rules on moving goods across borders",
                    "Customs union with single tariffs, a common competition policy and a single regulating body",
                    "No customs controls on internal borders; full freedom of movement for services, capital "
                    "and labour; the regulating body also controls natural monopolies"],
            points=2, hint=["Box 1 of the paper (notebooks/bibliography.md#paper) and lesson 02, section "
                            "2 (the SES Concept of 2003).",
                            "The SES climbs from free trade to a customs union to an economic union: "
                            "match each description to the step whose tools it names."])

# %%
ex.matching("q2", "Match each SES body with how it decides, according to the Concept (paper §4).",
            left=["Council of Heads of State (stage one)", "Commission (from stage two)"],
            right=["One state, one vote; decisions by consensus",
                   "Votes weighted by each state's economic potential (Art. V)",
                   "Simple majority of the four states, one vote each",
                   "Decisions by the Russian president alone"],
            answer={"Council of Heads of State (stage one)": "One state, one vote; decisions by consensus",
                    "Commission (from stage two)": "Votes weighted by each state's economic potential (Art. V)"},
            points=2, hint=["§4 of the paper (notebooks/bibliography.md#paper) and lesson 02, section 3 "
                            "(“Who decides?”).",
                            "§4: 'No institutional body is envisaged on the first stage except…'; the "
                            "Commission comes with the customs union."])

# %%
ex.choice("q3", "Which of these is <b>not</b> one of the three strategies for Russia's foreign economic "
          "policy that Khristenko sets out (paper §4)?",
          options=["Protectionism: saturate the internal market, export later",
                   "Speedy liberalisation, weighed against its social risks",
                   "Widening the accessible market into a homogeneous space for Russian companies",
                   "Import substitution financed by a sovereign oil fund"],
          answer="Import substitution financed by a sovereign oil fund", points=1,
          hint=["§4 of the paper (notebooks/bibliography.md#paper), the paragraph after Khristenko's "
                "quotation; lesson 02, section 1.",
                "The paper lists exactly three approaches: tick off each option you find in that "
                "paragraph; the one left over has no place in it."])

# %%
ex.choice("q4", "At the Yalta summit of May 2004, who recommended moving <b>directly to the customs "
          "union</b> (paper §4)?",
          options=["Putin", "Nazarbaev", "Kuchma / Ukraine", "Lukashenko"],
          answer="Nazarbaev", points=1,
          hint=["Lesson 02, section 6 (Yalta, May 2004) and §4 of the paper "
                "(notebooks/bibliography.md#paper).",
                "Ukraine wanted only a free-trade zone; Putin proposed a first package on foreign trade, "
                "tariffs and the business environment. Of the two leaders left, which pressed to go "
                "further, faster?"])

# %% [markdown]
# ## Part B · Voting power by hand, then with the calculator
#
# Imagine a Commission with **invented** weights (not the Concept's — it gives none):
# Russia 3, Ukraine 2, Kazakhstan 2, Belarus 1. A decision passes with **at least 5** of
# the 8 votes. List every winning coalition; in each, a member is a *swing* if the
# coalition loses without it.
#
# **Q5 (1 point).** In how many winning coalitions is Russia a swing? Work it out on
# paper first.

# %%
ex.numeric("q5", "Number of winning coalitions in which Russia (weight 3) is a swing voter.", answer=5,
           tol=0, points=1,
           hint=["Lesson 02, section 3: a member is a swing voter in a winning coalition that loses "
                 "without it. The weights and the quota are in the question.",
                 "The winning coalitions are RU+UA, RU+KZ, RU+UA+KZ, RU+UA+BY, RU+KZ+BY, UA+KZ+BY and "
                 "all four. Remove Russia from each one that contains it: does what is left still reach "
                 "the quota?"])

# %% [markdown]
# **Q6 (2 points).** Russia's **normalised Banzhaf index** is its swings divided by the
# swings of all four members. Count the others' swings, compute the index by hand, then
# check your result with the calculator: `voting.banzhaf(weights, quota)` returns the
# indices in the order of the weights. Give three decimals.

# %%
ex.numeric("q6", "Russia's normalised Banzhaf index in the game [5; 3, 2, 2, 1].", answer=0.4167, tol=0.002,
           points=2, hint=["Lesson 02, section 3: the normalised Banzhaf index is a member's swings "
                           "divided by every member's swings.",
                           "Russia's swings are your answer to Q5; Ukraine and Kazakhstan are swings 3 "
                           "times each, Belarus once. Divide Russia's count by the total of the four "
                           "counts."])

# %%
### BEGIN SOLUTION
# STUDENT: russia_banzhaf = ...   # by hand, then compare with voting.banzhaf([3, 2, 2, 1], 5)
russia_banzhaf = voting.banzhaf([3, 2, 2, 1], 5)[0]
### END SOLUTION
ex.check("q6", russia_banzhaf)

# %% [markdown]
# **Q7 (1 point).** Now the real weights of the thought experiment in the lesson: the
# Big Four's **GDP in US dollars in 2004** (`market.gdp_weights(market.BIG_FOUR, 2004, "US$")`)
# and a quota of **90 %** of the total weight (`voting.quota_for_share`). What is Russia's
# **Shapley–Shubik** index? Use `voting.power_table(...)` or `voting.shapley_shubik(...)`.

# %%
ex.numeric("q7", "Russia's Shapley–Shubik index, Big Four, GDP (US$) 2004, quota 90 %.", answer=0.5833,
           tol=0.002, points=1,
           hint=["Lesson 02, section 3 computes the indices with course.market and course.voting: reuse "
                 "its calls.",
                 "weights = market.gdp_weights(market.BIG_FOUR, 2004, 'US$'); "
                 "voting.shapley_shubik(weights.values, voting.quota_for_share(weights.values, 0.9)); "
                 "Russia is the row 'RUS' of weights.index."])

# %%
### BEGIN SOLUTION
# STUDENT: russia_ss = ...
weights = market.gdp_weights(market.BIG_FOUR, 2004, "US$")
ss = voting.shapley_shubik(weights.values, voting.quota_for_share(weights.values, 0.9))
russia_ss = ss[list(weights.index).index("RUS")]
### END SOLUTION
ex.check("q7", russia_ss)

# %% [markdown]
# ## Part C · The paper's numbers against the data (pandas)
#
# The macro table (`data.load("macro")`, World Bank) has one row per state and year.
# "The CIS" here means the 12 states taking part in 2003–04: `market.CIS12`; the Big
# Four are `market.BIG_FOUR`.

# %%
macro = data.load("macro")
macro.head()

# %% [markdown]
# **Q8 (2 points).** Compute the Big Four's share, in per cent, of the CIS-12's **GDP at
# market exchange rates** (`gdp_usd`) in **2003**. Use pandas (filter the year and the 12
# states, sum) — not `market.group_share`. Compare with the paper's 94 %.

# %%
ex.numeric("q8", "Big Four share of CIS-12 GDP (US$), 2003.", answer=93.71, tol=0.1, units="%", points=2,
           hint=["Lesson 02, section 4 (the Big Four in numbers) uses the macro table with market.CIS12 "
                 "and market.BIG_FOUR.",
                 "y = macro[(macro.year == 2003) & macro.iso3.isin(market.CIS12)]; then 100 * "
                 "y.loc[y.iso3.isin(market.BIG_FOUR), 'gdp_usd'].sum() / y['gdp_usd'].sum()"])

# %%
### BEGIN SOLUTION
# STUDENT: big4_share = ...
y2003 = macro[(macro["year"] == 2003) & macro["iso3"].isin(market.CIS12)]
big4_share = 100 * y2003.loc[y2003["iso3"].isin(market.BIG_FOUR), "gdp_usd"].sum() / y2003["gdp_usd"].sum()
### END SOLUTION
ex.check("q8", big4_share)

# %% [markdown]
# **Q9 (2 points).** The paper says Russia's GDP per head is the highest among the CIS
# states (§4). List the ISO3 codes of every CIS-12 state whose **GDP per head at PPP**
# (`gdp_pc_ppp`, current World Bank vintage) was **higher than Russia's in 2004**.

# %%
ex.items("q9", "CIS-12 states with a higher GDP per head at PPP than Russia, 2004 (ISO3 codes).",
         answer=["KAZ"], points=2,
         hint=["Lesson 02, section 5 (bigger market, less buying power) compares GDP per head at PPP.",
               "Filter 2004 and the CIS-12, take Russia's gdp_pc_ppp, keep the rows above it."])

# %%
### BEGIN SOLUTION
# STUDENT: richer = ...   # a list or Series of ISO3 codes
y2004 = macro[(macro["year"] == 2004) & macro["iso3"].isin(market.CIS12)]
russia_pc = y2004.loc[y2004["iso3"] == "RUS", "gdp_pc_ppp"].item()
richer = y2004.loc[y2004["gdp_pc_ppp"] > russia_pc, "iso3"]
### END SOLUTION
ex.check("q9", richer)

# %%
ex.choice("q10", "The paper's '88 per cent of the total trade flows' (§4). In the IMF data for 2003–04, "
          "which definition comes closest to 88 %? (Use <code>market.trade_shares(data.load("
          "'cis_trade_2002_2005'), 2003)</code>.)",
          options=["The Big Four's share of the CIS states' total trade with the world",
                   "The share of intra-CIS trade reported by the Big Four",
                   "The share of intra-CIS trade with a Big Four state on either side",
                   "The share of intra-CIS trade between Big Four states only"],
          answer="The share of intra-CIS trade reported by the Big Four", points=1,
          hint=["Lesson 02, section 4 runs market.trade_shares for the paper's “88 per cent”.",
                "Run the function for 2003 and 2004 and compare the share_pct column with 88."])

# %% [markdown]
# ## Part D · A chart (Altair)
#
# **Q11 (2 points).** Make a **line chart** of the Big Four's share of CIS-12 GDP at market
# exchange rates for every year from 1995 to 2015: a table with columns `year` and
# `share_pct` (you may use `market.group_share(market.BIG_FOUR, market.CIS12, year,
# "gdp_usd")` in a loop), **`mark_line`**, `year` on the **x** axis, `share_pct` on the
# **y** axis, with a `title` and a `description`. Then check it.

# %%
ex.chart("q11", "Line chart of the Big Four's share of CIS-12 GDP, 1995–2015.",
         answer=[{"path": "mark.type", "equals": "line", "message": "Use a line: mark_line()."},
                 {"path": "encoding.x.field", "equals": "year", "message": "Put the field year on the x axis."},
                 {"path": "encoding.y.field", "equals": "share_pct",
                  "message": "Put the field share_pct on the y axis."}],
         points=2, hint=["The question lists the mark and the fields the checker wants; lesson 02, "
                         "section 4 draws a similar chart.",
                         "alt.Chart(df, title=..., description=...).mark_line().encode(x='year:O', "
                         "y='share_pct:Q')"])

# %%
### BEGIN SOLUTION
# STUDENT: chart = ...
share_by_year = pd.DataFrame({"year": range(1995, 2016)})
share_by_year["share_pct"] = [market.group_share(market.BIG_FOUR, market.CIS12, y, "gdp_usd")
                              for y in share_by_year["year"]]
chart = alt.Chart(share_by_year, title="The Big Four's share of CIS-12 GDP (US$), 1995–2015",
                  description="Line chart: the Big Four's share of the 12 CIS states' GDP at market exchange "
                              "rates stays around 90–95 % from 1995 to 2015.").mark_line(point=True).encode(
    x=alt.X("year:O", title=None), y=alt.Y("share_pct:Q", title="Share (%)", scale=alt.Scale(zero=False)))
### END SOLUTION
ex.check("q11", chart)
chart

# %% [markdown]
# ## Part E · A short argument
#
# **Q12 (4 points, scored by your instructor).** Write your answer in the box and press
# *Check* to submit it; the rubric appears after you submit.

# %%
ex.text("q12", "In 150–250 words: <b>Who gains most from the SES?</b> Take a position on Russia, "
        "Ukraine, Belarus or Kazakhstan, and support it with the paper (§4) and at least one number you "
        "computed in this module.",
        rubric=["States a clear position and names who gains and in what (market access, energy prices, "
                "VAT on oil and gas, power in the institutions) (1 point).",
                "Uses the paper's economic argument correctly: small market gain for Russia (+50 % consumers, "
                "less in buying power; Russia–Belarus customs union already in place) against gains for the "
                "partners (exports to Russia, cheap energy, the VAT switch worth some $800 million a year to "
                "Ukraine) (1 point).",
                "Uses the institutional argument: weighted votes by economic potential (Art. V) make Russia "
                "dominant from stage two, supported by a computed power index or weight share (1 point).",
                "Weighs a counter-argument or a limit of the evidence (e.g. geopolitical gains for Russia, "
                "Ukraine's EU goal, the paper's numbers depending on definitions) (1 point)."],
        points=4, min_words=120)

# %% tags=["solution-only"]
ex.submit("q1", ["Free-trade regime, simpler customs procedures, unified rules on moving goods across borders",
                 "Customs union with single tariffs, a common competition policy and a single regulating body",
                 "No customs controls on internal borders; full freedom of movement for services, capital "
                 "and labour; the regulating body also controls natural monopolies"])
ex.submit("q2", {"Council of Heads of State (stage one)": "One state, one vote; decisions by consensus",
                 "Commission (from stage two)": "Votes weighted by each state's economic potential (Art. V)"})
ex.submit("q3", "Import substitution financed by a sovereign oil fund")
ex.submit("q4", "Nazarbaev")
ex.submit("q5", 5)
ex.submit("q10", "The share of intra-CIS trade reported by the Big Four")
ex.submit("q12", "Model answer: In money terms the partners gain most, and Ukraine above all. The paper "
          "shows that Russia's market gain is modest: the Big Four have about half again Russia's "
          "population (I computed +51 % for 2004), but GDP per head of the union at market rates is only "
          "about four fifths of Russia's, so buying power grows much less; Belarus already shares a customs "
          "union with Russia, and Ukraine wants no more than a free-trade area. The partners, by contrast, "
          "gain access to the Russian market for their manufactures and farm goods, and cheap oil and gas; "
          "the switch to the destination principle for VAT on oil and gas could give Ukraine's budget some "
          "$800 million a year, while costing Russia about 34 billion roubles in 2005. Yet Russia gains in "
          "power: from stage two the Commission votes by economic potential (Art. V). With 2004 GDP weights "
          "Russia holds about 82 % of the weight, so at any quota below that it decides alone and above it "
          "it keeps a veto. The answer therefore depends on the currency of gain: money flows to the "
          "partners, control to Moscow, which is why the paper concludes that Russia's arithmetic must "
          "include geopolitical variables. A limit: the paper's own numbers depend on definitions, e.g. "
          "94 % of CIS GDP holds at market rates but not at PPP.")
for qid in ["q1", "q2", "q3", "q4", "q5", "q10", "q12"]:
    print(ex.questions[qid].last.text())

# %% [markdown]
# ## Your score
#
# The table updates each time you check an answer. Hand in this notebook and the file
# `progress/02_single_economic_space.json` if your instructor asks for them.

# %%
ex.summary()
