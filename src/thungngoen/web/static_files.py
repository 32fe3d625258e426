"""The vendored and hand-written assets, served under ``/static``; each area's own under
``/static/<area>``."""

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from thungngoen import areas

STATIC_DIRECTORY = Path(__file__).parent / "static"
AREA_STATIC = {
    area.name: area.directory() / "static"
    for area in areas.AREAS
    if (area.directory() / "static").is_dir()
}


def mount_static(app: FastAPI) -> None:
    for area, directory in AREA_STATIC.items():
        app.mount(f"/static/{area}", StaticFiles(directory=directory), name=f"static-{area}")
    app.mount("/static", StaticFiles(directory=STATIC_DIRECTORY), name="static")
