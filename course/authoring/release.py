"""Build the tree a class receives: lessons, exercises, data and the package — no ``instructor/``.

    python -m course.authoring.release OUT                 # graded exercises: no answer key at all
    python -m course.authoring.release OUT --mode practice # self-study: practice keys (hashed, not secret)

Push ``OUT`` to the repository students pull with nbgitpuller or launch on Binder. ``OUT``
keeps its ``.git`` (rebuild in place, commit, push); anything else in it is replaced. The
keys stay in ``instructor/masters/``, which the release never contains; the grader and the
checking service read them from there (``course.grading.private_keys``).

``RELEASE.json`` records the mode, the date, the source commit and a SHA-256 per file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

from . import build

ROOT = build.ROOT
#: copied as they are (files and folders at the top of the course)
COPY = [
    "notebooks",
    "data",
    "course",
    "environment.yml",
    "postBuild",
    "pyproject.toml",
    "binder-lab-overrides.json",
    "LICENSE",
    "LICENSE-TEXT.md",
    ".course-root",
]
NEVER = ("instructor", "tests", "tools", ".ci", "Makefile", "conftest.py", ".venv")
MANIFEST = "RELEASE.json"
STUDENT_README = """\
# {title}

Your course folder. Open `notebooks/00_start_here.ipynb` and work through the modules in
order; each module has a lesson (`notebooks/`) and an exercise set (`exercises/`).

{mode_text}

Your answers are saved in `progress/` after every *Check* and come back when you run the
notebook again.
"""
MODE_TEXT = {
    "graded": (
        "**The exercise sets are graded.** *Check* saves your answer and tells you whether "
        "it can be read, not whether it is right: your instructor's grader scores your "
        "saved answers and what your code computes. The lessons' own questions give "
        "instant feedback (practice)."
    ),
    "practice": (
        "**Practice release.** Every *Check* tells you at once whether you are right. The "
        "answer keys travel with the notebooks (hashed, not secret), so this is for "
        "learning, not for a grade."
    ),
}


class ReleaseError(ValueError):
    pass


def _ignore(_dir: str, names: list[str]) -> list[str]:
    skip = [
        n for n in names if n in ("__pycache__", ".ipynb_checkpoints") or n.endswith((".pyc", ".egg-info"))
    ]
    if Path(_dir).name == "data" and "sources" in names:
        skip.append("sources")  # raw extracts: for rebuilding data/, not for students
    return skip


def _commit() -> str:
    try:
        return subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return ""


def make_release(out: Path | str, mode: str = "graded") -> dict:
    """Write the release into ``out`` and return its manifest."""
    import nbformat

    if mode not in ("graded", "practice"):
        raise ReleaseError("mode must be 'graded' or 'practice'")
    out = Path(out).resolve()
    if out == ROOT or ROOT in out.parents:
        raise ReleaseError(f"{out} is inside the course checkout; choose a folder outside it")
    if (
        out.exists()
        and any(out.iterdir())
        and not (out / MANIFEST).exists()
        and {p.name for p in out.iterdir()} - {".git"}
    ):
        raise ReleaseError(
            f"{out} is not empty and holds no earlier release ({MANIFEST}); choose an empty folder"
        )
    out.mkdir(parents=True, exist_ok=True)
    for child in out.iterdir():  # replace everything but the git history
        if child.name == ".git":
            continue
        shutil.rmtree(child) if child.is_dir() and not child.is_symlink() else child.unlink()
    for name in COPY:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, out / name, ignore=_ignore)
        elif src.is_file():
            shutil.copy2(src, out / name)
    (out / "exercises").mkdir()
    variant = "graded" if mode == "graded" else "student"
    for master in sorted(build.MASTERS.glob("exercises/*.py")):
        target = build.Target(master, out / "exercises" / f"{master.stem}.ipynb", variant, "exercise")
        nb = build.render(target)
        nb.metadata["course"]["mode"] = mode
        nbformat.write(nb, target.path)
    title = "Reintegrating the Post-Soviet Space"
    (out / "README.md").write_text(
        STUDENT_README.format(title=title, mode_text=MODE_TEXT[mode]), encoding="utf-8"
    )
    files = {}
    for p in sorted(out.rglob("*")):
        if p.is_file() and ".git" not in p.relative_to(out).parts:
            files[p.relative_to(out).as_posix()] = hashlib.sha256(p.read_bytes()).hexdigest()
    manifest = {
        "mode": mode,
        "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "source_commit": _commit(),
        "files": files,
    }
    (out / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m course.authoring.release", description=__doc__.split("\n\n")[0]
    )
    ap.add_argument("out", help="folder for the release (outside the course checkout)")
    ap.add_argument("--mode", choices=["graded", "practice"], default="graded")
    a = ap.parse_args(argv)
    try:
        m = make_release(a.out, a.mode)
    except (ReleaseError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"wrote a {a.mode} release of {len(m['files'])} files to {a.out} (no instructor/ folder)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
