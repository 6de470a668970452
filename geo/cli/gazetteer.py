"""``geo geocode`` and the ``geo gazetteer`` commands: look names up, build the cache, add,
download, list or remove your own places files."""

from __future__ import annotations

import json

import click

from geo.cli.base import (
    _input_file,
    _online,
    main,
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
        f"{len(gaz.places)} places, {len(gaz.automaton)} names, "
        f"built in {time.perf_counter() - t:.1f} s into {cache_dir()}"
    )


@gazetteer.command("add")
@click.argument("file", type=click.Path())
def gazetteer_add(file):
    """Add a GeoNames country dump (AZ.txt, US.txt: every feature, streets and lakes too)
    or a CSV (name,lat,lon,...) to the gazetteer.

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
