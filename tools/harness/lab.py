"""JupyterLab in headless Chromium: shared by tests/browser, tests/hub, tests/site and tools/benchmark.py.

* `isolated_env()`   -- an environment whose Jupyter/IPython/HOME dirs live in a temp dir, so a
                        user's settings, kernels, startup files or saved course progress never leak in.
* `LabServer`        -- starts `jupyter lab` from the course venv on 127.0.0.1:<free port> with a
                        random token, waits for /api/status, and stops it (and its kernels) again.
* `launch_browser()` -- Debian's /usr/bin/chromium through Playwright (never a downloaded browser).
* `RequestLog`       -- records every request a page makes; `foreign()` lists the non-local ones.
* page helpers       -- open a notebook, run all cells, check outputs, move a slider, answer a
                        question, take a full-notebook screenshot.  They talk to JupyterLab through
                        `window.jupyterapp` (needs `--LabApp.expose_app_in_browser=True`).

Standard library + playwright only.  Nothing here asserts on seconds: timings are *measured* and
handed back to the caller, which may record them (tests) or report them (benchmark).
"""

from __future__ import annotations

import glob
import json
import os
import secrets
import statistics
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from .servers import (  # noqa: F401
    cmdline,
    descendants,
    end_group,
    free_port,
    kill_survivors,
    proc_stat,
    process_env,
    read_vmhwm_kb,
    wait_until_up,
)

ROOT = Path(__file__).resolve().parents[2]
VENV = Path(os.environ.get("COURSE_VENV", ROOT / ".venv"))
CHROMIUM = os.environ.get("COURSE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = ROOT / "artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
TIMINGS_FILE = ARTIFACTS / "browser_timings.json"
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
HARMLESS_SCHEMES = {"data", "blob", "about"}

# JupyterLab user settings written into the *redirected* settings dir (never the venv's global
# overrides.json): render every cell (no virtualisation), no news/update toast, and no autosave --
# the test runs the course's tracked notebooks and must never write their outputs back.
LAB_USER_SETTINGS = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
}


def venv_python() -> Path:
    return VENV / "bin" / "python"


# --------------------------------------------------------------------------- which notebooks


def course_notebooks() -> list[Path]:
    """notebooks/*.ipynb + exercises/*.ipynb, or the paths/globs in $COURSE_BROWSER_NOTEBOOKS
    (separated by os.pathsep), e.g. COURSE_BROWSER_NOTEBOOKS=/tmp/x.ipynb."""
    override = os.environ.get("COURSE_BROWSER_NOTEBOOKS", "").strip()
    if override:
        found: list[Path] = []
        for item in filter(None, override.split(os.pathsep)):
            hits = sorted(glob.glob(os.path.expanduser(item))) or [item]
            found += [Path(h).resolve() for h in hits]
        missing = [str(p) for p in found if not p.is_file()]
        if missing:
            raise FileNotFoundError(f"COURSE_BROWSER_NOTEBOOKS: no such notebook(s): {missing}")
        return found
    return sorted(ROOT.glob("notebooks/*.ipynb")) + sorted(ROOT.glob("exercises/*.ipynb"))


def notebook_id(p: Path) -> str:
    try:
        return Path(p).resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(p)


def is_exercise(p: Path) -> bool:
    """Exercise notebooks live in a folder named `exercises`; everything else counts as a lesson."""
    return Path(p).resolve().parent.name == "exercises"


# --------------------------------------------------------------------------- environment


