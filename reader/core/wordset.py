"""A set of short words kept in a few flat byte strings instead of one Python object each.

The speaker rules ask the dictionaries' word lists (places, names, verbs: about 100,000 words)
a few thousand questions an article; as frozensets they took 10 MB, half of what a 1 MB
article may add to the export's memory. Here each word length has one sorted run of
fixed-width UTF-32 records, searched by halving: under 2 MB, and a few microseconds a question.
Big-endian, so that the records sort as their strings do: a run is built with one sort of the
strings and one encode, not one encode a word (half the build time of the speakers' first use).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from functools import cache

_CODEC = "utf-32-be"
_KEPT = 4096  # answers kept a set: on 1 MB of news, 33,000 questions ask 12,000 words


class WordSet:
    def __init__(self, words: Iterable[str], in_order: bool = False) -> None:
        """`in_order`: the words are sorted and each once already (a shipped list)."""
        self._runs = _runs(words if in_order else sorted(set(words)))
        self._answers: dict[str, bool] = {}  # the rules ask the same words again and again

    @classmethod
    def from_asset(cls, name: str) -> WordSet:
        """The words of a shipped file, one a line: a line is one word even with spaces in it
        (Park Hyatt, Morgan Stanley), so Park and Morgan alone are no company's.

        The build script writes each list sorted, once a word and stripped, so the lines go
        into the runs as they are: sorting and de-duplicating 128,000 words again was three
        quarters of the lists' load time, on the way to the first speakers
        (tests/core/test_wordset.py holds the shipped lists to that order)."""
        from reader.core.assets import asset

        return cls(asset(name).read_text(encoding="utf-8").splitlines(), in_order=True)

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


def _runs(words: Iterable[str]) -> dict[int, bytes]:
    """One run a word length from `words`, which are sorted and each once. The sort by
    length is stable, so each length's words stay in order."""
    by_length = itertools.groupby(sorted(words, key=len), key=len)
    return {size: "".join(group).encode(_CODEC) for size, group in by_length if size}


@cache
def word_set(name: str) -> WordSet:
    """A word list of `assets/` (built by training/build_word_tags.py), loaded once for every
    module that asks it: the speaker rules, the section rules for one rare line shape, and
    the figure labels (adverb-, function-, pronoun- and position-words.txt)."""
    return WordSet.from_asset(name)
