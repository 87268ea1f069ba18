# %% [markdown]
# # Module 03 · Exercises: Instruments of pressure
#
# **14 questions · 27 points** (21 scored automatically, 6 by your instructor).

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
from course.topics import gas, vat
from course.questions import Exercise

import altair as alt
import pandas as pd

charts.enable()
ex = Exercise("03_instruments_of_pressure", title="Module 03 — Instruments of pressure")

# %% [markdown]
# ## Part A · Cases, families, carrots and sticks

# %%
ex.matching("q1", "Match each case to the family of instruments the paper (§6) puts it in.",
            left=["No VAT on oil and gas exported to the SES partners",
                  "Russia joins the Central Asian Cooperation organisation",
                  "Arms for CSTO members at Russian domestic prices",
                  "Gas at domestic prices in exchange for control over Beltransgas",
                  "Turning the 201st division in Tajikistan into a military base",
                  "The agreement on the Single Economic Space"],
            right=["legal and institutional", "energy", "security"],
            answer={"No VAT on oil and gas exported to the SES partners": "energy",
                    "Russia joins the Central Asian Cooperation organisation": "legal and institutional",
                    "Arms for CSTO members at Russian domestic prices": "security",
                    "Gas at domestic prices in exchange for control over Beltransgas": "energy",
                    "Turning the 201st division in Tajikistan into a military base": "security",
                    "The agreement on the Single Economic Space": "legal and institutional"},
            points=3, hint=["§6 of the paper (notebooks/bibliography.md#paper) and lesson 03, section 2 "
                            "sort the instruments into families.",
                            "§6 lists the families: integration agreements (legal and institutional); "
                            "oil, gas and energy supplies; military and security cooperation. Ask of "
                            "each case: is the lever a treaty, a fuel, or arms and bases?"])

# %%
ex.multi("q2", "Tick every <b>carrot</b>: something Russia paid or gave to win a neighbour over.",
         options=["No VAT on oil and gas exported to the SES partners (2004–05)",
                  "Gas for Belarus at $46.68 per 1,000 m³ in 2004",
                  "Gazprom stopping all gas to Belarus on 18 Feb 2004",
                  "Arms for CSTO members at Russian domestic prices",
                  "Switching off power circuits in Georgia and Moldova (the paper's claim)",
                  "Letting Ukrainians stay 90 days in Russia without registration"],
         answer=["No VAT on oil and gas exported to the SES partners (2004–05)",
                 "Gas for Belarus at $46.68 per 1,000 m³ in 2004",
                 "Arms for CSTO members at Russian domestic prices",
                 "Letting Ukrainians stay 90 days in Russia without registration"],
         points=2, hint=["Lesson 03, section 2 (three families of instruments, carrots and sticks) and "
                         "section 7.",
                         "A stick imposes a cost on the target; a carrot costs Russia something. Four "
                         "are carrots."])

# %%
ex.choice("q3", "The paper (§5, fn 25) cites Henry Hale's “fiscal veto”. What does it describe?",
          options=["Belarus and Ukraine refusing to pay Russian gas bills in the 1990s",
                   "Russian government officials quietly blocking CIS integration deals in the 1990s because "
                   "carrying them out would have cost the Russian budget too much",
                   "The Duma's power to veto the 2004 VAT amendments",
                   "The right of each SES state to veto decisions of the Council of Heads of State"],
          answer="Russian government officials quietly blocking CIS integration deals in the 1990s because "
                 "carrying them out would have cost the Russian budget too much",
          points=1, hint=["§5 and fn 25 of the paper (notebooks/bibliography.md#paper); lesson 01, "
                          "section 8 explains the same idea.",
                          "It is the 1990s pattern that the 2000s “readiness to pay” reverses (§5): if "
                          "Russia later became ready to pay, who had refused to pay before, and why?"])

# %%
ex.ordering("q4", "Put these events in the order they happened (dates: lesson 03 and its "
            "<i>Sources</i> in the course bibliography).",
            items=["Russia signs its accession protocol to the Central Asian Cooperation organisation",
                   "Gazprom stops all gas to Belarus, transit included",
                   "The Duma passes the Tax Code amendments on VAT for oil and gas exported to the CIS",
                   "The SES agreement is signed at Yalta",
                   "Russia and Belarus sign an agreement on indirect taxes (destination principle)",
                   "Russia is invited to join the Central Asian Cooperation organisation"],
            answer=["The SES agreement is signed at Yalta",
                    "Gazprom stops all gas to Belarus, transit included",
                    "Russia is invited to join the Central Asian Cooperation organisation",
                    "Russia and Belarus sign an agreement on indirect taxes (destination principle)",
                    "Russia signs its accession protocol to the Central Asian Cooperation organisation",
                    "The Duma passes the Tax Code amendments on VAT for oil and gas exported to the CIS"],
            points=2, hint=["The instruments table (data/instruments.csv, note column) has the dates; "
                            "lesson 03, sections 1 and 2.",
                            "One is in 2003; the other five run from February to December 2004. Write "
                            "the date beside each event, then sort."])

