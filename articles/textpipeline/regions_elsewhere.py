"""What a story names that is not where it happens, set aside before its places are read.

The people's origins in a list of attendees (来自…等单位), citations of books (北京: 航空工业出版社), a list notice's
entries and its winners' units, the addressees of a notice (各区县科协：), birthplaces, addresses to write to, a
study tour's destination: ``enrich.enrich_item`` reads a story's regions in its text without these.
"""

from __future__ import annotations

import re

from .regions import RegionGazetteer
from .shapes_lists import is_reference_entry, is_table_row
from .surnames import has_surname

# 来自区人民医院、荣昌畜牧兽医研究所等单位的, 来自教育、卫生、农业等领域的: where the people who came work
_ATTENDEES_ORIGINS = re.compile(
    r"(?<=来自)[^。；;，,、\n的]{1,30}(?:、[^。；;，,、\n的]{1,30})*"
    r"(?=等(?:\d+|[一二三四五六七八九十百多]+)?[所家个]?(?:单位|部门|企业|高校|院校|学校|机构|领域|行业))"
)


def without_attendees_origins(text: str) -> str:
    """The theme text with the bodies and fields the participants come from blanked out (kept to its length
    for the word ends): a 三八 forum one of whose guests works at 区人民医院 is not about 卫生健康."""
    return _ATTENDEES_ORIGINS.sub(lambda match: " " * len(match.group()), text) if "来自" in text else text


# A citation's document-type mark (GB/T 7714): 航空复合材料应用[M]. 北京: 航空工业出版社, 一种…[J]. 中国科学, [EB/OL]
_DOCUMENT_TYPE = re.compile(r"[\[［](?:M|J|C|N|D|R|S|P|G|Z|A|K|DB|CP|EB)(?:/OL)?[\]］]")


def without_citations(text: str) -> str:
    """The text without its reference list's entries ([1] 王五. 航空复合材料应用[M]. 北京: 航空工业出版社, 2018.):
    the city a cited book was published in is no place of the story (it was 北京's)."""
    return "\n".join(
        line for line in text.split("\n") if not (is_reference_entry(line) or _DOCUMENT_TYPE.search(line))
    )


# A 公示 or a 名单: its title says so, a line puts the list out (现将…名单予以公示。, 名单公布如下：) or appends it
# (附件：2023年度先进集体名单); a story that only mentions a 名单 it made (我区3家单位榜上有名) is none
_LIST_WORD = re.compile("公示|名单")
_LIST_PUT_OUT = re.compile(
    r"(?:公示|名单)[^。\n]*(?:如下|予以公示|现予公示|[：:]\s*$)|^附件\d*[：:][^。\n]*名单\s*$"
    r"|(?:授牌|命名|表彰|认定|入选|获评|获奖)[^。\n]*分别[是为][：:]\s*$",  # 此次授牌的工作站分别是：
    re.MULTILINE,
)
# Its entries (1\t王晓峰\t绵阳市农业科学研究院, 1.《成都地铁…》 作者：周涛（…）) are the winners' or the candidates'
# units and works, not where the notice's news happens: a numbered row that is no sentence (not 3.5万余名市民…。)…
_NUMBERED_ENTRY = re.compile(r"^\s*(?:\d{1,3}\s*(?:[.．](?!\d)|[、\t])|\d{1,3}[ \u3000]+(?=[\u4e00-\u9fff])|[（(]\d{1,3}[）)])[^\n]*(?<![。！？!?])\s*$")
# …or set in cells (李小红  江北区科协), a row with no sentence in it
_CELL_GAP = re.compile(r"\t|[ \u3000]{2,}|\u3000")
# …and the first entry its prose names for all (决定对永川区科协等4个先进集体予以表彰: 永川 is one winner of four)
_FIRST_OF_ENTRIES = re.compile(r"[^\s，。、；：,;:]+?等[0-9一二三四五六七八九十百]+[个名家项所位人]")


