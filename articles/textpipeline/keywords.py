"""TF-IDF keywords from words the segmenter already produced.

Uses jieba's bundled IDF table (loaded once per process) and the project stop
list; no re-segmentation, unlike ``jieba.analyse.extract_tags``.
"""

from __future__ import annotations

import re
import statistics
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import accumulate, pairwise
from pathlib import Path

from .punctuation import ADDRESS
from .regions_not_places import _POSTS as POSTS_BEFORE_NAMES
from .segment import DATA_DIR, normalize, read_word_list
from .shapes_lists import is_reference_entry
from .shapes_sections import is_box_heading, is_plain_box_heading
from .surnames import NAME_HEADS, has_surname

STOP_WORDS = DATA_DIR / "stop_words.txt"
_VERDICT_LIMIT = 500_000


def _jieba_idf_path() -> Path:
    """jieba/analyse/idf.txt, found without importing jieba.analyse (which loads posseg)."""
    import importlib.util

    return Path(importlib.util.find_spec("jieba").origin).parent / "analyse" / "idf.txt"


class CompactIdf:
    """A read-only word → IDF table in three flat buffers (~10 MB for jieba's 270,000 words, not ~40 MB).

    The words are sorted UTF-8 in one bytes object, found by binary search; the
    extractor asks each distinct word once (it memoises), so the search costs
    nothing measurable. ``get`` and ``values`` behave as a dict's would.
    """

    def __init__(self, lines: Iterable[bytes]):
        entries: dict[bytes, float] = {}
        for line in lines:  # as the dict it replaces: a later line for the same word wins
            word, _, value = line.rstrip(b"\n").partition(b" ")
            if value:
                entries[word] = float(value)
        words = sorted(entries)
        # from lists, not item by item: an array grown one value at a time cost a worker ~0.1 s more
        self._values = array("d", list(map(entries.__getitem__, words)))
        del entries
        self._offsets = array("Q", list(accumulate(map(len, words), initial=0)))  # where each word starts
        self._blob = b"".join(words)

    @classmethod
    def from_file(cls, path: Path) -> CompactIdf:
        with path.open("rb") as f:
            return cls(f)

    def __len__(self) -> int:
        return len(self._values)

    def values(self) -> array:
        return self._values

    def get(self, word: str, default: float | None = None) -> float | None:
        key = word.encode("utf-8")
        blob, offsets = self._blob, self._offsets
        lo, hi = 0, len(self._values)
        while lo < hi:
            mid = (lo + hi) // 2
            if blob[offsets[mid] : offsets[mid + 1]] < key:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(self._values) and blob[offsets[lo] : offsets[lo + 1]] == key:
            return self._values[lo]
        return default


# What is left of 2000余份 or 30多名 after the number: 余份, 多名, 余万元 (余热, 多元 stay words).
# 万余人次, 亿人 (5万余人次, 1亿人), and counts in words: 三届, 五次, 第三十七届.
_UNITS = "份人名家个场次种项条所位批期篇件台辆吨亩户元册株头只棵"
_QUANTITY = re.compile(
    rf"^余[万千百亿]?[{_UNITS}](?:次|元)?$|^多[名人家个次项位场批]$|^[万千百亿]余?[{_UNITS}](?:次|元)?$"
    r"|^第?[一二三四五六七八九十百千零〇两]+[届次期批轮名位项]$"
    r"|^余[年天]$"  # 20余年, 10余天 (余年, old age, is no topic after a number either)
)
# A date's or a time's pieces: 十五日, 辛丑年, 廿二, 星期五, 周五, 今天上午, 上午, 总第 (a masthead's 总第215期),
# and those of a date in numerals: 二〇〇九年三月十六日 is cut as 二 / 〇 / 〇 / 九年 / 三月 / 十六日
_DATE_PIECE = re.compile(
    r"^(?:[一二三四五六七八九十廿]+[日号]|[〇○零一二三四五六七八九十]+年|(?:[一二三四五六七八九十]|十[一二]|正|腊)月"
    r"|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年|廿[一二三四五六七八九]"
    r"|星期[一二三四五六日天]|周[一二三四五六日]|(?:今天|昨天|明天|前天|当天|次日)?(?:上午|下午|中午|晚上|凌晨|早上)|总第)$"
)
# 年区, 日至, 年底: a date's last character glued to the word after it (3月5日至7日, 2021年区科协)
_AFTER_A_DATE = frozenset("至到起前后区县市内以来度底初中末")
# Two characters a segmenter glued across a word's edge: 委在 (农业农村委 在), 之春 (科技 之春).
_GLUED = re.compile(r"^(?:[之的了在于].|.[在的了将把被从向于])$")


