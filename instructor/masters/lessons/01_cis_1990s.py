# %% [markdown]
# # Module 01 · The CIS in the 1990s
#
# **From a "civilised divorce" to a narrowing circle of integration**
#
# | At a glance | Details |
# |---|---|
# | **You will be able to** | date and place the CIS founding texts of 1991–93 and say who never ratified the Charter; describe the staged design of the 1993 Economic Union and why the 1994 free trade agreement stalled; read the implementation record the paper cites (footnote 10) and say what it does and does not measure; weigh the "civilised divorce" reading; summarise the 1995 Presidential Decree; trace the narrowing circle (customs union, "Group of Four", Russia–Belarus Union State) and explain Russia's "fiscal veto" |
# | **Time needed** | about 75 minutes, plus 45 minutes for the exercises |
# | **In 60 minutes** | teach the sections marked *Core* (each marker gives its minutes); read the sections marked *Optional* or set them as homework. The teaching guide has the minute-by-minute plan |
# | **Paper** | §3 (the 1990s), §5 (the fiscal veto, fn 25–26), §7 (the early designs), footnotes 7–13 |
# | **Key terms** | Belovezha Agreement · Alma-Ata Protocol · CIS Charter · Economic Union · free trade area (FTA) · customs union · implementation vs entry into force · "civilised divorce" · multi-speed integration · "Group of Four" · Union State · fiscal veto |
#
# Module 00 showed *who* took part in the CIS. This module asks *what they agreed* in the
# 1990s, and how little of it happened. The paper's own verdict (§3) is double-edged: the
# record of integration is "certainly bad", yet the CIS "cannot be simply ruled out as a
# failure". By the end you should be able to argue either side with dates and numbers.

# %%
# The course first: it makes the Altair import about 1 s faster (course/__init__.py).
from course import charts, data
from course.topics import timeline
from course.questions import check_your_understanding
from course.widgets import explorer

import altair as alt
import pandas as pd

charts.enable()          # course theme; every chart is drawn offline as SVG
cyu = check_your_understanding("01_cis_1990s_lesson")

# %%
agreements = data.load("agreements_1991_2000")
members = data.load("memberships")
record = data.load("cis_implementation_record")

# %% [markdown]
# ## 1. The founding texts, 1991–1993
#
# *Core · 5 min*
#
# * **8 December 1991 — the Belovezha (Minsk) Agreement.** The leaders of **Belarus,
#   Russia and Ukraine**, meeting at Viskuli in the Belovezha forest, agree to create the
#   Commonwealth of Independent States ([Kremlin glossary: CIS](bibliography.md#kremlin_glossary_cis)).
# * **21 December 1991 — the Alma-Ata Protocol.** Eight more republics join, giving **11
#   founding states**; the three Baltic states and Georgia stay out, and Russia takes over
#   the USSR's seat at the UN ([CIS founding agreements](bibliography.md#cis_founding_agreements_coe)).
# * **22 January 1993 — the CIS Charter**, adopted in Minsk and signed by **seven** states
#   (Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Uzbekistan); it entered
#   into force on 22 January 1994 ([CIS Charter 1993](bibliography.md#cis_charter_wikipedia); the
#   in-force date rests on one source: Medium confidence).
#   Under the Charter a state becomes a *member* by ratifying it. Nine did. **Ukraine and
#   Turkmenistan never ratified it**: Ukraine, a founder of the CIS, was therefore never a
#   formal member, although it kept taking part in CIS bodies.
# * **Georgia** announced on 8 October 1993 that it would join; the sources put its entry
#   in December 1993 or in 1994, and none gives the day ([UPI 1993](bibliography.md#upi_1993_10_08);
#   [Kremlin glossary: CIS](bibliography.md#kremlin_glossary_cis); the day is Low confidence).
#
# **Notice a discrepancy.** The paper (§3) says the CIS rests on agreements signed "in
# December 1991 and January 1992 in Minsk and Moscow". The founding texts themselves put the
# second in **Alma-Ata** on 21 December 1991 ([CIS founding agreements](bibliography.md#cis_founding_agreements_coe)),
# and no source the course read names a January 1992 founding text. The course's data
# follow the sources; the paper may have had later
# implementing agreements in mind, but it does not say which.
#
# A note on the data: `memberships.csv` counts **Turkmenistan** as a CIS "member" until
# 2005, because it ratified the 1991 agreement, even though it never ratified the Charter
# (see the row's note). **Ukraine** is recorded as a "participant".

