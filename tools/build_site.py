"""Build the course website (build/site/) and the handouts (build/handouts/): `make site`.

Offline and without running a kernel: the pages are made from the outputs stored in the
committed notebooks (charts are SVG there already). Runs in .venv-site (Sphinx + MyST-NB +
sphinx-book-theme, pinned in site/requirements.txt), made by `tools/setup_env.py --site`.

    1. prepare  build/site-src/: the lessons and the student exercise sets as notebooks in
                which every question cell (it carries a hidden key) becomes readable HTML
                with its input removed, every widget view becomes its stored first chart
                with a note and the launch links; plus the teaching guides,
                the glossary (data/glossary.csv) and the bibliography (the lessons'
                "Sources and further reading" and data/datapackage.json).
    2. sphinx   sphinx-build -c site build/site-src build/site  (site/conf.py).
    3. handouts Debian's Chromium (through Playwright) prints each lesson page and each
                exercise page, with the print stylesheet (code lines wrap, code cells
                are not split), to build/handouts/*.pdf.

Lesson practice questions show their answer behind a reveal (the answer comes from the
master in instructor/masters/lessons/); exercise questions show no answer, hint or key.
Each widget shows its first view as the notebook stored it (course.widgets keeps the first
chart in the output's text/html), a line saying what moving its controls does, and the launch
links. The launch links are course.links' (Binder, and the hub through nbgitpuller), with the
repository and hub address from its one configuration, deploy/course.toml; site/config.toml
holds only the site's own settings (title, whether to publish the teaching guides).
"""

from __future__ import annotations

import argparse
import ast
import copy
import csv
import functools
import html
import http.server
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import threading
import time
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as tools/build_site.py in .venv-site
    sys.path.insert(0, str(ROOT))

from course import links  # noqa: E402  (the one place for Binder/nbgitpuller URL rules)
from course.charts import without_empty_headers  # noqa: E402

SITE = ROOT / "site"
CONFIG = SITE / "config.toml"
SRC = ROOT / "build" / "site-src"
OUT = ROOT / "build" / "site"
HANDOUTS = ROOT / "build" / "handouts"
CHROMIUM = "/usr/bin/chromium"

QUESTION_METHODS = ("choice", "multi", "numeric", "short", "ordering", "matching", "items", "chart", "text")
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
KEY_RE = re.compile(r"v1\.[0-9a-f]{16}\.")  # what a hidden answer key starts with


# --------------------------------------------------------------------------- configuration


def load_config(path: Path = CONFIG) -> dict[str, Any]:
    with open(path, "rb") as f:
        return tomllib.load(f)


@functools.cache
def course_site() -> links.Site:
    """The repository, branch, Binder and hub of deploy/course.toml (course.links reads it)."""
    return links.load_site(ROOT / links.CONFIG)


def launch_links(repo_path: str, site: links.Site | None = None) -> dict[str, str]:
    """Binder and JupyterHub (nbgitpuller) links that open `repo_path` (e.g.
    "notebooks/01_cis_1990s.ipynb") in JupyterLab, made by course.links. The hub link is
    left out when deploy/course.toml's `hub` is empty."""
    site = site or course_site()
    out = {"binder": links.binder_link(site, repo_path)}
    if site.hub.strip():
        out["jupyterhub"] = links.hub_link(site, repo_path)
    return out


def repo_path_for(pagename: str) -> str:
    """The notebook a site page launches: its own notebook, the lesson of a guide, else 00."""
    folder, _, stem = pagename.partition("/")
    if folder == "lessons":
        return f"notebooks/{stem}.ipynb"
    if folder == "exercises":
        return f"exercises/{stem}.ipynb"
    if folder == "guides" and (ROOT / "notebooks" / f"{stem}.ipynb").exists():
        return f"notebooks/{stem}.ipynb"
    return "notebooks/00_start_here.ipynb"


