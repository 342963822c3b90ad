"""A page printed in traditional characters is split by the simplified rules and given back as printed."""

from articles.textpipeline.accounting import account
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
