"""The learner's loop in the reader: known words (x, L, K), the pinyin mode (P), saved words
(s, S), the brief (B) and the simplified ⇄ traditional view (T).

A mixin of `ReaderApp`, kept apart so that each file holds one concern.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import Static

from reader.core.model import Token
from reader.state import KnownWords
from reader.tui.render import text_content
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.sections_pane import SectionsPane

if TYPE_CHECKING:
    from reader.core.brief import Brief
    from reader.tui.app import ReaderApp

    _Base = ReaderApp
else:
    _Base = object


class LearningActions(_Base):
    """Known words, pinyin only where needed, saved words, the brief, the script."""

    @property
    def is_traditional(self) -> bool:
        """Is the article written in traditional characters? (Worked out on first need.)"""
        if self._traditional is None:
            from reader.core.script import is_traditional

            self._traditional = is_traditional(self.article.text)
        return self._traditional

    def word_key(self, word: str) -> str:
        """How a word is known and saved: in simplified form, whatever the article's script."""
        if not self.is_traditional:
            return word
        from reader.core.script import convert

        return convert(word, "simplified")

    def is_known(self, word: str) -> bool:
        """Marked known, or on the HSK 2.0 list at or below the level the user chose (L)."""
        word = self.word_key(word)
        if word in self.known:
            return True
        if self.known_level and self.glossary is not None:
            level = self.glossary.hsk2.get(word)
            return level is not None and level <= self.known_level
        return False

    def _is_known_token(self, token: Token) -> bool:
        return any(token.pinyin) and self.is_known(token.text)

    def _script_mark(self) -> str:
        """繁 or 简 in the position bar while the text is shown converted (T)."""
        if not self.converted:
            return ""
        return " 简 " if self.is_traditional else " 繁 "

    def _shown_word(self, word: str) -> str:
        """A word as the text shows it now (converted with T)."""
        if not self.converted:
            return word
        from reader.core.script import convert

        return convert(word, "simplified" if self.is_traditional else "traditional")

    def _apply_pinyin_mode(self) -> None:
        view = self._main(ArticleView)
        if self.pinyin_mode == "unknown":
            key = ("unknown", self._known_version, self.known_level, self.glossary is not None)
            view.hide_readings(self._is_known_token, key)
        else:
            view.hide_readings(None, None)

    def action_pinyin_mode(self) -> None:
        """Cycle: pinyin over every word, over unknown words only, none."""
        view = self._main(ArticleView)
        if not view.show_pinyin:
            self.pinyin_mode = "all"
            view.show_pinyin = True
            label = "Pinyin over every word"
        elif self.pinyin_mode == "all":
            self.pinyin_mode = "unknown"
            label = "Pinyin only over words you don't know"
            if not self.known and not self.known_level:
                label += ": none marked yet (x marks a word, L counts an HSK level as known)"
        else:
            view.show_pinyin = False
            label = "No pinyin"
        self._apply_pinyin_mode()
        self._update_position()
        self.notify(label, timeout=3)

    def _word_under_cursor(self) -> Token | None:
        token = self._main(ArticleView).cursor_token
        if token is None or not any(token.pinyin):
            self.bell()
            self.notify(
                "Put the word cursor on a Chinese word first: w / b, or click it.",
                severity="warning",
                timeout=3,
            )
            return None
        return token

    def action_toggle_known(self) -> None:
        token = self._word_under_cursor()
        if token is not None:
            self.set_known(token.text, self.word_key(token.text) not in self.known)

    def set_known(self, text: str, known: bool) -> None:
        """Mark the word `text` (as written) known or not, for every article."""
        by_level = known and self.is_known(text)  # known already, by the HSK level
        try:
            self.known = KnownWords().set(self.word_key(text), known)
        except OSError as error:
            self._store_failed(error)
            return
        self._known_version += 1
        self._apply_pinyin_mode()
        self._refresh_glossary()
        note = "marked known" if known else "no longer marked known"
        if by_level:
            note += f" (it was known already, as HSK {self.known_level} and below are)"
        if not known and self.is_known(text):
            note += f" (HSK {self.known_level} and below still count as known: L changes that)"
        self.notify(f"{text} {note}", markup=False, timeout=3)

    def action_known_level(self) -> None:
        level = (self.known_level + 1) % 7
        try:
            KnownWords().set_level(level)
        except OSError as error:
            self._store_failed(error)
            return
        self.known_level = level
        self._known_version += 1
        self._apply_pinyin_mode()
        self._refresh_glossary()
        self.notify(
            f"Words of HSK {'1-' if level > 1 else ''}{level} count as known"
            if level
            else "No HSK level counts as known: only the words you mark",
            timeout=3,
        )

    def action_glossary_known(self) -> None:
        self.hide_known_glossary = not self.hide_known_glossary
        self._refresh_glossary()
        self.notify(
            "Glossary: known words hidden" if self.hide_known_glossary else "Glossary: all words",
            timeout=2,
        )

    def action_save_word(self) -> None:
        token = self._word_under_cursor()
        if token is not None:
            self.save_word(token)

    def save_word(self, token: Token) -> None:
        """Save `token` (a word at its place in the text) with what a flash card needs."""
        from reader.core.glossary import glossary
        from reader.core.pinyin import word_pinyin
        from reader.vocab import SavedWord, SavedWords, sentence_at

        book = self.glossary or glossary()
        names = {s.name for s in self.article.speakers if not s.group}
        gloss = book.gloss(token.text, token.pinyin, name=token.text in names)
        entry = SavedWord(
            word=token.text,
            pinyin=word_pinyin(token.pinyin),
            gloss=gloss.meaning,
            hsk=str(gloss.hsk) if gloss.hsk else (gloss.band or ""),
            sentence=sentence_at(self.article.text, token.start),
            source=self.article.title or self.article.source,
        )
        try:
            saved = SavedWords()
            new = saved.save(entry)
            count = len(saved.load())
        except OSError as error:
            self._store_failed(error)
            return
        self.notify(
            f"{'Saved' if new else 'Saved again'}: {entry.word} {entry.pinyin}"
            f" · {count} saved (S lists them)",
            markup=False,
            timeout=3,
        )

    def action_saved_words(self) -> None:
        from reader.tui.screens.list_screen import ListScreen
        from reader.vocab import SavedWords

        saved = SavedWords()
        try:
            words = saved.load()
        except OSError as error:
            self._store_failed(error)
            return

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

        def chosen(index: int | None) -> None:
            if index is None:
                return
            word = words[index]
            place = self.article.text.find(word.sentence) if word.sentence else -1
            start = self.article.text.find(word.word, max(place, 0))
            if place < 0 or start < 0:
                self.notify("That word was saved from another article.", timeout=3)
                return
            self.jump_to(start, start + len(word.word))

        self.push_screen(
            ListScreen(
                f"Saved words ({len(words)})",
                entries(),
                empty="No saved words yet: put the word cursor on a word (w) and press s.",
                hint="Enter: find it in this article · d deletes · Esc closes · "
                "bayreader vocab --format anki prints them for Anki",
                delete=delete,
            ),
            chosen,
        )

    def action_brief(self) -> None:
        self.notify("Preparing the brief…", timeout=2)
        # what the worker needs is read here, on the UI thread: a thread never queries widgets
        annotated = dict(self._main(ArticleView).tokens)
        work = partial(self._make_brief, annotated, self.known, self.known_level)
        self.run_worker(work, thread=True, group="brief", exclusive=True)

    def _make_brief(
        self, annotated: dict[int, tuple[Token, ...]], known: frozenset[str], level: int
    ) -> None:
        from reader.core.brief import make_brief
        from reader.core.glossary import glossary
        from reader.core.pinyin import annotate

        brief = make_brief(self.article, glossary(), known, level)

        def token_at(start: int, size: int) -> Token:
            """The word at its first occurrence, read in context if that section is read."""
            for token in annotated.get(self.article.section_at(start), ()):
                if token.start == start and token.end == start + size:
                    return token
            text = self.article.text[start : start + size]
            readings = tuple(r for t in annotate(text) for r in t.pinyin)
            return Token(text, start, start + size, readings)

        tokens = [token_at(w.first, len(w.word)) for w in brief.unknown]
        if not self._quitting:
            self.call_from_thread(self._show_brief, brief, tokens)

    def _show_brief(self, brief: Brief, tokens: list[Token]) -> None:
        from reader.tui.screens.brief_screen import BriefScreen

        def jump(start: int | None) -> None:
            if start is not None:
                self.show_section(self.article.section_at(start))
                self._main(ArticleView).move_cursor_to(start)

        title = self.article.title or self.article.source
        screen = BriefScreen(
            brief,
            title,
            tokens,
            save=self.save_word,
            known=lambda token: self.set_known(token.text, True),
        )
        self.push_screen(screen, jump)

    def action_toggle_script(self) -> None:
        """Show the text in the other script (simplified ⇄ traditional), offsets unchanged."""
        if self._converted is None:
            from reader.core.script import convert_article

            target = "simplified" if self.is_traditional else "traditional"
            self._converted = convert_article(self.article, target)
        self.converted = not self.converted
        shown = self._converted if self.converted else self.article
        self._main(ArticleView).set_display_text(shown.text)
        self._main("#title-bar", Static).update(text_content(shown.title or shown.source))
        self._main(SectionsPane).set_article(shown)
        if self._panels is not None:
            self._speakers_panel().set_article(shown)
            self._figures_panel().set_article(shown)
        self._refresh_glossary()
        self._update_position()
        script = "traditional" if self.is_traditional != self.converted else "simplified"
        self.notify(f"Showing {script} characters (T switches back)", markup=False, timeout=2)
