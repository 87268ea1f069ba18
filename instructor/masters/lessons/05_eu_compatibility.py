# %% [markdown]
# # Module 05 · EU compatibility: can Ukraine integrate with Moscow *and* Brussels?
#
# | At a glance | Details |
# |---|---|
# | **You will be able to** | date the main steps of EU–Russia relations from the PCA to the road maps, next to the Big Four's Single Economic Space; explain why a customs union excludes a state's own free trade agreements with outsiders, and why EU membership and a customs union with the SES exclude each other; tell a legal rule from an author's reading; state the official Russian position (Chizhov, Putin, Khristenko) and Emerson's "two hubs" reading; test any combination of Ukraine's commitments |
# | **Time needed** | about 60 minutes, plus 45 minutes for the exercises |
# | **In 60 minutes** | teach the sections marked *Core* (each marker gives its minutes); read the sections marked *Optional* or set them as homework. The teaching guide has the minute-by-minute plan |
# | **Paper** | §8 (official approach to compatibility), with §2 (the EU vector), §4 (Ukraine and the SES) and §7 (stages) |
# | **Key terms** | PCA · CEES / CES · four Common Spaces · road maps · European Neighbourhood Policy (ENP) · free trade area (FTA) · customs union · common external tariff · rules of origin · hub and spoke |
#
# Modules 02–04 looked at Russia's integration projects from the inside. This module
# steps outside: in the same years Russia was also building a "Common Economic Space"
# with the **European Union**. The paper's §8 asks whether the two projects fit together.
# The question matters most for **Ukraine**, the SES member that also wanted to join the
# EU (§4). By the end you will be able to answer the course's closing question with a
# checker that shows which commitments can be combined, and which rule decides each pair.

# %%
# The course first: it makes the Altair import about 1 s faster (course/__init__.py).
from course import charts, data
from course.topics import partners, compatibility as cp
from course.topics.timeline import events_chart
from course.questions import check_your_understanding
from course.widgets import explorer

import altair as alt
import pandas as pd

charts.enable()
cyu = check_your_understanding("05_eu_compatibility_lesson")

# %% [markdown]
# ## 1. Two vectors, one calendar
#
# *Core · 10 min*
#
# The paper sees the EU vector as **recent**. Neither the 2000 Foreign Policy Concept nor
# the National Security Concept uses the word "integration" for relations with the EU (§2),
# whereas the CIS vector dates back to 1991. The legal base of EU–Russia relations is the
# **Partnership and Cooperation Agreement (PCA)**: signed in Corfu in June 1994, in force
# from December 1997 ([PCA, EUR-Lex](bibliography.md#pca_eurlex)). The idea of a **Common European Economic Space (CEES)**
# came next. The course rates its first appearance, in the EU's 1999 Common Strategy on
# Russia, only *Low–Medium* (one secondary source: [Samson](bibliography.md#samson_cees)). The firm milestones are the 2001 summit that set up a
# high-level group ([Joint Statement 2001](bibliography.md#kremlin_2001_05_17)), and the 2003 summit that agreed **four Common Spaces**
# ([Joint Statement 2003](bibliography.md#kremlin_2003_05_31)). From 2004 the
# economic space was called the "CES" (§1). The paper dates the start of the CES talks to
# 2001–2002 (§8), and the summit record agrees.
#
# The **Big Four's SES** ran alongside: announced in February 2003, signed at Yalta in
# September 2003, ratified in April 2004 ([Kremlin on the CES agreement](bibliography.md#kremlin_ces_2003);
# [RFE/RL 2004](bibliography.md#rferl_2004_04_21)). Meanwhile the **EU enlarged**
# on 1 May 2004, taking in Estonia, Latvia and Lithuania, and launched its **Neighbourhood
# Policy** for the new neighbours ([ENP Strategy Paper](bibliography.md#eurlex_enp_strategy)). According to one source, which the course
# rates Medium ([DeBardeleben 2010](bibliography.md#debardeleben_2010)),
# Russia declined to join the ENP and insisted on a "strategic partnership". The paper does
# not mention the ENP. The course's timeline puts both tracks side by side; each row has
# its source and the course's confidence in it:

