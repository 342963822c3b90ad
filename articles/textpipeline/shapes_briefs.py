"""The shapes of briefs: a brief behind a triangle (△…), a headline run into its lead
(宜宾市科协开展…。11月30日，…, ■江津区科协… 近日，…), the news lead itself (3月12日，…, 近日，…), and the
place a brief is tagged with (【万州区】, ■ 渝北区, 达州：, ▲甘孜州 over its headline).

The 川渝 place names such a tag prints are kept here with it; ``pagemeta`` hints a page's province from
the same tables, and ``credits`` tells a place from a person's name with them.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .shapes import ends_sentence, is_bullet, is_prose, strip_bullet, visible_length
from .shapes_headlines import SUBJECT_TAIL, is_heading_like


def is_marked_brief(text: str) -> bool:
    """△泰国政府1月3日宣布…。（据新华社电）: a brief behind a triangle, a whole story on one line (a
    picture's caption behind ▲ is shorter and names no source)."""
    return (
        text[:1] in "△▲"
        and visible_length(text) >= 16
        and (ends_sentence(text) or text.endswith(("）", ")")))
    )


# 宜宾市科协开展科普进校园活动。11月30日，…: a brief's bold first sentence, then its dated lead; a column
# may number its briefs (1.梁平区科协举办…。8月15日，…)
_RUN_IN = re.compile(
    r"^(?P<number>(?:\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])\s*)?"
    r"([^，,。；;：:！？!?（(“]{6,30})(。)\s*(?=(?:\d{1,2}|[一二三四五六七八九十]{1,3})月|近日|日前|当天|\d{1,2}日)"
)


class RunIn(NamedTuple):
    """A brief's headline run into its lead: the headline, its full stop, the rest, and the list number
    printed in front of the headline (list furniture, no part of it)."""

    headline: str
    stop: str
    rest: str
    number: str = ""


def run_in_headline(text: str) -> RunIn | None:
    """The parts of a brief printed with its headline run into its lead, else None."""
    match = _RUN_IN.match(text)
    if match is None:
        return None
    return RunIn(match.group(2), match.group(3), text[match.end() :].lstrip(), match.group("number") or "")


# 梁平区科协举办…: the body or place a brief's run-in headline opens with
_RUN_IN_SUBJECT = re.compile(rf"^[\u4e00-\u9fff]{{2,12}}?{SUBJECT_TAIL}")


def names_its_own_subject(run_in: RunIn) -> bool:
    """梁平区科协举办青少年科技创新大赛。8月15日，梁平区第十五届…: a run-in headline that opens with its body or
    place, named again in its lead, a story of its own. A story's point or part (加强组织建设。8月底前，…,
    科普大篷车进社区。9月17日，…) names none and goes on with the story's subject."""
    subject = _RUN_IN_SUBJECT.match(run_in.headline)
    return subject is not None and len(subject.group()) >= 3 and subject.group() in run_in.rest[:40]


# A news lead opens with when it happened: 3月12日，… / 近日，… / 2021年3月12日上午，… / 在新春来临之际，…
_NEWS_LEAD = re.compile(
    # 9月18日，9月18日—19日，9月17日（星期五）上午，昨天下午，
    r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[至到—–－~～-](?:\d{1,2}月)?\d{1,2}日)?"
    r"(?:[（(](?:星期|周)[一二三四五六日天][）)])?(?:上午|下午|晚上|晚|早上|中午)?"
    r"|(?:今天|今日|昨天|昨日)(?:上午|下午|晚上|晚)?|近日|日前|近期|连日来"
    r"|记者(?:日前|近日)?从[^，。,]{2,30}(?:获悉|了解到)"  # 记者从成都市科协获悉，…
    r"|(?:今年|\d{4}年)?\d{1,2}月(?:份|\d{1,2}日)?以来"  # 5月以来，…: since a month, as a brief opens
    r"|(?:在|值此|正值)[^，。,；;]{2,20}之际)[，,]"  # 在新春来临之际，…: the occasion it happened on
    r"|^(?:\d{4}年)?\d{1,2}月\d{1,2}日是"  # 5月30日是第二个“全国科技工作者日”，…: the day, named
)


