"""The standard household form, version ``jpt-tpmap-1`` (decision 0045): the household
indicators of the basic-minimum-needs survey (จปฐ., Community Development Department)
that TPMAP groups into its five dimensions — income, living conditions, health,
education and access to public services.

A yes/no indicator is answered "yes" when the household meets it. An indicator about a
group the household may not have (a newborn, children of school age, elderly or disabled
members) is optional: no answer means it does not apply, and only "no" counts as failed.
"""

from dataclasses import dataclass

from thungngoen.community.tables import TENURES
from thungngoen.community.texts.labels import TENURE_LABELS, THAI

STANDARD = "jpt-tpmap-1"
QUESTIONNAIRES = (STANDARD,)
MAX_MEMBERS = 30
MAX_INCOME_YEAR = 100_000_000
"""Baht a year for a whole household: far past any the network surveys."""


@dataclass(frozen=True, slots=True)
class Question:
    key: str
    kind: str
    label_th: str
    label_en: str
    required: bool = True
    min_value: int | None = None
    max_value: int | None = None
    choices: tuple[tuple[str, str, str], ...] = ()
    """(key, Thai, English) of each choice."""
    dimension: str = ""
    """The dimension whose indicator a yes/no question is (failed when answered no)."""


def _indicator(key: str, dimension: str, th: str, en: str, required: bool = True) -> Question:
    return Question(key, "yes_no", th, en, required=required, dimension=dimension)


STANDARD_QUESTIONS: tuple[Question, ...] = (
    Question("members", "number", "จำนวนสมาชิกในครัวเรือน (คน)",
             "Members of the household (persons)", min_value=1, max_value=MAX_MEMBERS),
    Question("income_year", "number", "รายได้ของทุกคนในครัวเรือนรวมในรอบปี (บาท)",
             "Income of all members over the year (baht)", min_value=0,
             max_value=MAX_INCOME_YEAR),
    _indicator("working_age_earn", "income", "คนอายุ 15–59 ปี มีอาชีพและมีรายได้ทุกคน",
               "Everyone aged 15–59 has work and an income", required=False),
    _indicator("elderly_earn", "income", "คนอายุ 60 ปีขึ้นไป มีอาชีพและมีรายได้",
               "Members aged 60 or more have work and an income", required=False),
    Question("tenure", "one_choice", "การถือครองที่อยู่อาศัย", "Housing tenure",
             choices=tuple((t, THAI[TENURE_LABELS[t]], TENURE_LABELS[t]) for t in TENURES)),
    _indicator("secure_home", "living", "มีความมั่นคงในที่อยู่อาศัย และบ้านมีสภาพคงทนถาวร",
               "The home is secure and durably built"),
    _indicator("drinking_water", "living",
               "มีน้ำสะอาดสำหรับดื่มและบริโภคเพียงพอตลอดปี อย่างน้อยคนละ 5 ลิตรต่อวัน",
               "Clean drinking water all year, at least 5 litres a person a day"),
    _indicator("water_use", "living", "มีน้ำใช้เพียงพอตลอดปี อย่างน้อยคนละ 45 ลิตรต่อวัน",
               "Water for use all year, at least 45 litres a person a day"),
    _indicator("tidy_home", "living", "จัดบ้านเรือนเป็นระเบียบเรียบร้อย สะอาด และถูกสุขลักษณะ",
               "The home is kept tidy, clean and sanitary"),
    _indicator("newborn_weight", "health", "ทารกแรกเกิดมีน้ำหนัก 2,500 กรัมขึ้นไป",
               "Newborns weighed 2,500 grams or more", required=False),
    _indicator("safe_food", "health", "ครัวเรือนกินอาหารถูกสุขลักษณะ ปลอดภัย และได้มาตรฐาน",
               "The household eats hygienic, safe food"),
    _indicator("proper_medicine", "health",
               "ครัวเรือนใช้ยาเพื่อบำบัดบรรเทาอาการเจ็บป่วยเบื้องต้นอย่างเหมาะสม",
               "Medicines for minor illness are used properly"),
    _indicator("exercise", "health",
               "คนอายุ 6 ปีขึ้นไป ออกกำลังกายอย่างน้อยสัปดาห์ละ 3 วัน วันละ 30 นาที",
               "Those aged 6 or more exercise 30 minutes, 3 days a week"),
    _indicator("preschool", "education", "เด็กอายุ 3–5 ปี ได้รับบริการเลี้ยงดูเตรียมความพร้อมก่อนวัยเรียน",
               "Children aged 3–5 attend early childhood care", required=False),
    _indicator("compulsory_school", "education", "เด็กอายุ 6–14 ปี ได้รับการศึกษาภาคบังคับ 9 ปี",
               "Children aged 6–14 attend the nine compulsory years", required=False),
    _indicator("upper_secondary", "education", "เด็กจบชั้น ม.3 ได้เรียนต่อชั้น ม.4 หรือเทียบเท่า",
               "Children who finished grade 9 continue to grade 10 or equivalent",
               required=False),
    _indicator("literacy", "education", "คนอายุ 15–59 ปี อ่าน เขียนภาษาไทย และคิดเลขอย่างง่ายได้",
               "Those aged 15–59 read and write Thai and do simple sums", required=False),
    _indicator("elderly_cared", "services",
               "ผู้สูงอายุได้รับการดูแลจากคนในครอบครัว ชุมชน ภาครัฐ หรือภาคเอกชน",
               "Elderly members are cared for by family, community, state or others",
               required=False),
    _indicator("disabled_cared", "services",
               "ผู้พิการได้รับการดูแลจากคนในครอบครัว ชุมชน ภาครัฐ หรือภาคเอกชน",
               "Disabled members are cared for by family, community, state or others",
               required=False),
)  # fmt: skip
