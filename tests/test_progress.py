"""Progress never loses an answer: merged writes, canonical answers, odd files, unreadable files."""

import decimal
import json
import os
import shutil
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from course.questions import Exercise, progress
from course.questions.progress import ProgressStore


def define(e: Exercise) -> Exercise:
    e.choice("c", "Pick", options=["Minsk", "Moscow", "Kyiv"], answer="Moscow", points=2)
    e.multi("m", "Tick", options=["BLR", "KAZ", "UKR", "GEO"], answer=["BLR", "KAZ"])
    e.numeric("n", "VAT", answer=34, tol=0.5, units="bn roubles", points=2)
    e.short("s", "Acronym", answer="EurAsEC")
    e.items("i", "Codes", answer=["BLR", "KAZ", "RUS"])
    e.text("w", "Argue", rubric=["Thesis"], points=3)
    return e


def saved(tmp_path, quiz="unit") -> dict:
    return json.loads((tmp_path / f"{quiz}.json").read_text(encoding="utf-8"))["answers"]


# ----------------------------------------------------------------------------- merging
def test_two_stores_on_one_file_lose_no_answer(tmp_path):
    a, b = ProgressStore("unit", tmp_path), ProgressStore("unit", tmp_path)  # two kernels
    for i in range(10):
        (a if i % 2 else b).record(f"q{i}", answer=i)
    assert {k: v["answer"] for k, v in saved(tmp_path).items()} == {f"q{i}": i for i in range(10)}


def test_attempts_from_two_kernels_add_up_and_never_go_back(tmp_path):
    a, b = define(Exercise("unit", progress_dir=tmp_path)), define(Exercise("unit", progress_dir=tmp_path))
    for _ in range(3):
        a.submit("c", "Minsk")
        b.submit("c", "Kyiv")
    assert saved(tmp_path)["c"]["attempts"] == 6
    a.store.save()  # a's whole copy written again: nothing goes back
    assert saved(tmp_path)["c"]["attempts"] == 6


def test_a_right_answer_in_one_kernel_is_not_replaced_as_best_by_a_wrong_one_in_another(tmp_path):
    a, b = define(Exercise("unit", progress_dir=tmp_path)), define(Exercise("unit", progress_dir=tmp_path))
    a.submit("c", "Moscow")
    b.submit("c", "Kyiv")  # b never saw a's answer, but the file has it
    assert saved(tmp_path)["c"]["best"] == "Moscow"
    assert b.score()["earned"] == 2  # b learns of the better answer when it saves
    assert define(Exercise("unit", progress_dir=tmp_path)).score()["earned"] == 2


def test_a_rerun_setup_cell_does_not_erase_later_answers(tmp_path):
    first = define(Exercise("unit", progress_dir=tmp_path))
    first.submit("s", "EurAsEC")
    rerun = define(Exercise("unit", progress_dir=tmp_path))  # the setup cell run again
    rerun.submit("n", "34")
    rerun.submit("i", ["BLR", "KAZ", "RUS"])
    widget = first.questions["c"]  # a widget above, still tied to the first Exercise
    widget.box()
    widget._radio.value = "Moscow"
    widget._on_check()
    assert set(saved(tmp_path)) == {"s", "n", "i", "c"}
    restarted = define(Exercise("unit", progress_dir=tmp_path))
    assert restarted.score()["earned"] == 2 + 1 + 2 + 1


def test_merge_keeps_the_newer_copy_and_the_larger_count():
    disk = {"q": {"answer": "new", "rev": 3, "attempts": 3}, "only_disk": {"answer": 1, "rev": 1}}
    mine = {"q": {"answer": "old", "rev": 2, "attempts": 2}, "only_mine": {"answer": 2, "rev": 1}}
    merged = progress.merge(disk, mine)
    assert merged["q"] == {"answer": "new", "rev": 3, "attempts": 3}
    assert set(merged) == {"q", "only_disk", "only_mine"}
    mine["q"] = {"answer": "mine", "rev": 4, "attempts": 1}  # newer here, fewer attempts
    assert progress.merge(disk, mine)["q"] == {"answer": "mine", "rev": 4, "attempts": 3}


# ----------------------------------------------------------------------------- canonical answers
@pytest.mark.parametrize(
    "qid, value",
    [
        ("n", np.array([34])),
        ("n", np.float32(34.2)),
        ("n", decimal.Decimal("34.0")),
        ("n", pd.DataFrame({"vat": [34]})),
        ("n", pd.Series([34.1])),
        ("n", "34,0"),
        ("n", "3\u200b4"),
        ("i", (code for code in ["RUS", "KAZ", "BLR"])),
        ("i", {"BLR": 1, "KAZ": 2, "RUS": 3}.keys()),
        ("i", pd.Index(["BLR", "KAZ", "RUS"])),
        ("i", pd.DataFrame({"iso3": ["BLR", "KAZ", "RUS"]})),
        ("i", np.array(["BLR", "KAZ", "RUS"])),
        ("m", {"BLR": 0, "KAZ": 0}.keys()),
        ("m", iter(["KAZ", "BLR"])),
        ("m", np.array([1, 2])),
        ("c", np.int64(2)),
        ("s", "Eur\u200bAsEC"),
        ("w", "An essay \ud800 with a lone surrogate"),
    ],
)
def test_every_saved_answer_rechecks_the_same_after_a_restart(tmp_path, qid, value):
    e = define(Exercise("unit", progress_dir=tmp_path))
    fb = e.submit(qid, value)
    assert fb.status in ("correct", "submitted"), fb.text()
    again = define(Exercise("unit", progress_dir=tmp_path))  # a new kernel
    assert again.questions[qid].result.status == fb.status
    assert again.questions[qid].result.points == fb.points