def run_in_brief(text: str, *, marked: bool = True) -> tuple[int, int] | None:
    """■江津区科协开展科普进社区活动 近日，江津区科协…。（江津区科协）: a brief's headline behind a mark, run
    into its story's lead after a space; (end of the headline, start of the lead) in ``text``, else None.
    With ``marked`` False the mark may be missing (a column of briefs under its name prints none)."""
    if marked and not is_bullet(text):
        return None
    body_start = len(text) - len(strip_bullet(text))
    gap = _RUN_IN_GAP.search(text, body_start)
    if gap is None:
        return None
    head, lead = text[body_start : gap.start()], text[gap.end() :]
    if not (6 <= len(head) <= 40 and is_heading_like(head)) or not is_news_lead(lead):
        return None
    return gap.start(), gap.end()


_RUN_IN_GAP = re.compile(r"[ \u3000]+")


def is_news_lead(text: str) -> bool:
    """3月12日，北碚区第五届青少年机器人竞赛在区科技馆举行……: a story's first sentence, when and what."""
    return bool(_NEWS_LEAD.match(text)) and is_prose(text)


# The short names of 重庆's districts and counties, of 四川's cities and prefectures and of its county-level
# cities (named without 市): how a brief's place tag and a page's province hint print them (pagemeta).
CHONGQING_PLACES = (
    r"渝[中北东西南]|万州|涪陵|大渡口|江北|沙坪坝|九龙坡|南岸|北碚|綦江|大足|渝北|巴南|黔江|长寿|江津|合川|永川|"
    r"南川|璧山|铜梁|潼南|荣昌|开州|梁平|武隆|城口|丰都|垫江|忠县|云阳|奉节|巫山|巫溪|石柱|秀山|酉阳|彭水"
)
SICHUAN_CITIES = r"成都|自贡|攀枝花|泸州|德阳|绵阳|广元|遂宁|内江|乐山|南充|眉山|宜宾|广安|达州|雅安|巴中|资阳|阿坝|甘孜|凉山"
SICHUAN_COUNTY_CITIES = r"都江堰|崇州|邛崃|简阳|什邡|广汉|绵竹|江油|阆中|峨眉山|华蓥|万源|隆昌|射洪|西昌|会理|康定|马尔康"
_SHORT_PLACE = re.compile(rf"(?:{CHONGQING_PLACES}|{SICHUAN_CITIES}|{SICHUAN_COUNTY_CITIES})")
# An official name by its level: 渝北区, 攀枝花市, 甘孜州, 忠县, 东区
_OFFICIAL_PLACE = re.compile(r"[\u4e00-\u9fff]{1,7}(?:区|县|市|州|旗)")
# Words that end like a place's level and name none
_PLACE_LIKE_WORDS = frozenset(
    ["城区", "市区", "新区", "郊区", "山区", "园区", "景区", "社区", "校区", "片区", "辖区", "小区", "城市", "都市", "超市",
     "全区", "全市", "全县", "全州", "本区", "本市", "本县", "我区", "我市", "我县", "各区", "各县", "区县", "市县", "市州"]
)


# …and words that end a topic's name, not a place's: 智慧城市, 科技园区, 示范区 (两江新区 and 天府新区 are places)
_PLACE_LIKE_ENDINGS = (
    *(word for word in _PLACE_LIKE_WORDS if len(word) == 2 and word != "新区" and word[0] not in "全本我各"),
    "示范区", "试验区", "实验区", "先行区", "功能区", "保护区",
)


def is_place_name(text: str) -> bool:
    """渝北区, 攀枝花市, 甘孜州, 忠县, or a 川渝 place's short name (达州, 巴中, 万州): a county's or a
    city's name, as a brief's place tag prints it (no person: 甘孜州 behind ◆ is no 甘 with a given name;
    no topic: 智慧城市, 科技园区, though 成都市 ends like 都市)."""
    if text in _PLACE_LIKE_WORDS:
        return False
    if text.endswith(_PLACE_LIKE_ENDINGS) and not _KNOWN_PLACE.fullmatch(text):
        return False
    return bool(_OFFICIAL_PLACE.fullmatch(text) or _SHORT_PLACE.fullmatch(text))


