"""Create .venv with exactly the pins in environment.yml (the single source of truth).

Used by `make lab` and `make test` (and so by .ci/run). Re-running is cheap: a stamp file
records the hash of environment.yml + pyproject.toml.

environment.yml is read with a real YAML parser (PyYAML). This script runs with the system
python3.11 before .venv exists, so PyYAML may be missing there: then the venv is created
first (it is needed anyway), PyYAML is installed into it at the version environment.yml
pins (``YAML_PIN``, checked by tests/test_environment.py), and the venv's python parses the
file. Otherwise the script needs only the standard library.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = Path(os.environ.get("COURSE_VENV", ROOT / ".venv"))
STAMP = VENV / ".course-env-stamp"


ENV_FILE = ROOT / "environment.yml"
#: The PyYAML that parses environment.yml when the bootstrap python has none (same pin as there).
YAML_PIN = "PyYAML==6.0.4"
_PARSE = (
    "import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1], encoding='utf-8').read())))"
)
_bootstrapped_venv = False  # True once this run created .venv only to get PyYAML


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _parse_with_venv_yaml(env_file: Path) -> object:
    """No PyYAML in this python: create .venv (with pip), install ``YAML_PIN``, parse there."""
    global _bootstrapped_venv
    py = venv_python()
    if not py.exists():
        print(f"setup: creating {VENV} (PyYAML is needed to read environment.yml) ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
        _bootstrapped_venv = True
    if subprocess.run([str(py), "-c", "import yaml"], capture_output=True, check=False).returncode != 0:
        subprocess.run(
            [str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check", YAML_PIN], check=True
        )
    out = subprocess.run([str(py), "-c", _PARSE, str(env_file)], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


@functools.lru_cache(maxsize=4)
def load_environment(env_file: Path = ENV_FILE) -> dict:
    """environment.yml as parsed by PyYAML (``yaml.safe_load``)."""
    try:
        import yaml
    except ImportError:
        env = _parse_with_venv_yaml(env_file)
    else:
        env = yaml.safe_load(env_file.read_text(encoding="utf-8"))
    if not isinstance(env, dict) or not isinstance(env.get("dependencies"), list):
        raise SystemExit(f"{env_file}: no `dependencies:` list")
    return env


def pip_pins(env_file: Path = ENV_FILE) -> list[str]:
    """Return the `pip:` requirements of environment.yml, in order."""
    for dep in load_environment(env_file)["dependencies"]:
        if isinstance(dep, dict) and "pip" in dep:
            pins = dep["pip"]
            if not isinstance(pins, list) or not all(isinstance(p, str) for p in pins):
                raise SystemExit(f"{env_file}: `pip:` must be a list of requirement strings")
            return [p.strip() for p in pins]
    raise SystemExit(f"{env_file}: no `- pip:` list under `dependencies:`")


def python_version(env_file: Path = ENV_FILE) -> str:
    """The ``python=X.Y`` of environment.yml's conda dependencies."""
    for dep in load_environment(env_file)["dependencies"]:
        if isinstance(dep, str) and dep.replace(" ", "").startswith("python="):
            return dep.replace(" ", "").split("=", 1)[1]
    raise SystemExit(f"{env_file}: no `- python=` dependency")


def fingerprint() -> str:
    h = hashlib.sha256()
    for name in ("environment.yml", "pyproject.toml"):
        h.update((ROOT / name).read_bytes())
    return h.hexdigest()


def ensure_debian(command: str, package: str, why: str) -> None:
    """Install a Debian package when ``command`` is missing (as root with apt-get), else say how."""
    if shutil.which(command) or Path("/usr/bin", command).exists():
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print(f"setup: installing Debian's {package} for {why} ...", flush=True)
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", package],
            check=True,
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        )
    else:
        print(
            f"setup: {command} not found; install it (Debian: `sudo apt-get install {package}`), "
            f"it is needed for {why}.",
            flush=True,
        )


def ensure_chromium() -> None:
    """The browser test needs Debian's chromium (never a downloaded browser)."""
    ensure_debian("chromium", "chromium", "the browser test")


def ensure_bubblewrap() -> None:
    """The class grader runs every submission in a bubblewrap sandbox (Debian's package)."""
    ensure_debian("bwrap", "bubblewrap", "the grader's sandbox (without it the grader refuses)")


def ensure_npm_ci(folder: Path, marker: str, what: str) -> None:
    """``npm ci`` in ``folder``: exactly its package-lock.json, nothing else; skipped if done."""
    if (folder / "node_modules" / marker).exists():
        return
    npm = shutil.which("npm")
    if not npm:
        print(
            f"setup: npm not found; install Node.js/npm (Debian: `sudo apt-get install npm`) and "
            f"re-run, or {what} will fail.",
            flush=True,
        )
        return
    print(f"setup: installing {what} (npm ci in {folder.relative_to(ROOT)}) ...", flush=True)
    subprocess.run([npm, "ci", "--prefix", str(folder), "--no-audit", "--no-fund"], check=True)


