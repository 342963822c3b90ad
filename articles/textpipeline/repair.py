"""Repairs the machine can prove, and flags for what it cannot.

Run on each assembled item:

* ``remove_duplicates`` keeps a repeated paragraph once, also one whose
  beginning was lost (its remaining tail repeats an earlier paragraph);
* ``flag_doubts`` marks paragraphs that start in mid-sentence, that end
  unfinished at the end of an article, and stray English words inside
  Chinese text (彭水县科协 and 彭水县教委);
* ``normalize_widths`` applies the GB/T 15834 width rules of punctuation.py and drops the stray
  spaces of punctuation_spaces.py;
* ``strip_caption_labels`` takes 图片说明： off a caption (the caption says what it is).

Joining paragraphs cut by column breaks happens while assembling (draft.py).
"""

from __future__ import annotations

import re

from .credits_signatures import is_post_then_name_row, unit_and_names
from .model import PARAGRAPH, SUBHEADING, Block, Caption, Flag, Item, Repair
from .punctuation import (
    FULL_WIDTH_MARKS,
    chinese_quotes_and_stops,
    fullwidth_punctuation,
    halfwidth_alnum,
)
from .punctuation_spaces import stray_spaces
from .shapes import (
    INNER_STOPS,
    ends_sentence,
    is_bullet,
    opens_a_new_sentence,
    stops_mid_word,
    visible_length,
)
from .shapes_lists import (
    ends_a_field_run,
    is_catalogue_line,
    is_cell,
    is_field_line,
    is_keyword_list,
    is_reference_entry,
    is_table_row,
    is_time_slot,
    is_year_entry,
    list_number,
)

# Characters that begin a clause but rarely a sentence: a paragraph starting
# with one probably lost its beginning.
_NON_INITIAL = frozenset("的了着地得们都也之并过吗呢吧啊，,、。；;：:）)”’")
_INITIAL_WORDS = (
    "的确",
    "地方",
    "地区",
    "地处",
    "地震",
    "地铁",
    "地球",
    "地质",  # 地质灾害, 地下水, 地面塌陷: the nouns 应急科普 opens its sentences with
    "地下",
    "地面",
    "地表",
    "地形",
    "地理",
    "和平",
    "和谐",
    "与会",
    "过去",
    "过年",
    "得益",
    "得知",
    "着力",
    "着眼",
    "着重",
    "都市",
    "都江堰",
    "等到",
    "之所以",
    "之后",
    "也就是",
    "也许",
    "并且",
    "及时",
)
_STRAY_LATIN = re.compile(r"[\u4e00-\u9fff]\s*([a-z]{2,12})\s*[\u4e00-\u9fff]")
_MIN_PARTIAL = 15
_VERSE_MIN_LINES, _VERSE_LINE = 6, 16  # lines, and visible characters a line holds at most


# 图片说明：…, 【图注】…: the label a copy keeps before a caption's text
_CAPTION_LABEL = re.compile(r"^(?:[【\[](?:图片说明|图注|图说)[】\]]|(?:图片说明|图注)\s*[:：])\s*")


def strip_caption_labels(item: Item) -> None:
    """A caption without its 图片说明： label; the label is recorded as removed."""
    for at, caption in enumerate(item.captions):
        label = _CAPTION_LABEL.match(caption.text)
        if label is None or label.end() == len(caption.text):
            continue
        item.captions[at] = Caption(caption.text[label.end() :], caption.photographer)
        printed = label.group().strip()
        item.repairs.append(Repair("caption_label", f"图片说明前的标签“{printed}”已去掉", printed))


