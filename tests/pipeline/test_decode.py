"""decode_page: encodings detected, newlines unified, binary and empty input refused."""

import codecs
from pathlib import Path

import pytest

from articles.textpipeline.decode import PageDecodeError, decode_page

SEED = (Path(__file__).resolve().parents[2] / "seeds" / "000_b37e9a0c58b6f3f4.txt").read_text(
    encoding="utf-8"
)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SEED.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SEED.encode("utf-8"), "utf-8-sig"),
        (SEED.encode("gb18030"), "gb18030"),
        (SEED.encode("utf-16"), "utf-16"),
        (SEED.encode("utf-16-le"), "utf-16-le"),
        (SEED.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_encodings_round_trip(data, encoding):
    """Each supported encoding gives back the seed text and names the encoding."""
    decoded = decode_page(data)
    assert decoded.text == SEED
    assert decoded.encoding == encoding


def test_gbk_text_decodes_as_gb18030():
    """A short GBK page is read by the strict gb18030 step."""
    decoded = decode_page("本报记者 刘代荣\n重庆市科协".encode("gbk"))
    assert decoded.text == "本报记者 刘代荣\n重庆市科协"
    assert decoded.encoding == "gb18030"


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_newlines_unified(newline):
    """CRLF and CR become LF."""
    decoded = decode_page(SEED.replace("\n", newline).encode("utf-8"))
    assert decoded.text == SEED
    assert "\r" not in decoded.text


@pytest.mark.parametrize(
    "newline",
    [
        "\x0b",  # Word's and PowerPoint's manual line break (Shift+Enter)
        "\x0c",  # a PDF's page break
        "\x85",
        "\u2028",  # Unicode line separator
        "\u2029",  # Unicode paragraph separator
    ],
)
def test_other_line_breaks_read_as_newlines(newline):
    """A manual line break, a page break or a Unicode separator is a line break, not binary content."""
    decoded = decode_page(SEED.replace("\n", newline).encode("utf-8"))
    assert decoded.text == SEED


def test_traditional_characters_kept():
    """Traditional characters are text as written, not converted."""
    assert decode_page("臺灣科學技術協會舉辦講座".encode()).text == "臺灣科學技術協會舉辦講座"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        b"%PDF-1.4\n\x00\x01\x02\x03binary\xff\xfe\x00",
        "重庆市科协\x01\x02".encode(),
        bytes(range(256)) * 4,
    ],
)
def test_binary_refused(data):
    """NUL bytes or control characters are refused with a bilingual message."""
    with pytest.raises(PageDecodeError, match="binary|二进制|encoding"):
        decode_page(data)


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t ", "\n\n".encode("utf-16")])
def test_empty_refused(data):
    """Empty and whitespace-only pages are refused."""
    with pytest.raises(PageDecodeError, match="empty"):
        decode_page(data)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        ('{"title": "永川区科协举办座谈会", "body": "……"}'.encode(), "JSON"),
        ('[{"page_file": "001.txt"}]\n'.encode("utf-16"), "JSON"),
        ("<!DOCTYPE html>\n<html><body><p>永川区科协举办座谈会</p></body></html>".encode(), "HTML"),
        ('<?xml version="1.0" encoding="gbk"?>\n<page><p>科协</p></page>'.encode("gbk"), "XML"),
    ],
)
def test_data_and_markup_refused(data, kind):
    """A JSON export or a saved web page is not page text: refused with a message naming what it is."""
    with pytest.raises(PageDecodeError, match=kind):
        decode_page(data)


@pytest.mark.parametrize(
    "text",
    [
        "{重要通知}\n\n永川区科协举办座谈会\n\n本报讯 5月28日，科协举办活动。",  # braces, but not JSON
        "[地方科协]\n\n永川区科协举办座谈会",
        "<科普讲座> 开讲\n\n本报讯 5月28日，科协举办活动。",  # a title in angle brackets, not markup
    ],
)
def test_pages_that_open_with_brackets_are_text(text):
    assert decode_page(text.encode()).text == text


def test_utf8_read_as_latin1_is_given_back_exactly():
    """重庆 saved after a Latin-1 reading is é‡åº†: ftfy undoes the reading, and the encoding says so."""
    page = SEED
    decoded = decode_page(page.encode("utf-8").decode("latin-1").encode("utf-8"))
    assert decoded.text == page.replace("\r\n", "\n")
    assert decoded.encoding == "utf-8 (mojibake)"


