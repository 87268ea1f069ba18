# %% [markdown]
# # Module 00 · Exercises: Start here
#
# **10 questions · 17 points** (14 scored automatically, 3 by your instructor).

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
from course.questions import Exercise

import altair as alt
import pandas as pd

charts.enable()
ex = Exercise("00_start_here", title="Module 00 — Start here")

# %% [markdown]
# ## Part A · Terms and states

# %%
ex.choice("q1", "Which name does the paper say it will use “consistently throughout” for the integration "
          "project of Belarus, Kazakhstan, Russia and Ukraine (even though it sometimes slips)?",
          options=["Common Economic Space (CES)", "Single Economic Space (SES)",
                   "Common European Economic Space (CEES)", "Eurasian Economic Community (EurAsEC)"],
          answer="Single Economic Space (SES)", points=1,
          hint=["Footnote 1 of the paper (notebooks/bibliography.md#paper) is where the names are sorted "
                "out; lesson 00, section 3 retells it.",
                "Fn 1 lists four English names for the same project and says which one became standard; "
                "the paper then promises to use that name throughout. One option is a European project "
                "and one another organisation: set those two aside first."])

# %%
ex.multi("q2", "Tick the four states of the “Big Four”.",
         options=["Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russia", "Ukraine", "Uzbekistan"],
         answer=["Belarus", "Kazakhstan", "Russia", "Ukraine"], points=1,
         hint=["Lesson 00, section 3 (the terminology tangle) introduces the SES and its members.",
               "They are the four parties to the SES agreement signed at Yalta in 2003."])

# %%
ex.matching("q3", "Match each acronym to what it stands for.",
            left=["CIS", "SES", "CEES", "EurAsEC", "CSTO"],
            right=["Collective Security Treaty Organization", "Common European Economic Space",
                   "Commonwealth of Independent States", "Eurasian Economic Community",
                   "Single Economic Space"],
            answer={"CIS": "Commonwealth of Independent States", "SES": "Single Economic Space",
                    "CEES": "Common European Economic Space", "EurAsEC": "Eurasian Economic Community",
                    "CSTO": "Collective Security Treaty Organization"},
            points=2, hint=["The glossary table in lesson 00, section 3 (data/glossary.csv), lists every "
                            "acronym.",
                            "Match by initials: write down the first letter of each main word of a long "
                            "name (Partnership and Cooperation Agreement gives PCA) and compare; in "
                            "EurAsEC, “Eur” and “As” are two words run together."])

# %%
ex.ordering("q4", "Put these founding texts of the CIS in the order they were signed.",
            items=["CIS Charter", "Treaty on the Creation of the Economic Union",
                   "Alma-Ata Protocol", "Agreement on a CIS Free Trade Area", "Belovezha Agreement"],
            answer=["Belovezha Agreement", "Alma-Ata Protocol", "CIS Charter",
                    "Treaty on the Creation of the Economic Union", "Agreement on a CIS Free Trade Area"],
            points=2, hint=["Lesson 00, section 3, “The founding texts of the CIS”, lists them with "
                            "their dates.",
                            "Two were signed in December 1991, two in 1993, one in 1994: put the 1994 "
                            "text last, then order each pair by the dates in the lesson's table."])

# %%
ex.choice("q5", "According to the paper (§2), which region comes first among the regional "
          "priorities of Russia's Foreign Policy Concept of 2000?",
          options=["The European Union", "The CIS", "The United States", "Asia"],
          answer="The CIS", points=1,
          hint=["§2 of the paper (notebooks/bibliography.md#paper) goes through the regional priorities "
                "of the 2000 Foreign Policy Concept.",
                "The paper quotes the Concept: one regional integration “takes the fist [sic] place”. "
                "Which of the options is a regional integration of the post-Soviet states?"])

# %% [markdown]
# ## Part B · Working with the course data (pandas)
#
# The memberships table has one row per state and organisation, with `joined` and
# `left` dates (`left` is empty while the state is still in). Some states have two rows
# for the same organisation when their role changed.

# %%
members = data.load("memberships")
members.head()

# %% [markdown]
# **Q6 (1 point).** How many states founded the CIS, that is, joined it on or before
# 21 December 1991 (the Alma-Ata Protocol)? Count each state once.

# %%
ex.numeric("q6", "Number of founding states of the CIS (compute it below).", answer=11, tol=0,
           points=1, hint=["Use the memberships table shown above: one row per state and organisation, "
                           "with a joined date.",
                           "Filter org_id == 'CIS' and joined <= '1991-12-21', then count unique iso3."])

# %%
### BEGIN SOLUTION
# STUDENT: founders = ...   # your pandas code
cis = members[members["org_id"] == "CIS"]
founders = cis.loc[cis["joined"] <= "1991-12-21", "iso3"].nunique()
### END SOLUTION
ex.check("q6", founders)

# %% [markdown]
# **Q7 (2 points).** List the ISO3 codes of all states that were in the CIS *in any role*
# on 1 July 2010. A state is in on a day if it joined on or before that day and has not
# left, or left after that day.