# A word jieba does not know that opens with a preposition or particle was glued to the name after
# it: 在炳草 (在 炳草岗街道), 的龙溪 (的 龙溪街道). Known words (在线, 将来) keep their place.
_FUNCTION_FIRST = frozenset("在的了于从向把被将")


# Characters that bind a clause, not name a topic. A word neither jieba's tables nor the project's know,
# holding one, is the segmenter's guess at characters it could not place (由市, 时应, 还成, 张三说): two
# words glued together. A name keeps such a character inside (孙其峰), behind its surname.
_GRAMMAR_CHARS = frozenset("只各以及所仍且为著要说越作到进从由些时前还更个是约常都也就被把将对与和或等其该此这那很再又已曾")


# The last character of a town's or township's name: a guess opening with it took it from the name before
# (中益乡华溪村 cut as 中益 + 乡华溪村, 曲尺乡脆李 as 曲尺 + 乡脆 + 李). Known words (乡村, 镇政府) keep their place.
_TOWN_ENDS = frozenset("乡镇")


# The last character of a district's or an area's name (高烈度区, 示范区, 武胜县): a guess opening with it took it
# from the name before (高烈度区大跨桥梁 cut as 烈度 + 区大 + 跨). Known words (区县, 县城) keep their place.
_AREA_ENDS = frozenset("区县")


# Where a town's name stands: after a place's preposition (在勒乌镇) or its county's or city's name (武胜县沿口镇).
_PLACE_PREPOSITIONS = frozenset("在到赴至于")
_LEVEL_ENDS = frozenset("县区市州")


def _with_whole_names(words: Sequence[str]) -> list[str]:
    """``words`` with the names the segmenter cut made one word again: a town's cut after its first
    character (口镇 of 武胜县沿口镇 and 乌镇 of 在勒乌镇, a town of 浙江, were keywords), a village's cut
    from its 村 (花台 of 花台村) and a medical discipline's from its 学 (神经病 of 神经病学, an insult)."""
    if not _may_hold_cut_names(words):
        return list(words)
    out: list[str] = []
    for word in words:
        town = word[-1:] in _TOWN_ENDS and len(out) >= 2 and _cut_town(out[-2], out[-1], word)  # the cheap test first
        if town or (out and word in _NAME_SUFFIXES and _cut_suffix(out[-1], word)):  # (a lone 村 or 学 only)
            out[-1] += word
        else:
            out.append(word)
    return out


# A lone character that ends the name before it: a village's (花台 + 村) or a discipline's (神经病 + 学)
_NAME_SUFFIXES = {"村": "", "学": "病"}


def _may_hold_cut_names(words: Sequence[str]) -> bool:
    """Whether ``_with_whole_names`` may join any of ``words``: one ends in 镇 or 乡, or is a lone 村 or 学.
    Most texts have none: two scans in C spare them the loop over every word."""
    text = "".join(words)
    return "镇" in text or "乡" in text or not _NAME_SUFFIXES.keys().isdisjoint(words)


def _cut_suffix(name: str, lone: str) -> bool:
    """Whether a lone 村 or 学 is the end of the name before it: a name of two or more characters with no
    grammar in it (这个 + 村 is none) and, before 学, a disease's (神经病, 传染病)."""
    ending = _NAME_SUFFIXES.get(lone)
    return (
        ending is not None and len(name) >= 2 and name.endswith(ending)
        and all("\u4e00" <= ch <= "\u9fff" and ch not in _GRAMMAR_CHARS for ch in name)
        and name[0] not in _FUNCTION_FIRST
    )


# The commonest surnames that seldom stand alone as a word of their own (高, 黄, 方, 万 and 全 often do, and
# so do 周 a week, 曾 "once" and 任 "serve as")
_COMMON_SURNAMES = frozenset(
    "王李张刘陈杨赵吴徐孙朱胡郭何罗郑梁谢宋唐许韩冯邓曹彭肖董袁潘蒋蔡杜程苏魏吕丁沈姚卢姜崔钟谭陆汪"
    "范廖贾韦邹孟熊秦邱尹薛闫段侯陶黎贺顾郝龚邵严覃戴莫岳"
    "夏傅付雷乔赖聂孔邢"
)


