"""Module 05 tables (EU compatibility).

* ``data/eu_russia_timeline.csv`` -- EU–Russia relations, the 2004 enlargement and the
  Neighbourhood Policy, next to the Big Four SES track and the paper's own dating of the CES
  discussion, from ``data/sources/compiled/eu_russia_timeline.yaml`` (every row with its
  source and the fact sheet's confidence); sorted here by date.
* ``data/ukraine_trade_partners.csv`` -- Ukraine's reported goods exports and imports with
  the European Union, Russia, Belarus, Kazakhstan and the World, 1992–2020, cut out of
  ``data/sources/imf-dots/dots_by_partner_long.csv`` (IMF Direction of Trade
  Statistics, reporter Ukraine, million US$).

The schemas are in ``data/datapackage.json``. Run from anywhere (or ``make data`` for all)::

    .venv/bin/python tools/make_data_05.py
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from datapackage_io import SOURCES, complete, read_compiled, write_table

DOTS = SOURCES / "imf-dots" / "dots_by_partner_long.csv"  # tools/extract_sources.py


def timeline_rows() -> list[dict[str, str]]:
    """The compiled events, sorted by date and event_id."""
    rows = read_compiled("eu_russia_timeline")["rows"]
    return complete("eu_russia_timeline", sorted(rows, key=lambda r: (r["date"], r["event_id"])))


# --------------------------------------------------------------------------- trade
PARTNERS = {  # IMF label -> course label (partners kept)
    "European Union": "European Union",
    "Russian Federation": "Russia",
    "Belarus, Rep. of": "Belarus",
    "Kazakhstan, Rep. of": "Kazakhstan",
    "World": "World",
}
FLOWS = {"Exports, FOB to Partner Countries": "exports", "Imports, CIF from Partner Countries": "imports"}


def build_trade() -> list[dict[str, str]]:
    """Ukraine's reported goods trade with five partners, one row per year and partner."""
    cells: dict[tuple[int, str], dict[str, object]] = {}
    with DOTS.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["reporter"] != "Ukraine" or row["partner"] not in PARTNERS:
                continue
            if row["indicator"] not in FLOWS or not row["value_usd_millions"].strip():
                continue
            key = (int(row["year"]), PARTNERS[row["partner"]])
            cell = cells.setdefault(key, {"flags": set(), "files": set()})
            cell[FLOWS[row["indicator"]]] = float(row["value_usd_millions"])
            if row["estimate_flag"].strip():
                cell["flags"].add(FLOWS[row["indicator"]])
            cell["files"].add(row["source_file"])
    out = []
    for (year, partner), cell in sorted(cells.items()):
        if "exports" not in cell or "imports" not in cell:
            continue  # keep complete years only
        flags = sorted(cell["flags"])
        out.append(
            {
                "year": str(year),
                "partner": partner,
                "exports_usd_m": f"{cell['exports']:.3f}",
                "imports_usd_m": f"{cell['imports']:.3f}",
                "turnover_usd_m": f"{cell['exports'] + cell['imports']:.3f}",
                "estimate": "+".join(flags),
                "source": "IMF DOTS, reporter Ukraine (" + ", ".join(sorted(cell["files"])) + ")",
            }
        )
    return out


def build() -> str:
    n = write_table("eu_russia_timeline", timeline_rows())
    m = write_table("ukraine_trade_partners", build_trade())
    return f"eu_russia_timeline.csv: {n} rows; ukraine_trade_partners.csv: {m} rows"


if __name__ == "__main__":
    print(build())
