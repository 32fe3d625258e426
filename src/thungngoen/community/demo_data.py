"""The community data of the demo (issue 15): the 55 communities of Songkhla city's Bo
Yang and its neighbours, every name marked ``ชุมชนตัวอย่าง`` (demo names: several follow
the savings demo's illustrative ones, so its groups link to them), about 40 organisations
named in the seeds, and the logins of a coordinator and a collector. Households and
persons are synthetic (``demo``)."""

from thungngoen.wallet import Login

DEMO_PREFIX = "ชุมชนตัวอย่าง"
BO_YANG, KHAO_RUP_CHANG, KO_TAEO = "900101", "900102", "900103"
COORDINATOR = Login("member", "0820000001", "coordinator-1", "ผู้ประสานงานเครือข่าย (ตัวอย่าง)")
COLLECTOR = Login("member", "0820000002", "collector-1", "อาสาเก็บข้อมูล (ตัวอย่าง)")
LOGINS: tuple[tuple[str, Login], ...] = (("coordinator", COORDINATOR), ("collector", COLLECTOR))
"""The logins ``thungngoen demo`` prints for the community-data demo, by duty."""
COLLECTOR_COMMUNITIES = 3
"""The collector is assigned the first three communities of Bo Yang."""
NOTICE_VERSION = "2026-1"
PURPOSE = "แบบสำรวจครัวเรือนของเครือข่าย (ข้อมูลตัวอย่าง)"

BO_YANG_NAMES = (
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
    "ศรีสุดา",
    "บ่อนวล",
    "ถนนไทรบุรี",
    "หน้าค่ายรามคำแหง",
    "ร่วมใจ",
    "บ้านบน",
    "หลังสถานีรถไฟ",
    "ถนนทางรถไฟ",
    "แหลมทราย",
    "ชลาทัศน์",
    "สมหวัง",
    "ตลาดทรัพย์สิน",
    "วัดแจ้ง",
    "วัดเลียบ",
    "วัดดอนรัก",
    "วัดชัยมงคล",
    "มัสยิดยามีอุลอิสลาม",
    "ถนนนครใน",
    "ถนนนครนอก",
    "ถนนนางงาม",
    "บ้านใหม่",
    "ชายทะเลสมิหลา",
    "ศาลาเหลืองใน",
    "สะพานติณสูลานนท์",
    "นครสงขลาร่วมใจ",
    "กุโบร์ใหม่",
    "บ่อยางพัฒนา",
    "หัวเขาแดง",
    "ท่าเรือประมง",
)
KHAO_RUP_CHANG_NAMES = (
    "เขารูปช้าง",
    "บ้านพักครู",
    "ตลาดเขารูปช้าง",
    "ทุ่งเสา",
    "บ้านนอก",
    "หมู่บ้านการเคหะ",
)
KO_TAEO_NAMES = ("เกาะแต้ว", "บ้านหัวนอน", "บ้านแหลมโพธิ์", "บ้านท่าสะท้อน")
RAILWAY = {"ริมทางรถไฟ", "หลังสถานีรถไฟ", "ถนนทางรถไฟ"}
FISHING = {"แหลมสนอ่อน", "ท่าสะอ้าน", "แหลมทราย", "ชายทะเลสมิหลา", "ท่าเรือประมง", "เกาะแต้ว"}
CROWDED = {"กุโบร์", "กุโบร์ใหม่", "บาลาเซาะห์", "หลังวัดโพธิ์", "สนามบิน", "บ่อนวล", "ศรีสุดา"}

