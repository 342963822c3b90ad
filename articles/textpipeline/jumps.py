"""A story cut by （下转第2版） that goes on under （上接第1版） further down the same copy (two pages
copied into one file): its two parts made one story again.

Joined where the copy holds exactly one story that jumps and exactly one part that was jumped to,
in that order, with different page numbers (a story jumps from its page to another). Where several
stories jump, a rest printed under a page's head (第3版) is joined to the one story that jumps to that
page, if it is the only rest printed there. Anything else keeps both parts flagged for an editor. The
headline a paper prints again over the rest is dropped and recorded; where only the rest was copied,
that headline is the rest's own title.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .draft import Draft
from .model import PARAGRAPH, SUBHEADING, Repair
from .pagemeta_heads import page_key
from .shapes_credits import jump_marker
from .shapes_headlines import SUBJECT_TAIL, reads_as_news_headline
from .shapes_lists import is_numbered_heading

# 德阳市科协开展…, 他让老品种…: a news headline names who acts first, a body, a place or a person; a
# section's heading (科技赋能产业升级) names a theme
_NAMES_WHO_ACTS = re.compile(rf"^(?:[他她]们?|[\u4e00-\u9fff]{{2,10}}?{SUBJECT_TAIL})[\u4e00-\u9fff]")
# …but a theme's ordinary word may hold a place's level too (智慧社区让生活更便捷, 科技助力乡村振兴, 聚力山区
# 发展): no name of who acts
_ORDINARY_PLACE_WORDS = ("社区", "山区", "城市", "乡村", "农村", "城乡", "城镇", "乡镇")  # (两江新区 is a place)


def join_jumped_parts(drafts: list[Draft], head_pages: Sequence[tuple[int, str]] = ()) -> list[Draft]:
    """``drafts`` with each jumped story's rest moved into it; the same list when there is none.
    ``head_pages`` are where each numbered page head starts and its page (see ``Assembly``)."""
    jumped = [(draft, page) for draft in drafts if (page := _jump(draft, "to"))]
    rests = [(draft, page) for draft in drafts if (page := _jump(draft, "from"))]
    if len(jumped) == 1 and len(rests) == 1:
        pairs = [(jumped[0], rests[0])]
    else:
        pairs = _paired_by_page(jumped, rests, head_pages)
    dropped = set()
    for (story, to_page), (rest, from_page) in pairs:
        at, rest_at = drafts.index(story), drafts.index(rest)
        if rest_at <= at or page_key(to_page) == page_key(from_page):
            continue
        dropped.add(id(rest))
        before = drafts[rest_at - 1]
        repeated = rest.title_lines  # 他让老品种变成金果果（上接第1版）: the headline printed again beside the marker
        if not repeated and rest_at - 1 > at and _headline_only(before) and _repeats_headline(before.title_lines, story.title_lines):
            dropped.add(id(before))  # the headline printed again over the rest
            repeated = before.title_lines
        if repeated:
            story.item.repairs.append(
                Repair("repeated_headline", f"转版后重印的标题“{''.join(repeated)}”已去掉", removed="".join(repeated))
            )
        _move_rest(story, rest, to_page, from_page)
    return [draft for draft in drafts if id(draft) not in dropped] if dropped else drafts


def _repeats_headline(repeated: list[str], headline: list[str]) -> bool:
    """The line over a story's rest is its headline printed again: the whole of it, or the short form a paper
    prints there (转版标题), a part of it (“科技+产业”对接平台) or its words kept in their order (德阳科协开展科普
    进校园), most of the headline; a short line sharing a word or two is another story's headline."""
    short, full = _words_of(repeated), _words_of(headline)
    if len(short) < 4:
        return short == full
    if short in full:
        return True
    letters = iter(full)
    return len(short) * 3 >= len(full) * 2 and all(letter in letters for letter in short)


def _words_of(lines: list[str]) -> str:
    """The headline's letters, without its quotes, punctuation and spaces."""
    return "".join(char for line in lines for char in line if char.isalnum() or char == "+")


def _paired_by_page(
    jumped: list[tuple[Draft, str]], rests: list[tuple[Draft, str]], head_pages: Sequence[tuple[int, str]]
) -> list[tuple[tuple[Draft, str], tuple[Draft, str]]]:
    """The stories and rests a page's head pairs: the one rest printed under 第3版 and the one story that
    jumps to 第3版 (two front-page stories jumping to 第2版 and 第3版). Two stories jumping to one page, or
    two rests under one head, stay apart; so does a rest from another page than the story's head prints
    (（上接第2版） is no rest of a story under 第1版)."""
    if not head_pages:
        return []
    stories_to = Counter(page_key(page) for _, page in jumped)
    printed = [(rest, _printed_on(rest[0], head_pages)) for rest in rests]
    rests_on = Counter(page for _, page in printed if page)
    pairs = [
        (next(story for story in jumped if page_key(story[1]) == page), rest)
        for rest, page in printed
        if page and stories_to[page] == 1 and rests_on[page] == 1
    ]
    return [(story, rest) for story, rest in pairs if _from_the_storys_page(story[0], rest[1], head_pages)]


