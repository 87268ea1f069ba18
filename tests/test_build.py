"""One master per notebook: student and solution versions are generated, current and safe."""

import ast
import json
import re
from pathlib import Path

import nbformat
import pytest

from course.authoring import build

ROOT = Path(__file__).resolve().parents[1]
MASTERS = build.all_masters()
TARGETS = [t for m in MASTERS for t in build.targets_for(m)]
EXERCISE_MASTERS = [m for m in MASTERS if m.parent.name == "exercises"]


def _rel(t):
    return str(t.path.relative_to(ROOT))


def test_there_are_masters_for_module_00():
    names = [m.name for m in MASTERS]
    assert "00_start_here.py" in names and len(EXERCISE_MASTERS) >= 1


@pytest.mark.parametrize("target", TARGETS, ids=_rel)
def test_committed_notebook_is_up_to_date_with_its_master(target):
    assert build.out_of_date(target) == "", (
        f"{_rel(target)} differs from {target.master.name}: run `make build`"
    )


def _answers(master: Path) -> list:
    tree = ast.parse(
        "\n".join(
            c.source
            for c in build.parse_master(master.read_text())
            if c.kind == "code" and "solution-only" not in c.tags
        )
    )
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            for kw in node.keywords:
                if kw.arg == "answer":
                    found.append(ast.literal_eval(kw.value))
    return found


@pytest.mark.parametrize("master", MASTERS, ids=lambda m: m.name)
def test_student_version_has_no_readable_answer_or_solution(master):
    student = build.targets_for(master)[0].path
    text = student.read_text()
    nb = nbformat.reads(text, as_version=4)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    assert "answer=" not in code
    assert "BEGIN SOLUTION" not in code and "ex.submit(" not in code
    for ans in _answers(master):
        if isinstance(ans, (list, dict)) and not all(isinstance(a, str) and len(a) > 25 for a in ans):
            assert json.dumps(ans) not in text and repr(ans) not in code, ans
        if isinstance(ans, float):
            assert repr(ans) not in code, ans


def _summary_line(nb) -> str:
    for cell in nb.cells:
        if cell.cell_type == "code" and cell.source.strip().endswith("ex.summary()"):
            return "".join(o.get("text", "") for o in cell.outputs if o.get("output_type") == "stream")
    raise AssertionError("no ex.summary() cell")


@pytest.mark.parametrize("master", EXERCISE_MASTERS, ids=lambda m: m.name)
def test_solution_version_scores_full_marks(master):
    nb = nbformat.read(build.targets_for(master)[1].path, as_version=4)
    line = _summary_line(nb)
    m = re.search(r": ([\d.]+)/([\d.]+) automatic points; (\d+) of (\d+) questions answered", line)
    assert m, line
    assert m.group(1) == m.group(2) and m.group(3) == m.group(4), line


@pytest.mark.parametrize("master", EXERCISE_MASTERS, ids=lambda m: m.name)
def test_student_version_starts_with_nothing_answered(master):
    nb = nbformat.read(build.targets_for(master)[0].path, as_version=4)
    line = _summary_line(nb)
    assert re.search(r": 0/[\d.]+ automatic points; 0 of \d+ questions answered", line), line


@pytest.mark.parametrize("master", EXERCISE_MASTERS, ids=lambda m: m.name)
def test_student_question_cells_are_locked(master):
    nb = nbformat.read(build.targets_for(master)[0].path, as_version=4)
    q_cells = [c for c in nb.cells if c.cell_type == "code" and build._defines_question(c.source)]
    assert q_cells
    for c in q_cells:
        assert c.metadata.get("deletable") is False and c.metadata.get("editable") is False
        assert c.metadata.get("jupyter", {}).get("source_hidden") is True


def test_build_turns_answer_into_key_and_student_code_into_placeholder():
    master = """# %%
from course.questions import Exercise
ex = Exercise("demo")
# %%
ex.numeric("q1", "How many?", answer=11, tol=0)
# %%
### BEGIN SOLUTION
# STUDENT: n = ...
n = 5 + 6
### END SOLUTION
ex.check("q1", n)
# %% tags=["solution-only"]
ex.submit("q1", 11)
"""
    cells = build.parse_master(master)
    student = build.transform(cells, "student")
    solution = build.transform(cells, "solution")
    assert len(student) == 3 and len(solution) == 4
    assert 'key="v1.' in student[1].source and "11" not in student[1].source
    assert student[2].source == 'n = ...\nex.check("q1", n)'
    assert solution[2].source == 'n = 5 + 6\nex.check("q1", n)'
    assert "answer=11" in solution[1].source


def test_build_refuses_a_computed_answer():
    cells = build.parse_master('# %%\nex = Exercise("d")\nex.numeric("q1", "x", answer=2 * x)\n')
    with pytest.raises(build.BuildError):
        build.transform(cells, "student")


@pytest.mark.parametrize(
    "path",
    sorted((ROOT / "notebooks").glob("*.ipynb"))
    + sorted((ROOT / "exercises").glob("*.ipynb"))
    + sorted((ROOT / "instructor" / "solutions").glob("*.ipynb")),
    ids=lambda p: p.name,
)
def test_notebook_loads_nothing_from_a_cdn_and_stores_no_widget_state(path):
    text = path.read_text()
    assert not re.search(r"cdn\.jsdelivr|esm\.sh|unpkg\.com|cdnjs", text)
    assert "application/vnd.jupyter.widget-state+json" not in text


