# %% [markdown]
# # Module 04 · Multi-speed integration and the EU model
#
# **Reintegrating the post-Soviet space: Russia's CIS strategy in the 2000s**
#
# | At a glance | Details |
# |---|---|
# | **You will be able to** | name the four stages of economic integration and say what each adds; place every post-Soviet arrangement from 1993 to 2003 on that ladder, planned versus reached, and tell "in force" from "reached"; compare the CIS timetable with the EU's own path; distinguish multi-speed from multi-level integration and trace the idea through the 1995 Decree, the 2000 Foreign Policy Concept and the SES Concept; explain why the paper calls the EU a *technical* rather than a *substantive* model |
# | **Time needed** | about 60 minutes, plus 40 minutes for the exercises |
# | **In 60 minutes** | teach the sections marked *Core* (each marker gives its minutes); read the sections marked *Optional* or set them as homework. The teaching guide has the minute-by-minute plan |
# | **Paper** | §7 (multi-level and multi-speed integration), with §3, §4 (Box 1) and §8 |
# | **Key terms** | free trade area · customs union · common market · economic and monetary union · multi-speed integration · multi-level integration · integration package · technical vs substantive model |
#
# Every post-Soviet integration project of the 1990s and 2000s described itself as a climb
# up a ladder: first free trade, then a customs union, then a common market, and in the end
# an economic (and perhaps monetary) union. The European Union had climbed that ladder,
# and Moscow's designs borrowed its sequence. This module asks three questions. How far up
# did each arrangement get? Why did Russia come to accept that partners would climb at
# different speeds? And in what sense was the EU a model at all?
#
# > "…work on deepening integration in the Commonwealth of Independent States remains our
# > priority, especially within the framework of the Common economic space, and the Eurasian
# > economic community."
# >
# > — Vladimir Putin, Address to the Federal Assembly, 26 May 2004 (paper §2, fn 6)

# %%
# The course first: it makes the Altair import about 1 s faster (course/__init__.py).
from course import charts, data
from course.topics import ladder
from course.questions import check_your_understanding
from course.widgets import explorer

import altair as alt
import pandas as pd
from IPython.display import HTML

charts.enable()
cyu = check_your_understanding("04_multi_speed_integration_lesson")

# %% [markdown]
# ## 1. The yardstick: four rungs of economic integration
#
# *Core · 10 min*
#
# Economists describe regional integration as a sequence of stages, often called
# **Balassa's stages** after the economist Béla Balassa. The CIS used the same sequence
# itself: Art. 4 of the 1993 Treaty on the Creation of the Economic Union lists a free trade
# area, a customs union, a common market and a currency union, in that order ([Economic Union treaty 1993](bibliography.md#economic_union_treaty_1993)).
# Each rung keeps everything below it and adds something:
#
# * a **free trade area** (FTA) removes tariffs between members, but each member keeps its own
#   tariffs towards outsiders;
# * a **customs union** adds *one* common external tariff and trade policy;
# * a **common market** adds free movement of services, capital and labour (the "four
#   freedoms" together with goods);
# * an **economic and monetary union** adds common economic policies and a common currency.
#
# Careful with the last rung. The CIS Economic Union treaty of 1993 aimed at a currency
# union. **EurAsEC and the SES did not**: the paper says EurAsEC aimed at an economic union
# "rather less comprehensive than the early CIS designs (e.g., no currency union was
# planned from the beginning on)", and that advanced features "such as the common
# currency, are put aside (with the exception of Russia-Belarus)" (§7). The ladder has no
# rung for an economic union without money, so the course places their aim on rung 3
# (see the table below).
#
# The course's glossary (`data/glossary.csv`) has the definitions:

# %%
glossary = data.load("glossary").set_index("term")
rungs = pd.DataFrame({"rung": range(1, 5), "stage": ladder.STAGES})
rungs["definition (course glossary)"] = [
    glossary.loc["free trade area", "definition"], glossary.loc["customs union", "definition"],
    glossary.loc["common market", "definition"], glossary.loc["economic union", "definition"]]
