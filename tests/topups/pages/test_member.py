"""Top up: a PromptPay request shows its QR, reference and exact amount; nearby agents."""

import re

from sqlalchemy import Connection

from tests.wallet.pages.member.helpers import submit
from tests.web.conftest import DemoSite
from tests.web.helpers import error_under, member_of
from thungngoen import topups
from thungngoen.auth.users import create_user
from thungngoen.db import read_transaction, write_transaction
from thungngoen.wallet import people
from thungngoen.wallet.demo import MEMBERS
from thungngoen.wallet.promptpay import parse_emv

SOMSRI = MEMBERS[0]


def test_asking_shows_the_promptpay_qr_the_reference_and_the_amount(
    demo_site: DemoSite,
) -> None:
    client = demo_site.client(SOMSRI)
    asked = submit(client, "/wallet/topup", {"amount": "150"})
    assert asked.status_code == 303
    location = asked.headers["location"]
    assert re.fullmatch(r"/wallet/topup/\d+", location)
    page = client.get(location).text
    with read_transaction(demo_site.engine) as connection:
        [request] = topups.open_topup_requests(
            connection, member_of(demo_site.engine, SOMSRI.phone).id
        )
    assert request.requested == 15_000
    assert f'<dd id="topup-reference">{request.reference}</dd>' in page
    assert f'id="topup-amount">{request.amount // 100}.{request.amount % 100:02d} บาท' in page
    assert f'<img src="{location}/qr.png" id="topup-qr-picture"' in page
    assert f'data-payload="{request.payload}"' in page
    assert f'href="{location}/qr.png" download="thungngoen-topup-{request.reference}.png"' in page
    assert 'id="topup-share" hidden' in page
    assert parse_emv(request.payload)["54"] == f"{request.amount // 100}.{request.amount % 100:02d}"
    listed = client.get("/wallet/topup").text
    assert f'href="{location}"' in listed
    assert request.reference in listed


def test_another_members_request_is_not_found(demo_site: DemoSite) -> None:
    location = submit(demo_site.client(SOMSRI), "/wallet/topup", {"amount": "20"}).headers[
        "location"
    ]
    assert demo_site.client(MEMBERS[1]).get(location).status_code == 404


def test_a_bad_amount_or_too_many_requests_are_refused(demo_site: DemoSite) -> None:
    client = demo_site.client(SOMSRI)
    refused = submit(client, "/wallet/topup", {"amount": "สองร้อย"})
    assert refused.status_code == 422
    assert error_under(refused.text, "amount") == "กรุณาพิมพ์จำนวนเงินเป็นบาท เช่น 120 หรือ 45.50"
    huge = submit(client, "/wallet/topup", {"amount": "60000"})
    assert error_under(huge.text, "amount") == "จำนวนเงินไม่ถูกต้อง"
    for amount in ("10", "20", "30"):
        assert submit(client, "/wallet/topup", {"amount": amount}).status_code == 303
    fourth = submit(client, "/wallet/topup", {"amount": "40"})
    assert fourth.status_code == 422
    assert "มีคำขอเติมเงินที่ยังไม่ชำระมากเกินไป" in fourth.text


def test_agents_of_the_sub_district_come_first_then_the_district(demo_site: DemoSite) -> None:
    def add_agents(connection: Connection) -> None:
        for n, (name, tambon_code) in enumerate(
            (("ร้านตัวแทนเกาะยอ", "900106"), ("ตัวแทนหาดใหญ่", "901107"))
        ):
            user = create_user(
                connection,
                phone=f"081000010{n}",
                name=name,
                role="agent",
                password="agent-pass",
                actor="test",
            )
            people.register_agent(
                connection, user=user, name=name, tambon_code=tambon_code, actor="test"
            )

    write_transaction(demo_site.engine, add_agents)
    page = demo_site.client(SOMSRI).get("/wallet/topup").text
    agents = page[page.index('id="agents"') :]
    assert agents.index("กลุ่มออมทรัพย์บ่อยาง") < agents.index("ร้านตัวแทนเกาะยอ")
    assert agents.count("ตำบลของคุณ") == 1
    assert "ตำบล เกาะยอ" in agents
    assert "ตัวแทนหาดใหญ่" not in agents  # another district
