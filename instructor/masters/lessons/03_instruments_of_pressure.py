# %% [markdown]
# # Module 03 · Instruments of pressure
#
# **Carrots and sticks: how Russia pushed its neighbours towards integration, and what it paid**
#
# | At a glance | Details |
# |---|---|
# | **You will be able to** | explain the turn in Russia's CIS policy at the start of Putin's second term; list the five means the paper sees in Ukraine's 2004 election; sort Russia's instruments into three families (legal and institutional, energy, security) and into carrots and sticks; compute who collects VAT under the origin and the destination principle and back out what the paper's figures imply; put a dollar figure on a gas price below the market; say which of the paper's claims the course's sources could not confirm |
# | **Time needed** | about 75 minutes, plus 45 minutes for the exercises |
# | **In 60 minutes** | teach the sections marked *Core* (each marker gives its minutes); read the sections marked *Optional* or set them as homework. The teaching guide has the minute-by-minute plan |
# | **Paper** | §5 (partial return to the old paradigms), §6 (the wide variety of means) and the VAT passage of §4; footnotes 20–34 |
# | **Key terms** | carrot and stick · zone of influence · fiscal veto · country-of-origin principle · country-of-destination principle · implied subsidy · Beltransgas · CSTO · CAC |
#
# The paper argues that Russia's policy in the post-Soviet space changed character around
# 2004: from weighing costs and benefits towards paying, sometimes dearly, to keep its
# neighbours close. This module looks at the *instruments* it used. For each one we ask
# three questions: **what was it, whom did it target, and what did it cost?** And, as
# always in this course, a fourth: **how sure are we?** One of the paper's examples could
# not be confirmed in any source the course found, and the lesson shows you how to tell.

# %%
# The course first: it makes the Altair import about 1 s faster (course/__init__.py).
from course import charts, data
from course.topics import gas, instruments, vat
from course.questions import check_your_understanding
from course.widgets import explorer, float_slider

import altair as alt
import pandas as pd

charts.enable()
cyu = check_your_understanding("03_instruments_of_pressure_lesson")

# %% [markdown]
# ## 1. The turn: from cost–benefit back to a zone of influence (paper §4–5)
#
# *Core · 10 min*
#
# The paper splits the 2000s into two periods. During Putin's first term (the paper dates
# that period to 2000–2003, §9) Russian policy grew more **pragmatic**: fewer grand
# all-CIS institutions, more attention to trade and to economic interests (§4). The turning
# point falls in the first half of 2004, at the start of the second term (§4). From then on,
# the paper argues, the wish to reassert Russia's **traditional zone of influence** gains
# ground over calculations of costs and benefits (§5). It dates a run of such cases to the
# twelve months from March 2004: above all Ukraine, but also Abkhazia and Georgia (§5).
#
# > **Another reading — the periodisation is the paper's thesis.** A clean turn in 2004 is
# > an interpretation to test, not a fact. Test it *backwards* as well as forwards: were
# > there coercive cases before March 2004? One in this module's data is the gas cut-off to
# > Belarus of 13–19 February 2004 (section 4). And read Russia's energy moves two ways:
# > as pressure, or as commercial repricing — a price rise can be both.
# >
# > *Testing backwards, with sources.* Two episodes of autumn 2003 fall before the paper's
# > turning point. In autumn 2003 Russian workers built a dam in the Kerch Strait towards
# > Tuzla, an island Ukraine holds; Kyiv called it an attempt to annex its land, and the
# > construction stopped in late October, hours after Kuchma flew to the island
# > ([RFE/RL 15 Oct 2003](bibliography.md#rferl_2003_10_15); [RFE/RL 24 Oct 2003](bibliography.md#rferl_2003_10_24);
# > [Kyiv Post, Oct 2003](bibliography.md#kyivpost_2003_tuzla)). In November 2003 Russia put forward the
# > "Kozak Memorandum", a plan for a federal Moldova ([ECtHR, *Catan and Others v. Moldova and Russia*, §27](bibliography.md#ecthr_catan)),
# > which President Voronin declined to sign, according to the then head of the OSCE mission
# > because of its clauses on Russia's military presence ([ITAR-TASS, interview with William Hill](bibliography.md#tass_hill_kozak)).
# > Both fit a zone-of-influence reading of the *first* term; both can also be read as
# > bargaining. Does a clean turn in 2004 survive them?
#
# The contrast with the 1990s is money. Henry Hale called the 1990s pattern Russia's
# **fiscal veto**: Russian government officials quietly stifled integration deals because
# carrying them out would have cost the budget too much; the paper's examples are the Ruble
# Zone and the Russia–Belarus Union, which it dates "in 1997" (§5, fn 25–26). The rouble
# zone had in fact ended in 1993, so the date is probably a slip in the paper (module 01,
# section 8). In the 2000s, by contrast,
# the paper sees Russia saying more openly that it is ready to pay for integration (§5): the
# August 2004 decision not to levy VAT on oil and gas sold to the SES partners, and the
# upkeep of the bases in Armenia and Tajikistan while bases in Cuba and Vietnam were
# closed.
#
# ### Ukraine's 2004 presidential election: five means (§5)
#
# Russia backed Viktor Yanukovych. The paper lists five means:
#
# 1. **The VAT "present"**: the switch to the country-of-destination principle for oil and
#    gas, which the paper says was realised shortly before the elections (§5; section 3 below).
# 2. **Personal support at the highest level**: Putin flew to Ukraine twice; senior Russian
#    officials denounced Yushchenko.
# 3. **Money and mobilisation**: resources to mobilise Ukrainians living in Russia; Moscow
#    was covered with billboards calling them to vote for Yanukovych.
# 4. **Residence rules**: Ukrainians could stay 90 days in Russia without registration, up
#    from three; double citizenship was rushed through the Duma. After protests the same
#    rule had to be granted to Russian citizens.
# 5. **Early congratulations**: Putin, with the presidents of Turkmenistan and Belarus,
#    congratulated Yanukovych after the second round.
#
# What happened next ([Orange Revolution timeline](bibliography.md#orange_revolution_timeline), High): the runoff was held
# on 21 Nov 2004; the Supreme Court annulled it on 3 Dec; the repeat runoff on 26 Dec
# 2004 was won by Yushchenko, inaugurated on 23 Jan 2005. The congratulations came for a
# victory that the courts then cancelled.
#
# ### Georgia and Abkhazia (§5)
#
# Russia backed Abkhazia in its conflict with Georgia, and treated the new leadership in
# Tbilisi as a vehicle of the West. At his end-of-year press conference Putin went further:
#
# > Georgia's leadership is "getting salary from Soros".
# > — Vladimir Putin, press conference, Kremlin, 23 Dec 2004 (paper §5, fn 23)
#
# > He spoke against "permanent revolutions" in the post-Soviet republics, "determined in
# > some other place for this or that nation".
# > — Vladimir Putin, same press conference (paper §5, fn 24)
#
# *Reading the source*: these are the words of a head of state at a public press
# conference, reported in the Kremlin's English transcript. They tell us how the Kremlin
# framed events (a contest with the West), not whether the accusation was true.

