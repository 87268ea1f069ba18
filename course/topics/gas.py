"""Gas prices as an instrument: the implied subsidy of selling gas below a reference price.

    implied subsidy = (reference price − price paid) × volume

Prices are in US$ per thousand cubic metres (US$/tcm, the unit of the paper's fn 31),
volumes in billion cubic metres (bcm, the Energy Institute's unit). Since
1 bcm = 1,000,000 tcm, a price gap of $1/tcm on 1 bcm is worth $1 million.

    from course.topics import gas
    gas.implied_subsidy(reference_price=100, paid_price=46.68, volume_bcm=18.5)   # US$
    gas.subsidy_table(18.5)          # Belarus 2004 against each reference price in fn 31
    gas.year_references(2007, europe_usd_mmbtu=8.555)   # references of the SAME year

**Compare like with like.** The paper's "about $100" for Germany is a 2004 price *net of
transport* (a netback). A later contract price must be set against the European price of
its own year: the World Bank's border price (``data/gas_price_europe.csv``, US$ per million
Btu) times a heat-content factor (35.3 MMBtu per 1,000 m³ gross, 34.12 net). A border price
still includes transport; ``netback_estimate`` subtracts the transport cost the paper's 2004
figures imply (border price 2004 − $100), assuming it stayed the same in dollars — an
assumption, shown as such. Either reference is an *upper bound* on what Russia gave up:
Gazprom could not have sold all that gas in Europe at that price.

A negative result means the buyer paid *more* than the reference (a premium, not a
subsidy). Odd input raises ``ValueError`` with a plain-language message.
"""

from __future__ import annotations

import math
import numbers
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import altair as alt
    import pandas as pd

TCM_PER_BCM: float = 1e6

#: Belarus's gas price in 2004, US$/tcm: "settled at $46.68/TCM" (paper fn 31).
BELARUS_2004_PRICE: float = 46.68
#: Russian domestic price, US$/tcm: "$27-30/TCM" (paper fn 31) — a range.
RUSSIA_DOMESTIC_LOW: float = 27.0
RUSSIA_DOMESTIC_HIGH: float = 30.0
#: Exports to Germany net of transportation costs, US$/tcm: "about $100/TCM" (paper fn 31).
GERMANY_NET_PRICE: float = 100.0

#: Heat content of natural gas, MMBtu per 1,000 m³: gross (the "1,000 Btu per cubic foot" rule)
#: and net (Energy Institute conversion sheet: 1 bcm = 34.12 trillion Btu).
MMBTU_PER_TCM_GROSS: float = 35.3
MMBTU_PER_TCM_NET: float = 34.12
#: World Bank Pink Sheet, "Natural gas, Europe", 2004 annual average, US$/MMBtu
#: (data/gas_price_europe.csv; the year of the paper's fn 31 prices).
EUROPE_BORDER_2004_USD_MMBTU: float = 4.2775

#: The reference prices of fn 31, by name (US$/tcm).
#: (Names avoid the dollar sign: JupyterLab typesets text between two "$" as maths.)
REFERENCES: dict[str, float] = {
    "Russia domestic, low (27 USD)": RUSSIA_DOMESTIC_LOW,
    "Russia domestic, high (30 USD)": RUSSIA_DOMESTIC_HIGH,
    "Germany, net of transport (about 100 USD)": GERMANY_NET_PRICE,
}


def _number(value: object, name: str, *, positive: bool = False) -> float:
    if value is None or value is Ellipsis:
        raise ValueError(f"{name} is missing: give a number.")
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise ValueError(f"{name} must be a number, not {type(value).__name__} ({str(value)[:30]!r}).")
    x = float(value)
    if not math.isfinite(x):
        raise ValueError(f"{name} must be a finite number, not {x}.")
    if x < 0 or (positive and x == 0):
        raise ValueError(f"{name} must be {'greater than 0' if positive else '0 or more'}, not {x:g}.")
    return x


def _price(value: object, name: str) -> float:
    p = _number(value, name)
    if p > 10_000:
        raise ValueError(
            f"{name} is in US$ per thousand m³; {p:g} is implausibly high — "
            "did you give a price per million m³?"
        )
    return p


