"""split_page on small constructed pages: each kind of damage, credit and layout rule."""

import datetime as dt
import re
from pathlib import Path

import pytest

from articles.textpipeline import credits_bylines, credits_datelines, credits_signatures, shapes
from articles.textpipeline.accounting import account
from articles.textpipeline.model import PHOTO, SUBHEADING
from articles.textpipeline.repair import is_verse
from articles.textpipeline.shapes_briefs import place_tag
from articles.textpipeline.shapes_credits import pictures_given_by
from articles.textpipeline.shapes_furniture import is_briefs_heading, is_column_name, page_head
from articles.textpipeline.shapes_lists import (
    is_figure_line,
    is_names_field,
    is_numbered_heading,
    is_year_entry,
)
from articles.textpipeline.shapes_notices import is_full_date
from articles.textpipeline.shapes_pictures import is_pointed_caption
from articles.textpipeline.split import split_page

LONG = "会议要求全市科协系统要坚持党组统筹压实责任,推动高质量完成各项任务。"


def page(*lines: str):
    result = split_page("\n\n".join(lines))
    assert account(result).balanced
    return result


def codes(item):
    return [flag.code for flag in item.flags]


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        (
            "不断改善农业农村环境,资金流向重点向贫",
            "困群众倾斜。针对主要致贫原因,积极引导。",
            "资金流向重点向贫困群众倾斜。",
        ),
        (
            "座谈会上,大足区科协主席丁",
            "洋介绍了区科协在服务党委政府决策方面的工作开展情况。",
            "主席丁洋介绍了",
        ),
        (
            "专家分成6个组奔赴重庆德凯实业股份有限公司、重庆市亚特蓝电",
            "器有限责任公司等7家企业进行对接。",
            "亚特蓝电器有限责任公司",
        ),
    ],
)
def test_broken_paragraph_joined(first, second, joined):
    """A paragraph cut mid-word by a column break is joined and the repair recorded."""
    item = page("标题在这里", "本报记者 王明", first, second).items[0]
    assert len(item.paragraphs) == 1 and joined in item.paragraphs[0]
    assert "joined_break" in [r.code for r in item.repairs]


@pytest.mark.parametrize(
    ("cut", "rest", "joined"),
    [
        ("在重庆市亚特蓝电", "器有限责任公司，区科协邀请重庆大学专家为企业技术人员开展培训。", "在重庆市亚特蓝电器有限责任公司，"),
        ("区科协主席王", "明介绍，下一步，区科协将继续深化“科创中国”试点建设。", "区科协主席王明介绍，"),
        # a post and a surname end no heading: the given name goes on into the sentence, whatever the verb
        ("市科协党组书记、常务副主席郭", "永红宣布活动启动。市委常委、副市长李强致辞。", "市科协党组书记、常务副主席郭永红宣布"),
        ("科技辅导员赵", "明给同学们讲解“伯努利原理”。", "科技辅导员赵明给同学们"),
    ],
)
def test_a_short_line_a_break_cut_inside_a_name_is_no_subheading(cut, rest, joined):
    """A paragraph cut after its first few characters, inside a company's or a person's name: the short
    line was a sub-heading and the rest a paragraph opening with 器 or 明."""
    item = page("铜梁区科协助力企业创新发展", "本报讯 " + LONG, cut, rest).items[0]
    assert item.subheadings == []
    assert item.paragraphs[-1].startswith(joined)


@pytest.mark.parametrize(
    ("cut", "rest", "joined"),
    [
        ("省领导王晓晖、黄强", "出席开幕式。", "省领导王晓晖、黄强出席开幕式。"),
        ("市领导张伟、李红梅等", "参加活动。", "市领导张伟、李红梅等参加活动。"),
    ],
)
def test_a_line_a_break_cut_after_its_list_of_people_is_no_subheading(cut, rest, joined):
    """省领导王晓晖、黄强 over 出席开幕式。 in a story: one sentence a break cut before what the people did (the
    list of people was a sub-heading, its predicate a paragraph)."""
    item = page("四川省科协第十次代表大会在蓉开幕", "本报讯 " + LONG, cut, rest, "来自全省各地的700余名代表参加大会。").items[0]
    assert item.subheadings == []
    assert item.paragraphs[1] == joined and "joined_break" in [r.code for r in item.repairs]


@pytest.mark.parametrize(
    ("column", "joined"),
    [
        (["省领导", "王晓晖", "黄 强", "出席开幕式。"], "省领导王晓晖、黄强出席开幕式。"),
        (["市委领导", "张伟", "李红梅", "刘 洋", "参加活动。"], "市委领导张伟、李红梅、刘洋参加活动。"),
        (["区领导", "张强 李明", "出席。"], "区领导张强、李明出席。"),  # two to a line; 区 is also a surname
        (["市委领导", "张伟 李红梅", "刘 洋", "参加活动。"], "市委领导张伟、李红梅、刘洋参加活动。"),
    ],
)
def test_a_sentence_a_narrow_column_printed_one_name_to_a_line_is_one_paragraph(column, joined):
    """省领导 / 王晓晖 / 黄 强 / 出席开幕式。 in a story, or its names two to a line: one sentence, its names
    joined by 、 (the label headed a new item with the first name its author, or signed the story above)."""
    result = page("四川省科协第十次代表大会在蓉开幕", "本报讯 " + LONG, *column, "来自全省各地的700余名代表参加大会。")
    (item,) = result.items
    assert item.paragraphs[1:] == [joined, "来自全省各地的700余名代表参加大会。"] and item.bylines == []


@pytest.mark.parametrize(
    ("cut", "between", "bylines"),
    [
        ("本报通讯员 吴", [], [("correspondent", "吴晓东")]),
        ("本报通讯员 吴", ["重庆科技报 2022年11月22日 星期二"], [("correspondent", "吴晓东")]),  # a running head
        ("本报记者 李华 通讯员 吴", [], [("reporter", "李华"), ("correspondent", "吴晓东")]),
    ],
)
def test_a_byline_a_break_cut_inside_the_name_is_one_byline(cut, between, bylines):
    """本报通讯员 吴 over 晓东: the cut byline was the 副题 and 晓东 its author."""
    item = page("市花卉盆景协会举办秋季展", cut, *between, "晓东", LONG).items[0]
    assert item.subtitle == ""
    assert [(b.role, b.name) for b in item.bylines] == bylines


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        ("搭建平台 汇聚创新资源", "宜宾市科协联合高校院所，建成院士（专家）工作站18个。"),
        ("12月20日", "市科协与四川省科协签署合作协议。"),
        ("专家释疑", "华西医院专家表示，接种疫苗是预防流感最有效的手段。"),
    ],
)
def test_a_subheading_over_a_paragraph_opening_with_a_name_stays_a_subheading(heading, text):
    item = page("宜宾市科协推进科创中国建设", "本报讯 " + LONG, heading, text, LONG).items[0]
    assert heading in item.subheadings


def test_finished_paragraphs_not_joined():
    """Paragraphs ending a sentence stay separate."""
    item = page(
        "标题在这里", "本报记者 王明", LONG, "与会代表表示,将把会议精神带回各自单位认真传达落实。"
    ).items[0]
    assert len(item.paragraphs) == 2


@pytest.mark.parametrize(
    ("chinese", "english"),
    [
        ("关键词：成渝地区双城经济圈；科技社团；协同发展", "Abstract: This report analyzes the coordinated development of associations."),
        ("摘要：本文分析了川渝两地科技社团的发展现状和存在的问题，提出了对策", "Summary: This paper studies how associations of two regions cooperate."),
    ],
)
def test_an_english_fields_label_under_a_chinese_line_opens_a_paragraph(chinese, english):
    """A bilingual paper's Abstract: under its Chinese 关键词： line is no column break's rest, and its
    Keywords: line ends without a stop and raises no doubt."""
    keywords = "Keywords: Chengdu-Chongqing Economic Circle; scientific associations; coordinated development"
    item = page("成渝地区科技社团协同发展研究报告", "本报讯 " + LONG, chinese, english, keywords).items[0]
    assert item.paragraphs[-3:] == [chinese, english, keywords]
    assert "incomplete_paragraph" not in codes(item)


@pytest.mark.parametrize(
    "body",
    [
        ["经研究，决定对永川区科协等4个先进集体予以通报表彰。"],
        ["经研究，决定对永川区科协等4个先进集体予以通报表彰。", "希望受表彰的集体珍惜荣誉，再接再厉。"],
    ],
)
def test_a_decisions_attachment_is_printed_with_it_under_its_signature(body):
    """附件：…名单 names the attachment in the decision's text, the signature under it is no 副题, and
    附件 after the signature heads the attachment (its list title a sub-heading, its rows of bodies'
    names paragraphs): one item, dated and sourced by its signature (the rows were the page's banners)."""
    rows = ["永川区科协  荣昌区科协", "大足区科协  綦江区科协"]
    lines = [
        "重庆市科学技术协会关于表彰2023年度先进集体的决定",
        "各区县（自治县）科协：",
        *body,
        "附件：2023年度先进集体名单",
        "重庆市科学技术协会",
        "2024年2月20日",
        "附件",
        "2023年度先进集体名单",
        *rows,
    ]
    result = page(*lines)
    assert len(result.items) == 1 and result.meta.banners == []
    item = result.items[0]
    assert (item.source, item.date) == ("重庆市科学技术协会", dt.date(2024, 2, 20))
    assert item.bylines == [] and item.subtitle == ""
    assert item.subheadings == ["附件", "2023年度先进集体名单"]
    assert item.paragraphs[-len(rows) - 3 :] == ["附件：2023年度先进集体名单", "重庆市科学技术协会", "2024年2月20日", *rows]
    assert "incomplete_paragraph" not in codes(item)


ISSUING_NOTICE = ["绵阳市科协关于印发《绵阳市科协2024年学会工作要点》的通知", "各县（市、区）科协，市级学会：",
                  "现将《绵阳市科协2024年学会工作要点》印发给你们，请认真贯彻落实。"]
ENCLOSURE = ["绵阳市科协2024年学会工作要点", "一、加强学会党建工作", "推动市级学会党组织覆盖率保持100%。"]
ISSUER_SIGNING = ["绵阳市科学技术协会", "2024年3月6日"]


@pytest.mark.parametrize(
    "lines",
    [[*ISSUING_NOTICE, *ISSUER_SIGNING, *ENCLOSURE], [*ISSUING_NOTICE, *ENCLOSURE, *ISSUER_SIGNING]],
)
def test_the_document_a_notice_issues_is_printed_in_it_under_its_title(lines):
    """绵阳市科协2024年学会工作要点 under (or over) the signature of 关于印发《绵阳市科协2024年学会工作要点》的通知:
    the title of the document the notice issues, a sub-heading over its text in the one notice, dated and
    signed (after the signature it was a new item without date or source; before it, a repeat deleted)."""
    result = lines_page(*lines)
    (item,) = result.items
    assert item.subheadings[:2] == ENCLOSURE[:2] and item.paragraphs[-1] in (ENCLOSURE[2], ISSUER_SIGNING[1])
    assert (item.source, item.date) == ("绵阳市科学技术协会", dt.date(2024, 3, 6))
    assert [flag.code for flag in item.flags] == [] and [r.code for r in item.repairs] == []


def test_a_headline_after_a_notice_issuing_another_document_opens_a_story():
    """After the signature of 关于印发《…要点》的通知, a headline that is no title of the issued document, over a
    dated lead: the next story, as before."""
    result = lines_page(*ISSUING_NOTICE, *ISSUER_SIGNING, "绵阳市科协召开学会工作会", "3月8日，绵阳市科协召开2024年学会工作会。")
    assert [item.title for item in result.items] == [ISSUING_NOTICE[0], "绵阳市科协召开学会工作会"]


@pytest.mark.parametrize("number", ["（第0236号）", None])
def test_a_proposals_number_and_fields_under_its_title_are_its_text(number):
    """（第0236号） under a 建议's title is its number (no source), and 领衔代表：… / 附议代表：… / 建议类别：…
    are its fields, no kicker, title and 副题 over an empty item."""
    fields = ["领衔代表：刘建平", "附议代表：王丽、陈刚、赵春燕", "建议类别：科教文卫"]
    lines = ["关于加强基层科普阵地建设的建议", number, *fields, "案由：", LONG]
    result = page(*(line for line in lines if line))
    assert [(item.title, item.subtitle, item.kicker) for item in result.items] == [("关于加强基层科普阵地建设的建议", "", "")]
    item = result.items[0]
    assert item.source is None and item.credit_lines == []
    header = [number, *fields] if number else fields
    assert item.paragraphs[: len(header)] == header


def test_a_reports_author_line_of_departments_is_its_credit_and_source():
    """作者：重庆市科协调研宣传部  四川省科协学会学术部 under a report's title credits the two departments
    that wrote it (it was the title's 副题)."""
    line = "作者：重庆市科协调研宣传部  四川省科协学会学术部"
    item = page("成渝地区科技社团协同发展研究报告（摘要）", line, "发布时间：2023-11-20", LONG).items[0]
    assert (item.subtitle, item.credit_lines) == ("", [line])
    assert item.source == "重庆市科协调研宣传部、四川省科协学会学术部"


@pytest.mark.parametrize(
    "rows",
    [
        ["永川区科协  荣昌区科协  大足区科协  綦江区科协", "重庆市科技馆  重庆土壤学会  重庆市花卉盆景协会",
         "重庆医科大学科协  重庆大学科协  西南大学科协", "重庆市老卫生科技工作者协会  重庆市科普作家协会"],
        ["学术交流活动\t126场\t12.5%", "科普讲座  86场  9.1%"],
    ],
)
def test_a_tables_shorter_rows_under_a_full_one_are_its_rows(rows):
    """Rows of three (or two) cells under a row of four are the table's, no sub-headings, and its last
    row raises no incomplete-paragraph doubt."""
    item = page("2023年度全市科协系统先进集体名单", "本报讯 " + LONG, *rows).items[0]
    assert item.subheadings == [] and item.paragraphs[-len(rows) :] == rows
    assert "incomplete_paragraph" not in codes(item)


def lines_page(*lines: str):
    """A page copied from a PDF: one line under the other, no blank lines between."""
    result = split_page("\n".join(lines))
    assert account(result).balanced
    return result


CQ_HEAD = ("重庆科技报", "2024年6月7日", "")
SC_HEAD = ("四川科技报", "2024年5月31日", "")


@pytest.mark.parametrize(
    ("last_row", "headline", "lead"),
    [
        ("合计        19        280", "东坡区科协举办泡菜产业技术培训", "9月10日，东坡区科协联合区农业农村局举办培训，80余名种植户参加。"),
        ("资阳市护理学会    2万元", "雅安：科普志愿者走进茶山", "5月28日，雅安市科协组织科普志愿者走进蒙顶山茶区。"),
        # a headline printed in two spaced parts (it was taken for the table's next row)
        ("资阳市护理学会    2万元", "科普日活动    精彩纷呈", "9月16日，全国科普日活动在雅安举行。"),
        ("资阳市护理学会    2万元", "科普日活动    精彩纷呈", "本报讯（记者 李明）9月16日，全国科普日活动在雅安举行。"),
    ],
)
def test_a_headline_over_a_dated_lead_after_a_tables_last_row_opens_the_next_story(last_row, headline, lead):
    """A table's last row ends without a stop, yet the story above is finished: the headline is the next one's."""
    result = lines_page(
        *SC_HEAD, "眉山市下达科普惠农资金", "", "本报讯（记者 王露）9月11日，眉山市科协下达科普资金。",
        "县（区）    项目数    金额（万元）", last_row, headline, lead, "（东坡区科协）",
    )
    assert [item.title for item in result.items] == ["眉山市下达科普惠农资金", " ".join(headline.split())]
    assert result.items[0].paragraphs[-1] == last_row and result.items[0].source is None


@pytest.mark.parametrize("intro", [[], ["（按姓氏笔画排序）"]])
def test_a_name_lists_rows_under_its_title_are_its_text_and_the_next_headline_opens_a_story(intro):
    """王建国  四川农业大学 under …名单: the list's rows (no headline), and 雅安：… over a dated lead after them the
    next story's headline."""
    rows = ["王建国  四川农业大学", "黄晓东  宜宾市第一人民医院"]
    result = lines_page(
        *SC_HEAD, "2024年度四川省最美科技工作者名单", *intro, *rows, "", "雅安：科普志愿者走进茶山", "",
        "5月28日，雅安市名山区科协组织科普志愿者走进蒙顶山茶区，为茶农讲解茶园绿色防控技术。", "（雅安市科协 供稿）",
    )
    listed, story = result.items
    assert (listed.kicker, listed.title, listed.subtitle) == ("", "2024年度四川省最美科技工作者名单", "")
    assert listed.paragraphs[-2:] == rows and listed.source is None
    assert (story.title, story.source) == ("雅安：科普志愿者走进茶山", "雅安市科协")


@pytest.mark.parametrize("count", ["（共156名，按姓氏笔画排序）", "（共86家）"])
def test_an_attachments_list_after_the_signature_stays_in_the_notice(count):
    """附件 / …名单 under a notice's signature, over its count (（共156名，按姓氏笔画排序）), group heads and
    姓名 单位 rows: the notice's attachment (the count was its source credit, the rows another story)."""
    rows = ["一、农业领域（32名）", "王德华 西南大学", "石磊 重庆市农业科学院", "二、医药卫生领域（41名）",
            "马建 重庆医科大学附属第一医院"]
    title = "重庆市科协科技咨询专家库第一批入库专家名单"
    (item,) = page("关于公布重庆市科协科技咨询专家库第一批入库专家名单的通知", "经专家评审，确定王德华等156名同志为入库专家。",
                   f"附件：{title}", "重庆市科学技术协会", "2023年9月25日", "附件", title, count, *rows).items
    assert item.credit_lines == [] and item.source == "重庆市科学技术协会"
    assert item.paragraphs[-4:] == [count, rows[1], rows[2], rows[4]]
    assert item.subheadings[-2:] == [rows[0], rows[3]]


COMMENDATION = ["宜宾市科协关于表扬2023年度科普志愿者的决定", "各县（区）科协：", "经研究，决定对王立新等10名科普志愿者予以表扬。",
                "宜宾市科学技术协会", "2024年3月8日", "附件", "2023年度优秀科普志愿者名单"]


@pytest.mark.parametrize("rows", [["王立新 何春燕 刘海波 钱敏 罗德福", "陈小芳 杨力 周建 吴红 郑强"], ["王立新 何春燕 刘海波 钱敏"]])
def test_rows_of_names_under_an_attachments_list_title_are_its_text(rows):
    """王立新 何春燕 … under the attachment's title 2023年度优秀科普志愿者名单: the list the title announces, the
    decision's paragraphs (the first row was a new item's headline, the last its authors)."""
    (item,) = lines_page(*COMMENDATION, *rows).items
    assert item.paragraphs[-len(rows) :] == rows and item.bylines == []
    assert item.subheadings == COMMENDATION[-2:]


def test_names_closing_the_prose_under_a_list_title_are_still_its_authors():
    """张亚飞 蓝倩 王琳琳 under the prose of a story's …名单 section, not right under the title: the story's authors."""
    lines = ["3月5日，宜宾市科协组织科普志愿者走进社区开展服务。", "科普志愿者名单", "下一步，市科协将继续深化志愿服务。"]
    (item,) = lines_page("宜宾市科协开展科普志愿服务活动", *lines, "张亚飞 蓝倩 王琳琳").items
    assert [byline.name for byline in item.bylines] == ["张亚飞", "蓝倩", "王琳琳"] and item.subheadings == [lines[1]]


def test_a_bodys_attribution_under_a_list_is_still_its_source():
    result = page("资阳市2024年学会能力提升项目资助名单", "资阳市医学会    3万元", "资阳市农学会    2万元", "（资阳市科协）")
    assert result.items[0].source == "资阳市科协"


@pytest.mark.parametrize("header", [[], ["学会名称    资助金额"]])
def test_a_table_right_under_its_title_is_its_text(header):
    """A 名单 of a body and its figure a row, printed right under its title: the rows (and header) are the
    item's text, no headline nor banner."""
    rows = ["资阳市医学会    3万元", "资阳市农学会    2万元", "资阳市护理学会    2万元"]
    result = lines_page(*SC_HEAD, "资阳市2024年学会能力提升项目资助名单", *header, *rows, "（资阳市科协）")
    (item,) = result.items
    assert (item.kicker, item.title, item.subtitle) == ("", "资阳市2024年学会能力提升项目资助名单", "")
    assert item.paragraphs == header + rows and item.source == "资阳市科协"
    assert "no_body" not in codes(item) and result.meta.banners == []


@pytest.mark.parametrize("header", ["重庆方        四川方", "结对单位    帮扶单位", "先进集体    先进个人"])
def test_a_tables_two_cell_header_between_a_lead_and_its_rows_is_no_banner(header):
    """A header row of two words spaced apart over the table's rows is the story's text, not a slogan."""
    rows = ["潼南区科协    遂宁市科协", "合川区科协    广安市科协"]
    result = lines_page(
        *CQ_HEAD, "川渝毗邻地区科协结对名单发布", "", "本报讯（记者 何洁）10月16日，重庆市科协、四川省科协联合发布结对名单。",
        header, *rows, "据了解，结对双方将开展合作。",
    )
    (item,) = result.items
    assert item.paragraphs[1:] == [header, *rows, "据了解，结对双方将开展合作。"] and result.meta.banners == []


def test_a_table_copied_one_cell_a_line_under_a_lead_ending_in_a_stop_stays_in_its_story():
    """Cells printed one a line (a district among them) under a lead that ends in 。: the story's text,
    no new item, and 利州区 no byline."""
    cells = ["活动名称", "举办地点", "承办单位", "科普大篷车进校园", "朝天区", "朝天区科协", "院士专家广元行", "利州区", "广元市科协"]
    result = lines_page(
        *SC_HEAD, "广元市2024年科技活动周重点活动安排", "",
        "本报讯（记者 何静）4月17日，广元市科协公布2024年科技活动周重点活动安排。", *cells,
        "活动周期间，全市科技馆免费向公众开放。",
    )
    (item,) = result.items
    assert item.paragraphs[1:-1] == cells and [b.name for b in item.bylines] == ["何静"]


@pytest.mark.parametrize(
    "header", ["序号  专利名称                  专利权人", "序号  项目名称  主要完成单位  主要完成人"]
)
def test_a_tables_header_row_over_its_rows_is_no_subheading(header):
    """A header of three words spaced apart, over rows of as many cells, is the table's row like a header of four."""
    rows = ["1     一种茶叶加工用揉捻装置    四川省峨眉山竹叶青茶业有限公司", "2     一种高速列车转向架        四川九洲电器集团有限责任公司"]
    if header.count("  ") == 3:
        rows = [row + "  张明" for row in rows]
    result = lines_page(
        *SC_HEAD, "第十二届四川省专利奖评审结果公布", "", "本报讯（记者 赵敏）1月10日，第十二届四川省专利奖评审结果公布。",
        header, *rows, "获奖项目将获得证书和奖金。",
    )
    (item,) = result.items
    assert item.subheadings == [] and item.paragraphs[1:] == [header, *rows, "获奖项目将获得证书和奖金。"]


def test_an_award_lists_next_grade_after_the_first_grades_rows_is_the_lists():
    """二等奖 under the 一等奖 rows a 如下： opened: the list goes on, its winners no byline."""
    result = lines_page(
        *CQ_HEAD, "第八届重庆市自然科学优秀学术论文评选结果揭晓", "",
        "本报讯（记者 何洁）6月5日，市科协公布评选结果。部分获奖论文及作者如下：",
        "一等奖", "三峡库区消落带土壤重金属迁移规律研究", "张明远  刘  霞  陈国栋",
        "二等奖", "武陵山区中药材种植适宜性评价", "冉  静  向  红", "获奖论文作者将受邀参加2024年重庆市学术年会。",
    )
    (item,) = result.items
    assert "二等奖" in item.paragraphs and item.bylines[0].name == "何洁" and len(item.bylines) == 1


@pytest.mark.parametrize(
    ("title", "salutation", "items"),
    [
        ("关于加强基层科普阵地建设的建议的答复", "刘建平代表：", 2),  # the reply, with its own signature and date
        ("关于召开2024年全区科普工作会议的通知", "各镇（街道）科协：", 2),
        ("科普阵地建设情况", "同志们：", 1),  # no document's kind: a sub-heading of a speech over its address
    ],
)
def test_a_documents_title_over_its_salutation_opens_the_next_document(title, salutation, items):
    """…的答复 over 刘建平代表： under the 建议's last sentence is the reply's title, not a paragraph of the
    建议 (whose date and source were the reply's)."""
    lines = ["关于加强基层科普阵地建设的建议", "案由：近年来，我市基层科普阵地建设仍然存在短板，建议市财政每年安排专项资金。",
             title, salutation, "您提出的建议收悉，现答复如下：2024年，市级财政安排科普专项经费500万元。",
             "宜宾市科学技术协会", "2024年6月20日"]
    result = page(*lines)
    assert len(result.items) == items
    if items == 2:
        assert [(item.title, item.source) for item in result.items] == [
            ("关于加强基层科普阵地建设的建议", None), (title, "宜宾市科学技术协会")]
        assert result.items[1].date == dt.date(2024, 6, 20)


def test_repeated_paragraph_kept_once():
    """An exact repeat is removed, the removal recorded with its text."""
    item = page("标题在这里", "本报记者 王明", LONG, "第二段也是完整的一句话,内容不同于第一段。", LONG).items[
        0
    ]
    assert item.paragraphs.count(LONG.replace(",", "，")) == 1
    removed = [r for r in item.repairs if r.code == "duplicate_removed"]
    assert len(removed) == 1 and removed[0].removed == LONG


def test_repeat_with_lost_beginning_removed_and_flagged():
    """A repeat whose first words were replaced is removed and flagged for checking."""
    lead = "本报讯 为进一步发挥产业功能区科协服务企业创新发展作用,近日,成都市锦江区召开总结会。"
    item = page(
        "锦江区科协服务企业", lead, "锦江区科协服务企业创新发展作用,近日,成都市锦江区召开总结会。"
    ).items[0]
    assert len(item.paragraphs) == 1
    assert "possible_duplicate" in codes(item)


def test_an_attribution_after_a_half_width_stop_closes_its_paragraph_and_names_the_source():
    """…良好氛围.(江津区科协) then a stray paragraph: the two were one paragraph with the attribution inside."""
    (item,) = page(
        "江津区科协开展宣传月活动",
        "本报讯 4月20日,江津区科协在几江街道开展宣传月活动.",
        "此次活动共吸引群众800余人参与,营造了良好氛围.(江津区科协)",
        "据悉,本次宣传月期间,江津区还将开展科普讲座等活动20余场.",
    ).items
    assert item.source == "江津区科协"
    assert item.paragraphs[-2:] == ["此次活动共吸引群众800余人参与，营造了良好氛围。", "据悉，本次宣传月期间，江津区还将开展科普讲座等活动20余场。"]


def test_stray_paragraph_after_attribution_goes_back():
    """A paragraph after a closing attribution returns to that article; the next headline opens a new one."""
    result = page(
        "达州市预防医学会举办培训会",
        "本报讯 近日,达州市预防医学会组织开展培训会。",
        "(达州市科协)",
        "培训会上,省疾控中心主任医师就防控知识进行了讲解;资阳市疾控中心副主任医师就如何开展接种证",
        "锦江区科协服务企业创新发展",
        "本报讯 近日,锦江区科协召开理事会。",
        "(锦江区科协)",
    )
    first, second = result.items
    assert first.paragraphs[-1].startswith("培训会上")
    assert "stray_returned" in [r.code for r in first.repairs]
    assert "incomplete_paragraph" in codes(first)
    assert second.title == "锦江区科协服务企业创新发展" and second.source == "锦江区科协"


@pytest.mark.parametrize(
    ("paragraph", "flagged"),
    [
        ("都凝聚着科协历届领导班子的心血和汗水,希望老干部们常回家看看。", True),
        ("的部分图片,从构图的专业理论方面提出了图片编辑方案。", True),
        ("和睦社区与屏锦街道相邻,近3000人口。", False),
        ("着力抓好优势产业发展,确保贫困群众持续稳定增收。", False),
        ("也为当地群众带来了实惠,受到欢迎。", True),
        ("也许是为了酬答真主的厚爱，科威特人每天诵经极为准时。", False),  # 也许 opens sentences
        ("地质灾害发生前常有征兆，遇到这些情况要立即撤离。", False),  # 地质, 地下, 地面: nouns, no particle 地
        ("地下通道积水时切勿强行通过。", False),
    ],
)
def test_mid_sentence_start_flagged(paragraph, flagged):
    """A paragraph starting with a clause particle is flagged, ordinary starts are not."""
    item = page("标题在这里", "本报记者 王明", LONG, paragraph).items[0]
    assert ("mid_sentence_start" in codes(item)) is flagged


VERSE = [
    "乘着生肖的纸鸢", "在寒风冷雪里", "抵达家门", "如一盏灯", "照耀整个屋内", "吉祥的问候", "也暖亮着现实的心灵",
    "远方的朋友", "捎来一声祝福",
]


@pytest.mark.parametrize(
    ("paragraphs", "verse"),
    [
        (VERSE, True),
        (VERSE[:5], False),  # too few lines to tell
        ([LONG] * 3 + VERSE[:4], False),  # prose with a few short paragraphs
        (["一句话结束了。"] * 7, False),  # short, but each a finished sentence
    ],
)
def test_verse_is_told_from_prose(paragraphs, verse):
    assert is_verse(paragraphs) is verse


@pytest.mark.parametrize(
    ("title", "lines", "titles"),
    [
        # the second poem's title under （外一首）, half as long as a line (it was a verse line, and the
        # poem's 也落在… flagged as a lost beginning)
        ("山居（外一首）", ["雪落在山梁上", "也落在老支书的肩头", "晨读", "书页翻开时", "太阳也翻过了山"], ["晨读"]),
        # numbered poems' titles under （二首） (they were verse lines)
        ("新年的祝福（二首）", ["贺年卡（一）", *VERSE[:4], "年历片（二）", *VERSE[4:8]], ["贺年卡（一）", "年历片（二）"]),
        # one poem: its short lines stay lines
        ("山居", ["雪落在山梁上", "也落在老支书的肩头", "晨读", "书页翻开时", "太阳也翻过了山"], []),
    ],
)
def test_the_later_poems_titles_under_a_title_of_several_poems_are_subheadings(title, lines, titles):
    (item,) = page(title, "柳岸", *lines).items
    assert item.subheadings == titles
    assert "mid_sentence_start" not in codes(item)  # a verse line is no lost beginning (a run of short lines)


def test_a_poems_line_that_starts_with_ye_is_not_flagged():
    """人民日报, 1 January 1998: a poem's lines are paragraphs; 也暖亮着… is a line, not a lost sentence."""
    (item,) = page("新年的祝福（二首）", "曹金良", "贺年卡（一）", *VERSE).items
    assert "也暖亮着现实的心灵" in [block.text for block in item.blocks]
    assert "mid_sentence_start" not in codes(item)


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("其间,彭水县科协 and 彭水县教委举行征文活动。", True),
        ("由世界银行集团(World Bank Group)和二十国集团(G20)共同发起。", False),
        ("CEO林坚诺表示,定期通过OA对员工的健康进行追踪,GDP占比提高。", False),
        ("首席执行官Matthew Gamsler说:“令人印象深刻。”", False),
    ],
)
def test_stray_latin_flagged(sentence, flagged):
    """A stray lowercase English word inside Chinese is flagged; names and acronyms are not."""
    item = page("标题在这里", "本报记者 王明", sentence).items[0]
    assert ("stray_latin" in codes(item)) is flagged


def test_paragraph_before_any_headline_is_flagged():
    """Text with no headline before it becomes an untitled item flagged unplaced_paragraph."""
    item = page(LONG).items[0]
    assert item.title == "" and "unplaced_paragraph" in codes(item)


@pytest.mark.parametrize(
    ("line", "dateline", "names", "text_start"),
    [
        ("本报讯(记者 李霜)为进一步推进合作,10月28日活动启动。", "本报讯（记者 李霜）", ["李霜"], "为进一步"),
        ("本报讯(通讯员 陈婧)4月2日,论坛如期举行。", "本报讯（通讯员 陈婧）", ["陈婧"], "4月2日"),
        (
            "本报重庆1月2日电记者李维平报道:重庆市科协今天召开会议。",
            "本报重庆1月2日电",
            ["李维平"],
            "重庆市科协",
        ),
        (
            "本报重庆1月2日电 记者李维平 重庆市科协今天召开会议。",
            "本报重庆1月2日电",
            ["李维平"],
            "重庆市科协",
        ),
        (
            "本报约翰内斯堡１２月３０日电记者温宪、新华社记者刘也刚、赵毅报道：钱其琛说。",
            "本报约翰内斯堡12月30日电",
            ["温宪", "刘也刚", "赵毅"],
            "钱其琛",
        ),
        (
            "本报比勒陀利亚１２月３０日电记者温宪，中国国际广播电台记者殷立青，新华社记者赵毅、尚绪谦、刘也刚报道："
            "钱其琛和恩佐签署公报。",
            "本报比勒陀利亚12月30日电",
            ["温宪", "殷立青", "赵毅", "尚绪谦", "刘也刚"],
            "钱其琛",
        ),
        # A town in a 本报…讯 dateline, with the reporters after it, bracketed or not.
        ("本报成都讯 记者 刘洋 通讯员 赵亮 11月8日，会议召开。", "本报成都讯", ["刘洋", "赵亮"], "11月8日"),
        ("本报成都讯（记者 刘洋）11月8日，会议召开。", "本报成都讯（记者 刘洋）", ["刘洋"], "11月8日"),
        ("本报成都电（记者 刘洋）11月8日，会议召开。", "本报成都电（记者 刘洋）", ["刘洋"], "11月8日"),  # 电, no date
        # each role in brackets of its own (the second bracket was the story's first words)
        ("本报讯（记者 刘洋）（通讯员 赵亮）11月8日，会议召开。", "本报讯（记者 刘洋）（通讯员 赵亮）", ["刘洋", "赵亮"], "11月8日"),
        # Commas inside a sentence are not a list of reporters, 报道 or not.
        ("本报讯 记者王明表示，会议很重要，大家认真报道：好的。", "本报讯", [], "记者王明表示"),
        ("新华社北京１２月３１日电万象消息：老挝领导人会见代表团。", "新华社北京12月31日电", [], "万象消息"),
        (
            "据新华社莫斯科１２月３０日电（记者张铁柱）俄罗斯总统指出。",
            "据新华社莫斯科12月30日电（记者张铁柱）",
            ["张铁柱"],
            "俄罗斯",
        ),
        # any paper, site or app by its name, a time after the date
        ("中新网成都6月2日电 (记者 刘忠俊)2日，川渝两地科协签约。", "中新网成都6月2日电（记者 刘忠俊）", ["刘忠俊"], "2日"),
        ("人民网成都5月31日电 （记者 王明）5月30日是科技工作者日。", "人民网成都5月31日电（记者 王明）", ["王明"], "5月30日"),
        (
            "华龙网-新重庆客户端5月6日11时30分讯（记者 张三）6日，活动举行。",
            "华龙网-新重庆客户端5月6日11时30分讯（记者 张三）",
            ["张三"],
            "6日",
        ),
        ("上游新闻讯（记者 李四）近日，科普活动举行。", "上游新闻讯（记者 李四）", ["李四"], "近日"),
        ("重庆日报讯 近日，科普活动举行。", "重庆日报讯", [], "近日"),
        # 电 alone closes only the agencies' and this paper's datelines
        ("新华社电 近日，科普活动举行。", "新华社电", [], "近日"),
        # a tail in the brackets says what they did (it lost every name; 摄影报道 wrote and took the pictures)
        ("本报讯（记者 张伟 通讯员 李娜 文/图）12月1日，活动举行。", "本报讯（记者 张伟 通讯员 李娜 文/图）", ["张伟", "李娜", "张伟", "李娜"], "12月1日"),
        ("本报讯（记者 张伟 摄影报道）12月1日，活动举行。", "本报讯（记者 张伟 摄影报道）", ["张伟", "张伟"], "12月1日"),
        # a writer's label in the brackets (each lost all its names)
        ("本报讯（文/图 记者 王芳）6月1日，会议召开。", "本报讯（文/图 记者 王芳）", ["王芳", "王芳"], "6月1日"),
        ("本报讯（记者 张强/文 李红/图）6月1日，会议召开。", "本报讯（记者 张强/文 李红/图）", ["张强", "李红"], "6月1日"),
        # a reporter sent out, a dotted name of six (each bracket lost all its names)
        ("本报讯（本报特派记者 王芳）3月5日，活动举行。", "本报讯（本报特派记者 王芳）", ["王芳"], "3月5日"),
        ("本报讯（记者 向 阳 通讯员 吉克·阿呷莫）5月25日，活动举行。", "本报讯（记者 向 阳 通讯员 吉克·阿呷莫）", ["向阳", "吉克·阿呷莫"], "5月25日"),
        # a three-character name spread letter by letter (it was dropped), beside a two-character one
        ("本报讯（通讯员 罗 晓 东）7月9日，活动举行。", "本报讯（通讯员 罗 晓 东）", ["罗晓东"], "7月9日"),
        ("本报讯（记者 王 伟 通讯员 罗 晓 东）7月9日，活动举行。", "本报讯（记者 王 伟 通讯员 罗 晓 东）", ["王伟", "罗晓东"], "7月9日"),
        # 报道 after a credit without brackets, a colon after 本报讯 (the text began with 报道 or ：)
        ("本报讯 记者 王磊 报道 6月1日，会议召开。", "本报讯", ["王磊"], "6月1日"),
        ("本报讯：6月1日，会议召开。", "本报讯：", [], "6月1日"),
        # the dateline in brackets, a broadcaster's 消息 (both stayed in the story's text)
        ("【本报讯】6月1日，会议召开。", "【本报讯】", [], "6月1日"),
        ("【本报成都讯】（记者 张三）6月1日，会议召开。", "【本报成都讯】（记者 张三）", ["张三"], "6月1日"),
        ("央广网成都6月1日消息（记者 张三）1日，会议召开。", "央广网成都6月1日消息（记者 张三）", ["张三"], "1日"),
        # an outlet's reporters run into the lead, no dateline (they stayed in the story's text)
        ("川观新闻记者 张三 6月1日，会议召开。", "川观新闻记者 张三", ["张三"], "6月1日"),
        ("上游新闻记者 张三 报道 6月1日，会议召开。", "上游新闻记者 张三 报道", ["张三"], "6月1日"),
        ("新重庆-重庆日报记者 张三 6月1日，会议召开。", "新重庆-重庆日报记者 张三", ["张三"], "6月1日"),
        ("中国科技网·科技日报记者 张三 通讯员 李四 近日，会议召开。", "中国科技网·科技日报记者 张三 通讯员 李四", ["张三", "李四"], "近日"),
        ("川观新闻记者张三了解到，会议召开。", None, [], "川观新闻记者张三了解到"),  # no space: a sentence
        ("记者 张三 在采访中发现，会议召开。", None, [], "记者 张三"),  # no outlet: not certain
        # the paper compiled the story (本报综合报道), a dateline with no place or date
        ("本报综合报道 美国纽约股市去年最后一个交易日收高。", "本报综合报道", [], "美国纽约股市"),
        ("本报综合消息 据外电报道，日本股市下跌。", "本报综合消息", [], "据外电报道"),
        ("本报综合是我们的一个栏目，会议召开。", None, [], "本报综合是"),  # a sentence about it
        # the reporter and the place filed from (成都报道 was left in the story)
        ("【文汇报讯】记者 萧宁 成都报道 第三届科技创新大会8月1日在成都举行。", "【文汇报讯】", ["萧宁"], "第三届"),
        ("【文匯報訊】記者 蕭 寧 成都報道\u3000第三屆科技創新大會8月1日在成都舉行。", "【文匯報訊】", ["蕭寧"], "第三屆"),
        ("本报讯 记者 萧宁 成都报道：第三届科技创新大会8月1日在成都举行。", "本报讯", ["萧宁"], "第三届"),
        ("本报讯 记者 萧宁 通讯员 罗江报道：第三届科技创新大会8月1日在成都举行。", "本报讯", ["萧宁", "罗江"], "第三届"),
        # a district's media centre signs its reporters as a paper does (every name was lost)
        ("本报讯（江北区融媒体中心记者 黄敏）6月15日，活动举行。", "本报讯（江北区融媒体中心记者 黄敏）", ["黄敏"], "6月15日"),
        ("本报讯（区融媒体中心记者 陈浩 通讯员 黄小琴）3月12日，讲座举行。", "本报讯（区融媒体中心记者 陈浩 通讯员 黄小琴）", ["陈浩", "黄小琴"], "3月12日"),
        ("本报讯（巴南区融媒体中心记者 王静/文 曾刚/图）3月1日，活动举行。", "本报讯（巴南区融媒体中心记者 王静/文 曾刚/图）", ["王静", "曾刚"], "3月1日"),
        # a body's own site opens its news as a paper does (本站讯 stayed in the story's text)
        ("本站讯 3月3日，潼南县科协在双江镇开展科技下乡活动。", "本站讯", [], "3月3日"),
        ("本站讯（通讯员 李华）3月3日，活动举行。", "本站讯（通讯员 李华）", ["李华"], "3月3日"),
        ("本站记者日前走访了双江镇。", None, [], "本站记者"),  # no 讯: a sentence
        # a name in Latin script is a name (the whole credit was dropped, 张静 with it)
        ("本报讯（记者 张静 实习生 Emily Chen）7月24日，活动举行。", "本报讯（记者 张静 实习生 Emily Chen）", ["张静", "Emily Chen"], "7月24日"),
    ],
)
def test_dateline_leads(line, dateline, names, text_start):
    """The dateline is kept out of the story text; the reporters become bylines."""
    item = page("一条新闻的标题", line).items[0]
    assert item.dateline == dateline
    assert [b.name for b in item.bylines] == names
    assert item.paragraphs[0].startswith(text_start)


@pytest.mark.parametrize(
    ("byline", "roles"),
    [
        ("本报记者 刘代荣", [("reporter", "刘代荣")]),
        ("本报记者阎晓明", [("reporter", "阎晓明")]),
        ("本报驻阿联酋记者林皎明", [("reporter", "林皎明")]),
        ("新华社记者潘大成", [("reporter", "潘大成")]),
        ("本报记者 何军林 通讯员 张小红", [("reporter", "何军林"), ("correspondent", "张小红")]),
        ("文/许天位", [("author", "许天位")]),
        ("周德武", [("author", "周德武")]),
        # WeChat prints a bar between role and name; 丨 is a CJK character, never part of the name
        ("文丨王丽 图丨李四", [("author", "王丽"), ("photographer", "李四")]),
        ("文 | 王丽", [("author", "王丽")]),
        ("作者｜王丽", [("author", "王丽")]),
        ("记者丨王丽", [("reporter", "王丽")]),
        ("文字：王丽 摄影：李四", [("author", "王丽"), ("photographer", "李四")]),
        ("撰稿：王丽", [("author", "王丽")]),
        # a mark before, a kind of work after
        ("■本报记者 张三 文/图", [("reporter", "张三"), ("photographer", "张三")]),
        ("◎记者 李四 报道", [("reporter", "李四")]),
        ("本报记者 张三 通讯员 李四 报道", [("reporter", "张三"), ("correspondent", "李四")]),
        ("□本报评论员 张伟", [("author", "张伟")]),
        ("摄影 王五", [("photographer", "王五")]),
        ("文字 张三 摄影 王五", [("author", "张三"), ("photographer", "王五")]),
        ("四川日报全媒体记者 王成栋", [("reporter", "王成栋")]),
        ("川观新闻记者 王眉灵", [("reporter", "王眉灵")]),
        ("华龙网记者 张三 通讯员 李四", [("reporter", "张三"), ("correspondent", "李四")]),
        # the name first, then what the person did: 文/图 is both (it was the text alone)
        ("赵敏 文/图", [("author", "赵敏"), ("photographer", "赵敏")]),
        ("王五 图", [("photographer", "王五")]),
        # a name ending in 文 or 图 is no "wrote" or "pictured" (本报记者 刘学文 gave authors 本报记者 and 刘学)
        ("本报记者 刘学文", [("reporter", "刘学文")]),
        ("本報記者 劉學文", [("reporter", "劉學文")]),  # traditional, as printed
        ("记者 王图 通讯员 张学文", [("reporter", "王图"), ("correspondent", "张学文")]),
        ("赵敏/文", [("author", "赵敏")]),
        # who compiled or told it, and where the reporter filed from (发自成都 was a second reporter)
        ("本报记者 张三 发自成都", [("reporter", "张三")]),
        # …or the place before 报道 (成都 was a second reporter); a name there is still a name
        ("本报记者 郑敏 成都报道", [("reporter", "郑敏")]),
        ("本报记者 张亚飞 通讯员 罗江报道", [("reporter", "张亚飞"), ("correspondent", "罗江")]),  # a name after 通讯员
        ("重庆日报记者 郑敏 北京报道", [("reporter", "郑敏")]),
        ("記者 蕭 寧 成都報道", [("reporter", "蕭寧")]),
        ("本报记者 张三 李四报道", [("reporter", "张三"), ("reporter", "李四")]),
        # 文、图 is 文/图 (the line was a paragraph of the story)
        ("文、图：记者 萧 宁", [("reporter", "萧宁"), ("photographer", "萧宁")]),
        ("文、圖：記者 蕭 寧", [("reporter", "蕭寧"), ("photographer", "蕭寧")]),
        ("文、图/萧宁", [("author", "萧宁"), ("photographer", "萧宁")]),
        ("图、文 记者 萧宁", [("reporter", "萧宁"), ("photographer", "萧宁")]),
        ("张三 整理", [("author", "张三")]),
        ("整理：张三", [("author", "张三")]),
        ("口述：李四 整理：张三", [("author", "李四"), ("author", "张三")]),
        ("作者 张三", [("author", "张三")]),  # a space, no mark, before a person's name
        # a marked byline naming the author's body first (it was read as the 副题)
        ("□ 成都中医药大学附属医院 刘明", [("author", "刘明")]),
        ("■重庆市科协 张三", [("author", "张三")]),
        # ... and without a mark, right under the headline (it was glued to the 副题)
        ("重庆医科大学附属第一医院 李明", [("author", "李明")]),
        # …with the author's department and post after the body (it was the 副题, with no byline)
        ("重庆医科大学附属第一医院营养科 刘芳", [("author", "刘芳")]),
        ("四川大学华西医院营养科主任医师 李明", [("author", "李明")]),
        ("四川大学华西医院 副主任医师 李明", [("author", "李明")]),
        # 文/图 over the paper's role word: the role is no name (通讯员 was an author)
        ("文/图 通讯员 罗文", [("correspondent", "罗文"), ("photographer", "罗文")]),
        ("文/本报记者 张三", [("reporter", "张三")]),
        ("文 本报记者 王强", [("reporter", "王强")]),  # it was the 副题
        # each name, then what its person did (记者 张三 文 李四 图 was no byline)
        ("记者 张三 文 李四 图", [("reporter", "张三"), ("photographer", "李四")]),
        ("张三 文 李四 图", [("author", "张三"), ("photographer", "李四")]),
        # a WeChat post's 图片｜X credits a photographer (it was the title of an empty item)
        ("图片｜陈晨", [("photographer", "陈晨")]),
        # a post's one credit line names its editor too (the whole line was no byline)
        ("文/张三 图/李四 编辑/王五 审核/赵六", [("author", "张三"), ("photographer", "李四"), ("editor", "王五")]),
        # the author's body after 作者： is no second author
        ("作者：重庆大学 张三", [("author", "张三")]),
        ("文/重庆市疾控中心 刘敏", [("author", "刘敏")]),  # a body's name longer than a person's (it was a 副题)
        ("作者：王磊（重庆医科大学附属第一医院）", [("author", "王磊")]),  # the body after the name, in brackets
        # the name, the body, the post (科普中国's credit): one author, no body taken for a second one
        ("作者：张丽 重庆医科大学附属第一医院 主任医师", [("author", "张丽")]),
        ("文/张丽 重庆市科协", [("author", "张丽")]),
        ("文/重庆市科协 张丽", [("author", "张丽")]),
        ("作者：张丽（重庆医科大学附属第一医院主任医师）", [("author", "张丽")]),
        ("张丽 重庆医科大学附属第一医院 主任医师", [("author", "张丽")]),  # unlabelled: the post makes it sure
        ("文｜张丽 图｜网络", [("author", "张丽")]),  # pictures from the web are nobody's byline
        ("文字｜刘洋 图片｜陈晨", [("author", "刘洋"), ("photographer", "陈晨")]),
        # a colon after the paper's role words (it was no byline: the line became the 副题)
        ("记者：刘洋 通讯员：王芳", [("reporter", "刘洋"), ("correspondent", "王芳")]),
        ("本报记者:刘洋", [("reporter", "刘洋")]),
        ("記者：劉洋", [("reporter", "劉洋")]),
        # a byline in a banner's brackets (it was the page's banner), who filmed it (the line was the 副题)
        ("【记者 王磊】", [("reporter", "王磊")]),
        ("文字/王磊 图片/张敏 视频/李娜", [("author", "王磊"), ("photographer", "张敏"), ("photographer", "李娜")]),
        # who took the page's pictures (it was the headline's 副题)
        ("本版摄影  本报记者 刘洋", [("photographer", "刘洋")]),
        ("本版图片：刘洋", [("photographer", "刘洋")]),
        ("本版文字：陈思 摄影：李想", [("author", "陈思"), ("photographer", "李想")]),  # the page's text too (no byline)
        ("执行：马骁 罗丹", [("author", "马骁"), ("author", "罗丹")]),  # who carried a feature out (a headline)
        # a picture's word between the paper's credits: who follows it took the pictures (摄影 was a name)
        ("本报记者 周洁 摄影 唐磊", [("reporter", "周洁"), ("photographer", "唐磊")]),
        ("本报记者 周洁 摄影", [("reporter", "周洁"), ("photographer", "周洁")]),
        ("记者 陈雨 图 唐磊 通讯员 向阳", [("reporter", "陈雨"), ("photographer", "唐磊"), ("correspondent", "向阳")]),
        # a reporter sent out to cover an event (本报特派记者 was no role: the line was the 引题)
        ("本报特派记者 王 芳 特约通讯员 张建国", [("reporter", "王芳"), ("correspondent", "张建国")]),
        # an app or site before the paper (joint outlets: no byline)
        ("新重庆-重庆日报记者 王芳", [("reporter", "王芳")]),
        ("上游新闻·重庆晨报记者 李强", [("reporter", "李强")]),
        ("华龙网-新重庆客户端记者 张三", [("reporter", "张三")]),
        # a site named …在线, a station …广电, an app with digits and letters before it (they were the 副题)
        ("四川在线记者 史晓露", [("reporter", "史晓露")]),
        # 学习强国's 作者： label over an outlet's reporter (no byline: the line was the 副题)
        ("作者：四川日报全媒体记者 吴梦琳", [("reporter", "吴梦琳")]),
        ("作者：本报记者 王强 通讯员 李四", [("reporter", "王强"), ("correspondent", "李四")]),
        ("第1眼TV-重庆广电记者 黄浩 李婕", [("reporter", "黄浩"), ("reporter", "李婕")]),
        # a paper named …报, as this press's own are (重庆科技报记者 was no role: no byline)
        ("重庆科技报记者 张三", [("reporter", "张三")]),
        # a name spread with two spaces after a writer's label (no byline: the line was the 副题)
        ("图/文 杨  柳", [("author", "杨柳"), ("photographer", "杨柳")]),
        ("文/王  芳", [("author", "王芳")]),
        ("撰文：王  芳", [("author", "王芳")]),
        ("王  芳 文/图", [("author", "王芳"), ("photographer", "王芳")]),
        ("作者：王  芳（重庆大学）", [("author", "王芳")]),
        # a dotted name longer than five characters (no byline)
        ("通讯员 吉克·阿呷莫", [("correspondent", "吉克·阿呷莫")]),
        ("艾力·买买提 文/图", [("author", "艾力·买买提"), ("photographer", "艾力·买买提")]),
        # bare names and what they did (no byline)
        ("杨柳 李红 报道", [("author", "杨柳"), ("author", "李红")]),
        # a round-table's host, a staff reporter (it was the 副题)
        ("主持人：本报记者 杨 帆", [("reporter", "杨帆")]),
        ("主持 本报记者 杨帆", [("reporter", "杨帆")]),
        ("报告人：李建华", [("author", "李建华")]),  # who delivered a 工作报告 (it was the 副题)
        ("本报记者 何 军 综合报道", [("reporter", "何军")]),  # compiled from several reports (综合 was a reporter)
        # a district's media centre before its people, run on or a space away (no byline: the line was
        # the 副题, the next story's headline, or a photo item's caption)
        ("永川区融媒体中心记者 吕小兰", [("reporter", "吕小兰")]),
        ("区融媒体中心 记者 况小明 通讯员 秦丽", [("reporter", "况小明"), ("correspondent", "秦丽")]),
        ("文/涪陵区融媒体中心 李明  图/张强", [("author", "李明"), ("photographer", "张强")]),
        # 实习生 is a role of its own (it was a reporter)
        ("本报记者 刘洋 实习生 陈静", [("reporter", "刘洋"), ("intern", "陈静")]),
        ("区融媒体中心 记者 何静 实习生 杨洋", [("reporter", "何静"), ("intern", "杨洋")]),
        ("记者 王芳 通讯员 李强 实习生 赵敏", [("reporter", "王芳"), ("correspondent", "李强"), ("intern", "赵敏")]),
        # the unit a correspondent writes for, beside the name or in brackets after it: no person (the
        # town was a correspondent or a photographer, and a bracket made the line the 副题)
        ("本报记者 刘 江  通讯员 三角镇 胡小平", [("reporter", "刘江"), ("correspondent", "胡小平")]),
        ("本报记者 李 强 通讯员 王小红（歧坪镇）", [("reporter", "李强"), ("correspondent", "王小红")]),
        ("本报通讯员 王小红（苍溪县科协）", [("correspondent", "王小红")]),
        ("通讯员 歧坪镇党委宣传办 王小红", [("correspondent", "王小红")]),
        ("通讯员 苍溪县科协 王小红", [("correspondent", "王小红")]),
        ("通讯员：讲治镇 周 勇", [("correspondent", "周勇")]),
        ("摄影：三角镇 何 军", [("photographer", "何军")]),
        ("通讯员 王建村", [("correspondent", "王建村")]),  # a name ending as a village's does, alone: a person
        # ... or beside another name: a surname and a given name, no town (李文镇, 陈建村 were dropped)
        ("通讯员 李文镇 王芳", [("correspondent", "李文镇"), ("correspondent", "王芳")]),
        ("通讯员 刘乡 陈建村 李文镇", [("correspondent", "刘乡"), ("correspondent", "陈建村"), ("correspondent", "李文镇")]),
        # a name in Latin script, a title before it, an e-mail after it (the line was the 副题)
        ("本报记者 张静 实习生 Emily Chen", [("reporter", "张静"), ("intern", "Emily Chen")]),
        ("文/Dr. John Smith（英国帝国理工学院）", [("author", "John Smith")]),
        ("文/王芳（wangfang@cqkjb.com）", [("author", "王芳")]),
        # a body gave the pictures: no byline of its own, the text's reporter still credited
        ("文/本报记者 张静 图/沙坪坝区科协", [("reporter", "张静")]),
        # an expert's first-person piece: who told it and who wrote it up, spaced (the line was a headline)
        ("口述 何建国 整理 本报记者 孙丽", [("author", "何建国"), ("reporter", "孙丽")]),
        ("何建国 口述 孙丽 整理", [("author", "何建国"), ("author", "孙丽")]),  # (口述 was an author)
    ],
)
def test_byline_lines(byline, roles):
    """Byline lines with or without spaces give names and roles."""
    item = page("一条新闻的标题", byline, LONG).items[0]
    assert [(b.role, b.name) for b in item.bylines] == roles
    assert item.paragraphs == [LONG.replace(",", "，")]


@pytest.mark.parametrize("line", ["口述 历史", "整理 资料", "口述历史 留住乡愁"])
def test_a_told_or_written_up_label_before_no_name_is_no_byline(line):
    from articles.textpipeline.credits_bylines import parse_byline_line

    assert parse_byline_line(line) is None


def test_an_experts_told_piece_keeps_its_headline_over_its_credit():
    """我为什么三十年守着一块田 over 口述 何建国 整理 本报记者 孙丽 over the expert's first person: one piece
    under its headline, credited to both (the credit line was a headline of its own, the real one bare)."""
    (item,) = page(
        "【专家说】",
        "我为什么三十年守着一块田",
        "口述 何建国 整理 本报记者 孙丽",
        "我叫何建国，今年58岁，是西南大学农学院的研究员。从1994年起，我在北碚的试验田里研究水稻育种。",
    ).items
    assert item.title == "我为什么三十年守着一块田"
    assert [(b.role, b.name) for b in item.bylines] == [("author", "何建国"), ("reporter", "孙丽")]
    assert not item.flags


@pytest.mark.parametrize(
    ("block", "bylines", "boilerplate"),
    [
        (["文字：赵雪梅", "摄影：陈刚", "设计：吴小雨"], [("photographer", "陈刚"), ("reporter", "赵雪梅")], ["设计：吴小雨"]),
        (["策划：陈立", "执行：马骁 罗丹", "设计：周小雨"], [("author", "罗丹"), ("author", "马骁"), ("reporter", "赵雪梅")],
         ["策划：陈立", "设计：周小雨"]),
        (["本版统筹：唐敏", "本版摄影：本报记者 李想"], [("photographer", "李想"), ("reporter", "赵雪梅")], ["本版统筹：唐敏"]),
        (["（本版文字：赵雪梅 摄影：李想）"], [("photographer", "李想"), ("reporter", "赵雪梅")], []),
    ],
)
def test_a_features_closing_credit_block_credits_it_and_its_layout_is_furniture(block, bylines, boilerplate):
    """设计：X under a feature's credits is the page's furniture, as 美编 (it was an item's title); 执行：X and
    本版摄影：X under 策划：X credit the feature (they were an account's name); 本版文字：X 摄影：Y names both."""
    result = page("科学之光点亮山城", "本报记者 赵雪梅", "9月16日，2023年全国科普日重庆主场活动在重庆科技馆启动。", *block)
    (item,) = result.items
    assert sorted((b.role, b.name) for b in item.bylines) == bylines
    assert result.meta.boilerplate == boilerplate


@pytest.mark.parametrize("between", [[], ["策划：王海", "统筹：李娜"]])
def test_a_packages_credit_block_under_its_related_story_credits_the_feature(between):
    """文字：赵雪梅 周杰 / 摄影：陈刚 under the 相关新闻 story its 本报讯（通讯员 周杰） credits, naming the feature's
    reporter: the package's credits, the feature's (the short story took them, 赵雪梅 its author)."""
    items = page("科学之光点亮山城", "本报记者 赵雪梅", "9月16日，2023年全国科普日重庆主场活动在重庆科技馆启动。", "相关新闻",
                 "永川区：科普大篷车开进校园", "本报讯（通讯员 周杰）9月15日，永川区科协组织科普大篷车走进萱花中学。",
                 *between, "文字：赵雪梅 周杰", "摄影：陈刚").items
    feature, related = items
    assert sorted((b.role, b.name) for b in feature.bylines) == [
        ("author", "周杰"), ("photographer", "陈刚"), ("reporter", "赵雪梅")]
    assert [(b.role, b.name) for b in related.bylines] == [("correspondent", "周杰")]


def test_a_closing_credit_under_a_story_of_its_own_stays_its():
    """文/赵雪梅 周杰 under a story its 本报讯（通讯员 周杰） opened, with no 相关新闻 over it: its own credit."""
    items = page("科学之光点亮山城", "本报记者 赵雪梅", "9月16日，2023年全国科普日重庆主场活动在重庆科技馆启动。",
                 "永川区：科普大篷车开进校园", "本报讯（通讯员 周杰）9月15日，永川区科协组织科普大篷车走进萱花中学。",
                 "文/赵雪梅 周杰").items
    assert ("author", "赵雪梅") in [(b.role, b.name) for b in items[-1].bylines]


@pytest.mark.parametrize(
    "facts",
    [
        ["项目概况如下：", "设计：中国建筑西南设计研究院", "施工：中建三局"],  # under prose that opens a list
        ["设计：中国建筑西南设计研究院", "施工：中建三局"],  # over the story's next field
        ["施工：中建三局", "设计：中国建筑西南设计研究院"],  # under its last field
    ],
)
def test_a_layout_credit_among_a_storys_fields_is_its_text(facts):
    """设计：X among a story's own X：Y fields is a fact it lists, not a feature's layout credit (the story
    ended above it and 施工：中建三局 headed the rest)."""
    result = page(
        "重庆科技馆新馆项目开工", "本报讯（记者 周杰）5月10日，重庆科技馆新馆项目正式开工建设。", *facts, "新馆预计2026年建成开放。", "（渝科）"
    )
    (item,) = result.items
    assert item.paragraphs[-len(facts) - 1 :] == [*facts, "新馆预计2026年建成开放。"]
    assert item.source == "渝科"
    assert result.meta.boilerplate == []


@pytest.mark.parametrize(
    ("attribution", "source", "bylines"),
    [
        ("（宁记）", "宁记", []),
        ("（作者单位：重庆市科协）", "重庆市科协", []),
        ("（数据来源：重庆市科协）", None, []),  # a table's figures' source, not the story's (it was the source)
        ("（来源：四川科协）", "四川科协", []),
        ("（作者：王丽）", None, [("author", "王丽")]),
        ("（通讯员 李明）", None, [("correspondent", "李明")]),
        ("（责任编辑：陈七）", None, [("editor", "陈七")]),
        # a report in pictures: its photographer wrote its words too (it was the photographer only)
        ("（本报记者王霞光摄影报道）", None, [("reporter", "王霞光"), ("photographer", "王霞光")]),
        ("（本报记者 杨帆 整理）", None, [("reporter", "杨帆")]),  # 整理 was taken for a second name
        # the paper by its name (四川科技报记者 was no role: the whole bracket was the source)
        ("（四川科技报记者 王丽 整理）", None, [("reporter", "王丽")]),
        ("（四川科技报记者 王丽）", None, [("reporter", "王丽")]),
        ("（记者 王伟 通讯员 李春 采写）", None, [("reporter", "王伟"), ("correspondent", "李春")]),
        ("（作者系重庆市科协科普部部长）", None, []),  # who the author is, not a source
        # labelled fields, each for what it says (the whole line was the source)
        ("（供稿：遂宁市科协 撰稿：张敏 审核：李明）", "遂宁市科协", [("author", "张敏"), ("editor", "李明")]),
        ("（通讯员：王芳 记者：刘洋）", None, [("correspondent", "王芳"), ("reporter", "刘洋")]),
        ("（撰稿：张敏）", None, [("author", "张敏")]),
        # who gave the pictures, what a repost was first called: no source (each was the source)
        ("（本文图片均由遂宁市科协提供）", None, []),
        ("（原标题：科普进社区）", None, []),
        # how the story ends or what the piece is: no source (each was the source, as printed)
        ("（未完待续）", None, []),
        ("（本文有删节）", None, []),
        ("（根据录音整理，有删节）", None, []),  # a speech's transcription note
        ("（本文据讲话录音整理）", None, []),
        # who wrote an interview down, and from what: a credit, no source (the whole bracket was the source)
        ("（本报记者 罗丹根据视频采访整理）", None, [("reporter", "罗丹")]),
        ("（周敏根据讲座录音整理）", None, [("author", "周敏")]),
        ("（本文系重庆市社科规划项目成果）", None, []),
        # the outlets a story was taken or compiled from, without the words around them
        ("（本文来源：科普中国）", "科普中国", []),
        ("（据科普中国）", "科普中国", []),
        ("（综合新华社、人民网报道）", "新华社、人民网", []),
        ("（本报综合）", "本报综合", []),
        # a label over the body and its person (the whole bracket was the source)
        ("（文/图 德阳市科协 王 芳）", "德阳市科协", [("author", "王芳"), ("photographer", "王芳")]),
        ("（德阳市科协 王芳 文/图）", "德阳市科协", [("author", "王芳"), ("photographer", "王芳")]),
        # more source labels, and an outlet's reporter after it (each was the source as printed)
        ("（据《成都日报》）", "成都日报", []),
        ("（稿件来源：乐山市科协）", "乐山市科协", []),
        ("（转自川观新闻）", "川观新闻", []),
        ("（来源：川观新闻 记者 杨 洋）", "川观新闻", [("reporter", "杨洋")]),
        # the issue a reprint was first printed in is no part of the outlet's name
        ("（原载《四川科技报》2023年7月14日第2版）", "四川科技报", []),
        # the writer and the outlet in one bracket; the sources of a compiled piece (the first was the
        # source whole, the second no source: it was taken for a table's note)
        ("（文/张晓东 来源：四川科普网）", "四川科普网", [("author", "张晓东")]),
        ("（资料来源：中国科普博览）", "中国科普博览", []),
        # the author after the unit and post the author works in, or the expert who answered: no source
        # (each was the source as printed)
        ("（重庆市永川区人民医院药剂科 周涛）", None, [("author", "周涛")]),
        ("（解答专家：西南大学园艺园林学院副教授 陈海波）", None, [("author", "陈海波")]),
        ("（专家：重庆医科大学附属第一医院主任医师 王 敏）", None, [("author", "王敏")]),
        # a station that sent it, its author's name printed apart (the whole line was the source)
        ("（四川省辐射环境管理监测中心站 黄 涛）", "四川省辐射环境管理监测中心站", [("author", "黄涛")]),
        ("（转自《科普时报》2023年第5期）", "科普时报", []),
        # a repost's note of the title it first ran under: no part of the outlet (it was kept in the source)
        ("（本文转载自果壳网，原标题为《秋叶变红的秘密》）", "果壳网", []),
        ("（转自川观新闻，原题：《春耕正当时》）", "川观新闻", []),
        # a media centre's reporters, the place's short name before it or a space after it: the outlet is
        # no source (the whole bracket was the source, or the centre was)
        ("（万盛融媒体记者 石磊 通讯员 赵文静）", None, [("reporter", "石磊"), ("correspondent", "赵文静")]),
        ("（区融媒体中心 记者 何静）", None, [("reporter", "何静")]),
        ("（供稿：区科协 张倩）", "区科协", [("author", "张倩")]),  # the body that sent it, then its writer (no byline)
        # who published the book reviewed, who supplied the header picture: no source (each was the source)
        ("（《巴蜀科普读本》由四川科学技术出版社出版）", None, []),
        ("（题图由甘孜州气象局提供）", None, []),
        # the story itself supplied by a body: the body is the source (图文由… gave none)
        ("（图文由秀山县科协提供）", "秀山县科协", []),
        ("（文图由秀山县科协提供）", "秀山县科协", []),
        ("（信息由璧山区科协提供）", "璧山区科协", []),
        ("（素材由璧山区科协提供）", "璧山区科协", []),
        ("（本文由璧山区科协提供）", "璧山区科协", []),
        # two bodies sent it: no person (区妇联 and 区残联 were authors, as 区 is a surname)
        ("（供稿：区科协 区妇联）", "区科协 区妇联", []),
        ("（来源：区科协 区残联）", "区科协 区残联", []),
        ("（区科协 区妇联）", "区科协 区妇联", []),
        # the text by the paper's reporter, the pictures from a body: her byline, no source (the whole
        # bracket was the source)
        ("（文/本报记者 张静 图/沙坪坝区科协）", None, [("reporter", "张静")]),
        # where the pictures came from beside the source and the writer: no one who took them (the whole
        # bracket after 来源 was the source, the writer lost)
        ("（来源：重庆市科协 文/李晶 图/受访者提供）", "重庆市科协", [("author", "李晶")]),
        ("（来源：重庆市科协 图/受访者提供）", "重庆市科协", []),
        ("（文/李晶 图/受访者提供）", None, [("author", "李晶")]),
        ("（供稿：遂宁市科协 图片：网络）", "遂宁市科协", []),
        # what the writer is before the names, several names to a field (the whole bracket after 来源 was the source)
        ("（来源：铜梁区科协 文/图 李晶）", "铜梁区科协", [("author", "李晶"), ("photographer", "李晶")]),
        ("（来源：铜梁日报 文/记者 李晶）", "铜梁日报", [("reporter", "李晶")]),
        ("（来源：铜梁区科协 文/李晶 图/张伟 王芳）", "铜梁区科协",
         [("author", "李晶"), ("photographer", "张伟"), ("photographer", "王芳")]),
    ],
)
def test_closing_attribution_labels(attribution, source, bylines):
    """A labelled closing attribution gives its value as the source, or its people as bylines."""
    item = page("一条新闻的标题", LONG, attribution, "第二条新闻的标题", LONG).items[0]
    assert item.source == source
    assert [(b.role, b.name) for b in item.bylines] == bylines
    assert attribution in item.credit_lines


@pytest.mark.parametrize(("mark", "flagged"), [("（未完待续）", True), ("（待续）", True), ("（完）", False), ("（本文有删节）", False)])
def test_a_story_marked_to_be_continued_is_flagged(mark, flagged):
    """（未完待续） closed the story silently: the editor is told the rest is not on this page."""
    item = page("一条新闻的标题", LONG, mark, "第二条新闻的标题", LONG).items[0]
    assert ("continues_elsewhere" in [flag.code for flag in item.flags]) is flagged
    assert len(item.paragraphs) == 1 and item.credit_lines == [mark]


def test_a_story_ending_on_a_phone_number_and_a_half_width_stop_is_finished():
    """…咨询电话:023-63850123. gets its 。 and no flag (the stop stayed half-width, the paragraph flagged incomplete)."""
    (item,) = page("科普征文活动启动", "本报讯（记者 王芳）即日起，市科协启动科普征文活动，咨询电话:023-63850123.").items
    assert item.paragraphs[-1].endswith("023-63850123。") and "incomplete_paragraph" not in codes(item)


def test_closing_names_and_attributions():
    """A bare line of names closes an article; （宁记） style attributions become the source."""
    result = page(
        "第一条新闻的标题",
        LONG,
        "张亚飞 蓝倩 王琳琳",
        "第二条新闻的标题",
        LONG,
        "（宁记）",
        "第三条新闻",
        LONG,
    )
    first, second, third = result.items
    assert [b.name for b in first.bylines] == ["张亚飞", "蓝倩", "王琳琳"]
    assert second.source == "宁记"
    assert third.title == "第三条新闻"


@pytest.mark.parametrize(
    ("names_line", "authors"),
    [
        ("吴燕 邓超", ["吴燕", "邓超"]),
        ("吴  燕   邓  超", ["吴燕", "邓超"]),  # two-character names spread to three characters' width
        ("吴 燕  邓 超  张亚飞", ["吴燕", "邓超", "张亚飞"]),
        ("吴　燕　　邓　超", ["吴燕", "邓超"]),
        ("吴  燕  邓  超", ["吴燕", "邓超"]),  # all gaps alike: single characters pair up
        ("罗 斌   吉 克 阿 依", ["罗斌", "吉克阿依"]),  # the wide gap between names: a Yi name of four
        ("罗 斌   欧 阳 明", ["罗斌", "欧阳明"]),
        ("罗 斌   吉 克   阿 依", ["罗斌", "吉克", "阿依"]),  # the gaps say three names
        ("吴  燕  邓", []),
        ("利州区", []),  # a district, though 利 is a surname
        ("甘孜州", []),
    ],
)
def test_a_closing_line_of_spread_names_is_the_byline(names_line, authors):
    """吴  燕   邓  超 closing the story was left a paragraph: each spread character read as a name."""
    item = page("南岸区科协开展科普讲座", LONG, names_line).items[0]
    assert [b.name for b in item.bylines] == authors


@pytest.mark.parametrize(
    ("signature", "authors", "source"),
    [
        ("江津区科协 张丽", ["张丽"], "江津区科协"),
        ("璧山区科协 张三 李四", ["张三", "李四"], "璧山区科协"),
        ("綦江区科协\u3000陈红梅", ["陈红梅"], "綦江区科协"),
    ],
)
def test_a_bare_signature_of_a_body_and_its_people_closes_the_story(signature, authors, source):
    """江津区科协 张丽 under the last paragraph, over a tip box's headline: the body that sent the story
    and who wrote it, as in brackets (it was a paragraph, and the box ran on into the story)."""
    first, second = page(
        "老年人如何识别电信诈骗", "本报讯 " + LONG, signature, "科学用药“四不要”", "一不要：不要随意增减剂量。二不要：不要用茶水送服药物。"
    ).items
    assert ([b.name for b in first.bylines], first.source) == (authors, source)
    assert len(first.paragraphs) == 1 and signature in first.credit_lines
    assert second.title == "科学用药“四不要”"


@pytest.mark.parametrize(
    ("credit", "bylines"),
    [
        # the unit the writer works for, in brackets after the name or before it: no person, no body that
        # sent it (each line stayed the story's last paragraph)
        ("通讯员 陈 雪（省建科院）", [("correspondent", "陈雪")]),
        ("通讯员：周勇（讲治镇）", [("correspondent", "周勇")]),
        ("供稿：钟灵镇 吴 敏", [("author", "吴敏")]),  # after 供稿： a town though a name may be so
    ],
)
def test_a_closing_credit_names_the_writer_not_the_unit(credit, bylines):
    (item,) = page("科技特派员走进讲治镇", LONG, credit).items
    assert ([(b.role, b.name) for b in item.bylines], item.source) == (bylines, None)
    assert item.paragraphs == [LONG.replace(",", "，")] and item.credit_lines == [credit]


@pytest.mark.parametrize(
    "unit",
    ["作者单位：陆军军医大学第二附属医院（新桥医院）耳鼻咽喉头颈外科", "作者单位: 重庆市疾病预防控制中心"],
)
def test_an_authors_unit_on_a_line_of_its_own_is_a_credit(unit):
    """作者单位：X under a science piece's text: where its author works, a credit line (it was the last
    paragraph); no byline and no source, and the references under it stay the piece's."""
    (item,) = page("春季过敏高发", LONG, unit, "参考文献", "[1] 中国变应性鼻炎诊断和治疗指南（2022年，修订版）.").items
    assert (item.credit_lines, item.bylines, item.source) == ([unit], [], None)
    assert item.paragraphs[0] == LONG.replace(",", "，") and len(item.paragraphs) == 2


@pytest.mark.parametrize("signature", ["张　岚", "张 岚", "张岚"])
def test_a_two_character_signature_spread_to_three_cells_closes_the_story(signature):
    """张　岚 under a commentary's last paragraph: its author, as 张岚 is (it stayed the last paragraph)."""
    (item,) = page("科普不能只在“周”里", LONG, "让科普走进日常，需要的是久久为功。", signature).items
    assert [(b.role, b.name) for b in item.bylines] == [("author", "张岚")]
    assert len(item.paragraphs) == 2 and item.credit_lines == [signature]


def test_a_run_of_bodies_and_their_people_under_a_paragraph_is_a_list_not_a_signature():
    """江津区科协 张丽 over 綦江区科协 王强 over 南川区科协 刘红 in a story: a list of the people named, its
    text (the first had become its signature, the second the next piece's headline)."""
    lines = ["江津区科协 张丽", "綦江区科协 王强", "南川区科协 刘红"]
    (item,) = page("全市科普工作先进个人名单公布", "本报讯 " + LONG, *lines, "其余7人来自高校和科研院所，市科协将为他们颁奖。").items
    assert (item.source, item.bylines) == (None, [])
    assert item.paragraphs[1:4] == lines


@pytest.mark.parametrize("names", ["王晓晖 黄强 李刚 张伟", "王晓晖 黄 强 李 刚 张 伟"])
def test_names_under_a_colon_in_a_story_are_its_list_however_padded(names):
    """出席会议的还有： over 王晓晖 黄 强 李 刚 张 伟 in a story: the list the colon opens, its text (the names
    padded to align were closed up into one run, and the colon line headed a new item over its authors)."""
    (item,) = page("省科协第十次代表大会开幕", "本报讯（记者 张凌）" + LONG, "出席会议的还有：", names, "来自全省各地的700余名代表参加大会。").items
    assert item.bylines[0].name == "张凌" and len(item.bylines) == 1
    assert item.paragraphs[1:3] == ["出席会议的还有：", "王晓晖 黄强 李刚 张伟"]


@pytest.mark.parametrize(
    ("names", "authors"),
    [
        ("海来伍呷 沙马阿果", ["海来伍呷", "沙马阿果"]),  # Yi names of four: no 4+4 slogan
        ("泽仁多吉 格桑卓玛", ["泽仁多吉", "格桑卓玛"]),
        ("海来伍呷", ["海来伍呷"]),  # 海 alone opens too many words to count as a surname
    ],
)
def test_a_line_of_yi_and_tibetan_names_closes_a_story_as_its_authors(names, authors):
    """A bare line of Yi or Tibetan names under a story is its authors, not a banner."""
    result = page("第一条新闻的标题", LONG, names, "第二条新闻的标题", LONG)
    assert [b.name for b in result.items[0].bylines] == authors
    assert names not in result.meta.banners


@pytest.mark.parametrize(
    ("caption", "photographer", "text"),
    [
        ("4月2日,轨排稳稳落在路基上。 新华社记者 唐突 摄", "唐突", "4月2日，轨排稳稳落在路基上。"),
        ("丰都村民犁田备耕 摄/林登周", "林登周", "丰都村民犁田备耕"),
        ("图为小朋友们观看娱乐节目。（新华社记者兰红光摄）", "兰红光", "图为小朋友们观看娱乐节目。"),
        ("同学们参观展览。本报记者 沈静 摄", "沈静", "同学们参观展览。"),
        ("图为活动现场。李明/摄", "李明", "图为活动现场。"),
        ("图为活动现场。图/李明", "李明", "图为活动现场。"),
        ("▲图为活动现场。■李明 摄", "李明", "▲图为活动现场。■"),
        ("图为活动现场。本报记者 李明 摄影", "李明", "图为活动现场。"),  # 摄影 after the name: no credit before
        ("图为活动现场。通讯员 李明 供图", "李明", "图为活动现场。"),  # a person supplied it (通讯员 was the caption's)
        # a body's credit: no photographer to name, the credit kept as printed
        ("图为活动现场。（永川区科协供图）", None, "图为活动现场。"),
        ("图为活动现场。 永川区科协 供图", None, "图为活动现场。"),
        ("图为活动现场（图片由永川区科协提供）", None, "图为活动现场"),
        ("图为活动现场。供图：永川区科协", None, "图为活动现场。"),
        # the label first in brackets, an agency's picture (the first took the next headline's place, the
        # second ran into the story above)
        ("活动现场（摄影：张三）", "张三", "活动现场"),
        ("活动现场（摄影 张三）", "张三", "活动现场"),
        ("茶园现场（摄影：石桥镇 石 磊）", "石磊", "茶园现场"),  # where he works, no name (石桥镇 took it)
        # a surname and a given name ending as a town's does: a person (张德镇 was dropped as a unit)
        ("群众在科普展板前驻足观看。（摄影：张德镇 王芳）", "张德镇", "群众在科普展板前驻足观看。"),
        # 摄影 a space from the name, either side (the caption had no photographer; alone, it was a story)
        ("图为义诊现场。 摄影 谭明", "谭明", "图为义诊现场。"),
        ("图为义诊现场。谭明 摄影", "谭明", "图为义诊现场。"),
        ("5月18日，小朋友在体验VR设备。新华社发", None, "5月18日，小朋友在体验VR设备。"),
        # the copy's label before the caption is taken off (recorded as removed)
        ("图片说明：图为活动现场。 李明 摄", "李明", "图为活动现场。"),
        ("【图注】图为活动现场。（李明 摄）", "李明", "图为活动现场。"),
        # a Tibetan name of four (泽 is no surname): the photographer, not the caption's end
        ("牧民学习牦牛养殖知识。 摄/泽仁多吉", "泽仁多吉", "牧民学习牦牛养殖知识。"),
        ("牧民学习青稞种植知识。 扎西次仁 摄", "扎西次仁", "牧民学习青稞种植知识。"),
    ],
)
def test_standalone_caption_is_photo_item(caption, photographer, text):
    """A caption between articles is a photo item that keeps its photographer and its printed credit."""
    result = page("第一条新闻的标题", "本报记者 王明", LONG, caption, "第二条新闻的标题", LONG)
    photo = result.items[1]
    assert photo.kind == PHOTO
    assert photo.captions[0].photographer == photographer and photo.captions[0].text == text
    assert any(caption.endswith(credit) for credit in photo.credit_lines), photo.credit_lines
    assert result.items[2].title == "第二条新闻的标题"


@pytest.mark.parametrize(
    "caption",
    [
        ["图为活动现场。（本报记者 李明 通讯员 王刚 摄）"],
        # no brackets, on the caption's line or its own (李明 was the caption's end, or the caption
        # another item's)
        ["图为活动现场。 本报记者 李 明 通讯员 王 刚 摄"],
    ],
)
def test_each_roles_photographers_in_one_credit_are_credited(caption):
    """（本报记者 李明 通讯员 王刚 摄）: only the last role's people were kept (李明 was lost)."""
    result = page("第一条新闻的标题", "本报记者 王明", LONG, *caption, "第二条新闻的标题", LONG)
    photo = result.items[1]
    assert [(b.role, b.name) for b in photo.bylines] == [("photographer", "李明"), ("photographer", "王刚")]
    assert photo.captions[0].text == "图为活动现场。"



def test_a_photo_credit_line_of_two_roles_under_its_caption_makes_one_photo_item():
    """A headline, its caption and 本报记者 马 丽 通讯员 谭 斌 摄 on a line of its own: one photo by both
    (the caption was an article's text, and 本报记者 马 丽 a photo item's caption)."""
    (photo,) = page("小院迎来新学员", "12月1日，学生在科技小院向蜂农请教中蜂养殖技术。", "本报记者 马 丽 通讯员 谭 斌 摄").items
    assert (photo.kind, photo.title) == (PHOTO, "小院迎来新学员")
    assert [(b.role, b.name) for b in photo.bylines] == [("photographer", "马丽"), ("photographer", "谭斌")]
    assert photo.captions[0].text == "12月1日，学生在科技小院向蜂农请教中蜂养殖技术。"


CLOSED_VISIT = ("外籍专家走进永川", "本报讯（记者 王芳）6月16日，8名外籍专家走进永川区考察职业教育。", "（渝科）")


def test_a_captions_english_line_between_it_and_its_credit_is_the_captions():
    """7月26日，外籍青少年…。 over Foreign teenagers… over 本报记者 张静 摄: one bilingual caption (the Chinese
    line was taken for a stray paragraph of the story above, the photo kept only the English)."""
    english = "Foreign teenagers experience VR equipment at Chongqing Science and Technology Museum."
    story, photo = page(*CLOSED_VISIT, "7月26日，外籍青少年在重庆科技馆体验VR设备。", english, "本报记者 张静 摄").items
    assert story.paragraphs == ["6月16日，8名外籍专家走进永川区考察职业教育。"]
    assert photo.kind == PHOTO and [b.name for b in photo.bylines] == ["张静"]
    assert photo.captions[0].text == "7月26日，外籍青少年在重庆科技馆体验VR设备。 " + english


def test_a_captions_english_line_over_it_is_no_paragraph_of_the_story():
    """Photo: Foreign experts visit… over 图为外籍专家在永川参观。 永川区科协供图: the caption's English version
    (it was the story's last paragraph)."""
    english = "Photo: Foreign experts visit a vocational college in Yongchuan."
    story, photo = page(CLOSED_VISIT[0], "6月16日，8名外籍专家走进永川区，考察职业教育。", english, "图为外籍专家在永川参观。 永川区科协供图").items
    assert story.paragraphs == ["6月16日，8名外籍专家走进永川区，考察职业教育。"]
    assert photo.captions[0].text == "图为外籍专家在永川参观。 " + english


def test_an_english_sentence_a_paragraph_announces_over_a_caption_stays_the_storys():
    """…专家发言时说： over I have worked in Yongchuan… over 图为座谈会现场。 永川区科协供图: the quote the colon
    calls for (it went into the caption, the story ending on its colon)."""
    english = "I have worked in Yongchuan for five years and I love this city."
    story, photo = page(CLOSED_VISIT[0], "6月16日，永川区科协举办外籍专家座谈会。来自德国的专家发言时说：", english, "图为座谈会现场。 永川区科协供图").items
    assert story.paragraphs == ["6月16日，永川区科协举办外籍专家座谈会。来自德国的专家发言时说：", english]
    assert photo.captions[0].text == "图为座谈会现场。"


@pytest.mark.parametrize(
    "line",
    [
        "他说，这些照片由市民提供图片素材。",  # 提供 inside a sentence, no credit in brackets
        "活动由永川区科协供图书馆使用。",
        "记者摄影技术培训班开班",
    ],
)
def test_sentences_that_mention_pictures_are_not_credits(line):
    from articles.textpipeline.credits_photos import parse_photo_credit

    assert parse_photo_credit(line) is None


def test_picture_headline_keeps_working():
    """Headlines ending in （附图片１张） open an article even without a byline; 图片： captions attach."""
    result = page(
        "第一条新闻的标题",
        "本报记者 王明",
        LONG,
        "使馆来了小客人（附图片１张）",
        LONG,
        "图片：",
        "图为小客人与大使合影。",
        "（本报记者林皎明摄）",
    )
    second = result.items[1]
    assert second.title == "使馆来了小客人（附图片1张）"
    assert second.captions[0].text == "图为小客人与大使合影。"
    assert second.captions[0].photographer == "林皎明"


def test_subheadings_stay_inside_article():
    """Short lines followed by prose inside an article are sub-headings, not new articles."""
    result = page("长篇报道的标题", "本报记者 王明", LONG, "第一部分的小标题", LONG, "第二部分的小标题", LONG)
    assert len(result.items) == 1
    assert [b.text for b in result.items[0].blocks if b.kind == SUBHEADING] == [
        "第一部分的小标题",
        "第二部分的小标题",
    ]


def test_poem_not_split_into_articles():
    """Verse lines (short, no punctuation) stay in one item; the second poem's title heads its poem."""
    verse = [
        "归来的雁阵飞过渭水",
        "陕北，蒲公英就开放了",
        "挣扎着开放在",
        "窑洞向阳的墙角，在",
        "秦皇战车碾过的大道旁",
        "布老虎（一）",
        "蹲在窑洞的土炕上",
        "和鞋子",
    ]
    result = page("黄土地上的蒲公英（外一首）", "李瑛", *verse)
    assert len(result.items) == 1
    assert result.items[0].bylines[0].name == "李瑛"
    assert len(result.items[0].paragraphs) == len(verse) - 1
    assert result.items[0].subheadings == ["布老虎（一）"]


def test_fullwidth_digits_and_letters_become_halfwidth():
    """１２月３０日 and ＡＢＣ become half-width in item text, recorded as a repair."""
    item = page("一条新闻的标题", "本报讯 １２月３０日,ＡＢＣ公司举行发布会。").items[0]
    assert item.paragraphs[0] == "12月30日，ABC公司举行发布会。"
    assert "fullwidth" in [r.code for r in item.repairs]


def test_traditional_characters_kept_in_items():
    """Traditional characters stay as written."""
    item = page("臺灣科學技術協會舉辦講座", "本報記者 王明", "協會舉辦講座,會員踴躍參加。").items[0]
    assert item.title == "臺灣科學技術協會舉辦講座"
    assert item.paragraphs[0] == "協會舉辦講座，會員踴躍參加。"


def test_co_organizers_and_metadata_are_not_items():
    """Co-organizer lists, banners and web boilerplate go to PageMeta."""
    result = page(
        "【地方科协】",
        "科技工作者之家 2020-03-25",
        "来源:四川科协",
        "一条新闻的标题",
        LONG,
        "原文链接:https://example.org/a?b=1",
        "邮箱:kejie@scimall.org.cn",
        "时政",
        "- 凉山州科学技术协会 甘孜州科学技术协会 本版协办单位 (排名不分先后)",
    )
    assert len(result.items) == 1
    meta = result.meta
    assert meta.co_organizers == ["凉山州科学技术协会", "甘孜州科学技术协会"]
    assert meta.original_url == "https://example.org/a?b=1"
    assert meta.source == "四川科协" and meta.site == "科技工作者之家"


OPENING = "昨日上午，宣传月活动启动仪式在泸州市科技馆举行。"
HOSTS = ("主办单位：泸州市科协 泸州市人大教科文卫工委", "承办单位：江阳区科协 泸州市科技馆")


@pytest.mark.parametrize(
    ("after_hosts", "text"),
    [
        (("市科协党组书记、主席王雪梅介绍，宣传月期间将开展活动50余场。", "文/本报记者 余 洁"), [OPENING, *HOSTS, "市科协党组书记、主席王雪梅介绍，宣传月期间将开展活动50余场。"]),
        (("文/本报记者 余 洁",), [OPENING, *HOSTS]),  # the story's last lines, over its byline
    ],
)
def test_an_events_hosts_in_a_story_are_its_text(after_hosts, text):
    """主办单位：… over 承办单位：… in a story: its event's hosts, its paragraphs (they were taken for a web
    site's footer and the page's co-organizers, and the story split under them)."""
    result = page("宣传月活动启动", OPENING, *HOSTS, *after_hosts)
    (item,) = result.items
    assert item.paragraphs == text and [b.name for b in item.bylines] == ["余洁"]
    assert (result.meta.co_organizers, result.meta.boilerplate) == ([], [])


@pytest.mark.parametrize("organizers", ["主办：四川省科学技术协会 四川省教育厅", "主办单位：四川省科学技术协会、四川省教育厅"])
def test_a_special_issues_organizers_under_its_head_are_furniture_and_a_hosts_line_in_a_story_its_text(organizers):
    """主办：… between a 特刊 head and the headline: the issue's organizers, the page's furniture, no title and no
    evidence of the story's bodies (it was the title); in a story, 主办： over prose stays the story's."""
    result = page("特刊·第八届四川省青少年科技节", organizers, "青少年科技节 放飞科学梦想", "本报记者 罗娟",
                  "10月12日至14日，第八届四川省青少年科技节在成都市举行。")
    (item,) = result.items
    assert (item.kicker, item.title) == ("特刊·第八届四川省青少年科技节", "青少年科技节 放飞科学梦想")
    assert result.meta.boilerplate == [organizers] and item.organizations == []
    hosted = page("宣传月活动启动", OPENING, "主办：泸州市科协", "市科协党组书记、主席王雪梅介绍，宣传月期间将开展活动50余场。")
    assert len(hosted.items) == 1 and hosted.meta.boilerplate == []


def test_an_events_hosts_among_its_fields_are_the_posts_text():
    """主办单位：… under 时间：… and 地点：…, then the next activity's heading: a field of the activity, its text."""
    fields = ["活动一：天文观测", "时间：9月20日 19:30—21:30", "地点：鹅岭公园观景台", "主办单位：渝中区科协 鹅岭公园管理处"]
    result = page("渝中区科普日系列活动来了", OPENING, *fields, "活动二：应急救护体验", "报名方式：拨打电话023-63801234报名。")
    (item,) = result.items
    assert item.paragraphs[1:5] == fields and result.meta.boilerplate == []


CONTEST_HOSTS = ["主办单位：渝北区科学技术协会、渝北区教育委员会", "承办单位：渝北区青少年科技活动中心、渝北中学"]
CONTEST_NOTICE = ["各镇街科协、学校：", "区科协、区教委决定联合举办第十届渝北区青少年科技创新大赛。现将有关事项通知如下。"]


def test_an_events_hosts_in_a_notices_numbered_section_are_its_text():
    """主办单位：… over 承办单位：… under the notice's 一、大赛组织, 二、日程安排 after them: the section's text (they
    were the page's footer and co-organizers, and the notice was cut in two, its second half untitled)."""
    lines = [*CONTEST_NOTICE, "一、大赛组织", *CONTEST_HOSTS, "二、日程安排", "终评展示：2024年5月10日，在渝北区科技馆举行。",
             "", "渝北区科学技术协会        渝北区教育委员会", "2024年1月22日"]
    result = page("关于举办第十届渝北区青少年科技创新大赛的通知", "\n".join(lines))
    (item,) = result.items
    assert item.paragraphs[2:4] == CONTEST_HOSTS and item.subheadings == ["一、大赛组织", "二、日程安排"]
    assert (result.meta.boilerplate, result.meta.co_organizers) == ([], [])
    assert item.date == dt.date(2024, 1, 22) and "incomplete_paragraph" not in codes(item)


def test_a_pages_hosts_under_a_story_with_numbered_sections_stay_furniture():
    """主办单位：… over 承办单位：… at the page's foot, under a story whose 一、 section has its prose: the page's
    footer, as before (only a numbered section's own lines are its text)."""
    lines = [CONTEST_NOTICE[1], "一、大赛组织", "本届大赛由区科协、区教委联合主办，全区中小学生均可参加。"]
    result = page("渝北区青少年科技创新大赛启动", "\n".join(lines), "\n".join(CONTEST_HOSTS))
    (item,) = result.items
    assert item.paragraphs == [lines[0], lines[2]] and result.meta.co_organizers


PROGRAMME = ["9:00—9:30  开幕式（主会场）", "9:30—11:30  院士专家科普报告（报告厅）"]


@pytest.mark.parametrize(
    "hosts",
    [
        ["主办单位：成都市科学技术协会"],
        ["主办单位：成都市科学技术协会", "承办单位：锦江区科学技术协会"],
    ],
)
def test_an_events_hosts_under_its_programme_are_its_text(hosts):
    """主办单位：… (承办单位：…) under a programme's last row at the page's end: who held the event, the item's
    text (it was a web site's footer, the 承办 body the page's co-organizer, and neither among its bodies)."""
    result = page("科普日主场活动日程安排", "\n".join(PROGRAMME + hosts))
    (item,) = result.items
    assert item.paragraphs == PROGRAMME + hosts
    assert (result.meta.boilerplate, result.meta.co_organizers) == ([], [])


@pytest.mark.parametrize("headline", ["2026年科技活动周来了！", "2026年科技活动周来了"])
def test_a_tagged_headline_over_an_events_fields_heads_the_post(headline):
    """活动预告｜2026年科技活动周来了！ over 时间：… and 地点：…: the post's headline, its column's tag the 引题
    (with its ！ it was the first paragraph of an untitled item); 科普日主场活动日程安排 over the programme's
    rows is the post's sub-heading (it was a paragraph)."""
    fields = ["时间：5月18日（星期一）9:00—11:30", "地点：成都市锦江区科技馆一楼大厅", "报名方式：扫描下方二维码报名，名额有限，报满即止。"]
    (item,) = page(f"活动预告｜{headline}", "\n".join(fields), "\n".join(["科普日主场活动日程安排", *PROGRAMME])).items
    assert (item.kicker, item.title) == ("活动预告", headline)
    assert item.paragraphs == fields + PROGRAMME and item.subheadings == ["科普日主场活动日程安排"]


def test_a_bulletins_issue_day_below_a_story_dates_only_the_bulletins_items():
    """德阳市科协办公室编  2026年6月5日 under 工作简报 and 第12期 after a programme: the bulletin's office and
    day, no site and date of the page (the programme above had taken the bulletin's day)."""
    result = page("科普日主场活动日程安排", "\n".join(PROGRAMME),
                  "工作简报\n第12期\n德阳市科协办公室编                    2026年6月5日",
                  "德阳市科协召开科技工作者座谈会\n6月3日，德阳市科协召开科技工作者座谈会，听取一线科技工作者意见建议。")
    programme, briefing = result.items
    assert (result.meta.site, result.meta.page_date, programme.date) == (None, None, None)
    assert briefing.date == dt.date(2026, 6, 3)


def test_a_pages_co_organizers_after_its_last_story_stay_furniture():
    """协办单位：… under the last story, nothing after it: the page's list, not the story's text."""
    result = page("宣传月活动启动", OPENING, "协办单位：江阳区科协 泸州市科技馆")
    assert result.meta.co_organizers == ["江阳区科协", "泸州市科技馆"]
    assert result.items[0].paragraphs == [OPENING]


def test_editor_messages_follow_the_width_rules_they_enforce():
    """Flags and repair notes are Chinese text for editors: no half-width , : ( ) beside Chinese in them."""
    import re
    from pathlib import Path

    from articles.textpipeline.decode import decode_page
    from articles.textpipeline.punctuation import fullwidth_punctuation

    root = Path(__file__).resolve().parent
    paths = sorted((root / "pages").glob("*.txt")) + sorted((root.parent.parent / "seeds").glob("*.txt"))
    damaged = page(
        "科协动态",
        "（记者 王五）" + LONG,
        "不断改善农业农村环境,资金流向重点向贫",
        "困群众倾斜。针对主要致贫原因,积极引导。",
        LONG,
        LONG,
        "的工作开展情况，OK 大家都说好",
    )
    results = [damaged] + [split_page(decode_page(path.read_bytes()).text) for path in paths]
    messages = [
        text
        for result in results
        for item in result.items
        for text in [*(flag.message for flag in item.flags), *(repair.detail for repair in item.repairs)]
    ]
    assert len(messages) > 10
    # What a message quotes (“…”) is the page's own text, half-width marks and all.
    own_words = [re.sub("“[^”]*”", "“”", message) for message in messages]
    assert [message for message in own_words if fullwidth_punctuation(message)[1]] == []


@pytest.mark.parametrize(
    ("names_line", "expected"),
    [
        ("李德润葛洪", ["李德润", "葛洪"]),  # two names printed together
        ("张亚飞蓝倩王琳琳", ["张亚飞", "蓝倩", "王琳琳"]),
        ("欧阳小明王华", ["欧阳小明", "王华"]),  # a double surname
        ("张亚飞 蓝倩", ["张亚飞", "蓝倩"]),
    ],
)
def test_joined_names_under_a_headline_are_cut_into_people(names_line, expected):
    """A line of names after the headline becomes one byline per person, spaces or not."""
    item = page("汪洋中的小木屋", names_line, LONG, LONG.replace("会议", "大会")).items[0]
    assert [b.name for b in item.bylines] == expected


@pytest.mark.parametrize("head", ["党　建", "关　注", "党 建", "焦　点"])
def test_a_spread_column_head_over_the_next_headline_is_no_signature(head):
    """党　建 between a story's last paragraph and the next headline was the story's author 党建: a
    column head is printed over the headline it heads."""
    first, second = page("永川区科协召开全委会议", "本报记者 王强", LONG, head, "綦江区科协开展送科技下乡活动",
                         "本报讯（通讯员 李华）" + STORY_B).items
    assert [b.name for b in first.bylines] == ["王强"] and head not in first.credit_lines
    assert second.title == "綦江区科协开展送科技下乡活动"


@pytest.mark.parametrize(
    ("headline", "names_line", "names", "subtitle"),
    [
        # a headline that has its ——副题 takes no second one: a pen name and a name printed together
        ("探索与坚守——二〇二〇年科普美术作品点评", "墨石方可为", ["墨石", "方可为"], ""),
        ("追求崇高——九七年主题性美术创作点评", "剑武安远远", ["剑武", "安远远"], ""),
        # no ——副题: the line is the headline's 副题 still
        ("探索与坚守", "墨石方可为", [], "墨石方可为"),
        # a slogan of common words, its third character a surname, is no pen name and name (they were the
        # authors 一起 and 向未来)
        ("冬奥科普进校园——我市青少年冰雪运动科普活动侧记", "一起向未来", [], "一起向未来"),
        ("冬奥科普进校园——我市青少年冰雪运动科普活动侧记", "携手向未来", [], "携手向未来"),
        ("科普大篷车进乡村——记綦江区科普志愿服务队", "科普惠万家", [], "科普惠万家"),
        ("科普大篷车进乡村——记綦江区科普志愿服务队", "科技强农业", [], "科技强农业"),
        ("科普大篷车进乡村——记綦江区科普志愿服务队", "聚力高质量", [], "聚力高质量"),
    ],
)
def test_a_pen_name_and_a_name_printed_together_under_a_whole_headline(headline, names_line, names, subtitle):
    """墨石方可为 under a headline with its ——副题 was taken for a second 副题, and the story had no byline."""
    item = page(headline, names_line, LONG).items[0]
    assert ([b.name for b in item.bylines], item.subtitle) == (names, subtitle)


@pytest.mark.parametrize("slogan", ["科普进万家", "科技强国", "健康进社区"])
def test_a_slogan_under_a_whole_headline_is_no_pen_name_and_a_name(slogan):
    """The pen-name reading cut 科普进万家 into the authors 科普进 and 万家: a pen name is two characters
    and the names after it are full ones (墨石方可为)."""
    item = page("全市科普讲解大赛圆满落幕——32名选手同台竞技", slogan, LONG).items[0]
    assert item.bylines == []
    assert slogan in (item.title, item.subtitle, item.kicker)


@pytest.mark.parametrize("number", ["第十期", "第三届", "第12期"])
def test_a_number_in_a_series_under_a_headline_is_no_pen_name(number):
    """第十期 under a quiz's title was taken for a pen name of three characters, the quiz's author."""
    item = page("科普知识竞答", number, LONG).items[0]
    assert item.bylines == []


@pytest.mark.parametrize("subtitle", ["李岚清出席并讲话", "王府井商圈再升级", "张家界旅游迎来开门红"])
def test_a_subtitle_opening_with_a_surname_is_no_run_of_names(subtitle):
    """Before, a 副题 that starts with a surname character and cannot be cut into names was taken
    whole as the author's name (李岚清出席并讲话 wrote the story)."""
    item = page("全国科技工作会议在京召开\n" + subtitle, LONG, LONG.replace("会议", "大会")).items[0]
    assert item.bylines == []
    assert item.subtitle == subtitle


@pytest.mark.parametrize(
    ("issuers", "source"),
    [
        ("重庆市科协 国网重庆市电力公司", "重庆市科协、国网重庆市电力公司"),
        ("四川省科协 四川省卫生健康委员会 联合发布", "四川省科协、四川省卫生健康委员会"),
        ("重庆市科学技术协会　重庆市教育委员会 出品", "重庆市科学技术协会、重庆市教育委员会"),
    ],
)
def test_a_line_of_bodies_under_a_headline_is_its_issuers_not_its_subtitle(issuers, source):
    """The bodies that issued a piece, printed under its headline, were its 副题."""
    item = page("夏季用电安全知多少", issuers, LONG).items[0]
    assert (item.title, item.subtitle, item.source) == ("夏季用电安全知多少", "", source)
    assert issuers in item.credit_lines


@pytest.mark.parametrize(
    ("title", "subtitle"),
    [
        ("巴南区科协第四次代表大会召开", "选举产生新一届委员会"),
        ("永川区加快建设科技创新高地", "全力打造西部职教中心"),
        ("科技助力乡村振兴", "市领导调研永川区科协"),  # whom the visitors went to
        ("川港两地携手共进", "香港科技大学代表团访问四川省科协"),
        # a 科协's cadres or party branch, a 厅 not opening the line (each was taken for the issuer, the source)
        ("扎根基层二十年", "记綦江区一名普通科协干部"),
        ("践行科学家精神", "争做新时代优秀科协干部"),
        ("川渝科技合作再提速", "两地专家齐聚四川省科技厅"),
    ],
)
def test_a_subtitle_ending_like_a_body_is_no_issuer(title, subtitle):
    """选举产生新一届委员会 under its headline tells what happened: the 副题 (it ends like a body's name, so
    it was taken for the piece's issuer and made its source)."""
    item = page(title, subtitle, "本报讯（记者 王静）4月24日，大会在鱼洞街道召开，来自全区的180余名代表参加。").items[0]
    assert (item.title, item.subtitle, item.source) == (title, subtitle, None)


@pytest.mark.parametrize("column", ["科普动态", "川港科技合作", "国际科技合作"])
@pytest.mark.parametrize("headline", ["市领导调研永川区科协", "香港科技大学代表团访问四川省科协", "香港科技大學代表團訪問四川省科協"])
def test_a_visits_headline_ending_in_a_body_under_a_column_is_the_title(column, headline):
    """香港科技大学代表团访问四川省科协 under 川港科技合作: the column's name over a headline telling who
    visited whom (the column was the title, the headline taken for the piece's issuer)."""
    result = page(column, headline, "本报讯（记者 王静）4月24日，市领导一行到永川区科协调研，听取工作汇报。")
    (item,) = result.items
    assert (item.title, item.subtitle, item.source) == (headline, "", None)
    assert column in (item.kicker, *result.meta.banners)


@pytest.mark.parametrize(
    ("attribution", "authors", "source"),
    [
        ("（李华）", ["李华"], None),  # a person: the author
        ("（赵祎 谢勇）", ["赵祎", "谢勇"], None),
        ("（渝科）", [], "渝科"),  # a desk
        ("（渝 科）", [], "渝科"),  # a desk's mark spread to the column's width, as a name is (it was 渝 科)
        ("（宁记）", [], "宁记"),  # a desk, though 宁 is a surname
        ("（遂宁市科协）", [], "遂宁市科协"),  # an organization
        # a body that wrote it is the source, no author (万州区科协/文 was an author's byline)
        ("（万州区科协/文）", [], "万州区科协"),
        ("（渝中区科协 供稿）", [], "渝中区科协"),
        ("（王小明/文）", ["王小明"], None),
        # the body that sent it, then who wrote it (the whole bracket was the source)
        ("（南川区科协 王芳）", ["王芳"], "南川区科协"),
        ("（璧山区科协 张三 李四）", ["张三", "李四"], "璧山区科协"),
        ("（市科协 王芳）", ["王芳"], "市科协"),
        ("（重庆市科协 科普部）", [], "重庆市科协 科普部"),  # a department is no person
        # the body, then its writer's labelled credit (the whole bracket was the source)
        ("（涪陵区科协 文/王敏）", ["王敏"], "涪陵区科协"),
        ("（万州区科协 文／谭静）", ["谭静"], "万州区科协"),
        # a Yi name of four characters, an ideographic space (each whole bracket was the source)
        ("（吉克阿呷）", ["吉克阿呷"], None),
        ("（冕宁县科协 沙马拉毅）", ["沙马拉毅"], "冕宁县科协"),
        ("（綦江区科协\u3000陈红梅）", ["陈红梅"], "綦江区科协"),
        ("（成都商报）", [], "成都商报"),  # four characters with a surname, no name's head: an outlet
        ("（东方卫视）", [], "东方卫视"),  # a double surname's characters, then an outlet's word (it was a person)
        ("（东方甄选）", [], "东方甄选"),
        ("（欧阳晓丽）", ["欧阳晓丽"], None),
    ],
)
def test_closing_attribution_is_an_author_or_a_source(attribution, authors, source):
    item = page("一条新闻的标题", "本报讯 " + LONG, attribution).items[0]
    assert [b.name for b in item.bylines] == authors
    assert item.source == source


@pytest.mark.parametrize("aside", ["（限于篇幅，其余获奖者名单略）", "（名单略）", "（因篇幅所限，名单从略）", "（排名不分先后）"])
def test_an_editors_aside_in_brackets_is_the_bodys_last_paragraph_not_its_source(aside):
    """（限于篇幅，其余获奖者名单略） under a list: the editor's note on the text (it was the source)."""
    item = page("一条新闻的标题", "本报讯 " + LONG, "马　骏（重庆邮电大学）", aside).items[0]
    assert item.source is None and aside not in item.credit_lines
    assert item.paragraphs[-1] == aside


@pytest.mark.parametrize("note", ["（注：作者系重庆大学马克思主义学院教授）", "（说明：本文数据来源于四川省科普统计调查）"])
def test_a_labelled_note_on_the_piece_at_its_end_is_a_credit_line(note):
    """（注：作者系…） under a story with no table: a note on its author or its text, kept with its credits (it
    was a last paragraph flagged incomplete, as a table's note would be), not its source."""
    item = page("科学家精神的时代内涵", "科学家精神是科技工作者在长期科学实践中积累的宝贵精神财富。", note).items[0]
    assert item.paragraphs == ["科学家精神是科技工作者在长期科学实践中积累的宝贵精神财富。"]
    assert note in item.credit_lines and item.source is None
    assert "incomplete_paragraph" not in codes(item)


@pytest.mark.parametrize(
    ("above", "note", "below"),
    [
        # a live stream's time mark between the turns of its transcript
        ("【嘉宾】大熊猫的消化系统还是食肉动物的，消化率只有17%左右。", "（00:12:31）", "【主持人】现在圈养大熊猫有多少只？"),
        ("【嘉宾】熊猫幼崽出生时只有一百克左右。", "（05:40）", "【主持人】那它们多久能睁开眼睛？"),
        # a lecture's stage directions, alone on their line or after the sentence they follow
        ("下面请大家看一段视频。", "（播放视频）", "刚才视频里的这头猪，是我们团队培育出来的新品种。"),
        ("你们早上吃的猪肉，是从哪里来的？", "（台下笑）", "种猪这颗芯片，曾经长期依赖进口。"),
        ("同学们好！", "（掌声）", "今天我想先问大家一个问题。"),
        # a list's count under the attachment's title, over its groups and rows
        ("附件：2024—2028年度四川省科普教育基地名单", "（共86家）", "成都市（2家）"),
        # an exhibit label's holder, under the label's text, over the next label
        ("体长约22米，是我国最著名的蜥脚类恐龙之一。", "（重庆自然博物馆藏）", "巴山中国蛇颈龙"),
    ],
)
def test_a_note_of_the_text_in_brackets_neither_signs_nor_ends_the_story(above, note, below):
    """（00:12:31）, （掌声）, （共86家）, （重庆自然博物馆藏）: a transcript's time mark or stage direction, a list's
    count, an exhibit's holder, printed in the text they belong to; no person, body or desk that signs the story
    (each was its closing attribution and source, the lines after it strays or an item of their own)."""
    tail = "馆长陈锋介绍，展厅改造历时8个月，得到了市科协的大力支持。"
    items = lines_page("一条新闻的标题", "", "本报讯 " + LONG, above, note, below, tail).items
    assert len(items) == 1 and items[0].source is None and note not in items[0].credit_lines
    assert not [repair for repair in items[0].repairs if repair.code == "stray_returned"]
    text = "".join(items[0].paragraphs + [block.text for block in items[0].blocks])
    assert note.strip("（）") in text and text.index(note.strip("（）")) < text.index(tail[:6])
    run_in = page("一条新闻的标题", "本报讯 " + LONG, above + note, tail).items
    assert len(run_in) == 1 and run_in[0].source is None and note not in run_in[0].credit_lines


@pytest.mark.parametrize("signature", ["（遂宁市科协）", "（渝科）", "（李华）", "（重庆自然博物馆）"])
def test_a_signature_shaped_like_a_note_of_the_text_still_signs_the_story(signature):
    """（重庆自然博物馆） without 藏, a desk or a person: the story's closing attribution, as before (the guard
    of the notes above)."""
    item = page("一条新闻的标题", "本报讯 " + LONG, signature).items[0]
    assert signature in item.credit_lines and item.paragraphs == [LONG.replace(",", "，")]


@pytest.mark.parametrize("span", ["（1936.4—2022.1）", "(1929年11月—2020年8月)", "（1941—2023）", "（1930年2月至2021年9月）"])
def test_a_life_span_under_a_memorial_headline_is_its_subtitle_not_its_source(span):
    """刘德明同志生平 over （1936.4—2022.1）: the life span of the person the piece mourns, kept with its
    headline; only dates, no person, body or desk (it was the story's source, and all its text strays after it)."""
    lead = "四川省科协原副主席刘德明同志，于2022年1月9日在成都逝世，享年86岁。"
    (item,) = page("刘德明同志生平", span, lead, "1958年他毕业于四川大学化学系，分配到省科委工作。", "刘德明同志永垂不朽！").items
    assert (item.title, item.source, item.credit_lines) == ("刘德明同志生平", None, [])
    assert item.subtitle.strip("（）()") == span.strip("（）()") and item.paragraphs[0] == lead
    assert not [repair for repair in item.repairs if repair.code == "stray_returned"]


@pytest.mark.parametrize("signature", ["（省老科协）", "（1938）", "（刘德明 2022年1月）"])
def test_a_signature_beside_a_life_span_still_signs_the_memorial(signature):
    """（省老科协） under a memorial piece, and a line with one year or a name beside a date: no span of dates, its
    closing attribution as before (the guard of the life span above)."""
    (item,) = page("刘德明同志生平", "四川省科协原副主席刘德明同志，于2022年1月9日在成都逝世，享年86岁。", signature).items
    assert signature in item.credit_lines and item.source is not None


@pytest.mark.parametrize(
    "note", ["（单位：万元）", "（注：表中为部分学会）", "（说明：得分保留一位小数）", "（表中数据未经审计）"]
)
def test_a_tables_unit_or_note_in_brackets_over_its_rows_is_the_bodys_not_its_source(note):
    """（单位：万元） over a table's rows: the table's own line, not the story's source (the rows after it were
    strays)."""
    rows = ["重庆市医学会\t学术交流\t30", "重庆市农学会\t科技服务\t25"]
    item = page("一条新闻的标题", "本报讯 " + LONG, note, *rows, "据介绍，项目实施周期为一年。").items[0]
    noted_last = lines_page("一条新闻的标题", "", "本报讯 " + LONG, *rows, note, "据介绍，项目实施周期为一年，共资助十二家学会。")
    assert noted_last.items[0].paragraphs[-2:] == [note, "据介绍，项目实施周期为一年，共资助十二家学会。"]
    assert item.source is None and note not in item.credit_lines
    assert "stray_returned" not in [repair.code for repair in item.repairs]
    assert item.paragraphs[-4:] == [note, *rows, "据介绍，项目实施周期为一年。"]


@pytest.mark.parametrize(("signature", "source"), [("渝科", "渝科"), ("川科", "川科"), ("宁记", "宁记")])
def test_a_desks_mark_alone_under_the_last_paragraph_is_the_source(signature, source):
    """渝科 on its own line was left as the story's last paragraph, 宁记 was its author; in brackets each
    was the source already."""
    item = page("一条新闻的标题", "本报讯 " + LONG, signature, "第二条新闻的标题", "本报讯 " + LONG).items[0]
    assert item.source == source
    assert item.bylines == []


@pytest.mark.parametrize(
    ("credit", "bylines", "source"),
    [
        ("文/万州区科协", [], "万州区科协"),
        ("万州区科协/文", [], "万州区科协"),
        # a body that gave the pictures: no source, and no photographer (南川区科协, 经开区科协 and 县科协 were
        # photographers, as if persons)
        ("文/陈晓 图/南川区科协", [("author", "陈晓")], None),
        ("图片：省科协科技服务中心", [], None),
        ("图片：经开区科协", [], None),
        ("图片｜县科协", [], None),
        # a body's department, a body's context form before its person (the first was the page's banner,
        # the second a paragraph of the story)
        ("文字 | 市科协学会部", [], "市科协学会部"),
        ("图文 | 市科协学会部 张小凡", [("author", "张小凡"), ("photographer", "张小凡")], "市科协学会部"),
        ("文/张三", [("author", "张三")], None),
        # a person whose given name is a body's ending (王学会 and 刘学会 were bodies: no byline, or the source)
        ("文/李明 图/王学会", [("author", "李明"), ("photographer", "王学会")], None),
        ("摄影：张学会", [("photographer", "张学会")], None),
        ("文/图 刘学会", [("author", "刘学会"), ("photographer", "刘学会")], None),
        # the body, then its person: the source and the person's byline (the body was a photographer,
        # or the line the 副题)
        ("文/图 越西县科协 阿苦日者", [("author", "阿苦日者"), ("photographer", "阿苦日者")], "越西县科协"),
        ("文/图 黔江区科协 向 敏", [("author", "向敏"), ("photographer", "向敏")], "黔江区科协"),
        ("德阳市科协 王芳 文/图", [("author", "王芳"), ("photographer", "王芳")], "德阳市科协"),
    ],
)
def test_a_credit_line_naming_a_body_gives_the_source_not_an_author(credit, bylines, source):
    (item,) = page("万州区科协开展科技志愿服务活动", credit, LONG).items
    assert [(b.role, b.name) for b in item.bylines] == bylines
    assert item.source == source
    assert credit in item.credit_lines


@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        # a WeChat post's headline under its label ends in a body: it was the story before's credit, its
        # source 区科协走访区人民医院, and the two stories one
        ("图文丨区科协走访区人民医院", "7月3日，区科协党组书记刘明带队走访区人民医院。"),
        ("图文 区科协走访区人民医院", "7月3日，区科协党组书记刘明带队走访区人民医院。"),
        ("图文｜市科协调研西南大学", "本报讯（通讯员 李华）7月3日，市科协党组书记一行到西南大学调研。"),
        ("图文 | 区科协揭牌成立科普服务中心", "7月3日，区科协揭牌成立科普服务中心。"),
    ],
)
def test_a_labelled_headline_ending_in_a_body_is_no_credit(headline, lead):
    first, second = page("区科协开展科技工作者日活动", "本报讯 " + LONG, headline, lead).items
    assert first.source is None and headline not in first.credit_lines
    assert second.title.endswith(headline[3:].strip(" |｜丨"))


def test_a_headline_with_nothing_under_it_is_flagged():
    """迎虎年（书法） over （关山月）: the artist is credited, and an editor is told there is no text."""
    first, second = page("迎虎年（书法）", "（关山月）", "一条新闻的标题", "本报讯 " + LONG).items
    assert [b.name for b in first.bylines] == ["关山月"]
    assert "no_body" in codes(first) and "no_body" not in codes(second)


def test_page_jumps_are_flagged_not_sources():
    """（下转第4版） ends this page's part of a story; （上接第1版） opens the rest of one begun elsewhere."""
    result = page(
        "（上接第1版）",
        "科技志愿者还为村民讲解了安全用电知识，发放科普资料2000余份。",
        "（江津区科协）",
        "璧山区科协召开全委会议",
        "本报讯（通讯员 陈亮）日前，璧山区科协召开二届五次全委会议，总结上半年工作。",
        "会议要求，全区科协系统要聚焦主责主业，扎实推进科普工作。（下转第4版）",
        "（上接第２版）专家们表示，将持续开展科技服务，助力企业发展。",
        "（綦江区科协）",
    )
    rest, meeting, other_rest = result.items
    assert meeting.title == "璧山区科协召开全委会议" and meeting.source is None
    assert codes(meeting) == ["continues_elsewhere"] and "（下转第4版）" in meeting.credit_lines
    assert meeting.paragraphs[-1] == "会议要求，全区科协系统要聚焦主责主业，扎实推进科普工作。"
    for item, source, first in [(rest, "江津区科协", "科技志愿者"), (other_rest, "綦江区科协", "专家们表示")]:
        assert item.title == "" and item.source == source
        assert codes(item) == ["continued_from"]
        assert item.paragraphs[0].startswith(first)
    assert "第2版" in other_rest.flags[0].message


def test_a_page_pasted_as_one_line_is_flagged_story_text_not_metadata():
    """A copy that lost every line break: the whole text waits for an editor instead of vanishing into the footer."""
    seed = next((Path(__file__).resolve().parents[2] / "seeds").glob("002_*.txt")).read_text(encoding="utf-8")
    result = page(seed.replace("\n", ""))
    assert result.meta.source_lines == []
    [item] = result.items
    assert "unplaced_paragraph" in codes(item)
    assert "德阳市科协推广使用“学习强国”平台" in item.paragraphs[0]


@pytest.mark.parametrize(
    "banner",
    ["第3版  区县科协", "03版：要闻", "A2版 | 科普", "第三版", "科技活动周 | 图说",
     "国际交流 INTERNATIONAL EXCHANGE"],  # a section and its English in capitals (it was the title)
)
def test_page_number_line_is_a_banner(banner):
    """The page's number and section (or a section and its column) head the page; the headline under
    them stays the article's."""
    result = page(banner, "綦江区院士专家工作站揭牌", "本报记者 陈静", LONG)
    assert result.meta.banners == [banner]
    assert [item.title for item in result.items] == ["綦江区院士专家工作站揭牌"]


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("🔥 重磅！第十届川渝科技学术大会在渝开幕", "重磅！第十届川渝科技学术大会在渝开幕"),  # the 🔥 was the title
        ("第十届川渝科技学术大会在渝开幕 🎉", "第十届川渝科技学术大会在渝开幕"),
    ],
)
def test_an_ornament_set_apart_in_a_headline_stays_with_its_words(headline, title):
    """The emoji set apart is no 引题 or 副题 of its own; it is taken off the title (and recorded)."""
    (item,) = page(headline, "本报记者 陈静", LONG).items
    assert (item.kicker, item.title, item.subtitle) == ("", title, "")


@pytest.mark.parametrize("headline", ["重磅 | 首批科技服务站名单公布", "科普 | 冬季如何预防流感"])
def test_a_posts_category_before_its_title_is_no_banner(headline):
    result = page(headline, "本报记者 陈静", LONG)
    assert result.meta.banners == []
    assert [(item.kicker, item.title) for item in result.items] == [tuple(headline.split(" | "))]


@pytest.mark.parametrize(
    "headline",
    ["第3版《科普读本》发布", "第3版科普读本发布会举行"],  # no space or mark after 版: a headline
)
def test_headline_opening_with_an_edition_is_no_banner(headline):
    result = page(headline, "本报记者 陈静", LONG)
    assert result.meta.banners == [] and result.items[0].title == headline


def test_kicker_ending_in_a_colon_reads_into_the_title():
    """江津区科协： over 科技助农 春耕忙 is one title cut after its colon (as 綦江区：… is printed whole)."""
    item = page("江津区科协：", "科技助农 春耕忙", "本报记者 陈静", LONG).items[0]
    assert (item.kicker, item.title, item.subtitle) == ("", "江津区科协：科技助农 春耕忙", "")
    assert item.paragraphs == [LONG.replace(",", "，")]


def test_colon_line_inside_a_story_still_opens_its_list():
    """A longer line ending in a colon inside a story is the story's, not a headline."""
    items = page("标题在这里", "本报记者 王明", LONG, "会议对下一步工作提出三点要求：", "加强组织领导", LONG).items
    assert len(items) == 1 and "会议对下一步工作提出三点要求：" in items[0].paragraphs


@pytest.mark.parametrize(
    ("post", "name"),
    [
        ("主席：", "王\u3000平"),
        ("主\u3000席：", "王平"),
        ("秘书长：", "李　刚"),
        ("常务委员会委员（以姓氏笔画为序）：", "马　骏"),
    ],
)
def test_a_post_over_the_name_elected_to_it_is_the_lists_not_a_headline(post, name):
    """主席： over 王　平 in a 公报: the post and the name elected to it (it was a second item titled 主席：
    with 王平 as its author)."""
    lines = ["重庆市科协九届一次全委会公报", "会议选举产生了重庆市科协第九届委员会主席、副主席。", post, name, "（渝科）"]
    (item,) = page(*lines).items
    assert item.bylines == [] and item.paragraphs[1:] == [post, name]


@pytest.mark.parametrize(
    ("closing", "source", "bylines"),
    [
        ("（李华）", None, [("author", "李华")]),
        ("(渝科)", "渝科", []),
        ("（完）", None, []),  # an end mark: neither source nor author
    ],
)
def test_one_paragraph_brief_closed_in_its_lead(closing, source, bylines):
    """本报讯 …任务。（李华）: the attribution closes the brief, and the next headline starts the next one."""
    result = page("第一条标题", "本报讯 " + LONG + closing, "第二条标题", "本报讯 " + LONG)
    first = result.items[0]
    assert [item.title for item in result.items] == ["第一条标题", "第二条标题"]
    assert first.paragraphs == [LONG.replace(",", "，")] and closing in first.credit_lines
    assert first.source == source and [(b.role, b.name) for b in first.bylines] == bylines
    assert "incomplete_paragraph" not in codes(first)


def test_end_mark_on_its_own_line_is_no_source():
    item = page("标题在这里", "本报记者 王明", LONG, "（完）").items[0]
    assert item.source is None and "（完）" in item.credit_lines


STORY_A = "近日，南岸区科协联合南坪街道开展科普进社区活动，邀请专家为居民讲解健康饮食知识。"
STORY_B = "3月12日，北碚区第五届青少年机器人竞赛在区科技馆举行，全区26所中小学的180名学生参赛。"
STORY_C = "3月15日，长寿区科协召开三届五次全委会，总结去年工作，部署今年重点任务。"


def test_stories_without_bylines_split_at_headlines_over_news_leads():
    """A web page's stories print no byline: a headline over 3月12日，… after a story that opened so is the next story."""
    result = page("南岸区科协开展科普进社区活动", STORY_A, "北碚区举办青少年机器人竞赛", STORY_B, "长寿区科协召开全委会", STORY_C)
    titles = [item.title for item in result.items]
    assert titles == ["南岸区科协开展科普进社区活动", "北碚区举办青少年机器人竞赛", "长寿区科协召开全委会"]
    assert [codes(item).count("headline_or_subheading") for item in result.items] == [0, 1, 1]


def test_a_pictures_caption_and_credit_inside_a_story_leave_it_whole():
    """孩子们体验科普展品 over 本报记者 王芳 摄 over 6月2日，… inside a story had opened a new story, and the
    story above lost its closing attribution (a headline over a picture's credit over a lead is not
    enough to tell the next story from the same story's picture)."""
    result = page("科普大篷车开进武陵山区", "本报记者 王芳 摄", "6月1日，重庆市科协科普大篷车开进酉阳县花田乡，为500余名小学生送去科普盛宴。",
                  "孩子们体验科普展品", "本报记者 王芳 摄", "6月2日，大篷车又来到酉阳县车田乡，志愿者们为村民讲解防灾减灾知识。", "（渝科）")
    (item,) = result.items
    assert item.source == "渝科"


@pytest.mark.parametrize(
    ("credit", "photographer", "items"),
    [("本报记者 谭林 摄", "谭林", 1), ("通讯员 李明 摄", "李明", 2)],
)
def test_a_caption_printed_on_the_line_that_ends_a_cut_sentence_leaves_the_sentence_to_the_story(credit, photographer, items):
    """…截至11月末， over 专家大院已带动…20万亩。图为专家在…。 X 摄: the words before 图为 finish the story's
    sentence (they had gone into the caption, the story left flagged incomplete)."""
    result = page(
        "巫山县科协：脆李专家大院结硕果", "本报记者 谭 林", "12月5日，巫山县科协在曲尺乡建立脆李专家大院，截至11月末，",
        f"专家大院已带动全县发展脆李种植20万亩。图为专家在柑园村指导果农修剪脆李树。 {credit}",
    )
    assert len(result.items) == items
    story = result.items[0]
    assert story.paragraphs == ["12月5日，巫山县科协在曲尺乡建立脆李专家大院，截至11月末，专家大院已带动全县发展脆李种植20万亩。"]
    assert "incomplete_paragraph" not in codes(story)
    (caption,) = result.items[-1].captions
    assert (caption.text, caption.photographer) == ("图为专家在柑园村指导果农修剪脆李树。", photographer)


def test_a_captions_own_first_sentence_stays_in_the_caption():
    """5月5日，…举办活动。图为活动现场。 刘洋 摄 under a finished paragraph: one caption, its news sentence too."""
    result = page("德阳市科协开展宣传月活动", "本报讯（通讯员 刘 洋）" + STORY_B, "5月5日，市科协在文庙广场举办活动。图为活动现场。 刘洋 摄")
    (item,) = result.items
    assert item.paragraphs == [STORY_B]
    assert [caption.text for caption in item.captions] == ["5月5日，市科协在文庙广场举办活动。图为活动现场。"]


@pytest.mark.parametrize(
    "since",
    [
        "5月以来，",
        "今年5月以来，",
        "3月份以来，",
        # the day named, or the occasion it happened on (several stories had merged, no flag)
        "5月30日是第二个“全国科技工作者日”，",
        "在新春来临之际，",
        "值此“全国科技工作者日”之际，",
    ],
)
def test_a_lead_that_opens_with_since_a_month_or_an_occasion_is_a_news_lead_too(since):
    """北碚区科协深入开展科技助农 over 5月以来，…: the next story (it was a sub-heading of the one above)."""
    lead = f"{since}北碚区科协组织科技志愿者深入田间地头，开展技术培训20余场。"
    result = page("南岸区科协开展科普进社区活动", STORY_B, "北碚区科协深入开展科技助农", lead)
    assert [item.title for item in result.items] == ["南岸区科协开展科普进社区活动", "北碚区科协深入开展科技助农"]
    assert codes(result.items[1]) == ["headline_or_subheading"]  # shown to an editor: no byline proves it


@pytest.mark.parametrize(
    ("headline", "title", "kicker"),
    [
        (("重庆邮电大学通信与信息工程学院学子", "获全国大学生电子设计竞赛一等奖"),
         "重庆邮电大学通信与信息工程学院学子获全国大学生电子设计竞赛一等奖", ""),
        (("界石镇", "“科普小院”飘出茶香"), "“科普小院”飘出茶香", "界石镇"),
    ],
)
def test_a_headline_on_two_lines_over_a_lead_opens_the_next_story(headline, title, kicker):
    """A headline printed on two lines over a dated lead, after a story: the next story (its lines were
    that story's paragraphs, the second glued to the lead, and the next story's credit went to it)."""
    result = page("巴南区科协召开第四次代表大会", "本报讯（记者 王静）4月24日，巴南区科协第四次代表大会在鱼洞街道召开。",
                  *headline, "4月20日，在界石镇桂花村的“科普小院”里，茶叶专家正在给村民讲解春茶采摘技术。", "（记者 曾刚 通讯员 刘敏）")
    first, second = result.items
    assert [b.name for b in first.bylines] == ["王静"] and len(first.paragraphs) == 1
    assert (second.kicker, second.title) == (kicker, title)
    assert [b.name for b in second.bylines] == ["曾刚", "刘敏"]


@pytest.mark.parametrize(
    ("place", "heading", "text"),
    [
        ("石柱县", "中益乡“科技小院”建起来了", "石柱县中益乡今年建起“科技小院”，带动蜂农增收。"),
        ("永川区", "科技特派员进村入户", "区科协组织30名科技特派员深入村社，开展种养殖技术指导。"),
    ],
)
def test_a_place_over_a_subheading_over_its_text_is_the_storys_section(place, heading, text):
    """石柱县 / 中益乡“科技小院”建起来了 / undated prose in a story: a part of the round-up, its place and its
    heading (the place signed the story above as its author, and the heading opened a story of its own)."""
    (item,) = page("我市召开科技助农工作推进会", "本报记者 李 华", "6月12日，我市召开科技助农工作推进会。",
                   f"{place}\n{heading}", text, "会议要求，各地要加快推进科技助农工作。（渝科）").items
    assert [b.name for b in item.bylines] == ["李华"] and item.source == "渝科"
    assert item.subheadings == [place, heading] and item.paragraphs[-2:] == [text, "会议要求，各地要加快推进科技助农工作。"]


@pytest.mark.parametrize(
    ("lead", "split"),
    [
        ("武胜县人民医院联合县科协在沿口镇开展“健康科普进社区”活动。", True),  # the headline's subject opens it
        ("医院联合县科协在沿口镇开展“健康科普进社区”活动。", False),
        ("武胜县人民医院还在沿口镇开展“健康科普进社区”活动。", False),  # 还: more of the story above
        ("武胜县人民医院同时在沿口镇开展“健康科普进社区”活动。", False),
    ],
)
def test_a_brief_whose_lead_opens_with_its_headlines_subject_is_no_subheading(lead, split):
    """武胜县人民医院举办科普活动 over 武胜县人民医院联合…, after a brief of one paragraph: the next brief,
    though its lead has no date (it was a sub-heading, and the brief above took its attribution); a lead
    that goes on from the subject with 还 or 同时 tells more of the brief above, under its sub-heading."""
    result = page("前锋区代市镇举行科普讲座", "10月10日，前锋区科协在代市镇举办防灾减灾科普讲座，200余名群众参加。",
                  "武胜县人民医院举办科普活动", lead, "（武胜县科协 曾敏）")
    assert [item.title for item in result.items] == (
        ["前锋区代市镇举行科普讲座", "武胜县人民医院举办科普活动"] if split else ["前锋区代市镇举行科普讲座"]
    )
    assert result.items[0].source == (None if split else "武胜县科协")


@pytest.mark.parametrize(
    ("gap", "banners", "kicker"),
    [
        ("\n", [], "科技助农 振兴有我"),  # set on its headline's line, the lead apart: the 引题
        ("\n\n", ["科技助农 振兴有我"], ""),  # apart from the headline as the headline from its lead: a banner
    ],
)
def test_a_couplet_set_right_over_its_headline_is_its_kicker(gap, banners, kicker):
    """科技助农 振兴有我 on the line right over a headline with its own 本报讯 lead: the 引题 (it was the page's
    banner); a section's banner stands apart (决战脱贫攻坚 决胜全面小康)."""
    result = split_page(
        f"绵阳日报  2024年5月22日\n\n科技助农 振兴有我{gap}市科协“科技小院”扎根大康镇\n\n"
        "本报讯（记者 王建军）5月20日，绵阳市科协在江油市大康镇举行“科技小院”揭牌仪式。"
    )
    (item,) = result.items
    assert (item.kicker, item.title) == (kicker, "市科协“科技小院”扎根大康镇")
    assert result.meta.banners == banners


@pytest.mark.parametrize(
    ("caption", "photo"),
    [
        ("3月25日，宜宾市第一人民医院专家团队走进屏山县开展健康科普讲座。图为讲座现场。", True),
        ("3月25日，长宁县科协专家在竹海镇指导竹农。图为指导现场。", False),  # the story's own picture
    ],
)
def test_a_dated_caption_about_another_body_under_a_story_is_a_photo_item(caption, photo):
    """…。图为讲座现场。 over 记者 张明 摄 between two stories, about a body the story above does not name: a
    photo news item (it was that story's paragraph, and its photographer the story's byline)."""
    result = page("宜宾日报  2024年3月27日", "长宁县竹产业协会邀请专家“会诊”竹林",
                  "近日，长宁县科协联合县竹产业协会，邀请宜宾学院专家走进竹海镇，围绕竹林丰产培育开展技术指导。",
                  f"{caption}\n记者 张明 摄", "叙州区：“科技之春”活动启动",
                  "本报讯（通讯员 陈茜）3月22日，叙州区2024年“科技之春”科普活动月启动仪式在南岸街道举行。")
    assert [item.kind for item in result.items] == (["article", PHOTO, "article"] if photo else ["article", "article"])
    if photo:
        assert [(c.text, c.photographer) for c in result.items[1].captions] == [(caption, "张明")]
        assert result.items[0].bylines == [] and caption not in result.items[0].paragraphs


@pytest.mark.parametrize(
    ("lead", "caption", "photo"),
    [
        ("5月29日，市科协举办科技工作者座谈会，20余名代表参加。",
         "5月29日，重庆市科学技术协会在科技会堂举办座谈会。图为座谈会现场。", False),  # 市科协, in full
        ("5月29日，重庆科协举办科技工作者座谈会，20余名代表参加。",
         "5月29日，重庆市科学技术协会在科技会堂举办座谈会。图为座谈会现场。", False),
        ("5月29日，市老科协举办科技工作者座谈会，20余名代表参加。",
         "5月29日，重庆市老科学技术工作者协会在科技会堂举办座谈会。图为座谈会现场。", False),
        ("5月29日，市科协举办科技工作者座谈会，20余名代表参加。",
         "5月29日，重庆市花卉盆景协会在南山植物园举办盆景展。图为展览现场。", True),  # another body
    ],
)
def test_a_dated_caption_naming_the_storys_body_in_another_form_is_its_own(lead, caption, photo):
    """A dated 图为… caption under a story, naming the story's body in another form (市科协 in the story,
    重庆市科学技术协会 in the caption): the story's own picture, not a photo item that takes the story's
    organization and region with it."""
    result = page("市科协举办科技工作者座谈会", f"本报讯（记者 王敏）{lead}", f"{caption}\n本报记者 王敏 摄",
                  "川渝科协签署合作协议", "本报讯（记者 陈静）7月8日，川渝两地科协在成都签署合作协议。（渝科）")
    assert [item.kind for item in result.items] == (["article", PHOTO, "article"] if photo else ["article", "article"])
    assert (caption in result.items[0].paragraphs) != photo


def test_a_section_opening_with_this_year_stays_a_section():
    """今年以来，… is how a feature's sections open as often as a story: no split."""
    (item,) = page("南岸区科协开展科普进社区活动", STORY_B, "科普阵地遍地开花", "今年以来，南岸区新建社区科普大学教学点6个。").items
    assert item.subheadings == ["科普阵地遍地开花"]


@pytest.mark.parametrize("between", [[], ["策划：王刚 作者：张丽"]])
def test_a_headline_with_a_comma_opening_the_page_over_prose_is_its_title(between):
    """冬季流感高发，这份防护指南请收好 first on the page, over the post's text: its headline (elsewhere
    a line with a comma needs a byline, a lead or a 副题 under it to be one)."""
    result = page("冬季流感高发，这份防护指南请收好", *between, "进入冬季，流感进入高发期。很多人分不清普通感冒和流感，其实两者有很大区别。")
    assert [item.title for item in result.items] == ["冬季流感高发，这份防护指南请收好"]
    assert not codes(result.items[0])


CLOSED_STORY = ("荣昌区科协开展科普活动", "本报讯 7月20日，荣昌区科协在昌州街道开展科普活动，发放资料2000余份。（记者 张三）")


def test_a_headline_with_a_comma_after_a_story_its_attribution_closed_opens_the_next():
    """科技赋能，乡村振兴跑出加速度 under （记者 张三）: the next story's headline (it was glued to that
    story's first paragraph and both given to the story above as a stray paragraph)."""
    result = page(*CLOSED_STORY, "科技赋能，乡村振兴跑出加速度", "走进潼南区柏梓镇，一排排现代化大棚映入眼帘。近年来，当地依托科技小院发展特色产业。")
    assert [item.title for item in result.items] == ["荣昌区科协开展科普活动", "科技赋能，乡村振兴跑出加速度"]
    assert result.items[1].paragraphs[0].startswith("走进潼南区")


@pytest.mark.parametrize(
    "stray",
    [
        "发放资料2000余份，受到居民欢迎",  # a repeat of the story's own text
        "活动现场，科技志愿者为居民讲解了健康知识和防诈骗常识，并解答",  # longer than a headline: a cut paragraph
    ],
)
def test_a_comma_line_after_an_attributed_story_that_is_its_text_is_no_headline(stray):
    closed = (CLOSED_STORY[0], CLOSED_STORY[1].replace("发放资料2000余份。", "发放资料2000余份，受到居民欢迎。"))
    result = page(*closed, stray, "了居民提出的问题。")
    assert [item.title for item in result.items] == ["荣昌区科协开展科普活动"]


FEATURE = "在潼南区柏梓镇的科技小院里，几名年轻人正在调试无人机。“今年我们用无人机飞防，节省人工一半以上。”"


@pytest.mark.parametrize(
    ("heading", "lead", "split"),
    [
        ("万州区科协举办科普讲座", "7月22日，万州区科协邀请专家走进社区，开展防溺水安全科普讲座。", True),
        ("万州区科协举办科普讲座", "7月22日，专家走进社区，为居民开展防溺水安全科普讲座。", False),  # no subject again
        ("无人机飞进田间地头", "7月22日，万州区科协邀请专家走进社区，开展防溺水安全科普讲座。", False),  # no subject
    ],
)
def test_a_news_story_after_a_feature_opens_where_its_lead_names_the_headlines_subject(heading, lead, split):
    """After a feature with no lead of its own, a headline over a lead naming its subject again
    (万州区科协 … 万州区科协邀请…) is the next story, flagged for an editor to confirm."""
    items = page("科技小院里的“新农人”", "文/图 张三", FEATURE, heading, lead).items
    assert [item.title for item in items] == (["科技小院里的“新农人”", heading] if split else ["科技小院里的“新农人”"])
    assert ("headline_or_subheading" in codes(items[-1])) == split


@pytest.mark.parametrize("box", ["小贴士", "【相关链接】", "名词解释", "■ 记者手记"])
def test_a_news_story_after_a_features_box_opens_where_its_lead_names_the_headlines_subject(box):
    """A feature's box (小贴士 over its text) divides no round-up: a headline over a lead naming its subject
    again after it is the next story, flagged (it was the feature's sub-heading, unflagged)."""
    lead = "7月22日，万州区科协邀请专家走进社区，开展防溺水安全科普讲座。"
    items = page("科技小院里的“新农人”", "文/图 张三", FEATURE, box, "花椒采收后应及时修剪，剪去病虫枝。",
                 "万州区科协举办科普讲座", lead).items
    assert [item.title for item in items] == ["科技小院里的“新农人”", "万州区科协举办科普讲座"]
    assert items[0].subheadings == [box] and items[1].paragraphs == [lead]
    assert "headline_or_subheading" in codes(items[1])


@pytest.mark.parametrize(
    ("first_paragraph", "heading"),
    [
        (STORY_A, "搭建服务平台"),  # a short phrase: a sub-heading
        ("今年以来，全区科协系统围绕中心工作，扎实推进各项任务。", "北碚区举办青少年机器人竞赛"),  # no news lead above
    ],
)
def test_sub_headings_of_one_story_stay(first_paragraph, heading):
    items = page("全区科协工作综述", first_paragraph, heading, STORY_B).items
    assert len(items) == 1 and items[0].subheadings == [heading]


def test_wechat_section_numbers_join_their_headings():
    """01 over 科技特派员扎根田间: one sub-heading, numbered as printed."""
    item = page("工作综述标题", "文 | 张晓", STORY_A, "01", "科技特派员扎根田间", STORY_B, "02", "院士专家工作站赋能产业", STORY_C).items[0]
    assert item.subheadings == ["01 科技特派员扎根田间", "02 院士专家工作站赋能产业"]
    assert len(item.paragraphs) == 3


@pytest.mark.parametrize(("credit", "photographer"), [("图 | 李明", "李明"), ("本报记者 王明", None)])
def test_marked_caption_without_credit_is_the_articles_picture(credit, photographer):
    """▲科技特派员在田间指导。 is a caption; its photographer is the article's when it names one."""
    item = page("工作综述标题", credit, STORY_A, "▲科技特派员在田间指导。").items[0]
    assert [(c.text, c.photographer) for c in item.captions] == [("▲科技特派员在田间指导。", photographer)]
    assert item.paragraphs == [STORY_A]


@pytest.mark.parametrize(
    ("issuer", "source"),
    [
        ("重庆市科学技术协会", "重庆市科学技术协会"),
        ("南岸区科协", "南岸区科协"),
        # signed with a province's department, or by a 科协's own (no source, the date was the page's)
        ("四川省科学技术协会 四川省科学技术厅", "四川省科学技术协会、四川省科学技术厅"),
        ("四川省科学技术协会 四川省教育厅", "四川省科学技术协会、四川省教育厅"),
        ("重庆市科协科普部", "重庆市科协科普部"),
        ("四川省科协学会学术部", "四川省科协学会学术部"),
        ("四川省科协青少年科技教育处", "四川省科协青少年科技教育处"),  # an office named 处 (it was no source)
    ],
)
def test_notice_signature_date_stays_in_the_notice_and_dates_it(issuer, source):
    """重庆市科学技术协会 over 2022年8月20日 signs a notice: both stay its text, the date is its date, not the
    page's, and the issuer is its source (it had none)."""
    result = page("关于开展全国科普日活动的通知", "各区县科协：", LONG, issuer, "２０２２年８月２０日")
    item = result.items[0]
    assert item.paragraphs[-2:] == [issuer, "2022年8月20日"]
    assert item.date == dt.date(2022, 8, 20) and result.meta.page_date is None
    assert item.source == source


@pytest.mark.parametrize(
    ("line", "signs"),
    [
        ("四川省科协青少年科技教育处", True),
        ("市科协计划财务处", True),
        # 处 the place or the act, and the 科协's people or party branch, sign nothing
        ("宣传单摆满了科协到处", False),
        ("违规问题已移交科协查处", False),
        ("科协干部", False),
        ("科协机关党支部", False),
    ],
)
def test_a_kexies_office_signs_but_a_place_or_an_act_does_not(line, signs):
    from articles.textpipeline.shapes_notices import is_issuer

    assert is_issuer(line) is signs


@pytest.mark.parametrize(
    ("signature", "date"),
    [("南充市科学技术协会 2024年3月10日", dt.date(2024, 3, 10)), ("南岸区科协  二○二四年一月二十二日", dt.date(2024, 1, 22))],
)
def test_a_notices_signature_on_one_line_stays_in_the_notice_and_dates_it(signature, date):
    """南充市科学技术协会 2024年3月10日 under a notice's text: its issuer and date flattened onto one line, its
    last paragraph, its date and source (it was taken for a post's site and date, and lost from the text)."""
    result = page("关于公布科普讲解大赛决赛结果的通知", "各县（市、区）科协：", "一等奖：何欣悦（西华师范大学）", signature)
    (item,) = result.items
    assert item.paragraphs[-1] == signature and item.date == date
    assert item.source == signature.split()[0] and (result.meta.site, result.meta.page_date) == (None, None)


def test_a_posts_site_and_date_under_a_notice_stay_the_pages():
    """四川科协 2024-03-25 under a notice's text: a post's site and date (by digits and dashes, no 年月日), the
    page's, as before; no signature."""
    result = page("关于公布科普讲解大赛决赛结果的通知", "各县（市、区）科协：", LONG, "四川科协 2024-03-25")
    assert result.items[0].paragraphs[-1] == LONG.replace(",", "，") and result.items[0].source is None
    assert (result.meta.site, result.meta.page_date) == ("四川科协", dt.date(2024, 3, 25))


def test_bare_date_after_a_story_is_still_page_metadata():
    """Without an issuer above it, a date line is the page's (a WeChat post's date, a web page's)."""
    result = page("标题在这里", "本报记者 王明", LONG, "2022年8月20日")
    assert result.meta.page_date == dt.date(2022, 8, 20) and result.items[0].paragraphs == [LONG.replace(",", "，")]


def test_web_stories_each_with_its_info_line():
    """A web page's headline stands over its info line: each story gets its own source, author and date."""
    result = page(
        "【科协动态】万州区科协开展科技志愿服务",
        "时间：2022-03-18 09:30:00  来源：万州区科协  点击：123",
        "作者：张三 单位：万州区科协",
        "3月16日，万州区科协组织科技志愿者走进五桥街道，开展健康义诊和科普宣传活动。",
        "图为志愿者为居民测量血压。",
        "----------",
        "开州区科协召开学会工作会",
        "2022/3/17 来源：开州区科协",
        "3月17日，开州区科协召开2022年学会工作会议，全区18个学会负责人参会。",
    )
    first, second = result.items
    assert (first.title, first.source, [b.name for b in first.bylines]) == ("万州区科协开展科技志愿服务", "万州区科协", ["张三"])
    assert [c.text for c in first.captions] == ["图为志愿者为居民测量血压。"]
    assert (second.title, second.source, second.date) == ("开州区科协召开学会工作会", "开州区科协", dt.date(2022, 3, 17))
    assert second.flags == [] and result.meta.page_date == dt.date(2022, 3, 18)


@pytest.mark.parametrize(("mark", "name"), [("□ 陈思", "陈思"), ("■ 陈思", "陈思"), ("◎李明远", "李明远"), ("□ 王 明", "王明")])
def test_a_marked_name_under_the_last_paragraph_is_the_author(mark, name):
    """□ 陈思 closing a story: its author behind a mark (it stayed a paragraph; ■ 陈思 a sidebar line)."""
    result = page("涪陵区科协开展义诊活动", STORY_B, mark, "綦江区科协开展科普活动", STORY_C)
    first, second = result.items
    assert [b.name for b in first.bylines] == [name] and first.paragraphs == [STORY_B]
    assert second.title == "綦江区科协开展科普活动"


def test_marked_lines_that_are_no_names_stay_the_storys():
    item = page("让科普之光照亮山乡", STORY_A, "■ 科普活动120场", "■ 培训5000人次").items[0]
    assert item.bylines == [] and [b.kind for b in item.blocks] == ["paragraph", "sidebar"]


@pytest.mark.parametrize("heading", ["往期回顾", "往期推荐", "推荐阅读", "🌟往期回顾🌟", "▼ 往期推荐 ▼", "—— 推荐阅读 ——"])
def test_long_numbered_post_titles_under_a_recommendations_heading_are_navigation(heading):
    """Numbered titles of other posts under 往期回顾, however long: links (of 18 characters or more
    they read as story text and became an item without a headline)."""
    titles = ["1.省科协召开党史学习教育专题会议", "2.四川省第十一届青少年科技创新大赛圆满落幕", "3.院士专家走进凉山州开展科技服务"]
    result = page("成都市科协举办“天府科技云”服务培训", STORY_B, heading, *titles)
    (item,) = result.items
    assert item.paragraphs == [STORY_B]
    assert all(title in result.meta.boilerplate for title in titles)


@pytest.mark.parametrize("heading", ["相关新闻", "■相关新闻", "【相关新闻】"])
def test_marked_headlines_over_their_stories_under_a_related_news_heading_are_stories(heading):
    """相关新闻 over ● 潼南区科协…举办… over its lead: each related story an item under its headline, the mark
    taken out (the first headline was the feature's sidebar line and its story an item with no headline)."""
    first, second = "7月5日，潼南区科协在潼南区举办“川渝科普大讲堂”。", "近日，荣昌区科协与内江市科协共同授牌科普示范基地5个。"
    items = page("川渝科协携手共建科技创新高地", "本报记者 孙悦", "7月4日，川渝科协协同发展联席会议在遂宁市召开。", heading,
                 "●潼南区科协与船山区科协联合举办科普讲座", first, "●荣昌内江共建科普示范基地", second, "（渝科）").items
    assert [item.title for item in items] == ["川渝科协携手共建科技创新高地", "潼南区科协与船山区科协联合举办科普讲座", "荣昌内江共建科普示范基地"]
    assert [item.paragraphs for item in items[1:]] == [[first], [second]]
    assert not any(block.kind == "sidebar" for block in items[0].blocks)


def test_marked_briefs_with_the_headline_run_into_the_lead_are_cut_apart():
    """■江津区科协开展… 近日，…（江津区科协）: each a brief with its headline (the lines were remainders,
    no item at all)."""
    result = page(
        "■江津区科协开展科普进社区活动 近日，江津区科协在滨江社区开展活动，发放科普资料800余份。（江津区科协）",
        "■ 綦江区科协举办科技培训班　5月16日，綦江区科协组织专家到三角镇开展科技培训。（綦江区科协）",
    )
    assert [(i.title, i.paragraphs, i.source) for i in result.items] == [
        ("江津区科协开展科普进社区活动", ["近日，江津区科协在滨江社区开展活动，发放科普资料800余份。"], "江津区科协"),
        ("綦江区科协举办科技培训班", ["5月16日，綦江区科协组织专家到三角镇开展科技培训。"], "綦江区科协"),
    ]
    assert result.remainders == [] and all(i.flags == [] for i in result.items)


@pytest.mark.parametrize("mark", ["■", ""])
def test_a_briefs_columns_run_in_briefs_after_a_story_are_items_of_their_own(mark):
    """科技简讯 over 我国首台大型盾构机下线 近日，…（张 晔）, marked or not, after a feature: the column's
    name is a banner and each brief an item with its run-in headline and author (the column's name
    had been the feature's sub-heading and the first brief its paragraph, its author the feature's)."""
    result = page(
        "“天宫”迎来首批访客", "本报记者 付毅飞", "6月17日9时22分，神舟十二号载人飞船在酒泉卫星发射中心点火发射。",
        "科技简讯",
        mark + "我国首台大型盾构机下线 近日，中国铁建重工集团在湖南长沙研制的直径16米级盾构机下线。（张 晔）",
        mark + "合肥建成量子保密通信城域网 记者从中国科学技术大学获悉，合肥量子城域网已覆盖8个核心网站点。（吴长锋）",
    )
    assert result.meta.banners == ["科技简讯"]
    assert [(i.title, [b.name for b in i.bylines], len(i.paragraphs)) for i in result.items] == [
        ("“天宫”迎来首批访客", ["付毅飞"], 1),
        ("我国首台大型盾构机下线", ["张晔"], 1),
        ("合肥建成量子保密通信城域网", ["吴长锋"], 1),
    ]
    assert all(i.flags == [] for i in result.items)


@pytest.mark.parametrize("heading", ["■科技简讯", "◆ 简讯"])
def test_a_marked_briefs_columns_name_over_unmarked_run_in_briefs_ends_the_story_above(heading):
    """■简讯 over 某某访问德阳 11月13日，…（德阳市科协） after a story with no attribution: the column's name is a
    banner, as unmarked, and each brief an item with its run-in headline and source (the name had been the
    story's sub-heading, the first brief its paragraph and its source the story's, the second untitled)."""
    result = page(
        "成都举办青年科学家交流周", "本报讯（记者 李明）10月9日，青年科学家交流周在成都开幕，百余名青年学者参加。",
        "省科协有关负责人表示，交流周已成为科技合作的品牌活动。",
        heading,
        "新加坡科技代表团访问绵阳 10月10日，新加坡科技代表团到绵阳市科协座谈，双方交流了科普场馆建设经验。（绵阳市科协）",
        "乐山学生走进大熊猫基地 10月11日，乐山市实验中学师生60人走进大熊猫基地，开展研学活动。（乐山市科协）",
    )
    assert result.meta.banners == [heading]
    assert [(i.title, i.paragraphs[0].split("，")[0], i.source) for i in result.items] == [
        ("成都举办青年科学家交流周", "10月9日", None),
        ("新加坡科技代表团访问绵阳", "10月10日", "绵阳市科协"),
        ("乐山学生走进大熊猫基地", "10月11日", "乐山市科协"),
    ]
    assert all(i.flags == [] for i in result.items)


def test_a_marked_briefs_name_over_undated_prose_stays_in_the_story():
    """■科普动态 over 科普大篷车开进村 村民排起长队。 inside a story: no brief runs into a dated lead under it,
    so the line is no column's name (the story is not cut)."""
    result = page(
        "让科普之光照亮山乡", "本报记者 刘洋", STORY_A, "■科普动态", "科普大篷车开进村 村民排起长队，争相领取科普资料。", STORY_C
    )
    (item,) = result.items
    assert item.paragraphs[-1] == STORY_C and result.meta.banners == []


@pytest.mark.parametrize("mark", ["■ ", ""])
def test_a_marked_line_inside_a_story_is_not_cut_into_a_brief(mark):
    line = mark + "科普大篷车开进村 5月12日，科普大篷车开进石柱县中益乡，村民排起长队。"
    (item,) = page("让科普之光照亮山乡", "本报记者 刘洋", STORY_A, line, STORY_C).items
    assert line in [b.text for b in item.blocks]


JUMPED = "本报讯（通讯员 赵敏）9月22日，德阳市科协在旌阳区东湖小学开展活动，还邀请专家为学生们讲授专题课，"
JUMPED_REST = "通过生动有趣的实验，引导孩子们走近科学、热爱科学。"


@pytest.mark.parametrize("marker_alone", [False, True])
def test_a_jump_at_the_end_of_a_paragraph_is_taken_out_and_flagged(marker_alone):
    """…专题课，（下转第2版） with the rest on no page of the copy: the marker is a credit line and the
    story flagged (printed in the paragraph, it stayed in the story's text unflagged)."""
    lines = [JUMPED, "（下转第2版）"] if marker_alone else [JUMPED + "（下转第2版）"]
    (item,) = page("德阳市科协开展科普进校园活动", *lines).items
    assert item.paragraphs == [JUMPED.removeprefix("本报讯（通讯员 赵敏）")]
    assert "（下转第2版）" in item.credit_lines
    assert "continues_elsewhere" in [flag.code for flag in item.flags]


TEASER_LEAD = "全省累计开展科普活动1.2万场，参与群众超过500万人次。"


@pytest.mark.parametrize(
    "marker",
    [
        "（详见第3版）",  # a front-page teaser's pointer to its story (it was the story's source)
        "详见第5版",  # …bare after the teaser's sentence (the line went to the page's furniture, the item had no body)
        "见A3版",  # (it stayed in the text and the paragraph was flagged as cut)
    ],
)
def test_a_teasers_pointer_to_its_page_ends_its_text_and_is_flagged(marker):
    """…500万人次。详见第5版: the sentence stays the teaser's text; the pointer is a credit line, no source."""
    (item,) = page("“科技之春”宣传月活动落幕", TEASER_LEAD + marker).items
    assert item.paragraphs == [TEASER_LEAD]
    assert item.source is None and marker in item.credit_lines
    assert codes(item) == ["continues_elsewhere"]


@pytest.mark.parametrize("pointer", ["▶详见第5版", "（见第5版）", "详见第5版"])
def test_a_teaser_with_only_its_headline_is_an_item_of_its_own(pointer):
    """●泸县玉蟾街道建成社区科普馆 over ▶详见第5版, after another teaser: an item of its own, its story on that
    page (it was the teaser above's sidebar, its place that story's region)."""
    above, teaser = page(
        "●达州开州共建科普基地", "5月29日，达州市科协与重庆市开州区科协在开州区温泉镇签约，共建川渝科普基地。", "▶详见第4版",
        "●泸县玉蟾街道建成社区科普馆", pointer,
    ).items
    assert [block.kind for block in above.blocks] == ["paragraph"]
    assert (teaser.title, teaser.paragraphs, teaser.credit_lines) == ("泸县玉蟾街道建成社区科普馆", [], [pointer])
    assert "continues_elsewhere" in codes(teaser)


@pytest.mark.parametrize(
    ("last", "pointer", "jumps"),
    [
        ("重庆科技馆", "（转见第2版）", True),  # a list's last row
        ("培训现场", "（详见第3版）", False),  # the story's caption
        ("李明院士在报告中指出", "▶详见第3版", True),  # a sentence cut at the jump
    ],
)
def test_a_line_of_an_open_story_over_a_page_pointer_stays_the_storys(last, pointer, jumps):
    """重庆科技馆 over （转见第2版） under a story still running: no headline-only teaser (a teaser stands
    between items, bulleted or after a closed story); a sentence cut at the pointer jumps with it."""
    items = page(
        "市科协公布首批科普基地", "本报讯（记者 张华）9月5日，市科协公布首批市级科普基地。", last, pointer,
        "巴南区科协举办农技培训班", "本报讯（通讯员 李强）9月8日，巴南区科协在姜家镇举办农技培训班。",
    ).items
    assert [item.title for item in items] == ["市科协公布首批科普基地", "巴南区科协举办农技培训班"]
    story = items[0]
    assert last in story.paragraphs + [caption.text for caption in story.captions]
    assert ("continues_elsewhere" in codes(story)) == jumps


@pytest.mark.parametrize("marker", ["转第2版", "下转A2版", "（下转第2版）"])
def test_a_bare_jump_line_ends_its_story_like_a_bracketed_one(marker):
    """转第2版 on a line of its own, without brackets as PDF copies print it, had been the next story's
    headline (that headline its 副题) and the story was not flagged."""
    story, other = page(
        "德阳市科协开展科普进校园活动", JUMPED, marker,
        "广元市科协召开全委会议", "本报讯（记者 孙立）9月24日，广元市科协九届三次全委会议在利州区召开。",
    ).items
    assert marker in story.credit_lines and "continues_elsewhere" in codes(story)
    assert (other.title, other.subtitle) == ("广元市科协召开全委会议", "")


def test_a_bare_continued_from_line_opens_the_rest_of_a_story():
    """上接第1版 without brackets had been the title of an item, unflagged."""
    first, rest = page(
        "广元市科协召开全委会议", "本报讯（记者 孙立）9月24日，广元市科协九届三次全委会议在利州区召开。", "（广元市科协）",
        "上接第1版", JUMPED_REST,
    ).items
    assert rest.title == "" and rest.paragraphs == [JUMPED_REST] and codes(rest) == ["continued_from"]


JUMPED_TITLE = "德阳市科协开展科普进校园活动"


@pytest.mark.parametrize(
    "rest",
    [
        [JUMPED_TITLE, "（上接第1版）" + JUMPED_REST],  # the headline printed again over the rest
        [JUMPED_TITLE, "（上接第1版）", JUMPED_REST],
        [JUMPED_TITLE + "（上接第1版）", JUMPED_REST],  # …with the marker beside it (it stayed in the title)
        ["（上接第1版）", JUMPED_TITLE, JUMPED_REST],  # …or under the marker (it was the rest's sub-heading)
    ],
)
def test_the_rest_of_a_story_copied_alone_keeps_the_headline_printed_over_it(rest):
    """他让老品种变成金果果 over （上接第1版）…, the story's start not copied: the reprinted headline is the
    rest's title (it was an item with no text, the rest an untitled one), the rest flagged to be merged."""
    result = page(*rest, "（德阳市科协）")
    (item,) = result.items
    assert (item.title, item.paragraphs, item.source) == (JUMPED_TITLE, [JUMPED_REST], "德阳市科协")
    assert codes(item) == ["continued_from"] and "（上接第1版）" in item.credit_lines
    assert account(result).balanced


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("他让老品种变成金果果", True),  # a person acts: the headline printed again
        ("科技赋能产业升级", False),  # a theme: the heading of the section the jump fell before
        ("二、强化科技服务", False),
        ("智慧社区让生活更便捷", False),  # a theme whose ordinary word holds a place's level (社区, 乡村, 山区)
        ("科技助力乡村振兴", False),
        ("聚力山区发展谱新篇", False),
        ("屏锦镇开展科普赶集活动", True),  # a town acts
        ("两江新区推进科技成果转化", True),
    ],
)
def test_only_a_headline_under_the_continued_from_marker_titles_the_rest(heading, title):
    """（上接第1版） over 科技赋能产业升级 over the rest's text: the story's section heading stays its sub-heading,
    the rest untitled (it had become the rest's title, lost from the body once merged with its start)."""
    (item,) = page("（上接第1版）", heading, JUMPED_REST, "（本报记者 刘洋）").items
    assert item.title == (heading if title else "")
    assert item.subheadings == ([] if title else [heading])
    assert codes(item) == ["continued_from"]


@pytest.mark.parametrize("repeated_headline", ["", JUMPED_TITLE, JUMPED_TITLE + "（上接第1版）"])
def test_a_story_jumped_to_further_down_the_same_copy_is_joined(repeated_headline):
    """（下转第2版） … another story … （上接第1版）the rest: one story again, the cut paragraph joined and
    the headline printed over the rest (or beside its marker) dropped (it was a story, a headline without
    text and a part flagged to be merged by hand)."""
    title = JUMPED_TITLE
    marker = "" if repeated_headline.endswith("（上接第1版）") else "（上接第1版）"
    result = page(
        title, JUMPED + "（下转第2版）",
        "广元市科协召开全委会议", "本报讯（记者 孙立）9月24日，广元市科协九届三次全委会议在利州区召开。", "（广元市科协）",
        *([repeated_headline] if repeated_headline else []), marker + JUMPED_REST, "（德阳市科协）",
    )
    story, other = result.items
    assert story.title == title and story.flags == [] and story.source == "德阳市科协"
    assert story.paragraphs == [JUMPED.removeprefix("本报讯（通讯员 赵敏）") + JUMPED_REST]
    assert "jump_joined" in [repair.code for repair in story.repairs]
    assert ("repeated_headline" in [repair.code for repair in story.repairs]) == bool(repeated_headline)
    assert other.title == "广元市科协召开全委会议"
    assert account(result).balanced


@pytest.mark.parametrize("marker", ["（紧转A2版）", "（紧转第2版）", "紧转第2版"])
def test_a_jump_worded_jinzhuan_ends_its_story_like_xiazhuan(marker):
    """（紧转A2版）, the jump several e-papers print for 下转: the story's rest is on a page not copied (it had
    been read as the story's source, 紧转A2版, and the story not flagged)."""
    (item,) = page(JUMPED_TITLE, JUMPED, marker).items
    assert item.source is None and marker in item.credit_lines
    assert "continues_elsewhere" in codes(item)


def test_a_story_jumped_with_jinzhuan_and_jinjie_is_joined():
    """（紧转A2版） … （紧接A1版）the rest: one story again, as with 下转 and 上接."""
    story, other = page(
        JUMPED_TITLE, JUMPED, "（紧转A2版）",
        "广元市科协召开全委会议", "本报讯（记者 孙立）9月24日，广元市科协九届三次全委会议在利州区召开。", "（广元市科协）",
        "（紧接A1版）" + JUMPED_REST,
    ).items
    assert story.flags == [] and story.source is None
    assert "jump_joined" in [repair.code for repair in story.repairs]
    assert story.paragraphs == [JUMPED.removeprefix("本报讯（通讯员 赵敏）") + JUMPED_REST]
    assert other.title == "广元市科协召开全委会议"


@pytest.mark.parametrize(
    ("repeated", "dropped"),
    [
        ("“科普进校园”活动", True),  # a shortened repeat of the headline over the rest (转版标题)
        ("德阳科协开展科普进校园", True),  # …shortened inside, its words in the headline's order
        ("广元市科协召开全委会议", False),  # another story's headline: no repeat of the jumped story's
    ],
)
def test_a_shortened_headline_printed_again_over_the_rest_is_dropped(repeated, dropped):
    """德阳市科协开展“科普进校园”活动 … （下转第2版）, then “科普进校园”活动 over （上接第1版）: the paper's
    short repeat of the headline over the rest is dropped with the join (it had been an item of its own,
    a headline with no text)."""
    title = "德阳市科协开展“科普进校园”活动"
    result = page(title, JUMPED + "（下转第2版）", repeated, "（上接第1版）", JUMPED_REST)
    titles = [item.title for item in result.items]
    assert titles == ([title] if dropped else [title, repeated])
    assert ("repeated_headline" in [repair.code for repair in result.items[0].repairs]) == dropped
    assert account(result).balanced


@pytest.mark.parametrize(
    ("rows", "flagged"),
    [
        (["涪陵区科协举办青少年         梁平区召开科普示范", "科技创新大赛                 基地建设推进会"], True),
        (["涪陵区科协举办青少年科技创新大赛      梁平区召开科普示范基地建设推进会"], True),
        (["科技助农 春耕正忙", "江津区科协组织专家下田"], False),  # a kicker and its headline, one space apart
        (["涪陵区科协举办青少年         梁平区召开科普示范", "科技创新大赛"], False),  # one row cut only
        (["唱响科技强国之歌      市科协举办科普文艺汇演"], False),  # a 引题 and its 主题 on one row
    ],
)
def test_two_columns_headlines_read_as_one_row_are_flagged(rows, flagged):
    """A scan read two columns' headlines across the gutter: the item is flagged for an editor, who
    is shown both headlines (the two stories' paragraphs may interleave: which is whose is not proven)."""
    result = page(*rows, "本报讯（通讯员 陈 红）6月12日，第十五届涪陵区青少年科技创新大赛在涪陵第五中学举行。")
    flags = [flag for flag in result.items[0].flags if flag.code == "side_by_side_columns"]
    assert bool(flags) == flagged
    if flagged:
        assert "“涪陵区科协举办青少年科技创新大赛”和“梁平区召开科普示范基地建设推进会”" in flags[0].message


@pytest.mark.parametrize("section", ["综合", "科协动态"])
def test_a_section_label_under_the_second_pages_head_over_the_rest_of_a_story_is_a_banner(section):
    """第4版's head, then 综合 over （上接第1版）: the page's section (it had been an empty article)."""
    title = "德阳市科协开展科普进校园活动"
    result = page(
        "重庆科技报  2021年3月10日  星期三  第1版", "要闻", title, JUMPED + "（下转第4版）",
        "重庆科技报  2021年3月10日  星期三  第4版", section, "（上接第1版）", JUMPED_REST,
    )
    (story,) = result.items
    assert story.title == title and story.flags == []
    assert result.meta.banners == ["要闻", section]


def test_jumps_that_do_not_pair_up_stay_flagged():
    """Two stories that jump and one rest: which rest is whose is not for the machine to guess."""
    result = page(
        "德阳市科协开展科普进校园活动", JUMPED + "（下转第2版）",
        "广元市科协召开全委会议", "本报讯（记者 孙立）9月24日，广元市科协召开全委会议，会议审议通过了工作报告，" + "（下转第2版）",
        "（上接第1版）" + JUMPED_REST,
    )
    assert len(result.items) == 3
    assert [flag.code for flag in result.items[2].flags] == ["continued_from"]


GUANGYUAN_JUMPED = "本报讯（记者 孙立）9月24日，广元市科协召开全委会议，会议审议通过了工作报告，"
GUANGYUAN_REST = "会议还选举产生了新一届常委会。"


@pytest.mark.parametrize(
    ("heads", "jumps", "joined"),
    [
        # each rest under the head of the page its story jumps to (they stayed four items)
        (("第1版", "第2版", "第3版"), ("（下转第3版）", "（下转第2版）"), True),
        (("第一版", "第二版", "第三版"), ("（下转第三版）", "（下转第二版）"), True),
        (("四川科技报 2023年9月26日 第1版", "四川科技报 2023年9月26日 第2版", "四川科技报 2023年9月26日 第3版"),
         ("（下转第3版）", "（下转第2版）"), True),
        # both to one page, both rests under its head: which is whose is not proven
        (("第1版", "第2版", "第2版"), ("（下转第2版）", "（下转第2版）"), False),
    ],
)
def test_several_jumps_pair_up_by_the_page_heads_their_rests_are_under(heads, jumps, joined):
    """Two front-page stories jumping to 第3版 and 第2版, and a rest under each page's head: each rest is
    the story's that jumps to its page."""
    deyang, guangyuan = "德阳市科协开展科普进校园活动", "广元市科协召开全委会议"
    result = page(
        heads[0], deyang, JUMPED + jumps[0], guangyuan, GUANGYUAN_JUMPED + jumps[1],
        heads[1], "（上接第1版）" + GUANGYUAN_REST, heads[2], "（上接第1版）" + JUMPED_REST,
    )
    if not joined:
        assert len(result.items) == 4
        return
    story, other = result.items
    assert (story.title, story.flags) == (deyang, [])
    assert story.paragraphs == [JUMPED.removeprefix("本报讯（通讯员 赵敏）") + JUMPED_REST]
    assert (other.title, other.flags) == (guangyuan, [])
    assert other.paragraphs == [GUANGYUAN_JUMPED.removeprefix("本报讯（记者 孙立）") + GUANGYUAN_REST]
    assert account(result).balanced


def test_a_rest_from_another_page_than_the_storys_is_not_joined_to_it():
    """（上接第2版） under 第3版, under which the story on 第1版 jumping to 第3版 goes on: the rest of a
    page-2 story not in the copy, no part of it (it was glued onto the front-page story)."""
    result = page(
        "第1版", "德阳市科协开展科普进校园活动", JUMPED + "（下转第2版）",
        "广元市科协召开全委会议", GUANGYUAN_JUMPED + "（下转第3版）",
        "第3版", "（上接第2版）" + GUANGYUAN_REST,
    )
    assert [codes(item)[0] for item in result.items] == ["continues_elsewhere"] * 2 + ["continued_from"]


@pytest.mark.parametrize("label", ["问：", "记者：", "Q："])
def test_an_interviews_questions_without_a_question_mark_are_its_paragraphs(label):
    """问：您为什么选择柑橘病害研究 over 答：…: a turn of the interview (it was a sub-heading; once it
    was a paragraph, the answer was joined to it as a break's other half)."""
    answer = "答：我是农村出来的，知道农民种一季果子不容易。" if label != "Q：" else "A：我是农村出来的，知道农民种一季果子不容易。"
    question = label + "您为什么选择柑橘病害研究"
    (item,) = page("扎根田野的“土专家”", "本报记者 杨婷", "62岁的周常勇蹲在果树下仔细查看叶片。", question, answer).items
    assert item.subheadings == []
    assert item.paragraphs == ["62岁的周常勇蹲在果树下仔细查看叶片。", question, answer]


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("谣言一：隔夜菜会致癌，一口都不能吃", "真相：隔夜菜中的亚硝酸盐含量会随存放时间增加，但冷藏得当，24小时内远低于国家标准限量。"),
        ("网传：喝醋能软化血管，预防动脉硬化", "真相：醋进入胃肠道后会被消化吸收，不可能以酸的形式到达血管。"),
        ("误区二：感冒了就要吃抗生素，好得快", "专家解读：抗生素只对细菌有效，对引起感冒的病毒无效。"),
    ],
)
def test_a_rumours_claim_and_the_verdict_on_it_are_paragraphs_of_their_own(claim, verdict):
    """谣言一：…，一口都不能吃 over 真相：…: the claim, printed without a stop, and its verdict (the verdict
    was joined to the claim as a break's other half)."""
    (item,) = page("这些说法靠谱吗", "本报记者 周敏", claim, verdict).items
    assert item.paragraphs == [claim, verdict]
    assert "joined_break" not in [repair.code for repair in item.repairs]


@pytest.mark.parametrize(("question", "answer"), [("问：", "答："), ("问1：", "答："), ("Q1：", "A1：")])
def test_an_explainers_first_question_right_under_its_headline_is_its_first_paragraph(question, answer):
    """问：为什么要出台《若干措施》？ right under 科技社团管理办法解读, over 答：…: the first turn of the text (it
    was the 副题; numbered, 问1：…？ was one too)."""
    lines = [question + "为什么要出台《若干措施》？", answer + "为进一步激发科技社团活力，市科协研究制定了《若干措施》。",
             question.replace("1", "2") + "哪些学会可以申报？", answer + "业务主管单位为市科协的学会均可申报。"]
    (item,) = page("科技社团管理办法解读", *lines).items
    assert (item.kicker, item.title, item.subtitle) == ("", "科技社团管理办法解读", "")
    assert item.paragraphs == lines


@pytest.mark.parametrize("before", [[], ["市科协举办科普讲座", "本报讯（记者　李红）4月22日，市科协在科技馆举办科普讲座。（渝科）"]])
def test_a_question_over_its_answer_with_no_headline_above_is_the_items_headline(before):
    """问：天热了，老人如何预防中暑？ over 答：…, first on the page or after a signed story: the tip's only
    headline (it became a paragraph of an item without a title)."""
    result = page("重庆科技报 2024年5月30日", *before, "问：天热了，老人如何预防中暑？", "答：专家提醒，老人要多喝水，避免中午外出。（渝科）")
    item = result.items[-1]
    assert (item.title, item.paragraphs) == ("问：天热了，老人如何预防中暑？", ["答：专家提醒，老人要多喝水，避免中午外出。"])
    assert not codes(item)


@pytest.mark.parametrize("names_line", [["王小明 李思思 张伟 刘洋"], []])
def test_a_labelled_line_of_names_inside_a_story_is_a_line_of_its_list(names_line):
    """指导教师：黄海 林峰 under the winners' names, in a story going on after it: a line of the list (the
    names before it were taken as the authors and it as the next story's headline; alone it was a
    sub-heading, or the next paragraph was joined to it)."""
    lines = ["本报讯（记者 沈静）近日，大赛组委会公布了获奖名单。", *names_line, "指导教师：黄海 林峰", "据介绍，本届大赛共收到作品1200余件。"]
    (item,) = page("青少年科技创新大赛获奖名单公布", *lines).items
    assert [b.name for b in item.bylines] == ["沈静"] and item.subheadings == []
    assert item.paragraphs == ["近日，大赛组委会公布了获奖名单。", *names_line, "指导教师：黄海 林峰", "据介绍，本届大赛共收到作品1200余件。"]


@pytest.mark.parametrize("authors", ["作者：谭思远 向雨桐", "作者：黄子涵", "作者：谭思远、向雨桐"])
def test_an_authors_field_among_an_entrys_fields_is_no_byline(authors):
    """作者：… between 作品名称：… and 学校：… lists a work's students: before, it was a byline that closed
    the story, and 学校：… headed the next one."""
    fields = ["作品名称：校园垃圾分类智能监测系统", authors, "学校：重庆市万州第二高级中学"]
    lead = "本报讯（记者 冉婷）3月30日，万州区青少年科技创新大赛颁奖活动举行。以下作品将参加市赛："
    (item,) = page("万州区青少年科技创新大赛获奖名单揭晓", lead, *fields, "据了解，今年的参赛作品质量明显提升。").items
    assert [b.name for b in item.bylines] == ["冉婷"]
    assert item.paragraphs[1:] == [*fields, "据了解，今年的参赛作品质量明显提升。"]


@pytest.mark.parametrize(
    ("line", "names"), [("指导教师：黄海 林峰", True), ("获奖者：王小明、李思思", True), ("地点：重庆科技馆", False), ("渝中区：科普游园会人气旺", False)]
)
def test_a_field_of_names(line, names):
    assert is_names_field(line) is names


@pytest.mark.parametrize("credit", ["（巫溪县科协供图）", "巫溪县科协供图"])
def test_a_caption_over_a_bodys_picture_credit_between_stories_is_a_photo(credit):
    """5月26日，…栽种马铃薯。 over （巫溪县科协供图), no story open: a photo item, no photographer to name
    (it was a paragraph without a headline, flagged)."""
    caption = "5月26日，巫溪县红池坝镇农技人员在田间指导村民栽种马铃薯。"
    result = page(caption, credit, "綦江区科协开展科普活动", STORY_C)
    photo, story = result.items
    assert photo.kind == PHOTO and [(c.text, c.photographer) for c in photo.captions] == [(caption, None)]
    assert photo.flags == [] and credit in photo.credit_lines
    assert story.title == "綦江区科协开展科普活动"


@pytest.mark.parametrize(
    "captioned",
    [
        ["同学们在四川大学实验室体验显微观察。 四川大学供图"],
        ["同学们在四川大学实验室体验显微观察。（四川大学供图）"],
        ["同学们在四川大学实验室体验显微观察。 通讯员 刘波 摄"],
    ],
)
def test_a_label_over_a_caption_a_body_credits_under_a_story_titles_the_photo(captioned):
    """青少年科学营 over …观察。 四川大学供图, under a story's last paragraph: the photo's title, as over a
    photographer's credit (it was the story's last paragraph). (A body's credit on a line of its own under
    the caption stays ambiguous: a headline over one sentence over 彭水县科协供图 is a story, test page 33.)"""
    lead = "8月5日，2023年四川省青少年航空航天模型锦标赛在广汉市举行。"
    story, photo = page("航模锦标赛在广汉举行", "本报记者 田甜", lead, "青少年科学营", *captioned).items
    assert story.paragraphs == [lead]
    assert (photo.kind, photo.title) == (PHOTO, "青少年科学营")
    assert [c.text for c in photo.captions] == ["同学们在四川大学实验室体验显微观察。"]


@pytest.mark.parametrize(
    ("first_byline", "second_byline", "teacher", "closing"),
    [
        ("重庆市巴蜀中学 初二（3）班 李明", "重庆市沙坪坝区树人小学 三年级 刘一诺", "指导老师：王芳", "（指导老师：赵敏）"),
        ("成都市泡桐树小学 五年级（1）班 李明", "重庆市沙坪坝区树人小学 刘一诺", "指导老师 王芳", "（指导教师：赵敏）"),
        ("重庆市巴蜀中学 李明", "重庆市沙坪坝区树人小学 三年级 刘一诺", "", "（作者均为重庆市青少年科幻作文大赛一等奖获得者）"),
        ("□ 成都七中初中学校 初二（5）班 李明（指导老师：邱霞）", "□ 雅安市雨城区第二小学 六年级 刘一诺", "", ""),
    ],
)
def test_students_essays_each_under_its_school_and_class_byline(first_byline, second_byline, teacher, closing):
    """2050年的嘉陵江 over 重庆市巴蜀中学 初二（3）班 李明 over 指导老师：王芳, then 会飞的书包 over its own
    student: two essays, each by its student, the teacher a credit and no source (the byline and the teacher
    were the headline, the essays one item, and （指导老师：赵敏） its source)."""
    first_text = "清晨，我被窗外的鸟鸣声唤醒。一艘无人驾驶的电动渡轮正缓缓驶过千厮门大桥。"
    second_text = "每天上学，我的书包都好重好重。我想发明一个会飞的书包。"
    lines = ["2050年的嘉陵江", first_byline, *([teacher] if teacher else []), first_text,
             "会飞的书包", second_byline, second_text, *([closing] if closing else [])]
    first, second = page(*lines).items
    assert [(item.title, item.subtitle, [b.name for b in item.bylines], item.source) for item in (first, second)] == [
        ("2050年的嘉陵江", "", ["李明"], None),
        ("会飞的书包", "", ["刘一诺"], None),
    ]
    assert (first.paragraphs, second.paragraphs) == ([first_text], [second_text])
    assert first.credit_lines == [first_byline, *([teacher] if teacher else [])]


@pytest.mark.parametrize(
    ("label", "winner"),
    [
        ("最佳创意奖", "重庆市巴蜀中学 李明"),
        ("特等奖作品", "重庆市巴蜀中学 初二（3）班 李明"),
        ("一等奖", "重庆市沙坪坝区树人小学 三年级 刘一诺"),
    ],
)
def test_an_award_label_over_its_winner_inside_a_story_opens_no_essay(label, winner):
    """最佳创意奖 over 重庆市巴蜀中学 李明 over prose, inside a 本报讯 story: the award and its winner are
    the story's lines (the label was an essay's headline, the winner its byline, the story's end its text)."""
    closing = "该同学的作品想象奇特、语言生动，受到评委一致好评。市科协有关负责人表示，将继续办好大赛。"
    (item,) = page(
        "重庆市青少年科幻作文大赛揭晓", "本报讯（记者 杨洁）4月18日，第五届重庆市青少年科幻作文大赛颁奖典礼在市科技馆举行。",
        label, winner, closing,
    ).items
    assert item.title == "重庆市青少年科幻作文大赛揭晓" and item.paragraphs[-3:] == [label, winner, closing]


@pytest.mark.parametrize(
    ("heading", "closing", "subheadings"),
    [
        ("志愿服务暖人心", "当天，志愿者们还走进辖区独居老人家中，为老人测量血压、讲解防诈骗知识。", ["志愿服务暖人心"]),
        ("", "此外，志愿者们还走进辖区独居老人家中，为老人测量血压、讲解防诈骗知识。", []),
    ],
)
def test_a_storys_last_paragraph_closed_by_a_bodys_picture_credit_stays_the_storys(heading, closing, subheadings):
    """志愿服务暖人心 over 当天，志愿者们还…。（永川区科协供图） under a story: its sub-heading and last paragraph,
    the credit its credit line (the sub-heading titled a photo, the paragraph its caption)."""
    lead = "本报讯（通讯员 李华）3月5日，永川区科协在中山路街道开展科普进社区活动，为居民送去健康知识。"
    (item,) = page("永川区科协开展科普进社区活动", lead, *([heading] if heading else []), closing + "（永川区科协供图）").items
    assert item.kind != PHOTO and item.paragraphs[-1] == closing and item.subheadings == subheadings
    assert "（永川区科协供图）" in item.credit_lines


def test_a_dated_lead_closed_by_a_bodys_picture_credit_is_a_story_not_a_caption():
    """荣昌区科协开展科普进乡村活动 over 本报讯（通讯员 陈静）3月5日，…。（荣昌区科协供图）: a brief by its
    correspondent, the credit its credit line (it was a photo whose caption began with 本报讯)."""
    lead = "本报讯（通讯员 陈静）3月5日，荣昌区科协组织农业专家走进清江镇，为村民讲解生猪养殖技术。"
    brief, _ = page(
        "荣昌区科协开展科普进乡村活动", lead + "（荣昌区科协供图）",
        "江津区科协召开全委会", "本报讯（记者 王芳）3月8日，江津区科协召开第三届委员会第五次全体会议。",
    ).items
    assert (brief.kind, brief.title, [b.name for b in brief.bylines]) == ("article", "荣昌区科协开展科普进乡村活动", ["陈静"])
    assert brief.dateline == "本报讯（通讯员 陈静）" and brief.paragraphs == [lead.removeprefix("本报讯（通讯员 陈静）")]
    assert "（荣昌区科协供图）" in brief.credit_lines


def test_inside_a_story_a_bodys_picture_credit_stays_the_storys():
    (item,) = page("标题一条新闻", "本报记者 王明", STORY_A, "（巫溪县科协供图）").items
    assert item.kind != PHOTO and item.paragraphs == [STORY_A] and "（巫溪县科协供图）" in item.credit_lines


@pytest.mark.parametrize(
    ("before", "after", "joined"),
    [
        ("培训邀请西南大学教授李明", "华讲授柑橘栽培技术，学员们纷纷表示受益匪浅。", True),  # 李明华, cut after two
        ("会上，区科协主席王", "明介绍了今年以来的科普工作。", True),  # a post and a lone surname end no line
        ("培训邀请西南大学教授李明", "讲授柑橘栽培技术，学员们纷纷表示受益匪浅。", False),  # the name was whole
    ],
)
def test_a_three_character_name_cut_after_two_is_joined(before, after, joined):
    """…教授李明 / 华讲授…: a break inside a name (the first part was a sub-heading)."""
    (item,) = page("永川区科协举办科技培训班", STORY_B, before, after).items
    if joined:
        assert item.subheadings == [] and item.paragraphs[-1] == before + after
    else:
        assert before + after not in item.paragraphs


@pytest.mark.parametrize(
    "under", ["本报讯（记者 周 洁）近日，重庆大学李明教授团队在柔性传感器研究方面取得重要进展。", "本报记者 周洁"]
)
def test_an_english_line_under_a_chinese_headline_is_its_subtitle(under):
    """New Progress in Flexible Electronics… under the headline: its 副题 (it was the story's only paragraph
    and the lead under it opened a story without a headline)."""
    english = "New Progress in Flexible Electronics by Chongqing University Team"
    (item,) = page("重庆大学团队在柔性电子领域取得新进展", english, under, STORY_B).items
    assert (item.title, item.subtitle) == ("重庆大学团队在柔性电子领域取得新进展", english)
    assert [b.name for b in item.bylines] == ["周洁"] and english not in item.paragraphs


@pytest.mark.parametrize("lead", ["6月10日，中欧青年科学家论坛在成都举行。论坛由四川省科协主办。", "本报讯（记者 周洁）6月10日，论坛在成都举行。"])
def test_an_english_headline_line_over_the_next_chinese_headline_opens_the_next_story(lead):
    """EU-China Young Scientists Forum Held in Chengdu over 中欧青年科学家论坛在成都举行 over its lead, under a
    story: the next story's headline, its English line the 引题 (it was read as a paragraph a column break
    cut, and the next story's headline and lead were glued into the story above)."""
    english = "EU-China Young Scientists Forum Held in Chengdu"
    result = page("中国科协代表团调研西部（重庆）科学城", "本报讯（记者 邓洁）6月12日，中国科协代表团到科学城调研。", english,
                  "中欧青年科学家论坛在成都举行", lead)
    first, second = result.items
    assert first.paragraphs == ["6月12日，中国科协代表团到科学城调研。"]
    assert (second.kicker, second.title, second.subtitle) == (english, "中欧青年科学家论坛在成都举行", "")


def test_an_english_headline_line_over_the_chinese_one_is_the_kicker():
    """CAST Delegation Visits Chongqing Science City over 中国科协代表团调研西部（重庆）科学城: the Chinese line is
    the title readers and search use, the English printed over it the 引题 (it was the title)."""
    english = "CAST Delegation Visits Chongqing Science City"
    (item,) = page(english + "\n中国科协代表团调研西部（重庆）科学城", "本报讯（记者 邓洁）6月12日，中国科协代表团到科学城调研。").items
    assert (item.kicker, item.title, item.subtitle) == (english, "中国科协代表团调研西部（重庆）科学城", "")


def test_an_english_sentence_in_a_story_stays_its_paragraph():
    quote = "Science is a way of thinking much more than it is a body of knowledge."
    (item,) = page("科学家精神进校园", STORY_A, quote, STORY_B).items
    assert quote in item.paragraphs and item.subtitle == ""


@pytest.mark.parametrize("title", ["院士走进课堂", "科普大篷车开进校园"])
def test_a_photos_title_telling_an_event_is_no_column_name(title):
    """院士走进课堂 over a credited caption: the photo's title (课堂 ends column names such as 科普课堂,
    so it was the page's banner and the photo had no title)."""
    (photo,) = page(title, "4月25日，中国工程院院士在重庆一中为学生作科普报告。 周 文 摄").items
    assert photo.kind == PHOTO and photo.title == title


@pytest.mark.parametrize(
    ("name", "column"),
    [
        ("科普课堂", True), ("院士走进课堂", False), ("健康讲堂", True), ("专家开展讲堂", False),
        ("科普进行时", True),  # a running column
        ("食品安全科普", True),  # a field's 科普, up to six characters
        ("院士讲科普", False),  # what someone did: a headline
    ],
)
def test_column_names_hold_no_news_verb(name, column):
    assert is_column_name(name) is column


@pytest.mark.parametrize(
    ("name", "column"),
    [
        ("川港科技合作", True),  # who meets whom and in what field: a column of exchange news
        ("中外青少年科技交流", True),
        ("国际科技合作", True),
        ("川渝深化科技合作", False),  # a verb in it: a headline
        ("加强学术交流", False),
    ],
)
def test_an_exchange_columns_name_is_the_kicker_over_a_headline(name, column):
    """中外青少年科技交流 over its headline: the column, the 引题 (it was the title and the headline its 副题)."""
    headline = "2023“渝见未来”中外青少年科技夏令营开营"
    (item,) = page(name + "\n" + headline, "本报讯（记者 张静）7月24日，夏令营在重庆科技馆开营。").items
    assert (item.kicker, item.title) == ((name, headline) if column else ("", name))


@pytest.mark.parametrize(
    ("name", "column"),
    [
        ("乡村振兴·农技课堂", True),  # a column in a theme's name (it was the headline, the headline its 副题)
        ("健康中国·名医讲堂", True),
        ("健康中国 · 名医讲堂", True),  # the dot spaced off, as posts print it (it was a headline)
        ("乡村振兴 · 柑橘丰收", False),
        ("乡村振兴·柑橘丰收", False),  # no column's noun after the dot: a headline's words
        ("科普·院士走进课堂", False),
    ],
)
def test_a_column_in_a_themes_name_is_a_column_name(name, column):
    assert is_column_name(name) is column


@pytest.mark.parametrize("head", ["科技周·区县传真", "科技周 · 区县传真"])
def test_place_tagged_briefs_under_a_spaced_dotted_column_head_are_items_of_their_own(head):
    """科技周 · 区县传真 over ■ 綦江区 … / ■ 璧山区 … briefs: the column's banner and one item a brief, as with
    the dot closed up (spaced, it was the headline of one item holding both briefs as a sidebar)."""
    result = page(
        head,
        "■ 綦江区 5月20日，綦江区科协在古南街道举办科技活动周启动仪式，发放科普资料2000余份。（綦江区科协）\n"
        "■ 璧山区 5月21日，璧山区科协在璧城街道开展“科技进社区”活动。（璧山区科协 李敏）",
    )
    assert result.meta.banners == [head]
    assert [(item.kicker, item.source) for item in result.items] == [("綦江区", "綦江区科协"), ("璧山区", "璧山区科协")]


@pytest.mark.parametrize(
    ("label", "title"),
    [
        ("【科普小课堂】第12期", "春季过敏高发 这份防护指南请收好"),  # was glued into the headline
        ("【健康讲堂】 第 3 期", "春季过敏高发 这份防护指南请收好"),
    ],
)
def test_a_series_label_with_its_issue_is_a_banner_not_the_headlines_head(label, title):
    """【科普小课堂】第12期 over a post's headline: the series' banner (…第12期 read as a line left open, and the
    headline was joined to it)."""
    result = page(label, title, "春天花粉浓度升高，过敏性鼻炎患者迎来“难熬”时节，专家提醒做好防护。")
    (item,) = result.items
    assert item.title + (" " + item.subtitle if item.subtitle else "") == title
    assert result.meta.banners == [label]


@pytest.mark.parametrize(("name", "column"), [("区县新闻", True), ("基层新闻", True), ("本地新闻", True), ("图片新闻", False), ("十大科技新闻", False)])
def test_a_section_of_news_is_a_column_name(name, column):
    """区县新闻 over the page's first headline: the page's section (it was that story's kicker)."""
    assert is_column_name(name) is column


def test_a_section_of_news_under_the_date_line_is_a_banner():
    result = page("巴南日报", "2024年4月26日 星期五 第2版", "区县新闻", "巴南区科协第四次代表大会召开",
                  "本报讯（记者 王静）4月24日，巴南区科协第四次代表大会在鱼洞街道召开。")
    (item,) = result.items
    assert item.kicker == "" and result.meta.banners == ["区县新闻"]


def test_a_columns_bracketed_label_before_each_headline_of_a_bulletin_is_a_banner():
    """【工作动态】市科协召开上半年工作推进会: the column's label, then the headline (the label was part of the
    title); a place's tag (【德阳】德阳市科协召开…) stays the headline's, as printed."""
    result = page(
        "【工作动态】市科协召开上半年工作推进会", "6月10日，市科协召开上半年工作推进会，部署下半年重点工作。",
        "【学会动态】重庆市机械工程学会举办学术沙龙", "6月5日，重庆市机械工程学会在重庆大学举办学术沙龙。",
    )
    assert [item.title for item in result.items] == ["市科协召开上半年工作推进会", "重庆市机械工程学会举办学术沙龙"]
    assert result.meta.banners == ["【工作动态】", "【学会动态】"]


@pytest.mark.parametrize("credit", ["通讯员 向 阳 摄", "摄/向阳"])
def test_a_title_over_a_caption_over_its_credit_line_is_a_titled_photo(credit):
    """科普大篷车开进山村 over its caption over 通讯员 向 阳 摄, then the next story: a photo with its title
    (it was a story of one paragraph credited to a photographer)."""
    caption = "4月20日，城口县科协科普大篷车开进修齐镇东河村，村民们在体验VR科普设备。"
    photo, story = page("科普大篷车开进山村", caption, credit, "綦江区科协开展科普活动", "本报讯 " + STORY_C).items
    assert (photo.kind, photo.title) == (PHOTO, "科普大篷车开进山村")
    assert [(c.text, c.photographer) for c in photo.captions] == [(caption, "向阳")]
    assert story.title == "綦江区科协开展科普活动"


def test_a_title_over_a_paragraph_and_its_pictures_credit_with_more_story_stays_a_story():
    (item,) = page("科普大篷车开进山村", STORY_A, "通讯员 向阳 摄", STORY_B).items
    assert item.kind != PHOTO and item.paragraphs[0] == STORY_A


@pytest.mark.parametrize(
    ("heading", "comments"),
    [
        ("网友评论", ["游客123：活动很有意义，希望多举办！    2021-05-24 15:20", "重庆小李：孩子很喜欢VR体验。    2021-05-25 09:11"]),
        # signed and dated on a line of their own, the text under each; the heading with its count
        ("网友评论（2）", ["游客 2021-05-24 15:20", "活动很有意义，希望多举办！", "重庆小李 2021-05-25 09:11", "孩子很喜欢VR体验。"]),
        ("网友评论(2)", ["游客 2021-05-24 15:20", "活动很有意义，希望多举办！", "重庆小李 2021-05-25 09:11", "孩子很喜欢VR体验。"]),
    ],
)
def test_a_web_pages_reader_comments_are_page_furniture(heading, comments):
    """网友评论 and its signed, dated comments under the story, then 我要评论: the page's, not the story's (the
    comments were its paragraphs or a story without a headline, one of them the site's name and date; under
    网友评论（2） a story titled so, its commenter the page's site)."""
    result = page("永川区科协开展科技活动周系列活动", STORY_B, heading, *comments, "我要评论")
    (item,) = result.items
    assert item.paragraphs == [STORY_B]
    assert all(line in result.meta.boilerplate for line in [heading, *comments, "我要评论"])
    assert result.meta.site is None and result.meta.page_date is None


@pytest.mark.parametrize("heading", ["▼读者留言", "精选留言"])
def test_a_posts_reader_messages_are_page_furniture(heading):
    """读者留言 and the messages under a post (@成都李阿姨：…, 小编回复：…): the page's, not the story's (they
    were its paragraphs, the heading a caption, and 成都 a region of the story)."""
    messages = ["@成都李阿姨：原来是谣言，以后不用担心了。", "小编回复：感谢关注，我们会持续推出“科学辟谣”系列。"]
    result = page("“吃味精致癌”是真的吗？专家来解答", "科普四川 2023-08-18 20:00 四川", STORY_B, heading, *messages)
    (item,) = result.items
    assert item.paragraphs == [STORY_B] and item.captions == []
    assert all(line in result.meta.boilerplate for line in [heading, *messages])


def test_a_reporter_named_twice_is_one_byline():
    """□记者 李明 文/图 over 本报讯（记者 李明）: 李明 reported once and took the pictures."""
    item = page("遂宁：科技特派员助力柑橘丰收", "□记者 李明 文/图", "本报讯（记者 李明）" + STORY_B).items[0]
    assert [(b.role, b.name) for b in item.bylines] == [("reporter", "李明"), ("photographer", "李明")]


def test_running_head_repeated_on_the_next_pdf_page_does_not_cut_the_story():
    """The page's head printed again mid-story: the story goes on and the word it cut is joined."""
    head = "重庆科技报 2021年4月6日 第3版"
    result = page(
        head, "科技助农 春耕正忙", "本报记者 陈静", STORY_B,
        "近日，江津区科协组织农技专家深入田间地头开展春耕技术指导，帮助农户解决生产难", head, "题，受到群众欢迎。",
    )
    assert len(result.items) == 1
    item = result.items[0]
    assert (item.title, [b.name for b in item.bylines]) == ("科技助农 春耕正忙", ["陈静"])
    assert item.paragraphs[-1].endswith("帮助农户解决生产难题，受到群众欢迎。")
    assert result.meta.source_lines == [head, head] and result.meta.banners == []


@pytest.mark.parametrize(
    "head",
    [
        "四川科技报 2021年8月20日 第3版",
        "2021年8月20日 星期五          四川科技报          第3版",  # the date at the left margin, the paper centred
        "2021年8月20日 星期五",
        "第3版",
        # the page's foot: its number, date and editors (a name spread to three characters' width), or its
        # editors alone (it had been glued into the sentence, or had cut the story in two)
        "6 2021年8月20日 星期五 责任编辑：胡 敏 美编：陈 曦",
        "责任编辑：胡 敏 美编：陈 曦",
    ],
)
@pytest.mark.parametrize(
    ("before", "after", "joined"),
    [
        ("凉山州科协组织专家深入布拖县，开展马铃薯种植", "技术培训。专家们手把手指导农户科学施肥。", True),  # cut mid-sentence
        ("凉山州科协组织专家深入布拖县开展培训。", "专家们手把手指导农户科学施肥。", False),
    ],
)
def test_a_page_head_first_met_mid_story_does_not_cut_it(head, before, after, joined):
    """The next PDF page's head where the copy crossed it, printed nowhere before: the story goes on under
    it (its second part was a headless item, flagged); a paragraph it cut is joined across it."""
    result = page("凉山州科协助力脱贫攻坚", "本报讯（记者 吉克阿依）" + before, head, after, "（凉山州科协）")
    assert len(result.items) == 1
    item = result.items[0]
    assert (item.source, item.flags) == ("凉山州科协", [])
    assert item.paragraphs == ([before + after] if joined else [before, after])
    assert head in result.meta.source_lines + result.meta.banners


@pytest.mark.parametrize(
    ("furniture", "repeated"),
    [
        ("重庆科技报 3", ""),  # a running head without its date: the paper and the page's number
        ("四川科技报 第3版", ""),
        ("四川科技报", ""),  # or the paper's name alone
        ("四川科技报社出版 国内统一连续出版物号CN51-0034", "四川科技报社出版 国内统一连续出版物号CN51-0034"),
        ("市州科协", "市州科协"),  # the page's banner printed again (it was a sub-heading)
        ("相关阅读  国家级学会服务站落户资阳  详见第4版", ""),  # a pointer to another page (it split the story)
    ],
)
def test_a_running_head_or_foot_cutting_a_sentence_is_furniture_and_the_sentence_joined(furniture, repeated):
    """…副主任陈 / 重庆科技报 3 / 刚当选为…: a PDF page's head or foot (printed at the page's top before, or the
    paper's name) where the copy crossed the page, inside a sentence it cut mid-word; the sentence is joined
    across it (it was glued into it: 陈重庆科技报 3刚, CN51-003480余名)."""
    lines = [line for line in ("四川科技报 2024年5月20日 星期一", repeated) if line]
    before, after = "5月5日，合川区科协第三次代表大会召开，区人大常委会副主任陈", "刚当选为区科协主席。"
    result = page(*lines, "合川区科协召开第三次代表大会", "本报讯（记者 蓝倩）" + before, furniture, after, "（合川区科协）")
    (item,) = result.items
    assert item.paragraphs == [before + after] and item.subheadings == []
    assert result.meta.source_lines[-1] == furniture


def test_a_running_head_without_its_date_over_the_date_line_is_the_pages_head():
    """四川科技报 第3版 over 2024年5月13日 星期一: the page's masthead, not the first story's headline."""
    result = page("四川科技报 第3版", "2024年5月13日 星期一", "自贡市科协举办灯会科技创新论坛", "本报讯（记者 何佳）" + STORY_B)
    (item,) = result.items
    assert (item.title, item.subtitle) == ("自贡市科协举办灯会科技创新论坛", "")
    assert (result.meta.site, result.meta.page_date) == ("四川科技报", dt.date(2024, 5, 13))


def test_two_stories_read_across_from_their_leads_are_flagged():
    """本报讯（通讯员 向 丽）4月18日，黔 本报讯 4月20日，…: two columns' leads on one row, a one-space gutter;
    the merged story is flagged for an editor to take apart (it was glued into one, no flag)."""
    item = page("黔江区科协开展科技志愿服务活动", "本报讯（通讯员 向 丽）4月18日，黔 本报讯 4月20日，秀山县科协在清溪场镇",
                "江区科协组织科技志愿者走进濯水镇， 举办猕猴桃种植技术培训班，邀请县农技").items[0]
    assert "interleaved_columns" in codes(item)


def test_a_running_heads_bare_name_over_a_new_sentence_is_left_to_the_story():
    """四川科技报 between two whole sentences cuts nothing that proves it furniture: not taken out mid-story."""
    result = page("合川区科协召开第三次代表大会", "本报讯（记者 蓝倩）" + STORY_B, "四川科技报", STORY_C, "（合川区科协）")
    assert "四川科技报" not in result.meta.source_lines


@pytest.mark.parametrize(
    ("lines", "flagged"),
    [
        (["5月6日，攀枝花市科协组织芒果专家走进米易县，    近日，凉山州科协在昭觉县开展“科技下乡”活动，",
          "培训果农300余人次。（攀枝花市科协）      发放科普资料2000余份。"], True),
        (["今年以来，宜宾市科协联合高校    市科协联合四川大学组建专家团队，    在翠屏区，专家团队紧扣动力电池"], True),
        # a table's spaced cells, a sentence with a wide space before its figures: no two columns of prose
        (["永川区科协    荣昌区科协    大足区科协"], False),
        (["5月6日，攀枝花市科协组织芒果专家走进米易县    培训果农300余人次。"], False),
        (["据本报讯报道，秀山县科协在清溪场镇举办培训班。"], False),  # 本报讯 in a sentence, no gutter before it
    ],
)
def test_columns_read_across_their_gutter_are_flagged_not_repaired(lines, flagged):
    """A line of one column, a gutter of spaces, the line beside it in the next: the order of the two columns'
    sentences cannot be proven, so the item is flagged for an editor (it was glued into one story, no flag)."""
    item = page("攀枝花市科协助力芒果产业发展", "本报讯（通讯员 赵磊）" + STORY_B, *lines).items[0]
    assert ("interleaved_columns" in codes(item)) is flagged


@pytest.mark.parametrize(
    ("lines", "paragraphs", "flagged"),
    [
        # the next paragraph opens a sentence of its own: set out of order, not cut (it was joined, no flag)
        (["据市科协党组书记、常务副主席", "截至目前，全市已建成乡镇科普e站120个。", "张华介绍，今年将新建科普e站30个。"], 3, True),
        (["今年以来，永川区科协依托", "■相关链接", "永川区科技馆于2019年建成开放，展厅面积4000平方米。"], 2, True),  # a box cut in
        # a sentence cut at a comma goes on, whatever opens the next line
        (["据了解，市科协党组书记、常务副主席张华介绍，", "截至目前，全市已建成乡镇科普e站120个。"], 1, False),
        (["全市已建成乡镇科普e站120个、社区科普", "大学45所，科普阵地覆盖率达到90%以上。"], 1, False),
    ],
)
def test_a_paragraph_stopping_mid_word_over_a_new_sentence_or_a_heading_is_flagged(lines, paragraphs, flagged):
    """…常务副主席 over 截至目前，…: no cut the next line carries on; the paragraphs stay as copied and the
    editor is told they may be out of order (or cut by a box)."""
    result = page("巴中市科协推进基层科普阵地建设", "本报讯（记者 杨帆）6月13日，巴中市科协召开推进会。" + lines[0], *lines[1:], "（巴中市科协）")
    (item,) = result.items
    assert len(item.paragraphs) == paragraphs
    assert ("incomplete_paragraph" in codes(item)) is flagged


@pytest.mark.parametrize(
    ("opening", "flagged"),
    [
        ("人介绍，专项行动将持续到11月底。", True),  # 负责 / 人介绍: the rest of a word cut elsewhere
        ("长表示，专项行动将持续到11月底。", True),
        ("张华介绍，专项行动将持续到11月底。", False),  # a speaker's name
        ("他表示，专项行动将持续到11月底。", False),
        ("据介绍，专项行动将持续到11月底。", False),
    ],
)
def test_a_paragraph_opening_with_a_words_last_character_and_a_verb_of_saying_is_flagged(opening, flagged):
    """据市科协相关负责 … 人介绍，…: out of order, the fragment is a paragraph (not a sub-heading: 据… heads
    nothing) and the paragraph that opens with the rest of its word is flagged as starting mid-sentence."""
    item = page("泸州市科协开展专项行动", "本报讯（记者 杨帆）" + STORY_B, "据市科协相关负责", STORY_C, opening, "（泸州市科协）").items[0]
    assert item.subheadings == []
    assert ("mid_sentence_start" in codes(item)) is flagged


@pytest.mark.parametrize("credit", ["璧山区科协供图", "刘洋 摄"])
def test_a_credited_caption_cutting_a_sentence_is_the_storys_picture(credit):
    """…来自区人民医院等 / ▲科技志愿者为市民提供健康咨询。璧山区科协供图 / 20家单位的…: the caption the copy set
    inside the story's sentence is the story's, and the sentence is joined (it was a photo item of its own)."""
    result = page(
        "璧山区科协举办科技志愿服务集市", "本报讯（通讯员 冉雪）9月14日，璧山区科协在秀湖公园举办集市，来自区人民医院等",
        "▲科技志愿者为市民提供健康咨询。" + credit, "20家单位的科技志愿者服务市民2000余人次。", "（冉雪）",
    )
    (item,) = result.items
    assert item.paragraphs == ["9月14日，璧山区科协在秀湖公园举办集市，来自区人民医院等20家单位的科技志愿者服务市民2000余人次。"]
    assert [caption.text for caption in item.captions] == ["▲科技志愿者为市民提供健康咨询。"]


@pytest.mark.parametrize(
    ("box", "sidebar"),
    [
        (
            ["┌────────────┐", "│  小贴士          │", "│院士（专家）工作站是科协组│", "│织引进高层次人才的重要平台│", "└────────────┘"],
            "小贴士\n院士（专家）工作站是科协组织引进高层次人才的重要平台",
        ),
        (["┌──────┐", "│工作站是重要平台│", "└──────┘"], "工作站是重要平台"),  # no title of its own
    ],
)
def test_a_drawn_box_set_into_a_sentence_is_the_storys_sidebar_and_the_sentence_joined(box, sidebar):
    """…已建成院士（专家）工作站 / ┌──┐ … └──┘ / 27个，…: the borders show where the box starts and ends; its
    lines, bars stripped, are the story's sidebar, and the sentence is joined across it (the lines were
    sub-headings with their │, the borders garbage lines, the sentence cut)."""
    result = page(
        "眉山市科协打造院士（专家）工作站集群", "本报讯（记者 李婷）8月9日，眉山市科协召开推进会。据了解，全市已建成院士（专家）工作站",
        *box, "27个，引进院士8名、专家团队31个。（眉山市科协）",
    )
    (item,) = result.items
    assert item.paragraphs == ["8月9日，眉山市科协召开推进会。据了解，全市已建成院士（专家）工作站27个，引进院士8名、专家团队31个。"]
    assert [block.text for block in item.blocks if block.kind == "sidebar"] == [sidebar]
    assert (item.source, result.flags) == ("眉山市科协", [])


@pytest.mark.parametrize(
    ("under", "items"),
    [
        ([], 1),  # the headline's story goes on under it: the lead's
        (["本报记者 蓝倩"], 2),  # a byline under it announces a story of its own
    ],
)
def test_a_headline_copied_after_the_pages_first_lead_is_that_storys(under, items):
    """本报讯（记者 王琳琳）4月13日，…召开，… / 重庆土壤学会召开2024年学术年会 / 年会以…（渝科）: the headline set
    beside its story, copied after the lead, is moved to the front and the editor told (the lead was an
    untitled item, the rest a story with no reporter)."""
    lead = "本报讯（记者 王琳琳）4月13日，重庆土壤学会2024年学术年会在西南大学召开，150余名会员参加。"
    result = page("重庆科技报 2024年4月17日 星期三", lead, "重庆土壤学会召开2024年学术年会", *under,
                  "年会以“耕地保护与土壤健康”为主题，10名青年学者作了交流发言。（渝科）")
    assert len(result.items) == items
    if items == 1:
        (item,) = result.items
        assert (item.title, [b.name for b in item.bylines], item.source) == ("重庆土壤学会召开2024年学术年会", ["王琳琳"], "渝科")
        assert len(item.paragraphs) == 2 and codes(item) == ["headline_or_subheading"]


def test_two_stories_read_a_line_of_each_are_flagged_not_credited_to_the_first_body():
    """Two columns copied a line of each: the first story stops mid-word before the next headline, the
    second closes with both bodies' attributions; both items are flagged, and neither body is the source."""
    first, second = page(
        "綦江区科协开展科技助农活动", "本报讯（通讯员 刘燕）5月18日，綦江区科协组织",
        "大足区科协举办青少年科技创新大赛", "本报讯（记者 张亚飞）5月19日，大足区第十届青",
        "农业专家走进永新镇，为茶农讲解茶树病", "少年科技创新大赛在大足中学举行，全区42所中小",
        "（綦江区科协）", "（大足区科协）",
    ).items
    assert codes(first) == ["incomplete_paragraph"]
    assert ("rival_attributions" in codes(second), second.source) == (True, None)


def test_one_story_signed_by_its_body_and_its_writer_is_no_rivalry():
    """（綦江区科协） over （刘燕）: the body and the person who wrote it, no second story."""
    item = page("綦江区科协开展科技助农活动", "本报讯 " + STORY_B, "（綦江区科协）", "（刘燕）").items[0]
    assert (item.source, codes(item)) == ("綦江区科协", [])


@pytest.mark.parametrize("head", ["四川科技报 2021年8月20日 第3版", "第3版", "责任编辑：胡 敏 美编：陈 曦"])
def test_a_page_head_over_a_new_lead_still_ends_the_story(head):
    """Under the head, a lead (本报讯…, 近日，…) opens another story whose headline the copy lost: it
    stays apart, for an editor to place."""
    for lead in ("本报讯 8月15日，遂宁市科协召开科技工作者座谈会。", "近日，遂宁市科协召开科技工作者座谈会。"):
        result = page("凉山州科协助力脱贫攻坚", "本报讯（记者 吉克阿依）" + STORY_B, head, lead)
        assert len(result.items) == 2, lead


@pytest.mark.parametrize(
    ("under_byline", "kinds"),
    [
        # ■ name and unit over each profile: the first, right under the byline, heads its part as the next does
        (["■ 邓凯 重庆理工大学车辆工程学院副教授", STORY_A, "■ 罗文娟 重庆市中医院主治医师", STORY_B],
         ["subheading", "paragraph", "subheading", "paragraph"]),
        # ● figures one after another under the byline stay the sidebar they are
        (["● 科普活动120场", "● 培训5000人次", STORY_A], ["sidebar", "paragraph"]),
    ],
)
def test_a_marked_head_right_under_the_byline_heads_its_part_as_its_siblings_do(under_byline, kinds):
    """巴渝青年科技人才风采录 / 本报记者 吴倩 / ■ 邓凯 … over his profile: no box apart from its text (it was a
    sidebar, the next ■ head a sub-heading)."""
    item = page("巴渝青年科技人才风采录", "本报记者 吴倩", *under_byline).items[0]
    assert [block.kind for block in item.blocks] == kinds


def test_marked_sub_headings_over_prose_are_sub_headings_but_a_marked_list_stays_a_sidebar():
    """■ 科普大篷车开进村 over its section's prose heads that section; ● lines one after another are a sidebar."""
    item = page("让科普之光照亮山乡", "本报记者 刘洋", STORY_A, "■ 科普大篷车开进村", STORY_B, "■ 科技小院扎根田间", STORY_C).items[0]
    assert item.subheadings == ["■ 科普大篷车开进村", "■ 科技小院扎根田间"]
    listed = page("让科普之光照亮山乡", "本报记者 刘洋", STORY_A, "● 科普活动120场", "● 培训5000人次", STORY_C).items[0]
    assert listed.subheadings == [] and [b.kind for b in listed.blocks] == ["paragraph", "sidebar", "paragraph"]


@pytest.mark.parametrize("line", ["记者：您好", "记者：王教授，您好！", "通讯员：好", "图片：点击查看", "文：点击阅读"])
def test_an_interviews_turn_or_a_prompt_is_no_byline(line):
    """记者：… in an interview is the reporter asking, 图片：点击查看 a prompt: what follows is no name."""
    assert credits_bylines.parse_byline_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        # a headline opening with a media centre, then a role word and no name (the headline left its story
        # as the centre's correspondent 培训班开班, reporter 走基层)
        "区融媒体中心 通讯员培训班开班",
        "县融媒体中心 记者走基层",
        "区融媒体中心 通讯员 队伍建设",
        "区融媒体中心 首席记者 工作室",
    ],
)
def test_a_role_word_before_no_persons_name_is_no_byline(line):
    assert credits_bylines.parse_byline_line(line) is None


def test_a_headline_opening_with_a_media_centre_stays_the_next_storys_headline():
    first, second = page("大足区科协召开科普工作推进会", "本报讯（记者 王明）" + STORY_A, "县融媒体中心 记者走基层",
                         "本报讯（通讯员 张丽）" + STORY_B).items
    assert [b.name for b in first.bylines] == ["王明"]
    assert second.title == "县融媒体中心 记者走基层"


def test_role_word_and_a_space_before_no_name_is_no_byline():
    """摄影 作品展 is a sub-heading about photographs, not a photographer called 作品展."""
    item = page("标题在这里", "本报记者 王明", STORY_A, "摄影 作品展", STORY_C).items[0]
    assert [b.name for b in item.bylines] == ["王明"] and item.subheadings == ["摄影 作品展"]


def test_numbered_captions_under_a_headline_are_a_photo_story_credited_together():
    """科普大篷车进乡村 / 图①：… / 图②：… / 本报记者 王明 摄: one photo item, both pictures by 王明."""
    result = page("科普大篷车进乡村", "图①：孩子们在大篷车前排队参观。", "图②：志愿者为村民讲解科普展品。", "本报记者 王明 摄",
                  "綦江区科协召开全委会", "本报讯（记者 李华）" + STORY_C)
    photo, article = result.items
    assert photo.kind == PHOTO and photo.title == "科普大篷车进乡村"
    assert [(c.text, c.photographer) for c in photo.captions] == [
        ("图①：孩子们在大篷车前排队参观。", "王明"),
        ("图②：志愿者为村民讲解科普展品。", "王明"),
    ]
    assert article.title == "綦江区科协召开全委会"


@pytest.mark.parametrize(
    ("line", "is_row"),
    [
        ("学术交流活动\t126场\t12.5%", True),  # a table copied with tabs
        ("项目\t数量", True),
        ("渝中区科协  江北区科协  沙坪坝区科协  九龙坡区科协", True),  # a list of names, four cells
        ("张  伟  渝中区科协", True),  # a two-character name spaced to three characters' width
        ("科普活动  348场  20.1%", True),  # three cells with figures
        ("弘扬科学家精神   重庆市科技工作者日大会举行   表彰100名科技工作者", False),  # a number in a phrase
        ("聚焦科普  服务群众  助力发展", False),  # a headline's three phrases
        ("科技助农  春耕忙", False),  # a headline's two phrases
        ("渝中区科协　江北区科协　沙坪坝区科协　九龙坡区科协", True),  # one ideographic space between cells
        ("张　伟　渝中区科协", True),
        ("科技助农　春耕忙", False),
        ("聚焦科普　服务群众　助力发展", False),
        ("科技助农 春耕忙", False),
        ("绵阳市科协召开2023年学会工作推进会", False),
        ("| 序号 | 单位名称 | 推荐单位 | 类别 |", True),  # a table copied with its rules, cells between bars
        ("| 1 | 自贡恐龙博物馆 | 自贡市科协 |", True),
        ("1 | 自贡恐龙博物馆 | 自贡市科协 | 场馆类", True),
        ("｜序号｜单位名称｜", True),
        ("地方动态 | DI FANG DONG TAI", False),  # one bar divides a banner
    ],
)
def test_a_table_or_list_row_is_told_from_a_spaced_headline(line, is_row):
    from articles.textpipeline.shapes_headlines import could_be_headline, is_heading_like
    from articles.textpipeline.shapes_lists import is_table_row

    assert is_table_row(line) is is_row
    if is_row:
        assert not is_heading_like(line) and not could_be_headline(line)


TABLE_STORY = [
    "绵阳市科协召开学会工作推进会",
    "本报讯（记者 赵敏）11月6日，绵阳市科协召开学会工作推进会，全市32家市级学会负责人参加会议。",
    "表1 全市学会主要工作数据\n项目\t数量\t同比增长\n学术交流活动\t126场\t12.5%\n决策咨询报告\t23篇\t15.0%",
    "遂宁：院士专家工作站助力企业攻关",
    "本报讯（通讯员 周平）近日，遂宁市一家锂电企业依托院士专家工作站突破正极材料关键技术。",
]


def test_a_tables_rows_stay_in_their_story_and_its_last_row_is_no_headline():
    """Before, the table's last row was read as the next story's headline (its real headline as 副题)."""
    first, second = page(*TABLE_STORY).items
    assert second.title == "遂宁：院士专家工作站助力企业攻关" and second.subtitle == ""
    rows = [block.text for block in first.blocks if "\t" in block.text]
    assert rows == ["项目\t数量\t同比增长", "学术交流活动\t126场\t12.5%", "决策咨询报告\t23篇\t15.0%"]


@pytest.mark.parametrize(
    ("opener", "rows"),
    [
        ("名单如下：", ["船山区科协科普志愿服务队", "遂宁市气象局科普志愿服务队", "四川职业技术学院科普志愿服务队"]),
        ("受表彰的科技工作者是：", ["王明 田丽 刘峰 李强 吴霞", "张敏 陈刚 周丹 胡军 黄英"]),
        # a list's title on a line of its own opens it too, and no row is joined to it
        ("\n附：2024年遂宁市科普志愿服务先进集体名单（3个）", ["船山区科协科普志愿服务队", "遂宁市气象局科普志愿服务队", "四川职业技术学院科普志愿服务队"]),
    ],
)
def test_a_lists_last_row_at_a_storys_end_is_no_headline(opener, rows):
    """The last row of a list closing a story, over the next headline and its lead: before, it was the next
    story's title (and the real headline its 副题)."""
    lead = "本报讯（记者 蒋琳）9月18日，遂宁市科协对一批先进集体和个人进行通报表扬。" + opener
    first, second = page("市科协表彰科普志愿服务队", lead, *rows, "全市青少年科技创新大赛落幕", "本报讯（记者 蒋琳）" + LONG).items
    assert first.paragraphs[-len(rows) - 1 :] == [first.paragraphs[-len(rows) - 1], *rows]
    assert first.paragraphs[-len(rows) - 1].endswith(("：", "）"))  # the opener, no row joined to it
    assert (second.title, second.subtitle) == ("全市青少年科技创新大赛落幕", "")


def test_a_timetables_last_row_is_not_glued_to_the_next_sentence():
    """10:30—11:30 分组讨论 over 下午，与会专家…: the row is whole on its line (the two were joined as a
    column break's halves)."""
    lead = "本报讯（记者 蓝倩）11月5日，学术年会在重庆召开。上午的议程如下："
    slots = ["9:00—9:20 开幕式", "10:30—11:30 分组讨论"]
    after = "下午，与会专家分赴企业开展服务。市科协主席出席会议并讲话。"
    (item,) = page("学术年会在渝召开", lead, *slots, after).items
    assert item.paragraphs[1:] == [*slots, after]


@pytest.mark.parametrize("dash", ["—", "-", "～"])
def test_a_timetable_after_a_story_is_no_stack_of_headlines(dash):
    """大赛议程 and its time slots after a story its attribution closed: a box of rows, not the next story's
    kicker, title and 副题 (the next story's headline was the last of them)."""
    slots = [f"9:00{dash}9:20  开幕式", f"9:20{dash}11:50 第一组选手比赛", f"16:40{dash}17:00 颁奖仪式"]
    items = page("第十届重庆市科普讲解大赛决赛举行", "本报讯（记者 杜娟）" + LONG, "（渝科）", "大赛议程", *slots,
                 "綦江区表彰优秀科技工作者", "本报讯 " + LONG).items
    box, story = items[-2:]
    assert (box.title, box.paragraphs) == ("大赛议程", slots)
    assert (story.kicker, story.title, story.subtitle) == ("", "綦江区表彰优秀科技工作者", "")


@pytest.mark.parametrize(
    "listed",
    [
        ["名单如下：", "重庆市农学会（2名）", "陈  东  刘晓燕", "重庆市土壤学会（1名）", "黄志刚"],
        ["大会选举产生了市科协第九届委员会。", "市科协第九届委员会主席、副主席名单", "主  席", "潘复生", "副主席（按姓氏笔画排序）",
         "王  平  刘  庆  李  兵"],
        # 一等奖 over 张 伟, 二等奖 over 李 强: a grade over its winners (张伟 headed a story, 刘洋 its byline)
        ["市科协表彰了一批优秀科技工作者，获奖名单如下：", "一等奖", "张 伟", "二等奖", "李 强", "刘 洋"],
        ["市科协表彰了一批优秀科技工作者。", "一等奖", "张 伟", "二等奖", "李 强", "刘 洋"],
        # one name a line, spread to three's width (李强 headed a story, 刘洋 its byline)
        ["市科协公布了最美科技工作者名单，他们是：", "张  伟", "李  强", "刘  洋"],
        # people with their bodies and posts, the names unpadded (石磊 and 李晓燕 were bylines closing fake stories)
        ["经推荐评选，5名同志被确定为“最美科技工作者”。", "“最美科技工作者”（按姓氏笔画排序）",
         "王建军\u3000攀枝花钢铁研究院有限公司首席专家", "石磊\u3000四川大学华西医院教授", "刘红梅\u3000宜宾市农业科学院副院长",
         "李晓燕\u3000达州市中心医院主任医师", "高\u3000峰\u3000泸州老窖股份有限公司酿酒大师"],
    ],
)
def test_a_lists_group_heading_over_one_name_heads_no_story(listed):
    """重庆市土壤学会（1名） over 黄志刚, …名单 over 主  席 and 潘复生, inside a story: the list's groups and
    labels (before, each headed a story of its own, the one name its byline)."""
    lead = "本报讯（记者 王琳）6月5日，市科协对优秀学会工作者和新一届委员会负责人进行公布。"
    (item,) = page("市科协表彰2023年度优秀学会工作者", lead, *listed, "市科协希望受表扬的同志珍惜荣誉。").items
    assert [b.name for b in item.bylines] == ["王琳"]
    assert item.subtitle == "" and item.paragraphs[-1] == "市科协希望受表扬的同志珍惜荣誉。"
    assert [block.text for block in item.blocks[1:-1]] == listed


OFFICERS = ["理事长：", "周建华 绵阳市疾病预防控制中心主任", "副理事长：", "李明远 江油市人民医院副院长",
            "赵\u3000娟 西南科技大学教授", "秘书长：", "孙\u3000涛 绵阳市疾病预防控制中心副主任"]


def test_a_list_of_officers_under_bare_office_labels_is_the_storys_text():
    """理事长： over 周建华 绵阳市疾病预防控制中心主任: an office's label over its holders, each a name, a body and
    a post: the list the story prints (the first was a closing byline, the rest credits and a story of their
    own); the note of the meeting that elected them dates the list, no source's attribution."""
    note = "（2024年5月20日第三次会员代表大会选举产生）"
    result = page("绵阳市营养学会第三届理事会领导机构名单", note, "\n".join(OFFICERS))
    (item,) = result.items
    assert item.bylines == [] and item.dateline == "2024年5月20日" and item.source is None
    assert len(item.paragraphs) == len(OFFICERS) and item.paragraphs[1].startswith("周建华")


def test_an_author_with_a_unit_and_post_under_a_health_piece_still_signs_it():
    """王丽 重庆医科大学附属第一医院主任医师 alone under a piece's text (no office's label over it): its author."""
    (item,) = page("冬季如何预防流感", "专家提醒，冬季是流感高发季节，市民应及时接种疫苗，勤洗手、多通风。",
                   "王丽 重庆医科大学附属第一医院主任医师").items
    assert [b.name for b in item.bylines] == ["王丽"]


def test_an_officers_field_over_a_bare_office_label_is_the_lists_first_row():
    """理事长：周建华 … over 副理事长： under the list's title: the list's first row, no 副题 of the title."""
    rows = ["理事长：周建华 绵阳市疾病预防控制中心主任", "副理事长：", "李明远 江油市人民医院副院长"]
    (item,) = page("绵阳市营养学会第三届理事会领导机构名单", "\n".join(rows)).items
    assert item.subtitle == "" and item.paragraphs == rows
    (profile,) = page("绵阳市营养学会换届\n——记新任理事长周建华", "本报记者 李娟",
                      "5月20日，绵阳市营养学会第三次会员代表大会召开，周建华当选理事长。").items
    assert profile.subtitle == "——记新任理事长周建华"


AGENDA = ["2024年11月9日（星期六）", "09:00-09:30 开幕式", "分会场：绿色建材 地点：二楼报告厅", "17:00 闭幕"]
MEETING_FIELDS = ["会议地点：绵阳市涪城区科技馆学术报告厅", "联系人：周敏 0816-2345678"]


@pytest.mark.parametrize(
    ("closing", "hosts"),
    [(AGENDA[-1], ["主办单位：绵阳市建筑学会"]), (AGENDA[-1], []), ("欢迎各会员单位积极参加。", ["主办单位：绵阳市建筑学会"])],
)
def test_a_meetings_closing_fields_are_its_text_no_story(closing, hosts):
    """会议地点：… over 联系人：… 0816-…, after a programme's last row (17:00 闭幕) or its hosts: the meeting's
    fields, its text (they were a story's headline and 副题, with no body; with no hosts line, joined to the
    last row); a row of the programme over 17:00 闭幕 is no sub-heading."""
    blocks = [*AGENDA[:-1], closing]
    (item,) = page("绵阳市建筑学会2024年学术年会\n会议日程", "\n".join(blocks), "\n".join([*hosts, *MEETING_FIELDS])).items
    assert item.paragraphs == [*blocks[1:], *hosts, *MEETING_FIELDS] and item.subheadings == []  # (the day: the page's)


def test_a_sites_footer_under_a_story_stays_furniture():
    """主办单位：… over 地址：… and 电话：… under a story: the site's footer, no event's fields."""
    footer = ["主办单位：重庆市荣昌区科学技术协会", "地址：重庆市荣昌区昌州大道西段", "电话：023-46789012"]
    result = page("荣昌区科协开展科普进社区活动", "9月20日，荣昌区科协在昌元街道开展科普进社区活动。", "\n".join(footer))
    (item,) = result.items
    assert item.paragraphs == ["9月20日，荣昌区科协在昌元街道开展科普进社区活动。"] and result.meta.boilerplate


@pytest.mark.parametrize(
    ("title", "opening"),
    [
        ("人事任免", "经中共四川省委组织部同意，省科协党组研究决定："),
        ("干部任前公示", "经市科协党组研究，拟任命下列同志职务，现予以公示："),
    ],
)
def test_a_personnel_notice_under_a_report_is_an_item_of_its_own(title, opening):
    """人事任免 over 经…研究决定： under a 本报讯 report: the notice and its attribution (it was the report's
    sub-heading, and its （省科协组织人事部） the report's source)."""
    report, notice = page("四川省科协召开十届五次全委会", "本报讯（记者 黄婷）" + LONG, title, opening,
                          "赵明远同志任四川科技报社社长。", "（省科协组织人事部）").items
    assert (report.title, report.source, [b.name for b in report.bylines]) == ("四川省科协召开十届五次全委会", None, ["黄婷"])
    assert (notice.title, notice.source, notice.paragraphs) == (title, "省科协组织人事部", [opening, "赵明远同志任四川科技报社社长。"])


@pytest.mark.parametrize("heading", ["人事任免", "干部任前公示"])
def test_a_personnel_heading_over_the_storys_own_sentence_stays_a_subheading(heading):
    """人事任免 over prose that decides nothing: the report's own section."""
    (item,) = page("四川省科协召开十届五次全委会", "本报讯（记者 黄婷）" + LONG, heading,
                   "会议还通报了近期人事调整情况，与会人员进行了讨论。").items
    assert item.title == "四川省科协召开十届五次全委会"


@pytest.mark.parametrize(
    ("heading", "items"),
    [
        ("区科协四届一次全委会选举产生新一届领导班子", 1),  # the post's section, its body by the context form
        ("城口县科协召开第四次代表大会", 2),  # a digest's next story names its subject in full
    ],
)
def test_a_heading_over_a_dated_paragraph_in_a_web_post_of_one_info_line(heading, items):
    """区科协四届一次全委会… over 12月9日，… in a post of one 发布时间 line: a sub-heading (it split the post)."""
    result = page("永川区科协第四次代表大会隆重开幕", "发布时间：2021-12-09\u3000来源：永川区科协",
                  "12月8日，重庆市永川区科学技术协会第四次代表大会开幕，选举产生了区科协第四届委员会。", heading,
                  "12月9日，区科协第四届委员会第一次全体会议召开，何德兵当选为区科协主席。", "编辑：蒋晓")
    assert len(result.items) == items
    assert ([b.kind for b in result.items[0].blocks][1:2] == ["subheading"]) == (items == 1)


def test_two_authors_with_their_bodies_and_posts_under_a_headline_are_its_bylines():
    """张丽　…主任医师 over 李明　…教授 under the headline: two authors, not a list (a list has three rows or more)."""
    item = page("冬季如何预防呼吸道疾病", "张丽\u3000重庆医科大学附属第一医院主任医师", "李明\u3000四川大学华西医院教授",
                LONG).items[0]
    assert [b.name for b in item.bylines] == ["张丽", "李明"]


def test_a_winners_list_opening_under_its_headline_heads_its_first_group_too():
    """小学组 right under …获奖名单, over its table's header: the list's first category, a sub-heading as the
    中学组 over the next table is (it was the headline's 副题, and 中学组 a paragraph)."""
    header = "序号  项目名称              学校              学生      指导教师"
    rows = ["1   家用智能晾衣架的设计   成都市泡桐树小学   王子涵    刘 敏", "1   岷江水质在线监测浮标   成都石室中学   赵思远    黄 伟"]
    result = split_page("\n".join(["第39届四川省青少年科技创新大赛获奖名单", "", "小学组", header, rows[0], "", "中学组",
                                    header, rows[1]]))
    (item,) = result.items
    assert (item.title, item.subtitle) == ("第39届四川省青少年科技创新大赛获奖名单", "")
    assert item.subheadings == ["小学组", "中学组"]


def test_a_group_under_a_headline_over_prose_heads_no_list():
    """专业组 under a headline, over the story's prose: no list opens under it, so no list's category."""
    prose = "6月2日，全市科普讲解大赛决赛举行，20名选手参赛，经过激烈角逐，张三获得一等奖。"
    (item,) = page("全市科普讲解大赛决赛举行", "专业组", prose).items
    assert (item.title, item.subheadings, item.paragraphs) == ("全市科普讲解大赛决赛举行", [], [prose])


@pytest.mark.parametrize(
    "lead_in",
    ["现将一等奖获奖名单刊登如下：", "现将一等奖获奖名单刊登如下（排名不分先后）：", "一等奖获奖名单公布如下。"],
)
def test_a_winners_lists_groups_are_all_subheadings(lead_in):
    """小学组 under 名单如下：, then 初中组 and 高中组: the list's categories headed alike (the first, under the
    colon, was a paragraph and the others sub-headings)."""
    rows = [
        "成都市泡桐树小学  陈思远  《会浇水的智能花盆》  指导老师：刘红",
        "成都七中育才学校  王俊熙  《教室空气质量监测仪》  指导老师：赵刚",
        "四川省绵阳中学  谢子墨  《川西高原土壤微生物多样性调查》  指导老师：郑丽",
    ]
    listed = ["小学组", rows[0], "初中组", rows[1], "高中组（1项）", rows[2]]
    (item,) = page("四川省青少年科技创新大赛获奖名单", "本报讯（记者 罗晓）" + lead_in, *listed).items
    assert item.subheadings == ["小学组", "初中组", "高中组（1项）"]
    assert item.paragraphs == [lead_in, *rows]


@pytest.mark.parametrize(
    ("rows", "expected", "flagged"),
    [
        (  # a company's name cut: proved by its rest; a cell cut at the same width after it
            ["重庆宗申动力机械股", "份有限公司\t刘  强\t巴南区", "重庆市万州区农业技", "术推广站\t周  勇\t万州区"],
            ["重庆宗申动力机械股份有限公司\t刘  强\t巴南区", "重庆市万州区农业技术推广站\t周  勇\t万州区"],
            False,
        ),
        (  # nothing proves the cut: both lines kept, the editor told
            ["重庆市万州区农业技", "术推广站\t周  勇\t万州区"],
            ["重庆市万州区农业技", "术推广站\t周  勇\t万州区"],
            True,
        ),
        (["一等奖（2项）", "重庆三峡学院\t陈  刚\t万州区"], ["一等奖（2项）", "重庆三峡学院\t陈  刚\t万州区"], False),
    ],
)
def test_a_tables_first_cell_cut_by_the_copy_is_rejoined_or_flagged(rows, expected, flagged):
    """重庆宗申动力机械股 over 份有限公司\t刘  强\t巴南区 in a tabbed table: before, both stayed lines of their
    own, with no repair and no flag, and the company was lost."""
    table = "\n".join(["建站单位\t进站院士（专家）\t所在区县", "重庆三峡学院\t陈  刚\t万州区", *rows])
    (item,) = page("我市新增12家院士专家工作站", "本报讯（记者 刘洁）" + LONG, table, "市科协将重点围绕产业链关键环节开展技术攻关。").items
    assert item.paragraphs[3:-1] == expected
    assert ("cut_table_cell" in codes(item)) is flagged


@pytest.mark.parametrize("after", ["附件：2024年全省学会能力提升专项评估“优秀”学会名单", ""])
def test_a_table_copied_one_cell_a_line_is_no_cut_sentence_and_has_no_subheading(after):
    """得分 under 学会名称 was flagged as a sentence's lost start, and the last cell 良好 was a sub-heading
    over the 附件： line."""
    cells = ["学会名称", "得分", "等次", "四川省农学会", "96.5", "优秀", "四川省土木建筑学会", "88.2", "良好"]
    lead = "本报讯（记者 李想）12月4日，四川省科协公布评估结果，部分学会得分如下："
    (item,) = page("全省学会能力提升专项评估结果公布", lead, *cells, *([after] if after else [])).items
    assert "mid_sentence_start" not in codes(item)
    assert item.subheadings == [] and item.paragraphs[1:10] == cells


@pytest.mark.parametrize("gap", [[], [""]])
def test_a_short_headline_over_its_lead_after_a_list_of_short_rows_is_no_cell_of_the_list(gap):
    """专家服务团走进綦江 over 本报讯… was read as the next cell of the rows above it: the next story lost its
    headline and the list's story took 綦江 as its region."""
    rows = ["重庆科技馆", "重庆自然博物馆", "重庆动物园"]
    lead = "本报讯（记者 王琳）日前，市科协公布了新一批科普基地名单，分别是："
    next_lead = "本报讯（记者 蓝倩）6月3日，市科协专家服务团走进綦江区，为当地企业把脉问诊。"
    first, second = page("市科协公布科普基地名单", lead, *rows, *gap, "专家服务团走进綦江", *gap, next_lead).items
    assert first.paragraphs[1:] == rows
    assert second.title == "专家服务团走进綦江"


def test_rows_of_a_name_list_are_never_joined_as_a_broken_paragraph():
    """Before, rows that do not end a sentence were glued into one paragraph: 南岸区科协北碚区科协…"""
    rows = [
        "渝中区科协  江北区科协  沙坪坝区科协  九龙坡区科协  南岸区科协",
        "北碚区科协  渝北区科协  巴南区科协  永川区科协  合川区科协",
        "张  伟  渝中区科协",
        "李小红  江北区科协",
    ]
    (item,) = page(
        "2023年度全市科普工作先进集体和先进个人名单",
        "编者按：为表彰在科普工作中作出突出贡献的集体和个人，市科协公布了先进集体和先进个人名单。现将名单刊登如下。",
        "\n".join(rows),
    ).items
    assert [block.text for block in item.blocks[1:]] == rows
    assert not [repair for repair in item.repairs if repair.code == "joined_break"]


def test_a_letters_title_after_a_list_starts_a_piece_of_its_own():
    items = page(
        "全市科普工作先进个人名单",
        "编者按：市科协公布了2023年度全市科普工作先进个人名单，现刊登如下。",
        "张  伟  渝中区科协\n李小红  江北区科协",
        "致全市广大科技工作者的一封信",
        "全市广大科技工作者：\n你们好！值此全国科技工作者日来临之际，市科协向大家致以节日的问候！",
    ).items
    assert [item.title for item in items] == ["全市科普工作先进个人名单", "致全市广大科技工作者的一封信"]


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("3.王刚 重庆医科大学", ("1.", 3)),
        ("１２．加强组织", ("1.", 12)),
        ("二、完善机制", ("一、", 2)),
        ("十二、加强宣传", ("一、", 12)),
        ("（三）选好苗子", ("（一）", 3)),
        ("(十一)强化保障", ("（一）", 11)),
        ("2023年工作要点", None),
    ],
)
def test_list_number_reads_the_numbering_and_its_style(line, number):
    from articles.textpipeline.shapes_lists import list_number

    assert list_number(line) == number


NOTICE = [
    "关于2023年度重庆市优秀科技工作者拟表彰人选的公示",
    "根据《重庆市优秀科技工作者评选表彰办法》，经推荐、评审，现将拟表彰人选予以公示。",
    "1.张明 重庆大学\n2.李娜 西南大学\n3.王刚 重庆医科大学\n4.陈晓东 中国科学院重庆绿色智能技术研究院",
    "公示期为2023年12月15日至12月21日。如有异议，请在公示期内向市科协人事处反映。",
    "联系人：李老师\n联系电话：023-63600000",
    "重庆市科学技术协会\n2023年12月15日",
    "川渝科协联合举办青少年科技创新大赛",
    "本报讯（记者 刘畅）12月12日，川渝科协联合举办的青少年科技创新大赛在重庆开幕。",
]


def test_a_numbered_list_stays_paragraphs_and_a_notice_keeps_its_contact_lines_and_signature():
    """Before, the list's last two lines were sub-headings (a long line followed them), the contact
    line ended the notice as page footer, and the issuer became the next story's headline."""
    notice, story = page(*NOTICE).items
    assert notice.subheadings == []
    assert notice.paragraphs[1:5] == NOTICE[2].split("\n")
    assert notice.paragraphs[-4:] == ["联系人：李老师", "联系电话：023-63600000", "重庆市科学技术协会", "2023年12月15日"]
    assert notice.date == dt.date(2023, 12, 15)
    assert (story.title, story.subtitle) == ("川渝科协联合举办青少年科技创新大赛", "")


@pytest.mark.parametrize(
    ("body", "tail", "source"),
    [
        (  # contact fields in the middle of a notice, more of its text and its dated signature after them
            ["投稿邮箱：zhengwen@sckjb.cn\n联系人：陈老师\n电话：028-86120000",
             "征文将评出一等奖5名、二等奖10名，优秀作品将在本报刊发。", "四川科技报社\n2024年7月10日"],
            ["投稿邮箱：zhengwen@sckjb.cn", "联系人：陈老师", "电话：028-86120000",
             "征文将评出一等奖5名、二等奖10名，优秀作品将在本报刊发。", "四川科技报社", "2024年7月10日"],
            "四川科技报社",
        ),
        (  # a call for contributions: where entries go is its text, the signature under it its issuer's
            ["来稿电话：028-86120000\n稿件联系邮箱：zhengwen@sckjb.cn", "四川科技报社\n2024年7月10日"],
            ["来稿电话：028-86120000", "稿件联系邮箱：zhengwen@sckjb.cn", "四川科技报社", "2024年7月10日"],
            "四川科技报社",
        ),
        (  # signed without a date, its issuer closing the page
            ["报名方式：将个人简历发送至hr@sckjb.cn\n联系电话：028-86129999", "四川科技报社"],
            ["报名方式：将个人简历发送至hr@sckjb.cn", "联系电话：028-86129999", "四川科技报社"],
            "四川科技报社",
        ),
        (  # unsigned, its numbered fields over its phone at the page's end (the phone was the site's footer)
            ["一、截止时间：2026年8月31日。\n二、报送方式：作品发送至邮箱zhengwen@sckjb.cn。\n联系电话：028-86129999"],
            ["一、截止时间：2026年8月31日。", "二、报送方式：作品发送至邮箱zhengwen@sckjb.cn。", "联系电话：028-86129999"],
            None,
        ),
        (  # signed by two bodies over the date: both issued it
            ["重庆市科技志愿服务总队\n重庆市老科技工作者协会\n2024年5月27日"],
            ["重庆市科技志愿服务总队", "重庆市老科技工作者协会", "2024年5月27日"],
            "重庆市科技志愿服务总队、重庆市老科技工作者协会",
        ),
        (  # two signers under their label on one line, over the date (the two lines were glued together)
            ["倡议单位：德阳市科学技术协会　德阳市科技志愿服务总队", "2024年3月22日"],
            ["倡议单位：德阳市科学技术协会　德阳市科技志愿服务总队", "2024年3月22日"],
            "德阳市科学技术协会、德阳市科技志愿服务总队",
        ),
        (  # a college and an institute among the signers (only the last signer was the source)
            ["凉山彝族自治州科学技术协会\n西昌学院\n凉山州农业科学研究院\n凉山州医学会\n2024年5月28日"],
            ["凉山彝族自治州科学技术协会", "西昌学院", "凉山州农业科学研究院", "凉山州医学会", "2024年5月28日"],
            "凉山彝族自治州科学技术协会、西昌学院、凉山州农业科学研究院、凉山州医学会",
        ),
        (  # two signers spaced on one line (both were the source, spaces and all)
            ["重庆市科学技术协会　　　重庆市教育委员会", "2024年3月22日"],
            ["重庆市科学技术协会　　　重庆市教育委员会", "2024年3月22日"],
            "重庆市科学技术协会、重庆市教育委员会",
        ),
    ],
)
def test_a_notice_keeps_its_contact_fields_and_its_signers(body, tail, source):
    """The contact lines were the page's footer when prose or an undated signature came after them (联系人：
    then opened an item, the issuer became the page's site), and of two signers only the last was the source."""
    result = page("招聘启事", "因业务发展需要，四川科技报社现面向社会公开招聘新媒体编辑2名。现将有关事项公告如下：", *body)
    (item,) = result.items
    assert item.paragraphs[1:] == tail
    assert item.source == source and not item.flags
    if is_full_date(tail[-1]):
        assert item.date.isoformat() == "-".join(f"{int(n):02d}" for n in re.findall(r"\d+", tail[-1]))
    assert result.meta.site is None and result.meta.boilerplate == []


@pytest.mark.parametrize(
    ("cut_before", "cut_after", "paragraph"),
    [
        ("5月27日，市科协召开党组会议，会议要求各部门在", "前完成整改。（渝科）",
         "5月27日，市科协召开党组会议，会议要求各部门在2024年6月30日前完成整改。"),
        ("5月27日，市科协印发通知，请各区县科协于", "前将材料报送市科协。",
         "5月27日，市科协印发通知，请各区县科协于2024年6月30日前将材料报送市科协。"),
    ],
)
def test_a_date_a_break_set_alone_in_mid_sentence_stays_in_the_sentence(cut_before, cut_after, paragraph):
    """…要求各部门在 / 2024年6月30日 / 前完成整改。: the date went to the page's lines and the deadline was lost."""
    result = page("市科协召开党组会议", "本报讯（记者　王丽）" + cut_before, "2024年6月30日", cut_after)
    (item,) = result.items
    assert item.paragraphs == [paragraph]
    assert "2024年6月30日" not in result.meta.source_lines


def test_a_papers_masthead_heading_the_page_is_still_its_site():
    """A masthead over the first headline names the page; only a body closing a notice signs it."""
    result = page("四川科技报", "招聘启事", "因业务发展需要，四川科技报社现面向社会公开招聘新媒体编辑2名。", "联系电话：028-86129999")
    assert result.meta.site == "四川科技报"
    assert result.items[0].paragraphs == ["因业务发展需要，四川科技报社现面向社会公开招聘新媒体编辑2名。"]


def test_numbered_subheadings_over_prose_are_still_subheadings():
    (item,) = page(
        "市科协推进学会改革",
        "本报讯（记者 刘畅）近日，市科协召开学会改革推进会，部署下一阶段重点工作。",
        "一、加强组织建设",
        LONG,
        "二、完善治理机制",
        LONG,
    ).items
    assert item.subheadings == ["一、加强组织建设", "二、完善治理机制"]


@pytest.mark.parametrize(
    ("sections", "subheadings"),
    [
        (["一、总体要求", LONG, "二、重点任务", LONG], ["一、总体要求", "二、重点任务"]),
        (["（一）加强组织建设", LONG, "（二）完善治理机制", LONG], ["（一）加强组织建设", "（二）完善治理机制"]),
        (["一、《办法》何时施行？", "《办法》自2024年1月1日起施行。"], []),  # no second section: no sure heading
        # 一、 over its first part numbered 1. (a level skipped), no prose between: both headings, no cut sentence
        (["一、加强基层组织建设", "1.推进企业科协建设", LONG, "二、办好重大科普活动", LONG],
         ["一、加强基层组织建设", "1.推进企业科协建设", "二、办好重大科普活动"]),
        # …but with no second section ahead, no sure heading
        (["一、加强基层组织建设", "1.推进企业科协建设", LONG], None),
    ],
)
def test_a_documents_first_numbered_heading_right_under_its_headline_is_a_subheading(sections, subheadings):
    """一、总体要求 right under the 工作要点's headline stayed a paragraph while 二、重点任务 was a sub-heading."""
    (item,) = page("巴中市科协2024年科普工作要点", *sections).items
    if subheadings is None:  # the document's first heading stays a paragraph
        assert sections[0] not in item.subheadings
        return
    assert item.subheadings == subheadings
    assert not [flag for flag in item.flags if flag.code == "incomplete_paragraph"]


@pytest.mark.parametrize(
    ("lines", "subheadings"),
    [
        (["一、提高政治站位，切实增强做好科协工作的责任感和使命感。", "科协组织是党领导下的人民团体。",
          "二、突出工作重点，推动基层科协组织建起来活起来", "要深化“三长”制改革。"],
         ["一、提高政治站位，切实增强做好科协工作的责任感和使命感。", "二、突出工作重点，推动基层科协组织建起来活起来"]),
        # an appeal's numbered items, one after another: paragraphs
        (["一、坚定理想信念，做爱国奉献的践行者。", "二、勇攀科技高峰，做创新发展的排头兵。", "科技工作者们，让我们携起手来！"], []),
    ],
)
def test_a_numbered_heading_printed_with_a_full_stop_over_prose_is_a_subheading(lines, subheadings):
    """一、…使命感。 alone over prose, its sibling 二、… a sub-heading: it stayed a paragraph."""
    (item,) = page("在区县科协工作座谈会上的讲话", "同志们：", *lines).items
    assert item.subheadings == subheadings


def test_a_rules_chapter_heads_are_subheadings_and_its_articles_paragraphs():
    """第一章　总　则 under the headline, 第二章　申报与认定 over 第三条　…： and 第三章　附　则 (spaced out like a
    table's row) were paragraphs; 第X条 lines are the rule's text."""
    lines = ["第一章　总　则", "第一条　为加强全市科普基地建设和管理，制定本办法。", "第二章　申报与认定",
             "第二条　申报单位应当具备以下条件：", "（一）具有独立法人资格；", "第三章　附　则", "第三条　本办法自印发之日起施行。"]
    (item,) = page("科普基地认定管理办法", *lines).items
    assert item.subheadings == ["第一章　总　则", "第二章　申报与认定", "第三章　附　则"]
    assert item.paragraphs == [line for line in lines if not line.startswith(("第一章", "第二章", "第三章"))]


@pytest.mark.parametrize(
    ("parts", "banners"),
    [
        # a report's parts, the first right under the headline: its sub-headings, no page banner
        (["第一部分  部门概况", "第二部分  2025年度部门决算情况说明"], []),
        # a two-phrase slogan over a headline and its lead is still the page's banner
        (["科技强市  创新发展", "永川区科协召开科普工作会"], ["科技强市  创新发展"]),
    ],
)
def test_a_reports_part_heads_are_its_subheadings_not_banners(parts, banners):
    """第一部分  部门概况 under a 决算公开's headline, over 一、职能职责, was taken for a banner while its
    sibling 第二部分 stayed in the text."""
    if banners:
        result = page(*parts, "本报讯 9月10日，永川区科协召开科普工作会。")
        assert result.meta.banners == banners
        return
    result = page("重庆市永川区科学技术协会2025年部门决算公开", parts[0], "一、职能职责", LONG, parts[1],
                  "一、收入支出决算总体情况说明", "2025年度收入总计586.42万元，支出总计586.42万元。")
    (item,) = result.items
    assert result.meta.banners == []
    assert item.subheadings == [parts[0], "一、职能职责", parts[1], "一、收入支出决算总体情况说明"]


def test_numbered_subheadings_over_a_short_line_of_their_own_are_subheadings():
    """A notice's 一、活动主题 over the theme, 二、活动时间 over the dates: both were paragraphs (only the
    heading over prose, 三、工作要求, was a sub-heading); an attachment's numbered list stays paragraphs."""
    (item,) = page(
        "关于开展2023年全国科普日活动的通知",
        "各区县科协：",
        "根据中国科协要求，市科协决定于9月组织开展2023年全国科普日活动。现将有关事项通知如下：",
        "一、活动主题",
        "提升全民科学素质，协力建设科技强国",
        "二、活动时间",
        "2023年9月16日至9月22日",
        "三、工作要求",
        "各单位要高度重视，精心组织，结合实际开展形式多样的科普活动。",
        "附件：1.活动安排表",
        "2.联系人名单",
        "重庆市科学技术协会",
    ).items
    assert item.subheadings == ["一、活动主题", "二、活动时间", "三、工作要求"]
    assert "提升全民科学素质，协力建设科技强国" in item.paragraphs
    assert item.paragraphs[-3:] == ["附件：1.活动安排表", "2.联系人名单", "重庆市科学技术协会"]


@pytest.mark.parametrize("dot", [".", "．"])
def test_an_attachment_lists_next_entry_over_prose_is_no_sub_heading(dot):
    """附件：1．…安排表 over 2．活动总结报送表 over 特此通知。: the list's second entry, a paragraph (it was a
    numbered sub-heading, the prose under it taken for its section)."""
    entries = [f"附件：1{dot}2026年全国科普日活动安排表", f"2{dot}活动总结报送表"]
    (item,) = page("关于开展2026年全国科普日活动的通知", "各区县科协：", "现将有关事项通知如下。", "\n".join(entries),
                   "特此通知。", "重庆市科学技术协会\n2026年8月20日").items
    assert item.subheadings == []
    assert item.paragraphs[2:5] == [*entries, "特此通知。"]


def test_a_numbered_section_after_an_attachment_line_is_still_a_sub_heading():
    """附件：1．报名表 in mid-notice over 二、报名方式 over prose: the notice's next section, a sub-heading like
    一、参赛对象 (it was a paragraph, taken for the list's next file)."""
    (item,) = page("关于开展2026年科普讲解大赛的通知", "各区县科协：", "现将有关事项通知如下。", "一、参赛对象",
                   "全市科普场馆讲解员、科技工作者。", "附件：1．报名表", "二、报名方式",
                   "请于6月20日前将报名表报送至市科协科普部。").items
    assert item.subheadings == ["一、参赛对象", "二、报名方式"]


@pytest.mark.parametrize(
    ("head", "part"),
    [("一、基本情况", "（一）组织覆盖面持续扩大"), ("（一）组织覆盖面持续扩大", "1.乡镇科协全覆盖")],
)
def test_a_numbered_heading_right_over_its_first_part_is_a_subheading(head, part):
    """一、 right over （一） (or （一） over 1.) stayed a paragraph, while the 二、 after it over prose was a sub-heading."""
    (item,) = page(
        "关于我市基层科协组织建设情况的调研报告",
        "本报记者 刘志刚",
        "今年8月至10月，市科协调研组先后赴万州区、涪陵区等10个区县开展专题调研。现将有关情况报告如下。",
        head,
        part,
        "全市共建有乡镇（街道）科协1006个，覆盖率达98.6%。",
    ).items
    assert item.subheadings == [head, part]


def test_a_headline_that_opens_with_an_english_name_heads_its_story():
    """Measured in Chinese characters it was too long for a headline, and was glued to the lead."""
    items = page(
        "2023 International Conference on Smart Agriculture在渝举行",
        "本报讯（记者 刘畅）12月12日，2023智慧农业国际会议在重庆举行，200余名专家学者参会。",
    ).items
    assert [(item.title, [b.name for b in item.bylines]) for item in items] == [
        ("2023 International Conference on Smart Agriculture在渝举行", ["刘畅"])
    ]


def test_an_english_paragraph_is_not_taken_for_a_headline():
    from articles.textpipeline.shapes_headlines import is_heading_like

    assert not is_heading_like("The conference discussed how AI and IoT can serve small farms in western China")


def test_a_link_box_after_a_story_stays_in_it():
    """【相关链接】 was a section banner, and the box's text a paragraph with no headline."""
    (item,) = page(
        "智慧农业国际会议在渝举行",
        "本报讯（记者 刘畅）12月12日，2023智慧农业国际会议在重庆举行，200余名专家学者参会。",
        "【相关链接】",
        "智慧农业是以信息和知识为核心要素，将互联网、物联网等现代信息技术与农业深度融合的新型农业形态。",
    ).items
    assert item.subheadings == ["【相关链接】"]
    assert item.paragraphs[-1].startswith("智慧农业是以信息和知识为核心要素")
    assert not item.flags


@pytest.mark.parametrize(
    ("lead", "date"),
    [
        ("本报讯 昨日，市科协举办科技工作者座谈会，20余名一线科技工作者代表参加。", dt.date(2023, 12, 14)),
        ("本报讯 今天上午，市科协举办科技工作者座谈会，20余名一线科技工作者代表参加。", dt.date(2023, 12, 15)),
        ("本报讯 前天，市科协举办科技工作者座谈会，20余名一线科技工作者代表参加。", dt.date(2023, 12, 13)),
        ("本报讯 近日，市科协举办科技工作者座谈会，20余名一线科技工作者代表参加。", dt.date(2023, 12, 15)),
    ],
)
def test_a_lead_that_opens_with_yesterday_is_dated_from_the_pages_date(lead, date):
    (item,) = page("重庆科技报 2023年12月15日", "市科协举办科技工作者座谈会", lead).items
    assert item.date == date


def test_a_web_pages_site_name_over_its_breadcrumb_and_its_related_links_are_page_metadata():
    """Before, the site's name was the story's headline (its real one the 副题), and the first
    related link, a title with its date, was taken for the site's name and date."""
    result = page(
        "四川省科学技术协会\n首页 > 新闻中心 > 市州动态",
        "德阳市科协举办2023年科技工作者日活动\n发布时间：2023-05-30 16:20:11  来源：德阳市科协",
        "5月30日，德阳市科协在旌阳区举办2023年全国科技工作者日主题活动，200余名科技工作者参加。",
        "相关新闻\n广元市科协开展科技志愿服务  2023-05-29\n遂宁市科协召开学会工作会  2023-05-28",
    )
    (item,) = result.items
    assert (item.title, item.subtitle, item.date) == ("德阳市科协举办2023年科技工作者日活动", "", dt.date(2023, 5, 30))
    assert result.meta.site == "四川省科学技术协会"
    assert "广元市科协开展科技志愿服务  2023-05-29" in result.meta.boilerplate


@pytest.mark.parametrize(("author", "name"), [("作者：李 梅", "李梅"), ("作者：李梅", "李梅"), ("作者：欧阳明远", "欧阳明远")])
def test_a_web_info_lines_author_is_the_storys_byline(author, name):
    """作者：李 梅 between 来源 and 浏览次数: a two-character name spread to three cells was cut to 李, no byline."""
    info = f"发布时间：2021-05-24 10:32:15    来源：永川区科协    {author}    浏览次数：1286"
    (item,) = page("永川区科协开展科技活动周系列活动", info, STORY_B).items
    assert [(b.role, b.name) for b in item.bylines] == [("author", name)] and item.source == "永川区科协"


@pytest.mark.parametrize(
    ("people", "bylines"),
    [
        # two names, a Tibetan name, a name's body, a writer's label (each gave no byline)
        ("作者：孙婷、李强", [("author", "孙婷"), ("author", "李强")]),
        ("作者：格桑卓玛", [("author", "格桑卓玛")]),
        ("作者：孙婷（重庆市中医院）", [("author", "孙婷")]),
        ("文/图：孙 婷", [("author", "孙婷"), ("photographer", "孙婷")]),
        ("撰稿：王丽", [("author", "王丽")]),
        ("作者：本站", []),  # the site itself, no one's name
        ("作者：石柱县融媒体中心 马小燕", [("author", "马小燕")]),  # the media centre's reporter (no byline)
        # the author after the author's body, a name printed apart (no byline)
        ("作者：中国科学院水生生物研究所 陈 立", [("author", "陈立")]),
        ("作者：重庆市气象台 王强  浏览次数：56", [("author", "王强")]),
        ("作者：通讯员 李 娟  记者 何 勇", [("correspondent", "李娟"), ("reporter", "何勇")]),  # by roles (none)
        # two names of one role, up to the next field (何勇 was lost)
        ("作者：记者 李娟 何勇", [("reporter", "李娟"), ("reporter", "何勇")]),
        ("作者：通讯员 李娟 王强 记者 何勇  浏览次数：56", [("correspondent", "李娟"), ("correspondent", "王强"), ("reporter", "何勇")]),
        # two authors spaced, with no role (王强 was lost)
        ("作者：李华 王强", [("author", "李华"), ("author", "王强")]),
        ("作者：李华 王强\u3000发布时间：2024年06月05日", [("author", "李华"), ("author", "王强")]),
    ],
)
def test_a_web_info_lines_people_are_the_storys_bylines(people, bylines):
    info = f"时间：2021-09-22 15:36  来源：永川区科协  {people}"
    (item,) = page("永川区科协开展科技活动周系列活动", info, STORY_B).items
    assert [(b.role, b.name) for b in item.bylines] == bylines and item.source == "永川区科协"


@pytest.mark.parametrize(
    "info",
    [
        # the centre's people after it in the source field are no part of the source (it was 石柱县融媒体中心 谭小雨)
        "发布时间：2023-03-15 10:21  来源：石柱县融媒体中心 谭小雨 王强  浏览次数：1268",
        "发布时间：2023-03-15 10:21  来源：石柱县融媒体中心 谭小雨",
        "发布时间：2023-03-15 10:21  来源：石柱县融媒体中心  浏览次数：1268",
    ],
)
def test_a_web_info_lines_source_is_the_media_centre_without_its_people(info):
    (item,) = page("石柱县科协开展科普进校园活动", info, STORY_B).items
    assert item.source == "石柱县融媒体中心"


@pytest.mark.parametrize("line", ["□ 重庆大学 科普讲座", "□ 重庆大学 讲座", "成都中医药大学附属医院 刘明"])
def test_a_body_before_words_or_an_unmarked_line_is_no_affiliated_byline(line):
    """Only a marked line (□, ■) whose last word is a person's name reads as the author's body and name."""
    from articles.textpipeline.credits_bylines import parse_byline_line

    assert parse_byline_line(line) is None


def test_a_notices_fields_stay_one_per_line_and_raise_no_doubt():
    """时间：… 地点：… were glued into one paragraph, then flagged as a mid-sentence start and an
    unfinished end."""
    fields = [
        "时间：2024年1月20日（星期六）14:30",
        "地点：重庆科技馆一楼报告厅",
        "主讲人：李明 重庆大学教授",
        "报名方式：关注“重庆科协”微信公众号报名",
    ]
    (item,) = page(
        "“科学家精神”主题科普讲座预告",
        "为弘扬科学家精神，市科协将举办主题科普讲座，欢迎市民参加。\n" + "\n".join(fields),
    ).items
    assert item.paragraphs[1:] == fields
    assert not item.flags


def test_a_field_between_fields_is_no_subheading():
    """报名时间：… under 岗位要求：…。 and over 报名方式：… (long enough to read as prose) was a sub-heading."""
    fields = ["岗位要求：新闻学、中文等相关专业本科及以上学历。", "报名时间：即日起至2024年10月31日", "报名方式：将个人简历发送至hr@sckjb.cn"]
    (item,) = page("招聘启事", "因业务发展需要，四川科技报社现面向社会公开招聘新媒体编辑2名。", "\n".join(fields)).items
    assert item.subheadings == [] and item.paragraphs[1:] == fields


@pytest.mark.parametrize(
    ("after_fields", "titles", "last_paragraph"),
    [
        (["列席：市科协各部门主要负责人", "永川区科协举办科技工作者座谈会"],
         ["重庆市科协常委会第十五次会议纪要", "永川区科协举办科技工作者座谈会"], "列席：市科协各部门主要负责人"),
        (["记录：市科协办公室", "永川区科协举办科技工作者座谈会"],
         ["重庆市科协常委会第十五次会议纪要", "永川区科协举办科技工作者座谈会"], "记录：市科协办公室"),
        (["永川区：科技工作者座谈会召开"],  # a headline led by its place, over its lead: the next story's
         ["重庆市科协常委会第十五次会议纪要", "永川区：科技工作者座谈会召开"], "出席：张伟、李红梅、王建国"),
    ],
)
def test_the_last_field_of_a_minutes_run_is_its_text_not_the_next_headline(after_fields, titles, last_paragraph):
    """列席：… under 出席：… at a 纪要's end had become the next story's title, and its headline the 副题."""
    result = page("重庆市科协常委会第十五次会议纪要", "2024年4月12日，市科协主席张伟主持召开常委会第十五次会议，研究了有关事项。",
                  "出席：张伟、李红梅、王建国", *after_fields, "本报讯（记者　吴迪）4月16日，永川区科协召开科技工作者座谈会。")
    assert [(item.title, item.subtitle) for item in result.items] == [(title, "") for title in titles]
    assert result.items[0].paragraphs[-1] == last_paragraph


@pytest.mark.parametrize(
    ("fields", "headline", "opening"),
    [
        (["出席：张伟、李强、王明", "列席：市科协各部门主要负责人"], "专家观点：科普要接地气",
         ["本报记者　王丽", "4月23日，专家在座谈会上表示，科普要贴近群众。（渝科）"]),
        (["联系人：张老师", "电话：023-68862233"], "科普中国：让科学流行起来",
         ["本报记者　王丽", "4月23日，科普中国重庆站上线。（渝科）"]),
        (["时间：4月28日下午2点", "地点：重庆科技馆"], "院士进校园：把科学种子播进孩子心田",
         ["本报讯（通讯员　王强）4月23日，中国工程院院士走进巴蜀中学，为学生作报告。（渝科）"]),
    ],
)
def test_a_colon_headline_over_a_byline_or_lead_is_no_field_of_the_run_above(fields, headline, opening):
    """A X：Y headline under a story's field lines, over a byline or a dateline lead, had gone on the run
    of fields: the two stories merged, the second's byline and source moved into the first."""
    result = page("市科协举办科普讲座", "本报讯（记者　李红）4月22日，市科协在科技馆举办科普讲座。", *fields, headline, *opening)
    assert [item.title for item in result.items] == ["市科协举办科普讲座", headline]
    assert result.items[0].paragraphs[-1] == fields[-1]


@pytest.mark.parametrize(
    "listed",
    [
        ["一等奖", "巴南区鱼洞中学 李明轩 王子涵", "沙坪坝区树人小学 陈一诺", "二等奖", "江津区几江中学 黄俊杰"],
        ["优秀奖（3名）", "江津区几江中学 黄俊杰"],
        ["巴南区鱼洞中学 李明轩 王子涵", "沙坪坝区树人小学 陈一诺", "江津区几江中学 黄俊杰"],  # no grades
    ],
)
def test_an_award_list_right_under_its_headline_is_its_text(listed):
    """一等奖 was the title, the first winners the 副题 and a winner with his school the author."""
    (item,) = page("第九届重庆市青少年机器人竞赛获奖名单", "\n".join(listed), "（市科协青少年科技中心供稿）").items
    assert (item.kicker, item.title, item.subtitle) == ("", "第九届重庆市青少年机器人竞赛获奖名单", "")
    assert item.bylines == [] and item.source == "市科协青少年科技中心"
    assert item.paragraphs == listed


def test_a_field_naming_a_body_is_no_signature():
    """名　称：绵阳市科学技术协会 over 地　址：… in a tender: the buyer's fields, its text (the first was the
    notice's source, the second an item's title)."""
    fields = ["名\u3000称：绵阳市科学技术协会", "地\u3000址：绵阳市涪城区临园路东段68号"]
    (item,) = page("绵阳市科协科普宣传设施采购项目竞争性磋商公告", "本项目预算金额48.6万元，采用竞争性磋商方式采购。", *fields).items
    assert item.source is None
    assert item.paragraphs[1:] == fields


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("地点：重庆科技馆一楼报告厅", True),
        ("主讲人：李明 重庆大学教授", True),
        ("会议指出：要加强组织领导，推动工作落实", False),  # a sentence after its colon
        ("他说：", False),
        # a two-character label spaced to the width of four (地　址 was an item's title, 名　称 the source)
        ("地\u3000址：绵阳市涪城区临园路东段68号", True),
        ("名\u3000\u3000称：绵阳市科学技术协会", True),
        ("电  话：0816-2226789", True),
    ],
)
def test_a_field_line_is_a_short_label_and_a_value_with_no_clause(line, field):
    from articles.textpipeline.shapes_lists import is_field_line

    assert is_field_line(line) is field


def test_a_posts_section_bars_are_subheadings_even_right_under_the_headline():
    """▍活动一：… was read as the 副题, and ▍活动二：… over a news lead as the next story's headline."""
    (item,) = page(
        "重庆科协\n2023-08-15 18:00 发表于重庆",
        "全国科普日活动精彩回顾",
        "▍活动一：科普大篷车进社区",
        "8月12日，科普大篷车开进渝北区龙溪街道，为居民带来科普展品20余件。",
        "▍活动二：院士专家进校园",
        "8月13日，3位院士专家走进巴蜀中学，与师生面对面交流。",
    ).items
    assert (item.title, item.subtitle) == ("全国科普日活动精彩回顾", "")
    assert item.subheadings == ["▍活动一：科普大篷车进社区", "▍活动二：院士专家进校园"]
    assert not item.flags


def test_a_posts_closing_source_and_department_credit_every_item_of_the_post():
    """来源：X under a post's last item: the post's items came from there (the first had no source); 供稿：学术部
    is the posting society's department (it stayed in the text)."""
    first, second = page(
        "重庆市科协科技社团党委 2023-07-03 17:20",
        "学会党建 | 市中医药学会党支部与南川区科协开展结对共建",
        "6月29日，重庆市中医药学会党支部与南川区科协机关党支部开展结对共建活动。",
        "学会党建 | 市机械工程学会召开功能型党组织工作会",
        "7月1日，重庆市机械工程学会功能型党组织工作会在九龙坡区召开。",
        "来源：重庆市科协科技社团党委",
    ).items
    assert (first.source, second.source) == ("重庆市科协科技社团党委", "重庆市科协科技社团党委")
    # an item its writer signed is the account's own: the 来源 under the reprint after it is the reprint's only
    own, reprint = page(
        "重庆科协 2023-06-12",
        "市科协召开党组会议",
        "6月10日，市科协召开党组会议，传达学习有关会议精神。",
        "文/李明",
        "人民日报：科技馆免费开放惠及千万观众",
        "近年来，全国科技馆免费开放，惠及观众逾千万人次。",
        "来源：人民日报",
    ).items
    assert (own.source, reprint.source) == (None, "人民日报")
    (item,) = page(
        "四川省营养学会\n2023-11-20 18:02 四川",
        "四川省营养学会2023年学术年会在成都召开",
        "11月18日，四川省营养学会2023年学术年会在成都召开，800余名营养学工作者参会。",
        "供稿：学术部",
    ).items
    assert (item.source, item.credit_lines, len(item.paragraphs)) == ("四川省营养学会学术部", ["供稿：学术部"], 1)


def test_a_lead_opened_by_its_reporters_in_brackets_starts_a_story():
    """（记者 孙丽）… with the 本报讯 left out was story text: the next story's headline became a
    sub-heading of the one before (a merge) and the reporters were lost."""
    first, second = page(
        "扎根基层的“科技红娘”",
        "（记者 孙丽）“只要企业有需求，我们就去找专家。”这是陈静常说的一句话。",
        "攀枝花：康养科普进社区",
        "（通讯员 王强 记者 孙丽）9月3日，攀枝花市东区科协联合市老科协在炳草岗街道开展康养科普活动。",
    ).items
    assert [(b.role, b.name) for b in first.bylines] == [("reporter", "孙丽")]
    assert first.paragraphs[0].startswith("“只要企业有需求")
    assert second.title == "攀枝花：康养科普进社区"
    assert [(b.role, b.name) for b in second.bylines] == [("correspondent", "王强"), ("reporter", "孙丽")]


@pytest.mark.parametrize(
    "text",
    [
        "（记者手记）采访中，我们看到了基层科协的变化。",  # 记者手记 is no reporter
        "（本报记者 孙丽）",  # brackets alone: a closing attribution
        "（据新华社电）近日，国家发布了新的科普规划纲要。",
    ],
)
def test_brackets_without_reporters_or_without_text_are_no_lead(text):
    from articles.textpipeline.credits_datelines import parse_lead

    assert parse_lead(text) is None


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("扎根基层的“科技红娘”——记遂宁市船山区科协主席陈静", ("", "扎根基层的“科技红娘”", "——记遂宁市船山区科协主席陈静")),
        ("科技助农——访四川农业大学教授李明", ("", "科技助农", "——访四川农业大学教授李明")),
        ("紮根基層的“科技紅娘”——記遂寧市船山區科協主席陳靜", ("", "紮根基層的“科技紅娘”", "——記遂寧市船山區科協主席陳靜")),
        ("科技助农——重庆在行动", ("", "科技助农——重庆在行动", "")),  # a dash inside the title itself
        ("——记遂宁市船山区科协主席陈静", ("", "——记遂宁市船山区科协主席陈静", "")),
    ],
)
def test_a_portraits_subtitle_printed_on_the_headlines_line_is_cut_off(line, parts):
    from articles.textpipeline.headline import headline_parts

    assert headline_parts([line]) == parts


@pytest.mark.parametrize(
    ("first", "banners", "title"),
    [
        ('"把实验室搬到田埂上"', [], "“把实验室搬到田埂上”"),  # straight quotes quote a saying: the title
        ("“把实验室搬到田埂上”", [], "“把实验室搬到田埂上”"),
        ("✦ 本周看点 ✦", ["✦ 本周看点 ✦"], "——访巫溪县农技专家张明"),  # like ornaments: the section's banner
        ('"科技兴农"', [], "“科技兴农”"),  # a short saying quoted over its ——访 副题 is still the headline
    ],
)
def test_a_headline_in_straight_quotes_over_its_interview_subtitle_is_no_banner(first, banners, title):
    """"把实验室搬到田埂上" over ——访…: an interview's headline quoting its expert, its quotes straight as a
    copy prints them, is the title (it was the page's banner, the ——访 line the title)."""
    result = page(first, "——访巫溪县农技专家张明", "本报记者 罗丹", "记者：您在巫溪做了多少年农技推广？", "张明：整整二十年了。")
    assert result.meta.banners == banners
    assert result.items[0].title == title


@pytest.mark.parametrize(
    "head",
    [
        ['"科普中国"'],
        ['"科普中国"', "重庆科协", "2024-10-08"],  # over the account's name and the post's date
        ['"院士风采"'],
    ],
)
def test_a_column_name_in_straight_quotes_over_a_news_headline_is_the_banner(head):
    """"科普中国" over 科普大篷车开进城口 and its 本报讯 lead: a column's or a brand's name in straight quotes
    heads the column, no headline quoting a saying (it was the title, the news headline its 副题)."""
    result = page(*head, "科普大篷车开进城口", "本报讯 10月6日，科普大篷车开进城口县。（渝科）")
    assert result.meta.banners == [head[0]]
    (item,) = result.items
    assert (item.title, item.subtitle) == ("科普大篷车开进城口", "")


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("汛期来临 这份防汛避险指南请收好", ("", "汛期来临 这份防汛避险指南请收好", "")),
        ("秋季腹泻高发 家长要注意这几点", ("", "秋季腹泻高发 家长要注意这几点", "")),
        ("“网红”野生菌 千万别乱采乱吃", ("", "“网红”野生菌 千万别乱采乱吃", "")),
        ("科技馆新展厅开放 带你走进深海世界", ("", "科技馆新展厅开放", "带你走进深海世界")),  # a 副题 of its own
        # 别开生面, 千万级: an adjective, a number, no warning: a 副题 of its own
        ("第十届青少年科技创新大赛开幕 别开生面的科技盛宴点燃创新梦想",
         ("", "第十届青少年科技创新大赛开幕", "别开生面的科技盛宴点燃创新梦想")),
        ("科技成果转化再提速 千万级项目集中签约落地", ("", "科技成果转化再提速", "千万级项目集中签约落地")),
        ("秋冬流感高发 别让孩子带病上学", ("", "秋冬流感高发 别让孩子带病上学", "")),
    ],
)
def test_a_one_line_headlines_advice_pointing_back_is_no_subtitle(line, parts):
    """汛期来临 这份防汛避险指南请收好: advice that points back (这份, 这几点) or warns (千万别) finishes the
    headline, no 副题 that stands alone."""
    from articles.textpipeline.headline import headline_parts

    assert headline_parts([line]) == parts


@pytest.mark.parametrize(
    ("report", "kicker", "headline", "signature", "items"),
    [
        # a short signed at its end by a doctor or a supplier, after a report signed at its top: the next item
        (["本报讯（记者 周敏）10月17日，德阳市科协召开第三季度工作推进会。"], [], "秋季腹泻高发 家长要注意这几点",
         "（四川省妇幼保健院 儿科副主任医师 黄丽）", 2),
        (["本报记者 唐小平", "连日来，我市持续高温，市急救医疗中心近期已接诊多例热射病患者。"], ["食品安全科普"],
         "“网红”野生菌 千万别乱采乱吃", "（市疾控中心 供稿）", 2),
        # a desk's or a body's bare signature, or the report's own reporter, closes the report: its sub-heading
        (["本报讯（记者 周敏）10月17日，德阳市科协召开第三季度工作推进会。"], [], "秋季腹泻高发 家长要注意这几点",
         "（渝科）", 1),
        (["本报讯（记者 周敏）10月17日，德阳市科协召开第三季度工作推进会。"], [], "秋季腹泻高发 家长要注意这几点",
         "（德阳市科协 周敏）", 1),
        # a report's last section closed by its supplier or a co-writer without an expert's post: still the report
        (["本报讯（记者 周敏）11月3日，綦江区科普大篷车开进三角镇中心小学。"], [], "科普讲座答疑解惑",
         "（綦江区科协 供稿）", 1),
        (["本报记者 周敏", "11月3日，綦江区科普大篷车开进三角镇中心小学。"], [], "科普讲座答疑解惑", "（綦江区科协 供稿）", 1),
        (["本报讯（记者 周敏）11月3日，綦江区科普大篷车开进三角镇中心小学。"], [], "科普讲座答疑解惑",
         "（綦江区科协 李平）", 1),
        # an expert box signed by its speaker, a marked sub-heading: the report's own sections
        (["本报讯（记者 周敏）10月25日，秋季儿童健康守护行动在渝中区启动。"], [], "专家支招",
         "（重庆医科大学附属儿童医院 消化科主任医师 王强）", 1),
        (["本报讯（记者 周敏）10月25日，秋季儿童健康守护行动在渝中区启动。"], [], "■ 秋季腹泻高发",
         "（重庆医科大学附属儿童医院 消化科主任医师 王强）", 1),
    ],
)
def test_a_piece_signed_at_its_end_by_another_after_a_report_is_an_item(report, kicker, headline, signature, items):
    """秋季腹泻高发… over its text and （四川省妇幼保健院 儿科副主任医师 黄丽） under a 本报讯（记者 周敏） report:
    the health short printed next to it, not its sub-heading (the report took its credit, and a kicker's
    headline was glued into its text as a column-cut paragraph)."""
    text = "秋冬季节是轮状病毒感染的高发期，5岁以下婴幼儿最容易感染。"
    result = split_page("\n".join(["德阳市科协召开工作推进会", *report, "", *kicker, headline, text, signature]))
    assert len(result.items) == items
    if items == 2:
        assert result.items[1].title == headline and result.items[1].paragraphs == [text]
        assert result.items[0].source is None


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("遂宁 “科技之春”暨科技活动周启动", ("", "遂宁 “科技之春”暨科技活动周启动", "")),  # a place set off
        ("AI 赋能科普", ("", "AI 赋能科普", "")),
        ("綦江区科协开展“科技助力 乡村振兴”专家服务活动", ("", "綦江区科协开展“科技助力 乡村振兴”专家服务活动", "")),
        ("《科普中国 共建指南》发布 科普资源共享", ("", "《科普中国 共建指南》发布", "科普资源共享")),
        ("众志成城 共克时艰", ("", "众志成城 共克时艰", "")),  # a couplet's matched halves: one 主题
        ("科普进乡村 果农笑开颜", ("", "科普进乡村 果农笑开颜", "")),
        ("科技助农 春耕忙", ("", "科技助农 春耕忙", "")),  # four and three: nearly one length
        ("科技助农 春耕正忙时节农技专家走进田间", ("", "科技助农", "春耕正忙时节农技专家走进田间")),  # a 副题 says more
        # halves with a word quoted for its pun (the quoted half was the 副题)
        ("“智”造未来 人人参与", ("", "“智”造未来 人人参与", "")),
        ("冬季养生 “三防”要记牢", ("", "冬季养生 “三防”要记牢", "")),
        # a couplet's halves before a 主题 make one 引题 (乡村振兴 was the 引题, 科技先行 the 主题)
        (
            "乡村振兴 科技先行 凉山州科协助力高原特色产业发展 “土专家”带动彝乡群众增收",
            ("乡村振兴 科技先行", "凉山州科协助力高原特色产业发展", "“土专家”带动彝乡群众增收"),
        ),
        ("众志成城 共克时艰 我市科协系统全力抗疫", ("众志成城 共克时艰", "我市科协系统全力抗疫", "")),
        ("科普进乡村 果农笑开颜 科技助增收", ("科普进乡村", "果农笑开颜", "科技助增收")),  # no longer 主题 after them
        (
            "重庆小雨点作为中国科技金融企业代表 向全球金融机构分享应对疫情经验",
            ("", "重庆小雨点作为中国科技金融企业代表", "向全球金融机构分享应对疫情经验"),
        ),
        # two bodies acting together, spaced for 、: one title (the first body was the title)
        ("市卫健委 市科协联合开展“健康科普进基层”", ("", "市卫健委 市科协联合开展“健康科普进基层”", "")),
        ("区科协 区教委携手举办青少年科技节", ("", "区科协 区教委携手举办青少年科技节", "")),
        ("市科协召开常委会 市教委联合参会", ("", "市科协召开常委会", "市教委联合参会")),
        # …or doing what takes two (签订, 共建, 结对): one title (the first body was the title, the rest its 副题)
        ("万州区科协 达州市科协签订协同发展框架协议", ("", "万州区科协 达州市科协签订协同发展框架协议", "")),
        ("梁平区科协 大竹县科协结对共建科普基地", ("", "梁平区科协 大竹县科协结对共建科普基地", "")),
        # a body's bare name, then what it did: the headline's subject, no 主题 alone (it was the title)
        ("宜宾市科协 “科技赋能”助推产业发展", ("", "宜宾市科协 “科技赋能”助推产业发展", "")),
        ("区融媒体中心 通讯员培训班开班", ("", "区融媒体中心 通讯员培训班开班", "")),
        # co-issuers spaced apart before their document's name: one title (the first body was the title)
        (
            "重庆市科学技术协会　重庆市教育委员会关于加强青少年科技教育工作的实施意见",
            ("", "重庆市科学技术协会　重庆市教育委员会关于加强青少年科技教育工作的实施意见", ""),
        ),
    ],
)
def test_a_short_word_or_a_quoted_space_does_not_split_a_headline(line, parts):
    """A space after a word of three characters or fewer, inside quotation marks or brackets, or between
    a couplet's matched halves is no break between 主题 and 副题: no 主题 is that short, a quoted slogan
    keeps its own space, and a couplet is read as one line (before a 主题, as its 引题)."""
    from articles.textpipeline.headline import headline_parts

    assert headline_parts([line]) == parts


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("科技活动周在行动 九龙坡区：机器人走进课堂", ("科技活动周在行动", "九龙坡区：机器人走进课堂", "")),
        ("綦江区：科技小院开课 江津区：专家田间授课", ("", "綦江区：科技小院开课", "江津区：专家田间授课")),  # both
    ],
)
def test_a_one_line_kicker_over_a_place_led_headline_is_read_as_stacked(line, parts):
    """科技活动周在行动 九龙坡区：机器人走进课堂: the line led by the place reported on is the 主题 and the
    slogan before it the 引题, as when the two are stacked (it was title and 副题)."""
    from articles.textpipeline.headline import headline_parts

    assert headline_parts([line]) == parts
    assert headline_parts(line.split(" ")) == parts


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        (
            "弘扬科学家精神 建功新时代   重庆市庆祝第八个全国科技工作者日大会举行",
            ("弘扬科学家精神 建功新时代", "重庆市庆祝第八个全国科技工作者日大会举行", ""),
        ),
        (
            "弘扬科学家精神 建功新时代   重庆市庆祝第八个全国科技工作者日大会举行   表彰100名“最美科技工作者”",
            ("弘扬科学家精神 建功新时代", "重庆市庆祝第八个全国科技工作者日大会举行", "表彰100名“最美科技工作者”"),
        ),
        (
            "弘扬科学家精神　建功新时代　　重庆市庆祝第八个全国科技工作者日大会举行",  # ideographic spaces
            ("弘扬科学家精神 建功新时代", "重庆市庆祝第八个全国科技工作者日大会举行", ""),
        ),
        (
            "弘扬科学家精神   重庆市科技工作者日大会举行   表彰100名科技工作者",  # gaps of one width: each parts
            ("弘扬科学家精神", "重庆市科技工作者日大会举行", "表彰100名科技工作者"),
        ),
    ],
)
def test_a_one_line_stack_is_parted_at_its_widest_gaps(line, parts):
    """引题   主题   副题 on one line, a single space inside the 引题's slogan: the wide gaps part the stack, the
    single space the slogan's phrases (弘扬科学家精神 was the 引题, 建功新时代 the title, the title the 副题)."""
    from articles.textpipeline.headline import headline_parts

    assert headline_parts([line]) == parts


@pytest.mark.parametrize(
    ("stack", "kicker", "title", "subtitle"),
    [
        ("弘扬科学家精神   重庆市科技工作者日大会举行   表彰100名科技工作者", "弘扬科学家精神", "重庆市科技工作者日大会举行", "表彰100名科技工作者"),
        (  # 46 characters: a stack on one line runs longer than a headline's line
            "弘扬科学家精神 建功新时代   重庆市庆祝第八个全国科技工作者日大会举行   表彰100名“最美科技工作者”",
            "弘扬科学家精神 建功新时代",
            "重庆市庆祝第八个全国科技工作者日大会举行",
            "表彰100名“最美科技工作者”",
        ),
    ],
)
def test_a_one_line_stack_over_its_byline_heads_the_story(stack, kicker, title, subtitle):
    """A headline's stack on one line over 本报记者 X: the story's 引题, 主题 and 副题 (with a number in a phrase
    it was read as a table's row, longer than 45 characters as prose; the story had no headline)."""
    (item,) = page("重庆日报 2024年5月31日 星期五 第5版", stack, "本报记者 周 尤", "5月30日，重庆市庆祝第八个全国科技工作者日大会在重庆科技馆举行。").items
    assert (item.kicker, item.title, item.subtitle) == (kicker, title, subtitle)
    assert item.date == dt.date(2024, 5, 30) and len(item.paragraphs) == 1


@pytest.mark.parametrize(
    ("lines", "parts"),
    [
        (
            ["引题：创新引领未来 科技点亮生活", "2024年万州区科技活动周启动", "副题：200余项科普活动将持续至5月底"],
            ("创新引领未来 科技点亮生活", "2024年万州区科技活动周启动", "200余项科普活动将持续至5月底"),
        ),
        (["肩题：科技助农", "主题：凉山州科协开展春耕服务"], ("科技助农", "凉山州科协开展春耕服务", "")),
        (["标题:凉山州科协开展春耕服务", "副标题: 专家走进田间"], ("", "凉山州科协开展春耕服务", "专家走进田间")),
        (["主题：凉山州科协开展春耕服务", "引题：科技助农"], ("科技助农", "凉山州科协开展春耕服务", "")),  # as labelled
    ],
)
def test_a_headlines_labelled_lines_go_where_their_labels_say(lines, parts):
    """引题：… over the 主题 over 副题：…, as a CMS or PDF export prints them: each line in its part, the label
    taken out (the labels were kept in the kicker and the subtitle, and 引题 became a keyword)."""
    from articles.textpipeline.headline import headline_parts

    assert headline_parts(lines) == parts


@pytest.mark.parametrize(
    ("lines", "parts"),
    [
        (["凝心聚力谱新篇 科技强市建新功", "重庆市科协第七次代表大会隆重开幕"], ("凝心聚力谱新篇 科技强市建新功", "重庆市科协第七次代表大会隆重开幕", "")),
        (["汇聚智慧 共谋发展", "——第五届川渝科技学术大会综述"], ("", "汇聚智慧 共谋发展", "——第五届川渝科技学术大会综述")),
    ],
)
def test_a_two_phrase_slogan_over_a_headline_is_its_kicker(lines, parts):
    """凝心聚力谱新篇 科技强市建新功 over a plain headline: the 引题 (it was the title, the headline the 副题);
    over a ——综述 line it stays the 主题."""
    from articles.textpipeline.headline import headline_parts

    assert headline_parts(lines) == parts


@pytest.mark.parametrize(
    ("lines", "parts"),
    [
        (["成渝地区双城经济圈建设·科协在行动", "川渝科协携手共建科技创新高地"],
         ("成渝地区双城经济圈建设·科协在行动", "川渝科协携手共建科技创新高地", "")),
        (["全国科普日·重庆在行动", "科学之光点亮山城"], ("全国科普日·重庆在行动", "科学之光点亮山城", "")),
        (["特刊·第八届四川省青少年科技节", "青少年科技节 放飞科学梦想"], ("特刊·第八届四川省青少年科技节", "青少年科技节 放飞科学梦想", "")),
        (["智慧农业·让种田更轻松", "凉山州科协开展春耕服务"], ("", "智慧农业·让种田更轻松", "凉山州科协开展春耕服务")),  # no series
    ],
)
def test_a_series_dotted_name_over_a_headline_is_its_kicker(lines, parts):
    """成渝地区双城经济圈建设·科协在行动 over the headline: the series' name (a theme's, a special issue's, a
    campaign's …在行动) is the 引题, however long (it was the title, the headline the 副题)."""
    from articles.textpipeline.headline import headline_parts

    assert headline_parts(lines) == parts


def test_a_slogan_mid_page_over_a_headline_and_its_byline_is_the_next_storys_kicker():
    """凝心聚力谱新篇 科技强市建新功 under a story's paragraph, over a headline over 本报记者 X: the next story's
    引题 (it was dropped as the page's banner)."""
    result = page(
        "市科协召开党组会",
        "本报讯（记者 陈静）6月14日，市科协召开党组会。",
        "凝心聚力谱新篇 科技强市建新功",
        "重庆市科协第七次代表大会隆重开幕",
        "本报记者 陈 静",
        "6月16日，重庆市科学技术协会第七次代表大会在重庆人民大礼堂隆重开幕。",
    )
    assert [(item.kicker, item.title) for item in result.items] == [
        ("", "市科协召开党组会"),
        ("凝心聚力谱新篇 科技强市建新功", "重庆市科协第七次代表大会隆重开幕"),
    ]
    assert result.meta.banners == []


def test_a_banner_set_apart_over_a_headline_close_on_its_byline_stays_the_pages():
    """唱好双城记 建设经济圈 between blank lines after a story with no closing credit, over a headline set
    close on its byline: the section's banner (the slogan-kicker rule took it for the next story's 引题)."""
    result = split_page(
        "市科协召开党组会\n\n本报讯（记者 陈静）6月14日，市科协召开党组会。\n\n"
        "唱好双城记 建设经济圈\n\n川渝科协签署科普合作协议\n本报记者 王敏\n"
        "7月8日，川渝两地科协在成都签署科普合作协议，共建科普服务平台。"
    )
    assert [(item.kicker, item.title) for item in result.items] == [
        ("", "市科协召开党组会"),
        ("", "川渝科协签署科普合作协议"),
    ]
    assert result.meta.banners == ["唱好双城记 建设经济圈"]


TIBETAN = "དཀར་མཛེས་ཉིན་རེའི་ཚགས་པར།"  # 甘孜日报 in Tibetan
YI = "ꆃꎭꀉꂿ"


@pytest.mark.parametrize(
    ("lines", "parts"),
    [
        ([TIBETAN, "甘孜州科协开展高原科普大篷车巡展"], (TIBETAN, "甘孜州科协开展高原科普大篷车巡展", "")),
        ([YI, "科技助力彝家新寨"], (YI, "科技助力彝家新寨", "")),
        ([f"{YI} 科技助力彝家新寨"], (YI, "科技助力彝家新寨", "")),  # on the headline's line
        ([YI, "科技助力彝家新寨", "凉山州科协开展科普宣传"], (YI, "科技助力彝家新寨", "凉山州科协开展科普宣传")),
        ([YI, "科技之春", "凉山州科协开展彝汉双语科普下乡活动"], (f"{YI} 科技之春", "凉山州科协开展彝汉双语科普下乡活动", "")),
        ([TIBETAN], ("", TIBETAN, "")),  # no Chinese line beside it: still the title
    ],
)
def test_a_tibetan_or_yi_line_beside_a_chinese_headline_is_its_kicker(lines, parts):
    """A bilingual paper's Tibetan or Yi line over (or before) a Chinese headline: the 引题, never the title
    (it was the title, and the Chinese headline its 副题)."""
    from articles.textpipeline.headline import headline_parts

    assert headline_parts(lines) == parts


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("✨全国科普日✨ 达州市2023年全国科普日主场活动启动", ("✨全国科普日✨", "达州市2023年全国科普日主场活动启动", "")),
        ("✨全国科普日✨达州市2023年全国科普日主场活动启动", ("✨全国科普日✨", "达州市2023年全国科普日主场活动启动", "")),
        ("📢科技工作者日📢 我市举办主题活动", ("📢科技工作者日📢", "我市举办主题活动", "")),
        ("🔥🔥石柱县科协“科普大篷车”开进中益乡啦！", ("", "🔥🔥石柱县科协“科普大篷车”开进中益乡啦！", "")),
        ("【德阳】德阳市科协召开2024年学会工作会议", ("", "【德阳】德阳市科协召开2024年学会工作会议", "")),  # a tag, as printed
        # a column's name in square brackets closed up against the headline: its 引题 (it was kept in the title)
        (
            "【科技特派员风采】把论文写在大巴山上——记市级科技特派员黄玉兰",
            ("科技特派员风采", "把论文写在大巴山上", "——记市级科技特派员黄玉兰"),
        ),
        ("【专家访谈】如何科学应对流感高发", ("专家访谈", "如何科学应对流感高发", "")),
        # the 相关新闻 box's label run on before a related story's headline (it was kept in the title)
        ("相关新闻：永川科普大篷车开进校园", ("相关新闻", "永川科普大篷车开进校园", "")),
        ("【延伸阅读】：川渝共建科普基地", ("延伸阅读", "川渝共建科普基地", "")),
    ],
)
def test_a_posts_label_wrapped_in_emoji_is_the_kicker(line, parts):
    """✨全国科普日✨ before the title, spaced off or closed up: the post's label, the 引题 (a label of five or
    six characters was the title, the title its 副题; closed up, the two were one title)."""
    from articles.textpipeline.headline import headline_parts

    assert headline_parts([line]) == parts


@pytest.mark.parametrize(
    ("headline", "kicker", "removed"),
    [
        ("【科技特派员风采】把论文写在大巴山上", "科技特派员风采", ["【】"]),  # the column's brackets taken out
        ("【德阳】德阳市科协召开2024年学会工作会议", "德阳", []),  # a place's tag: recorded as place_tag
    ],
)
def test_a_bracketed_column_names_brackets_are_recorded_as_taken_out(headline, kicker, removed):
    """【科技特派员风采】把论文写在大巴山上 over its lead: the 引题 科技特派员风采, its 【】 recorded as taken out
    (as a place tag's are; it kept them)."""
    (item,) = page(headline, "本报讯 近日，记者走进万源市，探访扎根大巴山的科技特派员。").items
    assert item.kicker == kicker
    assert [r.removed for r in item.repairs if r.code == "column_brackets"] == removed


@pytest.mark.parametrize(
    ("lines", "parts"),
    [
        # a column's short name over a question is the 引题; a 副题 tells, it does not ask
        (["身边的物理", "为什么高压锅煮饭更快？"], ("身边的物理", "为什么高压锅煮饭更快？", "")),
        (["专家答疑", "孩子近视了怎么办?"], ("专家答疑", "孩子近视了怎么办?", "")),
        (["科普进社区", "居民乐享科技大餐"], ("", "科普进社区", "居民乐享科技大餐")),  # no question: 主题 and 副题
        # a tour's name over its stop's headline is the 引题 (it was the 主题, the headline its 副题)
        (["巴渝科普行", "院士专家走进巫山 助力脱贫攻坚"], ("巴渝科普行", "院士专家走进巫山 助力脱贫攻坚", "")),
        (["“科普中国”四川行", "科普大篷车开进大凉山"], ("“科普中国”四川行", "科普大篷车开进大凉山", "")),
        (["科技活动周如期举行", "全市开展活动200余场"], ("", "科技活动周如期举行", "全市开展活动200余场")),
        (["人工智能能否替代医生？", "专家说：还早"], ("", "人工智能能否替代医生？", "专家说：还早")),
        (["全市各区县科协开展全国科普日系列活动", "科普为何走红？"], ("", "全市各区县科协开展全国科普日系列活动", "科普为何走红？")),
        # a line led by the place or body reported on, under another, is the 主题 (it was the 副题)
        (["科技助力乡村振兴", "綦江区：“科技小院”让果农笑开颜"], ("科技助力乡村振兴", "綦江区：“科技小院”让果农笑开颜", "")),
        (["院士专家走基层", "江津区科协：把课堂搬到田间地头"], ("院士专家走基层", "江津区科协：把课堂搬到田间地头", "")),
        (["綦江区：科技小院开课", "江津区：专家田间授课"], ("", "綦江区：科技小院开课", "江津区：专家田间授课")),  # both
        (["科普进社区", "专家说：还早"], ("", "科普进社区", "专家说：还早")),  # 专家 is no place
        # two clauses joined by a comma, or a purpose, over a plain line are the 引题 (they were the 主题)
        (["弘扬科学家精神，争做新时代科技工作者", "我市举办全国科技工作者日主题活动"], ("弘扬科学家精神，争做新时代科技工作者", "我市举办全国科技工作者日主题活动", "")),
        (["弘扬科学家精神,争做新时代科技工作者", "我市举办全国科技工作者日主题活动"], ("弘扬科学家精神,争做新时代科技工作者", "我市举办全国科技工作者日主题活动", "")),
        (["为了让农民用上放心种", "农业部开展种子市场整顿"], ("为了让农民用上放心种", "农业部开展种子市场整顿", "")),
        # a question, a short second line or a dashed 副题 under the clauses: 主题 and 副题, as before
        (["“双碳”目标下，新能源汽车还能火多久？", "专家解读"], ("", "“双碳”目标下，新能源汽车还能火多久？", "专家解读")),
        (["科技赋能，乡村振兴", "——綦江区科技特派员服务纪实"], ("", "科技赋能，乡村振兴", "——綦江区科技特派员服务纪实")),
        (["科技赋能，乡村振兴", "綦江区科技特派员服务纪实，记者手记"], ("", "科技赋能，乡村振兴", "綦江区科技特派员服务纪实，记者手记")),
        # a bare column, theme or genre label over a headline twice its length is the 引题 (it was the 主题)
        (["科技史话", "都江堰：两千多年前的“生态水利工程”"], ("科技史话", "都江堰：两千多年前的“生态水利工程”", "")),
        (["调查研究", "关于我市基层科协组织建设情况的调研报告"], ("调查研究", "关于我市基层科协组织建设情况的调研报告", "")),
        (["倡议书", "科技志愿服务 我们在行动"], ("倡议书", "科技志愿服务 我们在行动", "")),
        (["乡村振兴", "渝川两地科协携手打造“科普大篷车”联动线路"], ("乡村振兴", "渝川两地科协携手打造“科普大篷车”联动线路", "")),
        (["成渝地区双城经济圈", "渝川两地科协携手打造“科普大篷车”联动线路"], ("成渝地区双城经济圈", "渝川两地科协携手打造“科普大篷车”联动线路", "")),
        (["科技之春", "——我市科技活动周启动"], ("", "科技之春", "——我市科技活动周启动")),  # a dashed 副题 stays one
        # a label the headline under it repeats: the column's or programme's name, its 引题 (it was the title)
        (["科普示范基地", "江津区新增5家科普示范基地"], ("科普示范基地", "江津区新增5家科普示范基地", "")),
        (["科普大篷车", "山里娃看到了机器人"], ("", "科普大篷车", "山里娃看到了机器人")),  # not repeated: title and 副题
        # a column's name with a middle dot, or a reporter's notes, over a headline (each was the title)
        (["健康·科普", "冬季如何预防呼吸道疾病"], ("健康·科普", "冬季如何预防呼吸道疾病", "")),
        (["本报特派记者手记", "在雪域高原感受科技的力量"], ("本报特派记者手记", "在雪域高原感受科技的力量", "")),
        # a year's column (数说2023) over its headline (it was the title, the headline its 副题)
        (["数说2023", "2023年重庆科协工作年度数据"], ("数说2023", "2023年重庆科协工作年度数据", "")),
        (["回眸2024", "全市科协系统服务科技工作者纪实"], ("回眸2024", "全市科协系统服务科技工作者纪实", "")),
        # a 科普 page's label for its piece, five characters or more (it was the title, the headline its 副题)
        (["科学家故事", "屠呦呦：青蒿一握，济世苍生"], ("科学家故事", "屠呦呦：青蒿一握，济世苍生", "")),
        (["名医说健康", "孩子反复咳嗽 警惕咳嗽变异性哮喘"], ("名医说健康", "孩子反复咳嗽 警惕咳嗽变异性哮喘", "")),
        (["科技史上的今天", "12月17日：莱特兄弟实现人类首次动力飞行"], ("科技史上的今天", "12月17日：莱特兄弟实现人类首次动力飞行", "")),
        (["谣言粉碎机", "这些健康说法靠谱吗"], ("谣言粉碎机", "这些健康说法靠谱吗", "")),
        (["农业技术问答", "冬季大棚蔬菜如何防冻害"], ("农业技术问答", "冬季大棚蔬菜如何防冻害", "")),
        (["一粒种子的故事", "袁隆平院士与杂交水稻的六十年"], ("", "一粒种子的故事", "袁隆平院士与杂交水稻的六十年")),  # a phrase with 的
        # …or a scene where it happened: a headline telling of an event (it had become the 引题)
        (["农技专家田间答疑", "万州千亩柑橘园春管难题有解了"], ("", "农技专家田间答疑", "万州千亩柑橘园春管难题有解了")),
        (["社区故事", "老旧小区装上了智能充电桩"], ("社区故事", "老旧小区装上了智能充电桩", "")),  # the scene alone names a column
        # a portrait's 副题 with its dash left out (追光者 had become the 引题)
        (["追光者", "记渝北区科技特派员李红和她的柑橘园"], ("", "追光者", "记渝北区科技特派员李红和她的柑橘园")),
        (["春华秋实", "写在重庆市科协成立65周年之际"], ("", "春华秋实", "写在重庆市科协成立65周年之际")),
        # a longer line that says what happened over its figures is the 主题 (it became the 引题)
        (["科技助农结硕果", "全年培训农民2000余人次 推广新品种新技术36项"], ("", "科技助农结硕果", "全年培训农民2000余人次 推广新品种新技术36项")),
        (["春耕正当时", "我市科技特派员深入田间地头指导农业生产"], ("", "春耕正当时", "我市科技特派员深入田间地头指导农业生产")),
        (["征稿启事", "为更好地宣传全市科协系统"], ("", "征稿启事", "为更好地宣传全市科协系统")),  # a notice's own title
        (["更正", "本报3月8日第3版《广元市"], ("", "更正", "本报3月8日第3版《广元市")),  # …or a genre's
        # a couplet over a headline longer than its halves is the 引题 (it was the title)
        (["科技助农 振兴有我", "市科协“科技小院”扎根大康镇"], ("科技助农 振兴有我", "市科协“科技小院”扎根大康镇", "")),
        (["科技助农 春耕忙", "——记农技专家王明"], ("", "科技助农 春耕忙", "——记农技专家王明")),
        # a town's, a 街道's or a zone's bare name over a headline is the 引题 (it was the title)
        (["观音桥街道", "社区科普e站上线"], ("观音桥街道", "社区科普e站上线", "")),
        (["界石镇", "“科普小院”飘出茶香"], ("界石镇", "“科普小院”飘出茶香", "")),
        (["双桥经开区", "“机器人科普课”走进龙水镇"], ("双桥经开区", "“机器人科普课”走进龙水镇", "")),
        (["万达开川渝统筹发展示范区", "开江开州科协联合开展科技下乡"], ("万达开川渝统筹发展示范区", "开江开州科协联合开展科技下乡", "")),
        # …a science city's too (西部（重庆）科学城 was the title, the headline its 副题)
        (["西部（重庆）科学城", "金凤实验室新增两个院士专家工作站"], ("西部（重庆）科学城", "金凤实验室新增两个院士专家工作站", "")),
        # …a county's or a district's under its city (宜宾市叙州区 was the title, the headline its 副题)
        (["宜宾市叙州区", "科普惠农服务站已达120个"], ("宜宾市叙州区", "科普惠农服务站已达120个", "")),
        (["凉山州昭觉县", "科技特派员助力脱贫攻坚"], ("凉山州昭觉县", "科技特派员助力脱贫攻坚", "")),
        (["走进宜宾市叙州区", "科普惠农服务站已达120个"], ("", "走进宜宾市叙州区", "科普惠农服务站已达120个")),  # a phrase
        (["专家送技下乡", "服务农户二百余户解决难题"], ("", "专家送技下乡", "服务农户二百余户解决难题")),  # a phrase
        (["院士专家走进高新区", "为园区企业解决技术难题三十余项"], ("", "院士专家走进高新区", "为园区企业解决技术难题三十余项")),
        # a memorial's set head over the 生平 is its 引题, naming no one (沉痛悼念 was the title, the 生平 its 副题)
        (["沉痛悼念", "李德明同志生平"], ("沉痛悼念", "李德明同志生平", "")),
        (["永远怀念", "张庆云教授"], ("永远怀念", "张庆云教授", "")),
        # …but 沉痛悼念 with whom it mourns is the headline itself
        (["沉痛悼念李德明同志", "他把一生献给了农技推广"], ("", "沉痛悼念李德明同志", "他把一生献给了农技推广")),
    ],
)
def test_two_headline_lines_as_kicker_title_and_subtitle(lines, parts):
    from articles.textpipeline.headline import headline_parts

    assert headline_parts(lines) == parts


@pytest.mark.parametrize(
    ("label", "headline"),
    [("科学家故事", "屠呦呦：青蒿一握，济世苍生"), ("科学家故事", "青蒿一握，济世苍生"), ("科技史话", "南仁东：二十二年，一口“天眼”")],
)
def test_a_headline_with_clauses_under_a_pieces_label_is_its_title(label, headline):
    """屠呦呦：青蒿一握，济世苍生 under 科学家故事, over the story and its credit: the title under its 引题 (it
    was the first paragraph, joined to the lead as a break's other half, and the label the title)."""
    lead = "1930年12月30日，屠呦呦出生于浙江宁波。1955年，她从北京医学院药学系毕业。"
    (item,) = page(label, headline, lead, "（张晓东）").items
    assert (item.kicker, item.title, item.subtitle) == (label, headline, "")
    assert item.paragraphs == [lead]


@pytest.mark.parametrize(
    ("previous", "following", "joined"),
    [
        ("联系人：张红，电话：023-63893456", "附件：1.2023年全国科普日重庆主场活动方案", False),
        ("附件：1.2023年全国科普日重庆主场活动方案", "2.活动报名表", False),
        ("征文要求：作品须为原创，体裁不限，字数在2000字以内，可附相关图片", "投稿邮箱：zhengwen@sckjb.cn", False),
        # a long field with clauses over the next field (the tender's 时间, 地点 and 方式 were one paragraph)
        ("时间：2024年7月3日至2024年7月9日，每天上午9:00至12:00（北京时间，法定节假日除外）", "地点：四川政府采购网", False),
        ("凡对本次公告内容提出询问，请按以下方式联系", "采购人：重庆市大足区科学技术协会", False),  # the call, its fields
        (  # a grade's winners, however long, over the next grade's
            "二等奖：陈晨（渝北区科协）、赵雪（涪陵区科技馆）、刘一鸣（重庆医科大学）、孙悦（南岸区科协）、何琳（重庆市气象局）",
            "三等奖：孙悦（南岸区科协）、杨帆（永川区科协）",
            False,
        ),
        # a grade's last winners, or a schedule's row ending in its place, over the story's next sentence
        ("二等奖：李佳怡（渝北区科协）、秦雨（重庆市地震局）", "获得一等奖的选手将代表重庆参加全国科普讲解大赛。", False),
        ("上午 院士专家报告会 地点：重庆文理学院", "活动周期间，永川区科技馆免费向公众开放，市民可预约参观。", False),
        ("二等奖：李佳怡（渝北区科协）、秦雨（重庆市地", "震局）。获得一等奖的选手将代表重庆参加全国科普讲解大赛。", True),
        ("活动期间，全市共举办科普讲座、科普展览和", "二、存在的问题", False),
        ("活动期间，全市共举办科普讲座、科普展览和", "科技咨询活动1200余场，受益群众达", True),
        ("全市科普经费投入同比增长，人均科普经费达到", "2.56元，位居西部前列。", True),  # a decimal, not a list
        # a field named inside prose, its value cut off after the colon; a list's lead-in keeps its rows apart
        ("本次招聘采取网上报名方式进行。报名网址：", "重庆市人力资源和社会保障局网站（http://rlsbj.cq.gov.cn）。", True),
        ("中国科协公布了入选名单。名单如下：", "王晓雨 四川大学华西医院", False),
        ("活动为期三天。具体安排如下：", "上午举行开幕式。", False),
        ("报名截至6月16日。报名方式：", "1.网上报名。", False),
        # a post and a surname, then a sentence of its own (paragraphs out of order): no cut
        ("会上，市科协党组书记、常务副主席郭", "截至目前，全市已建成院士专家工作站20个。", False),
        # an agenda's rows each open at a clock time, however long the row before (they ran together)
        ("14:00-14:40 专题报告一 山地城市交通治理 报告人：陈雨 市交通规划研究院副院长", "14:40-15:20 专题报告二 桥梁健康监测", False),
        ("15:20-15:30 茶歇", "18:00 晚餐", False),
        # …a sentence cut before a time it names goes on (8:30，… is no row)
        ("会议定于10月19日在成都召开，请参会人员提前到达，报到时间为上午", "8:30，地点在酒店大堂。", True),
        ("会议定于10月19日在成都召开，请参会人员提前到达，分组讨论安排在", "14:00-17:30 进行，地点另行通知。", True),
        # speaker：《title》 closing the line is a keynote list's entry, whole, over the next entry or sentence
        ("中国科学院院士、西南大学教授张华：《山地农业遥感监测的进展》", "四川农业大学教授刘强：《丘陵地区智慧农机装备》", False),
        ("四川农业大学教授刘强：《丘陵地区智慧农机装备》", "论坛还发布了川渝农业科技合作十大成果。", False),
        # a title in running text (no speaker's colon) or a title the break cut goes on
        ("会上，西南大学教授张华作了题为《山地农业遥感监测的进展》", "的报告，引起与会代表热烈讨论。", True),
        ("会上，西南大学教授张华作了报告，题目是：《山地农业遥感", "监测的进展》，引起与会代表热烈讨论。", True),
    ],
)
def test_a_contact_line_an_attachment_or_a_numbered_line_is_not_a_cut_paragraphs_rest(previous, following, joined):
    from articles.textpipeline.draft import continues

    assert continues(previous, following) is joined


@pytest.mark.parametrize(
    ("previous", "following", "joined"),
    [
        ("永川中学 王浩宇 陈一鸣（指导老师：刘军）", "永川北山中学 李思琪 周子豪（指导老师：唐丽）", False),
        ("重庆市第八中学校 郑浩 孙嘉怡 马骁 程睿 胡一凡 田雨 邓子涵", "市科协青少年科技中心负责人表示，将继续做好组织和培训工作。", False),
        ("成都市泡桐树小学 五年级（1）班 张小雨 陈思远 王俊熙 李牧之", "指导老师为学生们讲解了实验的原理和步骤。", False),
        ("重庆市第八中学校郑浩、孙嘉怡、马骁、程睿、胡一凡、田雨和", "邓子涵获一等奖。", True),  # a sentence, no row
        ("5月18日，全国青少年科技创新大赛结果揭晓，获一等奖的是", "重庆市第八中学校 郑浩 孙嘉怡", True),
        ("5月18日，大赛结果揭晓，获一等奖的是重庆市第八中学校 郑浩 孙嘉怡", "同学的作品《智能灌溉系统》。", True),
        ("5月18日，全国青少年科技创新大赛结果揭晓，我市获奖名单如下", "重庆市第八中学校 郑浩 孙嘉怡", False),
    ],
)
def test_a_schools_row_of_students_is_not_a_cut_paragraphs_rest(previous, following, joined):
    """重庆市第八中学校 郑浩 … 邓子涵 over the story's next sentence, 永川中学 王浩宇（指导老师：刘军） over the next
    row: a winners list prints a school's students a row of their own, however long (the rows were joined);
    under …获一等奖的是, cut in mid-sentence, the row is the sentence's words (it was left a sub-heading)."""
    from articles.textpipeline.draft import continues

    assert continues(previous, following) is joined


@pytest.mark.parametrize(
    ("previous", "following", "joined"),
    [
        ("[1] Heaney RP. Effects of caffeine on bone. Food Chem Toxicol, 2002, 40(9): 1263-1270.", "[2] 中国营养学会. 中国居民膳食营养素参考摄入量. 北京：人民卫生出版社，2023.", False),
        ("[1] 王明. 柑橘黄龙病的综合防控. 植物保护, 2021, 47(3): 12-18", "［2］ 李华. 土壤有机质与碳汇. 土壤学报, 2020.", False),
        ("咖啡因会轻度增加尿钙排出，但适量饮用对骨骼的影响可以忽略，研究人员", "认为每天不超过三杯是安全的。", True),
    ],
)
def test_a_reference_lists_next_entry_is_not_a_cut_paragraphs_rest(previous, following, joined):
    """[1] … 1263-1270. over [2] 中国营养学会. …: each entry of a 参考文献 list is a line of its own (the half-width
    stop after a page range ended no sentence, and the entries were joined as if a column break cut them)."""
    from articles.textpipeline.draft import continues

    assert continues(previous, following) is joined


@pytest.mark.parametrize("heading", ["参考文献", "参考文献：", "参考资料"])
def test_a_reference_list_under_the_reviewer_is_the_storys(heading):
    """参考文献 over [1] …, under the story's 审核 line (page furniture, which closed the story): the story's
    references under their heading (参考文献 was the next piece's headline)."""
    (item,) = page(
        "春季过敏高发 这份防护指南请收好",
        STORY_B,
        "审核：周 敏 主任医师",
        heading,
        "[1] 中华耳鼻咽喉头颈外科杂志编辑委员会. 中国变应性鼻炎诊断和治疗指南（2022年，修订版）.",
    ).items
    assert [block.text for block in item.blocks if block.kind == SUBHEADING] == [heading]
    assert item.paragraphs[-1].startswith("[1] 中华耳鼻咽喉")


def test_a_list_ending_in_a_schools_row_is_no_cut_paragraph():
    """永川区红旗小学 张子轩 罗欣然（指导老师：胡蓉） ends the story: a list's row, no paragraph cut short."""
    rows = ["永川中学 王浩宇 陈一鸣（指导老师：刘军）", "永川区红旗小学 张子轩 罗欣然（指导老师：胡蓉）"]
    (item,) = page("永川区青少年机器人竞赛举行", "本报讯（记者 杨洁）7月18日，竞赛在永川中学举行。", "附：一等奖获奖队伍", *rows).items
    assert item.paragraphs[-2:] == rows
    assert "incomplete_paragraph" not in codes(item)


@pytest.mark.parametrize(
    ("line", "bylines"),
    [
        ("本报评论员", [("author", "本报评论员")]),
        ("■ 本刊特约评论员", [("author", "本刊特约评论员")]),
        ("本报编辑部", [("author", "本报编辑部")]),
        ("评论员文章", None),
        # the team that wrote a 调研报告 signs it under the headline (it was the 副题)
        ("重庆市科协调研组", [("author", "重庆市科协调研组")]),
        ("本报调研组", [("author", "本报调研组")]),
        ("四川省科协课题组", [("author", "四川省科协课题组")]),
        ("市科协联合调研组", [("author", "市科协联合调研组")]),
        ("成立调研组", None),  # no body's name before it
    ],
)
def test_the_papers_own_voice_signs_a_commentary(line, bylines):
    """本报评论员 under a commentary's headline, or 重庆市科协调研组 under a report's, is its byline (it was the
    headline's 副题)."""
    from articles.textpipeline.credits_bylines import parse_byline_line

    found = parse_byline_line(line)
    assert ([(b.role, b.name) for b in found] if found else None) == bylines


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("作者：孙 悦 重庆市气象台", ["孙悦"]),
        ("作者：王 刚 市生态环境局", ["王刚"]),
        ("文/李 霞（重庆市疾病预防控制中心）", ["李霞"]),
        ("作者：刘思远 四川大学华西医院临床营养科", ["刘思远"]),
        ("作者：刘思远 四川大学华西医院", ["刘思远"]),
        ("作者：张三 李四", ["张三", "李四"]),
    ],
)
def test_an_author_line_naming_the_authors_body_credits_the_author(line, authors):
    """作者：孙 悦 重庆市气象台, 文/李 霞（重庆市疾病预防控制中心）: the author, a name printed apart, then a
    bureau's, station's or hospital department's name (the line was the subtitle, or no credit at all)."""
    found = credits_bylines.parse_byline_line(line)
    assert [b.name for b in found or []] == authors


def test_a_headline_over_an_author_of_a_bureau_opens_a_second_article():
    """为什么雷雨前特别闷热 over 作者：孙 悦 重庆市气象台 is the next piece (both ran on in the first)."""
    first, second = page("蚊子为什么偏爱叮咬某些人", LONG, "为什么雷雨前特别闷热", "作者：孙 悦 重庆市气象台", LONG).items
    assert second.title == "为什么雷雨前特别闷热"
    assert [(b.role, b.name) for b in second.bylines] == [("author", "孙悦")]
    assert len(first.paragraphs) == 1


COMMENTARY = ("让尊师重教在全社会蔚然成风", "今天是我国第34个教师节。全社会都应当关心支持教育事业，让教师成为令人羡慕的职业。")


@pytest.mark.parametrize(
    ("after", "banners", "authors"),
    [
        ([], [], ["本报评论员"]),
        (["永川区科协开展科普宣传", "本报讯（记者 刘洋）" + LONG], [], ["本报评论员"]),  # the next story's
        # signed at its end by the commentator's name: the post over the headline is the column's name
        (["本报评论员 陈 思"], ["本报评论员"], ["陈思"]),
    ],
)
def test_the_papers_commentator_over_a_headline_signs_the_commentary(after, banners, authors):
    """本报评论员 over a commentary's headline, with no name signing its end, is its author (it was a
    banner and the commentary had no byline)."""
    result = page("本报评论员", *COMMENTARY, *after)
    assert result.meta.banners == banners
    assert [b.name for b in result.items[0].bylines] == authors


@pytest.mark.parametrize(
    ("lines", "title", "subtitle"),
    [
        # The lead prints the whole title: one title the layout broke in two.
        (["重庆市科协召开2023年度全市学会", "工作会议", "本报讯（记者 李华）11月9日，重庆市科协召开2023年度全市学会工作会议。"],
         "重庆市科协召开2023年度全市学会工作会议", ""),
        # Nothing proves it: title and 副题, as printed.
        (["院士专家为綦江区产业发展", "出谋划策", "本报记者 王芳", "11月8日，10余名院士专家走进綦江区，为当地产业发展建言献策。"],
         "院士专家为綦江区产业发展", "出谋划策"),
        (["科技助农", "春耕正当时", "本报讯（记者 李华）科技助农，春耕正当时。各地科协组织专家下乡指导。"], "科技助农", "春耕正当时"),
        # A line that leaves quotation marks or a title's marks open goes on below (it was title and 副题).
        (["綦江区科协开展“科技助力", "乡村振兴”专项行动", "本报讯（记者 李华）11月9日，綦江区科协组织专家下乡指导。"],
         "綦江区科协开展“科技助力乡村振兴”专项行动", ""),
        (["《中华人民共和国", "科学技术普及法》颁布20周年", "本报讯（记者 李华）11月9日，各地开展纪念活动。"],
         "《中华人民共和国科学技术普及法》颁布20周年", ""),
        (["“科技之春”宣传月启动", "全市开展科普活动200余场", "本报讯（记者 李华）11月9日，宣传月启动。"],
         "“科技之春”宣传月启动", "全市开展科普活动200余场"),  # its marks closed: title and 副题
        # A line stopping on an ordinal or a year that qualifies what the next names (it was title and 副题)
        (["荣昌区举办首届", "科技成果转化对接会", "本报讯（记者 何军林）3月18日，对接会在荣昌区举行。"],
         "荣昌区举办首届科技成果转化对接会", ""),
        (["渝北区召开第三届", "青少年科技创新大赛总结会", "本报讯（记者 李华）11月9日，总结会在渝北区举行。"],
         "渝北区召开第三届青少年科技创新大赛总结会", ""),
        # a line stopping on a verb of going, its place on the next line (it was title and 副题)
        (["达州市科协组织专家服务团走进", "大竹县开展技术帮扶", "本报讯（记者 刘文波）11月3日，专家服务团到大竹县开展技术帮扶活动。"],
         "达州市科协组织专家服务团走进大竹县开展技术帮扶", ""),
        # A short line finishing the headline's last word, the word whole in the lead (秋生产 was an author)
        (["富顺县科协举办农村实用技术培训班助力晚", "秋生产", "10月16日，专家为80余名种植户讲解晚秋作物种植技术。"],
         "富顺县科协举办农村实用技术培训班助力晚秋生产", ""),
        # …a longer end where the story's own lines were broken at the column's width too (it was the 副题)
        (["南充市科协推动科普示范", "基地提档升级", "本报记者 马丽", "10月9日，南充市科协在顺庆区召开全市科普",
          "示范基地建设推进会，全市60余家科普示范基", "地负责人参加会议。"],
         "南充市科协推动科普示范基地提档升级", ""),
        (["南充市科协推动科普示范", "基地提档升级", "本报记者 马丽", "10月9日，南充市科协召开全市科普示范基地建设推进会。"],
         "南充市科协推动科普示范", "基地提档升级"),  # its lead whole: nothing shows the layout cuts lines
        # …and where the story prints only the two characters across the break (人才，才能), a 副题 that begins
        # where the headline's last word could go on (it was glued to the headline)
        (["科技特派员扎根乡村育人才", "能人带富一方乡亲", "本报记者 王明", "近日，记者走进彭水县，看到科技特派员正在田间为农户讲解",
          "种植技术。当地干部说，乡村振兴只有培养更多本土人才，才能", "让产业长久发展。"],
         "科技特派员扎根乡村育人才", "能人带富一方乡亲"),
        # a line stopping on a verb whose object the lead prints after it, or straight after the acting
        # body's name (it was title and 副题)
        (["重庆市土壤学会走进黔江开展", "测土配方施肥技术服务", "本报记者 杨帆",
          "11月18日，重庆市土壤学会组织专家一行8人走进黔江区石会镇，开展测土配方施肥技术服务。"],
         "重庆市土壤学会走进黔江开展测土配方施肥技术服务", ""),
        (["南充市科协推动", "科普示范基地提档升级", "本报记者 马丽", "10月9日，南充市科协召开全市科普示范基地建设推进会。"],
         "南充市科协推动科普示范基地提档升级", ""),
        # …a body training, visiting, guiding whom the next line names; a vehicle driven into a place on the
        # next line; a body's own numbered meeting; a programme named in quotes, its kind on the next line
        # (each was title and 副题)
        (["绵竹市农技协培训", "猕猴桃种植户", "本报讯（记者 赵 敏）日前，绵竹市猕猴桃专业技术协会举办溃疡病防治培训会。"],
         "绵竹市农技协培训猕猴桃种植户", ""),
        (["科普大篷车开进", "秀山边远山村", "本报讯（记者 刘 茜）8月28日，重庆市科技馆科普大篷车走进钟灵镇。"],
         "科普大篷车开进秀山边远山村", ""),
        # a body making another party act, the party last: what it does on the next line (推动 X 服务…)
        (["泸县科协推动农技协", "服务龙眼产业提质增效", "本报讯（通讯员 罗刚）11月3日，泸县科协召开龙眼产业发展座谈会。"],
         "泸县科协推动农技协服务龙眼产业提质增效", ""),
        (["市科协组织专家", "深入田间指导春耕生产", "本报讯（记者 李华）3月5日，市科协组织农业专家分赴各区县。"],
         "市科协组织专家深入田间指导春耕生产", ""),
        # …but a spaced line of two phrases is complete: no 主题 glued onto the 副题
        (["党建引领 区科协带动农户", "黄桷村柑橘种出致富路", "本报讯 今年以来，合川区科协在黄桷村推广柑橘新品种。"],
         "党建引领 区科协带动农户", "黄桷村柑橘种出致富路"),
        (["重庆市花卉盆景协会", "第五届会员代表大会召开", "本报讯 5月6日，重庆市花卉盆景协会第五届会员代表大会在渝北区召开。"],
         "重庆市花卉盆景协会第五届会员代表大会召开", ""),
        (["凉山州科协“科技助力精准扶贫”", "项目在昭觉县落地", "本报讯 7月10日，凉山州科协项目推进会在昭觉县召开。"],
         "凉山州科协“科技助力精准扶贫”项目在昭觉县落地", ""),
        (["“科技助力精准扶贫”", "项目推进有力", "本报讯 7月10日，凉山州科协项目推进会在昭觉县召开。"],
         "“科技助力精准扶贫”", "项目推进有力"),  # a slogan alone over it: 引题 or title, as printed
        # …but an event's headline may end on such a verb: title and 副题 as printed
        (["全国科技工作会议在京召开", "李岚清出席并讲话", "本报讯（记者 李华）全国科技工作会议昨日在京召开。"],
         "全国科技工作会议在京召开", "李岚清出席并讲话"),
        (["全市科普示范基地建设推进会召开", "60余家基地负责人参加", "本报讯（记者 李华）10月9日，推进会在顺庆区召开。"],
         "全市科普示范基地建设推进会召开", "60余家基地负责人参加"),
        # the issuing body's name over the document's (it was the title, the document its 副题)
        (["重庆市科学技术协会", "科普基地认定管理办法", "第一条　为加强全市科普基地建设和管理，制定本办法。"],
         "重庆市科学技术协会科普基地认定管理办法", ""),
        (["重庆市科协第八届委员会常委会", "第十五次会议纪要", "2024年4月12日，市科协主席张伟主持召开常委会第十五次会议。"],
         "重庆市科协第八届委员会常委会第十五次会议纪要", ""),
        (["重庆市科学技术协会　重庆市教育委员会", "关于加强青少年科技教育工作的实施意见", "各区县科协、教委：", "现提出如下实施意见。"],
         "重庆市科学技术协会　重庆市教育委员会关于加强青少年科技教育工作的实施意见", ""),
        # joint issuers set apart by a run of layout spaces: one space between them in the joined title
        (["四川省科学技术协会   四川省科学技术厅", "关于开展2024年科普月活动的通知", "各市（州）科协、科技局：", "现将有关事项通知如下。"],
         "四川省科学技术协会 四川省科学技术厅关于开展2024年科普月活动的通知", ""),
        (["重庆市科学技术协会", "全市科普基地达到300个", "本报讯（记者 李华）11月9日，市科协公布新一批科普基地。"],
         "重庆市科学技术协会", "全市科普基地达到300个"),  # no document's name under it: title and 副题
        # a team's or an institute's bare name over what it did (they were title and 副题, or its issuer)
        (["重庆大学机械与运载工程学院团队", "研发出新型轻量化车身材料", "本报讯（记者 罗小军）近日，新型镁合金车身材料通过技术鉴定。"],
         "重庆大学机械与运载工程学院团队研发出新型轻量化车身材料", ""),
        (["中国科学院重庆绿色智能技术研究院", "与北碚区签约共建产业研究院", "本报讯 10月10日，双方签署合作协议。"],
         "中国科学院重庆绿色智能技术研究院与北碚区签约共建产业研究院", ""),
        # a platform's name over where it settles, or cut across the break before the headline's colon
        # (they were title and 副题)
        (["重庆市风电装备工程技术研究中心", "落户重庆海装", "本报讯（通讯员 黄蓉）3月14日，重庆市科学技术局发布认定名单。"],
         "重庆市风电装备工程技术研究中心落户重庆海装", ""),
        (["山地城镇建设与新技术", "教育部重点实验室：让山城“长”得更安全", "本报记者 吴倩",
          "走进重庆大学，山地城镇建设与新技术教育部重点实验室的大型振动台正在进行桥梁模型试验。"],
         "山地城镇建设与新技术教育部重点实验室：让山城“长”得更安全", ""),
        (["山地城镇建设与新技术", "让山城“长”得更安全", "本报记者 吴倩",
          "走进重庆大学，山地城镇建设与新技术教育部重点实验室的大型振动台正在进行桥梁模型试验。"],
         "山地城镇建设与新技术", "让山城“长”得更安全"),  # no name across the break: title and 副题
        # a line over the bare name of a document by its kind: the document's title broken at the column's
        # width (it was title and 副题)
        (["关于公布四川省科协科普专家库", "首批入库专家名单的通知", "各市（州）科协，省级学会：", "经推荐和评审，确定李明等80名同志为入库专家。"],
         "关于公布四川省科协科普专家库首批入库专家名单的通知", ""),
        (["四川省农学会所属事业单位", "2024年公开考核招聘工作人员公告", "根据工作需要，现面向社会公开招聘工作人员3名。"],
         "四川省农学会所属事业单位2024年公开考核招聘工作人员公告", ""),
        (["关于举办2024年重庆市青少年", "科技创新大赛的通知", "各区县科协：", "经研究，决定举办2024年重庆市青少年科技创新大赛。"],
         "关于举办2024年重庆市青少年科技创新大赛的通知", ""),  # 关于 opens the document's name: its verb no headline's
        # …名单 with a note on the part it prints (（部分）): still the list's name (it was 引题 and title)
        (["第39届四川省青少年科技创新大赛", "一等奖获奖名单（部分）", "小学组",
          "序号  项目名称              学校              学生      指导教师",
          "1   家用智能晾衣架的设计   成都市泡桐树小学   王子涵    刘 敏"],
         "第39届四川省青少年科技创新大赛一等奖获奖名单（部分）", ""),
        (["我省35人入选人才计划", "青年科技人才入选名单（第一批）", "本报讯（记者 王敏）近日，青年科技人才入选名单公布。"],
         "我省35人入选人才计划", "青年科技人才入选名单（第一批）"),  # a told act over it: still title and 副题
        # a line telling what someone did over a list's whole name: a headline and its 副题 (they were joined)
        (["我省35人入选人才计划", "2024年度青年科技人才入选名单", "本报讯（记者 王敏）近日，2024年度青年科技人才入选名单公布。"],
         "我省35人入选人才计划", "2024年度青年科技人才入选名单"),
        (["科普讲解大赛落幕，成绩揭晓", "获奖名单公示", "本报讯（记者 李华）11月9日，全市科普讲解大赛在渝中区落幕。"],
         "科普讲解大赛落幕，成绩揭晓", "获奖名单公示"),  # a clause over it: title and 副题
        # a place's line ending on a subject the lead names, the next line its predicate (it was the 副题)
        (["南充市顺庆区：科普大篷车", "开进社区广场", "本报讯 5月8日，顺庆区科协组织科普大篷车走进舞凤街道社区广场。"],
         "南充市顺庆区：科普大篷车开进社区广场", ""),
        (["綦江区：科技小院开课", "举办果树修剪培训", "本报讯 3月2日，綦江区在永新镇开设科技小院，专家讲授果树修剪。"],
         "綦江区：科技小院开课", "举办果树修剪培训"),  # the lead does not name its subject: as printed
        # a visiting body's name (its other name in brackets) over its delegation and where it went (they were
        # title and 副题)
        (["香港城市大學(City University of Hong Kong)", "代表团考察永川", "本报讯（通讯员 陈曦）3月21日，代表团一行到永川区考察。"],
         "香港城市大學（City University of Hong Kong）代表团考察永川", ""),
        (["香港城市大学代表团", "考察永川", "本报讯（通讯员 陈曦）3月21日，代表团一行到永川区考察。"],
         "香港城市大学代表团考察永川", ""),
        (["北碚区科协", "代表团考察永川", "本报讯（通讯员 陈曦）3月21日，代表团一行到永川区考察。"],
         "北碚区科协代表团考察永川", ""),
        (["香港城市大学", "一行人的科学梦", "本报讯（通讯员 陈曦）3月21日，代表团一行到永川区考察。"],
         "香港城市大学", "一行人的科学梦"),  # no visit told under it: title and 副题
        # a line ending on building together (共建, 联建) over the bare name of what is built: its object, one
        # headline the column broke (it was title and 副题)
        (["绵阳市科协与西南科技大学联合共建", "科普教育示范基地", "本报讯（记者 王丽）12月3日，双方签署协议，将建设科普教育示范基地。"],
         "绵阳市科协与西南科技大学联合共建科普教育示范基地", ""),
        (["两江新区携手重庆大学共建", "成渝智能制造中试平台", "本报讯（记者 罗小军）11月5日，两江新区与重庆大学签署协议。"],
         "两江新区携手重庆大学共建成渝智能制造中试平台", ""),
        (["校地携手共建", "推动科技成果转化落地", "本报讯（记者 罗小军）11月5日，两江新区与重庆大学签署协议。"],
         "校地携手共建", "推动科技成果转化落地"),  # a clause of its own under it: title and 副题
    ],
)
def test_a_title_broken_over_two_lines_is_joined_where_the_lead_prints_it(lines, title, subtitle):
    (item,) = page(*lines).items
    assert (item.title, item.subtitle) == (title, subtitle)
    assert ("joined_title" in {r.code for r in item.repairs}) is (subtitle == "")


def test_a_title_broken_under_its_kicker_is_joined_and_the_kicker_stays():
    """引题 over a 主题 the column broke before the object of 共建: the 主题 joined, the 引题 still the 引题
    (the joined line had become the 副题 under the 引题 read as the title)."""
    (item,) = page("科技创新引领发展", "两江新区携手重庆大学共建", "成渝智能制造中试平台",
                   "本报讯（记者 罗小军）11月5日，两江新区与重庆大学签署协议。").items
    assert (item.kicker, item.title, item.subtitle) == ("科技创新引领发展", "两江新区携手重庆大学共建成渝智能制造中试平台", "")


@pytest.mark.parametrize(
    ("lead", "items"),
    [
        # The paper's own brief with its reporters: a story of its own whose headline the copy lost.
        ("本报讯（记者 刘洋）11月8日，四川省科协召开学会工作会议，部署下一阶段重点任务。", 2),
        ("本报成都讯 记者 刘洋 通讯员 赵亮 11月8日，四川省科协召开学会工作会议。", 2),
        # A round-up's part filed from elsewhere stays in the round-up.
        ("本报波恩12月30日电 记者吕鸿 德国外长金克尔30日在此间向新闻界发表讲话。", 1),
        ("新华社北京11月8日电（记者 张泉）记者8日从中国科学院获悉，新品种研发成功。", 1),
    ],
)
def test_a_papers_brief_after_a_finished_story_is_its_own_item(lead, items):
    result = page("宜宾市科协举办科技工作者座谈会", "本报记者 王强", "11月7日，宜宾市科协举办科技工作者座谈会，30余名科技工作者代表参加。", lead)
    assert len(result.items) == items
    if items == 2:
        assert result.items[1].title == "" and "missing_headline" in codes(result.items[1])
        assert result.items[1].paragraphs[0].startswith("11月8日")


@pytest.mark.parametrize(
    ("opening", "lead", "items"),
    [
        # After a story the paper filed itself, another reporter's dispatch is the next brief.
        ("本报长春11月4日电（记者 杨 仑）", "本报酒泉11月4日电（记者 颉满斌）11月8日，瓜州县风电装机突破500万千瓦。", 2),
        ("本报长春11月4日电（记者 杨 仑）", "新华社兰州11月4日电（记者 张文）11月8日，兰州新区风电项目开工。", 2),
        # The paper's home news, reporters named or not, is no part of a dispatch or of another brief.
        ("新华社上海3月20日电（记者 张持坚）", "本报讯 11月8日，国家统计局公布前三季度工业总产值。", 2),
        ("本報訊（記者 陳志明）", "本報訊 11月8日，國家統計局公布前三季度工業總產值。", 2),
        # The same dateline again without reporters: a second dispatch under the one headline.
        ("本报比勒陀利亚12月30日电 记者温宪报道：", "本报比勒陀利亚12月30日电 11月8日，两国外长举行记者招待会。", 1),
        # An agency's round-up of its dispatches from several places stays one story.
        ("新华社莫斯科12月30日电（记者 张铁柱）", "新华社波恩12月30日电（记者 吕鸿）11月8日，德国外长发表讲话。", 1),
    ],
)
def test_a_lead_after_a_story_under_its_own_dateline_opens_the_next_brief(opening, lead, items):
    """A story filed under one dateline carries no other paper's or agency's lead whole (the dateline
    and the reporter had stayed in its text)."""
    result = page("吉林长春朝阳区推进专精特新企业培育", opening + "长春市朝阳区今年培育专精特新中小企业35家。", lead)
    assert len(result.items) == items
    if items == 2:
        assert result.items[1].title == "" and "missing_headline" in codes(result.items[1])
        assert result.items[1].paragraphs[0].startswith("11月8日")
        assert result.items[1].dateline == credits_datelines.parse_lead(lead).dateline


@pytest.mark.parametrize(
    ("opening", "lead", "names"),
    [
        ("新华社莫斯科12月30日电（记者 张铁柱）", "新华社波恩12月30日电（记者 吕鸿）11月8日，德国外长发表讲话。", ["张铁柱", "吕鸿"]),
        ("据新华社成都12月30日电（记者罗明远）", "新华社重庆12月30日电（记者沈晓岚）重庆市科协30日发布年度报告。", ["罗明远", "沈晓岚"]),
        ("本报比勒陀利亚12月30日电 记者温宪报道：", "本报比勒陀利亚12月30日电 11月8日，两国外长举行记者招待会。", ["温宪"]),
    ],
)
def test_a_second_dispatch_in_one_story_adds_its_reporters(opening, lead, names):
    """A round-up of an agency's dispatches keeps the second dateline in its text, and its reporter is
    one of the story's (only the first dispatch's reporter was credited)."""
    (item,) = page("吉林长春朝阳区推进专精特新企业培育", opening + "长春市朝阳区今年培育专精特新中小企业35家。", lead).items
    assert [b.name for b in item.bylines] == names


@pytest.mark.parametrize(
    ("byline", "quoted"),
    [
        # a commentary quoting a dispatch, an interview's question: the quoted reporter wrote none of it
        # (张三 and 张洁问 were the story's reporters)
        ("本报评论员 李华", "新华社北京3月1日电（记者 张三）中国科协发布第十二次中国公民科学素质抽样调查结果。"),
        ("本报记者 李华", "县融媒体中心记者张洁问：区科协在服务乡村振兴方面做了哪些工作？"),
    ],
)
def test_a_dispatch_quoted_in_a_story_without_a_dateline_adds_no_reporter(byline, quoted):
    (item,) = page("科普要走进日常生活", byline, "科学普及是实现创新发展的重要基础性工作。近日，一则消息引发关注。", quoted,
                   "这一数字令人振奋，也提醒我们，科普工作仍任重道远。").items
    assert [b.name for b in item.bylines] == ["李华"]


@pytest.mark.parametrize("question", ["县融媒体中心记者张洁问：区科协做了哪些工作？", "区融媒体中心记者王明问：您如何看待？"])
def test_an_interviews_question_by_a_centres_reporter_is_no_lead(question):
    """县融媒体中心记者张洁问： asks a question: no lead, and no reporter 张洁问."""
    assert credits_datelines.parse_lead(question) is None


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("本报特派记者 王芳", ["王芳"]),
        ("新重庆-重庆日报记者 王芳", ["王芳"]),
        ("图/文 杨  柳", ["杨柳", "杨柳"]),
        ("通讯员 吉克·阿呷莫", ["吉克·阿呷莫"]),
        ("杨柳 李红 报道", ["杨柳", "李红"]),
    ],
)
def test_a_headline_over_a_byline_after_a_finished_story_opens_the_next(byline, names):
    """Each byline shape proves the headline over it (the headline and byline were the story's paragraphs)."""
    result = page("永川区科协开展科普宣传", "本报讯（记者 刘洋）" + LONG, "綦江区科协组织专家开展春耕技术服务", byline, LONG)
    assert [item.title for item in result.items] == ["永川区科协开展科普宣传", "綦江区科协组织专家开展春耕技术服务"]
    assert [b.name for b in result.items[1].bylines] == names


def test_bare_names_and_what_they_did_close_a_story():
    """杨柳 李红 报道 after a story's text closes it; the next headline opens its own story."""
    result = page("凉山州科协开展科普活动", LONG, "杨柳 李红 报道", "攀枝花市科协开展芒果技术培训", LONG, "（攀枝花市科协）")
    first, second = result.items
    assert [b.name for b in first.bylines] == ["杨柳", "李红"] and first.source is None
    assert second.title == "攀枝花市科协开展芒果技术培训" and second.source == "攀枝花市科协"


def test_a_closing_attribution_naming_the_reporter_adds_no_second_byline():
    """本报讯（记者 张伟）… closed by （张伟）: one person, the reporter; （李华） naming someone else is an author."""
    same = page("“天府科技云”服务平台上线", "本报讯（记者 张伟）11月8日，“天府科技云”服务平台正式上线运行。", "（张伟）")
    assert [(b.role, b.name) for b in same.items[0].bylines] == [("reporter", "张伟")]
    other = page("“天府科技云”服务平台上线", "本报讯（记者 张伟）11月8日，“天府科技云”服务平台正式上线运行。", "（李华）")
    assert [(b.role, b.name) for b in other.items[0].bylines] == [("reporter", "张伟"), ("author", "李华")]


@pytest.mark.parametrize(
    ("subtitle", "items"),
    [
        ("——全市各区县科协开展全国科普日活动综述", 1),
        ("——全市各区县科协开展全国科普日活动", 1),  # 各区县: many subjects, a round-up (it was three stories)
        ("——渝中区北碚区科协开展全国科普日活动", 3),
    ],
)
def test_a_roundups_parts_named_by_their_place_stay_its_sub_headings(subtitle, items):
    """A 综述, or a headline naming many subjects (各地, 各区县), divides its parts under 渝中区：…
    headings, each over its own dated lead; without either, such a heading over a dated lead reads as
    the next story (flagged for an editor)."""
    result = page(
        "科普日活动精彩纷呈", subtitle, "本报记者 王芳",
        "9月16日至22日，全市各区县科协开展了形式多样的科普活动。",
        "渝中区：科普游园会人气旺", "9月16日，渝中区科协在解放碑举办科普游园会，吸引市民5000余人次参与。",
        "北碚区：院士讲座进校园", "9月18日，北碚区科协邀请院士走进校园，为师生作科普报告。",
    )
    assert len(result.items) == items
    if items == 1:
        assert result.items[0].subheadings == ["渝中区：科普游园会人气旺", "北碚区：院士讲座进校园"]
    else:
        assert all("headline_or_subheading" in codes(item) for item in result.items[1:])


def test_a_headline_with_a_question_mark_over_a_bracketed_credit_opens_its_own_story():
    """科技馆里过周末！ over （记者 张三 文 李四 图）: a headline and its byline (the story was a paragraph
    of the one above, and the credit its source)."""
    result = page(
        "冬天来了，你的血压还好吗？", "本报记者 王芳", "气温骤降，心脑血管疾病进入高发期，专家提醒高血压患者冬季要格外注意。",
        "科技馆里过周末！", "（记者 张三 文 李四 图）", "周末，重庆科技馆迎来大批市民，孩子们排起长队体验VR太空漫步。",
    )
    assert [item.title for item in result.items] == ["冬天来了，你的血压还好吗？", "科技馆里过周末！"]
    second = result.items[1]
    assert [(b.role, b.name) for b in second.bylines] == [("reporter", "张三"), ("photographer", "李四")]
    assert second.source is None and second.paragraphs[0].startswith("周末")


@pytest.mark.parametrize(
    ("lines", "kicker", "title"),
    [
        (["科技特派员在行动（之三）", "三台县：田间课堂助秋播"], "科技特派员在行动（之三）", "三台县：田间课堂助秋播"),
        (["走基层·看变化之二", "村里来了科技专家"], "走基层·看变化之二", "村里来了科技专家"),
        (["院士专家讲科普（上）", "人工智能离我们有多远"], "院士专家讲科普（上）", "人工智能离我们有多远"),
        (["院士专家讲科普（上） 人工智能离我们有多远"], "院士专家讲科普（上）", "人工智能离我们有多远"),
        # a circled number, the commonest instalment mark (the label had been the title, the headline its 副题)
        (["科技助力乡村振兴调研行①", "巫山脆李“脆”在哪"], "科技助力乡村振兴调研行①", "巫山脆李“脆”在哪"),
        (["系列报道⑤ 村里来了科技专家"], "系列报道⑤", "村里来了科技专家"),
        # a WeChat title's account or column before a bar (the bar was the title)
        (["四川科协 | 三台县：田间课堂助秋播"], "四川科协", "三台县：田间课堂助秋播"),
        (["科普时间｜三台县：田间课堂助秋播"], "科普时间", "三台县：田间课堂助秋播"),
        # 三分之二 is a number, not an instalment: title and 副题 as printed
        (["科技人员占全县人才三分之二", "乡村振兴有了主力军"], "", "科技人员占全县人才三分之二"),
    ],
)
def test_a_series_label_over_its_instalments_headline_is_the_kicker(lines, kicker, title):
    item = page(*lines, "本报讯（通讯员 何敏）11月28日，三台县科协联合县农业农村局在芦溪镇开展秋播技术培训。").items[0]
    assert (item.kicker, item.title) == (kicker, title)


@pytest.mark.parametrize("column", ["健康科普", "趣味科普"])
def test_a_short_science_column_over_a_headline_is_a_banner(column):
    """健康科普 over 冬天来了，你的血压还好吗？ and its byline: the column's name (it was the title)."""
    result = page(column, "冬天来了，你的血压还好吗？", "本报记者 王芳", "气温骤降，心脑血管疾病进入高发期，专家提醒高血压患者要注意。")
    assert column in result.meta.banners
    assert result.items[0].title == "冬天来了，你的血压还好吗？"


def test_a_longer_line_ending_in_science_stays_the_headline():
    result = page("院士进校园讲科普", "万名学生受益", "本报记者 王芳", "11月20日，院士专家走进全市20所中小学，为学生讲授科普知识。")
    assert (result.items[0].title, result.items[0].subtitle) == ("院士进校园讲科普", "万名学生受益")


@pytest.mark.parametrize("heading", ["小贴士", "温馨提示", "■ 链接", "知识链接"])
def test_a_boxes_plain_heading_over_a_list_or_prose_is_the_storys_sub_heading(heading):
    """小贴士 over 1.…；2.…: the story's box, under its heading (the heading was a paragraph)."""
    item = page(
        "冬天来了，你的血压还好吗？", "本报记者 王芳", "气温骤降，心脑血管疾病进入高发期，专家提醒高血压患者要注意。",
        heading, "1.早晚测量血压，做好记录；", "2.注意保暖，外出戴好帽子和围巾；",
    ).items[0]
    assert item.subheadings == [heading]
    assert item.paragraphs[-1] == "2.注意保暖，外出戴好帽子和围巾；"


@pytest.mark.parametrize("heading", ["小贴士", "温馨提示", "知识链接"])
@pytest.mark.parametrize(
    "box", [["如何预防中暑", "1.避免在高温时段外出；", "2.多喝水，不要等口渴了再喝。"], ["1.避免在高温时段外出；", "2.多喝水。"]]
)
def test_a_box_read_in_the_middle_of_a_sentence_leaves_the_sentence_whole(heading, box):
    """…该院已收治热射病患者 / 小贴士 / its title and list / 12例，其中…: the scan read the box inside the
    sentence beside it; the sentence is joined across it (it had been glued to the box's heading, the
    rest of it left under the list)."""
    item = page(
        "南充市医学会专家提醒：夏季谨防“热射病”", "本报记者 何 川", "8月12日，南充市中心医院急诊科主任介绍，入夏以来，该院已收治热射病患者",
        heading, *box, "12例，其中多为户外作业人员和老年人。", "（南充市科协）",
    ).items[0]
    assert item.paragraphs[0] == "8月12日，南充市中心医院急诊科主任介绍，入夏以来，该院已收治热射病患者12例，其中多为户外作业人员和老年人。"
    assert "12例，其中多为户外作业人员和老年人。" not in item.paragraphs


def test_a_box_after_a_cut_sentence_with_no_prose_under_it_joins_nothing():
    """…该院已收治热射病患者 / 小贴士 / its list, then the next headline: the rest is lost, not found."""
    result = page(
        "南充市医学会专家提醒：夏季谨防“热射病”", "本报记者 何 川", "8月12日，南充市中心医院急诊科主任介绍，该院已收治热射病患者",
        "小贴士", "1.避免在高温时段外出；", "2.多喝水。", "阆中市科协开展健康科普进乡村活动", "本报讯（记者 王 伟）8月13日，活动举行。",
    )
    assert result.items[0].paragraphs[0].endswith("该院已收治热射病患者")
    assert [item.title for item in result.items][1:] == ["阆中市科协开展健康科普进乡村活动"]


@pytest.mark.parametrize("heading", ["【小贴士】", "小贴士", "【温馨提示】"])
def test_a_boxes_heading_over_a_lists_introduction_keeps_the_list_and_the_closing_byline(heading):
    """【小贴士】 over 中暑急救三步走： over 1.…；2.…, then （本报记者 刘洋）: the story's box; the heading was
    the page's banner, the list an item without a headline, and it took the story's byline."""
    result = page(
        "夏季高温 谨防热射病", "入夏以来，我市持续高温，热射病患者明显增多。",
        heading, "中暑急救三步走：", "1.迅速转移到阴凉通风处；", "2.用冷水擦拭全身，帮助散热。", "（本报记者 刘洋）",
    )
    (item,) = result.items
    assert item.subheadings == [heading] and result.meta.banners == []
    assert item.paragraphs[-2:] == ["1.迅速转移到阴凉通风处；", "2.用冷水擦拭全身，帮助散热。"]
    assert [b.name for b in item.bylines] == ["刘洋"]


def test_a_pointing_mark_opens_a_caption_credited_to_the_stories_photographer():
    """↑ 志愿者为群众讲解科普知识。 under a story by 文/图 通讯员 罗文: its picture's caption, his photo."""
    item = page(
        "江津区科协开展“科技之春”宣传月活动", "文/图 通讯员 罗文",
        "3月5日，江津区科协在几江街道滨江广场开展“科技之春”宣传月启动仪式。", "↑ 志愿者为群众讲解科普知识。",
    ).items[0]
    assert [(c.text, c.photographer) for c in item.captions] == [("↑ 志愿者为群众讲解科普知识。", "罗文")]
    assert len(item.paragraphs) == 1


@pytest.mark.parametrize(
    ("joined", "title", "bylines", "opens"),
    [
        ("永川区科协举办科技工作者沙龙 本报讯（记者 张伟）12月1日，永川区科协举办第三期科技工作者沙龙。", "永川区科协举办科技工作者沙龙", [("reporter", "张伟")], "12月1日"),
        ("潼南区科协开展科普志愿服务 本报记者 李娜", "潼南区科协开展科普志愿服务", [("reporter", "李娜")], "11月30日"),
    ],
)
def test_a_headline_run_into_its_lead_or_byline_is_cut_off(joined, title, bylines, opens):
    """A headline the copy printed on its lead's or byline's line: a new story with that headline and
    credit, the cut recorded (the line was a paragraph, and its story merged into the one above)."""
    result = page("江北区科协举办科普讲座", "本报记者 王强", "11月29日，江北区科协在观音桥街道举办科普讲座，80余名居民参加。",
                  joined, "11月30日，潼南区科协组织科技志愿者走进桂林街道，开展科普志愿服务活动。")
    assert [item.title for item in result.items] == ["江北区科协举办科普讲座", title]
    second = result.items[1]
    assert [(b.role, b.name) for b in second.bylines] == bylines
    assert second.paragraphs[0].startswith(opens)
    assert [r.code for r in second.repairs][:1] == ["headline_cut"]


@pytest.mark.parametrize(
    "line",
    [
        "会上 记者 张伟 介绍了采访经过，大家深受启发。",  # a sentence with a space: its head is too short
        "座谈会上，与会代表纷纷发言 本报记者 李娜 也作了交流。",  # the rest is no byline
        "本报记者 张三 李四",  # a byline with two names
    ],
)
def test_a_paragraph_with_a_credit_word_after_a_space_is_not_cut(line):
    result = page("江北区科协举办科普讲座", "本报记者 王强", "11月29日，江北区科协在观音桥街道举办科普讲座，80余名居民参加。", line)
    assert [item.title for item in result.items] == ["江北区科协举办科普讲座"]
    assert all(r.code != "headline_cut" for r in result.items[0].repairs)


@pytest.mark.parametrize(("top", "title"), [([], "科普进校园"), (["重庆科技报 2019年10月16日 星期三"], "科普进校园")])
def test_a_short_headline_over_no_story_text_is_cut_off_its_reporters_byline(top, title):
    """科普进校园 本报记者 王 琳 at the top of a page: the title had been 本报记者, its 副题 王 琳 and its
    引题 the headline, and the byline was lost."""
    item = page(*top, f"{title} 本报记者 王 琳", "10月10日，璧山区科协在璧山中学开展科普进校园活动，600余名学生参加。").items[0]
    assert (item.kicker, item.title, item.subtitle) == ("", title, "")
    assert [(b.role, b.name) for b in item.bylines] == [("reporter", "王琳")]


def test_a_word_too_short_for_a_headline_is_not_cut_off_a_byline():
    """据介绍 本报记者 李娜: five characters or fewer before the credit make no headline of their own."""
    result = page("江北区科协举办科普讲座", "本报记者 王强", "11月29日，江北区科协在观音桥街道举办科普讲座，80余名居民参加。",
                  "据介绍 本报记者 李娜", "11月30日，潼南区科协组织科技志愿者走进桂林街道，开展科普志愿服务活动。")
    assert "据介绍" not in [item.title for item in result.items]


def test_a_papers_name_over_its_masthead_is_the_pages_site():
    """重庆科技报 / its English name / the date line with 期 and 版, then the first story: the masthead
    (it was the first story's 引题, title and 副题)."""
    result = page("重庆科技报", "CHONGQING SCIENCE AND TECHNOLOGY NEWS", "2023年12月5日 星期二 第48期 今日4版",
                  "科普——让生活更美好", "本报记者 谢芳", "12月2日，“科普让生活更美好”主题活动在重庆科技馆启动。")
    assert (result.meta.site, result.meta.page_date) == ("重庆科技报", dt.date(2023, 12, 5))
    item = result.items[0]
    assert (item.kicker, item.title, item.subtitle) == ("", "科普——让生活更美好", "")


@pytest.mark.parametrize("caption", ["图：会议现场。", "图①：会议现场。"])
def test_a_labelled_caption_without_credit_under_a_story_is_its_picture(caption):
    """图：会议现场。 after a story's last paragraph: the story's picture (it was a paragraph)."""
    result = page("璧山区科协召开2023年度学会工作会议", "11月30日，璧山区科协召开2023年度学会工作会议，全区18家学会负责人参加。", caption)
    assert len(result.items) == 1
    assert [c.text for c in result.items[0].captions] == [caption]


def test_a_caption_after_a_story_closed_by_its_attribution_is_still_a_photo_item():
    result = page("璧山区科协召开2023年度学会工作会议", "11月30日，璧山区科协召开2023年度学会工作会议，全区18家学会负责人参加。",
                  "（璧山区科协）", "▲ 朗诵会现场。 通讯员 赵丽 摄")
    assert [item.kind for item in result.items] == ["article", PHOTO]


def test_a_paragraph_repeated_with_straight_quotes_and_half_width_marks_is_one_paragraph():
    """知识:"不转账!" and its repeat 知识：“不转账！”: one paragraph, the repeat removed (the straight
    closing quote left it unfinished, so it was joined with its repeat and the next paragraph)."""
    item = page(
        "万州区科协开展科普进社区活动", "本报记者 刘洋",
        '11月20日,万州区科协在高笋塘街道开展"科普进社区"活动,共发放科普资料3000余份.',
        '志愿者们还为老年人讲解了防范电信诈骗知识:"不轻信、不转账、不透露!"',
        "志愿者们还为老年人讲解了防范电信诈骗知识：“不轻信、不转账、不透露！”",
        "据了解,今年以来万州区科协已开展此类活动20余场.",
    ).items[0]
    assert item.paragraphs == [
        "11月20日，万州区科协在高笋塘街道开展“科普进社区”活动，共发放科普资料3000余份。",
        "志愿者们还为老年人讲解了防范电信诈骗知识：“不轻信、不转账、不透露！”",
        "据了解，今年以来万州区科协已开展此类活动20余场。",
    ]
    assert "duplicate_removed" in [r.code for r in item.repairs]


def test_a_lead_printed_twice_is_a_repeat_not_a_brief_without_headline():
    """本报北京一月四日讯记者李长云报道：… repeated under itself: the repeat is removed and recorded
    (it was split off as a headline-less brief carrying the story's text)."""
    lead = "本报北京1月4日讯记者李长云报道：九八爱多杯中国围棋电视快棋赛，今天在中央电视台拉开序幕。"
    result = page("爱多杯中国围棋电视快棋赛开战", lead, lead, "丁伟五段在首场比赛中执黑中盘战胜女棋手张璇八段，取得开门红。")
    assert len(result.items) == 1
    item = result.items[0]
    assert item.paragraphs == ["九八爱多杯中国围棋电视快棋赛，今天在中央电视台拉开序幕。", "丁伟五段在首场比赛中执黑中盘战胜女棋手张璇八段，取得开门红。"]
    assert [r.removed for r in item.repairs if r.code == "duplicate_removed"] == [lead]


@pytest.mark.parametrize(
    ("repeat", "removed"),
    [
        # a second scan of the lead that misread one character (民/氏): still the story's lead, repeated
        ("本报讯 3月2日，荣昌区科协在区文化馆举办“健康生活”科普讲座，邀请医院专家为150余名市氏讲解慢病防治知识。", True),
        # a lead under the same dateline that says something else is the next brief, its headline lost
        ("本报讯 3月9日，大足区科协在龙水镇举办“安全用电”科普讲座，邀请供电所专家为80余名村民讲解用电知识。", False),
    ],
)
def test_a_lead_printed_twice_with_a_misread_character_is_a_repeat(repeat, removed):
    """A repeated 本报讯 lead whose second copy differs by a misread character: removed and noted with the
    differing readings (it cut the story in two, the second half a headless brief)."""
    lead = "本报讯 3月2日，荣昌区科协在区文化馆举办“健康生活”科普讲座，邀请医院专家为150余名市民讲解慢病防治知识。"
    result = page("荣昌区科协举办健康讲座", "本报记者 陈静", lead, "讲座结束后，市民们纷纷表示收获很大。", repeat,
                  "据悉，今年区科协将举办此类讲座20场。", "（荣昌区科协）")
    assert (len(result.items) == 1) is removed
    if removed:
        (item,) = result.items
        assert item.paragraphs[-1] == "据悉，今年区科协将举办此类讲座20场。" and len(item.paragraphs) == 3
        assert [r.removed for r in item.repairs if r.code == "duplicate_removed"] == [repeat]
        assert any("“民”/“氏”" in flag.message for flag in item.flags if flag.code == "possible_duplicate")


def test_a_photo_caption_printed_twice_is_one_photo_item():
    caption = "10月27日，重庆小雨点获奖现场。 记者 王强 摄"
    result = page("江北区科协举办科普讲座", "本报记者 王强", "11月29日，江北区科协在观音桥街道举办科普讲座，80余名居民参加。", "（江北区科协）",
                  caption, caption, "第二条新闻的标题", "本报记者 李娜", LONG)
    assert [item.kind for item in result.items] == ["article", PHOTO, "article"]
    assert [r.code for r in result.items[1].repairs if r.code == "duplicate_removed"] == ["duplicate_removed"]


def test_a_section_name_over_a_three_line_headline_is_a_banner():
    """要闻 over 引题 / 主题 / 副题 and the byline: the section (it was the 引题, and the real 引题 the title)."""
    result = page("要闻", "聚焦科技创新 服务高质量发展", "四川省科协第十次代表大会在蓉开幕", "全省600余名代表参会",
                  "■ 本报记者 杨柳 文/图", "12月6日，四川省科学技术协会第十次代表大会在成都开幕，600余名代表参会。")
    assert "要闻" in result.meta.banners
    item = result.items[0]
    assert (item.kicker, item.title, item.subtitle) == ("聚焦科技创新 服务高质量发展", "四川省科协第十次代表大会在蓉开幕", "全省600余名代表参会")


@pytest.mark.parametrize(("line", "caption"), [("大会现场。", True), ("签约仪式现场", True), ("我们来到了活动现场。", False)])
def test_an_events_scene_under_the_byline_is_the_pictures_caption(line, caption):
    """大会现场。 under 本报记者 杨柳 文/图: the picture's caption, his photo (it was the first paragraph)."""
    item = page("四川省科协第十次代表大会在蓉开幕", "■ 本报记者 杨柳 文/图", line,
                "12月6日，四川省科学技术协会第十次代表大会在成都开幕，600余名代表参会。").items[0]
    assert ([(c.text, c.photographer) for c in item.captions] == [(line, "杨柳")]) is caption
    assert (item.paragraphs[0] == line) is not caption


def test_an_english_paragraph_ends_at_its_full_stop():
    """An English translation ending in . is a paragraph of its own (the next Chinese paragraph was
    joined onto it as the rest of a broken line); 2. over 5万 is still one number broken."""
    item = page(
        "川渝科协签署国际科技合作备忘录",
        "本报讯（记者 王芳）12月7日，川渝两地科协与新加坡科学院签署国际科技合作备忘录。",
        "On December 7, the associations of Sichuan and Chongqing signed a memorandum with the Singapore academy.",
        "根据备忘录，三方将在人才交流、联合研究等方面开展合作，惠及科技工作者2.",
        "5万人。",
    ).items[0]
    assert item.paragraphs[1].endswith("the Singapore academy.")
    assert item.paragraphs[2] == "根据备忘录，三方将在人才交流、联合研究等方面开展合作，惠及科技工作者2.5万人。"


def test_a_scans_misread_digits_are_repaired_and_the_year_read():
    """活动于2O23年11月举行: the year is 2023 (the item had no date), the repair recorded with the letters it replaced."""
    item = page("万州区科协开展科普活动", "本报记者 刘洋", "活动于2O23年11月20日举行，参与群众达l000余人。").items[0]
    assert item.paragraphs == ["活动于2023年11月20日举行，参与群众达1000余人。"]
    assert item.date == dt.date(2023, 11, 20)
    [repair] = [r for r in item.repairs if r.code == "ocr_digits"]
    assert (repair.removed, repair.added) == ("Ol", "01")


def test_a_scans_day_read_as_kou_is_repaired_and_the_date_read():
    """2021年5月20口，: the date is 2021-05-20 (the item had none), the repair recorded with the 口 it replaced."""
    item = page("南川区科协举办青少年科技创新大赛", "本报讯（记者 杨帆）2021年5月20口，南川区青少年科技创新大赛在南川中学举行。",
                "（渝科）").items[0]
    assert item.paragraphs == ["2021年5月20日，南川区青少年科技创新大赛在南川中学举行。"]
    assert item.date == dt.date(2021, 5, 20)
    [repair] = [r for r in item.repairs if r.code == "ocr_day"]
    assert (repair.removed, repair.added) == ("口", "日")


def test_a_scans_yue_and_chinese_zero_in_dates_are_repaired_and_the_dates_read():
    """5月16曰 and 2〇23年5月1〇日: the items had taken the page's date."""
    result = page("重庆科技报 2023年5月20日", "江津区科协举办柑橘技术培训班", "本报讯（记者 李明）5月16曰，江津区科协举办培训班，12〇余人参加学习。",
                  "永川区科协开展科普讲座", "本报讯（通讯员 王芳）2〇23年5月1〇日，永川区科协在胜利路街道开展科普讲座。")
    assert [item.date for item in result.items] == [dt.date(2023, 5, 16), dt.date(2023, 5, 10)]
    assert result.items[0].paragraphs == ["5月16日，江津区科协举办培训班，120余人参加学习。"]
    assert {r.code: (r.removed, r.added) for r in result.items[1].repairs if r.code.startswith("ocr")} == {
        "ocr_digits": ("〇〇", "00")}
    assert account(result).balanced


def test_a_letter_spaced_scans_attribution_is_closed_up_as_its_story():
    """（ 渝 科 ） closing a letter-spaced story: its source is 渝科 (it was 渝 科)."""
    item = page(" ".join("綦江区科协开展科普宣传周活动"), " ".join("本报讯（记者杨帆）5月20日，綦江区科协在古南街道开展宣传活动。"),
                "（ 渝 科 ）").items[0]
    assert (item.title, item.source) == ("綦江区科协开展科普宣传周活动", "渝科")


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("重庆科技馆云上科普平台正式上线，网址为https://www.cqkjg.", "cn/yun，欢迎市民访问。", True),
        ("重庆科技馆云上科普平台正式上线，如有疑问可发送邮件至kepu@cqast.", "org.cn。", True),
        ("重庆科技馆云上科普平台正式上线，详情请见www.cqkjg.cn/index.", "html页面的说明。", True),
        # the address was whole before its full stop: what follows is a paragraph of its own
        ("重庆科技馆云上科普平台正式上线，详情请见www.cqkjg.cn.", "2023年，全市共有科普基地200余个。", False),
        ("重庆科技馆云上科普平台正式上线，详情请见www.cqkjg.cn.", "This platform is open to all.", False),
        ("重庆科技馆云上科普平台正式上线，欢迎市民访问体验.", "cn域名的网站由平台统一管理。", False),
    ],
)
def test_an_address_cut_at_its_dot_is_joined(first, second, joined):
    """https://www.cqkjg. over cn/yun，…: the dot is the address's, so the line goes on (it was two paragraphs)."""
    item = page("重庆科技馆上线云上科普平台", f"本报讯（记者 林涛）6月1日，{first}\n{second}", "（渝科）").items[0]
    assert len(item.paragraphs) == (1 if joined else 2)
    assert (f"6月1日，{first}{second}" in item.paragraphs[0]) is joined


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("欢迎企业通过“科创中国”平台（https://www.kcz", "gk.org.cn）对接合作。", "（https://www.kczgk.org.cn）"),
        ("欢迎企业发送邮件至kepu@cq", "ast.org.cn对接合作。", "kepu@cqast.org.cn"),
        ("欢迎企业登录www.kcz", "gk.org.cn对接合作。", "www.kczgk.org.cn"),
    ],
)
def test_an_address_wrapped_at_the_line_end_gains_no_space(first, second, joined):
    """https://www.kcz / gk.org.cn）: a line of a wrapped paragraph stopping inside an address goes on in it with
    no space (it was https://www.kcz gk.org.cn)."""
    body = "本报讯（记者 张璐）近日，四川大学华西药学院团队研发的新型药物载体可精准靶向肿瘤细胞。团队负责人表示，"
    item = page("川大团队研发新型纳米药物载体", f"{body}{first}\n{second}", "（张璐）").items[0]
    assert joined in item.paragraphs[0]


@pytest.mark.parametrize(
    ("first", "second", "word"),
    [
        ("120余名青年科学家围绕“AI for Sci-", "ence”展开交流。", "Sci-ence"),
        ("团队成果发表于《Nature Communi-", "cations》。", "Communi-cations"),
        ("团队成果发表于《Nature》，涉及光电", "子器件领域。", None),  # no hyphen: a plain cut
    ],
)
def test_a_latin_word_hyphenated_at_the_line_end_is_kept_and_flagged(first, second, word):
    """Sci- / ence: the hyphen may be the typesetter's or the word's own (opto-electronics); it is kept as
    printed and the editor told (it was a plain joined_break repair)."""
    item = page("成都市科协举办国际青年科学家论坛", "本报讯（通讯员 黄蓉）9月1日，" + first, second, "（黄蓉）").items[0]
    assert item.paragraphs == ["9月1日，" + first + second]
    assert [flag.excerpt for flag in item.flags if flag.code == "line_end_hyphen"] == ([word] if word else [])


def test_a_full_width_address_and_name_read_half_width():
    """ｈｔｔｐｓ：／／ｗｗｗ．ｃｑｋｊｇ．ｃｎ and Ｊｏｈｎ　Ｓｍｉｔｈ set full-width: https://www.cqkjg.cn and John Smith
    (the address kept its full-width marks, the name its ideographic space)."""
    item = page("重庆科技馆上线云上科普平台",
                "本报讯（记者 林涛）６月１日，平台网址为ｈｔｔｐｓ：／／ｗｗｗ．ｃｑｋｊｇ．ｃｎ，美国教授Ｊｏｈｎ　Ｓｍｉｔｈ表示祝贺。",
                "（渝科）").items[0]
    assert item.paragraphs == ["6月1日，平台网址为https://www.cqkjg.cn，美国教授John Smith表示祝贺。"]


def test_a_table_rows_column_gap_beside_a_bracket_is_kept():
    """科普活动（场）    参与人次（万）: two cells of a table copied as text (the gap was dropped as a stray space)."""
    item = page("科普数据", "本报讯（记者 沈静）近日，市科协发布统计数据。", "科普活动（场）    参与人次（万）").items[0]
    assert item.paragraphs[-1] == "科普活动（场）    参与人次（万）"
    assert not any(r.code == "spaces" for r in item.repairs)


def test_a_scans_misread_day_and_count_of_one_digit_are_repaired():
    """重庆科技报 2O21年5月2l日 over 5月2O日 … l2所学校: the page is dated 2021-05-21 (the masthead was the
    title), the story 2021-05-20, and it counts 12 schools; both repairs recorded."""
    result = page("重庆科技报 2O21年5月2l日", "南川区科协举办青少年科技创新大赛",
                  "本报讯（记者 杨帆）5月2O日，南川区青少年科技创新大赛在南川中学举行，共有l2所学校参赛。", "（渝科）")
    assert result.meta.page_date == dt.date(2021, 5, 21)
    [item] = result.items
    assert item.title == "南川区科协举办青少年科技创新大赛" and item.date == dt.date(2021, 5, 20)
    assert item.paragraphs == ["5月20日，南川区青少年科技创新大赛在南川中学举行，共有12所学校参赛。"]
    [repair] = [r for r in item.repairs if r.code == "ocr_digits"]
    assert (repair.removed, repair.added) == ("Ol", "01")


def test_a_scans_masthead_date_with_two_misreads_is_the_pages_date():
    """重庆科技报 2024年5月1O曰: the day's 0 and its 日 both misread; the masthead is still the page's site and
    date, not the first story's headline."""
    result = page("重庆科技报   2024年5月1O曰   星期五", "两江新区科协举办人工智能科普讲座",
                  "本报讯 5月6日，两江新区科协在礼嘉智慧公园举办人工智能科普讲座。（两江新区科协）")
    assert (result.meta.site, result.meta.page_date) == ("重庆科技报", dt.date(2024, 5, 10))
    [item] = result.items
    assert (item.title, item.subtitle) == ("两江新区科协举办人工智能科普讲座", "")


def test_a_scans_month_and_day_both_misread_give_the_storys_date():
    """1O月1O日: the month and the day repaired, the story dated 10-10, not the page's 10-13."""
    result = page("重庆科技报 2023年10月13日 星期五", "江北区科协召开第三次代表大会", "本报讯 1O月1O日，江北区科协第三次代表大会召开。（江北区科协）")
    [item] = result.items
    assert item.paragraphs == ["10月10日，江北区科协第三次代表大会召开。"]
    assert item.date == dt.date(2023, 10, 10)


def test_a_scans_misread_count_cut_from_its_measure_word_by_a_column_break_is_repaired():
    """三等奖5O / 个。: the measure word on the next line still proves the number."""
    [item] = page("江阳区科协开展青少年科技创新大赛", "本报讯 6月25日，江阳区青少年科技创新大赛举行，共评出一等奖20个、三等奖5O",
                  "个。（江阳区科协）").items
    assert item.paragraphs == ["6月25日，江阳区青少年科技创新大赛举行，共评出一等奖20个、三等奖50个。"]
    assert any(r.code == "ocr_digits" for r in item.repairs)


def test_a_scans_misread_dateline_benbaoxun_keeps_its_reporter():
    """本报汛（记者 王明）: 汛 is a misread 讯; the dateline and its reporter are read, not left in the text."""
    [item] = page("绵阳市科协召开学会工作会议", "本报汛（记者 王明）5月8日，绵阳市科协召开学会工作会议。").items
    assert item.dateline == "本报讯（记者 王明）"
    assert [(b.role, b.name) for b in item.bylines] == [("reporter", "王明")]
    assert item.paragraphs == ["5月8日，绵阳市科协召开学会工作会议。"]


def test_characters_lost_to_a_wrong_decoding_are_flagged_where_they_are():
    """开展��进社区活动: nothing proves what the two characters were; the editor is shown where."""
    item = page("万州区科协开展科普活动", "本报记者 刘洋", "11月20日，万州区科协在高笋塘街道开展\ufffd\ufffd进社区活动，共发放资料3000余份。").items[0]
    [flag] = [f for f in item.flags if f.code == "unreadable_characters"]
    assert flag.message.startswith("有 2 个字符") and "\ufffd\ufffd进社区" in flag.excerpt


@pytest.mark.parametrize(
    ("paragraph", "excerpt"),
    [
        ("3月12日，重庆土壤学会组织专家前往潼南区崇龛镇，推动囗囗技术在川渝地区推广。", "推动囗囗技术"),
        ("3月12日，重庆土壤学会会长刘□明带领专家前往潼南区崇龛镇开展服务。", "会长刘□明"),
        # a □ opening a line is a list's bullet, not a character the scan lost
        ("□ 开展技术培训12场，服务农户3000余人次。", None),
    ],
)
def test_characters_a_scan_could_not_read_are_flagged(paragraph, excerpt):
    """囗 and □ inside Chinese are what a scan prints for a character it could not read: kept, and flagged."""
    item = page("重庆土壤学会开展耕地质量提升服务", "本报记者 刘洋", paragraph).items[0]
    assert paragraph in item.paragraphs
    flags = [f for f in item.flags if f.code == "unreadable_characters"]
    assert [excerpt in f.excerpt and "扫描时无法识别" in f.message for f in flags] == ([True] if excerpt else [])


@pytest.mark.parametrize(
    ("brief", "title", "flagged"),
    [
        ("宜宾市科协开展科普进校园活动。11月30日，宜宾市科协走进翠屏区实验小学，开展科普进校园活动。（宜宾市科协）", "宜宾市科协开展科普进校园活动", False),
        ("11月30日，宜宾市科协走进翠屏区实验小学，开展科普进校园活动，师生500余人参加。（宜宾市科协）", "", True),
    ],
)
def test_a_paragraph_with_its_own_attribution_after_a_closed_story_is_a_brief_of_its_own(brief, title, flagged):
    """Another body's brief after a story its attribution closed is not a stray paragraph of that story
    (it was returned into it, another body's news merged silently): its run-in first sentence is its
    headline, or without one it is flagged for its missing headline."""
    result = page("江北区科协举办科普讲座", "本报讯（记者 王强）11月29日，江北区科协在观音桥街道举办科普讲座，80余名居民参加。",
                  "（江北区科协）", brief)
    assert len(result.items) == 2
    second = result.items[1]
    assert (second.title, second.source) == (title, "宜宾市科协")
    assert second.paragraphs[0].startswith("11月30日")
    assert ("missing_headline" in codes(second)) is flagged


def test_a_stray_paragraph_without_attribution_still_goes_back_and_a_repeated_last_paragraph_is_a_repeat():
    last = "会议要求各区县科协加强组织建设，推动科普工作再上新台阶。（江北区科协）"
    result = page("江北区科协举办科普讲座", "本报讯（记者 王强）11月29日，江北区科协在观音桥街道举办科普讲座，80余名居民参加。",
                  last, last, "讲座还邀请专家现场解答群众提问，气氛热烈。")
    assert len(result.items) == 1
    assert [r.code for r in result.items[0].repairs].count("duplicate_removed") == 1
    assert result.items[0].paragraphs[-1] == "讲座还邀请专家现场解答群众提问，气氛热烈。"


@pytest.mark.parametrize(
    ("bracketed", "title"),
    [
        ("【永川区科协举办青少年科技创新大赛】", "永川区科协举办青少年科技创新大赛"),
        ("【地方科协】", ""),  # a section's banner: the story under it has no headline
        ("【决战脱贫攻坚 决胜全面小康】", ""),  # a slogan
    ],
)
def test_a_headline_printed_in_brackets_over_its_story_is_its_headline(bracketed, title):
    """A digest's 【headline】 over a 本报讯 lead: the story's headline (it was a banner and the story
    flagged as headline-less); a section's name or a slogan in brackets stays a banner."""
    result = page(bracketed, "本报讯（记者 张伟）12月1日，永川区第十届青少年科技创新大赛开幕，500余名学生参赛。")
    item = result.items[0]
    assert item.title == title
    assert ("missing_headline" in codes(item)) is (not title)
    assert (bracketed in result.meta.banners) is (not title)


def test_a_wechat_title_with_its_label_and_exclamation_over_the_account_line_opens_the_post():
    """✨重磅✨ 第十届川渝科技学术大会开幕啦！ over 四川科协 2023-12-07 19:30 发表于四川: the post's label and
    title (the title was a headline-less paragraph and the story flagged twice); ✦ 大会亮点 ✦ is its
    section heading."""
    result = page(
        "✨重磅✨ 第十届川渝科技学术大会开幕啦！", "四川科协 2023-12-07 19:30 发表于四川", "👆点击蓝字 关注我们",
        "12月7日，第十届川渝科技学术大会在成都开幕，来自川渝两地的800余名专家学者参会。",
        "✦ 大会亮点 ✦", "🔹 院士报告：5位院士作主旨报告；", "🔹 成果发布：发布10项重大科技成果。",
    )
    [item] = result.items
    assert (item.kicker, item.title) == ("重磅", "第十届川渝科技学术大会开幕啦！")  # its ✨ ✨ taken off
    assert item.subheadings == ["✦ 大会亮点 ✦"] and not item.flags


@pytest.mark.parametrize(
    ("title", "head"),
    [
        ("达州市2023年全国科普日主场活动启动啦！", ()),
        ("达州市2023年全国科普日主场活动启动啦！", ("原创 达州科协 达州科协 2023-09-18 08:30",)),
        ("秋季流感高发，你做好防护了吗？", ()),
        ("达州市2023年全国科普日主场活动启动", ()),
    ],
)
def test_an_accounts_name_over_its_date_and_an_exclaimed_headline_is_the_site(title, head):
    """达州科协 / 2023-09-18 08:30 发表于四川 / …启动啦！: the account's name is the site (it was the title,
    the post's headline a paragraph, or under a 原创 head line the headline's kicker)."""
    result = page(
        "达州科协", "2023-09-18 08:30 发表于四川", title, *head,
        "9月16日上午，达州市2023年全国科普日主场活动在通川区莲花湖湿地公园举行。",
    )
    [item] = result.items
    assert result.meta.site == "达州科协"
    assert (item.kicker, item.title) == ("", title)


@pytest.mark.parametrize(
    ("head", "site"),
    [
        (("四川省土壤肥料学会", "工作简报"), "四川省土壤肥料学会"),
        (("四川省土壤肥料学会", "工作简报", "本期要目", "●学会承办第二届川渝土壤健康论坛", "●学会专家赴凉山州开展测土配方施肥技术培训"),
         "四川省土壤肥料学会"),
        (("科协工作简报",), "科协工作简报"),
        # a name a column may bear too, a bulletin's over its issue line (it was the first item's title)
        (("四川省土壤肥料学会", "学会工作动态"), "四川省土壤肥料学会"),
        (("四川省土壤肥料学会", "学会情况通报"), "四川省土壤肥料学会"),
    ],
)
def test_a_bulletins_head_and_contents_box_are_no_item(head, site):
    """四川省土壤肥料学会 over 工作简报 is the site (it was the first item's title, the headline its 副题),
    and 本期要目 over the items' titles is navigation (it was the title, its ● lines a sidebar that
    gave the first item 凉山, named in another item's title)."""
    result = page(
        *head, "2023年第4期(总第27期)", "四川省土壤肥料学会秘书处编                2023年9月28日",
        "学会承办第二届川渝土壤健康论坛",
        "9月15日至16日,四川省土壤肥料学会与重庆土壤学会联合承办的第二届川渝土壤健康论坛在四川农业大学成都校区举行。",
        "(学会秘书处 供稿)",
        "学会专家赴凉山州开展测土配方施肥技术培训",
        "9月20日至22日,学会组织5名专家赴昭觉县开展测土配方施肥技术培训,培训农技人员260余人次。",
        "(科普工作委员会 罗文斌)",
    )
    first, second = result.items
    assert result.meta.site == site
    assert (first.kicker, first.title, first.subtitle) == ("", "学会承办第二届川渝土壤健康论坛", "")
    assert [block.kind for block in first.blocks] == ["paragraph"]  # no sidebar naming 凉山
    assert second.title == "学会专家赴凉山州开展测土配方施肥技术培训"


def test_a_zones_name_over_its_sites_column_is_the_site():
    """重庆高新区 over 科学城要闻 over the first headline: the site's name over its column (it was the title,
    the headline its 副题)."""
    result = page("重庆高新区", "科学城要闻", "西部（重庆）科学城科技成果转化中心揭牌", "2024-07-09 来源：重庆高新区管委会",
                  "7月8日，西部（重庆）科学城科技成果转化中心在金凤镇揭牌运行。")
    (item,) = result.items
    assert (item.kicker, item.title, item.subtitle) == ("", "西部（重庆）科学城科技成果转化中心揭牌", "")
    assert result.meta.site == "重庆高新区" and result.meta.banners == ["科学城要闻"]


def test_a_portals_name_over_its_spaced_menu_is_the_site():
    """石柱土家族自治县人民政府 over 首页 政务公开 政务服务 …: the site (it was the title, the headline its 副题)."""
    result = page(
        "石柱土家族自治县人民政府", "首页 政务公开 政务服务 互动交流 走进石柱", "当前位置:首页 > 部门动态 > 县科协",
        "石柱县科协“科普大篷车”开进中益乡", "来源:县科协 | 发布时间:2024-05-23 | 浏览量:862",
        "5月21日,石柱县科协组织“科普大篷车”走进中益乡华溪村,开展黄连种植技术科普服务活动。",
    )
    [item] = result.items
    assert result.meta.site == "石柱土家族自治县人民政府"
    assert (item.title, item.subtitle) == ("石柱县科协“科普大篷车”开进中益乡", "")


def test_a_pictograph_before_a_few_words_heads_a_posts_section():
    """📌 大会亮点 over the post's list (it was a paragraph); ✅ 首次发布… stays a line of the list."""
    (item,) = page(
        "第十届川渝科技学术大会在渝开幕", "四川科协 2024-10-18 18:30 四川",
        "10月18日，第十届川渝科技学术大会在重庆开幕，川渝两地1000余名科技工作者参加。",
        "📌 大会亮点", "✅ 首次发布川渝科技合作十大成果", "✅ 两地30家学会签署合作协议",
    ).items
    assert item.subheadings == ["📌 大会亮点"]
    assert item.paragraphs[-2:] == ["✅ 首次发布川渝科技合作十大成果", "✅ 两地30家学会签署合作协议"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("四川岳池　王德明", ["王德明"]),
        ("重庆市九龙坡区读者　李红", ["李红"]),
        ("河北 张三", ["张三"]),
        ("江津区白沙镇村民 陈大勇", ["陈大勇"]),
        ("北碚区 退休教师 张文华", ["张文华"]),  # what the writer is, printed apart
        ("万州区 村干部 李强", ["李强"]),
        ("沙坪坝区 李先生", ["李先生"]),
        ("四川丹棱　读者　李长春", ["李长春"]),  # 读者 printed apart, as an occupation is (it stayed text)
        ("科技助农 张三", None),  # a headline's phrases, not a place
        ("四川岳池　科普", None),  # no name after the place
        ("四川岳池王德明", None),  # a signature spaces the name off
    ],
)
def test_a_letter_signed_with_a_place_then_a_name(line, names):
    from articles.textpipeline.credits_signatures import place_signature

    assert place_signature(line) == names


LETTER = "最近半年，小区“科普角”的门常年锁着，里面堆满了杂物。"
ASKED = "建议暑期适当延长开放时间，方便学生参观。"


@pytest.mark.parametrize(
    ("lines", "letters"),
    [
        # a question as the letter's title, over its salutation (it was an untitled item, flagged)
        (["小区里的“科普角”为何成了杂物间？", "编辑同志：", LETTER, "渝北区读者 周晓梅"],
         [("小区里的“科普角”为何成了杂物间？", ["周晓梅"])]),
        # the editors' reply under the signature is the letter's; the next title opens the next letter
        # (the signature was a paragraph, the next letter a sub-heading credited to the first)
        (["小区里的“科普角”成了杂物间", "编辑同志：", LETTER, "渝北区读者 周晓梅", "编辑回复：",
          "周晓梅读者：您好！该“科普角”已协调腾退，预计本月底重新开放。", "科技馆能否延长开放时间", ASKED, "沙坪坝区读者 李先生"],
         [("小区里的“科普角”成了杂物间", ["周晓梅"]), ("科技馆能否延长开放时间", ["李先生"])]),
        # a signature with what the writer is, and one with a place and 某先生 (沙坪坝区 was an author)
        (["希望多开展防诈骗科普讲座", "建议科协和公安部门联合，多到社区开展防诈骗科普讲座。", "北碚区 退休教师 张文华",
          "科技馆能否延长开放时间", ASKED, "沙坪坝区 李先生"],
         [("希望多开展防诈骗科普讲座", ["张文华"]), ("科技馆能否延长开放时间", ["李先生"])]),
        # a bare 读者 signature, spaced or with its colon, over the next story's headline (it was that story's
        # title, the headline its 副题) or over 记者回复 (read as a reporter named 回复)
        (["科技馆能否延长开放时间", ASKED, "读者　李长春", "自贡市科协举办青少年机器人竞赛", "本报讯（记者 王 磊）" + LETTER],
         [("科技馆能否延长开放时间", ["李长春"]), ("自贡市科协举办青少年机器人竞赛", ["王磊"])]),
        (["科技馆能否延长开放时间", ASKED, "读者：李长春", "记者回复", "接到来信后，记者联系了市科技馆。", "（本报记者 陈 静）"],
         [("科技馆能否延长开放时间", ["李长春", "陈静"])]),
    ],
)
def test_readers_letters_with_their_titles_signatures_and_replies(lines, letters):
    """Each reader's letter an item of its own, signed by its writer, the editors' reply kept in it."""
    result = page("重庆科技报 2023年4月7日", "读者来信", *lines)
    assert [(item.title, [b.name for b in item.bylines]) for item in result.items] == letters
    assert not any(flag.code == "unplaced_paragraph" for item in result.items for flag in item.flags)
    assert not any(repair.code == "stray_returned" for item in result.items for repair in item.repairs)


OPINION = "科普是一项经常性工作，不能搞“运动式”，要让群众随时随地都能学到科学知识。"
COMMENT = "评价人才，不能只看文凭和论文，更要看解决实际问题的本领。"


@pytest.mark.parametrize(
    ("lines", "pieces"),
    [
        # a 短评 signed apart under a commentary its author's post closed: a piece of its own (it was a box of
        # that commentary, whose source became the 短评's unit)
        (["科普不能只在“科普日”", "罗志远", OPINION, "（作者系四川大学公共管理学院教授）", "短评", "为“土专家”正名", COMMENT,
          "（作者单位：西南科技大学马克思主义学院）"],
         [("科普不能只在“科普日”", ["罗志远"], None), ("为“土专家”正名", [], "西南科技大学马克思主义学院")]),
        (["科普不能只在“科普日”", "罗志远", OPINION, "（作者系四川大学公共管理学院教授）", "短评", "为“土专家”正名", COMMENT,
          "（本报评论员 王平）"],
         [("科普不能只在“科普日”", ["罗志远"], None), ("为“土专家”正名", ["王平"], None)]),
        # …and under a story nothing closed, a 本报讯 one or a commentary under its byline line (it was a box of
        # that story, which took its author, its bodies and its places)
        (["永川区科协召开2024年工作会", "本报讯（通讯员 罗洁）3月12日，永川区科协召开2024年工作会。", "短评", "科普要讲“方言”",
          COMMENT, "（何 平）"],
         [("永川区科协召开2024年工作会", ["罗洁"], None), ("科普要讲“方言”", ["何平"], None)]),
        (["让科技工作者把更多精力用在创新上", "本报评论员", OPINION, "短评", "科普要讲“方言”", COMMENT, "（何 平）"],
         [("让科技工作者把更多精力用在创新上", ["本报评论员"], None), ("科普要讲“方言”", ["何平"], None)]),
        # a marked signature with the author's unit after it (it was the next piece's headline)
        (["科研评价当破“唯帽子”", OPINION, "□ 刘 静（作者单位：重庆市科技发展战略研究院）", "让科普走进田间地头", "本报记者 李静", OPINION],
         [("科研评价当破“唯帽子”", ["刘静"], "重庆市科技发展战略研究院"), ("让科普走进田间地头", ["李静"], None)]),
        (["科研评价当破“唯帽子”", OPINION, "王平（作者系重庆大学教授）"], [("科研评价当破“唯帽子”", ["王平"], None)]),
    ],
)
def test_signed_pieces_of_an_opinion_page(lines, pieces):
    """Each commentary with its own signature and the source its author's unit gives it."""
    result = page("四川科技报", "2023年9月20日", *lines)
    assert [(item.title, [b.name for b in item.bylines], item.source) for item in result.items] == pieces
    assert not any(repair.code == "stray_returned" for item in result.items for repair in item.repairs)


STORY = "11月27日，巫溪县红池坝镇的蚕房里，科技特派员赵明正弯着腰查看蚕宝宝的长势。"


@pytest.mark.parametrize(
    ("over", "blocks"),
    [
        # a note's label on a line of its own after a story, over the series' first piece (it was a
        # sub-heading of the story above)
        (["编者按", "本报今起推出“科技特派员风采录”系列报道，敬请关注。"],
         [("subheading", "编者按"), ("paragraph", "本报今起推出“科技特派员风采录”系列报道，敬请关注。")]),
        (["【编者按】", "本报今起推出“科技特派员风采录”系列报道，敬请关注。"],
         [("subheading", "【编者按】"), ("paragraph", "本报今起推出“科技特派员风采录”系列报道，敬请关注。")]),
        (["编者按：本报今起推出“科技特派员风采录”系列报道，敬请关注。"],
         [("paragraph", "编者按：本报今起推出“科技特派员风采录”系列报道，敬请关注。")]),
    ],
)
def test_an_editors_note_over_a_headline_opens_the_piece_below(over, blocks):
    """编者按 and its text between a finished story and the next headline: the next piece's note."""
    story, piece = page("“蚕博士”的乡村答卷", "本报记者 刘 洋", STORY, *over, "科技特派员风采录之一", "把技术送到猕猴桃园",
                        "本报记者 杨 帆", "在奉节县安坪镇，提起科技特派员唐丽，果农们都竖起大拇指。").items
    assert [(b.kind, b.text) for b in story.blocks] == [("paragraph", STORY)]
    assert (piece.kicker, piece.title) == ("科技特派员风采录之一", "把技术送到猕猴桃园")
    assert [(b.kind, b.text) for b in piece.blocks][:-1] == blocks

FIRST_NEWS = ["江北区科协开展科普进社区活动", "6月1日，江北区科协组织科技志愿者走进观音桥街道，开展健康科普宣传活动。",
              "活动吸引了200余名居民参与。"]
SECOND_NEWS = ["走进渝北区科普基地", "6月2日，渝北区科协组织青少年走进区科普教育基地，体验机器人编程。"]
SERIES = "即日起，我们推出“科普在身边”专栏，敬请关注。"


@pytest.mark.parametrize(
    "note",
    [["【编者按】", SERIES], ["编者按", SERIES], ["编者按：" + SERIES]],
)
@pytest.mark.parametrize("head", [[], ["重庆科协", "2023-06-01 10:00"]])  # a post's account and date
def test_an_editors_note_between_unsigned_stories_opens_the_one_below(note, head):
    """【编者按】 and its text after an unsigned story, over a headline over a news lead: the note opens the story
    below (it was glued to the end of the story above)."""
    first, second = page(*head, *FIRST_NEWS, *note, *SECOND_NEWS).items
    assert (first.title, first.paragraphs) == (FIRST_NEWS[0], FIRST_NEWS[1:])
    assert second.title == SECOND_NEWS[0]
    assert [b.text for b in second.blocks] == [*note, SECOND_NEWS[1]]


@pytest.mark.parametrize("label", ["【编者按】", "【编者的话】", "编者按", "编者按："])
@pytest.mark.parametrize("head", [[], ["四川科协", "2023-12-07 19:30 发表于四川"]])  # a post's account and date
def test_an_editors_note_label_right_under_its_headline_is_the_storys_first_sub_heading(label, head):
    """把技术送到猕猴桃园 over 【编者按】 (or 编者按 without brackets) over the note's text: the note opens the story
    under its label (the label had been the headline's 副题; 编者按 alone its author's pen name)."""
    note = "本报今起推出“科技特派员风采录”系列报道，敬请关注。"
    (item,) = page("把技术送到猕猴桃园", *head, label, note, STORY).items
    assert (item.title, item.subtitle) == ("把技术送到猕猴桃园", "")
    assert [(b.kind, b.text) for b in item.blocks] == [("subheading", label), ("paragraph", note), ("paragraph", STORY)]


NOTE = "编者按：近期，我市多个区县科协探索“科普+方言”模式。本报今日刊发评论一则。"
NEWS = ["万州区科协开展科普讲座", "本报讯（通讯员 周 密）3月12日，万州区科协在高笋塘街道开展科普讲座。"]


@pytest.mark.parametrize(
    ("above", "column"),
    [([], []), (NEWS, []), ([], ["科普新语"])],
)
def test_an_editors_note_over_a_commentary_signed_at_its_end_opens_it(above, column):
    """编者按：… over a headline and a commentary signed （本报评论员 张 扬） at its end: the commentary's note, its
    headline the title (the note had been a paragraph of the story above or of an untitled item, the headline a
    sub-heading or glued into the first paragraph)."""
    *before, piece = page("重庆科技报", "2024年3月15日 星期五", *above, NOTE, *column, "方言科普“土”得有道理", OPINION,
                          "（本报评论员 张 扬）").items
    assert [item.title for item in before] == above[:1]
    assert (piece.kicker, piece.title, [b.name for b in piece.bylines]) == ("".join(column), "方言科普“土”得有道理", ["张扬"])
    assert (piece.paragraphs, piece.subheadings, piece.flags) == ([NOTE, OPINION], [], [])


@pytest.mark.parametrize("column", [["对话"], []])
def test_a_profile_box_over_an_interviews_headline_is_the_interviews(column):
    """人物简介 and its text over the headline and byline: a box of the interview below (it was an item
    titled 人物简介)."""
    (item,) = page("重庆科技报", "2023年6月16日", *column, "人物简介", "刘国强，重庆大学机械与运载工程学院教授、博士生导师。",
                   "让“智造”扎根山城车间", "——对话重庆大学教授刘国强", "本报记者 黄晓琳", "记者：刘教授，您怎么看？",
                   "刘国强：转型不是一步到位的工程。").items
    assert (item.kicker, item.title, item.subtitle) == ("".join(column), "让“智造”扎根山城车间", "——对话重庆大学教授刘国强")
    assert item.subheadings == ["人物简介"]
    assert item.paragraphs[0] == "刘国强，重庆大学机械与运载工程学院教授、博士生导师。"


@pytest.mark.parametrize(
    ("signed", "date"),
    [
        (["本报评论员"], dt.date(2023, 5, 26)),  # a commentary: the page's day (it was 5月30日, a day to come)
        (["本报记者 李静"], dt.date(2023, 5, 30)),  # a report: the day it names
    ],
)
def test_a_commentary_is_dated_by_its_page(signed, date):
    """本报评论员's piece naming a day after the page's: dated by the page that prints it."""
    (item,) = page("重庆科技报", "2023年5月26日 星期五", "争做新时代科技工作者", *signed,
                   "5月30日，我们将迎来第七个全国科技工作者日。").items
    assert item.date == date


@pytest.mark.parametrize(
    ("over", "kicker", "authors", "credit"),
    [
        (["时评", "本报评论员"], "时评", ["本报评论员"], "本报评论员"),  # under the column's name (it was lost)
        (["■ 本报评论员 唐 文"], "", ["唐文"], "■ 本报评论员 唐 文"),  # the post and the name behind a mark
        (["时评", "■ 本报评论员 唐 文"], "时评", ["唐文"], "■ 本报评论员 唐 文"),
    ],
)
def test_a_commentators_credit_over_the_headline_is_the_commentarys(over, kicker, authors, credit):
    """本报评论员 (with or without a name) printed over a commentary's headline: its author."""
    result = page("四川科技报", "2023年10月27日", *over, "让更多青年“新农人”留得住", "返乡青年是乡村振兴的生力军。")
    (item,) = result.items
    assert (item.kicker, item.title) == (kicker, "让更多青年“新农人”留得住")
    assert ([b.name for b in item.bylines], item.credit_lines) == (authors, [credit])
    assert result.remainders == []


def test_a_link_box_with_its_own_source_stays_the_storys():
    """【相关链接】 over its title, its text and the source it was taken from: background, not a piece."""
    (item,) = page("科技小院让农民增收", "本报记者 李静", OPINION, "（梁平区科协）", "【相关链接】", "什么是科技小院",
                   "科技小院是建在农村生产一线的研究生培养基地。", "（据新华社）").items
    assert item.subheadings == ["【相关链接】", "什么是科技小院"] and item.source == "梁平区科协"


def test_who_said_a_quote_is_no_cut_sentence():
    """——X在…会议上表示 under a quote: who said it, not a paragraph whose end is lost."""
    (item,) = page("声音", "“科普工作要从‘有没有’转向‘好不好’。”", "——重庆市科协党组书记、常务副主席王合清在全市科普工作会议上表示").items
    assert "incomplete_paragraph" not in codes(item)


@pytest.mark.parametrize(
    ("turns", "headline"),
    [
        # turns behind a mark (they were one bullet sidebar)
        (["■记者：秋季腹泻主要由什么引起？", "■周红：主要是轮状病毒感染。", "■记者：怎样预防？", "■周红：接种疫苗是最有效的办法。"],
         "家长该如何应对秋季腹泻"),
        # the first question right under a title with no byline (it was the title, the title its 引题)
        (["问：高温加热后的味精会致癌吗？", "答：焦谷氨酸钠并没有毒性。"], "家长该如何应对秋季腹泻"),
        (["Q：高温加热后的味精会致癌吗？", "A：焦谷氨酸钠并没有毒性。"], "家长该如何应对秋季腹泻"),
    ],
)
def test_an_interviews_turns_are_its_paragraphs(turns, headline):
    """问：…, ■记者：… and ■周红：… under an interview's title: one paragraph each."""
    (item,) = page("科普四川", "2023-08-18 20:00 四川", headline, *turns).items
    assert (item.title, item.subtitle, item.kicker) == (headline, "", "")
    assert item.paragraphs == turns


@pytest.mark.parametrize(
    ("asker", "expert"),
    [("荣昌区读者李女士问：", "重庆市畜牧科学院兽医研究所副研究员 刘晓东答："), ("网友“小张”问：", "专家答：")],
)
def test_a_qa_columns_next_question_under_its_own_headline_is_a_piece_of_its_own(asker, expert):
    """生猪养殖户如何防控非洲猪瘟 over 荣昌区读者李女士问：… after a piece that opened with a reader's question:
    the column's next piece, with its own asker, expert and place (it was a sub-heading of the first)."""
    first_qa = ["安岳县读者王先生问：我家柠檬树叶片发黄，叶脉还是绿的，该怎么处理？", "四川省农业科学院园艺研究所研究员 江东答：可能是缺铁引起的生理性黄化。"]
    second_qa = [asker + "冬季如何做好非洲猪瘟防控？", expert + "关键在于生物安全，要定期消毒。"]
    first, second = page("专家坐诊", "柠檬叶片发黄怎么办？", *first_qa, "生猪养殖户如何防控非洲猪瘟", *second_qa).items
    assert (first.kicker, first.title, first.paragraphs) == ("专家坐诊", "柠檬叶片发黄怎么办？", first_qa)
    assert (second.title, second.subtitle, second.paragraphs) == ("生猪养殖户如何防控非洲猪瘟", "", second_qa)


@pytest.mark.parametrize("asker", ["荣昌区读者李女士又问：", "荣昌区读者李女士再问：", "荣昌区读者李女士问："])
def test_the_same_readers_follow_up_under_a_sub_heading_stays_in_the_piece(asker):
    """花期保果 over 荣昌区读者李女士又问：… under her first question's answer: a sub-heading of the same
    piece, her follow-up (it had become a piece of its own, titled 花期保果)."""
    first_qa = ["荣昌区读者李女士问：我家柑橘树春梢抽得很乱，该怎么修剪？", "市农科院研究员张华答：春梢修剪应以疏为主，去弱留强。"]
    follow_up = [asker + "去年花开得多、果坐得少，今年怎么保果？", "张华答：花期可叶面喷施硼肥和磷酸二氢钾。"]
    (item,) = page("专家坐诊", "春季柑橘管理要点", *first_qa, "花期保果", *follow_up).items
    assert (item.kicker, item.title, item.paragraphs) == ("专家坐诊", "春季柑橘管理要点", first_qa + follow_up)


@pytest.mark.parametrize("closing", ["（完）", ""])
@pytest.mark.parametrize("another", ["又讯", "另讯"])
def test_another_report_opens_a_brief_of_its_own(another, closing):
    """又讯 or 另讯 ("another report") after a story, closed or not: a headline-less brief, flagged."""
    story, brief = page(
        "重庆举办院士专家科普报告会",
        "本报记者 李静",
        "12月2日，院士专家科普报告会在重庆科技馆举行，500余名市民和学生参加。" + closing,
        another + "　12月3日，市科协在重庆科技馆举办青少年科学素质提升论坛，200余名科技辅导员参加。",
    ).items
    assert story.paragraphs == ["12月2日，院士专家科普报告会在重庆科技馆举行，500余名市民和学生参加。"]
    assert brief.dateline == another and brief.title == ""
    assert [flag.code for flag in brief.flags] == ["missing_headline"]


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("双方将在科普等方面深化合作。（完）", True),
        ("确保活动取得实效。（李华）", True),
        ("他说：“不转账！”（据新华社电）", True),
        ("川渝科协签署合作协议（附图片）", False),  # a headline's note, no sentence before it
        ("会议由市科协（主办）", False),
        ("（完）", False),
        ("营造了良好氛围.(江津区科协)", True),  # a copy's half-width stop (the next paragraph was glued on)
        ("同比增长2.(3)", False),
    ],
)
def test_a_sentence_ends_before_its_bracketed_attribution(text, ends):
    from articles.textpipeline.shapes import ends_sentence

    assert ends_sentence(text) is ends


@pytest.mark.parametrize(
    ("lead", "dateline", "source", "text"),
    [
        ("本报讯（攀枝花市科协）3月10日，活动在东区启动。", "本报讯（攀枝花市科协）", "攀枝花市科协", "3月10日，活动在东区启动。"),
        ("本报讯（市科协供稿）3月10日，活动启动。", "本报讯（市科协供稿）", "市科协", "3月10日，活动启动。"),
        ("本报讯（记者 王明）3月10日，活动启动。", "本报讯（记者 王明）", "", "3月10日，活动启动。"),
        ("本报讯（试点工作）3月10日，活动启动。", "本报讯", "", "（试点工作）3月10日，活动启动。"),  # no body's name
    ],
)
def test_a_datelines_brackets_may_name_the_body_that_sent_the_story(lead, dateline, source, text):
    from articles.textpipeline.credits_datelines import parse_lead

    parsed = parse_lead(lead)
    assert (parsed.dateline, parsed.source, parsed.text) == (dateline, source, text)


@pytest.mark.parametrize(
    ("lead", "dateline", "source", "bylines"),
    [
        # the body, then who wrote it, as a closing attribution names them (the bracket stayed in the lead)
        ("本报讯（自贡市科协 李 敏）10月16日，推进会召开。", "本报讯（自贡市科协 李 敏）", "自贡市科协", [("author", "李敏")]),
        ("本报讯（苍溪县科协 王小红）6月5日，培训举办。", "本报讯（苍溪县科协 王小红）", "苍溪县科协", [("author", "王小红")]),
        ("本报讯（歧坪镇 王小红）6月5日，培训举办。", "本报讯（歧坪镇 王小红）", "", [("author", "王小红")]),  # a town: no body
        ("本报讯（李文镇 王芳）6月5日，培训举办。", "本报讯（李文镇 王芳）", "", [("reporter", "李文镇"), ("reporter", "王芳")]),
        # the town after the correspondent is where he works (新立镇 was a second correspondent)
        ("本报讯（通讯员 秦 勇 新立镇）1月5日，专家讲解。", "本报讯（通讯员 秦 勇 新立镇）", "", [("correspondent", "秦勇")]),
    ],
)
def test_a_datelines_brackets_may_name_the_unit_then_the_writer(lead, dateline, source, bylines):
    from articles.textpipeline.credits_datelines import parse_lead

    parsed = parse_lead(lead)
    assert (parsed.dateline, parsed.source, [(b.role, b.name) for b in parsed.bylines]) == (dateline, source, bylines)
    assert parsed.text[:1].isdigit()


@pytest.mark.parametrize(
    ("lead", "bylines"),
    [
        # 记者 marks the name after it: the names before it are the unmarked correspondents (they were reporters)
        ("本报讯（刘雪梅\u3000记者\u3000胡\u3000斌）３月１４日，大赛举行。", [("correspondent", "刘雪梅"), ("reporter", "胡斌")]),
        ("本报讯（张 华 李明 本报记者 王强）5月2日，培训举办。",
         [("correspondent", "张华"), ("correspondent", "李明"), ("reporter", "王强")]),
        # the guards: no role word, or 记者 first, or 通讯员 after the name, keep the paper's reporters
        ("本报讯（张三 李四）5月2日，培训举办。", [("reporter", "张三"), ("reporter", "李四")]),
        ("本报讯（记者 胡斌 刘雪梅）5月2日，培训举办。", [("reporter", "胡斌"), ("reporter", "刘雪梅")]),
        ("本报讯（王强 通讯员 李四）5月2日，培训举办。", [("reporter", "王强"), ("correspondent", "李四")]),
    ],
)
def test_names_before_the_reporter_in_a_datelines_brackets_are_correspondents(lead, bylines):
    from articles.textpipeline.credits_datelines import parse_lead

    assert [(b.role, b.name) for b in parse_lead(lead).bylines] == bylines


def test_a_story_sent_by_a_body_has_it_as_its_source():
    item = page("攀枝花：“科技之春”活动启动", "本报讯（攀枝花市科协）3月10日，攀枝花市“科技之春”科普宣传月活动启动。").items[0]
    assert (item.dateline, item.source, item.paragraphs[0][:5]) == ("本报讯（攀枝花市科协）", "攀枝花市科协", "3月10日")


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("图片：省科协科技服务中心", True),
        ("供稿：渝中区科协", True),
        ("供稿：荣昌区实验小学", True),  # a school sends its own story (it stayed in the text)
        ("图/四川省科学技术协会", True),
        ("图片：王丽", False),  # a person: a byline
        ("图片：科普活动现场", False),
        ("作者：重庆市科协调研宣传部  四川省科协学会学术部", True),  # a report's authors: two departments
        ("作者：科普活动现场", False),
    ],
)
def test_a_credit_line_may_name_a_body(line, body):
    from articles.textpipeline.credits_sources import body_credited

    assert (body_credited(line) is not None) is body


@pytest.mark.parametrize(
    "head",
    [
        ["让科技之花开遍巴渝乡村", "——我市基层科普工作综述"],
        ["科普中国·乡村行", "让科技之花开遍巴渝乡村", "——我市基层科普工作综述"],
        ["关于开展2023年全国科普日活动的通知"],
        ["在重庆市科协第六次代表大会上的讲话", "（2021年6月18日）"],
        ["在重庆市科协第六次代表大会上的总结讲话", "（2021年6月18日）"],  # a speech's kind before 讲话
        ["在重庆市科协第六次代表大会闭幕时的致辞"],
        ["四川省科学技术协会第九次代表大会决议"],  # a meeting's resolution (it was the story's sub-heading)
    ],
)
def test_a_headline_stack_or_a_documents_title_after_a_story_starts_the_next_piece(head):
    """A dashed 副题 never follows a sub-heading, and 关于…的通知 heads a document of its own: after a
    finished story either starts a piece even with no byline (both were the story's sub-headings)."""
    items = page(
        "永川区科协举办科技工作者沙龙",
        "本报讯（记者 张伟）12月1日，永川区科协举办青年科技工作者沙龙，30余名青年科技工作者参加。",
        *head,
        "近年来，我市各级科协组织坚持把科普工作作为服务乡村振兴的重要抓手，不断完善基层科普服务体系。",
    ).items
    assert len(items) == 2
    assert items[0].paragraphs == ["12月1日，永川区科协举办青年科技工作者沙龙，30余名青年科技工作者参加。"]
    assert items[1].paragraphs[0].startswith("近年来")


@pytest.mark.parametrize(
    ("note", "dated"),
    [
        ("（2022年9月22日四川省科学技术协会第九次代表大会通过）", dt.date(2022, 9, 22)),
        ("（2023年4月12日重庆市科协九届一次全委会审议通过）", dt.date(2023, 4, 12)),
    ],
)
def test_a_resolutions_adoption_note_dates_it_and_is_no_source(note, dated):
    """决议 over （date …代表大会通过）: the day the meeting adopted it (it was a closing attribution: the
    source, and the resolution's text moved back as strays)."""
    items = page(
        "全市科协工作会议召开",
        "本报讯（记者 张晓燕）5月28日，绵阳市科协召开全市科协工作会议。",
        "四川省科学技术协会第九次代表大会决议",
        note,
        "四川省科学技术协会第九次代表大会于2022年9月20日至22日在成都召开。",
    ).items
    assert [item.source for item in items] == [None, None] and items[1].date == dated
    assert items[1].paragraphs == ["四川省科学技术协会第九次代表大会于2022年9月20日至22日在成都召开。"]
    assert not items[1].repairs


@pytest.mark.parametrize(
    ("issuers", "date_line", "source", "dated"),
    [
        ("重庆市科学技术局  重庆市科学技术协会", "（2026年7月8日）", "重庆市科学技术局、重庆市科学技术协会", dt.date(2026, 7, 8)),
        ("四川省科技人才服务中心", "（2024年4月）", "四川省科技人才服务中心", None),  # a month alone: no day to date it by
    ],
)
def test_a_documents_issuers_and_date_under_its_title_are_its_masthead_not_its_signature(
    issuers, date_line, source, dated
):
    """重庆市2025年度科普统计公报 over its issuers over （2026年7月8日）: the 公报's masthead, printed before its
    text; the issuers its source, the date its date (the date was the source and closed the piece, its text
    strays and the table's unit line the headline of another item)."""
    items = lines_page(
        "重庆市2025年度科普统计公报",
        issuers,
        date_line,
        "一、科普人员",
        "2025年，全市共有科普人员12.47万人，比上年增长6.1%。",
        "单位：万人",
        "指标\t2025年\t2024年",
        "科普人员\t12.47\t11.75",
        "二、科普经费",
        "2025年全市科普经费筹集额18.36亿元，比上年增长9.8%。",
    ).items
    assert len(items) == 1 and items[0].source == source and items[0].date == dated
    assert issuers in items[0].credit_lines and date_line.strip("（）") not in (items[0].source or "")
    assert items[0].paragraphs[0].startswith("2025年，全市共有科普人员") and not items[0].repairs


def test_the_issuers_line_stays_in_the_text_when_a_paragraph_stands_between_it_and_the_date():
    """重庆市科学技术局  重庆市科学技术协会 over a paragraph over （2026年7月8日）: the date does not follow the
    issuers directly, no masthead; the line stays where it was (the guard of the masthead above)."""
    items = lines_page(
        "重庆市2025年度科普统计公报",
        "重庆市科学技术局  重庆市科学技术协会",
        "2025年，全市共有科普人员12.47万人，比上年增长6.1%。",
        "（2026年7月8日）",
    ).items
    assert items[0].paragraphs[0] == "重庆市科学技术局  重庆市科学技术协会"


def test_a_slogan_over_a_title_and_its_dashed_subtitle_is_the_reports_head_not_a_banner():
    """凝心聚力 担当作为 over 奋力谱写… over ——在…上的工作报告: the report's title stack (the slogan was the
    page's banner, and 担当作为 a line left open on 为 joined to the next)."""
    result = page(
        "凝心聚力 担当作为",
        "奋力谱写新时代绵阳科协事业新篇章",
        "——在绵阳市科协第七次代表大会上的工作报告",
        "报告人：李建华",
        "（2022年11月8日）",
        "各位代表：",
        "现在，我代表绵阳市科学技术协会第六届委员会，向大会作工作报告，请予审议。",
    )
    (item,) = result.items
    assert result.meta.banners == []
    assert (item.kicker, item.title, item.subtitle) == (
        "凝心聚力 担当作为", "奋力谱写新时代绵阳科协事业新篇章", "——在绵阳市科协第七次代表大会上的工作报告"
    )
    assert [(b.role, b.name) for b in item.bylines] == [("author", "李建华")] and item.date == dt.date(2022, 11, 8)


def test_a_second_speech_after_the_first_ones_thanks_is_a_piece_of_its_own():
    """在…上的总结讲话 over （date） and its speaker after 谢谢大家！: the next speech, signed by its speaker
    (it ended the first speech, its speaker's line became a headline and its date the first one's source)."""
    speech = ["同志们：", "这次会议开得很成功。", "谢谢大家！"]
    items = page(
        "在市科协全委会议上的讲话", "（2023年3月8日）", "市委常委　杨　帆", *speech,
        "在市科协全委会议上的总结讲话", "（2023年3月8日）", "市科协党组书记　张国华", *speech,
    ).items
    assert [(item.title, item.source, item.paragraphs) for item in items] == [
        ("在市科协全委会议上的讲话", None, speech),
        ("在市科协全委会议上的总结讲话", None, speech),
    ]
    assert [[b.name for b in item.bylines] for item in items] == [["杨帆"], ["张国华"]]


@pytest.mark.parametrize(
    ("lines", "authors", "sidebar"),
    [
        # a marked name over prose: the essay's author (the headline was a sidebar's heading)
        (["春节民俗话“福”字", "■ 钱 江", "每逢春节，家家户户都要在门上贴“福”字，这一习俗由来已久。"], [("author", "钱江")], None),
        # marked names over marked names: a list, under the story it follows
        (["获奖名单", "● 张三", "● 李四", "● 王五"], [], "获奖名单\n● 张三\n● 李四\n● 王五"),
    ],
)
def test_a_marked_name_over_prose_is_an_author_and_a_list_of_them_a_list(lines, authors, sidebar):
    result = page(
        "重庆市科协召开表彰大会",
        "本报记者 刘洋",
        "12月1日，重庆市科协召开表彰大会，表彰一批优秀科技工作者，会议由市科协主席主持。",
        *lines,
    )
    last = result.items[-1]
    assert [(b.role, b.name) for b in last.bylines if b.role == "author"] == authors
    assert [b.text for b in last.blocks if b.kind == "sidebar"] == ([sidebar] if sidebar else [])


def test_a_list_of_marked_names_under_its_own_heading_is_no_byline():
    """获奖名单 over ● 张三 / ● 李四 with no story before: the names are the item's list, not its authors."""
    item = page("获奖名单", "● 张三", "● 李四", "● 王五").items[0]
    assert item.bylines == []
    assert [b.kind for b in item.blocks] == ["sidebar"]


@pytest.mark.parametrize(("rule", "flagged"), [("————————", False), ("＊＊＊", False), ("", True)])
def test_a_rule_between_two_stories_proves_the_second_headline(rule, flagged):
    """A headline over a news lead after a finished story may be a sub-heading (flagged for the editor),
    unless a printed rule separates the two."""
    items = page(
        "荣昌区科协举办科普讲座",
        "本报讯（记者 张伟）12月1日，荣昌区科协在昌元街道举办健康科普讲座，100余名居民参加。",
        *([rule] if rule else []),
        "大足区开展科技下乡活动",
        "12月2日，大足区科协组织农技专家到宝顶镇开展科技下乡活动，现场解答群众问题50余个。",
    ).items
    assert [item.title for item in items] == ["荣昌区科协举办科普讲座", "大足区开展科技下乡活动"]
    assert ("headline_or_subheading" in [flag.code for flag in items[1].flags]) is flagged


@pytest.mark.parametrize("bulletin", ["科协工作简报", "科协工作动态", "工作简讯"])
@pytest.mark.parametrize("contents", [[], ["本期要目", "●省科协召开2023年学会工作会", "●凉山州科协开展科普援彝活动"]])
def test_a_bulletins_head_after_another_source_is_the_next_sources_head(bulletin, contents):
    """四川省科协 over 科协工作简报 (or 科协工作动态) and its issue line after a post's story: the next source's
    head, as at the top of the page (the body's name was an item's title, the contents box its sidebar and the
    first item's headline its sub-heading)."""
    result = page(
        "原创 渝科 重庆科协 2023-05-08 18:00 重庆",
        "大足区科协开展科技工作者日系列活动",
        "5月5日，大足区科协开展科技工作者日系列活动，走访慰问了区人民医院的科技工作者。",
        "（渝科）",
        "四川省科协",
        bulletin,
        "2023年第9期",
        *contents,
        "省科协召开2023年学会工作会",
        "5月4日，省科协召开2023年学会工作会，省级学会负责人120余人参加。",
        "凉山州科协开展科普援彝活动",
        "5月5日，凉山州科协组织科技志愿者走进昭觉县，开展科普援彝活动。",
    )
    assert [item.title for item in result.items] == [
        "大足区科协开展科技工作者日系列活动", "省科协召开2023年学会工作会", "凉山州科协开展科普援彝活动"]
    assert all({block.kind for block in item.blocks} == {"paragraph"} for item in result.items)
    assert not [flag for item in result.items for flag in item.flags]
    assert {"四川省科协", bulletin, "2023年第9期", *contents} <= set(result.meta.boilerplate)


@pytest.mark.parametrize(
    ("head", "first", "second", "flagged"),
    [
        # a post's items, each tagged with its column's name (a sub-heading never is)
        ([], "学会党建 | 市中医药学会开展结对共建", "学会党建 | 市机械工程学会召开功能型党组织工作会", False),
        ([], "图文 | 区科协开展科技工作者日活动", "图文丨区科协走访区人民医院", False),
        # a 工作简报's items, each a brief story
        (["重庆市医学会工作简报"], "市医学会召开常务理事会", "儿科学专科分会开展义诊活动", False),
        (["四川省土壤肥料学会", "工作简报"], "学会召开常务理事会", "学会专家开展测土配方施肥技术培训", False),
        # a paper's page: the second headline may be the first story's sub-heading, so an editor checks
        (["重庆科技报"], "市医学会召开常务理事会", "儿科学专科分会开展义诊活动", True),
        ([], "市医学会召开常务理事会", "儿科学专科分会开展义诊活动", True),
    ],
)
def test_a_column_tag_or_a_bulletin_proves_the_second_headline(head, first, second, flagged):
    """A headline over a news lead after a finished story is flagged as maybe a sub-heading, unless it
    carries a column's tag as the story above did, or the page is a bulletin (工作简报) of brief stories."""
    items = page(
        *head,
        first,
        "6月12日，重庆市医学会第七届理事会第四次常务理事会在渝中区召开，32名常务理事出席。",
        second,
        "6月1日，市医学会儿科学专科分会组织专家走进石柱土家族自治县开展义诊，义诊群众200余人次。",
    ).items
    assert len(items) == 2
    assert ("headline_or_subheading" in codes(items[1])) is flagged


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("市委副书记　王　强", ["王强"]),
        ("中国科协主席 万钢", ["万钢"]),
        ("中国工程院院士 李晓红", ["李晓红"]),
        ("重庆市科协党组书记、常务副主席  李国强", ["李国强"]),  # two offices (it was a 3rd headline line)
        ("市委常委、宣传部部长、市科协主席 张华", ["张华"]),
        ("市委常委　杨　帆", ["杨帆"]),  # 常委 is an office as 委员 is
        ("市科协党组成员、总工程师　刘　明", ["刘明"]),
        ("市委副书记", None),  # no name
        ("科技创新 引领发展", None),  # no office
    ],
)
def test_a_speakers_office_then_name(line, names):
    from articles.textpipeline.credits_signatures import speaker

    assert speaker(line) == names


@pytest.mark.parametrize(
    ("signatures", "names"),
    [
        (["重庆市科协学会部部长 张三"], ["张三"]),
        (["重庆市科协学会部部长 张三", "重庆大学公共管理学院教授 李四"], ["张三", "李四"]),
    ],
)
def test_an_articles_authors_signed_post_then_name_under_its_title_are_its_bylines(signatures, names):
    """重庆市科协学会部部长 张三 over 重庆大学公共管理学院教授 李四 under an article's title, no …有： line over
    them: two authors' joint signature (the first was the subtitle, or the second a sub-heading)."""
    (item,) = lines_page(*CQ_HEAD, "科技社团改革的几点思考", *signatures, "",
                         "科技社团是科协组织的主体，是联系科技工作者的桥梁和纽带。").items
    assert item.subtitle == "" and item.subheadings == []
    assert [(b.role, b.name) for b in item.bylines] == [("author", name) for name in names]


def test_a_dialogues_guests_post_then_name_under_their_label_stay_its_rows():
    """嘉宾 over 重庆市农业科学院院长 张三 over 西南大学农学院教授 李四 under a dialogue's 主持人 credit: the guests'
    list, no headline 嘉宾 over their signatures opening an item of its own."""
    (item,) = lines_page(*CQ_HEAD, "对话：科技如何赋能乡村振兴", "主持人 本报记者 张亚飞", "嘉宾",
                         "重庆市农业科学院院长 张三", "西南大学农学院教授 李四", "",
                         "主持人：请两位谈谈科技赋能乡村振兴的关键在哪里？", "张三：关键在人才。要让更多科技人员扎根乡村。").items
    assert item.paragraphs[:3] == ["嘉宾", "重庆市农业科学院院长 张三", "西南大学农学院教授 李四"]


@pytest.mark.parametrize("box", ["【人物名片】", "【专家简介】", "【小档案】", "■ 人物档案"])
def test_a_profiles_card_stays_in_the_profile(box):
    """【人物名片】 over the person's card inside a portrait is the portrait's box, not a banner that
    cut the card off as a headline-less item."""
    items = page(
        "他把论文写在巴渝大地上",
        "本报记者 李静",
        "二十年来，他带领团队培育柑橘新品种5个，推广面积超过30万亩，带动果农增收。",
        box,
        "张明，西南大学园艺园林学院教授、博士生导师，长期从事柑橘育种研究。",
    ).items
    assert len(items) == 1
    assert items[0].subheadings == [box]
    assert items[0].paragraphs[-1].startswith("张明，西南大学")


@pytest.mark.parametrize("box", ["背景", "新闻背景", "人物小传", "【背景】"])
def test_a_background_box_after_the_storys_signature_stays_in_the_story(box):
    """背景 over its text under （本报记者 唐敏）: the story's box, as 链接 there is (it had been a story
    titled 背景)."""
    (item,) = page(
        "让科学精神在青少年心中扎根",
        "绵阳是中国科技城，绵阳市科协把院所的实验室、展厅向中小学生开放，今年已接待学生参观3.2万人次。",
        "（本报记者 唐敏）",
        box,
        "中国（绵阳）科技城于2000年经党中央、国务院批准建设，聚集了国家级科研院所18家。",
    ).items
    assert item.subheadings == [box]
    assert item.paragraphs[-1].startswith("中国（绵阳）科技城")


@pytest.mark.parametrize("box", ["背景", "新闻背景", "人物小传", "链接"])
@pytest.mark.parametrize(
    "text",
    [
        ["潼南区科协成立于1983年，现有基层科协组织86个。（潼南区科协供稿）"],
        ["张明，1965年生，潼南区农技协理事长，从事柑橘栽培技术推广30余年。", "2020年获评全国优秀科技工作者。（潼南区科协供稿）"],
    ],
)
def test_a_box_signed_by_its_sender_after_the_storys_signature_stays_whole_in_the_story(box, text):
    """背景 over its text and （潼南区科协供稿） under （本报记者 王丽）: the story's box, whole, its signature
    among the story's credits (its text, or its last paragraph, had been a brief without a headline)."""
    (item,) = page(
        "潼南区科协召开年度工作会",
        "本报讯 1月10日，潼南区科协召开年度工作会，部署今年任务。（本报记者 王丽）",
        box,
        *text,
    ).items
    assert item.subheadings == [box]
    assert item.paragraphs[1:] == [paragraph.removesuffix("（潼南区科协供稿）") for paragraph in text]
    assert "（潼南区科协供稿）" in item.credit_lines and item.source is None and codes(item) == []


@pytest.mark.parametrize("box", ["延伸阅读", "【相关链接】", "背景"])
def test_a_titled_box_signed_by_its_own_body_after_the_storys_signature_stays_whole(box):
    """延伸阅读 / 全市科普基地达到126个 / its text …（绵阳市科协） under （本报记者 唐敏）: the story's box, its
    title and text together (the text had been a brief without a headline, its title left in the story)."""
    (item,) = page(
        "让科学精神在青少年心中扎根",
        "绵阳是中国科技城，绵阳市科协把院所的实验室、展厅向中小学生开放，今年已接待学生参观3.2万人次。",
        "（本报记者 唐敏）",
        box,
        "全市科普基地达到126个",
        "截至2025年底，绵阳市共有各级科普教育基地126个，其中全国科普教育基地8个。（绵阳市科协）",
    ).items
    assert item.subheadings == [box, "全市科普基地达到126个"]
    assert item.paragraphs[-1] == "截至2025年底，绵阳市共有各级科普教育基地126个，其中全国科普教育基地8个。"
    assert "（绵阳市科协）" in item.credit_lines and codes(item) == []
    assert item.source is None  # the box's signer sent the box; the story is the paper's reporter's


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("“技术不落地，等于零”", True),  # a profile's part, headed by its subject's words
        ("“只要还跑得动，我就不下山”", True),
        ("“岳老师！”", False),  # a line of dialogue ends its sentence inside the quotes
        ("“您快去看看。”", False),
    ],
)
def test_a_quoted_phrase_between_a_profiles_paragraphs_is_its_sub_heading(line, heading):
    """“技术不落地，等于零” between two paragraphs: the profile's sub-heading (it had been glued onto the
    paragraph under it); a line of dialogue stays a paragraph of its own."""
    (item,) = page(
        "农技推广一线的“铁脚板”",
        "本报记者 何佳",
        "从事农技推广三十二年，岳明清走遍了南江县48个乡镇，记了满满23本“田间日记”。",
        line,
        "2018年，岳明清牵头组建南江黄羊养殖技术服务队，队员们分片包干，每人联系20户养殖户。",
    ).items
    assert item.subheadings == ([line] if heading else [])
    assert item.paragraphs[-1] == "2018年，岳明清牵头组建南江黄羊养殖技术服务队，队员们分片包干，每人联系20户养殖户。"
    assert (line in item.paragraphs) == (not heading)


@pytest.mark.parametrize(
    ("line", "under", "dialogue"),
    [
        ("“你们来得正好，李子刚熟”", "刘明一边说，一边从树上摘下几颗李子递给我们。", True),  # the quote's speaker
        ("“刘老师，这棵树今年能结多少果”", "一位果农凑过来问道。", True),
        ("“技术不落地，等于零”", "2018年，岳明清牵头组建服务队，每人联系20户养殖户。", False),  # a new sentence
    ],
)
def test_a_quoted_line_whose_speaker_follows_is_dialogue_not_a_sub_heading(line, under, dialogue):
    """“你们来得正好，李子刚熟” over 刘明一边说，…: dialogue, a paragraph's words (it had been a sub-heading)."""
    (item,) = page(
        "他把论文写在果园里",
        "本报记者 陈晨",
        "走进巫山县曲尺乡的脆李园，记者见到了正在修枝的农技专家刘明。",
        line,
        under,
    ).items
    assert item.subheadings == ([] if dialogue else [line])
    assert any(text.startswith(line) for text in item.paragraphs) == dialogue


def test_a_quoted_line_over_a_news_lead_is_the_next_storys_headline():
    """“科普，让生活更美好” over 本报讯 9月12日，…: the headline of the story the lead opens (it had been a
    sub-heading of the story above, which left that story without a title)."""
    first, second = page(
        "梁平区科协开展科普进校园活动",
        "本报讯 9月10日，梁平区科协组织科技辅导员走进双桂小学，为学生带来一堂科学实验课。",
        "“科普，让生活更美好”",
        "本报讯 9月12日，垫江县科协在县青少年活动中心举办青少年科技创新大赛，200余名中小学生参赛。（垫江县科协）",
    ).items
    assert first.subheadings == [] and second.title == "“科普，让生活更美好”"
    assert codes(second) == []


CV = [
    "1963年 出生于重庆市合川县",
    "1990年 获中国农业科学院硕士学位，进入中国农业科学院柑桔研究所工作",
    "1998年 获华中农业大学博士学位",
    "2005—2016年 任西南大学柑桔研究所副所长",
    "2021年 获重庆市科技进步一等奖",
]


def test_a_year_by_year_cv_stays_in_the_profile_one_entry_a_line():
    """彭良志简历 over its year lines: the lines were glued into one paragraph (and flagged unfinished), and
    the last one was the next story's headline (its real headline the 副题)."""
    first, second = page(
        "“柑橘博士”的三十年",
        "本报记者 邓琳",
        "三十多年来，彭良志带领团队选育柑橘新品种8个，足迹遍布万州、开州、云阳、奉节等区县。",
        "彭良志简历\n" + "\n".join(CV),
        "巫溪县科协开展“科技三下乡”活动",
        "本报讯（通讯员 冉小红）10月12日，巫溪县科协在文峰镇开展“科技三下乡”活动，现场发放科普资料2000余份。",
    ).items
    assert first.subheadings == ["彭良志简历"] and first.paragraphs[1:] == CV
    assert not first.flags and not first.repairs
    assert (second.title, second.subtitle) == ("巫溪县科协开展“科技三下乡”活动", "")


@pytest.mark.parametrize(
    ("line", "entry"),
    [
        ("1963年 出生于重庆市合川县", True),
        ("1990—1994年 就读于西南农业大学", True),
        ("2005.09 任西南大学柑桔研究所副所长", True),
        ("2016年至今：任重庆市科协委员", True),
        ("2021年3月，市科协启动科普示范县创建工作。", False),  # prose opening with its date
        ("2021年，全市科普经费投入同比增长12%。", False),
        ("2023年工作要点", False),
        ("2022 年底，他带领团队累计开展心脏介入手术5000余例。", False),  # a PDF's spaced year (it was an entry)
        ("2022 年，全市科普经费投入同比增长12%。", False),
    ],
)
def test_a_cv_entry_opens_with_a_year_set_off_by_a_space(line, entry):
    assert is_year_entry(line) is entry


@pytest.mark.parametrize("note", ["（附图片）", "（附图片2张）", "（附照片）"])
def test_a_picture_note_under_a_headline_announces_the_storys_pictures(note):
    """（附图片） on a line of its own under the headline: not a closing attribution (it closed the
    item: the story became a headline-less brief and its picture a photo of its own)."""
    items = page(
        "第二十届中国科协年会在重庆开幕",
        note,
        "本报讯（记者 张伟）6月24日，第二十届中国科协年会在重庆国际博览中心开幕。",
        "图为开幕式现场。本报记者 王强 摄",
        "年会期间，还将举办院士专家报告会、青年科学家论坛等20余项活动。",
    ).items
    assert len(items) == 1
    story = items[0]
    assert story.title == "第二十届中国科协年会在重庆开幕" and story.source is None
    assert [(c.text, c.photographer) for c in story.captions] == [("图为开幕式现场。", "王强")]
    assert len(story.paragraphs) == 2


def test_a_web_pages_title_printed_again_is_kept_once():
    """The window's title, the page's heading and the title over the text: one title, the repeats
    recorded as removed (it was 引题, title and 副题 of the same words)."""
    title = "巫溪县科协举办农村实用技术培训班"
    result = page(title, title, "发布时间：2024-03-12 09:30  来源：巫溪县科协", title, LONG)
    (item,) = result.items
    assert (item.kicker, item.title, item.subtitle) == ("", title, "")
    assert [r.code for r in item.repairs].count("duplicate_removed") == 2
    assert account(result).balanced


def test_a_sidebar_of_figures_stays_with_its_story():
    """数读 over figure lines (120个 建成科普示范基地): the story's box; its last figure is no headline of
    the next story (it took 江津区科协…'s place, the real title its 副题)."""
    result = page(
        "荣昌区科协三年来服务乡村振兴成效明显",
        "本报讯（记者 王磊）" + LONG,
        "数读",
        "120个 建成科普示范基地",
        "2万人次 培训农民",
        "300余项 推广实用技术",
        "江津区科协开展科普进社区活动",
        "本报讯（通讯员 李强）" + LONG,
    )
    first, second = result.items
    assert first.subheadings == ["数读"]
    assert first.paragraphs[-3:] == ["120个 建成科普示范基地", "2万人次 培训农民", "300余项 推广实用技术"]
    assert (second.title, second.subtitle) == ("江津区科协开展科普进社区活动", "")


@pytest.mark.parametrize(
    ("line", "figure"),
    [("120个 建成科普示范基地", True), ("2万人次 培训农民", True), ("300余项 推广实用技术", True),
     ("2023年工作要点", False), ("5G+工业互联网", False), ("12月1日 活动举行", False),
     # what it counts first, a colon, the figure (a paragraph, and under 【数据看板】 a headline)
     ("建站数量：36个", True), ("推广面积：100万亩", True), ("参赛作品：1600余件", True),
     ("时间：2024年5月18日", False), ("地点：重庆科技馆", False), ("会议指出：3项任务要落实到位", False),
     # the figure first, a colon, what it counts (a paragraph); a year's entry or a time is none
     ("1.5万人次：累计选派科技特派员", True), ("12亿元：带动农民增收", True), ("2023年：全面推进", False), ("10:30：开幕式", False)],
)
def test_figure_lines(line, figure):
    assert is_figure_line(line) is figure


def test_a_lists_last_rows_over_the_features_credit_block_are_its_rows():
    """一批开放场馆 / 一系列科普讲座 under 科技活动周“三个一”： / 一场启动仪式, with only the feature's credits below:
    the list's last rows (they were an item's headline and 副题, with no body, the credits its bylines)."""
    rows = ["科技活动周“三个一”：", "一场启动仪式", "一批开放场馆", "一系列科普讲座"]
    result = page("“智”造未来 人人参与", "5月18日至25日，2024年重庆市科技活动周在全市同步开展。", "【一图读懂】", *rows,
                  "策划：陈立", "执行：马骁 罗丹", "文字：马骁", "设计：周小雨")
    (item,) = result.items
    assert item.paragraphs[1:] == rows
    assert sorted(b.name for b in item.bylines) == ["罗丹", "马骁"]


@pytest.mark.parametrize("credits", [["本报记者 周杰"], ["本报记者 周杰", "文字：周杰 摄影：刘洋"]])
def test_a_headline_over_its_byline_under_a_lists_last_row_heads_its_own_item(credits):
    """科普大篷车开进酉阳 over 本报记者 周杰 at the page's end, under 获得一等奖的学校有：'s rows: a story whose text
    the copy lost (it was one more row of the list, its reporter the contest story's)."""
    result = page("全市青少年科技创新大赛落幕", "本报讯（记者 李想）5月15日，第39届重庆市青少年科技创新大赛落幕。获得一等奖的学校有：",
                  "重庆南开中学", "重庆巴蜀中学", "科普大篷车开进酉阳", *credits)
    contest, lost = result.items
    assert (contest.paragraphs[1:], [b.name for b in contest.bylines]) == (["重庆南开中学", "重庆巴蜀中学"], ["李想"])
    assert (lost.title, lost.bylines[0].name, codes(lost)) == ("科普大篷车开进酉阳", "周杰", ["no_body"])


@pytest.mark.parametrize(
    ("heading", "lines"),
    [
        ("【数据看板】", ["建站数量：36个", "引进团队：52个"]),  # an unlisted name in brackets (a banner, then an item)
        ("【一图读懂】", ["科技活动周“三个一”：", "一场启动仪式", "一批开放场馆"]),  # over a list a colon opens
        ("数据看板", ["建站数量：36个", "引进团队：52个"]),  # unbracketed (a paragraph)
        ("数说科技节", ["参赛作品：1600余件", "参与学生：2000余人"]),
        ("数说", ["培育新品种：8个", "推广面积：100万亩"]),
        ("数说成效", ["1.5万人次：累计选派科技特派员", "12亿元：带动农民增收"]),
    ],
)
def test_a_box_of_figures_or_of_a_short_list_after_a_story_is_its_box(heading, lines):
    """【数据看板】 over 建站数量：36个 lines, 【一图读懂】 over 科技活动周“三个一”： and its list, under a story: the
    story's box under its heading, no banner ending the story, no headline over the lines; a box's heading
    over prose after the figures heads that prose (专家点评 was one more line of the list)."""
    quote = "“工作站是连接科研院所和企业的桥梁。”西南科技大学教授王建国说。"
    comment = ["专家点评", quote] if is_figure_line(lines[-1]) else []  # (a list's short lines go on)
    result = page("院士专家工作站“落户”企业", "本报记者 张蕾", "近年来，绵阳市科协已建成院士（专家）工作站36个。",
                  heading, *lines, *comment)
    (item,) = result.items
    assert result.meta.banners == []
    assert item.subheadings == [heading, *comment[:1]] and item.paragraphs[1:] == [*lines, *comment[1:]]


@pytest.mark.parametrize("heading", ["数说重庆科普", "数说"])
def test_a_box_of_figures_after_a_storys_closing_attribution_is_its_box_whole(heading):
    """数说重庆科普 over 82个 科普场馆 under （渝科）: the story's box, heading and figures (the heading had gone
    to the story, its figures to an item titled 82个 科普场馆)."""
    figures = ["82个 科普场馆", "3.2万人 科普人员"]
    result = page("市科协召开全委会", "本报讯（记者 李想）5月15日，市科协召开十届三次全委会，审议通过工作报告。", "（渝科）",
                  heading, *figures, "江津区科协开展科普日活动", "本报讯（通讯员 陈红）5月14日，江津区科协开展科普活动。")
    story, news = result.items
    assert (story.subheadings, story.paragraphs[1:], story.source) == ([heading], figures, "渝科")
    assert news.title == "江津区科协开展科普日活动"


def test_the_pages_photographer_credits_every_numbered_picture():
    """科技活动周 | 图说 over a photo story whose pictures 本版摄影 credits: the section is the banner, every
    caption is the photographer's (the credit was the headline's 副题, the captions nobody's)."""
    result = page(
        "科技活动周 | 图说",
        "科技活动周里的“科学嘉年华”",
        "图①：5月18日，成都市科技馆内，小朋友在体验VR设备。",
        "图②：绵阳市科协组织科技志愿者为居民讲解应急知识。",
        "本版摄影  本报记者 刘洋",
    )
    (item,) = result.items
    assert result.meta.banners == ["科技活动周 | 图说"]
    assert (item.title, item.subtitle) == ("科技活动周里的“科学嘉年华”", "")
    assert [c.photographer for c in item.captions] == ["刘洋", "刘洋"]


@pytest.mark.parametrize(("title", "digest"), [("川渝科协一周要闻汇总", True), ("迎虎年（书法）", False)])
def test_a_digests_title_over_its_first_bracketed_story_is_the_banner(title, digest):
    """A round-up's title over 【…】 headlines heads the page; a work's title with no text stays an item."""
    result = page(title, "【永川区科协举办青少年科技创新大赛】", "本报讯（记者 张伟）" + LONG)
    assert (title in result.meta.banners) is digest
    assert [item.title for item in result.items] == ([] if digest else [title]) + ["永川区科协举办青少年科技创新大赛"]


@pytest.mark.parametrize("between", ["2024-05-19", ""])
def test_a_place_tagged_headline_is_proved(between):
    """【德阳】德阳市科协召开… over its news lead, maybe under its date line: a sub-heading has neither a
    date line of its own nor a place's tag, so the second story needs no editor's check (without the
    date line it was flagged); the tag is the brief's 引题 (it stayed in the title)."""
    lines = [
        "【绵阳】绵阳市科协开展科技志愿服务进社区活动", "2024-05-20",
        "5月18日，绵阳市科协组织科技志愿者走进涪城区城厢街道，开展科技志愿服务进社区活动。",
        "【德阳】德阳市科协召开2024年学会工作会议", between,
        "5月17日，德阳市科协召开2024年学会工作会议，全市30余家学会负责人参会。",
    ]
    first, second = page(*[line for line in lines if line]).items
    assert (first.kicker, first.title) == ("绵阳", "绵阳市科协开展科技志愿服务进社区活动")
    assert (second.kicker, second.title) == ("德阳", "德阳市科协召开2024年学会工作会议")
    assert "headline_or_subheading" not in codes(second)


@pytest.mark.parametrize(
    ("text", "numbered"),
    [
        ("图①：科技志愿者为村民讲解果树修剪技术。", True),
        ("图① 科技志愿者为村民讲解果树修剪技术。", True),  # a space where the colon was
        ("图2 小学生在科技馆体验VR设备。", True),
        ("上图：大会现场。", True),
        ("上图 大会现场。", False),  # 上图, 图 without a number: only with the colon
        ("图片来源网络", False),
        ("图1显示了全市科普经费的变化。", False),  # a figure referred to in the text, no caption
    ],
)
def test_a_numbered_caption_may_have_a_space_instead_of_its_colon(text, numbered):
    from articles.textpipeline.shapes_pictures import is_numbered_caption

    assert is_numbered_caption(text) is numbered


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("李 明", ["李明"]),  # a two-character name spread to the width of three
        ("李　明", ["李明"]),
        ("欧阳 明", None),  # three characters are not spread
        ("春 夏", None),  # no surname: no name
        ("李明", None),  # nothing spread (parse_names reads it)
    ],
)
def test_a_spread_name_alone_is_a_name(line, names):
    from articles.textpipeline.credits_signatures import spread_name

    assert spread_name(line) == names


@pytest.mark.parametrize(
    "lead",
    [
        "记者从成都市科协获悉，今年成都将新认定市级科普基地10个。",
        "9月18日—19日，绵阳市第五届科普讲解大赛在绵阳科技馆举行。",
        "9月17日（星期五），南充市科协组织专家走进西充县开展科技助农活动。",
        "9月17日至9月19日，南充市科协组织专家走进西充县开展科技助农活动。",
        "昨天下午，南充市科协组织专家走进西充县开展科技助农活动。",
    ],
)
def test_a_headline_over_a_news_lead_after_a_story_opens_the_next_story(lead):
    """Each of these leads made its headline a sub-heading of the story before (近日， did not)."""
    result = page("我国科技人力资源总量稳居世界首位", "本报讯 9月22日，中国科协发布报告显示，我国科技人力资源总量继续保持世界第一。",
                  "南充市科协开展科技助农活动", lead)
    assert [item.title for item in result.items] == ["我国科技人力资源总量稳居世界首位", "南充市科协开展科技助农活动"]
    assert result.items[1].paragraphs == [lead]


@pytest.mark.parametrize(
    ("document", "last"),
    [
        (["巴中市科协2024年科普工作要点", "2024年全市科普工作要点如下。", "一、总体要求",
          "以提升全民科学素质为目标，推动科普工作提质增效。", "二、重点任务", "全年培训高素质农民3000人次。"],
         "全年培训高素质农民3000人次。"),
        (["在全市科协工作会议上的讲话", "同志们：", "过去一年，全市科协工作取得新进展。", "综合服务",
          "要围绕中心，服务大局。", "谢谢大家！"], "谢谢大家！"),
    ],
)
def test_a_headline_over_a_news_lead_after_a_numbered_or_closed_document_opens_the_next_story(document, last):
    """A 工作要点 divided only by 一、二、 (or a speech closed by 谢谢大家！) is no round-up: the brief after it
    had become its sub-heading, and the brief's credit the document's source."""
    result = page(*document, "平昌县科协送科技下乡", "2月19日，平昌县科协组织农业专家到驷马镇开展茶叶春管技术培训。",
                  "（平昌县科协）")
    assert [(item.title, item.source) for item in result.items] == [
        (document[0], None), ("平昌县科协送科技下乡", "平昌县科协")]
    assert result.items[0].paragraphs[-1] == last


def test_a_whole_story_pasted_twice_is_kept_once_and_the_copy_recorded():
    """Two identical items had come out, with no repair and no flag."""
    story = ["彭水县科协开展科普进社区活动", "本报讯（通讯员 任小芳）8月22日，彭水县科协在汉葭街道滨江社区开展科普进社区活动。",
             "活动中，医生为居民免费测量血压、血糖，并讲解了慢性病防治知识。", "（彭水县科协）"]
    other = ["江津区科协举办科普讲座", "本报讯 8月23日，江津区科协在几江街道举办科普讲座，200余名居民参加。"]
    result = split_page("\n\n".join(story + story + other))
    assert [item.title for item in result.items] == ["彭水县科协开展科普进社区活动", "江津区科协举办科普讲座"]
    assert [item.position for item in result.items] == [0, 1]
    (removed,) = [r for r in result.items[0].repairs if r.code == "duplicate_removed"]
    assert "慢性病防治知识" in removed.removed
    assert account(result).balanced
    # two stories under one headline with different text are both kept
    changed = story[:2] + ["活动中，志愿者为居民讲解了防范电信诈骗知识。", "（彭水县科协）"]
    assert len(split_page("\n\n".join(story + changed)).items) == 2


_PAPER_COPY = ["德阳市科协组织专家助力抗旱保苗", "本报讯（记者 赵敏）7月28日，德阳市科协组织市农学会专家20余人，分赴旌阳区、中江县开展抗旱保苗技术服务。",
               "专家们深入田间，指导农户科学灌溉、合理施肥，帮助群众减轻旱情损失。"]
_WEB_COPY = ["德阳市科协组织专家助力抗旱保苗", "来源：四川科技报    发布时间：2022-08-03 09:15",
             "7月28日，德阳市科协组织市农学会专家20余人，分赴旌阳区、中江县开展抗旱保苗技术服务。",
             "专家们深入田间，指导农户科学灌溉、合理施肥，帮助群众减轻旱情损失。"]


@pytest.mark.parametrize(
    ("copies", "kept"),
    [
        ([_PAPER_COPY, _WEB_COPY], 1),
        ([_WEB_COPY, _PAPER_COPY], 1),
        ([_PAPER_COPY, _WEB_COPY[:-1]], 2),  # the website's copy cut short: not word for word
        ([_PAPER_COPY[:-1], _WEB_COPY], 2),  # the paper's copy is not the website's whole story
        ([_PAPER_COPY, [*_WEB_COPY[:-1], "据了解，下一步德阳市科协将持续组织科技志愿者开展服务。"]], 2),
    ],
)
def test_the_papers_and_the_websites_copy_of_one_story_are_kept_once(copies, kept):
    """The same story pasted from the paper (本报讯 and a byline) and from its website (来源, 发布时间) had
    been two items: the bodies are compared, not the credits, and the paper's copy is kept."""
    result = split_page("\n\n".join(["四川科技报 2022年8月3日 第1版", *copies[0], *copies[1]]))
    assert len(result.items) == kept
    if kept == 1:
        (item,) = result.items
        assert (item.credit_lines, item.source) == (["本报讯（记者 赵敏）"], "四川科技报")
        assert [repair.code for repair in item.repairs].count("duplicate_removed") == 1
    assert account(result).balanced


@pytest.mark.parametrize("emoji", ["🎉🎉", "😊", "👍", "💪", "✨✨✨", "✅", "⭐", "❤️", "👍🏻"])
@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_emoji_after_a_paragraphs_full_stop_hide_no_sentence_end(emoji, separator):
    """…科普盛宴。🎉🎉: a post's emoji after its sentence's end; the paragraph is finished (a whole post was
    glued into one paragraph, and its last flagged as cut off)."""
    first = "7月19日，石柱县科协“科普大篷车”开进中益乡华溪村，为当地群众带来一场科普盛宴。" + emoji
    second = "活动现场，科普志愿者向孩子们展示了静电球、磁悬浮等科普展品，现场欢声笑语不断。" + emoji
    last = "“原来科学这么有趣！”华溪村小学学生谭小雨说。" + emoji
    result = split_page(separator.join(["石柱县科协“科普大篷车”开进中益乡", first, second, last]))
    (item,) = result.items
    assert item.paragraphs == [first, second, last]
    assert codes(item) == [] and "joined_break" not in [r.code for r in item.repairs]


@pytest.mark.parametrize(
    ("text", "finished"),
    [
        ("…现场欢声笑语不断。😊", True),
        ("…华溪村小学学生谭小雨说。”👍", True),
        ("…为当地群众带来一场科普🎉", False),  # an emoji in place of the full stop hides no sentence's end
        ("🎉🎉", False),
        ("…要求各级科协组织❶", False),  # a numeral, no pictograph
    ],
)
def test_a_sentence_end_is_read_through_trailing_emoji(text, finished):
    assert shapes.ends_sentence(text) is finished


@pytest.mark.parametrize(
    "caption",
    ["⬆️现场群众参观科普展台", "⬆ 现场群众参观科普展台", "👆志愿者为群众讲解展品", "👇志愿者为群众讲解展品", "⬇️志愿者为群众讲解展品", "▼孩子们体验科普展品"],
)
def test_a_caption_opened_by_an_arrow_emoji_or_a_down_pointer_is_the_storys_picture(caption):
    """⬆️现场群众参观科普展台 between two paragraphs: a caption, as ▲… and ↑… are (it was a sub-heading)."""
    first = "启动仪式上，县科协、县科技局等20余个单位设置了展台，向群众普及科学知识。"
    second = "县科协负责人介绍，本次活动周将持续至6月5日。"
    (item,) = page("叙永县科技活动周启动", first, caption, second).items
    assert [(c.text, c.photographer) for c in item.captions] == [(caption, None)]
    assert item.paragraphs == [first, second] and item.subheadings == []


@pytest.mark.parametrize(
    ("text", "pointed"),
    [("▲活动现场", True), ("👆志愿者为群众讲解展品", True), ("▼", False), ("👇👇👇", False), ("▼活动流程如下：", False),
     ("👇点击下方“阅读原文”报名参加线上科普讲座", False), ("👇长按识别二维码关注我们", False)],  # prompts, not captions
)
def test_a_pointer_opens_a_caption_only_with_words_after_it(text, pointed):
    assert is_pointed_caption(text) is pointed


def test_a_pointer_over_a_prompt_to_read_the_original_is_furniture():
    """👇点击下方“阅读原文”报名… had become a caption of the post's picture."""
    result = page("科学防暑小妙招", "入伏以来，我市持续高温。市科协邀请专家支招：多喝水，避开高温时段外出。", "👇点击下方“阅读原文”报名参加线上科普讲座")
    (item,) = result.items
    assert item.captions == [] and item.paragraphs == ["入伏以来，我市持续高温。市科协邀请专家支招：多喝水，避开高温时段外出。"]
    assert "👇点击下方“阅读原文”报名参加线上科普讲座" in result.meta.boilerplate


@pytest.mark.parametrize("heading", ["往期回顾", "🌟往期回顾🌟", "✨往期推荐✨", "◆ 推荐阅读 ◆", "【往期回顾】"])
def test_post_titles_under_a_dressed_recommendations_heading_leave_the_credits_to_the_post(heading):
    """🌟往期回顾🌟 over two titles of other posts, then the post's 文字：/图片： credits: the titles are
    navigation and the credits the post's (the titles were an article of their own, with the credits)."""
    titles = ["叙永县科协召开2024年学会工作会", "叙永县青少年科技创新大赛圆满落幕"]
    result = page("叙永县科技活动周启动", STORY_B, heading, *titles, "文字：罗敏", "图片：王涛")
    (item,) = result.items
    assert item.paragraphs == [STORY_B]
    assert [(b.role, b.name) for b in item.bylines] == [("author", "罗敏"), ("photographer", "王涛")]
    assert all(title in result.meta.boilerplate for title in titles)


@pytest.mark.parametrize(
    ("over", "under"),
    [
        (["点击上方蓝字，关注我们"], []),
        (["点击上方“叙永科协”，关注我们"], []),
        (["▲点击上方蓝字，关注“叙永科协”"], []),
        ([], ["长按识别二维码", "关注我们"]),
    ],
)
def test_a_posts_follow_prompts_are_furniture(over, under):
    """点击上方蓝字，关注我们 over the headline, 关注我们 under 长按识别二维码: the post's furniture (the first
    took the headline's place, the last became the author)."""
    result = page(*over, "叙永县科技活动周启动", STORY_B, *under)
    (item,) = result.items
    assert (item.title, item.kicker, item.paragraphs, item.bylines) == ("叙永县科技活动周启动", "", [STORY_B], [])
    assert all(line in result.meta.boilerplate for line in over + under)


@pytest.mark.parametrize(("label", "authors"), [("原创 叙永科协", []), ("原创 王丽 叙永科协", ["王丽"])])
def test_a_posts_original_label_under_its_title_is_no_subtitle(label, authors):
    """原创 叙永科协 under the title: the post's account (and author), not its 副题."""
    result = page("叙永科协 2024-05-31 17:42 四川", "叙永县科技活动周启动", label, STORY_B)
    (item,) = result.items
    assert (item.title, item.subtitle, item.paragraphs) == ("叙永县科技活动周启动", "", [STORY_B])
    assert [b.name for b in item.bylines] == authors
    assert result.meta.site == "叙永科协" and label in result.meta.source_lines


@pytest.mark.parametrize(
    ("headline", "kicker", "title", "removed"),
    [
        ("🔥🔥石柱县科协“科普大篷车”开进中益乡啦！", "", "石柱县科协“科普大篷车”开进中益乡啦！", "🔥🔥"),
        ("📢📢科技活动周｜叙永县科技活动周启动", "科技活动周", "叙永县科技活动周启动", "📢📢"),
        ("叙永县科技活动周启动啦 🎉🎉", "", "叙永县科技活动周启动啦", "🎉🎉"),
        ("⭐️ 叙永县科技活动周启动 ⭐️", "", "叙永县科技活动周启动", "⭐️⭐️"),
        ("叙永县科技活动周启动", "", "叙永县科技活动周启动", ""),
    ],
)
def test_emoji_around_a_posts_headline_are_taken_off_and_recorded(headline, kicker, title, removed):
    """🔥🔥石柱县科协…啦！: the emoji a post dresses its headline with are no part of the title an editor
    publishes; the story's own emoji stay."""
    paragraph = "7月19日，石柱县科协“科普大篷车”开进中益乡华溪村，为当地群众带来一场科普盛宴。🎉🎉"
    (item,) = page(headline, paragraph).items
    assert (item.kicker, item.title, item.paragraphs) == (kicker, title, [paragraph])
    assert [r.removed for r in item.repairs if r.code == "headline_emoji"] == ([removed] if removed else [])


@pytest.mark.parametrize(
    ("headline", "title", "removed"),
    [
        ("#乡村振兴# 荣昌区科协“科技小院”里的丰收季", "荣昌区科协“科技小院”里的丰收季", "#乡村振兴#"),
        ("青年科学家揭秘大熊猫“食竹密码” #大熊猫 #科普 🐼", "青年科学家揭秘大熊猫“食竹密码”", "#大熊猫 #科普"),
        ("#科普中国# 渝中区科协带你走进“科技之光”主题展🔬✨", "渝中区科协带你走进“科技之光”主题展", "#科普中国#"),
        ("学习C#编程的青少年越来越多", "学习C#编程的青少年越来越多", None),
    ],
)
def test_topic_tags_around_a_posts_headline_are_taken_off_and_recorded(headline, title, removed):
    """#乡村振兴# …丰收季, …“食竹密码” #大熊猫 #科普: a post's topic tags are its platform's index, not its
    title (they stayed in the title, or made the title with the headline its 副题)."""
    paragraph = "9月12日，荣昌区科协联合西南大学专家走进清升镇，为养殖户开展技术培训。"
    (item,) = page(headline, paragraph).items
    assert (item.kicker, item.title, item.subtitle, item.paragraphs) == ("", title, "", [paragraph])
    assert [r.removed for r in item.repairs if r.code == "headline_hashtags"] == ([removed] if removed else [])


@pytest.mark.parametrize(
    ("name", "lead"),
    [
        ("刘洋", "10月16日，专家为80余名种植户讲解晚秋作物种植技术。"),
        ("王芳", "10月16日，邀请专家王芳为种植户讲解种植技术。"),  # the name in the lead: still a name
    ],
)
def test_a_name_under_a_headline_that_no_word_runs_into_is_its_author(name, lead):
    (item,) = page("富顺县科协邀请农技专家", name, lead).items
    assert [b.name for b in item.bylines] == [name]


def test_a_reporter_named_again_in_a_closing_report_line_is_one_byline():
    """本报讯（记者 杨柳） … 杨柳 李红 报道 listed 杨柳 twice, as reporter and as author."""
    item = page("科普讲解大赛德阳赛区开赛", "本报讯（记者 杨柳）7月4日，德阳赛区比赛开赛，36名选手同台竞技。", "杨柳 李红 报道").items[0]
    assert [(b.role, b.name) for b in item.bylines] == [("reporter", "杨柳"), ("author", "李红")]


def test_a_numbered_lists_last_item_over_a_credited_paragraph_is_no_titled_photo():
    """③科普知识有奖问答 over 活动共吸引… over 本报记者 谭林 摄 had become a photo item titled by the list's item."""
    result = page("万州区科协开展科普活动周", "本报讯（通讯员 谭林）科技活动周期间，万州区科协组织了三项活动：", "①科普讲座进社区",
                  "②科学实验秀", "③科普知识有奖问答", "活动共吸引群众5000余人次参与。", "本报记者 谭林 摄")
    (item,) = result.items
    assert item.paragraphs[-2:] == ["③科普知识有奖问答", "活动共吸引群众5000余人次参与。"]


@pytest.mark.parametrize(("line", "heading"), [("1.〇 2.× 3.〇 4.× 5.〇", False), ("1.加强组织领导", True)])
def test_a_key_of_answers_on_one_line_is_no_numbered_heading(line, heading):
    """1.〇 2.× 3.〇 had been a sub-heading."""
    assert is_numbered_heading(line) is heading


def test_a_contents_box_or_a_spaced_menu_inside_a_story_is_the_storys():
    """本期要目 over ● lines, 首页 科普资讯 科普视频 under 平台设有以下栏目：: inside a story they are its text
    (the box and its first line had gone to the page's navigation, the rest headless)."""
    boxed = page("《科普周刊》创刊三十周年", "本报讯 近日，《科普周刊》创刊三十周年座谈会在成都举行。", "本期要目",
                 "●院士谈科学精神", "●乡村科技特派员风采", "主编表示，刊物将继续办好科普栏目。")
    (item,) = boxed.items
    assert "本期要目" in item.body and item.paragraphs[-1] == "主编表示，刊物将继续办好科普栏目。"
    listed = page("“巴渝科普”网上平台正式上线", "本报讯 5月9日，“巴渝科普”网上平台正式上线。平台设有以下栏目：",
                  "首页 科普资讯 科普视频 在线咨询", "市民可通过手机随时访问。")
    (item,) = listed.items
    assert item.paragraphs[1:] == ["首页 科普资讯 科普视频 在线咨询", "市民可通过手机随时访问。"]


@pytest.mark.parametrize("lead", ["恭喜！", "“快看，机器人会跳舞！”"])
def test_a_cry_under_a_web_headline_and_its_date_is_the_storys_first_line(lead):
    """headline / 2023-04-18 / 恭喜！: the headline had become the site and 恭喜！ the title."""
    result = page("青少年科技创新大赛获奖名单出炉", "2023-04-18", lead, "近日，第三十七届四川省青少年科技创新大赛获奖名单公布，我市12件作品获奖。")
    assert [item.title for item in result.items] == ["青少年科技创新大赛获奖名单出炉"]
    assert result.meta.site is None


@pytest.mark.parametrize(
    ("lines", "title", "bylines"),
    [
        # a Tibetan greeting and a flower are no names (扎西德勒 had become a title, 格桑梅朵 an author)
        (["甘孜州科协举办藏历新年科普联欢会", "本报讯 2月21日，甘孜州科协举办藏历新年科普联欢会。", "格桑梅朵", "扎西德勒"],
         "甘孜州科协举办藏历新年科普联欢会", []),
        # quotation marks quote a word, they label nothing ('双减' had become the 引题)
        (["'双减'背景下科学教育如何做加法", "本报讯 近日，重庆市科协举办科学教育研讨会。"], "'双减'背景下科学教育如何做加法", []),
    ],
)
def test_words_that_only_look_like_names_or_labels(lines, title, bylines):
    result = page(*lines)
    assert result.items[0].title == title and result.items[0].kicker == ""
    assert [b.name for b in result.items[0].bylines] == bylines


@pytest.mark.parametrize("line", ["王芳 编辑：李雪 审核：张强", "綦江区科协 编辑：李雪"])
def test_a_storys_credits_with_its_editors_are_no_page_head(line):
    """王芳 编辑：李雪 审核：张强 at a post's foot had become a banner (a section over its editors)."""
    assert page_head(line) is None
    assert page_head("区县科协 责编：吴敏 美编：罗欣") is not None


def test_a_headline_over_bullets_after_a_banner_opens_the_next_story():
    """【地方科协】 / 广元市科协召开全委会 / ●… had become the story above's sidebar, its lead a headless item."""
    result = page("德阳市科协开展科技助力乡村振兴活动", "本报讯（记者 张华）6月5日，德阳市科协组织专家深入罗江区开展技术服务。",
                  "【地方科协】", "广元市科协召开全委会", "●审议通过工作报告", "6月8日，广元市科协召开九届三次全委会。")
    assert [item.title for item in result.items] == ["德阳市科协开展科技助力乡村振兴活动", "广元市科协召开全委会"]
    assert result.items[0].body == "6月5日，德阳市科协组织专家深入罗江区开展技术服务。"


def test_a_news_lead_over_its_pictures_credit_stays_a_story():
    """本报讯 6月12日，… over 王军 摄 had become a photo item, 本报讯 in its caption."""
    (item,) = page("德格县科协举办藏医药科普讲座", "本报讯 6月12日，德格县科协在更庆镇举办藏医药科普讲座。", "王军 摄").items
    assert item.kind == "article" and item.paragraphs == ["6月12日，德格县科协在更庆镇举办藏医药科普讲座。"]
    assert [(b.role, b.name) for b in item.bylines] == [("photographer", "王军")]


def test_an_emoji_label_over_a_headline_and_its_news_lead_is_a_banner_between_stories():
    """🌱春耕时节🌱 / 广安市科协组织专家… / 3月8日，… had been two sub-headings of the story above."""
    result = page("巴中市农技协联合会举办果树修剪培训", "本报讯 3月5日，巴中市农技协联合会在恩阳区举办果树修剪培训班。", "🌱春耕时节🌱",
                  "广安市科协组织专家下乡指导春耕", "3月8日，广安市科协组织农业专家深入岳池县田间地头，指导农民开展春耕生产。")
    assert [item.title for item in result.items] == ["巴中市农技协联合会举办果树修剪培训", "广安市科协组织专家下乡指导春耕"]
    assert result.meta.banners == ["🌱春耕时节🌱"]


@pytest.mark.parametrize("credit", ["本报特约撰稿 李强", "特约撰稿 李强", "本刊特约撰文 李强"])
def test_a_contributors_byline_under_a_headline_opens_its_story(credit):
    """科技特派员手记 / 我在凉山种苹果的这些年 / 本报特约撰稿 李强 had been paragraphs of the story above."""
    result = page("德阳市科协开展科技助力乡村振兴活动", "本报讯（记者 张华）6月5日，德阳市科协组织专家深入罗江区开展技术服务。",
                  "科技特派员手记", "我在凉山种苹果的这些年", credit, "2019年，我第一次来到盐源县。")
    assert [(item.kicker, item.title) for item in result.items][1] == ("科技特派员手记", "我在凉山种苹果的这些年")
    assert [(b.role, b.name) for b in result.items[1].bylines] == [("author", "李强")]


def test_a_link_heading_with_a_colon_over_a_boxs_title_and_prose_is_the_storys_box():
    """相关链接： / 什么是科技特派员 / 科技特派员是指… had been split off as an article of its own."""
    (item,) = page("德阳市科协开展科技助力乡村振兴活动", "本报讯（记者 张华）6月5日，德阳市科协组织专家深入罗江区开展技术服务。",
                   "相关链接：", "什么是科技特派员", "科技特派员是指深入农村开展科技服务的专业技术人员。").items
    assert item.subheadings == ["相关链接：", "什么是科技特派员"]
    assert item.paragraphs[-1] == "科技特派员是指深入农村开展科技服务的专业技术人员。"


def test_a_sites_box_of_its_sections_is_navigation():
    """■ 栏目导航 / 科协要闻 / ● 学会动态 had become the story's sidebar and an item of its own."""
    result = page("德阳市科协开展科技助力乡村振兴活动", "本报讯（记者 张华）6月5日，德阳市科协组织专家深入罗江区开展技术服务。",
                  "■ 栏目导航", "科协要闻", "● 学会动态", "● 基层科协")
    assert len(result.items) == 1 and result.items[0].blocks[-1].kind == "paragraph"
    assert result.meta.boilerplate == ["■ 栏目导航", "科协要闻", "● 学会动态", "● 基层科协"]


def test_an_emoji_section_heading_inside_a_post_with_no_dateline_stays_in_the_post():
    """🌱春耕技术培训🌱 / 专家现场讲解… / 3月14日上午，… inside a post had split it (the banner rule is a paper's)."""
    result = page("渠县科协“科技三下乡”活动走进有庆镇", "3月14日，渠县科协在有庆镇开展“科技三下乡”活动。", "🌱春耕技术培训🌱",
                  "专家现场讲解水稻育秧技术", "3月14日上午，县农技站农艺师李明为120余名种植户讲解水稻旱育秧技术。")
    assert [item.title for item in result.items] == ["渠县科协“科技三下乡”活动走进有庆镇"]


def test_a_documents_publishing_field_inside_a_story_is_its_text():
    """文件名称：… / 发布时间：2024年3月4日 / 适用范围：… inside a story had split it: a lone 发布时间 line is the
    page's info only in a CMS's figures (发布时间：2021-03-05 10:21)."""
    result = page("四川省科协发布2024年度科普工作要点", "3月4日，四川省科协印发《2024年度科普工作要点》，部署全年科普工作。",
                  "文件名称：2024年度科普工作要点", "发布时间：2024年3月4日", "适用范围：全省各级科协", "《要点》提出，全年将举办重大科普活动20项。")
    (item,) = result.items
    assert "发布时间：2024年3月4日" in item.paragraphs


def test_a_line_cut_before_a_year_and_a_space_is_joined_in_mid_sentence():
    """区科协还于 / 2023年 联合… had stayed apart (a CV entry opens with a year, but not in mid-sentence)."""
    (item,) = page("綦江区科协深化“科技助农”行动", "近年来，綦江区科协持续深化“科技助农”行动，建成农技协 46 个。区科协还于",
                   "2023年 联合区农业农村委开展技术培训 120 场次，受益群众 8000 余人次。").items
    assert len(item.paragraphs) == 1


@pytest.mark.parametrize("after", [[], ["巫溪县科协开展科普进乡村活动", "本报讯（通讯员 刘洋）4月12日，巫溪县科协在宁厂镇开展科普进乡村活动。"]])
def test_a_contact_and_its_phone_closing_a_story_are_its_text(after):
    """联系人：陈老师 / 联系电话：023-63862345 at a story's end: the phone had gone to the page's furniture."""
    result = page("2024年重庆市科技创新大赛开始报名", "本报讯（记者 王芳）4月15日，2024年重庆市青少年科技创新大赛即日起开始报名。",
                  "联系人：陈老师", "联系电话：023-63862345", *after)
    assert result.items[0].paragraphs[-2:] == ["联系人：陈老师", "联系电话：023-63862345"]
    assert len(result.items) == 1 + bool(after) and "联系电话：023-63862345" not in result.meta.boilerplate


def test_a_posts_keycap_heading_is_no_part_of_the_line_above():
    """…小实验😄 / 2️⃣图书捐赠 had been glued into one paragraph."""
    (item,) = page("叙永县科协开展世界读书日科普阅读活动", "4月20日，叙永县科协在县图书馆开展阅读活动。", "1️⃣科学小实验",
                   "孩子们动手完成了“会跳舞的盐”等小实验😄", "2️⃣图书捐赠", "县科协向叙永镇中心小学捐赠科普图书500册。").items
    assert "孩子们动手完成了“会跳舞的盐”等小实验😄" in item.paragraphs


PLACE_BRIEFS = [
    ("万州区", "5月10日，万州区科协在龙驹镇中心小学开展科普活动，200余名师生参加。"),
    ("渝北区", "5月11日，渝北区科协在兴隆镇举办农村实用技术培训班，60余名种植户参加培训。"),
]


@pytest.mark.parametrize("column", ["区县动态", "区县传真", "区县科协", "四川科协 | 市州科协工作动态"])
@pytest.mark.parametrize(("tag", "marks"), [("【{}】", "【】"), ("■ {} ", "■"), ("{}：", "：")])
def test_briefs_opened_by_their_places_tag_are_items_of_their_own(column, tag, marks):
    """【万州区】5月10日，…, ■ 渝北区 3月15日，…, **达州：**7月8日，… under a column: each a headless brief, its
    place the 引题 (they were one article titled with the column's name, the tags in its text)."""
    result = page(column, *(tag.format(place) + lead for place, lead in PLACE_BRIEFS))
    assert result.meta.banners == [column]
    assert [(item.kicker, item.title, item.paragraphs) for item in result.items] == [
        (place, "", [lead]) for place, lead in PLACE_BRIEFS
    ]
    assert all(codes(item) == ["missing_headline"] for item in result.items)
    assert [repair.removed for repair in result.items[0].repairs] == [marks]


@pytest.mark.parametrize("headline", ["川渝科协共庆科技工作者日", "科技工作者日 各地这样过"])
@pytest.mark.parametrize("tag", ["【{}】", "{}："])
def test_place_tagged_parts_under_a_headline_are_one_round_up(headline, tag):
    """A headline over places' parts, no column's name: it had gone to the banners and each part had
    become a headless brief, the round-up's attribution only the last one's."""
    result = page(headline, *(tag.format(place) + lead for place, lead in PLACE_BRIEFS), "（本报综合）")
    (item,) = result.items
    assert (item.title, len(item.paragraphs), item.source) == (headline, 2, "本报综合")
    assert result.meta.banners == []


def test_a_place_tag_before_a_dateline_opens_a_brief_with_its_byline():
    """【万州区】本报讯（通讯员 谭静）5月10日，… hid its dateline: the briefs were glued, their bylines lost."""
    result = page("区县动态", "【万州区】本报讯（通讯员 谭静）5月10日，万州区科协在龙驹镇开展科普活动。",
                  "【开州区】本报讯（通讯员 李红）5月11日，开州区科协在长沙镇举办农技培训。")
    assert [(item.kicker, item.dateline, [b.name for b in item.bylines]) for item in result.items] == [
        ("万州区", "本报讯（通讯员 谭静）", ["谭静"]), ("开州区", "本报讯（通讯员 李红）", ["李红"])
    ]


def test_place_tagged_parts_of_a_credited_round_up_stay_its_text():
    """A round-up under its own headline and reporter keeps its places' parts as printed."""
    (item,) = page("各区县开展科技活动周", "本报记者 王明", *("【" + place + "】" + lead for place, lead in PLACE_BRIEFS)).items
    assert item.title == "各区县开展科技活动周" and len(item.paragraphs) == 2


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("【万州区】5月10日，…", ("【】", "万州区", "5月10日，…")),
        ("■ 九龙坡区 3月20日，…", ("■", "九龙坡区", "3月20日，…")),
        ("巴中：7月9日，…", ("：", "巴中", "7月9日，…")),
        ("【东区】9月4日，…", ("【】", "东区", "9月4日，…")),
        ("【工作动态】5月10日，…", None),  # a column's label
        ("【两江新区】5月10日，…", ("【】", "两江新区", "5月10日，…")),
        ("【成都市】5月10日，…", ("【】", "成都市", "5月10日，…")),
        # a topic's tag, named like a place's level (it was taken for a place, the 引题 of a headless brief)
        ("【智慧城市】近日，…", None),
        ("【科技园区】近日，…", None),
        ("【国家级示范区】5月10日，…", None),
        ("全市：5月10日，…", None),
        ("时间：7月9日，…", None),
    ],
)
def test_a_places_tag_in_front_of_a_line(text, tag):
    assert place_tag(text) == tag


@pytest.mark.parametrize(
    ("line", "names"),
    [("◆ 甘孜州", None), ("◆ 阿坝州", None), ("◆ 攀枝花市", None), ("■ 泸定县", None),
     ("■ 钱 江", ["钱江"]), ("□ 陈小雨", ["陈小雨"]), ("□ 陈九州", ["陈九州"]), ("■ 江 北", ["江北"])],
)
def test_a_place_behind_a_mark_is_no_persons_name(line, names):
    assert credits_signatures.marked_names(line) == names


def test_marked_places_over_their_briefs_each_open_a_brief():
    """◆ 甘孜州 over its brief had been read as an author 甘 and become a sub-heading of the brief above."""
    result = page("市州速递", "◆ 攀枝花市", "6月3日，攀枝花市科协在仁和区平地镇举办芒果种植技术培训会，120余名果农参加。",
                  "◆ 甘孜州", "6月4日，甘孜州科协在泸定县磨西镇开展科技下乡活动，为群众送去科普图书500余册。",
                  "◆ 阿坝州", "6月4日，阿坝州科协在汶川县映秀镇开展防灾减灾科普宣传活动。")
    assert [(item.title, len(item.blocks)) for item in result.items] == [("攀枝花市", 1), ("甘孜州", 1), ("阿坝州", 1)]


def test_a_briefs_columns_name_over_its_first_dateline_is_a_banner():
    """各地动态 over 本报讯 4月22日，… had become the first brief's headline, the second brief flagged headless."""
    result = page("各地动态", "本报讯 4月22日，广安市科协在广安区浓洱镇中心小学举办启动仪式。（广安市科协 刘洋）",
                  "本报讯 4月23日，华蓥市双河街道科协在红岩社区开展主题宣传活动。（华蓥市科协）")
    assert result.meta.banners == ["各地动态"]
    assert [(item.title, codes(item)) for item in result.items] == [("", ["missing_headline"])] * 2


@pytest.mark.parametrize("column", [["区县传真"], ["区县科协"], []])
def test_marked_place_led_headlines_over_their_stories_are_briefs(column):
    """■ 大足区：… over its story had been lost to a remainder or glued into the brief above as a sidebar."""
    result = page(*column, "■ 大足区：科技特派员助力柑橘提质增效", "7月1日，大足区科协组织科技特派员深入宝顶镇柑橘基地。（大足区科协）",
                  "■ 璧山区：青杠街道科协举办科普讲座", "7月2日，璧山区青杠街道科协在街道文化中心举办健康科普讲座。（璧山区科协）")
    assert [(item.title, item.source, len(item.blocks)) for item in result.items] == [
        ("大足区：科技特派员助力柑橘提质增效", "大足区科协", 1), ("璧山区：青杠街道科协举办科普讲座", "璧山区科协", 1)
    ]
    assert not result.remainders


@pytest.mark.parametrize("mark", ["●", "■ ", "■"])
@pytest.mark.parametrize(
    "lead", ["4月20日，酉阳县科协在龙潭镇开展春季农技培训，200余名农户参加培训。", "本报讯（通讯员 冉 红）4月20日，酉阳县科协在龙潭镇开展培训。"]
)
def test_marked_headlines_over_news_leads_with_no_column_name_are_briefs(mark, lead):
    """●县科协开展春季农技培训 over 4月20日，… with no story open and no column's name over it: the first
    brief (it had been lost to a remainder, and the briefs merged into one untitled item)."""
    result = page("重庆科技报 2020年4月28日 星期二", f"{mark}县科协开展春季农技培训", lead,
                  f"{mark}县老科协开展防疫知识宣讲", "4月24日，酉阳县老科协组织老专家到板溪镇开展防控知识宣讲。")
    assert [item.title for item in result.items] == ["县科协开展春季农技培训", "县老科协开展防疫知识宣讲"]
    assert not result.remainders


@pytest.mark.parametrize(("text", "briefs"), [("区县传真", True), ("市州传真", True), ("科技前沿", False)])
def test_a_fax_column_is_a_column_of_briefs(text, briefs):
    assert is_briefs_heading(text) is briefs


def test_a_marked_place_in_front_of_a_headline_is_its_kicker():
    """▲甘孜州 丹巴县章谷镇科协开展… had been the title ▲甘孜州 over the headline as its 副题."""
    (item,) = page("基层动态", "▲甘孜州 丹巴县章谷镇科协开展科普惠农活动", "8月10日，丹巴县章谷镇科协组织农技人员走进村组。（丹巴县科协）").items
    assert (item.kicker, item.title, item.subtitle) == ("甘孜州", "丹巴县章谷镇科协开展科普惠农活动", "")
    assert [repair.removed for repair in item.repairs] == ["▲"]


@pytest.mark.parametrize("column", ["市州科协", "科协动态", None])
def test_a_bracketed_place_in_front_of_a_headline_is_its_kicker(column):
    """【眉山】“田间学校”开到丹棱桔园 under the column's name 市州科协: the place the brief's 引题, the
    column's name the page's banner (【眉山】 stayed in the title, 市州科协 the first brief's 引题)."""
    briefs = [
        "【眉山】“田间学校”开到丹棱桔园",
        "6月6日，丹棱县科协在齐乐镇梅湾村举办“田间学校”，100余名种植户参加。（丹棱县科协 张 琴）",
        "【乐山】沐川县举办茶叶技术培训",
        "6月7日，沐川县科协在舟坝镇举办茶叶技术培训。（沐川县科协 罗 军）",
    ]
    result = page("四川科技报 2023年6月9日 星期五 第2版", *([column] if column else []), *briefs)
    assert [(item.kicker, item.title) for item in result.items] == [
        ("眉山", "“田间学校”开到丹棱桔园"),
        ("乐山", "沐川县举办茶叶技术培训"),
    ]
    assert result.meta.banners == ([column] if column else [])
    assert [repair.removed for repair in result.items[0].repairs] == ["【】"]
    assert account(result).balanced


@pytest.mark.parametrize("head", [["图片新闻"], ["第4版 图片新闻", "图片新闻"]])
def test_a_strip_of_pointed_captions_under_a_group_credit_is_one_photo_each(head):
    """▲5月20日，… ▲5月21日，… （本组图片均由各区县科协提供） under 图片新闻 had been one photo item titled
    图片新闻, its captions paragraphs."""
    captions = ["▲5月20日，荣昌区科协在安富街道开展科技活动周主题宣传活动。", "▲5月21日，綦江区科协在石角镇举办无人机植保技术现场演示会。"]
    result = page(*head, *captions, "（本组图片均由各区县科协提供）")
    assert result.meta.banners == head
    assert [(item.kind, item.title, [c.text for c in item.captions], item.source) for item in result.items] == [
        (PHOTO, "", [caption], "各区县科协") for caption in captions
    ]


@pytest.mark.parametrize(
    ("content", "body"), [("本组图片均由各区县科协提供", "各区县科协"), ("本文图片均由遂宁市科协提供", "遂宁市科协"), ("资料图片", None)]
)
def test_who_gave_the_pictures(content, body):
    assert pictures_given_by(content) == body


@pytest.mark.parametrize("mark", ["▶", "■ ", ""])
def test_a_weekly_digests_marked_date_heads_are_its_sections(mark):
    """▶7月8日 under 铜梁科协 | 一周要闻（7月8日—7月14日） had become the 副题, the account kept in the title."""
    (item,) = page("铜梁科协 | 一周要闻（7月8日—7月14日）", "铜梁科协 2024-07-15 08:00 发表于重庆",
                   f"{mark}7月8日", "区科协召开党组理论学习中心组学习会，传达学习有关会议精神。",
                   f"{mark}7月10日", "区科协在安居镇开展“科技助力乡村振兴”专家服务活动。").items
    assert (item.kicker, item.title, item.subtitle) == ("铜梁科协", "一周要闻（7月8日—7月14日）", "")
    assert item.subheadings == [f"{mark}7月8日", f"{mark}7月10日"]


@pytest.mark.parametrize(("before", "title"), [(["图片新闻", "5月21日，彭水县科协在汉葭街道举办老年人防诈骗知识讲座。 谭敏 摄"], "科普惠民 服务乡村"), ([], "")])
def test_a_parallel_phrase_between_photos_over_a_credited_caption_is_the_photos_title(before, title):
    """科普惠民 服务乡村 after a photo had gone to the banners, the photo under it untitled; at the page's
    head, over no photo before it, the slogan stays a banner."""
    result = page(*before, "科普惠民 服务乡村", "5月22日，巫溪县科协在宁厂镇举办中蜂养殖技术培训，50余名蜂农参加。 本报记者 周红 摄")
    assert result.items[-1].kind == PHOTO and result.items[-1].title == title
    assert ("科普惠民 服务乡村" in result.meta.banners) is not bool(title)


def test_a_scans_confused_characters_are_turned_back_and_recorded():
    """己建成, 末来, 深人 had been published as printed, with no repair or flag (and 深人, 末来 as keywords)."""
    (item,) = page("眉山市科协推进院士（专家）工作站建设",
                   "本报讯 9月5日，眉山市科协调研组一行深人企业生产车间。截至目前，眉山市己建成工作站12个，末来还将新建5个。").items
    assert item.paragraphs == ["9月5日，眉山市科协调研组一行深入企业生产车间。截至目前，眉山市已建成工作站12个，未来还将新建5个。"]
    (repair,) = [r for r in item.repairs if r.code == "ocr_characters"]
    assert (repair.removed, repair.added) == ("人己末", "入已未")


def test_another_report_under_its_own_headline_is_a_story_of_its_own():
    """郫都区科协同步更名 over 另讯 … under a story: the next story (it had become the first one's
    sub-heading, with 另讯 left in its text)."""
    first, second = page(
        "开州区科协挂牌",
        "本报讯 7月15日上午，重庆市开州区科学技术协会正式挂牌。",
        "郫都区科协同步更名",
        "另讯 据成都市科协消息，原郫县科学技术协会更名为成都市郫都区科学技术协会。",
    ).items
    assert first.paragraphs == ["7月15日上午，重庆市开州区科学技术协会正式挂牌。"]
    assert (second.title, second.dateline) == ("郫都区科协同步更名", "另讯")
    assert second.paragraphs == ["据成都市科协消息，原郫县科学技术协会更名为成都市郫都区科学技术协会。"]


SOIL_BRIEF = "省土壤学会开展春耕土壤健康服务。3月下旬，四川省土壤学会组织专家分赴眉山市东坡区开展测土配方施肥指导。（省土壤学会）"
DRUG_BRIEF = "省药学会发布合理用药科普读本。4月8日，四川省药学会在成都发布《老年人合理用药100问》科普读本。（省药学会）"
BULLETIN_HEAD = ["学会工作简报", "2024年第3期", "四川省科协学会学术部                    2024年4月12日"]
CONTENTS = ["本期要目", "● 省土壤学会开展春耕土壤健康服务", "● 省药学会发布合理用药科普读本"]


@pytest.mark.parametrize("head", [BULLETIN_HEAD + CONTENTS, BULLETIN_HEAD, []])
def test_the_first_run_in_brief_of_a_bulletin_is_headed_by_its_sentence(head):
    """A 简报's first brief, its headline run into its lead, with no story above it: headed by that
    sentence as the briefs after it are (it was a paragraph without a headline, flagged); every entry
    of the contents box over it is the box's (the last one was left over)."""
    result = page(*head, SOIL_BRIEF, DRUG_BRIEF)
    assert [item.title for item in result.items] == ["省土壤学会开展春耕土壤健康服务", "省药学会发布合理用药科普读本"]
    assert result.items[0].paragraphs == ["3月下旬，四川省土壤学会组织专家分赴眉山市东坡区开展测土配方施肥指导。"]
    assert all(not item.flags for item in result.items)
    assert result.remainders == [] and account(result).balanced


def test_a_first_paragraph_without_a_run_in_sentence_stays_headless():
    """Without a run-in sentence the first paragraph has no headline to take: flagged, as before."""
    (item, _) = page("3月下旬，四川省土壤学会组织专家分赴眉山市东坡区开展测土配方施肥指导。（省土壤学会）", DRUG_BRIEF).items
    assert item.title == "" and [flag.code for flag in item.flags] == ["unplaced_paragraph"]


CONTEST_BRIEF = "梁平区科协举办青少年科技创新大赛。8月15日，梁平区第十五届青少年科技创新大赛在梁平区实验中学举行。"
CHECKUP_BRIEF = "大竹县科协开展科技工作者健康体检。8月18日，大竹县科协组织全县100余名科技工作者开展免费健康体检。"
JOINT_STORY = ["两地科协联合开展科技志愿服务", "本报讯（通讯员 邓琳）8月22日，梁平区科协与大竹县科协在竹山镇联合开展科技志愿服务活动。"]


@pytest.mark.parametrize(
    ("head", "numbers", "items"),
    [
        (["【简讯】"], ("", ""), 2),  # under a banner: no longer one untitled item
        ([], ("1.", "2."), 2),
        (JOINT_STORY, ("", ""), 3),  # under a story no attribution closed: no longer its paragraphs
        (JOINT_STORY, ("1.", "2、"), 3),
        (JOINT_STORY, ("（一）", "（二）"), 3),
    ],
)
def test_unsigned_run_in_briefs_are_headed_by_their_sentences(head, numbers, items):
    """梁平区科协举办…。8月15日，… beside another such paragraph, none signed: a column of briefs, each headed
    by its run-in sentence, its list number (1.) taken out and recorded."""
    result = page(*head, numbers[0] + CONTEST_BRIEF, numbers[1] + CHECKUP_BRIEF)
    assert len(result.items) == items
    *_, contest, checkup = result.items
    assert (contest.title, checkup.title) == ("梁平区科协举办青少年科技创新大赛", "大竹县科协开展科技工作者健康体检")
    assert checkup.paragraphs == ["8月18日，大竹县科协组织全县100余名科技工作者开展免费健康体检。"]
    assert [r.removed for r in contest.repairs if r.code == "brief_number"] == [numbers[0]] * bool(numbers[0])
    assert all(not item.flags for item in result.items)


@pytest.mark.parametrize(
    ("sections", "titles", "kickers"),
    [
        (  # numbered sections, each a headline over its dated lead
            ["01\n盘龙镇科协开展生猪养殖技术培训", "6月15日，盘龙镇科协在大建村开展生猪养殖技术培训。",
             "02\n昌元街道科协开展“科普进社区”活动", "6月19日，昌元街道科协在宝城社区开展防溺水科普宣传活动。"],
            ["盘龙镇科协开展生猪养殖技术培训", "昌元街道科协开展“科普进社区”活动"],
            ["", ""],
        ),
        (  # a place behind a mark over each section's dated lead: no headline, the place its 引题
            ["▶射洪市\n10月16日，射洪市科协在太和街道召开基层科协“三长”座谈会。",
             "▶蓬溪县\n10月17日，蓬溪县科协在常乐镇开展秋季蔬菜种植技术培训。"],
            ["", ""],
            ["射洪市", "蓬溪县"],
        ),
    ],
)
def test_a_digests_sections_under_its_title_are_briefs_of_their_own(sections, titles, kickers):
    """科协简讯丨荣昌区基层科协工作动态 over 01 / headline / 6月15日，… and 02 / …: each section a brief, the
    number or mark taken out and the digest's title the page's banner (the post was one item titled 01, or
    ▶射洪市 its 副题, the other sections its sub-headings)."""
    result = page("科协简讯丨基层科协工作动态", "荣昌科协 2023-06-21 18:05 重庆", *sections)
    assert [item.title for item in result.items] == titles
    assert [item.kicker for item in result.items] == kickers
    assert [item.subheadings for item in result.items] == [[], []]
    assert "科协简讯丨基层科协工作动态" in result.meta.banners
    assert all(codes(item) == ["missing_headline"] * (not titles[0]) for item in result.items)


@pytest.mark.parametrize(
    "sections",
    [
        ["▶射洪市", "9月16日，射洪市科协在子昂广场举办科普展览。", "▶蓬溪县", "9月17日，蓬溪县科协开展科普进校园活动。"],
        ["01", "科技小院扎根田间", "6月15日，遂宁市科协联合西南大学在盘龙镇建立科技小院。",
         "02", "专家服务送到家门口", "6月18日，市科协组织农业专家走进清江镇开展技术培训。"],
    ],
)
def test_a_place_tagged_storys_sections_stay_its_sub_headings(sections):
    """【遂宁】遂宁市各地开展… over its 本报讯 lead, then ▶射洪市 or 01 sections and a closing total: the
    story's place tag makes it no digest, its sections its sub-headings (they were briefs of their own)."""
    (story,) = page(
        "【遂宁】遂宁市各地开展全国科普日活动",
        "本报讯 9月中旬，遂宁市各区县科协开展全国科普日活动。",
        *sections,
        "据统计，全市共开展活动120余场。",
    ).items
    assert len(story.subheadings) == 2 and story.paragraphs[-1] == "据统计，全市共开展活动120余场。"


def test_a_storys_numbered_sections_stay_its_sub_headings():
    """02 over a section's heading in a story whose title names no digest: its sub-heading, no brief."""
    (item,) = page(
        "科技特派员的一年",
        "荣昌科协 2023-06-21 18:05 重庆",
        "01\n扎根田间",
        "6月15日，科技特派员在大建村开展生猪养殖技术培训。",
        "02\n服务企业",
        "6月19日，科技特派员走进企业开展技术指导。",
    ).items
    assert item.subheadings[-1] == "02 服务企业"


@pytest.mark.parametrize(
    ("lead", "stories"),
    [
        ("开州区长沙镇科普惠农服务站日前被重庆市科协评为市级科普惠农示范服务站。", 2),
        ("开州区长沙镇科普惠农服务站10月12日被重庆市科协评为市级科普惠农示范服务站。", 2),
        ("10月12日，开州区长沙镇科普惠农服务站被重庆市科协评为市级科普惠农示范服务站。", 2),  # as before
        # under a heading that names another subject, undated prose: the story's section
        ("活动中，志愿者为群众讲解柑橘种植技术，发放资料300余份。", 1),
    ],
)
def test_a_headline_over_a_lead_naming_its_subject_then_when_opens_a_story(lead, stories):
    """开州长沙镇科普惠农服务站获评市级示范站 over 开州区长沙镇科普惠农服务站日前被…, under a story that opened
    with a dated lead: the next story (it was a sub-heading of the story above)."""
    result = page(
        "铜梁区科协开展“科技赶场天”活动",
        "10月14日，铜梁区科协在巴川街道开展“科技赶场天”活动，40余名科技志愿者为群众提供农业技术咨询。",
        "据了解，这是区科协今年第三次开展科技志愿服务活动。",
        "开州长沙镇科普惠农服务站获评市级示范站",
        lead,
    )
    assert len(result.items) == stories
    assert result.items[-1].paragraphs[-1] == lead


@pytest.mark.parametrize(("heading", "marks"), [("洪城简讯", []), ("■洪城简讯", ["■"]), ("◆ 科协动态", ["◆"])])
def test_a_briefs_column_under_a_story_is_no_sidebar_of_it(heading, marks):
    """■洪城简讯 over ●5月20日，… under a story: the column of briefs is an item of its own, marked or not (it
    was the story's sidebar, 潼南 among the story's regions)."""
    story, column = page(
        "射洪市科协召开基层科协组织建设推进会",
        "5月25日，射洪市科协召开基层科协组织建设推进会，全市各镇（街道）科协主席50余人参加会议。",
        heading,
        "●5月20日，射洪市农技协联合会组织会员赴潼南区柠檬产业园考察学习。",
        "●5月22日，射洪市科协联合市卫生健康局在沱牌镇开展健康义诊活动。",
    ).items
    assert [block.kind for block in story.blocks] == ["paragraph"]
    assert column.title == heading.lstrip("■◆ ") and len(column.paragraphs) == 2
    assert [r.removed for r in column.repairs if r.code == "brief_mark"] == marks


MEETING_LEAD = "本报讯 8月20日，梁平区科协召开基层科普工作推进会。"
POINT_ONE = "加强组织建设。8月底前，各镇街要完成基层科协换届。"
POINT_TWO = "抓好科普活动。9月15日，全区将启动全国科普日活动。"


@pytest.mark.parametrize(
    "lines",
    [
        [MEETING_LEAD + "会议要求：", "1." + POINT_ONE, "2." + POINT_TWO, "区科协主席李明出席会议并讲话。"],
        [MEETING_LEAD, "（一）" + POINT_ONE, "（二）" + POINT_TWO],
        [MEETING_LEAD, "科普大篷车进社区。9月17日，科普大篷车开进几江街道。", "专家讲座受欢迎。9月18日，区科协开展健康讲座。"],
        ["本报记者 王丽", "孩子们兴奋地喊道。", "这是一次难忘的科普之旅。当天上午，60名孩子参观了展区。",
         "科普的种子已经悄悄种下。近日，学校又组织学生开展了科学小论文评比。"],
        [MEETING_LEAD + "会议要求：", "1." + CONTEST_BRIEF, "2." + CHECKUP_BRIEF],  # the points a colon announced
    ],
)
def test_a_storys_run_in_points_and_parts_stay_its_paragraphs(lines):
    """1.加强组织建设。8月底前，… or 科普大篷车进社区。9月17日，… under a story: its points and parts, naming no
    subject of their own (or listed under its colon), not briefs of their own."""
    (story,) = page("梁平区科协召开基层科普工作推进会", *lines).items
    assert story.paragraphs[-1].endswith(lines[-1][-8:])
    assert not any(repair.code in ("run_in_headline", "brief_number") for repair in story.repairs)


@pytest.mark.parametrize("heading", ["■产业新动态", "◆ 科协动态"])
def test_a_marked_column_name_over_undated_points_stays_the_storys(heading):
    """■产业新动态 over ●荣昌猪新品系选育取得突破… (no dated lead) and the story going on under them: the
    story's sidebar, its closing paragraph the story's."""
    (story,) = page(
        "荣昌区科协助力生猪产业高质量发展",
        "今年以来，荣昌区科协聚焦生猪产业，组织专家开展技术攻关。",
        heading,
        "●荣昌猪新品系选育取得突破，母猪年产仔数提高2头。",
        "●智能化养殖技术在全区30家规模猪场推广应用。",
        "区科协负责人表示，下一步将继续推动生猪产业转型升级。",
    ).items
    assert story.paragraphs[-1] == "区科协负责人表示，下一步将继续推动生猪产业转型升级。"
    assert not any(repair.code == "brief_mark" for repair in story.repairs)


def test_a_single_run_in_paragraph_under_a_story_stays_its_paragraph():
    """One run-in sentence over a dated paragraph under a story, with no other beside it: the story's."""
    (story,) = page(*JOINT_STORY, CONTEST_BRIEF).items
    assert story.paragraphs[-1] == CONTEST_BRIEF


@pytest.mark.parametrize(
    ("contact", "subheading"),
    [
        ("联系人：赵明 028-86××××××", False),
        ("咨询电话：023-63711234", False),
        ("联系人：王芳 13812345678", False),
        ("报送方式", True),  # a short line with no number over the notice's text: its sub-heading
    ],
)
def test_a_notices_contact_line_is_no_sub_heading(contact, subheading):
    """联系人：赵明 028-86×××××× over 附件：… in a notice: the contact, a paragraph (it was a sub-heading)."""
    (item,) = page(
        "四川省科学技术协会关于推荐2024年度四川省科学技术奖候选项目的通知",
        "各省级学会，各市（州）科协：",
        "现将有关事项通知如下。",
        "一、联系方式",
        contact,
        "附件：1.2024年度四川省科学技术奖候选项目推荐书",
        "2.推荐项目汇总表",
    ).items
    assert (contact in item.subheadings) is subheading
    assert (contact in item.paragraphs) is not subheading


@pytest.mark.parametrize(
    ("previous", "following", "joined"),
    [
        (  # the quotation's first sentence ends the line, its rest and its speaker on the next
            "“黄连要种五年才挖得，以前我们只晓得按老办法种，病害多、产量低。",
            "瞿老师来了以后，教我们用林下套种，一亩多收两三百斤。”村民谭大姐笑着说。",
            True,
        ),
        (  # a quoted word inside the rest does not hide the quotation's close
            "他说：“这几年我们村变化很大，大家都尝到了甜头。",
            "特别是“科技小院”建起来以后，年轻人也愿意回来了。”",
            True,
        ),
        (  # a quotation over paragraphs opens each of them with “
            "他说：“这几年我们村变化很大，大家都尝到了甜头。",
            "“特别是科技小院建起来以后，年轻人也愿意回来了。”",
            False,
        ),
        (  # the next paragraph closes no quotation: the story goes on after one left open
            "他说：“这几年我们村变化很大，大家都尝到了甜头。",
            "据了解，近年来，该村累计培训村民2100余人次。",
            False,
        ),
        (  # the quotation was closed on its own line
            "“这几年我们村变化很大，大家都尝到了甜头。”村支书说。",
            "瞿老师来了以后，教我们用林下套种。”",
            False,
        ),
    ],
)
def test_a_quotation_a_break_cut_after_a_full_stop_is_one_paragraph(previous, following, joined):
    """A line that leaves a “ open goes on into a line that closes it without opening one of its own (no
    paragraph opens inside a quotation without its “), though the first line ends a sentence."""
    from articles.textpipeline.draft import continues

    assert continues(previous, following) is joined


def test_a_quotation_cut_by_a_line_break_stays_one_paragraph():
    lines = [
        "“黄连要种五年才挖得，以前我们只晓得按老办法种，病害多、产量低。",
        "瞿老师来了以后，教我们用林下套种，一亩多收两三百斤。”村民谭大姐笑着说。",
    ]
    text = "石柱中益乡：科技特派员扎根华溪村\n\n本报讯（记者 谭 茜）9月22日，记者来到华溪村黄连种植基地。\n" + "\n".join(lines)
    (item,) = split_page(text).items
    assert item.paragraphs[-1] == "".join(lines)


def test_place_tagged_sections_of_a_reported_round_up_stay_its_sub_headings():
    """【眉山】专家服务团走进田间地头 over undated prose in a story its reporter signed: a section of the
    round-up (each section had become a brief without the reporter)."""
    (item,) = page(
        "我省各地科协扎实开展科技助力春耕活动",
        "本报记者 王明",
        "春耕时节，全省各级科协组织充分发挥人才和技术优势，组织专家深入田间地头。",
        "【眉山】专家服务团走进田间地头",
        "眉山市科协组织农业专家服务团，分赴丹棱、洪雅等地开展技术指导。",
        "【广元】科技特派员送技术上门",
        "广元市科协动员科技特派员进村入户，帮助农户解决果树修剪等难题。",
    ).items
    assert item.subheadings == ["【眉山】专家服务团走进田间地头", "【广元】科技特派员送技术上门"]
    assert [byline.name for byline in item.bylines] == ["王明"]


def test_the_rest_of_a_story_from_the_page_before_gets_no_run_in_headline():
    """会议还对下一步工作进行了部署。当天下午，…（渝科） first on a paper's page, over a story with its own
    headline: the end of a story begun elsewhere, flagged (its first sentence had become a headline)."""
    first, story = page(
        "会议还对下一步工作进行了部署。当天下午，与会人员还参观了区科技馆。（渝科）",
        "江津区科协召开全委会",
        "本报讯（记者 王芳）3月8日，江津区科协召开第三届委员会第五次全体会议。",
    ).items
    assert first.title == "" and "unplaced_paragraph" in [flag.code for flag in first.flags]
    assert story.title == "江津区科协召开全委会"


@pytest.mark.parametrize(
    ("figure", "printed"),
    [("1,200,000", "1,200,000"), ("１，２００，０００", "1,200,000"), ("12,000", "12,000"), ("1,268", "1,268")],
)
def test_a_headline_with_a_number_in_thousands_groups_is_a_headline(figure, printed):
    """科技馆接待游客超1,200,000人次: the comma of a thousands group is the number's, not a clause's stop
    (the headline became a headless paragraph and its story a second item)."""
    (item,) = page(f"科技馆接待游客超{figure}人次", "本报讯（记者 王芳）截至10月10日，重庆科技馆今年累计接待游客120万人次。").items
    assert item.title == f"科技馆接待游客超{printed}人次"
    assert [byline.name for byline in item.bylines] == ["王芳"]


def test_a_headline_whose_words_open_a_later_paragraph_is_no_contents_entry():
    """科技创新大赛开幕 under a 相关新闻 list, its story's second paragraph opening 科技创新大赛开幕式结束后：
    the headline (it went to the page's furniture, the story left headless)."""
    result = page(
        "相关新闻",
        "● 我市启动全国科普日活动",
        "科技创新大赛开幕",
        "5月18日，重庆市青少年科技创新大赛开幕。",
        "科技创新大赛开幕式结束后，同学们参观了作品展。",
    )
    assert [item.title for item in result.items] == ["科技创新大赛开幕"]
    assert "科技创新大赛开幕" not in result.meta.boilerplate


def test_a_notices_signers_under_its_attachment_line_stay_its_signature():
    """附件1 参赛报名表.docx over 重庆市科学技术协会 / 重庆市青少年科技教育协会 / 2024年3月5日: the notice's
    attachment and signers (the signers had become the page's site and furniture)."""
    (item,) = page(
        "关于举办2024年重庆市青少年科技创新大赛的通知",
        "各区县科协、教委：",
        "经研究，决定举办2024年重庆市青少年科技创新大赛。",
        "附件1 参赛报名表.docx",
        "重庆市科学技术协会",
        "重庆市青少年科技教育协会",
        "2024年3月5日",
    ).items
    assert item.source == "重庆市科学技术协会、重庆市青少年科技教育协会"


@pytest.mark.parametrize("indent", ["", "\u3000\u3000\u3000"])
def test_a_notices_second_attached_file_stays_in_its_text(indent):
    """附件：1.申报书.docx over 2.汇总表.xlsx, then the signature: the second file is the notice's list, no
    download box (it went to boilerplate, and the signature with it)."""
    (item,) = page(
        "关于组织申报2024年度科普项目的通知",
        "各市（州）科协：",
        "现将有关事项通知如下。",
        "附件：1.科普项目申报书.docx\n" + indent + "2.科普项目汇总表.xlsx\n" + indent + "3.科普项目清单.pdf",
        "四川省科学技术协会\n2024年3月15日",
    ).items
    assert item.paragraphs[-5:] == [
        "附件：1.科普项目申报书.docx",
        "2.科普项目汇总表.xlsx",
        "3.科普项目清单.pdf",
        "四川省科学技术协会",
        "2024年3月15日",
    ]
    assert (item.source, item.date) == ("四川省科学技术协会", dt.date(2024, 3, 15))


@pytest.mark.parametrize(
    "closing",
    [
        # under the call to ask and the buyer's name (地址 was dropped, 联系人 an item's title)
        ["凡对本次公告内容提出询问，请按以下方式联系", "采购人：重庆市大足区科学技术协会", "地址：大足区棠香街道五星大道中段",
         "联系人：蒋老师\u3000联系电话：023-43721234"],
        # the buyer's and the agency's blocks (the phones were dropped, the agency's block an item of its own)
        ["1.采购人信息", "名\u3000称：绵阳市科学技术协会", "联系方式：0816-2226789", "2.采购代理机构信息",
         "名\u3000称：四川鼎信项目管理有限公司", "联系方式：0816-2345678", "附件：竞争性磋商文件.pdf"],
        ["请按以下方式联系", "地址：大足区棠香街道五星大道中段", "联系电话：023-43721234"],  # under the call alone
        # over the announcement's attachment (the attachment became an item)
        ["联系方式：0816-2226789", "附件：竞争性磋商文件.pdf"],
    ],
)
def test_a_tenders_closing_contacts_are_its_text_though_unsigned(closing):
    """A 采购 公告 ends with its buyer's name, address and phone and no signature: its text, one item."""
    lead = "本项目预算金额48.6万元，采用竞争性磋商方式采购。"
    (item,) = page("绵阳市科协科普宣传设施采购项目竞争性磋商公告", lead, "\n".join(closing)).items
    assert item.paragraphs == [lead, *closing]


def test_a_linked_title_under_past_posts_is_no_account_card():
    """南川区成立老科技工作者协会 under 往期回顾 at a post's end: a link's title (it became the page's site)."""
    result = page(
        "南川区科协召开科普工作会",
        "2024-05-20 18:30",
        "5月18日，南川区科协召开2024年科普工作会，安排部署全年科普工作。",
        "往期回顾",
        "南川区成立老科技工作者协会",
    )
    assert result.meta.site != "南川区成立老科技工作者协会"
    assert [item.title for item in result.items] == ["南川区科协召开科普工作会"]


POST_HEAD = ["万州科协 2024-10-08 08:30 重庆", "“院士专家进万州”第三期报名开启"]
POST_LEAD = "万州区科协联合重庆三峡学院举办“院士专家进万州”科普讲座，欢迎广大市民踊跃报名。"


def test_a_bracketed_head_over_a_posts_fields_is_its_sub_heading():
    """【讲座信息】 over 主讲人：… and 讲座时间：… in a post: its sub-heading (it was a banner that cut the post)."""
    fields = ["主讲人：李华（中国工程院院士、重庆大学教授）", "讲座时间：10月15日（周二）14:30—16:30", "讲座地点：重庆三峡学院百安校区"]
    (item,) = page(*POST_HEAD, POST_LEAD, "【讲座信息】\n" + "\n".join(fields)).items
    assert item.subheadings == ["【讲座信息】"]
    assert item.paragraphs == [POST_LEAD, *fields]


@pytest.mark.parametrize("head", ["【活动预告】", "【培训通知】"])
def test_a_bracketed_notice_over_fields_after_a_story_is_no_sub_heading_of_it(head):
    """【活动预告】 over 活动时间：… and 活动地点：… after a report: another event's notice, not the report's
    sub-heading and text (the head was glued into the story above)."""
    lead = "本报讯（记者 张华）9月8日，市科协举办科技志愿服务骨干培训班，100余人参加培训。"
    result = page("市科协举办科技志愿服务培训", lead, head + "\n活动时间：9月16日上午9:00\n活动地点：重庆科技馆")
    story = result.items[0]
    assert story.subheadings == []
    assert story.paragraphs == ["9月8日，市科协举办科技志愿服务骨干培训班，100余人参加培训。"]
    assert len(result.items) == 2


@pytest.mark.parametrize(
    "fields",
    [
        ["投票时间：9月5日10:00至9月12日18:00", "投票规则：每个微信号每天可投3票。"],
        ["活动时间：7月22日—7月26日", "参加对象：渝北区在校四至八年级学生，限额60名"],
    ],
)
def test_a_field_over_another_field_is_no_sub_heading(fields):
    """投票时间：… over 投票规则：… under a story's paragraph: two fields, paragraphs (the first was a sub-heading)."""
    (item,) = page(*POST_HEAD, POST_LEAD, "\n".join(fields)).items
    assert item.subheadings == []
    assert item.paragraphs == [POST_LEAD, *fields]


def test_a_headline_with_a_colon_over_an_editors_note_still_heads_its_story():
    """科技特派员：把论文写在大地上 over 编者按：…: the next story's headline, though both open with a label."""
    result = page(
        "大足石刻数字化保护取得新进展",
        "本报讯（记者 李霜）近日，记者从大足石刻研究院获悉，该院完成了12处重点造像的数字化建档。",
        "科技特派员：把论文写在大地上",
        "编者按：科技特派员制度实施以来，一大批科技人员深入农村一线。本报今起推出系列报道。",
        "本报记者 汪 洋",
        "在城口县岚天乡，提起科技特派员杨德兵，村民们都竖起大拇指。",
    )
    assert [item.title for item in result.items] == ["大足石刻数字化保护取得新进展", "科技特派员：把论文写在大地上"]


@pytest.mark.parametrize("closing", [["文字：谭静"], ["文字：谭静", "责任编辑：冉小兵"], ["报名请点击文末“阅读原文”", "文字：谭静"]])
def test_a_posts_closing_credit_under_its_past_posts_is_its_own(closing):
    """文字：谭静 under 往期推荐's last title (or under a call to read the original): the post's author; the
    title is a link, no story of the credit's (it was an item without text that took the credit)."""
    recommended = ["—— 往期推荐 ——", "院士专家进万州第二期：走进深海世界", "万州区科协召开七届三次全委会"]
    lines = [*recommended, *closing] if closing[0].startswith("文字") else closing
    (item,) = page(*POST_HEAD, POST_LEAD, *lines).items
    assert [byline.name for byline in item.bylines] == ["谭静"]
    assert item.paragraphs == [POST_LEAD]


CAMP_FIELDS = [
    "活动时间：2024年7月22日—7月26日（共5天）",
    "参加对象：渝北区在校四至八年级学生，限额60名",
    "报名方式：家长扫描下方二维码报名，额满即止",
]


def test_an_events_hosts_under_fields_with_clauses_stay_its_text():
    """主办单位：…, 承办单位：…, 联系人：… under 报名方式：…，额满即止: the notice's fields (they were the page's
    footer and co-organizers, and 联系人：周老师 an item of its own)."""
    hosts = ["主办单位：渝北区科学技术协会 渝北区教育委员会", "承办单位：渝北区青少年科技活动中心", "联系人：周老师", "联系电话：023-67821234"]
    result = page("渝北科协\n2024-06-25 09:00", "渝北区“小小科学家”科技夏令营开始招募啦", "\n".join(CAMP_FIELDS + hosts))
    (item,) = result.items
    assert item.paragraphs == CAMP_FIELDS + hosts
    assert result.meta.co_organizers == []


@pytest.mark.parametrize(
    ("fields", "flagged"),
    [
        (CAMP_FIELDS[:2], False),  # the last of a run of fields, its value in two clauses
        (["会议指出，要加强组织建设，推动全市科协系统", "参加对象：渝北区在校四至八年级学生，限额60名"], True),  # one field alone
        (["活动时间：7月22日", "答题规则：扫描下方二维码参与答题。本期活动截至9月30日前"], True),  # a sentence cut
        (["9:00—9:30  开幕式（主会场）", "9:30—11:30  院士专家科普报告（报告厅）"], False),  # a programme's rows
    ],
)
def test_a_notices_last_field_needs_no_closing_stop(fields, flagged):
    """参加对象：…，限额60名 ending a notice's fields: no incomplete_paragraph flag (it had one for its comma)."""
    (item,) = page("渝北区“小小科学家”科技夏令营开始招募", "渝北区科协面向全区中小学生招募夏令营营员。", "\n".join(fields)).items
    assert ("incomplete_paragraph" in codes(item)) is flagged


@pytest.mark.parametrize("label", ["1号作品", "NO.1", "1号选手"])
def test_a_votes_numbered_entries_are_its_list(label):
    """1号作品 / 《…》 / 作者：单位 姓名 under a vote post's paragraph: its candidates, paragraphs of the post, no
    items of their own (each was an item without text, its author a byline)."""
    entries = [label, "《柑橘黄龙病的识别与防控》", "作者：江津区农业技术推广中心 刘强"]
    entries += [label.replace("1", "2"), "《花椒采摘小妙招》", "作者：先锋镇农业服务中心 何平"]
    lead = "江津区第三届科普微视频大赛经过初评，共有3件作品入围网络投票环节。"
    (item,) = page("江津科协\n2024-11-02 10:00 重庆", "快来为你喜爱的科普作品投票吧！", lead, "\n".join(entries)).items
    assert item.paragraphs == [lead, *entries]
    assert item.bylines == []


@pytest.mark.parametrize(
    ("head", "numbers"),
    [
        # the post's title joins the headlines printed below it (it was a paragraph with no headline)
        ("科协要闻 | 绵阳市科协召开2024年学会工作会；涪城区科协开展科普进社区活动", None),
        ("今日要闻 | 5月30日", ["1", "2"]),  # the column and its day (it was the first story's title)
    ],
)
def test_a_digests_title_over_its_stories_is_the_pages_banner(head, numbers):
    """科协要闻 | A；B or 今日要闻 | 5月30日 over a digest's stories: the page's banner, no item, and the numbered
    stories need no headline_or_subheading flag."""
    stories = [
        ["绵阳市科协召开2024年学会工作会", "4月10日，绵阳市科协召开2024年学会工作会议，全市42家市级学会负责人参加会议。"],
        ["涪城区科协开展科普进社区活动", "4月11日，涪城区科协在御营坝社区开展科普进社区活动，发放科普资料500余份。"],
    ]
    if numbers is None:
        lines = [f"【{headline}】\n{lead}" for headline, lead in stories]
    else:
        lines = [f"{number}\n{headline}" + "\n\n" + lead for number, (headline, lead) in zip(numbers, stories, strict=True)]
    result = page("绵阳科协\n2024-04-12 20:30 四川", head, *lines)
    assert result.meta.banners == [head]
    assert [item.title for item in result.items] == [headline for headline, _ in stories]
    assert [codes(item) for item in result.items] == [[], []]


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        # whom the post calls, then its title (the address was the title, the title its 副题)
        ("@渝北少年 2024“小小科学家”科技夏令营开始招募啦", ("@渝北少年", "2024“小小科学家”科技夏令营开始招募啦", "")),
        ("＠全体科技工作者 第十届川渝科技学术大会开始报名", ("＠全体科技工作者", "第十届川渝科技学术大会开始报名", "")),
    ],
)
def test_an_addressee_before_a_one_line_headline_is_its_kicker(line, parts):
    from articles.textpipeline.headline import headline_parts

    assert headline_parts([line]) == parts


def test_a_bare_numeral_over_a_clause_of_an_enumeration_is_its_first_word():
    """一 over 是建立了花椒示范基地: 一是…, a paragraph of prose cut after its numeral (三 and its clause had become
    a sub-heading, 一 and 二 paragraphs alone)."""
    clauses = ["是建立了花椒示范基地", "是培训农民300余人次", "是引进新品种5个"]
    lead = "9月8日，记者走进江津区先锋镇科技小院。小院负责人介绍，今年小院做了三件事："
    item = lines_page(
        *CQ_HEAD, "科技小院助农增收", "本报讯（通讯员 陈红）" + lead,
        *(line for numeral, clause in zip("一二三", clauses, strict=True) for line in (numeral, clause)), "村民们纷纷表示受益匪浅。",
    ).items[0]
    assert item.subheadings == []
    assert item.paragraphs == [lead, *(numeral + clause for numeral, clause in zip("一二三", clauses, strict=True)), "村民们纷纷表示受益匪浅。"]


@pytest.mark.parametrize(("first", "second"), [("一", "二"), ("01", "02")])
def test_a_bare_numeral_over_a_sections_title_and_its_fields_joins_it(first, second):
    """一 over 科学实验秀《神奇的液氮》 over 时间：…: one sub-heading, numbered as printed (一 was a paragraph alone)."""
    lead = "本周末重庆科技馆为大家准备了丰富多彩的科普活动，快来看看吧！"
    item = page(
        "重庆科技馆\n2024-08-15 17:00 重庆",
        "8月17日至18日科技馆周末活动安排来啦",
        lead,
        f"{first}\n科学实验秀《神奇的液氮》\n时间：8月17日 10:30、14:30",
        f"{second}\n科普讲座《走近天宫空间站》\n时间：8月18日 14:00",
    ).items[0]
    assert item.subheadings == [f"{first} 科学实验秀《神奇的液氮》", f"{second} 科普讲座《走近天宫空间站》"]
    assert item.paragraphs == [lead, "时间：8月17日 10:30、14:30", "时间：8月18日 14:00"]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("主持人：长了痱子能不能用爽身粉？", "黄蕾：可以用，但不要在出汗很多的时候扑。"),
        ("网友：孩子发烧到多少度要去医院？", "专家：超过38.5℃或精神差就要及时就医。"),
    ],
)
def test_a_talks_first_question_is_its_text_not_its_headline(question, answer):
    """主持人：…？ (网友：…？) under the talk's headline is the first turn, not a headline pushing the real
    one up to its kicker."""
    item = page("重庆科技报 2021年6月8日", "夏天长痱子怎么办", question, answer).items[0]
    assert (item.title, item.kicker) == ("夏天长痱子怎么办", "")
    assert item.paragraphs[:2] == [question, answer]


@pytest.mark.parametrize("second", ["\u3000\u3000\u3000重庆医科大学附属第一医院心理卫生中心主任 周新雨"])
def test_a_round_tables_second_guest_set_in_under_the_field_is_in_the_guests_line(second):
    """嘉宾：…副院长 况利 over a second guest set in by the label's width: one line of guests in the talk,
    not a headline with a byline and a second article."""
    text = "\n\n".join(["重庆科技报 2022年10月11日", "精神心理健康 你我共同关注", "主持人：本报记者 吴 越"])
    text += "\n嘉宾：重庆市精神卫生中心副院长 况利\n" + second + "\n\n主持人：怎么判断自己是不是得了抑郁症？"
    text += "\n\n况利：如果情绪低落持续两周以上，就要警惕了。"
    result = split_page(text)
    assert account(result).balanced
    [item] = result.items
    assert item.title == "精神心理健康 你我共同关注" and item.subheadings == []
    assert [b.name for b in item.bylines] == ["吴越"]
    assert item.paragraphs[0] == "嘉宾：重庆市精神卫生中心副院长 况利\u3000" + second.strip()


@pytest.mark.parametrize("title", ["专家：秋冬进补莫盲目", "网友：科普文章要通俗易懂"])
def test_a_headline_quoting_an_expert_or_netizens_is_a_headline(title):
    """专家：秋冬进补莫盲目 over a byline, after the last story's attribution: a headline quoting who says
    it (a talk's turn under those roles is a punctuated sentence), not a turn glued to the story above."""
    story = ("市科协举办科普讲座", "本报讯 " + LONG + "（渝科）")
    result = page("重庆科技报 2023年10月17日", *story, title, "本报记者 王刚", "近日，重庆连续出现雾霾天气。", "（渝科）")
    assert [item.title for item in result.items] == ["市科协举办科普讲座", title]
    assert [b.name for b in result.items[1].bylines] == ["王刚"]


def test_a_subheading_quoting_an_expert_is_a_subheading():
    """专家：要保持好奇心 between a story's paragraphs: its sub-heading, not a paragraph."""
    lead = "5月20日，中国工程院院士李某走进重庆市第八中学，为师生作科普报告。"
    item = page("院士走进校园", "本报记者 张强", lead, "专家：要保持好奇心", "“科学研究最重要的是好奇心。”李院士说。").items[0]
    assert item.subheadings == ["专家：要保持好奇心"]


@pytest.mark.parametrize(
    ("label_line", "indented"),
    [
        (
            "问：今年流感为何来得这么早？",
            ["答：今年流感病毒以甲型为主，因此流行时间提前。", "记者注意到，近期各医院发热门诊就诊人数明显增加。"],
        ),
        (
            "注：本次培训共发放资料500余份。",
            ["近日，万州区科协组织专家深入分水镇开展果树管理技术培训。", "村民们纷纷表示收获很大。"],
        ),
    ],
)
def test_paragraphs_set_in_under_a_turn_or_a_note_at_the_margin_stay_apart(label_line, indented):
    """问：…？ or 注：…。 at the margin over paragraphs indented by two full-width spaces: a turn or a note over
    the story's paragraphs, not a field whose values the indent hangs under its label."""
    body = label_line + "".join("\n\u3000\u3000" + line for line in indented)
    item = page("流感高发 专家提醒做好防护", "本报记者 李明", body, "（渝科）").items[0]
    assert item.paragraphs == [label_line, *indented]


@pytest.mark.parametrize(
    ("label", "turns", "credit", "byline"),
    [
        ("科普问答", ["问：流感疫苗每年都要打吗？", "答：是的。流感病毒容易变异，每年的疫苗株会调整。"],
         "（四川省疾病预防控制中心供稿）", []),
        ("科普问答", ["1. 问：流感疫苗每年都要打吗？", "答：是的，每年的疫苗株会调整。", "2. 问：孕妇能打流感疫苗吗？",
                   "答：可以，孕妇是优先接种人群之一。"], "（四川省疾病预防控制中心供稿）", []),
        ("问答·营养", ["问一：早餐不吃有什么危害？", "答：长期不吃早餐容易导致注意力不集中。"],
         "（宜宾市第二人民医院临床营养科 何 芳）", ["何芳"]),
    ],
)
def test_a_qa_column_under_a_story_is_an_item_of_its_own(label, turns, credit, byline):
    """科普问答 over 问：/答： turns under a news story: the column is an item titled by its label with its own
    供稿 or doctor, not the story's sub-heading, text, source and byline; its numbered questions are turns."""
    result = page("四川科技报 2023年4月12日", "乐山市科协举办基层医生科普能力培训班",
                  "本报讯（记者 罗 强）4月7日，乐山市科协联合乐山市人民医院举办基层医生科普能力培训班。",
                  label, "\n".join([*turns, credit]))
    story, column = result.items
    assert [b.name for b in story.bylines] == ["罗强"] and story.source is None
    assert len(story.paragraphs) == 1
    assert column.title == label and column.paragraphs == turns and column.subheadings == []
    assert [b.name for b in column.bylines] == byline


@pytest.mark.parametrize(
    ("label", "turns"),
    [
        ("现场问答", ["问：血压高需要终身服药吗？", "答：大多数高血压患者需要长期服药。"]),
        ("政策答疑", ["问一：参加讲座需要报名吗？", "答：不需要，居民可直接到场。"]),
    ],
)
def test_a_qa_label_the_story_goes_on_under_is_its_subheading(label, turns):
    """现场问答 over 问：/答： then the story's prose and its attribution (（渝北区科协）, no 供稿 or doctor of
    the turns' own): one story with the label its sub-heading, not a column taking the story's end."""
    lead = "本报讯（通讯员 周敏）近日，渝北区科协在龙溪街道开展健康科普讲座，讲座结束后专家现场为居民答疑。"
    result = page("科普讲座进社区", lead, label, "\n".join(turns), "此次活动共服务居民200余人次。", "（渝北区科协）")
    [story] = result.items
    assert story.subheadings == [label] and story.source == "渝北区科协"
    assert story.paragraphs[1:] == [*turns, "此次活动共服务居民200余人次。"]


def test_a_health_qa_columns_pairs_each_signed_by_a_doctor_stay_one_column():
    """健康问答 over pairs each closed by its doctor's attribution: one column with every pair and doctor,
    not an item per question titled 问：…"""
    result = page(
        "重庆科技报 2021年11月16日", "健康问答", "问：孩子近视了，戴眼镜会不会越戴越深？",
        "答：近视度数加深主要与用眼习惯有关，与戴不戴眼镜没有直接关系。", "（重庆医科大学附属儿童医院眼科 副主任医师 刘晓燕）",
        "问：秋冬季节老人血压波动大，该怎么办？", "答：老年高血压患者要每天早晚各测一次血压，不要自行停药。",
        "（重庆市人民医院心内科 主任医师 陈国华）",
    )
    [column] = result.items
    assert column.title == "健康问答" and len(column.paragraphs) == 4
    assert [b.name for b in column.bylines] == ["刘晓燕", "陈国华"]


@pytest.mark.parametrize("headline", ["关于结核病，这些问题你要知道", "结核病防治知识问答"])
def test_an_observance_days_name_over_a_qa_pieces_headline_is_its_kicker(headline):
    """世界防治结核病日 over the headline over 问：… turns: the day is the 引题 and the line under it the title
    (the title was the day's name, and a punctuated headline its first paragraph)."""
    result = page("万州时报 2021年3月24日", "世界防治结核病日", headline,
                  "问：结核病会传染吗？\n答：会。肺结核主要通过呼吸道传播。", "（万州区疾病预防控制中心 供稿）")
    [item] = result.items
    assert (item.kicker, item.title, item.subtitle) == ("世界防治结核病日", headline, "")
    assert item.paragraphs == ["问：结核病会传染吗？", "答：会。肺结核主要通过呼吸道传播。"]


EXPLAINER = ["儿童误吞磁力珠有多危险？", "作者：张婷婷 四川大学华西医院小儿外科 主治医师", "一名5岁男孩因误吞多颗磁力珠，导致肠穿孔。",
             "为什么磁力珠比普通异物更危险？", "磁力珠吞下两颗以上时，可能隔着肠壁相互吸引，造成穿孔。", "家长应该怎么做？"]


@pytest.mark.parametrize(
    ("rest", "subheadings"),
    [
        (["1.不给低龄儿童购买磁力珠类玩具；", "2.发现孩子误吞后，立即到医院就诊。"],
         ["为什么磁力珠比普通异物更危险？", "家长应该怎么做？"]),
        (["发现孩子误吞后，立即到有小儿外科的医院就诊。", "健康提示", "①不给低龄儿童购买磁力珠类玩具；", "②不要催吐。"],
         ["为什么磁力珠比普通异物更危险？", "家长应该怎么做？", "健康提示"]),
    ],
)
def test_an_explainers_questions_and_tips_label_over_a_list_are_its_sub_headings(rest, subheadings):
    """A question answered by a numbered list (家长应该怎么做？ over 1.…) and 健康提示 over ①…: sub-headings, as a
    question over prose is (both questions were paragraphs, and the label a paragraph)."""
    [item] = page(*EXPLAINER, *rest).items
    assert item.subheadings == subheadings


@pytest.mark.parametrize(
    ("byline", "closing", "source", "authors"),
    [
        # an explicit 来源 is where the piece came from; the byline's unit is where its author works (it was the source)
        ("文/巴中市中心医院 赵 敏", "（来源：健康报）", "健康报", ["赵敏"]),
        # bodies that produced it, without what they did (联合出品 stayed in the source)
        ("□本报记者 张 弛", "（重庆市科协科普部 重庆医科大学附属第一医院 联合出品）",
         "重庆市科协科普部、重庆医科大学附属第一医院", ["张弛"]),
    ],
)
def test_a_closing_credit_names_the_pieces_source(byline, closing, source, authors):
    """A closing note's source: the outlet a 来源： names over the author's unit, the producers of a 联合出品 credit."""
    [item] = page("慢阻肺患者如何安全过冬", byline, "入冬以来，巴中气温骤降，医院呼吸科门诊量明显增加。", closing).items
    assert item.source == source
    assert [b.name for b in item.bylines] == authors


SPEAKERS = ["重庆大学机械与运载工程学院院长 王时龙 教授", "重庆理工大学副校长 秦小屿 教授",
            "长安汽车股份有限公司总工程师 谭本宏", "中国兵器装备集团自动化研究所有限公司首席专家 刘向东"]
ACADEMICIANS = ["中国工程院院士、华中科技大学教授 李培根", "中国科学院院士、西北工业大学教授 黄维",
                "中国工程院院士、中国农业大学教授 康绍忠"]


@pytest.mark.parametrize(
    ("intro", "rows", "after"),
    [
        ("年会邀请了以下专家作大会报告：", SPEAKERS[1:3], "会上还为20篇优秀学术论文颁发了证书。"),
        ("年会邀请了以下专家作大会报告：", SPEAKERS, "会上还为20篇优秀学术论文颁发了证书。"),
        ("此次进站的院士专家有：", ACADEMICIANS[:2], "据了解，永川区目前已建成院士专家工作站12家。"),
        ("此次进站的院士专家有：", ACADEMICIANS, "据了解，永川区目前已建成院士专家工作站12家。"),
    ],
)
def test_a_list_of_speakers_posts_and_names_is_rows_of_the_story(intro, rows, after):
    """重庆理工大学副校长 秦小屿 教授 one a line under a …有： line: the story's rows as printed (no headline over a
    byline, no row glued to the next or cut to its width, its spaces kept), and the next paragraph its own."""
    result = lines_page(
        *CQ_HEAD, "重庆市机械工程学会学术年会召开", "",
        "本报讯（记者 唐晓岚）11月19日，重庆市机械工程学会2024年学术年会在重庆大学召开。", intro, *rows, after,
    )
    [item] = result.items
    assert item.paragraphs[1:] == [intro, *rows, after]
    assert [b.name for b in item.bylines] == ["唐晓岚"]
    assert not {repair.code for repair in item.repairs} & {"joined_break", "unwrapped", "spaces"}
    assert "incomplete_paragraph" not in codes(item)


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["出席会议的市领导有市委常委、", "宣传部部长 王建华", "和副市长 李明。"],
         "出席会议的市领导有市委常委、宣传部部长 王建华和副市长 李明。"),
        (["会议由", "重庆市科协党组成员、副主席 王晓峰", "主持。"], "会议由重庆市科协党组成员、副主席 王晓峰主持。"),
    ],
)
def test_a_post_and_name_line_inside_a_sentence_is_no_row(lines, joined):
    """…市委常委、 over 宣传部部长 王建华 over 和副市长 李明。: one sentence a break cut twice (the post and name
    were a sub-heading between two halves, flagged), where a list's rows stand under its …有： line."""
    lead = "本报讯（记者 刘代荣）7月6日，绵阳市科协召开学会工作会。"
    (item,) = lines_page(*SC_HEAD, "绵阳市科协召开学会工作会", "", lead + lines[0], *lines[1:], "会议听取了各学会工作汇报。").items
    assert item.paragraphs == ["7月6日，绵阳市科协召开学会工作会。" + joined, "会议听取了各学会工作汇报。"]
    assert item.subheadings == []
    assert "incomplete_paragraph" not in codes(item)


PAPER_CN = ["（1.西南大学植物保护学院，重庆 400715；2.四川省农业科学院植物保护研究所，成都 610066）",
            "摘 要：为明确川渝地区柑橘黄龙病的发生规律，2019—2021年在重庆市万州区设置定点监测。",
            "关键词：柑橘黄龙病；柑橘木虱；发生规律"]
PAPER_EN = ["Occurrence Regularity of Citrus Huanglongbing in Sichuan-Chongqing Region", "ZHANG Jianguo1, LI Hongmei2",
            "Abstract: Fixed-point monitoring was conducted in Wanzhou from 2019 to 2021.",
            "Key words: citrus Huanglongbing; Diaphorina citri",
            "基金项目：重庆市科技局技术创新与应用发展专项（cstc2021jscx-gksbX0012）"]


@pytest.mark.parametrize(
    ("authors", "names", "catalogue"),
    [
        ("张建国1，李红梅2", ["张建国", "李红梅"], []),
        ("张建国1，李红梅2，王 强1", ["张建国", "李红梅", "王强"],
         ["中图分类号：S436.66 文献标识码：A 文章编号：1004-3268（2022）05-0078-06"]),
    ],
)
def test_a_bilingual_papers_front_matter_is_a_paragraph_a_part(authors, names, catalogue):
    """A paper's authors (numbered by affiliation) under its title are its bylines, and its affiliation, 摘要,
    关键词, catalogue line, English title, authors, Abstract, Key words and 基金项目 are a paragraph each (they were
    glued into three, English words run together: RegionZHANG, 2021.Key)."""
    (item,) = page("川渝地区柑橘黄龙病发生规律研究", authors, *PAPER_CN, *catalogue, *PAPER_EN).items
    assert [b.name for b in item.bylines] == names
    assert item.paragraphs == [*PAPER_CN, *catalogue, *PAPER_EN] and item.subheadings == []
    assert "joined_break" not in {repair.code for repair in item.repairs}


@pytest.mark.parametrize(
    ("lines", "paragraphs"),
    [
        (["会上，来自荷兰、德国的专家作主旨报告，荷兰瓦赫宁根大学教授", "Martin Jansen", "介绍了荷兰设施农业的发展经验。"],
         ["会上，来自荷兰、德国的专家作主旨报告，荷兰瓦赫宁根大学教授Martin Jansen介绍了荷兰设施农业的发展经验。"]),
        (["同期举办的国际科普论坛以“科学传播与公众参与”为主题，论坛英文主题为", "Science Communication and",
          "Public Engagement", "来自8个国家的专家参加论坛。"],
         ["同期举办的国际科普论坛以“科学传播与公众参与”为主题，论坛英文主题为Science Communication and Public "
          "Engagement来自8个国家的专家参加论坛。"]),
        (["他说：", '"Chongqing has become my second home, and I am proud to work with',
          'my Chinese colleagues on this project."'],
         ["他说：", '"Chongqing has become my second home, and I am proud to work with my Chinese colleagues on this project."']),
        (["Abstract: In order to clarify the occurrence regularity of citrus Huanglongbing",
          "in Chongqing, a systematic survey was carried out in 12 districts and counties."],
         ["Abstract: In order to clarify the occurrence regularity of citrus Huanglongbing in Chongqing, a systematic "
          "survey was carried out in 12 districts and counties."]),
        (["ZHANG Jianguo1, LI Hongmei2", "(1. College of Plant Protection, Southwest University, Chongqing",
          "400715, China; 2. College of Horticulture and Landscape Architecture,", "Southwest University, Chongqing 400715, China)"],
         ["ZHANG Jianguo1, LI Hongmei2", "(1. College of Plant Protection, Southwest University, Chongqing 400715, China; "
          "2. College of Horticulture and Landscape Architecture, Southwest University, Chongqing 400715, China)"]),
    ],
)
def test_english_words_broken_over_lines_go_on_with_a_space(lines, paragraphs):
    """An English name or phrase on its own line inside a Chinese sentence, or a wrapped English sentence, is
    one paragraph, a space where English meets English and none where it meets Chinese (the lines were
    paragraphs or a sub-heading each, or glued as withmy); a paper's English authors stay apart."""
    lead = "本报讯（记者 王琳琳）10月12日，智慧农业国际研讨会在重庆召开。"
    (item,) = lines_page(*CQ_HEAD, "中外专家共话智慧农业", "", lead, *lines).items
    assert item.paragraphs[1:] == paragraphs and item.subheadings == []


@pytest.mark.parametrize(
    ("lines", "flagged"),
    [
        (["关键词：柑橘黄龙病；柑橘木虱；发生规律", "中图分类号：S436.66 文献标识码：A 文章编号：1004-3268（2022）05-0078-06"], False),
        (["中图分类号：S436.66 文献标识码：A", "关键词：柑橘黄龙病；柑橘木虱；发生规律"], False),
        (["关键词：柑橘黄龙病；柑橘木虱；发生规律", "结果表明，病株率与木虱虫口密度呈显著正相关，果园发病较重"], True),  # a sentence cut
    ],
)
def test_a_papers_keyword_and_catalogue_lines_need_no_closing_stop(lines, flagged):
    """关键词：… over 中图分类号：… 文章编号：…: a paper's fields of codes and words, no sentence cut short (the
    catalogue line raised incomplete_paragraph, or the keyword line did over it)."""
    (item,) = page("川渝地区柑橘黄龙病发生规律研究", PAPER_CN[1], *lines).items
    assert ("incomplete_paragraph" in codes(item)) is flagged


@pytest.mark.parametrize(
    ("rows", "flagged"),
    [
        (["1.《成都地铁盾构隧道沉降控制技术》 作者：周涛（西南交通大学）",
          "2.《既有建筑抗震加固新材料应用》 作者：刘强（四川华西集团有限公司）"], False),
        (["一、周涛 西南交通大学土木工程学院教授", "二、刘强 四川华西集团有限公司总工程师"], False),
        # a numbered list of sentences: its last one cut short
        (["1.加强学会党建工作，推动学会党组织全覆盖。", "2.深化学术交流，今年将举办学术年会和青年论坛"], True),
        (["1.《成都地铁盾构隧道沉降控制技术》 作者：周涛（西南交通大学）",
          "3.《既有建筑抗震加固新材料应用》 作者：刘强（四川华西集团有限公司）"], True),  # a row lost between
        # a short sub-point, then a sentence cut mid-clause: the list's rows take stops, this one lost its rest
        (["1.强化组织保障", "2.搭建交流平台，先后组织专家深入各镇街开展"], True),
        (["1.实施科普惠民工程", "2.加强学会能力建设", "3.深化院士专家工作站建设，年内计划新建工作站5家，引进"], True),
    ],
)
def test_a_numbered_lists_last_row_needs_no_stop_where_its_rows_take_none(rows, flagged):
    """2.《…》 作者：刘强（四川华西集团有限公司） ending a post under 1.《…》 作者：周涛（西南交通大学）: the list's
    rows take no stop, so its last needs none (it raised incomplete_paragraph)."""
    (item,) = page("我会2024年度优秀论文评选结果揭晓",
                   "四川省土木建筑学会组织开展了年度优秀学术论文评选活动，现将一等奖论文名单公布如下：", *rows).items
    assert ("incomplete_paragraph" in codes(item)) is flagged


@pytest.mark.parametrize(
    "credit",
    ["（四川省妇幼保健院 儿科副主任医师 黄丽）", "（重庆市妇幼保健院 黄丽）", "（四川大学华西医院 主任医师 黄丽）"],
)
def test_a_closing_credit_of_a_hospitals_doctor_is_the_authors_byline(credit):
    """（四川省妇幼保健院 儿科副主任医师 黄丽）: the doctor who wrote it, of the 妇幼保健院 as of any 医院 (the
    whole parenthesis was the source, unit, post and name)."""
    (item,) = page("秋季腹泻高发 家长要注意这几点", "秋冬季节是轮状病毒感染的高发期，5岁以下婴幼儿最容易感染。", credit).items
    assert [(byline.role, byline.name) for byline in item.bylines] == [("author", "黄丽")] and item.source is None


@pytest.mark.parametrize("between", [[], ["审核专家：四川大学华西公共卫生学院 教授 李明"], ["科学性审核：李明", "监制：王芳"]])
def test_a_pieces_credit_block_over_its_source_leaves_the_source_the_pieces(between):
    """审核专家：… over 来源：科普中国 under a 辟谣 piece: one credit block closing it, the 来源 the piece's (the
    reviewer's line, dropped as furniture, closed the piece and the source went to the page alone)."""
    result = page(
        "喝隔夜茶会致癌？这些说法都不靠谱", "谣言：隔夜茶含有亚硝酸盐，喝了会致癌。", "真相：茶叶中亚硝酸盐含量极低，正常饮用不会致癌。",
        *between, "来源：科普中国", "成都市科协举办科普活动", "本报讯（记者 张悦）5月30日，成都市科协在天府广场举办主题科普活动。",
    )
    assert [item.source for item in result.items] == ["科普中国", None]


@pytest.mark.parametrize(
    ("lines", "parts"),
    [
        # an issuer's name over its notice's title without a subject: one title cut after the name
        (["重庆市机械工程学会", "2024年招聘秘书处工作人员启事"], ("", "重庆市机械工程学会2024年招聘秘书处工作人员启事", "")),
        (["德阳市科协", "关于举办科普讲解大赛的通知"], ("", "德阳市科协关于举办科普讲解大赛的通知", "")),
        # …not a body's name over a story's headline (no notice: not joined)
        (["万州区科协", "万州区农学会召开第四次会员代表大会"], ("", "万州区科协", "万州区农学会召开第四次会员代表大会")),
    ],
)
def test_an_issuers_name_over_its_notices_title_is_the_titles_subject(lines, parts):
    from articles.textpipeline.headline import headline_parts

    assert headline_parts(lines) == parts


def test_a_societys_name_over_its_notices_title_is_no_site():
    result = split_page(
        "重庆市机械工程学会\n2024年招聘秘书处工作人员启事\n"
        "重庆市机械工程学会业务主管单位为重庆市科学技术协会。因工作需要，现面向社会公开招聘秘书处工作人员1名。\n"
        "联系人：许老师，电话：023-63601588。\n重庆市机械工程学会\n2024年8月5日"
    )
    assert result.meta.site is None
    assert [item.title for item in result.items] == ["重庆市机械工程学会2024年招聘秘书处工作人员启事"]


RECRUIT_ROWS = ["技术推广 2 本科及以上 农学、园艺学 30周岁以下", "科普讲解 1 大专及以上 播音与主持 具有讲解工作经历"]


def test_a_pdf_tables_rows_one_space_apart_stay_rows_under_their_header():
    """岗位名称 招聘人数 … over rows of as many cells one space apart: each row a line of the notice, the header no
    sub-heading (the rows were joined into one paragraph, 30周岁以下科普讲解…, and flagged as cut off)."""
    header = "岗位名称 招聘人数 学历 专业 其他条件"
    (item,) = lines_page(
        "重庆市科技馆2024年公开招聘工作人员公告", "一、招聘岗位及条件", header, *RECRUIT_ROWS, "二、报名条件",
        "具有中华人民共和国国籍，遵守宪法和法律。",
    ).items
    assert item.paragraphs == [header, *RECRUIT_ROWS, "具有中华人民共和国国籍，遵守宪法和法律。"]
    assert item.subheadings == ["一、招聘岗位及条件", "二、报名条件"] and "incomplete_paragraph" not in codes(item)


COMMENDED_ROWS = ["王建国 李秀英 张卫东 刘海燕 陈志强 杨丽华 赵文斌 黄晓梅", "周明亮 吴桂芳 徐长青 孙丽娟 马俊杰 朱红梅 胡志刚 郭玉兰"]


def test_a_name_lists_rows_closing_a_commendation_are_no_subheading_nor_a_cut_paragraph():
    """A 表扬 decision's appended name list, its names one space apart and more a row than a byline holds: each row
    a line of the list (the first was a sub-heading) and the last no paragraph cut short (it was flagged)."""
    (item,) = lines_page(
        "南充市科协关于表扬2024年度科普工作先进个人的决定", "各县（市、区）科协：", "经研究，决定对王建国等16名同志予以表扬。",
        "南充市科学技术协会", "2025年2月10日", "附件", "2024年度科普工作先进个人名单", *COMMENDED_ROWS,
    ).items
    assert not set(COMMENDED_ROWS) & set(item.subheadings)
    assert item.paragraphs[-2:] == COMMENDED_ROWS and "incomplete_paragraph" not in codes(item)


NOMINEE_ROWS = ["1 重庆市科技馆 刘晓峰 重庆大学 长江上游水质监测方法研究", "2 重庆市化学化工学会 周佳怡 西南大学 新型锂电池电极材料制备"]


def test_a_gongshi_tables_numbered_rows_one_space_apart_are_no_subheadings():
    """序号 推荐单位 姓名 工作单位 项目名称 over rows led by their number, one space between the cells: the 公示's
    table, each row a line of the notice (header and rows were bold sub-headings)."""
    header = "序号 推荐单位 姓名 工作单位 项目名称"
    (item,) = lines_page(
        "关于2025年重庆市科协青年科技人才拟推荐人选的公示", "经单位推荐、专家评审，现将拟推荐人选予以公示。", header,
        *NOMINEE_ROWS, "公示期：2025年5月6日至5月12日。", "重庆市科学技术协会", "2025年5月6日",
    ).items
    assert item.subheadings == []
    assert item.paragraphs[:4] == ["经单位推荐、专家评审，现将拟推荐人选予以公示。", header, *NOMINEE_ROWS]


@pytest.mark.parametrize(
    ("line", "is_row"),
    [
        (RECRUIT_ROWS[0], True),  # cells one space apart, a bare count among them
        ("科普讲解 1 大专及以上 播音与主持", True),
        ("岗位名称 招聘人数 学历 专业 其他条件", False),  # a header alone: no count, read with the row under it
        ("聚焦科普 服务群众 助力发展 共建家园", False),  # a headline's phrases
        ("本 报 讯 （ 记 者 张 伟 ） 1 2 月 1 日", False),  # a line spread letter by letter
        ("© 2024 重庆市科协 版权所有", False),  # a copyright line
        ("展览策划 2 硕士研究生，科学技术史", False),  # a clause: prose, no row
        ("1 重庆市科技馆 刘晓峰 重庆大学 长江上游水质监测方法研究", True),  # led by its row number, four cells on
        ("1 聚焦科普 服务群众 助力发展", False),  # a numbered heading's spaced phrases: too few cells for a row
        ("王建国 李秀英 张卫东 刘海燕 陈志强 杨丽华 赵文斌 黄晓梅", True),  # more names than a byline holds: a list's row
        ("张亚飞 蓝倩 王琳琳", False),  # a bare line of names: a byline, no row
    ],
)
def test_a_row_of_cells_one_space_apart_is_told_from_spaced_words(line, is_row):
    from articles.textpipeline.shapes_lists import is_table_row

    assert is_table_row(line) is is_row


TABLE_LEAD = "本报讯（记者 刘芸）9月14日，省科协发布2025年度全省科普统计数据。"
TABLE_AFTER = "省科协有关负责人表示，将持续加大科普投入。"


@pytest.mark.parametrize(
    ("lines", "paragraphs"),
    [
        # an appended table's title over its cells, one a line: each cell kept (成都市14.82绵阳市… was one paragraph)
        (
            ["附：2025年度科普场馆数量前两位市（州）", "市（州）", "场馆数（个）", "宜宾市", "36", "泸州市", "29"],
            ["附：2025年度科普场馆数量前两位市（州）", "市（州）", "场馆数（个）", "宜宾市", "36", "泸州市", "29"],
        ),
        # (a 附： line the column cut in mid-sentence still goes on)
        (["附：2025年度全省科普经费筹集额达到32.6亿元，同比增", "长9.4%。"], ["附：2025年度全省科普经费筹集额达到32.6亿元，同比增长9.4%。"]),
        # a column of place names under the table's header: the story's cells (宜宾市 was a headline, 乐山市 its author)
        (["序号", "市（州）", "宜宾市", "泸州市", "乐山市"], ["序号", "市（州）", "宜宾市", "泸州市", "乐山市"]),
        # bare ranks under 排名: the table's column (they were dropped as page numbers)
        (["排名", "1", "2", "3"], ["排名", "1", "2", "3"]),
    ],
)
def test_a_table_copied_one_cell_a_line_stays_cells_of_its_story(lines, paragraphs):
    (item,) = lines_page(*SC_HEAD, "全省科普统计数据发布", TABLE_LEAD, *lines, TABLE_AFTER).items
    assert item.paragraphs == ["9月14日，省科协发布2025年度全省科普统计数据。", *paragraphs, TABLE_AFTER]
    assert [(byline.role, byline.name) for byline in item.bylines] == [("reporter", "刘芸")]


def test_a_page_number_between_two_paragraphs_is_still_furniture():
    """3 between prose: a PDF page's number, not a table's rank (over-reach guard)."""
    result = lines_page(*SC_HEAD, "全省科普统计数据发布", TABLE_LEAD, "3", TABLE_AFTER)
    assert "3" not in result.items[0].paragraphs


def test_a_pen_name_under_a_headline_still_signs_it():
    """晓风 under a headline over prose: its author (a place's name there, 乐山市, is none)."""
    (item,) = lines_page(*SC_HEAD, "山城的科普志愿者", "晓风", "每个周末，社区广场上都有一群穿红马甲的科普志愿者。").items
    assert [(byline.role, byline.name) for byline in item.bylines] == [("author", "晓风")]


@pytest.mark.parametrize(
    ("lines", "paragraphs"),
    [
        # a post's figure cards under its pointer: each figure and its label a line, the text after them its own
        (
            ["近日，《2025年全市科技工作者状况调查报告》发布。一起来看看这些数字👇", "28.5%", "全市科技工作者中青年科技人才占比",
             "1200余场", "全年开展院士专家科普报告，创历年新高", "报告指出，我市科技人才队伍持续壮大。"],
            ["近日，《2025年全市科技工作者状况调查报告》发布。一起来看看这些数字👇", "28.5%", "全市科技工作者中青年科技人才占比",
             "1200余场", "全年开展院士专家科普报告，创历年新高", "报告指出，我市科技人才队伍持续壮大。"],
        ),
        # (a sentence cut before its figure still goes on)
        (
            ["数据显示，全市科技工作者中青年科技人才的占比达到了", "28.5%，较上年提高1.2个百分点。"],
            ["数据显示，全市科技工作者中青年科技人才的占比达到了28.5%，较上年提高1.2个百分点。"],
        ),
    ],
)
def test_a_posts_figure_cards_are_not_joined_into_its_lead(lines, paragraphs):
    (item,) = page("2025年全市科技工作者状况调查报告出炉", *lines).items
    assert item.paragraphs == paragraphs and item.subheadings == []


@pytest.mark.parametrize(
    ("lines", "paragraphs"),
    [
        # an exhibit label's Latin name and period: lines of their own (hochuanensis晚侏罗世体长… was one)
        (["Mamenchisaurus hochuanensis", "晚侏罗世", "体长约22米，是我国最著名的蜥脚类恐龙之一。"],
         ["Mamenchisaurus hochuanensis", "晚侏罗世", "体长约22米，是我国最著名的蜥脚类恐龙之一。"]),
        # (a Latin name inside a Chinese sentence the column cut still goes on with it)
        (["德国马普学会固体化学研究所所长、著名化学家", "Martin Jansen", "介绍了该所在新材料领域的研究进展。"],
         ["德国马普学会固体化学研究所所长、著名化学家Martin Jansen介绍了该所在新材料领域的研究进展。"]),
    ],
)
def test_a_latin_names_line_is_not_glued_to_the_chinese_under_it(lines, paragraphs):
    (item,) = lines_page("重庆自然博物馆古生物展厅焕新开放", "本报讯 5月18日，重庆自然博物馆古生物展厅重新开放。", *lines).items
    assert item.paragraphs[1:] == paragraphs


SOCIETY_TABLE = ["类别          场次", "学术年会      42", "青年论坛      38"]


@pytest.mark.parametrize(
    ("under", "subheadings"),
    [
        ("数据来源：重庆市科协学会学术部", []),  # the table's note, no sub-heading (it headed what followed)
        ("单位：场", []),
        ("二季度工作安排", ["二季度工作安排"]),  # a heading under the table still heads what follows
    ],
)
def test_a_tables_note_under_its_rows_is_no_subheading(under, subheadings):
    lead = "本报讯（记者 黄若琳）4月20日，记者从市科协获悉，今年一季度全市市级学会共举办学术活动286场。"
    after = "市科协负责人介绍，二季度将继续支持学会开展学术交流。"
    (item,) = lines_page(*CQ_HEAD, "一季度全市学会学术活动稳中有进", lead, *SOCIETY_TABLE, under, after, "（渝科）").items
    assert item.subheadings == subheadings
    assert (under in item.paragraphs) is not subheadings


@pytest.mark.parametrize(
    ("between", "kept"),
    [
        # audio-guide numbers over their exhibits: kept with each name (they were dropped as page numbers)
        ((["A01", "合川马门溪龙"], ["A02", "巴山中国蛇颈龙"]), ["A01 合川马门溪龙", "A02 巴山中国蛇颈龙"]),
        # (one section page number over the next page's sub-heading is still the page's furniture)
        ((["A3", "合川马门溪龙"], ["巴山中国蛇颈龙"]), ["合川马门溪龙", "巴山中国蛇颈龙"]),
    ],
)
def test_audio_guide_numbers_over_exhibits_stay_with_them(between, kept):
    first, second = between
    (item,) = lines_page(
        "重庆自然博物馆古生物展厅焕新开放", "本报讯 5月18日，重庆自然博物馆古生物展厅重新开放，并上线语音导览。",
        *first, "体长约22米，是我国最著名的蜥脚类恐龙之一。", *second, "生活于早侏罗世，是一种海生爬行动物。",
    ).items
    assert item.subheadings == kept


EXPERTS = "德国亚琛工业大学教授陈志明介绍了欧洲海上风电发展趋势。东方电机技术中心副主任刘强表示，希望与海外专家开展深入合作。"
ZIGONG = "日前，四川省科协批复同意在自贡市新设立3家海智计划工作站。至此，自贡市海智计划工作站达到8家。"


@pytest.mark.parametrize(
    ("shared", "removed"),
    [
        (EXPERTS, True),  # a long paragraph of the story above, pasted into the next one: copy damage
        ("联系人：许老师，电话：023-63601588。", False),  # two notices may print one contact alike
        ("活动取得了良好效果。", False),  # a short sentence two stories may well both say
    ],
)
def test_a_paragraph_repeated_from_an_earlier_story_is_removed_from_the_later_one(shared, removed):
    """An earlier story's paragraph, word for word, inside the next story: removed from that story and
    recorded (it lent it the other story's bodies and keywords); the earlier story keeps it."""
    first, second = page(
        "德阳海智专家走进东方电机", "本报讯（记者 黄晓燕）11月8日，6名海外专家走进东方电机有限公司开展交流。", shared, "（德阳市科协）",
        "自贡海智工作站新增3家", "本报讯 " + ZIGONG, shared, "（自贡市科协 李娟）",
    ).items
    assert first.paragraphs[-1] == shared
    assert (second.paragraphs == [ZIGONG]) is removed
    assert ([r.removed for r in second.repairs if r.code == "duplicate_removed"] == [shared]) is removed


RECRUIT_HEADLINE = "重庆市机械工程学会2024年招聘秘书处工作人员启事"
RECRUIT_NOTICE = "因工作需要，重庆市机械工程学会现面向社会公开招聘秘书处工作人员1名。"


@pytest.mark.parametrize("repeat", [[RECRUIT_HEADLINE], ["重庆市机械工程学会", "2024年招聘秘书处工作人员启事"]])
def test_the_headline_printed_again_after_the_story_is_a_removed_repeat(repeat):
    """The story's headline again at the page's end (a running head, a title pasted twice): removed and
    recorded, no unfinished last paragraph and no empty story of its own."""
    (item,) = page(RECRUIT_HEADLINE, RECRUIT_NOTICE, "联系人：许老师，电话：023-63601588。", *repeat).items
    assert item.paragraphs == [RECRUIT_NOTICE, "联系人：许老师，电话：023-63601588。"]
    assert "duplicate_removed" in [r.code for r in item.repairs] and codes(item) == []


def test_a_line_that_only_opens_like_the_headline_stays_the_storys():
    """A last paragraph that starts with the headline's words but says more is the story's own text."""
    last = RECRUIT_HEADLINE + "已于8月5日发布。"
    (item,) = page(RECRUIT_HEADLINE, RECRUIT_NOTICE, last).items
    assert item.paragraphs[-1] == last


@pytest.mark.parametrize("marker", ["（本會訊）", "【本會訊】", "（本会讯）", "（本报讯）"])
def test_a_newsletters_own_news_marker_opens_each_story(marker):
    """本會訊 ("this association reports"), a newsletter's 本报讯, bracketed or not: the next headline over such
    a lead had become a sub-heading of the story before, the marker story text."""
    first, second = page(
        "澳門科技協進會與四川省科協簽署合作協議",
        f"{marker}2024年4月18日，澳門科技協進會與四川省科學技術協會在澳門簽署合作協議。",
        "張海峰表示，四川省科協願與澳門科技協進會攜手。",
        "川澳青少年科技創新大賽在成都舉行",
        f"{marker}4月27日至28日，首屆川澳青少年科技創新大賽在成都市高新區舉行。",
    ).items
    assert (first.dateline, second.dateline, second.title) == (marker, marker, "川澳青少年科技創新大賽在成都舉行")
    assert (first.paragraphs[0][:5], second.paragraphs[0][:5]) == ("2024年", "4月27日")


@pytest.mark.parametrize(
    "text",
    ["（本会议）4月27日，大会在成都举行。", "（本会）4月27日，大会在成都举行。", "本会讯息：4月27日，大会在成都举行。"],
)
def test_brackets_naming_no_dateline_are_no_lead(text):
    from articles.textpipeline.credits_datelines import parse_lead

    assert parse_lead(text) is None


def test_a_taiwanese_papers_byline_with_where_it_was_filed_opens_the_lead():
    """（記者 林佳慧／台北報導）: the reporter, then after a slash where the story was filed (it stayed in the body,
    the reporter lost)."""
    (item,) = page("兩岸大學生科學營走進四川都江堰", "（記者 林佳慧／台北報導）7月15日至21日，海峽兩岸大學生科學營在四川舉行。").items
    assert [(b.role, b.name) for b in item.bylines] == [("reporter", "林佳慧")]
    assert item.paragraphs == ["7月15日至21日，海峽兩岸大學生科學營在四川舉行。"]
    (item,) = page("兩岸大學生科學營走進四川都江堰", "（記者手記／台北報導）營隊成員實地考察了都江堰。").items
    assert not item.bylines  # 記者手記 names no reporter


@pytest.mark.parametrize(
    ("credit", "source"),
    [
        ("圖／中華科技交流協會提供", "中華科技交流協會"),  # a Taiwanese paper's photo credit: it stayed in the body
        ("本會秘書處 供稿", "本會秘書處"),  # 本會, a newsletter's own association: it stayed in the body
        ("本会秘书处 供稿", "本会秘书处"),
    ],
)
def test_a_body_credited_for_the_story_or_its_pictures_is_no_story_text(credit, source):
    (item,) = page("川澳青少年科技大賽在成都舉行", "4月27日至28日，首屆川澳青少年科技大賽在成都市高新區舉行。", credit).items
    assert (item.paragraphs, item.credit_lines) == (["4月27日至28日，首屆川澳青少年科技大賽在成都市高新區舉行。"], [credit])
    assert item.source == (source if "供稿" in credit else None)


@pytest.mark.parametrize("line", ["本會秘書處負責供稿", "圖／中華科技交流協會提供資料"])
def test_a_line_naming_no_supplier_alone_stays_story_text(line):
    (item,) = page("川澳青少年科技大賽在成都舉行", "4月27日，大賽在成都舉行。", line).items
    assert (item.paragraphs[-1], item.credit_lines) == (line, [])


SCIENCE_TITLE = "江津区科技成果转化步伐加快"
SCIENCE_SUBTITLE = "前三季度全区专利授权量同比增长18.3%"
SCIENCE_LEAD = "本报讯（记者 刘洋）记者10月8日从江津区科协获悉，前三季度全区专利授权量达到2300件，同比增长18.3%。"


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        # the headline block (title over subtitle) pasted again under the story: a repeat, not a sub-heading
        ([SCIENCE_TITLE, SCIENCE_SUBTITLE], []),
        # a sub-section under a line that only reads like the title: the story's own text
        ([SCIENCE_TITLE, "下一步，江津区科协将继续推动科技成果在本地落地转化。"],
         [SCIENCE_TITLE, "下一步，江津区科协将继续推动科技成果在本地落地转化。"]),
    ],
)
def test_the_headline_block_printed_again_under_the_story_is_a_removed_repeat(tail, kept):
    """Title and subtitle again after the lead (a PDF copy that grabbed the headline twice): removed and
    recorded, not published as a sub-heading over an unfinished paragraph."""
    (item,) = page(SCIENCE_TITLE, SCIENCE_SUBTITLE, SCIENCE_LEAD, *tail).items
    assert [block.text for block in item.blocks][1:] == kept
    assert ("duplicate_removed" in [r.code for r in item.repairs]) is not kept
    if not kept:
        assert codes(item) == []


def test_an_agendas_rows_stay_one_a_line_and_its_last_row_raises_no_doubt():
    """08:30-09:00 开幕式 … over 09:00-09:40 主旨报告一 … over … 17:30 闭幕: each row a paragraph (every row
    after the first was glued into one, and the schedule's unstopped last row flagged as cut short)."""
    rows = [
        "09:00-09:40 专题报告一 山地城市交通治理 报告人:陈雨 市交通规划研究院副院长",
        "09:40-10:20 专题报告二 桥梁健康监测技术 报告人:周敏 重庆交通大学教授",
        "10:20-10:35 茶歇",
        "17:00 闭幕",
    ]
    text = "\n".join(["重庆市公路学会2024年学术年会", "会议议程", "", "2024年11月9日(星期六)",
                     "08:30-09:00 开幕式 主持人:何军(重庆市公路学会秘书长)", *rows])
    (item,) = split_page(text).items
    assert [paragraph.replace("：", ":") for paragraph in item.paragraphs[1:]] == rows
    assert "incomplete_paragraph" not in codes(item)


def test_a_numbered_lists_unstopped_last_item_is_not_glued_to_the_sentence_under_it():
    """1、…：川渝地区居民营养状况调查 over 2、…：临床营养支持的规范化路径 over 会议同期举办了…: the list prints
    its items without a stop, so the last one is whole (it was joined to the sentence as a break's halves)."""
    items = ["1、西南大学食品科学学院教授李梅:山地特色农产品营养评价", "2、重庆医科大学附属儿童医院营养科主任王芳:儿童营养不良的早期干预"]
    after = "会议同期举办了临床营养、公共营养2个分会场。"
    (item,) = page("重庆市营养学会2024年学术年会召开", "10月12日,重庆市营养学会2024年学术年会在万州区召开。", "大会特邀报告",
                   "\n".join(items), after).items
    assert [paragraph.replace("：", ":") for paragraph in item.paragraphs[-3:]] == [*items, after]


def test_a_numbered_lists_item_a_break_cut_is_still_joined_when_its_items_end_with_stops():
    """1、…。 over 2、…全年共接待 over 观众300余万人次，…。: the list's items end with a stop, so the second, left
    without one, was cut by the break and goes on."""
    first = "1、完善科普工作机制，全市建成科普基地120个，新增科普示范社区35个。"
    cut = "2、加强科普阵地建设，推动全市科技馆、科普教育基地免费开放，全年共接待"
    rest = "观众300余万人次，同比增长12%。"
    (item,) = page("市科协总结2024年科普工作", "本报讯（记者 蓝倩）" + LONG, first, cut, rest).items
    assert item.paragraphs[-2:] == [first, cut + rest]
