"""The rules that drop the gazetteer matches that are not place names (see
:mod:`geo.geoparse`): organisations, people (surnames, given names, titles, speakers),
acronyms and abbreviations, ordinary words, parts of longer names; and news datelines."""

from __future__ import annotations

import re
from functools import cached_property
from typing import TYPE_CHECKING

from geo import lexicon
from geo.dates.words import month_words
from geo.geoparse.adjectives import lower_case_place_adjective
from geo.geoparse.inflect import written_in_azerbaijani
from geo.geoparse.joins import (
    _field_label,
    _gerund_opener,
    _is_place_word,
    _part_of_longer_name,
)
from geo.geoparse.mention import _WORD_AFTER, Mention, _is_cap
from geo.model import PHYSICAL_KINDS
from geo.text import fold

if TYPE_CHECKING:
    from geo.gazetteer import Gazetteer

_WORD = re.compile(r"[^\W\d_][\w.'’\-]*", re.U)


_NAME_PREFIX = re.compile(r"(?:Mc|Mac|De|Di|Du|La|Le|Van|Von)[A-Z]")


def _mixed_case(word: str) -> bool:
    """A short word with a capital inside and a small letter ("MoD", "PoP", "APCs"):
    an abbreviation, unless a name prefix explains the capital (McAllen, DeKalb)."""
    if len(word) > 6 or not word.isalpha() or _NAME_PREFIX.match(word):
        return False
    return any(ch.isupper() for ch in word[1:]) and any(ch.islower() for ch in word)


_NUMBER_AFTER = re.compile(r"[ \t]+\d")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’]*)[ \t]+$")
_PARTICLES = "de|da|di|del|der|den|van|von|le|la|bin|ibn"  # "Mike de Kock", "Ludwig van Beethoven"
_NAME_BEFORE = re.compile(rf"([^\W\d_][\w'’]*)[ \t]+(?:(?:{_PARTICLES}|al|el)[ \t]+)?$")
_TITLE_BEFORE = re.compile(r"([^\W\d_][\w'’]*)\.?[ \t]+$")
_CAPS_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w'’\-]*)+")
_HEAD_OF_BEFORE = re.compile(r"([A-Z][\w'’\-]*)[ \t]+of(?:[ \t]+the)?[ \t]+$")
_LOWER_WORD = re.compile(r"(?<![\w'’.\-])[a-zß-ÿ][\w.'’\-]*")


class _LowerWords:
    """The folded words a text writes in lower case, collected on first use."""

    def __init__(self, text: str):
        self._text = text
        self._words: set[str] | None = None

    def __contains__(self, key: str) -> bool:
        if self._words is None:
            self._words = {fold(w) for w in set(_LOWER_WORD.findall(self._text))}
        return key in self._words

    @cached_property
    def common(self) -> frozenset[str]:
        """The frequent words of the text's languages (Turkish too for Azerbaijani)."""
        if written_in_azerbaijani(self._text):
            return lexicon.common_words_az()
        return lexicon.common_words()


def _surname_position(m: Mention, text: str) -> bool:
    """True for the last word of a short capitalised name ("Dewly Nelson", "Mike de
    Kock"), where a surname stands; not for the first word of one ("Amsterdam Centraal")."""
    before = _NAME_BEFORE.search(text, max(0, m.start - 32), m.start)
    after = _WORD_AFTER.match(text, m.end)
    return (
        bool(before)
        and before.group(1).isalpha()
        and _is_cap(before.group(1))
        and fold(before.group(1)) not in lexicon.stopwords()
        and fold(before.group(1)) not in lexicon.demonyms()  # "the Azerbaijani Berdzor group"
        and not _gerund_opener(before.group(1), text, before.start(1))  # "Capturing Fizuli"
        and not _is_place_word(before.group(1))
        and not (after and _is_cap(after.group(1)))
    )


