"""Every course notebook, run for real: JupyterLab in headless Chromium, fully offline.

For each notebooks/*.ipynb and exercises/*.ipynb (or $COURSE_BROWSER_NOTEBOOKS):
open it, run all cells, then check that no cell failed, every chart is drawn, a slider redraws its
chart, a question's Check button gives feedback, the page never contacted a host other than
the local server, every chart is a <figure> with a figcaption and an <img alt>, and axe-core finds
no violation of any impact, with no allow-list, in the rendered content (markdown, outputs,
widgets; not JupyterLab's chrome) -- its report goes to artifacts/axe/<folder>/<stem>.json. A full
screenshot goes to artifacts/screenshots/<folder>/<stem>.png and the measured timings to artifacts/browser_timings.json (for tools/benchmark.py; never asserted).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import subprocess

import pytest
from harness import lab

pytestmark = pytest.mark.browser

NOTEBOOKS = lab.course_notebooks()
WIDGET_TIMEOUT = 5.0  # seconds for a slider/Check click to show its effect (a functional bound)


def test_lab_serves_offline_with_course_extensions(lab_server, page_and_log):
    """Always collected, so the module has a test even before any notebook exists."""
    page, log = page_and_log
    status, html = lab_server.get_text("/lab")
    assert status == 200
    cfg = json.loads(
        re.search(
            r'<script id="jupyter-config-data" type="application/json">(.*?)</script>', html, re.S
        ).group(1)
    )
    names = {e["name"] for e in cfg.get("federated_extensions", [])}
    assert {"@jupyter-widgets/jupyterlab-manager", "anywidget"} <= names, names

    # The user's Jupyter dirs are redirected, but the venv's share/jupyter is still searched.
    paths = json.loads(
        subprocess.run(
            [str(lab.venv_python()), "-m", "jupyter", "--paths", "--json"],
            env=lab_server.env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    assert lab_server.env["JUPYTER_CONFIG_DIR"] in paths["config"], paths["config"]
    assert str(lab.VENV / "share" / "jupyter") in paths["data"], paths["data"]
    allowed = (str(lab_server.workdir), str(lab.VENV), "/usr/", "/etc/")
    leaks = [p for p in paths["config"] + paths["data"] + paths["runtime"] if not p.startswith(allowed)]
    assert not leaks, f"Jupyter paths outside the temp dir/venv/system: {leaks}"

    # Our settings overrides (in the redirected dir) are the ones the server serves.
    tracker = lab_server.api("GET", "/lab/api/settings/@jupyterlab/notebook-extension:tracker")
    assert tracker["settings"].get("windowingMode") == "none", tracker["settings"]
    docmanager = lab_server.api("GET", "/lab/api/settings/@jupyterlab/docmanager-extension:plugin")
    assert docmanager["settings"].get("autosave") is False, docmanager["settings"]
    notes = lab_server.api("GET", "/lab/api/settings/@jupyterlab/apputils-extension:notification")
    assert notes["settings"].get("fetchNews") == "false", notes["settings"]  # no news toast

    # Kernels inherit the server's environment: a temp COURSE_PROGRESS_DIR, redirected HOME.
    server_env = lab.process_env(lab_server.proc.pid)
    assert server_env.get("COURSE_PROGRESS_DIR") == str(lab_server.progress_dir)
    assert server_env.get("HOME", "").startswith(str(lab_server.workdir))

    page.goto(lab_server.lab_url(), wait_until="domcontentloaded")
    page.wait_for_function("() => window.jupyterapp && window.jupyterapp.shell", timeout=60_000)
    page.wait_for_function(
        "() => window.jupyterapp.hasPlugin('@jupyter-widgets/jupyterlab-manager:plugin')", timeout=60_000
    )
    page.wait_for_selector(".jp-LauncherCard, .jp-DirListing", timeout=60_000)
    assert not log.foreign(), f"requests to other hosts: {log.foreign()}"


def _fmt(d: dict) -> str:
    return json.dumps(d, indent=1, default=str)[:1500]


@pytest.mark.parametrize("nb_path", NOTEBOOKS, ids=[lab.notebook_id(p) for p in NOTEBOOKS])
def test_notebook_runs_and_widgets_respond(nb_path, lab_server, page_and_log):
    page, log = page_and_log
    exercise = lab.is_exercise(nb_path)
    nb_id = lab.notebook_id(nb_path)
    figures: dict = {
        "measured_at": dt.datetime.now().isoformat(timespec="seconds"),
        "kind": "exercise" if exercise else "lesson",
    }
    problems: list[str] = []
    shot = lab.SCREENSHOTS / nb_path.parent.name / f"{nb_path.stem}.png"
    digest = hashlib.sha256(nb_path.read_bytes()).hexdigest()
    try:
        figures.update(lab.open_notebook(page, lab_server, nb_path))
        for pid in lab_server.kernel_pids():
            progress = lab.process_env(pid).get("COURSE_PROGRESS_DIR")
            if progress != str(lab_server.progress_dir):
                problems.append(f"kernel {pid} has COURSE_PROGRESS_DIR={progress!r}, not the test's temp dir")
        figures.update(lab.run_all(page))
        if figures["run_all_error"]:
            problems.append(f"run-all command failed: {figures['run_all_error']}")
        elif figures["run_all_result"] is False:
            problems.append("run-all reported that a cell failed")

        out = lab.check_outputs(page)
        figures.update(
            charts=out["charts"], sliders=out["sliders"], questions=out["questions"], cells=out["cells"]
        )
        for e in out["errors"]:
            problems.append(f"error output: {e}")
        if out["errorLoadingScript"]:
            problems.append("page shows 'Error loading script' (a CDN/offline problem)")
        if out["errorDisplayingWidget"]:
            problems.append("page shows 'Error displaying widget'")
        if out["chartsWithoutSvg"]:
            problems.append(
                ".course-chart without a drawn SVG (inline <svg> or decoded "
                f"data:image/svg+xml <img>) in: {out['chartsWithoutSvg']}"
            )
        if not exercise and out["charts"] == 0:
            problems.append("lesson notebook draws no .course-chart")
        if out["overflowingOptions"]:
            problems.append(
                "radio options whose text overflows onto the next option, covering its "
                "radio button (a click there selects the wrong answer): "
                + "; ".join(out["overflowingOptions"])
            )
        if exercise and out["scores"] == 0:
            problems.append("exercise notebook shows no .course-score summary")

        if out["sliders"]:
            r = lab.move_slider(page, 0, presses=2, timeout=WIDGET_TIMEOUT)
            figures["slider_to_chart_ms"] = r["latency_ms"]
            if not r["changed"]:
                problems.append(
                    f"first slider: the .course-chart after it did not change within "
                    f"{WIDGET_TIMEOUT:.0f} s of two {r.get('key', 'ArrowRight')} presses "
                    f"({r.get('why', 'no DOM change')})"
                )
        if out["radioQuestions"]:
            r = lab.answer_question(page, 0, option=0, timeout=WIDGET_TIMEOUT)
            figures["click_to_feedback_ms"] = r["latency_ms"]
            figures["feedback_text"] = (r.get("after") or "")[:200]
            if not r["changed"]:
                problems.append(
                    f"first radio question: .course-feedback did not change within "
                    f"{WIDGET_TIMEOUT:.0f} s of Check ({r.get('why', _fmt(r))})"
                )

        # Accessibility of the course's own content, after the interactions (feedback shown).
        charts = lab.chart_a11y(page)
        problems += charts["problems"]
        try:
            axe = lab.run_axe(page)
        except Exception as exc:  # noqa: BLE001 - report, don't hide the other checks
            problems.append(f"axe-core could not run: {exc}".splitlines()[0])
        else:
            figures["axe_version"] = axe["version"]
            figures["axe_violations"] = {v["id"]: [v["impact"], len(v["nodes"])] for v in axe["violations"]}
            lab.save_axe(nb_path, axe)
            problems += lab.failing_axe(axe["violations"])
    finally:
        try:
            figures["screenshots"] = [str(p.relative_to(lab.ROOT)) for p in lab.full_screenshot(page, shot)]
        except Exception as exc:  # noqa: BLE001 - never hide the real failure behind a screenshot failure
            problems.append(f"screenshot failed: {exc!r}")
        figures["foreign_requests"] = log.foreign()
        figures["requests"] = len(log.urls)
        figures["console_messages"] = log.console[:50]
        lab.merge_timings({nb_id: figures})

    if log.writes:
        problems.append(f"the browser wrote to the server's files: {sorted(set(log.writes))}")
    if hashlib.sha256(nb_path.read_bytes()).hexdigest() != digest:
        figures["changed_on_disk_during_test"] = True  # by someone else, if log.writes is empty
        if log.writes:
            problems.append("the notebook file changed on disk while the test ran it")
    if log.foreign():
        problems.append("requests to hosts other than 127.0.0.1/localhost:\n  " + "\n  ".join(log.foreign()))
    figures["problems"] = problems
    lab.merge_timings({nb_id: figures})
    if problems:
        pytest.fail(
            f"{nb_id}:\n- "
            + "\n- ".join(problems)
            + f"\n(screenshot: {shot})\nbrowser console:\n  "
            + "\n  ".join(log.console[:15]),
            pytrace=False,
        )
