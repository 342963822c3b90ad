"""Template filters for the public pages: search highlighting and Chinese dates."""

from django import template

from articles.services import highlight as highlighting

register = template.Library()


@register.filter
def highlight(text, tokens):
    """``{{ article.title|highlight:search_tokens }}`` — escaped text with matches in <mark>."""
    return highlighting.highlight(str(text or ""), tokens or [])


@register.filter
def excerpt(text, tokens):
    """A short highlighted passage around the first match, for result lists."""
    return highlighting.excerpt(str(text or ""), tokens or [])


@register.filter
def cn_date(value):
    """2020年4月2日 (no leading zeros, as Chinese papers print dates)."""
    if not value:
        return ""
    return f"{value.year}年{value.month}月{value.day}日"
