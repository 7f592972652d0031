"""Turn a digest into what channels send: subject line, plain text, HTML e-mail, JSON, Slack text.

Pure: no IO beyond reading the packaged templates, no clock (times shown are the digest's own, in
the zone the caller passes). Feed text is hostile: each output format has one place where every
interpolated value is cleaned and escaped (Jinja's finalize hook and HTML autoescape), so a
template cannot forget to.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import jinja2
from markupsafe import Markup

from alerts import _format as fmt
from alerts.digest import CaseItem, Digest, MilestoneItem
from alerts.payload import render_json
from timeline.status import Status

SUBJECT_MAX_LENGTH = 120
SUBJECT_PREFIX = "[Milestone monitor]"


@dataclass(frozen=True, slots=True)
class Rendered:
    """One digest in every form a channel may need; build it with `render()`."""

    subject: str
    text: str
    html: str
    json: str
    slack: str


@dataclass(frozen=True, slots=True)
class _Section:
    heading: str
    items: Sequence[MilestoneItem] | Sequence[CaseItem]
    colour: str = "#1a1a1a"


@dataclass(frozen=True, slots=True)
class _Segment:
    label: str
    count: int
    width: int
    colour: str


def render(digest: Digest, *, tz: dt.tzinfo = dt.UTC) -> Rendered:
    """Every form of `digest`; times are shown in `tz` (the channel's zone)."""
    return Rendered(
        subject=subject(digest),
        text=render_text(digest, tz=tz),
        html=render_html(digest, tz=tz),
        json=render_json(digest),
        slack=render_slack(digest),
    )


def subject(digest: Digest, *, max_length: int = SUBJECT_MAX_LENGTH) -> str:
    """A one-line e-mail subject: no CR, LF or other control characters, at most `max_length`."""
    news = [
        fmt.plural(len(digest.missed), "missed", "missed") if digest.missed else "",
        fmt.plural(len(digest.delivered), "delivered", "delivered") if digest.delivered else "",
        fmt.plural(len(digest.due_soon), "due soon", "due soon") if digest.due_soon else "",
        fmt.plural(len(digest.new_cases), "new job-loss case") if digest.new_cases else "",
        fmt.plural(len(digest.revised_cases), "revised case") if digest.revised_cases else "",
    ]
    what = ", ".join(n for n in news if n) or "no news"
    if digest.overview:
        what = f"where things stand ({', '.join(n for n in news if n) or 'nothing overdue'})"
    title = " ".join(fmt.one_line(digest.summary.plan_title).split())
    room = max_length - len(f"{SUBJECT_PREFIX} : {what}")
    if len(title) > room:  # shorten the plan's name first: the news is what the reader needs
        title = title[: max(room - 1, 0)].rstrip() + "…"
    line = f"{SUBJECT_PREFIX} {title}: {what}"
    return line if len(line) <= max_length else line[: max_length - 1].rstrip() + "…"


def render_text(digest: Digest, *, tz: dt.tzinfo = dt.UTC) -> str:
    return _environment("text").get_template("digest.txt.j2").render(_context(digest, tz))


def render_html(digest: Digest, *, tz: dt.tzinfo = dt.UTC) -> str:
    context = _context(digest, tz) | {"subject": subject(digest), "bar": _bar(digest)}
    return _environment("html").get_template("digest.html.j2").render(context)


def render_slack(digest: Digest) -> str:
    """A Slack/Mattermost incoming-webhook payload, `{"text": ...}`, as JSON."""
    text = _environment("slack").get_template("digest.slack.j2").render(_context(digest, dt.UTC))
    return json.dumps({"text": text.strip()}, ensure_ascii=False)


def _context(digest: Digest, tz: dt.tzinfo) -> dict[str, Any]:
    colour = fmt.STATUS_COLOURS
    missed, delivered = (
        ("Overdue", "Delivered")
        if digest.overview
        else (
            "Newly missed",
            "Newly delivered",
        )
    )
    milestone_sections = [
        _Section(missed, digest.missed, colour[Status.MISSED]),
        _Section(delivered, digest.delivered, colour[Status.DELIVERED_ON_TIME]),
        _Section("Coming due", digest.due_soon, colour[Status.DUE_SOON]),
    ]
    case_sections = [
        _Section("New job-loss announcements", digest.new_cases),
        _Section("Revised job figures", digest.revised_cases),
    ]
    return {
        "digest": digest,
        "plan_title": digest.summary.plan_title,
        "summary": fmt.summary_line(digest.summary),
        "generated": fmt.local_time(digest.generated_at, tz),
        "since": fmt.local_time(digest.since, tz),
        "milestone_sections": [s for s in milestone_sections if s.items],
        "case_sections": [s for s in case_sections if s.items],
    }


def _bar(digest: Digest) -> list[_Segment]:
    counted = digest.summary.ordered()
    widths = fmt.bar_widths([n for _, n in counted])
    return [
        _Segment(fmt.STATUS_LABELS[s].capitalize(), n, w, fmt.STATUS_COLOURS[s])
        for (s, n), w in zip(counted, widths, strict=True)
    ]


def _clean(value: Any) -> Any:
    """The HTML and text finalize hook: strip control characters from every interpolated string."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return fmt.one_line(value)
    return value


def _slack_clean(value: Any) -> str:
    if isinstance(value, Markup):  # a link built by slack_link, escaped already
        return str(value)
    return fmt.slack_escape(str(value))


def _slack_link(url: str | None, label: str) -> Markup:
    # Markup only marks it as finished for _slack_clean; slack_link escaped every part.
    return Markup(fmt.slack_link(url, label))  # noqa: S704


_GLOBALS: dict[str, Callable[..., Any]] = {
    "url": fmt.safe_url,
    "when": fmt.milestone_when,
    "label": fmt.status_label,
    "vouched": fmt.vouched,
    "place": fmt.place,
    "jobs": fmt.jobs_phrase,
    "was": fmt.was,
    "cite": fmt.cite,
    "announced": fmt.announced,
}


@functools.cache
def _environment(kind: str) -> jinja2.Environment:
    # Text and Slack are not HTML: their escaping is the finalize hook, which sees every value.
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("alerts", "templates"),
        autoescape=kind == "html",  # noqa: S701
        finalize=_slack_clean if kind == "slack" else _clean,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals.update(_GLOBALS)
    if kind == "slack":
        env.globals["link"] = _slack_link
    return env