def is_list_notice(title: str, text: str) -> bool:
    """Whether the item is a 公示 or a 名单 itself, not a story that mentions one."""
    return bool(_LIST_WORD.search(title)) or bool(_LIST_PUT_OUT.search(text))


def without_list_entries(text: str) -> str:
    """A 公示's or a 名单's text without its entries, numbered or set in cells, and without the one its prose
    names for all: a province-wide list is the province's, not the city of one winner's unit (四川省青年科技奖's
    公示 was 绵阳's)."""
    kept: list[str] = []
    announced = False  # the lines right after one ending in a colon (分别是：) are its entries while they are no sentence
    for line in text.split("\n"):
        bare = not _SENTENCE_MARK.search(line)
        if not (
            _NUMBERED_ENTRY.match(line) or is_table_row(line) or (_CELL_GAP.search(line) and "。" not in line)
            or (announced and bare and line.strip())
        ):
            kept.append(line)
        announced = line.rstrip().endswith(("：", ":")) or (announced and bare)
    return _FIRST_OF_ENTRIES.sub("", "\n".join(kept))


# What a sentence holds and a list's bare entry (三台县农业科学研究所专家工作站) does not
_SENTENCE_MARK = re.compile("[。，,；;！？!?：:]")


def common_region(codes: list[str], regions: RegionGazetteer) -> list[str]:
    """The most specific region all of ``codes`` lie in, if any: 全市科协系统先进集体名单 of four districts'
    科协 is 重庆市's."""
    lineages = [regions.lineage(code) for code in codes]
    return next(([code] for code in lineages[0] if all(code in lineage for lineage in lineages)), []) if codes else []


# 完成单位：西南大学、重庆市农业技术推广总站, 推荐单位：…: the units a list's project or candidate comes from
_UNIT_FIELD = re.compile(r"(?:完成|推荐|申报|提名|工作|所在)单位[：:][^\n]*")
# The cells of a table's row: 1	陈浩	四川农业大学 (tabs, or two spaces and more, between them)
_ROW_CELL_GAP = re.compile(r"\t|\s{2,}")


def without_listed_units(text: str, names: set[str]) -> str:
    """The theme text with the units of a list's rows blanked out (kept to its length for the word ends): the
    winner's 四川农业大学 in an award's 公示 (1	陈浩	四川农业大学, 完成单位：…) is where the people listed work, not
    what the story is about (it was 乡村振兴与农业). ``names`` are the bodies found, normalized; a table's cell
    that is one of them, in a row that names a person, is such a unit (a row of bodies alone, 先进集体 永川区科协
    荣昌区科协, lists the honoured bodies themselves)."""
    if "单位" in text:
        text = _UNIT_FIELD.sub(lambda match: " " * len(match.group()), text)
    if " " not in text and "\t" not in text:
        return text
    lines = text.split("\n")
    rows = [_name_and_unit_cells(line) for line in lines if line.strip()]  # the blank lines between blocks left out
    row_of = {}
    for index, line in enumerate(lines):
        if line.strip():
            row_of[index] = len(row_of)
    for index, line in enumerate(lines):
        if index not in row_of or (" " not in line and "\t" not in line):
            continue
        cells = _ROW_CELL_GAP.split(line)
        if len(cells) >= 3 and any(cell in names for cell in cells) and any(map(_is_persons_name, cells)):
            lines[index] = "".join(
                " " * len(part) if part in names else part for part in re.split(r"(\t|\s{2,})", line)
            )
        elif units := _units_in_row(rows, row_of[index], names):
            lines[index] = "".join(" " * len(part) if part in units else part for part in re.split(r"(\s+)", line))
    return "\n".join(lines)


