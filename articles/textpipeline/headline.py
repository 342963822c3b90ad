"""Split a headline into 引题 (kicker), 主题 (title) and 副题 (subtitle).

Papers stack the three on one line separated by spaces. The rule, by the
number of space-separated parts (spaces inside English words do not count):

* one part: the title;
* two parts: title and subtitle
  (重庆小雨点作为中国科技金融企业代表 / 向全球金融机构分享应对疫情经验), unless the first is a
  word of three characters or fewer (遂宁 “科技之春”暨科技活动周启动) or the two are a couplet's
  matched halves (科普进乡村 果农笑开颜): one title, as printed;
* three parts: kicker, title, subtitle
  (我市多措并举打好疫情防控和脱贫攻坚“组合拳” / “两线作战”应大考 / 化危为机谋双赢);
* more: kicker, title, and the rest as the subtitle; when the first two are a couplet's halves
  (乡村振兴 科技先行 凉山州科协助力高原特色产业发展 “土专家”带动彝乡群众增收) they are the kicker together.

A WeChat title names its account or column before a bar (四川科协 | 基层科协工作简讯): the 引题, and so is a
label it wraps in emoji, spaced off or closed up (✨全国科普日✨达州市…启动).
A series' label over an instalment (科技特派员在行动（之三） / 三台县：田间课堂助秋播) is the 引题, so is
a tour's name over its stop (巴渝科普行 / 院士专家走进巫山), and so is a column's short name over a
question (身边的物理 / 为什么高压锅煮饭更快？): a 副题 does not ask. So is a bare name of a column, a
theme or a genre over a headline at least twice its length (科技史话, 乡村振兴, 成渝地区双城经济圈,
倡议书 / 渝川两地科协携手打造“科普大篷车”联动线路): a 副题 says more than its 主题, never less.

A 副题 that opens with a dash and 记/访/写在 (——记遂宁市船山区科协主席陈静) is cut off the line it
is printed on.

A headline printed on several lines: two lines are title and subtitle, unless the first
is two clauses joined by a comma over a plain line (弘扬科学家精神，争做新时代科技工作者 /
我市举办全国科技工作者日主题活动): then kicker and title;
three or more are kicker, title and subtitle, like the one-line stack. A
line opening with a dash (——访…) is always a subtitle, so it never counts
as the title: 引题 / 主题 / ——副题.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lines import closed_up
from .shapes import BODY_ENDS
from .shapes_furniture import is_column_name, is_exchange_column, is_mourning_head, is_piece_label
from .shapes_headlines import (
    NOTICE_KINDS,
    SUBJECT_TAIL,
    is_genre_headline,
    is_latin_headline,
    is_notice_title,
)
from .shapes_notices import is_issuer, names_a_document, signing_bodies

_DASHES = ("——", "--", "—", "－－")
# A portrait's or an interview's 副题 printed on the headline's line: ——记…, ——访…, ——专访…, ——写在…
_PROFILE_SUBTITLE = re.compile(r"\s*(?:——|--)(?=记|記|访|訪|专访|專訪|写在|寫在)")
# A series' label over its instalment's headline: 科技特派员在行动（之三）, 走基层·看变化之二, （连载五）,
# 科技助力乡村振兴调研行① (a circled number, ①–⑳, the commonest instalment mark)
_SERIES_LABEL = re.compile(
    r"(?:[（(](?:之|连载|連載|系列报道之)?[一二三四五六七八九十\d]{1,3}[）)]|[（(][上中下][）)]"
    r"|(?<!分)之[一二三四五六七八九十]{1,3}|(?<=[\u4e00-\u9fff])[\u2460-\u2473])$"
)
# A tour's name over its stop's headline: 巴渝科普行, 院士专家企业行, 川北行 (not 进行, 举行, 银行…, which end
# a headline's own sentence or name a bank)
_TOUR_LABEL = re.compile(r"^[\u4e00-\u9fff·“”]{2,10}(?<![进举运执发银旅飞出同流试施推实可前先践步并通自盛平])行$")
# A post's label wrapped in marks or emoji: ✨重磅✨, 🔥速看🔥, 【重磅】, ✨全国科普日✨, 📢科技工作者日📢
_DECORATED_LABEL = re.compile(r"^[^\w\s]+[\u4e00-\u9fff]{1,6}[^\w\s]+$")
# …closed up against the title it labels, the same emoji on both sides: ✨全国科普日✨达州市… (a place's tag in
# square brackets, 【德阳】德阳市科协…, stays the headline's as printed)
# ('双减'背景下…: quotation marks, ASCII or not, quote a word; they label nothing)
_LABEL_CLOSED_UP = re.compile(
    r"^((?P<mark>[^\w\s“”\"'‘’「」『』《》〈〉（）()【】\[\]<>·、，。：；！？,.:;!?-]+)[\u4e00-\u9fff]{1,6}(?P=mark))(?=\w|“)"
)
# …but a column's name in square brackets is one (【科技特派员风采】把论文写在大巴山上)
_BRACKETED_LABEL = re.compile(r"^【([\u4e00-\u9fff]{2,10})】(?=\w|“)")
_BAR = re.compile(r"\s*[|｜丨]\s*")
# 相关新闻：永川科普大篷车开进校园: the box a story is printed in, its label run on before the headline
_RELATED_LABEL = re.compile(r"^[【\[]?(相关新闻|相关报道|相关阅读|延伸阅读)[】\]]?\s*[:：]\s*(?=\S)")
_CJK_SPACE = re.compile(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])")


# 这份指南请收好, 家长要注意这几点, 千万别乱采乱吃: a 科普 headline's advice, which points back to the
# situation spaced off before it (汛期来临, “网红”野生菌) and cannot stand as a 副题 of its own. A warning is
# matched by its whole word: 别开生面, 别样 and 千万级, 千万元 open a 副题's news
_ADVICE = re.compile(
    r"^(?:这|千万(?:别|不要|不能|莫)|切勿|不要|别(?:再|让|把|被|乱|急|忘|信|怕|小看|忽视|大意|轻视|盲目))"
    r"|这(?:几[点条招个]|些|份|样)"
)
_SHORT_LEAD = 3  # characters: 遂宁, 广元 before a space open the title; no 主题 is that short
_COLUMN_LABEL = 8  # characters: a column's name over a question, 身边的物理 or 专家答疑


def _slogan_over_headline(first: str, second: str) -> bool:
    """Two clauses joined by a comma, or a purpose (为了让农民用上放心种), over a plain line that says who
    did what: the 引题 over the 主题 (a 副题 under a 主题 says more, and is not the shorter, plainer line)."""
    return (
        (any(comma in first.strip("，,") for comma in "，,") or first.startswith("为了"))  # a copy may print it half-width
        and not first.rstrip("”’").endswith(("？", "?", "！", "!"))
        and not second.startswith(_DASHES)
        and not any(mark in second for mark in "，,：:？?！!")
        and len(second) >= 8
    )


# 綦江区：, 江津区科协：: a headline that opens with the place or the body it reports on
_PLACE_LEAD = re.compile(rf"^[\u4e00-\u9fff]{{2,10}}{SUBJECT_TAIL}[：:](?=\S)")


def _place_led(line: str) -> bool:
    return bool(_PLACE_LEAD.match(line))


# 观音桥街道, 界石镇, 双桥经开区, 万达开川渝统筹发展示范区, 西部（重庆）科学城, 宜宾市叙州区: a town's, a 街道's, a zone's or a county's
# bare name (科技下乡, 走进新区 are phrases: a verb or a preposition before the place's word)
_PLACE_LINE = re.compile(
    r"^(?P<name>[\u4e00-\u9fff]{2,5})(?:街道|镇|乡)$"
    r"|^(?P<zone>[\u4e00-\u9fff（）()]{2,12})(?:新区|经开区|高新区|示范区|开发区|园区|自贸区|试验区|科学城|科技城|生物城)$"
    r"|^(?P<county>[\u4e00-\u9fff]{2,4}(?:市|州)[\u4e00-\u9fff]{1,4}(?:区|县))$"  # 宜宾市叙州区, 凉山州昭觉县
)
_NO_PLACE_NAME_CHARS = frozenset("下进入到赴在于与和及的对向为把将让给来去走建")


def _place_over_headline(first: str, second: str) -> bool:
    """A place's bare name over a headline longer than it (no dashed 副题): the 引题. A headline broken
    after its place (界石镇 / 开展…) was joined before (see split_titles.rejoin_broken_title)."""
    match = _PLACE_LINE.match(first)
    place = match and (match.group("name") or match.group("zone") or match.group("county"))
    if not match or any(char in _NO_PLACE_NAME_CHARS for char in place):
        return False
    return len(second) > len(first) and not second.startswith(_DASHES) and not _PLACE_LINE.match(second)


# 市卫健委 市科协联合开展…: a body's bare name spaced off another's that acts with it, or that does with it
# what takes two (万州区科协 达州市科协签订…协议)
_BARE_BODY = re.compile(rf"^[\u4e00-\u9fff]{{1,12}}(?:{'|'.join(BODY_ENDS)})$")
_OPENS_WITH_BODY = re.compile(rf"^[\u4e00-\u9fff]{{1,12}}?(?:{'|'.join(BODY_ENDS)})")
_TWO_PARTY_VERBS = ("联合", "共同", "携手", "联手", "签订", "签署", "签约", "共建", "结对", "合作", "对接")
_BODY_JOINING = re.compile(rf"^[\u4e00-\u9fff]{{1,12}}?(?:{'|'.join(BODY_ENDS)})(?:{'|'.join(_TWO_PARTY_VERBS)})")


def _joint_subjects(first: str, second: str) -> bool:
    """市卫健委 市科协联合开展“健康科普进基层”, 万州区科协 达州市科协签订…协议: the bodies of one subject
    printed with a space for 、 or 与."""
    return bool(_BARE_BODY.match(first) and _BODY_JOINING.match(second))


# 科技史话, 调查研究, 倡议书, 成渝地区双城经济圈: a label of bare characters, no mark, space or digit;
# 健康·科普: two words a middle dot joins, a page column's commonest shape; 数说2023, 回眸2023: a year's column
_BARE_LABEL = re.compile(
    r"^[\u4e00-\u9fff]{2,9}$|^[\u4e00-\u9fff]{2,4}[·•・][\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]{2,4}(?:19|20)\d\d$"
)


def _label_over_headline(first: str, second: str) -> bool:
    """A bare label over a line at least twice as long (and no dashed 副题): the label is the 引题. A
    label is short (乡村振兴, 倡议书), a column's name (科技史话) or a theme's (成渝地区双城经济圈); a longer
    line that says what happened (科技助农结硕果 over its figures) is the 主题 over its 副题."""
    if _series_label(first) and not second.startswith(_DASHES):
        return True  # 成渝地区双城经济圈建设·科协在行动 over 川渝科协携手…, however long: the series' name
    if not _BARE_LABEL.match(first) or first.endswith(NOTICE_KINDS) or is_genre_headline(first):
        return False
    if second.startswith((*_DASHES, "记", "写在", "访")):
        return False  # 追光者 over 记渝北区科技特派员…: a portrait's 副题, its dash left out
    if _named_label(first):  # 科技史话, 成渝地区双城经济圈, 健康·科普, 本报特派记者手记: a column's name over a longer headline
        return len(second) > len(first)
    if first in second and len(second) >= len(first) + 4:
        return True  # 院士专家工作站 over 荣昌区新建3家院士专家工作站: the label the headline repeats, never its 主题
    return len(first) <= 4 and len(second) >= 2 * len(first)


def named_label_over_headline(first: str, second: str) -> bool:
    """科学家故事 over 屠呦呦：青蒿一握，济世苍生: a column's, a piece's or a theme's name over its headline,
    which headline_parts makes the 引题 (the headline under it is no 副题 of it, clauses or not)."""
    return _named_label(first) and _label_over_headline(first, second)


# 世界防治结核病日, 全国科普日, 全民营养周, 第32个全国爱眼日: an observance's name, printed over the piece it occasions
_OBSERVANCE = re.compile(r"^(?:第[0-9一二三四五六七八九十]{1,3}个)?(?:世界|全国|国际|中国|全民)[\u4e00-\u9fff]{1,10}[日周月]$")


def _named_label(first: str) -> bool:
    """科技史话, 成渝地区双城经济圈, 健康·科普, 本报特派记者手记, 科学家故事, 科技史上的今天, 世界防治结核病日, 沉痛悼念:
    a column's, a piece's, a theme's or an observance's name, or a memorial's set head, whatever its length."""
    return bool(_BARE_LABEL.match(first) or _OBSERVANCE.match(first)) and (
        _OBSERVANCE.match(first) is not None
        or is_column_name(first)
        or is_exchange_column(first)
        or is_piece_label(first)
        or is_mourning_head(first)  # 沉痛悼念 over 黄文彬同志生平
        or first in _theme_names()
        or not first.isalpha()
        or first.endswith("手记")
    )


