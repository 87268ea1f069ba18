"""Run one submission's grading copy in a bubblewrap sandbox, with limits, and kill it all after.

What the sandbox sees (bubblewrap, Debian's ``bubblewrap`` package, not a home-made jail):

* read-only: the system (``/usr``, fonts), the Python installation and its environment, and
  the course package and data, mounted at ``/opt/course`` — never the course checkout, so no
  ``instructor/``, no masters, no keys, no other submission, no gradebook, no cache;
* read-write: one work folder with the grading copy and a copy of that student's own files;
  a private ``/tmp``;
* no network (own network namespace, loopback only), own PID namespace (it sees only its own
  processes), own IPC and UTS namespaces, a new session (no terminal to inject into);
* limits: memory and number of processes through a cgroup (v1 or v2) when the grader may make
  one (as root on Linux), else through rlimits; CPU seconds and file size through rlimits;
* on exit of the worker, or when the grader stops it, the PID namespace ends and the kernel
  kills every process left in it (``--die-with-parent``, ``--unshare-pid``); the cgroup is
  emptied and removed as well.

``available()`` says whether it can run here; the grader refuses to grade without it unless
told ``--unsafe-no-sandbox`` (every row it grades is then marked).
"""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

INSIDE_COURSE = "/opt/course"  # where the package and data appear inside the sandbox
INSIDE_WORK = "/grading"


@dataclass
class Limits:
    memory_mb: int = 1536
    processes: int = 256  # threads count too (a kernel and vl-convert use ~40)
    cpu_seconds: int = 900
    file_mb: int = 256

    def describe(self) -> str:
        return (
            f"memory {self.memory_mb} MB, {self.processes} processes, "
            f"{self.cpu_seconds} s CPU, files up to {self.file_mb} MB"
        )


@dataclass
class Outcome:
    returncode: int | None  # None: stopped by the grader (wall limit)
    stopped: bool = False
    seconds: float = 0.0
    stderr_tail: str = ""
    limits_applied: list[str] = field(default_factory=list)
    oom: bool = False


def bwrap_path() -> str | None:
    return shutil.which("bwrap")