# %%
timeline = data.load("eu_russia_timeline")
timeline[["date", "date_precision", "track", "label", "confidence", "source"]]

# %% [markdown]
# Move the slider to see the calendar up to the end of any year. The lower panel names the
# events of the chosen year; the shape shows how sure the course is of each event.
#
# *Things to notice*: the four Common Spaces (May 2003) came **before** the SES was signed
# at Yalta (September 2003); the SES was ratified and in force in the same weeks that the
# EU enlarged (April–May 2004). Two rows are dated only to a year or a month: Russia's
# refusal of the ENP (2004) and the SES being folded into EurAsEC (2006).

# %%
def timeline_chart(year: int):
    """Top: every event up to 31 December of `year`. Bottom: the events of `year`, by month."""
    return events_chart(timeline, year)


explorer(timeline_chart, source=data.cite("eu_russia_timeline"), year=(1994, 2006, 2003))

# %%
cyu.ordering("cyu1", "Put these four events in the order they happened.",
             items=["SES Agreement signed at Yalta", "EU enlargement (Baltic states join)",
                    "Four Common Spaces agreed (St Petersburg)", "PCA enters into force"],
             answer=["PCA enters into force", "Four Common Spaces agreed (St Petersburg)",
                     "SES Agreement signed at Yalta", "EU enlargement (Baltic states join)"],
             hint="Slide to 2003 and 2004 and read the labels; the PCA came into force in the 1990s.")

# %% [markdown]
# ## 2. Why the two projects can collide: tariffs, origin, standards
#
# *Core · 10 min*
#
# The paper (§8) calls the compatibility problem "multi-faceted and by no means trivial".
# It names two issues, **rules of origin** and the **compatibility of standards**, and it
# notes that the SES came up often in the EU–Russia CES talks (fn 38, an interview with a
# Russian diplomat in Brussels). The sharpest issue is the **logic of tariffs**. The course
# states it as three rules. They follow from what the arrangements *are*, so the course
# calls them **legal rules**, and keeps them apart from the paper's own reading:
#
# 1. **A free trade area (FTA)** removes tariffs between its members, but each member keeps
#    its **own** external tariff towards everyone else. So a state can be in **two FTAs**
#    with different partners. The price is **rules of origin**: only goods that really come
#    from a partner trade duty-free, so that goods from outside cannot slip in through the
#    member with the lower tariff.
# 2. **A customs union** goes one step further. Its members apply **one common external
#    tariff**. A member therefore **cannot keep its own FTA with an outsider**: duty-free
#    goods from that outsider would enter the whole union through the back door. Only the
#    union as a whole could sign such an FTA.
# 3. **Joining the EU means joining the EU's customs union** and its single trade policy.
#    A state cannot be in two customs unions with two different external tariffs. The
#    paper says so for Ukraine: EU membership is "unthinkable if Ukraine forms a customs
#    union with Russia" (§4).
#
# The SES Concept makes the collision concrete. Its **first stage** is a free trade regime;
# its **second stage** is "a customs union … with single tariffs" (§4, Box 1; §7). At
# Yalta in May 2004 Ukraine insisted on keeping to the first stage, while Kazakhstan's
# president wanted to go straight to the customs union (§4).
#
# The chart below applies the rules to every pair of the five commitments open to Ukraine
# (the rules are coded in `course/topics/compatibility.py`):

# %%
pairs = cp.pair_table()
charts.show(cp.pair_matrix_chart(pairs),
            source="course/topics/compatibility.py: rules from paper §4, §8 and customs-union logic")

# %% [markdown]
# The same rules as a table. The column `basis` keeps the **legal rule** apart from the
# **paper's reading**. Look at the row *FTA with the SES + EU membership*. The legal rule
# says the pair cannot last: once Ukraine is inside the EU customs union, an FTA of its own
# with the SES must go, unless the EU as a whole takes it over. The paper argues the other
# way round: Kyiv wants *only* an FTA from the SES **because** it is aiming at EU membership
# (§4). The paper is talking about a candidate's *aim*; the rule is about a member's
# *obligations*. Both can be right, but they answer different questions.

