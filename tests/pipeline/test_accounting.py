"""Nothing is dropped silently: every non-blank character is in an item, the metadata, a remainder or a removal."""

from hypothesis import given, settings
from hypothesis import strategies as st

from articles.textpipeline.accounting import account
from articles.textpipeline.model import Repair
from articles.textpipeline.split import split_page

PIECES = [
    "本报记者 刘代荣",
    "本报讯(记者 李霜)",
    "文/许天位",
    "张亚飞 蓝倩 王琳琳",
    "(渝科)",
    "（宁记）",
    "新华社记者 唐突 摄",
    "摄/林登周",
    "【地方科协】",
    "地方动态 | DI FANG DONG TAI",
    "来源:四川科协",
    "科技工作者之家 2020-03-25",
    "- 20563 ●截至目前",
    "图片：",
    "（附图片１张）",
    "本版协办单位",
    "重庆小雨点荣获普惠金融领域“诺贝尔奖”",
    "疫情发生以来,重庆老卫协注重发挥优势。",
    "资金流向重点向贫",
    "困群众倾斜。",
    "都凝聚着心血",
    "彭水县科协 and 彭水县教委",
    "１２月３０日",
    "ＡＢＣ",
    "致读者",
    "决战脱贫攻坚 决胜全面小康",
    "时政",
    "https://example.org/a?b=1",
    "(",
    ")",
    ",",
    "\n",
    "\n\n",
    " ",
    "\r",
    "\t",
]
page_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(page_text)
def test_any_text_is_fully_accounted(text):
    """For any text, split_page does not crash and accounts for every non-whitespace character."""
    result = split_page(text)
    report = account(result)
    assert report.balanced, (report.missing, report.extra)
    assert report.input_count == sum(1 for ch in text if not ch.isspace()) or report.missing == {}


def test_losing_a_paragraph_is_detected():
    """Dropping a block without recording it unbalances the account."""
    result = split_page("一条新闻的标题\n\n本报记者 王明\n\n第一段完整的一句话。\n\n第二段也是完整的一句话。")
    assert account(result).balanced
    result.items[0].blocks.pop()
    report = account(result)
    assert not report.balanced and report.input_count > report.accounted_count


def test_recorded_removal_balances_the_account():
    """A removed duplicate counts when its text is recorded in the repair."""
    result = split_page("一条新闻的标题\n\n本报记者 王明\n\n第一段完整的一句话。")
    removed = result.items[0].blocks.pop()
    result.items[0].repairs.append(Repair("duplicate_removed", "test", removed.text))
    assert account(result).balanced


def test_counts_by_destination():
    """Items, metadata and remainders are counted separately."""
    report = account(split_page("【地方科协】\n\n一条新闻的标题\n\n第一段。"))
    assert report.by_destination["meta"] == len("【地方科协】")
    assert report.by_destination["items"] == len("一条新闻的标题第一段。")
