"""The two lists the reader opens as dialogs: saved words (S) and bookmarks (')."""

from __future__ import annotations

from textual.content import Content

from reader.core.model import Article
from reader.state import Bookmark, Positions
from reader.tui.render import section_label, text_content
from reader.tui.screens.list_screen import ListScreen
from reader.vocab import SavedWord, SavedWords


def saved_words_screen() -> tuple[ListScreen, list[SavedWord]]:
    """The saved words, `d` deleting one; the list's index is into the returned words (kept
    up to date as words are deleted). Raises OSError if they cannot be read."""
    saved = SavedWords()
    words = saved.load()

    def entries() -> list[Content]:
        return [
            Content.assemble(
                (w.word, "bold"),
                "  ",
                (w.pinyin, "$text-accent"),
                "  ",
                (f"HSK {w.hsk}" if w.hsk.isdigit() else w.hsk, "dim"),
                "\n  ",
                text_content(w.gloss[:70], "italic"),
                "\n  ",
                text_content(w.sentence[:36] + ("…" if len(w.sentence) > 36 else ""), "dim"),
            )
            for w in words
        ]

    def delete(index: int) -> list[Content]:
        saved.remove(words[index].word)
        words[:] = saved.load()
        return entries()

    dialog = ListScreen(
        f"Saved words ({len(words)})",
        entries(),
        empty="No saved words yet: put the word cursor on a word (w) and press s.",
        hint="Enter: find it in this article · d deletes · Esc closes · "
        "bayreader vocab --format anki prints them for Anki",
        delete=delete,
    )
    return dialog, words


def bookmarks_screen(shown: Article, key: str, marks: list[Bookmark]) -> ListScreen:
    """The bookmarks of the article `key`, labelled from the text as shown; `d` deletes one
    (and `marks`, the list the index is into, follows)."""

    def entries() -> list[Content]:
        return [
            Content.assemble(
                (f"§{shown.section_at(m.offset) + 1} ", "bold $accent"),
                (section_label(shown, shown.section_at(m.offset))[:16], "dim"),
                "  ",
                text_content(shown.text[m.offset : m.offset + len(m.label)]),
            )
            for m in marks
        ]

    def delete(index: int) -> list[Content]:
        marks[:] = Positions().remove_bookmark(key, marks[index].offset).bookmarks
        return entries()

    return ListScreen(
        f"Bookmarks in this article ({len(marks)})",
        entries(),
        empty="No bookmarks yet: m bookmarks the word cursor, or the top of the view.",
        hint="Enter jumps · d deletes · Esc closes",
        delete=delete,
    )
