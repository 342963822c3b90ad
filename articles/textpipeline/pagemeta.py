"""Page metadata: which lines are no article text, and what they say of the page.

``meta_line_kind`` recognises them one line at a time; ``record_meta_line`` stores a recognised line in
PageMeta; this module also reads a page's co-organizer lists. What each kind of line looks like lives by
its concern: page heads (``pagemeta_heads``), source and info lines (``pagemeta_sources``), boilerplate
(``pagemeta_boilerplate``), navigation and decoration (``pagemeta_navigation``), and lines judged where
they stand (``pagemeta_boxes``); the page's province is ``pagemeta_province``, its editors
``pagemeta_editors``.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .dates import parse_iso_date
from .lines import fold
from .model import PageMeta
from .pagemeta_boilerplate import (
    BOILERPLATE,
    IMAGE_PLACEHOLDER,
    MEDIA_PROMPT,
    SITE_FOOTER,
    SWIPE_HINT,
    is_name_in_capitals,
)
from .pagemeta_boxes import printing_office
from .pagemeta_heads import (
    ISSUE_HEAD,
    ORIGINAL_LABEL,
    PLATFORM_ACCOUNT_LINE,
    PRINT_EDITION,
    WECHAT_HEAD,
    date_first_head,
    head_site_and_date,
    numbered_running_head,
    release_head,
    site_date,
)
from .pagemeta_navigation import (
    BREADCRUMB,
    DECORATION,
    LETTERED_PAGE,
    NAVIGATION,
    PAGE_LIST_ENTRY,
    PAGE_TEASER,
    PDF_PAGE_NUMBER,
    counted_heading,
    is_garbage_line,
    is_symbol,
    menu_bar,
    short_navigation,
    spaced_menu,
    strip_decoration,
)
from .pagemeta_sources import (
    BARE_URL,
    PUBLISHED_AT,
    SOURCE,
    URL,
    WEB_INFO_FIELD,
    dated_fields,
    document_info_fields,
    source_and_date,
    web_info_date,
    web_info_fields,
)

BRACKETED = re.compile(r"^[【\[]([^【】\[\]]+)[】\]]$")

_CO_ORGANIZERS = re.compile(r"(?:本版|本刊|本期)?(?:协办|联办|承办)单位")
# 本版协办单位 on a line of its own, over the list's names: the list's heading
# A column's or a page's sponsors at its foot: 本栏目由重庆市科协、重庆市卫生健康委员会联合主办, 本版由四川省科协、
# 重庆市科协共同支持 (the bodies behind the column, not the last story's text or its bodies)
_SPONSORS = re.compile(
    r"^[（(]?(?:本栏目|本专栏|本栏|本版|本刊|本期|本专版)由([^。，,：:（）()]{2,80}?)(?:联合|共同)?"
    r"(?:主办|协办|承办|联办|支持|策划)[）)]?。?$"
)
# …or each body before its role, at a column's foot: 重庆市科协 主办　重庆市中医院 协办. A body's name holds no
# 由: 大赛由重庆市科协主办 重庆科技馆承办 is a sentence of a story, who held its event
_ROLE = r"(?:主办|协办|承办|联办)"
_SPONSOR_BEFORE_ROLE = re.compile(rf"((?:(?!由)[\u4e00-\u9fff（）()、]){{2,40}}?)\s*{_ROLE}")
_SPONSORS_BY_ROLE = re.compile(rf"^(?:{_SPONSOR_BEFORE_ROLE.pattern}\s+){{1,3}}{_SPONSOR_BEFORE_ROLE.pattern}$")
# …or one credit alone, set apart from its role by a space: 重庆市科协 主办 at a paper page's foot (in a story's
# sentence 主办 follows its body unspaced, 由重庆市科协主办)
_SPONSOR_ALONE = re.compile(rf"^((?:(?!由)[\u4e00-\u9fff（）()、]){{2,40}}?)\s+{_ROLE}$")
_CO_ORGANIZERS_HEADING = re.compile(r"^[【\[]?(?:本版|本刊|本期)(?:协办|联办|承办)单位[】\]]?$")

# The longest metadata lines are copyright notices and co-organizer lists of a few hundred characters.
MAX_META_LINE = 400


@lru_cache(maxsize=1024)  # a line is tested again when the lines before it look ahead
def meta_line_kind(text: str) -> str | None:
    """'site_date', 'web_info', 'document_info', 'source', 'url', 'boilerplate', 'navigation', 'co_organizers' or
    'decoration' (rules, pointers and page numbers, which interrupt no story), else None."""
    if len(text) > MAX_META_LINE:
        return None  # a page pasted as one line is story text an editor must see, not a footer
    text = fold(text)
    if is_garbage_line(text):
        return "decoration"  # ▓▒░■□ ~~ ##@@ ‖‖: a scan's noise, which interrupts no story (split_page flags it)
    if len(text) <= 80 and text and (text[0] in DECORATION or text[-1] in DECORATION or is_symbol(text[0])):
        bare = strip_decoration(text)
        if not bare or (bare.isdigit() and len(bare) <= 3):
            return "decoration"  # ————, ▼, ***: a rule or pointer between parts of a post; -3-: a page number
        if len(bare) <= 40 and (bare in NAVIGATION or BOILERPLATE.match(bare)):
            return "navigation" if bare in NAVIGATION else "boilerplate"  # ·END·, 👇扫码关注我们👇
    if text.isdigit() and len(text) <= 3 and not text.startswith("0"):
        return "decoration"  # 12: a page number a PDF copy left between paragraphs (01 is a section number)
    if len(text) <= 3 and LETTERED_PAGE.match(text):
        return "decoration"  # A3, B02: a section's page number, alone on its line
    if len(text) <= 20 and PDF_PAGE_NUMBER.match(text):
        return "decoration"  # 第 1 页 共 2 页: a PDF's page footer, which interrupts no story
    if is_name_in_capitals(text):
        return "decoration"  # CHONGQING SCIENCE AND TECHNOLOGY NEWS: a paper's name in capitals, beside its Chinese one
    if IMAGE_PLACEHOLDER.match(text) or SWIPE_HINT.match(text) or MEDIA_PROMPT.match(text):
        return "decoration"  # [图片], ▲左右滑动查看名单, 视频加载中: where a picture stood, not the picture
    bracketed = BRACKETED.match(text)
    if bracketed and BOILERPLATE.match(bracketed.group(1)):
        return "boilerplate"  # 【责任编辑：刘小明】
    if ("由" in text and _SPONSORS.match(text)) or lists_sponsors_by_role(text):
        return "co_organizers"
    if "单位" in text and _CO_ORGANIZERS.search(text) and (
        len(text.split()) >= 3 or re.search(r"单位\s*[:：]", text) or _CO_ORGANIZERS_HEADING.match(text)
    ):
        return "co_organizers"
    short = len(text) <= 40
    if text in NAVIGATION or BREADCRUMB.match(text) or (short and (short_navigation(text) or counted_heading(text))):
        return "navigation"
    if len(text) <= 120 and ("|" in text or "｜" in text or "丨" in text) and menu_bar(text):
        return "navigation"  # 首页 | 机构概况 | 新闻中心 | 学会工作 | …: the site's menu
    if len(text) <= 120 and text[:1] in "首网主" and spaced_menu(text):
        return "navigation"  # 首页 政务公开 政务服务 互动交流: the menu a portal prints with spaces
    if "版" in text and len(text) <= 50 and PAGE_TEASER.match(text) and not re.search(r"[转接]", text):
        return "navigation"  # not （下转第2版）, the end of a story continued elsewhere
    if "版" in text and PAGE_LIST_ENTRY.match(text):
        return "navigation"  # 【第02版】综合新闻: a link to another page of the e-paper
    if len(text) <= 200 and ("：" in text or ":" in text) and document_info_fields(text):
        return "document_info"  # 索引号：… 发布机构：… 发文字号：…: the published document's index block
    if len(text) <= 200 and ("来源" in text or "稿源" in text or "作者" in text) and dated_fields(text):
        return "web_info"
    if len(text) <= 200 and SITE_FOOTER.search(text):
        return "boilerplate"
    if any(label in text for label in ("时间", "日期", "来源", "作者")) and len(WEB_INFO_FIELD.findall(text)) >= 2:
        return "web_info"
    if ("时间" in text or "日期" in text) and PUBLISHED_AT.match(text) and web_info_date(text):
        return "web_info"
    if URL.match(text) or BARE_URL.match(text):
        return "url"
    if SOURCE.match(text):
        return "source"
    if BOILERPLATE.match(text) or printing_office(text):
        return "boilerplate"
    match = site_date(text) or (PRINT_EDITION.match(text) if text[:1] == "《" else None)
    if match and parse_iso_date(match.group(2)) and not re.search(r"\d", match.group(1) or ""):
        return "site_date"
    match = WECHAT_HEAD.match(text)
    if match and parse_iso_date(match.group(4)) and (match.group(1) or match.group(5) or match.group(6)):
        return "site_date"
    if (match := date_first_head(text)) and parse_iso_date(match.group(1)):
        return "site_date"  # 2024-05-18 重庆自然博物馆: the day, then who posted it
    if release_head(text):
        return "site_date"  # 香港科学会 新闻稿: a press release's letterhead
    if "官方账号" in text and (match := PLATFORM_ACCOUNT_LINE.match(text)) and parse_iso_date(match.group(1)):
        return "site_date"  # 2024-07-09 17:32 · 四川 · 巴中日报社官方账号: when an account posted it
    if "期" in text and ISSUE_HEAD.match(text):
        return "site_date"
    if text.startswith("原创") and ORIGINAL_LABEL.match(text):
        return "site_date"  # the post's account (and author) without the date: no 副题
    if numbered_running_head(text):
        return "site_date"  # 四川科技报 第3版, 重庆科技报 3: a PDF page's head without its date
    return None


def record_meta_line(meta: PageMeta, kind: str, text: str) -> None:
    """Store one metadata line in ``meta`` (the line itself goes to source_lines)."""
    meta.source_lines.append(text)
    if kind == "site_date":
        site, date = head_site_and_date(text)
        meta.site = meta.site or site
        meta.page_date = meta.page_date or (parse_iso_date(date) if date else None)
    elif kind == "web_info":
        meta.page_date = meta.page_date or web_info_date(text)
        fields = web_info_fields(text)
        meta.site = meta.site or fields.get("站点")
        if meta.source is None and fields.get("来源"):
            meta.source = fields["来源"]
    elif kind == "document_info":
        meta.page_date = meta.page_date or document_info_date(text)
    elif kind == "source" and meta.source is None:
        meta.source, date = source_and_date(text)
        meta.page_date = meta.page_date or date
    elif kind == "url" and meta.original_url is None and (match := URL.match(fold(text))) and match.group(1):
        meta.original_url = text[match.start(1) : match.end(1)]  # a bare address may be a later source's
    elif kind == "co_organizers":
        meta.co_organizers.extend(co_organizer_names(text))
    elif kind == "banner":
        meta.banners.append(text)
    elif kind == "navigation" and (breadcrumb := BREADCRUMB.match(fold(text))) and breadcrumb.group(1):
        meta.site = meta.site or text[breadcrumb.start(1) : breadcrumb.end(1)]  # 资阳科协网 before 首页 > …
        meta.boilerplate.append(text)
    else:
        meta.boilerplate.append(text)


def document_info_date(text: str) -> dt.date | None:
    """The day an index block's 发布日期 (or 公开日期) says the document was published, not its 成文日期."""
    fields = document_info_fields(text)
    published = fields.get("发布日期") or fields.get("公开日期")
    return web_info_date(f"发布日期：{published}") if published else None


