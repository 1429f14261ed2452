"""A stage whose module takes half a second to import, as a stage with big tables
takes to load: the runner must load it outside any article's time limit."""
from __future__ import annotations

import time

from pipeline.doc import Doc

time.sleep(0.5)


def noop(doc: Doc) -> None:
    """Does nothing: only its loading is slow."""
