"""Fill an item's regions, organizations, themes, keywords and search text.

Everything the step needs comes in an ``EnrichmentContext`` (built once per
import run from the database tables), so the step is deterministic and has no
global state. The item's text is normalized once (``ItemText``: NFKC and
traditional → simplified, shared by organizations, themes and the segmenter)
and segmented once; the words feed keywords, the tokens the search index.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .credits_datelines import dateline_place
from .credits_signatures import signature_place
from .credits_sources import body_credited
from .keywords import (
    keywords,
    words_outside_english_runs,
    words_outside_links,
    words_outside_marked_latin,
    words_outside_references,
)
from .model import AUTHOR, Item, OrganizationMention, PageResult
from .organizations import NATIONAL_PREFIXES, find_organizations
from .organizations_suffix import SOCIETY_KINDS
from .orgnames import ZONES, OrganizationGazetteer, zone_named_first
from .pagemeta_province import desk_province, infer_province
from .regions import RegionGazetteer, regions_in_text
from .regions_whole import with_whole_unit
from .segment import Segmenter, normalize, simplify
from .shapes_headlines import is_house_notice
from .shapes_lists import is_reference_entry, is_table_row
from .surnames import has_surname
from .themes import ThemeRule, WordEnds, assign_themes


@dataclass
class EnrichmentContext:
    regions: RegionGazetteer
    organizations: OrganizationGazetteer
    theme_rules: Sequence[ThemeRule]
    segmenter: Segmenter


@dataclass(frozen=True)
class ItemEnrichment:
    region_codes: list[str]
    organizations: list[OrganizationMention]
    themes: list[str]
    keywords: list[str]
    search_text: str


@dataclass(frozen=True)
class ItemText:
    """An item's text as printed and normalized, computed once per item."""

    text: str  # item_text(): kicker, title, subtitle, body, captions, one per line
    simple: str  # simplify(text): NFKC, traditional → simplified, case kept (organizations)
    lower: str  # normalize(text): ``simple`` lowercased (segmenter)
    theme_title: str  # normalize() of kicker and title joined by a space (themes)
    theme_body: str  # normalize() of subtitle, body and captions (themes)

    @classmethod
    def of(cls, item: Item) -> ItemText:
        head = "\n".join(p for p in (item.kicker, item.title) if p)
        body = "\n".join(p for p in (item.subtitle, item.body, *(c.text for c in item.captions)) if p)
        # NFKC and OpenCC never match across a newline: normalize the two parts apart and join
        # them (a part is empty after normalizing only if it was empty before).
        simple_head, simple_body = simplify(head), simplify(body)
        simple = "\n".join(p for p in (simple_head, simple_body) if p)
        return cls(
            text="\n".join(p for p in (head, body) if p),
            simple=simple,
            lower=simple.lower(),
            theme_title=normalize(" ".join(p for p in (item.kicker, item.title) if p)),
            theme_body=simple_body.lower(),
        )


    def word_ends(self, ends: set[int]) -> tuple[WordEnds | None, WordEnds]:
        """The segmenter's word ends in ``lower`` (head, newline, body) for the theme title and the theme
        body, each at its offset in ``lower``; None for the title when its normal form is not the head's
        length (then its hits are not checked)."""
        head = len(self.lower) - len(self.theme_body) - 1 if self.theme_body else len(self.lower)
        title = WordEnds(ends) if self.theme_title and len(self.theme_title) == head else None
        return title, WordEnds(ends, head + 1 if self.theme_body and self.theme_title else 0)


def found_names(organizations: Sequence[OrganizationMention]) -> set[str]:
    """The bodies' names as written here, normalized: one word each in the index (西南大学, not 西南 +
    大学), as the tables' segmenter will cut a query once the import has added them. (The finder
    reads the simplified text, so lowercasing is all that is left of ``normalize``.)"""
    return {name.lower() for mention in organizations for name in (mention.name_in_text, mention.short_name) if name}


