"""Give a traditional-character page's texts back as printed after splitting its simplified fold.

The splitter's rules read simplified Chinese (本报讯, 图片, 简讯, 通知 …). A page printed in
traditional characters (本報訊, 圖片, 簡訊) is split as its fold (``lines.fold_page``: one
character for one, so every offset holds), and every text the split produced is then given back
in the characters the page printed: a verbatim piece by its place in the page, anything else
(a joined paragraph, a mark the width repair changed) character by character along the page.
"""

from __future__ import annotations

import dataclasses
import re

from .model import Item, PageMeta, Remainder

_QUOTED = re.compile("“([^“”]*)”")


class Printed:
    """Maps texts of the folded page back to the printed page."""

    def __init__(self, printed: str, folded: str):
        self.printed, self.folded = printed, folded
        sources: dict[str, set[str]] = {}
        for was, now in zip(printed, folded, strict=True):
            if was != now:
                sources.setdefault(now, set()).add(was)
        self.targets = frozenset(sources)  # characters the fold produced
        # 发 from both 發 and 髮, or 台 printed as itself beside 臺: the place decides, not the character
        self.ambiguous = frozenset(now for now, was in sources.items() if len(was) > 1 or now in printed)
        self.single = {now: next(iter(was)) for now, was in sources.items() if now not in self.ambiguous}

    def text(self, text: str | None, start: int = 0, end: int | None = None) -> str | None:
        """``text`` as printed; ``start``/``end`` bound where on the page it came from."""
        if not text or not self.targets.intersection(text):
            return text
        end = len(self.folded) if end is None else end
        found = self.folded.find(text, start, end)
        if found < 0:
            found = self.folded.find(text)
        if found >= 0:
            return self.printed[found : found + len(text)]
        if not self.ambiguous.intersection(text):
            return "".join(self.single.get(char, char) for char in text)
        return self._along_the_page(text, start, end)

    def line(self, text: str | None) -> str | None:
        """A page metadata line as printed: where it stands as a whole line, else as ``text`` does."""
        if not text or not self.targets.intersection(text):
            return text
        whole = re.search(rf"(?m)^[ \t\u3000]*({re.escape(text)})[ \t\u3000]*$", self.folded)
        if whole:
            return self.printed[whole.start(1) : whole.end(1)]
        return self.text(text)

    def quoted(self, message: str) -> str:
        """A message in the editors' simplified Chinese, its “quoted” page text as printed."""
        if "“" not in message:
            return message
        return _QUOTED.sub(lambda match: "“" + self.text(match.group(1)) + "”", message)

    def _along_the_page(self, text: str, start: int, end: int) -> str:
        """The text piece by piece from where each piece was read, in order: the longest piece found
        verbatim after the previous one (a joined paragraph, a repaired mark breaks the verbatim run)."""
        out = []
        position, index = start, 0
        while index < len(text):
            for size in (32, 16, 8, 4, 2, 1):
                piece = text[index : index + size]
                found = self.folded.find(piece, position, end)
                if size < 4 and found > position + _NEAR:
                    found = -1  # ，内 beside a repaired mark is read right here, not where the page prints ，內
                if found >= 0:
                    break
            else:  # nothing read here (标 / 志着 joined across a line is read on at the next line first)
                for size in (32, 16, 8, 4):  # a paragraph moved back (a stray one returned): before, or elsewhere
                    piece = text[index : index + size]
                    found = self.folded.find(piece, start, end)
                    found = self.folded.find(piece) if found < 0 else found
                    if found >= 0:
                        break
            if found < 0:  # a character the repairs changed (1 for １): not on the page as such
                out.append(self.single.get(text[index], text[index]))
                index += 1
                continue
            out.append(self.printed[found : found + len(piece)])
            position, index = found + len(piece), index + len(piece)
        return "".join(out)


_NEAR = 2  # page characters a short piece may lie past the last one: the mark a repair replaced


def _in_credit_line(story: Printed, text: str | None, lines: list[str], start: int, end: int) -> str | None:
    """``text`` as the credit line it was read from prints it: a traditional brief's attribution added in
    simplified (（德阳市科协） under 德陽市科協 in the body) keeps its own characters."""
    if not text or not story.targets.intersection(text):
        return None
    for line in lines:
        at = line.find(text)
        printed = story.text(line, start, end) if at >= 0 else None
        if printed is not None and len(printed) == len(line):
            return printed[at : at + len(text)]
    return None


def give_back(page: str, read: str, folded: str, items: list[Item], meta: PageMeta, remainders: list[Remainder]):
    """Every text of the split, in the page's characters: story texts as the width repair leaves
    them (``read``: full-width digits already ASCII), records of lines as printed (``page``).
    Returns the remainders given back; items and meta are changed in place."""
    story, record = Printed(read, folded), Printed(page, folded)
    for item in items:
        start, end = item.span
        for name in ("kicker", "title", "subtitle"):
            setattr(item, name, story.text(getattr(item, name), start, end))
        for name in ("source", "dateline"):  # read off a credit line: as that line prints it, not the body
            value = getattr(item, name)
            setattr(item, name, _in_credit_line(story, value, item.credit_lines, start, end) or story.text(value, start, end))
        item.credit_lines = [record.text(line, start, end) for line in item.credit_lines]
        item.blocks = [dataclasses.replace(b, text=story.text(b.text, start, end)) for b in item.blocks]
        item.captions = [
            dataclasses.replace(c, text=story.text(c.text, start, end), photographer=story.text(c.photographer, start, end))
            for c in item.captions
        ]
        item.bylines = [dataclasses.replace(b, name=story.text(b.name, start, end)) for b in item.bylines]
        item.flags = [
            dataclasses.replace(f, message=story.quoted(f.message), excerpt=story.text(f.excerpt, start, end))
            for f in item.flags
        ]
        item.repairs = [
            dataclasses.replace(r, detail=story.quoted(r.detail), removed=record.text(r.removed, start, end))
            for r in item.repairs
        ]
    meta.site, meta.source, meta.original_url = map(record.text, (meta.site, meta.source, meta.original_url))
    for name in ("banners", "boilerplate", "co_organizers", "source_lines"):
        setattr(meta, name, [record.line(line) for line in getattr(meta, name)])
    return [
        Remainder(
            record.text(r.text, *r.span),
            r.span,
            dataclasses.replace(r.flag, message=story.quoted(r.flag.message), excerpt=record.text(r.flag.excerpt, *r.span)),
        )
        for r in remainders
    ]
