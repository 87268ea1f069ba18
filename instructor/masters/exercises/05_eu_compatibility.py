# %% [markdown]
# # Module 05 · Exercises: EU compatibility
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
from course.topics import compatibility as cp
from course.questions import Exercise

import altair as alt
import pandas as pd

charts.enable()
ex = Exercise("05_eu_compatibility", title="Module 05 — EU compatibility")

# %% [markdown]
# ## Part A · EU–Russia relations and the rules of the game

# %%
ex.ordering("q1", "Put these steps of EU–Russia relations in the order they happened "
            "(data/eu_russia_timeline.csv, whose rows name their sources).",
            items=["Road maps for the four Common Spaces adopted", "PCA signed in Corfu",
                   "Four Common Spaces agreed in St Petersburg", "PCA enters into force",
                   "Moscow summit sets up a high-level group on the CEES"],
            answer=["PCA signed in Corfu", "PCA enters into force",
                    "Moscow summit sets up a high-level group on the CEES",
                    "Four Common Spaces agreed in St Petersburg",
                    "Road maps for the four Common Spaces adopted"],
            points=2, hint=["Lesson 05, section 1 (two vectors, one calendar) and "
                            "data/eu_russia_timeline.csv.",
                            "The PCA came first (1994, in force 1997); the road maps came after the "
                            "paper was written (2005). Sort the steps in between by the dates in the "
                            "timeline table."])

# %%
ex.choice("q2", "What does a customs union have that a free trade area does not?",
          options=["Tariff-free trade among its members", "One common external tariff towards non-members",
                   "Rules of origin", "A common currency"],
          answer="One common external tariff towards non-members", points=1,
          hint=["Lesson 05, section 2 (why the two projects can collide) and lesson 04, section 1 (the "
                "rungs).",
                "In a free trade area each member keeps its own tariff towards outsiders: what must the "
                "members of a customs union agree on instead?"])

# %%
ex.multi("q3", "Under the course's rules, which of these pairs of Ukraine's commitments are "
         "<b>incompatible</b>?",
         options=["FTA with the SES + FTA with the EU", "Customs union with the SES + FTA with the EU",
                  "Customs union with the SES + EU membership", "FTA with the SES + EU membership",
                  "FTA with the EU + EU membership", "Customs union with the SES + WTO membership"],
         answer=["Customs union with the SES + FTA with the EU", "Customs union with the SES + EU membership",
                 "FTA with the SES + EU membership"], points=2,
         hint=["Lesson 05, section 4 (the compatibility checker) applies the course's rules.",
               "EU membership is itself a customs union. A customs union rules out another customs union "
               "and any FTA of your own with an outsider."])

# %%
ex.matching("q4", "Who said or argued what? (paper §8)",
            left=["V. A. Chizhov", "V. V. Putin", "V. B. Khristenko", "M. Emerson"],
            right=["the integration projects 'do not obstruct the progress of one another'",
                   "the SES and the EU space are about 'harmonising relations within Greater Europe'",
                   "Mexico, in NAFTA, also has a free trade agreement with the EU",
                   "Russia wants two hub-and-spoke systems, with the EU not interfering in the CIS"],
            answer={"V. A. Chizhov": "the integration projects 'do not obstruct the progress of one another'",
                    "V. V. Putin": "the SES and the EU space are about 'harmonising relations within Greater Europe'",
                    "V. B. Khristenko": "Mexico, in NAFTA, also has a free trade agreement with the EU",
                    "M. Emerson": "Russia wants two hub-and-spoke systems, with the EU not interfering in the CIS"},
            points=2, hint=["§8 of the paper (notebooks/bibliography.md#paper) and lesson 05, section 3 "
                            "(the official Russian position).",
                            "One deputy foreign minister, one president, one minister with a precedent, "
                            "one analyst with a model."])

# %%
ex.choice("q5", "Khristenko's Mexico/NAFTA precedent supports which Ukrainian position best?",
          options=["A customs union with the SES and an FTA with the EU",
                   "An FTA with the SES and an FTA with the EU",
                   "A customs union with the SES and EU membership",
                   "EU membership while keeping its own FTA with the SES"],
          answer="An FTA with the SES and an FTA with the EU", points=1,
          explanation="NAFTA is a free trade area: the precedent covers two FTAs side by side, not a "
                      "customs union (the SES Concept's second stage).",
          hint=["Lesson 05, section 3: Khristenko's precedent is Mexico in NAFTA.",
                "Is NAFTA a customs union or a free trade area? What does that leave Mexico free to sign "
                "with others?"])