def _name_and_unit_cells(line: str) -> list[str]:
    """The cells of a list's row set with spaces, a person's name first or last, no sentence in it (王晓雨
    四川大学华西医院; 2 荣昌区畜牧兽医学会 黄燕, numbered; 王  磊  四川大学华西医院研究员, a two-character name spaced out
    to a three's width); [] for any other line."""
    if (" " not in line and "\t" not in line) or any(mark in line for mark in "。，,；;！？"):
        return []
    cells = line.split()
    if cells and cells[0].isdigit():
        cells = cells[1:]  # the row's number
    if len(cells) >= 3 and len(cells[0]) == len(cells[1]) == 1 and _is_persons_name(cells[0] + cells[1]):
        cells = [cells[0] + cells[1], *cells[2:]]  # 王  磊: one name set wide
    if not 2 <= len(cells) <= 4 or not (_is_persons_name(cells[0]) or _is_persons_name(cells[-1])):
        return []
    return cells


def _units_in_row(rows: list[list[str]], index: int, names: set[str]) -> set[str]:
    """The units a list's row names beside a person (an 入选名单's or a 获奖名单's row names where the winner
    works, not what the story is about): a body found in the text in a cell after the name; in a row of rows,
    also one before the name or one followed by the person's post (四川大学华西医院研究员). A profile's head
    standing alone (罗文娟 重庆市中医院主治医师 over her story) keeps its post."""
    cells = rows[index]
    if not cells:
        return set()
    if _is_persons_name(cells[0]) and (units := {cell for cell in cells[1:] if cell in names}):
        return units
    in_a_run = any(0 <= near < len(rows) and rows[near] for near in (index - 1, index + 1))
    return {cell for cell in cells if cell in names or _names_body_then_post(cell, names)} if in_a_run else set()


def _names_body_then_post(cell: str, names: set[str]) -> bool:
    """四川大学华西医院研究员, 绵阳市中心医院主任医师: a body found in the text and a short post after it."""
    return any(cell.startswith(name) and 0 < len(cell) - len(name) <= _POST_MAX for name in names if name)


_POST_MAX = 6  # 正高级工程师, 主任医师, 研究员: a person's post, no clause


def _is_persons_name(cell: str) -> bool:
    """陈浩, 黄丽萍: a table's cell that is a person's name (two to four characters behind a surname)."""
    return 2 <= len(cell) <= 4 and all("\u4e00" <= ch <= "\u9fff" for ch in cell) and has_surname(cell)


# 各区县（自治县）科协，两江新区、…、万盛经开区科协，市级学会，有关单位：: whom a notice is sent to, line
# by line; the bodies it names are not what the notice is about (万盛 is no region of a city-wide notice)
ADDRESSEES = re.compile(r"^各[^。\n]{1,160}[：:]$", re.MULTILINE)

