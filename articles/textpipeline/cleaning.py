"""Undo what copying a web page leaves in its text before it is split: invisible characters,
HTML entities and markup tags.

A WeChat post or a web page copied through its source carries zero-width spaces inside words
(举办\u200b科普讲座, 王\u200b强), ``&nbsp;``/``&ldquo;`` for spaces and quotes, ``<p style=…>`` and ``<br>``
where a line ended, ``<strong>``/``<span …>`` around a run of text, ``<img …>`` where a picture stood,
no-break spaces where the page shows a space, and a justified PDF line copied with
a space between every two characters (重 庆 市 科 协). Each is a known encoding of what the page shows, so it is replaced by that
(nothing, the character, a newline); a picture's tag is kept, on a line of its own, as the picture's
position (pagemeta reads it as one, like [图片]). A post copied as Markdown carries its marks the
same way: ``# `` before a headline, ``> `` before a quote, ``**`` around bold text, ``![](url)`` for a
picture. The page text itself is kept as printed; ``clean_copy``
returns the cleaned text with, for each of its characters, where it stood in the page, so
spans still point into the page text, and what it undid, so the item can say so.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import NamedTuple

from .credits_names import padded_names

# Zero-width space, non-joiner, joiner, word joiner, BOM inside the text, soft hyphen, and the
# marks and embeddings that set a line's writing direction (LRM, RLM, LRE…PDF, LRI…PDI).
INVISIBLE = (
    "\u200b\u200c\u200d\u2060\ufeff\u00ad"
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
# An entity, also escaped twice (&amp;ldquo;, a page's source escaped again), and the few a browser
# reads without their ; (&nbsp&nbsp), when no letter or digit follows that could make another name.
_ENTITY = (
    r"&(?:amp;)*(?:(?:[A-Za-z][A-Za-z0-9]{1,7}|#[0-9]{2,6}|#[xX][0-9A-Fa-f]{2,5});"
    r"|(?:nbsp|amp|lt|gt|quot)(?![A-Za-z0-9;]))"
)
_DAMAGE = re.compile(f"[{INVISIBLE}]+|{_ENTITY}")
_QUICK = re.compile(f"[{INVISIBLE}&<]")  # most pages hold none of these: one scan decides


class Change(NamedTuple):
    offset: int  # where it stood in the page
    # "invisible", "entity", "space" (a no-break space inside a sentence), "spacing" (a letter-spaced
    # line's), "tag" (a line's end), "markup" (a run's style), "markdown" (a Markdown mark) or
    # "picture" (a picture's tag or link, put on a line of its own)
    kind: str
    printed: str  # what the page printed there


@dataclass(frozen=True)
class Cleaned:
    text: str
    origin: list[int] | None  # page offset of each character of ``text`` and of its end; None: unchanged
    changes: list[Change]

    def page_offset(self, offset: int) -> int:
        """Where ``offset`` in the cleaned text stands in the page text."""
        if self.origin is None:
            return offset
        return self.origin[min(max(offset, 0), len(self.origin) - 1)]


# No-break and typographic spaces as an ordinary space, one for one (offsets unchanged); the
# ideographic space U+3000 stays, it indents paragraphs.
_ODD_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f]")
_ANY = re.compile(f"[\u00a0\u2000-\u200a\u202f\u205f{INVISIBLE}&<]")
# What shows a page was copied as Markdown: a heading's or a quote's mark, a line opening in bold, a
# picture. Only then are ** and __ marks (also used to mask names: 王**) read as bold.
_MARKDOWN_BLOCK = re.compile(r"^[ \t]{0,3}(?:#{1,6}[ \t]+\S|>[ \t]+\S|\*\*[^\s*])|!\[[^\[\]\n]*\]\(", re.MULTILINE)


def clean_copy(text: str) -> Cleaned:
    """The page text with invisible characters removed, HTML entities decoded, <br>/<p> tags as
    newlines, tags styling a run removed, a picture's tag on a line of its own, no-break spaces as
    spaces and letter-spaced lines closed up."""
    damaged = _ANY.search(text) is not None
    inside = _spaces_inside_sentences(text) if damaged else []  # before they read as ordinary spaces
    if damaged and _ODD_SPACES.search(text):
        text = _ODD_SPACES.sub(" ", text)  # 地方动态 | DI FANG DONG TAI printed with no-break spaces is that banner
        damaged = _QUICK.search(text) is not None or bool(inside)
    spaced = _SPACED_RUN.search(text) is not None  # after the no-break spaces: 重\u00a0庆\u00a0市… is spread too
    markdown = _MARKDOWN_BLOCK.search(text) is not None
    if not (spaced or damaged or markdown):
        return Cleaned(text, None, [])  # the usual page: three fast scans
    edits = [(match.start(), match.end(), *_undo(match.group())) for match in _DAMAGE.finditer(text)]
    edits = [edit for edit in edits if edit[2] is not None]  # &copy-like text that is no entity: kept
    if inside:
        removed = {offset for start, end, *_ in inside for offset in range(start, end)}
        edits = [edit for edit in edits if edit[0] not in removed] + inside  # &nbsp; taken out, not read
    if "<" in text:
        edits += _markup(text)
    if markdown:
        edits += _markdown(text)
    if spaced:
        edits += _letter_spacing(text)
    if not edits:
        return Cleaned(text, None, [])
    pieces: list[str] = []
    origin: list[int] = []
    changes: list[Change] = []
    position = 0
    for start, end, replacement, kind in sorted(edits):
        if start < position:
            continue  # inside an edit already made
        pieces.append(text[position:start])
        origin.extend(range(position, start))
        pieces.append(replacement)
        kept = replacement == text[start:end]  # a picture's markup, kept on a line of its own
        origin.extend(range(start, end) if kept else [start] * len(replacement))
        if kind:  # not a line break put around a picture
            changes.append(Change(start, kind, text[start:end]))
        position = end
    pieces.append(text[position:])
    origin.extend(range(position, len(text) + 1))
    return Cleaned("".join(pieces), origin, changes)


# Four characters each followed by one space: a line a justified PDF spread out (重 庆 市 科 协), also
# across a wider gap between its words (本 报 记 者   张 亚 飞).
_SPACED_RUN = re.compile(r" \S \S \S(?: \S| +\S \S)")  # a literal space first: the scan skips ahead fast


# A no-break or typographic space, as printed or as an entity, between two Chinese characters inside
# a sentence: a clause mark before it on its line, outside brackets, and its clause going on after it.
_NO_BREAK_RUN = re.compile(
    r"(?<=[\u4e00-\u9fff])"
    r"(?:[\u00a0\u2000-\u200a\u202f\u205f]|&(?:amp;)*(?:(?:nbsp|ensp|emsp|thinsp);|nbsp(?![A-Za-z0-9;])))+"
    r"(?=[\u4e00-\u9fff][^\s（）()]*?[，、；。！？])"
)
_CLAUSE_MARK = re.compile("[，、；。！？]")


def _spaces_inside_sentences(text: str) -> list[tuple[int, int, str, str]]:
    """The edits taking out a web page's no-break spaces inside a sentence (邀请四川农业大学&nbsp;专家为…，):
    copy debris, where a space between words means nothing. Between a headline and its run-in lead, in
    an attribution (（叙永县科协&nbsp;罗敏）) or between names (张亚飞&nbsp;蓝倩) it is a real space, kept."""
    edits = []
    for run in _NO_BREAK_RUN.finditer(text):
        before = text[text.rfind("\n", 0, run.start()) + 1 : run.start()]
        open_brackets = before.count("（") + before.count("(") - before.count("）") - before.count(")")
        if _CLAUSE_MARK.search(before) and open_brackets <= 0:
            edits.append((run.start(), run.end(), "", "space"))
    return edits


def _letter_spacing(text: str) -> list[tuple[int, int, str, str]]:
    """The spaces of letter-spaced lines (six or more tokens, four in five a single character): a
    single space between two characters is the spreading, taken out; a wider gap was a real space
    (2023   I n t e r n a t i o n a l), kept as one. A line opening with four or more spread Chinese
    characters before a date (重 庆 科 技 报 2021年6月15日 星期二, a scanned masthead) has that run
    closed up. A line of names padded to align (王晓晖 黄 强 李 刚) is no spreading. On a page so spread, a short line of single characters (（ 渝 科 ）, an attribution too
    short to prove it alone) is spread the same way."""
    edits = []
    offset = 0
    short_lines = []
    for line in text.split("\n"):
        stripped = line.strip(" ")
        tokens = [token for token in stripped.split(" ") if token]  # a wide gap is one gap, not empty tokens
        if (
            len(tokens) >= 6
            and sum(len(token) == 1 for token in tokens) >= 0.8 * len(tokens)
            and not padded_names(stripped)
        ):
            edits += _closed_up(stripped, offset + line.index(stripped[0]))
        elif spread_run := _SPREAD_OPENING.match(stripped):
            edits += _closed_up(spread_run.group(), offset + line.index(stripped[0]))
        elif "  " not in stripped and len(tokens) >= 2 and all(len(token) == 1 for token in tokens) and _HAN.search(
            stripped
        ):  # (李  华, a wide gap: no spreading)
            short_lines.append((stripped, offset + line.index(stripped[0])))
        offset += len(line) + 1
    if edits:
        for stripped, first in short_lines:
            edits += _closed_up(stripped, first)
    return edits


def _closed_up(stripped: str, first: int) -> list[tuple[int, int, str, str]]:
    """The edits taking the spreading out of one line (``first``: where its first character stands)."""
    edits = []
    for gap in _GAP.finditer(stripped):
        start = first + gap.start() + (1 if len(gap.group()) > 1 else 0)
        edits.append((start, first + gap.end(), "", "spacing"))
    return edits


_HAN = re.compile("[\u4e00-\u9fff]")
# A masthead's spread name: four or more single Chinese characters spread by single spaces, then the
# page's date (a body line of names spaced to align, 王 芳 李 强 张建国, has no date after them)
_SPREAD_OPENING = re.compile(
    r"(?:[\u4e00-\u9fff] ){3}[\u4e00-\u9fff](?: [\u4e00-\u9fff](?= ))*(?= +(?:\d{4} ?年|\d{4}[-./]\d|[〇○一二三四五六七八九零]{4}年))"
)
_GAP = re.compile(" +")


# Elements whose tags end a line where the page shows them (a paragraph, a break, a block, a list
# item, a table cell), and those that only style a run of text (bold, colour, a link).
_LINE_TAGS = frozenset(
    {"p", "br", "div", "section", "article", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol"}
    | {"li", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "td", "th", "blockquote", "hr", "center", "pre"}
    | {"figure", "figcaption"}
)
_RUN_TAGS = frozenset(
    {"span", "strong", "b", "em", "i", "u", "font", "a", "small", "big", "sub", "sup", "s", "strike", "mark"}
    | {"label", "code"}
)
_PICTURE_TAG = "img"
_ATTRIBUTE_NAME = re.compile(r"[a-z][a-z0-9_:.-]*")


class _TagReader(HTMLParser):
    """The tags of a text as a browser reads them (html.parser): name, start or end, attributes,
    (line, column) and the tag as printed; entities are left to ``_undo``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.tags: list[tuple[str, bool, list, tuple[int, int], str | None]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, False, attrs, self.getpos(), self.get_starttag_text()))

    def handle_startendtag(self, tag, attrs):  # <br/>, <img … />: one tag, not a start and an end
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        self.tags.append((tag, True, [], self.getpos(), None))