_KNOWN_PLACE = re.compile(rf"(?:{CHONGQING_PLACES}|{SICHUAN_CITIES}|{SICHUAN_COUNTY_CITIES})(?:区|县|市|州)")


def is_no_persons_name(text: str) -> bool:
    """甘孜州, 攀枝花市, 渝北区, 泸定县: a 川渝 place by its short name and its level, or any name ending
    区 or 县, which no person's does (陈九州 and 江北 may be a person's, 甘孜州 is a place)."""
    return bool(_KNOWN_PLACE.fullmatch(text)) or (text.endswith(("区", "县")) and is_place_name(text))


# A brief's place tag in front of its lead: 【万州区】5月10日，…, ■ 渝北区 3月15日，…, 达州：7月8日，…
_PLACE_TAG = re.compile(
    r"^(?:【\s*(?P<bracketed>[\u4e00-\u9fff]{2,8})\s*】\s*"
    r"|(?P<mark>[-•●▪■◆*])\s*(?P<marked>[\u4e00-\u9fff]{2,8})[ \u3000]+"
    r"|(?P<colon>[\u4e00-\u9fff]{2,8})[：:]\s*)"
)


def place_tag(text: str) -> tuple[str, str, str] | None:
    """(the marks taken off, the place, the rest) of a line opened by a place's tag (【万州区】5月10日，…,
    ■ 渝北区 3月15日，…, 达州：7月8日，…), else None. Only a brief's tag where its lead follows (see
    assemble_briefs)."""
    match = _PLACE_TAG.match(text)
    if match is None:
        return None
    place = match.group("bracketed") or match.group("marked") or match.group("colon")
    if not is_place_name(place):
        return None
    if match.group("bracketed"):
        marks = "【】"
    elif match.group("marked"):
        marks = match.group("mark")
    else:
        marks = text[match.start("colon") + len(place)]
    return marks, place, text[match.end() :]


# ▲甘孜州 丹巴县章谷镇科协开展…: a mark, a place and a space in front of a brief's headline
_PLACE_OVER_HEADLINE = re.compile(r"^([▲△■□◆◇●○★☆▶►•])\s*([\u4e00-\u9fff]{2,8})[ \u3000]+(\S.*)$")


def place_labelled_headline(text: str) -> tuple[str, str, str] | None:
    """(mark, place, headline) of ▲甘孜州 丹巴县章谷镇科协开展科普惠农活动, else None: the place is the
    brief's label, printed in front of its headline (the two were read as title and 副题). Only a
    headline where its story follows (see assemble)."""
    match = _PLACE_OVER_HEADLINE.match(text) or _BRACKETED_PLACE_OVER_HEADLINE.match(text)
    if match is None or not is_place_name(match.group(2)) or not is_heading_like(match.group(3)):
        return None
    mark = "【】" if match.group(1) == "【" else match.group(1)
    return mark, match.group(2), match.group(3)


# 【眉山】“田间学校”开到丹棱桔园: a place in brackets in front of a brief's headline, no space needed
_BRACKETED_PLACE_OVER_HEADLINE = re.compile(r"^(【)([\u4e00-\u9fff]{2,8})】[ \u3000]*(\S.*)$")


# ▶射洪市 alone on its line: a digest's section, named by its place
_MARKED_PLACE = re.compile(r"^([▲△■□◆◇●○★☆▶►•])\s*([\u4e00-\u9fff]{2,8})$")


def marked_place(text: str) -> tuple[str, str] | None:
    """(mark, place) of ▶射洪市, a place behind a mark alone on its line, else None."""
    match = _MARKED_PLACE.match(text.strip())
    if match is None or not is_place_name(match.group(2)):
        return None
    return match.group(1), match.group(2)


_PLACE_COLON = re.compile(r"^([\u4e00-\u9fff]{2,8})[：:]\s*\S")


def is_place_led_headline(text: str) -> bool:
    """大足区：科技特派员助力柑橘提质增效: a headline led by its place and a colon, as a column of
    briefs prints each brief's (a sidebar's list line names no place first)."""
    match = _PLACE_COLON.match(text)
    return match is not None and is_place_name(match.group(1)) and is_heading_like(text)