@pytest.mark.parametrize(
    "source,expected",
    [
        ('ex.choice("q1", "Which?", options=["a"], answer="a")', True),
        ('cyu.numeric("c1", "How many?", answer=3)', True),
        ('ex.text("q9", "Argue", rubric=["x"])', True),
        ("for name, value in table.items():\n    print(name)", False),
        ('charts.show(my_report.chart(), source="progress")', False),
        ('ex.check("q6", founders)', False),
    ],
)
def test_only_calls_on_ex_or_cyu_count_as_question_cells(source, expected):
    assert build._defines_question(source) is expected


def test_widget_model_ids_are_stable_so_a_rebuild_does_not_churn_git():
    cell = nbformat.v4.new_code_cell("w")
    cell["id"] = "abc"
    view = {"model_id": "0" * 32, "version_major": 2, "version_minor": 0}
    cell.outputs = [
        nbformat.v4.new_output("display_data", data={build.WIDGET_VIEW: dict(view), "text/plain": "[w]"})
    ]
    twin = nbformat.from_dict(json.loads(json.dumps(cell)))
    build._stable_widget_ids(cell, 3)
    build._stable_widget_ids(twin, 3)
    first = cell.outputs[0]["data"][build.WIDGET_VIEW]["model_id"]
    assert first != "0" * 32 and first == twin.outputs[0]["data"][build.WIDGET_VIEW]["model_id"]
    build._stable_widget_ids(twin, 4)  # another place, another id
    assert twin.outputs[0]["data"][build.WIDGET_VIEW]["model_id"] != first


@pytest.mark.parametrize("master", [m for m in MASTERS if "answer=" in m.read_text()], ids=lambda m: m.name)
def test_student_question_cells_keep_the_key_off_the_first_line(master):
    """A locked question cell is shown collapsed to its first line; no key string there."""
    nb = nbformat.read(build.targets_for(master)[0].path, as_version=4)
    firsts = [
        c.source.splitlines()[0]
        for c in nb.cells
        if c.cell_type == "code" and c.source.strip() and 'key="v1.' in c.source
    ]
    assert firsts and not [f for f in firsts if "key=" in f]


@pytest.mark.parametrize("master", MASTERS, ids=lambda p: p.parent.name + "/" + p.stem)
def test_a_master_reads_as_a_jupytext_notebook_and_writes_back_unchanged(master):
    """Authors can open a master as a notebook in JupyterLab (jupytext) and save it: the file
    comes back byte for byte, so the build's output does not change."""
    import jupytext

    text = master.read_text(encoding="utf-8")
    nb = jupytext.reads(text, fmt="py:percent")
    assert len(nb.cells) == len(build.parse_master(text)) > 3
    assert jupytext.writes(nb, fmt="py:percent") == text


def test_practice_only_and_graded_only_text_reach_one_mode_each():
    cells = build.parse_master(
        '# %% [markdown] tags=["practice-only"]\n# Check says right or wrong.\n\n'
        '# %% [markdown] tags=["graded-only"]\n# Check only saves.\n\n'
        '# %%\nfrom course.questions import Exercise\nex = Exercise("t")\n'
    )
    text = {v: [c.source for c in build.transform(cells, v)] for v in ("student", "solution", "graded")}
    assert "Check says right or wrong." not in text["graded"] and "Check only saves." in text["graded"]
    for v in ("student", "solution"):
        assert "Check says right or wrong." in text[v] and "Check only saves." not in text[v]
    assert all(not c.tags for c in build.transform(cells, "graded"))


def test_master_cell_metadata_such_as_a_folded_source_reaches_the_notebook():
    cells = build.parse_master('# %% jupyter={"source_hidden": true}\nx = 1\n')
    nb = build.to_notebook(build.transform(cells, "student"), {}, lock_questions=True)
    assert nb.cells[0].metadata["jupyter"] == {"source_hidden": True}


@pytest.mark.parametrize("master", MASTERS[:1] + MASTERS[-1:], ids=lambda p: p.parent.name + "/" + p.stem)
def test_saving_a_master_from_jupyterlab_writes_no_header_so_the_file_is_unchanged(master):
    """JupyterLab adds a kernelspec and jupytext's own metadata to an open text notebook; the
    masters' jupytext.toml filters the notebook metadata out, so a save gives the file back."""
    import jupytext
    from jupytext.config import load_jupytext_config

    text = master.read_text(encoding="utf-8")
    nb = jupytext.reads(text, fmt="py:percent")
    nb.metadata["kernelspec"] = {
        "display_name": "Python 3 (ipykernel)",
        "language": "python",
        "name": "python3",
    }
    nb.metadata["jupytext"] = {"text_representation": {"extension": ".py", "format_name": "percent"}}
    assert jupytext.writes(nb, fmt="py:percent") != text  # without the configuration: a header
    config = load_jupytext_config(str(master.parent))
    assert config is not None
    assert jupytext.writes(nb, fmt="py:percent", config=config) == text
