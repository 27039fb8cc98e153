"""Bytes, a path or stdin in; sanitised article text (and its declared headings) out.

Chinese news arrives in many encodings (GB18030/GBK, Big5, UTF-16 from Windows tools) and as
HTML or Markdown. This module turns any of them into one plain text: paragraphs on their own
lines, headings on theirs, so the rest of the analysis sees one format.
"""

from __future__ import annotations

import codecs
import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO, Final

from reader.core.assets import asset
from reader.core.sanitize import sanitize

BUNDLED_NAME: Final = "guangshen-digital-economy.txt"
BUNDLED: Final = "bundled"
# The encodings Chinese news actually comes in; asking charset-normalizer about these only
# keeps it from reading GBK as some Latin code page.
_CANDIDATES: Final = ["utf_8", "gb18030", "big5", "big5hkscs", "utf_16", "cp1252"]
_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class SourceError(Exception):
    """An article that cannot be opened; the message is one line for the user."""


DEFAULT_LIMIT_MB: Final = 64
"""The largest article read, in MB (BAYREADER_MAX_MB changes it): well above any real article
(a long report is a few hundred KB), and it keeps /dev/zero or a runaway pipe from filling
memory. Checked while reading, so an endless source stops at the limit."""


def size_limit() -> int:
    """The article size limit in bytes."""
    import os

    try:
        megabytes = float(os.environ.get("BAYREADER_MAX_MB", DEFAULT_LIMIT_MB))
    except ValueError:
        megabytes = DEFAULT_LIMIT_MB
    return max(1, int(megabytes * 1024 * 1024))


def _read_limited(stream: BinaryIO) -> bytes:
    limit, size = size_limit(), 0
    chunks: list[bytes] = []
    while size <= limit:
        chunk = stream.read(min(1 << 20, limit + 1 - size))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
    raise SourceError(
        f"larger than the {limit / 1024 / 1024:g} MB limit for an article"
        " (BAYREADER_MAX_MB raises it)"
    )


def shown_path(path: str) -> str:
    """A path as it may be shown (errors, title bar, toasts, vocab): escapes and control
    characters removed as from article text, a line break shown as a space."""
    return sanitize(path).replace("\n", " ")


@dataclass(frozen=True, slots=True)
class Document:
    """An opened article: sanitised text plus what its format said about structure."""

    text: str
    source: str
    headings: frozenset[int] = frozenset()
    """Start offsets of lines the format marks as headings (Markdown `#`, HTML `<h2>`)."""
    notes: tuple[str, ...] = ()
    """What reading the file had to mend, for the user to be told (invalid bytes replaced)."""


def decode(data: bytes, notes: list[str] | None = None) -> str:
    """Decode article bytes, detecting the encoding; raise SourceError if it is not text.
    What had to be mended is added to `notes`."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise SourceError(f"not valid {encoding} text after its byte-order mark") from error
    if data.count(b"\x00") > max(8, len(data) // 1000):  # a stray NUL is removed, many mean binary
        raise SourceError("binary file (it contains NUL bytes), not an article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        # A file cut inside its last character: keep the rest, mark the loss with U+FFFD. Only
        # when the text before it is UTF-8 with multi-byte characters, or Latin-1 files whose
        # last byte is é would be misread.
        if error.reason == "unexpected end of data" and not data[: error.start].isascii():
            return data.decode("utf-8", errors="replace")
        mended = _mostly_utf8(data)
        if mended is not None:
            text, bad = mended
            if notes is not None:
                notes.append(
                    f"{bad} invalid byte{'s' if bad > 1 else ''} in the UTF-8 text shown as �"
                )
            return text
    from charset_normalizer import from_bytes

    match = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if match is None:
        raise SourceError("unknown encoding: not UTF-8, UTF-16, GB18030/GBK or Big5 text")
    text = str(match)
    if _spaced_like_korean(text):
        raise SourceError(
            "not Chinese text: its words are separated by spaces, as in Korean (EUC-KR?);"
            " if it is Chinese, save it as UTF-8"
        )
    return text


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 with a few stray invalid bytes (a damaged download): the text with U+FFFD in
    their place, and how many. Only when valid multi-byte characters outnumber the bad bytes
    ten to one: a Latin-1 file's é is no stray byte, and GBK read as UTF-8 is mostly bad bytes."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    wide = sum(1 for char in text if ord(char) > 0x7F) - bad
    return (text, bad) if 0 < bad * 10 <= wide else None


_SPACED_HAN: Final = re.compile(r"[\u4e00-\u9fff] [\u4e00-\u9fff]")


def _spaced_like_korean(text: str) -> bool:
    """Korean (EUC-KR) read as GB18030 or Big5 gives valid Han characters, but Korean puts a
    space between words, about one every three or four syllables, and Chinese writes none."""
    han = sum(1 for char in text if "\u4e00" <= char <= "\u9fff")
    return han >= 20 and len(_SPACED_HAN.findall(text)) > han * 0.08


def _looks_binary(text: str) -> bool:
    """Many control characters, once escape sequences are taken out: text saved with its
    colours (grep --color=always) is text."""
    from reader.core.sanitize import strip_escapes

    text = strip_escapes(text)
    return len(_CONTROLS.findall(text)) > max(8, len(text) // 50)


_CONTROLS: Final = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
"""Unicode's control characters (category Cc) but line breaks, tabs and form feeds: matched in
C, where a category look-up a character took 0.2 s of opening a 1 MB article."""


_BLOCK_TAG: Final = re.compile(r"<(?:article|section|div|main|p)[\s>]", re.I)


def _looks_like_html(text: str) -> bool:
    """A page, or a fragment of one (piped in, saved as .txt) that opens on a block's tag."""
    head = text.lstrip()[:500].lower()
    return (
        head.startswith(("<!doctype html", "<html"))
        or "<body" in head
        or bool(_BLOCK_TAG.match(head))
    )


