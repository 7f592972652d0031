"""`digest` and `outbox`: look at the next digest, send it now, and mind deliveries that failed."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from monitor.cli.common import console, current_config, open_monitor, print_json, user_errors

if TYPE_CHECKING:
    from monitor.alerting import AlertsReport

# Alerting (channels, HTTP, templates) is imported by the commands that use it, not by
# `monitor --help`; so these are keyed by the values of `Outcome` and `OutboxStatus` (StrEnums,
# equal to their values), which tests/cli/test_cli_startup.py checks.
_OUTCOME_TEXT = {
    "queued": "digest {digest_id} queued",
    "empty": "no news since the last digest; nothing queued",
    "not_due": "not due",
    "disabled": "switched off by its receiver; `monitor outbox retry` a parked digest",
}
_STATUS_STYLE = {
    "pending": "yellow",
    "sending": "cyan",
    "sent": "green",
    "dead": "bold red",
    "parked": "magenta",
}


@click.group("digest")
def digest_group() -> None:
    """Digests: what each alert channel hears about, and when."""


@digest_group.command("preview")
@click.option("--channel", "channel", metavar="NAME", help="Only this channel (default: all).")
@click.option(
    "--format",
    "output",
    type=click.Choice(["text", "html", "json"]),
    default="text",
    show_default=True,
    help="How to show the digest: as e-mailed text, its HTML part, or the webhook JSON.",
)
@click.pass_context
@user_errors
def preview_command(ctx: click.Context, channel: str | None, output: str) -> None:
    """Show the digest each channel would get now, without sending it or marking anything.

    The schedule is ignored: this is what `monitor digest send` would build at this moment.
    """
    from alerts.payload import digest_to_dict
    from alerts.render import render_html, render_text
    from monitor.alerting import load_alert_settings, preview

    load_alert_settings(current_config(ctx))  # report a config mistake before the database
    digests = preview(open_monitor(ctx), channel)
    if output == "json":
        print_json([digest_to_dict(d) for d, _tz in digests])
        return
    for digest, tz in digests:
        if output == "html":
            click.echo(render_html(digest, tz=tz), nl=False)
            continue
        click.echo(f"----- channel {digest.channel} -----")
        click.echo(render_text(digest, tz=tz))


@digest_group.command("send")
@click.option("--channel", "channel", metavar="NAME", help="Only this channel (default: all).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
@user_errors
def send_command(ctx: click.Context, channel: str | None, as_json: bool) -> None:
    """Build each channel's digest now, whatever its schedule, and send it.

    An empty digest is only sent to channels with `heartbeat = true`. Failed deliveries stay in
    the outbox and are retried by the daemon (`monitor outbox list` shows them).
    """
    from monitor.alerting import Result, load_alert_settings, send_now

    load_alert_settings(current_config(ctx))  # report a config mistake before the database
    report = send_now(open_monitor(ctx), channel)
    if as_json:
        print_json(_report_dict(report))
        return
    for run in report.built:
        click.echo(f"{run.channel}: " + _OUTCOME_TEXT[run.outcome].format(digest_id=run.digest_id))
    for attempt in report.attempts:
        line = f"{attempt.digest_id} to {attempt.channel}: {attempt.result.value}"
        if attempt.result is Result.RETRY and attempt.next_attempt_at:
            line += f", next attempt {attempt.next_attempt_at:%Y-%m-%d %H:%M:%S} UTC"
        click.echo(line + (f" ({attempt.error})" if attempt.error else ""))


@click.group("outbox")
def outbox_group() -> None:
    """Digests waiting to be delivered, delivered, or given up on (dead)."""


@outbox_group.command("list")
@click.option(
    "--status",
    type=click.Choice(list(_STATUS_STYLE)),
    help="Only rows in this state (dead: attempts exhausted or refused; parked: channel off).",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
@user_errors
def list_command(ctx: click.Context, status: str | None, as_json: bool) -> None:
    """List outbox rows, newest first (at most 200)."""
    from rich.markup import escape
    from rich.table import Table

    from monitor.alerting import OutboxStatus, outbox_rows

    rows = outbox_rows(open_monitor(ctx), OutboxStatus(status) if status else None)
    if as_json:
        print_json([r.as_dict() for r in rows])
        return
    if not rows:
        click.echo("The outbox is empty." if status is None else f"No {status} digests.")
        return
    table = Table(box=None)
    for column in ("id", "digest", "channel", "status", "attempts", "next / sent (UTC)"):
        table.add_column(column, no_wrap=True)
    table.add_column("last error", overflow="fold")
    for r in rows:
        when = r.sent_at if r.status is OutboxStatus.SENT else r.next_attempt_at
        table.add_row(
            str(r.id),
            escape(r.digest_id),
            escape(r.channel),
            f"[{_STATUS_STYLE[r.status]}]{r.status.value}[/]",
            str(r.attempts),
            f"{when:%Y-%m-%d %H:%M}" if when and r.status is not OutboxStatus.DEAD else "—",
            escape(r.last_error or ""),
        )
    console().print(table)


@outbox_group.command("retry")
@click.argument("key", metavar="ID")
@click.pass_context
@user_errors
def retry_command(ctx: click.Context, key: str) -> None:
    """Queue a dead, parked or pending digest again, due now (ID: row number or digest id).

    Its attempts start again from the first; a channel switched off by its receiver is switched
    back on. The daemon sends it on its next round, or run `monitor digest send`.
    """
    revived = open_monitor(ctx).retry_digest(key)
    row = revived.row
    click.echo(f"Outbox row {row.id} (digest {row.digest_id}) is pending again, due now.")
    if revived.channel_enabled:
        click.echo(f"Channel {row.channel} is switched back on.")


def _report_dict(report: AlertsReport) -> dict[str, object]:
    return {
        "built": [
            {
                "channel": r.channel,
                "outcome": r.outcome.value,
                "digest_id": r.digest_id,
                "outbox_id": r.outbox_id,
            }
            for r in report.built
        ],
        "attempts": [
            {
                "outbox_id": a.outbox_id,
                "digest_id": a.digest_id,
                "channel": a.channel,
                "result": a.result.value,
                "error": a.error,
                "next_attempt_at": a.next_attempt_at,
            }
            for a in report.attempts
        ],
    }
