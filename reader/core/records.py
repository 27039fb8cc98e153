"""The speakers the rules have met so far, by name, with indexes over their names.

A long article meets hundreds of people, and the speaker rules look a name up many times a
sentence (is this subject a short form of someone's name, does it end on someone's name, which
known names start with one of this sentence's characters). Each look-up was a scan of every
speaker, so the rules grew with the square of the article: on 1 MB of distinct news a tenth of
their time went to scans. The indexes here grow with each new name; a name that goes or is
replaced (a rename to a fuller form, two records joined) makes them again at the next look-up,
which is rare.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from reader.core.model import Quote
from reader.core.name_shapes import short_forms


@dataclass(eq=False)
class Record:
    """One speaker while the rules run: mutable, unlike the model's `Speaker`, and one
    record is one person, equal to no other (comparing every field, quotes and all, took a
    fortieth of the rules' time on a long article: who spoke last is looked up in a list)."""

    name: str
    title: str | None
    group: bool
    first: int
    quotes: list[Quote] = field(default_factory=list)
    pseudonym: bool = False  # named by the writer (小雨（化名）): a name whatever its shape
    pronoun: str | None = None  # 他 or 她, as the article first refers to them (王女士: 她)
    # a title the article gives another person named with them (经济学家A和|B), shown only
    # where they have none of their own and are a person: it decides nothing else
    shared_title: str | None = None


class Records(dict[str, Record]):
    """Name -> record, in the order the names came (a renamed record comes last, as a plain
    dict's re-inserted key does). The indexes hold people only, never groups; a record's
    `group` is fixed when it is made, and its name changes only with its key."""

    def __init__(self) -> None:
        super().__init__()
        self._stale = False
        self._rank: dict[str, int] = {}  # name -> when it came; smaller is earlier
        self._people: list[Record] = []
        self._by_start: dict[str, list[tuple[str, bool]]] = {}
        self._by_end: dict[str, list[Record]] = {}
        self._by_first: dict[str, list[Record]] = {}
        self._by_form: dict[str, tuple[int, Record]] = {}

    def __setitem__(self, key: str, value: Record) -> None:
        replaced = key in self
        super().__setitem__(key, value)
        if replaced:
            self._stale = True
        elif not self._stale:
            self._add(key, value)

    def __delitem__(self, key: str) -> None:
        super().__delitem__(key)
        self._stale = True

    def _add(self, key: str, record: Record) -> None:
        rank = self._rank[key] = len(self._rank)
        if record.group:
            return
        self._people.append(record)
        self._by_end.setdefault(key[-1:], []).append(record)
        self._by_first.setdefault(key[:1], []).append(record)
        for form in {key} | short_forms(key):
            if form:
                self._by_start.setdefault(form[0], []).append((form, form != key))
                self._by_form.setdefault(form, (rank, record))

    def _fresh(self) -> None:
        if self._stale:
            self._stale = False
            for index in (self._rank, self._by_start, self._by_end, self._by_first, self._by_form):
                index.clear()
            self._people.clear()
            for key, record in self.items():
                self._add(key, record)

    def people(self) -> list[Record]:
        """The records that are people, not groups, in order (do not change the list)."""
        self._fresh()
        return self._people

    def forms_by_start(self) -> dict[str, list[tuple[str, bool]]]:
        """Every form of every person's name (the name and its `short_forms`, with whether it
        is a part), by its first character: a sentence is looked at for the forms that start
        with one of its characters only."""
        self._fresh()
        return self._by_start

    def ending(self, char: str) -> list[Record]:
        """The people whose name ends on `char`, in order: the only ones a text ending on
        `char` can end on."""
        self._fresh()
        return self._by_end.get(char, [])

    def starting(self, char: str) -> list[Record]:
        """The people whose name starts with `char`, in order: the only ones a surname, a
        family name or a surname and title starting with `char` can stand for."""
        self._fresh()
        return self._by_first.get(char, [])

    def ending_on(self, text: str) -> Record | None:
        """The first person in order whose whole name ends `text` (…職員鄭文傑 → 鄭文傑)."""
        return next((r for r in self.ending(text[-1:]) if text.endswith(r.name)), None)

    def first_of(self, forms: Iterable[str]) -> Record | None:
        """The first person in order whose name is one of `forms` or has one of them as a
        short form."""
        self._fresh()
        found = [r for f in forms if (r := self._by_form.get(f)) is not None]
        return min(found, key=lambda r: r[0], default=(0, None))[1]

    def rank(self, key: str) -> int:
        """When the name `key` came, against the others (smaller is earlier)."""
        self._fresh()
        return self._rank[key]