HTML(rungs.to_html(index=False))

# %% [markdown]
# The course's table `data/integration_stages.csv` puts every arrangement of the paper on
# this ladder: the **stage it aimed at**, the **stage it reached** and **when** — each row with
# its source, a confidence rating and a note. Rung numbers (`stage_aimed_rank`,
# `stage_reached_rank`) run from 1 (FTA) to 4 (economic and monetary union); 0 means nothing
# was reached.

# %%
stages = data.load("integration_stages")
stages[["label", "year_launched", "year_in_force", "stage_aimed", "stage_reached", "year_reached",
        "confidence"]]

# %% [markdown]
# ## 2. The EU's own path, and the CIS timetable
#
# *Core · 10 min*
#
# The paper (§7) says the 1993 CIS design copied the EU's sequence but meant to climb it much
# faster: in ten to fifteen years instead of the roughly fifty it ascribes to the EU.
#
# Neither the paper nor the course's sources on the CIS date the EU's path, so the course took the
# three EU rows of the table from **one official EU page each** (European Commission and
# EEAS pages, linked in the `source` column) and marks them *Medium (one official page)*.
# Read them as well-sourced but single-sourced. They give: a customs union completed in
# 1968, eleven years after the 1957 Treaty of Rome; the single market launched in 1993; and
# the third stage of economic and monetary union from 1999.

# %%
eu = stages[stages["bloc"] == "EU"].set_index("arrangement_id")
rome = int(eu.loc["EU_CUSTOMS_UNION", "year_launched"])          # the 1957 Treaty of Rome
eu_years = {row.stage_reached: int(row.year_reached) - rome for row in eu.itertuples()}
eu_years

# %% [markdown]
# So, counted from the Treaty of Rome to the start of its monetary union, the EU took
# **42 years**. That is one way to count, not a correction of the paper: start from the
# European Coal and Steel Community before Rome, or end with euro notes and coins in
# people's pockets, and the path is longer, so the paper's "fifty" is a fair round figure.
# Either way it is three to five times the CIS timetable. Now the CIS plan. The Economic Union treaty was
# signed in 1993; "ten to fifteen years" (§7) puts its planned completion between 2003 and
# 2008. By the paper's time of writing (2004–05), what had been reached was one bilateral
# customs union, Russia–Belarus (§3, §7).

# %%
PLAN_YEARS = (10, 15)          # paper §7: the CIS path was to take "ten-fifteen years"
ps = stages.set_index("arrangement_id")
signed = int(ps.loc["ECON_UNION_1993", "year_launched"])
plan_window = (signed + PLAN_YEARS[0], signed + PLAN_YEARS[1])
plan_window

# %%
charts.show(ladder.climb_chart(stages, plan_window), source=data.cite("integration_stages"))

# %% [markdown]
# ## 3. Planned versus reached: the integration ladder
#
# *Core · 15 min*
#
# The widget draws the ladder in any year: one row per arrangement, one column per rung.
# **Blue ✓** = reached, **orange ○** = aimed at but not (yet) reached, pale = beyond the
# arrangement's aim, dotted = not launched yet. Move the slider from 1990 to 2015 and watch
# the orange fill up while the blue hardly moves. The drop-down separates the post-Soviet
# arrangements from the three steps of the EU's path (for the EU rows, a rung reached by an
# earlier step counts for the later ones).
#
# *Things to notice*:
# * From 1993 to 2003 the *aims* of the multilateral designs shrink (a currency union in
#   1993, a common market for EurAsEC in 2000 and the SES in 2003), but the *reached*
#   column stays at one bilateral customs union.
# * The **Union State** shows a customs union from the start: it inherited the Russia–Belarus
#   customs union of 1995 (the table's `year_reached` is older than the Union State itself).
# * The **2010 Customs Union** is hindsight: it came after the paper (see module 06).

