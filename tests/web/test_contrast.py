"""Non-text contrast (WCAG 1.4.11, decision 0027): the edge of a field and the focus ring
stand out at 3:1 or more from what is around them. Read from the shared stylesheet, so
lightening ``--field-border`` or ``--focus-ring`` (or pointing the rules elsewhere) fails."""

import re

import pytest

from thungngoen.web.static_files import STATIC_DIRECTORY

CSS = (STATIC_DIRECTORY / "app.css").read_text()
NON_TEXT = 3.0


def _custom_properties(css: str) -> dict[str, str]:
    root = re.search(r":root\s*\{(?P<body>[^}]*)\}", css)
    assert root is not None, "app.css has no :root block"
    body = re.sub(r"/\*.*?\*/", "", root["body"], flags=re.DOTALL)
    return {name: value.strip() for name, value in re.findall(r"(--[\w-]+)\s*:\s*([^;]+);", body)}


PROPERTIES = _custom_properties(CSS)


def colour(value: str) -> str:
    """A colour of app.css as ``#rrggbb``, following ``var(--name)`` to its value."""
    for _step in range(10):
        named = re.fullmatch(r"var\((--[\w-]+)\)", value.strip())
        if named is None:
            break
        value = PROPERTIES[named[1]]
    value = {"#fff": "#ffffff", "white": "#ffffff"}.get(value, value)
    assert re.fullmatch(r"#[0-9a-fA-F]{6}", value), f"not a #rrggbb colour: {value}"
    return value


def luminance(hex_colour: str) -> float:
    """The relative luminance of WCAG 2.1."""
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    red, green, blue = (
        c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels
    )
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: str, second: str) -> float:
    lighter, darker = sorted((luminance(colour(first)), luminance(colour(second))), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_ratio_is_the_wcag_one() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#9bd3bf", "#ffffff") == pytest.approx(1.68, abs=0.01)  # the old ring
    assert contrast("#d5ddd8", "#ffffff") == pytest.approx(1.38, abs=0.01)  # the old border


@pytest.mark.parametrize("background", ["var(--card)", "var(--paper)", "#ffffff"])
@pytest.mark.parametrize("part", ["var(--field-border)", "var(--focus-ring)"])
def test_fields_and_the_focus_ring_stand_out(part: str, background: str) -> None:
    ratio = contrast(part, background)
    assert ratio >= NON_TEXT, f"{part} on {background}: {ratio:.2f}:1"


def test_the_focus_ring_on_the_green_bar_is_white() -> None:
    assert re.search(r"\.bar a:focus-visible[^{]*\{[^}]*outline-color:\s*#fff", CSS)
    assert contrast("#ffffff", "var(--green)") >= NON_TEXT


def test_the_rules_use_the_checked_colours() -> None:
    """Fields get their border and every focusable thing its ring from the two properties
    (no colour written straight into the rules)."""
    fields = re.search(r"\ninput, select \{(?P<body>[^}]*)\}", CSS)
    assert fields is not None
    assert "border: 1px solid var(--field-border)" in fields["body"]
    ring = re.search(r"\ninput:focus,[^{]*\{(?P<body>[^}]*)\}", CSS)
    assert ring is not None
    assert "outline: 3px solid var(--focus-ring)" in ring["body"]
    for focused in ("input:focus", "select:focus", "button:focus-visible", "a:focus-visible"):
        assert focused in ring[0]
    assert not re.search(r"outline:[^;]*#9bd3bf", CSS)
