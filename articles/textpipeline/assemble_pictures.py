"""The assembler's rules for pictures: captions with or without a credit, 图片： markers, a
photo's credit on a line of its own, and a caption printed twice.

``PictureRules`` is mixed into ``assemble._Assembler`` and uses its state (``current``,
``result``, ``after_photo``) and helpers (``_open``, ``_new_draft``, ``_credit``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import credits_bylines, credits_datelines, credits_photos, shapes
from .draft import CLOSED_BY_BYLINE, CLOSED_BY_PAGE, Draft, continues
from .lines import Line
from .lookahead import after_meta, announces_story, could_headline_at, credit_at, heading_at, story_at
from .lookahead_pictures import (
    caption_over_body_credit_at,
    caption_over_credit_at,
    circled_pictures_at,
    credited_pictures_at,
    credited_story_paragraph_at,
    ends_photo,
)
from .model import (
    PARAGRAPH,
    PHOTO,
    PHOTOGRAPHER,
    SUBHEADING,
    Byline,
    Caption,
    Item,
    Repair,
)
from .orgnames import FULL_SUFFIXES, KEXIE_NAMES, LEVEL_CHARS, SHORT_SUFFIXES
from .pagemeta import record_meta_line
from .shapes_briefs import is_marked_brief, is_news_lead
from .shapes_credits import pictures_given_by
from .shapes_headlines import SUBJECT_TAIL, is_strong_headline
from .shapes_lists import is_list_item, list_number
from .shapes_pictures import (
    PICTURE_POINTERS,
    ends_with_credit,
    is_latin_caption,
    is_numbered_caption,
    is_picture_marker,
    is_picture_note,
    is_pointed_caption,
    is_scene_caption,
)

# 图为…, 图①…, 上图：… after a finished sentence: where a caption begins in a line a story's words open
_CAPTION_OPENER_INSIDE = re.compile(r"(?<=[。！？])\s*(图为|图[①②③④⑤⑥⑦⑧⑨⑩]|[上下左右]图[：:])")
# 3月25日，宜宾市第一人民医院…: the place or the body a dated caption's news opens with
_CAPTION_SUBJECT = re.compile(rf"^[^，,]{{2,16}}[，,]\s*([\u4e00-\u9fff]{{2,12}}?{SUBJECT_TAIL})")
# The endings of one body's name, short and full: 科协 = 科学技术协会, 老科协 = 老科学技术工作者协会, 教委 = 教育委员会
_SAME_BODY_ENDINGS = (
    KEXIE_NAMES,
    *FULL_SUFFIXES.items(),
    *((short, full) for full, short in SHORT_SUFFIXES.items()),
)
_DOWN_POINTERS = ("▼", "▽", "↓", "👇")  # alone on a line: the picture under it is gone from the copy


class PictureRules:
    """Handlers for the lines that caption or credit a picture (see ``assemble._Assembler.step``)."""

    def _photo_credit(self, index: int, line: Line) -> bool:
        photo = credits_photos.parse_photo_credit(line.text)
        if photo is None or (photo.caption and credits_bylines.parse_byline_line(line.text)):
            return False  # 文字：X 摄影：Y is a credit line, not a caption "文字：X" by Y
        if photo.caption and credits_datelines.parse_lead(photo.caption):
            return False  # 本报讯（通讯员 陈静）3月5日，…。（荣昌区科协供图）: a story's lead, its pictures credited
        if credited_story_paragraph_at(self.lines, index):
            return False  # 当天，志愿者们还…。（永川区科协供图）: the story's last paragraph, its pictures credited
        photo = self._end_of_cut_sentence(photo)
        if photo.caption and (english := self._english_caption_above(index)):
            photo = replace(photo, caption=f"{photo.caption} {english}")
        current = self._open()
        if self.current and self.current.picture_mode:
            current = self.current
        if current and (
            current.picture_mode
            or current.item.kind == PHOTO
            or _announces_pictures(current)
            or _caption_belongs(current, photo)
            or self._inside_the_story(index, current, photo)
            or (photo.caption and self._sentence_cut_at(index))  # …来自区人民医院等 / ▲…。璧山区科协供图 / 20家…
        ):
            if photo.caption:
                current.add_caption(photo.caption, photo.photographers, photo.credit)
            else:
                _attach_credit(current, photo)
            current.cover(line)
            return True
        if not photo.caption and self.result.drafts:
            last = self.package_credit_goes_on(self.result.drafts[-1])
            _attach_credit(last, photo)
            last.cover(line)
            return True
        last = self.result.drafts[-1] if self.result.drafts else None
        if last is not None and last.is_article and last.closed != CLOSED_BY_PAGE and _names_only_the_kind(photo):
            last.add_caption(photo.caption, photo.photographers, photo.credit)  # ▲视频截图 under the story's
            last.cover(line)  # signature: its picture, no news item of its own
            return True
        if last is not None and last.item.kind == PHOTO and self.after_photo and _same_caption(last, photo):
            last.item.repairs.append(Repair("duplicate_removed", f"删除重复的图片说明：“{photo.caption[:16]}…”", line.text))
            last.cover(line)  # the copy printed the photo's caption twice: one photo item
            return True
        draft = Draft(Item(kind=PHOTO))
        draft.add_caption(photo.caption, photo.photographers, photo.credit)
        draft.cover(line)
        draft.closed = CLOSED_BY_BYLINE
        self.result.drafts.append(draft)
        self.after_photo = True
        return True

    def _inside_the_story(self, index: int, story: Draft, photo: credits_photos.PhotoCredit) -> bool:
        """A credited caption inside an article: the story goes on under it (its next paragraph, its closing
        credit or attribution, or the next of its sections' headings over prose with no byline or lead of a
        story of its own), or the caption only names what kind of picture it is (▲视频截图): the
        story's own picture. A caption stands alone as photo news only between stories; a dated caption over
        a heading tells news of its own and is left to stand."""
        if not (story.is_article and story.has_body and photo.caption):
            return False
        if _names_only_the_kind(photo):
            return True  # 视频截图 says nothing by itself: no news item of its own
        last = story.item.blocks[-1]
        if last.kind == PARAGRAPH and continues(last.text, photo.caption):
            return False  # …轨排稳稳落在龙盛车站路基上，标志 over 着重庆…阶段。 X 摄: a caption cut in two, its start above
        if index + 1 < len(self.lines) and shapes.attribution_of(self.lines[index + 1].text) is not None:
            return True  # …截图 成都市科协供图 over （编辑：赵敏 审核：李建国）: the story's closing line
        after = after_meta(self.lines, index + 1)  # (over a picture's placeholder: what comes under it)
        if after >= len(self.lines):
            return False
        if credit_at(self.lines, after):
            return False  # 本报讯（记者 X）… under it: the next story's lead
        if story_at(self.lines, after):
            return True  # the story's next paragraph
        return (
            any(block.kind == SUBHEADING for block in story.item.blocks)
            and not is_news_lead(photo.caption)  # 4月2日，…铺轨。 over a heading: news of its own, between stories
            and heading_at(self.lines, after)
            and story_at(self.lines, after + 1)
            and not announces_story(self.lines, after + 1)
        )  # 【导览编号 12】太白华阳龙 over prose, after the story's 【导览编号 07】…: its next section

    def _end_of_cut_sentence(self, photo: credits_photos.PhotoCredit) -> credits_photos.PhotoCredit:
        """…截至11月末， over 专家大院已带动全县发展脆李种植20万亩。图为专家在柑园村…。 本报记者 谭林 摄: the
        words before 图为 finish the story's open sentence, the caption begins at 图为; the story takes those
        words and the photo the rest (they had gone into the caption). A caption's own first sentence
        (3月5日，…举行。图为活动现场。) finishes no open sentence and stays."""
        current = self._open()
        opener = _CAPTION_OPENER_INSIDE.search(photo.caption)
        if opener is None or not (current and current.is_article and current.has_body):
            return photo
        words, last = photo.caption[: opener.start()].rstrip(), current.item.blocks[-1]
        if last.kind != PARAGRAPH or not continues(last.text, words):
            return photo
        current.add_paragraph(words)
        return replace(photo, caption=photo.caption[opener.start(1) :])
    def _english_caption_above(self, index: int) -> str:
        """Photo: Foreign experts visit… over 图为外籍专家在永川参观。 永川区科协供图: the caption's English
        version, printed over it and taken for the story's last paragraph, is taken back out of the story.
        Not the English the story's paragraph before announces (…专家发言时说： over I have worked in…): a
        quote, the story's text."""
        above = self.lines[index - 1].text if index else ""
        blocks = self.current.item.blocks if self.current is not None else []
        if not (is_latin_caption(above) and blocks and blocks[-1].kind == PARAGRAPH and blocks[-1].text == above):
            return ""
        if len(blocks) >= 2 and blocks[-2].kind == PARAGRAPH and blocks[-2].text.rstrip()[-1:] in "：:":
            return ""
        blocks.pop()
        return above

    def _picture_marker(self, index: int, line: Line) -> bool:
        current = self.current
        if not (is_picture_marker(line.text) and current):
            return False
        current.picture_mode = True
        current.item.credit_lines.append(line.text)
        current.cover(line)
        return True

    def _picture_caption(self, index: int, line: Line) -> bool:
        """After 图片：, a caption line: 图为…, １、…, 矿工（石膏）（孙宝田）, or a sentence over its photographer's
        credit (院士与同学们亲切交流。 over （本报记者 周翔 摄影报道））."""
        current = self.current
        text = line.text
        if not (current and current.picture_mode) or is_strong_headline(text):
            return False
        if not (
            text.startswith("图为") or is_list_item(text) or ends_with_credit(text) or self._over_photographers_credit(index)
        ):
            if not self._credits_photographer(index):
                current.picture_mode = False  # (the credit under the captions ends it, crediting them)
            return False
        current.add_caption(text, (), "")
        current.cover(line)
        return True

    def _over_photographers_credit(self, index: int) -> bool:
        """The line under ``index`` credits a photographer: 通讯员 刘波 摄, or （本报记者 周翔 摄影报道）."""
        return caption_over_credit_at(self.lines, index) or self._credits_photographer(index + 1)

    def _credits_photographer(self, index: int) -> bool:
        """The line at ``index`` is a bracketed credit naming a photographer: （本报记者 周翔 摄影报道）."""
        if index >= len(self.lines):
            return False
        content = shapes.attribution_of(self.lines[index].text)
        bylines = credits_bylines.parse_byline_line(content) if content else None
        return any(byline.role == PHOTOGRAPHER for byline in bylines or ())

    def _marked_caption(self, index: int, line: Line) -> bool:
        """▲科技特派员在田间指导。, ↑ 志愿者…, 👆志愿者…, 图为…, 1、图为…, 图①：…, 大会现场。: a picture's caption
        printed without a credit, or the next of a photo item's numbered captions (1、…（X 摄） over 2、…).

        The photographer is the article's own (图 | 李明) when it names exactly one.
        """
        current = self._open()
        text = line.text
        if current is not None and _next_of_numbered_captions(current, text):
            current.item.captions.append(Caption(text))  # 1、…（X 摄） over 2、…: the set's next picture
            current.cover(line)
            return True
        marked = (
            (text[:1] in PICTURE_POINTERS and is_pointed_caption(text))
            or (_unnumbered(text).startswith("图为") and shapes.visible_length(text) <= 80)
            or (index > 0 and self.lines[index - 1].text in _DOWN_POINTERS and self._under_lone_pointer(index))
        )
        numbered = (
            (is_numbered_caption(text) or circled_pictures_at(self.lines, index))
            and shapes.visible_length(text) <= 120
        ) or (text[-1:] in "场。" and is_scene_caption(text))
        if numbered and self._picture_set(index, line, current):
            return True
        if not (current and current.is_article and ((marked and current.has_body) or (numbered and current.title_lines))):
            return False
        if current.briefs and is_marked_brief(text):
            return False  # 简讯 over △…。（据新华社电）: a brief, not a picture's caption
        photographers = {b.name for b in current.item.bylines if b.role == PHOTOGRAPHER}
        current.item.captions.append(Caption(line.text, photographers.pop() if len(photographers) == 1 else None))
        current.cover(line)
        return True

    def _strip_caption(self, index: int, line: Line) -> bool:
        """▲5月20日，荣昌区科协在安富街道… under 图片新闻, or after another caption of the strip: a photo
        item of its own with its own date and region, though no credit names its photographer (the
        strip was one photo item titled with the section's name, its captions paragraphs)."""
        text = line.text
        if not (text[:1] in PICTURE_POINTERS and is_pointed_caption(text)):
            return False
        if not (self.current is not None and self.current.in_strip) and not self._photo_section_over(index):
            return False
        draft = self._new_draft(line, title=None)
        draft.item.kind = PHOTO
        draft.in_strip = True
        draft.add_caption(text, (), "")
        return True

    def _photo_section_over(self, index: int) -> bool:
        """The section's name (图片新闻) right over ``index``: a banner already, or an open photo item's
        only title, which goes to the banners (the strip's photos are items of their own)."""
        current = self._open()
        if current is None:
            above = self.lines[index - 1].text if index else ""
            return bool(self.meta.banners) and self.meta.banners[-1] == above and above in PHOTO_SECTIONS
        if current.item.kind != PHOTO or len(current.title_lines) != 1 or current.title_lines[0] not in PHOTO_SECTIONS:
            return False
        if current.has_body or current.item.captions or current.has_credit:
            return False
        record_meta_line(self.meta, "banner", current.title_lines[0])
        self.result.drafts.remove(current)
        self.current = None
        return True

    def _strip_credit(self, index: int, line: Line) -> bool:
        """（本组图片均由各区县科协提供） under a strip's captions: the body that gave them is each photo's
        source, the line printed once, with the last (it credited the last photo only)."""
        content = shapes.attribution_of(line.text)
        body = pictures_given_by(content) if content else None
        if body is None or not (self.current is not None and self.current.in_strip):
            return False
        for draft in reversed(self.result.drafts):
            if not draft.in_strip:
                break
            draft.item.source = draft.item.source or body
        self.current.item.credit_lines.append(line.text)
        self.current.cover(line)
        self.current.closed = CLOSED_BY_BYLINE
        return True

    def _under_lone_pointer(self, index: int) -> bool:
        """▼ alone, then 同学们认真观看科学实验: a WeChat post's arrow pointing down at a picture the
        copy lost, and the picture's caption under it (a short line, no lead-in to a list)."""
        text = self.lines[index].text
        return (
            index > 0
            and self.lines[index - 1].text.strip() in _DOWN_POINTERS
            and shapes.visible_length(text) <= 40
            and text[-1] not in "：:"
        )

    def _caption_over_credit(self, index: int, line: Line) -> bool:
        """A sentence over 通讯员 刘波 摄 where no story is open (between stories, under 图片新闻, after
        another photo): a photo item's caption, its credit on the next line (it was an untitled
        paragraph flagged for an editor)."""
        current = self._open()
        if not caption_over_credit_at(self.lines, index) and not (
            current is None and caption_over_body_credit_at(self.lines, index)  # only between stories
        ):
            return False
        if current is not None and current.item.kind == PHOTO and not current.item.captions and not current.has_body:
            current.add_caption(line.text, (), "")  # 美丽乡村 over its caption: the titled photo's
            current.cover(line)
            return True
        if (
            current is not None
            and current.is_article
            and current.title_lines
            and not (current.has_body or current.has_credit)
            and ends_photo(self.lines, index + 2)
        ):
            current.item.kind = PHOTO  # 科普大篷车开进山村 over its caption over 通讯员 向阳 摄, then nothing
            current.add_caption(line.text, (), "")  # of a story: a titled photo (it was a story of one
            current.cover(line)  # paragraph, credited to a photographer)
            return True
        if current is not None and current.is_article and current.has_body and self._photo_news_under_story(index, current):
            draft = self._new_draft(line, title=None)  # 3月25日，宜宾市第一人民医院…。图为讲座现场。 over 记者 张明 摄,
            draft.item.kind = PHOTO  # under a story that names neither: a photo news item of its own
            draft.add_caption(line.text, (), "")
            return True
        if current is not None and not (current.item.kind == PHOTO and current.item.captions):
            return False  # inside a story: its paragraph, the credit its pictures'
        if _english_of_last_caption(current, line.text):
            last = current.item.captions[-1]  # 7月26日，外籍青少年…。 over Foreign teenagers…: one caption
            current.item.captions[-1] = Caption(f"{last.text} {line.text}", last.photographer)
            current.cover(line)
            return True
        draft = self._new_draft(line, title=None)
        draft.item.kind = PHOTO
        draft.add_caption(line.text, (), "")
        return True

    def _photo_news_under_story(self, index: int, story: Draft) -> bool:
        """A dated news sentence and its 图为… over a photographer's credit, the story over ending there, about
        a place or a body the story does not name: a photo news item between two stories (not the story's
        own picture, which shows what the story tells)."""
        text = self.lines[index].text
        if "。图为" not in text or not is_news_lead(text):
            return False
        if not (
            ends_photo(self.lines, index + 2)
            or (could_headline_at(self.lines, index + 2) and announces_story(self.lines, index + 3))
        ):
            return False  # the story goes on under the credit: its own picture
        subject = _CAPTION_SUBJECT.search(text)
        if subject is None:
            return False
        told = "".join([*story.title_lines, *(block.text for block in story.item.blocks)])
        place, named_after = subject.group(1), text[subject.end(1):]
        return place not in told and not any(name in told for name in _names_of_body(place, named_after))

    def _picture_set(self, index: int, line: Line, current: Draft | None) -> bool:
        """图① … 图② … （本报记者 X 摄） between stories: a photo item of its own with every caption of
        the set; the credit under them names their photographer (``_photo_credit``)."""
        if current is not None and current.item.kind == PHOTO and not current.item.bylines:
            current.add_caption(line.text, (), "")  # the set's next caption
            current.cover(line)
            return True
        if current is not None or not credited_pictures_at(self.lines, index):
            return False
        photo = credits_photos.parse_photo_credit(line.text)
        draft = self._new_draft(line, title=None)
        draft.item.kind = PHOTO
        if photo is not None and photo.photographers:
            draft.add_caption(photo.caption, photo.photographers, photo.credit)
        else:
            draft.add_caption(line.text, (), "")
        return True

    def _credited_caption_at(self, index: int) -> bool:
        """A picture's caption with its credit at ``index``, on one line (图为…。新华社发) or over it."""
        if index >= len(self.lines):
            return False
        photo = credits_photos.parse_photo_credit(self.lines[index].text)
        return (photo is not None and bool(photo.caption)) or caption_over_credit_at(self.lines, index)

    def _pictures_under_section_name(self, index: int) -> bool:
        """图片报道 over 9月9日，…上课。新华社记者 杨文斌 摄: pictures each with its credit, under the
        section's name (numbered captions, １、… ２、…, are one photo item's pictures under it)."""
        if caption_over_credit_at(self.lines, index):
            return True
        return self._credited_caption_at(index) and list_number(self.lines[index].text) is None


