"""``thungngoen serve``: run the web app."""

from typing import Annotated

import typer
import uvicorn

from thungngoen import communication
from thungngoen.communication import channels
from thungngoen.config import get_settings
from thungngoen.terminal import DatabaseUrl, engine_for
from thungngoen.web.app import create_app, for_serving


def serve(
    database_url: DatabaseUrl = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    access_log: Annotated[bool, typer.Option(help="Log every request.")] = True,
) -> None:
    """Serve the app, with the notification worker (announcements, and the channels the
    settings configure)."""
    engine = engine_for(database_url)
    app = for_serving(create_app(engine))
    settings = get_settings()
    worker = communication.Worker(
        engine, channels.configured(settings, engine), settings.public_url
    )
    app.router.on_shutdown.append(worker.close)
    uvicorn.run(
        app,
        host=host,
        port=port,
        access_log=access_log,
        log_level="info" if access_log else "warning",
    )
