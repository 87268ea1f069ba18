"""The course bibliography: every source students are pointed to, in one table and one page.

* ``data/bibliography.csv`` - one row per source: title, author or publisher, date,
  address, what the course uses it for and how far the course trusts it. Compiled by the
  course from the sources named in its vetted fact sheets (``shared/reference/facts.md``
  and ``facts-later.md``, authors' workspace); the ``vetted_in`` column keeps that
  provenance for authors. Students never need the fact sheets: the address is the source.
* ``notebooks/bibliography.md`` - the same table as a page students can read in
  JupyterLab (opened as Markdown), grouped by topic.

The rows themselves live in ``data/sources/compiled/bibliography.yaml`` (one mapping per
source, exactly the columns above); this script holds the topics, kinds, old-anchor aliases
and the page layout.

Run from anywhere::

    .venv/bin/python tools/make_bibliography.py             # write the CSV and the page
    .venv/bin/python tools/make_bibliography.py --register  # also add/replace its entry
                                                            # in data/datapackage.json
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import yaml
from datapackage_io import CC_BY, COMPILED, write_csv
from datapackage_io import register as _register_resources

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
PAGE = ROOT / "notebooks" / "bibliography.md"
SOURCES_FILE = COMPILED / "bibliography.yaml"  # the rows; edit them there

COLUMNS = [
    "source_id",
    "topic",
    "title",
    "author",
    "date",
    "address",
    "kind",
    "used_for",
    "confidence",
    "vetted_in",
]
KINDS = ["paper", "book", "official", "news", "reference", "dataset", "web"]
TOPICS = {
    "paper": "The paper the course is built on, and the course's fact sheets",
    "cis1990s": "The CIS in the 1990s (modules 01, 03)",
    "conflicts": "Armed conflicts, peacekeeping and pressure on neighbours, 1988-2003 (modules 01, 03)",
    "vat": "VAT rates (module 03)",
    "gas": "Gas prices and benchmarks (modules 03, 06)",
    "voting": "Voting rules (modules 02, 06)",
    "later": "What happened next, 2006-2022 (module 06)",
    "wto": "WTO accessions (modules 05, 06)",
    "agreements": "Agreements and organisations, 1991-2017 (modules 00-06)",
    "energy": "Energy disputes and Ukraine's 2004 election (modules 03, 06)",
    "eu": "EU-Russia relations and the EU's neighbourhood (module 05)",
    "terms": "Russian names of the key terms (glossary, module 00)",
}
#: Old anchors that student text still links to, each pointing at the row now holding the
#: source (the page gives that row both anchors). Drop an alias once no text uses it.
ALIASES: dict[str, str] = {"oies_2009": "oies_2009_gas_dispute"}


def load_sources(path: Path = SOURCES_FILE, aliases: dict[str, str] = ALIASES) -> list[dict[str, str]]:
    """The rows of ``data/sources/compiled/bibliography.yaml``, checked: exactly the
    columns of the table, a known topic and kind, unique ids, and every alias pointing at a row."""
    rows = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)  # every value as text
    seen: set[str] = set()
    for row in rows:
        sid = row.get("source_id", "?")
        if list(row) != COLUMNS:
            raise ValueError(f"{sid}: columns {list(row)} are not {COLUMNS}")
        if row["topic"] not in TOPICS or row["kind"] not in KINDS:
            raise ValueError(f"{sid}: unknown topic {row['topic']!r} or kind {row['kind']!r}")
        if sid in seen:
            raise ValueError(f"{sid}: listed twice")
        seen.add(sid)
    for alias, sid in aliases.items():
        if alias in seen or sid not in seen:
            raise ValueError(f"alias {alias!r} -> {sid!r} must name a row and not be one")
    return rows


SOURCES: list[dict[str, str]] = load_sources()


def short(source_id: str) -> str:
    """The link a lesson writes to cite a source: ``[label](bibliography.md#source_id)``."""
    if source_id not in {s["source_id"] for s in SOURCES}:
        raise KeyError(f"no bibliography row {source_id!r}")
    return f"bibliography.md#{source_id}"


def page(site: bool = False) -> str:
    """The bibliography as Markdown, grouped by topic (what students open).

    Every entry carries its ``source_id`` as a stable anchor, so lessons link to
    ``bibliography.md#source_id``. In JupyterLab (``site=False``) the anchor is an HTML
    ``<a id>``, which JupyterLab's Markdown preview keeps and scrolls to; on the Sphinx site
    (``site=True``, written by ``tools/build_site.py``) it is a MyST target ``(source_id)=``,
    which Sphinx resolves when a page links to ``bibliography.md#source_id``.
    """
    lines = [
        "# Course bibliography",
        "",
        (
            "Every source the course points you to. The same list, with one more column for the "
            "course's authors, is the data file `data/bibliography.csv` (described in "
            "`data/datapackage.json`). **Confidence** says how far the course trusts a source for the "
            "use it makes of it: *High* (an official text, or two independent sources agree), *Medium* "
            "(one source), *Low* (sources conflict, or the fact is inferred), *Unconfirmed* (looked "
            "for and not found). A lesson cites an entry by a short name that links here, e.g. "
            "([CIS Charter 1993](bibliography.md#cis_charter_wikipedia))."
        ),
        "",
        (
            "*This page is generated by `tools/make_bibliography.py` from "
            "`data/sources/compiled/bibliography.yaml`; edit the list there.*"
        ),
        "",
    ]
    for topic, heading in TOPICS.items():
        rows = [s for s in SOURCES if s["topic"] == topic]
        if not rows:
            continue
        lines += [f"## {heading}", ""]
        for s in rows:
            who = f"{s['author']}. " if s["author"] else ""
            when = f" ({s['date']})" if s["date"] else ""
            where = f" <{s['address'].split(' ; ')[0]}>" if s["address"] else ""
            more = "".join(f" <{a}>" for a in s["address"].split(" ; ")[1:])
            ids = [s["source_id"], *sorted(a for a, sid in ALIASES.items() if sid == s["source_id"])]
            if site:
                lines += [f"({i})=" for i in ids] + [f"* **{s['title']}**{when}. {who}{where}{more}  "]
            else:
                anchors = "".join(f'<a id="{i}"></a>' for i in ids)
                lines.append(f"* {anchors}**{s['title']}**{when}. {who}{where}{more}  ")
            lines.append(f"  *Used for:* {s['used_for']} *Confidence:* {s['confidence']}.")
            if site:
                lines.append("")
        lines.append("")
    return "\n".join(lines)


def resource() -> dict:
    def f(name, desc, **kw):
        return {"name": name, "type": "string", "description": desc, **kw}

    return {
        "name": "bibliography",
        "path": "bibliography.csv",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "profile": "tabular-data-resource",
        "title": "Course bibliography: the sources students are pointed to",
        "description": (
            "COMPILED by the course (tools/make_bibliography.py), which also writes the student page "
            "notebooks/bibliography.md. One row per source a lesson, exercise or data file cites: "
            "title, author or publisher, date, address, what the course uses it for, and the "
            "confidence the course gives it for that use. vetted_in names the fact-sheet section "
            "(authors' workspace) where the source was read and checked."
        ),
        "sources": [
            {
                "title": "The publications each row names (title, author, date, address)",
                "path": "notebooks/bibliography.md",
            }
        ],
        "provenance": (
            "Compiled by the course (tools/make_bibliography.py, rows in "
            "data/sources/compiled/bibliography.yaml) from the sources named in its vetted fact "
            "sheets, facts.md and facts-later.md (notebooks/sources/), and from stored public pages "
            "the course read itself; the vetted_in column keeps that provenance row by row."
        ),
        "licenses": [CC_BY],
        "schema": {
            "fields": [
                f(
                    "source_id",
                    "Identifier used to refer to the source.",
                    constraints={"required": True, "unique": True, "pattern": "^[a-z0-9_]+$"},
                ),
                f(
                    "topic",
                    "Topic heading on the student page.",
                    constraints={"required": True, "enum": list(TOPICS)},
                ),
                f(
                    "title",
                    "Title (translated or described in brackets where needed).",
                    constraints={"required": True},
                ),
                f("author", "Author, publisher or issuing body; empty if none."),
                f(
                    "date",
                    "Date as precisely as known (ISO where exact); free text where the source is undated "
                    "or the date is inferred; empty if unknown.",
                ),
                f(
                    "address",
                    "Web address(es), ' ; '-separated; empty for print-only sources or the unidentified paper.",
                ),
                f("kind", "Kind of source.", constraints={"required": True, "enum": KINDS}),
                f("used_for", "What the course uses it for, and where.", constraints={"required": True}),
                f(
                    "confidence",
                    "High / Medium / Low / Unconfirmed for that use, as in the fact sheets.",
                    constraints={"required": True},
                ),
                f(
                    "vetted_in",
                    "Where the course's authors read and checked it.",
                    constraints={"required": True},
                ),
            ],
            "primaryKey": ["source_id"],
            "missingValues": [""],
        },
    }


def main(argv: list[str]) -> int:
    write_csv(DATA / "bibliography.csv", COLUMNS, SOURCES)
    PAGE.write_text(page() + "\n", encoding="utf-8")
    if "--register" in argv:
        _register_resources([resource()])
    print(
        f"wrote data/bibliography.csv ({len(SOURCES)} sources) and notebooks/bibliography.md"
        + (" and registered it" if "--register" in argv else "")
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
