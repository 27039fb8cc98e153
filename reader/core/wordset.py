"""A set of short words kept in a few flat byte strings instead of one Python object each.

The speaker rules ask the dictionaries' word lists (places, names, verbs: about 100,000 words)
a few thousand questions an article; as frozensets they took 10 MB, half of what a 1 MB
article may add to the export's memory. Here each word length has one sorted run of
fixed-width UTF-32 records, searched by halving: under 2 MB, and a few microseconds a question.
Big-endian, so that the records sort as their strings do: a run is built with one sort of the
strings and one encode, not one encode a word (half the build time of the speakers' first use).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

_CODEC = "utf-32-be"
_KEPT = 4096  # answers kept a set: on 1 MB of news, 33,000 questions ask 12,000 words


class WordSet:
    def __init__(self, words: Iterable[str]) -> None:
        groups: dict[int, list[str]] = {}
        for word in set(words):
            groups.setdefault(len(word), []).append(word)
        self._runs = {size: "".join(sorted(group)).encode(_CODEC) for size, group in groups.items()}
        self._answers: dict[str, bool] = {}  # the rules ask the same words again and again

    @classmethod
    def from_asset(cls, name: str) -> WordSet:
        """The words of a shipped file, one a line: a line is one word even with spaces in it
        (Park Hyatt, Morgan Stanley), so Park and Morgan alone are no company's."""
        from reader.core.assets import asset

        lines = asset(name).read_text(encoding="utf-8").splitlines()
        return cls(line.strip() for line in lines if line.strip())

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word:
            return False
        answer = self._answers.get(word)
        if answer is None:
            if len(self._answers) >= _KEPT:
                self._answers.clear()
            answer = self._answers[word] = self._search(word)
        return answer

    def _search(self, word: str) -> bool:
        run = self._runs.get(len(word))
        if run is None:
            return False
        key = word.encode(_CODEC)
        width = len(key)
        low, high = 0, len(run) // width
        while low < high:
            middle = (low + high) // 2
            record = run[middle * width : (middle + 1) * width]
            if record < key:
                low = middle + 1
            elif record > key:
                high = middle
            else:
                return True
        return False


@cache
def word_set(name: str) -> WordSet:
    """A word list of `assets/` (built by training/build_word_tags.py), loaded once for every
    module that asks it: the speaker rules, and the section rules for one rare line shape."""
    return WordSet.from_asset(name)
