"""The proposal to CODI as a Thai PDF, read back with pdftotext: the letter head in the
Buddhist Era, each household with its head's name and no national ID or phone, the
summary by community with its totals, and the export logged per person."""

import subprocess
from datetime import date

from sqlalchemy import select

from tests.community.helpers import AT, VALID_ID, World
from tests.community.relocation_helpers import household_with, proposal, register, step
from thungngoen.community import relocation as rel
from thungngoen.community.tables import personal_reads, persons


def _text(pdf: bytes) -> str:
    done = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return done.stdout.decode()


def _proposed(world: World) -> tuple[rel.Proposal, list[int]]:
    plan = proposal(world, "บ้านมั่นคงบ่อยาง ระยะที่ 1")
    homes = [
        household_with(world, persons=3, house_number="11", income_month=900_000),
        household_with(world, persons=2, house_number="12", income_month=1_100_000),
        household_with(world, persons=4, community_id=world.rail.id, income_month=1_500_000),
    ]
    saved = [3_000_000, 1_000_000, 4_500_000]
    for home, amount in zip(homes, saved, strict=True):
        request = step(world, register(world, home, declared_savings=amount), "verified")
        step(world, request, "proposed", proposal_id=plan.id)
    register(world, household_with(world, house_number="99"))  # registered, not proposed
    return plan, homes


def test_the_pdf_reads_back_in_thai_with_its_totals(world: World) -> None:
    plan, homes = _proposed(world)
    first_head = world.read(
        lambda c: (
            c.execute(
                select(persons.c.id)
                .where(persons.c.household_id == homes[0])
                .order_by(persons.c.id)
            )
            .scalars()
            .first()
        )
    )
    world.write(
        lambda c: c.execute(
            persons.update().where(persons.c.id == first_head).values(
                name="บุณย์ ตัวอย่าง", phone="0812345678", national_id_last4=VALID_ID[-4:]
            )
        )
    )  # fmt: skip
    document = world.write(
        lambda c: rel.proposal_document(c, plan.id, reader="user:7", at=AT, as_of=date(2026, 12, 5))
    )
    text = _text(rel.render_pdf(document))
    assert "สถาบันพัฒนาองค์กรชุมชน" in text
    assert "บ้านมั่นคง" in text
    assert "5 ธันวาคม 2569" in text, "dated in the Buddhist Era"
    assert "บ้านมั่นคงบ่อยาง ระยะที่ 1" in text
    assert "บุณย์ ตัวอย่าง" in text, "the head's name goes to CODI"
    assert "0812345678" not in text
    assert "081" not in text
    assert VALID_ID[-4:] + " " not in text
    assert "ชุมชนตัวอย่างบ่อยาง" in text
    assert "ชุมชนตัวอย่างริมทางรถไฟ" in text
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    total = lines.index("รวมทั้งสิ้น")
    assert lines[total + 1 : total + 6] == [
        "3",  # households
        "9",  # persons
        "35,000.00 บาท",  # income 9,000 + 11,000 + 15,000 a month
        "85,000.00 บาท",  # savings 30,000 + 10,000 + 45,000
        "2 (66.7 %)",  # two of three reach 10 % of a 300,000 baht loan
    ]
    assert "ยังไม่ถึง" in text
    assert "จำนวน 3 ครัวเรือน 9 คน" in " ".join(text.split())
    assert " 99 " not in f" {' '.join(lines)} ", "a request not in the proposal"


def test_the_export_is_logged_once_per_head(world: World) -> None:
    plan, homes = _proposed(world)
    world.write(
        lambda c: rel.proposal_document(c, plan.id, reader="user:7", at=AT, as_of=date(2026, 12, 5))
    )
    logged = world.read(
        lambda c: c.execute(
            select(personal_reads.c.person_id, personal_reads.c.what, personal_reads.c.reader,
                   personal_reads.c.purpose)
        ).all()
    )  # fmt: skip
    assert len(logged) == 3
    assert {row.what for row in logged} == {"export"}
    assert {row.reader for row in logged} == {"user:7"}
    assert all("CODI" in row.purpose and "ระยะที่ 1" in row.purpose for row in logged)
    heads = world.read(
        lambda c: {
            c.execute(
                select(persons.c.id).where(
                    persons.c.household_id == home, persons.c.relation == "head"
                )
            ).scalar_one()
            for home in homes
        }
    )
    assert {row.person_id for row in logged} == heads


def test_totals_by_community(world: World) -> None:
    plan, _ = _proposed(world)
    views = world.read(lambda c: rel.proposal_views(c, plan.id, date(2026, 12, 5)))
    lines = rel.totals_by_community(views)
    by_name = {line.community_name: line for line in lines}
    assert by_name["ชุมชนตัวอย่างบ่อยาง"].households == 2
    assert by_name["ชุมชนตัวอย่างบ่อยาง"].meeting == 1
    assert by_name["ชุมชนตัวอย่างริมทางรถไฟ"].persons == 4
    assert lines[-1].community_name == ""
    assert lines[-1].savings == 8_500_000
