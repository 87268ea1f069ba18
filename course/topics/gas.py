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
        raise ValueError(f"{name} is in US$ per thousand m³; {p:g} is implausibly high — "
                         "did you give a price per million m³?")
    return p


def implied_subsidy(reference_price: float, paid_price: float, volume_bcm: float) -> float:
    """(reference − paid) × volume, in US dollars. Prices in US$/tcm, volume in bcm."""
    ref = _price(reference_price, "reference_price")
    paid = _price(paid_price, "paid_price")
    vol = _number(volume_bcm, "volume_bcm")
    if vol > 1_000:
        raise ValueError(f"volume_bcm is in billion m³; {vol:g} bcm is more than any country uses — "
                         "did you give million m³?")
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


def subsidy_table(volume_bcm: float, paid_price: float = BELARUS_2004_PRICE,
                  references: dict[str, float] | None = None) -> list[SubsidyRow]:
    """The implied subsidy against each reference price (default: the three of fn 31)."""
    refs = REFERENCES if references is None else references
    if not refs:
        raise ValueError("give at least one reference price.")
    rows = []
    for name, ref in refs.items():
        value = implied_subsidy(ref, paid_price, volume_bcm)      # validates the inputs first
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
        raise ValueError(f"mmbtu_per_tcm is the heat content of 1,000 m³ of gas (about 34-36 MMBtu), "
                         f"not {factor:g}.")
    return _number(usd_per_mmbtu, "usd_per_mmbtu") * factor


def implied_transport_cost(mmbtu_per_tcm: float = MMBTU_PER_TCM_GROSS) -> float:
    """Transport cost implied by fn 31 for 2004: the 2004 European border price minus the $100 netback."""
    return per_tcm(EUROPE_BORDER_2004_USD_MMBTU, mmbtu_per_tcm) - GERMANY_NET_PRICE


def netback_estimate(europe_usd_mmbtu: float, mmbtu_per_tcm: float = MMBTU_PER_TCM_GROSS) -> float:
    """A year's European border price less the 2004 transport cost (held constant in US$: an assumption)."""
    return per_tcm(europe_usd_mmbtu, mmbtu_per_tcm) - implied_transport_cost(mmbtu_per_tcm)


def year_references(year: int, europe_usd_mmbtu: float,
                    mmbtu_per_tcm: float = MMBTU_PER_TCM_GROSS) -> dict[str, float]:
    """Reference prices (US$/tcm) for ``year``: the European border price of that year and the
    netback estimate from it; for 2004 also the paper's own fn 31 prices."""
    refs = {f"Europe, border price {year} (World Bank)": per_tcm(europe_usd_mmbtu, mmbtu_per_tcm),
            f"Europe, {year} less 2004 transport (estimate)": netback_estimate(europe_usd_mmbtu, mmbtu_per_tcm)}
    if int(year) == 2004:
        refs.update(REFERENCES)
    return refs
