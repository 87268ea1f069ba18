"""A real JupyterHub for the hub test (tests/hub) and `tools/benchmark.py --hub N`.

* `CourseRepo`   -- a bare git repository in a temp dir, cloned from the course worktree's HEAD
                    (what nbgitpuller pulls from); `push_change()` plays the lecturer.
* `Students`     -- real Unix users made with useradd/chpasswd (homes 700 under a temp dir),
                    removed again with userdel (and their processes ended by pid).
* `Hub`          -- jupyterhub from the course venv + configurable-http-proxy from
                    tests/hub/node_modules (`npm ci`), PAM login, LocalProcessSpawner (each
                    student's server runs as that student), sqlite db, everything on
                    127.0.0.1 and free ports.  `stop()` leaves nothing running.
* `login()`, `open_pull_link()` -- a Chromium page logs in through the hub's login page and
                    follows the course's nbgitpuller link.

Needs root (useradd, setuid spawner).  Standard library + playwright only; nothing here asserts
on seconds.
"""

from __future__ import annotations

import json
import os
import pwd
import secrets
import shutil
import signal
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from . import lab  # Chromium, request log, notebook helpers
from .servers import cmdline, descendants, free_port, kill_survivors, proc_stat, wait_until_up

ROOT = lab.ROOT
VENV = lab.VENV
CHP = ROOT / "tests" / "hub" / "node_modules" / ".bin" / "configurable-http-proxy"
REPO_NAME = "course"  # nbgitpuller clones into ~/<repo name>/
EXERCISE = "exercises/00_start_here.ipynb"
QUIZ_ID = "00_start_here"


def why_not_runnable() -> str | None:
    """A reason the hub cannot run here, or None."""
    if os.geteuid() != 0:
        return "the hub test makes Unix users (useradd) and spawns servers as them: run as root"
    for tool in ("useradd", "userdel", "chpasswd", "runuser", "git"):
        if not shutil.which(tool):
            return f"{tool} not found"
    if not CHP.exists():
        return f"{CHP} missing: `npm ci --prefix tests/hub` (tools/setup_env.py --browser does it)"
    if not (VENV / "bin" / "jupyterhub-singleuser").exists():
        return "jupyterhub is not installed in the course venv (environment.yml pins it)"
    return None


def _run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw)


# --------------------------------------------------------------------------- the course repo


class CourseRepo:
    """A bare repository (the lecturer's remote) made from the worktree's HEAD."""

    def __init__(self, base: Path, source: Path = ROOT):
        self.base = Path(base)
        self.bare = self.base / REPO_NAME  # nbgitpuller clones into ~/<last part of the URL>
        self.work = self.base / "lecturer"
        _run(["git", "clone", "-q", "--bare", "--no-hardlinks", str(source), str(self.bare)])
        _run(["git", "clone", "-q", str(self.bare), str(self.work)])
        self.branch = _run(["git", "-C", str(self.work), "rev-parse", "--abbrev-ref", "HEAD"]).stdout.strip()
        for p in (self.base, self.bare):
            p.chmod(0o755)
        _run(["chmod", "-R", "a+rX", str(self.bare)])

    @property
    def url(self) -> str:
        return f"file://{self.bare}"

    def push_change(self, files: dict[str, str], message: str) -> str:
        """The lecturer writes `files` (path -> text), commits and pushes. Returns the commit."""
        for rel, text in files.items():
            f = self.work / rel
            f.parent.mkdir(parents=True, exist_ok=True)
            f.write_text(text, encoding="utf-8")
        g = ["git", "-C", str(self.work), "-c", "user.name=Lecturer", "-c", "user.email=lecturer@localhost"]
        _run([*g, "add", *files])
        _run([*g, "commit", "-q", "-m", message])
        _run([*g, "push", "-q", "origin", self.branch])
        _run(["chmod", "-R", "a+rX", str(self.bare)])
        return _run([*g, "rev-parse", "HEAD"]).stdout.strip()

    def pull_link(self, base_url: str, path: str = EXERCISE) -> str:
        """nbgitpuller's standard link through the hub's user-redirect."""
        q = urllib.parse.urlencode(
            {"repo": self.url, "branch": self.branch, "urlpath": f"lab/tree/{REPO_NAME}/{path}"}
        )
        return f"{base_url}/hub/user-redirect/git-pull?{q}"


