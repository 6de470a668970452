"""Extraction on a Dask cluster (``geo extract … --scheduler``), for corpora that
outgrow one machine. Needs the optional extra ``geo-maps[dask]``.

The client lists the documents (local paths, folders, globs or any fsspec URL:
``s3://bucket/news/*.txt``) and sends their names, in order, to the workers in
partitions; each worker reads its documents itself and runs the same
:func:`geo.events.document_events` as ``geo extract``, with the gazetteer loaded
once per worker process from its own cache (``$GEO_CACHE_DIR``). The client puts
the rows back in document order, so the table is the one the serial run writes.
A worker needs the memory of one gazetteer (about 600 MB) plus its documents.
"""

from __future__ import annotations

import glob
import math
import os
import tempfile
import threading
from dataclasses import replace
from pathlib import Path

import pandas as pd

from geo import gazetteer as gazetteer_mod
from geo.documents import SUFFIXES, Document, load_document, with_pages
from geo.events import DocumentResult, document_events, events_frame
from geo.exceptions import DocumentError, GeoError, InputError
from geo.output import EVENT_FORMATS, write_events

_LOCK = threading.Lock()
_GAZ: gazetteer_mod.Gazetteer | None = None  # one per worker process, shared by its threads

# Columns whose type a partition could otherwise guess from its own rows (all empty → object).
_PART_TYPES = {
    "lat": "float64",
    "lon": "float64",
    "confidence": "float64",
    "date_inherited": "bool",
    "unplaced": "bool",
}


def _dask():
    try:
        import distributed
    except ImportError:
        raise GeoError("--scheduler needs Dask: pip install 'geo-maps[dask]'") from None
    return distributed


def _is_url(path: str) -> bool:
    return "://" in path and not path.startswith("file://")


def document_paths(paths: list[str | Path]) -> list[str]:
    """The documents named by ``paths`` (files, folders searched recursively, globs,
    fsspec URLs), in the order :func:`geo.documents.load_documents` reads them."""
    out: list[str] = []
    for item in map(str, paths):
        if _is_url(item):
            import fsspec

            fs, _, found = fsspec.get_fs_token_paths(item)
            if len(found) == 1 and fs.isdir(found[0]):
                found = [f for f in fs.find(found[0]) if Path(f).suffix.lower() in SUFFIXES]
            protocol = item.split("://", 1)[0]
            out.extend(f if "://" in f else f"{protocol}://{f}" for f in sorted(found))
            continue
        item = item.removeprefix("file://")
        p = Path(item)
        if p.is_dir():
            out.extend(
                str(f)
                for f in sorted(
                    f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES
                )
            )
        elif p.exists():
            out.append(item)
        elif glob.has_magic(item):
            out.extend(
                sorted(
                    f for f in glob.glob(item, recursive=True) if Path(f).suffix.lower() in SUFFIXES
                )
            )
        else:
            raise DocumentError("no such file or folder", item)
    if not out:
        raise DocumentError("no documents found (.txt, .md or .html)", ", ".join(map(str, paths)))
    seen: dict[str, str] = {}
    for f in out:
        stem = Path(f.rsplit("/", 1)[-1]).stem
        if stem in seen:
            raise DocumentError(
                f"two documents share the id {stem!r} (also {seen[stem]}); rename one", f
            )
        seen[stem] = f
    return out


def _read(path: str) -> Document:
    """A document read on the worker: locally, or through fsspec for a URL."""
    if not _is_url(path):
        return load_document(path)
    import fsspec

    with fsspec.open(path, "rb") as fh:
        raw = fh.read()
    with tempfile.TemporaryDirectory() as tmp:
        local = Path(tmp) / path.rsplit("/", 1)[-1]
        local.write_bytes(raw)
        doc = load_document(local)
    doc.path = path
    return doc


def _worker_gazetteer() -> gazetteer_mod.Gazetteer:
    global _GAZ
    with _LOCK:
        if _GAZ is None:
            _GAZ = gazetteer_mod.load(progress=False)
        return _GAZ


