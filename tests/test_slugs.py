"""Pinyin slugs: correct readings in context, the remembered restyling changes nothing, cut at a syllable."""

import pytest
from pypinyin import Style, lazy_pinyin

from articles.slugs import pinyin_slug, unique_slug


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("重庆市科协", "chong-qing-shi-ke-xie"),
        ("重要讲话", "zhong-yao-jiang-hua"),  # 重 read in its phrase
        ("银行行长", "yin-hang-hang-zhang"),
        ("5G网络", "5g-wang-luo"),
        ("四川省科協", "si-chuan-sheng-ke-xie"),  # traditional characters read as their simplified twins
        ("", "item"),
        ("！？", "item"),
    ],
)
def test_pinyin_slug(text, slug):
    assert pinyin_slug(text) == slug


def test_remembered_syllables_give_pypinyins_own_readings():
    """Twice over the same titles (the second time from memory): always what pypinyin itself says."""
    titles = ["重庆市科协召开全委会", "银行行长谈科技金融", "长寿区长期坚持科普", "重要的事说三遍", "乐山音乐节"] * 2
    for title in titles:
        expected = "-".join(lazy_pinyin(title, style=Style.NORMAL))
        assert pinyin_slug(title, max_length=200) == expected


def test_remembered_words_are_bounded_and_forgotten_without_changing_a_reading(monkeypatch):
    """The words' memory is cleared when full; the readings after that are pypinyin's own again."""
    from articles import slugs

    monkeypatch.setattr(slugs, "_CONVERTED_LIMIT", 3)
    converter = slugs._PINYIN._converter
    monkeypatch.setattr(converter, "_converted", {})  # not what the tests before left
    titles = ["重庆市科协召开全委会", "银行行长谈科技金融", "长寿区长期坚持科普", "乐山音乐节"] * 2
    for title in titles:
        assert pinyin_slug(title, max_length=200) == "-".join(lazy_pinyin(title, style=Style.NORMAL))
        assert len(converter._converted) <= 3


def test_long_slug_is_cut_between_syllables():
    slug = pinyin_slug("成渝地区双城经济圈建设科技创新中心", max_length=30)
    assert len(slug) <= 30 and not slug.endswith("-")
    assert "-".join(lazy_pinyin("成渝地区双城经济圈建设科技创新中心")).startswith(slug + "-")


def test_unique_slug_counts_up():
    taken = {"ke-xie", "ke-xie-2"}
    assert unique_slug("ke-xie", taken.__contains__) == "ke-xie-3"
