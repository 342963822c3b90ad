"""How wide a printed line is, how far in it starts, and whether it reaches the column's edge.

Widths are counted in display cells (a Chinese character is two, an ASCII character one); an indent
of two cells (　　 or two spaces) opens a paragraph. Shared by both ways of unwrapping a page
(unwrap.py by its column width, unwrap_indent.py by its indents).
"""

from __future__ import annotations

from .lines import Line

MIN_WIDTH = 16  # cells: shorter lines are headlines, names, credits
SLACK = 2  # a line ending in a half-width character, or one cell short of the margin


def display_width(text: str) -> int:
    """Cells the text takes: ASCII one, everything else two.

    Chinese type sets its ambiguous-width marks (“ ” — · …) a full em wide, so treating every
    non-ASCII character as wide measures a Chinese column better than East Asian Width does.
    """
    return 2 * len(text) - len(text.encode("ascii", "ignore"))


def _indent_width(text: str, line: Line) -> int:
    """Cells of whitespace the line is printed in by (a tab counts four)."""
    indent = text[text.rfind("\n", 0, line.start) + 1 : line.start]
    return display_width(indent.replace("\t", "    ")) if indent else 0


def printed_width(text: str, line: Line) -> int:
    """The line's width as printed, its indent included (a paragraph's first line starts two cells in)."""
    return display_width(text[line.start : line.end]) + _indent_width(text, line)


def indented_lines(text: str, lines: list[Line]) -> list[bool]:
    """Which lines are printed two cells in (　　 or two spaces): a paragraph's first line."""
    return [_indent_width(text, line) >= 2 for line in lines]


def indents_paragraphs(lines: list[Line], indented: list[bool]) -> bool:
    """The page starts its paragraphs two cells in (MIN_INDENTED prose lines show it)."""
    return (
        sum(1 for line, flag in zip(lines, indented, strict=True) if flag and len(line.text) >= 10)
        >= MIN_INDENTED
    )


def at_the_edge(line: str, line_width: int, width: int) -> bool:
    """The line ends at the column's edge: neither short of it nor set wider than the column (a
    headline across the columns), but for a comma or stop hung past the edge (标点悬挂)."""
    return width - SLACK <= line_width <= width or (width < line_width <= width + SLACK and line[-1] in _HUNG)


_HUNG = frozenset("，。、,.")


MIN_INDENTED = 2  # indented prose lines that show a page starts its paragraphs two cells in
