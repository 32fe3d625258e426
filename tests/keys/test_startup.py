"""The server and the commands stop, with a clear message, on a database whose keys they
lack; ``keys status`` and ``rekey`` show and move what needs an older key."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.keys.conftest import KEY_A, KEY_B, UseKeys
from tests.wallet.conftest import World
from thungngoen import keyring, keys
from thungngoen.cli.main import app
from thungngoen.config import get_settings
from thungngoen.web.app import create_app

A = keyring.make_key(KEY_A).id


def run(monkeypatch: pytest.MonkeyPatch, url: str, *args: str, current: str, older: str = ""):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("THUNGNGOEN_SECRET_KEY", current)
    monkeypatch.setenv("THUNGNGOEN_OLD_SECRET_KEYS", older)
    get_settings.cache_clear()
    keyring.reset()
    try:
        return CliRunner().invoke(app, [*args, "--database-url", url])
    finally:
        get_settings.cache_clear()


def test_the_server_refuses_a_database_written_with_another_key(
    world: World, use_keys: UseKeys
) -> None:
    keys.open_database(world.engine, use_keys(KEY_A))
    use_keys(KEY_B)
    with pytest.raises(keys.KeysMismatch, match="does not hold"):
        create_app(world.engine)


def test_commands_stop_on_a_missing_key_and_status_shows_what_needs_it(
    world: World, database_url: str, monkeypatch: pytest.MonkeyPatch, use_keys: UseKeys
) -> None:
    keys.open_database(world.engine, use_keys(KEY_A))
    refused = run(monkeypatch, database_url, "verify", current=KEY_B)
    assert refused.exit_code == 2
    assert "ไม่อยู่ในชุดกุญแจ" in refused.output
    assert A in refused.output
    assert "ledger verification" not in refused.output
    status = run(monkeypatch, database_url, "keys", "status", current=KEY_B, older=KEY_A)
    assert status.exit_code == 0, status.output
    assert A in status.output
    assert "older" in status.output
    rekeyed = run(monkeypatch, database_url, "keys", "rekey", current=KEY_B, older=KEY_A)
    assert rekeyed.exit_code == 0
    assert "2 PIN(s)" in rekeyed.output
    rekeyed = run(
        monkeypatch, database_url, "keys", "rekey", "--reset-pins", current=KEY_B, older=KEY_A
    )
    assert f"key {A} is no longer needed" in rekeyed.output
    assert run(monkeypatch, database_url, "verify", current=KEY_B).exit_code == 0


def test_rotate_puts_a_new_current_key_before_the_old_one_in_the_key_ring_file(
    world: World, database_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ring_file = tmp_path / "ring.keys"
    keyring.write_ring_file(ring_file, f"{KEY_A}\n")
    monkeypatch.delenv("THUNGNGOEN_SECRET_KEY")
    monkeypatch.setenv("THUNGNGOEN_SECRET_KEY_FILE", str(ring_file))
    get_settings.cache_clear()
    keyring.reset()
    try:
        rotated = CliRunner().invoke(app, ["keys", "rotate", "--database-url", database_url])
        assert rotated.exit_code == 0, rotated.output
        ring = keyring.ring_from_text(ring_file.read_text(), "ring")
        assert ring.older == (keyring.make_key(KEY_A),)
        assert ring.current.id in rotated.output
        status = CliRunner().invoke(app, ["keys", "status", "--database-url", database_url])
        assert f"{A} │ older" in status.output
        assert f"{ring.current.id} │ current" in status.output
    finally:
        get_settings.cache_clear()
