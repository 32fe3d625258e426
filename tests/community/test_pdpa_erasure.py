"""Erasure and the access copy (decision 0049): after an erasure the person's name, phone,
national ID and birth date are in no table of the database, the counts along the tree are
unchanged, and ``thungngoen verify`` still passes with the linked wallet's ledger rows
untouched; the access copy as JSON lists everything held, and its PDF reads back."""

import json
import subprocess
from datetime import date, timedelta

import pytest
from sqlalchemy import Connection, select
from typer.testing import CliRunner

from tests.community.helpers import ACTOR, AT, VALID_ID, WITH_HEALTH, World
from thungngoen import community, wallet
from thungngoen.areas import load_all_tables
from thungngoen.auth.users import create_user
from thungngoen.cli.main import app
from thungngoen.community.errors import PersonErased
from thungngoen.community.pdpa import copy, pdf, requests
from thungngoen.community.tables import personal_reads
from thungngoen.db import metadata
from thungngoen.wallet import book, people
from thungngoen.wallet.topups import cash_topup

NAME, PHONE, BORN = "ประภาพร ลบได้", "0861239876", date(1952, 3, 14)


def _everything(connection: Connection) -> str:
    """Every row of every table, as text."""
    load_all_tables()
    return "\n".join(
        "|".join(str(value) for value in row)
        for table in metadata.sorted_tables
        for row in connection.execute(select(table))
    )


def _erase(world: World, person_id: int) -> requests.SubjectRequest:
    made = world.write(
        lambda c: requests.receive_request(
            c, person_id, kind="erasure", detail=f"ลบข้อมูลของ {NAME} โทร {PHONE}",
            received_at=AT, actor=ACTOR,
        )
    )  # fmt: skip
    return world.write(
        lambda c: requests.move_request(
            c, made.id, status="done", actor=ACTOR, at=AT + timedelta(days=3)
        )
    )


def test_erasure_leaves_no_trace_of_the_person_and_keeps_the_counts(world: World) -> None:
    household = world.household(address="12/3 ถนนตัวอย่าง", house_registration_no="90010012345")
    person = world.person(
        household.id, basis=WITH_HEALTH, name=NAME, phone=PHONE, birth_date=BORN,
        national_id=VALID_ID, occupation="แม่ค้า", chronic_illness=True,
    )  # fmt: skip
    world.write(
        lambda c: community.read_person(c, person.id, reader="user:1", purpose="visit", at=AT)
    )
    digest = world.read(lambda c: community.national_id_digest(c, VALID_ID))
    before = world.read(_everything)
    for trace in (NAME, PHONE, digest, BORN.isoformat()):
        assert trace in before, trace
    counts = world.read(lambda c: community.community_rows(c, community.parse_node("province:90")))
    done = _erase(world, person.id)
    assert done.status == "done"
    assert done.detail == ""
    after = world.read(_everything)
    for trace in (NAME, PHONE, digest, VALID_ID, BORN.isoformat(), "ประภาพร", "0861239876"):
        assert trace not in after, trace
    kept = world.read(lambda c: community.get_person(c, person.id))
    assert kept.birth_date == date(1950, 1, 1)
    assert kept.sex == "female"
    assert (kept.chronic_illness, kept.national_id_last4, kept.occupation) == (None, None, "")
    assert world.read(lambda c: community.get_household(c, household.id)).address == ""
    assert (
        world.read(lambda c: community.community_rows(c, community.parse_node("province:90")))
        == counts
    )
    assert world.count(personal_reads) == 1  # who read the record stays accountable
    assert all(c.withdrawn_at for c in world.read(lambda c: community.consents_of(c, person.id)))
    with pytest.raises(PersonErased):
        world.write(
            lambda c: community.update_person(
                c, person.id, expected_version=kept.version, name=NAME, actor=ACTOR, at=AT
            )
        )
    with pytest.raises(PersonErased):
        _erase(world, person.id)
    assert world.read(lambda c: community.get_person(c, person.id)).name == f"ลบตามคำขอ #{done.id}"


def test_erasure_cuts_the_wallet_link_and_verify_still_passes(
    world: World, database_url: str
) -> None:
    def fund(c: Connection) -> tuple[people.Member, int]:
        book.ensure_system_accounts(c)
        member = people.register_member(
            c, phone=PHONE, name=NAME, password=None, tambon_code="900101"
        )
        treasurer = create_user(
            c, phone="0810000001", name="เหรัญญิก", role="agent", password="agent-pass",
            actor=ACTOR,
        )  # fmt: skip
        agent = people.register_agent(
            c, user=treasurer, name="กลุ่มออมทรัพย์ทดสอบ", tambon_code="900101", actor=ACTOR
        )
        return member, agent

    member, agent = world.write(fund)
    world.write(
        lambda c: cash_topup(
            c, agent_id=agent, member_id=member.id, amount=20_000, idempotency_key="pdpa",
            actor="agent",
        )
    )  # fmt: skip
    person = world.person(world.household().id, name=NAME, phone=PHONE, wallet_member_id=member.id)
    _erase(world, person.id)
    assert world.read(lambda c: community.get_person(c, person.id)).wallet_member_id is None
    assert world.read(lambda c: wallet.get_member(c, member.id)).id == member.id
    result = CliRunner().invoke(app, ["verify", "--database-url", database_url])
    assert result.exit_code == 0, result.output
    assert "all invariants hold" in result.output


def test_the_access_copy_lists_everything_held_and_its_pdf_reads_back(world: World) -> None:
    household = world.household(address="45 ซอยทดสอบ")
    person = world.person(
        household.id, basis=WITH_HEALTH, name=NAME, phone=PHONE, birth_date=BORN,
        national_id=VALID_ID, bedridden=True,
    )  # fmt: skip
    world.write(
        lambda c: requests.receive_request(c, person.id, kind="access", received_at=AT, actor=ACTOR)
    )
    held = world.write(lambda c: copy.access_copy(c, person.id, reader="user:9", at=AT))
    parsed = json.loads(copy.copy_json(held))
    assert parsed == held
    assert parsed["person"]["name"] == NAME
    assert parsed["person"]["phone"] == PHONE
    assert parsed["person"]["birth_date"] == "1952-03-14"
    assert parsed["person"]["national_id"] == "x-xxxx-xxxx7-03-0"
    assert parsed["person"]["bedridden"] is True
    assert parsed["household"]["address"] == "45 ซอยทดสอบ"
    assert [c["notice_version"] for c in parsed["consents"]] == ["2026-1", "2026-1"]
    assert [(r["what"], r["reader"]) for r in parsed["reads"]] == [("export", "user:9")]
    assert [r["kind"] for r in parsed["requests"]] == ["access"]
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf.copy_pdf(held),
        capture_output=True, check=True,
    ).stdout.decode()  # fmt: skip
    for expected in (NAME, PHONE, "14/3/2495", "x-xxxx-xxxx7-03-0", "45 ซอยทดสอบ", "2026-1",
                     "สำเนาข้อมูลส่วนบุคคล", "Copy of personal data"):  # fmt: skip
        assert expected in text, expected
