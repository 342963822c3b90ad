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
    keywords_one_per_body,
    words_outside_english_runs,
    words_outside_links,
    words_outside_marked_latin,
    words_outside_references,
)
from .model import AUTHOR, Item, OrganizationMention, PageResult
from .organizations import NATIONAL_PREFIXES, find_organizations
from .organizations_suffix import SOCIETY_KINDS
from .orgnames import OrganizationGazetteer, add_zones_places, printed_name, zone_named_first
from .pagemeta_province import desk_province, infer_province
from .regions import RegionGazetteer, regions_in_text
from .regions_elsewhere import (
    ADDRESSEES,
    MAY_NAME_ELSEWHERE,
    NOT_WHERE_IT_HAPPENS,
    STUDY_TOUR_DESTINATION,
    away_from_home,
    common_region,
    is_list_notice,
    without_attendees_origins,
    without_citations,
    without_list_entries,
    without_listed_units,
)
from .regions_whole import with_whole_unit
from .segment import Segmenter, normalize, simplify
from .shapes_headlines import is_house_notice
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
    大学), as the tables' segmenter will cut a query once the import has added them."""
    return {name for mention in organizations for name in _search_forms(mention) if name}


def _search_forms(mention: OrganizationMention) -> tuple[str, str, str]:
    """A body's name as written, short name and full name in the search form: lowercased, brackets half-width
    (it read simplified text). The full name too: a story headed 綦江区科协 may name it 綦江区科学技术协会 in its
    lead, which is one word, not 科学技术 + 协会."""
    return tuple(
        normalize(name) if "（" in name else name.lower()
        for name in (mention.name_in_text, mention.short_name, mention.key)
    )


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
    told = NOT_WHERE_IT_HAPPENS.sub("", text) if MAY_NAME_ELSEWHERE.search(text) else text
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
        placed = ADDRESSEES.sub("", placed)
    if "[" in placed or "［" in placed:
        placed = without_citations(placed)
    with_entries = placed
    if is_list_notice(item.title or "", placed):
        placed = without_list_entries(placed)
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
    toured = STUDY_TOUR_DESTINATION.sub("", placed) if "学习" in placed else placed
    region_codes = named_regions
    if toured != placed:
        own_regions = found_regions(toured)
        senders = found_regions(item.source) if item.source else []  # （荣昌区科协） under the story
        if away_from_home(own_regions + senders, set(named_regions) - set(own_regions), ctx.regions):
            region_codes = own_regions
    if not region_codes and placed != with_entries:  # a list that names no place but in its entries: theirs in common
        region_codes = named_regions = common_region(found_regions(with_entries), ctx.regions)
    add_zones_places(region_codes, placed, ctx.regions.lineage)  # 两江新区 is no district, but a story there is 重庆's
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
        without_listed_units(without_attendees_origins(texts.theme_body), names),
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
            for word in keywords_one_per_body(
                _topic_words(segmented.words, item, texts),
                [_search_forms(mention) for mention in organizations],
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


def _as_printed(keyword: str, texts: ItemText) -> str:
    """A keyword with Latin letters as the text prints it (VR, not the search form vr), and with brackets as a
    name prints them (重庆建设工业（集团）有限责任公司, not the search form's half-width ones)."""
    at = texts.lower.find(keyword) if any("a" <= ch <= "z" for ch in keyword) else -1
    if at >= 0 and len(texts.lower) == len(texts.simple):
        keyword = texts.simple[at : at + len(keyword)]
    return printed_name(keyword)


def _with_printed_letters(keyword: str, texts: ItemText) -> str:
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
