"""Maps of the 15 post-Soviet states (TopoJSON in ``data/maps``, UN border view).

    from course.maps import status_map
    status_map({"RUS": "member", "UKR": "participant, never ratified the Charter"},
               title="CIS in 1995", description="...")

Russia crosses the 180th meridian, so the maps use a conic equal-area projection
centred on the region instead of the default world projection.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

import altair as alt
import pandas as pd

from . import data
from .charts import PALETTE, named_data

PROJECTION = dict(type="conicEqualArea", rotate=[-85, 0, 0], parallels=[45, 65])
WIDTH, HEIGHT = 560, 300


@lru_cache(maxsize=1)
def _states() -> pd.DataFrame:
    return data.load("states")[["iso3", "iso_num", "name_en"]]


@lru_cache(maxsize=1)
def _geo_data() -> alt.NamedData:
    topo = data.topojson()
    feature = next(iter(topo["objects"]))
    return named_data("post_soviet_110m", topo, type="topojson", feature=feature)


def status_table(status: Mapping[str, str], default: str = "not a member") -> pd.DataFrame:
    """One row per state: iso_num, name, status (``default`` where not given)."""
    out = _states().copy()
    out["status"] = [status.get(code, default) for code in out["iso3"]]
    return out


def status_map(
    status: Mapping[str, str],
    title: str,
    description: str,
    categories: list[str] | None = None,
    colours: list[str] | None = None,
    default: str = "not a member",
) -> alt.Chart:
    """A choropleth of a categorical status per ISO3 code, with names as labels in the legend."""
    table = status_table(status, default)
    cats = categories or sorted(table["status"].unique(), key=lambda c: (c == default, c))
    if default not in cats:
        cats = [*cats, default]
    cols = colours or [*PALETTE[: len(cats) - 1], "#d9d9d9"]
    return (
        alt.Chart(_geo_data(), title=title, description=description)
        .mark_geoshape(stroke="white", strokeWidth=0.7)
        .transform_lookup(lookup="id", from_=alt.LookupData(table, "iso_num", ["name_en", "status", "iso3"]))
        .encode(
            color=alt.Color(
                "status:N",
                title="Status",
                scale=alt.Scale(domain=cats, range=cols),
                legend=alt.Legend(orient="bottom", columns=2),
            ),
            tooltip=["name_en:N", "status:N"],
        )
        .project(**PROJECTION)
        .properties(width=WIDTH, height=HEIGHT)
    )


def value_map(
    values: Mapping[str, float], title: str, description: str, label: str, scheme: str = "blues"
) -> alt.Chart:
    """A choropleth of a number per ISO3 code (missing values drawn light grey)."""
    table = status_table({}, default="")
    table["value"] = [values.get(code) for code in table["iso3"]]
    return (
        alt.Chart(_geo_data(), title=title, description=description)
        .mark_geoshape(stroke="white", strokeWidth=0.7)
        .transform_lookup(lookup="id", from_=alt.LookupData(table, "iso_num", ["name_en", "value"]))
        .encode(
            color=alt.condition(
                "isValid(datum.value)",
                alt.Color("value:Q", title=label, scale=alt.Scale(scheme=scheme)),
                alt.value("#eeeeee"),
            ),
            tooltip=["name_en:N", "value:Q"],
        )
        .project(**PROJECTION)
        .properties(width=WIDTH, height=HEIGHT)
    )