def remove_duplicates(item: Item) -> None:
    """Drop paragraphs that repeat an earlier one, wholly or as a tail; record each removal."""
    kept: list[Block] = []
    seen: list[str] = []
    for number, block in enumerate(item.blocks, start=1):
        if block.kind != PARAGRAPH:
            kept.append(block)
            continue
        key = paragraph_key(block.text)
        match = None if _may_repeat(block.text, key) else _repeats(key, seen)
        if match is None:
            kept.append(block)
            seen.append(key)
            continue
        if match == "whole":
            item.repairs.append(
                Repair("duplicate_removed", f"删除重复的第{number}段：“{block.text[:16]}…”", block.text)
            )
        else:
            item.repairs.append(
                Repair(
                    "duplicate_removed",
                    f"删除开头缺失的重复段落（第{number}段）：“{block.text[:16]}…”",
                    block.text,
                )
            )
            item.flags.append(
                Flag(
                    "possible_duplicate",
                    f"第{number}段开头与前文不同，其余部分重复，已删除，请核对",
                    block.text[:30],
                )
            )
    item.blocks = kept


def _ends_a_list(paragraphs: list[str]) -> bool:
    """●3月11日 成都市科协启动… under ●3月10日 省科协召开…: the last line of a marked list (a digest's
    headlines) needs no full stop, where the same mark opens the paragraph before it; nor does a CV's
    last year line (2021年 获… under 2005年 任…), nor a numbered list's last row where the row before it took
    no stop either and it is no sentence cut short (2.《…》 作者：刘强（四川华西集团有限公司） under 1.《…》
    作者：周涛（西南交通大学）)."""
    if len(paragraphs) >= 2 and all(is_year_entry(text) for text in paragraphs[-2:]):
        return True
    if (
        len(paragraphs) >= 2
        and _numbers_in_turn(paragraphs[-2], paragraphs[-1])
        and not ends_sentence(paragraphs[-2])
        and not _cut_clause(paragraphs[-1])
    ):
        return True
    return len(paragraphs) >= 2 and all(is_bullet(text) for text in paragraphs[-2:]) and (
        paragraphs[-1][0] == paragraphs[-2][0]
    )


def _cut_clause(text: str) -> bool:
    """2.搭建交流平台，先后组织专家深入各镇街开展: a sentence's clauses, stopped on a word with no mark after it."""
    return stops_mid_word(text) and INNER_STOPS.search(text) is not None


def _numbers_in_turn(previous: str, last: str) -> bool:
    """1.… over 2.…: the two lines number one list, in one style, one after the other."""
    before, after = list_number(previous), list_number(last)
    return before is not None and after is not None and before[0] == after[0] and after[1] == before[1] + 1


def flag_doubts(item: Item) -> None:
    """Flag mid-sentence starts (not in verse), an unfinished last paragraph, stray English words and
    characters lost to a wrong decoding."""
    paragraphs = [b for b in item.blocks if b.kind == PARAGRAPH]
    verse = is_verse([b.text for b in paragraphs]) or poems_announced(item.title) is not None
    for number, block in enumerate(item.blocks, start=1):
        text = block.text
        previous = item.blocks[number - 2].text if number > 1 else ""
        if (
            block.kind == PARAGRAPH
            and not verse
            and _starts_mid_sentence(text)
            and not is_field_line(text)
            and not (is_cell(text) and is_cell(previous))  # 得分 under 学会名称: a table copied a cell a line
        ):
            item.flags.append(
                Flag(
                    "mid_sentence_start",
                    f"第{number}段以“{text[:6]}”开头，像从句子中间开始，前文可能缺失",
                    text[:30],
                )
            )
        following = item.blocks[number] if number < len(item.blocks) else None
        if (
            block.kind == PARAGRAPH
            and following
            and not verse
            and not ends_a_field_run([previous, text])  # 承办单位：…、南开中学 over 二、日程安排: a field ends on its value
            and (flag := _cut_off(number, block, following))
        ):
            item.flags.append(flag)
        for word in _stray_latin(text):
            item.flags.append(Flag("stray_latin", f"第{number}段中文里夹着英文词“{word}”，可能是误植", word))
    for caption in item.captions:
        for word in _stray_latin(caption.text):
            item.flags.append(Flag("stray_latin", f"图片说明中文里夹着英文词“{word}”，可能是误植", word))
    _flag_unreadable(item)
    _flag_scan_placeholders(item)
    if paragraphs:
        last = paragraphs[-1].text
        if (
            not ends_sentence(last)
            and not ends_sentence(chinese_quotes_and_stops(last)[0])  # …023-63850123. gets its 。 (normalize_widths)
            # (a short one too where a dateline lead opened it and it stops mid-word: 5月18日，綦江区科协组织)
            and (visible_length(last) >= 20 or (item.dateline and stops_mid_word(last)))
            and item.blocks[-1].kind == PARAGRAPH
            and not ends_a_field_run([b.text for b in paragraphs[-2:]])  # 报名方式：…, a notice's last field
            and not is_reference_entry(last)  # [1]…2022,43(10):1515-1544. ends as a citation does
            and not is_table_row(last)  # 永川区科协  荣昌区科协: a name list's last row
            and not is_time_slot(last)  # 9:30—11:30  院士专家科普报告: a programme's last row
            and not unit_and_names(last)  # 永川中学 王浩宇（指导老师：刘军）: a list's row of a school's students
            and not is_post_then_name_row(last)  # 中国工程院院士、中国农业大学教授 康绍忠: a speakers' list's row
            and not is_keyword_list(last)  # Keywords: …; coordinated development: a list, no sentence
            and not is_catalogue_line(last)  # 中图分类号：S436.66 文献标识码：A 文章编号：…: codes, no sentence
            and not _ends_a_list([b.text for b in paragraphs])
            and not _speaker_under_quote([b.text for b in paragraphs])
        ):
            item.flags.append(
                Flag("incomplete_paragraph", f"末段“…{last[-8:]}”没有结束标点，后文可能缺失", last[-30:])
            )


