"""The course works wherever it is installed: a normal (non-editable) install of the package
into a fresh environment, the course folder copied somewhere else (as nbgitpuller puts it in a
student's home on a JupyterHub), a lesson and an exercise run there in that environment's
kernel. Data load from the copy, and progress lands in ``<copy>/progress/`` and nowhere else.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LESSON, EXERCISE = "notebooks/00_start_here.ipynb", "exercises/00_start_here.ipynb"
# Cells appended to each notebook: answer one question (so progress is written), then report
# where the kernel found the package and the course folder.
ANSWER = {LESSON: 'cyu.submit("cyu1", ["Estonia"])', EXERCISE: 'ex.submit("q7", ["RUS"])'}
REPORT = (
    "import json as _j, os as _o, course as _c, course.paths as _p\n"
    "print('WHERE ' + _j.dumps({'package': _c.__file__, 'course_dir': str(_p.course_dir()), "
    "'cwd': _o.getcwd()}))"
)

RUNNER = textwrap.dedent("""
    import sys, nbformat
    from nbclient import NotebookClient
    path, kernel, answer, report = sys.argv[1:5]
    nb = nbformat.read(path, as_version=4)
    nb.cells += [nbformat.v4.new_code_cell(answer), nbformat.v4.new_code_cell(report)]
    NotebookClient(nb, kernel_name=kernel, timeout=300,
                   resources={"metadata": {"path": str(__import__("pathlib").Path(path).parent)}}).execute()
    for out in nb.cells[-1].outputs:
        print(out.get("text", ""), end="")
""")


def _wheel(tmp: Path) -> Path:
    """`pip wheel --no-deps` of a copy of the package sources (nothing is built in the checkout)."""
    src = tmp / "src"
    src.mkdir()
    shutil.copy(ROOT / "pyproject.toml", src)
    shutil.copytree(ROOT / "course", src / "course", ignore=shutil.ignore_patterns("__pycache__"))
    out = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp / "dist"), str(src)],
        capture_output=True,
        text=True,
        check=False,
        env=_clean_env(),
    )
    assert out.returncode == 0, out.stderr
    (wheel,) = (tmp / "dist").glob("postsoviet_course-*.whl")
    return wheel


def _clean_env(**extra: str) -> dict[str, str]:
    """This test run's environment without what would point the course elsewhere."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"PYTHONPATH", "COURSE_DIR", "COURSE_PROGRESS_DIR", "JUPYTER_PATH"}
    }
    return {**env, **extra}


def _fresh_venv(tmp: Path) -> Path:
    """A venv without pip whose packages are the test environment's (a .pth file), so nothing
    is downloaded; the course package is then installed into it from the wheel."""
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    py = venv / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    # Only the listed folder is added: .pth files in it (the checkout's editable install) are not run.
    (site / "test-environment.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return py


def _copy_course(dest: Path) -> Path:
    dest.mkdir(parents=True)
    for name in ("notebooks", "exercises", "data"):
        shutil.copytree(
            ROOT / name, dest / name, ignore=shutil.ignore_patterns(".ipynb_checkpoints", "sources")
        )
    shutil.copy(ROOT / ".course-root", dest)
    return dest


def _files(folder: Path) -> set[str]:
    return (
        {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
        if folder.is_dir()
        else set()
    )


def test_non_editable_install_runs_a_copied_course_and_saves_progress_in_the_copy(tmp_path):
    py = _fresh_venv(tmp_path)
    wheel = _wheel(tmp_path)
    out = subprocess.run(
        [str(py), "-m", "pip", "install", "-q", "--no-deps", "--ignore-installed", "--no-index", str(wheel)],
        capture_output=True,
        text=True,
        check=False,
        env=_clean_env(),
    )
    assert out.returncode == 0, out.stderr
    site = Path(
        subprocess.run(
            [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    assert (site / "course" / "paths.py").is_file() and not (site / "course" / "__editable__").exists()

    # A kernel spec of this venv only (JUPYTER_PATH is searched first).
    kernels = tmp_path / "jupyter"
    spec = kernels / "kernels" / "course-install-test"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [str(py), "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "install test",
                "language": "python",
            }
        )
    )
    (tmp_path / "runner.py").write_text(RUNNER)

    home = tmp_path / "home" / "student"
    course = _copy_course(home / "postsoviet-course")
    checkout_progress = _files(ROOT / "progress")
    for rel in (LESSON, EXERCISE):
        run = subprocess.run(
            [
                str(py),
                str(tmp_path / "runner.py"),
                str(course / rel),
                "course-install-test",
                ANSWER[rel],
                REPORT,
            ],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
            cwd=str(home),
            env=_clean_env(JUPYTER_PATH=str(kernels), HOME=str(home)),
        )
        assert run.returncode == 0, run.stderr[-3000:]
        where = json.loads(next(line for line in run.stdout.splitlines() if line.startswith("WHERE "))[6:])
        assert Path(where["package"]).is_relative_to(site), where  # the installed wheel, not the checkout
        assert Path(where["course_dir"]) == course.resolve(), where  # found by walking up from notebooks/
    saved = _files(course / "progress")
    # besides the answers only the hidden lock files that let two kernels share a file
    assert saved == {
        "00_start_here_lesson.json",
        "00_start_here.json",
        ".00_start_here_lesson.lock",
        ".00_start_here.lock",
    }, saved
    for name, qid in (("00_start_here_lesson.json", "cyu1"), ("00_start_here.json", "q7")):
        answers = json.loads((course / "progress" / name).read_text())["answers"]
        assert list(answers) == [qid] and answers[qid]["attempts"] == 1, (name, answers)
    # nowhere else: not in site-packages, not in the checkout, not elsewhere in the home
    assert not (site / "progress").exists()
    assert _files(ROOT / "progress") == checkout_progress
    assert {p for p in _files(home) if "progress/" in p} == {f"postsoviet-course/progress/{n}" for n in saved}
