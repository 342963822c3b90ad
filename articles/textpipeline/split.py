"""split_page: decoded page text in, items + page metadata + remainders out (no enrichment).

The stages: undo a web copy's invisible characters and entities (cleaning.py), cut the
text into lines (lines.py), group them into items
(assemble.py), then finish each item: headline parts (headline.py),
duplicates removed and doubts flagged (repair.py), character widths
(punctuation.py), date (dates.py).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from . import credits_bylines, credits_sources, repair
from .assemble import assemble
from .cleaning import Cleaned, clean_copy, describe
from .dates import (
    beginning_years,
    first_date,
    is_history,
    later_than_named,
    leading_day,
    page_anchor,
    page_years,
    parse_iso_date,
    present_year,
)
from .decode import MOJIBAKE
from .draft import Draft
from .headline import headline_parts
from .lines import fold, fold_page, split_lines
from .model import (
    ARTICLE,
    AUTHOR,
    CORRESPONDENT,
    PARAGRAPH,
    PHOTO,
    PHOTOGRAPHER,
    REPORTER,
    Flag,
    Item,
    PageMeta,
    PageResult,
    Remainder,
    Repair,
)
from .pagemeta_navigation import is_garbage_line
from .pagemeta_province import infer_province
from .printed import give_back
from .punctuation import halfwidth_alnum, ocr_confused_characters, ocr_day_marks, ocr_digits
from .shapes import strip_pictographs
from .shapes_headlines import SUBJECT_TAIL, is_heading_like, tail_of_a_cut_word
from .shapes_notices import (
    is_bare_attachment_head,
    issuers_under_headline,
    names_a_document,
    signing_bodies,
    signs_with_date,
)
from .shapes_sections import is_editors_note
from .unwrap import unwrap_lines

_MOJIBAKE_NOTE = (
    "整页文字曾按 Latin-1 或 Windows-1252 误读成乱码（如“é‡åº†”），已还原为 UTF-8；误读时丢失的字显示为 �，"
    "已在所在稿件中标出"
)


def split_page(text: str, *, encoding: str = "utf-8", year_hint: int | None = None) -> PageResult:
    """Split one decoded page into items; every non-blank character ends up somewhere (see accounting.py)."""
    meta = PageMeta()
    cleaned = clean_copy(text)  # a web copy's invisible characters, entities and <br>; spans stay the page's
    # ２０２３年 and ０．７４％ read as ASCII (as the items keep them), 本報訊 as 本报讯 (given back below)
    widths = halfwidth_alnum(cleaned.text)[0]
    digits, misread = ocr_digits(widths)  # a scan's 2O23年 read as 2023年
    days, misread_days = ocr_day_marks(digits)  # …and its 5月20口 as 5月20日
    read, misread_words = ocr_confused_characters(days)  # …and its 己经, 末来 as 已经, 未来
    folded = fold_page(read)
    lines = unwrap_lines(folded, split_lines(folded), printed=cleaned.text)
    assembly = assemble(lines, meta)
    joined = "\n".join(line.text for line in lines)  # 2020年 cut as 20 / 20年 by the layout is whole again
    meta.province_code = infer_province(joined, meta.site)
    years, beginnings = page_years(joined), beginning_years(joined)
    dating = Dating(meta.page_date, year_hint, page_anchor(joined), present_year(years, beginnings))
    items = _drop_repeated_items(
        [_finish(draft, position, _dating_at(draft, assembly.head_dates, dating)) for position, draft in enumerate(assembly.drafts)]
    )
    several_years = len(set(years)) > 1 or later_than_named(years, beginnings)
    crosses_new_year = _crosses_new_year(items)
    if crosses_new_year:
        _date_across_new_year(items, dating, years)
    if several_years or crosses_new_year:
        for item in items:
            _flag_guessed_year(item, dating, several_years)
    remainders = assembly.remainders
    if widths != cleaned.text:
        _record_full_width(items, cleaned.text, widths)
    page_repairs = _record_misread(items, widths, digits, _digits_repair) if misread else []
    if misread_days:
        page_repairs += _record_misread(items, digits, days, _days_repair)
    if misread_words:
        page_repairs += _record_misread(items, days, read, _words_repair)
    if encoding.endswith(MOJIBAKE):
        page_repairs.append(Repair("mojibake", _MOJIBAKE_NOTE))
    if folded != cleaned.text:
        # records of lines keep the page's characters, but not a scan's misread digits, days and words
        records = "".join(now if was != now else printed for printed, was, now in zip(cleaned.text, widths, read, strict=True))
        remainders = give_back(records, read, folded, items, meta, remainders)
    if cleaned.origin is not None:
        remainders = _in_page_offsets(items, remainders, cleaned, text)
    flags = [_garbage_flag(line) for line in meta.source_lines if is_garbage_line(line)]
    return PageResult(
        text=text, encoding=encoding, meta=meta, items=items, remainders=remainders, flags=flags, repairs=page_repairs
    )


def _garbage_flag(line: str) -> Flag:
    """A line of symbols a scan or a broken copy left, taken out of the stories: kept on the page's record and
    shown to an editor, who may find what it stood for in the original."""
    return Flag("garbage_line", f"乱码行“{line[:20]}”已移出正文，请对照原件核对是否缺字", line)


def _record_full_width(items: list[Item], text: str, widths: str) -> None:
    """The full-width letters, digits and number marks each item's lines held, which the rules read
    and the items keep as ASCII: counted into the item's width repair."""
    for item in items:
        start, end = item.span
        count = sum(1 for printed, read in zip(text[start:end], widths[start:end], strict=True) if printed != read)
        if not count:
            continue
        earlier = next((r for r in item.repairs if r.code == "fullwidth"), None)
        total = count + (int(earlier.detail.split()[0]) if earlier else 0)
        repair = Repair("fullwidth", f"{total} 个全角数字或字母改为半角")
        item.repairs = [repair if r is earlier else r for r in item.repairs] if earlier else [repair, *item.repairs]


