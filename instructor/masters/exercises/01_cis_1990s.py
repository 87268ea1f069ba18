# %% [markdown]
# # Module 01 · Exercises: The CIS in the 1990s
#
# **15 questions · 23 points** (19 scored automatically, 4 by your instructor).

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
# You need the lesson `notebooks/01_cis_1990s.ipynb` and the paper (§3, §5, §7). Run the
# next cell first.

# %%
# The course first: it makes the Altair import about 1 s faster (course/__init__.py).
from course import charts, data
from course.questions import Exercise

import altair as alt
import pandas as pd

charts.enable()
ex = Exercise("01_cis_1990s", title="Module 01 — The CIS in the 1990s")

agreements = data.load("agreements_1991_2000")
members = data.load("memberships")
record = data.load("cis_implementation_record")

# %% [markdown]
# ## Part A · Founding texts and grand designs

# %%
ex.ordering("q1", "Put these agreements of the narrowing circle in the order they were signed.",
            items=["Treaty on the Creation of a Union State",
                   "“Group of Four” treaty on increased integration",
                   "Treaty on the Union of Belarus and Russia",
                   "Russia–Belarus Agreement on the Customs Union",
                   "Treaty on the Customs Union and Single Economic Space",
                   "Treaty on the Formation of the Community of Russia and Belarus"],
            answer=["Russia–Belarus Agreement on the Customs Union",
                    "“Group of Four” treaty on increased integration",
                    "Treaty on the Formation of the Community of Russia and Belarus",
                    "Treaty on the Union of Belarus and Russia",
                    "Treaty on the Customs Union and Single Economic Space",
                    "Treaty on the Creation of a Union State"],
            points=2, hint=["The narrowing circle is lesson 01, section 7; data/agreements_1991_2000.csv "
                            "has every date.",
                            "Two were signed four days apart in spring 1996; the `signed` column of "
                            "data/agreements_1991_2000.csv has every date."])

# %%
ex.multi("q2", "Which founding states of the CIS <b>never</b> ratified the CIS Charter of 1993?",
         options=["Azerbaijan", "Belarus", "Moldova", "Turkmenistan", "Ukraine", "Uzbekistan"],
         answer=["Turkmenistan", "Ukraine"], points=1,
         hint=["Lesson 01, section 1 (the founding texts, 1991–1993) says who ratified the Charter, and "
               "when.",
               "Nine states ratified it by 1994, two late ones among them. Of the founding states, the "
               "ones you want are those missing from that list."])

# %%
ex.choice("q3", "The early CIS designs (the 1993 Economic Union) planned to pass from a free "
          "trade area through a customs union to economic and currency union. According to the "
          "paper (§7), how long was that meant to take?",
          options=["About five years", "Ten to fifteen years",
                   "About fifty years, as in the European Communities", "No timetable was set"],
          answer="Ten to fifteen years", points=1,
          hint=["§7 of the paper (notebooks/bibliography.md#paper) contrasts the pace the CIS planned "
                "with the EU's.",
                "The EU took about half a century for the same road; the paper's point is that the CIS "
                "planned to cover it much faster. Pick the option that is a fraction of that "
                "half-century."])

# %%
ex.choice("q4", "Why did the 1994 Agreement on the Establishment of a Free Trade Area stall, "
          "according to the paper (§3)?",
          options=["The parties failed to agree the multilateral list of exemptions the agreement "
                   "required",
                   "Ukraine refused to sign it",
                   "The European Union objected to it",
                   "The 1995 customs union replaced it"],
          answer="The parties failed to agree the multilateral list of exemptions the agreement "
                 "required", points=1,
          hint=["Read the first paragraph on 1994 in §3 of the paper (notebooks/bibliography.md#paper); "
                "lesson 01, section 2.",
                "Ukraine was one of the 12 signatories, so the agreement did not stall for want of "
                "signatures: the paper blames a document the agreement itself required the parties to "
                "draw up together."])

# %% [markdown]
# ## Part B · The record and its readings
#
# `record` is `data/cis_implementation_record.csv`: the figures of the paper's footnote 10.