def _cut_given_names(words: Sequence[str]) -> set[str]:
    """The pieces of people's names the segmenter cut: two-character words that only ever follow a lone
    common surname (彭 / 东林, 李 / 春华, 程 / 大禾), and a Yi or Tibetan name's head with the rest cut from
    it, both (吉克 / 阿依: 吉克 and 阿依 were keywords). No topic of their own. A surname after another lone
    character is a word's end (脆 / 李 / 种植: 脆李), one after a number a measure (625 / 张 / 复工): where
    one such name is cut so, the same name after a lone word (的 / 程 / 大禾) is a name too; after a post any
    surname opens a name (副理事长 / 黄 / 美玲: 黄 stands alone as a word too). A name holds no
    grammar (陈平 / 等) and ends in no level of place (彭山区 cut as 彭 / 山区)."""
    if NAME_HEADS.isdisjoint(words) and _COMMON_SURNAMES.isdisjoint(words) and not _has_post(words):
        return set()  # no word a name may follow (most texts): no name was cut
    after_surname: set[str] = set()
    elsewhere: set[str] = set()
    heads: set[str] = set()
    before, previous = "", ""
    for word in words:
        if len(word) == 2:
            may_be_named = (
                word[0] not in _GRAMMAR_CHARS and word[1] not in _GRAMMAR_CHARS
                and word[1] not in _LEVEL_ENDS and word[1] not in _TOWN_ENDS
            )
            if may_be_named and previous in NAME_HEADS:
                after_surname.add(word)
                heads.add(previous)
            elif may_be_named and len(previous) == 1 and previous in _COMMON_SURNAMES:
                if len(before) != 1 and not before[-1:].isdigit():
                    after_surname.add(word)
            elif may_be_named and len(previous) == 1 and has_surname(previous):
                if before.endswith(POSTS_BEFORE_NAMES):
                    after_surname.add(word)  # 副理事长 / 黄 / 美玲: any surname after a post opens a name
            else:
                elsewhere.add(word)
        before, previous = previous, word
    given = after_surname - elsewhere
    return given | {head for head in heads if given}


def _has_post(words: Sequence[str]) -> bool:
    """Whether a post printed before a person's name (副理事长, 教授) is among ``words``."""
    return any(word.endswith(POSTS_BEFORE_NAMES) for word in words if len(word) >= 2)


def _may_end_a_name(lone: str) -> bool:
    """A lone Chinese character that may be a given name's last (新 of 王焰新): no grammar, no credit (摄)."""
    return (
        len(lone) == 1 and "\u4e00" <= lone <= "\u9fff" and lone not in _GRAMMAR_CHARS
        and lone not in _FUNCTION_FIRST and lone not in _NOT_NAME_ENDS
    )


# What a person named in a story does right after the name: 王成刚当选为主席 is 王成 / 刚 / 当选 (刚 read as "just"),
# 罗文娟说 罗文 / 娟 / 说; a lone character between a surname's word and one of these ends the name, even where
# jieba knows the two-character head (王成, 罗文) as a name of its own
_PERSONS_VERBS = frozenset(
    ["说", "表示", "介绍", "指出", "认为", "强调", "当选", "出席", "主持", "担任", "告诉", "坦言", "回忆", "笑", "把", "带领", "发言", "致辞", "讲话", "获得", "荣获"]
)
# An adverb between a name and its verb (张华亦指出, 李明均出席): no name's last character
_ADVERBS = frozenset("则亦便却均皆即先")
# What follows a name and is no part of it: a credit (刘芸 摄), a speech verb, a plural
_NOT_NAME_ENDS = frozenset("摄讲称道问答们")


def _after_a_count(words: Sequence[str]) -> set[str]:
    """The words that open with a measure word right after a number: 3 + 家海智 (新设立3家海智计划工作站), 12 +
    名青年. Where no table knows one, the segmenter glued the count's measure to the word after it."""
    return {
        word for before, word in pairwise(words)
        if len(word) >= 2 and word[0] in _UNITS and before[-1:].isdigit()
    }


