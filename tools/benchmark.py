"""Benchmark the course notebooks: how long, how much memory, how big -- against a floor.

    .venv/bin/python tools/benchmark.py                      # notebooks/, exercises/, instructor/solutions/
    .venv/bin/python tools/benchmark.py --browser            # + widget latency in headless Chromium
    .venv/bin/python tools/benchmark.py --students 8         # + 8 copies of the heaviest notebook at once
    .venv/bin/python tools/benchmark.py --hub 10             # + 10 students on a real JupyterHub (root)
    .venv/bin/python tools/benchmark.py --json artifacts/benchmark.json
    .venv/bin/python tools/benchmark.py /tmp/x.ipynb         # just these notebooks
    .venv/bin/python tools/benchmark.py --checks 500         # only: time of one check (with the lock)

Per notebook: execution time from a clean kernel (nbclient, timeout=600, on a temp copy, with
COURSE_PROGRESS_DIR in a temp dir), the kernel's peak memory (VmHWM from /proc/<pid>/status read
just before shutdown), and the size in git (`git cat-file -s HEAD:<path>`, else the file size).
The floor is a generated notebook that only imports pandas, altair and ipywidgets (median of 3
runs); a bare kernel (one cell `1`) and the same imports made after `import course` (whose
start-up fix skips ~1 s of jsonschema's rfc3987_syntax, see course/__init__.py) are shown
too. Targets are printed beside the figures and never asserted: this is a report, not a test.
Jupyter/IPython/HOME dirs are redirected to a temp dir (tools/harness/lab.py), so a user's
config, kernels or startup files do not distort the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness import lab  # tools/harness: server/browser helpers shared with the browser test

ROOT = Path(__file__).resolve().parents[1]

MB = 1024  # kB per MB (VmHWM is in kB); sizes are MiB/KiB
MACHINE_GIB = 24
TARGETS = {"exec_ratio": 1.5, "latency_ms": 100.0, "peak_mb": 300.0, "git_kb": 300.0}
FLOOR_IMPORTS = "floor: import pandas, altair, ipywidgets"
FLOOR_BARE = "floor: bare kernel (`1`)"
FLOOR_COURSE = "floor: import course, then pandas, altair, ipywidgets"
FLOOR_RUNS = 3  # floors are cheap and every ratio divides by one: take the median of 3


# --------------------------------------------------------------------------- notebooks


def course_notebooks() -> list[Path]:
    nbs = sorted(ROOT.glob("notebooks/*.ipynb")) + sorted(ROOT.glob("exercises/*.ipynb"))
    sol = ROOT / "instructor" / "solutions"
    if sol.is_dir():
        nbs += sorted(p for p in sol.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)
    return nbs


def label(p: Path) -> str:
    try:
        return p.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(p)


def git_size_kb(p: Path) -> tuple[float, str]:
    rel = label(p)
    if not Path(rel).is_absolute():
        r = subprocess.run(
            ["git", "-C", str(ROOT), "cat-file", "-s", f"HEAD:{rel}"], capture_output=True, text=True
        )
        if r.returncode == 0:
            return int(r.stdout.strip()) / 1024, "git"
    return p.stat().st_size / 1024, "file"


def make_floor_notebooks(tmp: Path) -> dict[str, Path]:
    import nbformat

    out = {}
    files = {FLOOR_IMPORTS: "floor_imports", FLOOR_BARE: "floor_bare", FLOOR_COURSE: "floor_course"}
    for name, src in (
        (FLOOR_IMPORTS, "import pandas\nimport altair\nimport ipywidgets"),
        (FLOOR_BARE, "1"),
        (FLOOR_COURSE, "import course\nimport pandas\nimport altair\nimport ipywidgets"),
    ):
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(src)])
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        f = tmp / f"{files[name]}.ipynb"
        nbformat.write(nb, f)
        out[name] = f
    return out


def temp_copy(nb: Path, tmp: Path) -> Path:
    """Copy `nb` into a temp mirror of the repo, so relative paths (../data/...) still resolve
    (siblings are symlinked) while anything written to the working directory lands in `tmp`."""
    nb = nb.resolve()
    try:
        rel = nb.relative_to(ROOT)
        base = ROOT
    except ValueError:
        rel, base = Path(nb.name), nb.parent
    src_dir, dst_dir = base, tmp
    for part in rel.parts[:-1] + (None,):
        dst_dir.mkdir(parents=True, exist_ok=True)
        for entry in src_dir.iterdir():
            if entry.name in (part, rel.name, ".git", ".venv", "artifacts", ".ipynb_checkpoints"):
                continue
            link = dst_dir / entry.name
            if not link.exists():
                link.symlink_to(entry)
        if part is None:
            break
        src_dir, dst_dir = src_dir / part, dst_dir / part
    shutil.copy2(nb, dst_dir / rel.name)
    return dst_dir / rel.name


# --------------------------------------------------------------------------- execution

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def cpu_seconds(pid: int | None) -> float | None:
    """utime + stime of a live process (it is less disturbed by other load than wall time)."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except (OSError, TypeError):
        return None
    f = raw[raw.rindex(")") + 2 :].split()
    return (int(f[11]) + int(f[12])) / os.sysconf("SC_CLK_TCK")