# --------------------------------------------------------------------------- Unix users


class Students:
    """`n` real Unix users `<prefix>1..n` with random passwords and 700 homes under `home_root`."""

    def __init__(self, n: int, home_root: Path, prefix: str | None = None):
        self.prefix = prefix or f"cs{secrets.token_hex(2)}s"
        self.home_root = Path(home_root)
        self.home_root.mkdir(parents=True, exist_ok=True)
        self.home_root.chmod(0o755)
        self.names = [f"{self.prefix}{i}" for i in range(1, n + 1)]
        self.passwords = {name: secrets.token_urlsafe(12) for name in self.names}
        self.made: list[str] = []

    def create(self) -> Students:
        for name in self.names:
            home = self.home(name)
            _run(
                [
                    "useradd",
                    "--create-home",
                    "--home-dir",
                    str(home),
                    "--shell",
                    "/bin/bash",
                    "--user-group",
                    "--no-log-init",
                    name,
                ]
            )
            self.made.append(name)
            _run(["chpasswd"], input=f"{name}:{self.passwords[name]}\n")
            home.chmod(0o700)
            settings = home / ".jupyter" / "lab" / "user-settings"
            lab.write_lab_settings(settings)
            _run(["chown", "-R", f"{name}:{name}", str(home / ".jupyter")])
        return self

    def trust(self, repo: Path) -> None:
        """Let each student's git read `repo` although root owns it (git refuses a repository
        owned by another user; a hub's admin puts the same line in /etc/gitconfig)."""
        for name in self.made:
            cfg = self.home(name) / ".gitconfig"
            cfg.write_text(f"[safe]\n\tdirectory = {repo}\n", encoding="utf-8")
            _run(["chown", f"{name}:{name}", str(cfg)])

    def home(self, name: str) -> Path:
        return self.home_root / name

    def uid(self, name: str) -> int:
        return pwd.getpwnam(name).pw_uid

    def run_as(self, name: str, cmd: list[str]) -> subprocess.CompletedProcess:
        """Run `cmd` as the student (runuser), in their home, without raising."""
        return subprocess.run(
            ["runuser", "-u", name, "--", *cmd], cwd=self.home(name), capture_output=True, text=True
        )

    def pids(self) -> list[int]:
        uids = set()
        for name in self.made:
            try:
                uids.add(self.uid(name))
            except KeyError:
                pass
        out = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    if entry.stat().st_uid in uids:
                        out.append(int(entry.name))
                except OSError:
                    pass
        return out

    def remove(self) -> None:
        """End the students' processes (by pid) and delete the users and their homes."""
        for sig in (signal.SIGTERM, signal.SIGKILL):
            pids = self.pids()
            for pid in pids:
                try:
                    os.kill(pid, sig)
                except ProcessLookupError:
                    pass
            deadline = time.monotonic() + 5
            while self.pids() and time.monotonic() < deadline:
                time.sleep(0.1)
        for name in list(self.made):
            subprocess.run(["userdel", "--remove", name], capture_output=True)
            shutil.rmtree(self.home(name), ignore_errors=True)
            self.made.remove(name)

    def __enter__(self) -> Students:
        try:
            return self.create()
        except BaseException:
            self.remove()
            raise

    def __exit__(self, *exc) -> None:
        self.remove()


# --------------------------------------------------------------------------- the hub

