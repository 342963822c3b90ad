"""The shapes of a story's closing notes: an attribution run into its last paragraph (…家园。(李华)),
an end mark (（完）, （未完待续）, （根据录音整理）), a note on the author or on who gave the pictures, a
source under its label (来源：…, …供稿, 据…) and a jump to or from another page (（下转第2版）, 上接第1版).

These only say what kind of note a line is; who a byline or an attribution names is read in
``credits``, and ``assemble_attributions`` closes the story with it.
"""

from __future__ import annotations

import re
import unicodedata

from .lines import closed_up

_TRAILING_ATTRIBUTION = re.compile(  # after a copy's half-width full stop too, not a number's point
    r"(?:(?<=[。！？!?”’…])|(?<=[^\d.]\.))\s*([（(]\s*(?:[^（）()，,。：:；;]{2,16}?|完)\s*[）)])$"
)
_END_MARKS = frozenset(["完", "全文完", "终", "END", "End", "end", "未完待续", "待续", "未完", "本文有删节", "有删节", "略有删节"])
# （本文图片均由遂宁市科协提供）: who gave the piece's pictures, at its end
_PICTURES_GIVEN = re.compile(r"^(?:本文|文中|本组)?(?:图片|照片|配图)均?由(\S{1,24}?)(?:提供|拍摄)$")


def pictures_given_by(content: str) -> str | None:
    """各区县科协 of 本组图片均由各区县科协提供: who gave a piece's or a strip's pictures, else None."""
    match = _PICTURES_GIVEN.match(content.strip())
    return match.group(1) if match else None


# （根据录音整理）, （本文据讲话录音整理）: how the text was made, a speech's transcription note
_TRANSCRIBED = re.compile(r"^(?:本文)?(?:根据|据)[\u4e00-\u9fff]{0,16}整理(?:而成)?$")

# （本报记者 罗丹根据视频采访整理）: who made the text, and how (a credit, never the source it came from)
_TRANSCRIBED_BY = re.compile(r"^(\S.{0,19}?)\s*(?:根据|据)[\u4e00-\u9fff]{0,16}整理(?:而成)?$")


def transcriber_of(content: str) -> str | None:
    """本报记者 罗丹 of （本报记者 罗丹根据视频采访整理）: the credit before a transcription note, which says who
    wrote the text down from an interview, a talk or a live stream; else None."""
    found = _TRANSCRIBED_BY.match(content.strip())
    return found.group(1).strip() if found and not found.group(1).startswith("本文") else None


# （限于篇幅，其余获奖者名单略）, （名单略）, （名单从略）: the editor's word on what the text leaves out
_EDITORS_ASIDE = re.compile(r"^(?:限于篇幅|因篇幅所限|篇幅所限).*|.{0,24}(?:从略|省略|[单表件文下]略)$")
# （共86家）, （共计25项）, （共32名）: a list's count, printed under its head or before its order
_LIST_COUNT = r"(?:共|共计|合计|总计)\s*[0-9０-９一二三四五六七八九十百千两]+\s*[\u4e00-\u9fff]{1,2}"
# （按姓氏笔画排序）, （排名不分先后）: the editor's note on the order of a list, maybe after its count
# (（共156名，按姓氏笔画排序）) or the count alone
_LIST_ORDER = re.compile(
    rf"^(?:{_LIST_COUNT}[，,]\s*)?(?:以上|以下)?(?:名单|排名|排序)?(?:按.{{1,8}}(?:排序|排列|为序)|不分先后(?:顺序)?)$"
    rf"|^{_LIST_COUNT}$"
)

# （单位：万元）, （注：表中为部分学会）, （表中数据未经审计）: a table's unit or note (but （资料来源：中国科普博览）
# under a story names where its text came from: its source)
_TABLE_NOTE = re.compile(r"^(?:单位|注|说明|备注)\s*[：:]|表中|本表|上表|下表|此表")
# （注：作者系重庆大学教授）, （说明：本文数据来源于…）: a labelled note on the piece or its author, not on a table
_NOTE_ON_THE_PIECE = re.compile(r"^(?:注|说明|备注)\s*[：:]\s*(?:作者|本文)")


