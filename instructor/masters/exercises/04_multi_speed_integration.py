# %% [markdown]
# # Module 04 · Exercises: Multi-speed integration and the EU model
#
# **11 questions · 18 points** (15 scored automatically, 3 by your instructor).

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
from course.topics import ladder
from course.questions import Exercise

import altair as alt
import pandas as pd

charts.enable()
ex = Exercise("04_multi_speed_integration", title="Module 04 — Multi-speed integration and the EU model")

# %% [markdown]
# ## Part A · The ladder and the documents

# %%
ex.ordering("q1", "Put the stages of economic integration in order, from the shallowest to the deepest "
            "(the order of Art. 4 of the 1993 CIS Economic Union treaty).",
            items=["common market", "free trade area", "economic and monetary union", "customs union"],
            answer=["free trade area", "customs union", "common market", "economic and monetary union"],
            points=1, hint=["Lesson 04, section 1 (the yardstick: four rungs of economic integration).",
                            "Each stage keeps everything below it: which one adds a common external "
                            "tariff, which one adds the free movement of labour and capital?"])

# %%
ex.matching("q2", "Match each document to what the paper (§3, §4, §7) says it contains.",
            left=["Presidential Decree of 14.09.1995, Art. 7", "Foreign Policy Concept, June 2000",
                  "SES Concept 2003, Art. II", "SES Concept 2003, Art. V",
                  "Middle Term Strategy towards the EU (2000–2010)"],
            right=["Each state decides when to join each agreement, which produces different levels",
                   "Integration packages: CIS states may join agreements and institutions at different times",
                   "Use the EU's experience for integration in the CIS",
                   "Support for different-speed integration, with Russian aid tied to each state's attitude to it",
                   "Votes in the single regulatory body weighted by economic potential"],
            answer={"Presidential Decree of 14.09.1995, Art. 7":
                        "Support for different-speed integration, with Russian aid tied to each state's attitude to it",
                    "Foreign Policy Concept, June 2000":
                        "Integration packages: CIS states may join agreements and institutions at different times",
                    "SES Concept 2003, Art. II":
                        "Each state decides when to join each agreement, which produces different levels",
                    "SES Concept 2003, Art. V": "Votes in the single regulatory body weighted by economic potential",
                    "Middle Term Strategy towards the EU (2000–2010)":
                        "Use the EU's experience for integration in the CIS"},
            points=2, hint=["§3, §4 and §7 of the paper (notebooks/bibliography.md#paper); lesson 04, "
                            "sections 4 and 5.",
                            "§7 covers the Decree, the Concept and the Strategy; Box 1 and §4 cover Art. "
                            "II and Art. V of the SES Concept."])

# %%
ex.choice("q3", "In the SES Concept (Art. II), how do <i>multi-speed</i> and <i>multi-level</i> "
          "integration relate?",
          options=["They are two names for the same thing",
                   "Multi-speed is each state choosing when to join each agreement; multi-level is the "
                   "resulting situation in which states stand at different stages",
                   "Multi-level means several organisations; multi-speed means fast economic growth",
                   "Multi-speed applies to the EU only, multi-level to the CIS only"],
          answer="Multi-speed is each state choosing when to join each agreement; multi-level is the "
                 "resulting situation in which states stand at different stages",
          points=1, hint=["Box 1 of the paper (notebooks/bibliography.md#paper) and lesson 04, section "
                          "4.",
                          "Box 1: different-speed integration “entails” different-level integration. "
                          "Which of the two is a choice made over time, and which the state of affairs "
                          "that results?"])

# %%
ex.choice("q4", "At the Yalta SES summit of May 2004, which state insisted on restricting the first "
          "stage to a free trade zone (paper §4)?",
          options=["Belarus", "Kazakhstan", "Russia", "Ukraine"], answer="Ukraine", points=1,
          hint=["§4 of the paper (notebooks/bibliography.md#paper) and lesson 02, section 6 (Yalta, May "
                "2004).",
                "Kazakhstan's president wanted to go straight to a customs union; one state wanted no "
                "more than free trade."])

