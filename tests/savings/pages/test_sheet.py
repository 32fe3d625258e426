"""The treasurer's meeting sheet, end to end through the page: what it opens with, a
sheet posted as one batch, a double submit posting once, and rejected sheets that write
nothing and show each mistake next to its box, keeping what was typed."""

import re
from datetime import date

from tests.savings.pages.conftest import Groups
from tests.savings.pages.helpers import (
    approved_loan,
    footprint,
    member_field,
    open_sheet,
    post_sheet,
    sheet_path,
)
from thungngoen import savings
from thungngoen.db import read_transaction

JAN = date(2024, 1, 10)
FEB = date(2024, 2, 10)


def _books(groups: Groups) -> savings.Books:
    with read_transaction(groups.engine) as connection:
        return savings.group_books(connection, groups.group.code)


def test_the_sheet_opens_with_the_regulation_filled_in(groups: Groups) -> None:
    form = open_sheet(groups.client("treasurer"), groups.group.id)
    for who in ("treasurer", "member", "chair", "secretary"):
        assert form[member_field(groups, who, "commitment")] == "50"
        assert form[member_field(groups, who, "welfare")] == "10"
        assert form[member_field(groups, who, "present")] == "on"
        assert form[member_field(groups, who, "fine")] == ""
    assert member_field(groups, "other_treasurer", "row") not in form  # only this group
    assert form["held_on"] == savings.thai_today().isoformat()
    assert len(form["idempotency_key"]) >= 16


def test_a_posted_sheet_shows_its_report_and_moves_the_books(groups: Groups) -> None:
    client = groups.client("treasurer")
    form = open_sheet(client, groups.group.id)
    form |= {
        "held_on": JAN.isoformat(),
        member_field(groups, "member", "voluntary"): "1,000.50",
        member_field(groups, "chair", "commitment"): "",  # did not pay
        "expense0.amount": "12",
        "expense0.text": "ค่าสมุดบัญชี",
    }
    del form[member_field(groups, "secretary", "present")]  # absent (but paid)
    answer = post_sheet(client, groups.group.id, form)
    assert answer.status_code == 303, answer.text
    report = client.get(answer.headers["location"])
    assert "บันทึกการประชุมแล้ว" in report.text  # the flash, in Thai
    assert 'id="total-commitment" data-satang="15000"' in report.text
    assert 'id="total-voluntary" data-satang="100050"' in report.text
    assert 'id="meeting-present">3 / 4' in report.text
    books = _books(groups)
    assert books.cash == 15_000 + 100_050 + 4 * 1_000 - 1_200
    assert books.savings == 15_000 + 100_050
    assert books.balanced
    numbers = re.findall(r"laem-son-on/(\d{5})", report.text)
    assert numbers == ["00001", "00002", "00003", "00004"]  # one receipt per payer


def test_receipts_are_numbered_per_group(groups: Groups) -> None:
    for group, who in ((groups.group, "treasurer"), (groups.other, "other_treasurer")):
        client = groups.client(who)
        form = open_sheet(client, group.id) | {"held_on": JAN.isoformat()}
        answer = post_sheet(client, group.id, form)
        assert answer.status_code == 303, answer.text
        report = client.get(answer.headers["location"]).text
        assert f"{group.code}/00001" in report
    client = groups.client("treasurer")
    form = open_sheet(client, groups.group.id) | {"held_on": FEB.isoformat()}
    second = client.get(post_sheet(client, groups.group.id, form).headers["location"]).text
    assert re.findall(r"laem-son-on/(\d{5})", second) == ["00005", "00006", "00007", "00008"]


def test_submitting_the_same_sheet_twice_posts_it_once(groups: Groups) -> None:
    client = groups.client("treasurer")
    form = open_sheet(client, groups.group.id) | {"held_on": JAN.isoformat()}
    first = post_sheet(client, groups.group.id, form)
    after_first = footprint(groups.engine)
    again = post_sheet(client, groups.group.id, form)
    assert again.status_code == 303
    assert again.headers["location"] == first.headers["location"]
    assert footprint(groups.engine) == after_first
    assert _books(groups).savings == 4 * 5_000

    changed = form | {member_field(groups, "member", "voluntary"): "20"}
    refused = post_sheet(client, groups.group.id, changed)
    assert refused.status_code == 422
    assert "รายการนี้ถูกส่งไปแล้วด้วยข้อมูลต่างกัน" in refused.text
    assert footprint(groups.engine) == after_first
    fresh_key = re.search(r'name="idempotency_key" value="([^"]+)"', refused.text)
    assert fresh_key
    assert fresh_key.group(1) != form["idempotency_key"]


