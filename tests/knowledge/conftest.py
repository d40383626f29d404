"""Fixtures for the knowledge tests: one tokenizer, the sample index and the real corpus index."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.corpus import load_corpus
from knowledge.index import KnowledgeIndex
from knowledge.tokenize import Tokenizer
from tests.knowledge.samples import regulations_dir, sample_index


@pytest.fixture(scope="session")
def tokenizer() -> Tokenizer:
    return Tokenizer()


@pytest.fixture(scope="session")
def small_index(tokenizer: Tokenizer) -> KnowledgeIndex:
    return sample_index(tokenizer)


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return regulations_dir()


@pytest.fixture(scope="session")
def real_index(corpus_dir: Path, tokenizer: Tokenizer) -> KnowledgeIndex:
    return KnowledgeIndex.build(load_corpus([corpus_dir]), tokenizer)