def _speaker(m: Mention, text: str, gaz: Gazetteer) -> bool:
    """True for a single word that says something ("Nelson said", "said Johnson"),
    unless it names a country, continent, division or national capital ("Moscow said")."""
    if " " in m.key or _PLACE_PREPOSITION.search(text, max(0, m.start - 12), m.start):
        return False  # "a resident of Tyler said": the place, not the speaker
    after = _WORD_AFTER.match(text, m.end)
    before = _WORD_BEFORE.search(text, max(0, m.start - 20), m.start)
    verbs = lexicon.speech_verbs()
    if not (
        (after and after.group(1).lower() in verbs)
        or (before and before.group(1).lower() in verbs and not _modifier(after))
    ):
        return False
    c = gaz.col
    return not any(
        c["capital"][r] or c["kind"][r] in ("country", "continent", "admin1") for r in m.rows
    )


def _modifier(after: re.Match | None) -> bool:
    """True when the word after a name makes it a modifier, not a person: a title
    ("told Hadrut Mayor Armen Abrahamyan") or a plural noun ("told Hadrut officials")."""
    if not after:
        return False
    word = after.group(1)
    plural = word.islower() and len(word) > 4 and word.endswith("s") and not word.endswith("ss")
    return fold(word) in lexicon.person_titles() or (plural and word not in lexicon.speech_verbs())


_PLACE_PREPOSITION = re.compile(
    r"(?:\b(?:in|at|near|from|outside|to|towards?|into|across|around|via|of)\s+)$", re.I
)
_SMALL_TOWN = 100_000


def _lone_given_name(m: Mention, text: str, gaz: Gazetteer) -> bool:
    """True for a common given name standing alone ("Julia, his wife", "Paul scored")
    that names only towns under 100,000 people and follows no place preposition
    ("in Tyler" stays a place)."""
    if m.surface not in lexicon.given_names() or _PLACE_PREPOSITION.search(
        text, max(0, m.start - 12), m.start
    ):
        return False
    c = gaz.col
    return all(
        c["kind"][r] in ("city", "village") and c["population"][r] < _SMALL_TOWN for r in m.rows
    )


def _given_name_position(m: Mention, text: str) -> bool:
    """True for a common given name followed by a capitalised word that is not a
    place word ("Tyler Johnson"; not "Georgia State")."""
    if m.surface not in lexicon.given_names():
        return False
    after = _WORD_AFTER.match(text, m.end)
    if not after or not _is_cap(after.group(1)):
        return False
    word = fold(after.group(1))
    return word not in lexicon.place_affixes() and word not in lexicon.stopwords()


def _major(m: Mention, gaz: Gazetteer) -> bool:
    return any(gaz.col["kind"][r] in ("continent", "country", "admin1") for r in m.rows)


def _after_title(m: Mention, text: str) -> bool:
    """True after a person's title: "President Modi", "Mr. Kelly"."""
    before = _TITLE_BEFORE.search(text, max(0, m.start - 30), m.start)
    return bool(before) and fold(before.group(1)) in lexicon.person_titles()