# %%
record

# %% [markdown]
# **Q5 (1 point).** What percentage of the bilateral economic agreements had been
# implemented? Compute it from `record` (not by typing the numbers) and give at least one
# decimal.

# %%
ex.numeric("q5", "Share of the bilateral economic agreements implemented (compute it below).",
           answer=62.857, tol=0.06, units="%", points=1,
           hint=["Lesson 01, section 4 (planned versus implemented, paper fn 10) has the counts by group "
                 "of agreements.",
                 "Select the row with group_id == 'bilateral_economic' and divide implemented by "
                 "agreements; multiply by 100."])

# %%
### BEGIN SOLUTION
# STUDENT: share = ...
row = record.set_index("group_id").loc["bilateral_economic"]
share = 100 * row["implemented"] / row["agreements"]
### END SOLUTION
ex.check("q5", share)

# %% [markdown]
# **Q6 (1 point).** Suppose the goal had been to implement **at least three quarters** of
# the 70 bilateral agreements. How many *more* agreements would have had to be
# implemented, beyond the 44? (A whole number of agreements.)

# %%
ex.numeric("q6", "Additional agreements needed to reach at least three quarters of 70.",
           answer=9, tol=0, points=1,
           hint=["Use the same group as in Q5: how many agreements would three quarters of all of them "
                 "be?",
                 "Three quarters of 70 is 52.5, and agreements come whole: round up, then subtract the "
                 "44 already implemented."])

# %%
### BEGIN SOLUTION
# STUDENT: needed = ...
import math
needed = math.ceil(0.75 * row["agreements"]) - row["implemented"]
### END SOLUTION
ex.check("q6", needed)

# %%
ex.choice("q7", "Footnote 10 counts the CIS itself (1991) among the principal agreements that "
          "were <b>not</b> implemented, yet §3 says the CIS “cannot be simply ruled out as a "
          "failure”. Which reading fits the paper?",
          options=["The paper contradicts itself and one of the two claims must be dropped",
                   "The CIS failed as an EU-type integration project but worked as a “civilised "
                   "divorce” and in smaller tasks such as mutual recognition of documents and "
                   "visa-free travel",
                   "Footnote 10 only covers the years after 2000",
                   "The CIS was implemented, but only by Russia and Belarus"],
          answer="The CIS failed as an EU-type integration project but worked as a “civilised "
                 "divorce” and in smaller tasks such as mutual recognition of documents and "
                 "visa-free travel", points=1,
          hint=["Lesson 01, section 5 (“A civilised divorce?”) and §3 of the paper "
                "(notebooks/bibliography.md#paper).",
                "Ask what yardstick each claim uses: fn 10 judges the CIS against the integration it "
                "promised, §3 against what else it did for its members. Can both be true at once?"])

# %%
ex.choice("q8", "Which of these is one of the two reasons the Presidential Decree of 14 September "
          "1995 gives for making the CIS a priority (paper §3)?",
          options=["Russia's main vital interests in the economy, security and defence are "
                   "concentrated on CIS territory",
                   "The CIS states were Russia's largest export market for oil and gas",
                   "The EU–Russia Partnership and Cooperation Agreement required it",
                   "The CIS Charter obliged Russia to lead the Commonwealth"],
          answer="Russia's main vital interests in the economy, security and defence are "
                 "concentrated on CIS territory", points=1,
          hint=["Lesson 01, section 6 (the 1995 Presidential Decree) gives both reasons.",
                "One reason looks inward: centrifugal tendencies inside Russia itself. You want the "
                "other one, which says where Russia's interests lie."])

