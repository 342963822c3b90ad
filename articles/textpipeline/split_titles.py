"""The title lines of an item made ready for ``headline.headline_parts``: a title the layout broke in
two joined again (its lead printing it whole, a line left open, a body's name over what it did, an
issuer over its document), a web page's repeated title lines kept once, the bodies that issued a piece
taken from under its headline, and what the headline printed only as decoration (a bar, emoji) taken
off and recorded.

Kept apart from ``split.py``, which finishes each item, because the joining rules and their word lists
are long and read only the title lines and the story's opening.
"""

from __future__ import annotations

import re

from .headline import headline_parts
from .lines import fold
from .model import PARAGRAPH, SUBHEADING, Block, Flag, Item, Repair
from .shapes import strip_pictographs
from .shapes_furniture import is_column_name, is_piece_label
from .shapes_headlines import NOTICE_KINDS, SUBJECT_TAIL, is_heading_like, tail_of_a_cut_word
from .shapes_notices import is_document_number, issuers_under_headline, names_a_document, signing_bodies


def record_separator(lines: list[str], item: Item) -> None:
    """四川科协 | 基层科协工作简讯 read as 引题 and title: the bar between them is recorded as taken out."""
    if not any(bar in line for line in lines for bar in "|｜丨"):
        return
    kept = "".join([item.kicker, item.title, item.subtitle])
    removed = "".join(bar * ("".join(lines).count(bar) - kept.count(bar)) for bar in "|｜丨")
    if removed:
        item.repairs.append(Repair("headline_separator", f"标题中栏目名后的分隔符“{removed}”已去掉", removed))


def record_column_brackets(lines: list[str], item: Item) -> None:
    """【科技特派员风采】把论文写在大巴山上 read as 引题 and title: the column's brackets are recorded as taken out."""
    if not lines or not lines[0].startswith("【") or "【" in item.kicker:
        return
    name = lines[0][1 : lines[0].find("】")]
    if name and item.kicker.startswith(name) and not item.title.startswith("【"):
        item.repairs.append(Repair("column_brackets", f"标题前栏目名“{name}”的“【】”已去掉，栏目名移作引题", "【】"))


# A gutter between two columns that the scan read across: five spaces or more between Chinese words
_GUTTER = re.compile(r"(?<=[\u4e00-\u9fff”》）])[ \u3000]{5,}(?=[\u4e00-\u9fff“《（])")
# A headline that says who did what opens with the body or place that did it (涪陵区科协举办…, 梁平区召开…)
_OPENS_WITH_ACTOR = re.compile(rf"^[\u4e00-\u9fff]{{1,10}}?{SUBJECT_TAIL}")


def flag_side_by_side_headlines(lines: list[str], item: Item) -> None:
    """涪陵区科协举办青少年         梁平区召开科普示范 over 科技创新大赛                 基地建设推进会: a scan
    read two columns' headlines as one row, cut by the gutter. Two headlines are likely, but which of the
    paragraphs below (read across the gutter too) is whose cannot be proven: the editor is asked to part
    them (the item was one title made of both, the flag missing). A single row is two headlines only if
    both halves name who did what; a slogan beside a headline is its 引题."""
    rows = [_GUTTER.split(line) for line in lines]
    if not rows or any(len(row) != 2 for row in rows):
        return
    if len(rows) == 1 and not all(_OPENS_WITH_ACTOR.match(half.strip()) for half in rows[0]):
        return  # 唱响科技强国之歌      市科协举办…: a 引题 and its 主题 set on one row are one headline
    left, right = "".join(row[0].strip() for row in rows), "".join(row[1].strip() for row in rows)
    item.flags.append(
        Flag(
            "side_by_side_columns",
            f"标题行被宽空白隔成两半：可能是并排两栏的两个标题“{left}”和“{right}”，下面两篇的正文可能交错，请拆开核对",
            " / ".join(lines)[:30],
        )
    )


def strip_headline_emoji(item: Item) -> None:
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


# A post's topic tags around its headline: 微博's #重庆科技活动周# before it, 抖音's #大熊猫 #科普 after it
_LEADING_TAGS = re.compile(r"^(?:#[^\s#]{1,20}#\s*)+")
_TRAILING_TAGS = re.compile(r"(?:\s+#[^\s#]{1,20}#?)+(?=\s*[^\w\s#]*$)")


