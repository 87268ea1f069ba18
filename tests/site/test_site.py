"""The course website and handouts as a reader meets them (build/site/, build/handouts/).

The site is built once per session by `.venv-site/bin/python tools/build_site.py` (what
`make site` runs) unless build/site/ is already there (COURSE_SITE_REBUILD=1 forces a build),
served on 127.0.0.1 and opened in headless Debian Chromium. Load times go to
artifacts/site_timings.json (measured, never asserted).
"""

from __future__ import annotations

import dataclasses
import html.parser
import json
import os
import re
import subprocess
import time
import urllib.parse
from pathlib import Path

import build_site  # tools/ is on pytest's pythonpath (pyproject.toml)
import pytest
from harness import lab

from course import links

ROOT = Path(__file__).resolve().parents[2]

SITE_PY = ROOT / ".venv-site" / "bin" / "python"
pytestmark = pytest.mark.browser


@pytest.fixture(scope="session")
def site() -> Path:
    built = (build_site.OUT / "index.html").exists() and any(build_site.HANDOUTS.glob("*.pdf"))
    if os.environ.get("COURSE_SITE_REBUILD") or not built:
        if not SITE_PY.exists():
            pytest.fail("no .venv-site: run `python3.11 tools/setup_env.py --site` (make test does)")
        subprocess.run([str(SITE_PY), str(ROOT / "tools" / "build_site.py")], check=True, cwd=ROOT)
    return build_site.OUT


@pytest.fixture(scope="session")
def served(site):
    server, base = build_site.serve(site)
    yield base
    server.shutdown()


@pytest.fixture(scope="session")
def browser(playwright):
    b = playwright.chromium.launch(executable_path=lab.CHROMIUM, args=lab.CHROMIUM_ARGS)
    yield b
    b.close()


def pages(site: Path) -> list[str]:
    return sorted(
        p.relative_to(site).as_posix()
        for p in site.rglob("*.html")
        if not p.relative_to(site).as_posix().startswith("_")
    )


class _Links(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        for name in ("href", "src"):
            if a.get(name):
                self.refs.append(a[name])


def _parse(path: Path) -> _Links:
    p = _Links()
    p.feed(path.read_text(encoding="utf-8"))
    return p


def test_site_has_every_lesson_exercise_guide_and_reference_page(site):
    have = set(pages(site))
    for folder, target in (
        ("notebooks", "lessons"),
        ("exercises", "exercises"),
        ("instructor/guide", "guides"),
    ):
        for src in (ROOT / folder).glob("*.*"):
            # a lesson is a notebook; notebooks/bibliography.md is the reference page below
            if src.suffix == ".ipynb" or (src.suffix == ".md" and folder != "notebooks"):
                assert f"{target}/{src.stem}.html" in have, src
    assert {"index.html", "glossary.html", "bibliography.html", "handouts.html", "search.html"} <= have


def test_every_internal_link_and_anchor_resolves(site):
    broken = []
    parsed: dict[Path, _Links] = {}
    for page in pages(site):
        path = site / page
        links = parsed.setdefault(path, _parse(path))
        for ref in links.refs:
            url = urllib.parse.urlsplit(ref)
            if url.scheme or ref.startswith(("//", "mailto:", "javascript:")):
                continue
            target = (path.parent / urllib.parse.unquote(url.path)).resolve() if url.path else path
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page}: {ref}")
            elif url.fragment and target.suffix == ".html":
                ids = parsed.setdefault(target, _parse(target)).ids
                if url.fragment not in ids:
                    broken.append(f"{page}: {ref} (no id {url.fragment!r})")
    assert not broken, "\n".join(broken[:30])


def test_no_page_carries_an_answer_key_and_exercise_pages_no_answers(site):
    for page in pages(site):
        text = (site / page).read_text(encoding="utf-8")
        assert not build_site.KEY_RE.search(text), f"{page} shows a hidden answer key"
        if page.startswith("exercises/"):
            assert "course-reveal" not in text and "Show the answer" not in text, page
            assert "answer=" not in text and "key=" not in text, page
    for nb in (site.parent / "site-src" / "exercises").glob("*.ipynb"):
        assert not build_site.KEY_RE.search(nb.read_text(encoding="utf-8")), nb


def test_every_page_has_binder_and_hub_launch_links_from_the_one_config(site):
    course_site = links.load_site(ROOT / links.CONFIG)  # deploy/course.toml
    for page in pages(site):
        if page in ("search.html", "genindex.html"):
            continue
        text = (site / page).read_text(encoding="utf-8")
        notebook = build_site.repo_path_for(page[:-5])
        assert html_escape(links.binder_link(course_site, notebook)) in text, page
        assert html_escape(links.hub_link(course_site, notebook)) in text, page


def html_escape(s: str) -> str:
    import html

    return html.escape(s)


def test_launch_links_are_course_links_for_the_configured_repository_and_hub(tmp_path):
    config = tmp_path / "course.toml"
    config.write_text(
        'repo = "https://github.com/me/course"\nbranch = "fall-2027"\n'
        'binder = "https://binder.example"\nhub = "https://hub.uni.example/"\n'
    )
    course_site = links.load_site(config)
    got = build_site.launch_links("exercises/02_x.ipynb", course_site)
    assert got["binder"] == links.binder_link(course_site, "exercises/02_x.ipynb")
    assert got["binder"].startswith("https://binder.example/v2/gh/me/course/fall-2027?urlpath=")
    hub = urllib.parse.urlsplit(got["jupyterhub"])
    assert (hub.netloc, hub.path) == ("hub.uni.example", "/hub/user-redirect/git-pull")
    assert urllib.parse.parse_qs(hub.query) == {
        "repo": ["https://github.com/me/course"],
        "branch": ["fall-2027"],
        "urlpath": ["lab/tree/course/exercises/02_x.ipynb"],
    }
    no_hub = dataclasses.replace(course_site, hub="")
    assert "jupyterhub" not in build_site.launch_links("notebooks/00_start_here.ipynb", no_hub)


