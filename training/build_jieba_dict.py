"""Build `assets/jieba-prefix-dict.marshal.gz`: jieba's prefix dictionary, prebuilt.

jieba builds it from its dict.txt on first use, which took 1.2-1.9 s on a user's first
launch while the first pinyin and the glossary waited (issue 11). The wheel ships it instead:
a first line stamps the jieba version and dictionary it was built from (reader/core/segment.py
uses it only if they match, and builds its own otherwise), then marshal format 4.

jieba and its dictionary are MIT-licensed (assets/DATA-LICENSES.txt).

    .venv/bin/python training/build_jieba_dict.py
"""

from __future__ import annotations

import gzip
import logging
import marshal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    import jieba

    from reader.core.segment import SHIPPED, shipped_stamp

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    frequencies, total = tokenizer.gen_pfdict(tokenizer.get_dict_file())
    data = shipped_stamp().encode() + b"\n" + marshal.dumps((frequencies, total), 4)
    target = ROOT / "assets" / SHIPPED
    target.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    print(f"wrote {target} ({target.stat().st_size / 1e6:.1f} MB, {len(frequencies):,} entries)")


if __name__ == "__main__":
    main()
