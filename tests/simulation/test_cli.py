"""``thungngoen simulate`` on a SQLite file: a summary, then nothing the second time."""

from pathlib import Path

from sqlalchemy import func, select
from typer.testing import CliRunner

from thungngoen.cli.main import app
from thungngoen.db import create_db_engine, read_transaction
from thungngoen.ledger.tables import transfers

ARGS = ["simulate", "--members", "20", "--merchants", "7", "--days", "3", "--seed", "5"]


def transfer_count(url: str) -> int:
    engine = create_db_engine(url)
    with read_transaction(engine) as connection:
        count = int(connection.execute(select(func.count()).select_from(transfers)).scalar_one())
    engine.dispose()
    return count


def test_simulate_builds_then_leaves_the_database_alone(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'pilot.db'}"  # not migrated: the command does it
    runner = CliRunner()
    first = runner.invoke(app, [*ARGS, "--start", "2026-02-01", "--database-url", url])
    assert first.exit_code == 0, first.output
    assert "2026-02-01 … 2026-02-03 (seed 5)" in first.output
    assert "members" in first.output
    assert "20" in first.output
    assert "transfers" in first.output
    assert "coin outstanding" in first.output
    count = transfer_count(url)
    assert count > 50
    verified = runner.invoke(app, ["verify", "--database-url", url])
    assert verified.exit_code == 0, verified.output
    again = runner.invoke(app, [*ARGS, "--database-url", url])
    assert again.exit_code == 0
    assert "already there" in again.output
    assert transfer_count(url) == count


def test_simulate_rejects_a_bad_start_and_too_few_shops(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'pilot.db'}"
    runner = CliRunner()
    bad_date = runner.invoke(app, [*ARGS, "--start", "1 Feb", "--database-url", url])
    assert bad_date.exit_code == 2
    assert "YYYY-MM-DD" in bad_date.output
    few = runner.invoke(app, ["simulate", "--merchants", "5", "--database-url", url])
    assert few.exit_code == 2
    assert not (tmp_path / "pilot.db").exists()
