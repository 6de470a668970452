"""The ``geo`` command line. Every error becomes one line on stderr and exit status 1."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from geo.exceptions import GeoError


def _fail(exc: GeoError) -> None:
    for line in str(exc).splitlines() or ["error"]:
        click.echo(f"geo: error: {line}", err=True)
    sys.exit(1)


class _Group(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except GeoError as exc:
            _fail(exc)


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
    "-j", "--jobs", type=click.IntRange(min=0), default=0, help="Processes for extraction, one document each at a time (default 0: every core; 1: this process)."
)


@main.command()
@click.argument("docs", nargs=-1, type=click.Path())
@click.option("--out", "out_dir", default="maps", show_default=True, help="Folder for the HTML maps.")
@click.option("--places", "places_path", default="data/places.geojson", show_default=True, help="Where to write the places GeoJSON.")
@click.option("--events-out", "events_path", default="data/events.csv", show_default=True, help="Where to write the events table (.csv, .geojson, .parquet).")
@click.option("--events", "user_events", type=click.Path(), help="Your own events table to map as well (.csv, .geojson, .parquet).")
@click.option("--periods", "periods_file", type=click.Path(), help="CSV of periods (name,start,end); default: one per year.")
@click.option("--by", type=click.Choice(["year", "decade"]), default="year", show_default=True)
@click.option("--title", default="Events in the documents", show_default=True)
@click.option("--self-contained", is_flag=True, help="Inline every script and style (no CDN request; tiles stay online).")
@click.option("--unresolved", "unknown_path", default="data/unresolved.csv", show_default=True, help="Where to list names not in the gazetteer.")
@click.option("--demonyms", is_flag=True, help="Also map demonyms used as modifiers (\"the Syrian border\") at their country.")
@_JOBS
def build(docs, out_dir, places_path, events_path, user_events, periods_file, by, title, self_contained, unknown_path, demonyms, jobs):
    """Run the whole chain on DOCS (default: geo/data/documents/).

    \b
    Example:
      geo build
      geo build my_articles/ --out site/maps --periods periods.csv
    """
    from geo.pipeline import build as run
    from geo.table import read_events

    extra = None
    if user_events:
        res = read_events(user_events)
        for line in res.unresolved:
            click.echo(f"geo: warning: {line}", err=True)
        extra = res.events
    ex = run(list(docs) or None, out_dir, places_path, events_path, periods_file, by, title, extra, self_contained, unknown_path, demonyms, jobs=jobs or None)
    placed = int((~ex.events["unplaced"].astype(bool)).sum())
    click.echo(
        f"{len(ex.documents)} document(s): {len(ex.places)} places, {len(ex.events)} events "
        f"({placed} placed, {len(ex.events) - placed} unplaced)\n"
        f"{len(ex.unknown)} name(s) that look like places are not in the gazetteer: see {unknown_path} (add them with geo gazetteer add)\n"
        f"wrote {places_path}, {events_path} and {out_dir}/index.html"
    )


@main.command()
@click.argument("docs", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", required=True, type=click.Path(), help="Output file: .csv, .geojson or .parquet (with --scheduler: or a folder for partitioned GeoParquet).")
@click.option("--demonyms", is_flag=True, help="Also map demonyms used as modifiers (\"the Syrian border\") at their country.")
@click.option(
    "--format", "table_format", type=click.Choice(["geo", "acled", "ucdp"]), default="geo", show_default=True,
    help="Columns of the table: geo's own, an ACLED export's or a UCDP GED file's (CSV only).",
)  # fmt: skip
@_JOBS
@click.option("--scheduler", help="Run on Dask: 'local' (a LocalCluster of --jobs workers) or a scheduler address tcp://HOST:8786 (needs geo-maps[dask]).")
def extract(docs, output, demonyms, table_format, jobs, scheduler):
    """Find places, dates and events in DOCS and write one row per event and place.

    \b
    Example:
      geo extract geo/data/documents/ -o events.csv
      geo extract geo/data/documents/ -o events_acled.csv --format acled
      geo extract 'news/*.txt' -o events/ --scheduler tcp://10.0.0.5:8786
    """
    if scheduler:
        from geo.cluster import extract_on_dask

        click.echo(f"wrote {extract_on_dask(list(docs), output, scheduler, workers=jobs or None, demonyms=demonyms)} events to {output}")
        return
    from geo.output import EVENT_FORMATS, write_events
    from geo.pipeline import extract as run

    if Path(output).suffix.lower() not in EVENT_FORMATS:
        raise click.BadParameter(f"use one of {', '.join(EVENT_FORMATS)}", param_hint="--output")
    if table_format != "geo" and Path(output).suffix.lower() != ".csv":
        raise click.BadParameter(f"--format {table_format} writes a .csv file", param_hint="--output")
    ex = run(list(docs), demonyms=demonyms, jobs=jobs or None)
    if table_format != "geo":
        from geo.formats import from_geo

        table, notes = from_geo(ex.events, table_format)
        for line in notes:
            click.echo(f"geo: note: {line}", err=True)
        write_events(table, output)
        click.echo(f"wrote {len(table)} of {len(ex.events)} events to {output} ({table_format}; {len(notes)} left out, listed above)")
        return
    write_events(ex.events, output)
    click.echo(f"wrote {len(ex.events)} events to {output}")


@main.command("compare")
@click.argument("docs", nargs=-1, type=click.Path())
@click.option("-o", "--output", required=True, type=click.Path(), help="Claims table: .csv, .geojson or .parquet.")
@click.option("--days", default=3, show_default=True, type=click.IntRange(0, 366), help="Dates at most this many days apart can tell one happening.")
@click.option("--events", "user_events", type=click.Path(), help="Also compare the events of this table (.csv, .geojson, .parquet).")
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
    return OnlineGeocoder(domain=domain, scheme=scheme, min_delay=float(os.environ.get("GEO_NOMINATIM_DELAY", "1.0")))


@main.command()
@click.argument("names", nargs=-1, required=True)
@click.option("--context", default="", help="Text around the names, used to choose between namesakes.")
@click.option("--online", is_flag=True, help="Ask OpenStreetMap Nominatim for names the gazetteer lacks (1 request/s, cached).")
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
                feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [hit["lon"], hit["lat"]]}, "properties": props})
                continue
            feats.append({"type": "Feature", "geometry": None, "properties": {"query": name, "found": False}})
            continue
        p = gaz.places.iloc[res.row]
        feats.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [float(p["lon"]), float(p["lat"])]},
                "properties": {
                    "query": name,
                    "found": True,
                    "id": p["id"],
                    "name": p["name"],
                    "names": gaz.names_of(res.row),
                    "kind": p["kind"],
                    "country": p["country"],
                    "geonameid": None if p["geonameid"] is None or str(p["geonameid"]) == "<NA>" else int(p["geonameid"]),
                    "source": p["source"],
                    "confidence": res.confidence,
                    "rejected": res.rejected,
                },
            }
        )
    click.echo(json.dumps({"type": "FeatureCollection", "features": feats}, ensure_ascii=False, indent=1))


@main.command()
@click.argument("events", type=click.Path())
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(), help="Folder for the HTML maps.")
@click.option("--periods", "periods_file", type=click.Path(), help="CSV of periods (name,start,end).")
@click.option("--by", type=click.Choice(["year", "decade"]), default="year", show_default=True)
@click.option("--title", default="Events", show_default=True)
@click.option("--self-contained", is_flag=True, help="Inline every script and style (no CDN request; tiles stay online).")
@click.option("--online", is_flag=True, help="Ask OpenStreetMap Nominatim for places the gazetteer lacks (1 request/s, cached).")
def render(events, out_dir, periods_file, by, title, self_contained, online):
    """Draw maps from an EVENTS table (from `geo extract`, or your own CSV with
    `place` or `lat`/`lon` and `date` columns).

    \b
    Example:
      geo render events.csv -o maps/
    """
    from geo.maps import write_maps
    from geo.pipeline import choose_periods
    from geo.table import read_events

    res = read_events(events, online=_online() if online else None)
    for line in res.unresolved:
        click.echo(f"geo: warning: {line}", err=True)
    periods = choose_periods(res.events, periods_file, by)
    write_maps(res.events, periods, out_dir, title=title, self_contained=self_contained)
    placed = int(res.events["lat"].notna().sum())
    click.echo(f"{placed} of {len(res.events)} events mapped in {len(periods)} periods; wrote {out_dir}/index.html")


@main.command()
@click.argument("map_file", metavar="MAP", type=click.Path(exists=True, dir_okay=False))
@click.option("--src", help="The URL the article will load the map from (default: the file name).")
@click.option("--title", help="Title for screen readers (default: the map's <title>).")
@click.option("--aspect", default=0.62, show_default=True, help="Height as a share of the width.")
def embed(map_file, src, title, aspect):
    """Print an HTML snippet that embeds MAP responsively in an article.

    \b
    Example:
      geo embed maps/1992.html --src https://example.org/maps/1992.html
    """
    import re as _re

    from geo.maps import embed_snippet

    text = Path(map_file).read_text(encoding="utf-8", errors="replace")
    found = _re.search(r"<title>(.*?)</title>", text, _re.S)
    import html as _html

    click.echo(embed_snippet(src or Path(map_file).name, title or (_html.unescape(found.group(1)) if found else "Map"), aspect), nl=False)


@main.command()
@click.argument("map_file", metavar="MAP", type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="PNG file to write.")
@click.option("--width", default=1200, show_default=True)
@click.option("--height", default=800, show_default=True)
@click.option("--popup", help="Open the popup of the first marker whose place name starts with this (a disputed one first).")
def snapshot(map_file, output, width, height, popup):
    """Save MAP as a PNG through headless Chromium (for print).

    \b
    Example:
      geo snapshot maps/index.html -o map.png --width 1600 --height 1000
      geo snapshot maps/1992.html -o shusha.png --popup Shusha
    """
    from geo.browser import snapshot as shoot

    n = shoot(map_file, output, width, height, popup=popup)
    click.echo(f"wrote {output} ({n} markers drawn)")


@main.command("eval")
@click.argument("corpora", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
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

    gaz = load()
    results = [evaluate(c, gaz) for c in corpora]
    click.echo(json.dumps(results, indent=1) if as_json else "\n".join(format_report(r) for r in results))


@main.group()
def gazetteer():
    """Build the gazetteer cache or add your own places to it."""


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
    click.echo(f"{len(gaz.places)} places, {len(gaz.automaton)} names, built in {time.perf_counter() - t:.1f} s into {cache_dir()}")


@gazetteer.command("add")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
def gazetteer_add(file):
    """Add a GeoNames country dump (AZ.txt, US.txt: every feature, streets and lakes too) or a CSV (name,lat,lon,...) to the gazetteer.

    \b
    Example:
      geo gazetteer add AZ.txt
    """
    from geo.gazetteer import add_user_source, load

    n = add_user_source(file)
    load()
    click.echo(f"added {n} places from {file}")


@gazetteer.command("download")
@click.argument("codes", nargs=-1, required=True)
@click.option("--force", is_flag=True, help="Fetch again even if the dump is in the cache.")
@click.option("--url", "base_url", default=None, help="Where the dumps are (default: GeoNames' export folder).")
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


if __name__ == "__main__":
    main()