# 成渝地区双城经济圈建设·科协在行动, 特刊·第八届四川省青少年科技节: a series' or a special issue's name, its
# two parts a middle dot joins longer than a column's
_DOTTED_LABEL = re.compile(r"^([\u4e00-\u9fff]{2,12})[·•・]([\u4e00-\u9fff]{2,12})$")
_ISSUE_WORDS = ("特刊", "专刊", "专版", "专题")


def _series_label(line: str) -> bool:
    """成渝地区双城经济圈建设·科协在行动, 全国科普日·重庆在行动, 特刊·第八届四川省青少年科技节: a dotted label that
    opens with a theme's name or a special issue's word, or ends in 在行动 (a campaign's series)."""
    dotted = _DOTTED_LABEL.match(line)
    if dotted is None:
        return False
    first = dotted.group(1)
    return first in _ISSUE_WORDS or first.startswith(tuple(_theme_names())) or line.endswith("在行动")


@lru_cache(maxsize=1)
def _theme_names() -> frozenset[str]:
    from .themes import DEFAULT_THEME_RULES  # the taxonomy's names, which papers print as column heads

    return frozenset(rule.name for rule in DEFAULT_THEME_RULES)


# The scripts of 四川's minorities that their papers print beside Chinese: Tibetan, Yi (syllables and radicals)
_MINORITY_LETTER = re.compile("[\u0f00-\u0fff\ua000-\ua4cf]")
_HAN_CHAR = re.compile("[\u4e00-\u9fff]")