def _cut_off(number: int, block: Block, following: Block) -> Flag | None:
    """第N段 stops mid-word (…常务副主席) and the next block cannot carry it on: a paragraph opening a
    sentence of its own (截至目前，…), or a heading (■相关链接): the copy set the page's parts out of order
    or cut a box into the sentence, which no rule can undo with proof; the editor is told."""
    if (
        not stops_mid_word(block.text)
        or is_post_then_name_row(block.text)
        or is_keyword_list(block.text)
        or is_table_row(block.text)
    ):
        return None  # (中国科学院院士、西北工业大学教授 黄维: a list's row ends on its name; 关键词：…: a list; a
        # table's row ends on its last cell)
    if following.kind == PARAGRAPH and opens_a_new_sentence(following.text):
        told = f"下一段却以“{following.text[:5]}”另起一句：段落可能顺序错乱"
    elif following.kind == SUBHEADING:
        told = f"下面是小标题“{following.text[:10]}”：句子可能被插入的方框或标题截断"
    else:
        return None
    return Flag("incomplete_paragraph", f"第{number}段停在“…{block.text[-8:]}”，没有结束标点，{told}，请核对", block.text[-30:])


def _speaker_under_quote(paragraphs: list[str]) -> bool:
    """“科普工作要…。” over ——重庆市科协…在全市科普工作会议上表示: who said the quote, no cut sentence."""
    return len(paragraphs) > 1 and paragraphs[-1].startswith("——") and paragraphs[-2].endswith(("”", "」"))


_UNREADABLE = "\ufffd"  # what a decoder leaves for a character it could not read


def _flag_unreadable(item: Item) -> None:
    """Characters lost before the page reached us (�: copied from a wrongly decoded source): nothing
    proves what they were, so the editor is shown where."""
    texts = [item.kicker, item.title, item.subtitle, *(b.text for b in item.blocks), *(c.text for c in item.captions)]
    damaged = [text for text in texts if _UNREADABLE in text]
    if not damaged:
        return
    count = sum(text.count(_UNREADABLE) for text in damaged)
    at = damaged[0].index(_UNREADABLE)
    excerpt = damaged[0][max(0, at - 12) : at + 12]
    item.flags.append(
        Flag("unreadable_characters", f"有 {count} 个字符在复制或转码时已损坏（显示为 �），请对照原件补全", excerpt)
    )


