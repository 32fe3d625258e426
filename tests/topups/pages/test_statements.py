"""Bank statements: the operator uploads the bank's CSV (a real multipart file upload), the
top-ups it pays are credited once, and lines nothing matched are decided by hand."""

from datetime import timedelta

from fastapi.testclient import TestClient

from tests.web.conftest import DemoSite
from tests.web.helpers import balance, error_under, member_of, post_form
from tests.web.money_helpers import ask_for_topup, rows_written, statement
from thungngoen import topups
from thungngoen.clock import utc_now
from thungngoen.db import read_transaction
from thungngoen.wallet.demo import MEMBERS, OPERATOR
from thungngoen.web.forms import MAX_UPLOAD_BYTES

PAGE = "/console/statements"


def _upload(client: TestClient, content: bytes, name: str = "statement.csv") -> tuple[int, str]:
    """Upload ``content``; the status and the page shown after it."""
    files = {"statement": (name, content, "text/csv")}
    response = post_form(client, PAGE, files=files)
    if response.status_code == 303:
        return 303, client.get(response.headers["location"]).text
    return response.status_code, response.text


def _baht(satang: int) -> str:
    return f"{satang // 100}.{satang % 100:02d}"


def _line(line_id: int, demo_site: DemoSite) -> topups.ImportedLine:
    with read_transaction(demo_site.engine) as connection:
        return topups.get_statement_line(connection, line_id)


def test_an_upload_credits_the_top_up_once(demo_site: DemoSite) -> None:
    engine = demo_site.engine
    somsri = member_of(engine, MEMBERS[0].phone)
    asked = ask_for_topup(engine, somsri, 25_000)
    before = balance(engine, somsri.account_id)
    operator = demo_site.client(OPERATOR)
    file = statement((_baht(asked.amount), f"PromptPay {asked.reference}", "", "KB-0001"))
    status, page = _upload(operator, file)
    assert status == 303
    assert "รายการใหม่ 1 รายการ นำเข้าแล้วก่อนหน้า 0 รายการ" in page
    assert balance(engine, somsri.account_id) == before + asked.amount
    settled = page.split('id="settled-lines"')[1]
    assert asked.reference in settled
    assert MEMBERS[0].name in settled
    status, again = _upload(operator, file)
    assert status == 303
    assert "รายการใหม่ 0 รายการ นำเข้าแล้วก่อนหน้า 1 รายการ" in again
    assert balance(engine, somsri.account_id) == before + asked.amount


def test_a_thai_bank_export_in_cp874_is_matched_by_amount(demo_site: DemoSite) -> None:
    engine = demo_site.engine
    anan = member_of(engine, MEMBERS[1].phone)
    asked = ask_for_topup(engine, anan, 12_300)
    before = balance(engine, anan.account_id)
    paid = utc_now() + timedelta(hours=7)  # just now, Thai time, in a Buddhist Era date
    when = f"{paid:%d/%m/}{paid.year + 543},{paid:%H:%M}"
    rows = [
        "วันที่,เวลา,รายการ,ถอน,ฝาก,คงเหลือ,รายละเอียด",
        f"{when},รับโอนพร้อมเพย์,,{_baht(asked.amount)},9999.00,นายอนันต์",
    ]
    status, page = _upload(demo_site.client(OPERATOR), "\n".join(rows).encode("cp874"))
    assert status == 303
    assert "จับคู่กับคำขอเติมเงินและโอนเหรียญแล้ว 1 รายการ" in page
    assert balance(engine, anan.account_id) == before + asked.amount


def test_a_broken_file_is_refused_next_to_the_field(demo_site: DemoSite) -> None:
    engine = demo_site.engine
    asked = ask_for_topup(engine, member_of(engine, MEMBERS[0].phone), 5_000)
    operator = demo_site.client(OPERATOR)
    before = rows_written(engine)
    good = (_baht(asked.amount), "x", asked.reference, "KB-9")
    broken_line = statement(good, ("12,34,5", "bad amount", "", "KB-10"))
    cases = {
        b"": "กรุณาเลือกไฟล์ CSV รายการเดินบัญชีธนาคาร",
        b"\x89PNG\r\n\x1a\n\x00\x00": "ไฟล์นี้ไม่ใช่ไฟล์ข้อความ CSV",
        b"name,phone\nsomsri,0812345678\n": "รูปแบบไฟล์รายการเดินบัญชีไม่ถูกต้อง (บรรทัดที่ 1)",
        broken_line: "รูปแบบไฟล์รายการเดินบัญชีไม่ถูกต้อง (บรรทัดที่ 3)",
    }
    for content, message in cases.items():
        status, page = _upload(operator, content)
        assert status == 422, content
        assert error_under(page, "statement").startswith(message), error_under(page, "statement")
    assert rows_written(engine) == before  # not even the good line of the broken file


def test_a_form_without_its_file_is_refused(demo_site: DemoSite) -> None:
    operator = demo_site.client(OPERATOR)
    response = post_form(operator, PAGE, files={"other": ("x.txt", b"hello")})
    assert response.status_code == 422
    assert error_under(response.text, "statement") == "กรุณาเลือกไฟล์ CSV รายการเดินบัญชีธนาคาร"