def available() -> tuple[bool, str]:
    """(True, "") if a sandbox can be started here, else (False, why)."""
    if not sys.platform.startswith("linux"):
        return False, f"bubblewrap needs Linux (this is {sys.platform})"
    path = bwrap_path()
    if not path:
        return False, (
            "bubblewrap is not installed (Debian/Ubuntu: apt-get install bubblewrap; "
            "`make test` installs it when run as root)"
        )
    try:
        probe = subprocess.run(
            [
                path,
                "--ro-bind",
                "/",
                "/",
                "--unshare-all",
                "--die-with-parent",
                "--proc",
                "/proc",
                "--dev",
                "/dev",
                "true",
            ],
            capture_output=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return False, f"bubblewrap could not start ({type(exc).__name__})"
    if probe.returncode != 0:
        why = probe.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
        return False, f"bubblewrap cannot make namespaces here ({why[0][:160]}): are user namespaces enabled?"
    return True, ""


def python() -> str:
    """This environment's interpreter by a path the sandbox mounts (a symlinked venv folder is
    mounted at its real place, so the symlink's own path would not exist inside)."""
    candidate = Path(sys.prefix).resolve() / "bin" / Path(sys.executable).name
    return str(candidate) if candidate.exists() else sys.executable


def _package_dir() -> Path:
    return Path(__file__).resolve().parents[1]


def _data_dir() -> Path:
    try:
        from .. import paths  # the course folder, wherever it is installed

        return Path(paths.data_dir())
    except Exception:  # noqa: BLE001 - older layout: data beside the package
        return _package_dir().parent / "data"


def _python_roots() -> list[Path]:
    """The folders the interpreter and its packages live in (resolved, deduplicated)."""
    roots = {
        Path(sys.prefix).resolve(),
        Path(sys.base_prefix).resolve(),
        Path(os.path.realpath(sys.executable)).parent.parent,
    }
    for p in sys.path:
        if p and "site-packages" in p and Path(p).is_dir():
            roots.add(Path(p).resolve())
    # drop roots inside other roots
    return sorted(r for r in roots if not any(o != r and o in r.parents for o in roots))


def command(work: Path, argv: list[str], env: dict[str, str]) -> list[str]:
    """The bubblewrap command line that runs ``argv`` inside the sandbox."""
    cmd = [
        bwrap_path() or "bwrap",
        "--unshare-all",
        "--die-with-parent",
        "--new-session",
        "--clearenv",
        "--hostname",
        "grader",
        "--ro-bind",
        "/usr",
        "/usr",
        "--proc",
        "/proc",
        "--dev",
        "/dev",
        "--tmpfs",
        "/tmp",
    ]
    for name in ("bin", "sbin", "lib", "lib64", "lib32"):
        p = Path("/") / name
        if p.is_symlink():
            cmd += ["--symlink", os.readlink(p), str(p)]
        elif p.is_dir():
            cmd += ["--ro-bind", str(p), str(p)]
    for etc in ("/etc/fonts", "/etc/ld.so.cache", "/etc/localtime", "/etc/ssl/certs", "/etc/alternatives"):
        cmd += ["--ro-bind-try", etc, etc]
    for root in _python_roots():
        cmd += ["--ro-bind", str(root), str(root)]
    cmd += [
        "--ro-bind",
        str(_package_dir()),
        f"{INSIDE_COURSE}/course",
        "--ro-bind",
        str(_data_dir()),
        f"{INSIDE_COURSE}/data",
        "--bind",
        str(work),
        INSIDE_WORK,
        "--chdir",
        INSIDE_WORK,
    ]
    base = {
        "PATH": f"{Path(python()).parent}:/usr/bin:/bin",
        "HOME": INSIDE_WORK,
        "LANG": "C.UTF-8",
        "PYTHONPATH": INSIDE_COURSE,
        "COURSE_DIR": INSIDE_COURSE,
        "PYTHONDONTWRITEBYTECODE": "1",
        "JUPYTER_RUNTIME_DIR": "/tmp/jupyter-runtime",
        "IPYTHONDIR": "/tmp/ipython",
        "MPLCONFIGDIR": "/tmp/mpl",
        "PYTHONUNBUFFERED": "1",
    }
    for k, v in {**base, **env}.items():
        cmd += ["--setenv", k, v]
    return [*cmd, "--", *argv]


# --------------------------------------------------------------------------- limits
class _Cgroup:
    """A memory + pids cgroup for one sandbox (v2 if delegated, else v1), when we may make one."""

    def __init__(self, limits: Limits):
        self.dirs: list[Path] = []
        self.applied: list[str] = []
        name = f"course-grader-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        v2 = Path("/sys/fs/cgroup/cgroup.controllers")
        try:
            if v2.exists() and "memory" in v2.read_text() and os.access("/sys/fs/cgroup", os.W_OK):
                d = Path("/sys/fs/cgroup") / name
                d.mkdir()
                self.dirs.append(d)
                (d / "memory.max").write_text(str(limits.memory_mb * 2**20))
                (d / "memory.swap.max").write_text("0") if (d / "memory.swap.max").exists() else None
                (d / "pids.max").write_text(str(limits.processes))
                self.applied += ["memory (cgroup v2)", "processes (cgroup v2)"]
                return
            for ctl, files in (
                ("memory", {"memory.limit_in_bytes": limits.memory_mb * 2**20}),
                ("pids", {"pids.max": limits.processes}),
            ):
                base = Path("/sys/fs/cgroup") / ctl
                if base.is_dir() and os.access(base, os.W_OK):
                    d = base / name
                    d.mkdir()
                    self.dirs.append(d)
                    for f, v in files.items():
                        (d / f).write_text(str(v))
                    sw = d / "memory.memsw.limit_in_bytes"
                    if ctl == "memory" and sw.exists():
                        try:
                            sw.write_text(str(limits.memory_mb * 2**20))
                        except OSError:
                            pass
                    self.applied.append(f"{'memory' if ctl == 'memory' else 'processes'} (cgroup v1)")
        except OSError:
            self.close()
            self.applied = []

    def oom_killed(self) -> bool:
        for d in self.dirs:
            for f in ("memory.events", "memory.oom_control"):
                p = d / f
                try:
                    text = p.read_text()
                except OSError:
                    continue
                for line in text.splitlines():
                    k, _, v = line.partition(" ")
                    if k == "oom_kill" and v.strip() not in ("", "0"):
                        return True
            fc = d / "memory.failcnt"
            if fc.exists() and fc.read_text().strip() not in ("", "0"):
                return True
        return False

    def kill_all(self) -> None:
        for _ in range(20):
            pids = []
            for d in self.dirs:
                try:
                    pids += [int(x) for x in (d / "cgroup.procs").read_text().split()]
                except OSError:
                    pass
            if not pids:
                return
            for pid in pids:
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            time.sleep(0.05)

    def close(self) -> None:
        self.kill_all()
        for d in self.dirs:
            for _ in range(50):
                try:
                    d.rmdir()
                    break
                except OSError:
                    time.sleep(0.05)
        self.dirs = []


def _limit_args(limits: Limits, cgroup_memory: bool, cgroup_pids: bool) -> tuple[list[str], list[str]]:
    """(prlimit arguments, what they limit) for what the cgroup does not cover."""
    args = [
        f"--cpu={limits.cpu_seconds}:{limits.cpu_seconds + 5}",
        f"--fsize={limits.file_mb * 2**20}",
        "--core=0",
    ]
    applied = ["CPU seconds (rlimit)", "file size (rlimit)"]
    if not cgroup_memory:
        args.append(f"--data={limits.memory_mb * 2**20}")
        applied.append("memory (rlimit DATA)")
    if not cgroup_pids and os.geteuid() != 0:
        args.append(f"--nproc={limits.processes}")
        applied.append("processes (rlimit, counts all of this user's processes)")
    return args, applied


def run(
    work: Path, argv: list[str], env: dict[str, str], wall: float, limits: Limits | None = None
) -> Outcome:
    """Run ``argv`` in a sandbox over ``work``; stop everything after ``wall`` seconds.

    No ``preexec_fn`` (unsafe when the grader runs jobs in threads): a tiny shell moves itself
    into the cgroup and ``exec``s util-linux's ``prlimit``, which ``exec``s bubblewrap."""
    limits = limits or Limits()
    cg = _Cgroup(limits)
    has_mem = any(a.startswith("memory") for a in cg.applied)
    has_pids = any(a.startswith("processes") for a in cg.applied)
    limit_args, applied = _limit_args(limits, has_mem, has_pids)
    applied = cg.applied + applied
    enter = [f"echo $$ > {shlex.quote(str(d / 'cgroup.procs'))}" for d in cg.dirs]
    prlimit = shutil.which("prlimit")
    if prlimit is None:
        return Outcome(
            1, stderr_tail="util-linux's prlimit is missing: cannot set the limits", limits_applied=[]
        )
    wrapper = [
        "/bin/sh",
        "-c",
        " && ".join([*enter, 'exec "$@"']),
        "sandbox",
        prlimit,
        *limit_args,
        "--",
        *command(work, argv, env),
    ]
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        wrapper,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    stopped, err = _wait(proc, wall)
    oom = cg.oom_killed()
    cg.close()
    tail = _tail(err)
    return Outcome(
        None if stopped else proc.returncode,
        stopped,
        time.perf_counter() - t0,
        " / ".join(t[:200] for t in tail),
        applied,
        oom,
    )


def _killpg(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _wait(proc: subprocess.Popen, wall: float) -> tuple[bool, bytes]:
    """(stopped by the grader?, stderr): wait up to ``wall`` seconds, then kill the group."""
    try:
        return False, proc.communicate(timeout=wall)[1]
    except subprocess.TimeoutExpired:
        _killpg(proc.pid)
        return True, proc.communicate()[1]


def _tail(err: bytes | None) -> list[str]:
    """The last lines of the worker's stderr that say something (the kernel's TCP warning does not)."""
    lines = err.decode("utf-8", "replace").strip().splitlines() if err else []
    return [ln for ln in lines if "WARNING |" not in ln and "plain text and is susceptible" not in ln][-3:]


def run_unsandboxed(work: Path, argv: list[str], env: dict[str, str], wall: float) -> Outcome:
    """The explicit unsafe mode: same worker, no isolation (every row is marked)."""
    t0 = time.perf_counter()
    full_env = {
        **os.environ,
        "HOME": str(work),
        "PYTHONUNBUFFERED": "1",
        "COURSE_DIR": str(_package_dir().parent),
        **env,
    }

    def outside(v: str) -> str:  # /grading/x -> <work>/x
        return str(work) + v[len(INSIDE_WORK) :] if v == INSIDE_WORK or v.startswith(INSIDE_WORK + "/") else v

    full_env = {k: outside(v) for k, v in full_env.items()}
    proc = subprocess.Popen(
        [outside(a) for a in argv],
        cwd=str(work),
        env=full_env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    stopped, err = _wait(proc, wall)
    _killpg(proc.pid)  # whatever it left behind in its group
    tail = _tail(err)
    return Outcome(
        None if stopped else proc.returncode,
        stopped,
        time.perf_counter() - t0,
        " / ".join(t[:200] for t in tail),
        ["none (unsafe mode)"],
    )
