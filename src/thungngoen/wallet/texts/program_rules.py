"""A program's refusal of a payment, said with the program's name, the rule and the figure
it came from (English catalogue text → Thai); ``programs.refusals`` fills them in."""

COIN = "{amount} coin"
AREA_OF = "{program} takes shops in {area} only"
OUTSIDE_AREA = "Outside the programs' area: {shop} is in {shop_place}; {areas}"
EXCLUDED = "{program} does not take {category} shops ({shop})"
DAILY = (
    "Over the daily limit of {program}: up to {limit} a day, {spent} already spent today,"
    " at most {room} more"
)
MONTHLY = (
    "Over the monthly limit of {program}: up to {limit} a month, {spent} already spent this"
    " month, at most {room} more"
)
NOT_EVENT_SHOP = "{shop} does not take the allowance of {program}"
EVENT_NOT_YET = "The allowance of {program} can be spent from {start}"
EVENT_OVER = "The allowance of {program} could be spent until {end}: the event is over"
EVENT_CLOSED = "{program} no longer takes payments from its allowance"
ALLOWANCE_LOW = "Not enough allowance: {left} is left of {program}, this payment is {amount}"
NO_ALLOWANCE = "You hold no event allowance."

THAI: dict[str, str] = {
    COIN: "{amount} เหรียญ",
    AREA_OF: "{program} ใช้ได้เฉพาะร้านในตำบล{area}",
    OUTSIDE_AREA: "ร้านนี้อยู่นอกพื้นที่ของโครงการ: {shop} อยู่ในตำบล{shop_place} ส่วน{areas}",
    EXCLUDED: "{program} ไม่รับร้านประเภท{category} ({shop})",
    DAILY: (
        "เกินวงเงินต่อวันของโครงการ {program}: ใช้ได้วันละ {limit} ใช้ไปแล้ว {spent} จ่ายเพิ่มได้อีกไม่เกิน {room}"
    ),
    MONTHLY: (
        "เกินวงเงินต่อเดือนของโครงการ {program}: ใช้ได้เดือนละ {limit} ใช้ไปแล้ว {spent}"
        " จ่ายเพิ่มได้อีกไม่เกิน {room}"
    ),
    NOT_EVENT_SHOP: "{shop} ไม่ได้ร่วมกิจกรรม {program} จึงรับสิทธิ์การใช้จ่ายนี้ไม่ได้",
    EVENT_NOT_YET: "สิทธิ์การใช้จ่ายของ {program} เริ่มใช้ได้ {start}",
    EVENT_OVER: "สิทธิ์การใช้จ่ายของ {program} ใช้ได้ถึง {end} กิจกรรมสิ้นสุดแล้ว",
    EVENT_CLOSED: "{program} ปิดรับการใช้สิทธิ์การใช้จ่ายแล้ว",
    ALLOWANCE_LOW: "สิทธิ์การใช้จ่ายไม่พอ: {program} เหลือ {left} รายการนี้ {amount}",
    NO_ALLOWANCE: "คุณยังไม่มีสิทธิ์ใช้จ่ายในกิจกรรม",
}
