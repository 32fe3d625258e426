"""Digest sections: every line every area declares renders in Thai and in English with
no placeholder left, days in the Buddhist era in Thai; the sections come in order."""

from thungngoen import notify
from thungngoen.notify.digests import DigestSection

SAMPLES: dict[str, object] = {
    "coin": 5_400,
    "baht": 10_000,
    "text": "ร้านป้าแดง",
    "count": 7,
    "day": "2026-12-05",
    "moment": "2026-12-05T10:05:00+00:00",
}


def _content(section: DigestSection) -> notify.Content:
    return {
        section.code: [
            [line.code, {name: SAMPLES[kind] for name, kind in line.values.items()}]
            for line in section.lines
        ]
    }


def test_every_declared_line_renders_in_both_languages() -> None:
    sections = notify.all_sections()
    assert [s.position for s in sections] == sorted(s.position for s in sections)
    assert {"wallet.money", "communication.news", "circulation.figures"} <= {
        s.code for s in sections
    }
    for section in sections:
        for language in ("th", "en"):
            [shown] = notify.render_digest(_content(section), language)
            assert len(shown.lines) == len(section.lines)
            for line in shown.lines:
                assert "{" not in line.text, (section.code, line.text)
                assert not line.link or line.link.startswith("/")


def test_days_are_buddhist_era_in_thai() -> None:
    line = notify.Line("d", {"day": "day"}, "วันที่ {day}", "On {day}")
    section = DigestSection("t.d", 1, "ท", "T", (line,), lambda *_: {})
    stored = [section.check(notify.Said("d", {"day": "2026-12-05"}))]
    assert section.render(stored, "th").lines[0].text == "วันที่ 5 ธ.ค. 2569"
    assert section.render(stored, "en").lines[0].text == "On 5 Dec 2026"