def parse(data: bytes, *, source: str, suffix: str = "", markup: bool = True) -> Document:
    """Turn raw article bytes into a Document; `suffix` (".md", ".html") picks the format.

    With `markup=False` the text is taken as plain text whatever it looks like, its lines as
    they are (for the pinyin command, which prints one line for each line it reads)."""
    if not data.strip():
        raise SourceError("empty file: no article text")
    notes: list[str] = []
    text = decode(data, notes)
    if _looks_binary(text):
        raise SourceError("binary file, not an article")
    suffix = suffix.lower() if markup else ".txt"
    if not markup:
        document = Document(sanitize(text, lines=True), source)
    elif suffix in {".html", ".htm", ".xhtml"} or (
        suffix not in {".md", ".markdown"} and _looks_like_html(text)
    ):
        from reader.core.markup import html_to_blocks

        document = _from_blocks(html_to_blocks(text), source)
    elif suffix in {".md", ".markdown"}:
        from reader.core.markup import markdown_to_blocks

        document = _from_blocks(markdown_to_blocks(sanitize(text)), source)
    else:
        document = Document(sanitize(text), source)
    if not document.text.strip():
        raise SourceError("no article text (the file holds only white space or markup)")
    return replace(document, notes=tuple(notes)) if notes else document


def _from_blocks(blocks: list[tuple[str, bool]], source: str) -> Document:
    """Join (text, is_heading) blocks into paragraphs separated by blank lines."""
    parts: list[str] = []
    headings: set[int] = set()
    offset = 0
    for raw, is_heading in blocks:
        block = sanitize(raw).strip("\n")
        if not block.strip():
            continue
        if parts:
            parts.append("\n\n")
            offset += 2
        if is_heading:
            headings.add(offset)
        parts.append(block)
        offset += len(block)
    text = "".join(parts)
    return Document(text + "\n" if text else text, source, frozenset(headings))


def read_bundled() -> Document:
    """The article that ships inside the package (reader.assets, from the top-level assets/)."""
    return parse(asset(BUNDLED_NAME).read_bytes(), source=BUNDLED)


def open_article(path: str | None, *, markup: bool = True, regular: bool = False) -> Document:
    """Open the article the command line names: None for the bundled one, "-" for stdin.

    `regular`: only a regular file (the reader's `o`: a FIFO with no writer would block the
    open forever)."""
    if path is None:
        return read_bundled()
    if path == "-":
        if sys.stdin is None or sys.stdin.isatty():
            raise SourceError("'-' reads an article from standard input, but nothing was piped in")
        return parse(_read_limited(sys.stdin.buffer), source="-", markup=markup)
    file, shown = Path(path), shown_path(path)
    if regular and file.exists() and not file.is_file():
        raise SourceError(f"not a regular file (a pipe, device or folder): {shown}")
    try:
        with file.open("rb") as stream:
            data = _read_limited(stream)
    except FileNotFoundError:
        raise SourceError(f"no such file: {shown}") from None
    except IsADirectoryError:
        raise SourceError(f"is a directory, not an article: {shown}") from None
    except PermissionError:
        raise SourceError(f"permission denied: {shown}") from None
    except OSError as error:
        raise SourceError(f"cannot read {shown}: {error.strerror or error}") from None
    return parse(data, source=shown, suffix=file.suffix, markup=markup)
