"""Where the keys come from: production refuses a missing or weak key; development makes
one beside the database and says so (decision 0019)."""

import os
import stat
from pathlib import Path

import pytest

from thungngoen import keyring
from thungngoen.config import Settings

STRONG = keyring.generate_key()


def settings(**values: object) -> Settings:
    base: dict[str, object] = {"secret_key": None, "secret_key_file": None, "old_secret_keys": ""}
    return Settings(**(base | values))  # type: ignore[arg-type]


def test_production_refuses_to_start_without_a_key_given_explicitly(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    with pytest.raises(keyring.KeyRingError) as refused:
        keyring.load_ring(url, settings(environment="production"))
    assert "THUNGNGOEN_SECRET_KEY" in str(refused.value)
    assert "โหมดใช้งานจริง" in str(refused.value)
    assert not (tmp_path / "secret.key").exists()  # nothing made up


@pytest.mark.parametrize("weak", ["k", "a" * 64, "abcdefgh" * 8, "short-but-varied-key-123"])
def test_production_refuses_a_weak_key(weak: str) -> None:
    with pytest.raises(keyring.KeyRingError) as refused:
        keyring.load_ring("sqlite://", settings(environment="production", secret_key=weak))
    assert "อ่อนเกินไป" in str(refused.value)
    assert "weak" in str(refused.value)


def test_production_refuses_a_weak_older_key_too() -> None:
    values = settings(environment="production", secret_key=STRONG, old_secret_keys="old")
    with pytest.raises(keyring.KeyRingError, match="weak"):
        keyring.load_ring("sqlite://", values)


def test_production_takes_a_strong_key_and_older_keys_from_the_environment() -> None:
    older = keyring.generate_key()
    values = settings(environment="production", secret_key=STRONG, old_secret_keys=older)
    ring = keyring.load_ring("sqlite://", values)
    assert ring.current == keyring.make_key(STRONG)
    assert ring.older == (keyring.make_key(older),)
    assert ring.current.id == keyring.fingerprint(STRONG.encode())
    assert len(ring.current.id) == 16
    assert STRONG not in ring.current.id


def test_production_refuses_a_missing_or_shared_key_file(tmp_path: Path) -> None:
    path = tmp_path / "ring.keys"
    values = settings(environment="production", secret_key_file=str(path))
    with pytest.raises(keyring.KeyRingError, match="does not exist"):
        keyring.load_ring("sqlite://", values)
    path.write_text(f"{STRONG}\n")
    path.chmod(0o644)
    with pytest.raises(keyring.KeyRingError, match="chmod 600"):
        keyring.load_ring("sqlite://", values)
    path.chmod(0o600)
    assert keyring.load_ring("sqlite://", values).current == keyring.make_key(STRONG)


def test_a_key_ring_file_holds_the_current_key_first(tmp_path: Path) -> None:
    older = keyring.generate_key()
    path = tmp_path / "ring.keys"
    keyring.write_ring_file(path, f"# rotated\n{STRONG}\n\n{older}\n")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    ring = keyring.load_ring("sqlite://", settings(secret_key_file=str(path)))
    assert [key.secret.decode() for key in ring.keys] == [STRONG, older]
    assert keyring.ring_from_text(ring.text(), "copy").ids == ring.ids


def test_development_makes_a_key_beside_the_database_not_in_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    url = f"sqlite:///{tmp_path / 'data' / 'ledger.db'}"
    ring = keyring.load_ring(url, settings())
    made = tmp_path / "data" / "secret.key"
    assert made.exists()
    assert not (elsewhere / "var").exists()
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert keyring.weakness(ring.current.secret.decode()) is None
    assert "generated a NEW secret key" in capsys.readouterr().err
    assert keyring.load_ring(url, settings()) == ring  # the same key next time, quietly
    assert "generated" not in capsys.readouterr().err


def test_development_warns_loudly_about_a_weak_key(capsys: pytest.CaptureFixture[str]) -> None:
    keyring.load_ring("sqlite://", settings(secret_key="dev-key-weak-7"))
    assert "is weak" in capsys.readouterr().err


def test_the_key_file_is_not_made_when_told_not_to(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    with pytest.raises(keyring.KeyRingError):
        keyring.load_ring(url, settings(), create=False)
    assert not os.listdir(tmp_path)
