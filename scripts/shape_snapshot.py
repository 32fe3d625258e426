"""Print what users see of the platform's shape — the OpenAPI document, the page URLs and
the ``thungngoen --help`` tree — so that two checkouts can be compared with ``diff``:

    .venv/bin/python scripts/shape_snapshot.py > before.txt   # on the old commit
    .venv/bin/python scripts/shape_snapshot.py > after.txt    # on the new one
    diff before.txt after.txt
"""

import json
import sys
from typing import Any

import typer
from fastapi.routing import APIRoute
from sqlalchemy import create_engine
from starlette.routing import Mount
from typer.testing import CliRunner

from thungngoen.cli.main import app as cli_app
from thungngoen.web.app import create_app


def routes_of(routes: list[Any]) -> list[str]:
    """Each route as ``METHODS path``, through the routers FastAPI includes lazily."""
    lines = []
    for route in routes:
        if hasattr(route, "original_router"):
            lines += routes_of(route.original_router.routes)
        elif isinstance(route, Mount):
            lines.append(f"MOUNT {route.path}")
        elif not (isinstance(route, APIRoute) and route.path.startswith("/api/")):
            methods = ",".join(sorted(getattr(route, "methods", None) or []))
            lines.append(f"{methods} {route.path}")
    return lines


def page_urls() -> list[str]:
    return sorted(routes_of(create_app(create_engine("sqlite://")).routes))


def openapi() -> str:
    app = create_app(create_engine("sqlite://"))
    return json.dumps(app.openapi(), indent=1, sort_keys=True, ensure_ascii=False)


def cli_tree(path: list[str]) -> list[str]:
    """``--help`` of the command at ``path`` and of every command under it."""
    result = CliRunner().invoke(cli_app, [*path, "--help"], terminal_width=100)
    lines = [f"=== thungngoen {' '.join(path)}", result.output]
    command: Any = typer.main.get_command(cli_app)
    for name in path:
        command = command.commands[name]
    for name in sorted(getattr(command, "commands", {})):
        lines += cli_tree([*path, name])
    return lines


def main() -> None:
    sections = {
        "PAGES": "\n".join(page_urls()),
        "CLI": "\n".join(cli_tree([])),
        "OPENAPI": openapi(),
    }
    wanted = sys.argv[1:] or list(sections)
    for name in wanted:
        print(f"##### {name}")
        print(sections[name])


if __name__ == "__main__":
    main()
