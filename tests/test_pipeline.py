"""The pipeline object: a warmed worker starts with the lexicon's words known, and warming changes no output."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import WORD_CACHE
from pipeline.entities import lexicon as entity_lexicon
from pipeline.normalize import words as normalize_words
from pipeline.pipeline import Pipeline, _vocabulary_texts

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def warmed() -> Pipeline:
    # (emptied first: other tests of the session fill them with the words they read)
    entity_lexicon._PIECES.clear()
    normalize_words._word_infos("old").clear()
    return Pipeline().warm()


@pytest.mark.parametrize("word", [
    "của",      # the commonest syllable of running text
    "Nội",      # a capitalized syllable of a place name
    "nghiệp",   # a syllable of a compound (doanh nghiệp)
    "đó.",      # a common word closing a sentence, a piece of its own to the entity tokenizer
    "này,",     # and one before a comma
    "2010,",    # a year in a date's tail
    "1975)",    # a year closing a bracket
    "31.",      # a day closing a sentence
])
def test_warm_fills_the_entity_tokenizers_cache_with_common_words(warmed, word):
    assert word in entity_lexicon._PIECES


@pytest.mark.parametrize("word", ["của", "Của", "tướng", "Tướng"])
def test_warm_fills_the_typo_pass_word_infos(warmed, word):
    assert word in normalize_words._word_infos("old")


def test_vocabulary_texts_hold_each_known_syllable_in_both_cases():
    from pipeline.normalize.lexicon import lexicon
    tokens = [t for text in _vocabulary_texts() for t in text.split()]
    assert len(tokens) == len(set(tokens))  # no word twice: the typo pass would drop a doubled word
    assert len(tokens) < WORD_CACHE // 2    # the caches keep room for the articles' own words
    known = lexicon().known
    assert known <= set(tokens)
    assert {s[:1].upper() + s[1:] for s in known} <= set(tokens)


COLD = """
import json, sys
from pipeline import extract
print(json.dumps(extract(sys.stdin.read(), id="a"), ensure_ascii=False, sort_keys=True))
"""


@pytest.mark.parametrize("name", ["000_8b08714e9c7da122.txt"])
def test_warmed_and_cold_pipelines_give_the_same_record(warmed, name):
    """The warm-up only fills caches of pure functions: a cold process (``pipeline.extract``
    does not warm) and a warmed pipeline give the same record."""
    text = (ROOT / "corpus" / name).read_text(encoding="utf-8")
    cold = subprocess.run([sys.executable, "-c", COLD], input=text, capture_output=True, text=True,
                          cwd=ROOT, check=True).stdout
    assert json.loads(cold) == json.loads(json.dumps(warmed(text, id="a"), ensure_ascii=False, sort_keys=True))
