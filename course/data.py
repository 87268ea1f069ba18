"""Load the course data in ``data/`` through its descriptor ``data/datapackage.json``.

Typical use::

    from course import data
    states = data.load("states")        # iso_num stays "051"
    data.members_on("CIS", 2010)        # Georgia left on 18 Aug 2009: not listed
    data.cite("macro")                  # one line for a chart caption

Every table is read with the types its schema declares, so notebooks never
guess dtypes. Only ``data/`` of the course folder is read (found by :mod:`course.paths`, so it works wherever the package is installed).
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from . import paths as _paths

#: Roles counted as membership by :func:`members_on` unless told otherwise.
FULL_MEMBER_ROLES: tuple[str, ...] = ("founder", "member")


def data_dir() -> Path:
    """``data/`` of the course folder (see :func:`course.paths.course_dir`)."""
    return _paths.data_dir()


@lru_cache(maxsize=4)
def _read_descriptor(file: Path) -> dict[str, Any]:
    return json.loads(file.read_text(encoding="utf-8"))


def descriptor() -> dict[str, Any]:
    """Return the parsed data package descriptor (read once per course folder, then cached)."""
    return _read_descriptor(data_dir() / "datapackage.json")


def names() -> list[str]:
    """Return the names of all resources in the descriptor, in order."""
    return [r["name"] for r in descriptor()["resources"]]


def resource(name: str) -> dict[str, Any]:
    """Return the descriptor entry of resource ``name``.

    Raises ``KeyError`` listing the available names if there is no such resource.
    """
    for res in descriptor()["resources"]:
        if res["name"] == name:
            return res
    raise KeyError(f"no data resource {name!r}; available: {', '.join(names())}")


def path(name: str) -> Path:
    """Return the absolute path of resource ``name``'s file."""
    return data_dir() / resource(name)["path"]


def _convert(col: pd.Series, field: dict[str, Any]) -> pd.Series:
    """Convert a column of strings (missing = NaN) to the field's declared type."""
    kind = field.get("type", "string")
    if kind == "string":
        return col
    if kind == "integer":
        return pd.to_numeric(col, errors="raise").astype("Int64")
    if kind == "year":
        years = pd.to_numeric(col, errors="raise").astype("Int64")
        return years.astype("int64") if not years.isna().any() else years
    if kind == "number":
        return pd.to_numeric(col, errors="raise").astype("float64")
    if kind == "date":
        return pd.to_datetime(col, format="%Y-%m-%d", errors="raise")
    if kind == "boolean":
        mapping = {"true": True, "false": False, "True": True, "False": False, "1": True, "0": False}
        return col.map(mapping).astype("boolean")
    raise ValueError(f"field {field['name']!r}: unsupported type {kind!r}")


def load(name: str) -> pd.DataFrame:
    """Read CSV resource ``name`` with the dtypes its schema declares.

    * ``string`` stays a string (``"051"`` stays ``"051"``); empty cells are missing;
    * ``integer`` becomes pandas nullable ``Int64``;
    * ``year`` becomes ``int64`` (``Int64`` if the column has gaps);
    * ``number`` becomes ``float64``; ``date`` becomes ``datetime64``; ``boolean`` nullable boolean.

    Raises ``KeyError`` (listing available names) for an unknown name and
    ``ValueError`` if ``name`` is not a table (e.g. the map: use :func:`topojson`).
    """
    res = resource(name)
    if res.get("format") != "csv":
        raise ValueError(f"resource {name!r} is {res.get('format')!r}, not a CSV table")
    schema = res["schema"]
    df = pd.read_csv(
        data_dir() / res["path"],
        dtype=str,
        keep_default_na=False,
        na_values=schema.get("missingValues", [""]),
        encoding=res.get("encoding", "utf-8"),
    )
    for field in schema["fields"]:
        df[field["name"]] = _convert(df[field["name"]], field)
    return df


def topojson(name: str = "post_soviet_110m") -> dict[str, Any]:
    """Return the TopoJSON topology of map resource ``name`` as a dict."""
    res = resource(name)
    if res.get("format") != "topojson":
        raise ValueError(f"resource {name!r} is {res.get('format')!r}, not a TopoJSON map")
    return json.loads((data_dir() / res["path"]).read_text(encoding="utf-8"))


#: How many source titles a caption names before "and N more sources (data/datapackage.json)".
CITE_MAX_SOURCES = 3


def cite(name: str) -> str:
    """One-line citation for a caption: ``"Title — Source(s); licence"``.

    The sources are the original publications of the resource's ``sources`` (each with a
    ``source_id`` row in ``data/bibliography.csv`` where it has one); after
    :data:`CITE_MAX_SOURCES` of them the caption says how many more the descriptor lists.
    """
    res = resource(name)
    titles = [s["title"] for s in res["sources"]]
    sources = "; ".join(titles[:CITE_MAX_SOURCES])
    if len(titles) > CITE_MAX_SOURCES:
        sources += f"; and {len(titles) - CITE_MAX_SOURCES} more sources (data/datapackage.json)"
    licences = ", ".join(lic["name"] for lic in res["licenses"])
    return f"{res['title']} — {sources}; licence: {licences}"


def _as_date(when: int | str | _dt.date) -> pd.Timestamp:
    """Turn a year (→ 1 July of that year), 'YYYY-MM-DD' string or date into a Timestamp."""
    if isinstance(when, bool):
        raise TypeError("date must be a year, a 'YYYY-MM-DD' string or a date")
    if isinstance(when, int):
        return pd.Timestamp(year=when, month=7, day=1)
    if isinstance(when, str):
        return pd.Timestamp(_dt.date.fromisoformat(when))
    if isinstance(when, _dt.date):
        return pd.Timestamp(when)
    raise TypeError("date must be a year, a 'YYYY-MM-DD' string or a date")


def members_on(
    org_id: str,
    date: int | str | _dt.date,
    roles: Iterable[str] | None = FULL_MEMBER_ROLES,
) -> list[str]:
    """Return the sorted iso3 codes of the states in ``org_id`` on ``date``.

    A state counts if ``joined <= date`` and (``left`` is empty or ``left > date``).

    ``date`` is a ``'YYYY-MM-DD'`` string, a ``datetime.date``, or a year ``int``,
    which means **1 July** of that year (mid-year, like the World Bank's mid-year
    population), so ``members_on("CIS", 2009)`` still includes Georgia (it left
    on 18 Aug 2009) and ``members_on("CIS", 2010)`` does not.

    ``roles`` defaults to founder and member rows (full members); pass e.g.
    ``("founder", "member", "associate")`` or ``None`` for every role. Rows with
    no known joining date are skipped. Dates stored at month or year precision
    (see ``date_precision``) are compared as stored (the 1st of the month / 1 Jan).
    Raises ``KeyError`` for an unknown ``org_id``.
    """
    orgs = load("organisations")
    if org_id not in set(orgs["org_id"]):
        raise KeyError(f"no organisation {org_id!r}; available: {', '.join(orgs['org_id'])}")
    when = _as_date(date)
    m = load("memberships")
    m = m[(m["org_id"] == org_id) & m["joined"].notna()]
    if roles is not None:
        m = m[m["role"].isin(list(roles))]
    active = (m["joined"] <= when) & (m["left"].isna() | (m["left"] > when))
    return sorted(set(m.loc[active, "iso3"]))
