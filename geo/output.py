"""Writing geo's tables and GeoJSON, atomically (a temp file renamed into place)."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable
from contextvars import ContextVar
from pathlib import Path

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point

from geo.events import DocumentResult
from geo.exceptions import InputError
from geo.gazetteer import Gazetteer
from geo.model import Place
from geo.safe import neutralise_frame

EVENT_FORMATS = (".csv", ".geojson", ".json", ".parquet")


class Staging:
    """A set of outputs that replaces the old set together (``with Staging(): …``).

    Inside the block every :func:`atomic_write` (and :func:`geo.maps.write_maps`)
    writes its file under a temporary name beside the target and only records the
    rename; when the block ends without an error all renames are made one after the
    other, and when it ends with one every temporary file is removed and nothing old
    has been touched. A later stage's failure (a full disk, an unwritable folder)
    therefore never leaves new places beside old maps.

    A process killed outright (``kill -9``) cannot clean up, so the block keeps a
    journal in the cache folder (``staging/<id>.json``): while staging it lists the
    temporary files; while committing it says so. The next block (the next
    ``geo build``) reads any journal left behind first: one killed while staging is
    rolled back (its temporary files removed, the old set untouched), one killed
    while committing is rolled forward (the rest of the new set moved into place).
    """

    def __init__(self) -> None:
        self.moves: list[tuple[Path, Path]] = []
        self.removals: list[Path] = []
        self.folders: list[Path] = []
        self._token = None
        self._journal: Path | None = None

    def __enter__(self) -> Staging:
        recover()
        self._journal = _journal_dir() / f"{os.getpid()}-{id(self):x}.json"
        self._write_journal("staging")
        self._token = _STAGING.set(self)
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        _STAGING.reset(self._token)
        if exc_type is None:
            self.commit()
        else:
            self.discard()

    def _write_journal(self, state: str) -> None:
        if self._journal is None:
            return
        data = {"state": state, "moves": [[str(a), str(b)] for a, b in self.moves],
                "removals": [str(p) for p in self.removals],
                "folders": [str(f) for f in self.folders]}  # fmt: skip
        try:
            self._journal.parent.mkdir(parents=True, exist_ok=True)
            tmp = self._journal.with_suffix(".tmp")
            with open(tmp, "w", encoding="utf-8") as fh:
                json.dump(data, fh)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self._journal)
        except OSError:
            # no journal (a read-only cache): the set is still staged, only not recoverable after a
            # kill
            pass

    def note(self) -> None:
        """Record what is staged so far (called as files are staged)."""
        self._write_journal("staging")

    def commit(self) -> None:
        """Move every staged file into place, remove what the new set drops."""
        self._write_journal("committing")
        try:
            for tmp, target in self.moves:
                os.replace(tmp, target)
            for path in self.removals:
                path.unlink(missing_ok=True)
        finally:
            self.discard()

    def discard(self) -> None:
        """Remove every temporary file and folder still there, and the journal."""
        for tmp, _ in self.moves:
            Path(tmp).unlink(missing_ok=True)
        for folder in self.folders:
            shutil.rmtree(folder, ignore_errors=True)
        self.moves, self.removals, self.folders = [], [], []
        if self._journal is not None:
            self._journal.unlink(missing_ok=True)


def _journal_dir() -> Path:
    from geo.resources import cache_dir

    return cache_dir() / "staging"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def recover() -> list[str]:
    """Finish what a killed ``geo build`` left: roll a journal in state ``staging``
    back (remove its temporary files), one in state ``committing`` forward (move the
    rest of its files into place). Journals of running processes are left alone.
    Returns one line per journal handled."""
    out = []
    folder = _journal_dir()
    for journal in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            pid = int(journal.name.split("-", 1)[0])
            if pid == os.getpid() or _alive(pid):
                continue
            data = json.loads(journal.read_text(encoding="utf-8"))
        except (ValueError, OSError):
            continue
        forward = data.get("state") == "committing"
        for tmp, target in data.get("moves", []):
            if Path(tmp).exists():
                if forward:
                    os.replace(tmp, target)
                else:
                    Path(tmp).unlink(missing_ok=True)
        if forward:
            for path in data.get("removals", []):
                Path(path).unlink(missing_ok=True)
        for f in data.get("folders", []):
            shutil.rmtree(f, ignore_errors=True)
        journal.unlink(missing_ok=True)
        out.append(
            f"{'finished' if forward else 'rolled back'} an interrupted build "
            f"({len(data.get('moves', []))} files)"
        )
    return out


_STAGING: ContextVar[Staging | None] = ContextVar("geo_staging", default=None)


def staging() -> Staging | None:
    """The :class:`Staging` block the caller is in, if any."""
    return _STAGING.get()


def atomic_write(path: str | Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp)`` then move ``tmp`` onto ``path``; on failure ``path`` is untouched.
    Inside a :class:`Staging` block the move waits for the end of the block."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}-", dir=target.parent)
    os.close(fd)
    st = staging()
    if st is not None:  # in the journal before the first byte, so a kill leaves nothing unknown
        st.moves.append((Path(tmp), target))
        st.note()
    try:
        write(Path(tmp))
        os.chmod(tmp, 0o644)
        if st is None:
            os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        if st is not None:
            st.moves.remove((Path(tmp), target))
        raise
    return target


def write_csv(table: pd.DataFrame, path: str | Path) -> Path:
    """Write a table as CSV, its text cells safe to open in a spreadsheet.

    A text cell that starts with ``= + - @``, a tab or a carriage return gets a
    leading ``'`` (:func:`geo.safe.csv_cell`), so a spreadsheet shows it rather than
    running it as a formula; numbers stay numbers. geo strips that ``'`` again when
    it reads the table back; GeoJSON and Parquet keep the raw text.
    """
    safe = neutralise_frame(table)
    return atomic_write(path, lambda tmp: safe.to_csv(tmp, index=False))


def places_frame(results: list[DocumentResult], gaz: Gazetteer) -> gpd.GeoDataFrame:
    """One row per distinct place found: names, source, confidence and its mentions."""
    by_place: dict[str, dict] = {}
    for r in results:
        for res in r.resolutions:
            key = f"near:{res.place_id}:{res.mention.key}" if res.near else res.place_id
            rec = by_place.get(key)
            if rec is None:
                pl = Place.from_gazetteer(gaz, res.row)
                rec = by_place[key] = {
                    **(_placed_near(res, pl) if res.near else pl.properties()),
                    "id": key,
                    "confidence": res.confidence,
                    "rejected": res.rejected[:1],
                    "mentions": [],
                    "geometry": Point(pl.lon, pl.lat),
                }
            rec["confidence"] = min(rec["confidence"], res.confidence)
            rec["mentions"].append(
                {
                    "doc": r.document.id,
                    "text": res.mention.surface,
                    "start": res.mention.start,
                    "end": res.mention.end,
                }
            )
    rows = sorted(by_place.values(), key=lambda d: (-len(d["mentions"]), d["name"]))
    if rows:
        gdf = gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")
        for col in ("geonameid", "population"):  # whole numbers or null, not floats
            gdf[col] = pd.Series([rec[col] for rec in rows], dtype=object, index=gdf.index)
        return gdf
    return gpd.GeoDataFrame({"geometry": []}, geometry="geometry", crs="EPSG:4326")


def _placed_near(res, place: Place) -> dict:
    """The properties of a name the gazetteer lacks, placed at ``place`` (the place the
    text writes it near or in: :mod:`geo.geocode.near`)."""
    return {
        **dict.fromkeys(place.properties()),
        "name": res.mention.surface,
        "names": [res.mention.surface],
        "kind": "unknown",
        "source": f"not in the gazetteer; placed at {place.name} ({place.id}), which the text "
        f"writes it {res.near}",
    }


def write_places(places: gpd.GeoDataFrame, path: str | Path) -> Path:
    """Write the places as a GeoJSON FeatureCollection."""
    data = (
        json.loads(places.to_json(drop_id=True, ensure_ascii=False))
        if len(places)
        else {"type": "FeatureCollection", "features": []}
    )
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    return atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def events_geodataframe(events: pd.DataFrame) -> gpd.GeoDataFrame:
    """Events with point geometry (none for unplaced ones)."""
    geom = [
        Point(lon, lat) if not (pd.isna(lat) or pd.isna(lon)) else None
        for lat, lon in zip(events["lat"], events["lon"])
    ]
    return gpd.GeoDataFrame(events.copy(), geometry=geom, crs="EPSG:4326")


def write_events(events: pd.DataFrame, path: str | Path) -> Path:
    """Write events as CSV, GeoJSON or GeoParquet, chosen by the file extension."""
    p = Path(path)
    ext = p.suffix.lower()
    if ext not in EVENT_FORMATS:
        raise InputError(
            f"unknown output type {ext or '(none)'!r}; use {', '.join(EVENT_FORMATS)}", p
        )
    if ext == ".csv":
        return write_csv(events, p)
    gdf = events_geodataframe(events)
    if ext == ".parquet":
        from geo.extras import require

        require("pyarrow")
        return atomic_write(p, lambda tmp: gdf.to_parquet(tmp, index=False))
    text = gdf.to_json(drop_id=True, ensure_ascii=False, na="null")
    return atomic_write(p, lambda tmp: tmp.write_text(text + "\n", encoding="utf-8"))


def unknown_frame(results: list[DocumentResult], gaz: Gazetteer | None = None) -> pd.DataFrame:
    """Names that look like places but are not in the gazetteer, with where they
    stand and, given the gazetteer, the town the document is about, where such a
    name most likely lies (``probably_in``; never mapped)."""
    from geo.geocode import document_focus

    rows = []
    for r in results:
        focus = document_focus(r.resolutions, gaz) if gaz is not None and r.unknown else None
        near = "" if focus is None else f"{gaz.col['name'][focus]} ({gaz.col['id'][focus]})"
        for s, e, name in r.unknown:
            context = r.document.text[max(0, s - 60) : e + 60].replace("\n", " ")
            rows.append(
                {
                    "doc": r.document.id,
                    "name": name,
                    "start": s,
                    "end": e,
                    "context": context,
                    "probably_in": near,
                }
            )
    return pd.DataFrame(rows, columns=["doc", "name", "start", "end", "context", "probably_in"])