# %%
founding = agreements[agreements["kind"] == "founding"]
founding[["short_name", "signed", "in_force", "n_parties", "parties"]]

# %% [markdown]
# ## 2. The grand design: the Economic Union (1993) and the free trade area (1994)
#
# *Core · 5 min*
#
# **The Treaty on the Creation of the Economic Union** was signed in Moscow on
# **24 September 1993** by nine states (Armenia, Azerbaijan, Belarus, Kazakhstan,
# Kyrgyzstan, Moldova, Russia, Tajikistan, Uzbekistan); Turkmenistan and Georgia joined
# later and Ukraine was to be an associate member ([Economic Union treaty
# 1993](bibliography.md#economic_union_treaty_1993)). It was applied
# provisionally from 24 December 1993; **the date it entered into force was not found**
# (the course looked for it and found no source: Unconfirmed).
#
# The design was ambitious (paper §3, §7):
#
# * the goal was a **common economic space** with the four freedoms — free movement of
#   goods, services, capital and labour — plus concerted monetary, budget, tax, customs and
#   currency policies and harmonised economic law: in effect an **EU-type common market**;
# * it was to be reached **in stages**: first a **free trade area**, then a **customs
#   union**, then **economic and currency union** (§7). Article 4 of the treaty lists the
#   stages as free trade area, customs union, common market and currency union ([Economic
#   Union treaty 1993](bibliography.md#economic_union_treaty_1993));
# * and it was to be done fast: the stages that took the European Communities about
#   **fifty years** were planned for **ten to fifteen** (§7).
#
# **The free trade agreement of 1994.** The *Agreement on the Establishment of a Free
# Trade Area* was signed in Moscow on **15 April 1994** by **12** states and entered
# into force on **30 December 1994** ([CIS FTA 1994](bibliography.md#cis_fta_1994_wikipedia); Medium). It stalled: the
# parties **never agreed the multilateral list of exemptions** from free trade that the
# agreement itself required (paper §3). Russia and Turkmenistan only notified provisional
# application; two sources agree that Russia never ratified it ([CIS FTA
# 1994](bibliography.md#cis_fta_1994_wikipedia); [OSW 2011](bibliography.md#osw_2011_10_26)), while the
# sources conflict on who else did.
#
# What followed was "a long and impressive list" of further attempts (paper §3, fn 7): a
# protocol amending the agreement (2 April 1999, 11 signatories, [CIS FTA
# 1994](bibliography.md#cis_fta_1994_wikipedia)), then in
# June 2000 a *Plan-Schedule* adopted by the CIS heads of state (21 June) and a *Plan of
# measures* adopted by the heads of government (20 June), which gave each country its own
# free-trade timetable — an early case of **multi-speed integration**. The paper's verdict:
# these attempts "were doomed to fail, too" (§3). By §7's reckoning the CIS as a whole
# never completed even the **first** stage.

# %% [markdown]
# ## 3. Explore: the agreements of 1991–2000 on a timeline and a map
#
# *Core · 10 min*
#
# The table `data/agreements_1991_2000.csv` lists 23 founding texts and agreements of the
# decade, each with its dates, parties, the stage it aimed at, the paper's verdict on
# implementation, and its source. The timeline draws one row per agreement: a dot marks
# the signing date, a bar runs to the date of entry into force where a source gives
# one, and the colour is the **paper's verdict on implementation**. Grey means the paper
# gives no verdict: the course does not invent one. Diamonds mark the five "principal"
# agreements of footnote 10 (section 4).

