"""Data for modules 03 and 06: the European gas border price by year (World Bank Pink Sheet).

* ``data/gas_price_europe.csv`` - the World Bank's annual "Natural gas, Europe" price
  (US$ per million Btu), copied value for value for 2000-2014 from
  ``data/sources/world-bank-pink-sheet/energy_prices_annual_nominal.csv`` (copied from the shared data sources)
  (itself a filtered copy of ``CMO-Historical-Data-Annual.xlsx``, see that folder's
  README), with the same price in US$ per 1,000 m³ at two heat-content factors, so a
  CIS contract price can be compared with the European price *of the same year*.

A border price is not the paper's netback: fn 31's "about $100/TCM for exports to
Germany net of transportation costs" subtracts transport; the border price does not.

Run from anywhere::

    .venv/bin/python tools/make_data_gas_europe.py             # write the CSV
    .venv/bin/python tools/make_data_gas_europe.py --register  # also add/replace its entry
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from datapackage_io import write_csv  # noqa: E402
from datapackage_io import register as _register_resources  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
PINK_SHEET = ROOT / "data" / "sources" / "world-bank-pink-sheet" / "energy_prices_annual_nominal.csv"

#: MMBtu per 1,000 m³: the gross "1,000 Btu per cubic foot" rule, and the Energy Institute's net
#: (lower heating value) factor, 1 bcm = 34.12 trillion Btu (same values as course.topics.gas).
GROSS_MMBTU_PER_TCM = 35.3
NET_MMBTU_PER_TCM = 34.12
YEARS = range(2000, 2015)
COLUMNS = ["year", "price_usd_mmbtu", "price_usd_tcm_gross", "price_usd_tcm_net", "definition"]


def definition(year: int) -> str:
    """The World Bank's definition of the series for that year (sheet "Description")."""
    if year < 2010:
        return "average import border price, excluding UK (June 2000 - March 2010)"
    if year == 2010:
        return ("average import border price excluding UK to March 2010; from April 2010 with a spot "
                "price component, including UK")
    return "average import border price and a spot price component, including UK (April 2010 - March 2015)"


def build() -> list[dict]:
    with PINK_SHEET.open(encoding="utf-8") as fh:
        raw = {int(r["year"]): r["natural_gas_europe_usd_mmbtu"] for r in csv.DictReader(fh)}
    rows = []
    for year in YEARS:
        text = raw[year]
        value = float(text)
        rows.append({"year": str(year), "price_usd_mmbtu": text,
                     "price_usd_tcm_gross": f"{value * GROSS_MMBTU_PER_TCM:.1f}",
                     "price_usd_tcm_net": f"{value * NET_MMBTU_PER_TCM:.1f}",
                     "definition": definition(year)})
    return rows


def resource() -> dict:
    return {
        "name": "gas_price_europe", "path": "gas_price_europe.csv", "format": "csv", "mediatype": "text/csv",
        "encoding": "utf-8", "profile": "tabular-data-resource",
        "title": "European natural gas border price by year, 2000-2014 (World Bank Pink Sheet)",
        "description": (
            "World Bank Commodity Price Data (The Pink Sheet), annual nominal 'Natural gas, Europe' "
            "(code NGAS_EUR), copied value for value (rounded to 4 decimals by the source extract) from "
            "CMO-Historical-Data-Annual.xlsx, sheet 'Annual Prices (Nominal)' (workbook 'Updated on May 02, "
            "2025', as committed in GitHub elisadamico/The-Price-of-Instability-The-Economic-and-Human-Cost-of-"
            "Climate-Shocks @ dd6e5d6104d6e0c3cc9c793da1692c4f55683785; two other public copies agree for "
            "2004-2013). DERIVED by the course (tools/make_data_gas_europe.py): the price per 1,000 cubic "
            "metres at 35.3 MMBtu per 1,000 m3 (gross, the '1,000 Btu per cubic foot' rule) and at 34.12 "
            "(net, the Energy Institute's conversion factor: 1 bcm = 34.12 trillion Btu). The factor is a "
            "choice: state which one you use. This is a BORDER price (gas delivered to European borders), not "
            "the paper's 'net of transportation costs' netback (fn 31: about $100/TCM for Germany in 2004)."),
        "sources": [
            {"title": "World Bank Commodity Price Data (The Pink Sheet), CMO-Historical-Data-Annual.xlsx",
             "path": "https://www.worldbank.org/en/research/commodity-markets"},
            {"title": "Course copy of the five energy columns (provenance and filter in its README)",
             "path": "data/sources/world-bank-pink-sheet/energy_prices_annual_nominal.csv"},
        ],
        "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0 International "
                                                    "(World Bank open data; cite 'World Bank Commodity Price "
                                                    "Data (The Pink Sheet)')",
                      "path": "https://creativecommons.org/licenses/by/4.0/"}],
        "schema": {"fields": [
            {"name": "year", "type": "year", "description": "Calendar year (annual average).",
             "constraints": {"required": True, "unique": True}},
            {"name": "price_usd_mmbtu", "type": "number", "unit": "US$ per million Btu (nominal)",
             "description": "Natural gas, Europe: the World Bank's annual average, as published.",
             "constraints": {"required": True, "minimum": 0}},
            {"name": "price_usd_tcm_gross", "type": "number", "unit": "US$ per 1,000 m3 (nominal)",
             "description": "price_usd_mmbtu x 35.3 MMBtu per 1,000 m3 (gross heat content).",
             "constraints": {"required": True, "minimum": 0}},
            {"name": "price_usd_tcm_net", "type": "number", "unit": "US$ per 1,000 m3 (nominal)",
             "description": "price_usd_mmbtu x 34.12 MMBtu per 1,000 m3 (net heat content, Energy Institute).",
             "constraints": {"required": True, "minimum": 0}},
            {"name": "definition", "type": "string",
             "description": "What the World Bank series measures in that year (sheet 'Description').",
             "constraints": {"required": True}},
        ], "primaryKey": ["year"], "missingValues": [""]},
    }


def main(argv: list[str]) -> int:
    write_csv(DATA / "gas_price_europe.csv", COLUMNS, build())
    if "--register" in argv:
        _register_resources([resource()])
    print("wrote data/gas_price_europe.csv" + (" and registered it" if "--register" in argv else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
