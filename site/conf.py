"""Sphinx configuration of the course website (built by tools/build_site.py: `make site`).

Jupyter Book 1's stack (Sphinx + MyST-NB + sphinx-book-theme), fully offline: the notebooks
are never executed (their stored outputs are shown), and no page loads anything from
another host (no MathJax, no require.js, no web fonts from a CDN).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tools"))
import build_site  # noqa: E402

CONFIG = build_site.load_config()

project = CONFIG["site"]["title"]
author = "The course authors"
copyright = "the course authors; text CC BY 4.0, code MIT"
language = "en"

extensions = ["myst_nb"]
exclude_patterns = ["_build", "**.ipynb_checkpoints"]
templates_path = [str(HERE / "_templates")]
html_static_path = [str(HERE / "_static")]
html_css_files = ["course-site.css"]
html_js_files = [("course-site.js", {"defer": "defer"})]
html_favicon = str(HERE / "_static" / "favicon.svg")  # else the browser asks for /favicon.ico (a 404)

# Notebooks: stored outputs only, never a kernel.
nb_execution_mode = "off"
nb_ipywidgets_js = {}  # widget views are replaced by notes (no require.js CDN)
nb_output_stderr = "remove"
nb_merge_streams = True
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
suppress_warnings = ["myst.header", "mystnb.unknown_mime_type"]

# No math on the site: MyST-NB still asks for MathJax, so a local no-op file stands in (no CDN).
mathjax_path = "no-mathjax.js"

html_theme = "sphinx_book_theme"
html_title = CONFIG["site"]["title"]
html_show_sourcelink = False
html_copy_source = False
html_last_updated_fmt = None
html_context = {"default_mode": "light"}
html_theme_options = {
    "use_download_button": False,
    "use_fullscreen_button": False,
    "use_repository_button": False,
    "use_source_button": False,
    "use_issues_button": False,
    "use_edit_page_button": False,
    "show_toc_level": 2,
    "navigation_with_keys": False,
    "home_page_in_toc": True,
}


def _launch_bar(app, pagename, templatename, context, doctree):
    """A launch bar (Binder + JupyterHub through nbgitpuller) at the top of every page."""
    if "body" not in context:
        return
    context["body"] = build_site.fix_table_html(context["body"])
    bar = build_site.launch_html(build_site.repo_path_for(pagename))
    context["body"] = (
        f'<nav class="course-launch" aria-label="Run the notebook">{bar}</nav>' + context["body"]
    )


def setup(app):
    app.connect("html-page-context", _launch_bar)