def _record_misread(items: list[Item], was: str, now: str, repair_of) -> list[Repair]:
    """What a scan misread (2O23, 5月20口), which the rules read and every text keeps repaired: each
    item's recorded as its repair (``repair_of``), with the characters replaced and put in; those of
    lines outside every item (a masthead's date) returned as the page's."""
    outside = [True] * len(was)
    for item in items:
        start, end = item.span
        outside[start:end] = [False] * (end - start)
        repair = repair_of(was[start:end], now[start:end])
        if repair:
            item.repairs.append(repair)
    rest_was = "".join(char if out else "\n" for char, out in zip(was, outside, strict=True))
    rest_now = "".join(char if out else "\n" for char, out in zip(now, outside, strict=True))
    repair = repair_of(rest_was, rest_now)
    return [repair] if repair else []


def _changed(was_text: str, now_text: str) -> tuple[str, str]:
    """The characters replaced and those put in their place."""
    changed = [(was, now) for was, now in zip(was_text, now_text, strict=True) if was != now]
    return "".join(was for was, _ in changed), "".join(now for _, now in changed)


def _misread_repair(code: str, what: str, find):
    """The repair recording what ``find`` (``ocr_digits``, ``ocr_day_marks``) turned back in a stretch of text."""

    def repair(was_text: str, now_text: str) -> Repair | None:
        removed, added = _changed(was_text, now_text)
        if not removed:
            return None
        found = find(was_text)[1]
        shown = "、".join(f"“{was}”→“{now}”" for was, now in found[:5])
        return Repair(code, f"{len(found)} 处{what}：{shown}", removed, added)

    return repair


_digits_repair = _misread_repair("ocr_digits", "数字里被扫描认成字母 O、l 或“〇”的 0、1 已改回", ocr_digits)
_days_repair = _misread_repair("ocr_day", "日期里被扫描认成“口”或“曰”的“日”已改回", ocr_day_marks)
_words_repair = _misread_repair("ocr_characters", "被扫描认错的字（己/已、末/未、人/入）已改回", ocr_confused_characters)