# %%
ex.choice("q9", "What does Hale's “fiscal veto” (paper §5, fn 25) explain?",
          options=["Why Russian officials themselves sank costly CIS integration agreements in the "
                   "1990s, to protect the budget",
                   "Why Ukraine refused to ratify the CIS Charter",
                   "Why the EU vetoed a CIS customs union",
                   "Why Russia stopped charging VAT on oil and gas for the SES states in 2004"],
          answer="Why Russian officials themselves sank costly CIS integration agreements in the "
                 "1990s, to protect the budget", points=1,
          hint=["Lesson 01, section 8 (Russia's “fiscal veto”) and §5, fn 25 of the paper "
                "(notebooks/bibliography.md#paper).",
                "The paper's examples are the Ruble Zone and the Russia–Belarus Union, which it dates to "
                "1997 (the rouble zone in fact ended in 1993: "
                "notebooks/bibliography.md#independent_1993_07_24). Ask who used the veto and what the "
                "word “fiscal” says they protected. The 2004 VAT decision is the opposite trend."])

# %% [markdown]
# ## Part C · Who was in what

# %%
ex.short("q10", "Which state joined the customs union of Russia, Belarus, Kazakhstan and "
         "Kyrgyzstan in 1999 (and, according to the paper, the 1996 “Eurasian Economic "
         "Agreement” in the same year)? Type its English name.",
         answer="Tajikistan", points=1,
         hint=["The memberships table (org_id == 'CU_1995'), or the map in lesson 01, section 3.",
               "Keep the CU_1995 rows of the memberships table whose joined date falls in 1999 "
               "(members['joined'].dt.year == 1999); or move the lesson's map slider from 1998 to 1999 "
               "and see which state changes."])

# %%
ex.matching("q11", "Match each arrangement to its parties.",
            left=["Belovezha Agreement (8 Dec 1991)", "CIS Charter, signatories of 22 Jan 1993",
                  "“Group of Four” treaty (29 Mar 1996)", "Customs union at the end of 1999",
                  "Union State (8 Dec 1999)", "GUUAM (from 24 Apr 1999)"],
            right=["Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Uzbekistan",
                   "Azerbaijan, Georgia, Moldova, Ukraine, Uzbekistan",
                   "Belarus, Kazakhstan, Kyrgyzstan, Russia",
                   "Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan",
                   "Belarus, Russia",
                   "Belarus, Russia, Ukraine"],
            answer={"Belovezha Agreement (8 Dec 1991)": "Belarus, Russia, Ukraine",
                    "CIS Charter, signatories of 22 Jan 1993":
                        "Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Uzbekistan",
                    "“Group of Four” treaty (29 Mar 1996)": "Belarus, Kazakhstan, Kyrgyzstan, Russia",
                    "Customs union at the end of 1999":
                        "Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan",
                    "Union State (8 Dec 1999)": "Belarus, Russia",
                    "GUUAM (from 24 Apr 1999)": "Azerbaijan, Georgia, Moldova, Ukraine, Uzbekistan"},
            points=2, hint=["The `parties` column of data/agreements_1991_2000.csv lists ISO3 codes for "
                            "each agreement.",
                            "Count the codes of each arrangement and match the counts first; GUUAM is "
                            "the one group without Russia."])

# %% [markdown]
# ## Part D · Working with the memberships table (pandas)
#
# `members` has one row per state, organisation and role, with `joined` and `left`
# dates (`left` is empty while a state is still in). Useful `org_id`s: `CU_1995` (the
# customs union), `UNION_STATE` (the Russia–Belarus Union State), `CIS_FTA_1994` (the
# 1994 free trade agreement).

# %%
members[members["org_id"].isin(["CU_1995", "UNION_STATE"])][["org_id", "iso3", "role", "joined", "left"]]

# %% [markdown]
# **Q12 (2 points).** Which states were in the customs union on **1 July 1999** but were
# **never** in the Union State? Give their ISO3 codes.

# %%
ex.items("q12", "ISO3 codes: in the customs union on 1 July 1999 and never in the Union State.",
         answer=["KAZ", "KGZ", "TJK"], points=2,
         hint=["The memberships table: org_id 'CU_1995' and 'UNION_STATE', with the date test of module "
               "00 (Q7).",
               "Filter CU_1995 rows with joined <= the day and (left missing or left > the day); then "
               "drop every iso3 that appears in a UNION_STATE row (.isin and ~)."])

