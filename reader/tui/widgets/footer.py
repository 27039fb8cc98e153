"""The key bar, which lets go of the keys it replaces."""

from __future__ import annotations

from textual.widgets import Footer


class KeyFooter(Footer):
    """Textual's Footer, without its leak. Each FooterKey binds `compact` to the footer
    (`data_bind`), which keeps (key, callback) on the footer; Textual drops entries of
    removed keys only when `compact` changes, which here it never does. So every change of
    bindings (each move of focus) left the keys it replaced alive with their rendered lines:
    some 990 after 120 key presses (Textualize/textual#6666, open)."""

    async def recompose(self) -> None:
        await super().recompose()
        # the attribute is Textual's own store of watchers (textual/reactive.py `_watch`)
        for entries in getattr(self, "__watchers", {}).values():
            entries[:] = [(node, callback) for node, callback in entries if node.is_attached]