# %%
ex.choice("q5", "The paper (§6) says Russia switched off Moldova's and Georgia's power for short periods "
          "in 2003 and 2004. What is the best way to use this claim in an essay?",
          options=["As a confirmed fact: the paper is a research paper",
                   "Not at all: it is false",
                   "With a flag: the course's sources document no Russian cut-off (Moldova's 2004 cut was by "
                   "the Transnistrian authorities), so it is unconfirmed and should not carry the argument alone",
                   "As confirmed for Georgia, because RAO UES owned Tbilisi's distributor"],
          answer="With a flag: the course's sources document no Russian cut-off (Moldova's 2004 cut was by "
                 "the Transnistrian authorities), so it is unconfirmed and should not carry the argument alone",
          points=1, hint=["Lesson 03, section 5 (electricity: a claim the course's sources could not confirm).",
                          "Unconfirmed is not the same as false: read the electricity cases of lesson 03 "
                          "(section 5) and their sources (notebooks/bibliography.md#civil_ge_2003_08_19), then ask "
                          "how an essay should use a claim that no source documents."])

# %% [markdown]
# ## Part B · The VAT arithmetic
#
# Vice Prime Minister Zhukov put the cost of the switch to the destination principle at about
# **34 bn roubles (USD 1.17 bn) in 2005** (paper §6, fn 30); for Ukraine's budget the paper gives
# about **USD 800 m a year** (§4). Russia's standard VAT rate was **18 %** from 2004 (one
# secondary source, Medium: lesson 03, section 3). You may use plain arithmetic or the
# functions in `course.topics.vat` (`vat.implied_exchange_rate`, `vat.implied_base`, `vat.to_usd`).
#
# **Q6 (1 point).** What exchange rate, in roubles per US dollar, do the paper's two figures for
# the same cost imply? Give two decimals.

# %%
ex.numeric("q6", "Roubles per US dollar implied by 34 bn roubles = $1.17 bn.", answer=29.06, tol=0.02,
           units="roubles per US$", points=1, hint=["The paper gives the same sum twice, once in roubles "
                                                    "and once in dollars (lesson 03, section 3).",
                                                    "Divide the rouble amount by the dollar amount."])

# %%
### BEGIN SOLUTION
# STUDENT: rub_per_usd = ...
rub_per_usd = vat.implied_exchange_rate(34e9, 1.17e9)
### END SOLUTION
ex.check("q6", rub_per_usd)

# %% [markdown]
# **Q7 (2 points).** Under the origin principle Russia collected 18 % VAT on the oil and gas it
# sold to the three SES partners. What export base, in **billion roubles**, yields 34 bn roubles of
# VAT at 18 %? Give one decimal.

# %%
ex.numeric("q7", "Export base implied by 34 bn roubles of VAT at 18 % (bn roubles).", answer=188.89,
           tol=0.5, units="bn roubles", points=2,
           hint=["Lesson 03, section 3 (what the paper's figures imply): VAT is a share of a base. "
                 "Russia's 18 % rate: notebooks/bibliography.md#firmmaker_vat_rates.",
                 "VAT = base × rate, so base = VAT ÷ rate, with the rate as 0.18."])

# %%
### BEGIN SOLUTION
# STUDENT: base_bn_roubles = ...
base_bn_roubles = vat.implied_base(34e9, rate_pct=18) / 1e9
### END SOLUTION
ex.check("q7", base_bn_roubles)

# %% [markdown]
# **Q8 (2 points).** Ukraine's standard VAT rate in 2004–05 was most probably **20 %**, but this is
# *inferred*: no source the course read states it for those years (Low–Medium; lesson 03, section 3).
# *Assume* 20 % for Ukraine and 18 % for Russia. Then the USD 800 m for Ukraine's budget is 20 % VAT
# on a Ukrainian base, and the USD 1.17 bn is 18 % VAT on the base for all three partners. What
# **percentage** of the three partners' base would Ukraine's base be? Give one decimal.