# %%
ex.items("q7", "ISO3 codes of the states in the CIS on 1 July 2010 (order does not matter).",
         answer=["ARM", "AZE", "BLR", "KAZ", "KGZ", "MDA", "RUS", "TJK", "TKM", "UKR", "UZB"],
         points=2, hint=["The memberships table again, with the test for “in on a day” that the text "
                         "above the question spells out.",
                         "Keep rows with joined <= day and (left is missing or left > day); missing "
                         "dates are NaT, test them with .isna()."])

# %%
### BEGIN SOLUTION
# STUDENT: in_2010 = ...   # a list or Series of ISO3 codes
day = pd.Timestamp("2010-07-01")
cis = members[members["org_id"] == "CIS"]
in_2010 = cis.loc[(cis["joined"] <= day) & (cis["left"].isna() | (cis["left"] > day)), "iso3"]
### END SOLUTION
ex.check("q7", in_2010)

# %% [markdown]
# **Q8 (2 points).** The macro table has the population of each state by year (World
# Bank). What was Russia's share, in per cent, of the total population of the 15
# post-Soviet states in 2003? Give one decimal.

# %%
macro = data.load("macro")
ex.numeric("q8", "Russia's share of the 15 states' population in 2003.", answer=50.55, tol=0.1,
           units="%", points=2, hint=["The macro table has one row per state and year, with a population "
                                      "column.",
                                      "Filter year == 2003, divide Russia's population by the sum over "
                                      "all 15 rows, multiply by 100."])

# %%
### BEGIN SOLUTION
# STUDENT: share = ...
y2003 = macro[macro["year"] == 2003]
share = 100 * y2003.loc[y2003["iso3"] == "RUS", "population"].sum() / y2003["population"].sum()
### END SOLUTION
ex.check("q8", share)

# %% [markdown]
# ## Part C · A chart (Altair)
#
# **Q9 (2 points).** Make a horizontal bar chart of the population of the 15 states in
# 2003: **bars** (`mark_bar`), **population on the x axis** (field `population`), the
# **English name on the y axis** (field `name_en`, from `data.load("states")`), with a
# `title` and a `description` (every course chart has both). Then check it.

# %%
ex.chart("q9", "Bar chart of population by state, 2003.",
         answer=[{"path": "mark.type", "equals": "bar", "message": "Use bars: mark_bar()."},
                 {"path": "encoding.x.field", "equals": "population",
                  "message": "Put the field population on the x axis."},
                 {"path": "encoding.y.field", "equals": "name_en",
                  "message": "Put the field name_en on the y axis."}],
         points=2, hint=["The question lists what the checker looks for: the mark, the field on each "
                         "axis, a title and a description.",
                         "alt.Chart(df, title=..., description=...).mark_bar().encode(x=..., y=...), "
                         "where df is the 2003 rows of macro merged with data.load('states') on iso3."])

# %%
### BEGIN SOLUTION
# STUDENT: chart = ...
pop = macro[macro["year"] == 2003].merge(data.load("states"), on="iso3")
chart = alt.Chart(pop, title="Population of the post-Soviet states, 2003",
                  description="Horizontal bars of the population of each of the 15 states in 2003; "
                              "Russia is by far the largest.").mark_bar().encode(
    x=alt.X("population:Q", title="Population (persons)"),
    y=alt.Y("name_en:N", sort="-x", title=None))
### END SOLUTION
ex.check("q9", chart)
chart

# %% [markdown]
# ## Part D · A short argument
#
# **Q10 (3 points, scored by your instructor).** Write your answer in the box and press
# *Check* to submit it; the rubric appears after you submit.

# %%
ex.text("q10", "In 80–150 words: why does the “terminology tangle” (SES, CES, IES, UES, CEES) "
        "matter when you read sources on Russia's integration policy? Use one concrete example.",
        rubric=["Explains that the same acronym can name different projects (CES: Big Four vs EU–Russia) "
                "and different names the same project (1 point).",
                "Gives a concrete example of a sentence or source that could be misread (1 point).",
                "Draws a consequence for reading or citing sources, e.g. check the parties and "
                "the date (1 point)."],
        points=3, min_words=60)

# %% tags=["solution-only"]
ex.submit("q1", "Single Economic Space (SES)")
ex.submit("q2", ["Belarus", "Kazakhstan", "Russia", "Ukraine"])
ex.submit("q3", {"CIS": "Commonwealth of Independent States", "SES": "Single Economic Space",
                 "CEES": "Common European Economic Space", "EurAsEC": "Eurasian Economic Community",
                 "CSTO": "Collective Security Treaty Organization"})
ex.submit("q4", ["Belovezha Agreement", "Alma-Ata Protocol", "CIS Charter",
                 "Treaty on the Creation of the Economic Union", "Agreement on a CIS Free Trade Area"])
ex.submit("q5", "The CIS")
ex.submit("q10", "Model answer: 'CES' named the Big Four project in some documents and the EU-Russia "
          "economic space in others, so a 2005 report on a 'CES summit' could be about Yalta or about "
          "Brussels. A reader who assumes one meaning may attribute an EU road map to the Big Four. "
          "Always check the parties, the date and the original Russian term before citing.")
for qid in ["q1", "q2", "q3", "q4", "q5", "q10"]:
    print(ex.questions[qid].last.text())

# %% [markdown]
# ## Your score
#
# The table updates each time you check an answer. Hand in this notebook and the file
# `progress/00_start_here.json` if your instructor asks for them.

# %%
ex.summary()
