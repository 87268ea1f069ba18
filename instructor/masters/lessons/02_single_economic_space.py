# %% [markdown]
# # Module 02 · The Single Economic Space
#
# **Reintegrating the post-Soviet space: Russia's CIS strategy in the 2000s**
#
# | At a glance | Details |
# |---|---|
# | **You will be able to** | explain what the "economisation" of Russian foreign policy meant for the CIS and name Khristenko's three strategies; describe the SES Concept of 2003 — its three stages, multi-speed and multi-level integration, and Ukraine's special place; explain why weighted voting in an SES Commission would make Russia dominant, and measure that dominance with voting-power indices; test the paper's numbers on the Big Four (94 % of CIS GDP, 88 % of trade flows, 225 million consumers) against the data, and explain why they differ; summarise the positions taken at the Yalta summit of May 2004 |
# | **Time needed** | about 75 minutes, plus 45 minutes for the exercises |
# | **In 60 minutes** | two sessions of 60 minutes: session 1 is §1–3 (the design and who decides), session 2 is §4–6 (the numbers, the market and Yalta); each marker names its session and minutes. With one session only, teach session 1 and set session 2 as reading and homework |
# | **Paper** | §4 (with Box 1, footnotes 14–22), §7 (the three stages) |
# | **Key terms** | economisation · SES Concept · multi-speed / multi-level integration · one state, one vote · weighted voting · quota · Banzhaf index · Shapley–Shubik index · veto player · dummy player · purchasing power parity (PPP) |
#
# This is the analytic heart of the course. The paper makes several claims with numbers
# in them; in this module you recompute them yourself from the data in `data/`, and you
# will find that some hold, some hold only under one definition, and one cannot be
# reproduced at all. That is normal: a number in an argument is only as good as its
# definition, its year and its source.

# %%
# The course first: it makes the Altair import about 1 s faster (course/__init__.py).
from course import charts, data
from course.topics import market, ses, voting
from course.questions import check_your_understanding
from course.widgets import explorer, slider

import altair as alt
import ipywidgets as w
import pandas as pd

charts.enable()          # course theme; every chart is drawn offline as SVG
cyu = check_your_understanding("02_single_economic_space_lesson")

# %% [markdown]
# ## 1. Economics moves up the agenda (paper §4)
#
# *Core · session 1 · 10 min*
#
# The paper splits Russia's CIS policy in the 2000s into two periods, with the turning
# point in the first half of 2004. In the first period — roughly Putin's first term —
# economic interests gained weight. The paper borrows the word **"economisation"** from
# Bobo Lo, who saw it as a defining trait of Putin's early foreign policy, visible above
# all in relations with the EU and in the bid to join the WTO (§4, fn 14). The paper's
# question is whether the same shift reached the CIS.
#
# Its main witness is an article by **V. B. Khristenko**, *Making Headway to
# Integration* (2004, fn 15). Khristenko ties integration to **competitiveness**: oil and
# gas cannot carry growth for long, and Russian manufactured goods are not yet
# competitive on world markets. He then sets out **three possible strategies** for foreign
# economic policy (§4):
#
# 1. **Protectionism** — fill the home market with domestic production first, export later;
# 2. **Fast liberalisation** — open up quickly, at the risk of painful social consequences;
# 3. **Widening the accessible market** — create a *"homogeneous space for Russian
#    companies beyond the boundaries of the Russian Federation"* (fn 17), whose larger
#    internal market would attract investment, bring economies of scale and lower
#    administrative costs.
#
# The third strategy is the economic case for the SES. But Khristenko's goal has two
# sides: competitiveness, and a geopolitical aim — a structure the world cannot do
# without (§4).
#
# > *"Our goal is creating a structure that is essential for the world; a structure in
# > which the world would be unable to function without Russia and alliances involving it."*
# > — V. B. Khristenko, *Making Headway to Integration*, 2004 (quoted in the paper, §4, fn 16)

# %%
cyu.choice("cyu1", "Which of Khristenko's three strategies does the Single Economic Space put into practice?",
           options=["Protectionism: saturate the home market first",
                    "Fast liberalisation of foreign trade",
                    "Widening the accessible market into a homogeneous space for Russian companies"],
           answer="Widening the accessible market into a homogeneous space for Russian companies",
           hint="Which strategy needs partners beyond Russia's borders? See §4 and fn 17.")

