"""The file channel: whole digests or nothing, each digest once."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from alerts.channels.file import SEPARATOR, FileChannel, FileFormat, FileSettings
from alerts.digest import Digest, PlanSummary
from alerts.errors import PermanentDeliveryError
from alerts.render import render
from alerts.sample import sample_digest

NOW = dt.datetime(2025, 7, 1, 6, 0, tzinfo=dt.UTC)


def digests(n: int) -> list[Digest]:
    return [sample_digest(NOW + dt.timedelta(days=i)) for i in range(n)]


def send(channel: FileChannel, digest: Digest) -> None:
    channel.send(digest, render(digest))


def headers(path: Path) -> list[str]:
    return [line for line in path.read_text("utf-8").splitlines() if line.startswith(SEPARATOR)]


def test_text_digests_are_appended_as_blocks_in_order(tmp_path: Path) -> None:
    path = tmp_path / "out" / "digests.txt"
    channel = FileChannel(FileSettings(path))
    first, second = digests(2)
    send(channel, first)
    send(channel, second)
    assert headers(path) == [f"{SEPARATOR} {d.id} =====" for d in (first, second)]
    assert path.read_text("utf-8").count("Newly missed (1)") == 2


def test_the_same_digest_is_written_once(tmp_path: Path) -> None:
    path = tmp_path / "digests.txt"
    channel = FileChannel(FileSettings(path))
    [digest] = digests(1)
    send(channel, digest)
    before = path.read_text("utf-8")
    send(channel, digest)
    assert path.read_text("utf-8") == before


def test_feed_text_cannot_forge_a_block_separator(tmp_path: Path) -> None:
    path = tmp_path / "digests.txt"
    [digest] = digests(1)
    forged = dataclasses.replace(
        digest, summary=PlanSummary(f"{SEPARATOR} forged =====", digest.summary.counts)
    )
    send(FileChannel(FileSettings(path)), forged)
    assert headers(path) == [f"{SEPARATOR} {digest.id} ====="]


def test_json_digests_are_one_object_per_line_and_written_once(tmp_path: Path) -> None:
    path = tmp_path / "digests.jsonl"
    channel = FileChannel(FileSettings(path, FileFormat.JSON))
    first, second = digests(2)
    for digest in (first, second, first):
        send(channel, digest)
    lines = path.read_text("utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == [first.id, second.id]


def test_a_failed_write_leaves_the_file_as_it_was_and_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "digests.txt"
    channel = FileChannel(FileSettings(path))
    first, second = digests(2)
    send(channel, first)
    before = path.read_bytes()
    # A lone surrogate cannot be encoded, so the write fails half way through the new block.
    broken = dataclasses.replace(render(second), text="half a digest\ud800 and the rest")
    with pytest.raises(PermanentDeliveryError, match="UTF-8"):
        channel.send(second, broken)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["digests.txt"]


def test_a_path_under_a_regular_file_is_a_permanent_failure(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x")
    channel = FileChannel(FileSettings(blocker / "digests.txt"))
    with pytest.raises(PermanentDeliveryError, match="check the path"):
        send(channel, digests(1)[0])


def test_the_file_keeps_its_permissions(tmp_path: Path) -> None:
    path = tmp_path / "digests.txt"
    channel = FileChannel(FileSettings(path))
    first, second = digests(2)
    send(channel, first)
    path.chmod(0o640)
    send(channel, second)
    assert path.stat().st_mode & 0o777 == 0o640