CONFIG = """\
import json
import pwd
cfg = json.loads({cfg!r})
c = get_config()  # noqa: F821
c.JupyterHub.bind_url = cfg["bind_url"]
c.JupyterHub.hub_bind_url = cfg["hub_bind_url"]
c.JupyterHub.db_url = "sqlite:///" + cfg["dir"] + "/jupyterhub.sqlite"
c.JupyterHub.cookie_secret_file = cfg["dir"] + "/jupyterhub_cookie_secret"
c.JupyterHub.pid_file = cfg["dir"] + "/jupyterhub.pid"
c.JupyterHub.cleanup_servers = True
c.JupyterHub.cleanup_proxy = True
c.JupyterHub.implicit_spawn_seconds = 0.5   # a link to a stopped server starts it
c.JupyterHub.authenticator_class = "pam"
c.PAMAuthenticator.open_sessions = False
c.Authenticator.allowed_users = set(cfg["users"])
c.ConfigurableHTTPProxy.command = [cfg["chp"]]
c.ConfigurableHTTPProxy.api_url = cfg["proxy_api_url"]
c.ConfigurableHTTPProxy.pid_file = cfg["dir"] + "/proxy.pid"
c.JupyterHub.spawner_class = "localprocess"
c.Spawner.cmd = [cfg["singleuser"]]
c.Spawner.default_url = "/lab"
c.Spawner.start_timeout = 180
c.Spawner.http_timeout = 180
c.Spawner.args = ["--LabApp.expose_app_in_browser=True", "--LabApp.news_url=None",
                  "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"]
# Until progress is found from the notebook's folder: keep it in the pulled course folder.
c.Spawner.environment = {{
    "COURSE_PROGRESS_DIR": lambda sp: pwd.getpwnam(sp.user.name).pw_dir + "/" + cfg["repo_name"] + "/progress",
    "PYTHONNOUSERSITE": "1",
}}
c.JupyterHub.services = [{{"name": "course-test", "api_token": cfg["token"]}}]
c.JupyterHub.load_roles = [{{"name": "course-test", "services": ["course-test"],
                             "scopes": ["admin:users", "admin:servers", "list:users"]}}]
"""


