"""The article body as editors see it in one text box, and its blocks.

Blocks are separated by a blank line. A sub-heading is written ``## 小标题``;
a sidebar (“数”说成绩 and its figures) has every line prefixed ``> ``. Anything
else is a paragraph. Pure Python, shared by the importer, admin and templates.
"""

from articles.textpipeline.model import PARAGRAPH, SIDEBAR, SUBHEADING, Block

SUBHEADING_MARK = "## "
SIDEBAR_MARK = "> "


def blocks_to_text(blocks: list[Block]) -> str:
    chunks = []
    for block in blocks:
        if block.kind == SUBHEADING:
            chunks.append(SUBHEADING_MARK + block.text.strip())
        elif block.kind == SIDEBAR:
            chunks.append("\n".join(SIDEBAR_MARK + line for line in block.text.strip().splitlines()))
        else:
            chunks.append(block.text.strip())
    return "\n\n".join(chunk for chunk in chunks if chunk.strip())


def text_to_blocks(text: str) -> list[Block]:
    blocks = []
    normalized = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    for chunk in normalized.split("\n\n"):
        chunk = chunk.strip()
        if not chunk:
            continue
        lines = chunk.splitlines()
        if chunk.startswith(SUBHEADING_MARK.strip()) and len(lines) == 1:
            blocks.append(Block(SUBHEADING, chunk.lstrip("#").strip()))
        elif all(line.startswith(SIDEBAR_MARK.strip()) for line in lines):
            blocks.append(Block(SIDEBAR, "\n".join(line[1:].strip() for line in lines)))
        else:
            blocks.append(Block(PARAGRAPH, chunk))
    return blocks


def plain_text(text: str) -> str:
    """The body without markup, blocks separated by a blank line (for export and search)."""
    return "\n\n".join(block.text for block in text_to_blocks(text))
