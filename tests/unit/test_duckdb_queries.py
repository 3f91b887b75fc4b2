"""The queries a user writes first, in DuckDB, on a batch run's Parquet output (issue 20 item 3).

A real batch run (the default model) over JSONL items written for this test, one of them with a
planted error, writes Parquet; DuckDB reads the nested rows as they are (no flat export needed:
``unnest`` turns the facts or checks of every article into rows).
"""

from __future__ import annotations

import json

import duckdb
import pytest

from newsfacts import Settings
from newsfacts.batch.local import run_local

ITEMS = [
    {
        "id": "harbour-q1",
        "url": "https://harbour.example/2026/04/q1",
        "published": "2026-04-20",
        "text": (
            "Northwind Freight said revenue rose 12% to $310 million in the first quarter. "
            "Container volumes climbed 8% to 48,000 boxes, the company said.\n\n"
            "Analysts at Fjord Securities expect margins of about 11% by the end of the year."
        ),
    },
    {
        "id": "harbour-q2",
        "url": "https://harbour.example/2026/07/q2",
        "published": "2026-07-21",
        # planted: from $200 million to $330 million is a rise of 65%, not 10%
        "text": (
            "Northwind Freight said revenue rose 10% to $330 million from $200 million in the "
            "second quarter, while Fjord Securities kept its rating on the shares.\n\n"
            "The company expects to hire 250 drivers this year."
        ),
    },
    {
        "id": "grain-2025",
        "url": "https://fields.example/2025/11/grain",
        "published": "2025-11-02",
        "text": (
            "Revenue at Prairie Grain Cooperative fell 4% to $95 million in 2025, the "
            "cooperative said. Fjord Securities said the harvest was smaller than expected."
        ),
    },
]


@pytest.fixture(scope="module")
def facts_glob(tmp_path_factory: pytest.TempPathFactory) -> str:
    root = tmp_path_factory.mktemp("duck")
    items = root / "items.jsonl"
    items.write_text("\n".join(json.dumps(i) for i in ITEMS) + "\n", encoding="utf-8")
    run_local([items], root / "out", workers=1, fmt="parquet", settings=Settings())
    return str(root / "out" / "*.parquet")


def test_all_percentages_about_revenue_in_2026(facts_glob: str) -> None:
    rows = duckdb.sql(
        f"""
        SELECT r.id, f.text, f.direction, f.subject
        FROM '{facts_glob}' AS r, unnest(r.facts) AS t(f)
        WHERE f.kind = 'percent'
          AND f.subject ILIKE '%revenue%'
          AND r.metadata.published LIKE '2026%'
        ORDER BY r.id, f.span[1]
        """
    ).fetchall()
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("harbour-q1", "12%", "up"),
        ("harbour-q2", "10%", "up"),
    ]


def test_every_inconsistent_check_with_its_passage(facts_glob: str) -> None:
    rows = duckdb.sql(
        f"""
        SELECT r.id, c.rule, c.message,
               substr(r.text, greatest(1, f.span[1] - 60), 160) AS passage
        FROM '{facts_glob}' AS r, unnest(r.checks) AS t(c), unnest(r.facts) AS u(f)
        WHERE c.status = 'inconsistent' AND f.id = c.fact_ids[1]
        """
    ).fetchall()
    assert [row[0] for row in rows] == ["harbour-q2"]
    assert "$200 million" in rows[0][3]


def test_organizations_by_number_of_articles(facts_glob: str) -> None:
    rows = duckdb.sql(
        f"""
        SELECT f.text AS organization, count(DISTINCT r.id) AS articles
        FROM '{facts_glob}' AS r, unnest(r.facts) AS t(f)
        WHERE f.kind = 'organization'
        GROUP BY 1 ORDER BY 2 DESC, 1
        """
    ).fetchall()
    counts = dict(rows)
    assert counts["Fjord Securities"] == 3
    assert counts["Northwind Freight"] == 2
