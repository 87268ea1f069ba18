"""Every module follows the same skeleton (COURSE.md), and the headers tell the truth."""

import ast
import re
from pathlib import Path

import pytest

from course.authoring import build

ROOT = Path(__file__).resolve().parents[1]
MODULES = [
    "00_start_here",
    "01_cis_1990s",
    "02_single_economic_space",
    "03_instruments_of_pressure",
    "04_multi_speed_integration",
    "05_eu_compatibility",
    "06_conclusion_and_hindsight",
]
LESSONS = ROOT / "instructor" / "masters" / "lessons"
EXERCISES = ROOT / "instructor" / "masters" / "exercises"


def cells(path):
    return build.parse_master(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("module", MODULES)
def test_each_module_has_a_lesson_and_an_exercise_master(module):
    assert (LESSONS / f"{module}.py").exists() and (EXERCISES / f"{module}.py").exists()


@pytest.mark.parametrize("module", MODULES)
def test_lesson_follows_the_course_skeleton(module):
    cs = cells(LESSONS / f"{module}.py")
    md = "\n".join(c.source for c in cs if c.kind == "markdown")
    code = "\n".join(c.source for c in cs if c.kind == "code")
    assert "You will be able to" in md and "Time needed" in md and "Key terms" in md
    assert re.search(r"^## .*Summary", md, re.M) and re.search(r"^## Sources", md, re.M)
    assert "charts.show(" in code or "ChartPane" in code, "at least one chart from data/"
    assert re.search(r"\bexplorer\(|Explorer\(|ipywidgets", code), "at least one widget"
    assert "check_your_understanding(" in code and re.search(r"\bcyu\.\w+\(", code)


def _questions(path):
    tree = ast.parse(
        "\n".join(c.source for c in cells(path) if c.kind == "code" and "solution-only" not in c.tags)
    )
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "ex"
            and node.func.attr in set(build.QUESTION_METHODS) | {"text"}
        ):
            pts = next((ast.literal_eval(k.value) for k in node.keywords if k.arg == "points"), 1)
            found.append((node.func.attr, float(pts)))
    return found


@pytest.mark.parametrize("module", MODULES)
def test_exercise_header_states_the_true_number_of_questions_and_points(module):
    path = EXERCISES / f"{module}.py"
    qs = _questions(path)
    header = cells(path)[0].source
    m = re.search(r"\*\*(\d+) questions · (\d+) points\*\* \((\d+) scored automatically, (\d+) by", header)
    assert m, header[:200]
    auto = sum(p for kind, p in qs if kind != "text")
    manual = sum(p for kind, p in qs if kind == "text")
    assert (int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4))) == (
        len(qs),
        auto + manual,
        auto,
        manual,
    )


@pytest.mark.parametrize("module", MODULES)
def test_exercise_mixes_the_question_types_the_course_promises(module):
    kinds = {k for k, _ in _questions(EXERCISES / f"{module}.py")}
    assert {"chart", "text"} <= kinds, "an Altair chart task and a written argument"
    assert kinds & {"items", "numeric"}, "a data task"
    assert len(kinds) >= 5
    assert cells(EXERCISES / f"{module}.py")[-1].source.strip() == "ex.summary()"


@pytest.mark.parametrize(
    "master", sorted((ROOT / "instructor" / "masters").glob("*/*.py")), ids=lambda p: p.name
)
def test_markdown_has_no_paired_dollar_signs_that_jupyterlab_renders_as_maths(master):
    for c in cells(master):
        if c.kind != "markdown":
            continue
        for para in re.split(r"\n\s*\n", c.source):
            if "$$" in para:
                continue
            assert len(re.findall(r"(?<!\\)\$", para)) < 2, para[:120]


@pytest.mark.parametrize(
    "master",
    sorted(LESSONS.glob("*.py")) + sorted(EXERCISES.glob("*.py")),
    ids=lambda p: f"{p.parent.name}/{p.stem}",
)
def test_setup_cell_imports_the_course_before_altair(master):
    """course/__init__.py trims ~1 s off Altair's import, but only if it runs first."""
    setup = next(c for c in cells(master) if c.kind == "code")
    imports = [n for n in ast.parse(setup.source).body if isinstance(n, (ast.Import, ast.ImportFrom))]
    first = imports[0]
    module = first.module if isinstance(first, ast.ImportFrom) else first.names[0].name
    assert module.split(".")[0] == "course", f"{master.name}: first import is {module}"


MARKDOWN_HEADING_AS_COMMENT = re.compile(r"^# {1,3}#{1,6} \S", re.M)


@pytest.mark.parametrize(
    "master", sorted((ROOT / "instructor" / "masters").glob("*/*.py")), ids=lambda p: p.name
)
def test_no_markdown_heading_is_stuck_in_a_code_cell(master):
    # A missing "# %% [markdown]" marker turns the Markdown that follows into comments of the
    # code cell above (lesson 01 once lost its section 4 heading that way).
    stuck = [
        (c.source.splitlines() or [""])[0][:60] + " … " + m.group(0)
        for c in cells(master)
        if c.kind == "code"
        for m in MARKDOWN_HEADING_AS_COMMENT.finditer(c.source)
    ]
    assert not stuck, f"Markdown headings inside code cells: {stuck}"


def test_the_stuck_heading_check_catches_a_master_with_a_missing_markdown_marker():
    broken = "# %%\nx = 1\n\n# ## 4. The record\n#\n# * 44 of 70\n"
    code = [c for c in build.parse_master(broken) if c.kind == "code"]
    assert code and MARKDOWN_HEADING_AS_COMMENT.search(code[0].source)
    fixed = "# %%\nx = 1\n\n# %% [markdown]\n# ## 4. The record\n"
    assert not any(
        MARKDOWN_HEADING_AS_COMMENT.search(c.source) for c in build.parse_master(fixed) if c.kind == "code"
    )


