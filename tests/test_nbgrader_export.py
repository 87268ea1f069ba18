"""nbgrader export (course.authoring.nbgrader_export), tested without nbgrader installed.

What is checked: every cell's metadata against nbgrader's cell-metadata schema version 3
(required fields and their types, no unknown fields, the grade_id pattern, points only on
graded cells) and the rules nbgrader's own validator adds (graded/solution/locked cells have a
grade_id, graded cells have points, Markdown graded cells are also solution cells, grade_ids
unique); autograder-test points add up to the exercise's automatic points and manual cells to
its written points; solution markers are present in every autograded answer; a release made the
way nbgrader makes it (solution regions stubbed, Markdown answers replaced) shows no answer; and
— simulating nbgrader's autograde rule (error → 0, a number → partial credit, else full) — the
source version scores full marks and the stubbed release scores zero.
nbgrader itself (generate_assignment, autograde, its gradebook) is run on module 00 in
tests/test_nbgrader_roundtrip.py; formgrader and exchange are not checked.
"""

import ast
import concurrent.futures as cf
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from course.authoring import build, nbgrader_export

ROOT = Path(__file__).resolve().parents[1]
EXERCISE_MASTERS = [m for m in build.all_masters() if m.parent.name == "exercises"]
M00 = ROOT / "instructor" / "masters" / "exercises" / "00_start_here.py"
REQUIRED = {"schema_version": int, "grade": bool, "locked": bool, "solution": bool}
OPTIONAL = {"task": bool, "grade_id": str, "points": (int, float), "checksum": str, "cell_type": str}
GRADE_ID = re.compile(r"^[a-zA-Z0-9_\-]*$")


def _check_v3(cell) -> None:
    """nbgrader cell metadata, schema version 3 (types, fields) plus its validator's rules."""
    meta = cell.metadata["nbgrader"]
    for key, typ in REQUIRED.items():
        assert key in meta and type(meta[key]) is typ, (key, meta)  # bool is not an int here
    assert meta["schema_version"] == 3
    assert set(meta) <= set(REQUIRED) | set(OPTIONAL), set(meta) - set(REQUIRED) - set(OPTIONAL)
    for key, typ in OPTIONAL.items():
        if key in meta:
            ok = (
                (type(meta[key]) is bool)
                if typ is bool
                else (isinstance(meta[key], typ) and not isinstance(meta[key], bool))
            )
            assert ok, (key, meta)
    if meta["grade"] or meta["solution"] or meta["locked"]:
        assert meta.get("grade_id") and GRADE_ID.match(meta["grade_id"]), meta
    if meta["grade"]:
        assert meta["points"] >= 0
    else:
        assert "points" not in meta
    if cell.cell_type == "markdown" and not meta.get("task"):
        assert meta["grade"] == meta["solution"], meta  # both or neither


def _auto_and_manual_max(master: Path) -> tuple[float, float]:
    """From the built solution notebook's score line (computed by the engine, not the export)."""
    sol = build.targets_for(master)[1].path
    if not sol.exists():
        pytest.skip(f"{sol.name} not built yet")
    nb = nbformat.read(sol, as_version=4)
    text = "".join(
        o.get("text", "")
        for c in nb.cells
        if c.cell_type == "code" and c.source.strip().endswith("ex.summary()")
        for o in c.outputs
    )
    auto = float(re.search(r"/([\d.]+) automatic points", text).group(1))
    manual = re.search(r"; ([\d.]+) more points for written answers", text)
    return auto, float(manual.group(1)) if manual else 0.0


@pytest.fixture(scope="module", params=EXERCISE_MASTERS, ids=lambda m: m.stem)
def exported(request):
    return request.param, nbgrader_export.export(request.param)


def test_every_cell_has_valid_nbgrader_v3_metadata_and_grade_ids_are_unique(exported):
    _master, nb = exported
    ids = []
    for cell in nb.cells:
        _check_v3(cell)
        m = cell.metadata["nbgrader"]
        if m["grade"] or m["solution"] or m["locked"]:
            ids.append(m["grade_id"])
    assert len(ids) == len(set(ids)) == len(nb.cells)
    assert nbformat.validate(nb) is None  # a valid nbformat 4 notebook too


def test_autograder_points_sum_to_the_exercises_automatic_points(exported):
    master, nb = exported
    auto, manual = _auto_and_manual_max(master)
    graded = [c.metadata["nbgrader"] for c in nb.cells if c.metadata["nbgrader"]["grade"]]
    assert sum(m["points"] for m in graded if not m["solution"]) == auto
    assert sum(m["points"] for m in graded if m["solution"]) == manual


