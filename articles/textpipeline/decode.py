"""Turn the bytes of a page file into text, or refuse them.

Pages arrive as UTF-8 (with or without BOM), GB18030/GBK or UTF-16, with
CRLF, CR or LF newlines. We try the strict, cheap decodings first and only
then ask charset-normalizer, so the common cases never depend on guessing.
Binary files (images, PDFs, archives) are refused with a clear message
instead of being imported as garbage.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

# C0 control characters other than tab, newline, carriage return and form feed
# never occur in page text; one of them means the file is binary.
_CONTROL_CHARS = frozenset(chr(c) for c in range(32) if chr(c) not in "\t\n\r\f") | {"\x7f"}


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
    bad = next((ch for ch in text if ch in _CONTROL_CHARS), None)
    if bad is not None:
        raise PageDecodeError(
            f"页面含控制字符 U+{ord(bad):04X},像是二进制文件 / the page holds control character "
            f"U+{ord(bad):04X} and looks binary"
        )
    return DecodedText(text=unify_newlines(text), encoding=encoding)


def unify_newlines(text: str) -> str:
    """CRLF and lone CR become LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", "utf-16")
    if b"\x00" in data:
        utf16 = _bomless_utf16(data)
        if utf16 is not None:
            return utf16
        raise PageDecodeError("页面含空字节,像是二进制文件 / the page holds NUL bytes and looks binary")
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
    """UTF-16 without BOM: NULs sit in the high byte of ASCII characters."""
    if len(data) % 2:
        return None
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    codec = "utf-16-le" if odd_nuls > even_nuls else "utf-16-be"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    return (text, codec) if _looks_like_text(text) else None


def _looks_like_text(text: str) -> bool:
    """Mostly CJK, ASCII printable or CJK punctuation, and no control characters."""
    if not text or any(ch in _CONTROL_CHARS for ch in text):
        return False
    good = sum(1 for ch in text if _is_plausible(ch))
    return good >= 0.95 * len(text)


def _is_plausible(ch: str) -> bool:
    code = ord(ch)
    return (
        32 <= code < 127
        or ch in "\t\n\r\f"
        or 0x4E00 <= code <= 0x9FFF
        or 0x3000 <= code <= 0x303F
        or 0xFF00 <= code <= 0xFFEF
        or 0x2000 <= code <= 0x206F
        or 0x00A0 <= code <= 0x00FF
        or 0x25A0 <= code <= 0x25FF
    )


def _guess(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or not _looks_like_text(str(best)):
        raise PageDecodeError("无法识别页面编码 / the page encoding could not be detected")
    return str(best), best.encoding