# %%
ex.numeric("q8", "Ukraine's base as a share of the three partners' base, assuming 20 % in Ukraine and 18 % "
           "in Russia.", answer=61.54, tol=0.5, units="%", points=2,
           hint=["Lesson 03, section 3. Ukraine's 20 % rate: notebooks/bibliography.md#rada_vat_draft.",
                 "Back out each base first: base = VAT ÷ rate (800 ÷ 0.20 and 1,170 ÷ 0.18, in US$ m); "
                 "then divide and multiply by 100. (With 18 % on both sides the rates would cancel.)"])

# %%
### BEGIN SOLUTION
# STUDENT: ukraine_share_pct = ...
ukraine_share_pct = 100 * vat.implied_base(800e6, 20) / vat.implied_base(1.17e9, 18)
### END SOLUTION
ex.check("q8", ukraine_share_pct)

# %% [markdown]
# **Q9 (1 point).** A second source. When the Duma passed the VAT amendments (reported 17 Dec 2004),
# RIA Novosti estimated the 2005 budget loss at **35.8 bn roubles**, offset by **26.8 bn** from a
# higher mineral-extraction tax ([RIA Novosti 17 Dec 2004](../notebooks/bibliography.md#ria_2004_12_17)). What *net* cost, in bn roubles, does that
# estimate give? Type it in the box.

# %%
ex.numeric("q9", "Net cost of the switch for 2005 on RIA Novosti's figures (bn roubles).", answer=9.0,
           tol=0.05, units="bn roubles", points=1, hint=["The text above the question gives RIA "
                                                         "Novosti's two figures for 2005: the budget "
                                                         "loss and what offsets it.",
                                                         "Loss minus offset, both in bn roubles."],
           explanation="Far below the paper's 34 bn gross: always ask whether a cost is gross or net.")

# %% [markdown]
# ## Part C · The gas data (pandas)
#
# `data.load("gas_consumption_ei")` gives natural gas consumption in billion cubic metres (bcm),
# by state and year, from the Energy Institute (columns `iso3`, `ei_country`, `year`,
# `gas_consumption_bcm`). Germany (`DEU`) is included for comparison.

# %%
ei = data.load("gas_consumption_ei")
ei.head()

# %% [markdown]
# **Q10 (2 points).** In 2004 Belarus paid **USD 46.68** per thousand m³; exports to Germany fetched
# about **USD 100** net of transport (paper fn 31). Take Belarus's 2004 consumption from the table
# as the volume and compute the implied subsidy against the German price, in **millions of US dollars**.
# Remember: 1 bcm = 1,000,000 thousand m³. (You may use `gas.implied_subsidy`, which returns
# US dollars.)

# %%
ex.numeric("q10", "Implied subsidy to Belarus in 2004 against Germany's net price (US$ million).",
           answer=988.25, tol=3, units="US$ million", points=2,
           hint=["Lesson 03, section 4 (gas prices and Beltransgas) and its implied-subsidy calculator.",
                 "Filter iso3 == 'BLR' and year == 2004, take .item(); then (100 − 46.68) × bcm × "
                 "1,000,000 gives dollars; divide by 1,000,000 for millions."])

# %%
### BEGIN SOLUTION
# STUDENT: subsidy_m = ...
blr_2004 = ei.loc[(ei["iso3"] == "BLR") & (ei["year"] == 2004), "gas_consumption_bcm"].item()
subsidy_m = gas.implied_subsidy(100, 46.68, blr_2004) / 1e6
### END SOLUTION
ex.check("q10", subsidy_m)

# %% [markdown]
# **Q11 (2 points).** Which post-Soviet states in the table consumed **less** gas in 2023 than in
# 1990? Give their ISO3 codes (leave Germany out). Hint: `pivot` the table to one column per year.

# %%
ex.items("q11", "ISO3 codes of the post-Soviet states whose gas consumption was lower in 2023 than in 1990.",
         answer=["AZE", "EST", "LTU", "LVA", "UKR"], points=2,
         hint=["The table loaded above (ei) has gas_consumption_bcm by state and year; Germany is in it "
               "for comparison.",
               "wide = ei.pivot(index='iso3', columns='year', values='gas_consumption_bcm'); compare "
               "wide[2023] with wide[1990]; drop 'DEU'."])

