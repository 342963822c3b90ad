"""Plain data passed between the stages of the text pipeline.

Everything here is a dataclass of built-in types: no Django, no I/O. A
``PageResult`` is what the importer service turns into database rows.
Spans are ``(start, end)`` character offsets into ``PageResult.text`` (the
decoded page with newlines unified), so the admin can highlight an item in
the original page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

Span = tuple[int, int]

# Block kinds inside an article body.
PARAGRAPH = "paragraph"
SUBHEADING = "subheading"
SIDEBAR = "sidebar"

# Item kinds.
ARTICLE = "article"
PHOTO = "photo"

# Byline roles.
REPORTER = "reporter"
CORRESPONDENT = "correspondent"
INTERN = "intern"  # 实习生: a student reporting beside the paper's reporters
AUTHOR = "author"
PHOTOGRAPHER = "photographer"
EDITOR = "editor"


@dataclass(frozen=True)
class Flag:
    """A doubt the machine could not resolve, for an editor to check.

    ``code`` is a stable identifier (``mid_sentence_start``, ``stray_latin``…);
    ``message`` is a sentence in Chinese that says what and where.
    """

    code: str
    message: str
    excerpt: str = ""


@dataclass(frozen=True)
class Repair:
    """A change the machine made to the text because it could prove it right."""

    code: str  # joined_break, duplicate_removed, punctuation, stray_returned, fullwidth…
    detail: str
    removed: str = ""  # text the repair took out (a dropped duplicate), so it can be accounted for
    added: str = ""  # characters it put in their place (the 0 of 2O23 → 2023), accounted for too


@dataclass(frozen=True)
class Byline:
    role: str
    name: str


@dataclass(frozen=True)
class Caption:
    text: str
    photographer: str | None = None


@dataclass(frozen=True)
class Block:
    """One unit of an article body: a paragraph, a sub-heading or a sidebar."""

    kind: str
    text: str


@dataclass
class Item:
    """One article or photo news item found on a page."""

    kind: str = ARTICLE
    title: str = ""
    subtitle: str = ""
    kicker: str = ""
    blocks: list[Block] = field(default_factory=list)
    bylines: list[Byline] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    source: str | None = None  # closing attribution: 渝科, 遂宁市科协, 李华
    # the paper, site or account of a later source a file pastes after the page's first (重庆科协 over a post
    # after a 四川科技报 story): its short names are that source's; None under the page's own site
    site: str | None = None
    dateline: str | None = None  # 本报讯(记者 X), 本报重庆1月2日电 …
    credit_lines: list[str] = field(default_factory=list)  # bylines/credits as printed: 本报记者 X, 文/X, X 摄
    date: dt.date | None = None
    position: int = 0  # order on the page, from 0
    span: Span = (0, 0)
    flags: list[Flag] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    # Filled by enrichment (see enrich.py); empty until then.
    region_codes: list[str] = field(default_factory=list)  # adcodes
    organizations: list[OrganizationMention] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)  # theme slugs
    keywords: list[str] = field(default_factory=list)
    search_text: str = ""  # segmented title + body + captions for the full-text index

    @property
    def paragraphs(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind == PARAGRAPH]

    @property
    def subheadings(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind == SUBHEADING]

    @property
    def body(self) -> str:
        """All body blocks in order, separated by a blank line."""
        return "\n\n".join(b.text for b in self.blocks)

    def printed_texts(self) -> list[str]:
        """Every piece of the page's text the item holds as printed (what accounting.py counts)."""
        return [
            self.kicker,
            self.title,
            self.subtitle,
            *(block.text for block in self.blocks),
            *(caption.text for caption in self.captions),
            *self.credit_lines,
        ]


@dataclass(frozen=True)
class OrganizationMention:
    """An organization named in an item, resolved as far as the text allows.

    ``key`` is the canonical full name when the gazetteer knows the body
    (so the importer can look it up), else the best full name the text gives.
    """

    key: str
    name_in_text: str
    short_name: str = ""
    kind: str = "other"
    region_code: str | None = None
    parent_key: str | None = None
    known: bool = False  # True when the gazetteer already had it
    aliases: tuple[str, ...] = ()  # short forms the text defines (下称“X”, 老卫协, IFC)


@dataclass(frozen=True)
class Remainder:
    """Text that is neither an item nor page metadata, kept for an editor."""

    text: str
    span: Span
    flag: Flag


@dataclass
class PageMeta:
    banners: list[str] = field(default_factory=list)  # section banners, column heads
    site: str | None = None  # 科技工作者之家
    page_date: dt.date | None = None
    source: str | None = None  # 来源: …
    original_url: str | None = None  # 原文链接: …
    boilerplate: list[str] = field(default_factory=list)  # copyright, contact, navigation
    co_organizers: list[str] = field(default_factory=list)  # 本版协办单位
    province_code: str | None = None  # "500000" for a 重庆 page, "510000" for 四川
    source_lines: list[str] = field(default_factory=list)  # every metadata line as printed, for the record


@dataclass
class PageResult:
    text: str  # decoded, newlines unified; spans point into it
    encoding: str
    meta: PageMeta = field(default_factory=PageMeta)
    items: list[Item] = field(default_factory=list)
    remainders: list[Remainder] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)  # page-level doubts
    repairs: list[Repair] = field(default_factory=list)  # page-level repairs (a masthead's misread digits)
