"""``thungngoen backup DEST`` and ``thungngoen restore SRC`` as the operator runs them."""

from pathlib import Path

from typer.testing import CliRunner

from tests.backup.conftest import Payer, scratch_url, transfer_ids
from thungngoen.cli.main import app
from thungngoen.db import is_sqlite


def test_backup_then_restore_from_the_command_line(
    payer: Payer, target_url: str, tmp_path: Path
) -> None:
    payer.pay(5)
    source = payer.engine.url.render_as_string(hide_password=False)
    directory = tmp_path / "nightly"
    extra = [] if is_sqlite(payer.engine) else ["--scratch-url", scratch_url(payer.engine, "cli")]
    taken = CliRunner().invoke(app, ["backup", str(directory), "--database-url", source, *extra])
    assert taken.exit_code == 0, taken.output
    assert "backup complete" in taken.output
    assert "and verified" in taken.output
    assert f"{len(transfer_ids(payer.engine)):,} transfers" in taken.output
    again = CliRunner().invoke(app, ["backup", str(directory), "--database-url", source])
    assert again.exit_code == 2
    assert "is not empty" in again.output
    restored = CliRunner().invoke(app, ["restore", str(directory), "--database-url", target_url])
    assert restored.exit_code == 0, restored.output
    assert "every invariant holds" in restored.output
    refused = CliRunner().invoke(app, ["restore", str(directory), "--database-url", target_url])
    assert refused.exit_code == 2
    assert "holds data" in refused.output
    assert "มีข้อมูลอยู่แล้ว" in refused.output
