"""PostgreSQL copies with ``pg_dump -Fc`` and ``pg_restore`` (the PostgreSQL 15 client).

The dump reads the snapshot of a transaction of ours (``--snapshot``), so the manifest's
counts are of exactly the data dumped while the server keeps writing. The password goes
to the tools in ``PGPASSWORD``, never on a command line others can read."""

import os
import re
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import Connection, Engine, text
from sqlalchemy.engine import URL, make_url

from thungngoen.backup.manifest import BackupError


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise BackupError(f"ไม่พบโปรแกรม {name} / {name} is not installed (postgresql-client)")
    return found


def _libpq(url: URL) -> tuple[str, dict[str, str]]:
    """A libpq URI without the password, and the environment carrying it."""
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    plain = url.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def schema_of(url: URL) -> str | None:
    """The schema a URL's ``options=-csearch_path=…`` puts first (the tests use one)."""
    options = url.query.get("options")
    found = re.search(r"search_path=([A-Za-z0-9_]+)", str(options or ""))
    return found.group(1) if found else None


def _run(argv: Sequence[str], env: dict[str, str]) -> str:
    done = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BackupError(
            f"{Path(argv[0]).name} ล้มเหลว / {Path(argv[0]).name} failed: {done.stderr.strip()}"
        )
    return done.stdout


def dump(connection: Connection, target: Path) -> None:
    """Dump the database as ``connection``'s (repeatable-read) transaction sees it."""
    snapshot = connection.execute(text("SELECT pg_export_snapshot()")).scalar_one()
    url = connection.engine.url
    uri, env = _libpq(url)
    schema = schema_of(url)
    argv = [_tool("pg_dump"), "-Fc", f"--snapshot={snapshot}", "--no-owner", "-f", str(target)]
    _run([*argv, *(["-n", schema] if schema else []), "-d", uri], env)


def list_dump(path: Path) -> None:
    """``pg_restore --list``: the archive is complete and readable."""
    if "TABLE DATA" not in _run([_tool("pg_restore"), "--list", str(path)], dict(os.environ)):
        raise BackupError(f"{path} ไม่มีข้อมูลตาราง / {path} holds no table data")


def restore(path: Path, url: URL) -> None:
    """Restore the dump into the database at ``url`` (replacing what it names)."""
    uri, env = _libpq(url)
    argv = [_tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--exit-on-error"]
    _run([*argv, "-d", uri, str(path)], env)


def scratch_url(scratch: str, source: Engine) -> URL:
    """The scratch database's URL, reading the same schema as the source."""
    url = make_url(scratch).set(drivername="postgresql+psycopg")
    options = source.url.query.get("options")
    if options and "options" not in url.query:
        url = url.update_query_dict({"options": options})
    return url