# %%
ex.short("q6", "The paper (§8) names two issues of the compatibility problem besides tariffs: the "
         "compatibility of standards and the rules of … (one word)?",
         answer="origin", points=1,
         hint=["§8 of the paper (notebooks/bibliography.md#paper); lesson 05, section 2 (why the two "
               "projects can collide).",
               "They decide which goods count as coming from a partner, and so trade duty-free: “the "
               "rules of … of a product”."])

# %% [markdown]
# ## Part B · Working with the checker and the data (pandas)
#
# `cp.all_combinations()` returns a DataFrame with one row for each of the 32 sets of
# Ukraine's five commitments: a True/False column per commitment (`fta_ses`, `cu_ses`,
# `fta_eu`, `eu_member`, `wto`), `n_chosen`, and the verdict in `status`
# (`"compatible"`, `"compatible on conditions"`, `"incompatible"` or `"nothing chosen"`).

# %%
combos = cp.all_combinations()
combos.head()

# %% [markdown]
# **Q7 (2 points).** Among the sets that include **WTO membership** and at least one other
# commitment, how many are **not** incompatible (that is, compatible, with or without
# conditions)?

# %%
ex.numeric("q7", "Number of sets with WTO membership plus at least one other commitment that are not "
           "incompatible (compute it below).", answer=7, tol=0, points=2,
           hint=["Lesson 05, section 4: the compatibility checker's table of commitment sets.",
                 "Filter wto == True and n_chosen >= 2, then keep status != 'incompatible' and count "
                 "rows."])

# %%
### BEGIN SOLUTION
# STUDENT: n_ok = ...   # your pandas code
with_wto = combos[combos["wto"] & (combos["n_chosen"] >= 2)]
n_ok = int((with_wto["status"] != cp.INCOMPATIBLE).sum())
### END SOLUTION
ex.check("q7", n_ok)

# %% [markdown]
# **Q8 (2 points).** The trade table `data/ukraine_trade_partners.csv` has one row per year
# and partner (`European Union`, `Russia`, `Belarus`, `Kazakhstan`, `World`) with Ukraine's
# reported `exports_usd_m`, `imports_usd_m` and `turnover_usd_m` (million US$). What share,
# in per cent, of Ukraine's total goods **turnover** in **2004** was with the **European
# Union**? Give one decimal.

# %%
trade = data.load("ukraine_trade_partners")
trade[trade["year"] == 2004]

# %%
ex.numeric("q8", "EU share of Ukraine's goods turnover in 2004.", answer=32.47, tol=0.1, units="%",
           points=2, hint=["Lesson 05, section 6 (what was at stake: Ukraine's trade) has turnover by "
                           "partner and year.",
                           "Divide the 2004 EU turnover by the 2004 World turnover and multiply by 100."])

# %%
### BEGIN SOLUTION
# STUDENT: eu_share = ...
y2004 = trade[trade["year"] == 2004].set_index("partner")["turnover_usd_m"]
eu_share = 100 * y2004["European Union"] / y2004["World"]
### END SOLUTION
ex.check("q8", eu_share)

# %% [markdown]
# ## Part C · A chart (Altair)
#
# **Q9 (2 points).** Make a **line chart** (`mark_line`) of Ukraine's goods turnover with
# the **European Union** and with **Russia**, 1996–2008: **year on the x axis** (field
# `year`), **turnover on the y axis** (field `turnover_usd_m`) and one line per **partner**
# in colour (field `partner`), with a `title` and a `description`. Then check it.

# %%
ex.chart("q9", "Line chart of Ukraine's turnover with the EU and Russia, 1996–2008.",
         answer=[{"path": "mark.type", "equals": "line", "message": "Use lines: mark_line()."},
                 {"path": "encoding.x.field", "equals": "year", "message": "Put the field year on the x axis."},
                 {"path": "encoding.y.field", "equals": "turnover_usd_m",
                  "message": "Put the field turnover_usd_m on the y axis."},
                 {"path": "encoding.color.field", "equals": "partner",
                  "message": "Colour the lines by the field partner."}],
         points=2, hint=["Lesson 05, section 6 draws a similar chart; the question lists what the "
                         "checker wants.",
                         "Filter the partners with .isin([...]) and the years with .between(1996, 2008), "
                         "then alt.Chart(df, title=..., description=...).mark_line().encode(x=..., "
                         "y=..., color=...)"])