# %% [markdown]
# ## Part B · Planned versus reached (pandas)
#
# The table `integration_stages` has one row per arrangement. `stage_aimed_rank` and
# `stage_reached_rank` are rungs of the ladder (1 = free trade area … 4 = economic and
# monetary union; 0 = nothing reached). `bloc` is `"post-Soviet"` or `"EU"`; `hindsight` is
# `True` for arrangements after the paper was written.

# %%
stages = data.load("integration_stages")
stages[["arrangement_id", "label", "bloc", "hindsight", "year_in_force", "stage_aimed_rank",
        "stage_reached_rank"]]

# %% [markdown]
# **Q5 (2 points).** For the post-Soviet arrangements of the paper's period (`bloc` is
# `"post-Soviet"` and `hindsight` is `False`), the *gap* is `stage_aimed_rank` minus
# `stage_reached_rank`. What is the mean gap, in rungs? Give two decimals.

# %%
ex.numeric("q5", "Mean gap between the stage aimed at and the stage reached (rungs), post-Soviet "
           "arrangements of the paper's period.", answer=2.14, tol=0.01, units="rungs", points=2,
           hint=["The stages table (lesson 04, section 3: planned versus reached) ranks the stage aimed "
                 "at and the stage reached.",
                 "Filter with (stages['bloc'] == 'post-Soviet') & ~stages['hindsight'], subtract the two "
                 "rank columns, take .mean(). There are seven rows."])

# %%
### BEGIN SOLUTION
# STUDENT: mean_gap = ...
paper = stages[(stages["bloc"] == "post-Soviet") & ~stages["hindsight"]]
mean_gap = (paper["stage_aimed_rank"] - paper["stage_reached_rank"]).mean()
### END SOLUTION
ex.check("q5", mean_gap)

# %% [markdown]
# **Q6 (2 points).** "In force" is not "reached". List the `arrangement_id`s of the
# post-Soviet arrangements of the paper's period whose founding act **entered into force**
# (`year_in_force` is not empty) but which **reached nothing** (`stage_reached_rank` is 0).

# %%
ex.items("q6", "arrangement_ids: in force, but nothing reached (order does not matter).",
         answer=["CIS_FTA_1994", "CU_1995_FIVE", "EURASEC", "SES"], points=2,
         hint=["The same table and period as in Q5; lesson 04, “In force is not the same as reached”.",
               "Three conditions: the paper's period (as in Q5), year_in_force.notna(), "
               "stage_reached_rank == 0."])

# %%
### BEGIN SOLUTION
# STUDENT: in_force_not_reached = ...
paper = stages[(stages["bloc"] == "post-Soviet") & ~stages["hindsight"]]
in_force_not_reached = paper.loc[paper["year_in_force"].notna() & (paper["stage_reached_rank"] == 0),
                                 "arrangement_id"]
### END SOLUTION
ex.check("q6", in_force_not_reached)

# %% [markdown]
# **Q7 (1 point).** The three EU rows come from official EU pages. How many years passed
# from the Treaty of Rome (`year_launched` of `EU_CUSTOMS_UNION`) to the start of the third
# stage of economic and monetary union (`year_reached` of `EU_EMU`)? Compare the paper's
# round figure in §7.

# %%
ex.numeric("q7", "Years from the Treaty of Rome to the third stage of EMU.", answer=42, tol=0,
           units="years", points=1, hint=["Lesson 04, section 2 (the EU's own path): the table has a "
                                          "year for each step.",
                                          "Index the table by arrangement_id and subtract the two years."])

# %% [markdown]
# ## Part C · The multi-speed simulation
#
# `ladder.simulate(choices, opens, start, end)` returns a simulation. `choices` gives, for
# each state, the year it *chooses* to join each stage's agreement. Stages are joined in
# order, and no agreement can be joined before it opens. `sim.joined[state][rank]` is the
# year the state actually joins stage `rank` (1 = free trade area, 2 = customs union,
# 3 = common market); `sim.notes` explains every postponement. The opening years are
# hypothetical.
#
# **Q8 (2 points).** With the choices below, in which year does Kazakhstan actually enter
# the customs union?

