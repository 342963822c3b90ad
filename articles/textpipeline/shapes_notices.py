"""The shapes of a notice's or an official document's lines: its number (渝科协发〔2024〕5号), its
title by its kind (…的答复, …管理办法), its salutation (各区县科协：), its attachment (附件1), and its
signature: the issuing bodies (重庆市科学技术协会, co-signers on one line) over a bare date.

A notice prints as its own text what elsewhere is page furniture, so ``assemble_notices`` asks these
to keep such lines in it. (A title that names a notice's kind, 征稿启事 or 更正, heads a piece of its
own: it is a headline's shape, in ``shapes_headlines``.)
"""

from __future__ import annotations

import re

from .dates import CN_DATE_TEXT
from .shapes import INNER_STOPS, visible_length
from .shapes_headlines import is_heading_like
from .shapes_lists import opens_with_label

# 第0236号, 渝科协发〔2024〕5号, 2024年第2号: a document's number (a 建议's, a 通知's, a 公告's), printed
# under its title or, from a 红头文件, over it
_DOCUMENT_NUMBER = re.compile(
    r"^(?:(?:\d{4}\s*年\s*)?第\s*[0-9０-９]{1,6}\s*号|\S{0,10}[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d{1,4}\s*号)$"
)


def is_document_number(text: str) -> bool:
    """第0236号, 渝科协发〔2024〕5号, 2024年第2号: the number a document is filed under, no source or byline."""
    return bool(_DOCUMENT_NUMBER.match(text.strip()))


_SALUTATION = re.compile(r"^[\u4e00-\u9fff、]{2,12}[：:]$|^各[\u4e00-\u9fff、]{0,6}[（(][\u4e00-\u9fff]{1,3}[）)][\u4e00-\u9fff、]{2,16}[：:]$")


# 关于…的建议的答复, …的通知: a document's title by its kind, at its end
_DOCUMENT_TITLE = re.compile(r"(?:通知|通报|决定|答复|意见|批复|复函|公告|建议|请示|倡议书|邀请函)$")


# …纪要, …管理办法, …实施意见: a document named by its kind (an official one, not a story)
_DOCUMENT_KIND = re.compile(
    r"(?:通知|通报|决定|答复|意见|批复|复函|公告|建议|请示|倡议书|邀请函|纪要|简报|办法|方案|要点|细则|规定|规则|条例|章程|规划)$"
)


def names_a_document(text: str) -> bool:
    """重庆市科协常委会第十五次会议纪要, 科普基地认定管理办法: a title naming a document by its kind, at its end."""
    return bool(_DOCUMENT_KIND.search(text))


def numbers_the_document(title: str, text: str) -> bool:
    """川科协发〔2024〕37号 right under a title naming the document (…的通知): the number it is filed under, the
    first line of its text, no 副题 (over the title it is the 引题, headline.py)."""
    return is_document_number(text) and names_a_document(title)


def is_document_title(text: str) -> bool:
    """关于加强基层科普阵地建设的建议的答复: a document's title, which a salutation (刘建平代表：) follows."""
    return len(text) <= 60 and bool(_DOCUMENT_TITLE.search(text)) and is_heading_like(text)


# 人事任免, 干部任免, 任前公示: a personnel notice by its kind, printed under its own title and closed by its own
# attribution; 经…研究决定： or 现予以公示 opens its text
_PERSONNEL_NOTICE = re.compile(r"(?:人事任免|干部任免|任免通知|任前公示|任职公示|任职前公示)$")
_DECIDED = re.compile(r"^经.{2,40}?(?:研究决定|决定|同意)|现予以公示|现予公示|公示如下")


def is_personnel_notice(title: str, opening: str) -> bool:
    """人事任免 over 经中共四川省委组织部同意，省科协党组研究决定：: a notice of appointments of its own, whose
    short title is no sub-heading of the story printed above it."""
    return len(title) <= 20 and bool(_PERSONNEL_NOTICE.search(title)) and bool(_DECIDED.search(opening))


# 特此更正。, 声明作废。, 特此公告。: the formula a notice's text ends with
_NOTICE_CLOSE = re.compile(r"(?:特此(?:更正|声明|公告|通知|告知|讣告|致歉|说明|启事)|声明作废|予以作废)[。！!]?$")


def closes_a_notice(text: str) -> bool:
    """…，特此更正。, …遗失公章一枚，声明作废。: a notice's last sentence, after which it has nothing more to
    say (its issuer and date may sign it)."""
    return bool(_NOTICE_CLOSE.search(text.strip()))


def is_salutation(text: str) -> bool:
    """编辑同志：, 各区县科协：, 各市（州）科协、省级学会：: a letter's or notice's opening line, addressed to its
    readers."""
    return bool(_SALUTATION.match(text))