def _peak_kb(pid: int | None) -> tuple[int | None, int]:
    """VmHWM of the kernel plus any processes it started (kB), and how many of those there were."""
    if pid is None:
        return None, 0
    total = lab.read_vmhwm_kb(pid)
    kids = lab.descendants(pid)
    for k in kids:
        total = (total or 0) + (lab.read_vmhwm_kb(k) or 0)
    return total, len(kids)


async def execute(nb_path: Path, tmp: Path, timeout: int = 600) -> dict:
    """Run a temp copy of `nb_path` in a fresh kernel. Returns seconds, peak kB, error."""
    import nbformat
    from jupyter_core.utils import ensure_async
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    work = Path(tempfile.mkdtemp(prefix="run-", dir=tmp))
    copy = temp_copy(nb_path, work / "repo")
    progress = work / "course_progress"
    progress.mkdir()
    env = dict(os.environ, COURSE_PROGRESS_DIR=str(progress))
    nb = nbformat.read(copy, as_version=4)
    kernel = (nb.metadata.get("kernelspec") or {}).get("name") or "python3"
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name=kernel,
        record_timing=False,
        resources={"metadata": {"path": str(copy.parent)}},
    )
    res: dict = {"error": None}
    client.reset_execution_trackers()
    t0 = time.perf_counter()
    kernel_log = open(work / "kernel.log", "wb")  # the kernel's own stderr (TCP warning etc.)
    async with client.async_setup_kernel(env=env, stdout=kernel_log, stderr=kernel_log):
        try:
            msg_id = await ensure_async(client.kc.kernel_info())
            await client.async_wait_for_reply(msg_id)
            t_ready = time.perf_counter()
            res["kernel_start_s"] = t_ready - t0
            for index, cell in enumerate(client.nb.cells):
                await client.async_execute_cell(cell, index, execution_count=client.code_cells_executed + 1)
        except CellExecutionError as e:
            res["error"] = ANSI.sub("", str(e).strip().splitlines()[-1])[:200]
        except Exception as e:  # noqa: BLE001 - timeouts, dead kernels ...: recorded per notebook
            res["error"] = f"{type(e).__name__}: {e}"[:200]
        res["exec_s"] = time.perf_counter() - t0
        res["cells_s"] = time.perf_counter() - t_ready if "kernel_start_s" in res else None
        prov = client.km.provisioner
        pid = getattr(getattr(prov, "process", None), "pid", None) or getattr(prov, "pid", None)
        res["peak_kb"], res["kernel_children"] = _peak_kb(pid)  # just before shutdown
        res["cpu_s"] = cpu_seconds(pid)
    kernel_log.close()
    if res["error"]:
        res["kernel_log_tail"] = (work / "kernel.log").read_text(errors="replace")[-1500:]
    shutil.rmtree(work, ignore_errors=True)
    return res