# %% [markdown]
# ## 2. The SES Concept of 2003 (paper §4, Box 1, §7)
#
# *Core · session 1 · 15 min*
#
# The **Single Economic Space** of Belarus, Kazakhstan, Russia and Ukraine — the "Big
# Four" — was Russia's main integration project from 2003 (§4). The agreement forming it,
# with the **Concept** as an integral part, was signed at **Yalta on 19 September 2003**;
# Ukraine's President Kuchma signed with a proviso that it must conform to Ukraine's
# constitution and its goal of EU integration ([Kremlin on the CES agreement](bibliography.md#kremlin_ces_2003);
# [PONARS memo 303](bibliography.md#ponars_memo_303)). The four parliaments ratified it in **April 2004**
# ([RFE/RL 2004](bibliography.md#rferl_2004_04_21)), and it entered into force on
# **20 May 2004** according to the WTO's database of trade agreements ([Common Economic Zone
# Agreement](bibliography.md#common_economic_zone_wikimili); the
# entry-into-force date rests on one copied source, confidence *Medium*). The Concept's
# own text calls the project an *Integral* Economic Space (fn 18).
#
# The Concept defines the SES as one economic space joining the four customs
# territories, with free movement of goods, services, capital and labour, a common
# foreign-trade policy, and co-ordinated customs, monetary and currency policies — *"at
# those degrees and in those volumes"* needed for fair competition and macroeconomic
# stability (Box 1). It is to be built in **three stages** (Box 1; §7):
#
# | stage | what it creates | what it frees or abolishes |
# |---|---|---|
# | 1 | a **free-trade regime** among the four; simpler customs procedures; unified rules on moving goods across borders | duties on trade among the four |
# | 2 | a **customs union** with single tariffs; a **common competition policy**; a **single regulating body** (the Commission) | exceptions for agricultural imports; protective and anti-dumping measures among the four |
# | 3 | the final stage: the regulating body also **controls natural monopolies** | **customs controls** on the internal borders; full freedom of movement for **services, capital and labour** |
#
# Two ideas make the design flexible (Box 1, Art. II of the Concept):
#
# * **Multi-speed** integration: each state decides *when* it joins each agreement.
# * **Multi-level** integration: the result — at a given moment the states sit at
#   *different levels* of integration.
#
# The paper gives two reasons for this flexibility: the lessons of the CIS, where
# all-member designs stalled (§3), and above all **Ukraine's special position** (§4).
# Kyiv officially aimed at EU membership, which the paper calls unthinkable if Ukraine
# formed a customs union with Russia — so a free-trade area was all Ukraine wanted
# from the SES, while a mere FTA did not pay for Russia (§4).

# %%
cyu.ordering("cyu2", "Put the SES Concept's three stages in order.",
             items=["Customs union with single tariffs and a single regulating body",
                    "No customs controls on internal borders; free movement of services, capital and labour",
                    "Free-trade regime; simpler customs procedures"],
             answer=["Free-trade regime; simpler customs procedures",
                     "Customs union with single tariffs and a single regulating body",
                     "No customs controls on internal borders; free movement of services, capital and labour"],
             hint="Box 1: the stages follow the classic ladder from free trade to an economic union.")