def byline_search_tokens(segmenter, item: Item) -> list[str]:
    """The index tokens of the names the story's bylines print (张丽华, 许天位; not their roles 记者,
    通讯员): a reader searches a reporter's stories by the name shown under the headline. Each name is
    a word whole (``Segmenter.analyze``'s ``names``), as a query for it is cut."""
    names = [byline.name.strip() for byline in item.bylines if byline.name.strip()]
    if not names:
        return []
    return segmenter.tokens("\n".join(names), names={normalize(name) for name in names})


def headline_search_text(segmenter, *, kicker: str, title: str, subtitle: str, names: Iterable[str]) -> str:
    """The headline lines' words for ``search_title`` (ranked above the body), the bodies' ``names`` whole."""
    return segmenter.search_text(" ".join([kicker, title, subtitle]), names=names)


def _host_countrys_ministry(mention: OrganizationMention, text: str) -> bool:
    """A national ministry named bare in a story filed abroad (据新华社莫斯科…电 … 在外交部吹风会上) is the
    host country's, unless the text says it is China's (中国外交部, 国家统计局)."""
    name = mention.name_in_text
    return (
        mention.known and mention.kind == "zhengfu" and mention.region_code is None
        and not name.startswith(NATIONAL_PREFIXES)
        and not any(prefix + name in text for prefix in NATIONAL_PREFIXES)
    )


def item_text(item: Item) -> str:
    """Title, kicker, subtitle, body and captions: everything a reader sees of the item."""
    parts = [item.kicker, item.title, item.subtitle, item.body, *(c.text for c in item.captions)]
    return "\n".join(p for p in parts if p)


def _signed_place(line: str, ctx: EnrichmentContext) -> str | None:
    """The place a letter is signed with (北碚区, 四川岳池, 江津区白沙镇), if it is one: names of regions
    from end to end, or a unit's full name; not a body (四川大学华西医院 李明 signs with the author's unit)."""
    place = signature_place(line)
    if not place:
        return None
    if place[-1] in "省市区县镇乡村州旗" and not _BODY_WORDS.search(place):
        return place
    covered = 0
    for start, end, _ in ctx.regions.find_spans(place):
        if start != covered:
            return None
        covered = end
    return place if covered == len(place) else None


_BODY_WORDS = re.compile("院|校|所|局|委|会|中心|公司|厂")


def _senders_province(item: Item) -> str | None:
    """The province of the body that sent the item (（德阳市科协）), else of the unit its author's byline
    names (文/重庆医科大学附属儿童医院 王 敏 under （来源：市科协）: a source in a short form names none)."""
    if item.source and (province := infer_province("", site=item.source)):
        return province
    units = (credited[0] for line in item.credit_lines if (credited := body_credited(line)) and credited[1])
    return next((province for unit in units if (province := infer_province("", site=unit))), None)

# 万象消息：, 据莫斯科消息， opening a lead: the place the news comes from (not 本报消息, 综合消息, 最新消息)
_NEWS_FROM = re.compile(r"^\s*据?((?!本报|综合|最新|有关|相关|官方)[\u4e00-\u9fff]{2,8}?)消息[：:，,]")
# A body's news (据科技部消息, 据省科协消息, 来自农业农村部的消息) comes from no place: the filing desk's city stays
_NEWS_FROM_A_BODY = re.compile("部|协|局|委|会|院|办|厅|署|所|校|中心|公司|社|台|网|报|的|来自")