# %%
### BEGIN SOLUTION
# STUDENT: shrinking = ...
wide = ei.pivot(index="iso3", columns="year", values="gas_consumption_bcm")
shrinking = wide.index[(wide[2023] < wide[1990]) & (wide.index != "DEU")]
### END SOLUTION
ex.check("q11", shrinking)

# %% [markdown]
# ## Part D · A chart (Altair)
#
# **Q12 (2 points).** Draw the gas consumption of **Belarus and Ukraine**, 1990–2023, as a
# **line chart** (`mark_line`): `year` on the x axis, `gas_consumption_bcm` on the y axis, one
# line per country coloured by `ei_country`. Give it a `title` and a `description`, then check it.

# %%
ex.chart("q12", "Line chart of gas consumption, Belarus and Ukraine, 1990–2023.",
         answer=[{"path": "mark.type", "equals": "line", "message": "Use lines: mark_line()."},
                 {"path": "encoding.x.field", "equals": "year", "message": "Put the field year on the x axis."},
                 {"path": "encoding.y.field", "equals": "gas_consumption_bcm",
                  "message": "Put the field gas_consumption_bcm on the y axis."},
                 {"path": "encoding.color.field", "equals": "ei_country",
                  "message": "Colour the lines by the field ei_country."}],
         points=2, hint=["The question lists what the checker wants: lines, the year on x, one colour "
                         "per state, a title and a description.",
                         "alt.Chart(df, title=..., description=...).mark_line().encode(x=..., y=..., "
                         "color=...), where df is the BLR and UKR rows of ei."])

# %%
### BEGIN SOLUTION
# STUDENT: chart = ...
two = ei[ei["iso3"].isin(["BLR", "UKR"])]
chart = alt.Chart(two, title="Gas consumption of Belarus and Ukraine, 1990–2023",
                  description="Two lines of natural gas consumption in bcm: Ukraine falls from about 120 bcm in "
                              "1990 to under 20 in 2023; Belarus stays between about 11.5 and 21.").mark_line().encode(
    x=alt.X("year:Q", axis=alt.Axis(format="d")),
    y=alt.Y("gas_consumption_bcm:Q", title="bcm"),
    color=alt.Color("ei_country:N", title=None))
### END SOLUTION
ex.check("q12", chart)
chart

# %% [markdown]
# ## Part E · Sources and argument
#
# **Q13 (2 points, scored by your instructor): a short source analysis.** At his press
# conference of 23 Dec 2004 Putin said that Georgia's leadership was “getting salary from Soros”,
# and spoke against “permanent revolutions” in post-Soviet republics “determined in some other
# place for this or that nation” (paper §5, fn 23–24).

# %%
ex.text("q13", "In 50–100 words: what do these words tell us about how the Kremlin saw the post-Soviet "
        "space at the end of 2004, and what can they <b>not</b> tell us? Mention who spoke, when and where.",
        rubric=["Connects the words to the paper's argument: the post-Soviet space seen as a zone of influence "
                "and a contest with the West, with change of power blamed on outsiders (1 point).",
                "Source criticism: a head of state's public words at a press conference (23 Dec 2004, Kremlin "
                "transcript, paper fn 23–24) show framing and intent; they are not evidence that the accusation "
                "is true, nor of which instruments were actually used (1 point)."],
        points=2, min_words=40)

# %% [markdown]
# **Q14 (4 points, scored by your instructor): a written argument.**

# %%
ex.text("q14", "In 150–250 words: <b>Did Russia's carrots cost more than they bought?</b> Use at least two "
        "numbers from this module (with their sources) and at least one later event (lesson 06, section 2).",
        rubric=["Puts a number, with its source, on at least two carrots: e.g. the VAT switch (34 bn roubles ≈ "
                "$1.17 bn in 2005, paper §6; or RIA Novosti's net 9 bn, 17 Dec 2004) and Belarus's gas (about $1 bn a "
                "year in 2004 against Germany's net price, paper fn 31 and EI data; later years against "
                "Europe's price of the same year, data/gas_price_europe.csv) (1 point).",
                "Says what the carrots were meant to buy and checks it against later events: e.g. Yushchenko won "
                "the repeat runoff and was inaugurated on 23 Jan 2005 (Orange Revolution timeline); Belarus's price rose to "
                "$100 and Gazprom was to buy 50 % of Beltransgaz (BBC, 31 Dec 2006); SES work was folded into "
                "EurAsEC in 2006 (Kremlin note on EurAsEC) (1 point).",
                "Weighs the non-economic returns the paper names (security, geopolitics, Russia's leading role, "
                "§4 and §9) and the limits of the estimates (assumed VAT rates, consumption is not imports, "
                "a border price is not a netback, an implied subsidy is an upper bound, unconfirmed claims) "
                "(1 point).",
                "Reaches a clear, qualified conclusion that follows from the evidence given (1 point)."],
        points=4, min_words=120)

