"""Create .venv with exactly the pins in environment.yml (the single source of truth).

Used by `make lab` and `make test` (and so by .ci/run). Standard library only.
Re-running is cheap: a stamp file records the hash of environment.yml + pyproject.toml.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = Path(os.environ.get("COURSE_VENV", ROOT / ".venv"))
STAMP = VENV / ".course-env-stamp"


def pip_pins(env_file: Path = ROOT / "environment.yml") -> list[str]:
    """Return the `pip:` requirements of environment.yml, in order."""
    pins, in_pip = [], False
    for raw in env_file.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped == "- pip:":
            in_pip = True
            continue
        if in_pip:
            if stripped.startswith("- ") and raw.startswith("      "):
                pins.append(stripped[2:].strip())
            else:
                in_pip = False
    return pins


def python_version(env_file: Path = ROOT / "environment.yml") -> str:
    for raw in env_file.read_text(encoding="utf-8").splitlines():
        s = raw.strip()
        if s.startswith("- python="):
            return s.split("=", 1)[1]
    raise SystemExit("environment.yml has no `- python=` line")


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def fingerprint() -> str:
    h = hashlib.sha256()
    for name in ("environment.yml", "pyproject.toml"):
        h.update((ROOT / name).read_bytes())
    return h.hexdigest()


def ensure_chromium() -> None:
    """The browser test needs Debian's chromium (never a downloaded browser)."""
    if shutil.which("chromium") or Path("/usr/bin/chromium").exists():
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("setup: installing Debian's chromium for the browser test ...", flush=True)
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], check=True,
                       env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
    else:
        print("setup: chromium not found; install it (Debian: `sudo apt-get install chromium`) "
              "or the browser test will fail.", flush=True)


BROWSER_JS = ROOT / "tests" / "browser"


def ensure_axe() -> None:
    """axe-core (the browser test's accessibility check) from npm, at the exact version pinned
    in tests/browser/package.json + package-lock.json (`npm ci`: the lock file, nothing else)."""
    if (BROWSER_JS / "node_modules" / "axe-core" / "axe.min.js").exists():
        return
    npm = shutil.which("npm")
    if not npm:
        print("setup: npm not found; install Node.js/npm (Debian: `sudo apt-get install npm`) and "
              "re-run, or the browser test's accessibility check (axe-core) will fail.", flush=True)
        return
    print("setup: installing axe-core for the browser test (npm ci in tests/browser) ...", flush=True)
    subprocess.run([npm, "ci", "--prefix", str(BROWSER_JS), "--no-audit", "--no-fund"], check=True)


NBGRADER_VENV = Path(os.environ.get("COURSE_NBGRADER_VENV", ROOT / ".venv-nbgrader"))
NBGRADER_PINS = ROOT / "tests" / "nbgrader" / "requirements.txt"


def nbgrader_pins() -> list[str]:
    lines = (line.split("#", 1)[0].strip() for line in NBGRADER_PINS.read_text().splitlines())
    return [line for line in lines if line]


def ensure_nbgrader_venv() -> None:
    """A second venv for the real-nbgrader round trip: the environment.yml pins plus nbgrader
    (tests/nbgrader/requirements.txt). Kept apart so the course's own .venv stays exactly the
    pins that Binder installs, and JupyterLab is not given nbgrader's extensions."""
    stamp = NBGRADER_VENV / ".course-env-stamp"
    h = hashlib.sha256((fingerprint() + NBGRADER_PINS.read_text()).encode()).hexdigest()
    py = NBGRADER_VENV / "bin" / "python"
    if stamp.exists() and stamp.read_text() == h and py.exists():
        return
    print(f"setup: creating {NBGRADER_VENV} for the nbgrader round-trip test ...", flush=True)
    venv.EnvBuilder(with_pip=True, clear=True).create(NBGRADER_VENV)
    install(py, [*pip_pins(), *nbgrader_pins()])
    stamp.write_text(h)


SITE_VENV = Path(os.environ.get("COURSE_SITE_VENV", ROOT / ".venv-site"))
SITE_PINS = ROOT / "site" / "requirements.txt"


def ensure_site_venv() -> None:
    """A third venv for the website and handouts (`make site`): the environment.yml pins plus
    Sphinx, MyST-NB and sphinx-book-theme (site/requirements.txt). Kept apart like nbgrader's,
    so .venv stays exactly what Binder installs."""
    stamp = SITE_VENV / ".course-env-stamp"
    h = hashlib.sha256((fingerprint() + SITE_PINS.read_text()).encode()).hexdigest()
    py = SITE_VENV / "bin" / "python"
    if stamp.exists() and stamp.read_text() == h and py.exists():
        return
    print(f"setup: creating {SITE_VENV} for the course website ...", flush=True)
    venv.EnvBuilder(with_pip=True, clear=True).create(SITE_VENV)
    install(py, [*pip_pins(), "-r", str(SITE_PINS)])
    stamp.write_text(h)


def install(py: Path, pins: list[str]) -> None:
    """pip-install exactly ``pins``, then the course package itself (editable, no deps)."""
    pip = [str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    subprocess.run([*pip, *pins], check=True)
    subprocess.run([*pip, "--no-deps", "-e", str(ROOT)], check=True)


def main(argv: list[str]) -> int:
    want = python_version()
    have = f"{sys.version_info.major}.{sys.version_info.minor}"
    if have != want:
        print(f"setup: environment.yml asks for Python {want}; this is {have}. "
              f"Run with python{want}.", file=sys.stderr)
        return 2
    if "--browser" in argv:
        ensure_chromium()
        ensure_axe()
    if "--nbgrader" in argv:
        ensure_nbgrader_venv()
    if "--site" in argv:
        ensure_site_venv()
        if "--site-only" in argv:        # `make site`: the website needs no .venv
            return 0
    if STAMP.exists() and STAMP.read_text() == fingerprint() and venv_python().exists():
        return 0
    if not venv_python().exists():
        print(f"setup: creating {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    print("setup: installing the pins from environment.yml ...", flush=True)
    install(venv_python(), pip_pins())
    settings = VENV / "share" / "jupyter" / "lab" / "settings"
    settings.mkdir(parents=True, exist_ok=True)           # no news/update toasts, as on Binder
    shutil.copyfile(ROOT / "binder-lab-overrides.json", settings / "overrides.json")
    STAMP.write_text(fingerprint())
    print("setup: done.", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
