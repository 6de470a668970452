"""Finding place-name mentions in text, with character offsets.

Every gazetteer name is searched at once (Aho-Corasick over folded text), the
longest non-overlapping matches on word boundaries are kept, and the matches
that are not place names are dropped by general rules whose word lists live in
``geo/data/lexicon``:

* a mention starts with a capital letter, and its longer words are capitalised;
* ordinary words (``stopwords_en.txt``) and demonyms ("Azerbaijanis") are not places;
* a name inside an organisation name is not a place: "European Parliament",
  "Council of Europe" (``organisation_heads.txt``);
* a name that is only part of a longer capitalised name is not a place
  ("Ayaz Mutallibov", "Georgia Tech", "Mike de Kock"), unless the rest is a place
  word such as "Republic of" or "District" (``place_affixes.txt``), another
  country ("Greece Italy"), or written in another case ("LONDON Pope Francis");
* a name after a person's title ("President Modi", ``person_titles.txt``) is a
  person, and so is a single word the document uses in a surname's place ("Kelly"
  after "John Kelly") or as a given name before a surname ("Tyler Johnson",
  ``given_names.txt``), unless it names a country, continent or division;
* a single word that says something ("Nelson said", ``speech_verbs.txt``) is a
  person unless it names a country, division or national capital ("Moscow said");
  a person's title alone ("Commissioner") and a common word before a number
  ("Section 6A") are not places, nor is "The" and a lower-case word ("The gap");
* an acronym (all capitals, up to five letters) is a place only if it abbreviates
  a country, division or region ("U.K.", "NSW"), not a town's code ("NATO"), or
  opens a news dateline ("CAIRO -"); short mixed-case abbreviations ("MoD") are not;
* a single word the same document also uses in lower case is an ordinary word,
  unless it names a country or first-level division;
* where capitals say nothing (the start of a sentence, a title-case line), a
  frequent English word (``common_words_en.txt``) is an ordinary word unless it
  names a country, first-level division or region ("Rain fell", but "Jordan said").

Names the gazetteer lacks but a head word makes places ("Royal Street", "Lake X",
``place_heads.txt``) or a place preposition introduces ("in Ghouta") are returned
by :func:`unknown_names`: recognised, listed, never mapped. Demonyms modifying a
noun ("the Syrian border") are mentions of their country only when asked; so are
names inside other names ("the Washington Post"): each mention has a ``role``.
"""

from geo.geoparse.match import demonym_modifiers, find_mentions
from geo.geoparse.mention import Mention
from geo.geoparse.rules import is_dateline
from geo.geoparse.unknown import place_like_names, span_candidates, unknown_names

__all__ = [
    "Mention",
    "demonym_modifiers",
    "find_mentions",
    "is_dateline",
    "place_like_names",
    "span_candidates",
    "unknown_names",
]