def extract_partition(paths: list[str], demonyms: bool = False) -> list[DocumentResult]:
    """Run on a worker: read and extract ``paths``; the results keep their document's
    metadata but not its text (the events quote what they need)."""
    gaz = _worker_gazetteer()
    out = []
    for path in paths:
        res = document_events(_read(path), gaz, demonyms=demonyms)
        res.document = replace(res.document, text="")
        out.append(res)
    return out


def _events(results: list[DocumentResult]):
    """The events table of ``results``, with the PDF page of each mention (as the serial run)."""
    return with_pages(events_frame(results), [r.document for r in results])


def _client(scheduler: str, workers: int | None):
    distributed = _dask()
    if scheduler == "local":
        from geo.parallel import default_jobs

        cluster = distributed.LocalCluster(
            n_workers=workers or default_jobs(),
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
        )
        return distributed.Client(cluster), cluster
    if "://" not in scheduler:
        raise InputError(
            f"--scheduler is 'local' or an address such as tcp://HOST:8786, not {scheduler!r}"
        )
    try:
        return distributed.Client(scheduler, timeout="20s"), None
    except OSError as exc:
        raise GeoError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None


def extract_on_dask(
    docs: list[str | Path],
    output: str | Path,
    scheduler: str,
    workers: int | None = None,
    demonyms: bool = False,
) -> int:
    """Extract events from ``docs`` on Dask and write them to ``output``: one
    .csv/.geojson/.parquet file, or a folder (a path without an extension, or an
    existing folder) of GeoParquet partitions ``part-00000.parquet`` … in document
    order. ``scheduler``: ``"local"`` (a LocalCluster of ``workers`` processes,
    default one per core) or a scheduler address. Returns the number of events."""
    out = str(output)
    partitioned = out.endswith(("/", os.sep)) or Path(out).is_dir() or not Path(out).suffix
    if not partitioned and Path(out).suffix.lower() not in EVENT_FORMATS:
        raise InputError(
            f"unknown output type {Path(out).suffix!r}; use {', '.join(EVENT_FORMATS)} or a folder",
            out,
        )
    if (
        partitioned
        and Path(out).is_dir()
        and any(not f.name.startswith("part-") for f in Path(out).iterdir())
    ):
        raise InputError(
            "folder holds files other than part-*.parquet: name a new or empty folder", out
        )
    paths = document_paths(docs)
    client, cluster = _client(scheduler, workers)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or (workers or 1))
        size = max(1, min(64, math.ceil(len(paths) / (4 * n_workers))))
        parts = [paths[i : i + size] for i in range(0, len(paths), size)]
        futures = client.map(extract_partition, parts, demonyms=demonyms, pure=False)
        frames = (_events(f.result()) for f in futures)
        if partitioned:
            return _write_parts(frames, Path(out))
        events = _events([r for f in futures for r in f.result()])
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    write_events(events, out)
    return len(events)


def _write_parts(frames, folder: Path) -> int:
    """Write each frame as ``part-NNNNN.parquet`` into a new folder that replaces ``folder`` at the
    end."""
    import shutil

    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    total = 0
    try:
        for i, frame in enumerate(frames):
            write_events(frame.astype(_PART_TYPES), tmp / f"part-{i:05d}.parquet")
            total += len(frame)
        if folder.exists():
            old = folder.with_name(f".{folder.name}-old")
            shutil.rmtree(old, ignore_errors=True)
            os.replace(folder, old)
            os.replace(tmp, folder)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, folder)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return total


def read_parts(folder: str | Path) -> pd.DataFrame:
    """The partitions of ``folder`` as one events table, in document order."""
    import geopandas as gpd

    parts = sorted(Path(folder).glob("part-*.parquet"))
    return pd.concat(
        [pd.DataFrame(gpd.read_parquet(p)).drop(columns="geometry") for p in parts],
        ignore_index=True,
    )
