"""Packages first imported from worker threads, one import at a time.

Work runs in threads (a library's index, the article's loader, the annotating worker), and a
package imported for the first time from two threads at once can be seen half-initialised:
`p` crashed with an ImportError when the UI thread drew tone marks with pypinyin, whose modules
import each other in a cycle, while the annotating worker imported it. Every first import of
such a package (pypinyin, OpenCC, trafilatura) goes through `locked_import`, under one lock.
"""

from __future__ import annotations

import importlib
import threading
from types import ModuleType

import_lock = threading.Lock()


def locked_import(name: str, *submodules: str) -> ModuleType:
    """The package `name`, imported under the lock with the `submodules` it is used through."""
    with import_lock:
        for module in submodules:
            importlib.import_module(module)
        return importlib.import_module(name)