def is_editors_aside(content: str) -> bool:
    """Whether a bracketed line is the editor's note on the text (（限于篇幅，其余获奖者名单略）, （按姓氏笔画排序）,
    （单位：万元）, （注：表中为部分学会）): a part of the body it is printed in, not who wrote or sent the story."""
    content = content.strip()
    return (
        _EDITORS_ASIDE.fullmatch(content) is not None
        or _LIST_ORDER.match(content) is not None
        or (_TABLE_NOTE.search(content) is not None and not _NOTE_ON_THE_PIECE.match(content))
    )


# （00:12:31）, （12:05）: a video's or a live stream's time mark in its transcript
_CLOCK_TIME = re.compile(r"^\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$")
# （掌声）, （台下笑）, （播放视频）, （展示PPT）: a transcript's stage direction, a sound or an act in the hall
_STAGE_DIRECTION = re.compile(
    r"^(?:台下|现场|全场|会场|观众|听众|学生|同学们|众人|众|大家)?"
    r"(?:(?:热烈|长时间|持久)?(?:掌声|鼓掌)(?:雷动|响起|不断)?|(?:大|哄|欢)?笑(?:声)?|互动|沉默|停顿)$"
    r"|^(?:现场)?(?:播放|展示|演示|放映)(?:视频|短片|动画|图片|照片|PPT|ppt|幻灯片?|课件|实验)$"
)
# （重庆自然博物馆藏）, （作者收藏）: who holds the object an exhibit's label shows
_HOLDER_NOTE = re.compile(r"^[\u4e00-\u9fff]{1,20}(?:馆|院|所|者|人|家|中心|大学|学校)(?:收藏|珍藏|藏)$")
# （1938.7—2021.3）, （1934年5月—2021年3月）, （1932—2023）: a life's (or a plan's) span of dates under its headline
_SPAN_END = r"\d{4}(?:\s*[.．年]\s*\d{1,2}(?:\s*[.．月]\s*\d{1,2}\s*日?|\s*月)?)?\s*年?"
_DATE_SPAN = re.compile(rf"^{_SPAN_END}\s*(?:[—–－\-~～]{{1,2}}|至)\s*{_SPAN_END}$")


def is_note_in_the_text(content: str) -> bool:
    """Whether a bracketed line is a note belonging to the text it is printed in, never who wrote or sent it:
    the editor's aside (see ``is_editors_aside``), a transcript's time mark (（00:12:31）) or stage direction
    (（掌声）, （台下笑）, （播放视频）), a list's count (（共86家）), an exhibit label's holder (（重庆自然博物馆藏）) or a
    span of dates (（1938.7—2021.3）: a 生平's life span; it names no person, body or desk)."""
    content = content.strip()
    return (
        is_editors_aside(content)
        or _CLOCK_TIME.match(content) is not None
        or _STAGE_DIRECTION.match(content) is not None
        or _HOLDER_NOTE.match(content) is not None
        or is_date_span(content)
    )


def is_date_span(content: str) -> bool:
    """1938.7—2021.3, 1934年5月—2021年3月, 1932—2023: two dates joined by — or 至 and nothing else, a life's
    span under a 生平's or memorial's headline (or a plan's years): no one who wrote or sent the story."""
    return _DATE_SPAN.match(content.strip()) is not None


def is_end_mark(content: str) -> bool:
    """（完）, (END), （未完待续）, （本文有删节）, （根据录音整理，有删节）: where the story ends and how, or how its
    text was made; no source, no author."""
    marks = [mark.strip() for mark in re.split(r"[，,、；;]", content.strip())]
    return all(mark in _END_MARKS or _TRANSCRIBED.match(mark) for mark in marks)


