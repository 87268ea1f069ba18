"""Module 01 tables: the agreements of 1991-2000 and the paper's implementation record.

* ``data/agreements_1991_2000.csv`` from ``data/sources/compiled/agreements_1991_2000.yaml``
  (one record per agreement with its source); derived here: ``n_parties``, with checks that
  ``scope`` matches the number of parties and that parties are listed alphabetically.
* ``data/cis_implementation_record.csv`` from ``.../cis_implementation_record.yaml``
  (the paper's §3, footnote 10, citing Tacis 2001).

The schemas are in ``data/datapackage.json``. Run from anywhere (or ``make data`` for all)::

    .venv/bin/python tools/make_data_01.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from datapackage_io import complete, read_compiled, write_table


def agreement_rows() -> list[dict[str, str]]:
    """The agreements, with ``n_parties`` derived from ``parties``."""
    rows = read_compiled("agreements_1991_2000")["rows"]
    for row in rows:
        codes = [c for c in row.get("parties", "").split(";") if c]
        row["n_parties"] = str(len(codes)) if codes else ""
        if codes and row["scope"] != ("bilateral" if len(codes) == 2 else "plurilateral"):
            raise ValueError(f"{row['agreement_id']}: scope does not match {len(codes)} parties")
        if codes != sorted(codes):
            raise ValueError(f"{row['agreement_id']}: list parties alphabetically")
    return complete("agreements_1991_2000", rows)


def record_rows() -> list[dict[str, str]]:
    return complete("cis_implementation_record", read_compiled("cis_implementation_record")["rows"])


def build() -> str:
    n = write_table("agreements_1991_2000", agreement_rows())
    m = write_table("cis_implementation_record", record_rows())
    return f"agreements_1991_2000.csv: {n} rows; cis_implementation_record.csv: {m} rows"


if __name__ == "__main__":
    print(build())
