"""Bank statement import: both layouts, dates, amounts, stable refs, malformed files."""

from datetime import UTC, datetime

import pytest

from thungngoen.topups.bank_statement import StatementFormatError, StatementLine, parse_statement

GENERIC = """\
date,time,amount,description,reference,bank_ref
2025-03-15,09:30,"1,234.50",Transfer from Somchai,TN1234ABCD,FT2503150001
15/03/2568,14:05:30,85.00,โอนเงินเข้า tn9z8y7x6w,,FT2503150002
2025-03-15,15:00,-200.00,ATM withdrawal,,FT2503150003
2025-03-15,16:00,0.00,Fee waived,,FT2503150004
2025-03-16,00:10,100,Cash deposit,,
"""

THAI = """\
วันที่,เวลา,รายการ,ถอน,ฝาก,คงเหลือ,รายละเอียด
01/04/2568,08:15,รับโอนเงิน,,"2,500.00","12,500.00",จาก นายสมชาย TN00AB12CD
01/04/2568,09:00,ถอนเงิน,500.00,,"12,000.00",ATM
02/04/2568,23:59,รับโอนเงิน,,1.5,"12,001.50",
"""


def test_generic_layout() -> None:
    lines = parse_statement(GENERIC)
    assert [line.amount_satang for line in lines] == [123450, 8500, 10000]
    first, second, third = lines
    assert first == StatementLine(
        bank_ref="FT2503150001",
        booked_at=datetime(2025, 3, 15, 2, 30, tzinfo=UTC),
        amount_satang=123450,
        description="Transfer from Somchai",
        reference="TN1234ABCD",
    )
    assert second.booked_at == datetime(2025, 3, 15, 7, 5, 30, tzinfo=UTC)  # BE 2568 = 2025
    assert second.reference == "TN9Z8Y7X6W"  # found in the description, case-insensitively
    assert second.description == "โอนเงินเข้า tn9z8y7x6w"
    assert third.reference is None
    assert third.booked_at == datetime(2025, 3, 15, 17, 10, tzinfo=UTC)  # previous day in UTC
    assert len(third.bank_ref) == 16
    int(third.bank_ref, 16)


def test_thai_bank_layout_keeps_deposits_only() -> None:
    lines = parse_statement(THAI)
    assert [(line.amount_satang, line.reference) for line in lines] == [
        (250000, "TN00AB12CD"),
        (150, None),
    ]
    assert lines[0].booked_at == datetime(2025, 4, 1, 1, 15, tzinfo=UTC)
    assert lines[0].description == "รับโอนเงิน จาก นายสมชาย TN00AB12CD"
    assert lines[1].description == "รับโอนเงิน"
    assert lines[1].booked_at == datetime(2025, 4, 2, 16, 59, tzinfo=UTC)
    assert all(line.booked_at.tzinfo is UTC for line in lines)


def test_columns_in_another_order_with_extras_bom_and_crlf() -> None:
    text = (
        "\ufeffbank_ref,Amount,Date,Time,Description,Reference,Channel\r\n"
        "X1,50.25,2025-01-02,10:00,Top-up,TN12345678,app\r\n"
    )
    [line] = parse_statement(text)
    assert (line.bank_ref, line.amount_satang, line.reference) == ("X1", 5025, "TN12345678")


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2025-03-15", (2025, 3, 15)),
        ("2568-03-15", (2025, 3, 15)),
        ("15/03/2025", (2025, 3, 15)),
        ("15/03/2568", (2025, 3, 15)),
        ("5/3/2568", (2025, 3, 5)),
        ("29/02/2567", (2024, 2, 29)),  # BE 2567 = 2024, a leap year
        ("๑๕/๐๓/๒๕๖๘", (2025, 3, 15)),
    ],
)
def test_dates(day: str, expected: tuple[int, int, int]) -> None:
    text = f"date,time,amount,description,reference,bank_ref\n{day},12:00,1,x,,R\n"
    [line] = parse_statement(text)
    assert line.booked_at == datetime(*expected, 5, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("amount", "satang"),
    [("1,234.50", 123450), ("1,234,567.89", 123456789), ("0.01", 1), ("12", 1200), ("+7.5", 750)],
)
def test_amounts(amount: str, satang: int) -> None:
    text = f'date,time,amount,description,reference,bank_ref\n2025-01-01,,"{amount}",x,,R\n'
    [line] = parse_statement(text)
    assert line.amount_satang == satang
    assert line.booked_at == datetime(2024, 12, 31, 17, 0, tzinfo=UTC)  # no time: midnight


