"""The data package passes the Frictionless library's own validation (`frictionless
validate data/datapackage.json`), next to the house rules of tests/test_data.py."""

from __future__ import annotations

import json
from pathlib import Path

from frictionless import Package, validate

DESCRIPTOR = Path(__file__).resolve().parents[1] / "data" / "datapackage.json"


def test_frictionless_validates_every_table_of_the_data_package():
    report = validate(str(DESCRIPTOR))
    errors = [f"{task.name}: {err.message}" for task in report.tasks for err in task.errors]
    errors += [err.message for err in report.errors]
    assert report.valid, "\n".join(errors[:20])
    assert len(report.tasks) == len(json.loads(DESCRIPTOR.read_text(encoding="utf-8"))["resources"])


def test_descriptor_is_valid_against_the_data_package_profile():
    errors = [
        e.message for e in Package.metadata_validate(json.loads(DESCRIPTOR.read_text(encoding="utf-8")))
    ]
    assert not errors, "\n".join(errors[:20])
