"""What the local LINE server checks in a message object, as LINE documents it (Messaging
API reference, message objects): 1 to 5 messages; a text of 1 to 5,000 characters; a Flex
Message with an ``altText`` of 1 to 1,500 characters and a bubble of at most 30 KB of JSON
whose blocks are boxes of known components, with non-empty texts and uri buttons."""

import json
from typing import Any

MAX_TEXT = 5_000
MAX_ALT_TEXT = 1_500
MAX_BUBBLE_BYTES = 30 * 1024
MAX_LABEL = 40
_COMPONENTS = {"box", "text", "button", "separator", "image", "icon", "filler", "span"}


def message_problem(messages: Any) -> str:
    """Why LINE would refuse ``messages`` (a 400), or empty."""
    if not isinstance(messages, list) or not 1 <= len(messages) <= 5:
        return f"messages: {messages!r}"
    for message in messages:
        problem = _text(message) if message.get("type") == "text" else _flex(message)
        if problem:
            return problem
    return ""


def _text(message: dict[str, Any]) -> str:
    text = message.get("text")
    return "" if isinstance(text, str) and 0 < len(text) <= MAX_TEXT else f"text: {text!r}"


def _flex(message: dict[str, Any]) -> str:
    if message.get("type") != "flex":
        return f"message type: {message.get('type')!r}"
    alt = message.get("altText")
    if not isinstance(alt, str) or not 0 < len(alt) <= MAX_ALT_TEXT:
        return f"altText: {alt!r}"
    bubble = message.get("contents")
    if not isinstance(bubble, dict) or bubble.get("type") != "bubble":
        return "contents: not a bubble"
    if len(json.dumps(bubble, ensure_ascii=False).encode()) > MAX_BUBBLE_BYTES:
        return "bubble: over 30 KB"
    for block in ("header", "hero", "body", "footer"):
        if block in bubble:
            problem = _component(bubble[block], top=True)
            if problem:
                return f"{block}: {problem}"
    return ""


def _component(component: Any, top: bool = False) -> str:
    if not isinstance(component, dict) or component.get("type") not in _COMPONENTS:
        return f"component: {component!r}"[:200]
    kind = component["type"]
    if top and kind != "box":
        return "a block is a box"
    if kind == "box":
        if component.get("layout") not in ("vertical", "horizontal", "baseline"):
            return "box layout"
        contents = component.get("contents")
        if not isinstance(contents, list):
            return "box contents"
        return next((p for p in map(_component, contents) if p), "")
    if kind == "text" and not component.get("text"):
        return "empty text"
    if kind == "button":
        action = component.get("action") or {}
        uri, label = str(action.get("uri", "")), str(action.get("label", ""))
        if action.get("type") != "uri" or not uri.startswith(("https://", "http://")):
            return f"button action: {action!r}"
        if not 0 < len(label) <= MAX_LABEL:
            return f"button label: {label!r}"
    return ""