def _names_only_the_kind(photo: credits_photos.PhotoCredit) -> bool:
    """▲视频截图, 直播截图, 资料图片: a caption that only says what kind of picture it is, nothing a photo news
    item could be about; the story's picture. (活动现场 names the event's scene: a photo item's caption.)"""
    caption = photo.caption.lstrip(PICTURE_POINTERS + "\ufe0f ")
    return bool(caption) and is_picture_note(caption)


def _english_of_last_caption(draft: Draft | None, text: str) -> bool:
    """An English caption under a photo item's Chinese caption that no credit has closed yet: its
    English version, which the credit under both closes."""
    if draft is None or draft.item.kind != PHOTO or not draft.item.captions or draft.has_credit:
        return False
    return is_latin_caption(text) and not is_latin_caption(draft.item.captions[-1].text)


def _names_of_body(place: str, named_after: str) -> set[str]:
    """The names a story may give the body a caption names after ``place`` (重庆市 + 科学技术协会在…): its
    full or short name after the place (重庆市科协), the place's short form (重庆科协) or, as the organization
    finder reads a context form, the place's level alone (市科协). None when no body's name follows."""
    for endings in _SAME_BODY_ENDINGS:
        if any(named_after.startswith(ending) for ending in endings):
            places = {place, place[-1]} if place[-1] in LEVEL_CHARS else {place}
            if len(place) >= 3:
                places.add(place[:-1])
            return {where + ending for where in places for ending in endings}
    return set()


