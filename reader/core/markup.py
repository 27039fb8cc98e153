"""HTML and Markdown to plain blocks: (text, is_heading) pairs in reading order.

HTML goes through trafilatura, which keeps the article's main text and drops navigation,
comments and footers; it hands back Markdown, so both formats end in the same walk over
markdown-it tokens. Inline markup (emphasis, links, code) keeps only its text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import reduce
from typing import Final

from markdown_it import MarkdownIt
from markdown_it.token import Token

from reader.core.imports import locked_import

_SENTENCE: Final = re.compile(r"\S.{8,}[。！？；，.!?;,]|[。！？]")
_BODY: Final = re.compile(r"<body[\s>]", re.I)
_CJK: Final = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")


def _join_lines(left: str, right: str) -> str:
    """A soft line break inside a paragraph: nothing between Chinese, a space between words."""
    if not left or not right or (_CJK.match(left[-1]) and _CJK.match(right[0])):
        return left + right
    return left + " " + right


def _inline_text(token: Token) -> str:
    """The text of an inline token: markup dropped, soft breaks joined the CJK way."""
    lines = [""]
    for child in token.children or []:
        if child.type in {"text", "code_inline"}:
            lines[-1] += child.content
        elif child.type == "softbreak":
            lines.append("")
        elif child.type == "hardbreak":
            lines[-1] += "\n"
    text = reduce(_join_lines, lines)
    # CommonMark does not close ** after a Chinese full stop before a Han character
    # (…不可能。**主要理由): the pairs it left as text are bold markers, not the article's
    return text.replace("**", "") if text.count("**") % 2 == 0 else text


_FRONT_MATTER: Final = re.compile(r"\A(---|\+\+\+)[ \t]*\n(.*?)\n\1[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_TITLE: Final = re.compile(r"^title\s*[:=]\s*(.+?)\s*$", re.MULTILINE)


def front_matter(markdown: str) -> tuple[str | None, str]:
    """(its title, the rest) of a document that opens with YAML `---` or TOML `+++` front
    matter; (None, the document) for one that does not. The block is metadata, not text."""
    match = _FRONT_MATTER.match(markdown)
    if match is None:
        return None, markdown
    title = _FRONT_TITLE.search(match.group(2))
    value = title.group(1).strip("'\"") if title else None
    return value or None, markdown[match.end() :]


def _table_text(rows: list[list[str]]) -> str:
    """A table as lines of cells padded to their column's width in terminal cells (a Han
    character is two), two spaces apart: it reads as a table, not as pipes."""
    widths: dict[int, int] = {}
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths.get(i, 0), _cells(cell))
    return "\n".join(
        "  ".join(cell + " " * (widths[i] - _cells(cell)) for i, cell in enumerate(row)).rstrip()
        for row in rows
    )


def _cells(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def markdown_to_blocks(markdown: str) -> list[tuple[str, bool]]:
    """Paragraph-level blocks of a Markdown document; headings flagged. Front matter is left
    out, its title used as the headline when the document has no heading of its own."""
    title, markdown = front_matter(markdown)
    blocks: list[tuple[str, bool]] = []
    tokens = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(markdown)
    in_heading = False
    rows: list[list[str]] | None = None  # inside a table: its rows of cells
    for token in tokens:
        if token.type == "heading_open":
            in_heading = True
        elif token.type == "heading_close":
            in_heading = False
        elif token.type == "table_open":
            rows = []
        elif token.type == "table_close" and rows is not None:
            blocks.append((_table_text(rows), False))
            rows = None
        elif token.type == "tr_open" and rows is not None:
            rows.append([])
        elif token.type == "inline" and rows is not None:
            rows[-1].append(_inline_text(token))
        elif token.type == "inline":
            blocks.append((_inline_text(token), in_heading))
        elif token.type in {"fence", "code_block"}:
            blocks.append((token.content.rstrip("\n"), False))
    if title and not any(heading for _, heading in blocks):
        blocks.insert(0, (title, True))
    return blocks


# what a page's <title> adds to the headline: its section and site (… | 生活 | 三立新聞網,
# …│TVBS新聞網, …--上報, … - 科技)
_TITLE_PARTS: Final = re.compile(
    r"\s*(?:[|｜│]|--|\s[-–—]\s)\s*|-(?=[\u4e00-\u9fff]{2,8}(?:网|網|报|報|社)$)"  # …-新华网
)


def _headline(title: str) -> str:
    """A page's title without the site and section names after its headline: the longest
    part, where every other part is a short name."""
    parts = [part for part in _TITLE_PARTS.split(title) if part]
    if len(parts) < 2:
        return title
    longest = max(parts, key=len)
    return longest if all(len(p) <= 20 for p in parts if p is not longest) else title


# a comment, an element whose text keeps its lines (pre, textarea) or is no text (script,
# style), or a tag: what the line breaks between text pieces are read around, never inside
_NOT_TEXT: Final = re.compile(
    r"<!--.*?-->|<(pre|textarea|script|style)\b.*?</\1\s*>|<[^>]*>", re.S | re.I
)
_LINE_BREAK: Final = re.compile(r"[ \t\r]*\n\s*")
_INLINE: Final = re.compile(r"</?(?:a|b|strong|em|i|u|span|font|sup|sub|small|mark|q)\b", re.I)


def _between_inline(pieces: list[str], k: int) -> bool:
    """Whether white space piece `k` stands between two inline tags (</a>\n<strong>), inside a
    line of text; between blocks it is left alone (trafilatura reads a page whose blocks are
    run together without it as one block)."""
    return 0 < k < len(pieces) - 1 and all(_INLINE.match(pieces[j]) for j in (k - 1, k + 1))


def _joined_lines(html: str) -> str:
    """`html` with the line breaks inside its text read as a browser reads them (CSS Text's
    segment breaks): nothing between two Chinese characters, a space elsewhere. Pretty-printed
    pages break a paragraph before and after every link (自从\n<a>欧盟法院…</a>\n，短短…), and
    trafilatura keeps such breaks, which then read as short lines: headings, or paragraphs."""
    pieces: list[str] = []
    at = 0
    for tag in _NOT_TEXT.finditer(html):
        pieces += [html[at : tag.start()], tag.group()]
        at = tag.end()
    pieces.append(html[at:])  # text at even indexes, tags at odd ones
    after = [""] * len(pieces)  # the first visible character after each piece
    following = ""
    for k in range(len(pieces) - 1, -1, -1):
        after[k] = following
        if k % 2 == 0 and pieces[k].strip():
            following = pieces[k].lstrip()[0]
    before = ""
    for k in range(0, len(pieces), 2):
        text = pieces[k]
        if "\n" in text and (text.strip() or _between_inline(pieces, k)):
            parts = _LINE_BREAK.split(text)
            joined = [parts[0]]
            for part in parts[1:]:
                left = joined[-1].rstrip()[-1:] or before
                right = part.lstrip()[:1] or after[k]
                cjk = bool(_CJK.match(left)) and bool(_CJK.match(right))
                joined.append(("" if cjk else " ") + part)
            text = pieces[k] = "".join(joined)
        if text.strip():
            before = text.rstrip()[-1]
    return "".join(pieces)


def _extracted(html: str, *, favor_recall: bool) -> list[tuple[str, bool]]:
    """trafilatura's markdown of the page's article, as blocks."""
    markdown = locked_import("trafilatura").extract(
        html,
        output_format="markdown",
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        favor_recall=favor_recall,
    )
    return markdown_to_blocks(markdown or "")


def _letters(blocks: list[tuple[str, bool]]) -> str:
    """The blocks' text without its spacing, to compare two readings of one page."""
    return "".join("".join(text.split()) for text, _ in blocks)