def is_to_be_continued(content: str) -> bool:
    """（未完待续）, （待续）: an end mark that says the story is not over."""
    return content.strip() in ("未完待续", "待续", "未完")


def is_author_note(content: str) -> bool:
    """（作者系重庆市科协科普部部长）, （注：作者系…）, （原标题：…）, （本文图片均由遂宁市科协提供）, （指导老师：赵敏）:
    who the author is (or the authors, 作者均为…获得者), what a reposted story was first called, who gave its
    pictures or which teacher guided a student's essay, not where the story came from."""
    content = content.strip()
    return content.startswith(
        ("作者系", "作者为", "作者是", "作者均为", "作者均系", "本文作者", "原标题：", "原标题:", "本文系", "本文为", "指导老师", "指导教师")
    ) or bool(
        _PICTURES_GIVEN.match(content) or _NOTE_ON_THE_PIECE.match(content)
    )  # 本文系重庆市社科规划项目成果: what the piece is, not who sent it (注：作者系…, 说明：本文数据…: labelled)


def split_trailing_attribution(text: str) -> tuple[str, str] | None:
    """A closing attribution printed at the end of the last paragraph: '…家园。(李华)' → ('…家园。', '(李华)')."""
    if not text.rstrip("\n").endswith(("）", ")")):
        if text.endswith("版") and (jump := _TRAILING_BARE_JUMP.search(text)):  # …500万人次。详见第5版
            return text[: jump.start()].rstrip(), jump.group().strip()
        return None  # the attribution ends the line: skip the scan
    match = _TRAILING_ATTRIBUTION.search(text)
    if not match or not re.search(r"[\u4e00-\u9fff]", match.group(1)):
        jump = _TRAILING_JUMP.search(text)  # …专题课，（下转第2版）: the page cut it mid-sentence
        if jump and jump.start() > 0 and jump_marker(jump.group()) and jump_marker(jump.group())[0] == "to":
            return text[: jump.start()].rstrip(), jump.group()
        return None
    if is_note_in_the_text(match.group(1).strip("（）() ")):
        return None  # …“最美科技工作者”（按姓氏笔画排序）, 同学们好！（掌声）: the text's own note
    return text[: match.start()].rstrip(), match.group(1)


# A jump between pages: （下转第2版） ends this page's part of a story, （上接第1版） opens the rest of one.
# A front page's teaser points to its story so too: （详见第3版）, 见A3版, 转见第2版.
# Some e-papers word the pair 紧转/紧接 (（紧转A2版）, （紧接A1版）).
_JUMP_WORD = r"(上接|紧接|下转|紧转|下接|转见|详见|接|转|见)"
_FROM_WORDS = ("上接", "紧接", "接")
_JUMP_PAGE = r"\s*(?:第\s*)?([0-9０-９一二三四五六七八九十A-Za-z]{1,3})\s*版"
_JUMP = re.compile(rf"[（(]\s*{_JUMP_WORD}{_JUMP_PAGE}\s*[）)]")
_TRAILING_JUMP = re.compile(_JUMP.pattern + r"$")
# …also without its brackets on a line of its own, as PDF copies print it: 转第2版, 下转A2版, 上接第1版
_BARE_JUMP = re.compile(_JUMP_WORD + _JUMP_PAGE)
# …or after the sentence a teaser ends with: …送去科普展品。见A3版
_TRAILING_BARE_JUMP = re.compile(rf"(?<=[。！？!?”])\s*(?!上接|紧接|接){_JUMP_WORD}{_JUMP_PAGE}$")


def jump_marker(text: str) -> tuple[str, str] | None:
    """('from' | 'to', page) when ``text`` is only a jump marker, bracketed or bare, else None."""
    match = _JUMP.fullmatch(text.strip()) or _BARE_JUMP.fullmatch(text.strip())
    if not match:
        return None
    return ("from" if match.group(1) in _FROM_WORDS else "to"), unicodedata.normalize("NFKC", match.group(2))