def _in_minority_script(line: str) -> bool:
    """དཀར་མཛེས་ཉིན་རེའི་ཚགས་པར།, ꆃꎭꀉꂿ: a line in Tibetan or Yi script, no Chinese in it."""
    return bool(_MINORITY_LETTER.search(line)) and not _HAN_CHAR.search(line)


def _minority_script_as_kicker(parts: list[str], *, one_line: bool) -> tuple[str, str, str] | None:
    """A bilingual paper's Tibetan or Yi line (or part of a line) beside a Chinese headline is no title a
    Chinese reader or search can use: the Chinese makes the headline, the other script goes to the 引题.
    None when no part, or every part, is in such a script."""
    minority = [part for part in parts if _in_minority_script(part)]
    if not minority or len(minority) == len(parts):
        return None
    chinese = [part for part in parts if part not in minority]
    kicker, title, subtitle = headline_parts([" ".join(chinese)] if one_line else chinese)
    return " ".join([*minority, kicker]).strip(), title, subtitle


# An export's label before a headline's line: 引题：, 肩题：, 眉题：, 主题：, 标题：, 副题：, 子题：
_PART_LABEL = re.compile(r"^(引题|肩题|眉题|主题|主标题|标题|副题|副标题|子题)\s*[：:]\s*")
_LABELLED_SLOT = {"引题": 0, "肩题": 0, "眉题": 0, "主题": 1, "主标题": 1, "标题": 1, "副题": 2, "副标题": 2, "子题": 2}


