# %% [markdown]
# # Module 00 · Start here
#
# **Reintegrating the post-Soviet space: Russia's CIS strategy in the 2000s**
#
# | At a glance | Details |
# |---|---|
# | **You will be able to** | find your way around the course (lessons, exercises, checks, scores); name and locate the 15 post-Soviet states; untangle the acronyms CIS, SES, CES, CEES, IES and UES; describe the four "vectors" of Russia's integration policy and the organisations on each |
# | **Time needed** | about 45 minutes, plus 30 minutes for the exercises |
# | **In 60 minutes** | teach the sections marked *Core* (each marker gives its minutes); read the sections marked *Optional* or set them as homework. The teaching guide has the minute-by-minute plan |
# | **Paper** | §1 (introduction and footnote 1) and §2 (vectors of integration) |
# | **Key terms** | post-Soviet space · CIS · SES · CES · CEES · vector of integration · Big Four |
#
# The course is built on one research paper on Russia's integration policy in the
# post-Soviet space in the early 2000s (we call it "the paper" and cite it by section
# and footnote, e.g. *§3, fn 10*). It was written around 2005 — its latest date is 23
# December 2004 — but its author, title and venue could not be identified; the course
# bibliography (`notebooks/bibliography.md`) says what is known. Every fact or number in
# the course comes from the paper, from a public source in the bibliography (each one
# checked by the course and given a confidence rating), or from a dataset in the `data/`
# folder, and says which. Where the data and the paper disagree, the course shows both: learning to
# notice that is part of the course.

# %% [markdown]
# ## 1. How the course works
#
# *Core · 5 min*
#
# * **Seven modules**, each with a **lesson** notebook (in `notebooks/`) and a graded
#   **exercise** notebook (in `exercises/`). Work through them in order: 00 → 06.
# * **Run the notebook from the top**: menu *Run → Run All Cells*, or
#   <kbd>Shift</kbd>+<kbd>Enter</kbd> cell by cell. Charts are drawn on your own
#   machine, so the course works without internet.
# * **Widgets** — sliders, drop-down lists, buttons — let you explore. Move one and the
#   chart below it redraws.
# * **Checks**: each question has a *Check* button. You get instant feedback; after a
#   wrong answer you get a hint and can try again. Points count in the exercise
#   notebooks; the "check your understanding" questions in lessons are practice.
# * **Written answers** are scored by your instructor against a rubric, which you see
#   once you have submitted.
# * **Your progress is saved** after every check, in the `progress/` folder at the top of
#   the course. If the kernel restarts, run the notebook again and your answers come
#   back. On **Binder** the session ends after some minutes of inactivity and nothing
#   is kept: download the `progress/` files (right-click → *Download*) before you leave,
#   and upload them again next time.
#
# The cell below loads the course's helper package. Every notebook starts this way.

# %%
# The course first: it makes the Altair import about 1 s faster (course/__init__.py).
from course import charts, data
from course.topics import timeline
from course.topics.vectors import vectors_chart
from course.questions import check_your_understanding
from course.widgets import explorer

import altair as alt
import pandas as pd

charts.enable()          # course theme; every chart is drawn offline as SVG
cyu = check_your_understanding("00_start_here_lesson")

# %% [markdown]
# ## 2. The 15 post-Soviet states
#
# *Core · 10 min*
#
# When the Soviet Union dissolved in December 1991, its 15 union republics became
# independent states. The course's table of them is `data/states.csv` (ISO codes,
# English names and the Russian names in Latin transliteration):

# %%
states = data.load("states")
states[["iso3", "name_en", "name_ru_translit", "region"]]

# %% [markdown]
# Not all 15 joined the **Commonwealth of Independent States (CIS)**, and membership
# changed over time. The memberships table (`data/memberships.csv`, compiled by the
# course from public sources, each row naming its own) records who joined when, in what role,
# and who left. Move the slider to see the CIS in any year from 1991 to 2015.
#
# *Things to notice*: the three Baltic states never joined; Ukraine took part from the
# start but never ratified the 1993 CIS Charter, so it was never a formal member;
# Georgia joined late (1993) and left after the 2008 war; Turkmenistan stepped down to
# "associate member" in 2005.

