"""One Chinese tokenizer for indexing, queries, keywords and themes.

``Segmenter`` wraps its own dictionary instance (rjieba when installed, else
``jieba.Tokenizer``; both use jieba's dictionary) with the project word list
and the names an editor keeps in the Region and Organization tables, so a new
name segments correctly without a code change.

Text is segmented once per item: ``analyze()`` returns the precise-mode
*words* (for keywords and themes) and the search-mode *tokens* (for the
full-text index), the latter derived from the former by a memoised expansion
into dictionary sub-words (成渝地区双城经济圈 → 成渝, 双城, 经济圈, 双城经济圈…).

rjieba is chosen by measurement: same dictionary and user-word support
(``add_word``), about 15× faster than jieba on these pages. The two differ on a
few tokens (rjieba keeps ``2020-03-25`` whole), so rebuild the index after
switching backend: the same backend must tokenize the index and the queries.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, chain, compress
from operator import itemgetter
from pathlib import Path

from articles.textpipeline.segment_joins import (
    PARTICLES,
    edge_particles_apart,
    in_the_index,
    joinable,
    particles_apart,
    runs_joined,
    runs_round,
)
from articles.textpipeline.surnames import has_long_name_head, has_surname

DATA_DIR = Path(__file__).parent / "data"
PROJECT_WORDS = DATA_DIR / "project_words.txt"
_MEMO_LIMIT = 500_000


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


_FREQUENT_WIDE = "，：；（）！？…　"  # the compatibility characters Chinese text is full of


@lru_cache(maxsize=1)
def _nfkc_shortcuts() -> tuple[dict[str, str], re.Pattern]:
    """BMP characters whose NFKC form is their compatibility decomposition (，→ , Ａ → A, … → ...)."""
    table = {}
    for code in range(0x10000):
        char = chr(code)
        decomposed = unicodedata.normalize("NFKD", char)
        if decomposed != char and unicodedata.normalize("NFKC", char) == decomposed:
            table[char] = decomposed
    return table, re.compile("[" + "".join(re.escape(char) for char in table) + "]")


def nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, about 20× faster on Chinese text.

    Replacing a character by its full compatibility decomposition leaves the
    NFKC form unchanged, so the common full-width forms are replaced by regex
    first; only text that is still not NFKC afterwards pays for the general
    algorithm.
    """
    if unicodedata.is_normalized("NFKC", text):
        return text
    table, pattern = _nfkc_shortcuts()
    for char in _FREQUENT_WIDE:  # str.replace is far cheaper than a regex callback per comma
        if char in text:
            text = text.replace(char, table[char])
    if pattern.search(text):
        text = pattern.sub(lambda match: table[match.group()], text)
    if unicodedata.is_normalized("NFKC", text):
        return text
    return unicodedata.normalize("NFKC", text)


def simplify(text: str) -> str:
    """Full-width forms to ASCII (NFKC) and traditional to simplified, case kept (names are shown)."""
    return _t2s().convert(nfkc(text))


@lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def traditional(text: str) -> str:
    """Simplified characters to traditional (科协 → 科協): the form a traditional page prints a name in."""
    return _s2t().convert(text)


def normalize(text: str) -> str:
    """Full-width forms to ASCII (NFKC), traditional to simplified, Latin lowercased."""
    return simplify(text).lower()


def read_word_list(path: Path) -> list[tuple[str, int | None]]:
    """Read ``word [freq]`` lines, skipping blanks and ``#`` comments."""
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word, _, freq = line.partition(" ")
        entries.append((word, int(freq) if freq.strip().isdigit() else None))
    return entries


@dataclass(frozen=True)
class Segmented:
    """Precise-mode words (no punctuation) and search-mode index tokens of one text."""

    words: list[str]
    tokens: list[str]
    cut: list[str] = field(default_factory=list)  # every piece in order, punctuation too: word bounds

    def word_ends(self) -> set[int]:
        """Offsets in the segmented text where a word ends: a theme term must respect them."""
        return set(accumulate(map(len, self.cut)))


def _joined_names(cut: list[str], names: Iterable[str]) -> list[tuple[int, int, str]]:
    """Where whole pieces of ``cut`` spell one of ``names``: (first piece, end piece, name), in order,
    longest names first where two overlap. Found with ``str.find`` in the joined text, then mapped to
    pieces by their offsets (a Python loop over every piece cost the analysis ~10 %)."""
    names = sorted({name for name in names if len(name) >= 2}, key=len, reverse=True)
    if not names:
        return []
    text = "".join(cut)
    found: list[tuple[int, int, str]] = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            found.append((at, at + len(name), name))
            at = text.find(name, at + len(name))
    if not found:
        return []
    offsets = list(accumulate(map(len, cut), initial=0))  # where each piece starts (and the text ends)
    joined: list[tuple[int, int, str]] = []
    taken = -1
    for start, end, name in sorted(found, key=lambda hit: (hit[0], hit[0] - hit[1])):
        first, last = bisect_left(offsets, start), bisect_left(offsets, end)
        if offsets[first] != start or offsets[last] != end or last - first < 2 or start < taken:
            continue  # not on the pieces' bounds, one piece already, or inside a longer name
        joined.append((first, last, name))
        taken = end
    return joined