# What a scan prints for a character it could not read: 囗 (no word of modern text), and □ or ■ inside a
# word of Chinese (推动囗囗技术, 会长刘□明); a □ opening a line or an item is a list's bullet, not a lost character.
_SCAN_PLACEHOLDER = re.compile(r"囗+|(?<=[\u4e00-\u9fff])[□■]+")


def _flag_scan_placeholders(item: Item) -> None:
    """Characters a scan could not read, printed as 囗 or □: the editor fills them in from the original."""
    texts = [item.kicker, item.title, item.subtitle, *(b.text for b in item.blocks), *(c.text for c in item.captions)]
    found = [(text, match) for text in texts if "囗" in text or "□" in text or "■" in text
             for match in _SCAN_PLACEHOLDER.finditer(text)]
    if not found:
        return
    count = sum(len(match.group()) for _, match in found)
    text, first = found[0]
    excerpt = text[max(0, first.start() - 12) : first.end() + 12]
    item.flags.append(
        Flag("unreadable_characters", f"有 {count} 个字扫描时无法识别（印作“{first.group()[0]}”），请对照原件补全", excerpt)
    )


def normalize_widths(item: Item) -> None:
    """Full-width digits/letters to half-width and half-width punctuation to full-width, recorded."""
    counts = {"fullwidth": 0, "punctuation": 0, "spaces": 0}

    def fix(text: str) -> str:
        text, digits = halfwidth_alnum(text)
        text, marks = fullwidth_punctuation(text)
        text, quotes = chinese_quotes_and_stops(text)
        counts["fullwidth"] += digits
        counts["punctuation"] += marks + quotes
        return text

    def fix_story(text: str) -> str:
        """Story text (paragraphs, captions) also loses the spaces a copy left in it; headlines keep theirs."""
        if is_reference_entry(text):  # a citation keeps its . and , (GB/T 7714); only its digits are read
            text, digits = halfwidth_alnum(text)
            counts["fullwidth"] += digits
            return text
        text, spaces = stray_spaces(fix(text))
        counts["spaces"] += spaces
        return text

    item.kicker, item.title, item.subtitle = fix(item.kicker), fix(item.title), fix(item.subtitle)
    item.blocks = [Block(b.kind, fix_story(b.text) if b.kind == PARAGRAPH else fix(b.text)) for b in item.blocks]
    item.captions = [Caption(fix_story(c.text), c.photographer) for c in item.captions]
    if item.dateline:
        item.dateline = fix_story(item.dateline)  # 电 （记者 X）: the space a copy left
    if item.source:
        item.source = fix(item.source)
    if counts["fullwidth"]:
        item.repairs.append(Repair("fullwidth", f"{counts['fullwidth']} 个全角数字或字母改为半角"))
    if counts["punctuation"]:
        item.repairs.append(
            Repair("punctuation", f"{counts['punctuation']} 个半角标点按 GB/T 15834 改为全角")
        )
    if counts["spaces"]:
        item.repairs.append(Repair("spaces", f"删去正文中 {counts['spaces']} 处多余空格（标点旁或逐字隔开的空格）"))


# Half-width marks compare as their full-width forms: a repeat copied once with , and once with ，
_FULL_FORMS = (*FULL_WIDTH_MARKS.items(), ('"', "”"), (".", "。"))  # and a straight quote, a full stop
_HALF_MARK = re.compile(r'[,:;?!()".]')


def paragraph_key(text: str) -> str:
    """The paragraph as compared for repeats: marks and digits of either width alike, no spaces."""
    text = halfwidth_alnum(text)[0]
    if "“" in text:
        text = text.replace("“", "”")
    if _HALF_MARK.search(text):  # most paragraphs print only full-width marks: nothing more to do
        for half, full in _FULL_FORMS:
            if half in text:
                text = text.replace(half, full)
    return "".join(text.split())


def _may_repeat(text: str, key: str) -> bool:
    """A table's header over each of its parts, a short line a poem or a list says twice: printed
    so, not copied twice (a copy repeats paragraphs of prose)."""
    return is_table_row(text) or (len(key) < _MIN_PARTIAL and not ends_sentence(text))


