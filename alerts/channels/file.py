"""Digests appended to a local file: plain-text blocks, or one JSON object per line.

Each send rewrites the file through a temporary file in the same directory, fsyncs it and renames
it over the old one. A crash at any moment leaves either the old file or the new one, never half a
digest, which plain appending cannot promise. The cost is copying the file on every digest; at a
few digests a day the file stays small, and rotation can be left to logrotate (copytruncate not
needed: the next send recreates the file).

A digest already in the file (a retry after a crash between the rename and the outbox noting the
send) is not written twice. One writer per file: two processes sending to the same file at the same
moment could lose one digest.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from alerts._format import one_line
from alerts.digest import Digest
from alerts.errors import PermanentDeliveryError, RetryableDeliveryError
from alerts.render import Rendered

SEPARATOR = "===== milestone-monitor digest"


class FileFormat(StrEnum):
    TEXT = "text"  # blocks, each opened by a "===== milestone-monitor digest <id> =====" line
    JSON = "json"  # JSON Lines: one digest payload per line


@dataclass(frozen=True, slots=True)
class FileSettings:
    path: Path
    format: FileFormat = FileFormat.TEXT


def header(digest_id: str) -> str:
    return f"{SEPARATOR} {one_line(digest_id)} ====="


def block(digest: Digest, rendered: Rendered, format: FileFormat) -> str:
    """What one digest adds to the file, ending with a newline. Pure."""
    if format is FileFormat.JSON:
        return rendered.json + "\n"
    lines = [
        # A line of feed text that looks like a separator is indented, so it cannot open a block.
        " " + line if line.startswith(SEPARATOR) else line
        for line in rendered.text.rstrip("\n").split("\n")
    ]
    return "\n".join([header(digest.id), *lines, "", ""])


def contains(existing: str, digest: Digest, format: FileFormat) -> bool:
    """Whether `existing` file content already holds this digest."""
    if format is FileFormat.TEXT:
        return header(digest.id) in existing.split("\n")
    for line in existing.split("\n"):
        with contextlib.suppress(ValueError):
            payload = json.loads(line) if line else None
            if isinstance(payload, dict) and payload.get("id") == digest.id:
                return True
    return False


class FileChannel:
    def __init__(self, settings: FileSettings) -> None:
        self.settings = settings

    @property
    def name(self) -> str:
        return f"file {self.settings.path}"

    def __repr__(self) -> str:
        return f"FileChannel({str(self.settings.path)!r}, format={self.settings.format.value!r})"

    def send(self, digest: Digest, rendered: Rendered) -> None:
        path, format = self.settings.path, self.settings.format
        try:
            existing = path.read_text("utf-8") if path.exists() else ""
            if contains(existing, digest, format):
                return
            if existing and not existing.endswith("\n"):
                existing += "\n"  # someone edited the file by hand
            _replace_atomically(path, existing + block(digest, rendered, format))
        except (PermissionError, IsADirectoryError, NotADirectoryError, FileExistsError) as exc:
            raise PermanentDeliveryError(
                self.name, f"{exc.strerror or exc}; check the path and its permissions"
            ) from exc
        except UnicodeDecodeError as exc:
            raise PermanentDeliveryError(
                self.name, f"existing file is not UTF-8 ({exc.reason}); move it aside"
            ) from exc
        except UnicodeEncodeError as exc:
            raise PermanentDeliveryError(
                self.name, f"digest {digest.id} cannot be written as UTF-8 ({exc.reason})"
            ) from exc
        except OSError as exc:  # disk full, a network file system hiccup
            raise RetryableDeliveryError(self.name, f"{type(exc).__name__}: {exc}") from exc


def _replace_atomically(path: Path, content: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        if path.exists():  # keep the file's permissions (mkstemp makes it 0600)
            tmp.chmod(stat.S_IMODE(path.stat().st_mode))
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_directory(path.parent)


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable; some systems cannot open directories, which is fine."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
