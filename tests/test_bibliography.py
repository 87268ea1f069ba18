"""Students can open every source the course points them to (issue 17, item 5)."""
import importlib.util
import re
from pathlib import Path

import pytest

from course.authoring import build
from course import data

ROOT = Path(__file__).resolve().parents[1]
STUDENT_MASTERS = sorted((ROOT / "instructor" / "masters" / "lessons").glob("*.py")) + sorted(
    (ROOT / "instructor" / "masters" / "exercises").glob("*.py"))
LESSONS = sorted((ROOT / "instructor" / "masters" / "lessons").glob("0*.py"))


def _tool():
    spec = importlib.util.spec_from_file_location("make_bibliography", ROOT / "tools" / "make_bibliography.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("master", STUDENT_MASTERS, ids=lambda p: p.name)
def test_student_text_names_no_file_outside_the_repository(master):
    text = master.read_text(encoding="utf-8")
    assert not re.search(r"\.\./shared|shared/|reference/facts|authors' workspace", text)


@pytest.mark.parametrize("master", LESSONS, ids=lambda p: p.name)
def test_every_lesson_points_its_sources_section_to_the_bibliography(master):
    sources = next(c.source for c in build.parse_master(master.read_text(encoding="utf-8"))
                   if "## Sources and further reading" in c.source)
    tail = sources.split("## Sources and further reading", 1)[1]
    assert "notebooks/bibliography.md" in tail and "notebooks/sources/facts.md" in tail


def test_the_fact_sheets_the_lessons_cite_are_shipped():
    for name in ("facts.md", "facts-later.md"):
        text = (ROOT / "notebooks" / "sources" / name).read_text(encoding="utf-8")
        assert text.startswith("<!-- Copied into the course") and "Confidence" in text


def test_bibliography_page_is_up_to_date_with_its_table():
    tool = _tool()
    assert (ROOT / "notebooks" / "bibliography.md").read_text(encoding="utf-8") == tool.page() + "\n"
    table = data.load("bibliography")
    assert list(table["source_id"]) == [s["source_id"] for s in tool.SOURCES]


def test_bibliography_says_the_paper_is_unidentified_and_gives_addresses_elsewhere():
    table = data.load("bibliography").set_index("source_id")
    assert table.loc["paper", "confidence"].startswith("Unconfirmed")
    others = table.drop(index=["paper", "felsenthal_machover"])
    assert others["address"].notna().all()