# %%
pairs[["label_a", "label_b", "status", "rule", "basis", "paper_reading"]]

# %% [markdown]
# ## 3. The official Russian position (paper §8)
#
# *Optional · reading or homework*
#
# Moscow's line was that the two projects **do not get in each other's way**:
#
# > "we believe that the various integration projects do not obstruct the progress of one
# > another"
# >
# > — V. A. Chizhov, Deputy Minister of Foreign Affairs, 2003 (paper §8, fn 39)
#
# > "the formation of a common economic space in Europe should not restrict the abilities of
# > parties to take part in different regional integration processes"
# >
# > — President V. V. Putin, on Russia–EU economic cooperation (paper §8, fn 40)
#
# > "It means that we are harmonising relations within Greater Europe. This has nothing to do
# > with any Russian aspiration to subjugate or absorb somebody."
# >
# > — President V. V. Putin, on the EU's four common spaces and the CES of the Big Four
# > (paper §8, fn 42)
#
# **Khristenko** (the paper calls him "Vice Minister", §4 and §8) gives the recipe. The SES would get in the way of the EU–Russia CES only if it were built
# without regard to Russia's obligations to its European partners, or the other way round.
# If a balance of interests and obligations is kept, the two spaces can grow in parallel.
# His evidence: **Mexico**, a member of NAFTA, signed a free trade agreement with the EU;
# and the EU itself has dozens of free trade agreements around the world (§8, fn 43).
#
# **Read the precedent carefully.** Mexico's case is **two free trade areas side by side**:
# NAFTA (the North American Free Trade Agreement) is a free trade area, not a customs
# union. That is exactly rule 1. It says
# nothing about a **customs union**, which is the SES Concept's second stage. So the
# precedent supports Kyiv's position (an SES FTA only) and not the later stages Moscow
# planned.
#
# **Emerson's reading** (§8, fn 41): in the Russian view the system should be **two
# hub-and-spoke systems**, one around the EU and one around Russia. The EU would agree not
# to interfere in CIS integration, and Russia would keep a free hand to deepen it.
#
# *A note on the sources*: in the course's copy of the paper the text stops in the middle
# of footnote 39. Footnotes 40–43 (the exact references for Putin, Emerson and Khristenko)
# are missing. The course cites them by number only and has not filled them in from
# elsewhere.

# %%
cyu.choice("cyu2", "Khristenko's Mexico example shows that …",
           options=["a customs union member can keep its own FTA with the EU",
                    "two free trade areas can coexist, with rules of origin",
                    "EU membership is compatible with a customs union with Russia",
                    "the EU never signs free trade agreements"],
           answer="two free trade areas can coexist, with rules of origin",
           hint="Is NAFTA a customs union or a free trade area? Which of the course's three rules "
                "does the example illustrate?")

# %% [markdown]
# ## 4. The compatibility checker
#
# *Core · 20 min*
#
# Tick the commitments that Ukraine would sign. The checker applies the rules to **every
# pair** and gives a verdict: *compatible*, *compatible on conditions* (it works, but needs
# rules of origin or a deal on WTO tariffs) or *incompatible*. Under the verdict it shows the
# rule that decides each pair, its basis, and the source. Try Kyiv's 2004 position (FTA
# with the SES), Moscow's stage 2 (customs union with the SES), and the Mexico model (FTAs
# with both).
#
# Why does *customs union with the SES + WTO membership* need conditions? The paper (§2)
# says Russia was still *trying* to join the WTO, and in 2004–05 Ukraine was not a member
# either. A common tariff set together with a non-member would have to be squared with the
# tariff commitments Ukraine would make on joining the WTO. (Looking ahead: Ukraine joined
# on 16 May 2008, Russia only on 22 August 2012; WTO announcements, see the bibliography
# and module 06.)

