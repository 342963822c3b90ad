"""Cut decoded page text into non-blank lines that remember where they came from."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    text: str  # stripped of surrounding whitespace
    start: int  # offsets of the stripped text in the page text
    end: int


def split_lines(text: str) -> list[Line]:
    """Every line holding something other than whitespace, with its span."""
    lines = []
    offset = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = offset + (len(raw) - len(raw.lstrip()))
            lines.append(Line(stripped, start, start + len(stripped)))
        offset += len(raw) + 1
    return lines