def implied_subsidy(reference_price: float, paid_price: float, volume_bcm: float) -> float:
    """(reference − paid) × volume, in US dollars. Prices in US$/tcm, volume in bcm."""
    ref = _price(reference_price, "reference_price")
    paid = _price(paid_price, "paid_price")
    vol = _number(volume_bcm, "volume_bcm")
    if vol > 1_000:
        raise ValueError(
            f"volume_bcm is in billion m³; {vol:g} bcm is more than any country uses — "
            "did you give million m³?"
        )
    return (ref - paid) * vol * TCM_PER_BCM


def volume_bcm_from(volume: float, unit: str) -> float:
    """Convert a gas volume to bcm from 'bcm', 'mcm' (million m³), 'tcm' (thousand m³) or 'm3'."""
    factors = {"bcm": 1.0, "mcm": 1e-3, "tcm": 1e-6, "m3": 1e-9}
    key = str(unit).strip().lower().replace("³", "3")
    if key not in factors:
        raise ValueError(f"unit must be one of {', '.join(factors)}, not {unit!r}.")
    return _number(volume, "volume") * factors[key]


@dataclass(frozen=True)
class SubsidyRow:
    reference: str
    reference_price: float
    paid_price: float
    volume_bcm: float
    subsidy_usd: float

    @property
    def kind(self) -> str:
        return "subsidy" if self.subsidy_usd > 0 else ("premium" if self.subsidy_usd < 0 else "none")


def subsidy_table(
    volume_bcm: float, paid_price: float = BELARUS_2004_PRICE, references: dict[str, float] | None = None
) -> list[SubsidyRow]:
    """The implied subsidy against each reference price (default: the three of fn 31)."""
    refs = REFERENCES if references is None else references
    if not refs:
        raise ValueError("give at least one reference price.")
    rows = []
    for name, ref in refs.items():
        value = implied_subsidy(ref, paid_price, volume_bcm)  # validates the inputs first
        rows.append(SubsidyRow(str(name), float(ref), float(paid_price), float(volume_bcm), value))
    return rows


def break_even_volume(budget_usd: float, reference_price: float, paid_price: float) -> float:
    """The volume (bcm) at which the price gap adds up to ``budget_usd`` (e.g. to compare with the VAT cost)."""
    gap = _price(reference_price, "reference_price") - _price(paid_price, "paid_price")
    if gap <= 0:
        raise ValueError("the reference price must be above the price paid for a subsidy to build up.")
    return _number(budget_usd, "budget_usd") / (gap * TCM_PER_BCM)


def per_tcm(usd_per_mmbtu: float, mmbtu_per_tcm: float = MMBTU_PER_TCM_GROSS) -> float:
    """A gas price in US$ per million Btu converted to US$ per 1,000 m³ at a heat-content factor."""
    factor = _number(mmbtu_per_tcm, "mmbtu_per_tcm", positive=True)
    if not 30 <= factor <= 40:
        raise ValueError(
            f"mmbtu_per_tcm is the heat content of 1,000 m³ of gas (about 34-36 MMBtu), not {factor:g}."
        )
    return _number(usd_per_mmbtu, "usd_per_mmbtu") * factor


def implied_transport_cost(mmbtu_per_tcm: float = MMBTU_PER_TCM_GROSS) -> float:
    """Transport cost implied by fn 31 for 2004: the 2004 European border price minus the $100 netback."""
    return per_tcm(EUROPE_BORDER_2004_USD_MMBTU, mmbtu_per_tcm) - GERMANY_NET_PRICE


def netback_estimate(europe_usd_mmbtu: float, mmbtu_per_tcm: float = MMBTU_PER_TCM_GROSS) -> float:
    """A year's European border price less the 2004 transport cost (held constant in US$: an assumption)."""
    return per_tcm(europe_usd_mmbtu, mmbtu_per_tcm) - implied_transport_cost(mmbtu_per_tcm)


def year_references(
    year: int, europe_usd_mmbtu: float, mmbtu_per_tcm: float = MMBTU_PER_TCM_GROSS
) -> dict[str, float]:
    """Reference prices (US$/tcm) for ``year``: the European border price of that year and the
    netback estimate from it; for 2004 also the paper's own fn 31 prices."""
    refs = {
        f"Europe, border price {year} (World Bank)": per_tcm(europe_usd_mmbtu, mmbtu_per_tcm),
        f"Europe, {year} less 2004 transport (estimate)": netback_estimate(europe_usd_mmbtu, mmbtu_per_tcm),
    }
    if int(year) == 2004:
        refs.update(REFERENCES)
    return refs


# --- the lessons' tables and charts (lessons 03 and 06; draw with pandas and Altair) -----------

