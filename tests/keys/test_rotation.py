"""Key rotation: what was written under an older key stays usable until re-keyed, new
things use the current key, and a key the data needs cannot silently go missing."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, select

from tests.keys.conftest import KEY_A, KEY_B, UseKeys
from tests.wallet.conftest import World
from thungngoen import keyring, keys, ledger
from thungngoen.auth import errors as auth_errors
from thungngoen.auth import pins
from thungngoen.auth.tables import payment_pins
from thungngoen.checks import run_checks
from thungngoen.db import read_transaction, write_transaction
from thungngoen.keys.tables import secret_keys
from thungngoen.wallet import errors as wallet_errors
from thungngoen.wallet import people, signing
from thungngoen.wallet.topups import cash_topup

NOW = datetime(2026, 3, 1, 3, 0, tzinfo=UTC)
A, B = keyring.make_key(KEY_A).id, keyring.make_key(KEY_B).id


def pin_keys(engine: Engine) -> dict[int, str | None]:
    with read_transaction(engine) as connection:
        rows = connection.execute(select(payment_pins.c.user_id, payment_pins.c.key_id))
        return {int(user_id): key_id for user_id, key_id in rows}


def recorded(engine: Engine) -> set[str]:
    with read_transaction(engine) as connection:
        return set(connection.execute(select(secret_keys.c.key_id)).scalars())


def check_pin(world: World, pin: str = "482915") -> None:
    write_transaction(world.engine, lambda c: pins.check_pin(c, world.somsri.user_id, pin))


def register_again(world: World) -> None:
    write_transaction(
        world.engine,
        lambda c: people.register_member(
            c,
            phone="0899999999",
            name="ซ้ำ",
            password="dup-pass-1",
            tambon_code="900101",
            national_id="1101700203450",  # Somsri's
        ),
    )


def test_a_new_database_records_its_key_and_a_different_key_stops_it(
    engine: Engine, use_keys: UseKeys
) -> None:
    keys.open_database(engine, use_keys(KEY_A))
    assert recorded(engine) == {A}
    with pytest.raises(keys.KeysMismatch) as refused:
        keys.open_database(engine, use_keys(KEY_B))
    message = refused.value.message
    assert A in message
    assert "ไม่อยู่ในชุดกุญแจ" in message
    assert "does not hold" in message
    assert recorded(engine) == {A}  # nothing written by the refused start


def test_a_database_written_before_the_keys_were_recorded_adopts_the_key_once(
    world: World, use_keys: UseKeys
) -> None:
    use_keys(KEY_A)
    write_transaction(world.engine, lambda c: c.execute(payment_pins.update().values(key_id=None)))
    keys.open_database(world.engine, use_keys(KEY_A))
    assert set(pin_keys(world.engine).values()) == {A}
    check_pin(world)


def test_rotation_keeps_old_pins_and_rehashes_them_on_the_next_good_pin(
    world: World, use_keys: UseKeys
) -> None:
    keys.open_database(world.engine, use_keys(KEY_A))
    assert set(pin_keys(world.engine).values()) == {A}
    keys.open_database(world.engine, use_keys(KEY_B, KEY_A))
    assert recorded(world.engine) == {A, B}
    with pytest.raises(auth_errors.WrongPin):
        check_pin(world, "111222")
    assert pin_keys(world.engine)[world.somsri.user_id] == A  # a wrong PIN re-keys nothing
    check_pin(world)
    assert pin_keys(world.engine) == {world.somsri.user_id: B, world.anan.user_id: A}
    use_keys(KEY_B)  # the old key gone from this process: Somsri's PIN needs only B now
    check_pin(world)
    with pytest.raises(auth_errors.PinKeyMissing):
        write_transaction(world.engine, lambda c: pins.check_pin(c, world.anan.user_id, "730461"))


def test_rekey_retires_the_old_key_only_when_no_pin_needs_it(
    world: World, use_keys: UseKeys
) -> None:
    keys.open_database(world.engine, use_keys(KEY_A))
    ring = keys.open_database(world.engine, use_keys(KEY_B, KEY_A))
    check_pin(world)  # Somsri re-keyed; Anan not yet
    result = write_transaction(world.engine, lambda c: keys.rekey(c, ring))
    assert result.retired == []
    assert result.pending == {A: 1}
    with read_transaction(world.engine) as connection:
        uses = {use.key_id: use for use in keys.key_status(connection, ring)}
    assert uses[A].pins == 1
    assert not uses[A].current
    assert uses[B].current
    assert uses[B].pins == 1
    with pytest.raises(keys.KeysMismatch):  # retiring A now would lock Anan out: refused
        keys.open_database(world.engine, use_keys(KEY_B))
    result = write_transaction(world.engine, lambda c: keys.rekey(c, ring, reset_pins=True))
    assert result.retired == [A]
    assert result.pending == {}
    assert recorded(world.engine) == {B}
    with read_transaction(world.engine) as connection:
        assert pins.pin_status(connection, world.anan.user_id) == "unset"
        assert pins.pin_status(connection, world.somsri.user_id) == "set"
    keys.open_database(world.engine, use_keys(KEY_B))  # A may leave the ring now
    check_pin(world)


def test_duplicate_ids_are_found_across_a_rotation_and_after_the_old_key_retires(
    world: World, use_keys: UseKeys
) -> None:
    keys.open_database(world.engine, use_keys(KEY_A))
    ring = keys.open_database(world.engine, use_keys(KEY_B, KEY_A))
    with pytest.raises(wallet_errors.DuplicateNationalId):
        register_again(world)
    write_transaction(world.engine, lambda c: keys.rekey(c, ring, reset_pins=True))
    keys.open_database(world.engine, use_keys(KEY_B))
    with pytest.raises(wallet_errors.DuplicateNationalId):
        register_again(world)


def test_the_lookup_key_is_sealed_under_each_key_and_opens_with_no_other(
    world: World, use_keys: UseKeys
) -> None:
    keys.open_database(world.engine, use_keys(KEY_A))
    with read_transaction(world.engine) as connection:
        before = keys.lookup_key(connection)
        sealed = connection.execute(select(secret_keys.c.lookup_key)).scalar_one()
    assert KEY_A.encode() not in bytes(sealed)
    keys.open_database(world.engine, use_keys(KEY_B, KEY_A))
    use_keys(KEY_B)
    with read_transaction(world.engine) as connection:
        assert keys.lookup_key(connection) == before  # opened with B alone
    use_keys(keyring.generate_key())
    with read_transaction(world.engine) as connection, pytest.raises(keys.KeysMismatch):
        keys.lookup_key(connection)


def test_qr_links_signed_with_the_old_key_stay_valid_while_it_is_in_the_ring(
    use_keys: UseKeys,
) -> None:
    use_keys(KEY_A)
    token = signing.sign("pay", {"r": 7}, NOW + timedelta(minutes=15))
    use_keys(KEY_B, KEY_A)
    assert signing.verify("pay", token, NOW) == {"r": 7}
    fresh = signing.sign("pay", {"r": 7}, NOW + timedelta(minutes=15))
    assert fresh != token  # new links use the current key
    use_keys(KEY_B)
    with pytest.raises(signing.TamperedToken):
        signing.verify("pay", token, NOW)
    assert signing.verify("pay", fresh, NOW) == {"r": 7}


def test_the_ledger_s_history_verifies_across_a_rotation_and_after_the_old_key_retires(
    funded: World, use_keys: UseKeys
) -> None:
    """Ledger digests are keyed by the database's own key, which a rotation keeps: the
    rows and seals written under key A still verify with only key B in the ring."""
    world = funded
    keys.open_database(world.engine, use_keys(KEY_A))
    assert ledger.seal(world.engine)
    ring = keys.open_database(world.engine, use_keys(KEY_B, KEY_A))
    write_transaction(
        world.engine,
        lambda c: cash_topup(
            c,
            agent_id=world.agent_id,
            member_id=world.somsri.id,
            amount=5_000,
            idempotency_key="after-rotation",
            actor="agent",
        ),
    )
    write_transaction(world.engine, lambda c: keys.rekey(c, ring, reset_pins=True))
    keys.open_database(world.engine, use_keys(KEY_B))
    assert ledger.seal(world.engine)
    with read_transaction(world.engine) as connection:
        found = {result.name: result.violations for result in run_checks(connection)}
    assert found["transfer_digests"] == []
    assert found["sealed_blocks"] == []
