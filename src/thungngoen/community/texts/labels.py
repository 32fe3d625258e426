"""The English labels of the area's lists (types, sectors, tenures, …) and their Thai:
every door shows the same words."""

MUNICIPALITY_LABELS = {
    "city": "City municipality",
    "town": "Town municipality",
    "subdistrict": "Sub-district municipality",
}
COMMUNITY_LABELS = {
    "urban": "Urban community",
    "rural": "Rural community",
    "crowded": "Slum or crowded community",
    "railway": "Community on railway land",
    "fishing": "Fishing village",
    "other": "Other community",
}
SECTOR_LABELS = {
    "civil_society": "Civil society",
    "private": "Private sector",
    "local_government": "Local government",
    "academia": "Academia",
    "community_organisation": "Community organisation",
    "national_agency": "National agency",
}
DIMENSION_LABELS = {
    "creative_economy": "Creative economy",
    "sustainable_environment": "Sustainable environment",
    "happy_society": "Happy society",
}
DUTY_LABELS = {
    "coordinator": "Network coordinator",
    "editor": "Organisation editor",
    "collector": "Data collector",
    "leader": "Community leader",
}
TENURE_LABELS = {
    "own": "Own house",
    "rent": "Rented",
    "railway_land": "On railway land",
    "public_land": "Encroaching on public land",
    "baan_mankong": "Relocated under Baan Mankong",
    "other": "Other tenure",
}
VULNERABLE_LABELS = {
    "elderly_alone": "Elderly living alone",
    "bedridden": "Bedridden",
    "child_out_of_school": "Children out of school",
    "disability": "People with disabilities",
    "chronic_illness": "Chronic illness",
}
BASIS_LABELS = {
    "consent": "Consent",
    "research": "Research or statistics",
    "vital_interest": "Vital interest",
    "contract": "Contract",
    "public_task": "Public task",
    "legitimate_interest": "Legitimate interest",
    "legal_duty": "Legal duty",
}
SEX_LABELS = {"female": "Female", "male": "Male", "other": "Other sex"}
RELATION_LABELS = {
    "head": "Head of household",
    "spouse": "Spouse",
    "child": "Son or daughter",
    "parent": "Father or mother",
    "grandchild": "Grandchild",
    "sibling": "Brother or sister",
    "relative": "Relative",
    "other": "Other relation",
}
EDUCATION_LABELS = {
    "none": "No schooling",
    "primary": "Primary school",
    "lower_secondary": "Lower secondary school",
    "upper_secondary": "Upper secondary school",
    "vocational": "Vocational",
    "bachelor": "Bachelor's degree",
    "postgraduate": "Postgraduate",
    "unknown": "Education not known",
}
PURPOSE_LABELS = {"person_page": "Opened the person's page"}
"""The purposes the pages log, by code; a purpose typed through the API shows as typed."""

THAI: dict[str, str] = {
    "Female": "หญิง",
    "Male": "ชาย",
    "Other sex": "เพศอื่น",
    "Head of household": "หัวหน้าครัวเรือน",
    "Spouse": "คู่สมรส",
    "Son or daughter": "บุตร",
    "Father or mother": "บิดาหรือมารดา",
    "Grandchild": "หลาน",
    "Brother or sister": "พี่น้อง",
    "Relative": "ญาติ",
    "Other relation": "ความสัมพันธ์อื่น",
    "No schooling": "ไม่ได้เรียน",
    "Primary school": "ประถมศึกษา",
    "Lower secondary school": "มัธยมศึกษาตอนต้น",
    "Upper secondary school": "มัธยมศึกษาตอนปลาย",
    "Vocational": "อาชีวศึกษา",
    "Bachelor's degree": "ปริญญาตรี",
    "Postgraduate": "สูงกว่าปริญญาตรี",
    "Education not known": "ไม่ทราบการศึกษา",
    "Opened the person's page": "เปิดดูหน้าข้อมูลบุคคล",
    "City municipality": "เทศบาลนคร",
    "Town municipality": "เทศบาลเมือง",
    "Sub-district municipality": "เทศบาลตำบล",
    "Urban community": "ชุมชนเมือง",
    "Rural community": "ชุมชนชนบท",
    "Slum or crowded community": "ชุมชนแออัด",
    "Community on railway land": "ชุมชนในที่ดินการรถไฟ",
    "Fishing village": "ชุมชนประมง",
    "Other community": "ชุมชนประเภทอื่น",
    "Civil society": "ภาคประชาสังคม",
    "Private sector": "ภาคเอกชน",
    "Local government": "องค์กรปกครองส่วนท้องถิ่น",
    "Academia": "ภาควิชาการ",
    "Community organisation": "องค์กรชุมชน",
    "National agency": "หน่วยงานระดับชาติ",
    "Creative economy": "เศรษฐกิจสร้างสรรค์",
    "Sustainable environment": "สิ่งแวดล้อมยั่งยืน",
    "Happy society": "สังคมเป็นสุข",
    "Network coordinator": "ผู้ประสานงานเครือข่าย",
    "Organisation editor": "ผู้แก้ไขข้อมูลองค์กร",
    "Data collector": "ผู้เก็บข้อมูล",
    "Community leader": "ผู้นำชุมชน",
    "Own house": "บ้านของตนเอง",
    "Rented": "เช่า",
    "On railway land": "อยู่ในที่ดินการรถไฟ",
    "Encroaching on public land": "บุกรุกที่ดินสาธารณะ",
    "Relocated under Baan Mankong": "ย้ายตามโครงการบ้านมั่นคง",
    "Other tenure": "การถือครองแบบอื่น",
    "Elderly living alone": "ผู้สูงอายุอยู่ลำพัง",
    "Bedridden": "ผู้ป่วยติดเตียง",
    "Children out of school": "เด็กนอกระบบการศึกษา",
    "People with disabilities": "ผู้พิการ",
    "Chronic illness": "ผู้ป่วยโรคเรื้อรัง",
    "Consent": "ความยินยอม",
    "Research or statistics": "การวิจัยหรือสถิติ",
    "Vital interest": "ป้องกันอันตรายต่อชีวิต ร่างกาย หรือสุขภาพ",
    "Contract": "การปฏิบัติตามสัญญา",
    "Public task": "ภารกิจเพื่อประโยชน์สาธารณะ",
    "Legitimate interest": "ประโยชน์โดยชอบด้วยกฎหมาย",
    "Legal duty": "การปฏิบัติตามกฎหมาย",
}
