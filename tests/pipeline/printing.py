"""Print a page into a newspaper column, as a PDF copy gives it back (shared by the damage tests)."""

import re

from articles.textpipeline.unwrap import display_width


def wrap(text: str, cells: int, *, blank_between: bool = True, indent: str = "", set_apart: int = 0) -> str:
    """Print ``text`` into a column ``cells`` wide, as a PDF copy gives it back: one line per printed line.

    With ``indent``, a paragraph's first line starts with it (两格缩进), inside the column's width.
    Lines narrower than ``set_apart`` cells are set in their own width and stay whole: headlines,
    bylines and a page's furniture span the columns in print, only the stories' text is cut.
    """
    blocks = []
    for paragraph in (p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()):
        printed = []
        for line in paragraph.split("\n"):
            if display_width(line.strip()) < set_apart:
                printed.append(line.strip())
                continue
            current = indent if display_width(line) > cells else ""
            for char in line.strip():
                if display_width(current + char) > cells:
                    printed.append(current)
                    current = char
                else:
                    current += char
            printed.append(current)
        blocks.append("\n".join(printed))
    return ("\n\n" if blank_between else "\n").join(blocks)
