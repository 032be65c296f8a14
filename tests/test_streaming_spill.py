"""The streaming export's client spills what the corpus tables read (analysis.streaming.held) and holds none of it."""

import pickle
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis.bench_corpus import realistic_articles
from analysis.corpus import load_corpus
from analysis.streaming.export import HELD_FRAMES, StreamingExport, StudyInputs, chunk_parts, chunks, corpus_metadata
from analysis.streaming.held import FrameSpill, RawTexts
from analysis.study import BatchPool

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def test_a_spilled_frame_reads_back_with_its_values_and_dtypes(tmp_path):
    frames = [
        pd.DataFrame({
            "article_id": ["a", "b"], "speaker": ["Ms Ng", None], "start": [3, 40],
            "score": [0.5, np.nan], "is_word": [True, False],
        }, index=[7, 9]),
        pd.DataFrame({
            "article_id": ["c"], "speaker": ["Mr Ó Briain"], "start": [1], "score": [2.0], "is_word": [True],
        }),
    ]  # fmt: skip
    spill = FrameSpill(tmp_path, "attributions")
    for frame in frames:
        spill.add(frame)
    back = spill.frames()
    assert len(back) == 2
    for frame, read in zip(frames, back, strict=True):
        pd.testing.assert_frame_equal(read, frame.reset_index(drop=True))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["attributions-00000.parquet", "attributions-00001.parquet"]


def test_raw_texts_read_back_from_their_chunk_files_as_the_dict_they_replace(tmp_path):
    chunk_texts = [{"a1": "Plain text.\n", "a2": "Déjà vu — “quoted” 😀"}, {}, {"b1": "x" * 10_000}]
    raw = RawTexts(tmp_path)
    for texts in chunk_texts:
        raw.add(texts)
    whole = {k: v for texts in chunk_texts for k, v in texts.items()}
    assert dict(raw) == whole and list(raw) == list(whole) and len(raw) == 3
    assert raw["a2"][8:9] == "—" and "b1" in raw and "zz" not in raw
    with pytest.raises(KeyError):
        raw["zz"]
    copy = pickle.loads(pickle.dumps(raw))  # the memory maps are not pickled: the copy maps the files again
    assert copy["a2"] == whole["a2"]
    raw.add({"c1": "later"})  # a chunk added after a read is found too
    assert raw["c1"] == "later" and len(raw) == 4


def test_chunks_read_the_texts_of_corpus_metadata_as_load_corpus_holds_them():
    loaded = load_corpus(CORPUS)
    metadata = corpus_metadata(CORPUS)
    assert "raw" not in metadata
    read = pd.concat(list(chunks(metadata, 3, CORPUS)), ignore_index=True)
    pd.testing.assert_frame_equal(read, loaded)


@pytest.fixture(scope="module")
def streamed(seed_study, tmp_path_factory) -> tuple[StreamingExport, list]:
    """A StreamingExport fed 40 articles in chunks of 10, and the chunk studies it was fed."""
    articles = realistic_articles(seed_study, 40, n_outlets=3, seed=11)
    streaming = StreamingExport(tmp_path_factory.mktemp("spill") / "partial")
    studies = []
    with BatchPool(1) as pool:
        for part in chunk_parts(
            articles, 10, StudyInputs(codebooks=seed_study.codebooks), pool, streaming.vocabulary.stop
        ):
            studies.append(part.study)
            streaming.add(part)
    return streaming, studies


def _frames_held(value, seen: set[int]) -> list[pd.DataFrame]:
    """Return every DataFrame reachable from ``value`` through attributes, dicts and lists."""
    if id(value) in seen:
        return []
    seen.add(id(value))
    if isinstance(value, pd.DataFrame):
        return [value]
    if isinstance(value, dict):
        return [f for v in value.values() for f in _frames_held(v, seen)]
    if isinstance(value, list | tuple):
        return [f for v in value for f in _frames_held(v, seen)]
    if hasattr(value, "__dict__") and not isinstance(value, type):
        return _frames_held(vars(value), seen)
    return []


def test_the_client_holds_no_frame_nor_text_of_the_chunks_it_merged(streamed):
    streaming, studies = streamed
    held = _frames_held({k: v for k, v in vars(streaming).items() if k not in ("writers", "codebooks")}, set())
    assert [f for f in held if len(f)] == []  # only the failures list's empty frames
    assert streaming.raw._where is None  # no text read, nor index built, in the client
    assert {p.name for p in streaming.partial.joinpath(".held").iterdir()} >= {
        "raw-00003.arrow",
        "rates.tone-00003.parquet",
    }
    assert set(streaming.held) == set(HELD_FRAMES)
    assert all(len(spill.paths) == 4 for spill in streaming.held.values())


def test_the_spilled_frames_are_the_chunk_studies_frames(streamed):
    streaming, studies = streamed
    assert dict(streaming.raw) == {k: v for study in studies for k, v in study.raw.items()}
    for name in ("articles", "quotes", "attributions"):
        expected = pd.concat([getattr(study, name) for study in studies], ignore_index=True)
        pd.testing.assert_frame_equal(streaming._read(name), expected)
    accusing = streaming._read("accusing_tokens")
    assert len(accusing) and set(accusing["article_id"]) <= set(streaming._read("attributions")["article_id"])
    measures = [streaming._read(f"rates.{m}")["measure"].unique().tolist() for m in ("stance", "tone")]
    assert measures == [["stance"], ["tone"]]


def test_raw_texts_unmapped_are_read_again_from_their_files(tmp_path):
    raw = RawTexts(tmp_path)
    raw.add({"x1": "A kettle sang on the stove.", "x2": "Gulls circled the pier."})
    raw.add({"y1": "The tram was late again."})
    assert raw["x2"] == "Gulls circled the pier."
    raw.unmap()
    assert raw._texts is None  # no mapping held until a text is read
    assert [raw[k] for k in ("y1", "x1")] == ["The tram was late again.", "A kettle sang on the stove."]
    assert len(raw) == 3
