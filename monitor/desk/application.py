"""The Flask application: configuration, security headers, templates, errors, blueprints."""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from flask import Flask, Response, render_template
from flask_wtf.csrf import CSRFError, CSRFProtect
from markupsafe import Markup
from werkzeug.exceptions import HTTPException, SecurityError

from alerts._format import STATUS_COLOURS, STATUS_LABELS, one_line, safe_url
from alerts.report import STATUS_SHAPES
from monitor.app import Monitor
from monitor.desk import auth
from monitor.desk.ratelimit import LoginLimiter
from monitor.desk.settings import LOOPBACK_NAMES, DeskSettings
from monitor.errors import ConflictError, MonitorError, NotFoundError, StorageError
from timeline.errors import TimelineError, UnknownMilestoneError

HERE = Path(__file__).resolve().parent
# Scripts and styles come from this desk only: no inline script, nothing from elsewhere.
POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
HEADERS = {
    "Content-Security-Policy": POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def create_app(
    monitor: Monitor, settings: DeskSettings, *, limiter: LoginLimiter | None = None
) -> Flask:
    """The desk over `monitor`, as `settings` say (sign-in or not, the cookie's key)."""
    app = Flask(
        "monitor.desk",
        static_folder=str(HERE / "static"),
        template_folder=str(HERE / "templates"),
    )
    app.config.update(
        SECRET_KEY=settings.secret_key,
        SESSION_COOKIE_NAME="monitor_desk",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        PERMANENT_SESSION_LIFETIME=dt.timedelta(hours=12),
        WTF_CSRF_TIME_LIMIT=None,  # a token lives as long as the signed session
        MAX_CONTENT_LENGTH=256 * 1024,
        TRUSTED_HOSTS=[*LOOPBACK_NAMES, "[::1]"] if settings.loopback else None,
    )
    monitor.send_in_background()  # a receiver that hangs must not hold a person's page
    app.extensions["monitor"] = monitor
    app.extensions["desk_settings"] = settings
    app.extensions["desk_limiter"] = limiter or LoginLimiter()
    _templates(app)  # before anything touches app.jinja_env (CSRFProtect does): autoescape on
    CSRFProtect(app)
    app.before_request(auth.guard)
    app.after_request(_headers)
    _errors(app)
    _blueprints(app)
    app.add_url_rule("/static/report.css", "report_css", _report_css)
    return app


def _templates(app: Flask) -> None:
    assert "jinja_env" not in app.__dict__, "the environment must be made with these options"
    app.jinja_options = {
        "autoescape": True,  # every template, whatever its name
        "finalize": _clean,
        "undefined": jinja2.StrictUndefined,
        "trim_blocks": True,
        "lstrip_blocks": True,
    }
    app.jinja_loader = jinja2.ChoiceLoader(
        [
            jinja2.FileSystemLoader(str(HERE / "templates")),
            jinja2.PackageLoader("alerts", "templates"),  # the report's shapes and icons
        ]
    )
    app.jinja_env.globals.update(
        url=safe_url,
        status_label=lambda s: STATUS_LABELS[s],
        status_colour=lambda s: STATUS_COLOURS[s],
        status_shape=lambda s: STATUS_SHAPES[s],
        current_user=auth.current_user,
        needs_sign_in=lambda: auth.settings().needs_sign_in,
    )
    app.jinja_env.filters["num"] = lambda v: f"{v:,}" if isinstance(v, int) else v


def _clean(value: Any) -> Any:
    """Every interpolated string loses its control characters before it is escaped."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return one_line(value)
    return value


def _headers(response: Response) -> Response:
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def _report_css() -> Response:
    """The report's own styles, which the desk's pages share."""
    text = (resources.files("alerts") / "templates" / "report.css").read_text(encoding="utf-8")
    response = Response(text, mimetype="text/css")
    response.headers["Cache-Control"] = "max-age=3600"
    return response


def _errors(app: Flask) -> None:
    def page(title: str, message: str, status: int) -> tuple[str, int]:
        return render_template("error.html.j2", title=title, message=message), status

    @app.errorhandler(CSRFError)
    def csrf(error: CSRFError) -> tuple[str, int]:
        return page(
            "This form cannot be accepted",
            f"{error.description} Reload the page and try again; nothing was changed.",
            400,
        )

    @app.errorhandler(NotFoundError)
    def not_found(error: NotFoundError) -> tuple[str, int]:
        return page("Not found", str(error), 404)

    @app.errorhandler(ConflictError)
    def conflict(error: ConflictError) -> tuple[str, int]:
        return page("Someone decided first", str(error), 409)

    @app.errorhandler(StorageError)
    def storage(error: StorageError) -> tuple[str, int]:
        return page("The database cannot be used now", str(error), 503)

    @app.errorhandler(MonitorError)
    def monitor_error(error: MonitorError) -> tuple[str, int]:
        return page("That cannot be done", str(error), 400)

    @app.errorhandler(UnknownMilestoneError)
    def unknown_milestone(error: UnknownMilestoneError) -> tuple[str, int]:
        return page("Not found", str(error), 404)

    @app.errorhandler(TimelineError)
    def timeline_error(error: TimelineError) -> tuple[str, int]:
        return page("That cannot be done", str(error), 400)

    @app.errorhandler(SecurityError)
    def untrusted_host(error: SecurityError) -> Response:
        """Another name for this machine (DNS rebinding): no page, and no page's links."""
        return Response(
            "this desk answers only to 127.0.0.1, localhost or [::1]; open it by one of them\n",
            400,
            mimetype="text/plain",
        )

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> tuple[str, int]:
        return page(error.name, error.description or "", error.code or 500)


def _blueprints(app: Flask) -> None:
    from monitor.desk import (
        case_views,
        digest_views,
        feeds,
        review_views,
        source_views,
        timeline_views,
    )

    for module in (timeline_views, review_views, case_views, source_views, digest_views, feeds):
        app.register_blueprint(module.blueprint)
    app.register_blueprint(auth.blueprint)