def _in_page_offsets(items: list[Item], remainders: list[Remainder], cleaned: Cleaned, text: str) -> list[Remainder]:
    """Spans of the cleaned text as page offsets, and what cleaning undid recorded on its item: also
    on the rest of its first and last lines (# 标题, <p style=…>标题</p>), up to another item."""
    spans = [(cleaned.page_offset(start), cleaned.page_offset(end)) for start, end in (item.span for item in items)]
    for item, span in zip(items, spans, strict=True):
        item.span = span
        first, last = _whole_lines(span, text, [other for other in spans if other is not span])
        changes = [change for change in cleaned.changes if first <= change.offset < last]
        if changes:
            item.repairs.append(Repair("copy_cleaned", describe(changes)))
    return [
        Remainder(r.text, (cleaned.page_offset(r.span[0]), cleaned.page_offset(r.span[1])), r.flag) for r in remainders
    ]


def _whole_lines(span: tuple[int, int], text: str, others: list[tuple[int, int]]) -> tuple[int, int]:
    """``span`` widened to the start of its first line and the end of its last, but not into another span."""
    start, end = span
    line_end = text.find("\n", end)
    first = max([text.rfind("\n", 0, start) + 1] + [e for _, e in others if e <= start])
    last = min([len(text) if line_end < 0 else line_end] + [s for s, _ in others if s >= end])
    return first, last


@dataclass(frozen=True)
class Dating:
    """What the page says about the year of its items' dates, strongest first (see dates.py)."""

    page_date: dt.date | None
    year_hint: int | None
    anchor: dt.date | None  # the latest complete date the page prints
    page_year: int | None  # the year it writes in (dates.present_year)


UNDATED = Dating(None, None, None, None)


def _dating_at(draft: Draft, head_dates: list[tuple[int, dt.date]], dating: Dating) -> Dating:
    """Two issues pasted into one file, each under its dated head (四川科技报 2022年12月28日 第2版, then
    四川科技报 2023年1月4日 第2版): a story is of the issue whose head is the last above it, its 近日 that
    issue's day and its 1月2日 that issue's year, not the first head's."""
    if len({date for _, date in head_dates}) < 2 or draft.start is None:
        return dating
    above = [date for start, date in head_dates if start <= draft.start]
    return dataclasses.replace(dating, page_date=above[-1]) if above else dating


def _finish(draft: Draft, position: int, dating: Dating) -> Item:
    item = draft.item
    if item.kind == ARTICLE and not item.blocks and item.captions:
        item.kind = PHOTO  # a headline over pictures and no story: a photo item with a title
    elif item.kind == ARTICLE and not item.blocks and draft.title_lines:
        # 迎虎年（书法） over （关山月）: a work of art or a picture whose image the text cannot carry.
        item.flags.append(Flag("no_body", "只有标题，没有正文或图片说明（可能是书画、篆刻等作品或图片），请核对", ""))
    if item.kind == PHOTO and item.source is None:
        item.source = _picture_supplier(item)
    title_lines = _rejoin_broken_title(_drop_repeated_title_lines(draft.title_lines, item), item)
    title_lines = _issuers_apart(title_lines, item)
    item.kicker, item.title, item.subtitle = headline_parts(title_lines)
    item.kicker = item.kicker or draft.place_label  # 【万州区】5月10日，…: the brief's place, its 引题
    _record_separator(title_lines, item)
    _strip_headline_emoji(item)
    item.bylines = _one_writer_each(item.bylines)  # 记者 X over 本报讯（记者 X）: one byline
    repair.strip_caption_labels(item)
    repair.remove_duplicates(item)
    repair.mark_poem_titles(item)
    repair.flag_doubts(item)
    repair.normalize_widths(item)
    item.date = _item_date(item, dating)
    item.position = position
    item.span = (draft.start or 0, draft.end)
    return item


def _picture_supplier(item: Item) -> str | None:
    """（雅安市科协 供图） under a photo item no photographer is named for: the body gave the picture and its
    caption, the item's source. (Under a story, whose text may be the paper's own, a body's 供图 stays the
    credit of its pictures.)"""
    if any(byline.role == PHOTOGRAPHER for byline in item.bylines):
        return None
    for credit in item.credit_lines:
        body = credits_sources.body_credited(credit.strip().strip("（）()"))
        if body is not None:
            return body[0]
    return None


