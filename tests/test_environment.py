"""The environment under test is the one environment.yml pins (Binder builds from it)."""

import json
import os
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

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
    (fake_bin / "python").write_text(f'#!/bin/sh\nexec {sys.executable} -I -c "print({str(prefix)!r})"\n')
    (fake_bin / "python").chmod(0o755)
    env = dict(
        os.environ, PATH=f"{fake_bin}{os.pathsep}{os.environ['PATH']}", CONDA_DIR=str(tmp_path / "conda")
    )
    work = tmp_path / "repo"
    work.mkdir()
    for name in ("postBuild", "binder-lab-overrides.json"):
        shutil.copy(ROOT / name, work / name)
    out = subprocess.run(["bash", "postBuild"], cwd=work, env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    written = prefix / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    assert written.read_text() == (ROOT / "binder-lab-overrides.json").read_text()
    assert (tmp_path / "pip-args").read_text().split() == ["install", "--no-deps", "."]  # not editable
    assert not (tmp_path / "conda").exists()


# --- one pin list, read with a YAML parser; pyproject declares the runtime part ----------


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pins() -> dict[str, str]:
    return {_norm(p.split("==")[0]): p.split("==")[1] for p in setup_env.pip_pins()}


def _pyproject_dependencies(extra: str | None = None) -> list[str]:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return project["optional-dependencies"][extra] if extra else project["dependencies"]


def test_environment_yml_is_read_as_yaml_whatever_its_indentation(tmp_path):
    """The same document re-laid out (2-space indents, flow lists, quoted strings) gives the same
    pins: a YAML parser reads it, not a parser of six-space indentation."""
    import yaml

    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    relaid = tmp_path / "environment.yml"
    relaid.write_text(
        yaml.safe_dump(env, indent=2, default_flow_style=True, default_style='"'), encoding="utf-8"
    )
    assert "      - " not in relaid.read_text()
    assert setup_env.pip_pins(relaid) == setup_env.pip_pins()
    assert setup_env.python_version(relaid) == setup_env.python_version() == "3.11"


def test_the_pyyaml_that_setup_installs_is_the_environment_yml_pin():
    name, version = setup_env.YAML_PIN.split("==")
    assert _pins()[_norm(name)] == version


@pytest.mark.parametrize("extra", [None, "authoring", "service", "test"])
def test_pyproject_dependencies_are_exact_environment_yml_pins(extra):
    deps = _pyproject_dependencies(extra)
    assert len(deps) >= (5 if extra is None else 1)
    pins = _pins()
    for dep in deps:
        assert re.fullmatch(r"[A-Za-z0-9_.\-]+==[0-9][A-Za-z0-9.]*", dep), dep
        name, version = dep.split("==")
        assert _norm(name) in pins, f"{dep} is in pyproject.toml but not pinned in environment.yml"
        assert pins[_norm(name)] == version, f"{dep}: environment.yml pins {pins[_norm(name)]}"


#: Imported by course/ but installed as a requirement of a declared dependency.
PROVIDED_BY = {"ipython": "ipykernel"}


def test_every_third_party_import_of_the_course_is_a_pyproject_dependency():
    import ast

    mods = set()
    # the checking service runs in the hub's environment and the build on an author's machine
    # (optional extras `service` and `authoring`), not in a student's kernel
    for py in (p for p in (ROOT / "course").rglob("*.py") if not {"service", "authoring"} & set(p.parts)):
        for node in ast.walk(ast.parse(py.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                mods |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                mods.add(node.module.split(".")[0])
    third_party = sorted(
        m for m in mods if m not in sys.stdlib_module_names and m not in {"course", "__future__"}
    )
    assert {"pandas", "altair", "ipywidgets"} <= set(third_party)
    declared = {_norm(d.split("==")[0]) for d in _pyproject_dependencies()}
    dists = metadata.packages_distributions()
    missing = {}
    for mod in third_party:
        names = {_norm(d) for d in dists.get(mod, [mod])}
        if not names & (declared | {k for k, v in PROVIDED_BY.items() if _norm(v) in declared}):
            missing[mod] = sorted(names)
    assert not missing, f"course/ imports these, pyproject.toml does not declare them: {missing}"


def test_setup_reads_environment_yml_with_the_venvs_pyyaml_when_the_bootstrap_python_has_none(tmp_path):
    """tools/setup_env.py runs with the system python before .venv exists. Without PyYAML there
    it creates the venv, installs YAML_PIN into it and parses with the venv's python."""
    venv_dir = tmp_path / "venv"
    code = (
        "import sys; sys.modules['yaml'] = None; "  # this python cannot import yaml
        f"sys.path.insert(0, {str(ROOT / 'tools')!r}); import json, setup_env; "
        "print(json.dumps([setup_env.pip_pins(), setup_env.python_version()]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, "COURSE_VENV": str(venv_dir)},
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.splitlines()[-1]) == [setup_env.pip_pins(), setup_env.python_version()]
    check = subprocess.run(
        [str(venv_dir / "bin" / "python"), "-c", "import yaml; print(yaml.__version__)"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.stdout.strip() == setup_env.YAML_PIN.split("==")[1]
