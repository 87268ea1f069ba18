"""Shared pieces of the tools/make_data*.py scripts: write a CSV, the CC BY licence entry,
and add or replace resources in data/datapackage.json.

One read-modify-write, so two authors registering tables at nearly the same time do not
overwrite each other's entries; a resource keeps its place when it is replaced.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

DESCRIPTOR = Path(__file__).resolve().parents[1] / "data" / "datapackage.json"
CC_BY = {"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0 International",
         "path": "https://creativecommons.org/licenses/by/4.0/"}


def write_csv(path: Path, columns: list[str], rows: list[dict]) -> None:
    """UTF-8, "\n" line ends, header = ``columns``; a missing value is written empty."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c, "") for c in columns})


def upsert(package: dict, resources: list[dict]) -> dict:
    """Replace each resource with the same name where it stands; append new ones."""
    ours = {r["name"]: r for r in resources}
    names = {r["name"] for r in package["resources"]}
    package["resources"] = [ours.get(r["name"], r) for r in package["resources"]]
    package["resources"] += [r for n, r in ours.items() if n not in names]
    return package


def register(resources: list[dict], path: Path = DESCRIPTOR) -> None:
    """Upsert ``resources`` into the descriptor file."""
    package = upsert(json.loads(path.read_text(encoding="utf-8")), list(resources))
    path.write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
