"""Who collects the VAT on cross-border sales: the country-of-origin vs the destination principle.

Under the **country-of-origin principle** the exporting country charges its own VAT on
the goods it sells abroad, so the tax goes to the exporter's budget. Under the
**country-of-destination principle** exports leave free of VAT and the importing
country charges its own VAT when the goods come in. Until 2004–05 Russia taxed oil and
gas sold to its CIS neighbours at origin; from 2005 it stopped doing so for the SES
partners (paper §4–6; facts.md §12).

    from course.topics import vat
    vat.split(export_base=188.9e9, principle="origin", origin_rate_pct=18)
    vat.implied_exchange_rate(vat.PAPER_COST_RUB, vat.PAPER_COST_USD)   # roubles per US$
    vat.implied_base(vat.PAPER_COST_RUB, rate_pct=18)                   # export base in roubles

Rates are given **in per cent** (18 means 18 %). Every function raises ``ValueError``
with a plain-language message for input it cannot use; the lesson widgets show that
message instead of a traceback.
"""

from __future__ import annotations

import math
import numbers
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import altair as alt
    import pandas as pd

# --- the figures the course checks against (with their sources) ----------------------------

#: Cost of the switch to Russia's budget in 2005, in roubles: "approximately 34 billion rubles"
#: (Vice Prime Minister Zhukov, paper §6 and fn 30; Rosbalt 28 Jul 2004).
PAPER_COST_RUB: float = 34e9
#: The same cost in US dollars as the paper gives it: "($1.17 bln.)" (paper §6).
PAPER_COST_USD: float = 1.17e9
#: Gain to Ukraine's budget from the destination principle: "some $800 million annually" (paper §4).
PAPER_UKRAINE_GAIN_USD: float = 800e6
#: Standard Russian VAT rate in the mid-2000s: 18 % from 1 Jan 2004 (20 % before; Firmmaker's
#: table of rates by year, see data/bibliography.csv; Medium: one secondary source).
RUSSIA_STANDARD_VAT_PCT: float = 18.0
#: Standard Ukrainian VAT rate in 2004–05: 20 %. No source read states the 2004–05 rate directly;
#: it is inferred from a Rada draft law keeping 20 % for 2004 (its cut to 17 % was not found
#: enacted) and from the 2011 Tax Code and 2014 reports of 20 % in force until 2014
#: (data/bibliography.csv; Low–Medium). Treat it as an explicit assumption.
UKRAINE_STANDARD_VAT_PCT: float = 20.0
#: RIA Novosti, 17 Dec 2004 (facts.md §12): estimated 2005 budget loss from the switch, and the
#: extra mineral-extraction tax expected to offset it, both in roubles.
RIA_LOSS_2005_RUB: float = 35.8e9
RIA_OFFSET_2005_RUB: float = 26.8e9

PRINCIPLES = ("origin", "destination")


# --- validation -------------------------------------------------------------------------------


def _number(value: object, name: str, *, positive: bool = False, allow_zero: bool = True) -> float:
    """A finite real number, or a ValueError that says what is wrong with ``value``."""
    if value is None or value is Ellipsis:
        raise ValueError(f"{name} is missing: give a number.")
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise ValueError(f"{name} must be a number, not {type(value).__name__} ({str(value)[:30]!r}).")
    x = float(value)
    if not math.isfinite(x):
        raise ValueError(f"{name} must be a finite number, not {x}.")
    if x < 0 or (positive and x == 0) or (not allow_zero and x == 0):
        raise ValueError(
            f"{name} must be {'greater than 0' if positive or not allow_zero else '0 or more'}, not {x:g}."
        )
    return x


def _rate(value: object, name: str = "rate_pct") -> float:
    """A VAT rate in per cent, 0 < rate ≤ 100."""
    r = _number(value, name, positive=True)
    if r > 100:
        raise ValueError(f"{name} is in per cent and must be at most 100, not {r:g}.")
    if r < 1:
        raise ValueError(
            f"{name} is in per cent (18 means 18 %); {r:g} % is implausibly low — "
            f"did you give a fraction such as 0.18? Use {r * 100:g} instead."
        )
    return r


# --- the calculator ----------------------------------------------------------------------------