def _parts_by_their_labels(lines: list[str]) -> tuple[str, str, str] | None:
    """(kicker, title, subtitle) of a headline whose lines a CMS or PDF export labels (引题：创新引领未来 /
    2024年万州区科技活动周启动 / 副题：200余项科普活动…), the labels taken out; an unlabelled line is the 主题.
    None when no line is labelled (the labels were kept in the kicker and subtitle)."""
    if not any(_PART_LABEL.match(line) for line in lines):
        return None
    slots: list[list[str]] = [[], [], []]
    for line in lines:
        label = _PART_LABEL.match(line)
        slot = _LABELLED_SLOT[label.group(1)] if label else 1
        slots[slot].append(line[label.end() :] if label else line)
    kicker, title, subtitle = (" ".join(part for part in slot if part) for slot in slots)
    return kicker, title, subtitle


def _asks(line: str) -> bool:
    return line.rstrip("”\"’'）)").endswith(("？", "?"))


def headline_parts(lines: list[str]) -> tuple[str, str, str]:
    """(kicker, title, subtitle) of a headline given as its printed lines."""
    if not lines:
        return "", "", ""
    lines = [closed_up(line, most=4) for line in lines]  # 冬　夜, spread to the column's width, is 冬夜
    if labelled := _parts_by_their_labels(lines):
        return labelled  # 引题：… over the 主题 over 副题：…: an export's labels say which is which
    if len(lines) > 1 and (minority := _minority_script_as_kicker(lines, one_line=False)):
        return minority  # ꆃꎭꀉꂿ over 科技助力彝家新寨
    column = _BRACKETED_LABEL.match(lines[0])
    if column and is_column_name(column.group(1)):
        # 【科技特派员风采】把论文写在大巴山上——记…: the column's name run on before the headline is its 引题,
        # its brackets taken out as a place tag's are (split_titles.record_column_brackets)
        kicker, title, subtitle = headline_parts([lines[0][column.end() :], *lines[1:]])
        return " ".join([column.group(1), kicker]).strip(), title, subtitle
    if len(lines) > 1 and is_latin_headline(lines[0]) and _HAN_CHAR.search(lines[1]):
        # CAST Delegation Visits… over 中国科协代表团调研…: the English line printed over the Chinese headline
        # is its 引题, the Chinese the title readers and search use (under it, the English line is the 副题)
        kicker, title, subtitle = headline_parts(lines[1:])
        return " ".join([lines[0], kicker]).strip(), title, subtitle
    if len(lines) == 2 and is_issuer(lines[0]) and is_notice_title(lines[1]) and not is_issuer(lines[1]):
        # 重庆市机械工程学会 over 2024年招聘秘书处工作人员启事: the issuer's name is the subject of its notice's
        # title, one title cut after the name (a 引题 names no body alone)
        return "", lines[0] + lines[1], ""
    if len(lines) > 1 and lines[0].endswith(("：", ":")):
        # 江津区科协： over 科技助农 春耕忙 is one title cut after its colon, as 綦江区：院士专家工作站揭牌 is printed whole
        return "", lines[0] + lines[1], " ".join(lines[2:])
    if len(lines) == 2 and _TOUR_LABEL.match(lines[0]) and not lines[1].startswith(_DASHES):
        # 巴渝科普行 over 院士专家走进巫山 助力脱贫攻坚: the tour's name is the 引题, as a series' label is
        return lines[0], lines[1], ""
    if len(lines) > 1 and _SERIES_LABEL.search(lines[0]) and not lines[1].startswith(_DASHES):
        # 科技特派员在行动（之三） over 三台县：田间课堂助秋播: the series is the 引题
        return lines[0], lines[1], " ".join(lines[2:])
    if len(lines) == 2 and _asks(lines[1]) and not _asks(lines[0]) and len(lines[0]) <= _COLUMN_LABEL:
        # 身边的物理 over 为什么高压锅煮饭更快？: a 副题 tells, it does not ask; the short line is the column
        return lines[0], lines[1], ""
    if len(lines) == 2 and _label_over_headline(lines[0], lines[1]):
        # 科技史话 over 都江堰：两千多年前的“生态水利工程”: the column's name is the 引题, not a 主题
        return lines[0], lines[1], ""
    if len(lines) == 2 and _place_led(lines[1]) and not _place_led(lines[0]):
        # 科技助力乡村振兴 over 綦江区：“科技小院”让果农笑开颜: the place's line is the 主题, the one over it its 引题
        return lines[0], lines[1], ""
    if len(lines) == 2 and _couplet_over_headline(lines[0], lines[1]):
        # 科技助农 振兴有我 over 市科协“科技小院”扎根大康镇: the couplet is the 引题, as on one line
        return lines[0], lines[1], ""
    if len(lines) == 2 and _place_over_headline(lines[0], lines[1]):
        # 观音桥街道 over 社区科普e站上线: where it happened is the 引题; a place alone says no news
        return lines[0], lines[1], ""
    if len(lines) == 2 and _slogan_over_headline(lines[0], lines[1]):
        # 弘扬科学家精神，争做新时代科技工作者 over 我市举办全国科技工作者日主题活动: the clauses are the 引题
        return lines[0], lines[1], ""
    if len(lines) > 1:
        heads = [line for line in lines if not line.startswith(_DASHES)]
        if len(lines) >= 3 and len(heads) >= 2:
            return lines[0], lines[1], " ".join(lines[2:])
        return "", lines[0], " ".join(lines[1:])
    profile = _PROFILE_SUBTITLE.search(lines[0])
    if profile and profile.start() > 0:  # 扎根基层的“科技红娘”——记遂宁市船山区科协主席陈静
        return "", lines[0][: profile.start()].strip(), lines[0][profile.start() :].strip()
    related = _RELATED_LABEL.match(lines[0])
    if related:  # 相关新闻：永川科普大篷车开进校园: the box's label, as a column's before a bar, then the headline
        return related.group(1), lines[0][related.end() :], ""
    bar = _BAR.search(lines[0])
    if bar and bar.start() > 0 and bar.end() < len(lines[0]):  # 四川科协 | 基层科协工作简讯: the account or column, then the title
        return lines[0][: bar.start()].strip(), lines[0][bar.end() :].strip(), ""
    if _issuers_over_document(lines[0]):
        # 重庆市科学技术协会　重庆市教育委员会关于…的实施意见: the issuers spaced apart, then the document's name
        return "", lines[0], ""
    parts = _with_ornaments_attached(_rejoined_inside_marks(_split_at_widest_gaps(lines[0].strip())))
    if len(parts) > 1 and (minority := _minority_script_as_kicker(parts, one_line=True)):
        return minority  # ꆃꎭꀉꂿ 科技助力彝家新寨 on one line
    if len(parts) == 1:
        label = _LABEL_CLOSED_UP.match(parts[0])
        if label:  # ✨全国科普日✨达州市2023年全国科普日主场活动启动: the post's label, then its title
            return label.group(1), parts[0][label.end() :], ""
        return "", parts[0], ""
    if len(parts) == 2:
        if _two_phrases(parts[0]) and " " not in parts[1]:
            return parts[0], parts[1], ""  # 弘扬科学家精神 建功新时代   重庆市…大会举行: the slogan is the 引题
        if parts[0][:1] in "@＠":
            return parts[0], parts[1], ""  # @渝北少年 2024…夏令营开始招募啦: whom the post calls, its 引题
        if _SERIES_LABEL.search(parts[0]) or _DECORATED_LABEL.match(parts[0]):
            return parts[0], parts[1], ""  # ✨重磅✨ 第十届川渝科技学术大会开幕啦！: a post's label, then its title
        if len(parts[0]) <= _SHORT_LEAD and len(parts[1]) > len(parts[0]):
            return "", " ".join(parts), ""  # 遂宁 “科技之春”暨科技活动周启动: a place set off, not a 主题 of its own
        if _couplet(parts):
            return "", " ".join(parts), ""  # 科普进乡村 果农笑开颜: two matched halves make one 主题
        if _joint_subjects(parts[0], parts[1]):
            return "", " ".join(parts), ""  # 市卫健委 市科协联合开展…: two bodies acting together, one 主题
        if _BARE_BODY.match(parts[0]) and len(parts[1]) > len(parts[0]) and not _OPENS_WITH_BODY.match(parts[1]):
            return "", " ".join(parts), ""  # 宜宾市科协 “科技赋能”助推产业发展: the body is the subject, no 主题 alone
        if _ADVICE.search(parts[1]):
            return "", " ".join(parts), ""  # 汛期来临 这份防汛避险指南请收好: advice pointing back, no 副题 alone
        if _place_led(parts[1]) and not _place_led(parts[0]):
            return parts[0], parts[1], ""  # 全国科普日在行动 南岸区：科技馆里玩转科学: as the same two lines stacked
        return "", parts[0], parts[1]
    if _couplet(parts[:2]) and len(parts[2]) > len(parts[1]) + 1:
        # 乡村振兴 科技先行 凉山州科协助力… “土专家”…: a slogan's matched halves make one 引题
        return " ".join(parts[:2]), parts[2], " ".join(parts[3:])
    return parts[0], parts[1], " ".join(parts[2:])


