"""Inside the sandbox: execute the grading copy with nbclient and write it back.

    python -m course.grading.worker IN.ipynb OUT.ipynb --timeout 120

The student's cells get ``--timeout`` seconds each (then the kernel is interrupted); the
release's own cells get ten minutes, so a slow machine does not fail anyone. Each cell's
start and end are recorded, so the grader can tell an interrupt it caused (a timeout) from a
``KeyboardInterrupt`` the code raised itself.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys

RELEASE_TIMEOUT = 600


def main(argv: list[str] | None = None) -> int:
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import DeadKernelError

    ap = argparse.ArgumentParser()
    ap.add_argument("notebook")
    ap.add_argument("out")
    ap.add_argument("--timeout", type=int, default=120)
    ap.add_argument("--cwd", default=os.getcwd(), help="folder the notebook runs in")
    a = ap.parse_args(argv)

    def on_term(_sig: int, _frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, on_term)
    nb = nbformat.read(a.notebook, as_version=4)

    def cell_timeout(cell: dict) -> int:
        owner = cell.get("metadata", {}).get("grader", {}).get("owner")
        return RELEASE_TIMEOUT if owner == "release" else a.timeout

    client = NotebookClient(
        nb,
        timeout=a.timeout,
        timeout_func=cell_timeout,
        kernel_name="python3",
        allow_errors=True,
        interrupt_on_timeout=True,
        record_timing=True,
        store_widget_state=False,
        resources={"metadata": {"path": a.cwd}},
    )
    try:
        client.execute()
    except DeadKernelError:
        nb.metadata["grader_crash"] = "the kernel died (did the code call exit() or use all its memory?)"
    except Exception as exc:  # noqa: BLE001 - reported as a row, never a traceback
        nb.metadata["grader_crash"] = f"{type(exc).__name__}: {str(exc)[:200]}"
    nbformat.write(nb, a.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