# %%
### BEGIN SOLUTION
# STUDENT: chart = ...
two = trade[trade["partner"].isin(["European Union", "Russia"]) & trade["year"].between(1996, 2008)]
chart = alt.Chart(two, title="Ukraine's goods turnover with the EU and Russia, 1996–2008",
                  description="Two lines of Ukraine's reported goods exports plus imports, million US$, "
                              "with the European Union and with Russia; the EU line passes Russia's "
                              "around 2001.").mark_line(point=True).encode(
    x=alt.X("year:O", title=None),
    y=alt.Y("turnover_usd_m:Q", title="Million US$ (current)"),
    color=alt.Color("partner:N", title="Partner"))
### END SOLUTION
ex.check("q9", chart)
chart

# %% [markdown]
# ## Part D · Advise Kyiv
#
# **Q10 (4 points, scored by your instructor).** Use the checker to test the options before
# you write:

# %%
cp.checker()

# %%
ex.text("q10", "It is 2005. In 150–250 words, advise Kyiv: which combination of commitments (FTA with the "
        "SES, customs union with the SES, FTA with the EU, EU membership as a goal, WTO membership) would you "
        "sign, and why? Name what your choice rules out.",
        rubric=["States a combination and shows it is coherent with the tariff rules (e.g. no customs union "
                "together with an FTA of its own with an outsider, or with EU membership) (1 point).",
                "Names what the choice rules out and the cost of that, e.g. the SES customs union stage, or "
                "the EU path (paper §4, §8) (1 point).",
                "Uses evidence: the trade data (EU and SES partners of similar weight around 2004), the "
                "official Russian position or Khristenko's Mexico precedent, with its limits (1 point).",
                "Separates a legal rule from a political reading (the paper's, Moscow's or Emerson's), and "
                "notes a condition such as rules of origin or WTO tariff commitments (1 point)."],
        points=4, min_words=120)

# %% tags=["solution-only"]
ex.submit("q1", ["PCA signed in Corfu", "PCA enters into force",
                 "Moscow summit sets up a high-level group on the CEES",
                 "Four Common Spaces agreed in St Petersburg", "Road maps for the four Common Spaces adopted"])
ex.submit("q2", "One common external tariff towards non-members")
ex.submit("q3", ["Customs union with the SES + FTA with the EU", "Customs union with the SES + EU membership",
                 "FTA with the SES + EU membership"])
ex.submit("q4", {"V. A. Chizhov": "the integration projects 'do not obstruct the progress of one another'",
                 "V. V. Putin": "the SES and the EU space are about 'harmonising relations within Greater Europe'",
                 "V. B. Khristenko": "Mexico, in NAFTA, also has a free trade agreement with the EU",
                 "M. Emerson": "Russia wants two hub-and-spoke systems, with the EU not interfering in the CIS"})
ex.submit("q5", "An FTA with the SES and an FTA with the EU")
ex.submit("q6", "origin")
ex.submit("q10", "Model answer: Kyiv should sign a free trade area with the SES and seek a free trade area "
          "with the EU, keeping EU membership as a long-term goal, and join the WTO. Two FTAs can coexist "
          "because Ukraine keeps its own external tariff in each; the condition is rules of origin and "
          "compatible standards, which the paper names in section 8. Khristenko's Mexico precedent supports "
          "exactly this, but only this: NAFTA is a free trade area, so the precedent says nothing about the "
          "SES Concept's second stage. A customs union with the SES would end the EU option, since its "
          "members apply one common external tariff and cannot keep an FTA of their own with the EU, and EU "
          "membership means joining the EU customs union; the paper itself calls membership unthinkable "
          "with a customs union with Russia. The trade data show why Kyiv should not close either door: "
          "around 2004 the EU and the three SES partners each took roughly a third of Ukraine's goods "
          "turnover. The cost is Moscow's displeasure: Russia wanted more than an FTA and paid for the SES "
          "with VAT concessions. Moscow's official line that the projects do not obstruct one another is a "
          "political reading; the tariff rule is not.")
for qid in ["q1", "q2", "q3", "q4", "q5", "q6", "q10"]:
    print(ex.questions[qid].last.text())

# %% [markdown]
# ## Your score
#
# The table updates each time you check an answer. Hand in this notebook and the file
# `progress/05_eu_compatibility.json` if your instructor asks for them.

# %%
ex.summary()
