"""Turn the bytes of a page file into text, or refuse them.

Pages arrive as UTF-8 (with or without BOM), GB18030/GBK or UTF-16, with
CRLF, CR or LF newlines. We try the strict, cheap decodings first and only
then ask charset-normalizer, so the common cases never depend on guessing.
Binary files (images, PDFs, archives) are refused with a clear message
instead of being imported as garbage.
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass

# C0 control characters other than tab, the line breaks (LF, CR, Word's manual line break VT) and
# form feed never occur in page text; one of them means the file is binary.
_CONTROL_CHAR = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
# What page text is made of: ASCII; Latin-1 and pinyin's toned letters (ā ǎ ǖ), tone marks, the Greek
# and Cyrillic letters of GB2312; punctuation and symbols (℃, Ⅲ, →, ≥, ①, ■, ★); CJK punctuation, kana,
# zhuyin, enclosed and compatibility forms (㎡); ideographs with Extension A and the supplementary
# planes (rare characters of names); the scripts of 四川's minorities (Tibetan, Yi); full-width and
# vertical forms. What a wrong byte order or a wrong encoding makes of a page (Hangul, private use,
# other alphabets, Latin Extended-B) is not among them.
_PLAUSIBLE = (
    "\x20-\x7e\t\n\r\f\u00a0-\u017f\u01cd-\u01dc\u02c6-\u02dd\u0391-\u03c9\u0401-\u0451"
    "\u0f00-\u0fff\u2000-\u27bf\u3000-\u9fff\ua000-\ua4cf\ufe10-\ufe6f\uff00-\uffef"
    "\U00020000-\U0003134f"
)
_IMPLAUSIBLE_CHAR = re.compile(f"[^{_PLAUSIBLE}]")
# The everyday core of a Chinese page: ASCII, CJK punctuation, common ideographs, full-width forms.
_CORE_CHAR = re.compile("[\x20-\x7e\t\n\r\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


class PageDecodeError(ValueError):
    """The page file is not text we can read (message in Chinese and English)."""


@dataclass(frozen=True)
class DecodedText:
    text: str  # newlines unified to "\n"
    encoding: str


def decode_page(data: bytes) -> DecodedText:
    """Decode page bytes; raise PageDecodeError for empty, binary or undecodable input."""
    if not data or not data.strip(b" \t\r\n\x0b\x0c"):
        raise PageDecodeError("页面为空或只有空白 / the page is empty or whitespace only")
    text, encoding = _decode(data)
    if not text.strip():
        raise PageDecodeError("页面为空或只有空白 / the page is empty or whitespace only")
    control = _CONTROL_CHAR.search(text)
    if control is not None:
        bad = control.group()
        raise PageDecodeError(
            f"页面含控制字符 U+{ord(bad):04X}，像是二进制文件 / the page holds control character "
            f"U+{ord(bad):04X} and looks binary"
        )
    not_page = _structured_format(text)
    if not_page:
        raise PageDecodeError(not_page)
    text, encoding = _repair_mojibake(text, encoding)
    return DecodedText(text=unify_newlines(text), encoding=encoding)


def _gbk_read_as_latin1(text: str) -> str | None:
    """A GB18030 page read as Latin-1 (重庆 → ÖØÇì): no Chinese at all, its non-ASCII characters
    all Latin-1, and they pair into GB18030 Chinese. None for anything else."""
    if _CJK.search(text) or len(_LATIN1_HIGH.findall(text, 0, 20_000)) < 20:
        return None
    try:
        restored = text.encode("latin-1").decode("gb18030")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    return restored if len(_CJK.findall(restored)) * 2 >= len(_LATIN1_HIGH.findall(text)) * 0.8 else None


_LATIN1_HIGH = re.compile("[\u00a1-\u00ff]")
MOJIBAKE = " (mojibake)"  # the encoding's note when the text had been read through Latin-1 and repaired
# UTF-8 read as Latin-1 or Windows-1252 and saved again (重庆 → é‡åº†): a lead byte's letter (Â–ï)
# then a continuation byte's character (U+0080–U+00BF, or what Windows-1252 prints for 0x80–0x9F).
_MOJIBAKE = re.compile(
    "[\u00c2-\u00ef][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039"
    "\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178\ufffd]"
)
_CJK = re.compile("[\u4e00-\u9fff]")


def _repair_mojibake(text: str, encoding: str) -> tuple[str, str]:
    """A GB18030 page read as Latin-1 is given back by reading it again; UTF-8 Chinese text that went
    through a Latin-1 or Windows-1252 decoding is given back by ftfy,
    which undoes exactly that (bytes a Windows-1252 decoding lost stay lost, as �, and are flagged
    where they stand). Only when the signs are many and the repair yields more Chinese: 'café' and
    'naïve' in a Chinese page are left alone."""
    gbk = _gbk_read_as_latin1(text)
    if gbk is not None:
        return gbk, "gb18030" + MOJIBAKE
    if len(_MOJIBAKE.findall(text, 0, 20_000)) < 3:
        return text, encoding
    import ftfy

    fixed = ftfy.fix_encoding(text)
    if len(_CJK.findall(fixed)) <= len(_CJK.findall(text)):
        return text, encoding
    return fixed, encoding + MOJIBAKE


_MARKUP = re.compile(r"<(?:!doctype\s+html|html|head|body|\?xml|div|table|section)\b", re.IGNORECASE)


def _structured_format(text: str) -> str | None:
    """A message when the text is data or markup rather than a page's text (JSON, HTML, XML), else None."""
    start = text.lstrip("\ufeff \t\r\n")[:1]
    if start in ("{", "["):
        try:
            json.loads(text)
        except ValueError:
            return None
        return "这是 JSON 数据，不是版面文字 / this is JSON data, not a page's text"
    if start == "<" and _MARKUP.search(text[:4000]):
        return "这是 HTML 或 XML 标记，请导入网页上复制出的文字 / this is HTML or XML markup: import the page's text instead"
    return None


