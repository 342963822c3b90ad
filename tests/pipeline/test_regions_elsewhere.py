"""The cheap pre-test in front of the long regex of ``regions_elsewhere`` lets through every text it matches."""

import re

import pytest

from articles.textpipeline.regions_elsewhere import MAY_NAME_ELSEWHERE, NOT_WHERE_IT_HAPPENS

# One text for each kind of place no story happens in (a birthplace, the address to write to, …).
EXAMPLES = [
    "1982年11月生，四川南充人，现任区科协主席。",
    "籍贯：四川南充",
    "他出生于四川省成都市，现任教授。",
    "2012年我从广东打工回来，办起了合作社。",
    "她放弃了留在成都的机会。",
    "通信地址：重庆市渝北区金开大道",
    "RSC已与北京、上海、广东等地科协建立合作关系。",
    "地址：重庆市渝中区人民路\n联系人：王明",
    "联系电话：023-12345678\n地址：重庆市渝中区人民路",
    "地址：重庆市渝中区人民路 联系人：王明",
    "“接种效果最好。”\n\n——成都市第三人民医院主任医师 黄静",
    "接种效果最好。（宜宾市科协科普部部长 周林）",
    "展厅内的马门溪龙1957年发现于合川太和镇。",
    "这种恐龙因最早产于重庆永川而得名。",
    "菊石化石\n出处：安徽宣城",
]


def top_level_alternatives(pattern: str) -> list[str]:
    """``pattern`` cut at each ``|`` outside brackets and character classes."""
    parts, depth, in_class, start, at = [], 0, False, 0, 0
    while at < len(pattern):
        ch = pattern[at]
        if ch == "\\":
            at += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[at + 1 : at + 2] == "]":  # a class opening with ] holds it
                at += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:at])
            start = at + 1
        at += 1
    return [*parts, pattern[start:]]


ALTERNATIVES = top_level_alternatives(NOT_WHERE_IT_HAPPENS.pattern)


def test_the_alternatives_are_cut_where_the_regex_branches():
    assert len(ALTERNATIVES) == len(re._parser.parse(NOT_WHERE_IT_HAPPENS.pattern)[0][1][1])


@pytest.mark.parametrize("alternative", ALTERNATIVES)
def test_every_alternative_has_an_example_the_pre_test_lets_through(alternative):
    """A new alternative needs an example above; its example fails here until ``MAY_NAME_ELSEWHERE``
    holds what the alternative needs (the pre-test and the regex are kept in step by hand)."""
    matched = [text for text in EXAMPLES if re.search(alternative, text, re.MULTILINE)]
    assert matched, f"no example for {alternative!r}"
    for text in matched:
        assert MAY_NAME_ELSEWHERE.search(text), text


def test_a_story_with_none_of_it_skips_the_long_regex():
    text = "3月26日，区科协组织专家到潼南区开展科普活动，群众踊跃参加。"
    assert not MAY_NAME_ELSEWHERE.search(text) and not NOT_WHERE_IT_HAPPENS.search(text)
