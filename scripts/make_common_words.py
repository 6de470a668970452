"""Write geo/data/lexicon/common_words_<lang>.txt: frequent words of English (``en``, the
default), Russian (``ru``) or Turkish (``tr``, for Azerbaijani texts too) (run once, by
hand: ``python scripts/make_common_words.py ru``).

``az`` writes ``common_words_az.txt`` from the Turkish list, not from wordfreq (which has
no Azerbaijani): the Turkish words as Azerbaijani spells them where the spelling differs
after folding, k beside a back vowel written q ("karşı" → "qarşı", "yok" → "yoq"). The
same place names are left out, and any name of a place in Azerbaijan or Armenia ("Qala").
The lines from its comment "# added by hand" on (Azerbaijani words the Turkish list lacks,
"kurqan") are kept as they are.

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

import re
import sys
from pathlib import Path

from wordfreq import top_n_list

from geo import gazetteer
from geo.geoparse.inflect import nominatives
from geo.text import fold

LEX = Path(__file__).resolve().parent.parent / "geo" / "data" / "lexicon"
NAMES = {"en": "English", "ru": "Russian", "tr": "Turkish"}
_BY_HAND = "# added by hand"  # in common_words_az.txt: the lines from this comment on are kept


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


def _azerbaijani_spelling(word: str) -> str:
    """A folded Turkish word as Azerbaijani writes it: k beside a back vowel is q."""
    return re.sub(r"k(?=[aou])|(?<=[aou])k", "q", word)


def main_az() -> None:
    """Write ``common_words_az.txt``: the Azerbaijani spellings of the Turkish list."""
    out = LEX / "common_words_az.txt"
    gaz = gazetteer.load()
    p = gaz.places
    turkish = [
        w for w in (LEX / "common_words_tr.txt").read_text(encoding="utf-8").split() if w.isalpha()
    ]
    words, places = [], []
    for word in dict.fromkeys(_azerbaijani_spelling(w) for w in turkish):
        if word in turkish:
            continue
        rows = gaz.rows(word)
        sub = p.iloc[list(rows)]
        if (
            rows
            and (
                sub["kind"].isin(["country", "admin1", "region"])
                | ((sub["population"] >= 1_000_000) & (sub["name"].map(fold) == word))
                | sub["id"].str.startswith(("supplement:", "karabakh:"))
                | sub["country"].isin(["AZ", "AM"])
            ).any()
        ):
            places.append(word)
            continue
        words.append(word)
    header = (
        "# Azerbaijani spellings of the frequent Turkish words of common_words_tr.txt (k beside a"
        " back vowel written q), less place names; see scripts/make_common_words.py\n"
    )
    old = out.read_text(encoding="utf-8") if out.exists() else ""
    by_hand = old[old.index(_BY_HAND) :] if _BY_HAND in old else ""  # kept as it was
    out.write_text(header + "\n".join(words) + "\n" + by_hand, encoding="utf-8")
    print(f"{out}: {len(words)} words; left out as places: {' '.join(places)}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["az"]:
        main_az()
    else:
        main(*sys.argv[1:2])