# %%
charts.show(timeline.timeline_chart(agreements), source=data.cite("agreements_1991_2000"))

# %% [markdown]
# Now move the **year** slider: the map shows where each of the 15 states stood at the
# end of that year; read the year off the timeline above. The **view** list switches the
# map from the *innermost circle* (each state in the deepest arrangement it belonged to)
# to any single arrangement.
#
# *Things to notice*: the whole CIS space at the end of 1991; Georgia's entry; the
# customs union appearing in 1995; Belarus and Russia moving into their own circle from
# 1996; Tajikistan joining the inner group in 1999; and, in the *Economic Union treaty
# (1993)* view, three states whose joining dates the sources do not give.

# %%
draw = timeline.narrowing_draw(members)      # draw(year, view) -> the map for that year-end
explorer(draw, source=data.cite("memberships"),
         year=(1991, 2000, 1991), view=["innermost circle", *timeline.ARRANGEMENTS])

# %% [markdown]
# ## 4. The record: planned versus implemented (paper §3, footnote 10)
#
# *Core · 10 min*
#
# The paper sums up the record with figures from a 2001 Tacis study (*Regional trade
# agreements among CIS countries and WTO accession*), cited in footnote 10:
#
# * **44 of 70** bilateral economic agreements had been implemented;
# * **none of the five** principal plurilateral agreements had been: the CIS (1991), the
#   Economic Union of the CIS (1994), the Central Asian Economic Union (1995), GUUAM
#   (1999) and the Eurasian Economic Community (2000) — the years are the paper's;
# * **Russia** had implemented only **about one third** of its economic agreements with
#   its CIS partners.

# %%
charts.show(timeline.record_chart(record), source=data.cite("cis_implementation_record"))

# %% [markdown]
# The table stores the counts, not the percentages; compute the shares yourself:

# %%
timeline.implementation_shares(record)[["group", "agreements", "implemented", "not_implemented",
                                        "share", "label"]]

# %% [markdown]
# **Read the record critically.**
#
# * *Bilateral did better than plurilateral*: agreements between two states were carried
#   out far more often than the big multilateral designs.
# * *"Implemented" is not defined* in the paper, and it is **not the same as "in force"**:
#   the 1994 FTA entered into force and is still counted among the failures (§3).
# * *The Russian figure has no denominator*: "about one third" of how many agreements?
#   The paper does not say, so the course stores only the share.
# * *The years in footnote 10 do not always match the sources*: the Economic Union
#   treaty was signed in September **1993** ([Economic Union treaty 1993](bibliography.md#economic_union_treaty_1993)),
#   not 1994; the Central Asian treaty is dated 30 April **1994** ([Ushakova
#   2003](bibliography.md#ushakova_2003_caco); Medium), not 1995; GUAM was founded in
#   **1997** and became GUUAM when Uzbekistan joined in April 1999 ([Jamestown
#   1999](bibliography.md#jamestown_1999_guuam)). The course's table keeps the sources' dates
#   and records each conflict in `note`.
# * *EurAsEC was only months old*: signed on 10 October 2000 and in force from 30 May
#   2001 ([Kremlin EurAsEC note](bibliography.md#kremlin_eurasec_note)), it could hardly have been implemented by the time of a 2001
#   study.

# %%
cyu.numeric("cyu1", "Of the 70 bilateral economic agreements in footnote 10, how many had "
            "<b>not</b> been implemented?", answer=26, tol=0,
            hint="Subtract the implemented ones from the total (see the table above).")