def run(nb_path: Path, tmp: Path) -> dict:
    return asyncio.run(execute(nb_path, tmp))


# --------------------------------------------------------------------------- browser


def browser_figures(nbs: list[Path], repeats: int) -> dict[str, dict]:
    from playwright.sync_api import sync_playwright

    out: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="bench-browser-") as tmp, sync_playwright() as p:
        server = lab.LabServer(root_dir=lab.server_root_for(nbs), workdir=Path(tmp) / "lab").start()
        ctx = lab.launch_browser(p, Path(tmp) / "chromium")
        try:
            for nb in nbs:
                page = ctx.new_page()
                log = lab.RequestLog()
                log.attach_page(page)
                fig: dict = {"server_start_s": server.startup_seconds}
                try:
                    fig.update(lab.open_notebook(page, server, nb))
                    fig.update(lab.run_all(page))
                    out_ = lab.check_outputs(page)
                    fig["sliders"], fig["radio_questions"] = out_["sliders"], out_["radioQuestions"]
                    if out_["sliders"]:
                        fig["slider_ms"] = slider_latencies(page, repeats)
                    if out_["radioQuestions"]:
                        fig["answer_ms"] = answer_latencies(page, repeats)
                except Exception as e:  # noqa: BLE001 - recorded, the next notebook still runs
                    fig["error"] = f"{type(e).__name__}: {e}"[:2000]
                fig["foreign_requests"] = log.foreign()
                out[label(nb)] = fig
                page.close()
                server.shutdown_all_sessions()
                print(f"  browser: {label(nb)} done", file=sys.stderr, flush=True)
        finally:
            ctx.close()
            server.stop()
    return out