def _record_separator(lines: list[str], item: Item) -> None:
    """四川科协 | 基层科协工作简讯 read as 引题 and title: the bar between them is recorded as taken out."""
    if not any(bar in line for line in lines for bar in "|｜丨"):
        return
    kept = "".join([item.kicker, item.title, item.subtitle])
    removed = "".join(bar * ("".join(lines).count(bar) - kept.count(bar)) for bar in "|｜丨")
    if removed:
        item.repairs.append(Repair("headline_separator", f"标题中栏目名后的分隔符“{removed}”已去掉", removed))


def _strip_headline_emoji(item: Item) -> None:
    """🔥🔥石柱县科协“科普大篷车”开进中益乡啦！, 📢📢科技活动周: a post's emoji around its headline are
    decoration an editor leaves out of the title (a headline of emoji only is kept, and the story's own
    emoji stay); what was taken off is recorded."""
    removed = []
    for part in ("kicker", "title", "subtitle"):
        text = getattr(item, part)
        bare = strip_pictographs(text)
        if bare and bare != text.strip():
            start = text.index(bare)
            removed.append(text[:start].strip() + text[start + len(bare) :].strip())
            setattr(item, part, bare)
    if removed:
        shown = "、".join(removed)
        item.repairs.append(Repair("headline_emoji", f"标题两端用作装饰的表情符号“{shown}”已去掉", "".join(removed)))


def _drop_repeated_title_lines(lines: list[str], item: Item) -> list[str]:
    """A web page prints its title two or three times (the window's title, the page's heading): each
    line is kept once, the repeats recorded as removed."""
    kept: list[str] = []
    seen: set[str] = set()
    for line in lines:
        key = fold(line).replace(" ", "").replace("\u3000", "")
        if key in seen:
            item.repairs.append(Repair("duplicate_removed", f"删除重复的标题行：“{line[:16]}”", line))
            continue
        seen.add(key)
        kept.append(line)
    return kept


def _issuers_apart(lines: list[str], item: Item) -> list[str]:
    """夏季用电安全知多少 over 重庆市科协 国网重庆市电力公司: the bodies that issued the piece, its source
    and credit, not its 副题."""
    issuers = issuers_under_headline(lines[-1]) if len(lines) > 1 else []
    if not issuers:
        return lines
    item.credit_lines.append(lines[-1])
    item.source = item.source or "、".join(issuers)
    return lines[:-1]


def _rejoin_broken_title(lines: list[str], item: Item) -> list[str]:
    """重庆市科协召开2023年度全市学会 / 工作会议 over a lead printing 重庆市科协召开2023年度全市学会工作会议:
    one title the layout broke, not a title and its 副题; the story's first paragraphs prove it."""
    if len(lines) < 2:
        return lines
    opening = fold("".join(block.text for block in item.blocks[:2])).replace(" ", "")
    for index in range(len(lines) - 1):
        first, second = lines[index], lines[index + 1]
        if second.startswith(("——", "--")) or len(first) < 4:
            continue
        if (
            _left_open(first)
            or (_bare_subject(first) and second.startswith(_PREDICATE_OPENINGS))
            or _object_in_lead(first, second, opening)
        ) and len(second) <= 20:
            item.repairs.append(Repair("joined_title", f"标题被折成两行：“{first}”+“{second}”，上一行话没说完，已连成一个标题"))
            return [*lines[:index], first + second, *lines[index + 2 :]]
        if _issuer_over_document(first, second):
            item.repairs.append(Repair("joined_title", f"标题被折成两行：“{first}”+“{second}”，发文机关和文件名是一个标题，已连成一个标题"))
            return [*lines[:index], first + second, *lines[index + 2 :]]
        if tail_of_a_cut_word(first, second, opening) or _long_cut_tail(first, second, opening, item):
            item.repairs.append(Repair("joined_title", f"标题被折成两行：“{first}”+“{second}”，断在一个词中间，已连成一个标题"))
            return [*lines[:index], first + second, *lines[index + 2 :]]
        whole = fold(first + second).replace(" ", "")
        if len(second) <= 12 and len(whole) >= 10 and whole in opening:
            item.repairs.append(Repair("joined_title", f"标题被折成两行：“{first}”+“{second}”，正文开头印着整句，已连成一个标题"))
            return [*lines[:index], first + second, *lines[index + 2 :]]
    return lines


