"""Messages the panels send the app."""

from __future__ import annotations

from textual.message import Message


class JumpRequested(Message):
    """Show the article at [start, end) and mark the span (a quote, a figure)."""

    def __init__(self, start: int, end: int) -> None:
        super().__init__()
        self.start, self.end = start, end
