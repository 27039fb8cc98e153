"""The position at the bottom right: section N/M, how far through it, and what is in force
(pinyin loading, search matches, the script shown, pinyin over new words only)."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from reader.tui.learner import Learner, follow


class PositionBar(Static):
    """Told where the reader is (`show`); follows the screen's `learner` by itself."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.learner = Learner()
        self._where: tuple[int, int, float | None, bool] = (0, 1, None, False)
        self._drawn: tuple[object, ...] = ()

    def on_mount(self) -> None:
        follow(self, self._follow_learner)

    def _follow_learner(self, learner: Learner) -> None:
        self.learner = learner
        self._draw()

    def show(self, section: int, total: int, progress: float | None, waiting: bool) -> None:
        """Section `section` (from 0) of `total`, `progress` through it (None: it all fits);
        `waiting`: pinyin is asked for and not there yet."""
        self._where = (section, total, progress, waiting)
        self._draw()

    def on_resize(self) -> None:
        self._draw()

    def _draw(self) -> None:
        section, total, progress, waiting = self._where
        learner = self.learner
        where = " all " if progress is None else f" {progress:4.0%} "
        mode = learner.show_pinyin and learner.pinyin_mode == "unknown"
        matches = learner.matches
        # below 100 columns, with more to say than the section, the words go, so that the
        # keys beside it are not cut mid-word
        narrow = (
            bool(matches or waiting or mode)
            and self.is_attached
            and self.screen.size.width < _NARROW
        )
        found = ""
        if matches:
            at = f"{learner.match_index + 1}/{len(matches)}"
            found = f" {at} found " if narrow else f" match {at} "
        parts = (waiting, found, learner.script_mark, mode, section, total, where, narrow)
        if parts == self._drawn:
            return  # an update re-lays the bottom bar out: only when something changed
        self._drawn = parts
        self.update(
            Content.assemble(
                ("loading… " if narrow else "loading pinyin… ", "italic $text-warning")
                if waiting
                else "",
                (found, "bold $text-success"),
                (learner.script_mark, "bold"),
                (" new only ·" if narrow else " new words only ·", "$text-accent") if mode else "",
                (
                    f" {section + 1}/{total}" if narrow else f" section {section + 1}/{total}",
                    "bold",
                ),
                where,
            )
        )


_NARROW = 100