# %% [markdown]
# ## 3. Who decides? One state, one vote — then weighted votes (paper §4, Art. V)
#
# *Core · session 1 · 30 min*
#
# Compared with the CIS of the 1990s, the SES Concept is thin on institutions (§4):
#
# * **Stage one** has a single body, the **Council of Heads of State**, where each state
#   has **one vote** and decisions are taken by **consensus**. Every member can block
#   anything.
# * A **Commission** (the paper says the name is provisional) — the "single regulating
#   body" — appears only at **stage two**, with the customs union. Its decisions are to be
#   taken by **weighted voting, with votes based on each state's economic potential**
#   (Art. V of the Concept). The paper concludes that this *"will automatically lead to the
#   dominance of Russia"* (§4).
#
# The paper gives **no formula**: neither the weights nor the majority (the **quota**)
# needed to pass a decision. So we run a thought experiment. Suppose the weights are the
# states' **GDP** — a plain measure of "economic potential" — and the Commission passes a
# decision when the states in favour hold at least a chosen share of all the weight.
#
# **Weight is not power.** What matters is how often a state can change the result.
# Two standard measures, both computed exactly by `course.topics.voting`:
#
# * **Banzhaf index.** Look at every possible coalition of states. A state is a *swing*
#   in a winning coalition that would lose without it. Its Banzhaf index is its number of
#   swings divided by all states' swings.
# * **Shapley–Shubik index.** Line the states up in every possible order, each joining a
#   growing coalition; the *pivot* is the state whose arrival first reaches the quota. A
#   state's index is the share of orderings in which it is the pivot.
#
# A state that can **pass** a decision alone is a *dictator* (power 1); a state the others
# cannot outvote even all together can **block** alone (a *veto player*); a state that is
# never a swing is a *dummy* (power 0) whatever its weight. A classic example: in the
# Council of the European Economic Community of 1958 (weights 4, 4, 4, 2, 2, 1; quota
# 12: Treaty of Rome, Art. 148(2), the standard example in Felsenthal and Machover's
# *The Measurement of Voting Power*, listed under further reading), Luxembourg had a
# vote and no power at all. Check it:

# %%
eec = voting.power_table(["France", "Germany", "Italy", "Belgium", "Netherlands", "Luxembourg"],
                         [4, 4, 4, 2, 2, 1], quota=12)
eec.round(3)

# %% [markdown]
# Now the SES. The chart shows Russia's power in a GDP-weighted Commission of the Big
# Four in 2004, as the quota rises from a simple majority of the weight to unanimity.
# The dotted lines (labelled on the left) are Russia's share of the weight.

# %%
curve = ses.russia_power_curve(2004)          # Russia's power at every quota, GDP in US$ and at PPP
charts.show(ses.power_curve_chart(curve, 2004), source=data.cite("macro"))

# %% [markdown]
# *Read the chart.* Up to a quota equal to its own share of the weight, Russia decides
# alone: its power is 100 % and the three partners are dummies. Above that, the others
# matter, but Russia stays a **veto player** right up to unanimity, and its power is still
# far above the one-state-one-vote share of 25 %. Measuring at PPP lowers Russia's weight
# and so the quota at which it stops being a dictator.
#
# **Your turn — the voting power calculator.** Choose the members, the year, the GDP
# basis and the quota. The bars compare each state's share of the weight, its Banzhaf and
# Shapley–Shubik power, and its share under one state, one vote. The title says whether
# Russia can pass or block a decision on its own. (Exact computation for up to 15
# members; the EurAsEC and CIS-12 groups are there for comparison — the SES Concept
# concerns only the Big Four.)

# %%
explorer(ses.power_chart, source=data.cite("macro"),
         members=w.Dropdown(options=list(ses.power_groups()), description="Members"),
         year=slider("Year", 1995, 2024, 2004),
         basis=w.Dropdown(options=["US$", "PPP"], description="GDP basis"),
         quota=slider("Quota (% of weight)", 50, 100, 50))

# %%
cyu.numeric("cyu3", "Big Four, 2004, GDP in US$: move the quota slider up from 50 %. At what quota "
            "(whole per cent) does Russia first <b>lose</b> the power to pass decisions alone?",
            answer=82, tol=0.5, units="%",
            hint="Russia passes alone as long as its weight share reaches the quota. Its share of the "
                 "weight is the first bar; find the first whole per cent above it.")

# %% [markdown]
# ## 4. The Big Four in numbers: the paper against the data (paper §4)
#
# *Core · session 2 · 25 min*
#
# The paper says the Big Four *"account for 94 per cent of the GDP and 88 per cent of the
# total trade flows of the Commonwealth's states"*, and that a successful SES would be a
# market of *"approximately 225 million consumers – a rise of 50%"* on Russia's own (§4).
# It gives no year, no source, and no definition for these numbers. The course keeps
# them, with the section they come from, in `data/ses_paper_figures.csv`:

# %%
paper = data.load("ses_paper_figures")
paper[["figure_id", "claim", "value", "unit", "paper_ref"]]

