"""Russia's vectors of integration (paper §2 and its Figure 1), as a chart (lesson 00).

from course.topics.vectors import vectors_chart
charts.show(vectors_chart(data.load("vectors")), source=data.cite("vectors"))
"""

from __future__ import annotations

import altair as alt
import pandas as pd

#: The four columns of Figure 1, left to right, and their labels.
ORDER = ["CIS", "EU", "Asia-Pacific", "global"]
LABELS = {
    "CIS": "CIS (1st regional priority)",
    "EU": "EU (listed 2nd)",
    "Asia-Pacific": "Asia-Pacific (listed 4th)",
    "global": "Global (multilateral)",
}
#: Short names for the boxes (the table keeps the paper's full names).
SHORT = {
    "Partnership and Cooperation Agreement (PCA)": "PCA",
    "Common Economic Space / four Common Spaces": "Common Spaces (CES)",
    "European Neighbourhood Policy (ENP)": "Neighbourhood Policy",
    "Union of Belarus and Russia / Union State": "Union State",
    "Single Economic Space (SES)": "SES",
}
NONE_NAMED = "(none named in §2)"


def boxes(vectors: pd.DataFrame) -> pd.DataFrame:
    """One row per box of the figure: ``box`` text, ``russia_status``, column label and row."""
    missing = [c for c in ("vector", "structure", "russia_status") if c not in vectors.columns]
    if missing:
        raise ValueError(f'The vectors table lacks {missing}: load it with data.load("vectors").')
    return vectors.assign(
        box=vectors["structure"].fillna(NONE_NAMED).replace(SHORT),
        russia_status=vectors["russia_status"].fillna("—"),
        vector_label=vectors["vector"].map(LABELS),
        row=vectors.groupby("vector").cumcount(),
    )


def vectors_chart(vectors: pd.DataFrame) -> alt.LayerChart:
    """Rebuild of the paper's Figure 1: one column per vector, one shaded box per structure."""
    base = alt.Chart(
        boxes(vectors),
        title="Russia's vectors of integration and their main structures",
        description="Rebuild of the paper's Figure 1: four columns (CIS, EU, Asia-Pacific, "
        "global), each listing the structures the paper names in §2, shaded "
        "by Russia's status in each. Asia-Pacific has none named.",
    ).encode(
        x=alt.X(
            "vector_label:N",
            sort=[LABELS[v] for v in ORDER],
            title=None,
            axis=alt.Axis(
                orient="top", labelAngle=0, labelLimit=220, domain=False, ticks=False, labelFontWeight="bold"
            ),
        ),
        y=alt.Y("row:O", axis=None),
    )
    return (
        base.mark_rect(cornerRadius=4, opacity=0.35, stroke="white", strokeWidth=4).encode(
            color=alt.Color(
                "russia_status:N", title="Russia's status (§2)", legend=alt.Legend(orient="bottom", columns=5)
            )
        )
        + base.mark_text(fontSize=13, color="#1a1a1a").encode(text="box:N")
    ).properties(width=840, height=230)