_CAPTION_NUMBER = re.compile(r"^([0-9]{1,2})([、．.])\s*")  # 1、图为…, 2、1月2日，… (a day may follow)


def _unnumbered(text: str) -> str:
    """2、图为游客… → 图为游客…: a numbered caption's text after its number."""
    return _CAPTION_NUMBER.sub("", text, count=1)


def _next_of_numbered_captions(draft: Draft, text: str) -> bool:
    """2、… under a photo item whose last caption is 1、…: one set of numbered pictures, the next of them
    (one caption carried its 摄 credit, its uncredited sibling was a paragraph)."""
    if draft.item.kind != PHOTO or not draft.item.captions or draft.has_body:
        return False
    number, last = _CAPTION_NUMBER.match(text), _CAPTION_NUMBER.match(draft.item.captions[-1].text)
    return bool(number and last) and number.group(2) == last.group(2) and int(number.group(1)) == int(last.group(1)) + 1


def _same_caption(draft: Draft, photo: credits_photos.PhotoCredit) -> bool:
    """The photo item's one caption is this caption with this credit."""
    captions = draft.item.captions
    return len(captions) == 1 and captions[0].text == photo.caption and photo.credit in draft.item.credit_lines

def _caption_belongs(draft: Draft, photo: credits_photos.PhotoCredit) -> bool:
    """A caption right under an article's headline, or by the article's own 文/图 author, is the article's picture
    (under the headline, its credit may name the body that gave it: 青少年科学营 over …观察。 四川大学供图)."""
    if not (draft.is_article and photo.caption and (photo.photographers or "供" in photo.credit)):
        return False
    if draft.title_lines and not draft.has_body:
        return not draft.item.captions or _same_pictures(draft, photo)
    if not photo.photographers:
        return False
    credited = {b.name for b in draft.item.bylines}
    return all(name in credited for name in photo.photographers)

