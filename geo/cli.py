"""The ``geo`` command line. Every error becomes one line on stderr and exit status 1."""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

import click

from geo.exceptions import GeoError, InputError


def _line(message: str) -> str:
    """``message`` as one line that any terminal can print (a file name that is not
    UTF-8 keeps its bytes as ``\\xff`` escapes)."""
    one = " ".join(part.strip() for part in str(message).splitlines() if part.strip()) or "error"
    try:
        raw = one.encode("utf-8", "surrogateescape")  # file names as the system gave them
    except UnicodeEncodeError:
        raw = one.encode("utf-8", "backslashreplace")
    return raw.decode("utf-8", "backslashreplace")


def _fail(message: str) -> None:
    click.echo(f"geo: error: {_line(message)}", err=True)
    sys.exit(1)


def _os_message(exc: OSError) -> str:
    """``file: problem`` for an operating-system error (a folder that is a file, a
    read-only folder, a full disk)."""
    name = exc.filename if exc.filename is not None else ""
    if isinstance(name, bytes):
        name = os.fsdecode(name)
    problem = exc.strerror or str(exc)
    if isinstance(exc, (FileExistsError, NotADirectoryError)) and exc.filename is not None:
        problem += " (a part of this path is a file, not a folder)"
    return f"{name}: {problem}" if name else problem


class _Note(logging.Handler):
    """Prints geo's log records (a document read as cp1251, a skipped row) as
    ``geo: note: ...`` lines on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        kind = "warning" if record.levelno >= logging.WARNING else "note"
        click.echo(f"geo: {kind}: {_line(record.getMessage())}", err=True)


_NO_ARGS = getattr(click.exceptions, "NoArgsIsHelpError", ())  # click >= 8.2


class _Group(click.Group):
    """The command group: every failure is one ``geo: error: ...`` line and exit status 1,
    click's usage errors included (no usage text, no traceback)."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        log = logging.getLogger("geo")
        handler, before = _Note(), (log.level, log.propagate)
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False
        try:
            rv = super().main(
                args, prog_name or "geo", complete_var, standalone_mode=False, **extra
            )
        except GeoError as exc:
            _fail(str(exc))
        except _NO_ARGS as exc:  # "geo" or "geo gazetteer" alone: the help, as click shows it
            click.echo(exc.ctx.get_help() if exc.ctx is not None else exc.format_message())
            rv = 0
        except click.UsageError as exc:
            where = f"{exc.ctx.command_path}: " if exc.ctx is not None else ""
            _fail(f"{where}{exc.format_message()} (see --help)")
        except click.ClickException as exc:
            _fail(exc.format_message())
        except click.Abort:
            _fail("interrupted")
        except OSError as exc:
            _fail(_os_message(exc))
        except RecursionError:
            _fail("input too deeply nested")
        except MemoryError:
            _fail("out of memory")
        except Exception as exc:  # a bug in geo: still one line, the traceback on request
            if os.environ.get("GEO_DEBUG"):
                raise
            _fail(
                f"internal error: {type(exc).__name__}: {exc} (run with GEO_DEBUG=1 for the traceback)"
            )
        finally:
            log.removeHandler(handler)
            log.setLevel(before[0])
            log.propagate = before[1]
        if standalone_mode:
            sys.exit(rv if isinstance(rv, int) else 0)
        return rv


def _input_file(path: str, what: str = "file") -> Path:
    """``path`` as an existing file, or a one-line error naming it."""
    p = Path(path)
    if p.is_dir():
        raise InputError(f"is a folder; give a {what}", p)
    if not p.exists():
        raise InputError(f"no such {what}", p)
    return p


def _output_file(path: str, suffixes: tuple[str, ...]) -> Path:
    """``path`` as a file to write, of one of ``suffixes``, or a one-line error naming it."""
    p = Path(path)
    if p.is_dir() or str(path).endswith(("/", os.sep)):
        raise InputError(f"is a folder; give a file name ending in {' or '.join(suffixes)}", p)
    if p.suffix.lower() not in suffixes:
        raise InputError(
            f"unknown output type {p.suffix or '(none)'!r}; use {', '.join(suffixes)}", p
        )
    _writable(p.parent, p)
    return p


def _output_dir(path: str) -> Path:
    """``path`` as a folder geo may write (it need not exist yet), checked before any work."""
    p = Path(path)
    if p.exists() and not p.is_dir():
        raise InputError("is a file; give a folder for the maps", p)
    _writable(p, p)
    return p