def _keep(
    m: Mention, text: str, gaz: Gazetteer, lower_words: _LowerWords, joined_ok: bool = False
) -> bool:
    """Whether the match ``m`` is a place name (see :mod:`geo.geoparse`); ``joined_ok``:
    whether it may run on into other capitalised words (a headline in capitals)."""
    words = m.surface.split()
    # "бакинское руководство", "на шушинском направлении": a Russian adjective of a town
    lower_adjective = lower_case_place_adjective(m.surface, m.rows, gaz)
    if not _is_cap(m.surface) and not lower_adjective:
        return False
    if not lower_adjective and any(
        len(w) > 3 and not _is_cap(w) and not _is_place_word(w) for w in words
    ):
        return False
    if m.key in lexicon.stopwords() and not m.surface.isupper():
        return False
    if m.key in lexicon.demonyms():
        return False
    if m.key in month_words():
        return False  # "Oktyabrın 30-dan", "Мая": a month, not a town named after one
    if " " not in m.key and _is_place_word(m.surface):
        return False  # "Rayonda 14 məktəb": "in the district", not Rayong
    if _ORDINAL_BEFORE.search(text, max(0, m.start - 6), m.start):
        return False  # "the 5th-Century general": a word after an ordinal, not Century, Alabama
    if _PATRONYMIC_AFTER.match(text, m.end):
        return False  # "Pakizə Qulu qızı", "Əli Bayram oğlu": a father's name, not a place
    if _STREET_BEFORE.search(text, max(0, m.start - 24), m.start):
        return False  # "на площади Ленина", "улица Шаумяна": a person a street is named after
    if _DAY_BEFORE.search(text, max(0, m.start - 8), m.start) and _YEAR_AFTER.match(text, m.end):
        return False  # "29 Jule 1993": a month misspelt, not Jule in China
    heads = lexicon.organisation_heads()
    if words[0] in heads or words[-1] in heads:
        return False  # "University of Texas" is a GeoNames place, but here an organisation
    if _in_organisation(m, text) or _after_title(m, text) or _speaker(m, text, gaz):
        return False
    if _field_label(m, text, gaz):
        return False  # "Maritime claims: none": a fact sheet's label, not Togo's region
    if _mixed_case(m.surface) and not any(gaz.col["kind"][r] == "country" for r in m.rows):
        return False  # "MoD", "PoP", "HAPs": abbreviations, not places; "AzSSR" names one
    if len(words) > 1 and fold(words[0]) == "the" and not all(_is_cap(w) for w in words[1:]):
        return False  # "The gap between ...", "The city's": a sentence, not "The Hague"
    if " " not in m.key and m.key.rstrip(".") in lexicon.person_titles():
        return False  # "Commissioner", "Pope" on their own
    if _lone_given_name(m, text, gaz):
        return False
    if (
        " " not in m.key
        and m.key in lexicon.common_words()
        and _NUMBER_AFTER.match(text, m.end)
        and not _major(m, gaz)
    ):
        return False  # "Section 6A", "Branch 259": a designation
    nxt = _NEXT_WORD.match(text, m.end)
    country_like = any(
        gaz.col["kind"][r] in ("continent", "country") for r in m.rows
    )  # "Iran missiles" stays Iran
    if " " not in m.key and not country_like and _weapon_after(text, m.end):
        return False  # "Grad rockets", "Scud missiles", "Grad multiple rocket launchers"
    if m.surface.replace(".", "") in _ERAS and _NUMBER_BEFORE.search(
        text, max(0, m.start - 16), m.start
    ):
        return False  # "300 BC", "the 6th century BC": an era, not British Columbia
    if (
        " " not in m.key
        and not country_like
        and _MODEL_CODE_BEFORE.search(text, max(0, m.start - 12), m.start)
    ):
        return False  # "BM-21 Grad", "Su-25 Frogfoot": a model's name after its code
    if " " not in m.key and nxt and nxt.group(1).lower() in lexicon.disease_nouns():
        return False  # "Ebola virus", "West Nile virus": a disease named after a place
    dateline = is_dateline(m, text)
    if (
        not dateline
        and m.surface.isupper()
        and len(m.key.replace(".", "")) <= 5
        and not any(
            gaz.col["kind"][r] in ("continent", "country", "admin1", "region") for r in m.rows
        )
        and not _place_word_after(m, text)
    ):
        return False  # acronyms ("NATO", "APC") match towns' codes, not places
    if (
        not joined_ok
        and _part_of_longer_name(m, text, gaz)
        and not (_major(m, gaz) and _all_caps_line(m, text))
    ):
        # in a headline in capitals ("ARMENIA FIRMS UP LAND SEIZURE") every word runs on
        return False
    if dateline:
        return True
    if (
        " " not in m.key
        and (
            m.key in lower_words or (m.key in lower_words.common and _capitals_say_nothing(m, text))
        )
        and not _before_qualifier(m, text, gaz)
    ):
        kinds = {gaz.col["kind"][r] for r in m.rows}
        if not kinds & {"country", "admin1", "region", *PHYSICAL_KINDS}:
            return False
    return True