def _split_at_widest_gaps(line: str) -> list[str]:
    """The parts of a headline's stack printed on one line. Where some gaps are narrower than others
    (弘扬科学家精神 建功新时代   重庆市…大会举行), the wider gaps part the 引题, 主题 and 副题 and the narrowest
    parts the words of one of them (the slogan's two phrases); where all are alike, every gap parts them."""
    gaps = list(_CJK_SPACE.finditer(line))
    widths = [_gap_width(gap.group()) for gap in gaps]
    wide = [gap for gap, width in zip(gaps, widths, strict=True) if width > min(widths)]
    if not wide or len(wide) == len(gaps):
        return [part for part in _CJK_SPACE.split(line) if part]
    parts, position = [], 0
    for gap in wide:
        parts.append(line[position : gap.start()])
        position = gap.end()
    parts.append(line[position:])
    return [" ".join(part.split()) for part in parts if part.strip()]


def _gap_width(gap: str) -> int:
    """A gap's width in spaces: an ideographic space (　) or a tab is as wide as two."""
    return sum(2 if char in "\u3000\t" else 1 for char in gap)


def _two_phrases(part: str) -> bool:
    """弘扬科学家精神 建功新时代: a slogan of two short phrases a single space parts (a 引题's usual shape)."""
    phrases = part.split(" ")
    return len(phrases) == 2 and all(_SLOGAN_PHRASE.fullmatch(phrase) for phrase in phrases)