def enrich_item(
    item: Item, ctx: EnrichmentContext, *, province_hint: str | None, site: str | None = None
) -> ItemEnrichment:
    """Compute the enrichment of one item without changing it; ``site`` is the page's paper or site.

    The item's province is its desk's ((渝科) signs a 重庆 story), else the one its text names far more often
    (a 重庆 paper's story of 成都, 德阳, 绵阳 is 四川's), else the page's."""
    texts = ItemText.of(item)
    text = texts.text
    # The place the paper or site is named for, in the page's province (泸州日报's story of 永川 is still 泸州's
    # page): it settles namesakes and towns, and keeps the paper's own places (泸州) in a story of the other province
    home_code = ctx.regions.unit_named_first(site, province_hint=province_hint) if site else None
    page_province = province_hint
    # the body that sent it (（德阳市科协）) tells a story of the other province its text names too seldom to tell
    sender_province = _senders_province(item)
    # a birthplace, an address or an exhibit's find (发现于重庆永川) is not where it happens, nor of its province
    told = _NOT_WHERE_IT_HAPPENS.sub("", text) if _MAY_NAME_ELSEWHERE.search(text) else text
    province_hint = desk_province(item.source or "") or infer_province(told) or sender_province or province_hint
    # 本报重庆1月2日电, 中新网成都6月2日电: where the story happened is a region it is about; a lead that says
    # where its news comes from (新华社北京5月12日电 万象消息：) names it instead of the filing desk
    place = dateline_place(item.dateline) if item.dateline else None
    news_from = _NEWS_FROM.match(item.blocks[0].text) if place and item.blocks else None
    if news_from and not _NEWS_FROM_A_BODY.search(news_from.group(1)):
        place = news_from.group(1)
    placed = f"{place}\n{told}" if place else told
    # 北碚区 退休教师 张文华 under a reader's letter: the place the writer signs with is where the letter is from
    signed_places = [found for line in item.credit_lines if (found := _signed_place(line, ctx))]
    if signed_places:
        placed = "\n".join([*signed_places, placed])
    if "各" in placed:
        placed = _ADDRESSEES.sub("", placed)
    if "[" in placed or "［" in placed:
        placed = _without_citations(placed)
    with_entries = placed
    if _is_list_notice(item.title or "", placed):
        placed = _without_list_entries(placed)
    # The dateline's city is where the story happened, whatever its province (本报酒泉…电, 本报宁波…电: 宁波's
    # 江北区); a place that opens with no Chinese unit's name (本报首尔…电) is abroad.
    place_code = ctx.regions.resolve_name(place, province_hint=province_hint, in_place_slot=True) if place else None
    abroad = bool(place) and not any(ctx.regions.is_name(place[:k]) for k in range(2, len(place) + 1))

    def found_regions(text: str) -> list[str]:
        return regions_in_text(
            text, ctx.regions, province_hint=province_hint,
            context_codes=tuple(code for code in (place_code, page_province) if code),
            home_codes=(home_code,) if home_code else (), abroad=abroad,
        )

    # 赴眉山市东坡区考察学习: where the visitors went to learn counts only when the story names no place of its own
    # (the bodies named there are still read in its place: 先锋镇花椒专业技术协会 after 赴江津区学习 is 江津区's)
    named_regions = found_regions(placed)
    toured = _STUDY_TOUR_DESTINATION.sub("", placed) if "学习" in placed else placed
    region_codes = named_regions
    if toured != placed:
        own_regions = found_regions(toured)
        senders = found_regions(item.source) if item.source else []  # （荣昌区科协） under the story
        if _away_from_home(own_regions + senders, set(named_regions) - set(own_regions), ctx.regions):
            region_codes = own_regions
    if not region_codes and placed != with_entries:  # a list that names no place but in its entries: theirs in common
        region_codes = named_regions = _common_region(found_regions(with_entries), ctx.regions)
    for zone, code in ZONES.items():  # 两江新区 is no district, but a story there is 重庆's
        if zone in placed and not any(code in ctx.regions.lineage(found) for found in region_codes):
            region_codes.append(code)
    home_zone = zone_named_first(site) if site else None

    def find(written: str, simple: str) -> list[OrganizationMention]:
        return find_organizations(
            written, ctx.organizations, ctx.regions, province_hint=province_hint, context_codes=named_regions,
            normalized=simple, home_code=home_code, home_zone=home_zone,
        )

    organizations = find(text, texts.simple)
    if abroad:
        organizations = [m for m in organizations if not _host_countrys_ministry(m, text)]
    if item.source:
        organizations += _sending_bodies(find(item.source, simplify(item.source)), organizations, item.source)
    for credit in item.credit_lines:  # 市科协党组书记　刘涛: the body a speaker's or author's post names
        organizations += _sending_bodies(find(credit, simplify(credit)), organizations, credit)
    region_codes = _with_regions_of_local_bodies(region_codes, organizations, ctx.regions, text)
    region_codes = _with_headline_subjects_region(region_codes, item.title, organizations, ctx.regions)
    region_codes = with_whole_unit(region_codes, placed, ctx.regions)  # 全市 of a ranking of its 区县
    if not region_codes:
        region_codes = _home_words_regions(placed, home_code, ctx.regions)
    names = found_names(organizations)
    segmented = ctx.segmenter.analyze(text, normalized=texts.lower, names=names)
    title_ends, body_ends = texts.word_ends(segmented.word_ends())
    themes = [] if _is_house_notice(item) else assign_themes(  # a correction is about no theme
        texts.theme_title,
        _without_listed_units(_without_attendees_origins(texts.theme_body), names),
        ctx.theme_rules,
        normalized=True,
        title_ends=title_ends,
        body_ends=body_ends,
    )
    if _in_no_feed(item):
        region_codes, organizations, themes = [], [], []
    return ItemEnrichment(
        region_codes=region_codes,
        organizations=organizations,
        themes=themes,
        keywords=[
            _as_printed(word, texts)
            for word in keywords(
                _topic_words(segmented.words, item, texts),
                known=lambda word: word in names or ctx.segmenter.has_word(word),  # the tables will add a name
            )
        ],
        search_text=" ".join([*segmented.tokens, *byline_search_tokens(ctx.segmenter, item)]),
    )