# %%
### BEGIN SOLUTION
# STUDENT: cu_not_union_state = ...   # a list or Series of ISO3 codes
day = pd.Timestamp("1999-07-01")
cu = members[members["org_id"] == "CU_1995"]
in_cu = cu.loc[(cu["joined"] <= day) & (cu["left"].isna() | (cu["left"] > day)), "iso3"]
union_state = members.loc[members["org_id"] == "UNION_STATE", "iso3"]
cu_not_union_state = in_cu[~in_cu.isin(union_state)]
### END SOLUTION
ex.check("q12", cu_not_union_state)

# %% [markdown]
# **Q13 (2 points).** Which signatories of the **1994 free trade agreement** were **not** in
# the customs union on **31 December 2000**? These are the states the narrowing circle
# left behind.

# %%
ex.items("q13", "ISO3 codes: 1994 FTA signatories outside the customs union on 31 Dec 2000.",
         answer=["ARM", "AZE", "GEO", "MDA", "TKM", "UKR", "UZB"], points=2,
         hint=["Start from the rows with org_id == 'CIS_FTA_1994' in the memberships table; the date "
               "test is the one from Q12.",
               "Take the iso3 of the CIS_FTA_1994 rows; remove those in CU_1995 on 2000-12-31 (same date "
               "test as in Q12). You should get seven codes."])

# %%
### BEGIN SOLUTION
# STUDENT: left_behind = ...
day = pd.Timestamp("2000-12-31")
fta = members.loc[members["org_id"] == "CIS_FTA_1994", "iso3"]
cu = members[members["org_id"] == "CU_1995"]
in_cu = cu.loc[(cu["joined"] <= day) & (cu["left"].isna() | (cu["left"] > day)), "iso3"]
left_behind = sorted(set(fta) - set(in_cu))
### END SOLUTION
ex.check("q13", left_behind)

# %% [markdown]
# ## Part E · A chart (Altair)
#
# **Q14 (2 points).** How does the paper judge the 23 agreements of the decade? Make a
# horizontal bar chart from `agreements` that **counts the agreements per verdict**:
# **bars** (`mark_bar`), the field **`implemented` on the y axis**, and the **count on the
# x axis** (`x="count()"`), with a `title` and a `description`. Then check it.

# %%
ex.chart("q14", "Bar chart: number of agreements per implementation verdict.",
         answer=[{"path": "mark.type", "equals": "bar", "message": "Use bars: mark_bar()."},
                 {"path": "encoding.y.field", "equals": "implemented",
                  "message": "Put the field implemented on the y axis."},
                 {"path": "encoding.x.aggregate", "equals": "count",
                  "message": "Count the agreements on the x axis: x='count()'."}],
         points=2, hint=["The question lists what the checker wants: bars, one per verdict, a title and "
                         "a description.",
                         "alt.Chart(agreements, title=..., "
                         "description=...).mark_bar().encode(x='count()', y='implemented:N')"])

# %%
### BEGIN SOLUTION
# STUDENT: chart = ...
chart = alt.Chart(agreements, title="How the paper judges the CIS agreements of 1991–2000",
                  description="Horizontal bars counting the 23 agreements in the course table by the "
                              "paper's verdict on implementation: yes, partly, no or not "
                              "assessed.").mark_bar().encode(
    x=alt.X("count()", title="Number of agreements"),
    y=alt.Y("implemented:N", sort=["yes", "partly", "no", "not assessed"], title="Implemented?"))
### END SOLUTION
ex.check("q14", chart)
chart

# %% [markdown]
# ## Part F · A short argument
#
# **Q15 (4 points, scored by your instructor).** Write your answer in the box and press
# *Check* to submit it; the rubric appears after you submit.

