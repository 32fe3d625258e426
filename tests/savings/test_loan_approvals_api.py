"""Issue 13 through the API: an approval says how many the regulation needs and how many
are given, and a loan over a limit of the regulation names the rule and its figures."""

from typing import Any

from tests.savings.test_api import JAN, Site


def _january(site: Site) -> str:
    """The January sheet (50 baht each: loans up to 150 baht); the loans path."""
    lines = [{"member_id": m.id, "commitment": 5_000} for m in site.members.values()]
    sheet = {"held_on": JAN.isoformat(), "lines": lines}
    posted = site.call("POST", f"/groups/{site.group.id}/meetings", "treasurer", key="j", **sheet)
    assert posted.status_code == 201, posted.text
    return f"/groups/{site.group.id}/loans"


def _body(site: Site, principal: int, months: int = 3) -> dict[str, Any]:
    return {
        "member_id": site.members["member"].id,
        "principal": principal,
        "months": months,
        "purpose": "ทุนขายขนม",
        "applied_on": JAN.isoformat(),
    }


def test_an_approval_says_how_many_are_needed_and_given(site: Site) -> None:
    path = _january(site)
    loan_id = site.call("POST", path, "treasurer", **_body(site, 10_000)).json()["id"]
    decision = {"decided_on": JAN.isoformat()}
    first = site.call("POST", f"/loans/{loan_id}/approve", "chair", **decision).json()
    assert (first["status"], first["approvals_needed"], first["approvals_given"]) == (
        "applied",
        2,
        1,
    )
    second = site.call("POST", f"/loans/{loan_id}/approve", "secretary", **decision).json()
    assert (second["status"], second["approvals_needed"], second["approvals_given"]) == (
        "approved",
        2,
        2,
    )


def test_a_loan_over_the_savings_multiple_names_the_limit_and_the_savings(site: Site) -> None:
    path = _january(site)
    refused = site.call("POST", path, "treasurer", **_body(site, 20_000))
    assert refused.status_code == 422
    error = refused.json()["error"]
    assert error["code"] == "over_savings_multiple"
    assert error["message_th"] == (
        "วงเงินกู้รวมไม่เกิน 300% ของเงินออม: เงินออม 50.00 บาท → กู้ได้ไม่เกิน 150.00 บาท"
    )
    assert error["message"] == (
        "Loans together at most 300% of savings: savings 50.00 baht → loans up to 150.00 baht"
    )
    figures = {key: error[key] for key in ("rule", "max_loan_percent", "savings_satang")}
    assert figures == {"rule": "max_loan_percent", "max_loan_percent": 300, "savings_satang": 5_000}
    room = (error["ceiling_satang"], error["owed_satang"], error["room_satang"])
    assert room == (15_000, 0, 15_000)
    assert site.call("POST", path, "treasurer", **_body(site, 10_000)).status_code == 201
    again = site.call("POST", path, "treasurer", **_body(site, 10_000)).json()["error"]
    assert (again["owed_satang"], again["room_satang"], again["principal_satang"]) == (
        10_000,
        5_000,
        10_000,
    )
    assert again["message_th"].endswith(" (มียอดกู้อยู่แล้ว 100.00 บาท: กู้เพิ่มได้อีกไม่เกิน 50.00 บาท)")


def test_a_loan_longer_than_the_regulation_names_the_months(site: Site) -> None:
    path = _january(site)
    refused = site.call("POST", path, "treasurer", **_body(site, 10_000, months=25))
    assert refused.status_code == 422
    error = refused.json()["error"]
    assert (error["code"], error["rule"], error["max_loan_months"], error["months"]) == (
        "over_loan_months",
        "max_loan_months",
        24,
        25,
    )
    assert error["message_th"] == "ระยะเวลากู้ไม่เกิน 24 เดือนตามระเบียบกลุ่ม: ขอกู้ 25 เดือน"
