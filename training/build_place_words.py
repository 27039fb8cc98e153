"""Build `assets/place-words.txt`: the words jieba's dictionary tags as places or organisations.

The name tagger reads a name's shape; a place name can have that shape too (華盛頓 is a
surname and two characters, and stands before 表示 as a speaker would). jieba's dictionary
tags about 22,000 words `ns` (place) or `nt` (organisation); no speaker name of the
development set is among them. This writes those of two to six characters, in simplified and
traditional forms (OpenCC s2t, s2hk, s2tw), one a line.

jieba and its dictionary are MIT-licensed (assets/DATA-LICENSES.txt).

    .venv/bin/python training/build_place_words.py
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    import jieba
    import opencc

    words: set[str] = set()
    with open(jieba.Tokenizer().get_dict_file().name, encoding="utf-8") as lines:
        for line in lines:
            word, _, tag = line.split()
            if tag in {"ns", "nt"} and 2 <= len(word) <= 6:
                words.add(word)
    for config in ("s2t", "s2hk", "s2tw"):
        converter = opencc.OpenCC(config)
        words |= {converter.convert(word) for word in list(words)}
    target = ROOT / "assets" / "place-words.txt"
    target.write_text("".join(word + "\n" for word in sorted(words)), encoding="utf-8")
    print(f"wrote {target} ({len(words):,} words, {target.stat().st_size / 1e3:.0f} kB)")


if __name__ == "__main__":
    main()
