"""Mark search words in the original text (not the segmented copy the index holds).

The query tokens are normalized (full-width → ASCII, traditional → simplified,
lowercase), so the text is normalized character by character with a map back to
the original offsets; matches are found in the normalized text and the original
characters are escaped first, then wrapped in ``<mark>``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


@lru_cache(maxsize=20_000)
def _normalize_char(char: str) -> str:
    if char.isascii():
        return char.lower()
    from articles.textpipeline.segment import normalize

    try:
        return normalize(char)
    except Exception:  # a character OpenCC or NFKC cannot take stays as it is
        return char.lower()


def _normalized_with_map(text: str) -> tuple[str, Sequence[int]]:
    """The normalized text and, for each of its characters, the index of the original character.

    Nearly every character normalizes to one character, and then the map is the identity (a
    ``range``); only a text with one that becomes several (㈠ → (一)) or none builds a list. The
    characters go through ``map`` rather than a Python loop: a search's cold page highlights
    twenty bodies, and the loop cost ~20 ms of it.
    """
    parts = list(map(_normalize_char, text))
    if parts and min(map(len, parts)) == 1 == max(map(len, parts)):
        return "".join(parts), range(len(text))
    origin: list[int] = []
    for index, part in enumerate(parts):
        origin.extend([index] * len(part))
    return "".join(parts), origin


_LATIN_OR_DIGIT = "a-z0-9"


@lru_cache(maxsize=256)
def _words_pattern(words: tuple[str, ...]) -> re.Pattern:
    """The words as one regex; an end of Latin letters or digits only where the text's word ends too.

    The index keeps a run of Latin letters or digits whole (taiwan, 2024), so a query for ai or 20 finds
    no story for the Taiwan or the 2024 in it, and neither is marked there (ai is, in AI芯片 and 用 ai 写作).
    """
    return re.compile(
        "|".join(
            (rf"(?<![{_LATIN_OR_DIGIT}])" if word[0].isascii() and word[0].isalnum() else "")
            + re.escape(word)
            + (rf"(?![{_LATIN_OR_DIGIT}])" if word[-1].isascii() and word[-1].isalnum() else "")
            for word in words
        )
    )


def match_spans(text: str, tokens) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) spans of the original text that match a token, longest token first."""
    words = sorted({token for token in tokens if token and token.strip()}, key=len, reverse=True)
    if not text or not words:
        return []
    normalized, origin = _normalized_with_map(text)
    pattern = _words_pattern(tuple(words))
    spans: list[tuple[int, int]] = []
    for found in pattern.finditer(normalized):
        if found.end() == found.start():
            continue
        start, end = origin[found.start()], origin[found.end() - 1] + 1
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))  # touching matches read as one mark
        else:
            spans.append((start, end))
    return spans


def highlight(text: str, tokens) -> SafeString:
    """The text escaped, with every match wrapped in ``<mark>``."""
    text = text or ""
    pieces: list[str] = []
    cursor = 0
    for start, end in match_spans(text, tokens):
        pieces.append(escape(text[cursor:start]))
        pieces.append(f"<mark>{escape(text[start:end])}</mark>")
        cursor = end
    pieces.append(escape(text[cursor:]))
    return mark_safe("".join(pieces))


def first_match(text: str, tokens, *, chunk: int = 400) -> int | None:
    """Where the first match starts, or None: ``match_spans`` read a chunk at a time.

    A search's cold page makes an excerpt of twenty bodies, and a match is usually near the start:
    normalizing a whole body to find it was most of an excerpt's cost. Chunks overlap by the
    longest token, so a match across a chunk's end is found whole in the next one.
    """
    words = [token for token in tokens if token and token.strip()]
    if not text or not words:
        return None
    overlap = max(map(len, words))
    start = 0
    while True:
        end = min(len(text), start + chunk)
        before = max(0, start - 1)  # a character either side, to tell where a word of Latin letters ends
        spans = [span for span in match_spans(text[before : end + 1], words) if before + span[0] >= start]
        if spans:
            return before + spans[0][0]
        if end == len(text):
            return None
        start = max(start + 1, end - overlap)


def excerpt(text: str, tokens, *, width: int = 110) -> SafeString:
    """About ``width`` characters around the first match (or the start), highlighted."""
    text = " ".join((text or "").split())
    found = first_match(text, tokens) if len(text) > width else None
    start = max(0, found - width // 4) if found is not None else 0
    end = min(len(text), start + width)
    if end == len(text):
        start = max(0, end - width)
    snippet = text[start:end]
    marked = highlight(snippet, tokens)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return mark_safe(f"{prefix}{marked}{suffix}")
