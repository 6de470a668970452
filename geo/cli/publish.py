"""``geo embed`` and ``geo snapshot``: a map into an article, or onto paper."""

from __future__ import annotations

from pathlib import Path

import click

from geo.cli.base import (
    _input_file,
    _output_file,
    main,
)


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
    help="Open the popup of the first marker whose place name starts with this "
    "(a disputed one first).",
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
