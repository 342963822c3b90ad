"""What the search box's words mean: a small syntax, the same on every database.

- words separated by spaces must all be found (``and`` between them says the same and is dropped);
- ``-词`` leaves out the stories that hold 词;
- ``"…"`` or ``“…”`` is a phrase: found only where the story prints it as typed (Latin letters in
  any case, spaces or none between the words: a reader cannot see whether the paper printed one);
- ``OR`` (any case) between two words or phrases: either one will do;
- a date typed as one word (``5月18日``, ``2024年5月``) is a phrase: its pieces stand apart in many stories.

Each word or phrase is cut by the segmenter that built the index (``Segmenter.query_tokens``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from articles.textpipeline.cleaning import INVISIBLE
from articles.textpipeline.segment import nfkc

# What a copy from a WeChat post carries inside words (科\u200b普): the importer strips it from pages.
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
# A date typed as one word (5月18日, 2024年5月): its pieces (5月, 18日) are found in many stories apart,
# so it is searched as a phrase, where it is printed.
_DATE_WORD = re.compile(r"(?:\d{2,4}年)?\d{1,2}月(?:\d{1,2}日)?")
_PIECE = re.compile(r'(-?)(?:"([^"]*)"?|“([^”]*)”?|([^\s"“”]+))')


@dataclass(frozen=True)
class Term:
    """A word (``phrase`` empty) or a quoted phrase, with its index tokens."""

    tokens: tuple[str, ...]
    phrase: str = ""


@dataclass(frozen=True)
class ParsedQuery:
    """Every group must match (one of its terms); no excluded term may."""

    groups: tuple[tuple[Term, ...], ...] = ()
    excluded: tuple[Term, ...] = ()

    @property
    def tokens(self) -> list[str]:
        """The tokens a story is searched for (not the excluded ones): ranking and highlighting use them."""
        return list(dict.fromkeys(token for group in self.groups for term in group for token in term.tokens))


def parse_query(query: str, segmenter) -> ParsedQuery:
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    either = False  # the previous piece was OR
    for match in _PIECE.finditer(_INVISIBLE.sub("", nfkc(query))):
        minus, quoted_ascii, quoted, word = match.groups()
        quoted = quoted_ascii if quoted_ascii is not None else quoted
        text = (quoted if quoted is not None else word or "").strip()
        if quoted is None and not minus and text.lower() in ("or", "and"):
            either = text.lower() == "or" and bool(groups)
            continue
        tokens = tuple(segmenter.query_tokens(text)) if text else ()
        if not tokens:
            continue
        # A phrase of one word is that word, but a word said again ("科普科普") must be printed so.
        is_phrase = quoted is not None and (len(tokens) > 1 or "".join(text.split()).lower() != tokens[0])
        is_phrase = is_phrase or (len(tokens) > 1 and _DATE_WORD.fullmatch(text) is not None)
        term = Term(tokens, text if is_phrase else "")
        if minus:
            excluded.append(term)
        elif either:
            groups[-1].append(term)
        else:
            groups.append([term])
        either = False
    return ParsedQuery(tuple(map(tuple, groups)), tuple(excluded))
