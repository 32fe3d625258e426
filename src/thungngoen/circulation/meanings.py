"""What each measure on the public page means and how it is counted here, in plain words
(English source → Thai, merged into the area's ``THAI``). ``MEANINGS`` lists them in the
order the page shows them: (id, the measure's name, its explanation)."""

MEANINGS: tuple[tuple[str, str, str], ...] = (
    (
        "supply",
        "Coin supply at the end",
        "The coin held in members' wallets, shops' accounts and event allowances at the end "
        "of the period's last day. One coin is worth one baht.",
    ),
    (
        "reserve",
        "Baht reserve",
        "The baht in the reserve account at the end of the period, for the whole pilot: one "
        "pool backs every coin.",
    ),
    (
        "active",
        "Active wallets",
        "Members and shops who paid or were paid at least once in the period (a purchase, a "
        "payment to another shop, wages or a transfer between members), each counted once "
        "however often they paid.",
    ),
    (
        "spend",
        "Spending",
        "All coin spent in the period: members' purchases less refunds and cashback, shops' "
        "payments to other shops, wages paid in coin and transfers between members.",
    ),
    (
        "velocity",
        "Velocity",
        "How many times, on average, each coin was spent in the period: spending divided by "
        "the average coin supply over the period's days. 2.00 means each coin was spent "
        "twice. It is not per year, so a longer period gives a bigger figure.",
    ),
    (
        "leakage",
        "Leakage (redeemed to baht)",
        "The share of the coin shops received that they changed back into baht in the "
        "period: coin redeemed divided by what shops received. Baht can be spent outside the "
        "network, so the lower it is, the more money keeps circulating locally.",
    ),
    (
        "respend",
        "Shops' local re-spend",
        "The share of the coin shops received that they paid on to others in the network: "
        "to other shops (their suppliers) and as wages.",
    ),
    (
        "lm3",
        "Local multiplier (LM3)",
        "How far spending goes round in the area, in three rounds (the New Economics "
        "Foundation's method). Round 1: members' purchases at the area's shops; round 2: "
        "what those shops paid on to people and shops in the area; round 3: what those paid "
        "on again in the area. LM3 = (round 1 + round 2 + round 3) ÷ round 1, from 1.00 "
        "(nothing paid on locally) to 3.00. Here every purchase at a shop counts as round 1, "
        "pooled together, whatever the coin did before (a member may have been paid it as "
        "wages), and a month's rounds 2 and 3 are the payments made that month, even of "
        "coin received earlier: the figure can differ from a survey's.",
    ),
    (
        "hops",
        "Average hops before redemption",
        "How many times, on average, coin was spent from one holder to another before a "
        "shop changed it back into baht.",
    ),
)

