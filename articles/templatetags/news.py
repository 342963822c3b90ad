"""Template filters for the public pages: search highlighting, Chinese dates, safe links."""

import re

from django import template

from articles.services import highlight as highlighting

register = template.Library()

WEB_ADDRESS = re.compile(r"https?://", re.IGNORECASE)


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


@register.filter
def web_address(url):
    """The address if it is a web page's (http:// or https://), else "": a stored javascript: or data:
    address, which autoescaping leaves as it is, never becomes a link."""
    url = str(url or "")
    return url if WEB_ADDRESS.match(url) else ""
