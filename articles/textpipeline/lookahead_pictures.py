"""What the lines after a position say about pictures: a photo's caption over its credit, a set of numbered
or circled captions a credit closes, a titled photo with no story after it, a paragraph closed by the body
that gave the pictures.

The photo rules (``assemble_pictures``), the headline and the furniture rules ask these; kept apart from ``lookahead``
(the look-ahead for stories, headlines and lists) so each reads in one sitting.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import credits_datelines, credits_photos, shapes
from .lines import Line
from .lookahead import _text_at, could_headline_at, ends_story
from .shapes_lists import CIRCLED_DIGITS
from .shapes_pictures import is_latin_caption, is_numbered_caption, tells_more_of_the_story


def numbered_caption_at(lines: Sequence[Line], index: int) -> bool:
    """图①：… at ``index``: the headline above it is a photo story's."""
    text = _text_at(lines, index)
    return text is not None and is_numbered_caption(text)


def credited_pictures_at(lines: Sequence[Line], index: int) -> bool:
    """图① … 图② … over （本报记者 X 摄） at ``index``: a set of numbered captions whose credit closes it.
    A 组图 numbers them with bare circled digits too (①…, ②…): the credit is what tells them from a list."""
    while (text := _text_at(lines, index)) is not None and (
        is_numbered_caption(text) or text[:1] in CIRCLED_DIGITS
    ):
        photo = credits_photos.parse_photo_credit(text)
        if photo is not None and photo.photographers:
            return True  # the last caption carries the set's credit
        index += 1
    photo = credits_photos.parse_photo_credit(text) if text is not None else None
    return photo is not None and bool(photo.photographers) and not photo.caption


def circled_pictures_at(lines: Sequence[Line], index: int) -> bool:
    """①9月14日，… ②市民在… over 本报记者 龙帆 摄 at ``index``: a 组图's captions numbered by bare circled
    digits, which a credit closes (without one, ①… lines are a list)."""
    text = _text_at(lines, index)
    return text is not None and text[:1] in CIRCLED_DIGITS and credited_pictures_at(lines, index)


def _credit_under_caption(lines: Sequence[Line], index: int) -> credits_photos.PhotoCredit | None:
    """The credit alone on the line under a caption at ``index`` (a short sentence with none of its own),
    or under the caption's English version (7月26日，外籍青少年…。 over Foreign teenagers… over 张静 摄)."""
    text = _text_at(lines, index)
    if text is None or not shapes.ends_sentence(text) or shapes.visible_length(text) > 150:
        return None
    if credits_photos.parse_photo_credit(text) is not None or credits_datelines.parse_lead(text):
        return None  # (本报讯 6月12日，… over 王军 摄: a story's lead and its picture's credit, no caption)
    following = _text_at(lines, index + 1)
    if following is not None and is_latin_caption(following) and not is_latin_caption(text):
        following = _text_at(lines, index + 2)
    photo = credits_photos.parse_photo_credit(following) if following is not None else None
    return photo if photo is not None and not photo.caption else None


def caption_over_credit_at(lines: Sequence[Line], index: int) -> bool:
    """7月15日，荣昌区科协…。 over 通讯员 刘波 摄 at ``index``: a photo's caption, its credit on the next line."""
    photo = _credit_under_caption(lines, index)
    return photo is not None and bool(photo.photographers)


def caption_over_body_credit_at(lines: Sequence[Line], index: int) -> bool:
    """5月26日，…栽种马铃薯。 over （巫溪县科协供图） at ``index``: a photo's caption, a body's credit
    for the picture on the next line (no photographer to name)."""
    photo = _credit_under_caption(lines, index)
    return photo is not None and not photo.photographers and "供" in photo.credit


def titled_photo_at(lines: Sequence[Line], index: int) -> bool:
    """A credited caption at ``index`` with nothing of a story after it: the line above is its title.
    The credit may end the caption (…茶园管理技术。 通讯员 田晓 摄, or a body's: …观察。 四川大学供图) or
    stand on the line under it."""
    text = _text_at(lines, index)
    if text is None:
        return False
    if caption_over_credit_at(lines, index):
        return ends_photo(lines, index + 2)
    photo = credits_photos.parse_photo_credit(text)
    credited = photo is not None and (photo.photographers or "供" in photo.credit)
    return bool(credited and photo.caption) and not credited_story_paragraph_at(lines, index) and ends_photo(lines, index + 1)


def credited_story_paragraph_at(lines: Sequence[Line], index: int) -> bool:
    """当天，志愿者们还走进…。（永川区科协供图） at ``index``: a paragraph telling more of the story above,
    closed by the body that gave the story's pictures, as a story closes with its attribution; no caption."""
    text = _text_at(lines, index)
    photo = credits_photos.parse_photo_credit(text) if text else None
    return (
        photo is not None
        and not photo.photographers
        and "供" in photo.credit
        and photo.credit.startswith(("（", "("))
        and tells_more_of_the_story(photo.caption)
    )


def ends_photo(lines: Sequence[Line], index: int) -> bool:
    """What ends a story at ``index``, or the next titled photo's title (南岸：社区里的“科学小课堂” over its
    credited caption, though a place before a colon reads like a field's label; its credit may name the
    body that gave the picture)."""
    return ends_story(lines, index) or (
        could_headline_at(lines, index)
        and (titled_photo_at(lines, index + 1) or caption_over_body_credit_at(lines, index + 1))
    )
