"""``geo build``, ``geo extract`` and ``geo render``: documents to events tables and maps."""

from __future__ import annotations

from pathlib import Path

import click

from geo.cli.base import (
    _JOBS,
    _online,
    _output_dir,
    _output_file,
    _read_table,
    main,
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
    import geo

    _output_dir(out_dir)
    for path, kinds in (
        (places_path, (".geojson", ".json")),
        (events_path, (".csv", ".geojson", ".json", ".parquet")),
        (unknown_path, (".csv",)),
    ):
        if path:
            _output_file(path, kinds)
    extra = _read_table(user_events, strict) if user_events else None
    ex = geo.build(
        list(docs) or None,
        out_dir,
        places=places_path,
        events=events_path,
        unresolved=unknown_path,
        periods=periods_file,
        by=by,
        title=title,
        jobs=jobs or None,
        self_contained=self_contained,
        own_events=extra,
        demonyms=demonyms,
        progress=None,
    )
    placed = int((~ex.events["unplaced"].astype(bool)).sum())
    click.echo(
        f"{len(ex.documents)} document(s): {len(ex.places)} places, {len(ex.events)} events "
        f"({placed} placed, {len(ex.events) - placed} unplaced)\n"
        f"{len(ex.unknown)} name(s) that look like places are not in the gazetteer: "
        f"see {unknown_path} (add them with geo gazetteer add)\n"
        f"wrote {places_path}, {events_path} and {out_dir}/index.html"
    )


@main.command()
@click.argument("docs", nargs=-1, required=True, type=click.Path())
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(),
    help="Output file: .csv, .geojson or .parquet "
    "(with --scheduler: or a folder for partitioned GeoParquet).",
)
@click.option(
    "--demonyms",
    is_flag=True,
    help='Also map demonyms used as modifiers ("the Syrian border") at their country.',
)
@click.option(
    "--format",
    "table_format",
    type=click.Choice(["geo", "acled", "ucdp"]),
    default="geo",
    show_default=True,
    help="Columns of the table: geo's own, an ACLED export's or a UCDP GED file's (CSV only).",
)
@_JOBS
@click.option(
    "--scheduler",
    help="Run on Dask: 'local' (a LocalCluster of --jobs workers) or a scheduler address "
    "tcp://HOST:8786 (needs geo-maps[dask]).",
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

        n = extract_on_dask(list(docs), output, scheduler, workers=jobs or None, demonyms=demonyms)
        click.echo(f"wrote {n} events to {output}")
        return
    import geo
    from geo.output import EVENT_FORMATS, write_events

    _output_file(output, EVENT_FORMATS)
    if table_format != "geo" and Path(output).suffix.lower() != ".csv":
        raise click.BadParameter(
            f"--format {table_format} writes a .csv file", param_hint="--output"
        )
    ex = geo.extraction(list(docs), demonyms=demonyms, jobs=jobs or None, progress=None)
    if table_format != "geo":
        from geo.formats import from_geo

        table, notes = from_geo(ex.events, table_format)
        for line in notes:
            click.echo(f"geo: note: {line}", err=True)
        write_events(table, output)
        click.echo(
            f"wrote {len(table)} of {len(ex.events)} events to {output} "
            f"({table_format}; {len(notes)} left out, listed above)"
        )
        return
    write_events(ex.events, output)
    click.echo(f"wrote {len(ex.events)} events to {output}")


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
        f"{placed} of {len(table)} events mapped in {len(periods)} periods; "
        f"wrote {out_dir}/index.html"
    )
