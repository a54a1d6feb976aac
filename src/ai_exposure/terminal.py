"""Text for a terminal, whatever an archive put in it: the command line's output and the summaries
the API gives for a terminal go through here."""

from __future__ import annotations

import json
import re
from typing import Any

# What a terminal may act on rather than show: C0 and C1 controls (escape sequences start with ESC or
# CSI), DEL, and the bidirectional overrides and isolates that reorder what follows them on screen.
UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str, lines: bool = True) -> str:
    """Every control character (escape sequences, carriage returns, bidirectional overrides) shown as
    "?". Line breaks are kept only when `lines`; a carriage return never is."""
    text = UNSAFE.sub("?", str(text))
    return text if lines else text.replace("\n", "?")


def json_text(data: object, **dumps: Any) -> str:
    """JSON for the terminal: what json leaves raw (C1 controls, bidirectional overrides, with
    ensure_ascii=False) becomes a JSON escape, so the output stays valid JSON and inert."""
    return UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(data, **dumps))
