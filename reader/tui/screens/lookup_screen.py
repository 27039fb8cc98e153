"""The lookup popup (Enter on a word): every CC-CEDICT sense, readings, HSK, other places."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.core.glossary import Glossary
from reader.core.model import Article, Token
from reader.core.pinyin import styled, word_pinyin
from reader.core.text import occurrences
from reader.tui.render import section_label, text_content
from reader.tui.widgets.glossary_panel import HSK_BANDS


class LookupScreen(ModalScreen[int | None]):
    """Dismisses with a text offset to jump to (1-9 picks another occurrence), or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,enter", "close", "Close", id="close-lookup"),
        *[Binding(str(n), f"jump({n})", show=False) for n in range(1, 10)],
    ]

    def __init__(self, token: Token, article: Article, glossary: Glossary | None) -> None:
        super().__init__()
        self.token, self.article, self.glossary = token, article, glossary
        self.others = [i for i in occurrences(article.text, token.text) if i != token.start][:9]

    def compose(self) -> ComposeResult:
        token, book = self.token, self.glossary
        lines: list[Content] = [
            Content.assemble(
                (token.text, "bold $accent"),
                "  ",
                (word_pinyin(token.pinyin), "bold"),
                "  ",
                (" ".join(r for r in token.pinyin if r), "dim"),
            )
        ]
        if book is None:
            lines.append(Content.styled("The dictionary is still loading…", "italic"))
        else:
            hsk, band = book.level(token.text)
            level = " · ".join(
                x for x in (f"HSK {hsk}" if hsk else "", HSK_BANDS.get(band or "", "")) if x
            )
            if level:
                lines.append(Content.styled(level, "dim"))
            entries = book.lookup(token.text)
            if not entries:
                gloss = book.gloss(token.text, token.pinyin)
                lines += [Content(""), text_content(gloss.meaning or "(no dictionary entry)")]
            for entry in entries:
                reading = " ".join(
                    styled(s.lower().replace("u:", "v")) for s in entry.pinyin.split()
                )
                lines += [
                    Content(""),
                    Content.assemble((reading, "bold"), "  ", (entry.traditional, "dim")),
                ]
                lines += [Content.assemble("  • ", text_content(sense)) for sense in entry.senses]
        lines += [
            Content(""),
            Content.styled(f"Elsewhere in the article ({len(self.others)}):", "bold"),
        ]
        for n, offset in enumerate(self.others, 1):
            section = self.article.section_at(offset)
            before = self.article.text[max(0, offset - 8) : offset].replace("\n", " ")
            after = self.article.text[
                offset + len(token.text) : offset + len(token.text) + 8
            ].replace("\n", " ")
            lines.append(
                Content.assemble(
                    (f"{n} ", "bold $accent"),
                    (f"§{section + 1} {section_label(self.article, section)[:10]}: ", "dim"),
                    text_content(before),
                    (token.text, "bold"),
                    text_content(after),
                )
            )
        lines += [
            Content(""),
            Content.styled("1-9 jump there · Esc closes · CC-CEDICT, CC BY-SA 4.0", "dim"),
        ]
        with VerticalScroll(id="lookup-body"):
            yield Static(Content("\n").join(lines), id="lookup-text")

    def action_close(self) -> None:
        self.dismiss(None)

    def action_jump(self, number: int) -> None:
        if number <= len(self.others):
            self.dismiss(self.others[number - 1])