# %%
cyu.choice("cyu1", "Which of these is <b>not</b> among the five means the paper (§5) lists for "
           "Ukraine's 2004 election?",
           options=["Switching VAT on oil and gas to the destination principle",
                    "Putin flying to Ukraine twice to back Yanukovych",
                    "Cutting off gas supplies to Ukraine",
                    "Letting Ukrainians stay 90 days in Russia without registration"],
           answer="Cutting off gas supplies to Ukraine",
           hint="Re-read the numbered list. The gas cut-off to Ukraine came later (January 2006; see bibliography.md#rferl_2006_01_03).")

# %% [markdown]
# ## 2. Three families of instruments, carrots and sticks (paper §6)
#
# *Core · 10 min*
#
# The paper sorts the means Russia used "to pressure the CIS states or to give them various
# incentives" into three broad families (§6):
#
# 1. **Legal and institutional**: integration agreements (EurAsEC, the SES) that create the
#    legal frame, with Russia inside and no encouragement for unions without it. In 2004
#    Russia also **entered the Central Asian Cooperation organisation (CAC)**, until then the
#    only post-Soviet body in Central Asia without Russia (§6, fn 29). The sources date
#    the steps: invited on 28 May 2004, accession protocol signed on 18 Oct 2004
#    ([Kremlin 18 Oct 2004](bibliography.md#kremlin_2004_10_18_caco); [Eurasian Home:
#    CACO](bibliography.md#eurasian_home_caco)); some copies give 28 May 2004, the invitation, as the
#    date Russia joined.
# 2. **Energy**: VAT on oil and gas, gas prices, the gas transport company **Beltransgas**
#    (the paper's spelling; module 06 and most sources write *Beltransgaz*), investment
#    projects (Gazprom's *intention* to invest in the Iran–Armenia pipeline) and electricity.
# 3. **Security**: keeping the bases in **Armenia** and **Tajikistan** while closing those in
#    **Cuba and Vietnam**, and selling arms to the members of the **CSTO** at Russian
#    domestic prices.
#
# The course adds a fourth family, **political**, for the election means of §5, which fit
# none of the three. A **carrot** is something Russia pays or gives; a **stick** is a cost
# it imposes. Many instruments are neither: an agreement or a base is the *frame* through
# which carrots and sticks work. The course marks those "neither".
#
# The cases are in `data/instruments.csv`, one row per case and target state, each with its
# source and the course's confidence grade. Some rows come from other sources, not the
# paper (`in_paper` is false): the gas cut-off to Belarus in February 2004, which the paper
# does not mention, and the disputes of 2006, after the paper was written. Where a case has
# several targets, its `value` is repeated on each row: never add it up across one case.
#
# > **Another reading — disputed: the partners chose too.** The paper, like this module, looks
# > at the instruments from Moscow, so the neighbours appear as *targets*. Seen from the other
# > capitals they were actors who bargained, built their own clubs and walked out:
# > * *They bargained over the design.* Kuchma signed the SES Agreement on 19 September 2003
# >   with a proviso that it must conform to Ukraine's constitution and to its aim of EU
# >   integration ([Kremlin, CES background](bibliography.md#kremlin_ces_2003)). At Yalta in
# >   May 2004 Ukraine held out for a free trade zone while Nazarbaev wanted to go straight to
# >   the customs union, and the paper itself says that the SES's "different-speed" design
# >   exists above all because of Ukraine's position (§4).
# > * *They built clubs without Russia.* Kazakhstan led the Central Asian Cooperation
# >   organisation until Russia joined it in 2004 (§6), and Georgia, Ukraine, Azerbaijan and
# >   Moldova founded GUAM in October 1997 ([ITAR-TASS 2005](bibliography.md#itartass_2005_05_11)).
# > * *They left, and came back.* Azerbaijan, Georgia and Uzbekistan did not renew the
# >   Collective Security Treaty in 1999 ([Jamestown Monitor 1999](bibliography.md#jamestown_1999_cst)).
# >   Turkmenistan reduced its ties to associate membership of the CIS in August 2005
# >   ([RFE/RL 29 Aug 2005](bibliography.md#rferl_2005_08_29)). Uzbekistan joined EurAsEC in
# >   January 2006 and suspended its membership in 2008; it returned to the CSTO in 2006, sent
# >   a note in June 2012 and was suspended that December ([RFE/RL 25 Jan 2006](bibliography.md#rferl_2006_01_25);
# >   [Fergana 15 Nov 2008](bibliography.md#fergana_2008_11_15);
# >   [TASS 28 Jun 2012](bibliography.md#tass_2012_06_28); [TASS 19 Dec 2012](bibliography.md#tass_2012_12_19)).
# >
# > The same act can be read both ways. Armenia's turn to the Customs Union in September 2013
# > was its president's announcement, made in Moscow ([EUobserver 3 Sep 2013](bibliography.md#euobserver_2013_09_03)),
# > and was widely attributed to Russian pressure ([Kostanyan and Giragosian, CEPS 2017](bibliography.md#ceps_2017_armenia)). On the partners'
# > reading a stick is also a sign that a partner said no, and a carrot a sign that it could set
# > a price. Which reading fits a case is for you to argue; the closing
# > assignment of module 06 counts the exits in `data/memberships.csv`.

