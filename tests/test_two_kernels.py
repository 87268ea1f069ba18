"""Two real kernels on one exercise (a duplicated tab, the notebook open twice) lose no answer.

Two IPython kernels (jupyter_client) are started once and reused for every trial. In each
trial both kernels set up the same exercise, wait at a barrier (a file), then answer at
the same time: kernel A questions q0-q4, kernel B q5-q9, and both answer the shared
question "both" after each of its own (five times each). Afterwards the progress file must
hold all ten answers and ten attempts of "both", in every trial.
"""

import json
import os
import textwrap
from pathlib import Path

import pytest

jupyter_client = pytest.importorskip("jupyter_client")

ROOT = Path(__file__).resolve().parents[1]
TRIALS = 40
QUESTIONS = [f"q{i}" for i in range(10)]

SETUP = textwrap.dedent("""
    import os, time
    from course.questions import Exercise
    def trial(quiz, mine, barrier):
        ex = Exercise(quiz, progress_dir=os.environ["COURSE_PROGRESS_DIR"])
        for i in range(10):
            ex.short(f"q{i}", "?", answer=f"a{{i}}")
        ex.short("both", "?", answer="right")
        while not os.path.exists(barrier):
            time.sleep(0.0005)
        statuses = []
        for qid in mine:
            statuses.append(ex.submit(qid, "a" + qid[1:]).status)
            statuses.append(ex.submit("both", "wrong" if len(statuses) < 6 else "right").status)
        return statuses
""")


def _run(kc, code: str) -> str:
    return kc.execute(code, store_history=False)


def _wait(kc, msg_id: str, timeout: float = 60) -> None:
    reply = kc.get_shell_msg(timeout=timeout)
    while reply["parent_header"].get("msg_id") != msg_id:
        reply = kc.get_shell_msg(timeout=timeout)
    assert reply["content"]["status"] == "ok", reply["content"]


@pytest.fixture(scope="module")
def two_kernels(tmp_path_factory):
    folder = tmp_path_factory.mktemp("progress")
    env = dict(
        os.environ,
        COURSE_PROGRESS_DIR=str(folder),
        PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    )
    kernels = []
    for _ in range(2):
        km = jupyter_client.KernelManager(kernel_name="python3")
        km.start_kernel(env=env, cwd=str(folder))
        kc = km.client()
        kc.start_channels()
        kc.wait_for_ready(timeout=60)
        kernels.append((km, kc))
    for _, kc in kernels:
        _wait(kc, _run(kc, SETUP))
    yield folder, [kc for _, kc in kernels]
    for km, kc in kernels:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def test_two_kernels_on_one_exercise_lose_no_answer(two_kernels):
    folder, (a, b) = two_kernels
    lost, wrong_attempts = 0, 0
    for trial in range(TRIALS):
        quiz, barrier = f"trial{trial:02d}", folder / f"go{trial:02d}"
        ids = [
            _run(a, f"trial({quiz!r}, {QUESTIONS[:5]!r}, {str(barrier)!r})"),
            _run(b, f"trial({quiz!r}, {QUESTIONS[5:]!r}, {str(barrier)!r})"),
        ]
        barrier.touch()  # both start answering at once
        _wait(a, ids[0])
        _wait(b, ids[1])
        answers = json.loads((folder / f"{quiz}.json").read_text(encoding="utf-8"))["answers"]
        lost += sum(1 for q in QUESTIONS if answers.get(q, {}).get("answer") != "a" + q[1:])
        wrong_attempts += answers["both"]["attempts"] != 10
        assert answers["both"]["best"] == "right"
    assert (lost, wrong_attempts) == (0, 0), (
        f"{lost} of {10 * TRIALS} answers lost; attempts wrong in {wrong_attempts} of {TRIALS} trials"
    )