def isolated_env(base: Path, progress_dir: Path | None = None) -> dict[str, str]:
    """Return os.environ with every Jupyter/IPython/HOME location redirected under `base`.

    The venv's share/jupyter stays on JUPYTER_PATH (it is also sys.prefix of the server, so it
    would be found anyway) -- that is where the widget and anywidget labextensions live.
    """
    base = Path(base)
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("JUPYTER", "IPYTHON", "XDG_"))
        and k not in ("PYTHONSTARTUP", "PYTHONPATH", "MPLCONFIGDIR")
    }
    if own_checkout_on_path():  # a worktree's kernels import its own `course`, not the venv's
        env["PYTHONPATH"] = str(ROOT)
    d = {
        name: base / name
        for name in ("home", "jupyter_config", "jupyter_data", "jupyter_runtime", "ipython", "xdg_cache")
    }
    for p in d.values():
        p.mkdir(parents=True, exist_ok=True)
    progress = Path(progress_dir) if progress_dir else base / "course_progress"
    progress.mkdir(parents=True, exist_ok=True)
    env.update(
        HOME=str(d["home"]),
        JUPYTER_CONFIG_DIR=str(d["jupyter_config"]),
        JUPYTER_DATA_DIR=str(d["jupyter_data"]),
        JUPYTER_RUNTIME_DIR=str(d["jupyter_runtime"]),
        JUPYTER_PATH=str(VENV / "share" / "jupyter"),
        JUPYTERLAB_SETTINGS_DIR=str(d["jupyter_config"] / "lab" / "user-settings"),
        JUPYTERLAB_WORKSPACES_DIR=str(d["jupyter_config"] / "lab" / "workspaces"),
        IPYTHONDIR=str(d["ipython"]),
        XDG_CONFIG_HOME=str(d["home"] / ".config"),
        XDG_DATA_HOME=str(d["home"] / ".local" / "share"),
        XDG_CACHE_HOME=str(d["xdg_cache"]),
        PYTHONNOUSERSITE="1",
        VIRTUAL_ENV=str(VENV),
        PATH=os.pathsep.join([str(VENV / "bin"), os.environ.get("PATH", "")]),
        COURSE_PROGRESS_DIR=str(progress),
    )
    return env


def own_checkout_on_path() -> bool:
    """True if $PYTHONPATH names this checkout (`PYTHONPATH=. pytest ...` from a git worktree):
    then the servers and kernels keep it, so they run this checkout's `course` package rather
    than the one the shared venv was installed from. Any other PYTHONPATH entry is dropped."""
    entries = [e for e in os.environ.get("PYTHONPATH", "").split(os.pathsep) if e]
    return any(Path(e).resolve() == ROOT for e in entries)


def write_lab_settings(settings_dir: Path) -> None:
    for rel, value in LAB_USER_SETTINGS.items():
        f = Path(settings_dir) / rel
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(json.dumps(value, indent=2), encoding="utf-8")


# --------------------------------------------------------------------------- the server


