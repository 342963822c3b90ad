"""The shapes of pictures' lines: a caption pointed at its picture (▲…, 👆…), numbered (图①：…) or
naming the scene (大会现场), a paragraph closed by its picture's credit, a note on what a picture is
(（资料图片）, （数据来源：…）), and the 图片： that announces an article's pictures.

Which story a caption belongs to, and whether it is a photo item of its own, is decided in
``assemble_pictures``.
"""

from __future__ import annotations

import re


def ends_with_credit(text: str) -> bool:
    """A caption naming its artist or source last: 矿工（石膏）（孙宝田）."""
    return bool(re.search(r"[）)]\s*[（(][^（）()]{2,12}[）)]$", text))


# Foreign teenagers experience VR equipment at…, Photo: Foreign experts visit…: Latin words only, three or more
_LATIN_CAPTION = re.compile(r"^[A-Za-z][A-Za-z0-9'’&,:;\-–—()/.% ]*(?: [A-Za-z0-9'’&,:;\-–—()/.%]+){2,}$")


def is_latin_caption(text: str) -> bool:
    """Foreign teenagers experience VR equipment at Chongqing Science and Technology Museum.: a picture's
    caption in English, printed beside its Chinese one on an international page."""
    return len(text) <= 300 and bool(_LATIN_CAPTION.match(text))


def is_picture_marker(text: str) -> bool:
    """图片： introduces the captions of an article's pictures."""
    return text in ("图片：", "图片:", "图片", "图：", "附图：", "附图:")


_PICTURE_NOTE = re.compile(
    r"^(?:资料图片?|资料照片|网络图片|示意图|组图|配图|图片(?:来自|来源于?)[:：]?\s*\S{1,12}|(?:视频|直播)截图|现场(?:图片?|照片)"
    r"|(?:数据|表格数据)(?:来源于?|来自)[:：]?\s*\S{1,20}"  # under a table: its figures' source
    r"|附(?:图片?|照片)\s*[0-9０-９一二三四五六七八九十]{0,2}\s*[张幅]?)$"  # under a headline: pictures follow
)
# 现场座无虚席。（图为报告会现场。记者 张伟 摄）: a picture's caption and credit closing a paragraph.
_PICTURE_CREDIT_END = re.compile(r"[（(][^（）()]{0,80}?(?:摄|摄影|供图|资料图片?|资料照片)\s*[）)]$")


def is_picture_note(content: str) -> bool:
    """（资料图片）, （图片来自网络）, （数据来源：重庆市科协）: what a picture or a table is, in brackets;
    no source or author of the story."""
    return bool(_PICTURE_NOTE.match(content.strip()))


def ends_with_picture_credit(text: str) -> bool:
    """A paragraph closed by its picture's bracketed caption or credit: finished, as if by 。"""
    return bool(_PICTURE_CREDIT_END.search(text))


# Marks and emoji pointing up or down at a picture: ▲ ↑ ⬆️ 👆 over it, ▼ ↓ ⬇️ 👇 under it
PICTURE_POINTERS = "▲△▼▽↑↓⬆⬇☝👆👇🔼🔽⏫⏬"
# ▲ 活动现场。, ↑ 志愿者为群众讲解。, ⬆️现场群众参观科普展台: a pointer, then the picture's caption (a lone
# ▼ is an ornament).
_POINTED_CAPTION = re.compile(rf"^[{PICTURE_POINTERS}]\ufe0f?\s*[^\s{PICTURE_POINTERS}\ufe0f]")


def is_pointed_caption(text: str) -> bool:
    """A caption opened by a mark pointing at its picture: ▲…, ▼…, ↑…, ⬆️…, 👆… (not a lead-in to what
    follows, ▼活动流程如下：, nor a prompt to the reader, 👇点击下方“阅读原文”报名)."""
    return bool(_POINTED_CAPTION.match(text)) and text[-1] not in "：:" and not _READER_PROMPT.search(text[:12])


# What a post asks its reader to do to a link or a code: 点击上方蓝字, 长按识别二维码, 扫码 (one table for
# pagemeta's follow prompts and the prompts under a pointer)
READER_ACTIONS = "点击|长按|扫码|扫描|识别"
# What a post asks its reader to do under a pointer: 点击下方“阅读原文”, 长按识别二维码, 扫码报名, 关注我们
_READER_PROMPT = re.compile(rf"{READER_ACTIONS}|关注|阅读原文|戳|报名通道")


# 图①：…, 图① …, 图2 …, 上图：…, 图：… (a number may stand before a space alone; a bare 图 needs its colon)
_NUMBERED_PICTURE = re.compile(
    r"^(?:图\s*[①-⑳0-9０-９一二三四五六七八九十]{1,2}(?:\s*[:：]|\s+(?=\S))"
    r"|(?:[上下左右中]图|图[上下左右中]|图(?=\s*[:：]\s*\S))\s*[:：])"
)


# 当天，…, 此外，…, 活动中，…: a sentence telling more of the event told above, a story's, never a caption
# (a caption says what its picture shows, whatever was printed before it)
_TELLS_MORE = ("当天", "当日", "同日", "次日", "同时", "此外", "另外", "随后", "此前", "期间", "会上", "会后", "活动中", "活动期间")


def tells_more_of_the_story(text: str) -> bool:
    """当天，志愿者们还走进…: a paragraph carrying on the story above it, which a picture's caption never does."""
    return text.startswith(_TELLS_MORE)


_SCENE = re.compile(r"^[\u4e00-\u9fff]{1,8}现场。?$")
_SENTENCE_WORDS = frozenset("了我你他她们在到是")  # 我们来到了活动现场。 is a sentence of the story


def is_scene_caption(text: str) -> bool:
    """大会现场。, 签约仪式现场: the caption papers print under a picture of the event, never a paragraph."""
    return text.endswith(("现场", "现场。")) and bool(_SCENE.match(text)) and not _SENTENCE_WORDS.intersection(text)


def is_numbered_caption(text: str) -> bool:
    """图①：…, 上图：…, 图左：…, 图：…: the caption of one of a story's pictures."""
    return bool(_NUMBERED_PICTURE.match(text))
