"""The reader behind the Thai pages test: what counts as read, what counts as English."""

from tests.web.visible_text import english_in, visible_texts

PAGE = """<html><head><title>จ่ายเงิน · Pay</title><script>var English = 1;</script></head>
<body><a href="/lang/en" lang="en">English <b>please</b></a>
<input type="submit" value="Send coin"><input type="text" value="typed by someone">
<input placeholder="เช่น 0812345678" aria-label="Amount"><img alt="โลโก้" src="/x.png">
<p data-not-ours="This QR is not ours" data-id="abc">ร้าน<br>ป้าแดง</p>
<details><summary>ข้อมูลดิบ</summary><pre><code>payout.batch_paid</code></pre></details>
<p>กด <kbd>Enter</kbd> แล้ว</p></body></html>"""


def test_the_reader_takes_what_people_read_and_leaves_code() -> None:
    assert visible_texts(PAGE) == [
        "จ่ายเงิน · Pay",
        "Send coin",
        "เช่น 0812345678",
        "Amount",
        "โลโก้",
        "This QR is not ours",
        "ร้าน",
        "ป้าแดง",
        "ข้อมูลดิบ",
        "กด",
        "แล้ว",
    ]


def test_english_words_are_found_and_names_codes_and_numbers_are_not() -> None:
    assert english_in("จ่ายเงิน · Pay") == ["Pay"]
    assert english_in("Shop approved") == ["Shop", "approved"]
    assert english_in("สแกน QR จ่ายด้วย PromptPay 1,250.50 เหรียญ SKC") == []
    assert english_in("พร้อมเพย์ 086-xxx-2222 ใบเสร็จ boyang-01/00001 กระดาษ A5") == []
    assert english_in("เขียนถึง help@example.org หรือ https://example.org/x") == []
    assert english_in("โครงการ old-town-pilot") == []
    assert english_in("เลขอ้างอิง TNJUHMMCPR") == []
    assert english_in("สถานะ pending") == ["pending"]
