"""Write geo/data/lexicon/common_words_<lang>.txt: frequent words of English (``en``, the
default), Russian (``ru``) or Turkish (``tr``, for Azerbaijani texts too) (run once, by
hand: ``python scripts/make_common_words.py ru``).

Source: wordfreq 3.1 (``pip install wordfreq``; data CC-BY-SA 4.0, see
https://github.com/rspeer/wordfreq), the 10,000 most frequent words of the language.
Names of countries, first-level divisions, curated places and the own names of cities
of one million or more are left out, since in text those are far more often the place
("part" stays a word although Perth is sometimes written "Part"). The English list of
the repository was made before that last rule; the eleven everyday words it then left
out as other names of big cities are appended at its end.
geoparse drops a capitalised word from this list only where capitals say nothing
(at the start of a sentence or in a title-case line) and only when every place
it could be is a town or village.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordfreq import top_n_list

from geo import gazetteer
from geo.geoparse.inflect import nominatives
from geo.text import fold

LEX = Path(__file__).resolve().parent.parent / "geo" / "data" / "lexicon"
NAMES = {"en": "English", "ru": "Russian", "tr": "Turkish"}


def main(lang: str = "en") -> None:
    out = LEX / f"common_words_{lang}.txt"
    gaz = gazetteer.load()
    p = gaz.places
    keep_places = set()
    for key in (fold(w) for w in top_n_list(lang, 10000)):
        # a Russian word may be a case form of a place's name ("россии", "москвы")
        forms = nominatives(key) if lang == "ru" else [key]
        rows = tuple(r for f in forms for r in gaz.rows(fold(f)))
        if not rows:
            continue
        sub = p.iloc[list(rows)]
        own_name = sub["name"].map(fold).isin(forms)  # Perth is sometimes written "Part"
        if (
            sub["kind"].isin(["country", "admin1", "region"])
            | ((sub["population"] >= 1_000_000) & own_name)
            | sub["id"].str.startswith("supplement:")
        ).any():
            keep_places.add(key)
    words = [
        w
        for w in dict.fromkeys(fold(w) for w in top_n_list(lang, 10000))
        if w.isalpha() and len(w) > 2 and w not in keep_places
    ]
    header = (
        f"# The most frequent {NAMES[lang]} words (wordfreq 3.1, CC-BY-SA 4.0), "
        "less big place names; see scripts/make_common_words.py\n"
    )
    out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{out}: {len(words)} words; left out as places: {len(keep_places)}")


if __name__ == "__main__":
    main(*sys.argv[1:2])