# %%
inst = data.load("instruments")
print(f"{inst['case_id'].nunique()} cases, {len(inst)} case-target rows; the rows with a value:")
inst.loc[inst["value"].notna(), ["case_id", "year", "target_iso3", "family", "carrot_or_stick", "value",
                                 "value_unit", "confidence"]]

# %% [markdown]
# ### Explore the instruments
#
# Pick a family, carrots or sticks, a target and a year. The map colours each state by the
# kind of instrument aimed at it in your selection; the table below it lists the cases, with
# the course's confidence and the source of each row. Tick `all_years` to include the undated case and every year.
#
# *Things to notice*: in 2004 every family is in use at once; Belarus receives both carrots
# and sticks in the same year; the only cases marked **Unconfirmed** are the electricity
# cut-offs (Georgia, Moldova).

# %%
def instruments_map(family="all", stance="all", target="all", year=2004, all_years=False):
    """The map for one selection (drawn by course/topics/instruments.py)."""
    return instruments.instruments_map(inst, family, stance, target, year, all_years)


view = explorer(instruments_map, source=data.cite("instruments"), year=(2000, 2007, 2004),
                family=instruments.FAMILIES, stance=instruments.STANCES,
                target=instruments.targets(inst), all_years=False)
instruments.with_case_table(view, inst)      # the map, and below it the table of the cases shown

# %% [markdown]
# The same selection with a line of pandas: the 2004 cases aimed at Belarus.

# %%
instruments.select(inst, target="Belarus", year=2004)[
    ["case_id", "family", "carrot_or_stick", "value", "value_unit", "in_paper"]]

# %%
cyu.choice("cyu2", "Selling arms to CSTO members at Russian domestic prices (§6) is best described as…",
           options=["a carrot in the security family", "a stick in the security family",
                    "a carrot in the energy family", "neither: a legal framework"],
           answer="a carrot in the security family",
           hint="Who pays? The paper reads it as an indirect subsidy in the military sphere (§6).")

