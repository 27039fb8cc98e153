"""Which words a learner knows: the one rule the reader, its pinyin mode and the brief share.

A word is known when the learner marked it, or when it is on the HSK 2.0 list at or below the
level they chose. Words are marked in simplified form, so that a word learnt in a mainland
article is known in a Taiwan one too: a traditional word is converted before it is looked up.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Knowledge:
    """The words a learner marked and the HSK level they count as known (0: none)."""

    words: frozenset[str] = frozenset()
    level: int = 0
    traditional: bool = False
    """The article is in traditional characters: its words are converted before look-up."""

    def key(self, word: str) -> str:
        """How `word` is marked and saved: in simplified form, whatever the article's script."""
        if not self.traditional:
            return word
        from reader.core.script import convert

        return convert(word, "simplified")

    def marked(self, word: str) -> bool:
        return self.key(word) in self.words

    def knows(self, word: str, hsk: Mapping[str, int] | None) -> bool:
        """Marked known, or on the HSK 2.0 list (`hsk`: word → level, None while the list
        loads) at or below `level`."""
        word = self.key(word)
        if word in self.words:
            return True
        if self.level and hsk is not None:
            found = hsk.get(word)
            return found is not None and found <= self.level
        return False