def _cut_town(slot: str, lone: str, word: str) -> bool:
    """Whether a lone character and a word ending in 镇 or 乡 after a place's ``slot`` are one town's name:
    沿 + 口镇 after 武胜县, not 和 + 乡镇 or 的 + 故乡 (grammar, or a word of the suffix's own)."""
    return (
        len(word) >= 2 and word[-1] in _TOWN_ENDS and word[0] not in _TOWN_ENDS
        and len(lone) == 1 and "\u4e00" <= lone <= "\u9fff"
        and lone not in _GRAMMAR_CHARS and lone not in _FUNCTION_FIRST and lone not in _TOWN_ENDS
        and (slot in _PLACE_PREPOSITIONS or (len(slot) >= 2 and slot[-1] in _LEVEL_ENDS))
    )


def _glued_guess(word: str) -> bool:
    """An unknown word with a grammatical character (at an edge, or anywhere when no surname opens it),
    or opening with a town's, a district's or an area's last character."""
    if word[0] in _TOWN_ENDS or word[0] in _AREA_ENDS:
        return True
    if not any(ch in _GRAMMAR_CHARS for ch in word):
        return False
    if has_surname(word) and len(word) >= 3:
        return word[-1] in _GRAMMAR_CHARS  # 张三说: a name and the verb after it
    return True


class KeywordExtractor:
    """Rank words by term frequency × inverse document frequency."""

    def __init__(self, idf: Mapping[str, float] | CompactIdf, stop_words: Iterable[str]):
        self.idf = idf
        self.default_idf = statistics.median(idf.values()) if len(idf) else 10.0
        self.stop_words = frozenset(normalize(w) for w in stop_words)
        self._idfs: dict[str, float | None] = {}  # per word seen: its IDF, None if not a candidate
        self._glued: set[str] = set()  # the words seen that no table knows and that glue grammar on

    def is_candidate(self, word: str) -> bool:
        """At least two characters, not a number, not a stop word, has a CJK or Latin letter."""
        return (
            len(word) >= 2
            and word not in self.stop_words
            and not (word.isascii() and word.lower() in self.stop_words)  # On, The in an English name
            and any(ch.isalpha() for ch in word)
            and not word.replace(".", "").replace("%", "").isdigit()
            and not _QUANTITY.match(word)
            and not _GLUED.match(word)
            and not _DATE_PIECE.match(word)
            and not _ORDINAL.match(word)
            and not (len(word) == 2 and word[0] in "年月日" and (self.idf.get(word) is None or word[1] in _AFTER_A_DATE))
            and not (len(word) > 2 and word[0] in _FUNCTION_FIRST and self.idf.get(word) is None)
        )

    def _with_whole_three_character_names(
        self, words: Sequence[str], known: Callable[[str], bool] | None
    ) -> Sequence[str]:
        """``words`` with a three-character name the segmenter cut before its last character made whole again:
        王焰 + 新 each of the two or more times 王焰新 is named (王焰 was a keyword). A common surname and one
        character no table knows, always followed by the same lone character that is no grammar (王焰新说 is
        王焰 / 新 / 说), is such a name's head; 记者 刘芸 摄 keeps its credit apart. So is a surname's word whose lone
        character is followed by what a person does (王成 / 刚 / 当选), once is enough, known head or not; an
        adverb there (张华 / 亦 / 指出) is no name's end."""
        followers: dict[str, list[str]] = {}
        acting: set[str] = set()  # heads whose lone character is followed by what a person does (当选, 说)
        for index, (word, after) in enumerate(pairwise(words)):
            if len(word) == 2 and word[0] in _COMMON_SURNAMES:
                followers.setdefault(word, []).append(after)
                if index + 2 < len(words) and words[index + 2] in _PERSONS_VERBS and after not in _ADVERBS:
                    acting.add(word)
        if not followers:
            return words
        heads = {
            word: afters[0] for word, afters in followers.items()
            if len(set(afters)) == 1 and _may_end_a_name(afters[0]) and (
                word in acting
                or (len(afters) >= 2 and self.idf.get(word) is None and not (known is not None and known(word)))
            )
        }
        if not heads or any(words[-1] == head for head in heads):
            return words  # a head with nothing after it once is no cut name
        out: list[str] = []
        skip = False
        for index, word in enumerate(words):
            if skip:
                skip = False
                continue
            if word in heads and index + 1 < len(words):
                out.append(word + words[index + 1])
                skip = True
            else:
                out.append(word)
        return out

    def keywords(self, words: Sequence[str], top_k: int = 8, *, known: Callable[[str], bool] | None = None) -> list[str]:
        """Top ``top_k`` words by TF-IDF; ties broken by first appearance.

        ``known`` tells the words the segmenter's dictionary has (the project's and the tables' names
        too); without it every word counts as known. A word that is neither known nor in the IDF table
        was guessed by the segmenter and is dropped when it glues a grammatical character on.
        """
        # A Counter keeps first-appearance order and sorted() is stable: ties stay in that order.
        idfs, glued = self._idfs, self._glued
        if len(idfs) > _VERDICT_LIMIT:
            idfs.clear()
            glued.clear()
        counted = _after_a_count(words)
        counts = Counter(_with_whole_names(self._with_whole_three_character_names(words, known)))
        for given_name in _cut_given_names(words):
            counts.pop(given_name, None)
        for word in [word for word in counts if word not in idfs]:
            if not self.is_candidate(word):
                idfs[word] = None
                continue
            idf = self.idf.get(word)
            if idf is None:  # the segmenter's guess, or a name the tables gave it
                idf = self.default_idf
                if _glued_guess(word):
                    glued.add(word)
            idfs[word] = idf
        scores = {word: -count * idf for word, count in counts.items() if (idf := idfs[word]) is not None}
        if known is not None and glued:
            for word in glued.intersection(scores):
                if not known(word):  # asked each time: an editor's new name counts at once
                    del scores[word]
        if known is not None and counted:
            for word in counted.intersection(scores):
                if self.idf.get(word) is None and not known(word):
                    del scores[word]
        return sorted(scores, key=scores.__getitem__)[:top_k]