# 附件, 附件2, 附件：2023年度先进集体名单: the head of a document's attachment, or the line naming it
_ATTACHMENT = re.compile(r"^附件\s*[0-9０-９一二三四五六七八九十]{0,2}\s*(?:[：:]\s*\S.{0,60})?$")


def is_attachment_line(text: str) -> bool:
    """附件, 附件1, 附件：…名单: a notice's or a decision's attachment, named or headed (never a headline)."""
    return bool(_ATTACHMENT.match(text))


def is_bare_attachment_head(text: str) -> bool:
    """附件, 附件2: the head printed over an attachment's own title, after the document's signature."""
    return is_attachment_line(text) and not re.search(r"[：:]", text)


def is_full_date(text: str) -> bool:
    """2021年6月18日 and nothing else."""
    return bool(_BARE_DATE.match(text.strip()))


def is_date_alone(text: str) -> bool:
    """2021年6月18日, or a month alone (2024年4月): a date and nothing else, what a document prints under its
    title; no name of a source."""
    return is_full_date(text) or bool(_MONTH_ALONE.match(text.strip()))


def adoption_date(text: str) -> str | None:
    """2022年9月22日 of （2022年9月22日四川省科学技术协会第九次代表大会通过）: the day a meeting adopted the
    document whose title it is printed under (or elected the officers a …名单 lists: …大会选举产生), else None."""
    match = _ADOPTION_NOTE.match(text.strip())
    return match.group(1) if match else None


_BARE_DATE = re.compile(rf"^(?:\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|{CN_DATE_TEXT})$")
_MONTH_ALONE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月$")
_ADOPTION_NOTE = re.compile(rf"^(\d{{4}}年\d{{1,2}}月\d{{1,2}}日|{CN_DATE_TEXT})[^（）()。]{{2,40}}?(?:审议通过|通过|批准|选举产生)$")
_ISSUER_TAILS = (
    "科协", "科学技术协会", "协会", "学会", "研究会", "联合会", "委员会", "组委会", "常委会", "人民政府", "办公室", "办公厅",
    "局", "委", "中心", "报社", "杂志社", "编辑部", "总队", "支队", "大队", "服务队",
    "学院", "大学", "研究院", "研究所", "医院", "公司",  # co-signers of a 倡议书 beside the 科协
    "科技馆", "博物馆",  # a 科协's own unit signing its recruitment notice (重庆科技馆)
    "党组", "党委",  # the party group leading a 科协, issuing its 工作要点 (中共重庆市江津区科学技术协会党组)
    "专家工作站", "院士工作站", "科研工作站",  # …and the 院士专家工作站, 博士后科研工作站 it runs (招聘 notices)
    "治丧小组", "治丧工作小组",  # the mourners signing a 讣告 (刘光荣同志治丧小组; a 治丧委员会 ends 委员会)
)
# a province's departments co-signing with its 科协 (四川省科学技术厅, 省教育厅), by their official names
# and usual short forms (a bare 厅 would take 学术报告厅 and 展厅)
_DEPARTMENT_TAILS = (
    "科学技术厅", "科技厅", "教育厅", "财政厅", "民政厅", "司法厅", "公安厅", "审计厅", "商务厅", "水利厅",
    "农业农村厅", "自然资源厅", "生态环境厅", "交通运输厅", "应急管理厅", "文化和旅游厅", "文旅厅",
    "人力资源和社会保障厅", "人社厅", "住房和城乡建设厅", "住建厅", "经济和信息化厅", "经信厅", "卫生健康厅",
)
# …named from its province, as it signs (两地专家齐聚四川省科技厅 is a 副题 that ends in one)
_PROVINCE_OPENING = re.compile(r"^(?:[\u4e00-\u9fff]{2,3}省|[\u4e00-\u9fff]{2,5}自治区|省)")
# a 科协's department signing for it: 重庆市科协科普部, 四川省科协学会学术部, 市科协组织人事部, and an office
# named 处 (四川省科协青少年科技教育处, 科协计划财务处) (not its people: 科协干部, nor a party branch inside
# it: 科协机关党支部; nor 处 the place or the act: 到处, 此处, 查处)
_KEXIE_DEPARTMENT = re.compile(
    r"(?:科协|科学技术协会)(?:[\u4e00-\u9fff]{0,5}[^\W干支]部|[\u4e00-\u9fff]{0,7}[^\W到此之各好住去出用难益长短深远何相共惩查判论]处)$"
)


