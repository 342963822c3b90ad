"""Undo what copying a web page leaves in its text before it is split: invisible characters,
HTML entities and line-break tags.

A WeChat post or a web page copied through its source carries zero-width spaces inside words
(举办\u200b科普讲座, 王\u200b强), ``&nbsp;``/``&ldquo;`` for spaces and quotes, and ``<br>``
where a line ended, no-break spaces where the page shows a space, and a justified PDF line copied with
a space between every two characters (重 庆 市 科 协). Each is a known encoding of what the page shows, so it is replaced by that
(nothing, the character, a newline). The page text itself is kept as printed; ``clean_copy``
returns the cleaned text with, for each of its characters, where it stood in the page, so
spans still point into the page text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

# Zero-width space, non-joiner, joiner, word joiner, BOM inside the text, soft hyphen, and the
# marks and embeddings that set a line's writing direction (LRM, RLM, LRE…PDF, LRI…PDI).
INVISIBLE = (
    "\u200b\u200c\u200d\u2060\ufeff\u00ad"
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
# An entity, also escaped twice (&amp;ldquo;, a page's source escaped again), and the few a browser
# reads without their ; (&nbsp&nbsp), when no letter or digit follows that could make another name.
_ENTITY = (
    r"&(?:amp;)*(?:(?:[A-Za-z][A-Za-z0-9]{1,7}|#[0-9]{2,6}|#[xX][0-9A-Fa-f]{2,5});"
    r"|(?:nbsp|amp|lt|gt|quot)(?![A-Za-z0-9;]))"
)
_BREAK_TAG = r"<\s*(?:br|p|/p)\s*/?\s*>"
_DAMAGE = re.compile(f"[{INVISIBLE}]+|{_ENTITY}|{_BREAK_TAG}", re.IGNORECASE)
_QUICK = re.compile(f"[{INVISIBLE}&<]")  # most pages hold none of these: one scan decides


@dataclass(frozen=True)
class Cleaned:
    text: str
    origin: list[int] | None  # page offset of each character of ``text`` and of its end; None: unchanged
    changes: list[tuple[int, str]]  # (page offset, what was undone: "invisible", "entity", "tag")

    def page_offset(self, offset: int) -> int:
        """Where ``offset`` in the cleaned text stands in the page text."""
        if self.origin is None:
            return offset
        return self.origin[min(max(offset, 0), len(self.origin) - 1)]


# No-break and typographic spaces as an ordinary space, one for one (offsets unchanged); the
# ideographic space U+3000 stays, it indents paragraphs.
_ODD_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f]")
_ANY = re.compile(f"[\u00a0\u2000-\u200a\u202f\u205f{INVISIBLE}&<]")


def clean_copy(text: str) -> Cleaned:
    """The page text with invisible characters removed, HTML entities decoded, <br>/<p> tags as
    newlines, no-break spaces as spaces and letter-spaced lines closed up."""
    damaged = _ANY.search(text) is not None
    if damaged and _ODD_SPACES.search(text):
        text = _ODD_SPACES.sub(" ", text)  # 地方动态 | DI FANG DONG TAI printed with no-break spaces is that banner
        damaged = _QUICK.search(text) is not None
    spaced = _SPACED_RUN.search(text) is not None  # after the no-break spaces: 重\u00a0庆\u00a0市… is spread too
    if not (spaced or damaged):
        return Cleaned(text, None, [])  # the usual page: two fast scans
    edits = [(match.start(), match.end(), *_undo(match.group())) for match in _DAMAGE.finditer(text)]
    edits = [edit for edit in edits if edit[2] is not None]  # &copy-like text that is no entity: kept
    if spaced:
        edits = sorted(edits + _letter_spacing(text))
    if not edits:
        return Cleaned(text, None, [])
    pieces: list[str] = []
    origin: list[int] = []
    changes: list[tuple[int, str]] = []
    position = 0
    for start, end, replacement, kind in edits:
        if start < position:
            continue  # inside an edit already made
        pieces.append(text[position:start])
        origin.extend(range(position, start))
        pieces.append(replacement)
        origin.extend([start] * len(replacement))
        changes.append((start, kind))
        position = end
    pieces.append(text[position:])
    origin.extend(range(position, len(text) + 1))
    return Cleaned("".join(pieces), origin, changes)


# Four characters each followed by one space: a line a justified PDF spread out (重 庆 市 科 协).
_SPACED_RUN = re.compile(r" \S \S \S \S")  # a literal space first: the scan skips ahead fast


def _letter_spacing(text: str) -> list[tuple[int, int, str, str]]:
    """The spaces of letter-spaced lines (six or more tokens, four in five a single character): a
    single space between two characters is the spreading, taken out; a wider gap was a real space
    (2023   I n t e r n a t i o n a l), kept as one. On a page so spread, a short line of single
    characters (（ 渝 科 ）, an attribution too short to prove it alone) is spread the same way."""
    edits = []
    offset = 0
    short_lines = []
    for line in text.split("\n"):
        stripped = line.strip(" ")
        tokens = stripped.split(" ")
        if len(tokens) >= 6 and sum(len(token) == 1 for token in tokens) >= 0.8 * len(tokens):
            edits += _closed_up(stripped, offset + line.index(stripped[0]))
        elif len(tokens) >= 2 and all(len(token) == 1 for token in tokens) and _HAN.search(stripped):
            short_lines.append((stripped, offset + line.index(stripped[0])))
        offset += len(line) + 1
    if edits:
        for stripped, first in short_lines:
            edits += _closed_up(stripped, first)
    return edits


def _closed_up(stripped: str, first: int) -> list[tuple[int, int, str, str]]:
    """The edits taking the spreading out of one line (``first``: where its first character stands)."""
    edits = []
    for gap in _GAP.finditer(stripped):
        start = first + gap.start() + (1 if len(gap.group()) > 1 else 0)
        edits.append((start, first + gap.end(), "", "spacing"))
    return edits


_HAN = re.compile("[\u4e00-\u9fff]")
_GAP = re.compile(" +")


def _undo(found: str) -> tuple[str | None, str]:
    if found[0] in INVISIBLE:
        return "", "invisible"
    if found[0] == "<":
        return "\n", "tag"
    decoded = _unescaped(found)
    if decoded == found:
        return None, "entity"
    return decoded.replace("\u00a0", " "), "entity"  # &nbsp; is a space in Chinese text


def _unescaped(entity: str) -> str:
    """The character an entity stands for, through every escaping (&amp;amp;ldquo; → “)."""
    decoded = html.unescape(entity)
    while "&" in decoded and html.unescape(decoded) != decoded:
        decoded = html.unescape(decoded)
    return decoded


def describe(kinds: list[str]) -> str:
    """Chinese note of what was undone in an item: 删去 2 个不可见字符，还原 3 个网页转义字符."""
    parts = []
    if kinds.count("invisible"):
        parts.append(f"删去 {kinds.count('invisible')} 处不可见字符（零宽空格等）")
    if kinds.count("entity"):
        parts.append(f"还原 {kinds.count('entity')} 个网页转义字符（如 &nbsp; &ldquo;）")
    if kinds.count("spacing"):
        parts.append(f"删去逐字隔开的 {kinds.count('spacing')} 处空格")
    if kinds.count("tag"):
        parts.append(f"把 {kinds.count('tag')} 个网页换行标记（<br>、<p>）换成换行")
    return "，".join(parts)