# %% [markdown]
# **What is "the CIS" here?** We take the **12 states taking part in the CIS in 2003–04**
# (all post-Soviet states except the three Baltic states; Ukraine and Turkmenistan took
# part without ratifying the Charter — see module 00). That is `market.CIS12`. The shares
# below are recomputed from three sources: World Bank GDP at market exchange rates (US$);
# World Bank GDP at **purchasing power parity** (PPP) in the *current* vintage, which
# rests on the 2021 price comparison (ICP 2021); and an *older* PPP vintage, the Maddison
# Project Database 2018 in 2011 international dollars. Trade comes from the IMF's
# Direction of Trade Statistics as each state reported it (`data/cis_trade_2002_2005.csv`).

# %%
trade = data.load("cis_trade_2002_2005")
maddison = data.load("gdp_ppp_maddison_2018")


def shares_for(year: int) -> pd.DataFrame:
    """The Big Four's share of the CIS-12 by every definition, beside the paper's figure."""
    return ses.definition_shares(year, trade, maddison, paper)


shares_for(2004).round(1)

# %% [markdown]
# (The `paper_pct` column is read from `ses_paper_figures.csv`.) Pick a year to see how
# stable each definition is; the black tick is the paper's figure.

# %%
def paper_vs_data(year: int):
    return ses.paper_vs_data_chart(shares_for(year))


explorer(paper_vs_data, source="World Bank WDI; Maddison Project 2018 via OWID; IMF DOTS (see data/datapackage.json)",
         year=slider("Year", 2002, 2005, 2004))

# %% [markdown]
# **What the comparison teaches.**
#
# * **GDP.** At **market exchange rates** the data give about 94 % — the paper's figure.
#   At **PPP** the Big Four's share is lower, because prices in the poorer CIS states are
#   lower and PPP raises their GDP more than Russia's. The two PPP vintages also disagree
#   a little: PPP figures are revised each time prices are compared anew, so the PPP
#   numbers an author could use around 2005 are not the ones published today. The paper
#   does not say which basis it used; the match suggests market rates.
# * **Trade flows.** The result depends on the definition. The Big Four's share of the
#   CIS states' **total trade with the world** comes out around 90 %; their share of
#   **trade among the CIS states, as reported by the Big Four**, is the closest to 88 %;
#   trade with a Big Four state on **either side** is almost all intra-CIS trade, because
#   Russia trades with everyone; trade **among the Big Four only** is lower. The paper
#   does not say which it meant. Note also the *cells reported* column of
#   `market.trade_shares`: some flows are missing from the IMF source (for example
#   Russia's exports to Belarus in 2004), and the course does not fill them in.
#
# Now the **225 million consumers**. The chart shows the Big Four's population in the
# World Bank series, with the paper's 225 million as a dashed line.

# %%
macro = data.load("macro")
big4_pop = ses.big_four_population(macro)
last_above = ses.last_year_at_or_above(big4_pop, 225)
charts.show(ses.population_chart(big4_pop), source=data.cite("macro"))

# %%
size_2004 = market.market_size(market.BIG_FOUR, 2004).set_index("measure")
print(f"Big Four population, 2004: {size_2004.loc['population', 'union'] / 1e6:.1f} million; "
      f"Russia: {size_2004.loc['population', 'russia'] / 1e6:.1f} million; "
      f"the union is {size_2004.loc['population', 'change_pct']:.0f} % larger than Russia's own market.")
print(f"Last year the Big Four had at least 225 million people (World Bank series): {last_above}.")

# %% [markdown]
# So the "+50 %" holds for the years around the paper, but the **225 million does not**:
# by the World Bank's current series the four states had about 218 million people in
# 2003–04, and last had 225 million in the mid-1990s (the year printed above). The older
# UN/Gapminder estimates in `gdp_ppp_maddison_2018.csv` are lower still. The paper cites
# no source; perhaps it used an old population estimate, or rounded generously. We
# cannot tell, and we do not adjust the data to fit.
#
# ## 5. Bigger market, less buying power (paper §4)
#
# *Optional · session 2 · 10 min, or reading*
#
# The paper's last step: the common market *"will grow even less in terms of buying
# power since Russia's GDP per capita is the highest"* among the CIS states (§4). Adding
# poorer partners raises the number of consumers much more than the money they can spend.
# Add the fact that Russia and Belarus **already had a customs union** (so stage two
# added nothing between them), and that Ukraine wanted no more than a free-trade area,
# and the paper concludes that the SES would **not enlarge the market for Russian
# producers substantially** — so Russia's arithmetic must include non-economic,
# geopolitical variables (§4).
#
# **The market-size calculator.** Pick any members (hold <kbd>Ctrl</kbd> or
# <kbd>Shift</kbd> to select several) and a year. The bars show the union as a per cent of
# Russia alone: above 100 % the union is bigger, below 100 % it is poorer per head.