def launch_html(repo_path: str, site: links.Site | None = None, *, where: str = "") -> str:
    urls = launch_links(repo_path, site)
    parts = [f'<a class="course-launch-binder" href="{html.escape(urls["binder"])}">Launch on Binder</a>']
    if "jupyterhub" in urls:
        parts.append(
            f'<a class="course-launch-hub" href="{html.escape(urls["jupyterhub"])}">'
            f"Open on the course JupyterHub</a>"
        )
    what = where or f"<code>{html.escape(repo_path)}</code>"
    return f'<span class="course-launch-what">Run {what}:</span> ' + " ".join(parts)


# --------------------------------------------------------------------------- questions


def _literal(node: ast.AST | None) -> Any:
    if node is None:
        return None
    try:
        return ast.literal_eval(node)
    except (ValueError, SyntaxError, TypeError):
        return None


def question_calls(source: str) -> list[dict[str, Any]]:
    """Every `cyu.<type>(...)` / `ex.<type>(...)` call in `source`, with its literal arguments
    (the prompt, options, points, answer or key...), in source order."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id in ("cyu", "ex")
            and node.func.attr in QUESTION_METHODS
            and node.args
        ):
            args = [_literal(a) for a in node.args]
            kw = {k.arg: _literal(k.value) for k in node.keywords if k.arg}
            q = {"kind": node.func.attr, "qid": args[0], "line": node.lineno, **kw}
            if len(args) > 1:
                q.setdefault("prompt", args[1])
            found.append(q)
    return sorted(found, key=lambda q: q["line"])


@functools.cache
def master_answers(master: str) -> dict[str, Any]:
    """{qid: answer} of the questions in a master (instructor/masters/...py)."""
    path = ROOT / master
    if not path.exists():
        return {}
    return {
        q["qid"]: q.get("answer") for q in question_calls(path.read_text(encoding="utf-8")) if "answer" in q
    }


def _num(x: Any) -> str:
    return f"{x:,.10g}" if isinstance(x, (int, float)) else html.escape(str(x))


def answer_html(q: dict[str, Any], answer: Any) -> str:
    kind = q["kind"]
    if answer is None:
        return ""
    if kind == "numeric":
        tol = q.get("tol")
        rel = q.get("rel_tol")
        within = f" (± {_num(tol)})" if tol else f" (± {_num(rel * 100)} %)" if rel else ""
        return f"<p>{_num(answer)}{html.escape(' ' + q['units'] if q.get('units') else '')}{within}</p>"
    if kind in ("ordering",):
        return "<ol>" + "".join(f"<li>{html.escape(str(a))}</li>" for a in answer) + "</ol>"
    if kind in ("multi", "items"):
        return "<ul>" + "".join(f"<li>{html.escape(str(a))}</li>" for a in answer) + "</ul>"
    if kind == "matching" and isinstance(answer, dict):
        rows = "".join(
            f"<tr><td>{html.escape(str(k))}</td><td>{html.escape(str(v))}</td></tr>"
            for k, v in answer.items()
        )
        return (
            '<table class="course-answer-table"><thead><tr><th scope="col">item</th>'
            f'<th scope="col">matches</th></tr></thead><tbody>{rows}</tbody></table>'
        )
    return f"<p>{html.escape(str(answer))}</p>"


def question_html(
    q: dict[str, Any], *, number: int, answer: Any = None, with_answer: bool = False, launch: str = ""
) -> str:
    """A question as a reader meets it on the site. The prompt is the course's own HTML.
    Exercise questions (with_answer=False) show no answer, hint or explanation."""
    kind, qid = q["kind"], q["qid"]
    points = q.get("points", 1)
    pts = f"{_num(points)} point{'s' if points != 1 else ''}"
    prompt = q.get("prompt") or ""
    body = [f'<p class="course-q-prompt">{prompt}</p>']
    how = {
        "choice": "Choose one.",
        "multi": "Tick every one that applies.",
        "numeric": "Give a number" + (f" (in {html.escape(q['units'])})" if q.get("units") else "") + ".",
        "short": "Give a word or acronym.",
        "ordering": "Put them in order.",
        "matching": "Match each item on the left with one on the right.",
        "items": "Answer from code: a list of values.",
        "chart": "Answer from code: an Altair chart.",
        "text": "A written answer, scored by your instructor.",
    }[kind]
    if kind in ("choice", "multi") and q.get("options"):
        body.append(
            '<ul class="course-q-options">'
            + "".join(f"<li>{html.escape(str(o))}</li>" for o in q["options"])
            + "</ul>"
        )
    elif kind == "ordering" and q.get("items"):
        body.append(
            '<ul class="course-q-options">'
            + "".join(f"<li>{html.escape(str(o))}</li>" for o in q["items"])
            + "</ul>"
        )
    elif kind == "matching" and q.get("left"):
        left = "".join(f"<li>{html.escape(str(o))}</li>" for o in q["left"])
        right = "".join(f"<li>{html.escape(str(o))}</li>" for o in q.get("right") or [])
        body.append(
            '<div class="course-q-match"><div><p>Items</p><ul>' + left + "</ul></div>"
            "<div><p>Choices</p><ul>" + right + "</ul></div></div>"
        )
    if kind == "text" and q.get("rubric"):
        body.append(
            '<p class="course-q-how">Your instructor scores it against a rubric you see after submitting.</p>'
        )
    body.append(f'<p class="course-q-how">{how}</p>')
    if with_answer and answer is not None:
        extra = f"<p>{q['explanation']}</p>" if q.get("explanation") else ""
        body.append(
            '<details class="course-reveal"><summary>Show the answer</summary>'
            f"{answer_html(q, answer)}{extra}</details>"
        )
    elif not with_answer:
        body.append('<div class="course-answer-space" aria-hidden="true"></div>')
    if launch:
        body.append(f'<p class="course-q-launch">{launch}</p>')
    head = f'Question {number} <span class="course-q-meta">({html.escape(str(qid))}, {pts})</span>'
    return (
        f'<section class="course-question" aria-label="Question {number}">'
        f'<p class="course-q-title">{head}</p>{"".join(body)}</section>'
    )


# --------------------------------------------------------------------------- widgets


def _explorer_controls(source: str) -> list[str]:
    """A sentence part per control of an `explorer(...)` call: 'year (slider 1991–2000,
    starts at 1991)', 'view (list: a, b, ...)'."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    out = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", getattr(node.func, "attr", "")) == "explorer"
        ):
            for k in node.keywords:
                if k.arg in (None, "source", "draw"):
                    continue
                v = _literal(k.value)
                if isinstance(v, tuple) and len(v) in (2, 3) and all(isinstance(x, int) for x in v):
                    out.append(
                        f"<b>{html.escape(k.arg)}</b> (a slider from {v[0]} to {v[1]}, "
                        f"first at {v[2] if len(v) == 3 else v[0]})"
                    )
                elif isinstance(v, (list, tuple)) and v:
                    opts = ", ".join(html.escape(str(x)) for x in v[:6]) + (", …" if len(v) > 6 else "")
                    out.append(
                        f"<b>{html.escape(k.arg)}</b> (a list: {opts}; first: {html.escape(str(v[0]))})"
                    )
                elif isinstance(k.value, (ast.List, ast.Tuple)):  # e.g. ["all", *NAMES]
                    known = [str(e.value) for e in k.value.elts if isinstance(e, ast.Constant)]
                    first = f"; first: {html.escape(known[0])}" if known else ""
                    out.append(f"<b>{html.escape(k.arg)}</b> (a list{first})")
                elif isinstance(v, bool):
                    out.append(f"<b>{html.escape(k.arg)}</b> (a tick box)")
                else:
                    out.append(f"<b>{html.escape(k.arg)}</b>")
    return out