# %%
VIEWS = {"post-Soviet arrangements and the EU path": lambda t: t,
         "post-Soviet only": lambda t: t[t["bloc"] == "post-Soviet"],
         "EU path only": lambda t: t[t["bloc"] == "EU"]}


def draw_ladder(year: int, show: str):
    return ladder.ladder_chart(VIEWS[show](stages), year)


explorer(draw_ladder, source=data.cite("integration_stages"), year=(1957, 2015, 2004),
         show=list(VIEWS))

# %% [markdown]
# ### In force is not the same as reached
#
# The table keeps two different facts apart. `year_in_force` is when a founding act legally
# entered into force (from the source named in the row); `stage_reached` is how far integration got in
# practice (the paper's judgement). The gap between the two is part of the story:

# %%
paper_rows = stages[(stages["bloc"] == "post-Soviet") & ~stages["hindsight"]]
gap = ladder.gaps(paper_rows).merge(paper_rows[["arrangement_id", "label", "year_in_force"]],
                                    on="arrangement_id")
gap[["label", "year_in_force", "stage_aimed_rank", "stage_reached_rank", "gap", "years_to_reach"]]

# %% [markdown]
# The **1994 CIS free trade area** is the sharpest case, and here the sources disagree. The
# sources record it as in force from 30 December 1994 for most signatories, though Russia
# only applied it provisionally and never ratified it ([CIS FTA 1994](bibliography.md#cis_fta_1994_wikipedia);
# [OSW 2011](bibliography.md#osw_2011_10_26); the sources conflict on who ratified). The paper
# says the free trade area "did not work out in practice": the parties never agreed the list
# of exemptions, and the later plans of June 2000, with a separate timetable for each state,
# failed too (§3, §7). Both can be true — a treaty can be in force and not be applied. The
# table records the legal date *and* the paper's verdict and says so in its `note`. The
# same holds for EurAsEC (in force 2001, [Kremlin EurAsEC note](bibliography.md#kremlin_eurasec_note)) and the SES
# (in force 2004, [Common Economic Zone Agreement](bibliography.md#common_economic_zone_wikimili), Medium).
#
# Two more judgements are flagged in the table rather than hidden. The paper places the
# Economic Union in 1994 in one footnote (fn 10) and in September 1993 in the text (§3);
# the treaty's text confirms 1993 ([Economic Union treaty 1993](bibliography.md#economic_union_treaty_1993)). And the paper never says whether the five-member customs
# union of 1995–99 achieved free trade among its members. The course records "none" and
# marks the row *Low*, without guessing either way.

# %%
cyu.choice("cyu1", "Move the slider to 2004. Which post-Soviet arrangements have reached the "
           "customs-union rung?",
           options=["None of them", "Only Russia–Belarus (their 1995 customs union, carried into the Union State)",
                    "EurAsEC and the SES", "All arrangements that were in force"],
           answer="Only Russia–Belarus (their 1995 customs union, carried into the Union State)",
           hint="Paper §7: “The second stage has been reached only by …”. Look for blue cells in "
                "the customs union column.")

