"""BM25 channels score exactly like bm25s's lucene variant."""

from __future__ import annotations

import random

import bm25s
import numpy as np

from knowledge.channels import Bag, SparseChannel, radix_argsort, top_indices


def bag(ids: list[int]) -> Bag:
    unique, counts = np.unique(np.array(ids, dtype=np.int32), return_counts=True)
    return Bag(unique.astype(np.int32), counts.astype(np.int32), len(ids))


def test_scores_match_bm25s_reference() -> None:
    rng = random.Random(3)
    vocab = {f"t{i}": i for i in range(40)}
    docs = [[rng.randrange(40) for _ in range(rng.randint(3, 30))] for _ in range(60)]
    channel = SparseChannel.build([bag(d) for d in docs], vocab)
    reference = bm25s.BM25(k1=1.2, b=0.75, method="lucene")
    reference.index([[f"t{i}" for i in d] for d in docs], show_progress=False)
    for query in (["t1"], ["t2", "t7", "t39"], ["t5", "t5", "t11"]):
        ours = channel.scores(dict.fromkeys(query, 1.0))
        theirs = reference.get_scores(query)
        if query == ["t5", "t5", "t11"]:  # bm25s counts a repeated query token twice
            theirs = theirs - reference.get_scores(["t5"])
        np.testing.assert_allclose(ours, theirs, rtol=1e-5, atol=1e-6)


def test_weights_scale_term_contributions() -> None:
    vocab = {"a": 0, "b": 1}
    channel = SparseChannel.build([bag([0]), bag([1]), bag([0, 1])], vocab)
    full = channel.scores({"a": 1.0})
    half = channel.scores({"a": 0.5})
    np.testing.assert_allclose(half, full / 2, rtol=1e-6)
    assert channel.df("a") == 2 and channel.df("zzz") == 0
    assert not channel.scores({"zzz": 1.0}).any()


def test_radix_argsort_is_a_stable_argsort() -> None:
    keys = np.random.default_rng(1).integers(0, 300_000, 50_000).astype(np.int32)
    np.testing.assert_array_equal(radix_argsort(keys), np.argsort(keys, kind="stable"))


def test_top_indices_respects_the_mask_and_positivity() -> None:
    scores = np.array([0.0, 3.0, 1.0, 2.0, 5.0])
    mask = np.array([True, True, True, True, False])
    assert top_indices(scores, mask, 10).tolist() == [1, 3, 2]
    assert top_indices(scores, None, 2).tolist() == [4, 1]
