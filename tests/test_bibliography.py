"""Students can open every source the course points them to (issue 17, item 5)."""

import importlib.util
import json
import re
from pathlib import Path

import pytest
import yaml

from course import data
from course.authoring import build

ROOT = Path(__file__).resolve().parents[1]
STUDENT_MASTERS = sorted((ROOT / "instructor" / "masters" / "lessons").glob("*.py")) + sorted(
    (ROOT / "instructor" / "masters" / "exercises").glob("*.py")
)
LESSONS = sorted((ROOT / "instructor" / "masters" / "lessons").glob("0*.py"))


def _tool_at(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _tool():
    return _tool_at("make_bibliography")


@pytest.mark.parametrize("master", STUDENT_MASTERS, ids=lambda p: p.name)
def test_student_text_names_no_file_outside_the_repository(master):
    text = master.read_text(encoding="utf-8")
    assert not re.search(r"\.\./shared|shared/|reference/facts|authors' workspace", text)


@pytest.mark.parametrize("master", LESSONS, ids=lambda p: p.name)
def test_every_lesson_points_its_sources_section_to_the_bibliography(master):
    sources = next(
        c.source
        for c in build.parse_master(master.read_text(encoding="utf-8"))
        if "## Sources and further reading" in c.source
    )
    tail = sources.split("## Sources and further reading", 1)[1]
    assert "notebooks/bibliography.md" in tail and "](bibliography.md#" in tail
    assert not FACT_SHEET.search(tail)


# What a student must never be sent to: the authors' fact sheets (the vetting record) in
# place of the publication a fact rests on.
FACT_SHEET = re.compile(r"facts\.md|facts-later|fact sheet §", re.IGNORECASE)
BIB_LINK = re.compile(r"\]\((?:\.\./)*(?:notebooks/)?bibliography\.md#([^)\s]+)\)")
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb")) + sorted((ROOT / "exercises").glob("*.ipynb"))
GUIDES = sorted((ROOT / "instructor" / "guide").glob("*.md"))


def _markdown(path: Path) -> str:
    if path.suffix == ".md":
        return path.read_text(encoding="utf-8")
    nb = json.loads(path.read_text(encoding="utf-8"))
    return "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")


@pytest.mark.parametrize("path", NOTEBOOKS + GUIDES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_student_page_cites_the_fact_sheets(path):
    hits = [line.strip() for line in _markdown(path).splitlines() if FACT_SHEET.search(line)]
    assert not hits, hits


def test_the_fact_sheet_check_catches_a_citation():
    assert FACT_SHEET.search("dates from the course fact sheet §2") and FACT_SHEET.search(
        "(facts-later.md §A6)"
    )
    assert not FACT_SHEET.search("([CIS Charter 1993](bibliography.md#cis_charter_wikipedia))")


def test_no_site_page_source_cites_the_fact_sheets(tmp_path):
    """The pages build_site writes for Sphinx (guides, glossary, bibliography, the lessons'
    Markdown) cite publications; only the two fact-sheet rows of the bibliography name them."""
    site = _tool_at("build_site")
    site.prepare(site.load_config(), tmp_path)
    rows = {s["source_id"] for s in _tool().SOURCES if s["source_id"].startswith("fact_sheet_")}
    hits = []
    for page in sorted(tmp_path.rglob("*.md")) + sorted(tmp_path.rglob("*.ipynb")):
        text = _markdown(page)
        if page.name == "bibliography.md":  # drop the vetting-record rows, which may stay
            text = "\n".join(
                entry
                for entry in re.split(r"\n(?=\()", text)
                if not any(entry.startswith(f"({r})=") for r in rows)
            )
            # the data sources are data/datapackage.json's `sources` (the data files' provenance,
            # kept by tools/make_data*.py), not text the course writes: checked where they are made
            text = text.split("\n### Data sources", 1)[0]
        hits += [
            f"{page.relative_to(tmp_path)}: {line.strip()[:100]}"
            for line in text.splitlines()
            if FACT_SHEET.search(line)
        ]
    assert not hits, hits


@pytest.mark.parametrize("path", NOTEBOOKS + GUIDES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_bibliography_link_resolves_to_a_row(path):
    ids = set(data.load("bibliography")["source_id"]) | set(_tool().ALIASES)  # an alias is a row's 2nd anchor
    anchors = BIB_LINK.findall(_markdown(path))
    assert set(anchors) <= ids, sorted(set(anchors) - ids)


def test_an_old_anchor_lands_on_the_row_that_now_holds_the_source():
    tool = _tool()
    lines = (ROOT / "notebooks" / "bibliography.md").read_text(encoding="utf-8").splitlines()
    site = tool.page(site=True)
    for alias, sid in tool.ALIASES.items():
        (entry,) = [line for line in lines if f'<a id="{sid}"></a>' in line]
        assert f'<a id="{alias}"></a>' in entry, alias
        assert f"({sid})=\n({alias})=\n* " in site, alias


def test_the_row_file_is_checked_when_read(tmp_path):
    tool = _tool()
    good = dict(tool.SOURCES[0])
    bad_path = tmp_path / "bibliography.yaml"
    for bad, message in [
        ({**good, "topic": "nowhere"}, "unknown topic"),
        ({k: v for k, v in good.items() if k != "vetted_in"}, "columns"),
        (None, "listed twice"),
    ]:
        rows = [good, good] if bad is None else [bad]
        bad_path.write_text(yaml.safe_dump(rows, allow_unicode=True, sort_keys=False), encoding="utf-8")
        with pytest.raises(ValueError, match=message):
            tool.load_sources(bad_path, aliases={})
    bad_path.write_text(yaml.safe_dump([good], allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert tool.load_sources(bad_path, aliases={}) == [good]
    with pytest.raises(ValueError, match="alias"):  # an alias must point at a row
        tool.load_sources(bad_path, aliases={"old_id": "no_such_row"})


def test_the_bibliography_page_has_an_anchor_for_every_row():
    page = (ROOT / "notebooks" / "bibliography.md").read_text(encoding="utf-8")
    for sid in data.load("bibliography")["source_id"]:
        assert f'<a id="{sid}"></a>' in page, sid


def test_the_link_check_catches_a_link_to_a_missing_row():
    text = "see ([A](bibliography.md#no_such_row)) and ([B](../notebooks/bibliography.md#paper))"
    assert BIB_LINK.findall(text) == ["no_such_row", "paper"]
    assert "no_such_row" not in set(data.load("bibliography")["source_id"])


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