# %% [markdown]
# ## 3. The VAT concession: who collects what? (paper §4, §6)
#
# *Core · 15 min*
#
# Value-added tax on goods that cross a border can be collected in two ways:
#
# * **country-of-origin principle**: the *exporting* country charges its own VAT, so the tax
#   goes to its budget;
# * **country-of-destination principle**: exports leave VAT-free and the *importing* country
#   charges its own VAT when the goods come in.
#
# From July 2002 Russia applied the destination principle to its trade **with most CIS
# states**, but not to everything: exports of oil, natural gas and gas condensate to CIS
# states, **and all goods sold to Belarus**, were still taxed at origin ([Gref 2002](bibliography.md#pravda_gref_2002);
# [Conseco](bibliography.md#conseco_vat); one source each, Medium). On those, Russian VAT was charged at origin: 18 % on crude oil and gas sold to
# Kazakhstan, for example ([RIA Novosti 17 Dec 2004](bibliography.md#ria_2004_12_17); Medium). For Belarus the switch came through a
# separate Russia–Belarus agreement of 15 Sep 2004 (see *Timing* below). The paper dates the
# decision to stop levying VAT on oil and gas exported to Ukraine, Belarus and Kazakhstan,
# the SES partners, to August 2004 (§5, §6).
#
# Vice Prime Minister Alexandr Zhukov put the cost to the Russian budget at about
# **34 billion roubles (USD 1.17 bn) in 2005 alone**, and argued that the gains from the SES
# would make up for it (paper §6, fn 30, citing Rosbalt of 28 Jul 2004). Note the dates:
# the estimate was published on 28 July, *before* the "August 2004" decision the paper
# names, and the sources the course found record no decision in August at all — only the
# Russia–Belarus agreement of 15 Sep and the Duma vote reported on 17 Dec 2004. The estimate
# probably priced a plan already under discussion; the paper does not say. For Ukraine the paper
# gives the other side of the ledger: about **USD 800 million a year** for Ukraine's budget (§4).
# The press put it bluntly. The Rosbalt headline behind fn 20 reads *"Za geopolitiku Rossiya
# otdast 34 milliarda rubley"* (Russia will give up 34 billion rubles for geopolitics). The
# paper reads the concession as Russia's payment to Ukraine for agreeing to join the SES (§6).
#
# ### What the paper's figures imply
#
# Two figures given in both currencies imply an exchange rate; a tax take and a rate imply a
# base. The module `course.topics.vat` does the arithmetic (and refuses odd input with a clear
# message):

# %%
fx = vat.implied_exchange_rate(vat.PAPER_COST_RUB, vat.PAPER_COST_USD)
base_rub = vat.implied_base(vat.PAPER_COST_RUB, rate_pct=vat.RUSSIA_STANDARD_VAT_PCT)
print(f"34 bn roubles = $1.17 bn implies {fx:.2f} roubles per US dollar")
print(f"at 18 % VAT, 34 bn roubles is the tax on an export base of {base_rub / 1e9:.1f} bn roubles "
      f"= ${vat.to_usd(base_rub, fx) / 1e9:.2f} bn")
print(f"forward again: the switch on that base costs {vat.switch_cost(base_rub, 18) / 1e9:.1f} bn roubles")

# %% [markdown]
# **Caveats: the lesson is in them.**
#
# * The **18 % rate**: Russia's standard rate fell from 20 % to 18 % from 1 January 2004
#   (Firmmaker's table of Russian VAT rates by year; Medium, one secondary source; the rate
#   clause of the amending law was not read). So "18 % in 2005" is well supported, though
#   not from the law itself.
# * **Ukraine's VAT rate** was most probably **20 %** in 2004–05, but no source the course
#   read states the 2004–05 rate directly: it is *inferred* from a Rada draft law that kept
#   20 % for 2004 (its proposed cut to 17 % was not found enacted) and from reports that
#   20 % was in force until 2014 (Low–Medium; sources in the course bibliography). The base
#   behind the USD 800 m depends on it: at 20 % it is USD 4.0 bn, about three fifths of the
#   base for all three partners (computed below); at 18 % it would be about two thirds.
#   Either way that fits the paper's view that Ukraine gains most from the switch (§6). Try
#   other rates in the calculator.
# * **Another estimate.** When the Duma passed the Tax Code amendments (414–0; reported by
#   RIA Novosti on 17 Dec 2004, so the vote was on or just before that day),
#   RIA Novosti put the 2005 loss at **35.8 bn roubles**, offset by **26.8 bn** from a higher
#   extraction tax ([RIA Novosti 17 Dec 2004](bibliography.md#ria_2004_12_17), High for the vote). On those figures the *net* cost is far
#   smaller than the paper's 34 bn (computed below).
# * **Timing.** The paper says the switch was realised shortly before the elections (§5).
#   The sources have the Russia–Belarus agreement signed on 15 Sep 2004 ([Russia–Belarus
#   agreement 2004](bibliography.md#ru_by_indirect_tax_2004)) and the Duma vote
#   reported on 17 Dec 2004: after the annulled runoff of 21 Nov, before the repeat runoff of
#   26 Dec. The
#   date it took effect (1 Jan 2005) is **Unconfirmed**. Before the first rounds, then, the
#   switch can only have been decided and announced, not in force.

