"""A real JupyterHub for the checking-service tests (and tools/service_bench.py): DummyAuthenticator, configurable-http-proxy
from tests/hub/node_modules (npm ci), the service started by the hub as configured by
``course.service.hub.configure`` (what a lecturer's jupyterhub_config.py calls). Users and
tokens are made through the hub's REST API; every request goes through the hub's proxy."""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PROXY = HERE.parent / "hub" / "node_modules" / ".bin" / "configurable-http-proxy"  # one proxy install
MASTER = ROOT / "instructor" / "masters" / "exercises" / "00_start_here.py"
QUIZ = "00_start_here"
POLICY = {"max_attempts": 3, "penalty": 0.25}

CONFIG = """
import sys
sys.path.insert(0, {root!r})
from course.service.hub import configure

c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = {port}
c.JupyterHub.hub_port = {hub_port}
c.JupyterHub.authenticator_class = "dummy"
c.DummyAuthenticator.password = {password!r}
c.Authenticator.allow_all = True
c.JupyterHub.db_url = "sqlite:///{work}/jupyterhub.sqlite"
c.JupyterHub.cookie_secret_file = "{work}/cookie_secret"
c.ConfigurableHTTPProxy.command = [{proxy!r}]
c.ConfigurableHTTPProxy.pid_file = "{work}/proxy.pid"
# its own API port: the default (8001) is taken while another hub runs on the machine
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{api_port}"
c.JupyterHub.cleanup_proxy = True
c.JupyterHub.services = [{{"name": "test-admin", "api_token": {admin_token!r}}}]
c.JupyterHub.load_roles = [{{"name": "test-admin", "services": ["test-admin"],
                             "scopes": ["admin:users", "tokens", "list:users", "read:users"]}}]
configure(c, instructors=["lecturer"], port={service_port}, data_dir="{work}/checker",
          masters="{work}/masters", term="test-term",
          checker_url="http://127.0.0.1:{port}/services/course-checker/",
          extra_env={{"PYTHONPATH": {root!r}}})
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def graded_master(directory: Path, policy: dict = POLICY) -> Path:
    """A copy of module 00's master in graded mode with ``policy`` (the masters stay as they are)."""
    directory.mkdir(parents=True, exist_ok=True)
    text = MASTER.read_text(encoding="utf-8")
    call = 'ex = Exercise("00_start_here", title="Module 00 — Start here")'
    assert call in text
    text = text.replace(call, call[:-1] + f', mode="graded", policy={policy!r})')
    target = directory / MASTER.name
    target.write_text(text, encoding="utf-8")
    return target


class Hub:
    def __init__(self, work: Path):
        if not PROXY.exists():
            raise RuntimeError(
                f"{PROXY} missing: run `npm ci --prefix tests/hub` (tools/setup_env.py does it)"
            )
        self.work = work
        self.port, self.hub_port, self.service_port = free_port(), free_port(), free_port()
        self.admin_token = secrets.token_hex(16)
        self.password = secrets.token_hex(8)
        self.url = f"http://127.0.0.1:{self.port}"
        self.service = f"{self.url}/services/course-checker/"
        graded_master(work / "masters")
        (work / "jupyterhub_config.py").write_text(
            CONFIG.format(
                root=str(ROOT),
                port=self.port,
                hub_port=self.hub_port,
                password=self.password,
                work=work,
                proxy=str(PROXY),
                admin_token=self.admin_token,
                service_port=self.service_port,
                api_port=free_port(),
            )
        )
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("JUPYTERHUB_")}
        env["PYTHONPATH"] = str(ROOT)
        with open(self.work / "hub.log", "ab") as log:  # the child keeps its own copy
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "jupyterhub", "-f", str(self.work / "jupyterhub_config.py")],
                cwd=self.work,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                start_new_session=True,
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self.stop()  # its proxy may have outlived it
                raise RuntimeError("the hub exited:\n" + self.log()[-3000:])
            try:
                r = requests.get(self.service + "api/info", timeout=2)
                if r.status_code == 403:  # the service answers (and wants a token)
                    return
            except requests.RequestException:
                pass
            time.sleep(0.3)
        self.stop()  # a hub that did not come up leaves no proxy behind either
        raise RuntimeError("the hub or its service did not come up:\n" + self.log()[-3000:])

    def stop(self) -> None:
        """Stop the hub and its process group, then the proxy by its pid file: a hub that died
        (e.g. its proxy's API port was taken) no longer stops the proxy it started."""
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)
        self.proc = None
        pid_file = self.work / "proxy.pid"
        try:
            pid = int(pid_file.read_text().strip())
            if "configurable-http-proxy" in Path(f"/proc/{pid}/cmdline").read_bytes().decode(
                errors="replace"
            ):
                os.kill(pid, signal.SIGKILL)
        except (OSError, ValueError):
            pass  # no pid file, or the proxy is gone already

    def log(self) -> str:
        return (self.work / "hub.log").read_text(errors="replace")

    def service_pid(self) -> int:
        """The pid of the hub-managed checking service (a child process of the hub)."""
        for proc in Path("/proc").iterdir():
            if not proc.name.isdigit():
                continue
            try:
                cmd = (proc / "cmdline").read_bytes().split(b"\0")
                stat = (proc / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if b"course.service" in cmd and int(stat[1]) == self.proc.pid:
                return int(proc.name)
        raise LookupError("no checking-service process under the hub")

    # ---- the hub's REST API
    def api(self, method: str, path: str, **kw) -> requests.Response:
        return requests.request(
            method,
            f"{self.url}/hub/api{path}",
            timeout=10,
            headers={"Authorization": f"token {self.admin_token}"},
            **kw,
        )

    def user_token(self, name: str, instructor: bool = False) -> str:
        """A token for ``name`` with the scopes a student's server token gets (an
        instructor's also carries the instructor scope)."""
        r = self.api("POST", "/users", json={"usernames": [name]})
        assert r.status_code in (201, 409), r.text
        r = self.api(
            "POST",
            f"/users/{name}/tokens",
            json={
                "note": "test kernel",
                "scopes": [
                    "users:activity!user",
                    "access:services!service=course-checker",
                    *(["custom:course-checker:instructor"] if instructor else []),
                ],
            },
        )
        assert r.status_code == 201, r.text
        return r.json()["token"]


class Student:
    """A hub user answering through the hub's proxy with a token the hub issued."""

    def __init__(self, hub: Hub, name: str, instructor: bool = False):
        self.hub, self.name = hub, name
        self.token = hub.user_token(name, instructor)
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"token {self.token}"

    def check(self, qid: str, answer, quiz: str = QUIZ, **extra) -> requests.Response:
        return self.http.post(
            self.hub.service + "api/check",
            timeout=30,
            json={"quiz": quiz, "question": qid, "answer": answer, **extra},
        )

    def get(self, path: str) -> requests.Response:
        return self.http.get(self.hub.service + path, timeout=30)