# %%
cp.checker(["fta_ses", "fta_eu"])

# %% [markdown]
# There are only five commitments, so there are 2⁵ = 32 possible sets, and the course can
# test them all. How many sets of each kind are there?

# %%
combos = cp.all_combinations()
combos["status"].value_counts()

# %% [markdown]
# Which sets are **as large as possible** without a clash? A set is maximal when adding any
# other commitment would create a clash:

# %%
cp.maximal_sets(combos)          # sets that hold together and cannot take one more commitment

# %% [markdown]
# That leaves three coherent strategies: **west** (EU membership), **east** (the SES
# customs union), or **both, but only as far as free trade** (the Mexico model). The
# checker cannot say which one Ukraine *should* choose. That is the question of the
# exercises.

# %%
cyu.multi("cyu3", "Which of these sets of commitments contain <b>no</b> incompatible pair? "
          "(Use the checker.)",
          options=["FTA with the SES + FTA with the EU", "Customs union with the SES + FTA with the EU",
                   "Customs union with the SES + EU membership", "FTA with the SES + customs union with the SES",
                   "FTA with the EU + EU membership + WTO membership"],
          answer=["FTA with the SES + FTA with the EU", "FTA with the SES + customs union with the SES",
                  "FTA with the EU + EU membership + WTO membership"],
          hint="A customs union rules out any other customs union and any FTA of your own with an outsider.")

# %% [markdown]
# > **Another reading — disputed: the EU as a rival offer.** The paper, and the checker, treat
# > the EU as a fixed legal frame that Ukraine's choices run into; the paper does not mention
# > the EU's Neighbourhood Policy, and Russia declined to join it (section 1). After the paper
# > was written the EU became a bidder in its own right. On 7 May 2009 it launched the
# > **Eastern Partnership** with six post-Soviet states (Armenia, Azerbaijan, Belarus, Georgia,
# > Moldova and Ukraine), with EUR 600 million proposed to 2013
# > ([Prague Joint Declaration](bibliography.md#prague_2009)). By 2013 what it had on the table for
# > Ukraine, Georgia and Moldova was an Association Agreement including a "Deep and Comprehensive
# > Free Trade Area" (DCFTA) ([European Commission, MEMO/13/1074](bibliography.md#ec_memo_13_1074)).
# > Two readings follow:
# > * *Rival hubs.* The EU and Russia bid for the same states, and a state that had to choose
# >   was pushed into the "either–or" of rules 2 and 3. On 21 November 2013 Ukraine's government
# >   suspended the preparation of its agreement, citing lost trade with Russia, and did not sign
# >   at the Vilnius summit a week later, where Georgia and Moldova initialled theirs
# >   ([EUobserver 21 Nov 2013](bibliography.md#euobserver_2013_11_21);
# >   [European Commission, MEMO/13/1074](bibliography.md#ec_memo_13_1074)).
# > * *The partners' choice.* Each state weighed the offers for itself. Armenia announced on
# >   3 September 2013 that it would join the Customs Union, and on 24 November 2017, by then an
# >   EAEU member, signed a partnership agreement (CEPA) with the EU that does not make it part of
# >   a DCFTA ([EUobserver 3 Sep 2013](bibliography.md#euobserver_2013_09_03);
# >   [CivilNet 24 Nov 2017](bibliography.md#civilnet_2017_11_24)). An agreement without a free
# >   trade area triggers none of the three rules: the checker's "east", plus a partnership with
# >   the west. Kyiv's own decree of November 2013 proposed a trilateral EU–Ukraine–Russia
# >   commission (EUobserver, above). Whether Armenia's turn of 2013 was a choice or a
# >   concession to Russian pressure is itself disputed ([Kostanyan and Giragosian, CEPS 2017](bibliography.md#ceps_2017_armenia)).
# >
# > Module 06 follows what each of them signed.