# %%
ex.text("q15", "“Was the CIS a failure?” In 150–250 words, argue your answer for the years "
        "1991–2000. Use at least two figures or dates from the course (with their source: paper "
        "section/footnote, a source in the course bibliography or a data file) and say by which yardstick you judge.",
        rubric=["States a clear position and the yardstick used (EU-type integration; a "
                "“civilised divorce”; smaller practical tasks) (1 point).",
                "Uses the implementation record correctly, with its source: 44 of 70 bilateral, "
                "0 of 5 principal plurilateral, Russia about one third (paper fn 10) (1 point).",
                "Brings in at least one other dated fact: e.g. the 1994 FTA stalling over the list "
                "of exemptions, the narrowing circle (customs union 1995–99, Union State 1999), or "
                "the fiscal veto (1 point).",
                "Weighs a counter-argument or a limit of the evidence: e.g. implemented ≠ in force, "
                "the undefined Tacis measure, the paper's years differing from the treaties' own dates, or "
                "the successes (documents, visa-free travel) (1 point)."],
        points=4, min_words=120)

# %% tags=["solution-only"]
ex.submit("q1", ["Russia–Belarus Agreement on the Customs Union",
                 "“Group of Four” treaty on increased integration",
                 "Treaty on the Formation of the Community of Russia and Belarus",
                 "Treaty on the Union of Belarus and Russia",
                 "Treaty on the Customs Union and Single Economic Space",
                 "Treaty on the Creation of a Union State"])
ex.submit("q2", ["Turkmenistan", "Ukraine"])
ex.submit("q3", "Ten to fifteen years")
ex.submit("q4", "The parties failed to agree the multilateral list of exemptions the agreement "
                "required")
ex.submit("q7", "The CIS failed as an EU-type integration project but worked as a “civilised "
                "divorce” and in smaller tasks such as mutual recognition of documents and "
                "visa-free travel")
ex.submit("q8", "Russia's main vital interests in the economy, security and defence are "
                "concentrated on CIS territory")
ex.submit("q9", "Why Russian officials themselves sank costly CIS integration agreements in the "
                "1990s, to protect the budget")
ex.submit("q10", "Tajikistan")
ex.submit("q11", {"Belovezha Agreement (8 Dec 1991)": "Belarus, Russia, Ukraine",
                  "CIS Charter, signatories of 22 Jan 1993":
                      "Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Uzbekistan",
                  "“Group of Four” treaty (29 Mar 1996)": "Belarus, Kazakhstan, Kyrgyzstan, Russia",
                  "Customs union at the end of 1999":
                      "Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan",
                  "Union State (8 Dec 1999)": "Belarus, Russia",
                  "GUUAM (from 24 Apr 1999)": "Azerbaijan, Georgia, Moldova, Ukraine, Uzbekistan"})
ex.submit("q15", "Model answer: judged as an EU-type project, the CIS failed. The 1993 Economic Union "
          "planned to pass from a free trade area to economic and currency union in ten to fifteen "
          "years (paper §7), yet the 1994 free trade agreement stalled because the parties never "
          "agreed the list of exemptions (§3). By 2001 none of the five principal plurilateral "
          "agreements had been implemented, against 44 of 70 bilateral economic agreements, and "
          "Russia itself had implemented only about one third of its agreements (fn 10). The "
          "circle narrowed to a customs union of five (1995-99) and the Russia-Belarus Union "
          "State of December 1999 (Treaty on the Customs Union and Single Economic Space 1999; Union State treaty 1999), and Russia's fiscal veto buried costly plans. "
          "But judged as a civilised divorce, it succeeded: the USSR broke up without the kind "
          "of violent disorder that would have made integration impossible, and the CIS kept "
          "visa-free travel and mutual recognition of documents (§3). The evidence has limits: "
          "'implemented' is not defined, entry into force is not implementation, and some of "
          "footnote 10's years differ from the treaties' own dates. So the CIS failed as a union but "
          "not as a divorce settlement.")
for qid in ["q1", "q2", "q3", "q4", "q7", "q8", "q9", "q10", "q11", "q15"]:
    print(ex.questions[qid].last.text())

# %% [markdown]
# ## Your score
#
# The table updates each time you check an answer. Hand in this notebook and the file
# `progress/01_cis_1990s.json` if your instructor asks for them.

# %%
ex.summary()