_FIGURE = re.compile(r'<figure class="course-chart.*?</figure>', re.S)


def initial_chart(stored_html: str) -> str:
    """The first chart (a <figure class="course-chart"> with its SVG) of a widget's stored
    text/html (course.widgets.Explorer.initial_html), or ""."""
    m = _FIGURE.search(stored_html or "")
    return m.group(0) if m else ""


def widget_note(source: str, fallback: str, launch: str, initial: str = "") -> str:
    """What a reader of the site sees in place of a widget (the notebook stores no widget
    state): its first view as stored (`initial`, its chart), what moving its controls does,
    and where to run it."""
    what = re.sub(r"^\[|\s*— run the cell to use it\]$", "", fallback.strip())
    if what.startswith(("VBox(", "HBox(")):
        what = "interactive chart"
    controls = _explorer_controls(source)
    chart = what.startswith("interactive chart")
    if controls:
        moves = (
            "Its controls: " + "; ".join(controls) + ". Moving a control redraws the chart "
            "for that choice (drawn in the notebook's kernel, so it needs a running notebook)."
        )
    elif chart:
        moves = (
            "Moving its controls redraws the chart for that choice (drawn in the notebook's "
            "kernel, so it needs a running notebook)."
        )
    else:
        moves = "It answers your clicks and choices when the notebook runs."
    if chart:
        head = "<b>Interactive chart</b>" + (", shown at its first view." if initial else ".")
    else:
        head = f"<b>Interactive:</b> {html.escape(what)}."
    return (
        f'<div class="course-widget-note">{initial}'
        f"<p>{head} {moves}</p>"
        f'<p class="course-q-launch">{launch}</p></div>'
    )