class Hub:
    """jupyterhub + configurable-http-proxy, on 127.0.0.1, state in `workdir`."""

    def __init__(self, workdir: Path, users: list[str], startup_timeout: float = 90.0):
        self.dir = Path(workdir)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.users = list(users)
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.token = secrets.token_hex(24)
        self.startup_timeout = startup_timeout
        self.log_path = self.dir / "jupyterhub.log"
        self.proc: subprocess.Popen | None = None
        self._log = None

    def start(self) -> Hub:
        cfg = {
            "bind_url": self.base_url,
            "hub_bind_url": f"http://127.0.0.1:{free_port()}",
            "proxy_api_url": f"http://127.0.0.1:{free_port()}",
            "dir": str(self.dir),
            "users": self.users,
            "chp": str(CHP),
            "token": self.token,
            "repo_name": REPO_NAME,
            "singleuser": str(VENV / "bin" / "jupyterhub-singleuser"),
        }
        conf = self.dir / "jupyterhub_config.py"
        conf.write_text(CONFIG.format(cfg=json.dumps(cfg)), encoding="utf-8")
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("JUPYTER", "IPYTHON", "XDG_", "CONFIGPROXY"))
            and k not in ("PYTHONSTARTUP", "PYTHONPATH", "MPLCONFIGDIR")
        }
        env.update(
            PATH=os.pathsep.join(
                [
                    str(VENV / "bin"),
                    str(CHP.parent),
                    "/usr/local/bin",
                    "/usr/bin",
                    "/bin",
                    "/usr/sbin",
                    "/sbin",
                ]
            ),
            VIRTUAL_ENV=str(VENV),
            LANG="C.UTF-8",
            JUPYTER_CONFIG_DIR=str(self.dir / "jupyter"),
        )
        self._log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(
            [str(VENV / "bin" / "jupyterhub"), "-f", str(conf)],
            cwd=self.dir,
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            wait_until_up(
                self.proc,
                lambda: self.api("GET", "/users", timeout=2),
                name="jupyterhub",
                timeout=self.startup_timeout,
                log_tail=self.log_tail,
                interval=0.2,
            )
        except RuntimeError:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """SIGTERM the hub (it stops the servers and the proxy), then make sure of it by pid."""
        if self.proc is None:
            return
        known = descendants(self.proc.pid)
        proxy_pid = self._pid_file("proxy.pid")
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)
        kill_survivors(known)
        if proxy_pid and proc_stat(proxy_pid) and "configurable-http-proxy" in cmdline(proxy_pid):
            os.kill(proxy_pid, signal.SIGKILL)
        self.proc = None
        self._log.close()

    def _pid_file(self, name: str) -> int | None:
        try:
            return int((self.dir / name).read_text().strip())
        except (OSError, ValueError):
            return None

    def __enter__(self) -> Hub:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def api(self, method: str, path: str, body=None, timeout: float = 10):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(
            f"{self.base_url}/hub/api{path}",
            data=data,
            method=method,
            headers={"Authorization": f"token {self.token}", "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(req, timeout=timeout) as r:
            raw = r.read()
        return json.loads(raw) if raw else {}

    def server_running(self, name: str) -> bool:
        return bool(self.api("GET", f"/users/{name}").get("servers", {}).get("", {}).get("ready"))

    def stop_server(self, name: str, timeout: float = 60.0) -> None:
        """Stop the student's single-user server (its kernels go with it) and wait."""
        try:
            self.api("DELETE", f"/users/{name}/server")
        except urllib.error.HTTPError as e:
            if e.code != 202:
                raise
        deadline = time.monotonic() + timeout
        while self.api("GET", f"/users/{name}").get("servers"):
            if time.monotonic() > deadline:
                raise TimeoutError(f"{name}'s server did not stop in {timeout:.0f} s")
            time.sleep(0.3)

    def server_pid(self, name: str) -> int | None:
        """pid of the student's jupyterhub-singleuser process (a child of the hub)."""
        if self.proc is None:
            return None
        uid = pwd.getpwnam(name).pw_uid
        for pid in descendants(self.proc.pid):
            try:
                if Path(f"/proc/{pid}").stat().st_uid == uid and "jupyterhub-singleuser" in cmdline(pid):
                    return pid
            except OSError:
                pass
        return None

    def log_tail(self, n: int = 60) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return ""


# --------------------------------------------------------------------------- the browser


def launch(playwright):
    """Debian's Chromium (never a downloaded browser); one context per student for own cookies."""
    if not Path(lab.CHROMIUM).exists():
        raise RuntimeError(f"{lab.CHROMIUM} not found: install Debian's chromium")
    return playwright.chromium.launch(executable_path=lab.CHROMIUM, headless=True, args=lab.CHROMIUM_ARGS)


def new_student_page(browser, width: int = 1280, height: int = 1000):
    """A fresh context (own cookies) and page whose every request is recorded."""
    ctx = browser.new_context(viewport={"width": width, "height": height})
    log = lab.RequestLog()
    log.attach_context(ctx)
    page = ctx.new_page()
    log.attach_page(page)
    return ctx, page, log


def login(page, hub: Hub, name: str, password: str, next_url: str = "", timeout: float = 60) -> None:
    """Log in through the hub's own login page (PAM checks the Unix password)."""
    q = "?" + urllib.parse.urlencode({"next": next_url}) if next_url else ""
    page.goto(f"{hub.base_url}/hub/login{q}", wait_until="domcontentloaded", timeout=timeout * 1000)
    page.fill("#username_input", name)
    page.fill("#password_input", password)
    page.click("#login_submit")


def notebook_path(path: str = EXERCISE) -> str:
    """The notebook's path relative to the student's home (the server root)."""
    return f"{REPO_NAME}/{path}"


def wait_notebook(page, path: str = EXERCISE, timeout: float = 240) -> None:
    """Wait until the hub spawned the server, nbgitpuller pulled and Lab opened `path` idle."""
    page.wait_for_url("**/lab/tree/**", timeout=timeout * 1000)
    lab.wait_notebook_ready(page, notebook_path(path), timeout)
    page.evaluate(
        "() => { const s = window.jupyterapp.shell;"
        " if (s.collapseLeft) s.collapseLeft(); if (s.collapseRight) s.collapseRight(); }"
    )


def save_notebook(page) -> None:
    page.evaluate("() => window.jupyterapp.commands.execute('docmanager:save')")
    page.wait_for_function("() => !window.__courseNb.context.model.dirty", timeout=30000)
