"""Shared pieces of the tools/make_data*.py scripts.

* The schema of every table lives in ONE place, the descriptor ``data/datapackage.json``:
  :func:`columns` and :func:`field` read it, :func:`write_table` writes a table in the
  descriptor's column order and checks each row against the descriptor's constraints.
* The hand-compiled rows live in ``data/sources/compiled/`` (one YAML or CSV file per
  table, every row with its source): :func:`read_compiled` reads them as text.
* :func:`write_csv`, :data:`CC_BY`, :func:`upsert` and :func:`register` are kept for
  ``tools/make_bibliography.py``.
"""

from __future__ import annotations

import csv
import json
import re
from functools import lru_cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
DESCRIPTOR = DATA / "datapackage.json"
SOURCES = DATA / "sources"  # extracts of the raw sources (tools/extract_sources.py)
COMPILED = SOURCES / "compiled"  # the hand-compiled tables, one file per table
CC_BY = {
    "name": "CC-BY-4.0",
    "title": "Creative Commons Attribution 4.0 International",
    "path": "https://creativecommons.org/licenses/by/4.0/",
}


def write_csv(path: Path, columns: list[str], rows: list[dict]) -> None:
    """UTF-8, "\n" line ends, header = ``columns``; a missing value is written empty."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c, "") for c in columns})


@lru_cache(maxsize=1)
def _descriptor_text(path: Path = DESCRIPTOR) -> str:
    return path.read_text(encoding="utf-8")


def resource(name: str) -> dict:
    """The descriptor entry of resource ``name`` (a fresh copy)."""
    for res in json.loads(_descriptor_text())["resources"]:
        if res["name"] == name:
            return res
    raise KeyError(f"resource {name!r} is not in {DESCRIPTOR}")


def columns(name: str) -> list[str]:
    """The column names of table ``name``, in the descriptor's order."""
    return [f["name"] for f in resource(name)["schema"]["fields"]]


def field(name: str, column: str) -> dict:
    """The descriptor's field entry for ``column`` of table ``name``."""
    return next(f for f in resource(name)["schema"]["fields"] if f["name"] == column)


def read_compiled(name: str) -> list[dict[str, str]] | dict:
    """The hand-compiled rows of ``name`` from ``data/sources/compiled/``.

    ``<name>.csv`` gives a list of rows; ``<name>.yaml`` is read with YAML's base loader,
    so every scalar stays the text written (``no``, ``1994``, ``2004-05-01`` are strings;
    the types are the descriptor's) and the whole document is returned.
    """
    csv_path, yaml_path = COMPILED / f"{name}.csv", COMPILED / f"{name}.yaml"
    if csv_path.is_file():
        with csv_path.open(encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))
    return yaml.load(yaml_path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)


def complete(name: str, rows: list[dict]) -> list[dict[str, str]]:
    """``rows`` with every column of ``name`` in the descriptor's order ('' where absent);
    ValueError if a row has a column the schema lacks (a typo in a compiled file)."""
    cols = columns(name)
    for i, row in enumerate(rows):
        unknown = set(row) - set(cols)
        if unknown:
            raise ValueError(f"{name} row {i}: columns not in the descriptor: {sorted(unknown)}")
    return [{c: row.get(c, "") for c in cols} for row in rows]


def check_rows(name: str, rows: list[dict]) -> None:
    """Raise ValueError if a row breaks a required, enum, pattern or unique constraint of the
    descriptor (full validation, types included, is frictionless's, in the tests)."""
    fields = resource(name)["schema"]["fields"]
    for f in fields:
        cons = f.get("constraints", {})
        values = [str(row.get(f["name"], "")) for row in rows]
        for i, value in enumerate(values):
            if value == "":
                if cons.get("required"):
                    raise ValueError(f"{name} row {i}: {f['name']} is required")
                continue
            if "enum" in cons and value not in cons["enum"]:
                raise ValueError(f"{name} row {i}: {f['name']}={value!r} not in {cons['enum']}")
            if "pattern" in cons and not re.fullmatch(cons["pattern"], value):
                raise ValueError(f"{name} row {i}: {f['name']}={value!r} does not match {cons['pattern']}")
        present = [v for v in values if v != ""]
        if cons.get("unique") and len(present) != len(set(present)):
            raise ValueError(f"{name}: {f['name']} is not unique")


def write_table(name: str, rows: list[dict]) -> int:
    """Check ``rows`` against the schema of ``name`` and write them to its path in data/."""
    rows = complete(name, rows)
    check_rows(name, rows)
    write_csv(DATA / resource(name)["path"], columns(name), rows)
    return len(rows)


def upsert(package: dict, resources: list[dict]) -> dict:
    """Replace each resource with the same name where it stands; append new ones."""
    ours = {r["name"]: r for r in resources}
    names = {r["name"] for r in package["resources"]}
    package["resources"] = [ours.get(r["name"], r) for r in package["resources"]]
    package["resources"] += [r for n, r in ours.items() if n not in names]
    return package


def register(resources: list[dict], path: Path = DESCRIPTOR) -> None:
    """Upsert ``resources`` into the descriptor file (used by tools/make_bibliography.py)."""
    package = upsert(json.loads(path.read_text(encoding="utf-8")), list(resources))
    path.write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    _descriptor_text.cache_clear()