def test_utf8_read_as_windows_1252_keeps_what_survived_and_marks_what_did_not():
    """Windows-1252 has no character for five bytes; a reading with replacement lost them: the rest
    comes back, the lost ones stay as �, and the split flags them where they stand."""
    from articles.textpipeline.split import split_page

    page = SEED
    decoded = decode_page(page.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8"))
    assert decoded.encoding == "utf-8 (mojibake)"
    assert "本报记者" in decoded.text and "\ufffd" in decoded.text
    result = split_page(decoded.text, encoding=decoded.encoding)
    assert [repair.code for repair in result.repairs] == ["mojibake"]
    assert any(flag.code == "unreadable_characters" for item in result.items for flag in item.flags)


@pytest.mark.parametrize(
    "text",
    [
        "重庆市科协邀请法国专家 café au lait 与 naïve 的读音。",  # Latin letters of their own
        "Ã©tude: a page that is Latin text, not Chinese read through Latin-1.",
        "Déjà vu à Zürich: Ärger über Öl, façade, crème brûlée, naïveté, São Paulo, Ålesund, Øresund, Æsir. " * 3,
    ],
)
def test_latin_letters_that_are_no_misreading_are_left_alone(text):
    decoded = decode_page(text.encode("utf-8"))
    assert (decoded.text, decoded.encoding) == (text, "utf-8")


def test_gb18030_read_as_latin1_is_given_back():
    """重庆 in GB18030 read as Latin-1 is ÖØÇì: read again as GB18030, the page comes back whole."""
    decoded = decode_page(SEED.encode("gb18030").decode("latin-1").encode("utf-8"))
    assert (decoded.text, decoded.encoding) == (SEED, "gb18030 (mojibake)")


# A 甘孜 page under its masthead's Tibetan name, a 凉山 page with a Yi line, rare name characters
# (Extension A and B) and the symbols of GB18030 (℃, ①, ㎡): all page text.
MINORITY_SCRIPTS = (
    "甘孜日报\nདཀར་མཛེས་ཉིན་རེའི་ཚགས་པར།\n\n甘孜州科协开展高原科普大篷车巡展\n\n"
    "本报讯 5月20日，科普大篷车开进理塘。\n"
)
YI_LINE = "ꆃꎭꀉꂿ\n科技助力彝家新寨\n\n本报讯 昭觉县科协组织专家入户。\n"
RARE_SIGNS = "㑇𠀾名字\n室温25℃，面积120㎡。①科普讲座②义诊\n"
# Paragraphs indented with ideographic spaces, full-width digits, few ASCII characters: most NULs
# of UTF-16 sit where ASCII's would not (一 U+4E00, 开 U+5F00, 最 U+6700, U+3000).
FULL_WIDTH_INDENTS = (
    "重庆科技报\n\n一线科技工作者最开心的一天\n\n　　本报讯　５月３０日，一场座谈会在开州召开。\n"
    "　　一位一线工程师说，最开心的是一起开展科普。\n　　一个一个项目开花结果。\n"
)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (MINORITY_SCRIPTS, "gb18030"),
        (MINORITY_SCRIPTS, "utf-16-le"),
        (MINORITY_SCRIPTS, "utf-16-be"),
        (YI_LINE, "gb18030"),
        (YI_LINE, "utf-16-le"),
        (RARE_SIGNS, "gb18030"),
        (FULL_WIDTH_INDENTS, "utf-16-le"),
        (FULL_WIDTH_INDENTS, "utf-16-be"),
        (FULL_WIDTH_INDENTS, "gb18030"),
    ],
)
def test_minority_scripts_and_full_width_pages_decode(text, encoding):
    """Tibetan and Yi lines, rare ideographs and full-width indents are page text in GB18030 and in
    UTF-16 without BOM, whichever byte order the NULs seem to favour."""
    decoded = decode_page(text.encode(encoding))
    assert (decoded.text, decoded.encoding) == (text, encoding)


@pytest.mark.parametrize(
    "data",
    [
        FULL_WIDTH_INDENTS.encode("utf-32-le"),  # every character followed by NULs
        FULL_WIDTH_INDENTS.encode("utf-16-le")[:-1],  # half a character
        "".join(chr(0xE000 + i) for i in range(300)).encode("utf-16-le"),  # private use only
        ("한국어 텍스트입니다\n" * 10).encode("gb18030"),  # valid GB18030, but Hangul
        bytes((i * 37 + 11) % 256 for i in range(4000)),
    ],
)
def test_wrong_encodings_still_refused(data):
    """Widening what counts as text does not let other encodings or binary data through."""
    with pytest.raises(PageDecodeError, match="binary|二进制|encoding"):
        decode_page(data)
