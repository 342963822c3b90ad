"""URL slugs for Chinese names: pinyin with correct readings (重庆 → chong-qing)."""

from django.utils.text import slugify
from pypinyin import Style, lazy_pinyin


def pinyin_slug(text: str, *, max_length: int = 80) -> str:
    """A lowercase ASCII slug of the text's pinyin, cut at a word boundary."""
    syllables = lazy_pinyin(text or "", style=Style.NORMAL, errors=lambda chars: list(chars))
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