BROWSER_JS = ROOT / "tests" / "browser"
HUB_JS = ROOT / "tests" / "hub"


def ensure_axe() -> None:
    """axe-core, the browser test's accessibility check (tests/browser/package-lock.json)."""
    ensure_npm_ci(BROWSER_JS, "axe-core/axe.min.js", "axe-core for the browser test")


def ensure_hub_proxy() -> None:
    """configurable-http-proxy, JupyterHub's proxy, for the hub and checking-service tests
    (tests/hub/package-lock.json)."""
    ensure_npm_ci(HUB_JS, ".bin/configurable-http-proxy", "configurable-http-proxy for the hub tests")


def ensure_second_venv(folder: Path, requirements: Path, why: str) -> None:
    """A venv beside .venv for one job: exactly the environment.yml pins plus ``requirements``
    (a pip requirements file of pins). Kept apart so the course's own .venv stays exactly the pins
    that Binder installs; remade only when environment.yml, pyproject.toml or ``requirements``
    change (its stamp holds their hash)."""
    stamp = folder / ".course-env-stamp"
    h = hashlib.sha256((fingerprint() + requirements.read_text()).encode()).hexdigest()
    py = folder / "bin" / "python"
    if stamp.exists() and stamp.read_text() == h and py.exists():
        return
    print(f"setup: creating {folder} for {why} ...", flush=True)
    venv.EnvBuilder(with_pip=True, clear=True).create(folder)
    install(py, [*pip_pins(), "-r", str(requirements)])
    stamp.write_text(h)


NBGRADER_VENV = Path(os.environ.get("COURSE_NBGRADER_VENV", ROOT / ".venv-nbgrader"))
NBGRADER_PINS = ROOT / "tests" / "nbgrader" / "requirements.txt"
SITE_VENV = Path(os.environ.get("COURSE_SITE_VENV", ROOT / ".venv-site"))
SITE_PINS = ROOT / "site" / "requirements.txt"


def ensure_nbgrader_venv() -> None:
    """The real nbgrader for the round-trip test (tests/nbgrader/requirements.txt); JupyterLab in
    .venv is not given nbgrader's extensions."""
    ensure_second_venv(NBGRADER_VENV, NBGRADER_PINS, "the nbgrader round-trip test")


def ensure_site_venv() -> None:
    """Sphinx, MyST-NB and sphinx-book-theme for the website and handouts (`make site`,
    site/requirements.txt)."""
    ensure_second_venv(SITE_VENV, SITE_PINS, "the course website")


def install(py: Path, pins: list[str]) -> None:
    """pip-install exactly ``pins``, then the course package itself (editable, no deps)."""
    pip = [str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    subprocess.run([*pip, *pins], check=True)
    subprocess.run([*pip, "--no-deps", "-e", str(ROOT)], check=True)


def main(argv: list[str]) -> int:
    want = python_version()
    have = f"{sys.version_info.major}.{sys.version_info.minor}"
    if have != want:
        if _bootstrapped_venv:  # made with the wrong python only to read the file
            shutil.rmtree(VENV, ignore_errors=True)
        print(
            f"setup: environment.yml asks for Python {want}; this is {have}. Run with python{want}.",
            file=sys.stderr,
        )
        return 2
    if "--grader" in argv:
        ensure_bubblewrap()
    if "--browser" in argv:
        ensure_chromium()
        ensure_axe()
        ensure_hub_proxy()
    if "--nbgrader" in argv:
        ensure_nbgrader_venv()
    if "--site" in argv:
        ensure_site_venv()
        ensure_debian(
            "pdftotext",
            "poppler-utils",
            "the site test (it reads the PDF handouts' text; pdftoppm draws a page)",
        )
        if "--site-only" in argv:  # `make site`: the website needs no .venv
            return 0
    if STAMP.exists() and STAMP.read_text() == fingerprint() and venv_python().exists():
        return 0
    if not venv_python().exists():
        print(f"setup: creating {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    print("setup: installing the pins from environment.yml ...", flush=True)
    install(venv_python(), pip_pins())
    settings = VENV / "share" / "jupyter" / "lab" / "settings"
    settings.mkdir(parents=True, exist_ok=True)  # no news/update toasts, as on Binder
    shutil.copyfile(ROOT / "binder-lab-overrides.json", settings / "overrides.json")
    STAMP.write_text(fingerprint())
    print("setup: done.", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