THAI: dict[str, str] = {
    MEANINGS[0][2]: (
        "เหรียญที่อยู่ในกระเป๋าเงินของสมาชิก บัญชีของร้านค้า และเงินช่วยเหลือของกิจกรรม"
        " ณ สิ้นวันสุดท้ายของช่วงเวลา เหรียญหนึ่งเหรียญมีค่าหนึ่งบาท"
    ),
    MEANINGS[1][2]: ("เงินบาทในบัญชีเงินสำรอง ณ สิ้นช่วงเวลา ของทั้งโครงการ: เงินสำรองก้อนเดียวหนุนหลังทุกเหรียญ"),
    MEANINGS[2][2]: (
        "สมาชิกและร้านค้าที่จ่ายหรือได้รับเหรียญอย่างน้อยหนึ่งครั้งในช่วงเวลานี้"
        " (ซื้อของ จ่ายร้านค้าอื่น จ่ายค่าจ้าง หรือโอนระหว่างสมาชิก)"
        " นับคนละหนึ่งครั้งไม่ว่าจะจ่ายกี่ครั้ง"
    ),
    MEANINGS[3][2]: (
        "เหรียญทั้งหมดที่ใช้จ่ายในช่วงเวลานี้: ยอดซื้อของสมาชิกหักคืนเงินและเงินคืน"
        " ร้านค้าจ่ายร้านค้าอื่น ค่าจ้างที่จ่ายเป็นเหรียญ และการโอนระหว่างสมาชิก"
    ),
    MEANINGS[4][2]: (
        "โดยเฉลี่ยแล้วเหรียญแต่ละเหรียญถูกใช้จ่ายกี่ครั้งในช่วงเวลานี้:"
        " ยอดใช้จ่ายหารด้วยปริมาณเหรียญเฉลี่ยของแต่ละวันในช่วงเวลา"
        " 2.00 หมายความว่าเหรียญแต่ละเหรียญถูกใช้จ่ายสองครั้ง"
        " ตัวเลขนี้ไม่ได้คิดเป็นรายปี ช่วงเวลาที่ยาวกว่าจึงได้ตัวเลขสูงกว่า"
    ),
    MEANINGS[5][2]: (
        "สัดส่วนของเหรียญที่ร้านค้าได้รับแล้วนำไปแลกคืนเป็นเงินบาทในช่วงเวลานี้:"
        " เหรียญที่แลกคืนหารด้วยยอดที่ร้านค้าได้รับ เงินบาทอาจถูกใช้นอกเครือข่าย"
        " ตัวเลขยิ่งต่ำ เงินยิ่งหมุนเวียนในท้องถิ่นมาก"
    ),
    MEANINGS[6][2]: (
        "สัดส่วนของเหรียญที่ร้านค้าได้รับแล้วนำไปจ่ายต่อให้คนอื่นในเครือข่าย: จ่ายร้านค้าอื่น (ผู้ขายส่งของร้าน) และจ่ายค่าจ้าง"
    ),
    MEANINGS[7][2]: (
        "การใช้จ่ายหมุนต่อในพื้นที่ได้มากเพียงใดในสามรอบ (ตามวิธีของมูลนิธิเศรษฐศาสตร์ใหม่"
        " ประเทศอังกฤษ) รอบที่ 1: ยอดที่สมาชิกซื้อจากร้านค้าในพื้นที่ รอบที่ 2:"
        " เหรียญที่ร้านค้าเหล่านั้นจ่ายต่อให้คนและร้านค้าในพื้นที่ รอบที่ 3:"
        " เหรียญที่ผู้รับเหล่านั้นจ่ายต่ออีกครั้งในพื้นที่ ตัวคูณ = (รอบ 1 + รอบ 2 + รอบ 3)"
        " ÷ รอบ 1 อยู่ระหว่าง 1.00 (ไม่มีการจ่ายต่อในพื้นที่เลย) ถึง 3.00"
        " ที่นี่นับการซื้อจากร้านค้าทุกครั้งรวมกันเป็นรอบที่ 1 ไม่ว่าเหรียญนั้นเคยผ่านมือใครมาก่อน"
        " (เช่น สมาชิกอาจได้มาเป็นค่าจ้าง) และรอบที่ 2 และ 3 ของเดือนหนึ่งคือการจ่ายต่อที่เกิดในเดือนนั้น"
        " แม้เป็นเหรียญที่ได้รับมาก่อน ตัวเลขจึงอาจต่างจากที่ได้จากการสำรวจ"
    ),
    MEANINGS[8][2]: ("โดยเฉลี่ยแล้วเหรียญถูกใช้จ่ายจากมือหนึ่งไปอีกมือกี่ครั้ง ก่อนที่ร้านค้าจะนำไปแลกคืนเป็นเงินบาท"),
    "What the figures mean": "ตัวเลขแต่ละตัวหมายถึงอะไร",
    "Latest whole month": "เดือนล่าสุดที่ครบเดือน",
    "No whole month yet.": "ยังไม่มีเดือนที่ครบเดือน",
    "This month so far": "เดือนนี้จนถึงวันนี้",
    "This month is not over yet — up to {day}.": "เดือนนี้ยังไม่ครบเดือน — ถึงวันที่ {day}",
    "Its figures cover part of a month: they are not charted beside the whole months.": (
        "ตัวเลขนี้เป็นของเดือนที่ยังไม่ครบ จึงไม่นำไปแสดงในกราฟเทียบกับเดือนที่ครบเดือน"
    ),
    "The charts show whole months only; this month joins them once it is over.": (
        "กราฟแสดงเฉพาะเดือนที่ครบเดือนแล้ว เดือนนี้จะแสดงเมื่อสิ้นเดือน"
    ),
    "Up to today": "ถึงวันนี้",
}