def test_negative_number_with_unicode_minus_is_read_as_negative(tmp_path):
    e = Exercise("unit", progress_dir=tmp_path)
    e.numeric("neg", "Balance", answer=-34.5, tol=0.1)
    for typed in ["\u221234,5", "\u2212 34.5", "-34.5\u200b", "\u2013\u200b34.5"]:
        assert e.submit("neg", typed).status == "correct", typed


def test_a_lone_surrogate_does_not_block_later_saves(tmp_path):
    e = define(Exercise("unit", progress_dir=tmp_path))
    assert e.submit("w", "Argument \udcff with a broken character").status == "submitted"
    assert e.submit("s", "Eur\ud800AsEC").status == "incorrect"
    assert e.submit("c", "Moscow").status == "correct"
    answers = saved(tmp_path)
    assert answers["c"]["answer"] == "Moscow"
    assert answers["w"]["answer"] == "Argument \ufffd with a broken character"


def test_a_store_record_of_odd_python_values_saves_json(tmp_path):
    store = ProgressStore("unit", tmp_path)
    loop: list = []
    loop.append(loop)
    store.record("q", answer=[float("nan"), 1e400, "\ud800", (1, 2), {3: {4}}, loop, np.arange(3)])
    assert saved(tmp_path)["q"]["answer"] == [None, None, "\ufffd", [1, 2], {"3": [4]}, [None], [0, 1, 2]]
    store.record("r", answer="next")  # and later saves still work
    assert saved(tmp_path)["r"]["answer"] == "next"


# ----------------------------------------------------------------------------- odd files
def _file(tmp_path, text: str) -> None:
    (tmp_path / "unit.json").write_text(text, encoding="utf-8")


ODD_FILES = {
    "attempts as text": '{"answers": {"c": {"answer": "Moscow", "attempts": "two", "best": "Moscow"}}}',
    "attempts negative": '{"answers": {"c": {"answer": "Moscow", "attempts": -3}}}',
    "attempts a list": '{"answers": {"c": {"answer": "Moscow", "attempts": [1], "rev": {}}}}',
    "NaN": '{"answers": {"c": {"answer": "Moscow", "attempts": NaN, "points": NaN}}}',
    "1e400": '{"answers": {"c": {"answer": "Moscow", "attempts": 1e400}, "n": {"answer": 1e400}}}',
    "Infinity": '{"answers": {"n": {"answer": -Infinity, "best": Infinity}}}',
    "lone surrogate": '{"answers": {"s": {"answer": "Eur\\ud800AsEC"}, "w\\udc00": {"answer": "\\udfff"}}}',
    "answer nested 150 deep": '{"answers": {"i": {"answer": ' + "[" * 150 + "]" * 150 + "}}}",
    "odd status and time": '{"answers": {"c": {"answer": "Kyiv", "status": 5, "time": [], "points": "2"}}}',
    "entry not a dict": '{"answers": {"c": "Moscow", "m": null, "n": [34]}}',
    "huge integer": '{"answers": {"n": {"answer": ' + "9" * 4000 + "}}}",
}


@pytest.mark.parametrize("text", ODD_FILES.values(), ids=ODD_FILES.keys())
def test_odd_progress_values_never_break_the_notebook(tmp_path, capsys, text):
    _file(tmp_path, text)
    e = define(Exercise("unit", progress_dir=tmp_path))  # the setup cell runs
    e.summary()
    assert "automatic points" in capsys.readouterr().out
    for qid, value in [("c", "Moscow"), ("n", 34), ("s", "EurAsEC"), ("w", "text"), ("i", ["BLR"])]:
        assert e.submit(qid, value).status in ("correct", "incorrect", "submitted")
    answers = saved(tmp_path)  # every later save works
    assert answers["c"]["answer"] == "Moscow" and answers["n"]["answer"] == 34.0
    assert json.loads(json.dumps(answers, allow_nan=False)) == answers
    assert e.score()["rows"][0]["attempts"] >= 1


def test_odd_attempts_count_as_zero_and_points_are_rechecked(tmp_path):
    _file(tmp_path, ODD_FILES["attempts as text"])
    e = define(Exercise("unit", progress_dir=tmp_path))
    assert e.score()["rows"][0]["attempts"] == 0 and e.score()["earned"] == 2
    e.submit("c", "Kyiv")
    assert saved(tmp_path)["c"]["attempts"] == 1


