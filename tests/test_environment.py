"""The environment under test is the one environment.yml pins (Binder builds from it)."""
import re
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import setup_env  # noqa: E402


def test_environment_yml_pins_exact_versions_without_r_or_e_lines():
    pins = setup_env.pip_pins()
    assert len(pins) >= 10
    for pin in pins:
        assert re.fullmatch(r"[A-Za-z0-9_.\-]+==[0-9][A-Za-z0-9.]*", pin), pin
    text = (ROOT / "environment.yml").read_text()
    assert not re.search(r"^\s*-\s*-[re]\b", text, re.M)
    assert "conda-forge" in text and "- python=3.11" in text


def test_installed_versions_are_exactly_the_environment_yml_pins():
    wrong = {}
    for pin in setup_env.pip_pins():
        name, version = pin.split("==")
        have = metadata.version(name)
        if have != version:
            wrong[name] = (version, have)
    assert not wrong, f"installed versions differ from environment.yml: {wrong}"


def test_running_python_matches_environment_yml():
    assert f"{sys.version_info.major}.{sys.version_info.minor}" == setup_env.python_version()


def test_readme_test_command_is_what_ci_runs():
    ci = (ROOT / ".ci" / "run").read_text()
    readme = (ROOT / "README.md").read_text()
    assert "make test" in ci and "make test" in readme and "make lab" in readme


def test_binder_postbuild_puts_lab_overrides_where_jupyterlab_reads_them(tmp_path):
    """JupyterLab reads {sys.prefix}/share/jupyter/lab/settings/overrides.json of the Python
    that runs it; postBuild must write there (on Binder: the notebook env, not $CONDA_DIR).
    `pip` is stubbed (records its arguments); `python` is the real one on PATH."""
    import os
    import shutil
    import subprocess

    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    (fake_bin / "pip").write_text(f'#!/bin/sh\necho "$@" > {tmp_path / "pip-args"}\n')
    (fake_bin / "pip").chmod(0o755)
    prefix = tmp_path / "prefix"
    (fake_bin / "python").write_text(f"#!/bin/sh\nexec {sys.executable} -I -c "
                                     f"\"print({str(prefix)!r})\"\n")
    (fake_bin / "python").chmod(0o755)
    env = dict(os.environ, PATH=f"{fake_bin}{os.pathsep}{os.environ['PATH']}",
               CONDA_DIR=str(tmp_path / "conda"))
    work = tmp_path / "repo"
    work.mkdir()
    for name in ("postBuild", "binder-lab-overrides.json"):
        shutil.copy(ROOT / name, work / name)
    out = subprocess.run(["bash", "postBuild"], cwd=work, env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    written = prefix / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    assert written.read_text() == (ROOT / "binder-lab-overrides.json").read_text()
    assert (tmp_path / "pip-args").read_text().split() == ["install", "--no-deps", "-e", "."]
    assert not (tmp_path / "conda").exists()