# %% [markdown]
# ## 5. A "civilised divorce"?
#
# *Core · 10 min*
#
# From the start the CIS meant different things to different people (paper §3, fn 9,
# citing Batyuk 1999). Russia's left-wing opposition expected it to become a tool for
# **restoring the Soviet Union**; Russian liberals took the **European Union** as its
# model; and it also served as a means of **"civilised divorce"** — and as leverage over
# the other post-Soviet states.
#
# The paper's overall judgement (§3) is that the CIS "cannot be simply ruled out as a
# failure", for three reasons:
#
# 1. **It worked as a divorce scheme.** It helped keep the break-up of the USSR from
#    sliding into violent disorder of a kind that could have made integration impossible
#    for decades.
# 2. **"Failure" depends on the yardstick.** Olcott, Åslund and Garnett (fn 11) call the
#    CIS as much a failure as Russia itself, and the paper spells the comparison out:
#    measured against a technological breakthrough and a model Western democracy, Russia
#    failed; measured as a "normal country" — a typical
#    middle-income democracy like Turkey or Brazil (Shleifer and Treisman, fn 12) — it did
#    not. The CIS never became an EU-type entity, but that was never the only yardstick.
# 3. **Smaller tasks were done.** The CIS managed the **mutual recognition of documents
#    and licences**, and the **CIS Non-Visa Travel Agreement**, to which most CIS states
#    are parties, kept travel between them visa-free.
#
# The paper gives no date or list of parties for the Non-Visa Travel Agreement, and the
# course found no source for them, so it does not add them.
#
# > **Another reading — these are disputed theses, not settled facts.**
# > * *The "divorce" kept disorder away.* The paper itself lists "settling conflicts in the
# >   CIS member states" among the Foreign Policy Concept's two priority fields (§2) and
# >   discusses the Georgian–Abkhazian conflict (§5): the break-up was not free of armed
# >   conflict. Ask how much disorder the CIS prevented, where, and for whom; the course's
# >   sources do not measure it.
# > * *Russia as a "normal country".* This is Shleifer and Treisman's argument of 2003 (fn 12),
# >   which the paper borrows as a yardstick. Treat it as one reading, and test it against
# >   what happened next (module 06).
# >
# > *The objection, with sources.* The break-up was not peaceful everywhere. One survey counts
# > six armed conflicts with regular troops and heavy weapons from the late 1980s: Karabakh
# > (1988–94), South Ossetia (1991–92), Transnistria (1991–92), Abkhazia (1992–94), Tajikistan
# > (1992–96) and Chechnya, inside Russia ([Melintei, Lucian Blaga University of Sibiu](bibliography.md#melintei_nistru_1992);
# > one source, so Medium). In Moldova the Russian 14th Army gave arms and at times troops to the
# > Transnistrian side ([Dictionary of Wars, via OnWar](bibliography.md#onwar_moldova_1991)); the
# > ceasefire that Yeltsin and Moldova's president Snegur agreed in July 1992 set up a
# > peacekeeping force of Moldovan, Russian and Transnistrian units
# > ([Library of Congress country study, 1995](bibliography.md#loc_moldova_1995)), and Russian forces
# > were still in Moldova at the end of 2003 ([ECtHR, *Catan and Others v. Moldova and Russia*](bibliography.md#ecthr_catan)).
# > On this reading the "divorce" framed conflicts it did not stop, and peacekeeping was also a
# > lever. Which reading fits better is the disputed part.

# %% [markdown]
# ## 6. The 1995 Presidential Decree: why the CIS comes first
#
# *Optional · reading or homework*
#
# Decree No. 940 of **14 September 1995**, *"Russia's strategic course in its relations
# with the States-participants of the Commonwealth of Independent States"* (paper §3,
# fn 13), is one of the key texts of Russia's official approach. As the paper summarises
# it:
#
# * developing the CIS serves Russia's **vital interests**, and relations with CIS states
#   help Russia's inclusion in world political and economic structures;
# * the CIS is a **priority** for two reasons: Russia's main vital interests in the
#   economy, security and defence are **concentrated on CIS territory**; and cooperation
#   with CIS states **counters centrifugal tendencies inside Russia itself**;
# * the **main goal** is, in the paper's words, an "**economically and politically integrated
#   union of states** able to claim a worthy place in the world community", broken down into four tasks:
#   stability in all its dimensions; CIS states that are stable and **friendly towards
#   Russia**; **Russia as the leading force** in the new system of interstate relations in
#   the post-Soviet space; and building integration processes in the CIS;
# * **Article 5** makes mutually beneficial economic cooperation the basic condition of
#   the policy; **Article 7** backs **different-speed integration** — formally optional,
#   but a CIS state's attitude to it was to weigh in how much economic, political and
#   military **assistance** Russia would give it (§7).
#
# Nine years later the priority was unchanged. A primary source:
#
# > "work on deepening integration in the Commonwealth of Independent States remains our
# > priority, especially within the framework of the Common economic space, and the
# > Eurasian economic community. This, without exaggeration, is one of the conditions of
# > regional and international stability"
# >
# > — President Vladimir Putin, Address to the Federal Assembly, 26 May 2004 (paper §2, fn 6)