# %%
check = vat.paper_check(ukrainian_rate_pct=vat.UKRAINE_STANDARD_VAT_PCT)
print(f"Ukraine's $800 m at an assumed {vat.UKRAINE_STANDARD_VAT_PCT:.0f} % (inferred): a base of ${check.ukraine_base_usd / 1e9:.2f} bn, "
      f"{100 * check.ukraine_share_of_base:.0f} % of the ${check.russian_base_usd / 1e9:.1f} bn for all three partners")
print(f"RIA Novosti's net cost for 2005: {vat.net_cost(vat.RIA_LOSS_2005_RUB, vat.RIA_OFFSET_2005_RUB) / 1e9:.1f} "
      f"bn roubles (= ${vat.to_usd(vat.net_cost(vat.RIA_LOSS_2005_RUB, vat.RIA_OFFSET_2005_RUB), fx) / 1e9:.2f} bn "
      f"at the paper's implied rate), against the paper's 34 bn gross")

# %% [markdown]
# ### VAT calculator
#
# Set the export base (billion roubles of oil and gas sold to the partners) and the two VAT
# rates. The bars show what each budget collects under each principle; the title gives the
# cost of the switch to Russia and, in dollars, at the paper's implied exchange rate. Start at
# the base the paper implies (189 bn roubles at 18 %), then change the Russian rate: the same
# base gives a different cost.

# %%
def vat_view(base_bn_roubles=189, russian_rate_pct=18, partner_rate_pct=20):
    return vat.switch_chart(base_bn_roubles, russian_rate_pct, partner_rate_pct, rub_per_usd=fx)


explorer(vat_view, source="paper §4, §6 (fn 20, 30); Russian 18 % rate: Medium; Ukrainian 20 %: inferred, Low–Medium",
         base_bn_roubles=(0, 400, 189), russian_rate_pct=(1, 30, 18), partner_rate_pct=(1, 30, 20))

# %%
cyu.numeric("cyu3", "At 18 %, what export base (in <b>billion US dollars</b>) does the paper's cost of "
            "$1.17 bn imply? Give one decimal.", answer=6.5, tol=0.05, units="bn US$",
            hint="Base = tax ÷ rate: 1.17 ÷ 0.18.")

# %% [markdown]
# ## 4. Gas prices and Beltransgas (paper §6, fn 31–32)
#
# *Core · 15 min*
#
# The paper singles out gas prices as a strong lever in Russia's relations with Belarus.
# Footnote 31 gives three prices per thousand cubic metres (tcm) for 2004: Belarus paid
# **USD 46.68**; Russian domestic users paid **USD 27–30**; exports to Germany fetched **about USD 100**
# net of transport. The same prices, with later ones from press reports, are in
# `data/gas_prices.csv`:

# %%
prices = data.load("gas_prices")
charts.show(gas.price_bars(prices), source=data.cite("gas_prices"))

# %% [markdown]
# A price below the market is a **carrot** whose size we can estimate:
#
# **implied subsidy = (reference price − price paid) × volume**
#
# For the volume the course uses Belarus's gas **consumption** from the Energy Institute
# (`data/gas_consumption_ei.csv`). The EI does not list Belarus separately among gas
# producers (its output, if any, is inside "Other CIS"), so consumption is a fair stand-in
# for imports from Russia, but not the same thing. Note the jump from 2003 to 2004 in the EI series: a revision or a real change?
# The data do not say.

# %%
ei = data.load("gas_consumption_ei")
blr = ei[ei["iso3"] == "BLR"]
line = alt.Chart(blr).mark_line(point=True).encode(
    x=alt.X("year:Q", title=None, axis=alt.Axis(format="d")),
    y=alt.Y("gas_consumption_bcm:Q", title="Gas consumption (bcm)"))
rule = alt.Chart(pd.DataFrame({"year": [2004]})).mark_rule(strokeDash=[4, 3], color="#555").encode(x="year:Q")
charts.show(alt.layer(line, rule).properties(
    title="Belarus's gas consumption, 1990–2023",
    description="Line chart of Belarus's natural gas consumption in billion cubic metres, 1990–2023, "
                "with a dashed line at 2004 (18.5 bcm).", width=480, height=220),
    source=data.cite("gas_consumption_ei"))

# %%
vol_2004 = blr.loc[blr["year"] == 2004, "gas_consumption_bcm"].item()
pd.DataFrame([{"reference": r.reference, "reference price": r.reference_price,
               "implied subsidy (USD m)": round(r.subsidy_usd / 1e6), "kind": r.kind}
              for r in gas.subsidy_table(vol_2004)])