def _one_phrase_headline(line: str, *, longer_than: str) -> bool:
    """重庆市科协第七次代表大会隆重开幕 under a slogan: a 主题 of one phrase, longer than the slogan (a ——综述
    under it is the 副题, the slogan the 主题)."""
    return " " not in line and not line.startswith(_DASHES) and len(line) > len(longer_than)


_SLOGAN_PHRASE = re.compile(r"[\u4e00-\u9fff]{3,8}")


def _issuers_over_document(line: str) -> bool:
    """重庆市科学技术协会　重庆市教育委员会关于加强…的实施意见: bodies spaced apart, then the document they
    issue (关于…, or named by its kind at the end): one title, the spaces its issuers' separators."""
    parts = [part for part in _CJK_SPACE.split(line.strip()) if part]
    return (
        len(parts) >= 2
        and bool(signing_bodies(" ".join(parts[:-1])))
        and ("关于" in parts[-1] or names_a_document(parts[-1]))
    )


_COUPLET_HALF = re.compile(r"[\u4e00-\u9fff]{3,7}")
_QUOTES = str.maketrans("", "", "“”‘’\"'")  # “智”造未来: a word quoted for its pun, no longer for it


def _couplet(parts: list[str]) -> bool:
    """科技助农 春耕正忙, 科普进乡村 果农笑开颜, “智”造未来 人人参与: halves of (nearly) one length, each a short
    phrase, are read together like a couplet; a 副题 says more than its 主题 and is longer or otherwise shaped."""
    halves = [part.translate(_QUOTES) for part in parts]
    return all(_COUPLET_HALF.fullmatch(half) for half in halves) and abs(len(halves[0]) - len(halves[1])) <= 1