def _wait_idle(page, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        st = page.evaluate(
            "() => { const k = window.__courseNb.sessionContext.session.kernel; return k ? k.status : null; }"
        )
        if st == "idle":
            return
        time.sleep(0.05)


def slider_latencies(page, n: int) -> list[float | None]:
    """n single key presses on the first slider; ms from keydown to the chart after it changing."""
    samples = []
    for _ in range(n):
        r = lab.move_slider(page, 0, presses=1, timeout=5.0)
        samples.append(r["latency_ms"])
        _wait_idle(page)
        time.sleep(0.1)
    return samples


def answer_latencies(page, n: int) -> list[float | None]:
    """n Check clicks on the first radio question, alternating between two options whose
    feedback differs (the same answer twice would not change the feedback at all)."""
    samples, texts = [], {}
    k = None
    for opt in range(4):
        r = lab.answer_question(page, 0, option=opt, timeout=5.0, dispatch=True)
        k = r.get("options", 0)
        if r["changed"]:
            samples.append(r["latency_ms"])
        texts[opt] = r.get("after")
        _wait_idle(page)
        if opt + 1 >= (k or 0) or len(set(texts.values())) > 1:
            break
    pair = next(((a, b) for a in texts for b in texts if a < b and texts[a] != texts[b]), None)
    if pair is None:
        return samples
    current = texts[max(texts)]
    while len(samples) < n:
        opt = pair[0] if texts[pair[0]] != current else pair[1]
        r = lab.answer_question(page, 0, option=opt, timeout=5.0, dispatch=True)
        samples.append(r["latency_ms"] if r["changed"] else None)
        current = r.get("after")
        _wait_idle(page)
        time.sleep(0.1)
    return samples[:n]


# --------------------------------------------------------------------------- hub

HUB_NOTEBOOK = "notebooks/00_start_here.ipynb"  # module 00's lesson: its first chart is the map


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def hub_figures(n: int) -> dict:
    """N students on a real JupyterHub (tools/harness/hub.py): all log in at once through the
    login page with their nbgitpuller link to module 00's lesson, and run it. Per student:
    seconds from pressing *Sign in* to the first chart drawn, and the RSS of their single-user
    server + its kernel while all N are running."""
    from harness import hub as harness
    from playwright.sync_api import sync_playwright

    reason = harness.why_not_runnable()
    if reason:
        return {"error": reason}
    out: dict = {"n": n, "notebook": HUB_NOTEBOOK}
    with tempfile.TemporaryDirectory(prefix="bench-hub-") as tmp_s:
        tmp = Path(tmp_s)
        tmp.chmod(0o755)
        repo = harness.CourseRepo(tmp / "repo")
        with (
            harness.Students(n, tmp / "home") as st,
            harness.Hub(tmp / "hub", st.names) as hub,
            sync_playwright() as p,
        ):
            st.trust(repo.bare)
            browser = harness.launch(p)
            try:
                pages = {name: harness.new_student_page(browser, 1280, 900) for name in st.names}
                link = repo.pull_link(hub.base_url, HUB_NOTEBOOK)
                t_login = {}
                for name in st.names:  # everyone signs in at once
                    harness.login(pages[name][1], hub, name, st.passwords[name], link)
                    t_login[name] = time.perf_counter()
                for name in st.names:  # servers spawn in parallel meanwhile
                    page = pages[name][1]
                    harness.wait_notebook(page, HUB_NOTEBOOK, timeout=900)
                    page.evaluate(lab._JS_START_RUN_ALL)
                first: dict[str, float] = {}
                deadline = time.monotonic() + 900
                while len(first) < n and time.monotonic() < deadline:
                    for name in st.names:
                        if (
                            name not in first
                            and pages[name][1].evaluate("() => window.__courseCharts.count") > 0
                        ):
                            first[name] = time.perf_counter() - t_login[name]
                    time.sleep(0.2)
                for name in st.names:  # let every run-all finish
                    page = pages[name][1]
                    page.wait_for_function("() => window.__courseRun.done !== null", timeout=900_000)
                time.sleep(2)
                per = {}
                for name in st.names:
                    pid = hub.server_pid(name)
                    kids = lab.descendants(pid) if pid else {}
                    per[name] = {
                        "server_kb": _rss_kb(pid) if pid else 0,
                        "kernel_kb": sum(_rss_kb(k) for k in kids),
                        "login_to_first_chart_s": first.get(name),
                    }
                hub_kb = _rss_kb(hub.proc.pid)
                proxy = hub._pid_file("proxy.pid")
                proxy_kb = _rss_kb(proxy) if proxy else 0
                out["foreign_requests"] = sorted({u for _, _, log in pages.values() for u in log.foreign()})
            finally:
                browser.close()
    mb = [(v["server_kb"] + v["kernel_kb"]) / MB for v in per.values()]
    waits = [v["login_to_first_chart_s"] for v in per.values() if v["login_to_first_chart_s"]]
    shared_mb = (hub_kb + proxy_kb) / MB
    mean_mb = statistics.mean(mb)
    out.update(
        students=per,
        hub_mb=hub_kb / MB,
        proxy_mb=proxy_kb / MB,
        mb_per_student=mean_mb,
        server_mb=statistics.mean(v["server_kb"] / MB for v in per.values()),
        kernel_mb=statistics.mean(v["kernel_kb"] / MB for v in per.values()),
        login_to_first_chart_s={
            "median": lab.median(waits),
            "max": max(waits) if waits else None,
            "n": len(waits),
        },
        students_per_24gib=int((MACHINE_GIB * 1024 - shared_mb) // mean_mb),
    )
    return out


def print_hub(f: dict) -> None:
    if f.get("error"):
        print(f"\nhub: not run ({f['error']})")
        return
    w = f["login_to_first_chart_s"]
    print(
        f"\nhub: {f['n']} students logged in at once (PAM, one Unix user + server each), "
        f"nbgitpuller link to {f['notebook']}, run all:"
    )
    print(
        f"  memory per student (RSS, server + kernel, all {f['n']} running): {f['mb_per_student']:.0f} MB "
        f"(server {f['server_mb']:.0f} + kernel {f['kernel_mb']:.0f}); hub {f['hub_mb']:.0f} MB, "
        f"proxy {f['proxy_mb']:.0f} MB"
    )
    print(
        f"  login -> first chart drawn: median {fmt(w['median'], '.1f')} s, max {fmt(w['max'], '.1f')} s "
        f"(n={w['n']}, all at once on {os.cpu_count()} CPUs)"
    )
    print(
        f"  projected: {f['students_per_24gib']} students per {MACHINE_GIB} GiB "
        f"(target >= 80, server included; no OS/browser headroom)"
    )
    if f.get("foreign_requests"):
        print(f"  non-local requests: {f['foreign_requests']}")


# --------------------------------------------------------------------------- report


def mark(value, target, higher_is_bad=True) -> str:
    if value is None:
        return ""
    return "ok" if (value <= target if higher_is_bad else value >= target) else "OVER"


def fmt(x, spec=".2f", none="-") -> str:
    return none if x is None else format(x, spec)


def print_exec_table(
    rows: dict[str, dict], floor_s: float | None, course_floor_s: float | None = None
) -> None:
    """`x floor` divides by the issue's floor (a notebook importing pandas, altair, ipywidgets);
    `x c.floor` by the same imports made after `import course` (its start-up fix, see
    course/__init__.py), i.e. what the notebook's own content costs beyond the imports."""
    w = max([len(k) for k in rows] + [30])
    print(
        f"\n{'notebook':<{w}}  {'exec s':>7} {'x floor':>8}      {'x c.floor':>9} {'cpu s':>6} "
        f"{'kernel s':>8} {'peak MB':>8}      {'size KB':>8}        status"
    )
    print("-" * (w + 99))
    for name, r in rows.items():
        ratio = r["exec_s"] / floor_s if floor_s and r.get("exec_s") else None
        c_ratio = r["exec_s"] / course_floor_s if course_floor_s and r.get("exec_s") else None
        r["ratio_to_floor"], r["ratio_to_course_floor"] = ratio, c_ratio
        peak = r["peak_kb"] / MB if r.get("peak_kb") else None
        floor_row = name.startswith("floor:")
        size = (
            ""
            if floor_row
            else f"{r['size_kb']:8.1f} {r['size_src']:<4} {mark(r['size_kb'], TARGETS['git_kb']):<4}"
        )
        print(
            f"{name:<{w}}  {fmt(r.get('exec_s')):>7} {fmt(ratio, '.2f') + 'x':>8} "
            f"{'' if floor_row else mark(ratio, TARGETS['exec_ratio']):<4} "
            f"{fmt(c_ratio, '.2f') + 'x':>9} "
            f"{fmt(r.get('cpu_s')):>6} {fmt(r.get('kernel_start_s')):>8} {fmt(peak, '.0f'):>8} "
            f"{'' if floor_row else mark(peak, TARGETS['peak_mb']):<4} {size:<19} "
            f"{('ERROR ' + r['error']) if r.get('error') else 'ok'}"
        )
    print(
        f"targets (not asserted): exec <= {TARGETS['exec_ratio']}x floor, kernel peak < "
        f"{TARGETS['peak_mb']:.0f} MB, notebook < {TARGETS['git_kb']:.0f} KB in git. "
        "exec = clean kernel start -> last cell (wall); cpu s = kernel CPU time; "
        "kernel s = start -> kernel_info reply; peak = VmHWM."
    )


def print_browser_table(figs: dict[str, dict], title: str) -> None:
    if not figs:
        return
    w = max([len(k) for k in figs] + [30])
    print(f"\n{title}")
    print(
        f"{'notebook':<{w}}  {'open s':>7} {'run-all s':>9} {'->charts s':>10}  "
        f"{'slider ms med/p95':>22}       {'answer ms med/p95':>22}       notes"
    )
    print("-" * (w + 104))
    for name, f in figs.items():

        def lat(key, f=f):
            xs = f.get(key)
            if isinstance(xs, list):
                med, hi = lab.median(xs), lab.p95(xs)
                ok = [x for x in xs if x is not None]
                return (
                    f"{fmt(med, '.0f')}/{fmt(hi, '.0f')} n={len(ok)}/{len(xs)}",
                    mark(med, TARGETS["latency_ms"]),
                )
            if isinstance(xs, (int, float)):  # a single sample (from the browser test)
                return f"{xs:.0f} n=1", mark(xs, TARGETS["latency_ms"])
            return "-", ""

        s, sm = lat("slider_ms" if "slider_ms" in f else "slider_to_chart_ms")
        a, am = lat("answer_ms" if "answer_ms" in f else "click_to_feedback_ms")
        notes = []
        if f.get("error"):
            notes.append("ERROR " + f["error"].splitlines()[0][:120])
        if f.get("foreign_requests"):
            notes.append(f"{len(f['foreign_requests'])} non-local requests")
        if f.get("measured_at"):
            notes.append(f"test run {f['measured_at']}")
        print(
            f"{name:<{w}}  {fmt(f.get('open_to_kernel_idle_s'), '.1f'):>7} "
            f"{fmt(f.get('run_all_s'), '.1f'):>9} {fmt(f.get('run_all_to_charts_drawn_s'), '.1f'):>10}  "
            f"{s:>22} {sm:<5} {a:>22} {am:<5} {'; '.join(notes)}"
        )
    print(
        f"targets (not asserted): widget latency median < {TARGETS['latency_ms']:.0f} ms "
        "(keydown/click -> DOM change of the chart/feedback, measured in the page)."
    )


def machine_info() -> dict:
    mem_kb = next(
        int(line.split()[1])
        for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal:")
    )
    import jupyterlab

    return {
        "python": platform.python_version(),
        "jupyterlab": jupyterlab.__version__,
        "cpus": os.cpu_count(),
        "mem_gib": round(mem_kb / 1024 / 1024, 1),
        "loadavg": os.getloadavg(),
    }


# --------------------------------------------------------------------------- one check
_CHECKER = """
import sys, time
from course.questions import Exercise
ex = Exercise("bench", progress_dir=sys.argv[1])
ex.choice("c", "Pick", options=["A", "B", "C"], answer="B")
for i in range(10):
    ex.numeric(f"n{i}", "N", answer=i)
end = time.time() + float(sys.argv[2])
i = 0
while time.time() < end:
    ex.submit(f"n{i % 10}", str(i % 3))
    i += 1
"""


def check_latencies(n: int, contended: bool) -> dict:
    """Wall time of ``ex.submit`` (check + locked read-merge-write + fsync) on a progress folder
    on the course's disk; ``contended``: while a second kernel checks the same exercise."""
    sys.path.insert(0, str(ROOT))
    from course.questions import Exercise

    with tempfile.TemporaryDirectory(prefix=".bench-progress-", dir=ROOT) as folder:
        import contextlib
        import io

        with contextlib.redirect_stdout(io.StringIO()):  # the mode note shown by Exercise
            ex = Exercise("bench", progress_dir=folder)
        ex.choice("c", "Pick", options=["A", "B", "C"], answer="B")
        for i in range(10):
            ex.numeric(f"n{i}", "N", answer=i)
        ex.submit("c", "A")  # first save: imports filelock, makes the folder
        other = None
        if contended:
            other = subprocess.Popen(
                [sys.executable, "-c", _CHECKER, folder, "600"],
                env=dict(os.environ, PYTHONPATH=str(ROOT)),
                stdout=subprocess.DEVNULL,
            )
            time.sleep(3)  # its imports and first saves
        times = []
        try:
            for i in range(n):
                t = time.perf_counter()
                ex.submit("c", "ABC"[i % 3])
                times.append(1000 * (time.perf_counter() - t))
        finally:
            if other is not None:
                other.kill()
                other.wait()
        times.sort()
        return {
            "checks": n,
            "median_ms": statistics.median(times),
            "p95_ms": times[min(n - 1, int(0.95 * n))],
            "max_ms": times[-1],
            "contended": contended,
            "answers": len(ex.store.entries),
        }


def print_check_table(n: int) -> dict:
    rows = {}
    print(f"{'one check (ex.submit, locked merge + fsync)':44} {'median ms':>9} {'p95 ms':>7} {'max ms':>7}")
    for contended in (False, True):
        r = check_latencies(n, contended)
        name = "with a second kernel checking the same file" if contended else "one kernel"
        rows[name] = r
        print(f"{name:44} {r['median_ms']:9.2f} {r['p95_ms']:7.2f} {r['max_ms']:7.2f}", flush=True)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "notebooks",
        nargs="*",
        type=Path,
        help="notebooks to measure (default: notebooks/, exercises/, instructor/solutions/)",
    )
    ap.add_argument("--browser", action="store_true", help="also measure widget latency in Chromium")
    ap.add_argument("--repeats", type=int, default=10, help="slider moves / answer clicks per notebook")
    ap.add_argument(
        "--students",
        type=int,
        default=0,
        help="run N copies of the heaviest notebook at once and report memory per student",
    )
    ap.add_argument(
        "--hub",
        type=int,
        default=0,
        metavar="N",
        help="N students on a real JupyterHub at once (root; tools/harness/hub.py)",
    )
    ap.add_argument("--runs", type=int, default=1, help="executions per notebook (the median is reported)")
    ap.add_argument("--json", type=Path, help="save all figures to this file")
    ap.add_argument(
        "--grading",
        type=int,
        default=0,
        metavar="N",
        help="only measure the class grader: N solved notebooks, in and out of the sandbox",
    )
    ap.add_argument(
        "--checks",
        type=int,
        default=0,
        help="only time N checks with the progress lock (median, p95), alone and contended",
    )
    args = ap.parse_args(argv)
    if args.checks:
        info = machine_info()
        print(f"machine: {info['cpus']} CPUs, load {info['loadavg'][0]:.2f}", flush=True)
        rows = print_check_table(args.checks)
        if args.json:
            args.json.write_text(json.dumps({"machine": info, "checks": rows}, indent=1))
        return 0
    if args.grading:
        import bench_grading

        fig = bench_grading.main(args.grading)
        if args.json:
            args.json.parent.mkdir(parents=True, exist_ok=True)
            args.json.write_text(json.dumps({"grading": fig}, indent=2), encoding="utf-8")
        return 0

    nbs = [p.resolve() for p in args.notebooks] or course_notebooks()
    results: dict = {"machine": machine_info(), "targets": TARGETS, "notebooks": {}, "floors": {}}
    info = results["machine"]
    print(
        f"machine: {info['cpus']} CPUs, {info['mem_gib']} GiB, load {info['loadavg'][0]:.2f}; "
        f"Python {info['python']}, JupyterLab {info['jupyterlab']}",
        flush=True,
    )

    with tempfile.TemporaryDirectory(prefix="course-bench-") as tmp_s:
        tmp = Path(tmp_s)
        env = lab.isolated_env(tmp / "env")  # no user config/kernels/startup files; temp progress
        os.environ.clear()
        os.environ.update(env)
        floors = make_floor_notebooks(tmp)

        def measure(p: Path, n: int = 1) -> dict:
            runs = [run(p, tmp) for _ in range(max(1, n))]
            r = dict(runs[0])
            for key in ("exec_s", "kernel_start_s", "cells_s", "peak_kb", "cpu_s"):
                vals = [x[key] for x in runs if x.get(key) is not None]
                r[key] = statistics.median(vals) if vals else None
            r["error"] = next((x["error"] for x in runs if x.get("error")), None)
            return r

        run(floors[FLOOR_BARE], tmp)  # warm-up (disk cache, .pyc): not reported
        rows: dict[str, dict] = {}
        for name in (FLOOR_BARE, FLOOR_IMPORTS, FLOOR_COURSE):
            rows[name] = measure(floors[name], max(FLOOR_RUNS, args.runs))
            results["floors"][name] = rows[name]
        print(f"floors measured; {len(nbs)} notebook(s) to run ...", file=sys.stderr, flush=True)
        for p in nbs:
            r = measure(p, args.runs)
            r["size_kb"], r["size_src"] = git_size_kb(p)
            rows[label(p)] = results["notebooks"][label(p)] = r
            print(f"  {label(p)}: {fmt(r['exec_s'])} s", file=sys.stderr, flush=True)
        floor_s = rows[FLOOR_IMPORTS].get("exec_s")
        print_exec_table(rows, floor_s, rows[FLOOR_COURSE].get("exec_s"))
        if not nbs:
            print("(no course notebooks yet: only the floors were measured)")

        if args.students > 0:
            measured = {k: v for k, v in results["notebooks"].items() if v.get("peak_kb")}
            heavy_name = max(measured, key=lambda k: measured[k]["peak_kb"]) if measured else FLOOR_IMPORTS
            heavy = next((p for p in nbs if label(p) == heavy_name), floors.get(heavy_name))

            async def crowd() -> list[dict]:
                return await asyncio.gather(*(execute(heavy, tmp) for _ in range(args.students)))

            t0 = time.perf_counter()
            runs = asyncio.run(crowd())
            wall = time.perf_counter() - t0
            peaks = [r["peak_kb"] or 0 for r in runs]
            per_student_mb = sum(peaks) / len(peaks) / MB
            capacity = int(MACHINE_GIB * 1024 // per_student_mb) if per_student_mb else None
            results["students"] = {
                "notebook": heavy_name,
                "n": args.students,
                "wall_s": wall,
                "exec_s": [r.get("exec_s") for r in runs],
                "peak_kb": peaks,
                "errors": [r["error"] for r in runs if r.get("error")],
                "mb_per_student": per_student_mb,
                "students_per_24gib": capacity,
            }
            ex = [r["exec_s"] for r in runs if r.get("exec_s")]
            print(f"\n{args.students} students at once on {heavy_name} (the heaviest by kernel peak):")
            print(
                f"  wall {wall:.1f} s; per-kernel exec median {fmt(statistics.median(ex) if ex else None)} s, "
                f"max {fmt(max(ex) if ex else None)} s (on {info['cpus']} CPUs)"
            )
            print(
                f"  memory per student (sum of VmHWM / N): {per_student_mb:.0f} MB "
                f"-> a {MACHINE_GIB} GiB machine holds ~{capacity} students' kernels "
                f"(kernels only: no server, browser or OS headroom)"
            )
            if results["students"]["errors"]:
                print(f"  errors: {results['students']['errors']}")

    if args.browser:
        # what students open: notebooks/ and exercises/ (instructor solutions are not measured)
        bnbs = [p for p in nbs if "solutions" not in p.parts] if args.notebooks else lab.course_notebooks()
        if bnbs:
            print(
                f"\nbrowser: {len(bnbs)} notebook(s), {args.repeats} repeats each ...",
                file=sys.stderr,
                flush=True,
            )
            results["browser"] = browser_figures(bnbs, args.repeats)
            print_browser_table(
                results["browser"],
                f"browser (headless Chromium, {args.repeats} repeats; median/p95 nearest-rank):",
            )
        else:
            print("\nbrowser: no notebooks to open")
    elif lab.TIMINGS_FILE.exists():
        try:
            prev = json.loads(lab.TIMINGS_FILE.read_text()).get("notebooks", {})
        except ValueError:
            prev = {}
        wanted = [label(p) for p in nbs]
        prev = {k: prev[k] for k in wanted if k in prev} or prev
        print_browser_table(
            prev,
            f"browser, single samples from the last browser test "
            f"({label(lab.TIMINGS_FILE)}; --browser for medians):",
        )
        results["browser_test_timings"] = prev

    if args.hub > 0:
        results["hub"] = hub_figures(args.hub)
        print_hub(results["hub"])

    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")
        print(f"\nfigures saved to {args.json}")
    return 0


if __name__ == "__main__":
    venv_py = lab.venv_python()
    if (
        Path(sys.prefix).resolve() != lab.VENV.resolve()
        and venv_py.exists()
        and not os.environ.get("COURSE_BENCH_REEXEC")
    ):
        os.environ["COURSE_BENCH_REEXEC"] = "1"  # run inside the course venv (its kernel, its nbclient)
        os.execv(str(venv_py), [str(venv_py), *sys.argv])
    raise SystemExit(main())
