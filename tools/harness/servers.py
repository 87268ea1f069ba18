"""Processes the harness starts: a free port, waiting for a server to answer, ending it by pid.

Shared by the JupyterLab server (`harness.lab.LabServer`) and the JupyterHub (`harness.hub.Hub`):
both start in their own session, are polled until an HTTP probe answers (or the process dies,
or a deadline passes), and are ended with their whole process tree -- kernels and single-user
servers start sessions of their own, so a process-group kill alone does not reach them.
Standard library only; everything is found and ended by pid, never by name.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.error
from collections.abc import Callable
from pathlib import Path


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --------------------------------------------------------------------------- /proc


def proc_stat(pid: int) -> tuple[int, str] | None:
    """(ppid, starttime) of a live process, or None (gone or a zombie)."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = raw[raw.rindex(")") + 2 :].split()
    if fields[0] == "Z":
        return None
    return int(fields[1]), fields[19]


def cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def process_env(pid: int) -> dict[str, str]:
    """The environment a live process was started with."""
    try:
        raw = Path(f"/proc/{pid}/environ").read_bytes()
    except OSError:
        return {}
    return dict(kv.split("=", 1) for kv in raw.decode(errors="replace").split("\0") if "=" in kv)


def descendants(pid: int) -> dict[int, str]:
    """{pid: starttime} of every live descendant of `pid`."""
    children: dict[int, list[int]] = {}
    starts: dict[int, str] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            st = proc_stat(int(entry.name))
            if st:
                children.setdefault(st[0], []).append(int(entry.name))
                starts[int(entry.name)] = st[1]
    out, todo = {}, [pid]
    while todo:
        for c in children.get(todo.pop(), []):
            out[c] = starts[c]
            todo.append(c)
    return out


def read_vmhwm_kb(pid: int) -> int | None:
    """Peak resident set size (VmHWM) of a live process, in kB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


# --------------------------------------------------------------------------- start and stop


def wait_until_up(
    proc: subprocess.Popen,
    probe: Callable[[], object],
    *,
    name: str,
    timeout: float,
    log_tail: Callable[[], str] = lambda: "",
    interval: float = 0.1,
) -> float:
    """Call `probe()` until it returns without a connection error; return the seconds it took.
    Raises RuntimeError (with the server's log tail) if `proc` exits first or `timeout` passes;
    the caller stops what it started."""
    t0 = time.perf_counter()
    deadline = time.monotonic() + timeout
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"{name} exited with {proc.returncode}:\n{log_tail()}")
        try:
            probe()
            return time.perf_counter() - t0
        except (urllib.error.URLError, ConnectionError, OSError):
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"{name} did not answer in {timeout:.0f} s:\n{log_tail()}")
        time.sleep(interval)


def end_group(proc: subprocess.Popen, waits: tuple[float, float] = (10, 5)) -> None:
    """SIGTERM the process group `proc` leads, then SIGKILL it, waiting after each."""
    for sig, wait in zip((signal.SIGTERM, signal.SIGKILL), waits):
        if proc.poll() is not None:
            return
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


def kill_survivors(known: dict[int, str]) -> None:
    """SIGKILL each process of `known` ({pid: starttime}) that still runs -- the same process,
    not a new one that reused the pid."""
    for pid, start in known.items():
        st = proc_stat(pid)
        if st and st[1] == start:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
