"""``thungngoen serve``: run the web app."""

from typing import Annotated

import typer
import uvicorn

from thungngoen.terminal import DatabaseUrl, engine_for
from thungngoen.web.app import create_app, for_serving


def serve(
    database_url: DatabaseUrl = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    access_log: Annotated[bool, typer.Option(help="Log every request.")] = True,
) -> None:
    """Serve the app (the JSON API now; the pages come with the web app)."""
    uvicorn.run(
        for_serving(create_app(engine_for(database_url))),
        host=host,
        port=port,
        access_log=access_log,
        log_level="info" if access_log else "warning",
    )