# A character that makes a noun of the word before it (银行业, 中学校, 科学家, 教育界): a name the piece runs on
# past with one is another word's part there (世界银行业 is the world's banking, 世界银行 not named)
_NOUN_ENDS = frozenset("业性化界者家校")


def _opens_after(text: str, piece_start: int, at: int, name: str) -> bool:
    """Whether a name opens after the start of the piece it begins inside: always, but for a short name
    opening with its level (市科协, 市预防医学会), only after a particle (从市 / 科协): 达州市 of 达州市预防医学会
    is the place the level belongs to."""
    return name[0] not in _LEVEL_SET or (at - piece_start == 1 and text[piece_start] in PARTICLES)


def _cut_at_name_edges(cut: list[str], names: Iterable[str], recut) -> list[str]:
    """``cut`` with a piece that runs across the edge of a name found in the text cut there, its part
    outside the name cut again (``recut``): 万州区 / 科 / 协作 of 万州区科协作交流发言 is 万州区 / 科 / 协 / 作
    (nobody cooperated), 市 / 农业 / 农村 / 局在丽春镇 of 市农业农村局在丽春镇 is … 局 / 在 / 丽春镇. Only where the
    cut agrees with the name's other edge; a piece holding a whole name (重庆市科协 for 市科协) stays, and so does
    a place before a body's short name opening with its level (达州市 of 达州市预防医学会 for 市预防医学会)."""
    text = "".join(cut)
    offsets = list(accumulate(map(len, cut), initial=0))
    edges: dict[int, set[int]] = {}  # piece → offsets inside it where a name starts or ends
    for name in {name for name in names if len(name) >= 2}:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            first, last = bisect_left(offsets, at), bisect_left(offsets, end)
            on_start, on_end = offsets[first] == at, offsets[last] == end
            if on_start and not on_end and last - 1 > first and text[end] not in _NOUN_ENDS:
                edges.setdefault(last - 1, set()).add(end)  # the name's last piece runs on past it
            elif on_end and not on_start and last > first and _opens_after(text, offsets[first - 1], at, name):
                edges.setdefault(first - 1, set()).add(at)  # its first piece began before it
            at = text.find(name, end)
    if not edges:
        return cut
    out: list[str] = []
    for index, piece in enumerate(cut):
        inside = edges.get(index)
        if not inside:
            out.append(piece)
            continue
        start = offsets[index]
        bounds = [start, *sorted(inside), start + len(piece)]
        for part_start, part_end in zip(bounds, bounds[1:], strict=False):
            out += recut(text[part_start:part_end])
    return out


class _RJiebaBackend:
    name = "rjieba"

    def __init__(self):
        import rjieba

        self._jieba = rjieba.Jieba()
        self.cut = self._jieba.cut
        self.has_word = self._jieba.has_word

    def add_word(self, word: str, freq: int | None) -> None:
        self._jieba.add_word(word, freq, None)


class _JiebaBackend:
    name = "jieba"

    def __init__(self):
        import jieba

        jieba.setLogLevel(logging.WARNING)
        self._tk = jieba.Tokenizer()
        self._tk.initialize()
        self.cut = self._tk.lcut

    def has_word(self, word: str) -> bool:
        return bool(self._tk.FREQ.get(word))

    def add_word(self, word: str, freq: int | None) -> None:
        self._tk.add_word(word, freq)


def _make_backend(name: str | None):
    if name in (None, "rjieba"):
        try:
            return _RJiebaBackend()
        except ImportError:
            if name == "rjieba":
                raise
    return _JiebaBackend()