# --------------------------------------------------------------------------- notebooks


def fix_table_html(text: str) -> str:
    """A table header cell with no text heads nothing (axe: empty-table-header): it becomes a
    <td>. The notebooks' own tables are written so by course.charts (`charts.enable()`); the
    site applies the same rule to every page body (Markdown tables included)."""
    return without_empty_headers(text)


def _html_output(text: str) -> dict[str, Any]:
    return {"output_type": "display_data", "metadata": {}, "data": {"text/html": text}}


def _tags(cell: dict[str, Any], *tags: str) -> None:
    have = cell.setdefault("metadata", {}).setdefault("tags", [])
    have += [t for t in tags if t not in have]


BIB_LINK = re.compile(r"\]\((?:\.\./)*(?:notebooks/)?bibliography\.md")


def site_links(text: str) -> str:
    """Point a page's links to the bibliography at the site's page (one level up).

    A lesson links to ``bibliography.md#source_id`` (beside it in notebooks/), an exercise to
    ``../notebooks/bibliography.md#...``, a guide to ``../../notebooks/bibliography.md#...``;
    on the site all of them sit one folder below ``bibliography.md``.
    """
    return BIB_LINK.sub("](../bibliography.md", text)


def prepare_notebook(nb: dict[str, Any], repo_path: str) -> dict[str, Any]:
    """The notebook as the site shows it (see the module docstring). Never executes."""
    nb = copy.deepcopy(nb)
    meta = nb.get("metadata", {}).get("course", {})
    lesson = meta.get("kind") != "exercise"
    answers = master_answers(meta.get("master", "")) if lesson else {}
    launch = launch_html(repo_path, where="this notebook")
    number = 0
    for cell in nb["cells"]:
        cell.get("metadata", {}).pop("jupyter", None)  # no collapsed sources on the site
        if cell["cell_type"] == "markdown":
            cell["source"] = site_links("".join(cell["source"]))
        if cell["cell_type"] != "code":
            continue
        src = "".join(cell["source"])
        qs = question_calls(src)
        if qs or KEY_RE.search(src):
            parts = []
            for q in qs:
                number += 1
                parts.append(
                    question_html(
                        q,
                        number=number,
                        answer=answers.get(q["qid"]),
                        with_answer=lesson,
                        launch=launch if not lesson else "",
                    )
                )
            cell["outputs"] = [_html_output("".join(parts))] if parts else []
            # never ship a key (and not "": MyST-NB drops a cell with an empty source)
            cell["source"] = "# " + ", ".join(str(q["qid"]) for q in qs) if qs else "# question"
            _tags(cell, "remove-input")
            continue
        outputs = []
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            if WIDGET_MIME in data:
                fallback = "".join(data.get("text/plain", ""))
                if "score table" in fallback:
                    outputs.append(
                        _html_output(
                            '<div class="course-widget-note" role="note"><p><b>Your score</b> '
                            "appears here, question by question, when you run the notebook.</p>"
                            f'<p class="course-q-launch">{launch}</p></div>'
                        )
                    )
                else:
                    stored = data.get("text/html", "")
                    stored = "".join(stored) if isinstance(stored, list) else stored
                    outputs.append(_html_output(widget_note(src, fallback, launch, initial_chart(stored))))
                continue
            outputs.append(out)  # tables: site/conf.py applies fix_table_html to each page
        cell["outputs"] = outputs
    nb.get("metadata", {}).pop("widgets", None)
    return nb