# %% [markdown]
# Against Germany's net price, Belarus's 2004 gas was worth close to **USD 1 bn** a year,
# about as much as the VAT concession to all three SES partners. Against Russia's domestic
# price, Belarus paid a **premium** of USD 0.3–0.4 bn. That is why the paper's next step
# matters. In 2004 Russia offered to sell gas **at Russian domestic prices**, and to pay in
# cash and loans as well, in exchange for control over **Beltransgas**, the Belarusian
# pipeline company (§6, fn 32). The press recorded how it ended. After a cut-off threat
# Belarus agreed on 31 Dec 2006 to pay USD 100 in 2007, and Gazprom was to buy 50 % of
# Beltransgaz for USD 2.5 bn ([BBC 31 Dec 2006](bibliography.md#bbc_2006_12_31), High).
#
# The press also shows a stick that the paper leaves out. In February 2004 Gazprom cut
# supplies to Belarus, by 30 % on 13 Feb and fully on 18 Feb, transit to Europe included
# ([RFE/RL 18 Feb 2004](bibliography.md#rferl_2004_02_18), High).
#
# ### Compare like with like: a reference price of the same year
#
# The paper's prices are all 2004 prices. A price Belarus paid in another year must be set
# against the European price **of that year**: European prices, tied to oil, rose steeply
# after 2004. The course's table `data/gas_price_europe.csv` copies the World Bank's annual
# "Natural gas, Europe" price (the *Pink Sheet*), an average **border** price in US$ per
# million Btu. Two conversions matter:
#
# * **heat content**: 1,000 m³ of gas holds about **35.3 million Btu** on a gross basis (the
#   "1,000 Btu per cubic foot" rule) or **34.12** on the Energy Institute's net basis. The
#   factor changes the answer by about 3 %: the course uses 35.3 and shows the other;
# * **border price ≠ netback**: the border price still includes the cost of getting gas to
#   Europe. The paper's "about \$100 … net of transportation costs" (fn 31) does not. In 2004
#   the border price was about USD 151, so the paper's figures imply some **USD 51** of transport
#   per 1,000 m³. Holding that in dollars (an assumption) gives a rough netback for later
#   years.

# %%
europe = data.load("gas_price_europe").set_index("year")
print(gas.border_price_note(europe.loc[2004, "price_usd_mmbtu"]))
gas.belarus_against_europe(prices, europe, blr).round(1)

# %% [markdown]
# Read the table year by year (where sources give a range, the midpoint is used). In 2007
# Belarus paid **USD 100**, about what Germany's gas was worth *net* in **2004** — but in
# 2007 the European border price was about **USD 302**, and about USD 251 net of the 2004
# transport cost. Belarus's price rose, yet the gap to Europe **widened**. On these
# figures the implied transfer grew from about USD 1 bn in 2004 to about USD 3.9 bn in
# 2006, at an unchanged USD 46.68, because European prices doubled; the 2007 repricing cut
# it to about USD 2.9 bn — still about three times the 2004 figure — and Belarus paid a
# smaller *share* of the European netback than in 2004 (about 40 % against 47 %).
# Prices from 2010 on rest on conflicting reports (Low), and the estimate holds transport
# costs constant: treat the later rows as rough. And remember that any such "subsidy" is an
# **upper bound** on Russia's cost: Gazprom could not have sold another 18–20 bcm in Europe
# at those prices, and Belarus paid partly in transit and in assets (Beltransgaz).
#
# > **Another reading — disputed: coercion, or commercial repricing?** The paper reads gas
# > prices as a lever (§6), and section 1 warned that a price rise can be both. The two
# > readings, with their evidence:
# > * *Repricing.* Gazprom raised prices for its allies too. Armenia, a CSTO member, went from
# >   USD 54 to USD 110 on 1 April 2006, and Belarus from USD 46.68 to USD 100 for 2007
# >   ([CIS gas prices, press reports](bibliography.md#gas_prices_cis_2005_2012)). In December
# >   2006 RIA Novosti reported that CIS buyers paid no more than USD 110 against an average of
# >   USD 230 for Gazprom's exports to Europe ([RIA Novosti 19 Dec 2006](bibliography.md#ria_2006_12_19)).
# >   The deal of 4 January 2006 with Ukraine ran through an intermediary: USD 230 for
# >   RosUkrEnergo, USD 95 for Ukraine ([China.org.cn 5 Jan 2006](bibliography.md#chinaorg_2006_01_05)),
# >   and the January 2009 cut-off came when the old contracts had expired on 31 December 2008
# >   ([Oxford Institute for Energy Studies 2009](bibliography.md#oies_2009_gas_dispute)). Contracts and
# >   middlemen, not only politics, set these prices.
# > * *Coercion.* The timing and terms follow politics. Ukraine got a discount of USD 100 per
# >   1,000 m³ (at prices of USD 330 or more) for extending the Black Sea Fleet lease in April
# >   2010, and a cut to USD 268.5 after it halted the
# >   EU Association Agreement (December 2013) ([BBC 21 Apr 2010](bibliography.md#bbc_2010_04_21_kharkiv);
# >   [Warsaw Business Journal 18 Dec 2013](bibliography.md#wbj_2013_12_18)), then raised to
# >   USD 485 after the change of government in Kyiv in spring 2014 (one report, Medium:
# >   [El Bilad 2014](bibliography.md#elbilad_2014)).
# >
# > Both can hold at once: a move towards market prices can be timed and tailored as pressure.
# > Test them with the chart in module 06, section 3: does a buyer's share of Europe's price
# > follow its politics?
#
# ### Implied-subsidy calculator
#
# Choose the **year**: the volume is Belarus's EI consumption that year, and the references
# are the European price of the same year (for 2004 also the paper's own fn 31 prices).
# Choose the **price paid** (start with Belarus's: USD 46.68 in 2004 and 2006, 100 in 2007)
# and the **heat-content factor**.