# %% [markdown]
# ## 4. Multi-speed and multi-level integration
#
# *Core · 15 min*
#
# As the all-CIS designs failed, Russia turned to a principle borrowed from the EU's
# "multi-speed Europe" (Khristenko's analogy, §7, fn 37): partners need not move together.
# The paper traces it through three documents:
#
# 1. **Presidential Decree of 14.09.1995** on Russia's strategic course towards the CIS
#    (§3, §7, fn 13). Art. 7 backs different-speed integration. It says the model is not
#    obligatory, but a CIS state's attitude to it will weigh on how much economic, political
#    and military help Russia gives that state. A carrot, then, offered on conditions.
# 2. **Foreign Policy Concept, June 2000** (§7, fn 35): different-speed and different-level
#    integration in the CIS, with each state free to choose its "integration packages" and to
#    join agreements and institutions at different times.
# 3. **SES Concept, 2003, Art. II** (§4 Box 1, §7). The Concept gives both terms a definition:
#
# > "The different-speed integration means that every state decides on its own the moment of
# > joining this or that international agreement, which entails different-level integration
# > when the State-participants are at different levels of integration interactions."
# >
# > — Concept of the Single Economic Space, Art. II, as rendered in English in the paper
# > (§4 Box 1; fn 18)
#
# So **multi-speed** is about *timing*, each state choosing *when* to join each agreement.
# **Multi-level** is the *result*: at any moment the partners stand on different rungs. The
# SES was built for exactly that. At the Yalta summit of May 2004, Kazakhstan's president
# wanted to go straight to a customs union, while Ukraine insisted on stopping at a free trade
# area. Moscow expected Russia, Belarus and Kazakhstan to form the core and Ukraine to move
# at its own pace (§4). Since Ukraine officially sought EU membership, and that is
# incompatible with a customs union with Russia, a free trade area was the most Kyiv would
# accept (§4, §8).
#
# ### The join-timing simulation
#
# `course.topics.ladder.simulate` plays this out. Each state picks **how far** it wants to go and
# **how many years after each agreement opens** it joins. Two rules apply. Stages are joined
# in order (a customs union includes free trade, and the SES is formed "stage-by-stage").
# And two states are integrated with each other at the deepest stage *both* belong to. The
# opening years of the three SES agreements below are **illustrative assumptions, not
# history**: no SES agreement was ever opened on a timetable like this (the paper expected
# the first documents in 2005, §4).
#
# The controls start from the paper's scenario: Russia, Belarus and Kazakhstan go all the
# way, and Ukraine stops at free trade. Try to make the four states single-speed, then give
# Kazakhstan a three-year delay and count the levels.

# %%
HYPOTHETICAL_OPENS = {"free trade area": 2005, "customs union": 2007, "common market": 2010}
ladder.simulation_explorer(HYPOTHETICAL_OPENS, start=2004, end=2016,
                           source="course.topics.ladder.simulate; opening years are illustrative assumptions")

# %% [markdown]
# The widget gives each state one delay. The function itself takes any join year for any
# stage, and it explains what it does with choices that break the rules. Below, Kazakhstan
# asks to join the customs union in 2008 but enters the free trade area only in 2009, so it
# has to wait. Ukraine asks for the common market without the customs union, which the
# stage-by-stage rule forbids. Change the years and run the cell again.

# %%
my_choices = {
    "Russia": {"free trade area": 2005, "customs union": 2007, "common market": 2010},
    "Belarus": {"free trade area": 2005, "customs union": 2007, "common market": 2010},
    "Kazakhstan": {"free trade area": 2009, "customs union": 2008},
    "Ukraine": {"free trade area": 2006, "common market": 2012},
}
sim = ladder.simulate(my_choices, HYPOTHETICAL_OPENS, 2004, 2016)
for note in sim.notes:
    print("•", note)
print("Levels in 2011:", {s: ladder.SHORT[v] for s, v in sim.levels(2011).items()})
print("Russia–Ukraine in 2011:", ladder.SHORT[sim.pair_level("Russia", "Ukraine", 2011)])

# %%
cyu.choice("cyu2", "Ukraine joins an SES free trade area in 2006 and stops there; Russia, Belarus and "
           "Kazakhstan go on to a customs union in 2007. In the SES Concept's terms, this is…",
           options=["single-speed and single-level", "multi-speed and multi-level",
                    "multi-level but not multi-speed", "a breach of the SES Concept"],
           answer="multi-speed and multi-level",
           hint="Art. II: each state chooses the moment it joins (speed), and the result is that states "
                "stand at different levels.")