# %%
members = data.load("memberships")


def cis_map(year: int):
    """The CIS on 1 July of `year` (the map is drawn by course/topics/timeline.py)."""
    return timeline.cis_map(members, year)


explorer(cis_map, source=data.cite("memberships"), year=(1991, 2015, 1995))

# %% [markdown]
# The same table answers questions with a line of pandas. Which states were inside the
# CIS in some role in mid-2010?

# %%
sorted(timeline.cis_roles(members, 2010))

# %%
cyu.multi("cyu1", "Which of these states were <b>never</b> in the CIS in any role?",
          options=["Estonia", "Georgia", "Latvia", "Lithuania", "Moldova", "Ukraine"],
          answer=["Estonia", "Latvia", "Lithuania"],
          hint="Move the slider through the years: which states stay grey the whole time?")

# %% [markdown]
# ## 3. The terminology tangle (paper §1 and footnote 1)
#
# *Core · 15 min*
#
# Reading about post-Soviet integration means wading through acronyms that look alike
# and sometimes name the same thing:
#
# * **CIS** names both a set of agreements and institutions *and*, loosely, the whole
#   post-Soviet space minus the Baltic states (§1).
# * The four-state project of **Belarus, Kazakhstan, Russia and Ukraine** (the "Big
#   Four") appears in documents and speeches as the **SES** (Single Economic Space),
#   **CES** (Common Economic Space), **IES** (Integral Economic Space — the name in the
#   2003 Concept itself, fn 18) and **UES** (Unified Economic Space). In Russian these
#   are *Obsheye* or *Edinoye ekonomicheskoye prostranstvo* (fn 1).
# * Between the **EU and Russia** the plan was first called the **CEES** (Common
#   European Economic Space); from 2004 "CES" took over there too (§1).
#
# **Footnote 1's point is in the Russian.** The four English names render just two
# Russian words: *obshcheye* (общее, **common**) gives the CES, while *yedinoye* (единое,
# **single**, unified, integral) gives the SES, the UES and the IES. The paper writes them
# *Obsheye* and *Edinoye*; the course uses the standard BGN/PCGN spelling. "Gradually",
# says fn 1, *Yedinoye ekonomicheskoye prostranstvo* (Единое экономическое пространство,
# ЕЭП) became the standard name. The glossary gives each term in Cyrillic where the course
# found a Russian source (column `russian_source`; all are in the bibliography).
#
# So "CES" can mean the Big Four *or* the EU–Russia space. The paper says it will use
# **SES** "consistently throughout" for the Big Four (§1), and this course does so. But
# **the paper does not quite keep its own rule** — the best live example of the tangle.
# In §4 it writes of the moment "when the CES would allegedly move to customs union
# stage" and of "analyzing the CES" (meaning the Big Four); in §8, within a few lines,
# "the CES negotiations between the EU and Russia" and "the CES member states" of the
# Big Four. When you meet "CES" in the paper, ask each time: which space?
#
# The glossary (`data/glossary.csv`) lists every term the course uses. Here are all the
# acronyms, including two you will meet in every module: **EurAsEC** (the Eurasian
# Economic Community of 2000) and the **CSTO** (the Collective Security Treaty
# Organization, the security alliance built on the 1992 treaty):

# %%
glossary = data.load("glossary")
glossary[glossary["acronym"].notna()][["acronym", "term", "russian_cyrillic", "russian_bgn", "paper_ref"]]

# %% [markdown]
# ### The founding texts of the CIS
#
# Five texts from 1991–94 set up the Commonwealth and its economic plans (module 01 reads
# them in detail). The course's table `data/agreements_1991_2000.csv` dates each from the
# texts themselves or the sources that report them ([Kremlin glossary: CIS](bibliography.md#kremlin_glossary_cis);
# [CIS founding agreements](bibliography.md#cis_founding_agreements_coe); [CIS Charter
# 1993](bibliography.md#cis_charter_wikipedia); [Economic Union treaty
# 1993](bibliography.md#economic_union_treaty_1993); [CIS FTA 1994](bibliography.md#cis_fta_1994_wikipedia)):
#
# * the **Belovezha Agreement** of Belarus, Russia and Ukraine creates the CIS;
# * the **Alma-Ata Protocol** extends it to eleven founding states;
# * the **CIS Charter** gives it its statute;
# * the **Treaty on the Creation of the Economic Union** plans the climb from free trade
#   to a currency union;
# * the **Agreement on a CIS Free Trade Area** tries the first rung.