# %% [markdown]
# ## 7. The narrowing circle, 1995–1999
#
# *Optional · reading or homework*
#
# In the second half of the 1990s Russia turned to arrangements with **fewer
# participants** (paper §3). The grand designs for all twelve CIS states were put aside,
# with the proviso that others could join the smaller unions later (§7).
#
# * **Customs union.** Russia and Belarus signed an Agreement on the Customs Union on
#   **6 January 1995** (in force 30 November 1995); Kazakhstan joined by the agreement of
#   **20 January 1995** (in force 3 December 1997), Kyrgyzstan acceded on **29 March
#   1996**, and Tajikistan was admitted as the fifth member by a protocol of **26 February
#   1999** ([EurAsEC list of Customs Union documents](bibliography.md#eurasec_customs_union_documents);
#   [RFE/RL 1999](bibliography.md#rferl_1999_03_01)).
# * **The "Group of Four" treaty** — the *Treaty on Increased Integration in the Economic
#   and Humanitarian Fields* — was signed by Belarus, Kazakhstan, Kyrgyzstan and Russia on
#   **29 March 1996** ([EurAsEC list of Customs Union documents](bibliography.md#eurasec_customs_union_documents)). The paper (§3) calls it the "Eurasian Economic
#   Agreement", says Tajikistan joined in 1999, and says it was ratified by the Russian
#   Duma in 2001 but **never implemented**.
#   **The sources disagree, and the likeliest explanation is a conflation in the paper.**
#   The EurAsEC list of documents has the 1996 treaty **in force from 6 January 1997**; a
#   contemporary RFE/RL report, "Russian Duma Ratifies Important Agreements", has the
#   Duma ratifying it (365 votes) on 19 April, which fits 1996 (Medium: the year is
#   inferred). Tajikistan's joining in 1999 does fit the 1996 group (see the next bullet),
#   but a Russian ratification in 2001 fits its successor, the **EurAsEC treaty**: signed
#   by the same four plus Tajikistan on **10 October 2000**, it entered into force on
#   **30 May 2001** ([Kremlin EurAsEC note](bibliography.md#kremlin_eurasec_note)). The paper probably runs the 1996 treaty and the
#   EurAsEC treaty together. That is the course's reading of the dates, not something the
#   paper says. Either way, being in force is not being implemented.
# * **26 February 1999**: the same five states signed the *Treaty on the Customs Union
#   and Single Economic Space*; its date of entry into force was not found ([Customs Union
#   and SES treaty 1999](bibliography.md#cu_ses_treaty_1999)).
# * **Russia and Belarus** went furthest, step by step ([Union State
#   history](bibliography.md#union_state_history); dates of entry into force: [Free Movement
#   Hub](bibliography.md#freemovehub_belarus_russia), Medium): the **Community**
#   (treaty of 2 April 1996, in force 29 August 1996), the **Union** (treaty of 2 April
#   1997, in force 11 June 1997; Charter of the Union 23 May 1997), a declaration on
#   further unification (25 December 1998) and the **Union State** (treaty of 8 December
#   1999; ratified by the Duma on 22 December 1999 and by Belarus on 26 January 2000, when
#   it entered into force). The Union State treaty aimed at a common state with an
#   interim **customs union**, a **common currency** and unified structural policies. The
#   customs union was put in place; the common currency was not (paper §3).
#
# So, in the paper's words, the Russia–Belarus customs union was "the only functioning
# economic integration arrangement in the CIS" (§3): of the three stages of the 1993
# design, only Russia and Belarus reached the second (§7).