def _topic_words(words: Sequence[str], item: Item, texts: ItemText) -> Sequence[str]:
    """The words keywords are drawn from: not those of web addresses, English runs, Latin words cut at a
    letter beyond ASCII or a sub- or superscript, or the reference list."""
    words = words_outside_english_runs(words_outside_links(words, texts.lower), texts.simple)
    words = words_outside_marked_latin(words, texts.text)
    return words_outside_references(words, [block.text for block in item.blocks], texts.lower)


# 更正, 更正启事, 致歉声明: the paper corrects another story, whose bodies and places it names
_CORRECTION = re.compile(r"^(?:更正|致歉)")


def _in_no_feed(item: Item) -> bool:
    """An advertisement (招生启事 under 广告, 诚聘, 遗失声明) or a correction: the bodies and places it names
    are the advertiser's or the corrected story's; it belongs to no organization's, region's or theme's feed."""
    return any(flag.code == "advertisement" for flag in item.flags) or (
        bool(_CORRECTION.match(item.title.strip())) and _is_house_notice(item)
    )


def _is_house_notice(item: Item) -> bool:
    """更正, 致歉声明, 遗失声明: the paper's or a reader's notice, not a story whose headline opens with the word
    (致歉信背后的科学家精神, 更正观念 科学认识转基因 over 本报讯（记者 X）…: news, with its dateline or byline)."""
    return is_house_notice(item.title) and not (item.dateline or item.bylines)


def _with_regions_of_local_bodies(
    region_codes: list[str], organizations: Sequence[OrganizationMention], regions: RegionGazetteer, text: str
) -> list[str]:
    """The regions with those of the bodies named by their level (区科协, 市农业农村局, 县人民医院): such a
    body is the place's the story or the paper is about, so 万州时报's story of 区科协 is 万州区's. A region
    above one of them gives way to it (重庆市 to 万州区), as a region does to the one below it in the text.
    Bodies of every place of a level (各省、市科协负责人列席) are no one place's."""
    codes = list(region_codes)
    for mention in organizations:
        code = mention.region_code
        if not code or not _written_in_level_form(mention.name_in_text, text) or _of_every_place(mention, text):
            continue
        if any(code in regions.lineage(found) for found in codes):
            continue  # the text names it or a place in it already
        lineage = regions.lineage(code)
        codes = [found for found in codes if found not in lineage] + [code]
    return codes


def _written_in_level_form(name: str, text: str) -> bool:
    """Whether the text names the body by its level: 区科协 itself, or 市科协 opening a clause where the closing
    (遂宁市科协) names it in full, the two one mention."""
    if name.startswith(_LEVEL_FORMS):
        return True
    level = next((i for i, char in enumerate(name) if char in _LEVEL_FORMS and i >= 2), None)
    return level is not None and _opens_a_clause(name[level:], text)