#: the heat-content factors the subsidy explorer offers (drop-down label -> MMBtu per 1,000 m³)
HEAT_FACTORS: dict[str, float] = {
    "35.3 MMBtu per 1,000 m³ (gross)": MMBTU_PER_TCM_GROSS,
    "34.12 MMBtu per 1,000 m³ (net, EI)": MMBTU_PER_TCM_NET,
}
#: the four prices of lesson 03's bar chart (``gas_prices.price_id``), top to bottom
FN31_PRICE_IDS = ["RUS_domestic_2004", "BLR_2004", "DEU_netback_2004", "BLR_2007"]
FN31_LABELS = [
    "Russia (domestic), 2004",
    "Belarus, 2004",
    "Germany (export, net of transport), 2004",
    "Belarus, 2007",
]
HINDSIGHT_BUYERS = ["Belarus", "Ukraine", "Armenia", "Georgia", "Moldova"]


def price_bars(prices: pd.DataFrame) -> alt.LayerChart:
    """Bars of the 2004 prices of fn 31 and Belarus's 2007 price (``gas_prices``), labelled."""
    import altair as alt

    shown = prices[prices["price_id"].isin(FN31_PRICE_IDS)].assign(
        label=lambda d: d["buyer"] + ", " + d["year"].astype(str),
        price_text=lambda d: [
            "$" + (f"{lo:g}" if lo == hi else f"{lo:g}–{hi:g}")
            for lo, hi in zip(d["price_low"], d["price_high"])
        ],
    )
    bars = (
        alt.Chart(shown)
        .mark_bar()
        .encode(
            x=alt.X("price_high:Q", title="US$ per thousand m³ (top of the range where a range is given)"),
            y=alt.Y("label:N", sort=FN31_LABELS, title=None, axis=alt.Axis(labelLimit=300)),
            color=alt.Color("kind:N", title="price", legend=alt.Legend(orient="bottom")),
        )
    )
    text = (
        alt.Chart(shown)
        .mark_text(align="left", dx=4)
        .encode(x="price_high:Q", y=alt.Y("label:N", sort=FN31_LABELS), text="price_text:N")
    )
    return alt.layer(bars, text).properties(
        title="Belarus paid more than Russians, far less than Germany (2004)",
        description="Horizontal bars of gas prices in US dollars per thousand cubic metres: Russian domestic 27–30, "
        "Belarus 46.68 and Germany about 100 net of transport in 2004 (paper fn 31), and Belarus 100 in "
        "2007 (BBC, 31 Dec 2006).",
        width=460,
        height=150,
    )


def border_price_note(europe_usd_mmbtu: float = EUROPE_BORDER_2004_USD_MMBTU) -> str:
    """One line: the 2004 border price in both units and the transport cost fn 31 implies."""
    return (
        f"2004 border price: {europe_usd_mmbtu} US$/MMBtu = "
        f"{per_tcm(europe_usd_mmbtu):.0f} US$ per 1,000 m³ at 35.3 "
        f"({per_tcm(europe_usd_mmbtu, MMBTU_PER_TCM_NET):.0f} at 34.12); "
        f"transport implied by fn 31: {implied_transport_cost():.0f}"
    )


def belarus_against_europe(
    prices: pd.DataFrame, europe: pd.DataFrame, consumption: pd.DataFrame
) -> pd.DataFrame:
    """One row per year Belarus's price is known: what it paid, Europe's border price and the
    netback estimate of that year, its consumption (bcm) and the implied subsidy (US$ m).

    ``europe``: ``gas_price_europe`` indexed by year; ``consumption``: Belarus's rows of
    ``gas_consumption_ei``."""
    import pandas as pd

    belarus_paid = (
        prices[prices["buyer"] == "Belarus"].groupby("year")[["price_low", "price_high"]].mean().mean(axis=1)
    )
    years = belarus_paid.index
    matched = pd.DataFrame(
        {
            "Belarus paid": belarus_paid,
            "Europe border (35.3)": [per_tcm(europe.loc[y, "price_usd_mmbtu"]) for y in years],
            "Europe less 2004 transport": [netback_estimate(europe.loc[y, "price_usd_mmbtu"]) for y in years],
            "volume (bcm, EI)": [
                consumption.loc[consumption["year"] == y, "gas_consumption_bcm"].item() for y in years
            ],
        }
    )
    matched["implied subsidy, netback est. (USD m)"] = (
        matched["Europe less 2004 transport"] - matched["Belarus paid"]
    ) * matched["volume (bcm, EI)"]
    return matched


