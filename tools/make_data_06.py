"""Module 06 tables (Conclusion and hindsight).

* ``trade_with_russia.csv`` - DERIVED from ``data/sources/imf-dots/
  dots_by_partner_long.csv`` (IMF Direction of Trade Statistics): for each of the 14
  other post-Soviet states and each year 1995-2020, the state's *own* reported exports
  to and imports from Russia and with the World, the share of Russia in its goods
  trade, the IMF estimate flags, and - for comparison only - Russia's *mirror* figures
  (what Russia reported about the same flows, from Russia's own rows);
* ``claims.csv`` - COMPILED in ``data/sources/compiled/claims.yaml``: claims of the paper,
  the later evidence with its source, and the course's own reading;
* ``gas_prices.csv`` - COMPILED in ``data/sources/compiled/gas_prices.yaml``: the gas prices
  named in the paper (fn 31) and in the fact sheets.

The schemas are in ``data/datapackage.json``. Run from anywhere (or ``make data`` for all)::

    .venv/bin/python tools/make_data_06.py
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pandas as pd
from datapackage_io import SOURCES, complete, read_compiled, write_table

DOTS = SOURCES / "imf-dots" / "dots_by_partner_long.csv"  # tools/extract_sources.py

YEARS = range(1995, 2021)
RUSSIA = "Russian Federation"
EXPORTS = "Exports, FOB to Partner Countries"
IMPORTS = "Imports, CIF from Partner Countries"
#: IMF reporter label -> ISO3 code (the 14 states other than Russia).
IMF_TO_ISO3: dict[str, str] = {
    "Armenia, Rep. of": "ARM",
    "Azerbaijan, Rep. of": "AZE",
    "Belarus, Rep. of": "BLR",
    "Estonia, Rep. of": "EST",
    "Georgia": "GEO",
    "Kazakhstan, Rep. of": "KAZ",
    "Kyrgyz Rep.": "KGZ",
    "Latvia": "LVA",
    "Lithuania": "LTU",
    "Moldova, Rep. of": "MDA",
    "Tajikistan, Rep. of": "TJK",
    "Turkmenistan": "TKM",
    "Ukraine": "UKR",
    "Uzbekistan, Rep. of": "UZB",
}
# output column <- (indicator, partner) in the reporter's own rows
OWN_FLOWS: dict[str, tuple[str, str]] = {
    "exports_to_rus": (EXPORTS, RUSSIA),
    "imports_from_rus": (IMPORTS, RUSSIA),
    "exports_world": (EXPORTS, "World"),
    "imports_world": (IMPORTS, "World"),
}


def _fmt(x: float | None, digits: int = 6) -> str:
    """Numbers as text: rounded to `digits` decimals (DOTS values carry float noise)."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return ""
    text = f"{x:.{digits}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def build_trade(dots_path: Path = DOTS) -> list[dict[str, str]]:
    """Rows of trade_with_russia.csv (as text), sorted by iso3 and year."""
    dots = pd.read_csv(
        dots_path, dtype={"estimate_flag": str}, keep_default_na=False, na_values={"value_usd_millions": [""]}
    )
    dots = dots[dots["year"].isin(list(YEARS))]
    cell = {
        (r.indicator, r.reporter, r.partner, int(r.year)): (r.value_usd_millions, r.estimate_flag)
        for r in dots.itertuples()
    }
    rows = []
    for label, iso3 in sorted(IMF_TO_ISO3.items(), key=lambda kv: kv[1]):
        for year in YEARS:
            values: dict[str, float | None] = {}
            flagged = []
            for col, (indicator, partner) in OWN_FLOWS.items():
                value, flag = cell.get((indicator, label, partner, year), (None, ""))
                values[col] = None if value is None or pd.isna(value) else float(value)
                if flag == "e":
                    flagged.append(col)
            parts_rus = [values["exports_to_rus"], values["imports_from_rus"]]
            parts_world = [values["exports_world"], values["imports_world"]]
            trade_rus = None if None in parts_rus else sum(parts_rus)
            trade_world = None if None in parts_world else sum(parts_world)
            share = 100 * trade_rus / trade_world if trade_rus is not None and trade_world else None
            mirror_x = cell.get((EXPORTS, RUSSIA, label, year), (None, ""))[0]
            mirror_m = cell.get((IMPORTS, RUSSIA, label, year), (None, ""))[0]
            rows.append(
                {
                    "iso3": iso3,
                    "year": str(year),
                    **{col: _fmt(values[col]) for col in OWN_FLOWS},
                    "trade_rus": _fmt(trade_rus),
                    "trade_world": _fmt(trade_world),
                    "share_rus_pct": _fmt(share, 4),
                    "estimated": "true" if flagged else "false",
                    "estimated_fields": ";".join(flagged),
                    "mirror_rus_exports_to": _fmt(
                        None if mirror_x is None or pd.isna(mirror_x) else float(mirror_x)
                    ),
                    "mirror_rus_imports_from": _fmt(
                        None if mirror_m is None or pd.isna(mirror_m) else float(mirror_m)
                    ),
                }
            )
    return rows


# --------------------------------------------------------------------------- compiled


def claim_rows() -> list[dict[str, str]]:
    """The compiled claims, with ``source`` = the paper reference and the evidence source."""
    rows = read_compiled("claims")["rows"]
    for row in rows:
        row["source"] = f"paper {row['paper_ref']}; {row['evidence_source']}"
    return complete("claims", rows)


def gas_rows() -> list[dict[str, str]]:
    return complete("gas_prices", read_compiled("gas_prices")["rows"])


def build() -> str:
    n = write_table("trade_with_russia", build_trade())
    m = write_table("claims", claim_rows())
    k = write_table("gas_prices", gas_rows())
    return f"trade_with_russia.csv: {n} rows; claims.csv: {m} rows; gas_prices.csv: {k} rows"


if __name__ == "__main__":
    print(build())