def _opens_a_clause(part: str, text: str) -> bool:
    """Whether ``part`` stands in ``text`` at its start or after a character that is no Chinese one (a mark,
    a space): found with ``str.find``, as a regex built for each name cost a compile per call."""
    at = text.find(part)
    while at > 0 and "\u4e00" <= text[at - 1] <= "\u9fff":
        at = text.find(part, at + 1)
    return at >= 0


def _with_headline_subjects_region(
    region_codes: list[str], title: str, organizations: Sequence[OrganizationMention], regions: RegionGazetteer
) -> list[str]:
    """The regions with the one of the body the headline opens with first, though the text names units
    below it: 广元市科协召开九届四次全委会议 is 广元市's meeting, whichever of its counties speak at it (not
    四川大学科协…: a university named for its province is no body of the province's)."""
    subject = next((m for m in organizations if title and m.name_in_text and title.startswith(m.name_in_text)), None)
    code = subject.region_code if subject and subject.kind in _BODIES_OF_A_PLACE else None
    if not code or code in region_codes or not title.startswith(regions.get(code).name[:2]):
        return region_codes
    if subject.kind == "kexie" and subject.key != regions.get(code).name + "科学技术协会":
        return region_codes  # a university's or a hospital's 科协 (四川大学科协)
    if not any(code in regions.lineage(found) for found in region_codes):
        return region_codes  # no unit below it took its place
    return [code, *region_codes]


def _home_words_regions(text: str, home_code: str | None, regions: RegionGazetteer) -> list[str]:
    """For a story that names no place: 重庆 or 成都 by its one character after a word of being there (在渝召开,
    来蓉考察), the paper's own unit of the level a 全市/我市/本区 names (重庆科技报's 全市科协工作会议 is
    重庆市's, 万州时报's 全区 万州区's), and a county's account's own county where a town's body is named. Only a paper named for a place has a 我市, and only outside a quote:
    a speaker's 我市 is the speaker's city (来自青岛的…介绍："我市…")."""
    found = [_BY_ONE_CHARACTER[match.group(1)] for match in _IN_BY_ONE_CHARACTER.finditer(text)]
    if home_code:
        for match in _HOME_WORD.finditer(_QUOTED.sub("", text)):
            level = match.group(1)
            unit = next((code for code in regions.lineage(home_code) if regions.get(code).name.endswith(level)), None)
            if unit:
                found.append(unit)
        if not home_code.endswith("00") and _TOWNS_BODY.search(text):
            found.append(home_code)  # 盘龙镇科协 in 荣昌科协's post: a town of the county the account is named for
    return list(dict.fromkeys(found))


# A town's or a 街道's own body, named without its county (盘龙镇科协, 昌元街道科协, 清江镇科普惠农服务站)
_TOWNS_BODY = re.compile(r"[\u4e00-\u9fff]{2,4}(?:镇|乡|街道)(?:科协|科普惠农服务站|人民政府|政府|党委|农业服务中心)")


# 重庆 and 成都 by their one character, after a word of being there: 在渝, 来蓉, 驻渝高校 (not 渝北, 渝水区, 蓉江)
_BY_ONE_CHARACTER = {"渝": "500000", "蓉": "510100"}
_IN_BY_ONE_CHARACTER = re.compile(r"(?:在|来|赴|抵|驻|返|留|离)([渝蓉])(?![北中东西南水江])")
# The home's own unit: 全市, 我市, 本市, 全区, 我县, 全省 (not 本市场, 全区域, 全省级, 全区县, nor the 本 or 全
# that ends a word: 日本市民, 资本市场, 成本, 安全区, 健全)
_HOME_WORD = re.compile(r"(?:(?<![安健完齐保周成])全|我|(?<![日资成基根版样课剧文标范脚账书原])本)([省市州区县])(?![场域级县])")
# A quote: its 我市 and 全区 are the speaker's
_QUOTED = re.compile(r"“[^“”]*”|「[^「」]*」|\"[^\"]*\"")


# The kinds of body a place has as its own: its 科协, societies, government and 人大 (a university or a company
# named for a place is no body of that place's)
_BODIES_OF_A_PLACE = ("kexie", *SOCIETY_KINDS, "nongjixie", "zhengfu", "renda")