# A < that opens no tag (an ASCII name, then a space, / or >; or <!): read as text, one character for one
_NOT_A_TAG = re.compile(r"<(?!/?[A-Za-z][A-Za-z0-9]*(?:[\s/>]|$)|!)")


def _markup(text: str) -> list[tuple[int, int, str, str]]:
    """The edits undoing a page's HTML tags: a line's tag (<p style=…>, </p>, <br>) as a newline, a
    run's tag (<strong>, <span style=…>) removed, a picture's tag (<img …>) put on a line of its own.
    What only looks like a tag stays as printed: <科普讲座>, an unknown name, an attribute not
    named in ASCII, and a bare <b> or </b> whose partner the page lacks (a<b>c is no markup)."""
    reader = _TagReader()
    try:
        reader.feed(_NOT_A_TAG.sub("\x01", text))  # x<y 的: no tag opens there, so none may swallow a </p> after it
        reader.close()
    except AssertionError:  # a declaration html.parser cannot read (<![…): no markup is undone
        return []
    line_starts = [0] + [match.end() for match in re.finditer("\n", text)]
    names = {(name, closing) for name, closing, *_ in reader.tags}
    edits = []
    for name, closing, attributes, (line, column), printed in reader.tags:
        start = line_starts[line - 1] + column
        end = start + len(printed) if printed else text.index(">", start) + 1
        if not all(_ATTRIBUTE_NAME.fullmatch(key) for key, _ in attributes):
            continue
        if name == _PICTURE_TAG and not closing:
            edits += _on_its_own_line(text, start, end)
        elif name in _LINE_TAGS:
            edits.append((start, end, "\n", "tag"))
        elif name in _RUN_TAGS and (attributes or (name, not closing) in names):
            edits.append((start, end, "", "markup"))
    return edits


