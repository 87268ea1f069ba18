"""Session-wide test settings.

Kernels started by nbval and by the browser test inherit COURSE_PROGRESS_DIR, so a
student's or author's saved progress never leaks into a test run. Each notebook gets
its own empty progress folder, set just before nbval starts that notebook's kernel:
the student versions must run with nothing answered whatever ran before them (a
solution notebook answers everything, and the course report reads every file).
"""

import os
import tempfile

import pytest

os.environ["COURSE_PROGRESS_DIR"] = tempfile.mkdtemp(prefix="course-progress-")
_current_notebook = None


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    global _current_notebook
    path = str(getattr(item, "path", ""))
    if path.endswith(".ipynb") and path != _current_notebook:
        _current_notebook = path
        os.environ["COURSE_PROGRESS_DIR"] = tempfile.mkdtemp(prefix="course-progress-")


@pytest.fixture(scope="session")
def playwright():
    """One Playwright driver for the whole run: its sync API refuses to start a second one while
    another is alive, so the browser, hub and site tests all launch their Chromium from this."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        yield p
