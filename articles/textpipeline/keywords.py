"""TF-IDF keywords from words the segmenter already produced.

Uses jieba's bundled IDF table (loaded once per process) and the project stop
list; no re-segmentation, unlike ``jieba.analyse.extract_tags``.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from .segment import DATA_DIR, normalize, read_word_list

STOP_WORDS = DATA_DIR / "stop_words.txt"
_VERDICT_LIMIT = 500_000


def _jieba_idf_path() -> Path:
    """jieba/analyse/idf.txt, found without importing jieba.analyse (which loads posseg)."""
    import importlib.util

    return Path(importlib.util.find_spec("jieba").origin).parent / "analyse" / "idf.txt"


class KeywordExtractor:
    """Rank words by term frequency × inverse document frequency."""

    def __init__(self, idf: dict[str, float], stop_words: Iterable[str]):
        self.idf = idf
        self.default_idf = statistics.median(idf.values()) if idf else 10.0
        self.stop_words = frozenset(normalize(w) for w in stop_words)
        self._idfs: dict[str, float | None] = {}  # per word seen: its IDF, None if not a candidate

    def is_candidate(self, word: str) -> bool:
        """At least two characters, not a number, not a stop word, has a CJK or Latin letter."""
        return (
            len(word) >= 2
            and word not in self.stop_words
            and any(ch.isalpha() for ch in word)
            and not word.replace(".", "").replace("%", "").isdigit()
        )

    def keywords(self, words: Sequence[str], top_k: int = 8) -> list[str]:
        """Top ``top_k`` words by TF-IDF; ties broken by first appearance."""
        # A Counter keeps first-appearance order and sorted() is stable: ties stay in that order.
        idfs = self._idfs
        if len(idfs) > _VERDICT_LIMIT:
            idfs.clear()
        counts = Counter(words)
        for word in [word for word in counts if word not in idfs]:
            idfs[word] = self.idf.get(word, self.default_idf) if self.is_candidate(word) else None
        scores = {word: -count * idf for word, count in counts.items() if (idf := idfs[word]) is not None}
        return sorted(scores, key=scores.__getitem__)[:top_k]


@lru_cache(maxsize=1)
def default_extractor() -> KeywordExtractor:
    """The extractor with jieba's IDF table and the project stop list (built once)."""
    idf = {}
    with _jieba_idf_path().open(encoding="utf-8") as f:
        for line in f:
            word, _, value = line.rstrip("\n").partition(" ")
            if value:
                idf[word] = float(value)
    return KeywordExtractor(idf, (w for w, _ in read_word_list(STOP_WORDS)))


def keywords(words: Sequence[str], top_k: int = 8) -> list[str]:
    """TF-IDF keywords of precise-mode ``words`` (``Segmenter.analyze(text).words``)."""
    return default_extractor().keywords(words, top_k)
