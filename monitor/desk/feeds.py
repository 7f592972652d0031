"""Feeds out: status changes and new job-loss cases as Atom and JSON Feed 1.1, newest first."""

from __future__ import annotations

import datetime as dt
import json

from flask import Blueprint, Response, render_template, request

from monitor.desk import pages
from monitor.desk.timeline_views import monitor

blueprint = Blueprint("feeds", __name__)
TITLE = "milestone-monitor: status changes and job-loss cases"
TAG = "tag:milestone-monitor,2025:"


def _items() -> list[pages.FeedItem]:
    titles = {m.id: m.title for m in monitor().milestones()}
    events = [
        (
            e.id,
            e.event.milestone_id,
            e.event.from_status,
            e.event.to_status,
            e.event.on,
            e.recorded_at,
        )
        for e in monitor().recent_events(pages.FEED_LIMIT)
    ]
    return pages.feed_items(events, titles, monitor().cases(), limit=pages.FEED_LIMIT)


def _stamp(moment: dt.datetime) -> str:
    return moment.replace(tzinfo=dt.UTC).isoformat(timespec="seconds")


@blueprint.route("/feed.atom")
def atom() -> Response:
    items = _items()
    updated = items[0].updated if items else dt.datetime(2025, 1, 1)
    body = render_template(
        "feed.atom.j2",
        title=TITLE,
        tag=TAG,
        base=request.host_url.rstrip("/"),
        updated=_stamp(updated),
        items=items,
        stamp=_stamp,
    )
    return Response(body, mimetype="application/atom+xml")


@blueprint.route("/feed.json")
def json_feed() -> Response:
    base = request.host_url.rstrip("/")
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": TITLE,
        "home_page_url": f"{base}/",
        "feed_url": f"{base}/feed.json",
        "language": "en",
        "items": [
            {
                "id": TAG + item.id,
                "url": base + item.url,
                "title": item.title,
                "content_text": item.summary,
                "date_published": _stamp(item.updated),
                **({"external_url": item.link} if item.link else {}),
            }
            for item in _items()
        ],
    }
    text = json.dumps(feed, ensure_ascii=False, indent=2)
    return Response(text, mimetype="application/feed+json")