def test_a_rejected_sheet_writes_nothing_and_marks_the_box(groups: Groups) -> None:
    client = groups.client("treasurer")
    before = footprint(groups.engine)
    withdrawal = member_field(groups, "member", "withdrawal")
    form = open_sheet(client, groups.group.id) | {
        "held_on": JAN.isoformat(),
        withdrawal: "999",
        member_field(groups, "member", "voluntary"): "7.25",
    }
    answer = post_sheet(client, groups.group.id, form)
    assert answer.status_code == 422
    cell_id = withdrawal.replace(".", "-")
    error = re.search(rf'id="e-{cell_id}">([^<]+)<', answer.text)
    assert error
    assert error.group(1) == "ยอดถอนเกินเงินออมของสมาชิก"
    assert f'name="{withdrawal}" value="999"' in answer.text  # what was typed stays
    assert 'value="7.25"' in answer.text
    assert f'name="idempotency_key" value="{form["idempotency_key"]}"' in answer.text
    assert footprint(groups.engine) == before


def test_mistyped_boxes_are_all_marked_before_anything_is_tried(groups: Groups) -> None:
    client = groups.client("treasurer")
    before = footprint(groups.engine)
    commitment = member_field(groups, "chair", "commitment")
    fine = member_field(groups, "secretary", "fine")
    form = open_sheet(client, groups.group.id) | {
        "held_on": "",
        commitment: "ห้าสิบ",
        fine: "-5",
        "expense1.amount": "30",  # no text for it
    }
    answer = post_sheet(client, groups.group.id, form)
    assert answer.status_code == 422
    for box, text in (
        (commitment, "กรอกจำนวนเงินเป็นบาท เช่น 50 หรือ 12.50"),
        (fine, "จำนวนเงินต้องไม่ติดลบ"),
    ):
        assert f'id="e-{box.replace(".", "-")}">{text}<' in answer.text
    assert 'id="e-held_on">' in answer.text
    assert 'id="e-expense1">กรุณาระบุรายการหรือเหตุผล<' in answer.text
    assert 'value="ห้าสิบ"' in answer.text
    assert footprint(groups.engine) == before


def test_a_sheet_out_of_order_or_short_of_cash_is_refused_by_name(groups: Groups) -> None:
    client = groups.client("treasurer")
    before = footprint(groups.engine)
    future = open_sheet(client, groups.group.id) | {"held_on": "2099-01-01"}
    answer = post_sheet(client, groups.group.id, future)
    assert 'id="e-held_on">วันที่ประชุมไม่ถูกต้อง' in answer.text
    # The expense on the form's third row is the sheet's first: its mistake shows there.
    short = open_sheet(client, groups.group.id) | {
        "held_on": JAN.isoformat(),
        "expense2.amount": "1000",
        "expense2.text": "ซื้อโต๊ะ",
    }
    answer = post_sheet(client, groups.group.id, short)
    assert answer.status_code == 422
    assert 'id="e-expense2">เงินสดของกลุ่มไม่พอ<' in answer.text
    assert footprint(groups.engine) == before


def test_a_later_sheet_corrects_an_earlier_entry_with_a_reason(groups: Groups) -> None:
    client = groups.client("treasurer")
    voluntary = member_field(groups, "member", "voluntary")
    first = open_sheet(client, groups.group.id) | {"held_on": JAN.isoformat(), voluntary: "100"}
    assert post_sheet(client, groups.group.id, first).status_code == 303
    form = open_sheet(client, groups.group.id)
    page = client.get(sheet_path(groups.group.id)).text
    slip = re.search(r'<option value="(\d+)">\s*ครั้งที่ 1 · สมศรี ใจดี · เงินฝากเพิ่ม', page)
    assert slip, "the voluntary saving of meeting 1 is offered for correction"
    form |= {"held_on": FEB.isoformat(), "correction0.choice": slip.group(1)}
    unexplained = post_sheet(client, groups.group.id, form)
    assert 'id="e-correction0">กรุณาระบุรายการหรือเหตุผล<' in unexplained.text
    form["correction0.text"] = "บันทึกผิดคน"
    assert post_sheet(client, groups.group.id, form).status_code == 303
    passbook = client.get(f"/savings/passbooks/{groups.members['member'].id}").text
    assert "-100.00 บาท" in passbook
    assert "แก้ไข เงินฝากเพิ่ม: บันทึกผิดคน" in passbook
    assert _books(groups).savings == 8 * 5_000


def test_an_approved_loan_is_paid_out_and_repaid_on_sheets(groups: Groups) -> None:
    client = groups.client("treasurer")
    post_sheet(
        client, groups.group.id, open_sheet(client, groups.group.id) | {"held_on": JAN.isoformat()}
    )

    loan = approved_loan(groups, JAN)
    form = open_sheet(client, groups.group.id)
    assert form[f"loan{loan.id}.channel"] == "cash"
    form |= {"held_on": FEB.isoformat(), f"loan{loan.id}": "pay"}
    assert post_sheet(client, groups.group.id, form).status_code == 303
    next_sheet = open_sheet(client, groups.group.id)
    repay = member_field(groups, "member", f"repay.{loan.id}")
    assert next_sheet[repay] == "102"  # all of it is due by now: 100 baht + 1% a month
    next_sheet["held_on"] = date(2024, 3, 10).isoformat()
    assert post_sheet(client, groups.group.id, next_sheet).status_code == 303
    with read_transaction(groups.engine) as connection:
        assert savings.get_loan(connection, loan.id).status == "repaid"
