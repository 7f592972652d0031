"""Small pure helpers the renderers share: cleaning feed text, safe links, words for statuses.

Everything that comes from a feed or a person is treated as hostile text: control characters go,
line breaks become spaces (a title can never start a new line, header or block), and only plain
http(s) addresses are ever offered as links.
"""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse
from collections.abc import Sequence

from alerts.digest import CaseItem, MilestoneItem, PlanSummary
from timeline.status import Status

# C0 and C1 controls, Unicode line separators, and lone surrogates (unencodable in UTF-8).
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]+")

STATUS_LABELS: dict[Status, str] = {
    Status.MISSED: "missed",
    Status.DUE_SOON: "due soon",
    Status.UPCOMING: "upcoming",
    Status.OPEN: "open (undated)",
    Status.DELIVERED_LATE: "delivered late",
    Status.DELIVERED_ON_TIME: "delivered on time",
    Status.DELIVERED: "delivered",
}

# Okabe-Ito colours: told apart by people with the common colour-vision deficiencies. The legend
# always repeats the status in words, so colour is never the only carrier of meaning.
STATUS_COLOURS: dict[Status, str] = {
    Status.MISSED: "#D55E00",
    Status.DUE_SOON: "#E69F00",
    Status.UPCOMING: "#56B4E9",
    Status.OPEN: "#999999",
    Status.DELIVERED_LATE: "#CC79A7",
    Status.DELIVERED_ON_TIME: "#009E73",
    Status.DELIVERED: "#0072B2",
}


def one_line(value: str) -> str:
    """`value` without control characters, its line breaks and tabs turned into single spaces."""
    return _CONTROL.sub(" ", value).strip()


def safe_url(url: str | None) -> str | None:
    """`url` if it is an absolute http(s) address fit to be a link, else None.

    Refuses `javascript:`, `data:` and every other scheme, relative addresses, and anything holding
    spaces or control characters (which browsers strip, so "java\\tscript:" would slip through).
    """
    if not url or url != url.strip() or _CONTROL.search(url) or " " in url:
        return None
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


def status_label(status: Status | None) -> str:
    return STATUS_LABELS[status] if status is not None else "new"


def summary_line(summary: PlanSummary) -> str:
    """The plan in one line: "12 milestones: 3 missed, 2 due soon, 7 upcoming"."""
    parts = [f"{n} {STATUS_LABELS[s]}" for s, n in summary.ordered()]
    total = summary.total
    noun = "milestone" if total == 1 else "milestones"
    return f"{total} {noun}: {', '.join(parts)}" if parts else f"{total} {noun}"


def plural(n: int, word: str, words: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else (words or word + 's')}"


def days_phrase(days: int | None) -> str:
    """ "in 12 days", "today", "5 days late"; "" for an undated milestone."""
    if days is None:
        return ""
    if days == 0:
        return "due today"
    if days > 0:
        return f"in {plural(days, 'day')}"
    return f"{plural(-days, 'day')} late"


def milestone_when(item: MilestoneItem) -> str:
    """When it was due and where it stands: "due 2025-06-30, 5 days late"."""
    if item.delivered_on is not None:
        words = f"delivered {item.delivered_on.isoformat()}"
        if item.due is not None:
            words += f", due {item.due.isoformat()}"
        return words
    if item.due is None:
        return "no deadline"
    phrase = days_phrase(item.days)
    return f"due {item.due.isoformat()}" + (f", {phrase}" if phrase else "")


def was(item: MilestoneItem) -> str:
    """ "; was due soon" when the previous status is known, else ""."""
    return f"; was {STATUS_LABELS[item.previous]}" if item.previous is not None else ""


def cite(title: str, url: str | None) -> str:
    """A title followed by its address in angle brackets, for plain text; unsafe addresses go."""
    safe = safe_url(url)
    return f"{one_line(title)} <{safe}>" if safe else one_line(title)


def announced(case: CaseItem) -> str:
    return f"; announced {case.announced_on.isoformat()}" if case.announced_on else ""


def vouched(item: MilestoneItem) -> str:
    if item.provenance:
        return item.provenance
    return "confirmed by a person" if item.confirmed_by_person else "found automatically"


_QUALIFIER_WORDS = {
    "about": "about ",
    "up_to": "up to ",
    "at_least": "at least ",
    "more_than": "more than ",
    "fewer_than": "fewer than ",
}


def jobs_phrase(case: CaseItem) -> str:
    """ "1,200 jobs (cut)", "revised from 1,500 to 1,200 jobs (cut)", "jobs not stated"."""
    if case.jobs is None:
        return f"jobs not stated ({one_line(case.jobs_kind)})"
    figure = _QUALIFIER_WORDS.get(case.jobs_qualifier, "") + plural(case.jobs, "job")
    if case.previous_jobs is not None:
        figure = f"revised from {case.previous_jobs:,} to {figure}"
    return f"{figure} ({one_line(case.jobs_kind)})"


def place(case: CaseItem) -> str:
    return ", ".join(one_line(p) for p in (case.site, case.country) if p.strip())


def local_time(value: dt.datetime | None, tz: dt.tzinfo) -> str:
    if value is None:
        return ""
    return value.astimezone(tz).strftime("%Y-%m-%d %H:%M %Z").strip()


def bar_widths(counts: Sequence[int], scale: int = 100) -> list[int]:
    """Integer shares of `scale` proportional to `counts`, summing exactly to `scale`.

    Largest-remainder rounding, and every non-zero count gets at least 1 so no status vanishes.
    """
    total = sum(counts)
    if total <= 0:
        return [0 for _ in counts]
    exact = [c * scale / total for c in counts]
    widths = [max(int(x), 1 if c else 0) for x, c in zip(exact, counts, strict=True)]
    present = [i for i, c in enumerate(counts) if c]
    by_remainder = sorted(present, key=lambda i: exact[i] - int(exact[i]), reverse=True)
    i = 0
    while sum(widths) < scale:
        widths[by_remainder[i % len(by_remainder)]] += 1
        i += 1
    while sum(widths) > scale:
        widest = max(range(len(widths)), key=widths.__getitem__)
        widths[widest] -= 1
    return widths


def slack_escape(value: str) -> str:
    """Text safe inside a Slack or Mattermost message: no links, mentions or markup forged."""
    return one_line(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slack_link(url: str | None, label: str) -> str:
    """ "<url|label>" when `url` is a safe web address, else the escaped label alone."""
    safe = safe_url(url)
    if safe is None:
        return slack_escape(label)
    quoted = urllib.parse.quote(safe, safe="/:?#[]@!$&'()*+,;=%~-._")
    return f"<{quoted.replace('&', '&amp;')}|{slack_escape(label)}>"