def _of_every_place(mention: OrganizationMention, text: str) -> bool:
    """Whether the text names a level's body only as those of every place of the level: 各市科协, 各省、市科协."""
    name = mention.name_in_text
    starts = [match.start() for match in re.finditer(re.escape(name), text)]
    return bool(starts) and all(_EVERY_PLACE_BEFORE.search(text, 0, start) for start in starts)


# What opens the bodies of every place of a level: 各市科协, 各省、市科协, 各区县、乡镇
_EVERY_PLACE_BEFORE = re.compile(r"(?:各[省市州区县级、和及]*|[省市州区县]、)$")

# The level a body's name opens with when the text leaves its place to the context (市科协, 区卫健委)
_LEVEL_FORMS = tuple("省市州区县")


def _sending_bodies(
    named: list[OrganizationMention], found: list[OrganizationMention], source: str
) -> list[OrganizationMention]:
    """The bodies a closing attribution names ((綦江区科协 刘洋), (遂宁市科协)) that the text did not: the
    body that sent the story is one it is about. A paper it is reprinted from (据《成都日报》) is no such
    body, nor a body's web site or account (来源：重庆市人民政府网)."""
    keys = {mention.key for mention in found}
    return [
        mention for mention in named
        if mention.kind != "meiti" and mention.key not in keys and not _SITE_AFTER.match(source, _end_of(mention, source))
    ]


# What names a body's outlet after its name: 网, 官网, 客户端, 公众号, 微信, 微博, APP
_SITE_AFTER = re.compile(r"网|官网|客户端|公众号|微信|微博|APP|App|app")


def _end_of(mention: OrganizationMention, source: str) -> int:
    """Where the mention's name ends in the source line (its end if the line writes it otherwise)."""
    start = source.find(mention.name_in_text)
    return start + len(mention.name_in_text) if start >= 0 else len(source)


# 来自区人民医院、荣昌畜牧兽医研究所等单位的, 来自教育、卫生、农业等领域的: where the people who came work
_ATTENDEES_ORIGINS = re.compile(
    r"(?<=来自)[^。；;，,、\n的]{1,30}(?:、[^。；;，,、\n的]{1,30})*"
    r"(?=等(?:\d+|[一二三四五六七八九十百多]+)?[所家个]?(?:单位|部门|企业|高校|院校|学校|机构|领域|行业))"
)


def _without_attendees_origins(text: str) -> str:
    """The theme text with the bodies and fields the participants come from blanked out (kept to its length
    for the word ends): a 三八 forum one of whose guests works at 区人民医院 is not about 卫生健康."""
    return _ATTENDEES_ORIGINS.sub(lambda match: " " * len(match.group()), text) if "来自" in text else text


# A citation's document-type mark (GB/T 7714): 航空复合材料应用[M]. 北京: 航空工业出版社, 一种…[J]. 中国科学, [EB/OL]
_DOCUMENT_TYPE = re.compile(r"[\[［](?:M|J|C|N|D|R|S|P|G|Z|A|K|DB|CP|EB)(?:/OL)?[\]］]")


def _without_citations(text: str) -> str:
    """The text without its reference list's entries ([1] 王五. 航空复合材料应用[M]. 北京: 航空工业出版社, 2018.):
    the city a cited book was published in is no place of the story (it was 北京's)."""
    return "\n".join(
        line for line in text.split("\n") if not (is_reference_entry(line) or _DOCUMENT_TYPE.search(line))
    )


