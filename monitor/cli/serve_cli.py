"""`monitor serve`: the review desk in the browser, on the same configuration and database."""

from __future__ import annotations

import click

from monitor.cli.common import current_config, open_monitor, user_errors


@click.command("serve")
@click.option(
    "--host",
    default=None,
    help="Address to listen on (default: [desk] host, else 127.0.0.1). Anything but loopback "
    "needs [desk] password_hash or $MONITOR_DESK_PASSWORD_HASH.",
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=None,
    help="Port (default: [desk] port, else 8470; 0 picks a free one).",
)
@click.option(
    "--hash-password",
    "make_hash",
    is_flag=True,
    help="Ask for a password and print its argon2 hash for [desk] password_hash, then exit.",
)
@click.pass_context
@user_errors
def serve_command(ctx: click.Context, host: str | None, port: int | None, make_hash: bool) -> None:
    """Serve the review desk: timeline, review queue, cases, sources and digests in a browser.

    Every action is the same Monitor call the CLI makes, recorded with the name of the person
    who took it. Runs beside `monitor run` on the same database; prints its address.
    """
    # Imported here: Flask and waitress load only for this command.
    from monitor.desk.passwords import hash_password
    from monitor.desk.serving import serve
    from monitor.desk.settings import desk_settings

    if make_hash:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
        try:
            click.echo(hash_password(password))
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="password") from None
        return
    # A host beyond loopback without a password is refused here, before the database opens.
    settings = desk_settings(current_config(ctx), host=host, port=port)
    serve(open_monitor(ctx), settings, announce=click.echo)
