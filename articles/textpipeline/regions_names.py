"""What the region modules share: the classes of a written region name, the unit a name may stand
for, text in simplified characters with its offsets kept, and the choice of non-overlapping hits.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

STRONG, TIGHT, SHORT = 0, 1, 2
LEVEL_CHARS = frozenset("省市区县州旗盟")
AREA = "地区"  # the end of a prefecture's former name (合江地区, 绵阳地区): also "the area of"

# Characters that may stand right before or after a place name inside a
# sentence without being part of the same word.
FUNCTION_CHARS = frozenset("在到赴于和与及、的对向从自去至经同为把往是了等或暨将由被让给跟共驻来进入访达抵")


@dataclass(frozen=True)
class Candidate:
    adcode: str
    kind: int  # STRONG, TIGHT or SHORT
    official: bool  # the surface is the unit's official name


@lru_cache(maxsize=1)
def _t2s():
    try:
        import opencc
    except ImportError:  # pragma: no cover - OpenCC is a project requirement
        return None
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Return ``text`` in simplified characters, one character for one.

    OpenCC's t2s keeps the length for place names; if a phrase rule ever
    changes the length, fall back to converting character by character so
    that offsets still line up with the original.
    """
    converter = _t2s()
    if converter is None or text.isascii():
        return text
    converted = converter.convert(text)
    if len(converted) == len(text):
        return converted
    chars = []
    for ch in text:
        c = converter.convert(ch)
        chars.append(c if len(c) == 1 else ch)
    return "".join(chars)


def non_overlapping(matches: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Keep the longest matches, then the earliest, without overlaps; return them in text order."""
    if len(matches) < 2:
        return list(matches)
    taken: list[tuple[int, int, str, str]] = []
    occupied = bytearray(max(m[1] for m in matches))
    for _length, start, m in sorted([(m[0] - m[1], m[0], m) for m in matches]):  # (−length, start) is unique
        end = m[1]
        if occupied.find(1, start, end) >= 0:
            continue
        occupied[start:end] = b"\1" * (end - start)
        taken.append(m)
    return sorted(taken)