def _main_text(html: str) -> list[tuple[str, bool]]:
    """trafilatura's reading of the page's article, or nothing where it found only menus."""
    blocks = _extracted(html, favor_recall=False)
    if not any(_SENTENCE.search(text) for text, heading in blocks if not heading):
        return []  # trafilatura falls back to menus and link lists when a page has no article
    if not any(heading for _, heading in blocks):
        # On a short page trafilatura's precise reading drops the headings (<h2>工期</h2> is
        # lost, text and all) or runs them into one paragraph with the rest; its recall
        # reading keeps them. Take that one only where it adds nothing but headings, so no
        # menu or footer comes in with them.
        recalled = _extracted(html, favor_recall=True)
        if any(heading for _, heading in recalled) and _letters(blocks) in (
            _letters(recalled),
            _letters([b for b in recalled if not b[1]]),
        ):
            blocks = recalled
    return blocks


def html_to_blocks(html: str) -> list[tuple[str, bool]]:
    """The main text of a web page as blocks, its title first."""
    html = _joined_lines(html)
    blocks = _main_text(html)
    if not blocks and not _BODY.search(html):
        # A fragment (an article's HTML saved alone, a feed's body: <section>…</section>) gives
        # trafilatura nothing where a browser shows the text; read it as a browser does, inside
        # a body. Only as a second try: on whole pages without <body> the first reading is better.
        blocks = _main_text(f"<html><body>{html}</body></html>")
    if not blocks:
        return []
    metadata = locked_import("trafilatura").extract_metadata(html)
    title = _headline((metadata.title or "").strip()) if metadata else ""
    if title and not blocks[0][1]:
        blocks.insert(0, (title, True))
    return blocks