# %%
def subsidy_view(year=2004, paid_price=gas.BELARUS_2004_PRICE, heat_factor=next(iter(gas.HEAT_FACTORS))):
    volume = blr.loc[blr["year"] == year, "gas_consumption_bcm"].item()
    return gas.subsidy_chart(year, paid_price, volume, europe.loc[year, "price_usd_mmbtu"], heat_factor)


explorer(subsidy_view, source=data.cite("gas_consumption_ei") + "; " + data.cite("gas_price_europe")
         + "; 2004 prices: paper fn 31",
         year=(2004, 2012, 2004),
         paid_price=float_slider("paid_price", 20, 320, gas.BELARUS_2004_PRICE),
         heat_factor=list(gas.HEAT_FACTORS))

# %% [markdown]
# ## 5. Electricity: a claim the course could not confirm
#
# *Optional · reading or homework*
#
# The paper says the control over electricity was used "several times", "most prominently in
# cases of switching off Moldova and Georgia power circuits for short periods of time in 2003
# and 2004" (§6). Its summary of §6 comes back to the cut-offs as an example of Russia's urge
# to show its power. The claim has **no footnote**.
#
# The course looked for a source and graded the claim **Unconfirmed as Russian state action**:
# no source read documents a Russian cut-off. What it found instead:
#
# * **Georgia.** Russia's RAO UES bought 75 % of Tbilisi's distributor Telasi in August 2003.
#   A blackout on 18 Aug 2003 came from a line failure ([Civil Georgia, 19 Aug 2003](bibliography.md#civil_ge_2003_08_19)).
# * **Moldova.** On 5 Aug 2004 the *Transnistrian* authorities, not Russia, cut power from the
#   Cuciurgan plant during the schools dispute ([Jurnalul/Observer, 6 Aug 2004](bibliography.md#jurnalul_2004_08_06)).
#
# > "If you want energy pay for it."
# > — RAO UES's chief in Georgia, September 2004 ([The Messenger, 14 Sep 2004](bibliography.md#messenger_2004_09_14))
#
# The quote shows a Russian state company using supply as leverage over *payment*. It is not
# evidence of politically timed cut-offs. So what should a careful reader do? Keep the claim
# and flag it: the paper may rest on press reports the course did not find. But an
# unfootnoted claim that a search cannot confirm should not carry an argument on its own.
# In `data/instruments.csv` both rows say `Unconfirmed`.

# %%
cyu.choice("cyu4", "What do the course's sources show about the paper's claim that Russia "
           "switched off Georgia's and Moldova's power in 2003–2004?",
           options=["Confirmed by several independent sources",
                    "Unconfirmed: no documented Russian cut-off; Moldova's 2004 cut was by the Transnistrian authorities",
                    "Disproved: there were no power cuts in either country",
                    "Confirmed for Georgia only"],
           answer="Unconfirmed: no documented Russian cut-off; Moldova's 2004 cut was by the Transnistrian authorities",
           hint="Read the note column of the two ELECTRICITY_CUTOFFS rows and their sources (bibliography.md#civil_ge_2003_08_19, bibliography.md#jurnalul_2004_08_06).")

# %% [markdown]
# ## 6. Security: bases kept, bases closed, arms at home prices (paper §5–6)
#
# *Optional · reading or homework*
#
# * **Closed**: several bases abroad during Putin's first term; the paper names Cuba and
#   Vietnam (§6). (Why? The paper gives no reason; a common reading — the course's, not the
#   paper's — is that far-away bases cost money and bought little.)
# * **Kept and consolidated**: the paper says the base in **Armenia** (102nd division) was
#   settled on terms favourable to Russia: Armenia agreed to share costs and to hand over the
#   land and buildings. A preliminary decision was reached with **Tajikistan** to turn the
#   201st division into a military base, after at least five years of debate (§6, fn 33).
# * **CSTO arms at domestic prices**: within the Collective Security Treaty Organization
#   (Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan with Russia in 2004, [Belarus MFA:
#   CSTO](bibliography.md#belarus_mfa_csto))
#   Russia began to supply arms at Russian domestic prices, and a common communication system
#   was planned (§6, fn 34). The paper reads this as an indirect subsidy.
#
# The same pattern as in energy: Russia cut costs where influence was not at stake and paid
# where it was.
#
# ## 7. Carrots, sticks, and what the record contains
#
# *Optional · reading or homework*
#
# Count the *cases* (not the rows: one case can have several targets) by family and kind, and
# separate what the paper names from what only other sources add:

# %%
charts.show(instruments.cases_chart(inst), source=data.cite("instruments"))