def test_an_oversize_file_is_refused_unread(demo_site: DemoSite) -> None:
    operator = demo_site.client(OPERATOR)
    before = rows_written(demo_site.engine)
    huge = statement(("100.00", "x" * MAX_UPLOAD_BYTES, "", "KB-1"))
    status, page = _upload(operator, huge)
    assert status == 413
    assert "ไฟล์ใหญ่เกินไป ส่งได้ไม่เกิน 2 MB" in page
    assert rows_written(demo_site.engine) == before


def test_the_operator_credits_an_unmatched_line(demo_site: DemoSite) -> None:
    engine = demo_site.engine
    manee = member_of(engine, MEMBERS[2].phone)
    asked = ask_for_topup(engine, manee, 40_000)
    before = balance(engine, manee.account_id)
    operator = demo_site.client(OPERATOR)
    _, page = _upload(operator, statement(("399.00", "โอนเงิน", "", "KB-77")))
    assert "รอการตัดสิน 1 รายการ" in page
    with read_transaction(engine) as connection:
        line = topups.unmatched_lines(connection)[0]
    waiting = page.split('id="unmatched-lines"')[1].split('id="open-requests"')[0]
    assert f'id="line-{line.id}"' in waiting
    assert "399.00 บาท" in waiting
    assert "ไม่มีคำขอเติมเงินที่รอชำระซึ่งตรงกับเลขอ้างอิงหรือจำนวนเงินนี้" in waiting
    requests = page.split('id="open-requests"')[1]
    assert asked.reference in requests
    assert MEMBERS[2].name in requests
    action = f"{PAGE}/lines/{line.id}/assign"
    both = post_form(
        operator, action, {"request_id": str(asked.id), "phone": MEMBERS[2].phone}, page=PAGE
    )
    assert both.status_code == 422
    assert error_under(both.text, f"assign-{line.id}").startswith("กรุณาเลือกคำขอเติมเงิน")
    for _ in range(2):  # a double submit credits once
        response = post_form(operator, action, {"request_id": str(asked.id)}, page=PAGE)
        assert response.status_code == 303
    assert balance(engine, manee.account_id) == before + 39_900
    decided = _line(line.id, demo_site)
    assert (decided.status, decided.member_id) == ("assigned", manee.id)
    assert f'id="settled-{line.id}"' in operator.get(PAGE).text


def test_the_operator_credits_by_phone_or_records_a_refund(demo_site: DemoSite) -> None:
    engine = demo_site.engine
    operator = demo_site.client(OPERATOR)
    lines = statement(("77.00", "a", "", "KB-A"), ("88.00", "b", "", "KB-B"))
    _upload(operator, lines)
    with read_transaction(engine) as connection:
        first, second = topups.unmatched_lines(connection)
    assign = f"{PAGE}/lines/{first.id}/assign"
    wrong = post_form(operator, assign, {"phone": "12-34"}, page=PAGE)
    assert error_under(wrong.text, f"assign-{first.id}") == "หมายเลขโทรศัพท์มือถือไม่ถูกต้อง"
    unknown = post_form(operator, assign, {"phone": "0899999999"}, page=PAGE)
    assert error_under(unknown.text, f"assign-{first.id}") == "ไม่พบสมาชิก"
    somsri = member_of(engine, MEMBERS[0].phone)
    before = balance(engine, somsri.account_id)
    assert post_form(operator, assign, {"phone": MEMBERS[0].phone}, page=PAGE).status_code == 303
    assert balance(engine, somsri.account_id) == before + 7_700
    refund = f"{PAGE}/lines/{second.id}/refund"
    silent = post_form(operator, refund, {}, page=PAGE)
    assert error_under(silent.text, f"note-{second.id}") == "กรุณากรอกช่องนี้"
    note = {f"note-{second.id}": "โอนคืนผู้ส่ง KTB 2026-03-02"}
    assert post_form(operator, refund, note, page=PAGE).status_code == 303
    refunded = _line(second.id, demo_site)
    assert (refunded.status, refunded.decision_note) == ("refunded", note[f"note-{second.id}"])
    assert post_form(operator, assign, {"phone": MEMBERS[0].phone}, page=PAGE).status_code == 303
    assert balance(engine, somsri.account_id) == before + 7_700  # a double submit, once
    late = post_form(operator, assign, {"phone": MEMBERS[1].phone}, page=PAGE)
    assert late.status_code == 422  # decided already, otherwise
    assert error_under(late.text, "decision") == "รายการนี้ตัดสินแล้ว"


def test_a_decision_on_an_unknown_line_is_not_found(demo_site: DemoSite) -> None:
    operator = demo_site.client(OPERATOR)
    response = post_form(
        operator, f"{PAGE}/lines/999/assign", {"phone": MEMBERS[0].phone}, page=PAGE
    )
    assert response.status_code == 404
