"""Loans through the pages: an officer enters the application, the officers decide it, the
borrower reads the schedule, the loans page ages what is overdue (30/60/90 days), and a
loan long overdue is restructured or written off."""

from datetime import date

from fastapi.testclient import TestClient

from tests.savings.pages.conftest import Groups
from tests.savings.pages.helpers import (
    approved_loan,
    footprint,
    form_fields,
    open_sheet,
    post_sheet,
)
from tests.web.conftest import form_token
from thungngoen import savings
from thungngoen.db import read_transaction

JAN, FEB = date(2024, 1, 10), date(2024, 2, 10)


def _january(groups: Groups) -> None:
    client = groups.client("treasurer")
    form = open_sheet(client, groups.group.id) | {"held_on": JAN.isoformat()}
    assert post_sheet(client, groups.group.id, form).status_code == 303


def _loan(groups: Groups, loan_id: int) -> savings.Loan:
    with read_transaction(groups.engine) as connection:
        return savings.get_loan(connection, loan_id)


def _apply(client: TestClient, groups: Groups, who: str, baht: str) -> tuple[int, str]:
    path = f"/savings/groups/{groups.group.id}/loans"
    form = {
        "csrf_token": form_token(client, path),
        "member_id": str(groups.members[who].id),
        "principal": baht,
        "months": "2",
        "purpose": "ทุนขายขนม",
    }
    answer = client.post(path, data=form, follow_redirects=False)
    return answer.status_code, answer.headers.get("location") or answer.text


def _decide(groups: Groups, loan_id: int, action: str, **fields: str) -> str:
    """The treasurer's decision: where it leads, or the page refusing it."""
    client = groups.client("treasurer")
    token = form_token(client, f"/savings/loans/{loan_id}")
    answer = client.post(
        f"/savings/loans/{loan_id}/{action}",
        data={"csrf_token": token, **fields},
        follow_redirects=False,
    )
    return answer.text if answer.status_code == 422 else str(answer.headers["location"])


def _overdue_loan(groups: Groups) -> int:
    """A 100-baht loan of the plain member for two months, approved in January and paid
    out at February's meeting: by now long overdue."""
    _january(groups)

    loan_id = approved_loan(groups, JAN).id
    client = groups.client("treasurer")
    sheet = open_sheet(client, groups.group.id) | {
        "held_on": FEB.isoformat(),
        f"loan{loan_id}": "pay",
    }
    assert post_sheet(client, groups.group.id, sheet).status_code == 303
    return loan_id


def test_an_application_over_the_savings_multiple_is_refused_at_the_amount(
    groups: Groups,
) -> None:
    _january(groups)  # the member has saved 50 baht: loans up to 150 baht
    treasurer = groups.client("treasurer")
    before = footprint(groups.engine)
    status, page = _apply(treasurer, groups, "member", "200")
    assert status == 422
    assert (
        'id="e-principal">วงเงินกู้รวมไม่เกิน 300% ของเงินออม: เงินออม 50.00 บาท → กู้ได้ไม่เกิน 150.00 บาท<'
    ) in page
    assert 'value="200"' in page
    assert footprint(groups.engine) == before


def test_the_officers_decide_and_the_borrower_reads_the_schedule(groups: Groups) -> None:
    _january(groups)
    status, location = _apply(groups.client("treasurer"), groups, "member", "150")
    assert status == 303
    loan_id = int(location.rsplit("/", 1)[1])
    assert _decide(groups, loan_id, "approve") == location
    assert _loan(groups, loan_id).status == "applied"  # one of the two approvals
    again = _decide(groups, loan_id, "approve")
    assert "คำขอกู้นี้พิจารณาไปแล้ว" in again
    refused = _decide(groups, loan_id, "reject")
    assert 'id="e-reject">กรุณากรอกช่องนี้<' in refused
    borrower = groups.client("member")
    page = borrower.get(location)
    assert page.status_code == 200
    assert "ยื่นคำขอกู้" in page.text
    assert 'id="decide"' not in page.text  # the borrower does not decide
    assert groups.client("other_treasurer").get(location).status_code == 403


def test_a_borrower_does_not_approve_their_own_loan(groups: Groups) -> None:
    _january(groups)
    status, location = _apply(groups.client("treasurer"), groups, "treasurer", "100")
    assert status == 303
    loan_id = int(location.rsplit("/", 1)[1])
    page = _decide(groups, loan_id, "approve")
    assert 'id="e-approve">ผู้นี้ไม่มีสิทธิ์พิจารณาเงินกู้นี้<' in page
    assert _loan(groups, loan_id).status == "applied"


def test_a_loan_long_overdue_is_aged_and_written_off(groups: Groups) -> None:
    loan_id = _overdue_loan(groups)
    loans = groups.client("treasurer").get(f"/savings/groups/{groups.group.id}/loans").text
    assert 'id="aging-90+" data-satang="10000"' in loans
    assert 'id="aging-current" data-satang="0"' in loans
    borrower = groups.client("member").get(f"/savings/loans/{loan_id}").text
    assert 'id="loan-owed" data-satang="10000"' in borrower
    assert borrower.count("ค้างชำระ") >= 2
    assert 'id="write-off"' not in borrower  # the borrower changes nothing
    officer = groups.client("treasurer").get(f"/savings/loans/{loan_id}").text
    assert 'id="write-off"' in officer
    unexplained = _decide(groups, loan_id, "write-off")
    assert 'id="e-write_off">กรุณากรอกช่องนี้<' in unexplained
    assert _decide(groups, loan_id, "write-off", reason="ย้ายออกจากชุมชน") == (
        f"/savings/loans/{loan_id}"
    )
    assert _loan(groups, loan_id).status == "written_off"
    with read_transaction(groups.engine) as connection:
        assert savings.group_books(connection, groups.group.code).expenses == 10_000


def test_a_loan_is_restructured_from_its_page(groups: Groups) -> None:
    loan_id = _overdue_loan(groups)
    refused = _decide(groups, loan_id, "restructure", months="x", reason="ตกงาน")
    assert 'id="e-months">กรอกเป็นจำนวนเต็ม<' in refused
    too_long = _decide(groups, loan_id, "restructure", months="99", reason="ตกงาน")
    assert ('id="e-restructure">ระยะเวลากู้ไม่เกิน 24 เดือนตามระเบียบกลุ่ม: ขอกู้ 99 เดือน<') in too_long
    done = _decide(groups, loan_id, "restructure", months="4", reason="ตกงาน")
    assert done == f"/savings/loans/{loan_id}"
    page = groups.client("member").get(done).text
    assert page.count("ยังไม่ถึงกำหนด") == 4  # a new schedule from today
    assert "ตกงาน" in page


def test_the_loan_pages_list_every_stage(groups: Groups) -> None:
    loan_id = _overdue_loan(groups)
    page = groups.client("auditor").get(f"/savings/groups/{groups.group.id}/loans")
    assert page.status_code == 200
    assert f'id="active-{loan_id}"' in page.text
    assert 'id="apply"' not in page.text  # the auditor enters no application
    fields = form_fields(groups.client("treasurer").get(f"/savings/loans/{loan_id}").text)
    assert "months" in fields  # the officers may restructure an active loan