# %%
opens = {"free trade area": 2005, "customs union": 2007, "common market": 2010}   # hypothetical
choices = {
    "Russia": {"free trade area": 2005, "customs union": 2007, "common market": 2010},
    "Belarus": {"free trade area": 2005, "customs union": 2007, "common market": 2010},
    "Kazakhstan": {"free trade area": 2010, "customs union": 2008},
    "Ukraine": {"free trade area": 2006},
}
ex.numeric("q8", "The year Kazakhstan enters the customs union.", answer=2010, tol=0, points=2,
           hint=["Lesson 04, section 4: the join-timing simulation.",
                 "Run ladder.simulate(choices, opens, 2004, 2016) and look at .joined['Kazakhstan'] and "
                 ".notes: can a state be in a customs union before it is in the free trade area?"])

# %%
### BEGIN SOLUTION
# STUDENT: kz_customs_union = ...
sim = ladder.simulate(choices, opens, 2004, 2016)
kz_customs_union = sim.joined["Kazakhstan"][2]
### END SOLUTION
ex.check("q8", kz_customs_union)

# %% [markdown]
# ## Part D · A chart (Altair)
#
# **Q9 (2 points).** Draw the gap of Q5 as a horizontal bar chart. Use **bars**
# (`mark_bar`), the **gap on the x axis** (a column named `gap`) and the **short label on the
# y axis** (field `label`), with a `title` and a `description`. Then check it.

# %%
ex.chart("q9", "Bar chart of the gap (aimed minus reached) per post-Soviet arrangement.",
         answer=[{"path": "mark.type", "equals": "bar", "message": "Use bars: mark_bar()."},
                 {"path": "encoding.x.field", "equals": "gap", "message": "Put the field gap on the x axis."},
                 {"path": "encoding.y.field", "equals": "label",
                  "message": "Put the field label on the y axis."}],
         points=2, hint=["The question lists the mark and fields the checker wants; compute the gap per "
                         "arrangement first.",
                         "paper.assign(gap=...) first; then alt.Chart(df, title=..., "
                         "description=...).mark_bar().encode(x='gap:Q', y='label:N')."])

# %%
### BEGIN SOLUTION
# STUDENT: chart = ...
paper = stages[(stages["bloc"] == "post-Soviet") & ~stages["hindsight"]]
gaps = paper.assign(gap=paper["stage_aimed_rank"] - paper["stage_reached_rank"])
chart = alt.Chart(gaps, title="How far each arrangement fell short of its aim",
                  description="Horizontal bars: rungs aimed at minus rungs reached for the seven "
                              "post-Soviet arrangements of the paper; only the Russia–Belarus customs "
                              "union reached its aim.").mark_bar().encode(
    x=alt.X("gap:Q", title="Rungs aimed at but not reached"),
    y=alt.Y("label:N", sort="-x", title=None))
### END SOLUTION
ex.check("q9", chart)
chart

# %% [markdown]
# ## Part E · The EU model and an argument

# %%
ex.multi("q10", "According to the paper (§4, §7), why is the EU only a <i>technical</i> model for "
         "EurAsEC and the SES? Tick every reason the paper gives.",
         options=["Russia's weight would make it the dominant decision-maker in the new organisations",
                  "Weighted voting by economic potential (SES Concept Art. V) builds in Russia's lead",
                  "The European Communities were not built around one member's institutionalised leading role",
                  "The post-Soviet designs do not follow the EU's sequence of stages",
                  "The EU refused to share its experience with Russia"],
         answer=["Russia's weight would make it the dominant decision-maker in the new organisations",
                 "Weighted voting by economic potential (SES Concept Art. V) builds in Russia's lead",
                 "The European Communities were not built around one member's institutionalised leading role"],
         points=1, hint=["§4 and §7 of the paper (notebooks/bibliography.md#paper); lesson 04, section 5 "
                         "(the EU as a technical, not a substantive, model).",
                         "The designs do copy the EU's stages (that is what makes the model technical). "
                         "What makes them different in substance?"])