def _couplet_over_headline(first: str, second: str) -> bool:
    """科技助农 振兴有我 over a headline longer than its halves (no dashed 副题): a slogan's matched halves; or
    凝心聚力谱新篇 科技强市建新功 over 重庆市科协第七次代表大会隆重开幕: two short phrases over a 主题 of one
    phrase longer than both."""
    if second.startswith(_DASHES):
        return False
    halves = first.split()
    if len(halves) == 2 and _couplet(halves) and len(second) > max(len(half) for half in halves) + 1:
        return True
    return _two_phrases(first) and _one_phrase_headline(second, longer_than=first)


_PAIRED_MARKS = (("“", "”"), ("《", "》"), ("（", "）"), ("(", ")"), ("「", "」"))


def _rejoined_inside_marks(parts: list[str]) -> list[str]:
    """开展“科技助力 乡村振兴”专家服务活动: a space inside quotation marks or brackets is the quoted
    slogan's own, not a break between 主题 and 副题."""
    joined: list[str] = []
    for part in parts:
        if joined and any(joined[-1].count(opening) > joined[-1].count(closing) for opening, closing in _PAIRED_MARKS):
            joined[-1] += " " + part
        else:
            joined.append(part)
    return joined


def _with_ornaments_attached(parts: list[str]) -> list[str]:
    """🔥 重磅！第十届…: an ornament set apart by a space belongs to the words after it (before it, at the
    end), not a part of the headline of its own."""
    joined: list[str] = []
    pending = ""
    for part in parts:
        if not any(char.isalnum() for char in part):
            pending += part + " "
            continue
        joined.append(pending + part)
        pending = ""
    if pending and joined:
        joined[-1] += " " + pending.strip()
    return joined or [pending.strip()]


_CLAUSE_END = re.compile(r"[，。；！？,;!?]")
_TIME_ONLY = re.compile(
    r"^(\d{1,4}年)?(\d{1,2}月)?(\d{1,2}日)?(上午|下午|晚上|晚|早上)?$|^(近日|日前|近期|目前|当天|今天|昨天)$"
)


def caption_title(caption: str, *, limit: int = 40) -> str:
    """A headline for a photo news item: the caption's first clause that is more than a date.

    Photo items print no headline; lists and feeds still need one. The caption
    itself stays whole in the item, this is only a label derived from it.
    """
    clauses = [c.strip() for c in _CLAUSE_END.split(caption or "") if c.strip()]
    for clause in clauses:
        if not _TIME_ONLY.match(clause):
            return clause if len(clause) <= limit else clause[: limit - 1] + "…"
    return (caption or "").strip()[:limit]


def display_title(item) -> str:
    """The title lists and feeds show: the headline, else (photo items print none) the caption's first clause."""
    if item.title:
        return item.title
    if item.captions:
        return caption_title(item.captions[0].text)
    return "（无标题）"