@pytest.mark.parametrize("depth", [201, 100_000])
def test_a_file_nested_too_deep_is_set_aside_and_the_setup_cell_runs(tmp_path, depth):
    _file(tmp_path, '{"answers": {"c": ' + "[" * depth + "]" * depth + "}}")
    e = define(Exercise("unit", progress_dir=tmp_path))
    assert "nested too deep" in e.store.notice
    assert len(list(tmp_path.glob("unit.corrupt-*.json"))) == 1
    assert e.submit("c", "Moscow").status == "correct"


def test_brackets_inside_written_answers_are_not_mistaken_for_nesting(tmp_path):
    e = define(Exercise("unit", progress_dir=tmp_path))
    essay = "[" * 500 + " {not nesting} " + "]" * 3
    e.submit("w", essay)
    again = define(Exercise("unit", progress_dir=tmp_path))
    assert again.store.notice == "" and again.questions["w"]._area.value == essay


def _unreadable_file_case(folder: Path) -> None:
    _file(folder, '{"answers": {"c": {"answer": "Moscow", "attempts": 1}}}')
    before = (folder / "unit.json").read_bytes()
    (folder / "unit.json").chmod(0o000)
    try:
        e = define(Exercise("unit", progress_dir=folder))
        assert "cannot be read" in e.store.notice and "not be overwritten" in e.store.notice
        fb = e.submit("n", "34")
        assert fb.status == "correct" and "this session only" in fb.message
        assert not list(folder.glob("unit.corrupt-*"))
    finally:
        (folder / "unit.json").chmod(0o600)
    assert (folder / "unit.json").read_bytes() == before


def test_a_file_that_cannot_be_read_is_reported_kept_and_not_overwritten(tmp_path):
    if os.geteuid() != 0:
        _unreadable_file_case(tmp_path)
        return
    # root reads any file: run the case as an ordinary user (nobody) in a forked child
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="course-perm-", dir="/tmp"))
    folder.chmod(0o777)
    pid = os.fork()
    if pid == 0:  # the child: drop to nobody, report by exit code
        code = 1
        try:
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
            _unreadable_file_case(folder)
            code = 0
        except BaseException:  # noqa: BLE001 - any failure is the child's exit code
            import traceback

            traceback.print_exc()
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    shutil.rmtree(folder, ignore_errors=True)
    assert os.waitstatus_to_exitcode(status) == 0


def test_a_folder_in_place_of_the_file_is_reported_not_set_aside(tmp_path):
    """What root meets instead of a permission error: the path cannot be read as a file."""
    (tmp_path / "unit.json").mkdir()
    (tmp_path / "unit.json" / "keep.txt").write_text("mine")
    e = define(Exercise("unit", progress_dir=tmp_path))
    assert "cannot be read" in e.store.notice
    fb = e.submit("c", "Moscow")
    assert fb.status == "correct" and "this session only" in fb.message
    assert (tmp_path / "unit.json" / "keep.txt").read_text() == "mine"
    assert not list(tmp_path.glob("unit.corrupt-*"))


def test_stale_temp_files_are_cleaned_and_fresh_ones_kept(tmp_path):
    old = tmp_path / ".unit.abc123.tmp"
    fresh = tmp_path / ".unit.def456.tmp"
    other = tmp_path / ".other.abc123.tmp"
    for p in (old, fresh, other):
        p.write_text('{"half": ')
    past = time.time() - 3600
    os.utime(old, (past, past))
    os.utime(other, (past, past))
    ProgressStore("unit", tmp_path)
    assert not old.exists() and fresh.exists() and other.exists()


def test_a_save_leaves_no_temp_file_and_a_valid_file(tmp_path):
    e = define(Exercise("unit", progress_dir=tmp_path))
    for value in ["Minsk", "Kyiv", "Moscow"]:
        e.submit("c", value)
    assert not list(tmp_path.glob(".unit.*.tmp"))
    assert saved(tmp_path)["c"]["rev"] == 3


@pytest.mark.parametrize(
    "text",
    [*ODD_FILES.values(), '{"answers": {"c": ' + "[" * 100_000 + "]" * 100_000 + "}}"],
    ids=[*ODD_FILES.keys(), "nested 100,000 deep"],
)
def test_the_grader_reads_an_odd_progress_file_and_checks_what_it_holds(tmp_path, text):
    from course.grading.answers import Answers, read_progress

    student = tmp_path / "student" / "unit.json"
    student.parent.mkdir()
    student.write_text(text, encoding="utf-8")
    answers = Answers()
    read_progress(student, answers)  # does not raise
    e = define(Exercise("unit", progress_dir=tmp_path / "grader"))
    for qid, value in answers.saved.items():
        if qid in e.questions:
            assert e.questions[qid].evaluate(value).status in (
                "correct",
                "incorrect",
                "invalid",
                "unanswered",
                "submitted",
            )