# --- lessons show students short calls (issue 16, item 6) ------------------------------------
MAX_VISIBLE_LINES = 12
LESSON_NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def _source_hidden(cell) -> bool:
    return bool(cell.get("metadata", {}).get("jupyter", {}).get("source_hidden"))


def long_visible_code_cells(nb: dict, limit: int = MAX_VISIBLE_LINES) -> list[str]:
    """The visible code cells of a notebook longer than ``limit`` lines, each named by its
    place, id, length and first line (cells folded by metadata do not count)."""
    found = []
    for index, cell in enumerate(nb["cells"]):
        if cell["cell_type"] != "code" or _source_hidden(cell):
            continue
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        lines = source.splitlines()
        if len(lines) > limit:
            found.append(f"cell {index} (id {cell.get('id', '?')}, {len(lines)} lines): {lines[0][:70]}")
    return found


@pytest.mark.parametrize("notebook", LESSON_NOTEBOOKS, ids=lambda p: p.stem)
def test_every_visible_lesson_code_cell_has_at_most_12_lines(notebook):
    """A politics student reads short calls; chart-building lives in the topic modules, and a
    longer "under the bonnet" cell is folded (``# %% jupyter={"source_hidden": true}`` in the master)."""
    import json

    long_cells = long_visible_code_cells(json.loads(notebook.read_text(encoding="utf-8")))
    assert not long_cells, (
        f"{notebook.name}: visible code cells over {MAX_VISIBLE_LINES} lines "
        "(move the code into a course module or fold the cell): " + "; ".join(long_cells)
    )


def test_the_line_limit_names_a_long_cell_and_skips_a_folded_one():
    long_source = "\n".join(f"x{i} = {i}" for i in range(13))
    nb = {
        "cells": [
            {"cell_type": "code", "id": "short", "metadata": {}, "source": "x = 1"},
            {"cell_type": "code", "id": "long", "metadata": {}, "source": long_source},
            {
                "cell_type": "code",
                "id": "folded",
                "source": long_source,
                "metadata": {"jupyter": {"source_hidden": True}},
            },
            {"cell_type": "markdown", "id": "text", "metadata": {}, "source": long_source},
        ]
    }
    assert long_visible_code_cells(nb) == ["cell 1 (id long, 13 lines): x0 = 0"]


def test_a_master_cell_marked_source_hidden_is_built_folded():
    master = (
        "# %% [markdown]\n# The code is folded: click to read.\n\n"
        '# %% jupyter={"source_hidden": true}\nx = 1\n\n# %%\ny = 2\n'
    )
    nb = build.to_notebook(build.transform(build.parse_master(master), "student"), {}, lock_questions=True)
    folded, plain = nb.cells[1], nb.cells[2]
    assert folded.metadata["jupyter"] == {"source_hidden": True}
    assert "jupyter" not in plain.metadata
    assert long_visible_code_cells({"cells": [dict(folded, source="\n".join(["x = 1"] * 13))]}) == []


SECTION_HEADING = re.compile(r"^## (\d+)\. .*$", re.MULTILINE)
SECTION_MARKER = re.compile(r"^\*(Core|Optional)( · [^*\n]+)?\*$")


def section_markers(master_text: str) -> dict[str, str | None]:
    """For each numbered section ("## 3. …") of a lesson, the first line under its heading if it
    is a core/optional marker (``*Core · 10 min*``, ``*Optional · reading or homework*``), else None."""
    found: dict[str, str | None] = {}
    for c in build.parse_master(master_text):
        if c.kind != "markdown":
            continue
        lines = c.source.splitlines()
        for i, line in enumerate(lines):
            m = SECTION_HEADING.match(line)
            if not m:
                continue
            following = next((ln.strip() for ln in lines[i + 1 :] if ln.strip()), "")
            found[m.group(1)] = following if SECTION_MARKER.match(following) else None
    return found


@pytest.mark.parametrize("module", MODULES)
def test_every_lesson_section_is_marked_core_or_optional(module):
    # Issue 17, item 7: a lecturer can run every lesson in 60 minutes by teaching the Core sections.
    text = (LESSONS / f"{module}.py").read_text(encoding="utf-8")
    markers = section_markers(text)
    assert markers, "no numbered sections found"
    unmarked = [n for n, marker in markers.items() if marker is None]
    assert not unmarked, f"sections without a *Core …* / *Optional …* line under the heading: {unmarked}"
    assert any(m.startswith("*Core") for m in markers.values())
    header = cells(LESSONS / f"{module}.py")[0].source
    assert re.search(r"^\| \*\*In 60 minutes\*\* \| .*(Core|session).* \|$", header, re.MULTILINE), (
        "the header table says how to run the lesson in 60 minutes"
    )


def test_the_section_marker_check_catches_an_unmarked_section():
    marked = "# %% [markdown]\n# ## 1. One\n#\n# *Core · 10 min*\n#\n# Text.\n"
    unmarked = "# %% [markdown]\n# ## 1. One\n#\n# Text, no marker.\n"
    assert section_markers(marked) == {"1": "*Core · 10 min*"}
    assert section_markers(unmarked) == {"1": None}


def test_module_02_is_split_into_two_sessions_in_the_lesson_and_its_guide():
    markers = section_markers((LESSONS / "02_single_economic_space.py").read_text(encoding="utf-8"))
    assert {"session 1", "session 2"} <= {
        part for m in markers.values() for part in m.strip("*").split(" · ")
    }
    guide = (ROOT / "instructor" / "guide" / "02_single_economic_space.md").read_text(encoding="utf-8")
    assert "**Session 1" in guide and "**Session 2" in guide