def _from_the_storys_page(story: Draft, from_page: str, head_pages: Sequence[tuple[int, str]]) -> bool:
    """The rest's （上接第1版） names the page the story is printed on, or no head above the story says."""
    page = _printed_on(story, head_pages)
    return page is None or page == page_key(from_page)


def _printed_on(draft: Draft, head_pages: Sequence[tuple[int, str]]) -> str | None:
    """The page whose head is the last above the draft's first line, if any."""
    start = draft.start
    above = [page for head_start, page in head_pages if start is not None and head_start <= start]
    return above[-1] if above else None


def title_lone_rests(drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with a rest that no story in the copy jumps to (（上接第1版）, its start on a page not
    copied) under the headline printed again over it, or over it under the marker: that headline is the
    rest's title, not an item of its own with no text, nor the rest's first sub-heading."""
    kept: list[Draft] = []
    for draft in drafts:
        _title_from_first_heading(draft)
        headline = kept[-1] if kept else None
        if (
            headline is not None
            and not draft.title_lines
            and _jump(draft, "from")
            and headline.is_article
            and _headline_only(headline)
            and not headline.leading_notes
        ):
            draft.title_lines = headline.title_lines
            if headline.start is not None:
                draft.start = headline.start if draft.start is None else min(draft.start, headline.start)
            kept[-1] = draft
        else:
            kept.append(draft)
    return kept


def _title_from_first_heading(rest: Draft) -> None:
    """（上接第1版） over 他让老品种变成金果果 over the rest's text: the reprinted headline, under the marker,
    is the untitled rest's title (a numbered heading, 二、…, or a theme's, 科技赋能产业升级, is a section's,
    where the jump fell)."""
    blocks = rest.item.blocks
    if (
        rest.title_lines
        or not _jump(rest, "from")
        or len(blocks) < 2
        or blocks[0].kind != SUBHEADING
        or blocks[1].kind != PARAGRAPH
        or is_numbered_heading(blocks[0].text)
        or not _reprints_a_headline(blocks[0].text)
    ):
        return
    rest.title_lines = [blocks.pop(0).text]


def _reprints_a_headline(heading: str) -> bool:
    """德阳市科协开展科普进校园活动, 他让老品种变成金果果 under （上接第1版）: a headline saying who did what, long
    enough to; 科技赋能产业升级 there heads the section the jump fell before, and stays the rest's sub-heading."""
    subject = _NAMES_WHO_ACTS.match(heading)
    return reads_as_news_headline(heading) and subject is not None and not _level_in_an_ordinary_word(heading, subject.end() - 2)


def _level_in_an_ordinary_word(heading: str, level: int) -> bool:
    """智慧社区让…, 科技助力乡村振兴: the place's level the subject ends at (区, 乡) is part of an ordinary word."""
    return heading[level - 1 : level + 1] in _ORDINARY_PLACE_WORDS or heading[level : level + 2] in _ORDINARY_PLACE_WORDS


def _jump(draft: Draft, direction: str) -> str | None:
    for line in draft.item.credit_lines:
        marker = jump_marker(line)
        if marker and marker[0] == direction:
            return marker[1]
    return None


def _headline_only(draft: Draft) -> bool:
    return (
        bool(draft.title_lines) and not draft.item.blocks and not draft.has_credit and not draft.item.captions
    )


def _move_rest(story: Draft, rest: Draft, to_page: str, from_page: str) -> None:
    item, moved = story.item, rest.item
    item.flags = [flag for flag in item.flags if flag.code != "continues_elsewhere"]
    for block in moved.blocks:
        if block.kind == PARAGRAPH:
            story.add_paragraph(block.text)  # the paragraph the jump cut goes on
        else:
            item.blocks.append(block)
    item.captions += moved.captions
    item.bylines += [byline for byline in moved.bylines if byline not in item.bylines]
    item.credit_lines += moved.credit_lines
    item.source = item.source or moved.source
    item.flags += [flag for flag in moved.flags if flag.code != "continued_from"]
    item.repairs += moved.repairs
    item.repairs.append(
        Repair("jump_joined", f"第{to_page}版的后文（“上接第{from_page}版”）与本版的开头已合并为一篇")
    )
    story.closed = rest.closed
    if rest.start is not None:
        story.start = rest.start if story.start is None else min(story.start, rest.start)
    story.end = max(story.end, rest.end)
