"""Data for modules 03 and 06: the European gas border price by year (World Bank Pink Sheet).

* ``data/gas_price_europe.csv`` - the World Bank's annual "Natural gas, Europe" price
  (US$ per million Btu), copied value for value for 2000-2014 from
  ``data/sources/world-bank-pink-sheet/energy_prices_annual_nominal.csv`` (copied from the shared data sources)
  (itself a filtered copy of ``CMO-Historical-Data-Annual.xlsx``, see that folder's
  README), with the same price in US$ per 1,000 m³ at two heat-content factors, so a
  CIS contract price can be compared with the European price *of the same year*.

A border price is not the paper's netback: fn 31's "about $100/TCM for exports to
Germany net of transportation costs" subtracts transport; the border price does not.

The schema is in ``data/datapackage.json``. Run from anywhere (or ``make data`` for all)::

    .venv/bin/python tools/make_data_gas_europe.py
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from datapackage_io import SOURCES, write_table

PINK_SHEET = SOURCES / "world-bank-pink-sheet" / "energy_prices_annual_nominal.csv"

#: MMBtu per 1,000 m³: the gross "1,000 Btu per cubic foot" rule, and the Energy Institute's net
#: (lower heating value) factor, 1 bcm = 34.12 trillion Btu (same values as course.topics.gas).
GROSS_MMBTU_PER_TCM = 35.3
NET_MMBTU_PER_TCM = 34.12
YEARS = range(2000, 2015)


def definition(year: int) -> str:
    """The World Bank's definition of the series for that year (sheet "Description")."""
    if year < 2010:
        return "average import border price, excluding UK (June 2000 - March 2010)"
    if year == 2010:
        return (
            "average import border price excluding UK to March 2010; from April 2010 with a spot "
            "price component, including UK"
        )
    return "average import border price and a spot price component, including UK (April 2010 - March 2015)"


def rows() -> list[dict]:
    with PINK_SHEET.open(encoding="utf-8") as fh:
        raw = {int(r["year"]): r["natural_gas_europe_usd_mmbtu"] for r in csv.DictReader(fh)}
    rows = []
    for year in YEARS:
        text = raw[year]
        value = float(text)
        rows.append(
            {
                "year": str(year),
                "price_usd_mmbtu": text,
                "price_usd_tcm_gross": f"{value * GROSS_MMBTU_PER_TCM:.1f}",
                "price_usd_tcm_net": f"{value * NET_MMBTU_PER_TCM:.1f}",
                "definition": definition(year),
            }
        )
    return rows


def build() -> str:
    return f"gas_price_europe.csv: {write_table('gas_price_europe', rows())} rows"


if __name__ == "__main__":
    print(build())