_STREET_BEFORE = re.compile(
    r"(?<!\w)(?:улиц\w*|площад\w*|проспект\w*|переул\w*|бульвар\w*|имени|им\.)[ \t]+$", re.I
)
_PATRONYMIC_AFTER = re.compile(
    r"[ \t]+(?:oğlu|qızı|oglu|ogly|qizi|gizi|kizi|kyzy|оглы|кызы)(?!\w)", re.I
)  # Azerbaijani patronymics: "son of", "daughter of" after the father's given name
_ORDINAL_BEFORE = re.compile(r"\d(?:st|nd|rd|th)-$")
_DAY_BEFORE = re.compile(r"(?<![\d.,])\d{1,2}(?:st|nd|rd|th)?[ \t]+$")
_YEAR_AFTER = re.compile(r"[ \t]*,?[ \t]*\d{4}(?!\d)")
_MODEL_CODE_BEFORE = re.compile(r"\b[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]?[ \t]+$")  # "BM-21 ", "T-72 "
_NEXT_WORD = re.compile(
    "[\u201d\"\u2019']?[ \t]+([A-Za-z]+)"
)  # past a closing quote: “Grad” rockets
_ERAS = frozenset({"BC", "AD", "BCE", "CE"})
_NUMBER_BEFORE = re.compile(r"(?:\d|\b(?:century|centuries|millennium))[ \t]*$", re.I)
_WORDS_AFTER = re.compile(
    "[\u201d\"\u2019']?(?:[ \t]+[A-Za-z-]+){1,3}"
)  # up to three words, past a closing quote


def _weapon_after(text: str, end: int) -> bool:
    """True when a noun of a weapon or vehicle (``weapon_nouns.txt``) is one of the three
    words after a name: "Grad rockets", "“Grad” multiple-missile rocket launchers"."""
    m = _WORDS_AFTER.match(text, end)
    words = re.findall(r"[A-Za-z]+", m.group()) if m else []
    nouns = lexicon.weapon_nouns()
    return any(w.lower() in nouns for w in words[:3])


_QUALIFIER_AFTER = re.compile(r"[ \t]*,[ \t]*((?:[A-Z][\w.'’\-]*)(?:[ \t][A-Z][\w.'’\-]*)?)")


def _before_qualifier(m: Mention, text: str, gaz: Gazetteer) -> bool:
    """True when a comma and a country or first-level division follow ("Buffalo, New
    York"; "Austin, Texas"): the word is a place, not an ordinary word."""
    q = _QUALIFIER_AFTER.match(text, m.end)
    if not q:
        return False
    words = q.group(1).split()
    keys = [fold(" ".join(words)), fold(words[0])]
    return any(gaz.col["kind"][r] in ("country", "admin1") for k in keys for r in gaz.rows(k))


def _capitals_say_nothing(m: Mention, text: str) -> bool:
    """True at the start of a sentence (after an opening quote too: "«Парни из отряда …»")
    or in a line whose longer words are all capitalised."""
    before = text[max(0, m.start - 3) : m.start].rstrip(" \t\"'“‘(«„")
    if not before or before[-1] in ".!?\n:":
        return True
    line_start = max(text.rfind("\n", 0, m.start) + 1, m.start - 200)
    line_end = text.find("\n", m.end, m.end + 200)
    line = text[line_start : line_end if line_end >= 0 else min(len(text), m.end + 200)]
    words = [w for w in _WORD.findall(line) if len(w) > 3]
    return len(words) >= 2 and all(_is_cap(w) for w in words)


# a Russian adjective opening a quoted title of two words ("Кавказский узел", «Донские
# новости»): the name of a newspaper, an agency or an operation, not of a place
_RU_QUOTED_TITLE_BEFORE = re.compile(r"[\"«„“][ \t]*$")
_RU_QUOTED_TITLE_AFTER = re.compile(r"[ \t]+([а-яё]+)[ \t]*[\"»“”]")
_RU_ADJECTIVE_END = re.compile(
    r"(?:ий|ый|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|ых|их)$"
)


