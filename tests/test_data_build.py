"""`make data`: every file in data/ is rebuilt from data/sources/, byte for byte, and the
schemas live only in the descriptor."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from course import data

ROOT = Path(__file__).resolve().parents[1]
TOOLS = ROOT / "tools"
COMPILED = ROOT / "data" / "sources" / "compiled"


def _tool(name: str):
    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_make_data_rebuilds_every_file_in_data_byte_identical():
    md = _tool("make_data")
    assert md.check() == []


def test_make_data_check_reports_a_changed_file(tmp_path):
    md = _tool("make_data")
    (tmp_path / "claims.csv").write_text("claim_id\n", encoding="utf-8")  # "committed" = one bad file
    problems = md.check(tmp_path)
    assert "differs: claims.csv" in problems and "rebuilt but not committed: states.csv" in problems


def test_makefile_data_target_runs_make_data():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^data:.*\n\t\$\(BIN\)/python tools/make_data\.py\s*$", makefile, re.MULTILINE)


def test_every_compiled_table_is_a_resource_and_every_row_names_its_source():
    files = sorted(p for p in COMPILED.iterdir() if p.suffix in (".csv", ".yaml"))
    assert files
    for path in files:
        name = path.stem
        df = data.load(name)  # KeyError if not in the descriptor
        # the bibliography's rows are the sources; vetted_in says where each was checked
        column = next(c for c in ("source", "evidence_source", "vetted_in") if c in df.columns)
        assert df[column].notna().all() and (df[column].str.strip() != "").all(), name


def test_no_schema_is_typed_in_the_make_data_scripts():
    for path in TOOLS.glob("make_data*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(
            r'"(constraints|primaryKey)": |"type": "(string|integer|number|date|year|boolean)"', text
        ), path.name  # no schema literal
        assert "register(" not in text, path.name


def test_compiled_yaml_is_read_as_text_so_no_value_changes_type():
    io = _tool("datapackage_io")
    rows = io.read_compiled("agreements_1991_2000")["rows"]
    assert {r["implemented"] for r in rows} >= {"no", "yes"}  # not False/True
    assert all(isinstance(r["signed"], str) for r in rows)  # not datetime.date


@pytest.mark.parametrize(
    "row, message",
    [
        ({"claim_id": "C99", "claim": "x", "bogus": "1"}, "not in the descriptor"),
        ({"claim_id": "X1"}, "does not match"),
        (
            {
                "claim_id": "C98",
                "claim": "x",
                "paper_ref": "§1",
                "later_evidence": "x",
                "evidence_source": "x",
                "course_rating": "maybe",
                "course_reading": "x",
                "source": "x",
            },
            "not in",
        ),
    ],
)
def test_write_table_rejects_rows_that_break_the_descriptor(row, message):
    io = _tool("datapackage_io")
    with pytest.raises(ValueError, match=message):
        io.check_rows("claims", io.complete("claims", [row]))


def test_descriptor_sources_name_publications_and_bibliography_ids():
    bib = {r["source_id"] for r in data.load("bibliography").to_dict("records")}
    for res in data.descriptor()["resources"]:
        for src in res["sources"]:
            assert "facts.md" not in src["title"] and "facts.md" not in src["path"], res["name"]
            if "source_id" in src:
                assert src["source_id"] in bib, (res["name"], src["source_id"])


def test_captions_cite_no_fact_sheet_and_keep_the_vetting_note_apart():
    for name in data.names():
        assert "facts.md" not in data.cite(name), name
    compiled_from_fact_sheet = [
        r for r in data.descriptor()["resources"] if "facts.md" in r.get("provenance", "")
    ]
    assert len(compiled_from_fact_sheet) >= 8
    assert json.dumps(data.resource("claims")["sources"]).count('"source_id"') >= 10
