"""Repeats a copy left across a page's stories, which no one story shows by itself.

* ``remove_repeats_of_other_stories``: a long paragraph printed word for word in an earlier story of the
  page, landing in a later one (a pasted multi-story page), is that story's copy damage: it is removed from
  the later story and recorded, so it does not lend that story another's text, bodies and keywords;
* ``drop_repeated_headline``: the story's own headline printed again under its text (a PDF's running head,
  a title pasted twice) is removed and recorded, no unfinished last paragraph;
* ``drop_repeated_headline_items``: the same repeat set on lines of its own after the story, read as an
  empty story of its own, is folded back into the story it repeats.
"""

from __future__ import annotations

from .model import PARAGRAPH, SUBHEADING, Item, Repair
from .pagemeta_boxes import is_contact_line
from .repair import paragraph_key
from .shapes import ends_sentence
from .shapes_lists import is_field_line, is_table_row

_MIN_REPEAT = 30  # characters: a paragraph long enough that two stories would not print it word for word


def remove_repeats_of_other_stories(item: Item, earlier: dict[str, Item]) -> None:
    """Drop the paragraphs of ``item`` that an earlier story of the page printed word for word (``earlier``
    maps each earlier paragraph's key to its story), when the item keeps more text of its own
    than it repeats (a story printed twice whole, or a second version of it, is split.py's to compare),
    then add the item's own paragraphs to ``earlier``."""
    keys = [paragraph_key(block.text) if block.kind == PARAGRAPH else "" for block in item.blocks]
    repeated = [
        at
        for at, (block, key) in enumerate(zip(item.blocks, keys, strict=True))
        if key in earlier and _headline_key(earlier[key]) != _headline_key(item) and _may_not_repeat(block.text, key)
    ]
    own = sum(1 for key in keys if key and key not in earlier)
    if repeated and own >= len(repeated):
        for at in repeated:
            text = item.blocks[at].text
            item.repairs.append(
                Repair("duplicate_removed", f"删除与稿件“{earlier[keys[at]].title[:16]}”重复的段落：“{text[:16]}…”", text)
            )
        item.blocks = [block for at, block in enumerate(item.blocks) if at not in set(repeated)]
        keys = [key for at, key in enumerate(keys) if at not in set(repeated)]
    for key in keys:
        if key:
            earlier.setdefault(key, item)


def _may_not_repeat(text: str, key: str) -> bool:
    """Prose long enough to be one story's own: not a notice's contact or field, nor a table's row, which
    two stories may print alike."""
    return (
        len(key) >= _MIN_REPEAT
        and ends_sentence(text)
        and not (is_contact_line(text) or is_field_line(text) or is_table_row(text))
    )


def _headline_key(item: Item) -> str:
    return paragraph_key(item.kicker + item.title + item.subtitle)


def drop_repeated_headline(item: Item) -> None:
    """The item's last paragraph, or its last two, reads as its headline again: a repeat, removed. The
    repeated title may have been read as a sub-heading over the repeated subtitle: it is no less a repeat."""
    if not item.title:
        return
    headlines = _headlines_printed(item)
    for count in (1, 2):
        tail = item.blocks[-count:]
        if len(item.blocks) <= count or any(block.kind not in (PARAGRAPH, SUBHEADING) for block in tail):
            return
        printed = "\n".join(block.text for block in tail)
        if paragraph_key(printed) in headlines:
            item.blocks = item.blocks[:-count]
            item.repairs.append(Repair("duplicate_removed", f"删除正文后重复的标题：“{_shown(printed)}”", printed))
            return


def _shown(printed: str) -> str:
    return " ".join(printed.split())[:20]


def _headlines_printed(item: Item) -> set[str]:
    """How the item's headline may be printed again: whole, its title alone, or under the body that issued it
    (重庆市机械工程学会 / 2024年招聘…启事, the issuer set apart from the headline as the item's source)."""
    keys = {_headline_key(item), paragraph_key(item.title)}
    if item.source:
        keys.add(paragraph_key(item.source) + _headline_key(item))
    return keys


def drop_repeated_headline_items(items: list[Item]) -> list[Item]:
    """An item with a headline and nothing else that repeats the headline of the story right before it (its
    first line perhaps read as that story's last, unfinished line) is that story's headline printed again
    after it: folded back into it as a removed repeat."""
    kept: list[Item] = []
    for item in items:
        previous = kept[-1] if kept else None
        if previous is None or not item.title or item.blocks or item.captions:
            kept.append(item)
            continue
        printed = "\n".join(text for text in (item.kicker, item.title, item.subtitle) if text)
        headlines = _headlines_printed(previous)
        last = previous.blocks[-1] if len(previous.blocks) > 1 else None
        first_line_above = bool(
            last is not None
            and last.kind == PARAGRAPH
            and not ends_sentence(last.text)
            and paragraph_key(last.text) + _headline_key(item) in headlines
        )
        if _headline_key(item) not in headlines and not first_line_above:
            kept.append(item)
            continue
        if first_line_above:  # 重庆市机械工程学会 / 2024年招聘…启事: the repeat's first line ended the story
            previous.blocks = previous.blocks[:-1]
            printed = last.text + "\n" + printed
        previous.repairs.append(Repair("duplicate_removed", f"删除正文后重复的标题：“{_shown(printed)}”", printed))
        previous.span = (previous.span[0], max(previous.span[1], item.span[1]))
    return kept
