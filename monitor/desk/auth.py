"""Signing in: who decides, the password check, rate-limited attempts, safe redirects.

With no password configured (loopback only) whoever uses this computer decides under its login
name, as with the CLI. With one, every page but the sign-in page needs a signed session (a
signed cookie), and the feeds accept the password by HTTP Basic auth for feed readers.
"""

from __future__ import annotations

from typing import Any

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    redirect,
    render_template,
    request,
    session,
    url_for,
)

from monitor.desk.forms import ActionForm, LoginForm
from monitor.desk.passwords import verify_password
from monitor.desk.ratelimit import LoginLimiter
from monitor.desk.settings import DeskSettings

blueprint = Blueprint("auth", __name__)
OPEN_ENDPOINTS = {"auth.login", "static", "report_css"}
FEED_ENDPOINTS = {"feeds.atom", "feeds.json_feed"}


def settings() -> DeskSettings:
    found = current_app.extensions["desk_settings"]
    assert isinstance(found, DeskSettings)
    return found


def limiter() -> LoginLimiter:
    found = current_app.extensions["desk_limiter"]
    assert isinstance(found, LoginLimiter)
    return found


def current_user() -> str | None:
    """The name decisions are recorded under, or None when nobody signed in."""
    if not settings().needs_sign_in:
        return settings().local_user
    user = session.get("user")
    return user if isinstance(user, str) and user else None


def decider() -> str:
    """Who is deciding, for the Monitor call (pages that change anything need a sign-in)."""
    user = current_user()
    if user is None:
        abort(401)
    return user


def guard() -> Any:
    """Before every request: signed in, or on its way to."""
    if current_user() is not None or request.endpoint in OPEN_ENDPOINTS:
        return None
    if request.endpoint in FEED_ENDPOINTS:
        return _basic_auth()
    if request.method != "GET":
        abort(401)
    return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))


def _basic_auth() -> Response | None:
    """Feed readers sign in with HTTP Basic auth: any name, the desk's password."""
    key = request.remote_addr or "unknown"
    given = request.authorization
    if limiter().wait_seconds(key) == 0 and given is not None and given.password:
        hashed = settings().password_hash or ""
        if verify_password(hashed, given.password):
            limiter().succeeded(key)
            return None
        limiter().failed(key)
    return Response(
        "sign in with the desk's password\n",
        401,
        {"WWW-Authenticate": 'Basic realm="milestone-monitor"', "Content-Type": "text/plain"},
    )


def safe_next(target: str | None) -> str:
    """A path on this desk to go back to; anything else (another site) goes to the timeline."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return url_for("timeline.timeline")


@blueprint.route("/login", methods=["GET", "POST"])
def login() -> Any:
    form = LoginForm()
    if not settings().needs_sign_in:
        return redirect(url_for("timeline.timeline"))
    if request.method == "GET":
        form.next.data = request.args.get("next", "")
        return render_template("login.html.j2", form=form, problem="")
    key = request.remote_addr or "unknown"
    wait = limiter().wait_seconds(key)
    if wait:
        problem = f"Too many attempts to sign in: wait {wait} seconds, then try again."
        page = render_template("login.html.j2", form=form, problem=problem)
        return page, 429, {"Retry-After": str(wait)}
    if not form.validate_on_submit():
        problem = "Give your name and the password."
        return render_template("login.html.j2", form=form, problem=problem), 400
    if not verify_password(settings().password_hash or "", form.password.data or ""):
        limiter().failed(key)
        problem = "That is not the desk's password."
        return render_template("login.html.j2", form=form, problem=problem), 401
    limiter().succeeded(key)
    session.clear()
    session["user"] = (form.name.data or "").strip()
    session.permanent = True
    return redirect(safe_next(form.next.data))


@blueprint.route("/logout", methods=["POST"])
def logout() -> Any:
    ActionForm()  # the CSRF token was checked by CSRFProtect
    session.clear()
    target = "auth.login" if settings().needs_sign_in else "timeline.timeline"
    return redirect(url_for(target))