# %%
charts.show(timeline.circles_chart(members),
            source=data.cite("memberships"))

# %% [markdown]
# The same question in pandas: who was in which circle at the end of 1999?

# %%
end_1999 = pd.Series(timeline.circle_status(members, 1999), name="innermost circle, 31 Dec 1999")
end_1999.sort_values(key=lambda s: s.map(timeline.CIRCLE_CATEGORIES.index))

# %%
cyu.choice("cyu2", "Use the map above (view: <i>innermost circle</i>). At the end of 1996, which "
           "was the innermost arrangement Kazakhstan belonged to?",
           options=["The Russia–Belarus union", "The customs union", "The CIS only",
                    "None: it had left the CIS"],
           answer="The customs union",
           hint=["Set the slider to 1996 and read Kazakhstan's colour against the legend.",
                 "The innermost circle is the deepest arrangement a state was in at the year's end: "
                 "check which of the 1995 agreements of section 7 Kazakhstan signed, and whether it "
                 "joined the Russia–Belarus Community."])

# %% [markdown]
# ## 8. Russia's "fiscal veto"
#
# *Core · 10 min*
#
# Why did so little happen? One answer in the paper (§5, fn 25–26) points at Moscow
# itself. Following Henry Hale's argument (1997) about a "logic of economic
# anti-imperialism", the paper says that in the 1990s **Russia was often the one to bury
# CIS integration agreements**: to keep fiscal discipline and avoid the heavy spending
# that implementation would have required, Russian officials sabotaged agreements on
# financial grounds and played a behind-the-scenes role in stifling reunification. The
# paper's examples are the introduction of a **Ruble Zone in 1997** and the
# **Russia–Belarus Union in the same year**.
#
# **A probable slip in the paper.** The rouble zone had ended by 1997. Russia's currency
# reform took the old Soviet and Russian banknotes out of circulation from 26 July 1993;
# a "rouble zone of a new type" agreed by six states on 7 September 1993 was stillborn,
# and Kazakhstan's tenge (15 November 1993) sealed its end (*The Independent*, 24 July
# 1993; the agreement of 7 September 1993; *Astana Times*, November 2023; High). The
# "1997" fits only the second example: the watered-down Russia–Belarus Union treaty and
# Charter of April–May 1997, which members of the Russian government had opposed
# (RFE/RL, 1 and 9 April 1997; High). All are listed in the course bibliography. Read
# the paper's sentence as two episodes, 1993 and 1997.
#
# The paper sees this changing under Putin: Russia became readier to **pay** for
# integration — for example the August 2004 decision not to levy VAT on oil and gas
# exported to the SES states (§5, §6; module 03 works through that cost).

# %%
cyu.choice("cyu3", "The EurAsEC list of documents says the 1996 “Group of Four” treaty entered into force on "
           "6 January 1997; the paper says it was never implemented. Can both be true?",
           options=["No: a treaty in force is by definition implemented",
                    "Yes: entry into force is a legal step; implementation means the commitments "
                    "were actually carried out",
                    "Yes, but only because Tajikistan joined later"],
           answer="Yes: entry into force is a legal step; implementation means the commitments "
                  "were actually carried out",
           hint="Compare the 1994 FTA: in force since December 1994, yet the paper counts it "
                "among the failures.")