def split_headline_jump(text: str) -> tuple[str, str] | None:
    """'他让老品种变成金果果（上接第1版）' → ('他让老品种变成金果果', '（上接第1版）'): the headline a paper
    prints again over a story's rest, the marker beside it; None when the line does not end with one."""
    match = _TRAILING_JUMP.search(text)
    if not match or match.start() == 0 or (jump_marker(match.group()) or ("",))[0] != "from":
        return None
    return text[: match.start()].rstrip(), match.group()


def split_leading_jump(text: str) -> tuple[str, str] | None:
    """'（上接第1版）…text' → ('（上接第1版）', '…text'); None when the line does not open with one."""
    match = _JUMP.match(text)
    if not match or jump_marker(match.group()) is None or jump_marker(match.group())[0] != "from":
        return None
    return match.group(), text[match.end() :].lstrip()


_SOURCE_LABEL = re.compile(
    r"^(?:作者单位|单位|本文来源|文章来源|稿件来源|视频来源|原视频|来源|稿源|供稿|信息来源|资料来源)\s*[:：丨|]\s*(.+)$"
    r"|^(?:本文)?(?:转自|转载自|原载(?:于)?)\s*[:：]?\s*(.+)$"  # 转自川观新闻: a repost's first outlet
)
# 综合新华社、人民网报道: the outlets a story was compiled from
_COMPILED_FROM = re.compile(r"^(?:本报)?综合(?!报道$)(.{2,30}?)(?:报道|消息)?$|^据(.{2,20}?)(?:报道|消息)?$")


# ，原标题为《…》, ，原题：《…》: a repost's note of the title it first ran under, after the outlet
_ORIGINAL_TITLE = re.compile(r"\s*[，,；;]\s*原(?:标)?题(?:为|是)?\s*[:：]?\s*《.*$")

_SUPPLIED = re.compile(r"^(?!图|照片)([^由]{2,30}?)\s*(?:供稿|来稿|提供)$")  # 永川区科协供稿, 重庆市气象台提供


# 《四川科技报》2023年7月14日第2版: an outlet's title, then the issue a piece was printed in
_TITLE_THEN_ISSUE = re.compile(
    r"^《([^《》]{2,20})》\s*(?:\d{4}年)?(?:\d{1,2}月\d{1,2}日)?\s*(?:第\s*[0-9一二三四五六七八九十]{1,3}\s*[版期])?$"
)


# 来源：健康报, 转载自川观新闻: a closing note naming, in so many words, the outlet the piece came from
_ORIGIN_LABEL = re.compile(r"^(?:本文|文章|稿件)?(?:来源|稿源)\s*[:：丨|]\s*\S|^(?:本文)?(?:转自|转载自|原载(?:于)?)\s*[:：]?\s*\S")


def names_its_origin(content: str) -> bool:
    """来源：健康报: where the piece came from, which no author's unit in its byline overrides."""
    return bool(_ORIGIN_LABEL.match(content))


def labelled_source(content: str) -> str:
    """A closing attribution's source without its label: 作者单位：重庆市科协 → 重庆市科协,
    永川区科协供稿 (重庆市气象台提供) → 永川区科协, 综合新华社、人民网报道 → 新华社、人民网, 据科普中国 → 科普中国, 原载《四川科技报》2023年
    7月14日第2版 → 四川科技报, 渝 科 (a desk's mark spread to the column's width, as a name is) → 渝科 (题图由X提供
    credits a picture and stays as printed)."""
    found = _SOURCE_LABEL.match(content) or _SUPPLIED.match(content) or _COMPILED_FROM.match(content)
    source = next(group for group in found.groups() if group) if found else closed_up(content, most=2)
    source = _ORIGINAL_TITLE.sub("", source)  # 转载自果壳网，原标题为《秋叶变红的秘密》: the note is no outlet's
    titled = _TITLE_THEN_ISSUE.match(source) if source[:1] == "《" else None
    return titled.group(1) if titled else source  # 据《成都日报》, 原载《四川科技报》2023年7月14日第2版