def _writable(folder: Path, target: Path) -> None:
    """Fail now, not after the work, when ``folder`` cannot be made or written."""
    f = folder.absolute()
    while not f.exists() and f != f.parent:
        f = f.parent
    if not f.is_dir():
        raise InputError(f"cannot write here: {f} is a file, not a folder", target)
    if not os.access(f, os.W_OK | os.X_OK):
        raise InputError(f"cannot write here: folder {f} is read-only", target)


@click.group(cls=_Group)
@click.version_option(package_name="geo-maps")
def main() -> None:
    """geo: turn documents into layered, embeddable event maps.

    \b
    Example:
      geo build                      # the bundled documents -> maps/, data/places.geojson
      geo extract doc.md -o events.csv
    """


_JOBS = click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=0,
    help="Processes for extraction, one document each at a time (default 0: every core; 1: this process).",
)


@main.command()
@click.argument("docs", nargs=-1, type=click.Path())
@click.option(
    "--out", "out_dir", default="maps", show_default=True, help="Folder for the HTML maps."
)
@click.option(
    "--places",
    "places_path",
    default="data/places.geojson",
    show_default=True,
    help="Where to write the places GeoJSON.",
)
@click.option(
    "--events-out",
    "events_path",
    default="data/events.csv",
    show_default=True,
    help="Where to write the events table (.csv, .geojson, .parquet).",
)
@click.option(
    "--events",
    "user_events",
    type=click.Path(),
    help="Your own events table to map as well (.csv, .geojson, .parquet).",
)
@click.option(
    "--periods",
    "periods_file",
    type=click.Path(),
    help="CSV of periods (name,start,end); default: one per year.",
)
@click.option("--by", type=click.Choice(["year", "decade"]), default="year", show_default=True)
@click.option("--title", default="Events in the documents", show_default=True)
@click.option(
    "--self-contained",
    is_flag=True,
    help="Inline every script and style (no CDN request; tiles stay online).",
)
@click.option(
    "--unresolved",
    "unknown_path",
    default="data/unresolved.csv",
    show_default=True,
    help="Where to list names not in the gazetteer.",
)
@click.option(
    "--demonyms",
    is_flag=True,
    help='Also map demonyms used as modifiers ("the Syrian border") at their country.',
)
@click.option(
    "--strict",
    is_flag=True,
    help="Refuse an --events table with any bad row (default: report bad rows, map the good ones).",
)
@_JOBS
def build(
    docs,
    out_dir,
    places_path,
    events_path,
    user_events,
    periods_file,
    by,
    title,
    self_contained,
    unknown_path,
    demonyms,
    strict,
    jobs,
):
    """Run the whole chain on DOCS (default: the bundled documents, geo/data/documents/).

    \b
    Example:
      geo build
      geo build my_articles/ --out site/maps --periods periods.csv
    """
    from geo.pipeline import build as run

    _output_dir(out_dir)
    for path, kinds in (
        (places_path, (".geojson", ".json")),
        (events_path, (".csv", ".geojson", ".json", ".parquet")),
        (unknown_path, (".csv",)),
    ):
        if path:
            _output_file(path, kinds)
    extra = _read_table(user_events, strict) if user_events else None
    ex = run(
        list(docs) or None,
        out_dir,
        places_path,
        events_path,
        periods_file,
        by,
        title,
        extra,
        self_contained,
        unknown_path,
        demonyms,
        jobs=jobs or None,
    )
    placed = int((~ex.events["unplaced"].astype(bool)).sum())
    click.echo(
        f"{len(ex.documents)} document(s): {len(ex.places)} places, {len(ex.events)} events "
        f"({placed} placed, {len(ex.events) - placed} unplaced)\n"
        f"{len(ex.unknown)} name(s) that look like places are not in the gazetteer: see {unknown_path} (add them with geo gazetteer add)\n"
        f"wrote {places_path}, {events_path} and {out_dir}/index.html"
    )