# A candidate's native place in a CV or a profile (1982年11月出生，四川南充人，现任…; 1980年生，四川遂宁人; 男，汉族，
# 四川遂宁人; 籍贯：四川南充; 出生于四川省成都市), the address to write to (通信地址：重庆市渝北区…), the places a
# body has already worked with (RSC已与北京、上海、广东等地科协建立合作关系), and the places of a life before the
# story's (2012年我从广东打工回来, 她放弃了留在成都的机会): where a person comes from, mail goes or a body's past
# partners are, not where the news happens. A birthplace whose 故居 or 纪念馆 the sentence tells of is where the
# story is (走进出生于潼南区双江镇的杨尚昆同志的故居), and so is a place one comes back from but did not work
# in (从潼南区调研回来 tells of the trip the story is about)
# …and a notice's contact address: 地址：… beside its 联系人 or 电话 line (or on it), a supplier's or a buyer's
# address in a tender (供应商地址：…, 地　址：… under 采购人)
_CONTACT_LABEL = r"(?:联系人|联系电话|咨询电话|电话|联系方式|邮编|邮政编码|传真)[\u3000 ]*[：:]"
_ADDRESS_LINE = r"地[\u3000 ]*址[：:][^\n]{1,60}"
NOT_WHERE_IT_HAPPENS = re.compile(
    r"(?:(?<=[年月]生[，,])|(?<=出生[，,])|(?<=族[，,])|(?<=[，,][男女][，,]))[\u4e00-\u9fff]{2,10}人(?=[，,。；;])"
    r"|籍贯[：:][^，,。；;\n]{1,20}|(?<=出生[于在])[\u4e00-\u9fff]{2,12}?(?=[，,。；;的])(?![^。]*?(?:故居|旧居|故里|纪念馆))"
    r"|从[\u4e00-\u9fff]{2,8}?(?=(?:打工|务工)(?:回来|归来|返乡|回乡|回到))"
    r"|放弃了?(?:留在|去|到)[\u4e00-\u9fff]{2,8}?(?=的|工作|发展)"
    r"|(?:通信|通讯|联系|邮寄|供应商|采购人|代理机构)地址[：:][^\n]{1,60}"
    r"|(?<=已与|曾与|已同|曾同)[\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})+等(?:地|省市|省份|城市)"
    rf"|^{_ADDRESS_LINE}(?=\n+{_CONTACT_LABEL})|^{_CONTACT_LABEL}[^\n]*\n+{_ADDRESS_LINE}"
    rf"|^地[\u3000 ]*址[：:][^\n]*?{_CONTACT_LABEL}[^\n]*"
    # …and who said a quote in an expert box, where the expert works: ——成都市第三人民医院主任医师 黄静 under
    # “…。”, …效果最好。（宜宾市科协科普部部长 周林）
    r"|(?<=”\n\n)——[^\n。，,；;！？]{2,40}[ \u3000][\u4e00-\u9fff]{2,4}$"
    r"|(?<=[。！？”])（[^（）\n。，,]{2,30}[ \u3000][\u4e00-\u9fff]{2,4}）$"
    # …and an exhibit's history on a museum's page: where a fossil was found long ago (1957年发现于合川太和镇,
    # 最早发现于重庆永川), what a thing is named after (因…而得名) and a specimen's 出处：安徽宣城
    r"|(?:\d{4}\s*年|最早|最初)[在被]?(?:发现|出土|发掘)于[^，,。；;\n]{1,20}"
    r"|因[^，,。；;\n]{1,20}?而得名|出处[：:][^，,。；;\n]{1,20}",
    re.MULTILINE,
)
# What each of its alternatives needs (年生，, 出生, 族，, 男，, 籍贯, 打工, 放弃, 地址, 已与, an expert's ——
# or （ after a sentence, 发现于, 得名, 出处：): a text with none of them holds no match, and most stories hold none. Keep it in step
# with NOT_WHERE_IT_HAPPENS.
MAY_NAME_ELSEWHERE = re.compile(
    r"[年月]生[，,]|出生|族[，,]|[男女][，,]|籍贯|[打务]工|放弃|地[\u3000 ]*址|[已曾][与同]|——|[。！？”]（"
    r"|[现土掘]于|得名|出处[：:]"
)

# A study tour's destination (赴眉山市东坡区考察学习, 到江北区、渝北区等地参观学习, 前往成都学习): a place the
# story's people went to learn from, usually not what the story is about (their own county is)
_TOURED_PLACE = r"(?:(?:[\u4e00-\u9fff]{1,7}?(?:省|市|州|区|县|镇|乡|村|街道|社区))+|[\u4e00-\u9fff]{2,3})"
STUDY_TOUR_DESTINATION = re.compile(
    rf"(?:(?<=[赴到])|(?<=前往)){_TOURED_PLACE}(?:、{_TOURED_PLACE})*(?:等地)?(?=(?:考察|参观|观摩|交流)?学习)"
)


def away_from_home(own: list[str], destinations: set[str], regions: RegionGazetteer) -> bool:
    """Whether the visitors of a study tour came from a place of their own outside where they went: 荣昌区
    to 眉山市东坡区 is a trip away, the story 荣昌区's; 重庆市科协's people at a 现场会 in 大足区 (or a story
    naming no other place) went where the story happens, so 大足区 is its region."""
    around = {code for destination in destinations for code in regions.lineage(destination)}
    return any(code not in around for code in own)