@dataclass(frozen=True)
class VatSplit:
    """Who collects VAT on one flow of exports under one principle (amounts in the base's currency)."""

    principle: str
    export_base: float
    origin_rate_pct: float
    destination_rate_pct: float
    exporter_collects: float
    importer_collects: float

    @property
    def total(self) -> float:
        return self.exporter_collects + self.importer_collects

    def as_rows(
        self, exporter: str = "Russia (exporter)", importer: str = "Partner (importer)"
    ) -> list[dict]:
        """Two rows (one per budget), handy for a table or a bar chart."""
        return [
            {"budget": exporter, "principle": self.principle, "vat": self.exporter_collects},
            {"budget": importer, "principle": self.principle, "vat": self.importer_collects},
        ]


def split(
    export_base: float,
    principle: str,
    origin_rate_pct: float = RUSSIA_STANDARD_VAT_PCT,
    destination_rate_pct: float | None = None,
) -> VatSplit:
    """VAT collected by the exporter's and the importer's budgets on ``export_base``.

    * ``principle="origin"``: the exporter charges ``origin_rate_pct`` on the base; the
      importer charges nothing at the border (it taxes only later stages of sale, not modelled).
    * ``principle="destination"``: exports are zero-rated; the importer charges
      ``destination_rate_pct`` (default: the same rate as the origin) on the base.
    """
    base = _number(export_base, "export_base")
    if not isinstance(principle, str) or principle.strip().lower() not in PRINCIPLES:
        raise ValueError(f"principle must be 'origin' or 'destination', not {principle!r}.")
    p = principle.strip().lower()
    o_rate = _rate(origin_rate_pct, "origin_rate_pct")
    d_rate = o_rate if destination_rate_pct is None else _rate(destination_rate_pct, "destination_rate_pct")
    if p == "origin":
        return VatSplit(p, base, o_rate, d_rate, base * o_rate / 100, 0.0)
    return VatSplit(p, base, o_rate, d_rate, 0.0, base * d_rate / 100)


def switch_cost(export_base: float, origin_rate_pct: float = RUSSIA_STANDARD_VAT_PCT) -> float:
    """What the exporter's budget gives up by moving from origin to destination on ``export_base``."""
    before = split(export_base, "origin", origin_rate_pct)
    after = split(export_base, "destination", origin_rate_pct)
    return before.exporter_collects - after.exporter_collects


def importer_gain(export_base: float, destination_rate_pct: float) -> float:
    """What the importer's budget gains by moving from origin to destination on ``export_base``."""
    before = split(export_base, "origin", destination_rate_pct, destination_rate_pct)
    after = split(export_base, "destination", destination_rate_pct, destination_rate_pct)
    return after.importer_collects - before.importer_collects


def implied_base(revenue: float, rate_pct: float = RUSSIA_STANDARD_VAT_PCT) -> float:
    """The export base that yields ``revenue`` of VAT at ``rate_pct`` (same currency as revenue)."""
    rev = _number(revenue, "revenue")
    return rev / (_rate(rate_pct) / 100)


def implied_exchange_rate(amount_rub: float, amount_usd: float) -> float:
    """Roubles per US dollar implied by quoting the same amount in both currencies."""
    rub = _number(amount_rub, "amount_rub", positive=True)
    usd = _number(amount_usd, "amount_usd", positive=True)
    return rub / usd


def to_usd(amount_rub: float, rub_per_usd: float) -> float:
    """Convert roubles to US dollars at ``rub_per_usd``."""
    return _number(amount_rub, "amount_rub") / _number(rub_per_usd, "rub_per_usd", positive=True)


def net_cost(gross_loss: float, offset: float) -> float:
    """Budget loss left after an offsetting gain (e.g. RIA's 35.8 bn minus 26.8 bn roubles)."""
    return _number(gross_loss, "gross_loss") - _number(offset, "offset")


@dataclass(frozen=True)
class PaperCheck:
    """The paper's VAT figures, re-derived: what they imply, and what they then reproduce."""

    rub_per_usd: float  # exchange rate implied by 34 bn roubles = $1.17 bn
    russian_base_rub: float  # oil-and-gas export base to the SES partners implied at the rate
    russian_base_usd: float
    reproduced_cost_rub: float  # switch_cost on that base
    reproduced_cost_usd: float
    ukraine_base_usd: float  # base implied by Ukraine's $800 m at the Ukrainian rate chosen
    ukraine_share_of_base: float  # Ukraine's base as a share of the three partners' base (0-1)


