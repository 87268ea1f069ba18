"""Build the data of module 02 (The Single Economic Space) from the sources.

Writes three files into data/; the sources are read from ``data/sources/`` (extracts made
by ``tools/extract_sources.py``):

* ``data/cis_trade_2002_2005.csv`` - goods trade of the 12 CIS states of 2003-04
  (Armenia, Azerbaijan, Belarus, Georgia, Kazakhstan, Kyrgyzstan, Moldova, Russia,
  Tajikistan, Turkmenistan, Ukraine, Uzbekistan) with the World and with each other,
  2002-2005, as each state reported it to the IMF (Direction of Trade Statistics).
  Rows copied from ``imf-dots/dots_by_partner_long.csv``; values kept as text.
* ``data/gdp_ppp_maddison_2018.csv`` - an OLDER vintage of PPP GDP and population for
  the same 12 states, 2000-2005: Maddison Project Database 2018 real GDP (2011
  international $) and Gapminder/UN population, as carried by the Our World in Data
  CO2 file of Dec 2020 (``owid-co2-data-2020/owid-co2-data.csv``). Used to show how
  much a "share of CIS GDP at PPP" depends on the PPP vintage.
* ``data/ses_paper_figures.csv`` - the paper's numbers on the Big Four, from
  ``data/sources/compiled/ses_paper_figures.yaml`` (one row per figure with its section).

Run from anywhere::

    .venv/bin/python tools/make_data_02.py
"""

from __future__ import annotations

import sys as _sys
from pathlib import Path

_sys.path.insert(0, str(Path(__file__).resolve().parent))
import pandas as pd
from datapackage_io import SOURCES, complete, read_compiled, write_table

#: The 12 states taking part in the CIS in 2003-04 (Georgia until 2009, Ukraine and
#: Turkmenistan without ratifying the Charter; see data/memberships.csv).
CIS12: dict[str, str] = {
    "Armenia, Rep. of": "ARM",
    "Azerbaijan, Rep. of": "AZE",
    "Belarus, Rep. of": "BLR",
    "Georgia": "GEO",
    "Kazakhstan, Rep. of": "KAZ",
    "Kyrgyz Rep.": "KGZ",
    "Moldova, Rep. of": "MDA",
    "Russian Federation": "RUS",
    "Tajikistan, Rep. of": "TJK",
    "Turkmenistan": "TKM",
    "Ukraine": "UKR",
    "Uzbekistan, Rep. of": "UZB",
}
TRADE_YEARS = range(2002, 2006)
MADDISON_YEARS = range(2000, 2006)
FLOWS = {"Exports, FOB to Partner Countries": "exports", "Imports, CIF from Partner Countries": "imports"}


def figure_rows() -> list[dict[str, str]]:
    """The paper's figures on the Big Four, one row per figure (compiled, with its source)."""
    return complete("ses_paper_figures", read_compiled("ses_paper_figures")["rows"])


def build_trade() -> list[dict[str, str]]:
    """CIS-12 reporters × (World + the other 11), both flows, 2002-2005, as text."""
    src = pd.read_csv(SOURCES / "imf-dots" / "dots_by_partner_long.csv", dtype=str, keep_default_na=False)
    partners = dict(CIS12, World="WLD")
    keep = (
        src["reporter"].isin(CIS12)
        & src["partner"].isin(partners)
        & src["year"].astype(int).isin(list(TRADE_YEARS))
        & (src["reporter"] != src["partner"])
    )
    rows = []
    for r in src[keep].itertuples(index=False):
        rows.append(
            {
                "reporter_iso3": CIS12[r.reporter],
                "partner_iso3": partners[r.partner],
                "year": r.year,
                "flow": FLOWS[r.indicator],
                "value_usd_millions": r.value_usd_millions.strip(),
                "estimate_flag": r.estimate_flag.strip(),
                "source_file": r.source_file,
            }
        )
    rows.sort(
        key=lambda d: (
            d["reporter_iso3"],
            d["partner_iso3"] != "WLD",
            d["partner_iso3"],
            d["year"],
            d["flow"],
        )
    )
    return rows


def _integer_text(value: str) -> str:
    """'3538000.0' -> '3538000' (population is whole persons); '' stays ''."""
    if value == "":
        return ""
    number = float(value)
    if number != int(number):
        raise ValueError(f"population {value!r} is not a whole number")
    return str(int(number))


def build_maddison() -> list[dict[str, str]]:
    src = pd.read_csv(SOURCES / "owid-co2-data-2020" / "owid-co2-data.csv", dtype=str, keep_default_na=False)
    keep = src["iso_code"].isin(CIS12.values()) & src["year"].astype(int).isin(list(MADDISON_YEARS))
    rows = [
        {
            "iso3": r.iso_code,
            "year": r.year,
            "population": _integer_text(r.population.strip()),
            "gdp_ppp_2011": r.gdp.strip(),
        }
        for r in src[keep].itertuples(index=False)
    ]
    rows.sort(key=lambda d: (d["iso3"], d["year"]))
    return rows


def build() -> str:
    n = write_table("cis_trade_2002_2005", build_trade())
    m = write_table("gdp_ppp_maddison_2018", build_maddison())
    k = write_table("ses_paper_figures", figure_rows())
    return (
        f"cis_trade_2002_2005.csv: {n} rows; gdp_ppp_maddison_2018.csv: {m} rows; "
        f"ses_paper_figures.csv: {k} rows"
    )


if __name__ == "__main__":
    print(build())