# %% [markdown]
# ## 5. The EU as a technical, not a substantive, model
#
# *Optional · reading or homework*
#
# The EU's imprint on the designs is plain. The Russian Middle Term Strategy towards the EU
# (2000–2010) provides for using the EU's experience for integration in the CIS (§7, fn 36).
# EurAsEC and the SES both follow a three-stage path from free trade through a customs
# union to an economic union, though with lower ambitions than in 1993. No currency union
# was planned, except between Russia and Belarus, and the first stage got most of the
# attention (§7).
#
# But the paper argues that the model is **technical, not substantive**. The borrowing
# covers institutional designs and the planned sequence. What it leaves out is the political
# substance of the early European Communities, because every Moscow design would make
# **Russia the dominant decision-maker** (§7). The mechanism is written into the SES Concept.
# The first stage has only a Council of Heads of State, with one state, one vote and
# consensus. From the customs-union stage, a single regulatory body is to decide by votes
# **weighted by economic potential** (Art. V). The paper concludes that this rule by itself
# would hand Russia the dominant position (§4). Khristenko, in a passage the paper
# quotes, puts the aim bluntly:
#
# > "Our goal is creating a structure that is essential for the world; a structure in which
# > the world would be unable to function without Russia and alliances involving it."
# >
# > — Viktor Khristenko, "Making Headway to Integration", 2004 (paper §4, fn 16)
#
# How much weight would "economic potential" give Russia? The Concept, as the paper reports
# it, does not say how potential is measured. GDP is one reading, and here it is for the Big
# Four in 2003, the year the SES was signed (World Bank data in `data/macro.csv`), at market
# exchange rates and at purchasing-power parity. Module 02 computes voting power properly.

# %%
macro = data.load("macro")
names = data.load("states").set_index("iso3")["name_en"]
big4 = macro[(macro["year"] == 2003) & macro["iso3"].isin(["BLR", "KAZ", "RUS", "UKR"])]
shares = pd.concat([
    pd.DataFrame({"state": big4["iso3"].map(names), "basis": "GDP, current US$",
                  "share": 100 * big4["gdp_usd"] / big4["gdp_usd"].sum()}),
    pd.DataFrame({"state": big4["iso3"].map(names), "basis": "GDP, PPP",
                  "share": 100 * big4["gdp_ppp"] / big4["gdp_ppp"].sum()})])
russia = shares[shares["state"] == "Russia"].set_index("basis")["share"].round(1).to_dict()
russia

# %%
bars = alt.Chart(shares, title="If votes followed GDP: the Big Four in 2003",
                 description=f"Grouped horizontal bars of each Big Four state's share of the four states' "
                             f"combined GDP in 2003, at current US$ and at PPP. Russia's share is "
                             f"{russia['GDP, current US$']}% (US$) and {russia['GDP, PPP']}% (PPP), more "
                             f"than the other three together on either basis.").encode(
    y=alt.Y("state:N", sort=["Russia", "Ukraine", "Kazakhstan", "Belarus"], title=None),
    yOffset=alt.YOffset("basis:N"),
    x=alt.X("share:Q", title="Share of the Big Four's GDP (%)", scale=alt.Scale(domain=[0, 100])),
    color=alt.Color("basis:N", title=None, legend=alt.Legend(orient="bottom")))
charts.show((bars.mark_bar() + bars.mark_text(align="left", dx=4).encode(text=alt.Text("share:Q", format=".1f")))
            .properties(width=520, height=alt.Step(18)), source=data.cite("macro"))

# %% [markdown]
# On either basis Russia would hold a majority by itself. The paper's point follows. The
# European Communities of the 1950s and 1960s were not built around one member whose weight
# guaranteed it the lead (§7). The post-Soviet designs copied the EU's rungs and institutions,
# but they were built to make Russia the leader, and that is a different kind of union.

