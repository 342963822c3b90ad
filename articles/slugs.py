"""URL slugs for Chinese names: pinyin with correct readings (重庆 → chong-qing)."""

from django.utils.text import slugify
from pypinyin import Style
from pypinyin.converter import DefaultConverter
from pypinyin.core import Pinyin

_CONVERTED_LIMIT = 50_000  # words remembered at most (a few MB), then forgotten all at once


class _RememberingConverter(DefaultConverter):
    """pypinyin's converter, remembering each word's syllables and each toned syllable's plain form.

    A word's reading depends on the word alone (pypinyin looks it up whole, else character by
    character), and words recur from title to title (科协, 重庆, 科普): remembering them makes
    slugs about twice as fast; restyling a syllable (chóng → chong) depends on the syllable
    alone, and about 1,400 of them recur.
    """

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._styled: dict[tuple, str] = {}
        self._converted: dict[tuple, list] = {}

    def convert(self, words, style, heteronym, errors, strict, **kwargs):
        key = (words, style, heteronym, errors, strict)
        converted = self._converted.get(key)
        if converted is None:
            if len(self._converted) >= _CONVERTED_LIMIT:
                self._converted.clear()
            converted = super().convert(words, style, heteronym, errors, strict, **kwargs)
            self._converted[key] = converted
        return list(converted)  # callers may extend the list they get, never the syllable lists in it

    def convert_style(self, han, orig_pinyin, style, strict, **kwargs):
        key = (orig_pinyin, style, strict)
        styled = self._styled.get(key)
        if styled is None:
            styled = self._styled[key] = super().convert_style(han, orig_pinyin, style, strict, **kwargs)
        return styled


_PINYIN = Pinyin(_RememberingConverter())


def _as_written(chars: str) -> list[str]:
    return [chars]


def pinyin_slug(text: str, *, max_length: int = 80) -> str:
    """A lowercase ASCII slug of the text's pinyin, cut at a word boundary."""
    # a run of letters or digits stays one word: 5G网络 → 5g-wang-luo
    syllables = _PINYIN.lazy_pinyin(text or "", style=Style.NORMAL, errors=_as_written)
    slug = slugify("-".join(syllables))
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug or "item"


def unique_slug(base: str, taken) -> str:
    """``base``, or ``base-2``, ``base-3``… whichever ``taken(slug)`` says is free."""
    slug, number = base, 2
    while taken(slug):
        slug = f"{base}-{number}"
        number += 1
    return slug