# A headline's line that stops on a word needing what follows: 与, 的, 暨…, a verb whose object is
# on the next line (市科协与四川省科协签署 / 川渝学会协同发展合作协议), or inside quotation marks
# (开展“科技助力 / 乡村振兴”专项行动). No 主题 or 引题 ends so.
_OPEN_END_CHARS = frozenset("与和及的在对向为把将暨等并")
_OBJECT_VERBS = ("签署", "签订", "荣获", "获评", "获颁", "授予", "走进", "走入", "来到", "前往", "奔赴")
# Verbs taking an object that also close an event's headline (…工作会议在京召开, …科普展开展): a line
# ending on one is left open only where the lead prints the verb with the next line as its object
_EVENT_VERBS = ("开展", "举办", "召开", "举行", "启动", "推动", "推进", "助力", "实施", "组织", "打造")
# …or on an ordinal or a year that qualifies what the next line names: 荣昌区举办首届 / 科技成果转化对接会,
# 重庆市科协召开2023年度 / 全市学会工作会议
_QUALIFIER_END = re.compile(r"(?:首届|首次|第[一二三四五六七八九十百0-9]+(?:届|次|期|批)|[0-9]{4}年度)$")


# 北碚区科协 / 开展“全国科普日”活动, 重庆大学机械与运载工程学院团队 / 研发出…: a body's, a place's or a
# team's bare name over what it did is one headline broken in two
_BARE_SUBJECT = re.compile(
    rf"^[\u4e00-\u9fff]{{2,16}}(?:{SUBJECT_TAIL}|街道|社区|大学|学院|研究院|研究所|医院|团队|学子|师生)$"
)
_PREDICATE_OPENINGS = (
    "开展", "举办", "召开", "启动", "组织", "举行", "成立", "发布", "推进", "深化", "实施", "打造", "建成",
    "荣获", "获", "助力", "走进", "联合", "携手", "赴", "为", "把", "让", "以", "在",
    "研发", "研制", "攻克", "入选", "当选", "斩获", "摘得", "签约", "与",
)


def _object_in_lead(first: str, second: str, opening: str) -> bool:
    """重庆市土壤学会走进黔江开展 / 测土配方施肥技术服务 over a lead printing …开展测土配方施肥技术服务, or
    南充市科协推动 over anything: the verb ending the line and its object on the next, one headline (not
    …在京召开 / 李岚清出席并讲话, an event's headline and its 副题)."""
    first = fold(first).rstrip()
    if not first.endswith(_EVENT_VERBS):
        return False
    return _BODY_ACTING.search(first) is not None or first[-2:] + fold(second).replace(" ", "") in opening


# A body's name and straight after it a verb that takes an object (南充市科协推动, 市土壤学会开展): the
# body is acting, what it acts on still to come (组织 is left out: 基层科协组织 is a noun)
_BODY_ACTING = re.compile(r"(?:科协|学会|协会|研究会)(?:开展|举办|召开|举行|启动|推动|推进|助力|实施|打造)$")


def _long_cut_tail(first: str, second: str, opening: str, item: Item) -> bool:
    """A headline's end cut off by the layout longer than a name (南充市科协推动科普示范 / 基地提档升级),
    only where the story's own paragraphs were wrapped at a fixed width and it prints the four characters
    across the break (示范基地): two across it (育人才 / 能人带富一方乡亲 over …人才，才能…) are often a 副题
    that happens to begin where a word of the headline's end could go on."""
    if not any(repair.code == "joined_break" for repair in item.repairs):
        return False
    across = fold(first).replace(" ", "")[-2:] + fold(second).replace(" ", "")[:2]
    return tail_of_a_cut_word(first, second, opening, longest=12) and across in opening


def _issuer_over_document(first: str, second: str) -> bool:
    """重庆市科学技术协会 / 科普基地认定管理办法, 重庆市科学技术协会　重庆市教育委员会 / 关于…的实施意见: the
    issuing bodies over the document's name (its kind at the end, or 关于…) are one title, no 主题 and 副题."""
    return (
        bool(signing_bodies(first))
        and len(second) <= 40
        and (names_a_document(second) or second.startswith("关于"))
        and is_heading_like(second)
    )


