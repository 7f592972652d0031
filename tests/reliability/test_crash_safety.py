"""A poll killed with SIGKILL mid-cycle leaves no half-written source; the next one completes.

The kills land at crash points (`MONITOR_CRASH_AT`, monitor/faults.py): inside a source's
transaction and just after it commits, after the first, a middle and the last source.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa

from monitor.faults import CRASH_ENV

from sites import Site, rss, serve

MONITOR = [sys.executable, "-c", "from monitor.cli.main import main; main()"]


def counts(url: str) -> tuple[int, int]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            total = conn.exec_driver_sql("SELECT count(*) FROM entries").scalar_one()
            distinct = conn.exec_driver_sql(
                "SELECT count(*) FROM (SELECT DISTINCT source_id, entry_key FROM entries) AS d"
            ).scalar_one()
            return int(total), int(distinct)
    finally:
        engine.dispose()


def test_sigkill_mid_cycle_then_next_cycle_stores_each_entry_once(tmp_path: Path) -> None:
    feeds = 12
    with serve(Site()) as site:
        for i in range(feeds):
            site.feed(
                f"/{i}.xml", rss(f"F{i}", [(f"f{i}-{n}", f"T {i} {n}", "b") for n in range(4)])
            )
        config = tmp_path / "monitor.toml"
        lines = ["[sources]", "defaults = false", "[fetch]", "timeout = 30", ""]
        for i in range(feeds):
            lines += ["[[sources.feed]]", f'name = "f{i}"', f'url = "{site.url(f"/{i}.xml")}"', ""]
        config.write_text("\n".join(lines))
        database = f"sqlite:///{tmp_path / 'monitor.sqlite3'}"
        env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
        env.update(
            MONITOR_CONFIG=str(config),
            MONITOR_DATA_DIR=str(tmp_path),
            MONITOR_DATABASE_URL=database,
        )
        subprocess.run([*MONITOR, "init"], env=env, check=True, capture_output=True)

        for point in ("poll.stored:1", "poll.committed:1", "poll.stored:6", "poll.committed:12"):
            poll = subprocess.run(
                [*MONITOR, "poll", "--json", "--force"],
                env={**env, CRASH_ENV: point},
                capture_output=True,
                timeout=120,
            )
            assert poll.returncode == -signal.SIGKILL, (point, poll.stderr)
            total, distinct = counts(database)
            assert total == distinct
            assert total % 4 == 0, "a source's entries were half written"
            assert total < feeds * 4 or point == "poll.committed:12"

        site.feed(f"/{feeds - 1}.xml", rss("S", [("s-1", "One more", "b")]))
        subprocess.run(
            [*MONITOR, "poll", "--json", "--force"], env=env, check=True, capture_output=True
        )
        assert counts(database) == (feeds * 4 + 1, feeds * 4 + 1)
