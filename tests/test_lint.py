"""The maintainer rails: ruff finds nothing, and the pre-commit hooks pass, offline.

Both use the ruff pinned in environment.yml (installed into .venv by tools/setup_env.py) and
the rules in pyproject.toml's [tool.ruff]. The pre-commit hooks (.pre-commit-config.yaml) are
all `repo: local`: with an empty PRE_COMMIT_HOME nothing may be cloned or downloaded.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent  # the venv running the tests: its ruff, its pre-commit


def _run(args: list[str], **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        args, cwd=ROOT, capture_output=True, text=True, timeout=300, env={**os.environ, **env}
    )


def test_ruff_check_finds_nothing():
    out = _run([sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format", "concise", "."])
    assert out.returncode == 0, f"`ruff check .` found:\n{out.stdout}{out.stderr}"


def test_pre_commit_hooks_pass_offline_on_every_file(tmp_path):
    home = tmp_path / "pre-commit-home"
    out = _run(
        [sys.executable, "-m", "pre_commit", "run", "--all-files", "--color", "never"],
        PRE_COMMIT_HOME=str(home),
        COURSE_VENV=str(BIN.parent),
        PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        RUFF_NO_CACHE="true",
    )
    assert out.returncode == 0, f"`pre-commit run --all-files` failed:\n{out.stdout}{out.stderr}"
    assert "ruff check" in out.stdout and "ruff format --check" in out.stdout, out.stdout
    clones = [p.name for p in home.glob("repo*")] if home.exists() else []
    assert not clones, f"pre-commit fetched hook repositories: {clones}"
