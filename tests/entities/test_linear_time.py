"""Entity rules take linear time on adversarial lists and runs."""
from __future__ import annotations

import gc
import time

import pytest

from pipeline import roles
from pipeline.entities import stage, warm

from .helpers import doc_of

CASES = {
    "name_list": lambda n: "Nguyễn Văn An, " * (n // 15),
    "unknown_caps_list": lambda n: "Xa Ka, " * (n // 7),
    "place_list": lambda n: "Hà Nội, " * (n // 8),
    "company_aliases": lambda n: "Công ty cổ phần Tasco Nam Thái. " + "Tasco Nam Thái và An. " * (n // 22),
    "given_name_aliases": lambda n: "Ông Nguyễn Văn An nói. " + "Hôm nay An đi. " * (n // 15),
    "titles_and_names": lambda n: "Bí thư Nguyễn Văn A, Chủ tịch UBND tỉnh, " * (n // 40),
    "heads": lambda n: "Ban " * (n // 4),
}


def _seconds(text: str) -> float:
    """CPU time of the entity and role stages, without a garbage collection of the
    whole test session's heap landing in the measurement."""
    doc = doc_of(text)
    doc.tokens
    gc.collect()
    gc.disable()
    try:
        t = time.process_time()
        stage(doc)
        roles.stage(doc)
        return time.process_time() - t
    finally:
        gc.enable()


@pytest.mark.parametrize("kind", sorted(CASES))
def test_sixteen_times_the_text_takes_at_most_forty_times_the_time(kind):
    warm()
    make = CASES[kind]
    small = min(_seconds(make(2000)) for _ in range(3))
    large = min(_seconds(make(32000)) for _ in range(2))
    assert large < max(0.05, 40 * small), f"{kind}: {small * 1000:.1f} ms -> {large * 1000:.1f} ms"
