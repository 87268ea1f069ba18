"""Measure the checking service behind a real JupyterHub: check latency, lost attempts, DB size.

    .venv/bin/python tools/service_bench.py [--students 30] [--answers 20]

Starts a hub exactly as tests/service does (DummyAuthenticator, configurable-http-proxy, the
service started by the hub), makes the students through the hub's API, then

1. sequential: one student, one check at a time (latency without contention);
2. concurrent: every student answers at once from their own thread (``--answers`` each,
   over the questions of module 00, unlimited tries so none is refused);

and reports median and p95 latency of a check (client-side, through the proxy), how many
attempts the database holds against how many were acknowledged, and the SQLite file's size
per 1,000 attempts. Measured, never asserted. Everything it starts is stopped at the end.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _hub_module():
    """tests/service/service_hub.py: the same hub the tests start."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "service_hub", ROOT / "tests" / "service" / "service_hub.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


hubtest = _hub_module()

ANSWERS = [
    ("q6", 11),
    ("q6", 10),
    ("q8", 50.55),
    ("q1", "Single Economic Space (SES)"),
    ("q7", ["ARM", "AZE", "BLR", "KAZ", "KGZ", "MDA", "RUS", "TJK", "TKM", "UKR", "UZB"]),
    ("q10", "An argument of about sixty words " * 10),
]


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(p / 100 * (len(xs) - 1)))]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--students", type=int, default=30)
    ap.add_argument("--answers", type=int, default=20)
    ap.add_argument("--sequential", type=int, default=100)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="service-bench-"))
    hubtest.POLICY = {"max_attempts": None, "penalty": 0.0}
    hub = hubtest.Hub(work)
    hubtest.graded_master(work / "masters", hubtest.POLICY)
    hub.start()
    try:
        lecturer = hubtest.Student(hub, "lecturer", instructor=True)
        one = hubtest.Student(hub, "bench-solo")
        one.check(*ANSWERS[0])  # warm the token cache
        seq = []
        for i in range(args.sequential):
            t = time.perf_counter()
            r = one.check(*ANSWERS[i % len(ANSWERS)])
            seq.append(1000 * (time.perf_counter() - t))
            assert r.status_code == 200, r.text
        students = [hubtest.Student(hub, f"bench{i}") for i in range(args.students)]
        for s in students:
            s.check(*ANSWERS[0])  # each token known once
        lat: list[float] = []
        acked = [0]
        lock = threading.Lock()
        barrier = threading.Barrier(len(students))

        def run(s: hubtest.Student) -> None:
            barrier.wait()
            for i in range(args.answers):
                t = time.perf_counter()
                r = s.check(*ANSWERS[i % len(ANSWERS)])
                ms = 1000 * (time.perf_counter() - t)
                with lock:
                    lat.append(ms)
                    acked[0] += r.status_code == 200

        start = time.perf_counter()
        threads = [threading.Thread(target=run, args=(s,)) for s in students]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - start
        stored = len(lecturer.get("api/attempts?all=1").json()["attempts"])
        expected = 1 + args.sequential + len(students) + acked[0]
        db = work / "checker" / "course-checker.sqlite"
        hub.stop()  # checkpoint the WAL into the file
        size = db.stat().st_size
        print(
            f"sequential ({args.sequential} checks, 1 student): median {statistics.median(seq):.1f} ms, "
            f"p95 {pct(seq, 95):.1f} ms"
        )
        print(
            f"concurrent ({len(students)} students x {args.answers} checks, {wall:.1f} s): "
            f"median {statistics.median(lat):.1f} ms, p95 {pct(lat, 95):.1f} ms, "
            f"{len(lat) / wall:.0f} checks/s"
        )
        import re

        inside = [float(m) for m in re.findall(r"\] check .* \(([0-9.]+) ms\)", hub.log())]
        if inside:
            print(
                f"inside the service (score + policy + store, {len(inside)} checks): median "
                f"{statistics.median(inside):.1f} ms, p95 {pct(inside, 95):.1f} ms"
            )
        print(f"attempts acknowledged {expected}, stored {stored}, lost {expected - stored}")
        print(
            f"database {size / 1024:.0f} KiB for {stored} attempts: "
            f"{size / stored * 1000 / 1024:.0f} KiB per 1,000 attempts (SQLite, answers as JSON)"
        )
    finally:
        hub.stop()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