@main.command()
@click.argument("docs", nargs=-1, required=True, type=click.Path())
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(),
    help="Output file: .csv, .geojson or .parquet (with --scheduler: or a folder for partitioned GeoParquet).",
)
@click.option(
    "--demonyms",
    is_flag=True,
    help='Also map demonyms used as modifiers ("the Syrian border") at their country.',
)
@click.option(
    "--format", "table_format", type=click.Choice(["geo", "acled", "ucdp"]), default="geo", show_default=True,
    help="Columns of the table: geo's own, an ACLED export's or a UCDP GED file's (CSV only).",
)  # fmt: skip
@_JOBS
@click.option(
    "--scheduler",
    help="Run on Dask: 'local' (a LocalCluster of --jobs workers) or a scheduler address tcp://HOST:8786 (needs geo-maps[dask]).",
)
def extract(docs, output, demonyms, table_format, jobs, scheduler):
    """Find places, dates and events in DOCS and write one row per event and place.

    \b
    Example:
      geo extract geo/data/documents/ -o events.csv
      geo extract geo/data/documents/ -o events_acled.csv --format acled
      geo extract 'news/*.txt' -o events/ --scheduler tcp://10.0.0.5:8786
    """
    if scheduler and table_format != "geo":
        raise click.BadParameter(
            f"--format {table_format} is written by a run on this machine: leave out --scheduler",
            param_hint="--format",
        )
    if scheduler:
        from geo.cluster import extract_on_dask

        click.echo(
            f"wrote {extract_on_dask(list(docs), output, scheduler, workers=jobs or None, demonyms=demonyms)} events to {output}"
        )
        return
    from geo.output import EVENT_FORMATS, write_events
    from geo.pipeline import extract as run

    _output_file(output, EVENT_FORMATS)
    if table_format != "geo" and Path(output).suffix.lower() != ".csv":
        raise click.BadParameter(
            f"--format {table_format} writes a .csv file", param_hint="--output"
        )
    ex = run(list(docs), demonyms=demonyms, jobs=jobs or None)
    if table_format != "geo":
        from geo.formats import from_geo

        table, notes = from_geo(ex.events, table_format)
        for line in notes:
            click.echo(f"geo: note: {line}", err=True)
        write_events(table, output)
        click.echo(
            f"wrote {len(table)} of {len(ex.events)} events to {output} ({table_format}; {len(notes)} left out, listed above)"
        )
        return
    write_events(ex.events, output)
    click.echo(f"wrote {len(ex.events)} events to {output}")


@main.command("compare")
@click.argument("docs", nargs=-1, type=click.Path())
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(),
    help="Claims table: .csv, .geojson or .parquet.",
)
@click.option(
    "--days",
    default=3,
    show_default=True,
    type=click.IntRange(0, 366),
    help="Dates at most this many days apart can tell one happening.",
)
@click.option(
    "--events",
    "user_events",
    type=click.Path(),
    help="Also compare the events of this table (.csv, .geojson, .parquet).",
)
@_JOBS
def compare_cmd(docs, output, days, user_events, jobs):
    """Put the accounts of several documents side by side: one row per happening
    and document, with what they disagree on (dates, figures). DOCS default to the
    bundled documents.

    \b
    Example:
      geo compare geo/data/documents/ -o claims.csv
    """
    import pandas as pd

    from geo.claims import compare
    from geo.output import EVENT_FORMATS, write_events
    from geo.pipeline import extract as run

    if Path(output).suffix.lower() not in EVENT_FORMATS:
        raise click.BadParameter(f"use one of {', '.join(EVENT_FORMATS)}", param_hint="--output")
    from geo.pipeline import DEFAULT_DOCS

    ex = run(list(docs) or [DEFAULT_DOCS], jobs=jobs or None)
    events = ex.events
    if user_events:
        from geo.table import read_events

        events = pd.concat([events, read_events(user_events).events], ignore_index=True)
    result = compare(events, days=days)
    write_events(result.claims, output)
    click.echo(f"{result.summary}; wrote {len(result.claims)} rows to {output}")


def _online():
    """The opt-in online geocoder; GEO_NOMINATIM=scheme://host:port points it elsewhere."""
    import os

    from geo.online import OnlineGeocoder

    target = os.environ.get("GEO_NOMINATIM", "https://nominatim.openstreetmap.org")
    scheme, _, domain = target.partition("://")
    return OnlineGeocoder(
        domain=domain, scheme=scheme, min_delay=float(os.environ.get("GEO_NOMINATIM_DELAY", "1.0"))
    )