def _bare_subject(line: str) -> bool:
    return bool(_BARE_SUBJECT.match(fold(line).strip()))


def _left_open(line: str) -> bool:
    text = fold(line).rstrip()
    return bool(text) and (
        text[-1] in _OPEN_END_CHARS
        or text.endswith(_OBJECT_VERBS)
        or (text[-1] in "届次期批度" and _QUALIFIER_END.search(text) is not None)
        or _marks_left_open(text)
    )


def _marks_left_open(text: str) -> bool:
    """开展“科技助力 over 乡村振兴”专项行动: quotation or title marks the line opens and does not close."""
    depth = 0
    for char in text:
        if char in "“《（「":
            depth += 1
        elif char in "”》）」" and depth:
            depth -= 1
    return depth > 0


def _one_writer_each(bylines: list) -> list:
    """Each byline once, and no author who is the story's reporter or correspondent already (本报讯（记者
    杨柳） … 杨柳 李红 报道 named 杨柳 twice); a photographer who wrote it too (文/图 X) keeps both."""
    unique = list(dict.fromkeys(bylines))
    reporting = {b.name for b in unique if b.role in (REPORTER, CORRESPONDENT)}
    return [b for b in unique if not (b.role == AUTHOR and b.name in reporting)]


def _drop_repeated_items(items: list[Item]) -> list[Item]:
    """A whole story pasted twice (same headline, same text) is kept once; the copy is recorded on the
    kept one as a removed repeat, as a repeated paragraph is (repair.remove_duplicates).

    The paper's copy and the website's copy of one story differ only in what is around the text (本报讯
    and a byline on one, 来源 and 发布时间 on the other): the bodies are compared, not the credits. The
    copy with the byline is kept, in the first copy's place, and takes the other's source if it has none.
    """
    kept: list[Item] = []
    for item in items:
        first = next((earlier for earlier in kept if _same_story(earlier, item)), None)
        if first is None:
            kept.append(item)
            continue
        keeper, copy = (item, first) if _credited(item) and not _credited(first) else (first, item)
        keeper.source = keeper.source or copy.source
        printed = "\n".join(text for text in copy.printed_texts() if text)
        keeper.repairs.append(Repair("duplicate_removed", f"删除整篇重复的稿件：“{item.title[:20]}”又印了一遍", printed))
        kept[kept.index(first)] = keeper
    for position, item in enumerate(kept):
        item.position = position
    return kept


def _same_story(first: Item, later: Item) -> bool:
    """Two items are one story pasted twice: same kind, headline and pictures and the same body, word
    for word (spacing aside); a body cut short or changed may be another version, which an editor keeps."""
    if (first.kind, first.title, first.subtitle) != (later.kind, later.title, later.subtitle) or not later.title:
        return False
    if first.captions != later.captions:
        return False
    body, copy = (re.sub(r"\s+", "", item.body) for item in (first, later))
    if len(copy) < 20:
        return False
    return body == copy


def _credited(item: Item) -> bool:
    """The item prints who wrote it or the paper's 本报讯: the paper's copy rather than a website's."""
    return bool(item.credit_lines or item.dateline)


def _crosses_new_year(items: list[Item]) -> bool:
    """Days of late in a year and early in one, and no others, on one page: its stories may straddle
    the turn of a year (a page of days all over the year says nothing about it)."""
    months = {item.date.month for item in items if item.date is not None}
    return months <= {11, 12, 1, 2} and bool(months & {11, 12}) and bool(months & {1, 2})


