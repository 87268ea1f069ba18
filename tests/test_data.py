"""Hold every file in data/ to its descriptor, data/datapackage.json.

The generic checks read the files with the standard library (not with
course.data), so they test the files themselves; the named tests below them
check facts, derivations and the course.data helpers.
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import json
import math
import re
from pathlib import Path

import pandas as pd
import pytest

from course import data

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT / "data"
SOURCES = DATA_DIR / "sources"  # extracts of the raw sources (tools/extract_sources.py)
NOT_RESOURCES = {"datapackage.json", "README.md"}
TYPES = {"string", "integer", "number", "date", "boolean", "year"}
NUMERIC = {"integer", "number"}

DESCRIPTOR = json.loads((DATA_DIR / "datapackage.json").read_text(encoding="utf-8"))
RESOURCES = DESCRIPTOR["resources"]
CSV_RESOURCES = [r for r in RESOURCES if r.get("format") == "csv"]
MAP_RESOURCES = [r for r in RESOURCES if r.get("format") == "topojson"]


def _ids(resources):
    return [r["name"] for r in resources]


def read_rows(res: dict) -> tuple[list[str], list[list[str]]]:
    """Header and rows of a CSV resource, read strictly as UTF-8 text."""
    raw = (DATA_DIR / res["path"]).read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), f"{res['path']} starts with a BOM"
    text = raw.decode("utf-8")
    rows = list(csv.reader(text.splitlines(), delimiter=","))
    return rows[0], rows[1:]


def records(res: dict) -> list[dict[str, str]]:
    header, rows = read_rows(res)
    return [dict(zip(header, row)) for row in rows]


def by_name(name: str) -> dict:
    return next(r for r in RESOURCES if r["name"] == name)


def is_missing(value: str, res: dict) -> bool:
    return value in res["schema"].get("missingValues", [""])


def parses_as(value: str, kind: str) -> bool:
    """True if a non-missing cell is a valid lexical value of a Table Schema type."""
    if kind == "string":
        return True
    if kind == "integer":
        return re.fullmatch(r"-?[0-9]+", value) is not None
    if kind == "year":
        return re.fullmatch(r"[0-9]{4}", value) is not None
    if kind == "number":
        try:
            return math.isfinite(float(value))
        except ValueError:
            return False
    if kind == "date":
        try:
            return dt.date.fromisoformat(value).isoformat() == value
        except ValueError:
            return False
    if kind == "boolean":
        return value in {"true", "false"}
    return False


# --- the descriptor and the folder ------------------------------------------------


def test_descriptor_has_top_level_metadata():
    for key in ("name", "title", "description"):
        assert isinstance(DESCRIPTOR.get(key), str) and DESCRIPTOR[key].strip(), key
    assert DESCRIPTOR["licenses"], "top-level licenses missing"
    assert RESOURCES


def test_every_file_in_data_is_listed_in_the_descriptor():
    listed = {r["path"] for r in RESOURCES}
    on_disk = {
        p.relative_to(DATA_DIR).as_posix()
        for p in DATA_DIR.rglob("*")
        if p.is_file()
        and p.relative_to(DATA_DIR).as_posix() not in NOT_RESOURCES
        and not p.is_relative_to(SOURCES)  # raw sources the tools read, not course tables
    }
    unlisted = sorted(on_disk - listed)
    assert not unlisted, f"files in data/ not in datapackage.json: {unlisted}"


def test_every_listed_path_exists():
    missing = [r["path"] for r in RESOURCES if not (DATA_DIR / r["path"]).is_file()]
    assert not missing, f"listed but missing: {missing}"


def test_resource_names_and_paths_are_unique():
    assert len({r["name"] for r in RESOURCES}) == len(RESOURCES)
    assert len({r["path"] for r in RESOURCES}) == len(RESOURCES)


@pytest.mark.parametrize("res", RESOURCES, ids=_ids(RESOURCES))
def test_resource_metadata_is_complete(res):
    assert re.fullmatch(r"[a-z][a-z0-9_]*", res["name"]), "name must be snake_case"
    assert not Path(res["path"]).is_absolute() and ".." not in Path(res["path"]).parts
    for key in ("title", "description", "format", "mediatype"):
        assert isinstance(res.get(key), str) and res[key].strip(), f"{key} missing"
    assert res["licenses"], "licenses empty"
    for lic in res["licenses"]:
        for key in ("name", "title", "path"):
            assert str(lic.get(key, "")).strip(), f"licence {lic} lacks {key}"
    assert res["sources"], "sources empty"
    for src in res["sources"]:
        for key in ("title", "path"):
            assert str(src.get(key, "")).strip(), f"source {src} lacks {key}"


# --- every CSV against its schema --------------------------------------------------


@pytest.mark.parametrize("res", CSV_RESOURCES, ids=_ids(CSV_RESOURCES))
def test_csv_schema_is_well_formed(res):
    assert res["mediatype"] == "text/csv"
    schema = res["schema"]
    assert schema["missingValues"] == [""]
    names = [f["name"] for f in schema["fields"]]
    assert len(names) == len(set(names))
    for field in schema["fields"]:
        assert field["type"] in TYPES, field
        assert field.get("description", "").strip(), f"{field['name']} has no description"
        if "unit" in field:
            assert field["type"] in NUMERIC and field["unit"].strip(), field
    pk = schema["primaryKey"]
    assert pk and set(pk) <= set(names)


@pytest.mark.parametrize("res", CSV_RESOURCES, ids=_ids(CSV_RESOURCES))
def test_csv_header_equals_schema_fields_in_order(res):
    header, rows = read_rows(res)
    assert header == [f["name"] for f in res["schema"]["fields"]]
    assert rows, "table is empty"
    bad = [i for i, row in enumerate(rows, start=2) if len(row) != len(header)]
    assert not bad, f"rows with the wrong number of cells (line numbers): {bad[:10]}"


@pytest.mark.parametrize("res", CSV_RESOURCES, ids=_ids(CSV_RESOURCES))
def test_csv_values_parse_and_meet_constraints(res):
    errors = []
    recs = records(res)
    for field in res["schema"]["fields"]:
        name, kind, cons = field["name"], field["type"], field.get("constraints", {})
        seen = set()
        for line, rec in enumerate(recs, start=2):
            value = rec[name]
            if is_missing(value, res):
                if cons.get("required"):
                    errors.append(f"line {line}: required {name} is empty")
                continue
            if value != value.strip():
                errors.append(f"line {line}: {name} has surrounding spaces")
            if not parses_as(value, kind):
                errors.append(f"line {line}: {name}={value!r} is not a {kind}")
                continue
            if "enum" in cons and value not in cons["enum"]:
                errors.append(f"line {line}: {name}={value!r} not in {cons['enum']}")
            if "pattern" in cons and not re.fullmatch(cons["pattern"], value):
                errors.append(f"line {line}: {name}={value!r} does not match {cons['pattern']}")
            if "minimum" in cons and float(value) < cons["minimum"]:
                errors.append(f"line {line}: {name}={value!r} below {cons['minimum']}")
            if cons.get("unique"):
                if value in seen:
                    errors.append(f"line {line}: {name}={value!r} not unique")
                seen.add(value)
    assert not errors, "\n".join(errors[:30])


@pytest.mark.parametrize("res", CSV_RESOURCES, ids=_ids(CSV_RESOURCES))
def test_csv_primary_key_is_unique_and_complete(res):
    pk = res["schema"]["primaryKey"]
    keys = [tuple(rec[k] for k in pk) for rec in records(res)]
    assert all(all(part != "" for part in key) for key in keys), "empty primary-key cell"
    dupes = sorted({k for k in keys if keys.count(k) > 1})
    assert not dupes, f"duplicate primary keys: {dupes}"


@pytest.mark.parametrize("res", CSV_RESOURCES, ids=_ids(CSV_RESOURCES))
def test_csv_foreign_keys_resolve(res):
    for fk in res["schema"].get("foreignKeys", []):
        assert isinstance(fk["fields"], list), "foreignKeys fields are a list (Table Schema)"
        (field,), (target_field,) = fk["fields"], fk["reference"]["fields"]
        target = by_name(fk["reference"]["resource"])
        allowed = {rec[target_field] for rec in records(target)}
        values = {rec[field] for rec in records(res)} - {""}
        assert values <= allowed, f"{fk['fields']} values not in {target['name']}: {sorted(values - allowed)}"


@pytest.mark.parametrize("res", CSV_RESOURCES, ids=_ids(CSV_RESOURCES))
def test_load_gives_the_schema_dtypes(res):
    df = data.load(res["name"])
    assert list(df.columns) == [f["name"] for f in res["schema"]["fields"]]
    for field in res["schema"]["fields"]:
        col = df[field["name"]]
        kind = field["type"]
        if kind == "string":
            assert pd.api.types.is_string_dtype(col), field["name"]
        elif kind == "integer":
            assert str(col.dtype) == "Int64", field["name"]
        elif kind == "year":
            assert pd.api.types.is_integer_dtype(col), field["name"]
        elif kind == "number":
            assert pd.api.types.is_float_dtype(col), field["name"]
        elif kind == "date":
            assert pd.api.types.is_datetime64_dtype(col), field["name"]


def test_numeric_macro_fields_carry_units():
    fields = {f["name"]: f for f in by_name("macro")["schema"]["fields"]}
    for name in ("population", "gdp_usd", "gdp_pc_usd", "gdp_pc_ppp", "gdp_ppp"):
        assert fields[name].get("unit", "").strip(), f"{name} has no unit"


# --- the map ------------------------------------------------------------------------


def _states() -> list[dict[str, str]]:
    return records(by_name("states"))


@pytest.mark.parametrize("res", MAP_RESOURCES, ids=_ids(MAP_RESOURCES))
def test_map_has_exactly_the_15_states_and_valid_arcs(res):
    topo = json.loads((DATA_DIR / res["path"]).read_text(encoding="utf-8"))
    assert topo["type"] == "Topology" and "transform" in topo
    geoms = topo["objects"]["countries"]["geometries"]
    states = {s["iso_num"]: s for s in _states()}
    ids = [g["id"] for g in geoms]
    assert len(ids) == 15 and set(ids) == set(states)
    for g in geoms:
        assert g["properties"] == {"iso3": states[g["id"]]["iso3"], "name": states[g["id"]]["name_en"]}
    n = len(topo["arcs"])
    used = set()

    def walk(arcs):
        if isinstance(arcs, int):
            i = arcs if arcs >= 0 else ~arcs
            assert 0 <= i < n, f"arc index {arcs} out of range (0..{n - 1})"
            used.add(i)
        else:
            for a in arcs:
                walk(a)

    for g in geoms:
        walk(g["arcs"])
    assert used == set(range(n)), "the map keeps arcs that no geometry uses"


def test_map_description_states_border_view_and_alternative():
    desc = by_name("post_soviet_110m")["description"]
    assert "UN view" in desc and "Crimea" in desc and "world-atlas" in desc and "de facto" in desc
    licences = {lic["name"] for lic in by_name("post_soviet_110m")["licenses"]}
    assert {"BSD-3-Clause", "public-domain"} <= licences


def _decoded_rings(topo: dict, geom: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    rings = []
    for polygon in geom["arcs"]:
        for ring in polygon:
            pts: list[tuple[float, float]] = []
            for i in ring:
                seg = arcs[i] if i >= 0 else arcs[~i][::-1]
                pts.extend(seg if not pts else seg[1:])
            rings.append(pts)
    return rings


def _inside(pt, ring) -> bool:
    x, y = pt
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside


def test_map_puts_crimea_in_ukraine_un_view():
    # Simferopol, 34.10 E 44.95 N: the test point of the world-atlas README.
    topo = data.topojson()
    simferopol = (34.10, 44.95)
    holders = [
        g["properties"]["iso3"]
        for g in topo["objects"]["countries"]["geometries"]
        if any(_inside(simferopol, r) for r in _decoded_rings(topo, g))
    ]
    assert holders == ["UKR"]


# --- reproducibility from data/sources -----------------------------------------------


def _make_data():
    spec = importlib.util.spec_from_file_location("make_data", ROOT / "tools" / "make_data.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_make_data_reproduces_the_committed_derived_files():
    md = _make_data()
    states = md.build_states()
    assert records(by_name("states")) == states
    assert records(by_name("macro")) == md.build_macro([s["iso3"] for s in states])
    topo, fname = md.build_map(states)
    assert fname == "110m.json", "all 15 states must exist at 110m"
    assert data.topojson() == json.loads(json.dumps(topo))


def test_russia_population_2003_matches_world_bank_source():
    src = pd.read_csv(SOURCES / "world-bank-wdi" / "indicators" / "sp.pop.totl.csv", dtype=str)
    expected = src[(src["Country Code"] == "RUS") & (src["Year"] == "2003")]["Value"].item()
    macro = data.load("macro")
    got = macro[(macro.iso3 == "RUS") & (macro.year == 2003)]["population"].item()
    assert got == int(expected)


def test_every_macro_value_equals_its_world_bank_source_text():
    md = _make_data()
    macro = {(r["iso3"], r["year"]): r for r in records(by_name("macro"))}
    for col, code in md.INDICATORS.items():
        src = pd.read_csv(
            SOURCES / "world-bank-wdi" / "indicators" / f"{code}.csv", dtype=str, keep_default_na=False
        )
        for iso3, year, value in zip(src["Country Code"], src["Year"], src["Value"]):
            if (iso3, year) in macro:
                assert macro[(iso3, year)][col] == value.strip(), (col, iso3, year)


def test_states_codes_match_country_codes_source():
    cc = pd.read_csv(
        SOURCES / "datasets-country-codes" / "country-codes.csv", dtype=str, keep_default_na=False
    ).set_index("ISO3166-1-Alpha-3")
    for s in _states():
        assert s["iso2"] == cc.loc[s["iso3"], "ISO3166-1-Alpha-2"]
        assert s["iso_num"] == cc.loc[s["iso3"], "ISO3166-1-numeric"].zfill(3)


# --- facts and derivations ------------------------------------------------------------


def test_gdp_ppp_is_per_capita_times_population():
    m = data.load("macro")
    both = m["gdp_pc_ppp"].notna() & m["population"].notna()
    expected = m.loc[both, "gdp_pc_ppp"] * m.loc[both, "population"].astype("float64")
    assert (abs(m.loc[both, "gdp_ppp"] - expected) <= 1e-9 * expected).all()
    assert m.loc[~both, "gdp_ppp"].isna().all(), "gdp_ppp must be empty when an input is missing"


def test_macro_covers_15_states_from_1990_to_latest_year_without_filling():
    m = data.load("macro")
    assert set(m.iso3) == {s["iso3"] for s in _states()}
    assert m.year.min() == 1990
    assert m.groupby("iso3").year.apply(lambda y: sorted(y) == list(range(1990, m.year.max() + 1))).all()
    # the Baltic GDP series start later: the gaps must stay gaps
    assert m[(m.iso3 == "EST") & (m.year == 1990)]["gdp_usd"].isna().item()


def test_load_keeps_iso_num_as_string():
    states = data.load("states").set_index("iso3")
    assert states.loc["ARM", "iso_num"] == "051"
    assert states.loc["RUS", "name_ru_translit"] == "Rossiya"
    assert len(states) == 15


def test_load_unknown_name_raises_keyerror_listing_names():
    with pytest.raises(KeyError, match="available: .*states"):
        data.load("no_such_table")


def test_members_on_cis_2010_excludes_georgia():
    assert "GEO" not in data.members_on("CIS", 2010)
    assert "GEO" in data.members_on("CIS", 2009)  # 1 Jul 2009 < exit on 18 Aug 2009


def test_members_on_year_means_1_july_and_accepts_iso_strings():
    assert data.members_on("CIS", 2009) == data.members_on("CIS", "2009-07-01")
    assert "GEO" in data.members_on("CIS", "2009-08-17")
    assert "GEO" not in data.members_on("CIS", "2009-08-18")


def test_members_on_roles():
    assert "UKR" not in data.members_on("CIS", 2004)  # never ratified the Charter
    assert "UKR" in data.members_on("CIS", 2004, roles=None)
    assert "TKM" in data.members_on("CIS", 2004)
    assert "TKM" not in data.members_on("CIS", 2006)  # associate from 26 Aug 2005
    assert "TKM" in data.members_on("CIS", 2006, roles=("associate",))


def test_members_on_known_cases():
    assert data.members_on("SES", 2004) == ["BLR", "KAZ", "RUS", "UKR"]
    assert "UZB" in data.members_on("EURASEC", 2007)
    assert "UZB" not in data.members_on("EURASEC", 2009)
    assert data.members_on("EU", 2005) == ["EST", "LTU", "LVA"]
    assert data.members_on("EAEU", 2016) == ["ARM", "BLR", "KAZ", "KGZ", "RUS"]
    assert set(data.members_on("CST", 2000)) == {"ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"}


def test_members_on_unknown_org_raises_keyerror():
    with pytest.raises(KeyError, match="available"):
        data.members_on("NOPE", 2000)


def test_every_membership_org_is_in_organisations():
    orgs = set(data.load("organisations")["org_id"])
    assert set(data.load("memberships")["org_id"]) <= orgs


def test_membership_dates_are_consistent():
    m = data.load("memberships")
    both = m.joined.notna() & m.left.notna()
    assert (m.loc[both, "left"] > m.loc[both, "joined"]).all()
    assert (m.joined.isna() == m.date_precision.isna()).all()
    assert (m.left.isna() == m.left_precision.isna()).all()
    for date_col, prec_col in (("joined", "date_precision"), ("left", "left_precision")):
        month = m[m[prec_col] == "month"][date_col]
        year = m[m[prec_col] == "year"][date_col]
        assert (month.dt.day == 1).all()
        assert ((year.dt.day == 1) & (year.dt.month == 1)).all()
    assert (m.joined.isna() <= (m.confidence == "Unconfirmed")).all(), "undated rows must be Unconfirmed"


def test_memberships_start_no_earlier_than_the_organisation():
    m = data.load("memberships").merge(data.load("organisations")[["org_id", "founded"]], on="org_id")
    dated = m.joined.notna() & m.founded.notna()
    early = m[dated & (m.joined < m.founded)]
    assert early.empty, early[["org_id", "iso3", "joined", "founded"]]


def test_georgia_cis_row_records_the_date_conflict():
    m = data.load("memberships")
    geo = m[(m.org_id == "CIS") & (m.iso3 == "GEO")].iloc[0]
    assert geo.date_precision == "month" and geo.confidence != "High"
    assert "1994" in geo.note and geo.left == pd.Timestamp("2009-08-18")


def test_glossary_covers_footnote_1_terms():
    g = data.load("glossary")
    acronyms = set(g.acronym.dropna())
    assert {"CES", "SES", "IES", "UES"} <= acronyms
    ses = g[g.acronym == "SES"].iloc[0]
    assert ses.russian_translit == "Edinoye ekonomicheskoye prostranstvo"
    assert "fn 1" in ses.paper_ref
    assert g.russian_translit.dropna().str.contains("Obsheye").any()


def test_glossary_covers_the_required_terms():
    g = data.load("glossary")
    text = set(g.term.str.lower()) | set(g.acronym.dropna())
    required_acronyms = {
        "CIS",
        "SES",
        "CES",
        "CEES",
        "IES",
        "UES",
        "EurAsEC",
        "GUAM / GUUAM",
        "CSTO",
        "CST",
        "CAC / CACO",
        "FTA",
        "PCA",
        "ENP",
        "EAEU",
        "WTO",
    }
    required_terms = {
        "customs union",
        "common market",
        "economic union",
        "union state",
        "big four",
        "multi-speed integration",
        "multi-level integration",
        "country-of-origin principle",
        "country-of-destination principle",
        "common spaces",
        "near abroad",
        "fiscal veto",
    }
    assert required_acronyms <= text, required_acronyms - text
    assert required_terms <= text, required_terms - text
    ces = g[g.acronym == "CES"].iloc[0].definition
    assert "EU" in ces and "Big Four" in ces, "the CES entry must explain the double use"


def test_vectors_rebuild_figure_1():
    v = data.load("vectors")
    assert set(v.vector) == {"global", "EU", "CIS", "Asia-Pacific"}
    ranks = v.dropna(subset=["priority_rank"]).groupby("vector").priority_rank.first().to_dict()
    assert ranks["CIS"] == 1 and ranks["EU"] == 2 and ranks["Asia-Pacific"] == 4
    assert v[v.vector == "global"].priority_rank.isna().all()
    status = v.set_index("structure").russia_status.dropna().to_dict()
    assert status["IMF"] == "member" and status["EBRD"] == "member"
    assert status["WTO"] == "acceding" and status["OECD"] == "aim"
    asia = v[v.vector == "Asia-Pacific"]
    assert len(asia) == 1 and asia.structure.isna().all() and asia.note.str.contains("names no").all()


def test_cite_is_one_line_with_title_source_and_licence():
    for res in RESOURCES:
        line = data.cite(res["name"])
        assert "\n" not in line and res["title"] in line and " — " in line
        assert res["licenses"][0]["name"] in line


def test_data_readme_lists_every_file_of_the_descriptor():
    import json
    from pathlib import Path

    data_dir = Path(__file__).resolve().parents[1] / "data"
    readme = (data_dir / "README.md").read_text(encoding="utf-8")
    for res in json.loads((data_dir / "datapackage.json").read_text())["resources"]:
        assert f"`{res['path']}`" in readme, res["path"]


def test_glossary_cyrillic_shows_footnote_1_common_versus_single_with_a_source():
    g = data.load("glossary").set_index("acronym")
    assert g.loc["CES", "russian_cyrillic"].startswith("Общее")  # obshcheye: common
    for single in ("SES", "IES", "UES"):
        assert g.loc[single, "russian_cyrillic"].startswith("Единое")  # yedinoye: single
    assert "ЕврАзЭС" in g.loc["EurAsEC", "russian_cyrillic"] and "СНГ" in g.loc["CIS", "russian_cyrillic"]
    with_cyrillic = g[g["russian_cyrillic"].notna()]
    assert with_cyrillic["russian_source"].notna().all() and with_cyrillic["russian_bgn"].notna().all()


def test_glossary_gives_every_term_in_cyrillic_or_says_why_not():
    g = data.load("glossary")
    cyr = g["russian_cyrillic"].notna()
    assert cyr.sum() >= 35, f"{cyr.sum()} of {len(g)} terms in Cyrillic"
    assert g.loc[cyr, "russian_cyrillic"].str.contains(r"[А-Яа-яЁё]").all()
    assert g.loc[cyr, "russian_bgn"].notna().all() and g.loc[cyr, "russian_source"].notna().all()
    blank = g[~cyr]
    assert blank["russian_source"].str.startswith("No Russian form found").all(), list(blank.term)


def test_glossary_sources_name_publications_not_the_fact_sheets():
    g = data.load("glossary")
    for col in ("source", "russian_source"):
        cited = g[g[col].fillna("").str.contains(r"facts\.md|facts-later|fact sheet", case=False)]
        assert cited.empty, (col, list(cited.term))