def strip_headline_hashtags(lines: list[str], item: Item) -> list[str]:
    """#乡村振兴# 荣昌区科协…丰收季, …揭秘大熊猫“食竹密码” #大熊猫 #科普: a post's topic tags are its
    platform's index, no words of the title an editor publishes (split on their spaces they made a 引题
    or a 副题); what was taken off is recorded. A title of tags alone is kept."""
    kept, removed = [], []
    for line in lines:
        tags = [found.group().strip() for pattern in (_LEADING_TAGS, _TRAILING_TAGS) if (found := pattern.search(line))]
        bare = _TRAILING_TAGS.sub("", _LEADING_TAGS.sub("", line))
        if tags and strip_pictographs(bare):
            removed.append(" ".join(tags))
            line = bare
        kept.append(line)
    if removed:
        shown = "、".join(removed)
        item.repairs.append(Repair("headline_hashtags", f"标题中的话题标签“{shown}”已去掉", "".join(removed)))
    return kept


def drop_repeated_title_lines(lines: list[str], item: Item) -> list[str]:
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


def issuers_apart(lines: list[str], item: Item) -> list[str]:
    """夏季用电安全知多少 over 重庆市科协 国网重庆市电力公司: the bodies that issued the piece, its source
    and credit, not its 副题."""
    issuers = issuers_under_headline(lines[-1]) if len(lines) > 1 else []
    if not issuers:
        return lines
    if any(issuers_under_headline(heading) for heading in item.subheadings):
        # 四川科协年鉴（2022） over 德阳市科学技术协会, whose entries end at the sub-heading 绵阳市科学技术协会:
        # the first body's heading in a piece sectioned by body, not the piece's issuer
        item.blocks.insert(0, Block(SUBHEADING, lines[-1]))
        return lines[:-1]
    item.credit_lines.append(lines[-1])
    item.source = item.source or "、".join(issuers)
    return lines[:-1]


def document_head_apart(lines: list[str], item: Item) -> list[str]:
    """重庆市科学技术协会 (or 乐山市科学技术协会文件) over 渝科协发〔2024〕12号 over 关于…的通知: a 红头文件's head.
    The document's number is no 引题 or 副题: it is the first line of its text, as when printed under the title.
    The issuing body over it (the 发文机关标志) is the document's issuer, kept as its credit and source, no 引题;
    so is a body's bare name over a document's name that names its own body (中共…科学技术协会党组 over
    江津区科协2024年工作要点). An issuer over 关于…的通知 is half of the title (rejoin_broken_title)."""
    at = next((index for index, line in enumerate(lines) if is_document_number(line)), None)
    if at is not None:
        header, rest = lines[:at], lines[at + 1 :]
        if len(header) > 1 or (header and not _issuing_body(header[0])):
            rest, header = [*header, *rest], []  # a title over its number: only the number leaves the headline
        if rest and any(names_a_document(line) or line.startswith("关于") for line in rest):
            item.blocks.insert(0, Block(PARAGRAPH, lines[at]))
            _credit_issuer(header, item)
            return rest
        return lines
    if len(lines) > 1 and _issuing_body(lines[0]) and _names_its_own_body(lines[1]):
        _credit_issuer(lines[:1], item)
        return lines[1:]
    return lines


# 江津区科协2024年工作要点, 四川省科协办公室关于…: a document's name opening on the body whose it is
_OPENS_WITH_BODY = re.compile(r"^[\u4e00-\u9fff]{1,14}?(?:科协|科学技术协会|学会|协会|研究会|党组|党委)")


def _names_its_own_body(line: str) -> bool:
    return names_a_document(line) and bool(_OPENS_WITH_BODY.match(line)) and is_heading_like(line)


def _issuing_body(line: str) -> list[str]:
    """The bodies a 红头 names: 重庆市科学技术协会, 乐山市科学技术协会文件 (its 文件 the head's own word)."""
    line = line.strip()
    return signing_bodies(line[:-2] if line.endswith("文件") else line)


