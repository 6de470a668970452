"""``geo compare`` and ``geo eval``: accounts side by side, and figures on geoparsing
corpora."""

from __future__ import annotations

import json
from pathlib import Path

import click

from geo.cli.base import (
    _JOBS,
    _input_file,
    main,
)


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

    import geo
    from geo.output import EVENT_FORMATS, write_events

    if Path(output).suffix.lower() not in EVENT_FORMATS:
        raise click.BadParameter(f"use one of {', '.join(EVENT_FORMATS)}", param_hint="--output")
    sources = list(docs) or [geo.bundled_documents()]
    events = geo.extraction(sources, jobs=jobs or None, progress=None).events
    if user_events:
        events = pd.concat([events, geo.read_table(user_events)], ignore_index=True)
    result = geo.compare(events, days=days)
    write_events(result.claims, output)
    click.echo(f"{result.summary}; wrote {len(result.claims)} rows to {output}")


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
    import geo
    from geo.evaluate import evaluate, format_report

    for c in corpora:
        _input_file(c, "corpus file")
    gaz = geo.load_gazetteer()
    results = [evaluate(c, gaz) for c in corpora]
    click.echo(
        json.dumps(results, indent=1) if as_json else "\n".join(format_report(r) for r in results)
    )
