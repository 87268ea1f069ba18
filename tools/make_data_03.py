"""Module 03 tables (*Instruments of pressure*).

* ``data/instruments.csv`` from ``data/sources/compiled/instruments.yaml``: one compiled
  record per case of a Russian instrument of pressure or incentive, each citing the paper
  and/or the fact sheet's source with its confidence; written out here as one row per case
  and target state (``targets``; ``target_notes`` adds to the note of one target).
* ``data/gas_consumption_ei.csv`` - natural-gas consumption (bcm) of the post-Soviet
  states the Energy Institute lists separately, plus Germany for comparison, copied
  value for value from
  ``data/sources/energy-institute-statistical-review-2024/gas_consumption_bcm.csv``.

The schemas are in ``data/datapackage.json``. Run from anywhere (or ``make data`` for all)::

    .venv/bin/python tools/make_data_03.py
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from datapackage_io import SOURCES, complete, read_compiled, write_table

EI_DIR = SOURCES / "energy-institute-statistical-review-2024"

# --------------------------------------------------------------------------- instruments


def instrument_rows() -> list[dict[str, str]]:
    """One row per case and target, in the order of the compiled cases."""
    compiled = read_compiled("instruments")
    names, rows = compiled["target_names"], []
    for case in compiled["cases"]:
        extra = case.get("target_notes", {})
        for iso3 in case["targets"]:
            row = {k: v for k, v in case.items() if k not in ("targets", "target_notes")}
            row.update(
                target_iso3=iso3, target_name=names[iso3], note=case.get("note", "") + extra.get(iso3, "")
            )
            rows.append(row)
    return complete("instruments", rows)


# --------------------------------------------------------------------------- gas consumption

EI_ISO3 = {
    "Azerbaijan": "AZE",
    "Belarus": "BLR",
    "Estonia": "EST",
    "Kazakhstan": "KAZ",
    "Latvia": "LVA",
    "Lithuania": "LTU",
    "Russian Federation": "RUS",
    "Turkmenistan": "TKM",
    "Ukraine": "UKR",
    "Uzbekistan": "UZB",
    "Germany": "DEU",
}


def gas_rows() -> list[dict[str, str]]:
    """EI gas consumption (bcm) for the states listed in EI_ISO3, value text unchanged."""
    out = []
    with (EI_DIR / "gas_consumption_bcm.csv").open(encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh):
            if rec["country"] in EI_ISO3:
                assert rec["unit"] == "Billion cubic metres", rec["unit"]
                out.append(
                    {
                        "iso3": EI_ISO3[rec["country"]],
                        "ei_country": rec["country"],
                        "year": rec["year"],
                        "gas_consumption_bcm": rec["value"].strip(),
                    }
                )
    out.sort(key=lambda r: (r["iso3"], int(r["year"])))
    return out


def build() -> str:
    n = write_table("instruments", instrument_rows())
    m = write_table("gas_consumption_ei", gas_rows())
    return f"instruments.csv: {n} rows; gas_consumption_ei.csv: {m} rows"


if __name__ == "__main__":
    print(build())