# A 公示 or a 名单: its title says so, a line puts the list out (现将…名单予以公示。, 名单公布如下：) or appends it
# (附件：2023年度先进集体名单); a story that only mentions a 名单 it made (我区3家单位榜上有名) is none
_LIST_WORD = re.compile("公示|名单")
_LIST_PUT_OUT = re.compile(r"(?:公示|名单)[^。\n]*(?:如下|予以公示|现予公示|[：:]\s*$)|^附件\d*[：:][^。\n]*名单\s*$", re.MULTILINE)
# Its entries (1\t王晓峰\t绵阳市农业科学研究院, 1.《成都地铁…》 作者：周涛（…）) are the winners' or the candidates'
# units and works, not where the notice's news happens: a numbered row that is no sentence (not 3.5万余名市民…。)…
_NUMBERED_ENTRY = re.compile(r"^\s*(?:\d{1,3}\s*(?:[.．](?!\d)|[、\t])|\d{1,3}[ \u3000]+(?=[\u4e00-\u9fff])|[（(]\d{1,3}[）)])[^\n]*(?<![。！？!?])\s*$")
# …or set in cells (李小红  江北区科协), a row with no sentence in it
_CELL_GAP = re.compile(r"\t|[ \u3000]{2,}|\u3000")
# …and the first entry its prose names for all (决定对永川区科协等4个先进集体予以表彰: 永川 is one winner of four)
_FIRST_OF_ENTRIES = re.compile(r"[^\s，。、；：,;:]+?等[0-9一二三四五六七八九十百]+[个名家项所位人]")


def _is_list_notice(title: str, text: str) -> bool:
    """Whether the item is a 公示 or a 名单 itself, not a story that mentions one."""
    return bool(_LIST_WORD.search(title)) or bool(_LIST_PUT_OUT.search(text))


def _without_list_entries(text: str) -> str:
    """A 公示's or a 名单's text without its entries, numbered or set in cells, and without the one its prose
    names for all: a province-wide list is the province's, not the city of one winner's unit (四川省青年科技奖's
    公示 was 绵阳's)."""
    return _FIRST_OF_ENTRIES.sub("", "\n".join(
        line for line in text.split("\n")
        if not (_NUMBERED_ENTRY.match(line) or is_table_row(line) or (_CELL_GAP.search(line) and "。" not in line))
    ))


def _common_region(codes: list[str], regions: RegionGazetteer) -> list[str]:
    """The most specific region all of ``codes`` lie in, if any: 全市科协系统先进集体名单 of four districts'
    科协 is 重庆市's."""
    lineages = [regions.lineage(code) for code in codes]
    return next(([code] for code in lineages[0] if all(code in lineage for lineage in lineages)), []) if codes else []


# 完成单位：西南大学、重庆市农业技术推广总站, 推荐单位：…: the units a list's project or candidate comes from
_UNIT_FIELD = re.compile(r"(?:完成|推荐|申报|提名|工作|所在)单位[：:][^\n]*")
# The cells of a table's row: 1	陈浩	四川农业大学 (tabs, or two spaces and more, between them)
_ROW_CELL_GAP = re.compile(r"\t|\s{2,}")


def _without_listed_units(text: str, names: set[str]) -> str:
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
    for index, line in enumerate(lines):
        if " " not in line and "\t" not in line:
            continue
        cells = _ROW_CELL_GAP.split(line)
        if len(cells) >= 3 and any(cell in names for cell in cells) and any(map(_is_persons_name, cells)):
            lines[index] = "".join(
                " " * len(part) if part in names else part for part in re.split(r"(\t|\s{2,})", line)
            )
        elif _is_name_and_unit_row(line, names):
            lines[index] = "".join(" " * len(part) if part in names else part for part in re.split(r"(\s+)", line))
    return "\n".join(lines)


def _is_name_and_unit_row(line: str, names: set[str]) -> bool:
    """王晓雨 四川大学华西医院: a list's row set with one space, a person's name and the body they work at, no
    sentence in it (an 入选名单's row names where the winner works, not what the story is about)."""
    cells = line.split()
    return (
        2 <= len(cells) <= 4 and _is_persons_name(cells[0]) and any(cell in names for cell in cells[1:])
        and not any(mark in line for mark in "。，,；;！？")
    )


def _is_persons_name(cell: str) -> bool:
    """陈浩, 黄丽萍: a table's cell that is a person's name (two to four characters behind a surname)."""
    return 2 <= len(cell) <= 4 and all("\u4e00" <= ch <= "\u9fff" for ch in cell) and has_surname(cell)