Org = tuple[str, str, str, tuple[str, ...], str]
"""Thai name, English name, sector, dimensions, the place it covers (a node id)."""
_ALL = ("creative_economy", "sustainable_environment", "happy_society")
_E, _S, _H = ("creative_economy",), ("sustainable_environment",), ("happy_society",)
ORGANISATIONS: tuple[Org, ...] = (
    ("มูลนิธิชุมชนสงขลา", "Songkhla Community Foundation", "civil_society", _ALL, "province:90"),
    ("สมาพันธ์เอสเอ็มอีไทย จังหวัดสงขลา", "Thai SME Federation, Songkhla", "private", _E, "province:90"),
    (
        "องค์การบริหารส่วนจังหวัดสงขลา (อบจ.สงขลา)",
        "Songkhla Provincial Administrative Organisation",
        "local_government",
        _H,
        "province:90",
    ),
    ("เทศบาลนครสงขลา", "Songkhla City Municipality", "local_government", _ALL, "municipality:city"),
    (
        "เทศบาลเมืองเขารูปช้าง",
        "Khao Rup Chang Town Municipality",
        "local_government",
        _H,
        "municipality:town",
    ),
    (
        "สำนักงานคณะกรรมการสุขภาพแห่งชาติ (สช.)",
        "National Health Commission Office",
        "national_agency",
        _H,
        "province:90",
    ),
    (
        "สถาบันพัฒนาองค์กรชุมชน (พอช.)",
        "Community Organizations Development Institute (CODI)",
        "national_agency",
        _H,
        "province:90",
    ),
    ("มหาวิทยาลัยราชภัฏสงขลา", "Songkhla Rajabhat University", "academia", _ALL, "province:90"),
    ("วิทยาลัยชุมชนสงขลา", "Songkhla Community College", "academia", _E, "province:90"),
    ("มหาวิทยาลัยสงขลานครินทร์", "Prince of Songkla University", "academia", _ALL, "province:90"),
    ("มหาวิทยาลัยทักษิณ", "Thaksin University", "academia", _S, "province:90"),
    (
        "สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ (สสส.)",
        "Thai Health Promotion Foundation",
        "national_agency",
        _H,
        "province:90",
    ),
    ("หอการค้าจังหวัดสงขลา", "Songkhla Chamber of Commerce", "private", _E, "province:90"),
    (
        "สภาอุตสาหกรรมจังหวัดสงขลา",
        "Federation of Thai Industries, Songkhla",
        "private",
        _E,
        "province:90",
    ),
    (
        "สมาคมธนาคารไทย สาขาสงขลา (ตัวอย่าง)",
        "Thai Bankers' Association, Songkhla (demo)",
        "private",
        _E,
        "province:90",
    ),
    ("เครือข่ายพลเมืองสงขลา", "Songkhla Citizens' Network", "civil_society", _ALL, "province:90"),
    (
        "เครือข่ายพัฒนาเมืองสงขลา",
        "Songkhla City Development Network",
        "civil_society",
        _ALL,
        "amphoe:9001",
    ),
    (
        "เครือข่ายบ้านมั่นคงเมืองสงขลา",
        "Songkhla Baan Mankong Network",
        "community_organisation",
        _H,
        "amphoe:9001",
    ),
    (
        "เครือข่ายสลัมสี่ภาค สงขลา",
        "Four Regions Slum Network, Songkhla",
        "community_organisation",
        _H,
        f"tambon:{BO_YANG}",
    ),
    (
        "กลุ่มคนจนเมืองบ่อยาง",
        "Bo Yang Urban Poor Group",
        "community_organisation",
        _E,
        f"tambon:{BO_YANG}",
    ),
    (
        "วิสาหกิจกลุ่มคนจนเมืองบ่อยางสงขลา",
        "Bo Yang Urban Poor Community Enterprise",
        "community_organisation",
        _E,
        f"tambon:{BO_YANG}",
    ),
    (
        "สภาองค์กรชุมชนตำบลบ่อยาง",
        "Bo Yang Community Organisations Council",
        "community_organisation",
        _H,
        f"tambon:{BO_YANG}",
    ),
    (
        "สมาคมสวัสดิการภาคประชาชนจังหวัดสงขลา",
        "Songkhla People's Welfare Association",
        "civil_society",
        _H,
        "province:90",
    ),
    ("สมาคมอาสาสร้างสุข", "Volunteers for Happiness Association", "civil_society", _H, "province:90"),
    ("ชมรมเพื่อนนักพัฒนาภาคใต้", "Southern Developers' Club", "civil_society", _ALL, "province:90"),
    (
        "เครือข่ายประมงพื้นบ้านจังหวัดสงขลา",
        "Songkhla Small-scale Fisheries Network",
        "community_organisation",
        _S,
        "province:90",
    ),
    (
        "เครือข่ายตลาดอนามัยสงขลา",
        "Songkhla Healthy Markets Network",
        "civil_society",
        _H,
        "amphoe:9001",
    ),
    (
        "เครือข่ายวันพลเมืองสงขลา",
        "Songkhla Citizens' Day Network",
        "civil_society",
        _ALL,
        "province:90",
    ),
    (
        "สมาคมคนรักเมืองเก่าสงขลา",
        "Songkhla Old Town Association",
        "civil_society",
        _E,
        f"tambon:{BO_YANG}",
    ),
    (
        "ชมรมผู้สูงอายุเทศบาลนครสงขลา",
        "Songkhla City Elderly Club",
        "community_organisation",
        _H,
        "municipality:city",
    ),
    (
        "อาสาสมัครสาธารณสุขประจำหมู่บ้าน เมืองสงขลา",
        "Village Health Volunteers, Mueang Songkhla",
        "community_organisation",
        _H,
        "amphoe:9001",
    ),
    (
        "กองทุนสวัสดิการชุมชนตำบลบ่อยาง",
        "Bo Yang Community Welfare Fund",
        "community_organisation",
        _H,
        f"tambon:{BO_YANG}",
    ),
    (
        "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสงขลา",
        "Songkhla Social Development and Human Security Office",
        "national_agency",
        _H,
        "province:90",
    ),
    (
        "สำนักงานสาธารณสุขจังหวัดสงขลา",
        "Songkhla Provincial Public Health Office",
        "national_agency",
        _H,
        "province:90",
    ),
    ("โรงพยาบาลสงขลา", "Songkhla Hospital", "national_agency", _H, "amphoe:9001"),
    (
        "การรถไฟแห่งประเทศไทย เขตสงขลา (ตัวอย่าง)",
        "State Railway of Thailand, Songkhla (demo)",
        "national_agency",
        _S,
        f"tambon:{BO_YANG}",
    ),
    (
        "สมาคมผู้ประกอบการท่องเที่ยวสงขลา",
        "Songkhla Tourism Business Association",
        "private",
        _E,
        "province:90",
    ),
    (
        "ร้านค้าเครือข่ายถุงเงินสงขลา (กลุ่มตัวอย่าง)",
        "Songkhla Wallet Shops (demo group)",
        "private",
        _E,
        f"tambon:{BO_YANG}",
    ),
    (
        "สถานีวิทยุชุมชนคนสงขลา (ตัวอย่าง)",
        "Songkhla Community Radio (demo)",
        "civil_society",
        _H,
        "amphoe:9001",
    ),
    (
        "กลุ่มเยาวชนรักษ์ทะเลสาบสงขลา",
        "Songkhla Lake Youth Group",
        "community_organisation",
        _S,
        "province:90",
    ),
)
