"""The course's test harness, outside tests/ so the tests and the tools share it.

* `harness.servers` -- a free port, waiting for a server to answer, ending a process tree by pid.
* `harness.lab`     -- an isolated `jupyter lab`, Debian's Chromium through Playwright, and the
                       page helpers that open, run and check a notebook (axe-core included).
* `harness.hub`     -- a real JupyterHub with Unix users, the course repository nbgitpuller pulls.

Users: tests/browser, tests/hub, tests/site (pytest puts tools/ on sys.path: pyproject.toml)
and tools/benchmark.py (run from tools/, so `import harness` works).
"""
