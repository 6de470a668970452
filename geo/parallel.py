"""Extraction on every local core: documents shared out to worker processes.

The work is split by document. Each worker holds the gazetteer once: a worker
forked from the parent (on Linux) inherits the parent's copy, its pages shared as long
as nobody writes to them (the garbage collector is kept off them with
``gc.freeze``); without ``fork`` (other systems, or a parent running threads) each
worker loads it from the on-disk cache in its initializer. Results
come back in the order of the documents, so ``--jobs N`` gives exactly the rows of
``--jobs 1``.

A single document is not split: resolution and dating look at the whole document
(one sense per document, the document's countries and focus town, dates carried
from sentence to sentence), so cutting it into blocks would change its rows.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor

from geo import gazetteer as gazetteer_mod
from geo.documents import Document
from geo.events import DocumentResult, document_events
from geo.progress import progress

_GAZ: gazetteer_mod.Gazetteer | None = None  # the gazetteer of this worker process
_DEMONYMS = False


def default_jobs() -> int:
    """Every core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _init_worker(min_population: int | None, demonyms: bool) -> None:
    global _GAZ, _DEMONYMS
    _DEMONYMS = demonyms
    if _GAZ is None:  # not inherited through fork
        _GAZ = gazetteer_mod.load(min_population)


def _one(doc: Document) -> DocumentResult:
    assert _GAZ is not None
    res = document_events(doc, _GAZ, demonyms=_DEMONYMS)
    res.document = None  # type: ignore[assignment]  # the parent has it: do not send the text back
    return res


def _size(doc: Document) -> int:
    return len(doc.text)


def document_results(
    docs: list[Document],
    gaz: gazetteer_mod.Gazetteer | None = None,
    jobs: int | None = None,
    demonyms: bool = False,
    show: bool | None = None,
) -> list[DocumentResult]:
    """:func:`geo.events.document_events` of every document, in order, on ``jobs``
    processes (default: every core; 1: in this process)."""
    global _GAZ, _DEMONYMS
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 1:
        raise ValueError("jobs must be at least 1")
    gaz = gaz or gazetteer_mod.load()
    workers = min(jobs, len(docs))
    if workers <= 1:
        return [
            document_events(d, gaz, demonyms=demonyms)
            for d in progress(docs, len(docs), "extract", show=show)
        ]
    # fork shares the parent's gazetteer; it is safe only while no other thread could hold a lock
    # (macOS offers fork but its system libraries are not safe after it)
    fork = sys.platform.startswith("linux") and threading.active_count() == 1
    ctx = multiprocessing.get_context("fork" if fork else "spawn")
    if fork:
        _GAZ, _DEMONYMS = gaz, demonyms
        _warm(gaz, demonyms)
        gc.collect()
        # the collector would otherwise write to every inherited object and unshare its page
        gc.freeze()
    try:
        with ProcessPoolExecutor(
            workers, mp_context=ctx, initializer=_init_worker, initargs=(None, demonyms)
        ) as pool:
            results = list(progress(_ordered(pool, docs, workers), len(docs), "extract", show=show))
    finally:
        if fork:
            gc.unfreeze()
            _GAZ = None
    for doc, res in zip(docs, results):
        res.document = doc
    return results


def _warm(gaz: gazetteer_mod.Gazetteer, demonyms: bool) -> None:
    """Build every lazy table (folding tables, word lists, the gazetteer's columns)
    once in the parent, so forked workers share them instead of each building its own."""
    text = (
        "On 26 February 1992 shelling hit Baku and Paris, France. Two days later crowds "
        "gathered in Zzyxgrad.\n"
    )
    document_events(Document(id="warm-up", path="", text=text), gaz, demonyms=demonyms)


def _ordered(
    pool: ProcessPoolExecutor, docs: list[Document], workers: int
) -> Iterator[DocumentResult]:
    """Results in document order; small documents go in chunks to save round trips."""
    mean = sum(map(_size, docs)) / max(len(docs), 1)
    chunk = 1 if mean > 200_000 else max(1, min(16, len(docs) // (workers * 8)))
    yield from pool.map(_one, docs, chunksize=chunk)
