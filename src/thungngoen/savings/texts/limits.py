"""The loan limits of a group's regulation, said with the rule and the figure it came
from (English catalogue text → Thai), for the refusal of a loan over one of them."""

OVER_SAVINGS = (
    "Loans together at most {percent}% of savings: savings {savings} baht"
    " → loans up to {ceiling} baht"
)
ALREADY_OWED = " (already owed {owed} baht: at most {room} baht more)"
OVER_MONTHS = (
    "A loan runs at most {max_months} months under the group's regulation: {months} months asked"
)

THAI: dict[str, str] = {
    OVER_SAVINGS: (
        "วงเงินกู้รวมไม่เกิน {percent}% ของเงินออม: เงินออม {savings} บาท → กู้ได้ไม่เกิน {ceiling} บาท"
    ),
    ALREADY_OWED: " (มียอดกู้อยู่แล้ว {owed} บาท: กู้เพิ่มได้อีกไม่เกิน {room} บาท)",
    OVER_MONTHS: "ระยะเวลากู้ไม่เกิน {max_months} เดือนตามระเบียบกลุ่ม: ขอกู้ {months} เดือน",
}