# %%
explorer(ses.union_chart, source=data.cite("macro"),
         members=ses.state_picker(market.BIG_FOUR), year=slider("Year", 1995, 2024, 2004))

# %% [markdown]
# Is Russia really the richest per head? It depends on the measure — another definition
# question. The table ranks the four by GDP per head in 2004 under the three measures:

# %%
names = data.load("states").set_index("iso3")["name_en"].to_dict()
mad04 = maddison[maddison["year"] == 2004].set_index("iso3")
m04 = macro[macro["year"] == 2004].set_index("iso3")
per_head = pd.DataFrame({
    "US$ (World Bank)": m04["gdp_pc_usd"],
    "PPP, current vintage (World Bank)": m04["gdp_pc_ppp"],
    "PPP, 2011 int$ (Maddison 2018)": mad04["gdp_ppp_2011"] / mad04["population"].astype(float),
}).loc[list(market.CIS12)]
per_head.rank(ascending=False).astype(int).loc[list(market.BIG_FOUR)].rename(index=names)

# %% [markdown]
# Russia ranks first among the twelve at market exchange rates and in the older PPP
# vintage — the kind of data the paper had. In the **current** World Bank PPP vintage,
# **Kazakhstan** comes out ahead of Russia. The paper's claim is true of the data of its
# time and of market rates, not of every measure published since.

# %%
cyu.multi("cyu4", "Which of the paper's numbers can you reproduce from the course data for 2003–04? "
          "Tick all that hold (within about one percentage point or a few million).",
          options=["94 % of CIS GDP, at market exchange rates",
                   "94 % of CIS GDP, at PPP (current World Bank vintage)",
                   "about 225 million consumers in the Big Four",
                   "the SES market about 50 % larger than Russia's by population"],
          answer=["94 % of CIS GDP, at market exchange rates",
                  "the SES market about 50 % larger than Russia's by population"],
          hint="Compare the bars and ticks of the paper-vs-data chart for 2003 and 2004, and the "
               "printed population figures.")

# %% [markdown]
# ## 6. Yalta, May 2004: three views of the same project (paper §4)
#
# *Core · session 2 · 15 min*
#
# Ratification did not settle what the SES should become. At the **special SES summit at
# Yalta** (Livadia Palace), which ended on **24 May 2004** ([Ukrainian Weekly
# 2004](bibliography.md#ukrweekly_2004_yalta)), the four presidents disagreed openly (§4):
#
# * **Putin** proposed a first package of agreements on **foreign trade, customs tariffs
#   and the business environment**.
# * **Nazarbaev** (the paper's spelling; usually *Nazarbayev*, as in the course's timeline data)
#   (Kazakhstan) wanted to **move straight to the customs union**.
# * **Ukraine** insisted that the first stage be limited to a **free-trade zone**.
#
# Moscow's expectation was that **Russia, Belarus and Kazakhstan** would form the core,
# with Ukraine moving *"in its own pace"* — exactly what multi-speed integration allows
# (§4). Two days after the summit, Putin's Address to the Federal Assembly put the
# project at the top of his CIS agenda:
#
# > *"… work on deepening integration in the Commonwealth of Independent States remains our
# > priority, especially within the framework of the Common economic space, and the Eurasian
# > economic community."* — V. V. Putin, Address to the Federal Assembly, 26 May 2004
# > (quoted in the paper, §2, fn 6)
#
# Russia was also ready to pay: in 2004 it decided to stop levying VAT on oil and gas
# exported to the other three SES states, a concession the paper prices at about 34
# billion roubles in 2005 and reads as a payment to Ukraine for joining (§4, §6, fn 20
# and 30; module 03 works through the arithmetic). By the end of 2004, in the middle of
# Ukraine's disputed presidential election, Putin's answers at his press conference of
# 23 December 2004 showed that Moscow saw developments in Ukraine as a threat to the
# project (§4). In June 2006 work on the SES was folded into EurAsEC ([Common Economic Zone
# Agreement](bibliography.md#common_economic_zone_wikimili); one source, confidence *Medium*).

