"""Every headline and summary the project has labelled, as test input for exactness checks."""

from __future__ import annotations

import json
from pathlib import Path

from quality.replay import realworld_dir

ROOT = Path(__file__).resolve().parents[1]


def labelled_texts() -> list[str]:
    """'title. summary' of each item in `quality/data/*.jsonl` and, where the folder is
    present, the real-world development sets: texts a rewrite must read as before."""
    paths = sorted((ROOT / "quality" / "data").glob("*.jsonl"))
    real = realworld_dir()
    paths += sorted(real.glob("*.jsonl")) if real else []
    texts = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                texts.append(f"{item['title']}. {item.get('summary') or ''}")
    return texts