def paper_check(
    russian_rate_pct: float = RUSSIA_STANDARD_VAT_PCT, ukrainian_rate_pct: float = UKRAINE_STANDARD_VAT_PCT
) -> PaperCheck:
    """Back out what the paper's figures imply, then run the calculator forward on it.

    The Ukrainian VAT rate is an assumption: the default, 20 %, is inferred, not read in a
    source for 2004–05 (see ``UKRAINE_STANDARD_VAT_PCT``); vary it."""
    fx = implied_exchange_rate(PAPER_COST_RUB, PAPER_COST_USD)
    base_rub = implied_base(PAPER_COST_RUB, russian_rate_pct)
    cost_rub = switch_cost(base_rub, russian_rate_pct)
    ukr_base = implied_base(PAPER_UKRAINE_GAIN_USD, ukrainian_rate_pct)
    return PaperCheck(
        rub_per_usd=fx,
        russian_base_rub=base_rub,
        russian_base_usd=to_usd(base_rub, fx),
        reproduced_cost_rub=cost_rub,
        reproduced_cost_usd=to_usd(cost_rub, fx),
        ukraine_base_usd=ukr_base,
        ukraine_share_of_base=ukr_base / to_usd(base_rub, fx),
    )


# --- the lesson's chart (lesson 03; draws with Altair) -----------------------------------------

ORIGIN_LABEL, DESTINATION_LABEL = "origin (before)", "destination (from 2005)"


def switch_table(
    base_bn_roubles: float,
    russian_rate_pct: float = RUSSIA_STANDARD_VAT_PCT,
    partner_rate_pct: float = UKRAINE_STANDARD_VAT_PCT,
) -> pd.DataFrame:
    """Four rows (two principles × two budgets): ``budget, principle, vat, vat_bn`` in roubles."""
    import pandas as pd

    base = _number(base_bn_roubles, "base_bn_roubles") * 1e9
    rows = []
    for principle in PRINCIPLES:
        s = split(base, principle, russian_rate_pct, partner_rate_pct)
        rows += s.as_rows("Russia's budget (exporter)", "Partner's budget (importer)")
    return pd.DataFrame(rows).assign(
        vat_bn=lambda d: d["vat"] / 1e9,
        principle=lambda d: d["principle"].map({"origin": ORIGIN_LABEL, "destination": DESTINATION_LABEL}),
    )


def switch_chart(
    base_bn_roubles: float, russian_rate_pct: float, partner_rate_pct: float, rub_per_usd: float
) -> alt.Chart:
    """Grouped bars of the VAT each budget collects under each principle; the title gives the
    switch's cost to Russia in roubles and in US$ at ``rub_per_usd``."""
    import altair as alt

    df = switch_table(base_bn_roubles, russian_rate_pct, partner_rate_pct)
    cost = switch_cost(base_bn_roubles * 1e9, russian_rate_pct)
    fx = rub_per_usd
    return (
        alt.Chart(
            df,
            title=alt.Title(
                f"The switch costs Russia {cost / 1e9:.1f} bn roubles (${to_usd(cost, fx) / 1e9:.2f} bn)",
                subtitle=f"export base {base_bn_roubles} bn roubles; Russian VAT {russian_rate_pct} %, "
                f"partner VAT {partner_rate_pct} %; {fx:.2f} roubles per $ (implied by the paper)",
            ),
            description="Grouped bars of the VAT collected by Russia's and the partner's budgets under "
            "the origin and the destination principle, for the chosen base and rates.",
        )
        .mark_bar()
        .encode(
            x=alt.X("vat_bn:Q", title="VAT collected (bn roubles)"),
            y=alt.Y("principle:N", title=None, sort=[ORIGIN_LABEL, DESTINATION_LABEL]),
            yOffset="budget:N",
            color=alt.Color("budget:N", title=None, legend=alt.Legend(orient="bottom")),
        )
        .properties(width=460, height=160)
    )
