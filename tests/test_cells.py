"""The notebook contract: roles written by the build, read through course.authoring.cells only."""

import pytest

from course import questions
from course.authoring import build, cells
from course.grading.private_keys import load_all
from course.questions import types as question_types

MASTERS = sorted(build.all_masters())


@pytest.mark.parametrize(
    "source, role",
    [
        ('ex = Exercise("00_x", title="T")', "setup"),
        ('cyu = check_your_understanding("00_l")', "setup"),
        ('ex.choice("q1", "P", options=["a"], answer="a")', "question"),
        ('ex.text("q9", "P", rubric=["r"])', "question"),
        ('founders = 1\nex.check("q6", founders)', "task"),
        ("ex.summary()", "summary"),
        ('members.items()\nchart.chart("x")', "code"),
    ],
)
def test_the_build_classifies_each_kind_of_cell(source, role):
    assert cells.classify("code", source, [], question_types.METHODS)["role"] == role


@pytest.mark.parametrize("master", MASTERS, ids=lambda p: p.stem + "-" + p.parent.name)
def test_every_built_cell_carries_its_role_in_metadata(master):
    kind = "lesson" if master.parent.name == "lessons" else "exercise"
    nb = build.render(build.Target(master, master, "student", kind))
    assert all(c.metadata["course"]["role"] in cells.ROLES for c in nb.cells)
    assert sum(cells.is_setup(c) for c in nb.cells) == (1 if "99_" not in master.name else 0)
    for c in nb.cells:
        assert (c.metadata.get("editable") is False) == cells.is_question(c)


def test_a_role_is_read_from_metadata_not_from_the_source():
    cell = {
        "cell_type": "code",
        "source": 'ex.choice("q1", "P", options=["a"])',
        "metadata": {"course": {"role": "task", "questions": ["q1"]}},
    }
    assert cells.role(cell) == "task" and cells.questions(cell) == ["q1"]
    assert cells.role({"cell_type": "code", "source": "ex.summary()", "metadata": {}}) == "code"


def test_every_declared_question_type_has_its_class_and_exercise_method():
    for method, t in question_types.TYPES.items():
        cls = getattr(questions, t.cls)
        assert cls.auto == t.auto and hasattr(questions.Exercise, method)
        assert cls.kind == method and (not t.auto or cls.key_kind == t.key_kind)


def test_the_private_keys_hold_every_question_of_every_master_with_its_answer():
    every = load_all()
    assert len(every) == 7
    for mk in every.values():
        for spec in mk.questions.values():
            assert spec.auto == (spec.answer is not None), (mk.quiz, spec.qid)
