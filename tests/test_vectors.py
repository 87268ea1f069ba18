"""course.topics.vectors: the rebuild of the paper's Figure 1 (lesson 00)."""

from __future__ import annotations

import pytest

from course import charts, data
from course.topics import vectors


def test_every_vector_row_becomes_one_box_numbered_within_its_column():
    table = data.load("vectors")
    boxes = vectors.boxes(table)
    assert len(boxes) == len(table)
    assert boxes.groupby("vector")["row"].max().to_dict() == (table.groupby("vector").size() - 1).to_dict()
    assert vectors.NONE_NAMED in set(boxes.loc[boxes["vector"] == "Asia-Pacific", "box"])
    assert "SES" in set(boxes["box"])


def test_the_figure_has_four_columns_in_the_paper_order_with_boxes_and_labels():
    spec = charts.spec_of(vectors.vectors_chart(data.load("vectors")))
    title, _ = charts.require_style(spec)
    assert title == "Russia's vectors of integration and their main structures"
    assert spec["layer"][0]["encoding"]["x"]["sort"] == [vectors.LABELS[v] for v in vectors.ORDER]
    assert [layer["mark"]["type"] for layer in spec["layer"]] == ["rect", "text"]
    assert spec["layer"][1]["encoding"]["text"]["field"] == "box"


def test_a_table_without_the_columns_gets_a_readable_message():
    with pytest.raises(ValueError, match="vectors"):
        vectors.boxes(data.load("states"))