def test_reference_needs_exactly_eight_characters_after_tn() -> None:
    rows = ["TN1234567", "TN123456789", "XTN12345678", "tn-12345678", "ref:TN12345678."]
    text = "date,time,amount,description,reference,bank_ref\n" + "".join(
        f"2025-01-01,10:00,1,{ref},,R{i}\n" for i, ref in enumerate(rows)
    )
    assert [line.reference for line in parse_statement(text)] == [
        None,
        None,
        None,
        None,
        "TN12345678",
    ]


def test_derived_refs_are_stable_across_parses() -> None:
    assert parse_statement(THAI) == parse_statement(THAI)
    assert parse_statement(GENERIC)[2].bank_ref == parse_statement(GENERIC)[2].bank_ref
    reference = parse_statement(THAI)[0].bank_ref
    # Spaces around cells and quoting do not change the ref; a changed cell does.
    same = THAI.replace(",รับโอนเงิน,", ',"รับโอนเงิน",', 1).replace(
        "นายสมชาย TN00AB12CD", "นายสมชาย TN00AB12CD  "
    )
    same = same.replace(",08:15,", ", 08:15 ,").replace("\n", "\r\n")
    assert parse_statement(same)[0].bank_ref == reference
    changed = THAI.replace('"12,500.00"', '"12,500.01"')
    assert parse_statement(changed)[0].bank_ref != reference


def test_identical_rows_get_distinct_stable_refs() -> None:
    row = "03/04/2568,10:00,รับโอนเงิน,,100.00,,ค่าข้าว\n"
    text = THAI.splitlines()[0] + "\n" + row * 3
    lines = parse_statement(text)
    refs = [line.bank_ref for line in lines]
    assert len(set(refs)) == 3
    assert [line.bank_ref for line in parse_statement(text)] == refs
    # A later export with one more identical row keeps the refs of the first three.
    assert [line.bank_ref for line in parse_statement(text + row)][:3] == refs


def test_derived_refs_do_not_depend_on_other_lines() -> None:
    header, _, _, last = THAI.splitlines()
    alone = parse_statement(f"{header}\n{last}\n")
    assert alone[0].bank_ref == parse_statement(THAI)[1].bank_ref


def test_header_only_and_blank_lines() -> None:
    assert parse_statement("date,time,amount,description,reference,bank_ref\n") == []
    assert len(parse_statement("\n\n" + GENERIC.replace("\n", "\n\n"))) == 3


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("", 1, "empty"),
        ("a,b,c\n1,2,3\n", 1, "header"),
        ("date,time,amount,description\n2025-01-01,10:00,1,x\n", 1, "header"),
        ("\n\nfoo\n", 3, "header"),
        (GENERIC + "2025-13-01,10:00,1,x,,R9\n", 7, "month"),
        (GENERIC + "2025/01/01,10:00,1,x,,R9\n", 7, "not a date"),
        (GENERIC + "01/01/68,10:00,1,x,,R9\n", 7, "not a date"),
        (GENERIC + "2025-01-01,25:00,1,x,,R9\n", 7, "hour"),
        (GENERIC + "2025-01-01,10am,1,x,,R9\n", 7, "not a time"),
        (GENERIC + "2025-01-01,10:00,1.234,x,,R9\n", 7, "not an amount"),
        (GENERIC + "2025-01-01,10:00,12a,x,,R9\n", 7, "not an amount"),
        (GENERIC + "2025-01-01,10:00,1,234.00,x,,R9\n", 7, "fields"),
        (GENERIC + "2025-01-01,10:00,1,x,\n", 7, "fields"),
        (GENERIC + "2025-01-01,10:00,1,x,,FT2503150001\n", 7, "repeats line 2"),
        (THAI + '03/04/2568,10:00,x,1.00,"2.00",,\n', 5, "both"),
        (THAI + "03/04/2568,10:00,x,,-2.00,,\n", 5, "negative"),
        ('date,time,amount,description,reference,bank_ref\n2025-01-01,10:00,"1\n', 2, "CSV"),
    ],
)
def test_malformed_files_name_the_line(text: str, line: int, words: str) -> None:
    with pytest.raises(StatementFormatError) as caught:
        parse_statement(text)
    assert caught.value.code == "statement_format"
    assert caught.value.line == line
    assert caught.value.message.startswith(f"line {line}: ")
    assert words in caught.value.message
