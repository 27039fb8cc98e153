"""The article body: the current section, laid out by `core.layout`, drawn with the Line API.

A ScrollView draws only the lines on screen (as toolong's log view does), so a long section
costs nothing to scroll. Lines are recomputed only when the section, the width, the pinyin
mode or the readings change; drawn strips are cached until then.

With pinyin on, each layout row is two lines: the readings, then the characters, every
syllable over its character. Tone colours and the word cursor are styles over offsets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.core.layout import Row, RubyRow
from reader.core.model import Article, Token
from reader.tui.learner import Learner, ToneStyle, follow
from reader.tui.render import row_strip
from reader.tui.widgets.article_lines import (
    Line,
    cover_notes,
    laid_out_text,
    lay_out,
    line_of,
    line_start,
    mentions,
    note_lines,
    offsets,
)

JUMP_MARGIN = 3
"""Rows above a place jumped to: it lands near the top of the view, with some context."""


class ArticleView(ScrollView, can_focus=True):
    """Shows one section of an article; scrolls, moves a word cursor, draws pinyin."""

    ALLOW_SELECT = False
    """Its lines are drawn strips (ruby over text), not one text Textual could select from:
    the word cursor (w, s, Enter) is how a word is picked."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-view--heading",
        "article-view--headline",
        "article-view--credit",
        "article-view--pinyin",
        "article-view--cursor",
        "article-view--speaker",
        "article-view--figure",
        "article-view--selection",
        "article-view--match",
        "article-view--tone1",
        "article-view--tone2",
        "article-view--tone3",
        "article-view--tone4",
        "article-view--tone5",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "scroll_down", "Down", show=False, id="scroll-down"),
        Binding("k,up", "scroll_up", "Up", show=False, id="scroll-up"),
        Binding("space,pagedown", "page_down", "Page down", show=False, id="page-down"),
        Binding("pageup", "page_up", "Page up", show=False, id="page-up"),
        Binding("g,home", "scroll_home", "Top", show=False, id="top"),
        Binding("G,end", "scroll_end", "Bottom", show=False, id="bottom"),
        Binding("w", "next_word", "Word", tooltip="Word cursor to the next word", id="next-word"),
        Binding(
            "b",
            "previous_word",
            "← Word",
            show=False,
            tooltip="Word cursor to the previous word",
            id="previous-word",
        ),
        Binding(
            "enter",
            "lookup",
            "Look up",
            show=False,
            tooltip="Look up the word under the cursor",
            id="lookup",
        ),
        Binding(
            "escape",
            "clear_cursor",
            "Hide cursor",
            show=False,
            tooltip="Hide the word cursor",
            id="clear-cursor",
        ),
    ]

    show_pinyin: reactive[bool] = reactive(False, init=False)
    tone_style: reactive[ToneStyle] = reactive("marks", init=False)
    tone_colours: reactive[bool] = reactive(False, init=False)
    show_names: reactive[bool] = reactive(False, init=False)
    show_figures: reactive[bool] = reactive(False, init=False)

    class Scrolled(Message):
        """The reading position changed (for the position in the footer)."""

    class CursorMoved(Message):
        """The word cursor is on `token` (None: hidden)."""

        def __init__(self, token: Token | None) -> None:
            super().__init__()
            self.token = token

    class LookupRequested(Message):
        def __init__(self, token: Token) -> None:
            super().__init__()
            self.token = token

    def __init__(self, article: Article, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article = article
        self.section_index = 0
        self.tokens: dict[int, tuple[Token, ...]] = {}
        self.cursor: int | None = None
        """Index of the cursor's token in the current section's tokens."""
        self._lines: list[Line] = []
        self._key: tuple[object, ...] = ()
        self._strips: LRUCache[int, Strip] = LRUCache(1024)
        self._layouts: LRUCache[tuple[object, ...], list[Line]] = LRUCache(32)
        """Laid-out lines by (section, width, pinyin shown, tone style): toggling is instant."""
        self._readings: dict[int, str] = {}
        self._heading_stop = 0
        self._indexed: tuple[int, tuple[Token, ...] | None] | None = None
        self.selection: tuple[int, int] | None = None
        """A span shown by a jump from a panel (a quote, a figure)."""
        self._index_article()
        self.display_text = article.text
        """What is drawn: the text, or its simplified/traditional conversion (same offsets)."""
        self._hide: Callable[[Token], bool] | None = None
        self._hide_key: object = None
        self._matches: frozenset[int] = frozenset()
        self._match_spans: tuple[tuple[int, int], ...] = ()
        self._style_cache: dict[str, Style] = {}
        """The view's and its components' styles, by component name ("" for the view)."""

    def on_mount(self) -> None:
        # the learner's state (pinyin, tones, known words, matches) is the screen's: follow it
        follow(self, self._follow_learner)

    def _follow_learner(self, learner: Learner) -> None:
        """Show the learner's choices; what did not change costs nothing (reactives compare)."""
        self.show_pinyin = learner.show_pinyin
        self.tone_style = learner.tone_style
        self.tone_colours = learner.tone_colours
        if learner.hidden_readings != self._hide_key:
            hide = learner.knows_token if learner.hidden_readings is not None else None
            self.hide_readings(hide, learner.hidden_readings)
        if learner.matches != self._match_spans:
            self.set_matches(list(learner.matches))

    # state ------------------------------------------------------------------------------------

    @property
    def section_tokens(self) -> tuple[Token, ...] | None:
        return self.tokens.get(self.section_index)

    @property
    def cursor_token(self) -> Token | None:
        tokens = self.section_tokens
        if tokens is None or self.cursor is None:
            return None
        return tokens[self.cursor]

    @property
    def pinyin_shown(self) -> bool:
        """Pinyin asked for and the current section's readings are ready."""
        return self.show_pinyin and self.section_tokens is not None

    def show_section(self, index: int) -> None:
        """Display section `index` from its top; the word cursor (if shown) moves to its
        first word."""
        had_cursor = self.cursor is not None
        self.section_index = index
        self.cursor = None
        self.selection = None
        self._layout(force=True)
        self.scroll_to(0, 0, animate=False, immediate=True)
        if had_cursor:
            self._move_cursor(0, +1)
        self.post_message(self.Scrolled())

    def set_tokens(self, index: int, tokens: tuple[Token, ...]) -> None:
        """Readings for section `index` arrived from the annotation worker."""
        self.tokens[index] = tokens
        self._layouts.clear()
        if index == self.section_index:
            self._layout(force=True)

    @property
    def progress(self) -> float | None:
        """How far through the section the view is, 0.0 to 1.0; None if it all fits."""
        if self.max_scroll_y <= 0:
            return None
        return min(1.0, self.scroll_y / self.max_scroll_y)

    def watch_show_pinyin(self) -> None:
        self._layout(force=True, keep_place=True)
        self.post_message(self.Scrolled())  # the position bar says when pinyin is on its way

    def watch_tone_style(self) -> None:
        self._layout(force=True, keep_place=True)

    def watch_tone_colours(self) -> None:
        self._restyle()

    def watch_show_names(self) -> None:
        self._restyle()

    def watch_show_figures(self) -> None:
        self._restyle()

    def _restyle(self) -> None:
        self._strips.clear()
        self.refresh()

    def set_article(self, article: Article) -> None:
        """The same article, now with its speakers and figures (for H and F)."""
        if article.text != self.article.text:
            raise ValueError("set_article completes the article shown, it does not replace it")
        self.article = article
        self._index_article()
        self._restyle()

    def _index_article(self) -> None:
        """Offsets of speakers' names and of figures, for H and F."""
        self._names = offsets(mentions(self.article))
        self._figures = offsets([(f.start, f.end) for f in self.article.figures])

    def set_display_text(self, text: str) -> None:
        """Draw `text` (the article converted to the other script, or back) in place."""
        if len(text) != len(self.article.text):
            raise ValueError("a display text must keep every offset")
        self.display_text = text
        self._layouts.clear()
        self._layout(force=True, keep_place=True)

    def hide_readings(self, hide: Callable[[Token], bool] | None, key: object) -> None:
        """Show no pinyin over the words `hide` picks (None: pinyin over every word). `key`
        names the rule, and changes when its answers do (the known words changed)."""
        self._hide, self._hide_key = hide, key
        self._layouts.clear()
        self._layout(force=True, keep_place=True)

    def set_matches(self, spans: list[tuple[int, int]]) -> None:
        """Highlight these spans (search results) wherever they are shown."""
        self._match_spans = tuple(spans)
        self._matches = offsets(spans)
        self._restyle()

    def select(self, start: int, end: int) -> None:
        """Mark [start, end) (in the current section) and scroll it into view."""
        self.selection = (start, end)
        self._restyle()
        y = self._line_of(start)
        height = (self._line_of(max(start, end - 1)) - y) + (2 if self.pinyin_shown else 1)
        self._show_lines(y, height, jump=True)

    def _show_lines(self, y: int, height: int, *, jump: bool) -> None:
        """Scroll lines [y, y + height) into view. Stepping (w, b) scrolls no more than it
        must; a jump from elsewhere (a quote, a match, a look-up) that lands off screen puts
        its lines a few rows from the top, where the eye looks, not on the bottom row."""
        top, rows = round(self.scroll_y), self.size.height
        if top <= y and y + height <= top + rows:
            return
        if jump:
            self.scroll_to(y=max(0, y - JUMP_MARGIN), animate=False, immediate=True)
        else:
            region = Region(0, y, 1, min(height, rows))
            self.scroll_to_region(region, animate=False, immediate=True)

    # layout -----------------------------------------------------------------------------------

    def _layout(self, force: bool = False, keep_place: bool = False) -> None:
        width = self.scrollable_content_region.width
        if width <= 0:
            # not sized yet (a section opened from on_mount): laying out one character a
            # row would cost time on a long section and flash a one-column frame
            self._key = ()
            return
        key = (
            self.section_index,
            width,
            self.pinyin_shown,
            self.tone_style,
            self._hide_key,
            self.display_text is self.article.text,
        )
        if not force and key == self._key:
            return
        anchor = self._top_offset() if keep_place else None
        self._key = key
        section = self.article.sections[self.section_index]
        tokens = self.section_tokens
        self._index_section(tokens)
        cached = self._layouts.get(key)
        if cached is not None:
            self._install(cached, width, anchor)
            return
        lines = lay_out(
            self.display_text,
            section,
            width,
            tokens if self.pinyin_shown else None,
            self.tone_style,
            self._hide,
        )
        if section.kind == "title":
            lines += note_lines(cover_notes(self.article), width)
        self._layouts[key] = lines
        self._install(lines, width, anchor)

    def _index_section(self, tokens: tuple[Token, ...] | None) -> None:
        """Per-character facts the drawing looks up for every character: computed once per
        section (and its readings), not per character or per toggle."""
        if (
            self._indexed is not None
            and self._indexed[0] == self.section_index
            and self._indexed[1] is tokens
        ):
            return  # `is`: the same readings object, not an element-by-element comparison
        self._indexed = (self.section_index, tokens)
        section = self.article.sections[self.section_index]
        stop = self.article.text.find("\n", section.start, section.end)
        self._heading_stop = section.start
        if section.title is not None:
            self._heading_stop = section.end if stop < 0 else stop
        self._readings = {
            token.start + i: reading
            for token in tokens or ()
            for i, reading in enumerate(token.pinyin)
            if reading
        }

    def _install(self, lines: list[Line], width: int, anchor: int | None) -> None:
        self._lines = lines
        self._strips.clear()
        self._fit_height(width)
        if anchor is not None:
            self.scroll_to(y=self._line_of(anchor), animate=False, immediate=True)
        self.refresh()
        self.post_message(self.Scrolled())

    def laid_out_text(self) -> str:
        """Every character the layout placed, in order (newlines excepted): a test of loss."""
        return laid_out_text(self.article.text, self._lines)

    def _line_of(self, offset: int) -> int:
        return line_of(self._lines, offset)

    def _top_offset(self) -> int | None:
        for line in self._lines[round(self.scroll_y) :]:
            start = line_start(line)
            if start is not None:
                return start
        return None

    def top_offset(self) -> int:
        """The text offset at the top of the view (for resuming and bookmarks)."""
        top = self._top_offset()
        return self.article.sections[self.section_index].start if top is None else top

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so that the row holding `offset` is at the top."""
        self.scroll_to(y=self._line_of(offset), animate=False, immediate=True)

    def on_resize(self) -> None:
        self._layout(keep_place=True)
        self._fit_height(self.scrollable_content_region.width)

    def _fit_height(self, width: int) -> None:
        """The lines, and one blank line more where the view scrolled to its end would
        otherwise start with characters whose pinyin is above it."""
        lines, rows = self._lines, self.size.height
        last_top = len(lines) - rows
        pad = 1 if 0 < last_top < len(lines) and lines[last_top].kind == "chars" else 0
        self.virtual_size = Size(width, len(lines) + pad)

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        top = round(new)
        if 0 < top < len(self._lines) and self._lines[top].kind == "chars":
            # never characters at the top without their pinyin above them (a page or wheel
            # scroll can stop there): show the row whole
            self.scroll_to(y=top - 1, animate=False, immediate=True)
            return
        self.post_message(self.Scrolled())

    def action_scroll_down(self) -> None:
        """A line down; with pinyin a row (its readings and characters) at a time."""
        top = round(self.scroll_y)
        step = 2 if top < len(self._lines) and self._lines[top].kind == "reading" else 1
        self.scroll_to(y=top + step, animate=False, immediate=True)

    def action_scroll_up(self) -> None:
        top = round(self.scroll_y)
        above = self._lines[top - 1].kind if 0 < top <= len(self._lines) else ""
        self.scroll_to(
            y=max(0, top - (2 if above == "chars" else 1)), animate=False, immediate=True
        )

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._style_cache.clear()
        self._strips.clear()

    # drawing ----------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        index = round(self.scroll_offset.y) + y
        width = self.scrollable_content_region.width
        if index >= len(self._lines):
            return Strip.blank(width, self._base())
        strip = self._strips.get(index)
        if strip is None or strip.cell_length != width:
            strip = self._render_line_of(self._lines[index], width)
            self._strips[index] = strip
        return strip

    def _base(self) -> Style:
        """The view's own style; looked up once per style change, not once per character
        (`rich_style` walks the DOM: it was most of the cost of a pinyin toggle)."""
        style = self._style_cache.get("")
        if style is None:
            style = self._style_cache[""] = self.rich_style
        return style

    def _component(self, name: str) -> Style:
        """A component class's own style (only what it sets, so that it layers on the tone
        colours), its colours taken from the full style: a partial style leaves a colour with
        alpha ($text-muted) unblended, and the light theme drew bylines white on light grey."""
        style = self._style_cache.get(name)
        if style is None:
            own = self.get_component_rich_style(f"article-view--{name}", partial=True)
            full = self.get_component_rich_style(f"article-view--{name}")
            style = own + Style(
                color=full.color if own.color is not None else None,
                bgcolor=full.bgcolor if own.bgcolor is not None else None,
            )
            self._style_cache[name] = style
        return style

    def _text_style(self, offset: int) -> Style:
        """The style of the character at `offset`: heading, tone colour, cursor."""
        section = self.article.sections[self.section_index]
        style = self._base()
        if offset < self._heading_stop:
            style += self._component("headline" if section.kind == "title" else "heading")
        elif section.kind in {"byline", "trailer"}:
            style += self._component("credit")
        if self.tone_colours:
            reading = self._readings.get(offset)
            if reading:
                style += self._component(f"tone{reading[-1]}")
        if self.show_names and offset in self._names:
            style += self._component("speaker")
        if self.show_figures and offset in self._figures:
            style += self._component("figure")
        if offset in self._matches:
            style += self._component("match")
        if self.selection is not None and self.selection[0] <= offset < self.selection[1]:
            style += self._component("selection")
        cursor = self.cursor_token
        if cursor is not None and cursor.start <= offset < cursor.end:
            style += self._component("cursor")
        return style

    def _render_line_of(self, line: Line, width: int) -> Strip:
        base = self._base()
        text = self.display_text
        if line.kind == "note":
            return row_strip(line.note, base + self._component("credit"), width, base)
        if line.kind == "blank" or line.row is None:
            return Strip.blank(width, base)
        segments: list[Segment] = []
        if isinstance(line.row, Row):
            start, end = line.row.start, line.row.end
            styles = [self._text_style(offset) for offset in range(start, end)]
            run = 0
            for i in range(1, len(styles) + 1):
                if i == len(styles) or styles[i] != styles[run]:
                    segments.append(Segment(text[start + run : start + i], styles[run]))
                    run = i
        else:
            x = 0
            pinyin = self._component("pinyin")
            for place in line.row.places:
                if place.x > x:
                    segments.append(Segment(" " * (place.x - x), base))
                style = self._text_style(place.start)
                if line.kind == "reading":
                    shown, style = place.shown, style + pinyin
                    if self.tone_colours and place.reading:
                        style += self._component(f"tone{place.reading[-1]}")
                else:
                    shown = text[place.start : place.end]
                segments.append(Segment(shown, style))
                used = Segment(shown).cell_length
                if used < place.width:
                    segments.append(
                        Segment(" " * (place.width - used), style if line.kind == "chars" else base)
                    )
                x = place.x + place.width
        return Strip(segments).adjust_cell_length(width, base)

    # word cursor ------------------------------------------------------------------------------

    def _is_word(self, token: Token) -> bool:
        return any(token.pinyin) or any(c.isalnum() for c in token.text)

    def _move_cursor(self, start: int, step: int) -> None:
        tokens = self.section_tokens
        if tokens is None:
            self.app.bell()
            return
        index = start
        while 0 <= index < len(tokens):
            if self._is_word(tokens[index]):
                self._set_cursor(index)
                return
            index += step
        self.app.bell()

    def _set_cursor(self, index: int | None, *, jump: bool = False) -> None:
        self.cursor = index
        self._strips.clear()
        self.refresh()
        token = self.cursor_token
        if token is not None:
            self._show_lines(self._line_of(token.start), 2 if self.pinyin_shown else 1, jump=jump)
        self.post_message(self.CursorMoved(token))

    def action_next_word(self) -> None:
        self._move_cursor(0 if self.cursor is None else self.cursor + 1, +1)

    def action_previous_word(self) -> None:
        tokens = self.section_tokens
        if tokens is not None and self.cursor is None:
            self._move_cursor(len(tokens) - 1, -1)
        else:
            self._move_cursor((self.cursor or 0) - 1, -1)

    async def action_clear_cursor(self) -> None:
        """Esc: hide the word cursor; with none shown, clear the search highlights."""
        if self.cursor is not None:
            self._set_cursor(None)
        else:
            await self.run_action("screen.clear_search")

    def action_lookup(self) -> None:
        token = self.cursor_token
        if token is None:
            self.action_next_word()
            token = self.cursor_token
        if token is not None:
            self.post_message(self.LookupRequested(token))

    def move_cursor_to(self, offset: int) -> None:
        """Put the word cursor on the token at text `offset` of this section."""
        tokens = self.section_tokens
        if tokens is None:
            return
        for index, token in enumerate(tokens):
            if token.start <= offset < token.end and self._is_word(token):
                self._set_cursor(index, jump=True)
                return

    def offset_at(self, x: int, y: int) -> int | None:
        """The text offset under widget coordinates (x, y), if any."""
        index = round(self.scroll_y) + y
        if not 0 <= index < len(self._lines):
            return None
        line = self._lines[index]
        if isinstance(line.row, RubyRow):
            for place in line.row.places:
                if place.x <= x < place.x + place.width:
                    return place.start
            return None
        if isinstance(line.row, Row):
            column = 0
            for offset in range(line.row.start, line.row.end):
                column += Segment(self.article.text[offset]).cell_length
                if x < column:
                    return offset
        return None

    def on_click(self, event: events.Click) -> None:
        offset = self.offset_at(event.x - self.styles.padding.left, event.y)
        if offset is not None:
            self.move_cursor_to(offset)