def _date_across_new_year(items: list[Item], dating: Dating, years: list[int]) -> None:
    """December's and January's days of a page that crosses the turn of a year, whose year comes only
    from the year it writes in, are a year apart: the December of the year before it when it names
    that year too (回顾2020年 on a 2021 page), else of that year (回顾2020年工作 on 31 December), and
    January of the year after December's (a 1月1日 beside 12月31日 was put in the same year)."""
    if dating.page_year is None or dating.anchor is not None:
        return  # an anchor already puts each day in the year nearest it (dates.nearest_year)
    by_page_year = Dating(None, None, None, dating.page_year)
    december_year = dating.page_year - 1 if dating.page_year - 1 in years else dating.page_year
    for item in items:
        if item.date is None or item.date == _item_date(item, UNDATED) or item.date != _item_date(item, by_page_year):
            continue  # no date, its year written beside it, or one the page's printed date gave
        year = december_year if item.date.month >= 11 else december_year + 1
        with contextlib.suppress(ValueError):  # 2月29日 stays where its year has one
            item.date = item.date.replace(year=year)


def _flag_guessed_year(item: Item, dating: Dating, several_years: bool = True) -> None:
    """A date whose year only the page's other dates and years suggest is shown to an editor, not trusted.

    With no page date and no year beside the month and day, the year is the one nearest the
    latest complete date the page prints, else the year it writes in (``present_year``); on a page that
    names several years (一九九七年回顾, 到2000年的目标), or whose days run from December into January,
    either is a guess.
    """
    if item.date is None or dating.page_date is not None or dating.year_hint is not None:
        return
    if _item_date(item, UNDATED) == item.date:
        return  # the year was written with the date itself
    day = f"{item.date.month}月{item.date.day}日"
    if dating.anchor is not None:
        anchor = dating.anchor
        reason = f"按页面中最晚的完整日期（{anchor.year}年{anchor.month}月{anchor.day}日）推定为{item.date.year}年"
    else:
        reason = f"按页面提到的年份推定为{item.date.year}年"
    doubt = "页面还提到其他年份" if several_years else "页面上的日期从岁末跨到年初，可能不在同一年"
    item.flags.append(Flag("date_year_guessed", f"页面没有印日期，“{day}”的年份{reason}，{doubt}，请核对", day))


def _item_date(item: Item, dating: Dating) -> dt.date | None:
    """From the dateline, else the lead paragraph (or caption), else a notice's signature, else the page date;
    a commentary by the page that prints it."""
    if (
        dating.page_date is not None
        and not item.dateline
        and credits_bylines.signed_as_commentary(item.credit_lines)
    ):
        return dating.page_date
    # The lead is the story's first paragraph, not an editor's note printed over it.
    lead = next((b.text for b in item.blocks if b.kind == PARAGRAPH and not is_editors_note(b.text)), "")
    if not lead and item.captions:
        lead = "\n".join(caption.text for caption in item.captions)  # 1、新年夜… 2、1月2日，…: the first day any names
    opening = leading_day(lead, dating.page_date)
    if opening and not first_date(item.dateline or "", page_date=dating.page_date):
        return opening
    for source in (item.dateline or "", lead):
        found = first_date(
            source,
            page_date=dating.page_date,
            year_hint=dating.year_hint,
            anchor=dating.anchor,
            page_year=dating.page_year,
        )
        if found and source is lead and is_history(found, _present(dating)):
            break  # 1930年12月30日，屠呦呦出生于…: a life or a history told, not the day a story reports
        if found:
            return found
    return _signature_date(item) or dating.page_date


def _present(dating: Dating) -> int | None:
    """The year the page was written in: its printed date's, the caller's, else the latest of the
    year its latest complete date is in and the year it writes in."""
    if dating.page_date is not None:
        return dating.page_date.year
    if dating.year_hint is not None:
        return dating.year_hint
    years = [year for year in (dating.anchor and dating.anchor.year, dating.page_year) if year]
    return max(years, default=None)


def _signature_date(item: Item) -> dt.date | None:
    """A notice dated under its issuer's name, at its end or over its attachment (附件 / its list)."""
    blocks = item.blocks
    for position in range(len(blocks) - 2, -1, -1):
        issuer, date_line = blocks[position], blocks[position + 1]
        after = blocks[position + 2] if position + 2 < len(blocks) else None
        if after is not None and not is_bare_attachment_head(after.text):
            continue
        if issuer.kind == date_line.kind == PARAGRAPH and signs_with_date(issuer.text, date_line.text):
            return parse_iso_date(date_line.text)
    return None