def subsidy_chart(
    year: int,
    paid_price: float,
    volume_bcm: float,
    europe_usd_mmbtu: float,
    heat_factor: str = next(iter(HEAT_FACTORS)),
) -> alt.Chart:
    """Bars of the implied subsidy (US$ m) against the references of ``year``
    (:func:`year_references`), coloured subsidy / premium."""
    import altair as alt
    import pandas as pd

    from ..charts import PALETTE

    if heat_factor not in HEAT_FACTORS:
        raise ValueError(f"heat_factor must be one of: {'; '.join(HEAT_FACTORS)}.")
    refs = year_references(year, europe_usd_mmbtu, HEAT_FACTORS[heat_factor])
    df = pd.DataFrame(
        [
            {"reference": r.reference, "subsidy_m": r.subsidy_usd / 1e6, "kind": r.kind}
            for r in subsidy_table(volume_bcm, paid_price, refs)
        ]
    )
    return (
        alt.Chart(
            df,
            title=alt.Title(
                f"Implied subsidy at ${paid_price:.2f} per 1,000 m³ on {volume_bcm:.1f} bcm ({year})",
                subtitle="positive = Russia gives up revenue (subsidy); negative = Belarus pays more (premium)",
            ),
            description="Bars of the implied subsidy in million US dollars against the European "
            "border price of the chosen year and a netback estimate from it (for 2004 "
            "also the paper's fn 31 prices), for the chosen volume, price and factor.",
        )
        .mark_bar()
        .encode(
            x=alt.X("subsidy_m:Q", title="US$ million per year"),
            y=alt.Y("reference:N", title=None, sort=list(refs), axis=alt.Axis(labelLimit=300)),
            color=alt.Color(
                "kind:N",
                scale=alt.Scale(
                    domain=["subsidy", "premium", "none"], range=[PALETTE[1], PALETTE[0], "#999"]
                ),
                title=None,
                legend=alt.Legend(orient="bottom"),
            ),
        )
        .properties(width=460, height=120)
    )


def hindsight_chart(prices: pd.DataFrame, europe: pd.DataFrame) -> alt.LayerChart:
    """What five CIS neighbours paid, 2004–2014 (dots, ranges where sources conflict), against
    Europe's border price of the same year (black) and the netback estimate (dashed)."""
    import altair as alt

    europe = europe[europe["year"].between(2004, 2014)].assign(
        netback=lambda d: [netback_estimate(p) for p in d["price_usd_mmbtu"]]
    )
    cis = prices[prices["kind"] == "contract"].assign(price=lambda d: (d["price_low"] + d["price_high"]) / 2)
    cis = cis[cis["buyer"].isin(HINDSIGHT_BUYERS)]
    x_year = alt.X("year:Q", title=None, axis=alt.Axis(format="d"), scale=alt.Scale(domain=[2004, 2014]))
    border = (
        alt.Chart(europe)
        .mark_line(color="#000000")
        .encode(x=x_year, y=alt.Y("price_usd_tcm_gross:Q", title="US$ per 1,000 m³"))
    )
    net = alt.Chart(europe).mark_line(color="#777777", strokeDash=[5, 4]).encode(x=x_year, y="netback:Q")
    ranges = (
        alt.Chart(cis)
        .mark_rule(strokeWidth=2)
        .encode(x=x_year, y="price_low:Q", y2="price_high:Q", color=alt.Color("buyer:N", title="paid by"))
    )
    dots = (
        alt.Chart(cis)
        .mark_point(filled=True, size=70)
        .encode(x=x_year, y="price:Q", color="buyer:N", shape=alt.Shape("buyer:N", title="paid by"))
    )
    return alt.layer(border, net, ranges, dots).properties(
        title="What CIS neighbours paid for Russian gas, against Europe's price of the same year",
        description="Dots (ranges where sources conflict) of the gas prices paid by Belarus, Ukraine, Armenia, "
        "Georgia and Moldova, 2004-2014, in US dollars per 1,000 cubic metres, with a black line for "
        "the World Bank European border price of each year (about 151 in 2004, 302 in 2007, 473 in "
        "2008) and a dashed line for that price less the 2004 transport cost. Every CIS price lies "
        "below both lines except Ukraine's 485 after spring 2014.",
        width=560,
        height=300,
    )