# %% [markdown]
# ## 5. Emerson's two hubs
#
# *Optional · reading or homework*
#
# Emerson's reading, as a picture: two **hubs**, the EU and Russia, each with its own
# **spokes**. Russia's spokes here are its SES and EurAsEC partners in mid-2004, taken from
# `data/memberships.csv`. Belarus is drawn with a customs union link, because the paper calls
# the Russia–Belarus customs union the only functioning arrangement in the CIS (§3). The
# EU's spokes are the ones the paper and the EU's own texts name: Mexico and "dozens" of other
# FTA partners (§8), and the Neighbourhood Policy partners ([ENP Strategy Paper](bibliography.md#eurlex_enp_strategy)). The grey link
# between the hubs is the PCA and the Common Spaces. Choose what Ukraine signs and watch
# where it ends up. Dashed links clash with another of Ukraine's commitments.

# %%
states = data.load("states").set_index("iso3")["name_en"]
mid_2004 = "2004-07-01"
ses = set(data.members_on("SES", mid_2004)) - {"RUS", "UKR"}
eurasec = set(data.members_on("EURASEC", mid_2004)) - {"RUS"} - ses
russia_spokes = {states[i]: ("customs union" if i == "BLR" else "economic community / SES")
                 for i in sorted(ses | eurasec)}
eu_spokes = {"Mexico (FTA, §8)": "free trade area", "dozens of other FTA partners (§8)": "free trade area",
             "Neighbourhood Policy partners": "neighbourhood policy"}
russia_spokes


# %%
def hubs_chart(ukraine_signs: str):
    return cp.hub_and_spoke(cp.SCENARIOS[ukraine_signs], russia_spokes, eu_spokes)


explorer(hubs_chart, source="paper §3, §8 (fn 41, 43); data/memberships.csv (SES, EurAsEC on 1 Jul 2004); "
                            "EU, ENP Strategy Paper COM(2004) 373", ukraine_signs=list(cp.SCENARIOS))

# %% [markdown]
# In the Russian view as Emerson reads it, **Ukraine would be a spoke of the Russian hub**,
# linked to the EU only through Russia's own partnership. Choosing *EU membership* moves Ukraine
# into the other system. The *FTAs with both* option is the only one that leaves Ukraine
# between the two hubs, which is where Kyiv wanted to stay.
#
# ## 6. What was at stake: Ukraine's trade
#
# *Core · 10 min*
#
# Which market mattered more to Ukraine? The IMF's Direction of Trade Statistics give
# Ukraine's own reported goods trade by partner (`data/ukraine_trade_partners.csv`). Two
# cautions. First, "European Union" is the IMF's aggregate as exported in 2022, and the
# workbook does not say which member states it covers in each year. Look at the table:
# there is **no jump in 2004** (the EU's share is 32.7 % in 2003 and 32.5 % in 2004), as
# there would be if ten new members had been added to the partner that year. That
# suggests — it is the course's inference, the workbook does not say so — that the series
# uses **one fixed membership, back-cast over all years**. If so, the "EU" of 1996–2003
# already includes the states that joined in 2004 (and perhaps later), and the pre-2004
# shares overstate what Ukraine traded with the EU *of the time*. Second, mirror figures
# reported by the partners differ.

# %%
trade = data.load("ukraine_trade_partners")
wide = trade.pivot(index="year", columns="partner", values="turnover_usd_m")
wide["SES partners (RU+BY+KZ)"] = wide[["Russia", "Belarus", "Kazakhstan"]].sum(axis=1, min_count=3)
shares = (wide.div(wide["World"], axis=0) * 100).drop(columns="World")
shares.loc[2002:2006, ["European Union", "Russia", "SES partners (RU+BY+KZ)"]].round(1)

# %% [markdown]
# Choose the flow (turnover = exports + imports) and the measure. *Things to notice*: in the years the paper covers, the
# EU's share of Ukraine's trade is about as large as that of its three SES partners taken
# together. Ukraine **bought** more from Russia than it sold there (switch the flow). An
# SES customs union would have tied Ukraine's external tariff, and so its trade with the
# EU, to decisions taken with Moscow.

