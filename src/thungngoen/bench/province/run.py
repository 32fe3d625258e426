"""Open (or build once) the province's database on a backend, then time its doors.

SQLite: a file kept between runs (``var/bench/province.db``; ``--quick``: a tenth, in
``province-quick.db``) beside a note of the size it was built for. PostgreSQL: the
schema ``bench_province``, kept likewise. Either is rebuilt when its size or seed
differs or ``rebuild`` is asked; a kept one is migrated to the code's head first (so a
new index reaches it)."""

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, TaskID, TextColumn, TimeElapsedColumn
from rich.progress import Progress as RichProgress
from sqlalchemy import Engine, text

from thungngoen.bench.province.doors import measure
from thungngoen.bench.province.generate import Built, Progress, ProvinceSize, build_province, counts
from thungngoen.bench.province.network import ensure_network
from thungngoen.db import create_db_engine
from thungngoen.db.migrate import upgrade

SCHEMA = "bench_province"


def sqlite_url(path: Path, size: ProvinceSize, rebuild: bool) -> tuple[str, bool]:
    """The file's URL and whether it must be filled."""
    note = path.with_suffix(".json")
    wanted = json.dumps({"households": size.households, "seed": size.seed})
    kept = path.exists() and note.exists() and note.read_text() == wanted and not rebuild
    if not kept:
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), note):
            stale.unlink(missing_ok=True)
        note.write_text(wanted)
    return f"sqlite:///{path}", not kept


def postgres_url(url: str, size: ProvinceSize, rebuild: bool) -> tuple[str, bool]:
    joiner = "&" if "?" in url else "?"
    scoped = f"{url}{joiner}options=-csearch_path%3D{SCHEMA}"
    engine = create_db_engine(url)
    try:
        with engine.begin() as connection:
            found = connection.execute(
                text(
                    "SELECT obj_description(oid, 'pg_namespace') FROM pg_namespace "
                    "WHERE nspname = :schema"
                ),
                {"schema": SCHEMA},
            ).scalar()
            wanted = json.dumps({"households": size.households, "seed": size.seed})
            if found == wanted and not rebuild:
                return scoped, False
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{SCHEMA}" CASCADE'))
            connection.execute(text(f'CREATE SCHEMA "{SCHEMA}"'))
            connection.execute(text(f"COMMENT ON SCHEMA \"{SCHEMA}\" IS '{wanted}'"))
    finally:
        engine.dispose()
    return scoped, True


def run_province(
    url: str, fill: bool, size: ProvinceSize, requests: int, progress: Progress
) -> dict[str, Any]:
    engine: Engine = create_db_engine(url)
    try:
        upgrade(engine)
        built: Built | None = build_province(engine, size, progress) if fill else None
        with engine.connect() as connection:
            found = counts(connection)
        if fill and engine.dialect.name == "postgresql":
            with engine.begin() as connection:
                connection.execute(text("ANALYZE"))
        ensure_network(engine)
        timings = measure(engine, requests)
    finally:
        engine.dispose()
    return {
        "communities": found[0],
        "households": found[1],
        "persons": found[2],
        "generated_seconds": None if built is None else built.seconds,
        **timings,
    }


@contextmanager
def rich_progress(console: Console) -> Iterator[Progress]:
    """A Rich bar per backend's fill: ``(what, done, total)`` moves it."""
    columns = (
        TextColumn("{task.description:>10}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with RichProgress(*columns, console=console) as bar:
        tasks: dict[str, TaskID] = {}

        def step(what: str, done: int, total: int) -> None:
            if what not in tasks:
                tasks[what] = bar.add_task(what, total=total)
            bar.update(tasks[what], completed=done)

        yield step
