"""The course report re-grades every exercise notebook from the progress files alone."""

from __future__ import annotations

import ast
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from course import report
from course.authoring import build
from course.questions import REGISTRY

ROOT = Path(__file__).resolve().parents[1]
MINE = ["00_start_here", "06_conclusion_and_hindsight"]


def _available(stems):
    return [s for s in stems if (ROOT / "exercises" / f"{s}.ipynb").exists()]


@pytest.fixture()
def course_dirs(tmp_path):
    """A copy of the real student notebooks 00 (and 06 when built) and an empty progress folder."""
    ex_dir, prog = tmp_path / "exercises", tmp_path / "progress"
    ex_dir.mkdir()
    prog.mkdir()
    for stem in _available(MINE):
        shutil.copy(ROOT / "exercises" / f"{stem}.ipynb", ex_dir)
    return ex_dir, prog


def _master_answers(stem: str) -> dict:
    """qid -> the literal answer= of the master (what a student who gets it right submits)."""
    master = ROOT / "instructor" / "masters" / "exercises" / f"{stem}.py"
    answers, texts = {}, []
    for cell in build.parse_master(master.read_text(encoding="utf-8")):
        if cell.kind != "code" or "solution-only" in cell.tags:
            continue
        for node in ast.walk(ast.parse(cell.source)):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr == "text" and node.args:
                texts.append(node.args[0].value)
            for kw in node.keywords:
                if kw.arg == "answer":
                    answers[node.args[0].value] = (node.func.attr, ast.literal_eval(kw.value))
    return answers | {qid: ("text", None) for qid in texts}


def _spec_meeting(requirements: list[dict]) -> dict:
    """A Vega-Lite dict that meets every chart requirement (plus title and description)."""
    spec: dict = {"title": "t", "description": "d"}
    for req in requirements:
        node = spec
        *parents, last = req["path"].split(".")
        for part in parents:
            node = node.setdefault(part, {})
        node[last] = req["equals"] if "equals" in req else req["in"][0] if "in" in req else "x"
    return spec


def _answer_everything(stem: str, notebook: Path, prog: Path) -> None:
    """Answer every question right, through the engine, as a student would."""
    ex, result = report.load_exercise(notebook, prog)
    assert ex is not None and not result.errors, result.errors
    for qid, (method, value) in _master_answers(stem).items():
        if method == "chart":
            value = _spec_meeting(value)
        elif method == "text":
            value = "A model argument " * 20
        fb = ex.submit(qid, value)
        assert fb.status in ("correct", "submitted"), (qid, fb.text())


def test_never_opened_notebooks_are_listed_as_not_started_with_zero_points(course_dirs):
    ex_dir, prog = course_dirs
    r = report.gather(prog, ex_dir)
    table = r.per_module()
    assert list(table["status"]) == ["not started"] * len(_available(MINE))
    assert r.total()["points"] == 0 and r.total()["answered"] == 0
    assert r.total()["automatic_max"] > 0, "the questions (and their points) are still counted"
    assert len(r.unanswered()) == r.total()["questions"]
    assert not list(prog.iterdir()), "reading the course must not create progress files"
    assert "not answered any" in r.headline()


def test_full_marks_built_through_the_engine_are_reported_in_full(course_dirs):
    ex_dir, prog = course_dirs
    for stem in _available(MINE):
        _answer_everything(stem, ex_dir / f"{stem}.ipynb", prog)
    r = report.gather(prog, ex_dir)
    t = r.total()
    assert t["points"] == t["automatic_max"] and t["answered"] == t["questions"]
    assert set(r.per_module()["status"]) == {"all answered"}
    assert r.unanswered().empty
    per_type = r.per_type()
    assert per_type["points"].sum() == t["points"]
    assert per_type.set_index("type").loc["written argument", "answered"] >= 1


def test_report_is_the_same_after_a_restart_because_it_reads_only_files(course_dirs):
    ex_dir, prog = course_dirs
    _answer_everything("00_start_here", ex_dir / "00_start_here.ipynb", prog)
    first = report.gather(prog, ex_dir).per_module()
    REGISTRY.clear()  # what a kernel restart does to in-memory state
    second = report.gather(prog, ex_dir).per_module()
    pd.testing.assert_frame_equal(first, second)