# %% [markdown]
# ## 9. Summary
#
# *Core · 10 min*
#
# * The CIS was founded by the **Belovezha Agreement** (8 Dec 1991, Belarus, Russia,
#   Ukraine) and the **Alma-Ata Protocol** (21 Dec 1991, 11 states); the **Charter** (1993)
#   was never ratified by **Ukraine** or **Turkmenistan**.
# * The **1993 Economic Union** planned an EU-type path — free trade area, customs union,
#   economic and currency union — in **10–15 years instead of about 50**. The **1994 FTA**
#   stalled over the list of exemptions, and every later attempt up to 2000 failed too.
# * The record (fn 10): **44 of 70** bilateral economic agreements implemented, **none of
#   the 5** principal plurilateral ones, Russia **about one third**. "Implemented" is not
#   "in force", and some of the footnote's years differ from the sources.
# * The CIS still worked as a **"civilised divorce"** and did smaller things (mutual
#   recognition of documents, visa-free travel).
# * The **1995 Decree** made the CIS Russia's priority, aimed at an integrated union of
#   states with **Russia as the leading force**, and tied Russian help to support for
#   **multi-speed** integration.
# * The circle narrowed: **customs union** (1995–99, five states), the **"Group of Four"**
#   (1996), the **Russia–Belarus Union State** (1999) — the only arrangement that
#   reached the second stage. And Russia's own **fiscal veto** helped bury the rest.
#
# **Next:** the graded exercises, `exercises/01_cis_1990s.ipynb`; then module 02, *The SES
# concept*.
#
# ## Sources and further reading
#
# * **Where to find the sources.** Every source the course cites, with its address, is in the
#   course bibliography, `notebooks/bibliography.md` (data: `data/bibliography.csv`). Each fact a
#   lesson takes from outside the paper is cited by a short name that links to its entry
#   there, e.g. ([CIS Charter 1993](bibliography.md#cis_charter_wikipedia)). The paper itself
#   is not shipped: the bibliography says what is known about it.
# * The paper, §3 and footnotes 7–13; §5 and footnotes 25–26; §7 (early designs); §2,
#   fn 6 (Putin's Address of 26 May 2004).
# * Works the paper cites: Tacis (2001), *Regional trade agreements among CIS countries
#   and WTO accession* (fn 10); Olcott, Åslund and Garnett (1999), *Getting It Wrong:
#   Regional Cooperation and the Commonwealth of Independent States* (fn 11); Batyuk
#   (1999), *Russia and the CIS* (fn 9); Hale (1997), *Russian Fiscal Veto on CIS
#   Integration*, PONARS Policy Memo 15 (fn 25); Presidential Decree No. 940 of 14 Sep
#   1995 (fn 13).
# * Sources of the dates: the CIS ([Kremlin glossary: CIS](bibliography.md#kremlin_glossary_cis);
#   [CIS founding agreements](bibliography.md#cis_founding_agreements_coe); [CIS Charter
#   1993](bibliography.md#cis_charter_wikipedia); [CIS member states](bibliography.md#cis_members_wikipedia);
#   [UPI 1993](bibliography.md#upi_1993_10_08)); the Economic Union and the FTA ([Economic Union
#   treaty 1993](bibliography.md#economic_union_treaty_1993); [CIS FTA 1994](bibliography.md#cis_fta_1994_wikipedia);
#   [OSW 2011](bibliography.md#osw_2011_10_26)); the customs union and the 1996 and 1999 treaties
#   ([EurAsEC list of Customs Union documents](bibliography.md#eurasec_customs_union_documents);
#   [RFE/RL Duma 1996](bibliography.md#rferl_duma_1996); [Customs Union and SES treaty
#   1999](bibliography.md#cu_ses_treaty_1999)); Russia–Belarus ([Union State
#   history](bibliography.md#union_state_history)); GUAM ([Jamestown 1999](bibliography.md#jamestown_1999_guuam));
#   EurAsEC ([Kremlin EurAsEC note](bibliography.md#kremlin_eurasec_note)); the CST ([Belarus MFA:
#   CSTO](bibliography.md#belarus_mfa_csto)); Central Asia ([Ushakova 2003](bibliography.md#ushakova_2003_caco)).
# * Course data: `data/agreements_1991_2000.csv` and `data/cis_implementation_record.csv`
#   (built by `tools/make_data_01.py`), `data/memberships.csv`; the logic behind the
#   widget and charts is in `course/topics/timeline.py`.