def _on_its_own_line(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """The edits keeping a picture's markup as printed, as a line of its own: a picture's position."""
    return [(start, start, "\n", ""), (start, end, text[start:end], "picture"), (end, end, "\n", "")]


# A heading's and a quote's mark opening a line (# 标题, ## 小标题, > 引文); bold and strong emphasis
# around a run on one line (**本报讯（记者 X）**, 对**20名**), which opens on no space or closing mark
# and closes on no space or opening one: not asterisks masking a name or a number (王**、李**,
# 139****1234); a picture (![alt](url), with an optional title).
_MARKDOWN_LINE_MARK = re.compile(r"^[ \t]{0,3}(?:#{1,6}|>)[ \t]+(?=\S)", re.MULTILINE)
_MARKDOWN_BOLD = re.compile(
    r"(?<![*_])(\*\*|__)(?=[^\s*_，。、；：！？,.;:!?）)】》”’])[^\n]*?(?<=[^\s*_（(【《“‘])\1(?![*_])"
)
_MARKDOWN_PICTURE = re.compile(r'!\[[^\[\]\n]*\]\([^()\s]+(?:\s+"[^"\n]*")?\)')


def _markdown(text: str) -> list[tuple[int, int, str, str]]:
    """The edits undoing a Markdown copy's marks: a heading's or a quote's mark and the bold marks
    removed, a picture put on a line of its own."""
    edits = [(match.start(), match.end(), "", "markdown") for match in _MARKDOWN_LINE_MARK.finditer(text)]
    for match in _MARKDOWN_BOLD.finditer(text):
        edits += [(match.start(), match.start() + 2, "", "markdown"), (match.end() - 2, match.end(), "", "markdown")]
    for match in _MARKDOWN_PICTURE.finditer(text):
        edits += _on_its_own_line(text, match.start(), match.end())
    return edits


def _undo(found: str) -> tuple[str | None, str]:
    if found[0] in INVISIBLE:
        return "", "invisible"
    if found[0] == "<":
        return "\n", "tag"
    decoded = _unescaped(found)
    if decoded == found:
        return None, "entity"
    return decoded.replace("\u00a0", " "), "entity"  # &nbsp; is a space in Chinese text


def _unescaped(entity: str) -> str:
    """The character an entity stands for, through every escaping (&amp;amp;ldquo; → “)."""
    decoded = html.unescape(entity)
    while "&" in decoded and html.unescape(decoded) != decoded:
        decoded = html.unescape(decoded)
    return decoded


# What each kind of change undid, as the editor reads it: {count} of them, {shown} the tags as printed.
_DESCRIPTIONS = (
    ("invisible", "删去 {count} 处不可见字符（零宽空格等）"),
    ("entity", "还原 {count} 个网页转义字符（如 &nbsp; &ldquo;）"),
    ("space", "删去句中夹在汉字间的 {count} 处不换行空格（&nbsp; 等）"),
    ("spacing", "删去逐字隔开的 {count} 处空格"),
    ("tag", "把 {count} 个网页换行标记（{shown}）换成换行"),
    ("markup", "删去 {count} 个网页排版标记（{shown}）"),
    ("markdown", "删去 {count} 个 Markdown 标记（{shown}）"),
    ("picture", "{count} 个图片标记（{shown}）单列一行，作为图片位置"),
)


def describe(changes: list[Change]) -> str:
    """Chinese note of what was undone in an item: 删去 2 个不可见字符，还原 3 个网页转义字符; the
    tags removed are shown, so the editor sees what styling or picture the page had."""
    kinds = [change.kind for change in changes]
    return "，".join(
        template.format(count=kinds.count(kind), shown=_shown(changes, kind) if "{shown}" in template else "")
        for kind, template in _DESCRIPTIONS
        if kind in kinds
    )


def _shown(changes: list[Change], kind: str, most: int = 3) -> str:
    """The different tags of one kind as printed, the first few, each cut short: <p style="text-i…>、</p>."""
    printed = list(dict.fromkeys(change.printed.strip() for change in changes if change.kind == kind))
    shown = [tag if len(tag) <= 40 else f"{tag[:38]}…>" for tag in printed[:most]]
    return "、".join(shown) + ("等" if len(printed) > most else "")
