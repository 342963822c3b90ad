"""A page printed in traditional characters is split by the simplified rules and given back as printed."""

import pytest

from articles.textpipeline.accounting import account
from articles.textpipeline.lines import fold_page
from articles.textpipeline.printed import Printed
from articles.textpipeline.split import split_page

PAGE = "\n\n".join(
    [
        "科協簡訊",
        "■ 臺灣科技人員來渝交流：11月2日，20名臺灣科技人員到重慶市科協交流。",
        "■ 永川區科協舉辦培訓班：11月3日，永川區科協舉辦科普培訓班，100人參加。",
        "台州客商考察科技園區",
        "本報訊（記者 陳志明 文/圖）11月5日，浙江台州客商一行到兩江新區考察，並與臺灣客商座談。",
        "考察團表示，將加強合作。（完）",
    ]
)


def test_a_traditional_page_splits_by_the_rules_and_keeps_its_characters():
    """科協簡訊 over its marked briefs is one item (it was a sidebar of nothing, the briefs lost), and
    本報訊（記者 陳志明 文/圖） a dateline with its reporter and photographer; every text keeps the
    characters the page printed — 台州 stays 台, 臺灣 stays 臺, both read as 台 by the rules."""
    result = split_page(PAGE)
    assert account(result).balanced
    briefs, story = result.items
    assert briefs.title == "科協簡訊"
    assert briefs.paragraphs[0].startswith("■ 臺灣科技人員來渝交流")
    assert story.title == "台州客商考察科技園區"
    assert story.dateline == "本報訊（記者 陳志明 文/圖）"
    assert [(b.role, b.name) for b in story.bylines] == [("reporter", "陳志明"), ("photographer", "陳志明")]
    assert story.paragraphs[0] == "11月5日，浙江台州客商一行到兩江新區考察，並與臺灣客商座談。"


def test_the_machines_messages_stay_in_simplified_chinese_with_the_page_text_they_quote_as_printed():
    """A repair's note is the editors' language (个, 为); only what it quotes from the page is printed text."""
    page = "\n\n".join(
        [
            "德陽市科協舉辦培訓班",
            "本報訊（記者 王強）11月29日,德陽市科協舉辦培訓班,100個單位為此報名，重複標點的問題也講到了。",
            "會議要求各學會加強組織建設,充分發揮學會作用,推動學術交流與科學普及工作。",
            "會議要求各學會加強組織建設,充分發揮學會作用,推動學術交流與科學普及工作。",
            "會後沒有結束的討論將在下次會議上繼續進行並形成最終的結論和工作方案",
        ]
    )
    item = split_page(page).items[0]
    details = {repair.code: repair.detail for repair in item.repairs}
    assert details["punctuation"].endswith("个半角标点按 GB/T 15834 改为全角")
    assert details["duplicate_removed"].startswith("删除重复的第3段：“會議要求各學會加強組織建設")
    [flag] = [flag for flag in item.flags if flag.code == "incomplete_paragraph"]
    assert flag.message == "末段“…的結論和工作方案”没有结束标点，后文可能缺失"


@pytest.mark.parametrize(
    ("printed", "folded"),
    [
        ("編後", "编后"),  # 後 is in GB2312, but only a traditional page writes it for 后
        ("來源於", "来源于"),
        ("為什麽", "为什么"),
        ("重庆市科协", "重庆市科协"),  # a simplified line is left as it is
        ("乾坤", "乾坤"),  # 乾 is also simplified text: not folded to 干
    ],
)
def test_folding_reads_traditional_characters_one_for_one(printed, folded):
    from articles.textpipeline.lines import fold

    assert fold(printed) == folded
    assert len(fold(printed)) == len(printed)


def test_a_simplified_paragraph_beside_a_traditional_one_keeps_its_own_characters():
    """The first paragraph's marks were repaired, so it is given back piece by piece; its 内 was read
    where the traditional paragraph prints ，內 (a short piece matched far ahead) and came back as 內."""
    page_text = (
        "为解决贫困户就业难题,我市下发了通知,提出了20条具体举措,精准施策,内外联动,促进贫困群众务工就业。\n"
        "本屆大賽共收到參賽作品1200餘件，內容涵蓋人工智能、生物醫藥等領域。"
    )
    result = split_page(page_text)
    first, second = result.items[0].paragraphs
    assert "内外联动" in first and second.startswith("本屆大賽") and "內容" in second
    assert account(result).balanced


def test_a_joined_line_is_given_back_from_where_it_was_read():
    """標 / 志着兩國… cut by a column's edge: the rest is read on at the next line, not taken from 標誌着兩國
    elsewhere on the page (志 was given back as 誌, a character the page did not print there)."""
    page = "甲國標誌着兩國關係進入新階段。\n\n乙國總統説，這是一個重要里程碑，標\n志着兩國友好合作關係翻開新的一頁。"
    printed = Printed(page, fold_page(page))
    joined = "乙国总统说，这是一个重要里程碑，标志着两国友好合作关系翻开新的一页。"
    assert printed.text(joined, page.index("乙")) == "乙國總統説，這是一個重要里程碑，標志着兩國友好合作關係翻開新的一頁。"


@pytest.mark.parametrize(
    ("attribution", "source"),
    [
        ("（德阳市科协）", "德阳市科协"),  # added in simplified by the mainland desk: as it prints it
        ("（德陽市科協）", "德陽市科協"),  # printed in traditional like the body: so it stays
    ],
)
def test_a_source_is_given_back_as_its_attribution_prints_it(attribution, source):
    """A traditional brief names 德陽市科協 in its body; the source read off the attribution was taken
    back from the body's characters (德陽市科協 for a printed （德阳市科协）)."""
    page = "\n\n".join(["香港科學園代表團訪問德陽", "11月13日，香港科技園公司代表團訪問德陽市科協，雙方交流經驗。", attribution])
    story = split_page(page).items[0]
    assert story.source == source
    assert story.credit_lines == [attribution]