# %%
agreements = data.load("agreements_1991_2000")
founding = ["belovezha_1991", "alma_ata_1991", "cis_charter_1993", "economic_union_1993", "cis_fta_1994"]
agreements.set_index("agreement_id").loc[founding, ["short_name", "signed", "n_parties"]]

# %%
cyu.choice("cyu2", "A 2005 news item says: <i>“The CES summit discussed the road map with Brussels.”</i> "
           "Which space is most likely meant?",
           options=["The Big Four's Single Economic Space", "The EU–Russia Common Economic Space",
                    "The Commonwealth of Independent States"],
           answer="The EU–Russia Common Economic Space",
           hint="Road maps with Brussels: who is the partner? See footnote 1 and §1.")

# %% [markdown]
# ## 4. Russia's four vectors of integration (paper §2, Figure 1 rebuilt)
#
# *Core · 10 min*
#
# The paper reads Russian policy documents as naming **four vectors** of integration:
# one **global** (the world economy and multilateral bodies) and three **regional** —
# the **EU**, the **CIS**, and the **Asia-Pacific** region. The Foreign Policy Concept of
# 2000 puts the CIS first among the regional priorities (§2, fn 3).
#
# The paper's Figure 1 shows the most important structure on each vector; the image is
# lost in our copy of the text, so the course rebuilds it from §2 and the sources named in
# the table's `source` column (`data/vectors.csv`). Note the empty Asia-Pacific column: the paper's text names no
# structure there, and the course does not invent one.

# %%
vectors = data.load("vectors")
vectors

# %%
charts.show(vectors_chart(vectors), source=data.cite("vectors"))

# %%
cyu.choice("cyu3", "Why is the Asia-Pacific column of the rebuilt figure empty?",
           options=["Russia had no interest in Asia", "The paper's text names no structure for that vector",
                    "The data were lost"],
           answer="The paper's text names no structure for that vector",
           hint="Read the note on the asia_pacific row of data/vectors.csv.")

# %% [markdown]
# ## 5. Summary
#
# *Core · 5 min*
#
# * The course has seven modules; each lesson has widgets and practice checks, each
#   exercise notebook is graded, and your progress is saved in `progress/`.
# * 15 states emerged from the USSR; 12 took part in the CIS at its widest, the Baltic
#   three never did, and the circle changed over time (Georgia out in 2009,
#   Turkmenistan associate from 2005).
# * "SES", "CES", "IES" and "UES" all name the Big Four project; "CES" and "CEES" also
#   name the EU–Russia space. The course says **SES** for the Big Four; the paper means
#   to, but slips into "CES" in §4 and §8.
# * The CIS rests on five founding texts of 1991–94, from the Belovezha Agreement to the
#   Free Trade Area agreement.
# * Russia's policy documents name four vectors of integration; the CIS comes first.
#
# **Next:** the graded exercises for this module, `exercises/00_start_here.ipynb`, then
# module 01, *The CIS in the 1990s*.
#
# ## Sources and further reading
#
# * **Where to find the sources.** Every source the course cites, with its address, is in the
#   course bibliography, `notebooks/bibliography.md` (data: `data/bibliography.csv`). Each fact a
#   lesson takes from outside the paper is cited by a short name that links to its entry
#   there, e.g. ([CIS Charter 1993](bibliography.md#cis_charter_wikipedia)). The paper itself
#   is not shipped: the bibliography says what is known about it.
# * The paper, §1–2 and footnotes 1–6 (Foreign Policy Concept 2000; National Security
#   Concept 2000; Putin's Address to the Federal Assembly, 26 May 2004).
# * Course data: `data/states.csv`, `data/memberships.csv`, `data/glossary.csv`,
#   `data/vectors.csv`, map `data/maps/post_soviet_110m.topojson` — origin and licence of
#   each in `data/datapackage.json`.