# 各区县（自治县）科协，两江新区、…、万盛经开区科协，市级学会，有关单位：: whom a notice is sent to, line
# by line; the bodies it names are not what the notice is about (万盛 is no region of a city-wide notice)
_ADDRESSEES = re.compile(r"^各[^。\n]{1,160}[：:]$", re.MULTILINE)

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
_NOT_WHERE_IT_HAPPENS = re.compile(
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
# with _NOT_WHERE_IT_HAPPENS.
_MAY_NAME_ELSEWHERE = re.compile(
    r"[年月]生[，,]|出生|族[，,]|[男女][，,]|籍贯|[打务]工|放弃|地[\u3000 ]*址|[已曾][与同]|——|[。！？”]（"
    r"|[现土掘]于|得名|出处[：:]"
)

# A study tour's destination (赴眉山市东坡区考察学习, 到江北区、渝北区等地参观学习, 前往成都学习): a place the
# story's people went to learn from, usually not what the story is about (their own county is)
_TOURED_PLACE = r"(?:(?:[\u4e00-\u9fff]{1,7}?(?:省|市|州|区|县|镇|乡|村|街道|社区))+|[\u4e00-\u9fff]{2,3})"
_STUDY_TOUR_DESTINATION = re.compile(
    rf"(?:(?<=[赴到])|(?<=前往)){_TOURED_PLACE}(?:、{_TOURED_PLACE})*(?:等地)?(?=(?:考察|参观|观摩|交流)?学习)"
)


def _away_from_home(own: list[str], destinations: set[str], regions: RegionGazetteer) -> bool:
    """Whether the visitors of a study tour came from a place of their own outside where they went: 荣昌区
    to 眉山市东坡区 is a trip away, the story 荣昌区's; 重庆市科协's people at a 现场会 in 大足区 (or a story
    naming no other place) went where the story happens, so 大足区 is its region."""
    around = {code for destination in destinations for code in regions.lineage(destination)}
    return any(code not in around for code in own)


def _as_printed(keyword: str, texts: ItemText) -> str:
    """A keyword with Latin letters as the text prints it (VR, not the search form vr)."""
    if not any("a" <= ch <= "z" for ch in keyword):
        return keyword
    at = texts.lower.find(keyword)
    if at < 0 or len(texts.lower) != len(texts.simple):
        return keyword
    return texts.simple[at : at + len(keyword)]


def _speakers_story(item: Item, found: ItemEnrichment, before: Item | None) -> tuple[list[str], list[OrganizationMention]]:
    """在…上的讲话 by 陈志强 naming no place, after the story of the meeting (市科协主席陈志强出席并讲话): the
    story's places, and the body the speaker's post there names; else nothing."""
    authors = [byline.name for byline in item.bylines if byline.role == AUTHOR]
    if found.region_codes or before is None or not before.region_codes or not authors:
        return [], []
    story = item_text(before)
    if not any(author in story for author in authors):
        return [], []
    posts = [post.group(1) for author in authors for post in re.finditer(f"([\u4e00-\u9fff、]{{3,16}}){re.escape(author)}", story)]
    bodies = [mention for mention in before.organizations if any(_names_in_post(mention, post) for post in posts)]
    return list(before.region_codes), [mention for mention in bodies if mention not in found.organizations]


def _names_in_post(mention: OrganizationMention, post: str) -> bool:
    """Whether a speaker's post printed before his name (出席。市科协主席) names the body: by its name, or by
    its short form from its level on (南充市科协 as 市科协)."""
    name = mention.name_in_text
    forms = [name, *(name[at:] for at in range(1, len(name) - 2) if name[at] in "省市州区县")]
    return any(form in post for form in forms)


def enrich_page(result: PageResult, ctx: EnrichmentContext) -> None:
    """Fill every item of ``result`` in place, using its source's province and site as the hint: the page's,
    or those of the later source a file pasted from several sources has it from (``Item.site``)."""
    before = None
    for item in result.items:
        province = result.meta.province_code
        if item.site:
            province = infer_province("", site=item.site) or province
        found = enrich_item(item, ctx, province_hint=province, site=item.site or result.meta.site)
        story_regions, speakers_bodies = _speakers_story(item, found, before)
        item.region_codes = found.region_codes or story_regions
        item.organizations = [*found.organizations, *speakers_bodies]
        before = item
        item.themes = found.themes
        item.keywords = found.keywords
        item.search_text = found.search_text