# Line breaks other than LF: Word's and PowerPoint's manual line break (VT), a PDF's page break (FF),
# and Unicode's next-line, line and paragraph separators, which some editors save between paragraphs.
_OTHER_BREAKS = re.compile("\r\n?|[\x0b\x0c\x85\u2028\u2029]")


def unify_newlines(text: str) -> str:
    """CRLF, lone CR and the other line breaks (VT, FF, U+0085, U+2028, U+2029) become LF."""
    return _OTHER_BREAKS.sub("\n", text)


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", "utf-16")
    if b"\x00" in data:
        utf16 = _bomless_utf16(data)
        if utf16 is not None:
            return utf16
        raise PageDecodeError("页面含空字节，像是二进制文件 / the page holds NUL bytes and looks binary")
    for encoding in ("utf-8", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-8" or _looks_like_text(text):
            return text, encoding
    return _guess(data)


def _strict(data: bytes, codec: str, name: str) -> tuple[str, str]:
    try:
        return data.decode(codec), name
    except UnicodeDecodeError as error:
        raise PageDecodeError(f"页面不是有效的 {name} 文本 / the page is not valid {name} text") from error


def _bomless_utf16(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without BOM: of the two byte orders, the reading that looks like text and has more of
    a page's everyday characters. Counting NULs is not enough: ASCII has its NUL in the high byte,
    but the ideographic space of every 　　 indent and 一, 开, 最 have theirs in the low byte, so a
    full-width page with few ASCII characters leans the other way."""
    if len(data) % 2:
        return None
    readings = []
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            readings.append((len(_CORE_CHAR.findall(text)), text, codec))
    if not readings:
        return None
    _, text, codec = max(readings, key=lambda reading: reading[0])
    return text, codec


def _looks_like_text(text: str) -> bool:
    """Mostly CJK, ASCII printable or CJK punctuation, and no control characters."""
    if not text or _CONTROL_CHAR.search(text):
        return False
    good = len(text) - len(_IMPLAUSIBLE_CHAR.findall(text))
    return good >= 0.95 * len(text)


def _guess(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or not _looks_like_text(str(best)):
        raise PageDecodeError("无法识别页面编码 / the page encoding could not be detected")
    return str(best), best.encoding