# %%
cyu.choice("cyu3", "Why does the paper call the EU a <i>technical</i> rather than a <i>substantive</i> "
           "model for EurAsEC and the SES?",
           options=["Because the post-Soviet states never studied the EU",
                    "Because the designs copy the EU's stages and institutions, but would institutionalise "
                    "Russia's leading role",
                    "Because the EU forbade its members to help",
                    "Because the SES aimed at a currency union from the start"],
           answer="Because the designs copy the EU's stages and institutions, but would institutionalise "
                  "Russia's leading role",
           hint="§7, last paragraph: what would all these projects “naturally lead to”?")

# %% [markdown]
# ## 6. Summary
#
# *Core · 10 min*
#
# * The ladder has four rungs: free trade area, customs union, common market, economic and
#   monetary union. The 1993 CIS treaty used the same order (Art. 4).
# * The EU took 42 years from the 1957 Treaty of Rome to monetary union (1999), according to
#   official EU pages. The CIS planned to do it in 10–15 years from 1993. By 2004 the only
#   rung reached was a *bilateral* customs union, Russia–Belarus (§3, §7).
# * "In force" is not "reached": the 1994 FTA, EurAsEC and the SES were legally in force
#   (see the sources above) yet, in the paper's judgement, reached nothing.
# * **Multi-speed** means each state chooses *when* to join each agreement. **Multi-level**
#   is the result: partners stand on different rungs. The idea runs from the 1995 Decree
#   (Art. 7) through the 2000 Foreign Policy Concept to the SES Concept (Art. II). The SES
#   was designed for a core of three with Ukraine at its own pace.
# * The EU was a **technical** model: its sequence and institutions were copied, but every
#   design built in Russia's leading role (weighted votes, SES Concept Art. V).
#
# **Next:** the graded exercises, `exercises/04_multi_speed_integration.ipynb`, then module
# 05, *EU compatibility*. It asks whether Ukraine could climb two ladders at once.
#
# ## Sources and further reading
#
# * **Where to find the sources.** Every source the course cites, with its address, is in the
#   course bibliography, `notebooks/bibliography.md` (data: `data/bibliography.csv`). Each fact a
#   lesson takes from outside the paper is cited by a short name that links to its entry
#   there, e.g. ([CIS Charter 1993](bibliography.md#cis_charter_wikipedia)). The paper itself
#   is not shipped: the bibliography says what is known about it.
# * The paper, §7 (and §2 fn 6, §3 fn 10 and 13, §4 Box 1 and fn 16–18, §8); the Presidential
#   Decree of 14.09.1995 No. 940; the Foreign Policy Concept of 28.06.2000; the Russian Middle
#   Term Strategy towards the EU (2000–2010); V. Khristenko, "Making Headway to Integration",
#   *Rossiya v globalnoy politike* (the paper translates it "Russia in global politics"; the
#   journal's English edition is *Russia in Global Affairs*), 2004 No. 2 (paper fn 37).
# * Course data: `data/integration_stages.csv` (compiled from the paper and the sources of the
#   dates: [Economic Union treaty 1993](bibliography.md#economic_union_treaty_1993); [CIS FTA 1994](bibliography.md#cis_fta_1994_wikipedia);
#   [EurAsEC list of Customs Union documents](bibliography.md#eurasec_customs_union_documents);
#   [Union State history](bibliography.md#union_state_history); [Kremlin EurAsEC
#   note](bibliography.md#kremlin_eurasec_note); [Common Economic Zone Agreement](bibliography.md#common_economic_zone_wikimili);
#   [Kremlin glossary: Customs Union](bibliography.md#kremlin_glossary_customs_union); [EAEU treaty
#   2014](bibliography.md#eec_2014_05_29); EU rows from European Commission and EEAS pages),
#   `data/glossary.csv`, `data/macro.csv` (World Bank WDI). Origins, licences and schemas are
#   in `data/datapackage.json`; `tools/make_data_04.py` rebuilds the table and checks the
#   paper phrases it relies on.
# * Code: `course/topics/ladder.py` (the ladder and the simulation), tested in `tests/test_ladder.py`.
