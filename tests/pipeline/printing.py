"""Print a page into a newspaper column, as a PDF copy gives it back (shared by the damage tests)."""

import re

from articles.textpipeline.unwrap_widths import display_width

_SENTENCE_ENDS = "。！？…”.!?"


def wrap(text: str, cells: int, *, blank_between: bool = True, indent: str = "", set_apart: int = 0) -> str:
    """Print ``text`` into a column ``cells`` wide, as a PDF copy gives it back: one line per printed line.

    With ``indent``, a paragraph's first line starts with it (两格缩进), inside the column's width.
    Lines narrower than ``set_apart`` cells that end no sentence are set in their own width and stay
    whole: headlines, bylines and a page's furniture span the columns in print; the stories' text,
    short paragraphs too, is set in the column.
    """
    blocks = []
    for paragraph in (p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()):
        printed = []
        for line in paragraph.split("\n"):
            prose = bool(set_apart) and line.strip()[-1:] in _SENTENCE_ENDS
            if display_width(line.strip()) < set_apart and not prose:
                printed.append(line.strip())
                continue
            current = indent if prose or display_width(line) > cells else ""
            for char in line.strip():
                if display_width(current + char) > cells:
                    printed.append(current)
                    current = char
                else:
                    current += char
            printed.append(current)
        blocks.append("\n".join(printed))
    return ("\n\n" if blank_between else "\n").join(blocks)
