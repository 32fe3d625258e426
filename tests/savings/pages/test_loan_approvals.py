"""Issue 13 through the pages: the loan page and the loans list say how many approvals the
regulation needs, who gave theirs and who may still; an approval's message says what it
did; a loan over a limit names the rule and the figure it came from."""

from datetime import date

from fastapi.testclient import TestClient

from tests.savings.pages.conftest import Groups
from tests.savings.pages.helpers import open_sheet, post_sheet
from tests.web.conftest import form_token
from thungngoen import savings
from thungngoen.db import write_transaction

JAN = date(2024, 1, 10)


def _apply(groups: Groups, baht: str, months: str = "2") -> TestClient:
    """January's sheet (the member saves 50 baht), then the treasurer enters the member's
    application; the treasurer's browser, on the page it led to."""
    client = groups.client("treasurer")
    form = open_sheet(client, groups.group.id) | {"held_on": JAN.isoformat()}
    assert post_sheet(client, groups.group.id, form).status_code == 303
    path = f"/savings/groups/{groups.group.id}/loans"
    fields = {"member_id": str(groups.members["member"].id), "principal": baht, "months": months}
    client.post(
        path,
        data={"csrf_token": form_token(client, path), **fields, "purpose": "ทุนขายขนม"},
        follow_redirects=False,
    )
    return client


def _approve(client: TestClient, loan_id: int) -> str:
    """The page the approval leads to, with its message."""
    path = f"/savings/loans/{loan_id}"
    token = form_token(client, path)
    answer = client.post(f"{path}/approve", data={"csrf_token": token}, follow_redirects=False)
    assert answer.status_code == 303, answer.text
    return str(client.get(answer.headers["location"]).text)


def _only_loan(groups: Groups) -> int:
    return write_transaction(groups.engine, lambda c: savings.list_loans(c, groups.group.id)[0].id)


def test_the_pages_say_how_many_approvals_are_needed_and_who_may_still_give_one(
    groups: Groups,
) -> None:
    client = _apply(groups, "100")
    loan_id = _only_loan(groups)
    page = client.get(f"/savings/loans/{loan_id}").text
    assert "อนุมัติแล้ว 0 จาก 2 คน" in page
    assert "มาลี ศรีสุข (ประธาน), ฮาซัน หมัดหลี (เลขานุการ)" in page
    approved_once = _approve(client, loan_id)
    assert 'class="flash">บันทึกการอนุมัติของคุณแล้ว ต้องการอีก 1 คน<' in approved_once
    assert "อนุมัติแล้ว 1 จาก 2 คน" in approved_once
    assert 'id="approved-by">ผู้อนุมัติ: จันทร์เพ็ญ แก้วมณี (เหรัญญิก)<' in approved_once
    assert "ผู้ที่ยังอนุมัติได้: มาลี ศรีสุข (ประธาน), ฮาซัน หมัดหลี (เลขานุการ)" in approved_once
    listed = client.get(f"/savings/groups/{groups.group.id}/loans").text
    assert "อนุมัติแล้ว 1 จาก 2 คน" in listed
    assert "ผู้ที่ยังอนุมัติได้: ประธาน, เลขานุการ" in listed
    client.cookies.set("tn_lang", "en")
    english = client.get(f"/savings/loans/{loan_id}").text
    assert "Approved by 1 of 2" in english
    assert "May still approve: มาลี ศรีสุข (Chair), ฮาซัน หมัดหลี (Secretary)" in english


def test_the_last_approval_says_the_loan_is_approved(groups: Groups) -> None:
    client = _apply(groups, "100")
    loan_id = _only_loan(groups)
    write_transaction(
        groups.engine,
        lambda c: savings.approve_loan(
            c,
            loan_id,
            officer_id=groups.officers["chair"].id,
            decided_on=savings.thai_today(),
            actor="t",
        ),
    )
    page = _approve(client, loan_id)
    assert 'class="flash">อนุมัติเงินกู้แล้ว<' in page
    assert 'id="loan-status">อนุมัติ' in page
    assert "อนุมัติแล้ว 2 จาก 2 คน" in page
    assert 'id="may-approve"' not in page


def test_a_loan_over_a_limit_names_the_rule_and_its_figure(groups: Groups) -> None:
    client = _apply(groups, "100")
    path = f"/savings/groups/{groups.group.id}/loans"
    over = {"member_id": str(groups.members["member"].id), "principal": "200", "months": "2"}
    form = {"csrf_token": form_token(client, path), **over, "purpose": "ทุน"}
    page = client.post(path, data=form).text
    assert (
        'id="e-principal">วงเงินกู้รวมไม่เกิน 300% ของเงินออม: เงินออม 50.00 บาท'
        " → กู้ได้ไม่เกิน 150.00 บาท (มียอดกู้อยู่แล้ว 100.00 บาท: กู้เพิ่มได้อีกไม่เกิน 50.00 บาท)<"
    ) in page
    form = {"csrf_token": form_token(client, path), **over, "principal": "40", "months": "30"}
    long = client.post(path, data={**form, "purpose": "ทุน"}).text
    assert 'id="e-months">ระยะเวลากู้ไม่เกิน 24 เดือนตามระเบียบกลุ่ม: ขอกู้ 30 เดือน<' in long
