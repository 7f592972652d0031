"""The labelled sets refuse an item id used twice, naming both lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quality import matching, replay


def _item(item_id: str) -> str:
    return json.dumps(
        {
            "id": item_id,
            "lang": "en",
            "title": "Commission adopts the plan",
            "summary": "",
            "url": "https://news.example.org/a",
            "published": "2025-03-05",
            "expected": [],
        }
    )


def test_a_challenge_id_used_twice_names_both_lines(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join([_item("ch-en-001"), _item("ch-en-002"), _item("ch-en-001")]))
    with pytest.raises(ValueError, match=r"set\.jsonl:3: id 'ch-en-001' is already used on line 1"):
        matching.load_items(path)
    with pytest.raises(ValueError, match=r"set\.jsonl:3: id 'ch-en-001' is already used on line 1"):
        replay.load_items(path)


def test_distinct_ids_and_items_without_an_id_load(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    unnamed = json.loads(_item("x"))
    del unnamed["id"]
    path.write_text("\n".join([_item("a"), _item("b"), json.dumps(unnamed), json.dumps(unnamed)]))
    assert len(replay.load_items(path)) == 4