def test_autograded_answers_keep_nbgrader_solution_markers_and_tests_follow_them(exported):
    _master, nb = exported
    answers = [
        i for i, c in enumerate(nb.cells) if c.metadata["nbgrader"]["solution"] and c.cell_type == "code"
    ]
    assert answers
    for i in answers:
        src = nb.cells[i].source
        assert "### BEGIN SOLUTION" in src and "### END SOLUTION" in src and "# STUDENT:" not in src
        if ".check(" not in src:
            continue  # a helper task without its own check: no test cell
        test = nb.cells[i + 1]
        assert test.metadata["nbgrader"]["grade"] and not test.metadata["nbgrader"]["solution"]
        assert re.search(r"\.submit\(\'q\w+\', .+, quiet=True\)", test.source)
        assert "assert _fb" in test.source


def _release(nb):
    """What nbgrader generate_assignment does to solutions (documented behaviour)."""
    out = nbformat.from_dict(json.loads(json.dumps(nb)))
    for c in out.cells:
        m = c.metadata["nbgrader"]
        if c.cell_type == "markdown" and m["solution"]:
            c.source = "YOUR ANSWER HERE"
        elif c.cell_type == "code" and m["solution"]:
            c.source = re.sub(
                r"(?ms)^([ \t]*)### BEGIN SOLUTION.*?### END SOLUTION[^\n]*",
                r"\1# YOUR CODE HERE\n\1raise NotImplementedError()",
                c.source,
            )
    return out


def _literal_answers(master: Path) -> list:
    found = []
    for cell in build.parse_master(master.read_text()):
        if cell.kind != "code":
            continue
        for node in ast.walk(ast.parse(cell.source)):
            if isinstance(node, ast.Call):
                for kw in node.keywords:
                    if kw.arg == "answer":
                        found.append(ast.literal_eval(kw.value))
    return found


def test_nbgrader_release_of_the_export_shows_no_answer(exported):
    master, nb = exported
    text = nbformat.writes(_release(nb))
    assert "answer=" not in text and "BEGIN SOLUTION" not in text
    for ans in _literal_answers(master):
        if isinstance(ans, float):
            assert repr(ans) not in text, ans
        if isinstance(ans, (list, dict)):
            assert json.dumps(ans) not in text, ans


def _nbgrader_score(nb) -> float:
    """nbgrader's autograde rule for code test cells: error -> 0, a number -> that, else full."""
    total = 0.0
    for c in nb.cells:
        m = c.metadata["nbgrader"]
        if not m["grade"] or m["solution"]:
            continue
        outs = c.get("outputs", [])
        if any(o["output_type"] == "error" for o in outs):
            continue
        result = [o for o in outs if o["output_type"] == "execute_result"]
        total += float(result[0]["data"]["text/plain"]) if result else m["points"]
    return total


def test_source_version_scores_full_marks_and_its_release_scores_zero(tmp_path):
    """Run both with the course's worker (clean kernel, as nbgrader autograde would)."""
    nb = nbgrader_export.export(M00)
    auto, _manual = _auto_and_manual_max(M00)
    models = nbgrader_export._model_answers(build.parse_master(M00.read_text()))
    jobs = {}
    for name, book, answers in (("source", nb, models), ("release", _release(nb), {})):
        work = tmp_path / name
        (work / "progress").mkdir(parents=True)
        (work / "progress" / "00_start_here.json").write_text(
            json.dumps(
                {
                    "format": 1,
                    "quiz": "00_start_here",
                    "answers": {q: {"answer": a, "best": a, "attempts": 1} for q, a in answers.items()},
                }
            )
        )
        nbformat.write(book, work / "in.ipynb")
        jobs[name] = work

    def run(w):
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "course.grading.worker",
                str(w / "in.ipynb"),
                str(w / "out.ipynb"),
                "--timeout",
                "60",
                "--cwd",
                str(w),
            ],
            env={**os.environ, "COURSE_PROGRESS_DIR": str(w / "progress")},
            capture_output=True,
            timeout=300,
        ).returncode

    with cf.ThreadPoolExecutor(2) as pool:
        outcomes = dict(zip(jobs, pool.map(run, jobs.values())))
    assert outcomes == {"source": 0, "release": 0}
    source = nbformat.read(jobs["source"] / "out.ipynb", as_version=4)
    release = nbformat.read(jobs["release"] / "out.ipynb", as_version=4)
    assert _nbgrader_score(source) == auto == 14
    assert _nbgrader_score(release) == 0


def test_cli_writes_the_notebook_and_refuses_a_lesson(tmp_path, capsys):
    out = tmp_path / "source" / "ps00" / "00_start_here.ipynb"
    assert nbgrader_export.main([str(M00), str(out)]) == 0
    assert "14 automatic points" in capsys.readouterr().out
    assert nbformat.read(out, as_version=4).cells
    lesson = ROOT / "instructor" / "masters" / "lessons" / "00_start_here.py"
    assert nbgrader_export.main([str(lesson), str(tmp_path / "x.ipynb")]) == 2
    assert "not an exercise master" in capsys.readouterr().err