class LabServer:
    """`jupyter lab` from the course venv, isolated, on a free port with a random token."""

    def __init__(
        self,
        root_dir: Path = ROOT,
        workdir: Path | None = None,
        progress_dir: Path | None = None,
        startup_timeout: float = 90.0,
    ):
        self.root_dir = Path(root_dir).resolve()
        self._tmp = None if workdir else tempfile.TemporaryDirectory(prefix="course-lab-")
        self.workdir = Path(workdir or self._tmp.name)
        self.progress_dir = Path(progress_dir) if progress_dir else self.workdir / "course_progress"
        self.startup_timeout = startup_timeout
        self.port = free_port()
        self.token = secrets.token_hex(24)
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.env = isolated_env(self.workdir, self.progress_dir)
        self.settings_dir = Path(self.env["JUPYTERLAB_SETTINGS_DIR"])
        self.log_path = self.workdir / "jupyter-lab.log"
        self.proc: subprocess.Popen | None = None
        self.startup_seconds: float | None = None
        self._known_children: dict[int, str] = {}

    # -- lifecycle
    def start(self) -> LabServer:
        write_lab_settings(self.settings_dir)
        cmd = [
            str(venv_python()),
            "-m",
            "jupyterlab",
            "--no-browser",
            "--allow-root",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={self.port}",
            "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={self.token}",
            f"--ServerApp.root_dir={self.root_dir}",
            "--LabApp.expose_app_in_browser=True",
            "--LabApp.news_url=None",
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        ]
        self._log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(
            cmd,
            cwd=self.root_dir,
            env=self.env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            self.startup_seconds = wait_until_up(
                self.proc,
                lambda: self.api("GET", "/api/status", timeout=2),
                name="jupyter lab",
                timeout=self.startup_timeout,
                log_tail=self.log_tail,
            )
        except RuntimeError:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Shut the server down with its kernels; leave no orphan process behind."""
        if self.proc is None:
            return
        pid = self.proc.pid
        if self.proc.poll() is None:
            self._known_children.update(descendants(pid))
            try:  # graceful: the server shuts its kernels down itself
                self.api("POST", "/api/shutdown", timeout=5)
            except Exception:  # noqa: BLE001 - then it is terminated below
                pass
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                end_group(self.proc)
        kill_survivors(self._known_children)  # kernels live in their own sessions
        self.proc = None
        self._log.close()
        if self._tmp is not None:
            self._tmp.cleanup()

    def __enter__(self) -> LabServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- HTTP
    def api(self, method: str, path: str, body=None, timeout: float = 10):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(
            self.base_url + path,
            data=data,
            method=method,
            headers={"Authorization": f"token {self.token}", "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(req, timeout=timeout) as r:
            raw = r.read()
        if not raw:
            return {}
        try:
            return json.loads(raw)
        except ValueError:
            return raw.decode("utf-8", "replace")

    def get_text(self, path: str, timeout: float = 10) -> tuple[int, str]:
        req = urllib.request.Request(self.base_url + path, headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read().decode("utf-8", "replace")

    def lab_url(self, nb_path: Path | str | None = None, reset: bool = True) -> str:
        """URL of /lab/tree/<path relative to the server root>?token=...&reset."""
        query = f"?token={self.token}" + ("&reset" if reset else "")
        if nb_path is None:
            return f"{self.base_url}/lab{query}"
        return f"{self.base_url}/lab/tree/{urllib.parse.quote(self.relpath(nb_path))}{query}"

    def relpath(self, nb_path: Path | str) -> str:
        return Path(nb_path).resolve().relative_to(self.root_dir).as_posix()

    def shutdown_all_sessions(self) -> None:
        """Stop every kernel the server runs (between notebooks); remember their pids first."""
        if self.proc is not None and self.proc.poll() is None:
            self._known_children.update(descendants(self.proc.pid))
        for s in self.api("GET", "/api/sessions") or []:
            try:
                self.api("DELETE", f"/api/sessions/{s['id']}")
            except urllib.error.HTTPError:
                pass

    def kernel_pids(self) -> list[int]:
        if self.proc is None:
            return []
        return [p for p in descendants(self.proc.pid) if "ipykernel" in cmdline(p)]

    def log_tail(self, n: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return ""


def server_root_for(notebooks: list[Path]) -> Path:
    """The repo root, unless a notebook lives outside it (COURSE_BROWSER_NOTEBOOKS=/tmp/x.ipynb):
    then the common parent of the notebooks."""
    nbs = [Path(p).resolve() for p in notebooks]
    if all(ROOT in p.parents for p in nbs):
        return ROOT
    return Path(os.path.commonpath([p.parent for p in nbs]))


# --------------------------------------------------------------------------- the browser


def launch_browser(playwright, workdir: Path, width: int = 1280, height: int = 1000):
    """A persistent Chromium context with Debian's chromium, on a fresh profile in `workdir`
    (its HOME too, so not even crash-report folders land in the user's ~/.config)."""
    if not Path(CHROMIUM).exists():
        raise RuntimeError(
            f"{CHROMIUM} not found: install Debian's chromium "
            "(`python tools/setup_env.py --browser`); never `playwright install`."
        )
    workdir = Path(workdir)
    home = workdir / "home"
    home.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_CACHE_HOME=str(home / ".cache"))
    return playwright.chromium.launch_persistent_context(
        str(workdir / "profile"),
        executable_path=CHROMIUM,
        headless=True,
        args=CHROMIUM_ARGS,
        env=env,
        viewport={"width": width, "height": height},
    )


@dataclass
class RequestLog:
    """Every request (and websocket) a page or context makes."""

    urls: list[str] = field(default_factory=list)
    writes: list[str] = field(default_factory=list)  # PUT/PATCH/DELETE on /api/contents
    console: list[str] = field(default_factory=list)

    def _on_request(self, r) -> None:
        self.urls.append(r.url)
        if r.method in ("PUT", "PATCH", "DELETE") and "/api/contents/" in r.url:
            self.writes.append(f"{r.method} {r.url.split('?')[0]}")

    def attach_page(self, page) -> None:
        page.on("request", self._on_request)
        page.on("websocket", lambda ws: self.urls.append(ws.url))
        page.on(
            "console",
            lambda m: (
                self.console.append(f"console.{m.type}: {m.text}") if m.type in ("error", "warning") else None
            ),
        )
        page.on("pageerror", lambda e: self.console.append(f"pageerror: {e}"))

    def attach_context(self, context) -> None:  # service workers report here only
        context.on("request", self._on_request)

    def foreign(self) -> list[str]:
        bad = []
        for url in dict.fromkeys(self.urls):
            u = urllib.parse.urlsplit(url)
            if u.scheme in HARMLESS_SCHEMES:
                continue
            if (u.hostname or "") not in LOCAL_HOSTS:
                bad.append(url)
        return bad


# --------------------------------------------------------------------------- page helpers
# All JS finds the notebook by its path and keeps it as window.__courseNb.

# A drawn chart: an inline <svg>, or an <img> whose src is a data:image/svg+xml URI and which has
# decoded (course/charts.py embeds vl-convert's SVG as a data-URI image because JupyterLab's
# sanitizer strips inline <svg> from not-yet-trusted notebooks).
_JS_DRAWN = """
const __courseDrawn = c => !!c.querySelector('svg') || Array.from(c.querySelectorAll('img')).some(
    i => (i.getAttribute('src') || '').startsWith('data:image/svg+xml') && i.complete && i.naturalWidth > 0);
"""

_JS_FIND_NB = """
(path) => {
  const app = window.jupyterapp;
  if (!app || !app.shell) return {state: 'no-app'};
  const dlg = document.querySelector('.jp-Dialog');
  if (dlg) return {state: 'dialog', text: dlg.innerText.slice(0, 500)};
  let nb = null;
  for (const w of app.shell.widgets('main')) {
    if (w.context && w.context.path === path && w.content && w.sessionContext) { nb = w; break; }
  }
  if (!nb) return {state: 'no-notebook'};
  window.__courseNb = nb;
  const sc = nb.sessionContext;
  return {state: 'ok', ready: nb.context.isReady && sc.isReady,
          status: sc.session && sc.session.kernel ? sc.session.kernel.status : null};
}
"""

_JS_RUN_STATE = """
() => {
  const nb = window.__courseNb, run = window.__courseRun;
  const sc = nb.sessionContext;
  const busy = Array.from(nb.content.node.querySelectorAll('.jp-InputPrompt'))
      .filter(p => p.textContent.includes('[*]')).length;
  return {done: run.done !== null, result: run.result, error: run.error,
          status: sc.session && sc.session.kernel ? sc.session.kernel.status : null, busy,
          charts: window.__courseCharts.count, total: window.__courseCharts.total()};
}
"""

_JS_START_RUN_ALL = (
    """
() => {"""
    + _JS_DRAWN
    + """
  const app = window.jupyterapp, nb = window.__courseNb, root = nb.content.node;
  app.shell.activateById(nb.id);
  const drawn = () => Array.from(root.querySelectorAll('.course-chart')).filter(__courseDrawn).length;
  const st = window.__courseCharts = {count: drawn(), last: null,
      total: () => root.querySelectorAll('.course-chart').length};
  const recount = () => {
    const n = drawn();
    if (n !== st.count) { st.count = n; st.last = performance.now(); }
  };
  new MutationObserver(recount).observe(
      root, {childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'src']});
  root.addEventListener('load', recount, true);  // an <img> chart counts once it has decoded
  const run = window.__courseRun = {t0: performance.now(), done: null, result: null, error: null};
  app.commands.execute('notebook:run-all-cells').then(
    r => { run.result = r; run.done = performance.now(); },
    e => { run.error = String(e); run.done = performance.now(); });
  return true;
}
"""
)

_JS_CHECK_OUTPUTS = (
    """
() => {"""
    + _JS_DRAWN
    + """
  const root = window.__courseNb.content.node;
  const cellOf = el => {
    const cells = Array.from(root.querySelectorAll('.jp-Cell'));
    return cells.findIndex(c => c.contains(el));
  };
  const errors = Array.from(root.querySelectorAll(
      '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'))
    .filter(e => /Traceback|Error/.test(e.textContent))
    .map(e => `cell ${cellOf(e)}: ${e.textContent.slice(0, 800)}`);
  const text = root.textContent;
  const charts = Array.from(root.querySelectorAll('.course-chart'));
  return {
    errors,
    errorLoadingScript: text.includes('Error loading script'),
    errorDisplayingWidget: text.includes('Error displaying widget'),
    charts: charts.length,
    chartsWithoutSvg: charts.filter(c => !__courseDrawn(c)).map(c => `cell ${cellOf(c)}`),
    chartsInlineSvg: charts.filter(c => c.querySelector('svg')).length,
    sliders: root.querySelectorAll('.widget-slider').length,
    questions: root.querySelectorAll('.course-question').length,
    radioQuestions: Array.from(root.querySelectorAll('.course-question'))
        .filter(q => q.querySelector('.widget-radio-box input[type=radio]')).length,
    scores: root.querySelectorAll('.course-score').length,
    // ipywidgets gives each radio option a fixed-height label: a long option wraps onto the
    // next one, which then covers its radio button (a click there picks the wrong answer).
    overflowingOptions: Array.from(root.querySelectorAll('.widget-radio-box label'))
        .filter(l => l.scrollHeight > l.clientHeight + 1 || l.scrollWidth > l.clientWidth + 1)
        .map(l => `cell ${cellOf(l)}: "${l.textContent.trim().slice(0, 70)}"`),
    cells: root.querySelectorAll('.jp-Cell').length,
  };
}
"""
)

# Arm a watcher on the chart that follows slider #idx; it timestamps the first keydown on the
# handle and the first DOM change of that chart (the chart may be replaced, so re-find it).
_JS_ARM_SLIDER = """
([idx]) => {
  const root = window.__courseNb.content.node;
  const slider = root.querySelectorAll('.widget-slider')[idx];
  if (!slider) return {ok: false, why: 'no slider'};
  const handle = slider.querySelector('.noUi-handle');
  if (!handle) return {ok: false, why: 'no .noUi-handle'};
  const chartAfter = () => Array.from(root.querySelectorAll('.course-chart')).find(
      c => slider.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING);
  const chart = chartAfter();
  if (!chart) return {ok: false, why: 'no .course-chart after the slider'};
  const before = chart.innerHTML;
  const w = window.__courseWatch = {t0: null, t1: null};
  handle.addEventListener('keydown', () => { if (w.t0 === null) w.t0 = performance.now(); },
                          {capture: true, once: true});
  const obs = new MutationObserver(() => {
    const c = chartAfter();
    if (c && c.innerHTML !== before) { w.t1 = performance.now(); obs.disconnect(); }
  });
  obs.observe(root, {childList: true, subtree: true, characterData: true, attributes: true});
  w.stop = () => obs.disconnect();
  const num = a => { const v = handle.getAttribute(a); return v === null ? null : Number(v); };
  return {ok: true, now: num('aria-valuenow'), min: num('aria-valuemin'), max: num('aria-valuemax')};
}
"""

_JS_ARM_QUESTION = """
([qidx]) => {
  const root = window.__courseNb.content.node;
  const q = Array.from(root.querySelectorAll('.course-question'))
      .filter(q => q.querySelector('.widget-radio-box input[type=radio]'))[qidx];
  const fb = () => q.querySelector('.course-feedback');
  if (!fb()) return {ok: false, why: 'no .course-feedback'};
  const check = q.querySelector('.course-check');
  if (!check) return {ok: false, why: 'no .course-check'};
  const before = fb().textContent;
  const w = window.__courseWatch = {t0: null, t1: null, text: before};
  check.addEventListener('click', () => { if (w.t0 === null) w.t0 = performance.now(); },
                         {capture: true, once: true});
  const obs = new MutationObserver(() => {
    const f = fb();
    if (f && f.textContent !== before) { w.t1 = performance.now(); w.text = f.textContent; obs.disconnect(); }
  });
  obs.observe(q, {childList: true, subtree: true, characterData: true});
  w.stop = () => obs.disconnect();
  return {ok: true, before};
}
"""

_JS_SCROLLER = """
() => {
  const root = window.__courseNb.content.node;
  const cands = [root, ...root.querySelectorAll('*')];
  const s = cands.find(e => e.scrollHeight > e.clientHeight + 2 &&
                            ['auto', 'scroll'].includes(getComputedStyle(e).overflowY)) || root;
  window.__courseScroller = s;
  // JupyterLab pads the end of a notebook ("scroll past end"); measure down to the last cell.
  const cells = root.querySelectorAll('.jp-Cell');
  const top = s.getBoundingClientRect().top;
  const content = cells.length
      ? Math.ceil(cells[cells.length - 1].getBoundingClientRect().bottom - top + s.scrollTop + 24)
      : s.scrollHeight;
  return {scrollHeight: s.scrollHeight, clientHeight: s.clientHeight,
          contentHeight: Math.min(content, s.scrollHeight)};
}
"""


def wait_notebook_ready(page, path: str, timeout: float = 120.0) -> dict:
    """Wait until the notebook at `path` (relative to the server root) is open and its kernel idle."""
    deadline = time.monotonic() + timeout
    last: dict = {}
    while time.monotonic() < deadline:
        last = page.evaluate(_JS_FIND_NB, path)
        if last.get("state") == "dialog":
            raise AssertionError(f"JupyterLab shows a dialog while opening {path}: {last['text']}")
        if last.get("state") == "ok" and last.get("ready") and last.get("status") == "idle":
            return last
        time.sleep(0.2)
    raise TimeoutError(f"{path}: kernel not idle after {timeout:.0f} s (last state {last})")


def open_notebook(page, server: LabServer, nb_path: Path, timeout: float = 120.0) -> dict:
    """Open /lab/tree/<path>?reset and wait for an idle kernel. Returns timing in seconds."""
    t0 = time.perf_counter()
    page.goto(server.lab_url(nb_path), wait_until="domcontentloaded", timeout=timeout * 1000)
    wait_notebook_ready(page, server.relpath(nb_path), timeout)
    page.evaluate(
        "() => { const s = window.jupyterapp.shell;"
        " if (s.collapseLeft) s.collapseLeft(); if (s.collapseRight) s.collapseRight(); }"
    )
    return {"open_to_kernel_idle_s": time.perf_counter() - t0}


def run_all(page, timeout: float = 600.0, settle: float = 30.0) -> dict:
    """Run all cells; wait until the command resolved, the kernel is idle, no cell shows [*], and
    every .course-chart has its svg (or `settle` s passed). Returns figures (seconds)."""
    page.evaluate(_JS_START_RUN_ALL)
    t0 = time.perf_counter()
    deadline = time.monotonic() + timeout
    state: dict = {}
    while True:
        state = page.evaluate(_JS_RUN_STATE)
        if state["done"] and state["status"] == "idle" and state["busy"] == 0:
            break
        if time.monotonic() > deadline:
            raise TimeoutError(f"run-all not finished after {timeout:.0f} s: {state}")
        time.sleep(0.25)
    wall = time.perf_counter() - t0
    settle_deadline = time.monotonic() + settle
    while state["charts"] < state["total"] and time.monotonic() < settle_deadline:
        time.sleep(0.2)
        state = page.evaluate(_JS_RUN_STATE)
    t = page.evaluate(
        "() => ({t0: window.__courseRun.t0, done: window.__courseRun.done,"
        " last: window.__courseCharts.last, n: window.__courseCharts.count})"
    )
    return {
        "run_all_s": wall,
        "run_all_command_s": (t["done"] - t["t0"]) / 1000,
        "run_all_to_charts_drawn_s": (t["last"] - t["t0"]) / 1000 if t["last"] and t["n"] else None,
        "charts_drawn": t["n"],
        "run_all_result": state["result"],
        "run_all_error": state["error"],
    }


def check_outputs(page) -> dict:
    return page.evaluate(_JS_CHECK_OUTPUTS)


def _wait_watch(page, timeout: float) -> dict:
    try:
        page.wait_for_function("() => window.__courseWatch.t1 !== null", timeout=timeout * 1000, polling=20)
    except Exception:  # noqa: BLE001 - a timeout: read what the watch saw anyway
        pass
    return page.evaluate(
        "() => { const w = window.__courseWatch; w.stop(); return {t0: w.t0, t1: w.t1, text: w.text}; }"
    )


def move_slider(page, idx: int = 0, presses: int = 2, timeout: float = 5.0) -> dict:
    """Focus slider #idx's handle, press ArrowRight `presses` times (ArrowLeft if it sits at its
    max) and wait up to `timeout` s for the chart after it to change.
    Returns {"changed": bool, "latency_ms": first keydown -> first chart change, "key": ...}."""
    armed = page.evaluate(_JS_ARM_SLIDER, [idx])
    if not armed["ok"]:
        return {"changed": False, "latency_ms": None, "why": armed["why"]}
    key = "ArrowRight"
    if armed["now"] is not None and armed["max"] is not None and armed["now"] >= armed["max"]:
        key = "ArrowLeft"
    handle = page.locator(".widget-slider").nth(idx).locator(".noUi-handle").first
    handle.scroll_into_view_if_needed()
    handle.focus()
    for _ in range(presses):
        page.keyboard.press(key)
    w = _wait_watch(page, timeout)
    changed = w["t1"] is not None
    return {
        "changed": changed,
        "key": key,
        "value_before": armed["now"],
        "latency_ms": (w["t1"] - w["t0"]) if changed and w["t0"] is not None else None,
    }


def _radio_question(page, qidx: int):
    return (
        page.locator(".course-question")
        .filter(has=page.locator(".widget-radio-box input[type=radio]"))
        .nth(qidx)
    )


def answer_question(
    page, qidx: int = 0, option: int = 0, timeout: float = 5.0, dispatch: bool = False
) -> dict:
    """Click radio `option` of radio question #qidx, then its Check button; wait up to `timeout`
    s for its .course-feedback text to change. Returns {"changed", "latency_ms", "before", "after"}.
    dispatch=True selects the radio with a synthetic click (no hit-testing, no wait); the latency
    is timed from the Check click either way."""
    q = _radio_question(page, qidx)
    q.scroll_into_view_if_needed()
    radios = q.locator(".widget-radio-box input[type=radio]")
    n = radios.count()
    covered = False
    try:
        if dispatch:
            raise LookupError
        radios.nth(option % n).click(timeout=5000)
    except Exception:  # noqa: BLE001 - covered by another option's overflowing label: select it directly
        covered = not dispatch
        radios.nth(option % n).dispatch_event("click")
    armed = page.evaluate(_JS_ARM_QUESTION, [qidx])
    if not armed["ok"]:
        return {
            "changed": False,
            "latency_ms": None,
            "why": armed["why"],
            "options": n,
            "radio_covered": covered,
        }
    q.locator(".course-check").first.click()
    w = _wait_watch(page, timeout)
    changed = w["t1"] is not None
    return {
        "changed": changed,
        "before": armed["before"],
        "after": w["text"],
        "options": n,
        "radio_covered": covered,
        "latency_ms": (w["t1"] - w["t0"]) if changed and w["t0"] is not None else None,
    }


def scroll_through(page, pause: float = 0.05) -> dict:
    """Scroll the notebook from top to bottom (and back), so everything has been on screen."""
    info = page.evaluate(_JS_SCROLLER)
    step = max(200, int(info["clientHeight"] * 0.9))
    for y in range(0, info["scrollHeight"] + step, step):
        page.evaluate("(y) => { window.__courseScroller.scrollTop = y; }", y)
        time.sleep(pause)
    page.evaluate("() => { window.__courseScroller.scrollTop = 0; }")
    return page.evaluate(_JS_SCROLLER)


def full_screenshot(page, path: Path, max_height: int = 16000) -> list[Path]:
    """Screenshot the whole notebook. JupyterLab scrolls inside the notebook panel (the page
    itself never scrolls), so grow the viewport to the notebook's height; beyond `max_height`
    px, save extra slices <stem>-2.png, <stem>-3.png ... Returns the files written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    info = scroll_through(page)
    vp = page.viewport_size
    extra = info["contentHeight"] - info["clientHeight"]
    height = min(vp["height"] + max(extra, 0), max_height)
    page.set_viewport_size({"width": vp["width"], "height": height})
    files = []
    try:
        time.sleep(0.5)
        info = page.evaluate(_JS_SCROLLER)
        chrome = height - info["clientHeight"]  # menu bar, tab bar, toolbar, status bar
        y, part = 0, 1
        while part <= 20:
            remaining = info["contentHeight"] - y
            if part > 1 and remaining < info["clientHeight"]:  # shrink the last slice
                page.set_viewport_size({"width": vp["width"], "height": chrome + max(remaining, 200)})
                time.sleep(0.3)
            page.evaluate("(y) => { window.__courseScroller.scrollTop = y; }", y)
            time.sleep(0.2)
            f = path if part == 1 else path.with_name(f"{path.stem}-{part}{path.suffix}")
            page.screenshot(path=str(f))
            files.append(f)
            y += info["clientHeight"]
            part += 1
            if y >= info["contentHeight"] - 1:
                break
    finally:
        page.set_viewport_size(vp)
    return files


# --------------------------------------------------------------------------- figures


def median(xs: list[float]) -> float | None:
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


def p95(xs: list[float]) -> float | None:
    """95th percentile, nearest-rank (with 10 samples this is the slowest one)."""
    xs = sorted(x for x in xs if x is not None)
    if not xs:
        return None
    import math

    return xs[max(0, math.ceil(0.95 * len(xs)) - 1)]


def merge_timings(entries: dict[str, dict], path: Path = TIMINGS_FILE) -> None:
    """Merge per-notebook figures into artifacts/browser_timings.json (keyed by notebook)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        data = {}
    data.setdefault("notebooks", {}).update(entries)
    data["note"] = (
        "Single samples from the last browser-test run per notebook (tests/browser); "
        "for medians/p95 run tools/benchmark.py --browser. Not asserted anywhere."
    )
    path.write_text(json.dumps(data, indent=2, sort_keys=True), encoding="utf-8")


# --------------------------------------------------------------------------- accessibility (axe-core)
# axe-core comes from npm (tests/browser/package.json + package-lock.json pin the exact version;
# `python tools/setup_env.py --browser` runs `npm ci` there). It is injected into the page and run
# on the notebook's *rendered content* only -- markdown cells, output areas (charts, widgets,
# feedback) -- never on JupyterLab's own chrome (menus, toolbar, sidebars, code editors), which is
# not the course's content.
AXE_JS = ROOT / "tests" / "browser" / "node_modules" / "axe-core" / "axe.min.js"
AXE_DIR = ARTIFACTS / "axe"
AXE_CONTENT = ".jp-MarkdownOutput, .jp-OutputArea-output"

_JS_AXE_RUN = """
async (selector) => {
  const root = window.__courseNb.content.node;
  const include = Array.from(root.querySelectorAll(selector))
      .filter(el => !el.parentElement.closest(selector));  // outermost only
  if (!include.length) return {version: axe.version, elements: 0, violations: []};
  const r = await axe.run({include}, {resultTypes: ['violations']});
  return {
    version: axe.version, elements: include.length,
    violations: r.violations.map(v => ({
      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, tags: v.tags,
      nodes: v.nodes.map(n => ({impact: n.impact, target: n.target,
                                html: n.html.slice(0, 300),
                                summary: (n.failureSummary || '').slice(0, 400)}))}))};
}
"""

_JS_CHART_A11Y = """
() => {
  const root = window.__courseNb.content.node;
  const figs = Array.from(root.querySelectorAll('.course-chart'));
  const problems = [];
  figs.forEach((c, i) => {
    const fig = c.matches('figure') ? c : c.querySelector('figure');
    const label = (fig && fig.querySelector('figcaption')
                   ? fig.querySelector('figcaption').textContent : c.textContent).trim().slice(0, 60);
    if (!fig) { problems.push(`chart ${i + 1}: no <figure> inside .course-chart`); return; }
    const cap = fig.querySelector('figcaption');
    if (!cap || !cap.textContent.trim()) problems.push(`chart ${i + 1}: figure without a figcaption`);
    const imgs = Array.from(c.querySelectorAll('img'));
    if (!imgs.length && !c.querySelector('svg[aria-label]'))
      problems.push(`chart ${i + 1} (${label}): no <img> (or labelled <svg>)`);
    imgs.forEach(img => {
      if (!(img.getAttribute('alt') || '').trim())
        problems.push(`chart ${i + 1} (${label}): <img> with empty or missing alt`);
    });
  });
  return {charts: figs.length, problems};
}
"""


def run_axe(page, selector: str = AXE_CONTENT) -> dict:
    """Inject axe-core and run it on the notebook's rendered content (see AXE_CONTENT).
    Returns {"version", "elements", "violations": [{id, impact, help, helpUrl, tags, nodes}]}."""
    if not AXE_JS.exists():
        raise RuntimeError(
            f"{AXE_JS} missing: run `python tools/setup_env.py --browser` "
            "(or `npm ci --prefix tests/browser`)."
        )
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE_JS))
    return page.evaluate(_JS_AXE_RUN, selector)


def failing_axe(violations: list[dict]) -> list[str]:
    """One readable line per violation, whatever its impact (there is no allow-list): rule,
    impact, help, target html."""
    lines = []
    for v in violations:
        for n in v["nodes"][:5]:
            lines.append(
                f"axe {v['id']} ({v['impact']}): {v['help']} -- {' '.join(n['target'])}: {n['html'][:160]}"
            )
        if len(v["nodes"]) > 5:
            lines.append(f"axe {v['id']}: ... and {len(v['nodes']) - 5} more element(s)")
    return lines


def chart_a11y(page) -> dict:
    """Every .course-chart is a <figure> with a non-empty figcaption and <img alt>."""
    return page.evaluate(_JS_CHART_A11Y)


def save_axe(nb_path: Path, result: dict) -> Path:
    out = AXE_DIR / Path(nb_path).parent.name / f"{Path(nb_path).stem}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"notebook": notebook_id(nb_path), **result}, indent=2), encoding="utf-8")
    return out
