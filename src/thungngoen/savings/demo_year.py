"""One demo group's year of monthly meetings: most members pay every month (one who
missed pays the month missed and a fine), one struggles; now and then a member borrows,
and repays month by month; a few expenses, a welfare grant and, in the first group, a loan
in coin and one correction."""

from dataclasses import dataclass, field
from datetime import date
from random import Random

from sqlalchemy import Connection

from thungngoen import ledger, savings
from thungngoen.errors import DomainError

ACTOR = "demo"
LOAN_CHANCE = 0.7
"""A meeting pays out a loan more often than not: lending the savings out is what earns a
group its dividend (what sits in the treasurer's box earns nothing)."""
PASSBOOK_COST = 500
"""A member's passbook: 5 baht."""


@dataclass
class DemoYear:
    """One group's year of meetings: most pay every month, a few fall behind."""

    group: savings.Group
    members: list[savings.SavingsMember]
    officers: dict[str, savings.Officer]
    rules: savings.Regulation
    rng: Random
    coin: bool
    missed: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.struggling = {self.members[-1].id}

    def meeting(self, connection: Connection, index: int, day: date) -> None:
        loan = self._new_loan(connection, index, day)
        positions = savings.loan_positions(connection, day, group_id=self.group.id)
        lines = [self._line(connection, member, positions) for member in self.members]
        wallet = loan and savings.get_member(connection, loan.member_id).wallet_member_id
        channel = "coin" if self.coin and wallet else "cash"
        sheet = savings.MeetingSheet(
            self.group.id,
            day,
            tuple(lines),
            disbursements=(savings.Disbursement(loan.id, channel),) if loan else (),
            expenses=self._expenses(index),
            welfare_grants=self._grants(connection, index),
            corrections=self._corrections(connection, index),
        )
        savings.post_meeting(
            connection, sheet, idempotency_key=f"demo-{self.group.code}-{index}", actor=ACTOR
        )

    def _line(
        self,
        connection: Connection,
        member: savings.SavingsMember,
        positions: dict[int, savings.LoanPosition],
    ) -> savings.MemberLine:
        pays = self.rng.random() < (0.4 if member.id in self.struggling else 0.94)
        fined = pays and member.id in self.missed  # pays the month missed too, and a fine
        self.missed.discard(member.id)
        if not pays:
            self.missed.add(member.id)
        repayments = tuple(
            savings.Repayment(p.loan.id, min(p.schedule[0][1] + p.schedule[0][2], p.remaining))
            for p in positions.values()
            if pays and p.loan.member_id == member.id and p.remaining
        )
        voluntary = self.rng.choice((2_000, 5_000, 10_000)) if self.rng.random() < 0.12 else 0
        saved = ledger.balance(connection, member.savings_account_id)
        withdrawal = 5_000 if pays and saved > 30_000 and self.rng.random() < 0.03 else 0
        return savings.MemberLine(
            member.id,
            present=pays or self.rng.random() < 0.5,
            commitment=self.rules.commitment * (2 if fined else 1) if pays else 0,
            voluntary=voluntary if pays else 0,
            welfare=self.rules.welfare_monthly if pays else 0,
            fine=self.rules.fine_missed_commitment if fined else 0,
            withdrawal=withdrawal,
            repayments=repayments,
        )

    def _new_loan(self, connection: Connection, index: int, day: date) -> savings.Loan | None:
        if index < 1 or self.rng.random() > LOAN_CHANCE:
            return None
        borrower = self.rng.choice(self.members)
        saved = ledger.balance(connection, borrower.savings_account_id)
        cash = ledger.balance(connection, self.group.cash_account_id)
        wanted = self.rng.choice((50_000, 100_000, 150_000, 200_000))
        principal = min(wanted, saved * 3, cash * 8 // 10) // 10_000 * 10_000
        if principal < 30_000:
            return None
        deciders = [o for o in self.officers.values() if o.office != "collector"]
        deciders = [o for o in deciders if o.member_id != borrower.id][:2]
        savepoint = connection.begin_nested()
        try:
            loan = savings.apply_for_loan(
                connection,
                self.group.id,
                member_id=borrower.id,
                principal=principal,
                months=self.rng.choice((5, 6, 8, 10)),
                purpose=self.rng.choice(("ทุนขายของ", "ค่าเทอมลูก", "ซ่อมบ้าน", "ซื้อเครื่องมือประมง")),
                applied_on=day,
                actor=ACTOR,
            )
            for officer in deciders:
                loan = savings.approve_loan(
                    connection, loan.id, officer_id=officer.id, decided_on=day, actor=ACTOR
                )
        except DomainError:
            savepoint.rollback()
            return None
        savepoint.commit()
        return loan if loan.status == "approved" else None

    def _expenses(self, index: int) -> tuple[savings.Expense, ...]:
        if index == 0:
            return (savings.Expense(PASSBOOK_COST * len(self.members), "ค่าสมุดบัญชีสมาชิก"),)
        if index == 6:
            return (savings.Expense(3_000, "ค่าเครื่องเขียน"),)
        return ()

    def _grants(self, connection: Connection, index: int) -> tuple[savings.WelfareGrant, ...]:
        fund = ledger.balance(connection, self.group.welfare_account_id)
        if index != 8 or fund < 20_000:
            return ()
        return (savings.WelfareGrant(self.members[0].id, 20_000, "เยี่ยมไข้สมาชิกนอนโรงพยาบาล"),)

    def _corrections(self, connection: Connection, index: int) -> tuple[savings.Correction, ...]:
        """In the first group, the last voluntary saving typed before the sixth meeting
        was a slip (the wrong member): the sixth meeting reverses it."""
        if not self.coin or index != 5:
            return ()
        for meeting in reversed(savings.list_meetings(connection, self.group.id)):
            typed = savings.meeting_report(connection, meeting.id).entries
            slips = [entry for entry in typed if entry.kind == "voluntary"]
            if slips:
                return (savings.Correction(slips[-1].id, "บันทึกเงินฝากเพิ่มผิดคน"),)
        return ()