# %%
cyu.matching("cyu5", "Match each leader or government at Yalta (May 2004) with the position the paper reports.",
             left=["Putin", "Nazarbaev", "Ukraine"],
             right=["First package: foreign trade, customs tariffs, business environment",
                    "Move directly to the customs union", "Limit the first stage to a free-trade zone"],
             answer={"Putin": "First package: foreign trade, customs tariffs, business environment",
                     "Nazarbaev": "Move directly to the customs union",
                     "Ukraine": "Limit the first stage to a free-trade zone"},
             hint="§4, the paragraph after Box 1.")

# %% [markdown]
# ## 7. Summary
#
# *Core · end of each session · 5 min*
#
# * In Putin's first term economics gained weight in Russian foreign policy
#   ("economisation", Lo). Khristenko's third strategy — widen the accessible market into
#   a homogeneous space for Russian companies — is the economic case for the SES; his goal
#   was also geopolitical.
# * The SES Concept (signed at Yalta, 19 September 2003) plans three stages: free trade →
#   customs union with a single regulating body → free movement of services, capital and
#   labour without internal customs controls. It is multi-speed (each state chooses when
#   to join) and therefore multi-level — mainly because of Ukraine.
# * Stage one runs on one state, one vote and consensus; from stage two a Commission
#   votes by economic weight (Art. V). With GDP weights Russia holds most of the weight
#   of the Big Four: it is a dictator at any quota up to its weight share and a veto
#   player above it.
# * The paper's 94 % of CIS GDP matches the data at market exchange rates, not at PPP;
#   its 88 % of "trade flows" matches one of several possible definitions; the +50 %
#   holds; the 225 million cannot be reproduced from the World Bank series for 2003–04.
# * The bigger market adds people more than buying power, so Russia's case for the SES
#   must rest partly on non-economic aims.
#
# **Next:** the graded exercises, `exercises/02_single_economic_space.ipynb`, then module
# 03, *Instruments of pressure*.
#
# ## Sources and further reading
#
# * **Where to find the sources.** Every source the course cites, with its address, is in the
#   course bibliography, `notebooks/bibliography.md` (data: `data/bibliography.csv`). Each fact a
#   lesson takes from outside the paper is cited by a short name that links to its entry
#   there, e.g. ([CIS Charter 1993](bibliography.md#cis_charter_wikipedia)). The paper itself
#   is not shipped: the bibliography says what is known about it.
# * The paper, §4 (Box 1; footnotes 14–22), §2 (fn 6), §6 (fn 30), §7.
# * Lo, B. (2004), *Principles and Contradictions. The Foreign Policy of Vladimir Putin* (paper fn 14).
# * Khristenko, V. B. (2004), *Making Headway to Integration*, *Rossiya v globalnoy politike* (the
#   paper translates it "Russia in global politics"; English edition *Russia in Global Affairs*)
#   No. 2 (paper fn 15).
# * The SES Concept in English (paper fn 18).
# * Sources of the SES dates: signing ([Kremlin on the CES agreement](bibliography.md#kremlin_ces_2003);
#   [PONARS memo 303](bibliography.md#ponars_memo_303)), ratification ([RFE/RL
#   2004](bibliography.md#rferl_2004_04_21)), entry into force ([Common Economic Zone
#   Agreement](bibliography.md#common_economic_zone_wikimili)), Yalta summit ([Ukrainian Weekly
#   2004](bibliography.md#ukrweekly_2004_yalta)).
# * Course data: `data/macro.csv` (World Bank WDI), `data/gdp_ppp_maddison_2018.csv`
#   (Maddison Project 2018 via OWID), `data/cis_trade_2002_2005.csv` (IMF Direction of
#   Trade Statistics), `data/ses_paper_figures.csv` — origin and licence of each in
#   `data/datapackage.json`.
# * On power indices: the two measures are named after their authors (Banzhaf; Shapley
#   and Shubik); D. Felsenthal and M. Machover, *The Measurement of Voting
#   Power*, discuss the EEC example. The unit tests in `tests/test_voting.py` check the
#   calculator against such textbook games.
