"""A plan or concept file that cannot be read as text is refused with what to do about it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from timeline.errors import PlanError
from timeline.plan import load_plan
from timeline.vocabulary import load_concepts


def test_a_missing_plan_file_says_which_setting_to_check(tmp_path: Path) -> None:
    with pytest.raises(PlanError, match="plan file not found; check the path or the `plans`"):
        load_plan(tmp_path / "nowhere.toml")


@pytest.mark.parametrize("load", [load_plan, load_concepts])
def test_a_file_not_in_utf8_names_the_byte_and_the_fix(
    tmp_path: Path, load: Callable[[Path], object]
) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes('title = "Mautbefreiung für Lkw"\n'.encode("latin-1"))
    with pytest.raises(
        PlanError, match=r"not UTF-8 text \(.* at byte 24\); save it as UTF-8"
    ) as caught:
        load(path)
    assert str(path) in str(caught.value)
