"""course.links: a Binder and a JupyterHub (nbgitpuller) link per module, from deploy/course.toml."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from course import links

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def site():
    return links.load_site(ROOT / "deploy" / "course.toml")


def test_every_lesson_and_exercise_is_a_module_with_links(site):
    mods = links.modules(ROOT)
    assert [m[0] for m in mods] == sorted(
        {p.name[:2] for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")}
    )
    with_exercise = [n for n, _l, ex in mods if ex is not None]
    assert with_exercise == [f"{i:02d}" for i in range(7)]
    table = links.table(site, ROOT)
    assert table.count("[Binder](") == table.count("[hub](") == len(mods) + len(with_exercise)


def test_hub_link_is_nbgitpuller_opening_the_notebook_in_the_pulled_folder(site):
    url = urlparse(links.hub_link(site, "notebooks/02_single_economic_space.ipynb"))
    assert f"{url.scheme}://{url.netloc}" == site.hub
    assert url.path == "/hub/user-redirect/git-pull"
    q = {k: v[0] for k, v in parse_qs(url.query).items()}
    _owner, name = site.owner_name
    assert q == {
        "repo": site.repo,
        "branch": site.branch,
        "urlpath": f"lab/tree/{name}/notebooks/02_single_economic_space.ipynb",
    }


def test_binder_link_opens_the_notebook_in_lab(site):
    owner, name = site.owner_name
    assert links.binder_link(site, "exercises/03_instruments.ipynb") == (
        f"https://mybinder.org/v2/gh/{owner}/{name}/{site.branch}?urlpath=lab/tree/exercises/03_instruments.ipynb"
    )


def test_hub_and_repo_come_from_one_config_and_flags_override_it(tmp_path):
    cfg = tmp_path / "course.toml"
    cfg.write_text(
        'repo = "https://github.com/uni-x/ps-course"\nbranch = "term-2027"\n'
        'hub = "https://jhub.uni-x.example"\n'
    )
    site = links.load_site(cfg)
    link = links.hub_link(site, "notebooks/00_start_here.ipynb")
    assert link.startswith(
        "https://jhub.uni-x.example/hub/user-redirect/git-pull?repo=https://github.com/uni-x/ps-course"
        "&branch=term-2027&urlpath=lab/tree/ps-course/notebooks/00_start_here.ipynb"
    )
    assert "/v2/gh/uni-x/ps-course/term-2027?" in links.binder_link(site, "notebooks/00_start_here.ipynb")
    other = links.load_site(cfg, hub="https://other.example", branch=None)
    assert other.hub == "https://other.example" and other.branch == "term-2027"


@pytest.mark.parametrize(
    "repo", ["https://gitlab.com/a/b", "https://github.com/only-owner", "github.com/a/b"]
)
def test_a_repo_that_is_not_a_github_repository_is_refused(tmp_path, repo):
    cfg = tmp_path / "course.toml"
    cfg.write_text(f'repo = "{repo}"\n')
    with pytest.raises(ValueError, match="github.com"):
        links.binder_link(links.load_site(cfg), "notebooks/00_start_here.ipynb")


def test_readme_module_table_carries_the_current_links_of_every_module(site):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert links.update_readme(readme, site, ROOT) == readme, "run: python -m course.links --readme"
    block = readme.split(links.README_START)[1].split(links.README_END)[0]
    for number, lesson, exercise in links.modules(ROOT):
        if exercise is None:  # the course report (99) is opened from module 06
            continue
        row = next(line for line in block.splitlines() if line.startswith(f"| {number} |"))
        assert row.endswith(f"{links.cell(site, lesson)} |")
