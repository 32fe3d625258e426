"""What the savings area tells a member, raised by time (``reminders``): the group meets
tomorrow, a loan instalment falls due, an instalment is late. All in the ``savings``
category (a member may switch them off), none urgent: they wait for 08:00 like any
reminder. Amounts are baht: a group's money is real baht."""

from thungngoen.notify import NotificationKind, Texts

MEETING_TOMORROW = NotificationKind(
    "savings.meeting_tomorrow",
    "savings",
    {"group": "text", "when": "moment", "place": "text"},
    th=Texts("พรุ่งนี้ประชุมกลุ่มออมทรัพย์", "{group} ประชุม {when} น. ที่ {place}"),
    en=Texts("Savings meeting tomorrow", "{group} meets {when} at {place}."),
    link="/savings",
)

INSTALMENT_DUE = NotificationKind(
    "savings.instalment_due",
    "savings",
    {"group": "text", "amount": "baht", "due": "day", "loan_id": "count"},
    th=Texts("ใกล้ถึงกำหนดผ่อนเงินกู้", "งวดเงินกู้ {amount} ของ{group} ถึงกำหนดวันที่ {due}"),
    en=Texts("Loan instalment due soon", "Your instalment of {amount} to {group} is due {due}."),
    link="/savings/loans/{loan_id}",
)

INSTALMENT_LATE = NotificationKind(
    "savings.instalment_late",
    "savings",
    {"group": "text", "amount": "baht", "due": "day", "loan_id": "count"},
    th=Texts(
        "ค้างชำระเงินกู้",
        "งวดที่ถึงกำหนดวันที่ {due} ยังไม่ได้ชำระ ยอดค้าง {amount} ติดต่อเหรัญญิกของ{group}",
    ),
    en=Texts(
        "Loan instalment late",
        "The instalment due {due} is unpaid: {amount} overdue. Please see {group}'s treasurer.",
    ),
    link="/savings/loans/{loan_id}",
)

KINDS = (MEETING_TOMORROW, INSTALMENT_DUE, INSTALMENT_LATE)