def _same_pictures(draft: Draft, photo: credits_photos.PhotoCredit) -> bool:
    """A second caption under a titled picture: the same photographer's, or one of a numbered set
    (图②：…); another photographer's unnumbered caption is a photo of its own."""
    if is_numbered_caption(photo.caption) or is_list_item(photo.caption):
        return True
    return bool(set(photo.photographers) & {c.photographer for c in draft.item.captions})


def _announces_pictures(draft: Draft) -> bool:
    """（附图片） at the end of the headline or on a line under it: the story's pictures follow."""
    return any("附图" in title or "图片" in title for title in draft.title_lines) or any(
        "附图" in line or "附照片" in line for line in draft.item.credit_lines
    )

PHOTO_SECTIONS = frozenset({"图片新闻", "图片报道", "新闻图片", "摄影报道"})  # a page's pictures under one name


def is_photo_headline(title: str) -> bool:
    return title.endswith(("（图片）", "(图片)")) or title in PHOTO_SECTIONS

def _attach_credit(draft: Draft, photo: credits_photos.PhotoCredit) -> None:
    """A credit on a line of its own: the photographer of the item's pictures."""
    draft.item.credit_lines.append(photo.credit)
    draft.item.bylines.extend(Byline(PHOTOGRAPHER, name) for name in photo.photographers)
    if photo.photographers:
        credit_last_captions(draft.item, photo.photographers[0])


def credit_last_captions(item: Item, photographer: str) -> None:
    """The photographer of the item's last captions printed without one: 图①：… 图②：… then 本报记者 X 摄,
    all of them."""
    captions = item.captions
    at = len(captions)
    while at > 0 and captions[at - 1].photographer is None:
        at -= 1
        captions[at] = Caption(captions[at].text, photographer)