# %%
def ukraine_trade_chart(flow: str, measure: str):
    return partners.ukraine_chart(trade, flow, measure)


explorer(ukraine_trade_chart, source=data.cite("ukraine_trade_partners"),
         flow=list(partners.FLOWS), measure=partners.MEASURES)

# %%
cyu.choice("cyu4", "In 2004, by Ukraine's own figures, was its goods trade (exports + imports) with the "
           "EU larger or smaller than with Russia?",
           options=["larger", "smaller", "about equal (within 1 %)"],
           answer="larger",
           hint="Read the 2004 row of the share table above, or set the chart to turnover in million US$.")

# %% [markdown]
# ## 7. Summary
#
# *Core · 10 min*
#
# * The EU–Russia track (PCA 1994/1997, the CEES group from 2001, the four Common Spaces
#   of 2003, the road maps of 2005) and the SES track (2003–2004) ran **at the same time**.
#   The EU's 2004 enlargement and its Neighbourhood Policy fell in the same weeks as the
#   SES ratifications.
# * **Legal rules**: two FTAs can coexist, given rules of origin. A customs union has one
#   common external tariff, so its members cannot keep their own FTAs with outsiders. EU
#   membership means joining the EU customs union, so it excludes a customs union with the
#   SES.
# * **The paper's reading**: for Ukraine, an FTA is the most the SES can be, because of
#   its EU aim (§4). The official Russian line (Chizhov, Putin) says the projects do not
#   obstruct each other. Khristenko's Mexico precedent covers FTAs only. Emerson reads
#   Russia as wanting **two hub-and-spoke systems**.
# * Of the 32 possible sets of Ukraine's five commitments, 16 contain a clash. The
#   coherent strategies are west, east, or free trade with both.
#
# **Next:** the graded exercises, `exercises/05_eu_compatibility.ipynb`, then module 06,
# *Conclusion and hindsight*, which follows what Ukraine actually signed. The EU–Ukraine
# Association Agreement with a free trade area was signed in 2014 ([Interfax-Ukraine
# 2017](bibliography.md#interfax_ua_2017_09_01)).
#
# ## Sources and further reading
#
# * **Where to find the sources.** Every source the course cites, with its address, is in the
#   course bibliography, `notebooks/bibliography.md` (data: `data/bibliography.csv`). Each fact a
#   lesson takes from outside the paper is cited by a short name that links to its entry
#   there, e.g. ([CIS Charter 1993](bibliography.md#cis_charter_wikipedia)). The paper itself
#   is not shipped: the bibliography says what is known about it.
# * The paper, §8 (fn 38–43), with §1, §2, §3, §4 (Box 1) and §7. Footnotes 40–43 are cut
#   off in the course's copy.
# * Sources of the dates: the SES ([Kremlin on the CES agreement](bibliography.md#kremlin_ces_2003);
#   [RFE/RL 2004](bibliography.md#rferl_2004_04_21)); EU–Russia, enlargement and the ENP ([PCA,
#   EUR-Lex](bibliography.md#pca_eurlex); [Samson](bibliography.md#samson_cees); Kremlin joint statements of
#   [17 May 2001](bibliography.md#kremlin_2001_05_17), [31 May 2003](bibliography.md#kremlin_2003_05_31) and
#   [6 Nov 2003](bibliography.md#kremlin_2003_11_06); [Luxembourg Presidency, 10 May
#   2005](bibliography.md#eu2005_road_maps); [StopVAW 2004](bibliography.md#stopvaw_2004_enlargement);
#   [ENP Strategy Paper](bibliography.md#eurlex_enp_strategy); [DeBardeleben 2010](bibliography.md#debardeleben_2010)).
# * Course data: `data/eu_russia_timeline.csv`, `data/ukraine_trade_partners.csv` (IMF
#   Direction of Trade Statistics), `data/memberships.csv`. Origin and licence of each are
#   in `data/datapackage.json`.
# * The rules of the checker: `course/topics/compatibility.py` (docstring), tested combination by
#   combination in `tests/test_compatibility.py`.
