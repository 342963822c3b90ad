"""The shapes of turns in spoken and Q&A pieces: an interview's 问：, 答：, 记者：, a reader's question to a
Q&A column (安岳县读者王先生问：…) and the same reader asking again, a 辟谣 piece's claim and verdict
(谣言一：…, 真相：…), a turn led by the speaker's name (周红：…), and the formula a speech or a letter
ends with (谢谢大家！).

A turn opens a paragraph of its own even when it is as short as a headline, so the headline tests ask
these first.
"""

from __future__ import annotations

import re

# An interview's turns: 问：…, 答：…, 记者：…, Q：… (who speaks, then a colon); an explainer numbers its
# questions and answers: 问1：…, 答1：…, Q1：…; a talk or round-table gives its parts' roles: 主持人：…,
# 嘉宾：…, 网友：…, 专家：…
_SPEAKER = re.compile(r"^(?:(?:问|答|Q|A)\s*[0-9一二三四五六七八九十]{0,2}|记者|主持人|嘉宾|网友|专家)\s*[：:]")


def opens_a_turn(text: str) -> bool:
    """问：…, 答：…, 问1：…, 记者：…, 主持人：…, 安岳县读者王先生问：…: a turn of an interview, a talk or a
    Q&A column, which no break cut from the line before."""
    return (text[:1] in "问答QA记主嘉网专" and bool(_SPEAKER.match(text))) or asks_as_reader(text)


# A speaker's role alone on its line over what they say, as subtitle and script tools export a broadcast's
# transcript: 主持人, 记者, 嘉宾 …
_SPEAKER_ROLE = frozenset({"主持人", "主播", "记者", "嘉宾", "观众", "网友", "问", "答"})


def is_speaker_role(text: str) -> bool:
    """主持人, 嘉宾, 网友 alone on a line: who speaks next in a transcript."""
    return text in _SPEAKER_ROLE


# 《重庆科技工作者口述实录》: a book's or a film's title, which names no transcript of this story's
_WORK_TITLE = re.compile(r"《[^《》]*》")


def says_it_is_a_transcript(text: str) -> bool:
    """以下为访谈实录, 节目实录, 直播文字实录: a lead announcing the turns of a talk that follow (实录 in a
    work's title, 《…口述实录》出版, announces none)."""
    return "实录" in text and "实录" in _WORK_TITLE.sub("", text)


# 专家：…, 网友：…: who is quoted, the common form of a health piece's headline (专家：秋冬进补莫盲目)
_QUOTED_VOICE = re.compile(r"^(?:专家|网友)\s*[：:]")


def quotes_a_voice(text: str) -> bool:
    """专家：秋冬进补莫盲目, 网友：科普文章要通俗易懂: a headline or sub-heading quoting who says it, when
    printed without a stop; a talk's turn under those roles is a sentence, punctuated."""
    return bool(_QUOTED_VOICE.match(text))


# 科普问答, 健康问答, 问答·营养, 专家答疑: the label of a Q&A column, printed over its turns
_QA_COLUMN_LABEL = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:问答|答疑|释疑)(?:[·・|｜][\u4e00-\u9fff]{1,6})?$")
# 1. 问：…, 2、问：…: a column's questions numbered
_TURN_NUMBER = re.compile(r"^[0-9０-９]{1,2}\s*[.．、]\s*")


def is_qa_column_label(text: str) -> bool:
    """科普问答, 问答·营养: a Q&A column's label, the title of the turns printed under it."""
    return bool(_QA_COLUMN_LABEL.match(text))


def opens_a_numbered_turn(text: str) -> bool:
    """问：…, or 1. 问：… (a column numbering its questions): a turn of a Q&A column."""
    return opens_a_turn(_TURN_NUMBER.sub("", text, count=1))


# 安岳县读者王先生问：…, 网友“小张”问：…, 荣昌区养殖户李先生问：…: a reader's question a Q&A column answers
_READER_QUESTION = re.compile(
    r"^[\u4e00-\u9fff]{0,12}?(?:读者|网友|市民|村民|居民|农户|农民|果农|菜农|茶农|养殖户|种植户|听众|患者)"
    r"[\u4e00-\u9fff“”\"]{0,8}问\s*[：:]"
)


def asks_as_reader(text: str) -> bool:
    """安岳县读者王先生问：我家柠檬树叶片发黄…: a reader's question, which opens a Q&A column's piece."""
    return "问" in text[:24] and bool(_READER_QUESTION.match(text))


# 荣昌区读者李女士又问：…: the same reader asking on (又问, 再问, 还问, 接着问)
_ASKS_AGAIN = re.compile(r"(?:又|再|还|接着|继续)问\s*[：:]")


def asks_again(question: str, first_question: str) -> bool:
    """荣昌区读者李女士又问：… (or the same reader's name over 问：) under 荣昌区读者李女士问：…: the reader's
    follow-up question, in the same piece, not the next reader's."""
    asker = question[: question.find("问")]
    match = _ASKS_AGAIN.search(question[: len(asker) + 3])
    return match is not None or asker == first_question[: first_question.find("问")]


# 谣言一：…, 网传：…, 误区二：… and 真相：…, 专家解读：…: a 辟谣 piece's claims and its verdicts on them
_DEBUNK_LABEL = re.compile(
    r"^(?:谣言|传言|网传|误区|真相|辟谣|(?:专家|科学)?解读|专家提醒)[一二三四五六七八九十0-9]{0,2}\s*[：:]"
)


def opens_a_debunk_part(text: str) -> bool:
    """谣言一：隔夜菜会致癌, 真相：…: a claim or its verdict, each a paragraph of its own (a claim is printed
    without a stop, so no break cut the verdict from it)."""
    return bool(_DEBUNK_LABEL.match(text))


# 周红：…, 周红（重医附属儿童医院医生）：…: a turn led by the speaker's name (its surname is checked by the caller)
_NAMED_SPEAKER = re.compile(r"^([\u4e00-\u9fff]{2,3})(?:[（(][^（）()]{1,30}[）)])?\s*[：:]\s*\S")


def named_speaker(text: str) -> str | None:
    """The name a turn opens with (周红 of 周红：主要是…), else None."""
    match = _NAMED_SPEAKER.match(text)
    return match.group(1) if match else None


_CLOSING_FORMULA = re.compile(r"^(?:谢谢大家|谢谢各位|谢谢|感谢大家|此致敬礼|此致)[！!。]?$")


def is_closing_formula(text: str) -> bool:
    """谢谢大家！, 此致敬礼: the formula a speech or a letter ends with."""
    return bool(_CLOSING_FORMULA.match(text))