@main.command()
@click.argument("names", nargs=-1, required=True)
@click.option(
    "--context", default="", help="Text around the names, used to choose between namesakes."
)
@click.option(
    "--online",
    is_flag=True,
    help="Ask OpenStreetMap Nominatim for names the gazetteer lacks (1 request/s, cached).",
)
def geocode(names, context, online):
    """Print a GeoJSON FeatureCollection of the places NAMES most likely mean.

    \b
    Example:
      geo geocode Georgia --context "U.S. state legislatures in Texas and Maine"
    """
    from geo.gazetteer import load
    from geo.geocode import geocode_names

    gaz = load()
    feats = []
    remote = _online() if online else None
    for name, res in zip(names, geocode_names(list(names), gaz, context)):
        if res is None:
            hit = remote.lookup(name) if remote is not None else None
            if hit is not None:
                props = {
                    "query": name,
                    "found": True,
                    "id": f"osm:{hit['name']}",
                    "name": hit["name"],
                    "names": [hit["display_name"]],
                    "source": hit["source"],
                    "confidence": None,
                }
                feats.append(
                    {
                        "type": "Feature",
                        "geometry": {"type": "Point", "coordinates": [hit["lon"], hit["lat"]]},
                        "properties": props,
                    }
                )
                continue
            feats.append(
                {"type": "Feature", "geometry": None, "properties": {"query": name, "found": False}}
            )
            continue
        from geo.model import Place

        pl = Place.from_gazetteer(gaz, res.row)
        props = {
            "query": name,
            "found": True,
            **pl.properties(),
            "confidence": res.confidence,
            "rejected": res.rejected,
        }
        props.pop("population")
        feats.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [pl.lon, pl.lat]},
                "properties": props,
            }
        )
    click.echo(
        json.dumps({"type": "FeatureCollection", "features": feats}, ensure_ascii=False, indent=1)
    )


@main.command()
@click.argument("events", type=click.Path())
@click.option(
    "-o", "--out", "out_dir", required=True, type=click.Path(), help="Folder for the HTML maps."
)
@click.option(
    "--periods", "periods_file", type=click.Path(), help="CSV of periods (name,start,end)."
)
@click.option("--by", type=click.Choice(["year", "decade"]), default="year", show_default=True)
@click.option("--title", default="Events", show_default=True)
@click.option(
    "--self-contained",
    is_flag=True,
    help="Inline every script and style (no CDN request; tiles stay online).",
)
@click.option(
    "--online",
    is_flag=True,
    help="Ask OpenStreetMap Nominatim for places the gazetteer lacks (1 request/s, cached).",
)
@click.option(
    "--strict",
    is_flag=True,
    help="Refuse the table if any row is bad (default: report bad rows, map the good ones).",
)
def render(events, out_dir, periods_file, by, title, self_contained, online, strict):
    """Draw maps from an EVENTS table (from `geo extract`, or your own CSV with
    `place` or `lat`/`lon` and `date` columns).

    \b
    Example:
      geo render events.csv -o maps/
    """
    from geo.maps import write_maps
    from geo.pipeline import choose_periods

    _output_dir(out_dir)
    table = _read_table(events, strict, online=_online() if online else None)
    periods = choose_periods(table, periods_file, by)
    write_maps(table, periods, out_dir, title=title, self_contained=self_contained)
    placed = int(table["lat"].notna().sum())
    click.echo(
        f"{placed} of {len(table)} events mapped in {len(periods)} periods; wrote {out_dir}/index.html"
    )


def _read_table(path: str, strict: bool, online=None):
    """A user's events table; its bad rows and unknown places as warning lines, then
    the summary ("3 of 11 rows skipped: see above"). With ``strict``, a bad row refuses it."""
    from geo.table import read_events

    res = read_events(path, online=online)
    for line in res.skipped + res.unresolved:
        click.echo(f"geo: warning: {_line(line)}", err=True)
    if strict and res.skipped:
        raise InputError(
            f"{len(res.skipped)} of {res.rows} rows are bad (see above); --strict refuses the table",
            path,
        )
    if res.summary:
        click.echo(f"geo: warning: {res.summary}", err=True)
    if not len(res.events):
        raise InputError(f"no row can be mapped: all {res.rows} rows are bad (see above)", path)
    return res.events


@main.command()
@click.argument("map_file", metavar="MAP", type=click.Path())
@click.option("--src", help="The URL the article will load the map from (default: the file name).")
@click.option("--title", help="Title for screen readers (default: the map's <title>).")
@click.option(
    "--aspect",
    default=0.62,
    show_default=True,
    type=click.FloatRange(0.05, 5.0),
    help="Height as a share of the width.",
)
def embed(map_file, src, title, aspect):
    """Print an HTML snippet that embeds MAP responsively in an article.

    \b
    Example:
      geo embed maps/1992.html --src https://example.org/maps/1992.html
    """
    import re as _re

    from geo.maps import embed_snippet

    text = _input_file(map_file, "map file").read_text(encoding="utf-8", errors="replace")
    found = _re.search(r"<title>(.*?)</title>", text, _re.S)
    import html as _html

    click.echo(
        embed_snippet(
            src or Path(map_file).name,
            title or (_html.unescape(found.group(1)) if found else "Map"),
            aspect,
        ),
        nl=False,
    )