# %% [markdown]
# Two things stand out. **First**, the paper's own cases are mostly carrots and frameworks.
# Its one energy stick, the electricity cut-offs, is the one the course could not
# confirm. **Second**, the clearest energy sticks come from other sources: the Belarus
# cut-off of February 2004 and the disputes of 2006. Whether carrots "bought" anything is
# the question of the exercises.
#
# ## 8. Summary
#
# *Core · 10 min*
#
# * Around 2004 the paper sees Russian policy turn from cost–benefit pragmatism back towards a
#   zone of influence. The 1990s **fiscal veto** gave way to a readiness to pay (§4–5).
# * In Ukraine's 2004 election Russia used five means, from the VAT "present" to early
#   congratulations. Towards Georgia it backed Abkhazia and attacked the new leadership (§5).
# * The paper's three families of instruments are **legal and institutional** (EurAsEC, the
#   SES, entry into the CAC in 2004), **energy** (VAT, gas prices, Beltransgas, electricity)
#   and **security** (bases, CSTO arms) (§6). Some are carrots, some sticks, many neither.
# * **VAT**: 34 bn roubles = USD 1.17 bn implies about 29 roubles per dollar. At 18 % it is the
#   tax on about 189 bn roubles (USD 6.5 bn) of oil and gas. RIA's later estimate nets to only
#   9 bn roubles. Russia's 18 % rate from 2004 rests on one secondary source; Ukraine's
#   20 % is inferred, which puts Ukraine's base at about three fifths of the three partners'.
# * **Gas**: Belarus's USD 46.68 was about USD 1 bn a year below Germany's 2004 net price on
#   18.5 bcm, yet above Russia's domestic price. Compare later prices with the European price
#   *of the same year*: Belarus's USD 100 of 2007 left a wider gap than USD 46.68 in 2004.
# * **Electricity cut-offs**: the paper's claim is **Unconfirmed**: no source found documents it. Ask for
#   the source before you repeat a claim.
#
# **Next:** the graded exercises, `exercises/03_instruments_of_pressure.ipynb`, then module 04,
# *Multi-speed integration and the EU model*.
#
# ## Sources and further reading
#
# * **Where to find the sources.** Every source the course cites, with its address, is in the
#   course bibliography, `notebooks/bibliography.md` (data: `data/bibliography.csv`). Each fact a
#   lesson takes from outside the paper is cited by a short name that links to its entry
#   there, e.g. ([CIS Charter 1993](bibliography.md#cis_charter_wikipedia)). The paper itself
#   is not shipped: the bibliography says what is known about it.
# * The paper: §4 (VAT and Ukraine's USD 800 m), §5 (the second-term turn, Ukraine, Georgia, the
#   fiscal veto) and §6 (the three families), footnotes 20–34. Among them: Hale (1997),
#   *Russian Fiscal Veto on CIS Integration*, PONARS memo 15 (fn 25); Rosbalt, 28 Jul 2004
#   (fn 20, 30); Kommersant No. 155, 24 Aug 2004 (fn 32); Martirosyan, Rosbalt, 10 Aug 2004
#   (fn 33); Putin's press conference of 23 Dec 2004 (fn 23–24).
# * Sources of the dates: EurAsEC, CSTO and CACO ([RFE/RL 25 Jan 2006](bibliography.md#rferl_2006_01_25);
#   [Belarus MFA: CSTO](bibliography.md#belarus_mfa_csto); [Eurasian Home: CACO](bibliography.md#eurasian_home_caco);
#   [Kremlin 18 Oct 2004](bibliography.md#kremlin_2004_10_18_caco); [RFE/RL 7 Oct 2005](bibliography.md#rferl_2005_10_07));
#   energy disputes and the electricity check ([RFE/RL 18 Feb 2004](bibliography.md#rferl_2004_02_18);
#   [BBC 31 Dec 2006](bibliography.md#bbc_2006_12_31); [Civil Georgia 2003](bibliography.md#civil_ge_2003_08_19);
#   [The Messenger 2004](bibliography.md#messenger_2004_09_14); [Jurnalul 2004](bibliography.md#jurnalul_2004_08_06));
#   the Orange Revolution ([timeline](bibliography.md#orange_revolution_timeline)); VAT and the
#   destination principle ([Gref 2002](bibliography.md#pravda_gref_2002); [Conseco](bibliography.md#conseco_vat);
#   [RIA Novosti 17 Dec 2004](bibliography.md#ria_2004_12_17); [Russia–Belarus agreement
#   2004](bibliography.md#ru_by_indirect_tax_2004); [Firmmaker](bibliography.md#firmmaker_vat_rates)).
# * Course data: `data/instruments.csv` (compiled, source and confidence per row),
#   `data/gas_prices.csv`, `data/gas_consumption_ei.csv` (Energy Institute, Statistical Review
#   of World Energy 2024); origin and licence of each in `data/datapackage.json`. Calculators:
#   `course/topics/vat.py`, `course/topics/gas.py`.