def _credit_issuer(header: list[str], item: Item) -> None:
    for line in header:
        item.credit_lines.append(line)
        item.source = item.source or "、".join(_issuing_body(line))


def rejoin_broken_title(lines: list[str], item: Item) -> list[str]:
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
            or _pivot_left_open(first)
            or (_bare_subject(first) and (_opens_with_predicate(second) or _ORDINAL_EVENT.match(second)))
            or _object_in_lead(first, second, opening)
            or _named_programme_goes_on(first, second)
            or _built_thing_goes_on(first, second)
        ) and len(second) <= 20:
            item.repairs.append(Repair("joined_title", f"标题被折成两行：“{first}”+“{second}”，上一行话没说完，已连成一个标题"))
            return [*lines[:index], first + second, *lines[index + 2 :]]
        if _issuer_over_document(first, second):
            item.repairs.append(Repair("joined_title", f"标题被折成两行：“{first}”+“{second}”，发文机关和文件名是一个标题，已连成一个标题"))
            return [*lines[:index], _one_gap_between_issuers(first) + second, *lines[index + 2 :]]
        if _document_name_goes_on(first, second):
            item.repairs.append(Repair("joined_title", f"标题被折成两行：“{first}”+“{second}”，下一行是文件名的后半，已连成一个标题"))
            return [*lines[:index], first + second, *lines[index + 2 :]]
        if _place_led_subject_over_predicate(first, second, opening):
            item.repairs.append(Repair("joined_title", f"标题被折成两行：“{first}”+“{second}”，下一行没有主语，已连成一个标题"))
            return [*lines[:index], first + second, *lines[index + 2 :]]
        if tail_of_a_cut_word(first, second, opening) or _long_cut_tail(first, second, opening, item):
            item.repairs.append(Repair("joined_title", f"标题被折成两行：“{first}”+“{second}”，断在一个词中间，已连成一个标题"))
            return [*lines[:index], first + second, *lines[index + 2 :]]
        whole = fold(first + second).replace(" ", "")
        if (len(second) <= 12 and len(whole) >= 10 and whole in opening) or _name_across_the_break(first, second, opening):
            item.repairs.append(Repair("joined_title", f"标题被折成两行：“{first}”+“{second}”，正文开头印着整句，已连成一个标题"))
            return [*lines[:index], first + second, *lines[index + 2 :]]
    return lines


def headline_parts_after_join(stacked: list[str], joined: list[str]) -> tuple[str, str, str]:
    """(kicker, title, subtitle) of the joined title lines. 创新驱动助力工程 over 成都高新区与电子科大签约共建 over
    成果转化中试基地: the 引题 over a 主题 the column broke in two stays the 引题 once the 主题 is joined (the two
    lines left would read as a 主题 over its 副题)."""
    kicker, title, subtitle = headline_parts(joined)
    kicker_above = len(stacked) == 3 and joined == [stacked[0], stacked[1] + stacked[2]]
    if kicker_above and (kicker, title) == ("", joined[0]) and headline_parts(stacked)[0] == stacked[0]:
        return joined[0], subtitle, ""
    return kicker, title, subtitle


# A headline's line that stops on a word needing what follows: 与, 的, 暨…, a verb whose object is
# on the next line (市科协与四川省科协签署 / 川渝学会协同发展合作协议), or inside quotation marks
# (开展“科技助力 / 乡村振兴”专项行动). No 主题 or 引题 ends so.
_OPEN_END_CHARS = frozenset("与和及的在对向为把将暨等并")
# …but words ending in one are whole: 担当作为, 奋发有为 (a slogan's phrase, no preposition 为)
_CLOSED_WORDS_ON_OPEN_CHARS = ("作为", "有为", "行为")
_OBJECT_VERBS = ("签署", "签订", "荣获", "获评", "获颁", "授予", "走进", "走入", "开进", "来到", "前往", "奔赴")
# Verbs taking an object that also close an event's headline (…工作会议在京召开, …科普展开展): a line
# ending on one is left open only where the lead prints the verb with the next line as its object
_EVENT_VERBS = ("开展", "举办", "召开", "举行", "启动", "推动", "推进", "助力", "实施", "组织", "打造")
# …or on an ordinal or a year that qualifies what the next line names: 荣昌区举办首届 / 科技成果转化对接会,
# 重庆市科协召开2023年度 / 全市学会工作会议
_QUALIFIER_END = re.compile(r"(?:首届|首次|第[一二三四五六七八九十百0-9]+(?:届|次|期|批)|[0-9]{4}年度)$")