# %% tags=["solution-only"]
ex.submit("q1", {"No VAT on oil and gas exported to the SES partners": "energy",
                 "Russia joins the Central Asian Cooperation organisation": "legal and institutional",
                 "Arms for CSTO members at Russian domestic prices": "security",
                 "Gas at domestic prices in exchange for control over Beltransgas": "energy",
                 "Turning the 201st division in Tajikistan into a military base": "security",
                 "The agreement on the Single Economic Space": "legal and institutional"})
ex.submit("q2", ["No VAT on oil and gas exported to the SES partners (2004–05)",
                 "Gas for Belarus at $46.68 per 1,000 m³ in 2004",
                 "Arms for CSTO members at Russian domestic prices",
                 "Letting Ukrainians stay 90 days in Russia without registration"])
ex.submit("q3", "Russian government officials quietly blocking CIS integration deals in the 1990s because "
          "carrying them out would have cost the Russian budget too much")
ex.submit("q4", ["The SES agreement is signed at Yalta",
                 "Gazprom stops all gas to Belarus, transit included",
                 "Russia is invited to join the Central Asian Cooperation organisation",
                 "Russia and Belarus sign an agreement on indirect taxes (destination principle)",
                 "Russia signs its accession protocol to the Central Asian Cooperation organisation",
                 "The Duma passes the Tax Code amendments on VAT for oil and gas exported to the CIS"])
ex.submit("q5", "With a flag: the course's sources document no Russian cut-off (Moldova's 2004 cut was by "
          "the Transnistrian authorities), so it is unconfirmed and should not carry the argument alone")
ex.submit("q9", "9.0")
ex.submit("q13", "Model answer: Putin spoke at his year-end press conference in the Kremlin on 23 Dec 2004, "
          "weeks after Ukraine's annulled runoff. Blaming Soros for Georgia's leaders and 'permanent "
          "revolutions' on outsiders shows that the Kremlin framed change in its neighbourhood as a contest "
          "with the West over a zone of influence, as the paper argues in §5. The words show perception and "
          "intent; they do not prove the accusation, nor tell us which instruments Russia used.")
ex.submit("q14", "Model answer: In money terms the carrots were large. The VAT switch cost about 34 bn roubles "
          "($1.17 bn) in 2005 by Zhukov's estimate (paper §6), although RIA Novosti's figures net to only 9 bn "
          "roubles once the higher extraction tax is counted (RIA Novosti, 17 Dec 2004). Belarus's gas at $46.68 was worth "
          "about $1 bn a year against Germany's net price on the EI's 18.5 bcm (fn 31). What did they buy? "
          "Ukraine's election, the main target of the VAT 'present', was lost: Yushchenko was inaugurated on "
          "23 Jan 2005 (Orange Revolution timeline), and the SES was folded into EurAsEC in 2006 (Kremlin note on EurAsEC). With "
          "Belarus, the price rose to $100 per 1,000 m³ in 2007 and Gazprom gained half of Beltransgaz "
          "(BBC, 31 Dec 2006) - but the subsidy did not stop: against Europe's 2007 border price (about $302, "
          "World Bank) less the transport cost fn 31 implies, the transfer was about $3 bn on 19.5 bcm, "
          "roughly three times the 2004 figure. So in the short run the carrots cost more, not less, and "
          "bought less than hoped; the paper "
          "would answer that Russia expected returns in security and leadership (§9), which these numbers "
          "cannot measure. The estimates also rest on assumptions: an 18 % Russian rate resting on one secondary source, an inferred 20 % for Ukraine, "
          "consumption standing in for imports, and a netback estimate that is an upper bound on Russia's cost.")
for qid in ["q1", "q2", "q3", "q4", "q5", "q9", "q13", "q14"]:
    print(ex.questions[qid].last.text())

# %% [markdown]
# ## Your score
#
# The table updates each time you check an answer. Hand in this notebook and the file
# `progress/03_instruments_of_pressure.json` if your instructor asks for them.

# %%
ex.summary()