def words_outside_links(words: Sequence[str], text: str) -> Sequence[str]:
    """``words`` without those found only inside the web and e-mail addresses of ``text``: their pieces
    (http, www.sckx.org.cn, the mailbox's name) are no topic."""
    if "@" not in text and "://" not in text and "www." not in text:
        return words
    links = ADDRESS.findall(text)
    if not links:
        return words
    rest = ADDRESS.sub(" ", text)
    return [word for word in words if word in rest or not any(word in link for link in links)]


def words_outside_references(words: Sequence[str], blocks: Sequence[str], text: str) -> Sequence[str]:
    """``words`` without those found only in the reference list among ``blocks`` (参考文献 over [1] 王五.
    航空复合材料应用[M]. 北京: 航空工业出版社, 2018.): the cited works' authors and publishers are no topic of
    the story. ``text`` is the item's normalized text, which holds the blocks."""
    references = [
        normalize(block) for index, block in enumerate(blocks)
        if is_reference_entry(block) or (
            index + 1 < len(blocks) and is_reference_entry(blocks[index + 1])
            and (is_plain_box_heading(block) or is_box_heading(block))
        )
    ]
    if not references:
        return words
    rest = text
    for reference in references:
        rest = rest.replace(reference, " ")
    return [word for word in words if word in rest or not any(word in reference for reference in references)]


# 2nd, 21st: an English ordinal, no topic
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
# Three or more English words in a row: a translated name in brackets, an abstract, a quoted title; and
# two in brackets, a person's name after the Chinese one (李俊浩（Lee Jun-ho）)
_ENGLISH_RUN = re.compile(
    r"[A-Za-z][A-Za-z'’-]*(?:[ ,.:;&/]+[A-Za-z0-9][A-Za-z0-9'’-]*){2,}"
    r"|(?<=[（(])[A-Za-z][A-Za-z'’-]*(?: [A-Za-z][A-Za-z'’-]*)+(?=[）)])"
)
# A*STAR: an acronym with a star inside, whose pieces (STAR) name nothing alone
_STARRED = re.compile(r"[A-Za-z0-9]+(?:\*[A-Za-z0-9]+)+")
_RUN_WORD = re.compile(r"[A-Za-z0-9'’-]+")
_LATIN_LETTER = re.compile(r"[a-z]", re.IGNORECASE)  # whether a text has English at all (most have none)
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]+")  # ICIMAM, IEEE, BOE: it names a thing, wherever it stands


def words_outside_english_runs(words: Sequence[str], text: str) -> Sequence[str]:
    """``words`` (lowercased) without the English words found only inside runs of English in ``text``
    (as printed): the words of a translated name or an abstract (Intelligent, Manufacturing, solar) are
    no topic a Chinese reader searches for; an acronym among them, or an English word the Chinese text
    uses on its own (Python, AI), still is."""
    runs = _ENGLISH_RUN.findall(text) if _LATIN_LETTER.search(text) else []
    inside = {
        word.lower() for run in runs for word in _RUN_WORD.findall(run) if not _ACRONYM.fullmatch(word)
    }
    if "*" in text:
        inside.update(word.lower() for starred in _STARRED.findall(text) for word in _RUN_WORD.findall(starred))
    if not inside:
        return words
    rest = _STARRED.sub(" ", _ENGLISH_RUN.sub(" ", text)).lower()
    used_alone = {word for word in inside if re.search(rf"(?<![a-z0-9]){re.escape(word)}(?![a-z0-9])", rest)}
    return [word for word in words if word not in inside or word in used_alone]


