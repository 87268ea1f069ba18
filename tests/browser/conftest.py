"""Fixtures for the real-browser test: one isolated `jupyter lab` + one headless Chromium per session.

Which notebooks: every notebooks/*.ipynb and exercises/*.ipynb that exists, or the paths/globs in
COURSE_BROWSER_NOTEBOOKS (separated by os.pathsep, e.g. `COURSE_BROWSER_NOTEBOOKS=/tmp/x.ipynb`).
Deselect with `-m "not browser"`.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from harness import lab


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "browser: drives JupyterLab in headless Chromium (deselect with -m 'not browser')"
    )


@pytest.fixture(scope="session")
def lab_server():
    nbs = lab.course_notebooks()
    root = lab.server_root_for(nbs) if nbs else lab.ROOT
    with tempfile.TemporaryDirectory(prefix="course-browser-") as tmp:
        server = lab.LabServer(root_dir=root, workdir=Path(tmp) / "lab")
        server.start()
        try:
            yield server
        finally:
            server.stop()


@pytest.fixture(scope="session")
def browser_context(playwright):
    with tempfile.TemporaryDirectory(prefix="course-chromium-") as udd:
        ctx = lab.launch_browser(playwright, Path(udd))
        try:
            yield ctx
        finally:
            ctx.close()


@pytest.fixture
def page_and_log(browser_context, lab_server):
    """A fresh tab whose every request is recorded; kernels are shut down afterwards."""
    log = lab.RequestLog()
    page = browser_context.new_page()
    log.attach_page(page)
    handler = log._on_request  # the context also sees service-worker requests
    browser_context.on("request", handler)
    try:
        yield page, log
    finally:
        browser_context.remove_listener("request", handler)
        page.close()
        lab_server.shutdown_all_sessions()
