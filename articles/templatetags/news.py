"""Template filters for the public pages: search highlighting, Chinese dates, safe links."""

import re

from django import template

from articles.services import highlight as highlighting

register = template.Library()

WEB_ADDRESS = re.compile(r"https?://", re.IGNORECASE)
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
LATIN_LETTER = re.compile(r"[A-Za-z]")
CARD_BYLINES = 6  # names on a search card; the story's page lists them all


@register.filter
def highlight(text, tokens):
    """``{{ article.title|highlight:search_tokens }}`` — escaped text with matches in <mark>."""
    return highlighting.highlight(str(text or ""), tokens or [])


@register.filter
def excerpt(text, tokens):
    """A short highlighted passage around the first match, for result lists."""
    return highlighting.excerpt(str(text or ""), tokens or [])


@register.simple_tag
def card_credits(bylines, tokens, limit=CARD_BYLINES):
    """A search card's bylines: one ``(role, names)`` group per role, in the order the roles first
    appear and the names in printed order, at most ``limit`` names, those the query matched always
    among them; ``total`` for "等 N 人" when some are left out."""
    bylines = list(bylines)
    matched = [byline for byline in bylines if highlighting.match_spans(byline.name, tokens or [])]
    shown = {id(byline) for byline in matched[:limit]}
    for byline in bylines:
        if len(shown) >= limit:
            break
        shown.add(id(byline))
    groups: dict[str, list[str]] = {}
    for byline in bylines:
        if id(byline) in shown:
            groups.setdefault(byline.get_role_display(), []).append(byline.name)
    return {"groups": list(groups.items()), "total": len(bylines) if len(bylines) > len(shown) else 0}


@register.filter
def is_english(text) -> bool:
    """A paragraph of Latin prose (an abstract, an affiliation): Latin letters outnumber the Han
    characters four to one, so it is set ragged-right without the Chinese first-line indent."""
    text = str(text or "")
    return len(LATIN_LETTER.findall(text)) > 4 * len(HAN.findall(text))


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