def test_every_page_loads_offline_without_console_errors_or_axe_violations(site, served, browser):
    """Every page: 0 requests to another host, no console error, no failed request, and
    axe-core finds no violation of any impact on the whole page (no allow-list)."""
    problems, timings = [], {}
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    for page_name in pages(site):
        page = context.new_page()
        log: dict[str, list[str]] = {"foreign": [], "errors": [], "failed": []}
        page.on(
            "request",
            lambda r, log=log: (
                None
                if r.url.startswith((served, "data:", "blob:", "about:"))
                else log["foreign"].append(r.url)
            ),
        )
        page.on("console", lambda m, log=log: log["errors"].append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e, log=log: log["errors"].append(str(e)))
        page.on(
            "response",
            lambda r, log=log: log["failed"].append(f"{r.status} {r.url}") if r.status >= 400 else None,
        )
        t0 = time.perf_counter()
        page.goto(f"{served}/{page_name}", wait_until="load")
        timings[page_name] = round((time.perf_counter() - t0) * 1000)
        page.add_script_tag(path=str(lab.AXE_JS))
        axe = page.evaluate(
            "async () => (await axe.run(document, {resultTypes: ['violations']}))"
            ".violations.map(v => `${v.id} (${v.impact}): ${v.nodes.length} x `"
            " + v.nodes.slice(0, 2).map(n => n.html.slice(0, 120)).join(' | '))"
        )
        for kind, items in log.items():
            problems += [f"{page_name}: {kind}: {i}" for i in items]
        problems += [f"{page_name}: axe {v}" for v in axe]
        page.close()
    context.close()
    out = lab.ARTIFACTS / "site_timings.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    heaviest = max(timings, key=lambda p: (site / p).stat().st_size)
    out.write_text(
        json.dumps(
            {
                "load_ms": timings,
                "heaviest_page": heaviest,
                "heaviest_bytes": (site / heaviest).stat().st_size,
            },
            indent=1,
        )
    )
    assert not problems, "\n".join(problems[:40])


def test_lesson_shows_charts_as_svg_and_practice_answers_only_after_reveal(served, browser):
    page = browser.new_page()
    page.goto(f"{served}/lessons/01_cis_1990s.html", wait_until="load")
    charts = page.eval_on_selector_all(
        ".course-chart img", "els => els.map(e => [e.src.slice(0, 26), e.naturalWidth, e.alt])"
    )
    assert len(charts) >= 2
    assert all(src.startswith("data:image/svg+xml") and w > 0 and alt for src, w, alt in charts), charts
    reveal = page.locator("details.course-reveal").first
    answer = reveal.locator("p").first
    assert not answer.is_visible()
    reveal.locator("summary").click()
    assert answer.is_visible() and answer.inner_text().strip() == "26"
    note = page.locator(".course-widget-note").first
    assert "slider from 1991 to 2000" in note.inner_text() and "redraws the chart" in note.inner_text()
    first_view = note.locator(".course-chart img")  # the widget's stored first chart
    assert first_view.count() == 1
    assert first_view.evaluate("e => e.src.startsWith('data:image/svg+xml') && e.naturalWidth > 0")
    assert "31 December 1991" in first_view.get_attribute("alt")
    assert note.locator(".course-launch-binder").count() == 1
    page.close()


def test_exercise_page_shows_questions_readable_without_answers(served, browser):
    page = browser.new_page()
    page.goto(f"{served}/exercises/01_cis_1990s.html", wait_until="load")
    questions = page.locator(".course-question")
    assert questions.count() == 15
    assert "Put these agreements" in questions.first.inner_text()
    assert page.locator("details").count() == 0
    page.close()


def test_search_finds_a_glossary_term_offline(served, browser):
    page = browser.new_page()
    page.goto(f"{served}/search.html?q=Belovezha", wait_until="load")
    page.wait_for_selector("#search-results li a", timeout=20_000)
    hits = page.eval_on_selector_all("#search-results li a", "els => els.map(e => e.href)")
    assert any("lessons/01_cis_1990s.html" in h for h in hits), hits
    page.close()


def test_handouts_are_pdfs_per_module_and_exercise_sheets_carry_no_answers(site):
    lessons = sorted(p.stem for p in (ROOT / "notebooks").glob("*.ipynb"))
    exercises = sorted(p.stem for p in (ROOT / "exercises").glob("*.ipynb"))
    for stem, kind in [*((s, "lesson") for s in lessons), *((s, "exercises") for s in exercises)]:
        pdf = build_site.HANDOUTS / f"{stem}-{kind}.pdf"
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page[^s]", data)) >= 1, pdf
        assert (site / "handouts" / pdf.name).exists()
    text = subprocess.run(
        ["pdftotext", str(build_site.HANDOUTS / "01_cis_1990s-exercises.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Put these agreements" in text
    assert not build_site.KEY_RE.search(text) and "Show the answer" not in text
    lesson = subprocess.run(
        ["pdftotext", str(build_site.HANDOUTS / "01_cis_1990s-lesson.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "CIS agreements, 1991" in lesson  # a chart's caption is printed with it