def _repeats(key: str, seen: list[str]) -> str | None:
    """'whole' if ``key`` repeats an earlier paragraph, 'tail' if it repeats one minus a lost start."""
    if key in seen:
        return "whole"
    if len(key) < _MIN_PARTIAL:
        return None
    cut_limit = max(6, len(key) // 5)
    tail = key[-_MIN_PARTIAL:]
    for earlier in seen:
        if not earlier.endswith(tail) and tail not in earlier:
            continue
        if key in earlier:
            return "tail"
        for cut in range(1, cut_limit + 1):
            if len(key) - cut >= _MIN_PARTIAL and earlier.endswith(key[cut:]):
                return "tail"
    return None


def _stray_latin(text: str) -> list[str]:
    """The English words inside Chinese text; most paragraphs have no lowercase letter at all."""
    return _STRAY_LATIN.findall(text) if text.upper() != text else []


def is_verse(paragraphs: list[str]) -> bool:
    """A poem: many short lines that mostly end no sentence. Its lines break where the poet
    chose, so a line that starts with 也 or 的 is no sign of a lost beginning."""
    if len(paragraphs) < _VERSE_MIN_LINES:
        return False
    lines = [p for p in paragraphs if visible_length(p) <= _VERSE_LINE and not ends_sentence(p)]
    return len(lines) >= 0.8 * len(paragraphs)


# 山居（外一首）, 新年的祝福（二首）, 乡愁（组诗）: a title over more poems than one
_POEMS = re.compile(r"[（(](?:(外)?([一二三四五六七八九十])首|组诗)[）)]$")
# 贺年卡（一）, 年历片（二）: a numbered poem's title among the poems
_NUMBERED_POEM_TITLE = re.compile(r"^[^，。！？；：,.!?;:]{1,12}[（(][一二三四五六七八九十][）)]$")
_CN_COUNTS = "一二三四五六七八九十"


def poems_announced(title: str) -> int | None:
    """How many poems a title says follow its first (外一首: 1, 二首: 1, 组诗: unknown, 0); None for no poems."""
    match = _POEMS.search(title)
    if match is None:
        return None
    if match.group(2) is None:
        return 0
    count = _CN_COUNTS.index(match.group(2)) + 1
    return count if match.group(1) else count - 1


def mark_poem_titles(item: Item) -> None:
    """The titles of the later poems under 山居（外一首） or 新年的祝福（二首） are sub-headings, not verse lines:
    the numbered ones (年历片（二）), or else as many lines as the title announces that are each less
    than half as long as the poem's usual line (晨读 among 雪落在山梁上, 也落在老支书的肩头)."""
    more = poems_announced(item.title)
    if more is None:
        return
    lines = [(at, block.text) for at, block in enumerate(item.blocks) if block.kind == PARAGRAPH]
    titles = [at for at, text in lines if _NUMBERED_POEM_TITLE.match(text)]
    if not titles and more and len(lines) > more + 1:
        lengths = sorted(visible_length(text) for _, text in lines)
        usual = lengths[len(lengths) // 2]
        short = [at for at, text in lines[1:-1] if visible_length(text) * 2 <= usual and not ends_sentence(text)]
        titles = short if len(short) == more else []
    for at in titles:
        item.blocks[at] = Block(SUBHEADING, item.blocks[at].text)


# 人介绍，…, 长表示，…: one character, then what the speaker did; a speaker is named in two characters or more
# (张华介绍，), or is 他, 她 (据介绍， is no speaker): the last character of a word cut elsewhere (负责人)
_CUT_SPEAKER = re.compile(r"^(?![他她我你据])[\u4e00-\u9fff](?:介绍|表示|指出|强调)[，：:]")


def _starts_mid_sentence(text: str) -> bool:
    return bool(text) and (
        (text[0] in _NON_INITIAL and not text.startswith(_INITIAL_WORDS)) or bool(_CUT_SPEAKER.match(text))
    )