# %%
ex.text("q11", "In 150–250 words: <b>is multi-speed integration a strength or an exit?</b> Take a "
        "position. Use the ladder (what was planned and what was reached), at least one of the three "
        "documents of the lesson (1995 Decree, 2000 Foreign Policy Concept, SES Concept Art. II), and "
        "the case of Ukraine in the SES.",
        rubric=["Takes a clear position and defines multi-speed (timing, each state chooses when to join) "
                "and multi-level (the result: different rungs) correctly (1 point).",
                "Uses evidence from the ladder and at least one document, e.g. only Russia–Belarus reached "
                "a customs union; the 1995 Decree tied aid to a state's attitude; Art. II lets each state "
                "choose its moment (1 point).",
                "Weighs the other side: flexibility kept Ukraine in the SES at free-trade level (strength), "
                "yet the same flexibility let it stop at free trade because of its EU aim, and the core "
                "might never grow (exit); notes Russia's built-in lead (1 point)."],
        points=3, min_words=120)

# %% tags=["solution-only"]
ex.submit("q1", ["free trade area", "customs union", "common market", "economic and monetary union"])
ex.submit("q2", {"Presidential Decree of 14.09.1995, Art. 7":
                     "Support for different-speed integration, with Russian aid tied to each state's attitude to it",
                 "Foreign Policy Concept, June 2000":
                     "Integration packages: CIS states may join agreements and institutions at different times",
                 "SES Concept 2003, Art. II":
                     "Each state decides when to join each agreement, which produces different levels",
                 "SES Concept 2003, Art. V": "Votes in the single regulatory body weighted by economic potential",
                 "Middle Term Strategy towards the EU (2000–2010)":
                     "Use the EU's experience for integration in the CIS"})
ex.submit("q3", "Multi-speed is each state choosing when to join each agreement; multi-level is the "
          "resulting situation in which states stand at different stages")
ex.submit("q4", "Ukraine")
ex.submit("q7", 42)
ex.submit("q10", ["Russia's weight would make it the dominant decision-maker in the new organisations",
                  "Weighted voting by economic potential (SES Concept Art. V) builds in Russia's lead",
                  "The European Communities were not built around one member's institutionalised leading role"])
ex.submit("q11", "Model answer (position: a strength that doubles as an exit). Multi-speed integration means "
          "that each state chooses when to join each agreement; multi-level integration is the result, "
          "with partners on different rungs (SES Concept, Art. II). The ladder shows why Russia turned to "
          "it: the all-CIS designs of 1993 and 1994 reached nothing, and by 2004 only Russia and Belarus "
          "had a working customs union. Flexibility let a willing core move on without waiting for the "
          "slowest, and the 1995 Decree even made Russian aid depend on a state's attitude to it. That is "
          "its strength: Ukraine could sign the SES and stay inside at free-trade level. But the same "
          "rule is an exit. Ukraine used it to stop at free trade because a customs union with Russia "
          "would close its road to the EU, and nothing in the design forces a laggard ever to climb. A "
          "core of three, one of them holding most of the weight and the votes under Art. V, is not the "
          "EU's multi-speed Europe but a hub with spokes. On balance multi-speed is a strength for "
          "keeping a project alive and an exit for any partner that wants to stay at the bottom rung.")
for qid in ["q1", "q2", "q3", "q4", "q7", "q10", "q11"]:
    print(ex.questions[qid].last.text())

# %% [markdown]
# ## Your score
#
# The table updates each time you check an answer. Hand in this notebook and the file
# `progress/04_multi_speed_integration.json` if your instructor asks for them.

# %%
ex.summary()
