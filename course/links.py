"""Links that open each module: on Binder, and on a JupyterHub through nbgitpuller.

The repository, branch and hub address come from one file, ``deploy/course.toml``
(flags override it)::

    python -m course.links                      # a Markdown table of every link
    python -m course.links --hub https://hub.uni.example --branch spring-2027
    python -m course.links --readme             # rewrite the links column of README.md

The hub link is nbgitpuller's: ``<hub>/hub/user-redirect/git-pull?repo=…&branch=…&urlpath=…``.
It logs the student in, pulls (or updates, never overwriting their edits) the repository into
``~/<repo name>`` and opens ``lab/tree/<repo name>/notebooks/NN_name.ipynb``.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlencode, urlparse

from . import paths

CONFIG = Path("deploy") / "course.toml"
README_START, README_END = "<!-- module-links:start -->", "<!-- module-links:end -->"


@dataclass(frozen=True)
class Site:
    repo: str  # https://github.com/<owner>/<name>
    branch: str = "main"
    hub: str = "https://hub.example.org"
    binder: str = "https://mybinder.org"

    @property
    def owner_name(self) -> tuple[str, str]:
        parts = urlparse(self.repo).path.strip("/").removesuffix(".git").split("/")
        if urlparse(self.repo).netloc != "github.com" or len(parts) != 2 or not all(parts):
            raise ValueError(f"repo must be https://github.com/<owner>/<name>, not {self.repo!r}")
        return parts[0], parts[1]


def load_site(config: Path | None = None, **overrides: str | None) -> Site:
    """``deploy/course.toml`` of the course folder, with any non-empty ``overrides``."""
    file = config if config is not None else paths.course_dir() / CONFIG
    values = tomllib.loads(file.read_text(encoding="utf-8"))
    values.update({k: v for k, v in overrides.items() if v})
    unknown = set(values) - set(Site.__dataclass_fields__)
    if unknown:
        raise ValueError(f"{file}: unknown keys {sorted(unknown)}")
    return Site(**values)


def binder_link(site: Site, notebook: str) -> str:
    """``notebook`` relative to the course folder, e.g. ``notebooks/00_start_here.ipynb``."""
    owner, name = site.owner_name
    return (
        f"{site.binder.rstrip('/')}/v2/gh/{owner}/{name}/{quote(site.branch, safe='')}"
        f"?urlpath={quote('lab/tree/' + notebook, safe='/')}"
    )


def hub_link(site: Site, notebook: str) -> str:
    """nbgitpuller link: pull the repository into ``~/<name>`` and open ``notebook`` there."""
    _owner, name = site.owner_name
    query = urlencode(
        {"repo": site.repo, "branch": site.branch, "urlpath": f"lab/tree/{name}/{notebook}"}, safe="/:"
    )
    return f"{site.hub.rstrip('/')}/hub/user-redirect/git-pull?{query}"


def modules(root: Path | None = None) -> list[tuple[str, str, str | None]]:
    """(number, lesson path, exercise path or None) for every lesson in ``notebooks/``."""
    root = root if root is not None else paths.course_dir()
    out = []
    for nb in sorted((root / "notebooks").glob("[0-9][0-9]_*.ipynb")):
        ex = root / "exercises" / nb.name
        out.append((nb.name[:2], f"notebooks/{nb.name}", f"exercises/{nb.name}" if ex.is_file() else None))
    return out


def cell(site: Site, notebook: str) -> str:
    """The README's links cell for one module."""
    return f"[Binder]({binder_link(site, notebook)}) · [hub]({hub_link(site, notebook)})"


def table(site: Site, root: Path | None = None) -> str:
    lines = ["| # | lesson | exercise |", "|---|---|---|"]
    for number, lesson, exercise in modules(root):
        lines.append(f"| {number} | {cell(site, lesson)} | {cell(site, exercise) if exercise else '–'} |")
    return "\n".join(lines)


def update_readme(text: str, site: Site, root: Path | None = None) -> str:
    """Set the last cell of each module row between the README markers to that module's links."""
    if README_START not in text or README_END not in text:
        raise ValueError(f"README has no {README_START} … {README_END} block")
    head, rest = text.split(README_START, 1)
    block, tail = rest.split(README_END, 1)
    lessons = {number: lesson for number, lesson, _ex in modules(root)}
    rows = []
    for line in block.split("\n"):
        m = re.match(r"\|\s*(\d\d)\s*\|", line)
        if m and m.group(1) in lessons:
            cells = line.strip().strip("|").split(" | ")
            cells[-1] = cell(site, lessons[m.group(1)])
            line = "| " + " | ".join(c.strip() for c in cells) + " |"
        rows.append(line)
    return head + README_START + "\n".join(rows) + README_END + tail


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m course.links", description=__doc__.split("\n")[0])
    ap.add_argument("--config", type=Path, help="default: deploy/course.toml of the course folder")
    ap.add_argument("--repo"), ap.add_argument("--branch"), ap.add_argument("--hub")
    ap.add_argument("--readme", action="store_true", help="rewrite the module table of README.md")
    a = ap.parse_args(argv)
    try:
        site = load_site(a.config, repo=a.repo, branch=a.branch, hub=a.hub)
    except (OSError, ValueError, paths.CourseDirNotFound) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if a.readme:
        readme = paths.course_dir() / "README.md"
        readme.write_text(update_readme(readme.read_text(encoding="utf-8"), site), encoding="utf-8")
        print(f"updated {readme}")
    else:
        print(table(site))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