# --------------------------------------------------------------------------- other pages


def _title(nb: dict[str, Any]) -> str:
    for cell in nb["cells"]:
        if cell["cell_type"] == "markdown":
            for line in "".join(cell["source"]).splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return "?"


def glossary_md() -> str:
    rows = list(csv.DictReader(open(ROOT / "data" / "glossary.csv", encoding="utf-8")))
    out = [
        "# Glossary",
        "",
        f"The course's {len(rows)} key terms (`data/glossary.csv`), with the Russian name in "
        "Cyrillic and in BGN/PCGN transliteration (and where it comes from), the year the term was "
        "first used and where the paper uses it. Footnote 1 of the paper turns on two Russian words: "
        "*obshcheye* (общее, common) gives the CES, *yedinoye* (единое, single) the SES, UES and IES.",
        "",
    ]
    for r in sorted(rows, key=lambda r: r["term"].lower()):
        name = r["term"] + (f" ({r['acronym']})" if r.get("acronym") else "")
        out += [f"({_anchor(r['term'])})=", f"## {name}", "", r["definition"], ""]
        facts = []
        if r.get("russian_cyrillic"):
            facts.append(
                f"*Russian:* {r['russian_cyrillic']} ({r.get('russian_bgn') or ''}; "
                f"from {r.get('russian_source') or '?'})"
            )
        elif r.get("russian_source"):
            facts.append(f"*Russian:* not given ({r['russian_source']})")
        if r.get("russian_translit"):
            facts.append(f"*paper's spelling:* {r['russian_translit']}")
        if r.get("first_used"):
            facts.append(f"*first used:* {r['first_used']}")
        if r.get("paper_ref"):
            facts.append(f"*paper:* {r['paper_ref']}")
        if r.get("source"):
            facts.append(f"*source:* {r['source']}")
        if facts:
            out += [" · ".join(facts), ""]
    return "\n".join(out)


def _anchor(term: str) -> str:
    return "term-" + re.sub(r"[^a-z0-9]+", "-", term.lower()).strip("-")


def sources_section(nb: dict[str, Any]) -> str:
    """The Markdown of a lesson's "Sources and further reading" section (without its title)."""
    for cell in nb["cells"]:
        src = "".join(cell["source"])
        if cell["cell_type"] == "markdown" and "## Sources and further reading" in src:
            after = src.split("## Sources and further reading", 1)[1]
            return re.split(r"\n#{1,2} ", after, maxsplit=1)[0].strip()
    return ""