def test_an_edited_progress_file_claiming_points_gets_none(course_dirs):
    ex_dir, prog = course_dirs
    forged = {
        "format": 1,
        "quiz": "00_start_here",
        "answers": {
            "q1": {
                "answer": "Common Economic Space (CES)",
                "best": "Common Economic Space (CES)",
                "points": 1,
                "status": "correct",
                "attempts": 1,
            },
            "q6": {"answer": 12, "best": 12, "points": 99, "status": "correct", "attempts": 1},
            "q10": {"answer": "short", "points": 3, "status": "correct", "attempts": 1},
        },
    }
    (prog / "00_start_here.json").write_text(json.dumps(forged), encoding="utf-8")
    r = report.gather(prog, ex_dir)
    q = r.questions().set_index(["quiz", "id"])
    assert q.loc[("00_start_here", "q1"), "points"] == 0
    assert q.loc[("00_start_here", "q6"), "points"] == 0
    assert pd.isna(q.loc[("00_start_here", "q10"), "points"]), "written answers are never auto-scored"
    assert r.per_module().set_index("module").loc["00", "points"] == 0


def test_a_corrupt_progress_file_is_set_aside_and_its_notice_reported(course_dirs):
    ex_dir, prog = course_dirs
    (prog / "00_start_here.json").write_text("{ this is not json", encoding="utf-8")
    r = report.gather(prog, ex_dir)
    notices = r.notices()
    assert any(n.startswith("00_start_here.ipynb:") and "could not be read" in n for n in notices)
    assert list(prog.glob("00_start_here.corrupt-*.json")), "the corrupt file is kept, not deleted"
    assert r.per_module().set_index("module").loc["00", "points"] == 0
    assert "could not be read" in r._repr_html_()


def test_export_writes_csv_and_json_that_read_back(course_dirs, tmp_path):
    ex_dir, prog = course_dirs
    _answer_everything("00_start_here", ex_dir / "00_start_here.ipynb", prog)
    r = report.gather(prog, ex_dir)
    csv_path, json_path = r.export(tmp_path / "handin")
    assert (csv_path.name, json_path.name) == ("course_report.csv", "course_report.json")
    back = pd.read_csv(csv_path)
    assert len(back) == r.total()["questions"]
    assert back.loc[back["quiz"] == "00_start_here", "points"].sum() == 14
    doc = json.loads(json_path.read_text(encoding="utf-8"))
    assert doc["total"]["points"] == r.total()["points"]
    assert [m["module"] for m in doc["modules"]] == list(r.per_module()["module"])


def test_export_defaults_to_the_progress_folder(course_dirs, monkeypatch):
    ex_dir, prog = course_dirs
    monkeypatch.setenv("COURSE_PROGRESS_DIR", str(prog))
    paths = report.gather(exercises=ex_dir).export()
    assert all(p.parent == prog for p in paths)


def test_chart_has_title_description_and_a_bar_per_module(course_dirs):
    ex_dir, prog = course_dirs
    spec = report.gather(prog, ex_dir).chart().to_dict()
    assert spec["title"] and spec["description"] and spec["mark"]["type"] == "bar"
    values = spec["datasets"][next(iter(spec["datasets"]))]
    assert len({v["module"] for v in values}) == len(_available(MINE))


def test_a_broken_notebook_is_reported_not_raised(course_dirs):
    ex_dir, prog = course_dirs
    (ex_dir / "98_broken.ipynb").write_text("not a notebook", encoding="utf-8")
    r = report.gather(prog, ex_dir)
    assert any("98_broken.ipynb" in n and "could not read" in n for n in r.notices())


def test_report_leaves_the_kernels_registry_as_it_was(course_dirs):
    ex_dir, prog = course_dirs
    before = dict(REGISTRY)
    report.gather(prog, ex_dir)
    assert dict(REGISTRY) == before


def test_every_committed_exercise_notebook_can_be_regraded():
    """The report needs each question cell to run on its own (no variables from other cells)."""
    with pytest.MonkeyPatch.context() as mp:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            mp.setenv("COURSE_PROGRESS_DIR", tmp)
            r = report.gather(tmp)
    assert not [n for n in r.notices() if "failed" in n or "could not" in n], r.notices()
    assert all(m.score.get("total") for m in r.modules)