# What a 副题 tells a body did (选举产生新一届委员会, 全力打造西部职教中心, 与北碚区签约共建产业研究院),
# or whom a headline's visitors went to (香港科技大学代表团访问四川省科协, 市领导调研永川区科协):
# words no body's name holds, though the line ends like one
_TELLS_AN_ACT = re.compile(
    r"^[与和同为在把将—-]|选举|产生|打造|签约|共建|建成|全力|加快|助力|开展|举办|召开|揭牌|启动|落户|入选|获评|荣获|授牌|新一届"
    r"|访问|调研|考察|走进|到访|慰问|座谈|会见|拜访"
    r"|探访|参观"  # ——记者探访市科技馆: a visit to the body, not the body
    r"|新建|新增|获批|\d+\s*家"  # 荣昌区新建3家院士专家工作站: bodies set up, counted, a story's headline
)


def is_issuer(text: str) -> bool:
    """重庆市科学技术协会, 四川科技报社, 重庆市科技志愿服务总队: a body's name alone, as a notice is signed
    (选举产生新一届委员会 under a headline is its 副题; 名　称：绵阳市科学技术协会 is a field, a body its value)."""
    return (
        visible_length(text) <= 30
        and not INNER_STOPS.search(text)
        and (
            text.endswith(_ISSUER_TAILS)
            or bool(_KEXIE_DEPARTMENT.search(text))
            or (text.endswith(_DEPARTMENT_TAILS) and bool(_PROVINCE_OPENING.match(text)))
        )
        and not _TELLS_AN_ACT.search(text)
        and not opens_with_label(text)
    )


# 倡议单位：…, 联合发起单位：…: the label a proposal's or a call's signature line may open with
_SIGNING_LABEL = re.compile(r"^(?:联合)?(?:倡议|发起|主办|发布|印发)(?:单位|方)\s*[：:]\s*")


def signing_bodies(text: str) -> list[str]:
    """The bodies a signature line names, in print order: 重庆市科学技术协会; 重庆市科学技术协会　　重庆市教育
    委员会 (co-signers spaced on one line); 倡议单位：德阳市科学技术协会　德阳市科技志愿服务总队. None: []."""
    rest = _SIGNING_LABEL.sub("", text.strip(), count=1)
    bodies = rest.split()
    return bodies if bodies and all(is_issuer(body) for body in bodies) else []


# …联合发布, …出品: what the bodies of a line under a headline did (they issued the piece)
_ISSUED = re.compile(r"\s*(?:联合|共同)?(?:发布|出品|推出|制作|供稿)$")


def issuers_under_headline(text: str) -> list[str]:
    """重庆市科协 国网重庆市电力公司, 四川省科协 四川省卫生健康委员会 联合发布: the bodies a line under a
    headline names as the piece's issuers (no 副题: a 副题 says more of the story); else []."""
    return signing_bodies(_ISSUED.sub("", text.strip()))


def signs_with_date(issuer: str, date_line: str) -> bool:
    """重庆市科学技术协会 over 2022年8月20日: a notice's signature, kept in its text (not the page's date)."""
    return bool(_BARE_DATE.match(date_line.strip())) and bool(signing_bodies(issuer))


_TRAILING_DATE = re.compile(rf"\s+(\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|{CN_DATE_TEXT})$")


def signed_on_one_line(text: str) -> tuple[str, str] | None:
    """南充市科学技术协会 2024年3月10日: a notice's signature, its issuers and date flattened onto one line (a
    web or WeChat copy loses the right alignment that set them one under the other), as (issuers, date);
    else None. A post's head (四川科协 2024-03-25) prints its date by digits and dashes, no 年月日."""
    match = _TRAILING_DATE.search(text.strip())
    if match is None:
        return None
    issuers = text.strip()[: match.start()]
    return (issuers, match.group(1)) if signing_bodies(issuers) else None


# 关于印发《四川省科协2024年科普工作要点》的通知, 转发《…》的通知: a notice issuing or passing on a document it names
_ISSUES_A_DOCUMENT = re.compile(r"(?:印发|转发|发布|颁发)\s*《([^《》]{4,60})》")


def enclosed_title(notice_title: str) -> str | None:
    """四川省科协2024年科普工作要点 of 关于印发《四川省科协2024年科普工作要点》的通知: the title of the document the
    notice issues, printed over that document's text after the notice's (its enclosure); else None."""
    match = _ISSUES_A_DOCUMENT.search(notice_title)
    return match.group(1).strip() if match else None


def heads_the_enclosure(text: str, notice_title: str) -> bool:
    """2024年度德阳市自然科学优秀学术论文评选申报指南 alone on its line, under a notice titled 关于印发《…申报指南》
    的通知: the title of the document it issues, whose text follows (no repeat of the notice's words)."""
    title = enclosed_title(notice_title)
    return title is not None and text.strip().strip("《》").replace(" ", "") == title.replace(" ", "")