def _bibliography_tool():
    spec = importlib.util.spec_from_file_location(
        "make_bibliography", ROOT / "tools" / "make_bibliography.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def bibliography_md(lessons: list[tuple[str, dict[str, Any]]]) -> str:
    """The course bibliography (notebooks/bibliography.md, with MyST targets for its anchors),
    then what each module reads and cites, then the sources of the course's data."""
    out = [
        _bibliography_tool().page(site=True),
        "",
        "## What each module reads",
        "",
        "Each module's *Sources and further reading*, then the sources of the course's data.",
        "",
    ]
    for stem, nb in lessons:
        text = sources_section(nb)
        if text:
            out += [f"### {_title(nb)}", "", f"Lesson: [{_title(nb)}](lessons/{stem}.ipynb)", "", text, ""]
    package = json.loads((ROOT / "data" / "datapackage.json").read_text(encoding="utf-8"))
    out += ["### Data sources", ""]
    for res in package.get("resources", []):
        srcs = "; ".join(
            s.get("title", "") + (f" <{s['path']}>" if s.get("path") else "") for s in res.get("sources", [])
        )
        lic = ", ".join(li.get("name", li.get("title", "")) for li in res.get("licenses", []))
        out.append(
            f"* **{res.get('title', res['name'])}** (`data/{res.get('path', res['name'])}`)"
            f"{': ' + srcs if srcs else ''}{' — licence: ' + lic if lic else ''}"
        )
    return "\n".join(out) + "\n"


def index_md(lessons, exercises, guides, config) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    intro = readme.split("\n\n")[1].strip()
    title = config["site"]["title"]
    ex = {s for s, _ in exercises}
    gd = set(guides)
    rows = [
        "| module | lesson | exercises |" + (" teaching guide |" if gd else ""),
        "|---|---|---|" + ("---|" if gd else ""),
    ]
    for stem, nb in lessons:
        num = stem.split("_", 1)[0]
        cells = [
            num,
            f"[{_title(nb)}](lessons/{stem}.ipynb)",
            f"[exercises](exercises/{stem}.ipynb)" if stem in ex else "—",
        ]
        if gd:
            cells.append(f"[guide](guides/{stem}.md)" if stem in gd else "—")
        rows.append("| " + " | ".join(cells) + " |")
    toc = [
        "```{toctree}",
        ":hidden:",
        ":caption: Lessons",
        "",
        *[f"lessons/{s}" for s, _ in lessons],
        "```",
        "",
        "```{toctree}",
        ":hidden:",
        ":caption: Exercises",
        "",
        *[f"exercises/{s}" for s, _ in exercises],
        "```",
        "",
    ]
    if gd:
        toc += [
            "```{toctree}",
            ":hidden:",
            ":caption: For instructors",
            "",
            *[f"guides/{s}" for s in guides],
            "```",
            "",
        ]
    toc += [
        "```{toctree}",
        ":hidden:",
        ":caption: Reference",
        "",
        "glossary",
        "bibliography",
        "handouts",
        "```",
        "",
    ]
    return "\n".join(
        [
            f"# {title}",
            "",
            intro,
            "",
            "Every page here shows the notebooks as they were last run: the charts, "
            "the practice questions (answers behind *Show the answer*) and the "
            "exercise questions (no answers). To move the widgets and check your "
            "answers, launch a notebook on Binder or your JupyterHub with the links at "
            "the top of each page.",
            "",
            *rows,
            "",
            *toc,
        ]
    )


def handouts_md(lessons, exercises) -> str:
    ex = {s for s, _ in exercises}
    lines = [
        "# Handouts",
        "",
        "Printable PDFs, one lesson and one exercise sheet per module "
        "(the exercise sheets leave room for answers and carry none).",
        "",
    ]
    for stem, nb in lessons:
        # raw links: the PDFs are printed from the built pages, after Sphinx has run
        parts = [f'<a href="handouts/{stem}-lesson.pdf">lesson (PDF)</a>']
        if stem in ex:
            parts.append(f'<a href="handouts/{stem}-exercises.pdf">exercise sheet (PDF)</a>')
        lines.append(f"* {_title(nb)}: " + " · ".join(parts))
    return "\n".join(lines) + "\n"


def prepare(config: dict[str, Any], src: Path = SRC) -> dict[str, list[str]]:
    """Write the Sphinx source tree; return the page names by section."""
    if src.exists():
        shutil.rmtree(src)
    (src / "lessons").mkdir(parents=True)
    (src / "exercises").mkdir()
    lessons, exercises = [], []
    for folder, target, bucket in (("notebooks", "lessons", lessons), ("exercises", "exercises", exercises)):
        for path in sorted((ROOT / folder).glob("*.ipynb")):
            nb = json.loads(path.read_text(encoding="utf-8"))
            site_nb = prepare_notebook(nb, f"{folder}/{path.name}")
            (src / target / path.name).write_text(
                json.dumps(site_nb, indent=1, ensure_ascii=False), encoding="utf-8"
            )
            bucket.append((path.stem, nb))
    guides = []
    if config["site"].get("teaching_guides", True):
        (src / "guides").mkdir()
        for path in sorted((ROOT / "instructor" / "guide").glob("*.md")):
            (src / "guides" / path.name).write_text(
                site_links(path.read_text(encoding="utf-8")), encoding="utf-8"
            )
            guides.append(path.stem)
    (src / "glossary.md").write_text(glossary_md(), encoding="utf-8")
    (src / "bibliography.md").write_text(bibliography_md(lessons), encoding="utf-8")
    (src / "handouts.md").write_text(handouts_md(lessons, exercises), encoding="utf-8")
    (src / "index.md").write_text(index_md(lessons, exercises, guides, config), encoding="utf-8")
    return {"lessons": [s for s, _ in lessons], "exercises": [s for s, _ in exercises], "guides": guides}


# --------------------------------------------------------------------------- build


def sphinx(src: Path = SRC, out: Path = OUT) -> None:
    if out.exists():
        shutil.rmtree(out)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-b",
            "html",
            "-q",
            "-W",
            "--keep-going",
            "-c",
            str(SITE),
            "-d",
            str(src.parent / "site-doctrees"),
            str(src),
            str(out),
        ],
        check=True,
    )


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass


def serve(directory: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Serve `directory` on 127.0.0.1:<free port> in a thread; return (server, base URL)."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def handouts(pages: dict[str, list[str]], out: Path = OUT, target: Path = HANDOUTS) -> list[Path]:
    """Print each lesson and exercise page to PDF with Debian's Chromium (never a download)."""
    from playwright.sync_api import sync_playwright

    target.mkdir(parents=True, exist_ok=True)
    made = []
    server, base = serve(out)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"]
            )
            page = browser.new_page()
            for section, suffix in (("lessons", "lesson"), ("exercises", "exercises")):
                for stem in pages[section]:
                    page.goto(f"{base}/{section}/{stem}.html", wait_until="load")
                    page.emulate_media(media="print")
                    pdf = target / f"{stem}-{suffix}.pdf"
                    page.pdf(
                        path=str(pdf),
                        format="A4",
                        print_background=True,
                        margin={"top": "16mm", "bottom": "16mm", "left": "14mm", "right": "14mm"},
                        display_header_footer=True,
                        header_template="<span></span>",
                        footer_template='<div style="font-size:8px;width:100%;text-align:center">'
                        '<span class="title"></span> · page '
                        '<span class="pageNumber"></span> of '
                        '<span class="totalPages"></span></div>',
                    )
                    made.append(pdf)
            browser.close()
    finally:
        server.shutdown()
    handout_dir = out / "handouts"  # the site links to its own copies
    handout_dir.mkdir(exist_ok=True)
    for pdf in made:
        shutil.copyfile(pdf, handout_dir / pdf.name)
    return made


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--no-handouts", action="store_true", help="build the website only")
    args = ap.parse_args(argv)
    config = load_config()
    t0 = time.perf_counter()
    pages = prepare(config)
    t1 = time.perf_counter()
    sphinx()
    t2 = time.perf_counter()
    pdfs = [] if args.no_handouts else handouts(pages)
    t3 = time.perf_counter()
    size = sum(f.stat().st_size for f in OUT.rglob("*") if f.is_file())
    print(
        f"site: {OUT.relative_to(ROOT)} ({size / 1e6:.1f} MB); handouts: {len(pdfs)} PDFs in "
        f"{HANDOUTS.relative_to(ROOT)}; prepare {t1 - t0:.1f} s, sphinx {t2 - t1:.1f} s, "
        f"handouts {t3 - t2:.1f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