# A Latin word printed with a letter or a figure beyond ASCII: Müller, CO₂, m², 1.8×10⁵
_MARKED_LATIN = re.compile(r"[A-Za-z0-9]*[\u00c0-\u024f\u00b2\u00b3\u00b9\u2070-\u209f][A-Za-z0-9\u00c0-\u024f\u00b2\u00b3\u00b9\u2070-\u209f]*")
_MARKED_LATIN_CHAR = re.compile(r"[\u00c0-\u024f\u00b2\u00b3\u00b9\u2070-\u209f]")
_ASCII_PIECE = re.compile(r"[a-z0-9]+")


def words_outside_marked_latin(words: Sequence[str], printed: str) -> Sequence[str]:
    """``words`` without the ASCII pieces of Latin words ``printed`` with a letter or figure beyond ASCII,
    unless the text also writes the piece as a word of its own: the segmenter cuts Müller at its ü (ller),
    and a sub- or superscript makes a formula or a unit's symbol (CO₂, m² become CO2, m2), no topic."""
    if not _MARKED_LATIN_CHAR.search(printed):
        return words
    marked = _MARKED_LATIN.findall(printed)
    pieces = {piece for word in marked for piece in _ASCII_PIECE.findall(normalize(word))}
    if not pieces:
        return words
    rest = normalize(_MARKED_LATIN.sub(" ", printed))
    used_alone = {piece for piece in pieces if re.search(rf"(?<![a-z0-9]){re.escape(piece)}(?![a-z0-9])", rest)}
    return [word for word in words if word not in pieces or word in used_alone]


def one_word_per_body(words: Sequence[str], bodies: Iterable[Iterable[str]]) -> list[str]:
    """``words`` (keywords, best first) with one name of each body, its longest among them, at the best rank of
    any: 重庆长城汽车有限公司 and its trade name 长城汽车, 重庆市科协 and 市科协 are one body, which two keywords of
    eight would name twice (the full name is the one a reader knows it by alone). ``bodies`` holds each body's
    names, in the form of ``words``; draw ``words`` one beyond the count kept for each body of two names, so
    that a name folded into its body's other leaves its slot to the next word (``keywords_one_per_body``)."""
    other_names: dict[str, set[str]] = {}
    for names in bodies:
        names = set(filter(None, names))
        if len(names) > 1:
            for name in names:
                other_names.setdefault(name, set()).update(names - {name})
    if not other_names:
        return list(words)
    listed = set(words)
    kept: list[str] = []
    done: set[str] = set()
    for word in words:
        if word in done:
            continue
        names = {word, *other_names.get(word, set()).intersection(listed)}
        done.update(names)
        kept.append(max(names, key=lambda name: (len(name), name == word)))
    return kept


@lru_cache(maxsize=1)
def default_extractor() -> KeywordExtractor:
    """The extractor with jieba's IDF table and the project stop list (built once)."""
    return KeywordExtractor(CompactIdf.from_file(_jieba_idf_path()), (w for w, _ in read_word_list(STOP_WORDS)))


def keywords(words: Sequence[str], top_k: int = 8, *, known: Callable[[str], bool] | None = None) -> list[str]:
    """TF-IDF keywords of precise-mode ``words`` (``Segmenter.analyze(text).words``)."""
    return default_extractor().keywords(words, top_k, known=known)


def keywords_one_per_body(
    words: Sequence[str], bodies: Sequence[Sequence[str]], top_k: int = 8, *, known: Callable[[str], bool] | None = None
) -> list[str]:
    """``keywords`` naming each body once (``one_word_per_body``), still ``top_k`` of them: a trade name folded
    into its body's full name gives its slot to the next word (重庆大学, the story's other party), not to none."""
    doubles = sum(1 for names in bodies if len(set(filter(None, names))) > 1)
    return one_word_per_body(keywords(words, top_k + doubles, known=known), bodies)[:top_k]