# 北碚区科协 / 开展“全国科普日”活动, 重庆大学机械与运载工程学院团队 / 研发出…, 重庆市风电装备工程技术研究中心 /
# 落户重庆海装: a body's, a place's, a team's or a platform's bare name over what it did is one headline broken in two
_BARE_SUBJECT = re.compile(
    rf"^[\u4e00-\u9fff]{{2,16}}(?:{SUBJECT_TAIL}|街道|社区|大学|学院|研究院|研究所|医院|团队|学子|师生"
    r"|中心|实验室|工作站|基地|代表团|考察团|访问团|交流团|一行)$"
)
# 香港城市大學（City University of Hong Kong）: a body's name may carry its other name in brackets
_ALIAS_AFTER_NAME = re.compile(r"\s*[（(][^（）()]{1,40}[）)]$")
# 代表团考察永川 under 香港城市大学: the visitors the subject sent, then what they did
_VISITORS = ("代表团", "考察团", "访问团", "交流团", "一行")
_PREDICATE_OPENINGS = (
    "开展", "举办", "召开", "启动", "组织", "举行", "成立", "发布", "推进", "深化", "实施", "打造", "建成",
    "荣获", "获", "助力", "走进", "联合", "携手", "赴", "为", "把", "让", "以", "在",
    "研发", "研制", "攻克", "入选", "当选", "斩获", "摘得", "签约", "与",
    "落户", "揭牌", "挂牌", "入驻", "落地",  # a platform's news: where it settles, its plaque hung
    "考察", "访问", "参访", "来访", "调研",  # a delegation's news: where it went
)


def _opens_with_predicate(line: str) -> bool:
    """开展“全国科普日”活动, 代表团考察永川: what a subject did (its visitors named first), no headline of its own."""
    text = fold(line).lstrip()
    visitors = next((word for word in _VISITORS if text.startswith(word)), "")
    return text[len(visitors) :].startswith(_PREDICATE_OPENINGS)


def _name_across_the_break(first: str, second: str, opening: str) -> bool:
    """山地城镇建设与新技术 / 教育部重点实验室：让山城“长”得更安全 over a lead printing the whole name: the
    name before the colon runs across the break, one headline (a 主题 names no half of a body)."""
    head = re.split("[：:]", fold(second), maxsplit=1)[0].replace(" ", "")
    if head == fold(second).replace(" ", ""):
        return False
    name = fold(first).replace(" ", "") + head
    return len(name) >= 10 and _bare_subject(name) and name in opening


def _object_in_lead(first: str, second: str, opening: str) -> bool:
    """重庆市土壤学会走进黔江开展 / 测土配方施肥技术服务 over a lead printing …开展测土配方施肥技术服务, or
    南充市科协推动 over anything: the verb ending the line and its object on the next, one headline (not
    …在京召开 / 李岚清出席并讲话, an event's headline and its 副题)."""
    first = fold(first).rstrip()
    if _BODY_ACTING.search(first) is not None:
        return True  # 绵竹市农技协培训 over 猕猴桃种植户
    return first.endswith(_EVENT_VERBS) and first[-2:] + fold(second).replace(" ", "") in opening


# A body's name and straight after it a verb that takes an object (南充市科协推动, 市土壤学会开展): the
# body is acting, what it acts on still to come (组织 is left out: 基层科协组织 is a noun)
_BODY_ACTING = re.compile(
    r"(?:科协|学会|协会|研究会|农技协)(?:开展|举办|召开|举行|启动|推动|推进|助力|实施|打造|培训|走访|慰问|指导)$"
)
# A body making another party act, the party last (泸县科协推动农技协 / 服务龙眼产业…, 市科协组织专家 / 深入田间…):
# what the party does is on the next line (推动 X, 带动 X takes its verb after X), no 副题
_PIVOT_LEFT_OPEN = re.compile(
    r"(?:科协|学会|协会|研究会|农技协)(?:推动|带动|引导|帮助|鼓励|动员|支持|组织|激励)"
    r"[\u4e00-\u9fff]{0,8}(?:科协|学会|协会|研究会|农技协|企业|群众|农户|农民|专家|人才|科技工作者|志愿者|青少年|学生)$"
)


