"""The VAPID key: given as PEM or raw base64url; made once in development beside the
secret key (said loudly, kept private); never made up in production, where Web Push is
then off; a production key needs its operator's contact."""

import os
import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from tests.communication.push_peer import verify_jwt
from thungngoen.communication.channels import configured
from thungngoen.communication.vapid import VapidError, key_file, load_vapid
from thungngoen.config import Settings
from thungngoen.db import create_db_engine


def _settings(**values: object) -> Settings:
    base: dict[str, object] = {"vapid_private_key": None, "vapid_subject": None}
    return Settings(**{**base, **values})  # type: ignore[arg-type]


def test_development_makes_one_key_beside_the_database_and_keeps_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'dev.db'}"
    first = load_vapid(_settings(), url)
    assert first is not None
    path = key_file(url)
    assert path == tmp_path / "vapid.pem"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "generated a NEW Web Push (VAPID) key" in capsys.readouterr().err
    second = load_vapid(_settings(), url)
    assert second is not None
    assert second.public_key == first.public_key
    assert first.subject.startswith("mailto:")


def test_production_never_makes_a_key_and_sends_no_web_push(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'prod.db'}"
    production = _settings(environment="production")
    assert load_vapid(production, url) is None
    assert not key_file(url).exists()
    engine = create_db_engine(url)
    try:
        assert [c.name for c in configured(production, engine)] == []
    finally:
        engine.dispose()


def test_production_needs_the_operators_contact_with_its_key() -> None:
    pem = (
        ec.generate_private_key(ec.SECP256R1())
        .private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        .decode()
    )
    with pytest.raises(VapidError, match="THUNGNGOEN_VAPID_SUBJECT"):
        load_vapid(_settings(environment="production", vapid_private_key=pem), "sqlite://")
    given = load_vapid(
        _settings(
            environment="production",
            vapid_private_key=pem,
            vapid_subject="mailto:ops@songkhla.example.org",
        ),
        "sqlite://",
    )
    assert given is not None
    header = given.authorization("https://push.example.net", 1_800_000_000)
    scheme, params = header.split(" ", 1)
    parts = dict(part.strip().split("=", 1) for part in params.split(","))
    assert scheme == "vapid"
    assert parts["k"] == given.public_key
    claims = verify_jwt(parts["t"], parts["k"])
    assert claims == {
        "aud": "https://push.example.net",
        "exp": 1_800_000_000 + 12 * 3600,
        "sub": "mailto:ops@songkhla.example.org",
    }


@pytest.mark.parametrize(
    "bad",
    ["not a key", "AAAA", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"],
)
def test_a_key_that_cannot_be_read_is_refused_clearly(bad: str) -> None:
    with pytest.raises(VapidError, match="VAPID"):
        load_vapid(_settings(vapid_private_key=bad), "sqlite://")


def test_the_environment_key_of_the_tests_is_raw_base64url() -> None:
    key = load_vapid(_settings(vapid_private_key=os.environ["THUNGNGOEN_VAPID_PRIVATE_KEY"]), "")
    assert key is not None
    assert key.source == "environment"