@main.command()
@click.argument("map_file", metavar="MAP", type=click.Path())
@click.option("-o", "--output", required=True, type=click.Path(), help="PNG file to write.")
@click.option("--width", default=1200, show_default=True, type=click.IntRange(100, 10000))
@click.option("--height", default=800, show_default=True, type=click.IntRange(100, 10000))
@click.option(
    "--popup",
    help="Open the popup of the first marker whose place name starts with this (a disputed one first).",
)
def snapshot(map_file, output, width, height, popup):
    """Save MAP as a PNG through headless Chromium (for print).

    \b
    Example:
      geo snapshot maps/index.html -o map.png --width 1600 --height 1000
      geo snapshot maps/1992.html -o shusha.png --popup Shusha
    """
    from geo.browser import snapshot as shoot

    _input_file(map_file, "map file")
    _output_file(output, (".png",))
    n = shoot(map_file, output, width, height, popup=popup)
    click.echo(f"wrote {output} ({n} markers drawn)")


@main.command("eval")
@click.argument("corpora", nargs=-1, required=True, type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def eval_(corpora, as_json):
    """Measure recognition, resolution and speed on geoparsing CORPORA
    (GeoWebNews GWN.xml, GeoVirus.xml, or files in their formats).

    \b
    Example:
      geo eval ../shared/benchmarks/geoparsing/GWN.xml ../shared/benchmarks/geoparsing/GeoVirus.xml
    """
    from geo.evaluate import evaluate, format_report
    from geo.gazetteer import load

    for c in corpora:
        _input_file(c, "corpus file")
    gaz = load()
    results = [evaluate(c, gaz) for c in corpora]
    click.echo(
        json.dumps(results, indent=1) if as_json else "\n".join(format_report(r) for r in results)
    )


@main.group()
def gazetteer():
    """Build the gazetteer cache; add, list or remove your own places files."""


@gazetteer.command("build")
def gazetteer_build():
    """(Re)build the cached gazetteer now.

    \b
    Example:
      geo gazetteer build
    """
    import time

    from geo.gazetteer import cache_dir, load

    t = time.perf_counter()
    gaz = load(rebuild=True)
    click.echo(
        f"{len(gaz.places)} places, {len(gaz.automaton)} names, built in {time.perf_counter() - t:.1f} s into {cache_dir()}"
    )


@gazetteer.command("add")
@click.argument("file", type=click.Path())
def gazetteer_add(file):
    """Add a GeoNames country dump (AZ.txt, US.txt: every feature, streets and lakes too) or a CSV (name,lat,lon,...) to the gazetteer.

    \b
    Example:
      geo gazetteer add AZ.txt
    """
    from geo.gazetteer import add_user_source, load

    n = add_user_source(_input_file(file, "gazetteer file"))
    load()
    click.echo(f"added {n} places from {file}")


@gazetteer.command("download")
@click.argument("codes", nargs=-1, required=True)
@click.option("--force", is_flag=True, help="Fetch again even if the dump is in the cache.")
@click.option(
    "--url",
    "base_url",
    default=None,
    help="Where the dumps are (default: GeoNames' export folder).",
)
def gazetteer_download(codes, force, base_url):
    """Fetch GeoNames country dumps (online, opt in) and add them: every village GeoNames
    knows in each country. Resumes a stopped download; keeps the files in the cache.

    \b
    Example:
      geo gazetteer download AZ AM GE
    """
    from geo.download import GEONAMES_DUMPS, download
    from geo.gazetteer import load

    for cc, path, n in download(list(codes), base_url=base_url or GEONAMES_DUMPS, force=force):
        click.echo(f"{cc}: {n} places from {path}")
    load()


@gazetteer.command("list")
def gazetteer_list():
    """List the files added with `geo gazetteer add` (and whether each is still there).

    \b
    Example:
      geo gazetteer list
    """
    from geo.gazetteer import registered_sources

    files = registered_sources()
    for f in files:
        click.echo(
            f"{f}"
            if f.is_file()
            else f"{f}  (missing: put it back or run geo gazetteer remove {f})"
        )
    if not files:
        click.echo("no files added (geo gazetteer add FILE adds one)")


@gazetteer.command("remove")
@click.argument("file", type=click.Path())
def gazetteer_remove(file):
    """Stop using a file added with `geo gazetteer add` (it need not exist any more).
    The cache is rebuilt without it the next time the gazetteer is loaded.

    \b
    Example:
      geo gazetteer remove AZ.txt
    """
    from geo.gazetteer import remove_user_source

    click.echo(f"removed {remove_user_source(file)}")


if __name__ == "__main__":
    main()