def _quoted_russian_title(m: Mention, text: str) -> bool:
    """True when the mention is a Russian adjective opening a quoted title of two words whose
    second is a common noun, not a place word ("Кавказский узел", the agency; but "Шушинского
    района" in quotes stays the district)."""
    if " " in m.surface or not _RU_ADJECTIVE_END.search(m.surface):
        return False
    if not _RU_QUOTED_TITLE_BEFORE.search(text, max(0, m.start - 3), m.start):
        return False
    after = _RU_QUOTED_TITLE_AFTER.match(text, m.end)
    return after is not None and not _is_place_word(after.group(1))


def _in_organisation(m: Mention, text: str) -> bool:
    if _quoted_russian_title(m, text):
        return True
    heads = lexicon.organisation_heads()
    after = _CAPS_AFTER.match(text, m.end)
    # a name in capitals, its organisation's head word too ("OSCE MINSK GROUP")
    if after and any(
        w in heads or (m.surface.isupper() and w.title() in heads) for w in after.group().split()
    ):
        return True
    before = _HEAD_OF_BEFORE.search(text, max(0, m.start - 60), m.start)
    return bool(before and before.group(1) in heads)


_DATELINE_AFTER = re.compile(r"[ \t]*(?:,|\(|/|[-–—][ \t])")  # "BAKU /Trend/"


_DATELINE_BEFORE = re.compile(r"(?:[^\W\d_a-z][^\W\d_a-z .'’\-]*/)+")  # "YEREVAN/", "MOSCOW/BAKU/"


def is_dateline(m: Mention, text: str) -> bool:
    """True for a news dateline: a name in capitals opening a line, then a comma,
    dash or parenthesis ("CAIRO - ...", "COLUMBUS, Ohio (AP)"); also the second of two
    joined by a slash ("YEREVAN/BAKU (Reuters) –")."""
    before = text[text.rfind("\n", 0, m.start) + 1 : m.start].strip()
    if not m.surface.isupper() or (
        before and not (before.isupper() and _DATELINE_BEFORE.fullmatch(before))
    ):
        return False
    return _DATELINE_AFTER.match(text, m.end) is not None


def _place_word_after(m: Mention, text: str) -> bool:
    """True when a place word follows ("MUROV PASS", "SHUSHA DISTRICT"): not an acronym."""
    after = _WORD_AFTER.match(text, m.end)
    word = fold(after.group(1)) if after else ""
    return word in lexicon.place_affixes() and word not in ("the", "of")


def _all_caps_line(m: Mention, text: str) -> bool:
    """True when the mention's line is written in capitals (three words or more; looked
    at up to 100 characters either side)."""
    start = max(text.rfind("\n", 0, m.start) + 1, m.start - 100)
    end = text.find("\n", m.end, m.end + 100)
    line = text[start : end if end >= 0 else min(len(text), m.end + 100)]
    return not any(ch.islower() for ch in line) and len(line.split()) >= 3


_NOTABLE_KINDS = frozenset({"continent", "country", "admin1", "admin2", "region", *PHYSICAL_KINDS})
_NOTABLE_TOWN = 50_000


def _in_longer_name(m: Mention, text: str, gaz: Gazetteer) -> bool:
    """True when a capitalised mention was dropped only for standing inside a longer
    name: an organisation ("University of Cambridge", "Cauvery Water Management
    Authority") or a run of capitalised words ("Washington Post"), and it names a
    country, division, region, physical feature or a town of 50,000 or more."""
    if not _is_cap(m.surface) or m.key in lexicon.stopwords() or _mixed_case(m.surface):
        return False
    c = gaz.col
    if not any(
        c["kind"][r] in _NOTABLE_KINDS or c["population"][r] >= _NOTABLE_TOWN for r in m.rows
    ):
        return False  # "Balart", "Spencer": a person's name far likelier than a small town
    words = m.surface.split()
    heads = lexicon.organisation_heads()
    return (
        words[0] in heads
        or words[-1] in heads
        or _in_organisation(m, text)
        or _part_of_longer_name(m, text, gaz)
    )