def _pivot_left_open(line: str) -> bool:
    """泸县科协推动农技协: one phrase ending on a body making another party act, what the party does left to
    the next line. A spaced line of two phrases (党建引领 区科协带动农户) is a kicker already complete."""
    text = fold(line).strip()
    return len(text.split()) == 1 and _PIVOT_LEFT_OPEN.search(text) is not None


# 第五届会员代表大会召开 under a body's bare name (重庆市花卉盆景协会): the body's own numbered meeting held
_ORDINAL_EVENT = re.compile(r"^第[一二三四五六七八九十百0-9]+(?:届|次)\S{2,14}(?:召开|举行|开幕|闭幕|举办)$")
# What a programme named in quotation marks is: “科技助力精准扶贫” / 项目在昭觉县落地
_PROGRAMME_NOUNS = ("项目", "活动", "行动", "工程", "计划", "大赛", "比赛", "工作站", "基地", "示范点")


def _named_programme_goes_on(first: str, second: str) -> bool:
    """凉山州科协“科技助力精准扶贫” over 项目在昭觉县落地: a line ending on a quoted name, the next opening with
    the kind of thing it names: one headline (a body's name and a slogan are no 引题 of 项目在…)."""
    first, second = fold(first).rstrip(), fold(second).lstrip()
    return first.endswith("”") and "“" in first[:-1] and len(first) > first.rfind("“") + 2 and second.startswith(
        _PROGRAMME_NOUNS
    ) and not first.startswith("“")


# Building together (共建, 联建) needs what is built after it; a 副题 under such a line is a clause of its own, never
# the bare name of a platform (成果转化中试基地, 科普教育示范基地)
_BUILD_VERBS = ("共建", "联建", "合建", "筹建")
_BUILT_THINGS = ("基地", "中心", "平台", "实验室", "工作站", "研究院", "研究所", "联盟", "示范点", "园区", "项目")


def _built_thing_goes_on(first: str, second: str) -> bool:
    """成都高新区与电子科大签约共建 over 成果转化中试基地: the line ends on building together, the next is the bare
    name of what is built (no verb of its own): one headline the column broke, the object on the next line."""
    first, second = fold(first).rstrip(), fold(second).strip()
    return (
        first.endswith(_BUILD_VERBS)
        and second.endswith(_BUILT_THINGS)
        and not any(verb in second for verb in _PREDICATE_VERBS)
        and not _HEADLINE_PUNCTUATION.intersection(second)
    )


def _long_cut_tail(first: str, second: str, opening: str, item: Item) -> bool:
    """A headline's end cut off by the layout longer than a name (南充市科协推动科普示范 / 基地提档升级),
    only where the story's own paragraphs were wrapped at a fixed width and it prints the four characters
    across the break (示范基地): two across it (育人才 / 能人带富一方乡亲 over …人才，才能…) are often a 副题
    that happens to begin where a word of the headline's end could go on."""
    if not any(repair.code == "joined_break" for repair in item.repairs):
        return False
    across = fold(first).replace(" ", "")[-2:] + fold(second).replace(" ", "")[:2]
    return tail_of_a_cut_word(first, second, opening, longest=12) and across in opening


def _one_gap_between_issuers(issuers: str) -> str:
    """重庆市科学技术协会  重庆市教育委员会: joint issuers the layout set apart by a run of spaces keep one gap
    between them in the title (an ideographic space where the run had one), not the column's width."""
    return _ISSUER_GAP.sub(lambda gap: "\u3000" if "\u3000" in gap.group() else " ", issuers.strip())


_ISSUER_GAP = re.compile(r"[ \t\u3000]{2,}|\t")


