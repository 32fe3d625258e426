"""The Bo Yang savings groups of the demo (seed 002): 16 groups founded in 16 communities
and 6 still forming, the community enterprise of the urban poor, and the logins of the
first group's officers. Community names are illustrative; member names are synthetic."""

from dataclasses import dataclass

from thungngoen.wallet import MEMBERS, Login

BO_YANG = "900101"
ENTERPRISE_CODE = "boyang-urban-poor"
ENTERPRISE_NAME = "วิสาหกิจกลุ่มคนจนเมืองบ่อยางสงขลา"
TREASURER = Login("member", "0871234567", "treasurer-1", "จันทร์เพ็ญ แก้วมณี")
"""The treasurer of the first group (ชุมชนแหลมสนอ่อน), with a wallet of her own."""
SECRETARY, CHAIR = MEMBERS[0], MEMBERS[1]
"""The first group's secretary and chair: the wallet demo's สมศรี and อนันต์, its members
2 and 3 (``demo.OFFICES`` seats members in that order). The regulation asks two officers'
approvals for a loan, so a visitor completes one as the treasurer and one of these."""
OFFICER_LOGINS: tuple[tuple[str, Login], ...] = (
    ("treasurer", TREASURER),
    ("secretary", SECRETARY),
    ("chair", CHAIR),
)
"""The logins ``thungngoen demo`` prints for the savings demo, by office."""

FOUNDED = (
    "แหลมสนอ่อน",
    "เก้าเส้ง",
    "หัวป้อม",
    "กุโบร์",
    "ชายเขา",
    "ริมทางรถไฟ",
    "สวนหลวง",
    "มัสยิดบ้านบน",
    "วัดศาลาหัวยาง",
    "สนามบิน",
    "ร่วมใจพัฒนา",
    "บาลาเซาะห์",
    "หลังวัดโพธิ์",
    "ศาลาเหลือง",
    "พาณิชย์สัมพันธ์",
    "ท่าสะอ้าน",
)
FORMING = ("ศรีสุดา", "บ่อนวล", "ถนนไทรบุรี", "หน้าค่ายรามคำแหง", "ร่วมใจ", "บ้านบน")


@dataclass(frozen=True, slots=True)
class GroupPlan:
    code: str
    community: str
    status: str
    size: int
    commitment: int
    welfare_monthly: int
    interest_method: str
    interest_bp: int = 200
    """2% a month, as Bo Yang's groups charge: the interest that pays for the year."""

    @property
    def repayment_method(self) -> str:
        return "equal_principal" if self.interest_method == "declining" else "equal_instalments"


def group_plans() -> list[GroupPlan]:
    """Small groups of the urban poor: 20 to 50 baht a month, 6 to 11 members."""
    plans = [
        GroupPlan(
            code=f"boyang-{number:02d}",
            community=community,
            status="active",
            size=6 + (number * 5) % 6,
            commitment=(2_000, 3_000, 2_000, 5_000)[number % 4],
            welfare_monthly=1_000 if number % 2 else 0,
            interest_method="declining" if number % 3 == 0 else "flat",
            interest_bp=150 if number % 3 == 0 else 200,
        )
        for number, community in enumerate(FOUNDED, start=1)
    ]
    plans += [
        GroupPlan(f"boyang-{number:02d}", community, "forming", 4, 2_000, 0, "flat")
        for number, community in enumerate(FORMING, start=len(FOUNDED) + 1)
    ]
    return plans