def lists_sponsors_by_role(text: str) -> bool:
    """重庆市科协 主办　重庆市中医院 协办: each body before its role, as a column's foot prints them."""
    return "办" in text and (bool(_SPONSORS_BY_ROLE.match(text)) or _credits_one_role(text))


def _credits_one_role(text: str) -> bool:
    """重庆市科协 主办, 四川省科协、重庆市科协 协办: bodies (each named as one, 科协, 学会, 大学…) credited with one
    role on a line of their own."""
    alone = _SPONSOR_ALONE.match(text)
    return bool(alone) and all(name.endswith(_BODY_ENDINGS) for name in alone.group(1).split("、"))


def co_organizer_names(text: str) -> list[str]:
    """The organizations of a co-organizer list, without the label and its remark (or a sponsor line's)."""
    sponsors = _SPONSORS.match(fold(text))
    if sponsors:
        return [name for name in re.split(r"[、，,和与及]", text[sponsors.start(1) : sponsors.end(1)]) if len(name) >= 2]
    if _SPONSORS_BY_ROLE.match(text) or _credits_one_role(text):
        bodies = "、".join(_SPONSOR_BEFORE_ROLE.findall(text))
        return [name for name in bodies.split("、") if len(name) >= 2]
    text = re.sub(r"[（(][^（）()]*[）)]", " ", text)
    text = _CO_ORGANIZERS.sub(" ", text)
    names = []
    for token in re.split(r"[\s、，,；;]+", text):
        token = token.strip("-•●·:：")
        if len(token) >= 2:
            names.append(token)
    return names


# What a co-organizer list's names end with: the bodies that co-organize a page
_BODY_ENDINGS = ("科协", "科学技术协会", "学会", "协会", "研究会", "联合会", "大学", "学院", "医院", "公司", "中心", "局", "委")


def continues_co_organizers(text: str) -> bool:
    """成都市科协、自贡市科协、攀枝花市科协、 under 本版协办单位：: a line of bodies' names only, no
    sentence, which goes on with the list above it."""
    if "。" in text or len(text) > 200:
        return False
    names = co_organizer_names(text)
    return bool(names) and all(name.endswith(_BODY_ENDINGS) for name in names)
