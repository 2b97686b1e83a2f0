"""``sardoc serve``: the local web page (needs the ``web`` extra: pip install "sardoc[web]")."""

from __future__ import annotations

import click


@click.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on. Anything but this computer needs --token.",
)
@click.option("--port", default=8765, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--token", help="Access token required with every request (for --host other than 127.0.0.1)."
)
def command(host, port, token) -> None:
    """Start a page in the browser for checking drafts and producing documents."""
    from ..errors import SardocError

    if host not in ("127.0.0.1", "localhost", "::1") and not token:
        raise SardocError("listening on another address than this computer needs --token")
    try:
        from werkzeug.serving import make_server

        from ..web import create_app
    except ImportError:
        raise SardocError('sardoc serve needs the web extra: pip install "sardoc[web]"') from None
    server = make_server(host, port, create_app(token), threaded=True)
    url = f"http://{'[::1]' if host == '::1' else host}:{server.server_port}/"
    click.echo(f"sardoc is running at {url}{'?token=' + token if token else ''}")
    if token:
        click.echo("The page needs the token above; share it only with people who may use it.")
    click.echo("Press Ctrl+C to stop.")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