def _issuer_over_document(first: str, second: str) -> bool:
    """重庆市科学技术协会 / 科普基地认定管理办法, 重庆市科学技术协会　重庆市教育委员会 / 关于…的实施意见: the
    issuing bodies over the document's name (its kind at the end, or 关于…) are one title, no 主题 and 副题."""
    return (
        bool(signing_bodies(first))
        and len(second) <= 40
        and (names_a_document(second) or second.startswith("关于"))
        and is_heading_like(second)
    )


# What a title's second line names as a document or a list by its kind (…的通知, …招聘工作人员公告, …入库专家名单)
_DOCUMENT_TAIL_KINDS = (*NOTICE_KINDS, "名单")
_HEADLINE_PUNCTUATION = frozenset("，,。：:；;！!？?、 　—")
# …获奖名单（部分）, …名单（第一批）: a note in brackets after the document's kind, on which part it prints
_DOCUMENTS_NOTE = re.compile(r"\s*[（(][^（）()，,。：:；;]{1,10}[）)]$")


def _document_name_goes_on(first: str, second: str) -> bool:
    """关于公布…专家库 / 第一批入库专家名单的通知, …所属事业单位 / 2023年公开招聘工作人员公告: a line over the
    bare name of a notice or a list by its kind (…通知, …公告, …公示, …启事, …名单) is the first half of the document's title, broken at the column's
    width (a 副题 opens with a dash or is a clause of its own, never a document's kind alone). A line that
    tells what someone did (我市27人入选托举工程: a verb, no 关于 opening a document's name) is a headline of its
    own, the document named under it (2024年度…入选名单) its 副题."""
    first, second = fold(first).strip(), fold(second).strip()
    if "关于" not in first and any(verb in first for verb in _PREDICATE_VERBS):
        return False
    if (
        names_a_document(first)
        or first.endswith(_DOCUMENT_TAIL_KINDS)
        or _HEADLINE_PUNCTUATION.intersection(first)
        or is_document_number(first)  # 渝科协发〔2024〕37号 over the title: the number it is filed under
    ):
        return False
    if is_column_name(first) or is_piece_label(first):
        return False  # 专家坐诊 over 春季柑橘管理要点: the column's name over its piece's title
    second = _DOCUMENTS_NOTE.sub("", second)
    return (
        second.endswith(_DOCUMENT_TAIL_KINDS)
        and not _HEADLINE_PUNCTUATION.intersection(second)
        and is_heading_like(second)
    )


# 德阳市旌阳区：科普大篷车 / 开进乡村学校: after the place's colon a short name with no verb of its own, the next
# line opening on what it does (a verb of two characters: one such as 为, 在 may open a 副题's own clause)
_PLACE_COLON = re.compile(rf"^[\u4e00-\u9fff]{{2,10}}{SUBJECT_TAIL}[：:](?P<subject>[\u4e00-\u9fff“”]{{2,8}})$")
_PREDICATE_VERBS = tuple(
    dict.fromkeys(verb for verb in (*_PREDICATE_OPENINGS, *_OBJECT_VERBS, *_EVENT_VERBS) if len(verb) == 2)
)


def _place_led_subject_over_predicate(first: str, second: str, opening: str) -> bool:
    """德阳市旌阳区：科普大篷车 over 开进乡村学校, the lead naming the 科普大篷车: the place's line ends on the
    subject, the next line is its predicate with no subject of its own: one headline the layout broke, no
    副题 (a 副题 is a statement; 綦江区：科技小院开课, which the lead does not print, may be whole)."""
    place = _PLACE_COLON.match(fold(first).strip())
    second = fold(second).strip()
    return (
        place is not None
        and place.group("subject") in opening
        and not any(verb in place.group("subject") for verb in _PREDICATE_VERBS)
        and second.startswith(_PREDICATE_VERBS)
        and len(second) <= 12
        and not _HEADLINE_PUNCTUATION.intersection(second)
    )


def _bare_subject(line: str) -> bool:
    return bool(_BARE_SUBJECT.match(_ALIAS_AFTER_NAME.sub("", fold(line).strip())))


def _left_open(line: str) -> bool:
    text = fold(line).rstrip()
    return bool(text) and (
        (text[-1] in _OPEN_END_CHARS and not text.endswith(_CLOSED_WORDS_ON_OPEN_CHARS))
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