class Segmenter:
    """Segment Chinese text the same way for the index, the search box and enrichment."""

    def __init__(self, user_words: Iterable[str] = (), *, backend: str | None = None):
        self._backend = _make_backend(backend)
        self.backend = self._backend.name
        for word, freq in read_word_list(PROJECT_WORDS):
            self.add_word(word, freq)
        for word in user_words:
            self.add_word(word)
        self._memo: dict[str, tuple[str, ...]] = {}

    def add_word(self, word: str, freq: int | None = None) -> None:
        """Teach the dictionary one word (normalized like the text it will meet)."""
        word = normalize(word.strip())
        if len(word) >= 2 and not any(ch.isspace() for ch in word):
            self._backend.add_word(word, freq)
            self._memo = {}

    def has_word(self, word: str) -> bool:
        """The dictionary knows ``word`` (jieba's, the project's or a table's), as normalized text."""
        return bool(self._backend.has_word(word))

    def analyze(self, text: str, *, normalized: str | None = None, names: Iterable[str] = ()) -> Segmented:
        """Normalize and segment once; return words and index tokens.

        ``normalized`` is ``normalize(text)`` when the caller already has it. ``names`` (normalized)
        are names found in this text that the dictionary may not hold yet (a body the import is
        about to add to the tables): where the cut split one (西南 + 大学), the pieces make one
        word, and the name is an index token beside theirs, as the tables' segmenter will cut a
        query for it. The word bounds (``cut``) stay the dictionary's.
        """
        memo = self._memo
        if len(memo) > _MEMO_LIMIT:
            memo.clear()
        cut = dictionary_cut = self._backend.cut(normalize(text) if normalized is None else normalized)
        if names:
            cut = _cut_at_name_edges(cut, names, self._backend.cut)
        expansions = list(map(memo.get, cut))
        if None in expansions:  # words not seen before
            for index, word in enumerate(cut):
                if expansions[index] is None:
                    expansion = memo.get(word)  # a new word may occur twice in one text
                    if expansion is None:
                        expansion = memo[word] = self._expand(word)
                    expansions[index] = expansion
        joined = _joined_names(cut, names) if names else []
        if not joined:
            tokens = list(chain.from_iterable(expansions))
            tokens += self._joins(cut)
            return Segmented(list(compress(cut, expansions)), tokens, dictionary_cut)
        words: list[str] = []
        tokens: list[str] = []
        done = 0
        for at, end, name in joined:  # copy the stretches between names whole; a name after its pieces
            words += compress(cut[done:at], expansions[done:at])
            pieces = list(chain.from_iterable(expansions[at:end]))
            tokens += chain.from_iterable(expansions[done:at])
            tokens += pieces
            words.append(name)
            name_tokens = memo.get(name)
            if name_tokens is None:
                name_tokens = memo[name] = self._expand(name)
            # As if the dictionary knew the name: its sub-words across the pieces too (区科协 in 北碚区科协).
            tokens += (token for token in name_tokens if token not in pieces)
            done = end
        words += compress(cut[done:], expansions[done:])
        tokens += chain.from_iterable(expansions[done:])
        tokens += self._joins(cut)
        return Segmented(words, tokens, dictionary_cut)

    def tokens(self, text: str, *, names: Iterable[str] = ()) -> list[str]:
        """Search-mode tokens for the full-text index (sub-words included); ``names``: see ``analyze``."""
        return self.analyze(text, names=names).tokens

    def query_tokens(self, q: str) -> list[str]:
        """Precise-mode tokens of a search query, deduplicated in order.

        Every precise word of a text is also among its index tokens, so a query
        matches wherever the text segments the same way, with fewer terms to fail.
        A character the dictionary leaves alone is looked up with its neighbours, as the
        shortest join the index holds (``_joins``): 川渝 (cut 川 + 渝) as 川渝, 市科协 as 市科协,
        大模型 as 大模型, not as 川 and 渝 wherever each stands in some other word's place.

        A particle at either end of a query of several words, cut into one word with the character
        beside it (以大模型为代表 → 以大 + 模型 …), may belong to the story's word before or after it
        (所以/大/模型): it is no token, and the character stands alone (``particles_apart``), so the
        query is looked up as 大模型 + 为 + 代表, which the index holds wherever the story prints it.
        """
        cut = self._backend.cut(normalize(q))
        ends = [at for at, word in enumerate(cut) if any(ch.isalnum() for ch in word)]
        dropped: set[int] = set()  # the particles cut off at an end: no token
        if len(ends) > 1:
            cut, dropped = edge_particles_apart(cut, ends[0], ends[-1])
        pieces = [(at, word) for at, word in enumerate(cut) if any(ch.isalnum() for ch in word)]
        lengths = list(map(len, cut))
        ok = list(map(joinable, cut))
        covered: dict[int, str] = {}  # piece index → the join that stands for it
        for at, _ in pieces:
            if at in covered or lengths[at] != 1 or not ok[at]:
                continue
            runs = sorted(
                (sum(lengths[start:end]), start, end)
                for start, end in runs_round(at, lengths, ok)
                if in_the_index(cut, start, end, dropped)
            )
            if runs:
                _, start, end = runs[0]
                joined = "".join(cut[start:end])
                for index in range(start, end):
                    covered.setdefault(index, joined)
        return list(dict.fromkeys(covered.get(at, word) for at, word in pieces if at not in dropped))

    def search_text(self, text: str, *, names: Iterable[str] = ()) -> str:
        """Space-joined index tokens, for a 'simple' tsvector or a LIKE fallback."""
        return " ".join(self.tokens(text, names=names))

    def _expand(self, word: str) -> tuple[str, ...]:
        """Sub-words of ``word`` then the word; () for punctuation/space.

        The sub-words are the dictionary's (as jieba's search mode), and in a Chinese word of three
        characters or more also every two characters in a row and a region's level (see
        ``_inner_forms``): a reader's query is cut in precise mode and must find the word inside.
        """
        if not any(ch.isalnum() for ch in word):
            return ()
        n = len(word)
        subs = [
            word[i : i + size]
            for size in range(2, n)
            for i in range(n - size + 1)
            if self._backend.has_word(word[i : i + size])
        ]
        if n >= 3 and _HAN_WORD.fullmatch(word):
            subs += self._inner_forms(word)
        elif n >= 2 and all(ch in _LEVELS for ch in word):  # 区县科协: the 区科协 and the 县科协
            subs += word
        return (*dict.fromkeys(subs), word)

    def _joins(self, cut: list[str]) -> list[str]:
        """Words the dictionary split into a lone character and its neighbours, joined again.

        Where the cut leaves a character alone (川/渝/两地, 大足/区/科协, ai/大/模型, 5/月/18/日), each run
        of two or three characters of whole pieces round it is a token (川渝, 渝两地, 大足区, 区科协,
        大模型, 5月, 月18, 18日): a query cut the same way looks it up whole (``query_tokens``), so 川渝
        is found where a story prints it, not where 川 and 渝 stand in different words, and not in
        四川渝北 (四川 + 渝北: no character alone). The particles (的, 在, 和…) are left out: a query
        holds them rarely and they are in every story. A region's level at a word's end joins the
        next word (重庆市/科协 → 市科协, 两江/新区/科协 → 区科协), as the level does inside a name.
        A character the dictionary joined to a particle (以大/模型, 作为) stands alone too
        (``particles_apart``): 大模型 is found in 以大模型为代表.
        """
        lengths = list(map(len, cut))
        joins = runs_joined(cut, lengths)
        apart, split = particles_apart(cut)
        if split:  # the runs holding the characters apart from their particles too (the others are known)
            known = set(joins)
            runs = runs_joined(apart, list(map(len, apart)), near=split)
            joins += (run for run in runs if run not in known)
        size = len(cut)
        for at in compress(range(size - 1), map(_LEVEL_SET.__contains__, map(itemgetter(-1), cut))):
            following = cut[at + 1]
            if lengths[at] > 1 and lengths[at + 1] <= 2 and _HAN_WORD.fullmatch(cut[at] + following):
                joins.append(cut[at][-1] + following)
        return joins

    def _inner_forms(self, word: str) -> list[str]:
        """The short forms a reader types for what sits inside a longer Chinese word.

        - every two characters in a row, dictionary word or not: 新冠 in 新冠肺炎, 复产 in 复工复产,
          卫协 in 老卫协 (jieba's dictionary predates many of the words the papers print); not in a
          person's name (``_guessed_name``): 王琳 is another person than 王琳琳;
        - a region's level after the name the word starts with, and what follows it: 重庆市科协 → 市,
          市科协; 渝北区 → 区 (not the 区 of 成渝地区…). The region's own papers write 市科协, 区委,
          县政府 for their own bodies, and a precise-mode query cuts 市科协 into 市 + 科协 (or keeps it
          whole where the tables know it), so both forms are tokens of the full name.
        """
        forms = [] if self._guessed_name(word) else [word[i : i + 2] for i in range(len(word) - 1)]
        for at in range(2, len(word)):
            if word[at] in _LEVELS and self._backend.has_word(word[:at]):
                forms.append(word[at])
                if at + 2 < len(word):
                    forms.append(word[at:])
        return forms

    def _guessed_name(self, word: str) -> bool:
        """``word`` is a person's name as the segmenter guesses one: no dictionary word (jieba's hidden
        Markov model joined its characters, or a byline printed it), three characters opening with a
        surname (王琳琳, 张明远) or four opening with a double surname or a Yi or Tibetan name's head
        (欧阳晓丽, 吉克阿呷), and not ending as a place or a body does (荣隆镇, 彭水县: 荣隆 finds the town).
        Two of its characters in a row name another person, or no one."""
        if word[-1] in _PLACE_OR_BODY_ENDS or not (
            len(word) == 3 and has_surname(word) or has_long_name_head(word)
        ):
            return False
        return not self._backend.has_word(word)


_HAN_WORD = re.compile(r"[\u3400-\u9fff]+")
_LEVELS = "省市区县"
_LEVEL_SET = frozenset(_LEVELS)
# How the name of a place or a body ends (荣隆镇, 玉久村, 彭水站): no person's, though a surname opens it.
_PLACE_OR_BODY_ENDS = frozenset("省市区县州镇乡村街道路站院所厂司局办委会协校心部处室组队")
