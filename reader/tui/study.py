"""The learner's keys: known words (x, L, K), the pinyin mode (P), tones (# c), saved words
(s, S), the brief (B) and the simplified ⇄ traditional view (T).

Each key stores what changed and replaces the screen's `learner` value; the widgets that show
it follow by watching that value. Held by the reader screen (composition, not a mixin), which
forwards its bindings here.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from reader.core.known import Knowledge
from reader.core.model import Article, Token
from reader.state import KnownWords
from reader.tui.messages import BriefReady

if TYPE_CHECKING:
    from reader.core.brief import Brief
    from reader.tui.screens.reader_screen import ReaderScreen


class Study:
    def __init__(self, screen: ReaderScreen) -> None:
        self.screen = screen

    def _change(self, **changes: object) -> None:
        self.screen.learner = replace(self.screen.learner, **changes)  # type: ignore[arg-type]

    def load_known(self, known: frozenset[str], level: int) -> None:
        knowledge = replace(self.screen.learner.knowledge, words=known, level=level)
        self._change(knowledge=knowledge)

    def toggle_pinyin(self) -> None:
        self._change(show_pinyin=not self.screen.learner.show_pinyin)

    def toggle_tone_style(self) -> None:
        style = "numbers" if self.screen.learner.tone_style == "marks" else "marks"
        self._change(tone_style=style)

    def toggle_colours(self) -> None:
        self._change(tone_colours=not self.screen.learner.tone_colours)

    def pinyin_mode(self) -> None:
        """Cycle: pinyin over every word, over unknown words only, none."""
        learner = self.screen.learner
        if not learner.show_pinyin:
            self._change(show_pinyin=True, pinyin_mode="all")
            label = "Pinyin over every word"
        elif learner.pinyin_mode == "all":
            self._change(pinyin_mode="unknown")
            label = "Pinyin only over words you don't know"
            if not learner.knowledge.words and not learner.knowledge.level:
                label += ": none marked yet (x marks a word, L counts an HSK level as known)"
        else:
            self._change(show_pinyin=False)
            label = "No pinyin"
        self.screen.notify(label, timeout=3)

    def _knowledge(self) -> Knowledge:
        """The learner's knowledge with the article's script settled (words are stored in
        simplified form)."""
        knowledge = self.screen.learner.knowledge
        return replace(knowledge, traditional=self.screen.is_traditional)

    def toggle_known(self) -> None:
        token = self.screen.word_under_cursor()
        if token is not None:
            self.set_known(token.text, not self._knowledge().marked(token.text))

    def set_known(self, text: str, known: bool) -> None:
        """Mark the word `text` (as written) known or not, for every article."""
        learner = self.screen.learner
        knowledge = self._knowledge()
        level = knowledge.level
        by_level = known and knowledge.knows(text, learner.hsk)  # known already, by level
        try:
            words = KnownWords().set(knowledge.key(text), known)
        except OSError as error:
            self.screen.store_failed(error)
            return
        knowledge = replace(knowledge, words=words)
        self._change(knowledge=knowledge)
        note = "marked known" if known else "no longer marked known"
        if by_level:
            note += f" (it was known already, as HSK {level} and below are)"
        if not known and knowledge.knows(text, learner.hsk):
            note += f" (HSK {level} and below still count as known: L changes that)"
        self.screen.notify(f"{text} {note}", markup=False, timeout=3)

    def known_level(self) -> None:
        knowledge = self.screen.learner.knowledge
        level = (knowledge.level + 1) % 7
        try:
            KnownWords().set_level(level)
        except OSError as error:
            self.screen.store_failed(error)
            return
        self._change(knowledge=replace(knowledge, level=level))
        self.screen.notify(
            f"Words of HSK {'1-' if level > 1 else ''}{level} count as known"
            if level
            else "No HSK level counts as known: only the words you mark",
            timeout=3,
        )

    def glossary_known(self) -> None:
        hide = not self.screen.learner.hide_known
        self._change(hide_known=hide)
        self.screen.notify(
            "Glossary: known words hidden" if hide else "Glossary: all words", timeout=2
        )

    def save_word(self, token: Token | None = None) -> None:
        """Save `token` (a word at its place in the text; by default the cursor's) with what
        a flash card needs."""
        token = token or self.screen.word_under_cursor()
        if token is None:
            return
        from reader.core.glossary import glossary, place_context
        from reader.core.pinyin import word_pinyin
        from reader.vocab import SavedWord, SavedWords, sentence_at

        article = self.screen.article
        book = self.screen.glossary or glossary()
        names = {s.name for s in article.speakers if not s.group}
        text = article.text
        place = place_context(
            text[max(0, token.start - 2) : token.start], text[token.end : token.end + 2]
        )
        gloss = book.gloss(token.text, token.pinyin, name=token.text in names, place=place)
        entry = SavedWord(
            word=token.text,
            pinyin=word_pinyin(token.pinyin),
            gloss=gloss.meaning,
            hsk=str(gloss.hsk) if gloss.hsk else (gloss.band or ""),
            sentence=sentence_at(article.text, token.start),
            source=article.title or article.source,
        )
        try:
            saved = SavedWords()
            new = saved.save(entry)
            count = len(saved.load())
        except OSError as error:
            self.screen.store_failed(error)
            return
        self.screen.notify(
            f"{'Saved' if new else 'Saved again'}: {entry.word} {entry.pinyin}"
            f" · {count} saved (S lists them)",
            markup=False,
            timeout=3,
        )

    def saved_words(self) -> None:
        from reader.tui.screens.lists import saved_words_screen

        try:
            dialog, words = saved_words_screen()
        except OSError as error:
            self.screen.store_failed(error)
            return

        def chosen(index: int | None) -> None:
            if index is None:
                return
            word, text = words[index], self.screen.article.text
            place = text.find(word.sentence) if word.sentence else -1
            start = text.find(word.word, max(place, 0))
            if place < 0 or start < 0:
                self.screen.notify("That word was saved from another article.", timeout=3)
                return
            self.screen.jump_to(start, start + len(word.word))

        self.screen.app.push_screen(dialog, chosen)

    def brief(self) -> None:
        self.screen.notify("Preparing the brief…", timeout=2)
        # what the worker needs is read here, on the UI thread: a thread never touches widgets
        work = partial(
            _make_brief, self.screen.article, dict(self.screen.view.tokens), self._knowledge()
        )
        self.screen.run_worker(
            work,
            thread=True,
            group="brief",
            name="The brief",
            exclusive=True,
            exit_on_error=False,
        )

    def toggle_script(self) -> None:
        """Show the text in the other script (simplified ⇄ traditional), offsets unchanged."""
        converted = not self.screen.learner.converted
        self._change(converted=converted)
        script = "traditional" if self.screen.is_traditional != converted else "simplified"
        self.screen.notify(
            f"Showing {script} characters (T switches back)", markup=False, timeout=2
        )

    def show_brief(self, brief: Brief, tokens: list[Token]) -> None:
        from reader.tui.screens.brief_screen import BriefScreen

        article = self.screen.article
        dialog = BriefScreen(
            brief,
            article.title or article.source,
            tokens,
            save=self.save_word,
            known=lambda token: self.set_known(token.text, True),
        )
        self.screen.app.push_screen(dialog, self.screen.go_to_offset)


def _make_brief(
    article: Article, annotated: dict[int, tuple[Token, ...]], knowledge: Knowledge
) -> BriefReady:
    """The brief, off the UI thread; the worker's result goes to the screen as a message."""
    from textual.worker import get_current_worker

    from reader.core.brief import glossed_as_read, make_brief, unknown_tokens
    from reader.core.glossary import glossary

    book = glossary()
    brief = make_brief(
        article, book, knowledge.words, knowledge.level, traditional=knowledge.traditional
    )
    tokens = unknown_tokens(article, brief, annotated)
    ready = BriefReady(glossed_as_read(brief, tokens, book), tokens)
    worker = get_current_worker()
    if not worker.is_cancelled:
        worker.node.post_message(ready)
    return ready
