"""Whether a mention runs on into a longer capitalised name ("Georgia Tech", "Ayaz
Mutallibov") or stands on its own next to other words: place words in any case ("District",
"района", "rayonunda"), a nationality before a place, a frequent Russian word opening a
sentence, a case ending that closes a name, two places joined by a hyphen before a route
word ("the Lachin-Shushi road"), a facility named after a town ("Stepanakert Airport")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from geo import lexicon
from geo.geoparse.inflect import (
    az_case_suffixes,
    base_forms,
    nominatives,
    stems,
    written_in_azerbaijani,
)
from geo.geoparse.mention import Mention, _is_cap
from geo.text import fold, opens_sentence

if TYPE_CHECKING:
    from geo.gazetteer import Gazetteer

_PARTICLES = "de|da|di|del|der|den|van|von|le|la|bin|ibn"  # "Mike de Kock", "Ludwig van Beethoven"
_JOINED_AFTER = re.compile(r"(?:[ \t]|-)([^\W\d_][\w'’]*)")
_JOINED_BEFORE = re.compile(rf"([^\W\d_][\w'’]*)(?:[ \t]|-)(?:(?:{_PARTICLES})[ \t]+)?$")


def _plain_word(word: str) -> bool:
    """A frequent Russian word or a word of a date ("Dünən", "Həmin": ``date_words.csv``)
    that is neither a given name nor a person's title ("Территория", "Река"). Not in ASCII:
    a frequent English word opening a sentence before a name is far more often part of it
    ("Campbell Davis", "Chapter Four")."""
    key = fold(word)
    return (
        not word.isascii()
        and (key in lexicon.common_words() or key in lexicon.date_words())
        and word not in lexicon.given_names()
        and key.rstrip(".") not in lexicon.person_titles()
    )


def _azerbaijani_word(word: str, start: int, text: str, gaz: Gazetteer | None) -> bool:
    """In a text written in Azerbaijani, a capitalised word before a name that is a frequent
    word in any case ("Birinci Qarabağ müharibəsi") or that opens its sentence or carries a
    case ending and is no place in any case ("Ermənilərin Zəngilanda", "Sakinlər İrana",
    "Silahlı Qüvvələri Qarabağın"): no part of the name."""
    if not written_in_azerbaijani(text):
        return False
    forms = base_forms(word)
    if any(fold(f) in lexicon.common_words_az() for f in forms):
        return True
    # a word that opens its sentence, or that carries a case ending ("Qüvvələri
    # Qarabağın"), and is no place in any case: inside a name only the last word is inflected
    return (
        gaz is not None
        and (opens_sentence(text, start) or len(forms) > 1)
        and not any(gaz.rows(fold(f)) for f in forms)
    )


def _label(text: str, start: int, name_start: int) -> bool:
    """True when the words from ``start`` to the name are an infobox label opening their line
    ("Destination Martuni", "Crash site Aghdam")."""
    line_start = text.rfind("\n", 0, start) + 1
    return (
        not text[line_start:start].strip()
        and text[start:name_start].strip() in lexicon.infobox_labels()
    )


# a field label opening its line: a capitalised word, lower-case words, a colon ("Maritime
# claims: none", "Natural resources: oil"), as fact sheets and infoboxes write them
_FIELD_AFTER = re.compile(r"[ \t]+([a-z][a-z\-]+(?:[ \t]+[a-z][a-z\-]+){0,3})[ \t]*:")


# a line opening with a field label of any form ("Area:", "Maritime claims:")
_LABEL_LINE = re.compile(r"[ \t\-*•]*[A-Z][\w'’\-]*(?:[ \t]+[a-z][\w'’\-]*){0,4}[ \t]*:")
_SPACES = re.compile(r"\s*")


def _field_label(m: Mention, text: str, gaz: Gazetteer) -> bool:
    """True when the one-word mention opens a field label ("Maritime claims: none"), not a
    place: the lower-case words after it are no place words, it names no country, and the
    line before or after it (past blank lines) opens with a label too, as in a fact sheet;
    a line alone of that form is a headline or a speaker's ("Stepanakert today: …")."""
    line = text.rfind("\n", 0, m.start) + 1
    if " " in m.key or not text[line : m.start].strip(" \t-*•") == "":
        return False
    after = _FIELD_AFTER.match(text, m.end)
    return (
        after is not None
        and not any(_is_place_word(w) for w in after.group(1).split())
        and not _a_country(m, gaz)
        and _among_labels(text, line)
    )


def _among_labels(text: str, line: int) -> bool:
    """True when the nearest line before or after the one starting at ``line``, past blank
    lines, opens with a field label (:data:`_LABEL_LINE`)."""
    end = line
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end > 0 and _LABEL_LINE.match(text, text.rfind("\n", 0, end) + 1, end):
        return True
    nl = text.find("\n", line)
    return nl >= 0 and _LABEL_LINE.match(text, _SPACES.match(text, nl).end()) is not None


def _gerund_opener(word: str, text: str, start: int) -> bool:
    """True for a verb's -ing form opening its sentence ("Capturing Fizuli", "Taking
    Shusha"): neither a first name nor part of the name after it."""
    verb = len(word) >= 6 and word.endswith("ing") and word[1:].islower()
    return verb and word not in lexicon.given_names() and opens_sentence(text, start)


@lru_cache(maxsize=65536)
def _is_place_word(word: str) -> bool:
    """A place word ("District", "of"), in any Russian case form ("района", "реки")."""
    affixes = lexicon.place_affixes()
    return any(fold(w) in affixes for w in (*nominatives(word), *stems(word)))


def _part_of_longer_name(m: Mention, text: str, gaz: Gazetteer | None = None) -> bool:
    """True when capitalised words run on from the mention into one longer name.

    Not across a change of case ("LONDON Pope Francis") nor into the name of a
    country or continent ("Cyprus, Greece Italy or Spain")."""
    if gaz is not None and _of_a_name(m, text, gaz):
        return True
    affixes = lexicon.place_affixes()
    stop = lexicon.stopwords()
    after = _JOINED_AFTER.match(text, m.end)
    for hit in (after, _JOINED_BEFORE.search(text, max(0, m.start - 32), m.start)):
        if not hit or not _is_cap(hit.group(1)) or any(ch.isdigit() for ch in hit.group(1)):
            continue  # "A429 Cirencester": a road number is no part of a name
        if (
            hit is not after
            and opens_sentence(text, hit.start(1))
            and (
                _plain_word(hit.group(1))
                or fold(hit.group(1)) in lexicon.sentence_openers()
                or (_CYRILLIC.search(hit.group(1)) and _CYRILLIC.search(m.surface))
            )
        ):
            # "Территория Кельбаджарского района", "В Физули", "Və Laçın": a word of the
            # sentence, not of the name; in Russian any word opening a sentence before a name
            # ("Освобождённому Карвачару"): a name of two words the gazetteer knows is
            # matched whole before this rule sees it
            continue
        if hit is not after and _gerund_opener(hit.group(1), text, hit.start(1)):
            continue  # "Capturing Fizuli would be …": a verb, then the name
        if hit is not after and _azerbaijani_word(hit.group(1), hit.start(1), text, gaz):
            continue  # "Sakinlər İrana keçdi", "Birinci Qarabağ müharibəsi": a word, then a name
        if hit is not after and _label(text, hit.start(1), m.start):
            continue  # "Destination Martuni": an infobox label, then the place
        if hit is not after and hit.group(1).endswith(("'s", "’s")):
            continue  # "Azerbaijan's Kelbajar district": a possessive closes the name before
        word = fold(hit.group(1))
        if gaz is not None and word in gaz.demonyms:
            # "Karabakh Armenian forces", "Kosovo Albanians": a people of the place;
            # "the Azerbaijani Kasum-Ismailov district": a nationality before a place
            continue
        if word in affixes or word in stop or _is_place_word(hit.group(1)):
            continue
        if word in lexicon.event_heads():
            continue  # "the Khojaly Massacre", "Operation Kalbajar": an event at the place
        if gaz is not None and "-" in hit.group(0) and _route_between(m, text, word, gaz):
            continue  # "the Lachin-Shushi road": two places, the ends of a route
        if hit is after and gaz is not None and not gaz.rows(m.key):
            continue  # "Bakının Xətai rayonu": a case suffix closes the name before
        if (
            hit is not after
            and gaz is not None
            and not gaz.rows(m.key)
            and gaz.rows(word)
            and written_in_azerbaijani(text)
        ):
            continue  # "Qarabağ Rusiya imperiyasının tərkibinə keçdi": a place, then another
        if (
            gaz is not None
            and _CYRILLIC.search(m.surface)
            and _a_country(m, gaz)
            and (hit is after or not _ru_adjective(hit.group(1)))
        ):
            # "Президентом Азербайджана Ильхамом Алиевым": a country's Russian name opens
            # no longer name, and joins only an adjective before it ("Советская Армения")
            continue
        if hit is after and _CYRILLIC.search(hit.group(1)) and word in lexicon.common_words():
            continue  # "Война в Карабахе Самым крупным": a title runs into the sentence
        if hit is after and _CYRILLIC.search(m.surface) and _RU_DISTRICT_END.search(m.surface):
            continue  # "Камо, Ханларский район Гюлистан": a district ends with its word "район"
        if hit is after and word in lexicon.person_titles():
            continue  # "told Hadrut Mayor Armen Abrahamyan": the place, then a title
        if hit is after and gaz is not None and _office_of(m, text, gaz):
            continue  # "the President of Azerbaijan Ilham Aliyev": the office's land, its holder
        if gaz is not None and hit is after and _a_country(m, gaz) and written_in_azerbaijani(text):
            # "Ermənistan Silahlı Qüvvələri", "Azərbaycan Müdafiə Nazirliyi": in Azerbaijani,
            # as in Russian, a country's name opens no longer name
            continue
        if (
            gaz is not None
            and hit is not after
            and _CYRILLIC.search(m.surface)
            and not gaz.rows(m.key)
            and not _ru_adjective(hit.group(1))
        ):
            # "Минобороны Нагорного Карабаха": a place in a case after a noun it depends on;
            # only an adjective agreeing with it would be part of its name
            continue
        if _CYRILLIC.search(m.surface) and _beside_district(m, text, hit, after, gaz):
            continue  # "у села Аветараноц Аскеранского района": a village, then its district
        if hit is after and _inflected_acronym(text, hit.start(1), hit.end(1)):
            continue  # "Azərbaycan BMT-yə üzv qəbul edildi": a name, then "to the UN"
        if hit is after and word in lexicon.facility_heads():
            continue  # "Stepanakert Airport": the town, and a facility at or near it
        if m.surface.isupper() and not hit.group(1).isupper():
            continue  # "LONDON Pope Francis": a dateline, then the story
        if gaz is not None and (
            _names_major(word, gaz)
            or (hit is after and _opens_major(text, hit.end(1), hit.group(1), gaz))
        ):
            continue  # "в Сумгаите Азербайджанской ССР": a town, then its country
        if gaz is not None and any(gaz.rows(fold(f)) for f in base_forms(hit.group(1))[1:]):
            continue  # "Bakıda Ermənistanın hücumu": a place in a case ends its phrase
        if gaz is not None and _same_place(m, hit.group(1), gaz):
            continue  # "Armenians call Karabakh Artsakh": two names of one place
        if gaz is not None and hit.group(0)[0] != "-" and _two_places(m, text, hit, after, gaz):
            continue  # "Bərdə, Kəlbəcər Əsgəran və Xocavənd": a comma lost between two places
        if gaz is not None and _beside_longer_place(m, text, hit, after, gaz):
            continue  # "Cəbrayıl Kiçik Qafqaz dağlarının cənubunda": a town, then a range
        if (
            gaz is not None
            and word in lexicon.common_words()
            and _a_country(m, gaz)
            and _title_case_before(text, hit.end(1) if hit is after else m.start)
        ):
            # "Armenian Forces Strike Azerbaijan", "Azerbaijan Claims Armenians Seized a Key
            # Town": a headline's frequent word beside the country is no part of its name
            continue
        return True
    return False


_WORDS_AFTER = re.compile(
    r"([^\W\d_][\w'’]*)(?:[ \t]+([^\W\d_][\w'’]*))?(?:[ \t]+([^\W\d_][\w'’]*))?"
)


def _beside_longer_place(
    m: Mention, text: str, hit: re.Match, after: re.Match | None, gaz: Gazetteer
) -> bool:
    """True when, in Azerbaijani, the mention (a place the gazetteer knows) stands beside a
    place name of two or three words the gazetteer also knows, the last maybe in a case
    ("Cəbrayıl Kiçik Qafqaz dağlarının"): Azerbaijani forms no name of two place names, and
    the two names met by chance are two places."""
    if not written_in_azerbaijani(text) or not gaz.rows(m.key):
        return False
    if hit is not after:
        # the mention is the longer name, the word before it a place ("Cəbrayıl Kiçik Qafqaz")
        return len(m.surface.split()) > 1 and any(
            gaz.rows(fold(f)) for f in base_forms(hit.group(1))
        )
    words = [w for w in _WORDS_AFTER.match(text, hit.start(1)).groups() if w]
    return any(
        gaz.rows(fold(" ".join([*words[: n - 1], f])))
        for n in range(len(words), 1, -1)
        for f in base_forms(words[n - 1])
    )


_HEADLINE_START = re.compile(r"[\n:.!?]")
_LONG_WORD = re.compile(r"[^\W\d_]{5,}")


def _title_case_before(text: str, pos: int) -> bool:
    """True when the words of five letters or more from the start of the line (or of its
    last clause) up to ``pos`` are two or more and all capitalised, as in a headline ("Armenian
    Forces Strike"): there a capital says nothing about a word."""
    lo = max(0, pos - 200)
    cut = max((m.end() for m in _HEADLINE_START.finditer(text, lo, pos)), default=lo)
    words = _LONG_WORD.findall(text, cut, pos)
    return len(words) >= 2 and all(_is_cap(w) for w in words)


_LIST_BEFORE = re.compile(r"([^\W\d_][\w'’]*)[ \t]*,[ \t]*$")
_LIST_AFTER = re.compile(r"[ \t]*(?:,|\b(?:and|və|и|ու)\b)")
_TWO_KINDS = (*("city", "village", "admin1", "admin2"), "region")


def _two_places(m: Mention, text: str, hit: re.Match, after: re.Match | None, gaz) -> bool:
    """True when the mention and the capitalised word beside it are two places of one
    country that the gazetteer knows apart (their run is no name of its own): items of a
    list that lost a comma ("Tərtər, Bərdə, Kəlbəcər Əsgəran və Xocavənd"), or, in
    Azerbaijani, which forms no name of two place names, a place then another ("Ağdərə
    Qarabağ düzünü birləşdirən keçid")."""
    word = hit.group(1)
    if fold(word) in lexicon.common_words() or fold(word) in lexicon.common_words_az():
        return False
    country, kind = gaz.col["country"], gaz.col["kind"]
    mine = {country[r] for r in m.rows if kind[r] in _TWO_KINDS and country[r]}
    theirs = {
        country[r]
        for f in base_forms(word)
        for r in gaz.rows(fold(f))
        if kind[r] in _TWO_KINDS and country[r]
    }
    if not mine & theirs:
        return False
    if written_in_azerbaijani(text):
        return True
    first, last = (m.start, hit.end(1)) if hit is after else (hit.start(1), m.end)
    # inside a list of places, after a place and its comma and before a comma or an "and"
    # ("Bərdə, Kəlbəcər Əsgəran və Xocavənd"); a name between commas alone is as often a
    # person's ("Ivin's lawyer, Paul Kemp, insisted")
    before = _LIST_BEFORE.search(text, max(0, first - 40), first)
    return bool(
        before
        and _LIST_AFTER.match(text, last)
        and any(gaz.rows(fold(f)) for f in base_forms(before.group(1)))
    )


def _same_place(m: Mention, word: str, gaz: Gazetteer) -> bool:
    """True when ``word`` is, in any case form, another name of a place the mention may be
    ("Karabakh Artsakh", "Карабах Арцахом"): two names side by side, not one longer name."""
    rows = set(m.rows)
    return any(r in rows for f in base_forms(word) for r in gaz.rows(fold(f)))


_ROUTE_AFTER = re.compile(
    r"[\w'’\-]*[ \t]+(?:road|highway|motorway|railway|pipeline|corridor|route|border|frontier"
    r"|line|front|direction|axis"
    r"|(?:dəmir)?yol\w*|şosse\w*|magistral\w*|xətt\w*|sərhəd\w*"  # Azerbaijani
    r"|дорог\w*|шоссе|трасс\w*|железн\w*|границ\w*|коридор\w*)s?\b"  # Russian
)
_PAIRED = ("city", "village", "admin1", "admin2", "country")


def _route_between(m: Mention, text: str, key: str, gaz: Gazetteer) -> bool:
    """True when a place and ``key`` (a place too, no frequent word) joined by a hyphen
    name the ends of a route ("the Lachin-Shushi road", "the Baku-Tbilisi railway") or two
    places of one country side by side ("the Berdzor-Karvachar group")."""
    if not gaz.rows(key) or key in lexicon.common_words():
        return False
    if _ROUTE_AFTER.match(text, m.end) is not None:
        return True
    # "the Berdzor-Karvachar group", "Bakı-Mincivan-Qafan": places of one country side by side
    country, kind = gaz.col["country"], gaz.col["kind"]
    mine = {country[r] for r in m.rows if kind[r] in _PAIRED}
    return bool(mine & {country[r] for r in gaz.rows(key) if kind[r] in _PAIRED})


_CYRILLIC = re.compile("[\u0400-\u04ff]")
_RU_ADJECTIVE = re.compile(
    "(?:ая|яя|ой|ей|ий|ый|ое|ее|ую|юю|ые|ие|ых|их|ым|им|ском|ном|нем|ого|его|ому|ему)$", re.I
)


# a Russian verbal noun ("Избрание", "Развитие"): no adjective, though it ends like one
_RU_VERBAL_NOUN = re.compile("(?:ни|ти)е$", re.I)


def _ru_adjective(word: str) -> bool:
    """True when ``word`` ends like a Russian adjective and is no verbal noun in -ние/-тие
    ("Советская Армения", but "Избрание Азербайджаном")."""
    return bool(_RU_ADJECTIVE.search(word)) and not _RU_VERBAL_NOUN.search(word)


# a Russian place adjective in a case, as a district's name is written ("Аскеранского")
_RU_PLACE_ADJECTIVE = re.compile("ск(?:ий|ая|ое|ого|ой|ому|им|ом|ую)$", re.I)


def _beside_district(
    m: Mention, text: str, hit: re.Match, after: re.Match | None, gaz: Gazetteer | None = None
) -> bool:
    """True when a Russian name and the capitalised word beside it are a place and its
    district: "Аветараноц Аскеранского района" is the village of Avetaranots in the Askeran
    district, two names, not one (the adjective before a place word opens a name of its
    own). A word before the district that ends like an adjective but is a settlement's name
    as written ("Гасангая Тертерского района", Həsənqaya) is that place, not an adjective."""
    if hit is after:
        nxt = _NEXT_WORD.match(text, hit.end(1))
        return (
            _RU_PLACE_ADJECTIVE.search(hit.group(1)) is not None
            and nxt is not None
            and _is_place_word(nxt.group(1))
        )
    words = m.surface.split()
    return (
        len(words) >= 2
        and _RU_PLACE_ADJECTIVE.search(words[0]) is not None
        and _is_place_word(words[-1])
        and (not _ru_adjective(hit.group(1)) or _settlement(hit.group(1), gaz))
    )


_SETTLEMENT_KINDS = frozenset({"city", "village"})


def _settlement(word: str, gaz: Gazetteer | None) -> bool:
    """True when the gazetteer knows ``word`` as written as a town or village."""
    kind = gaz.col["kind"] if gaz is not None else None
    return kind is not None and any(kind[r] in _SETTLEMENT_KINDS for r in gaz.rows(fold(word)))


_AZ_SUFFIX_AFTER = re.compile(r"-([^\W\d_]+)")


def _inflected_acronym(text: str, start: int, end: int) -> bool:
    """True when the word ``text[start:end]`` is an acronym in capitals with an Azerbaijani
    case suffix after a hyphen ("BMT-yə", "ATƏT-in"): a noun of its own, not the rest of the
    name before it."""
    word = text[start:end]
    suffix = _AZ_SUFFIX_AFTER.match(text, end)
    return (
        len(word) >= 2
        and word.isupper()
        and suffix is not None
        and suffix.group(1).lower() in az_case_suffixes()
    )


def _a_country(m: Mention, gaz: Gazetteer) -> bool:
    return any(gaz.col["kind"][r] == "country" for r in m.rows)


# a title and "of", maybe through an office's name ("head of the administration of")
_RU_DISTRICT_END = re.compile(r"(?i)\bрайон[а-я]*$")
_OF_BEFORE = re.compile(
    r"([^\W\d_]+)[ \t]+of[ \t]+(?:the[ \t]+)?(?:([^\W\d_]+)[ \t]+of[ \t]+(?:the[ \t]+)?)?$"
)
_OFFICE_KINDS = frozenset({"country", "admin1", "admin2", "city", "region"})


def _office_of(m: Mention, text: str, gaz: Gazetteer) -> bool:
    """True when the mention is a country, division or town after a person's title and "of"
    ("the Prime Minister of Armenia Nikol Pashinyan", "Governor of Texas Greg Abbott", "head
    of administration of Kashatagh Alexan Hakobian", "the Mayor of Goris Arush Arushanyan"):
    the capitalised words after it are the holder's name, not the rest of the place's."""
    before = _OF_BEFORE.search(text, max(0, m.start - 60), m.start)
    return (
        before is not None
        and fold(before.group(1)) in lexicon.person_titles()
        and any(gaz.col["kind"][r] in _OFFICE_KINDS for r in m.rows)
    )


_OF_NAME_AFTER = re.compile(r"[ \t]+of[ \t]+([A-Z][\w'’]*)(?:[ \t]+([A-Z][\w'’]*))?")
_BIG_KINDS = frozenset({"continent", "country", "admin1", "region"})


def _of_a_name(m: Mention, text: str, gaz: Gazetteer) -> bool:
    """True when a one-word name that is no country, division or region runs on through
    "of" into capitalised words that name no place: "the Commonwealth of Independent States"
    is one name, not Commonwealth in the Philippines ("Stepanakert of Nagorno-Karabakh" is
    two places)."""
    if " " in m.key or any(gaz.col["kind"][r] in _BIG_KINDS for r in m.rows):
        return False
    after = _OF_NAME_AFTER.match(text, m.end)
    if after is None:
        return False
    words = [w for w in after.groups() if w]
    keys = [fold(w) for w in words] + [fold(" ".join(words))]
    return not any(gaz.rows(k) for k in keys)


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w'’]*)")


def _opens_major(text: str, end: int, word: str, gaz: Gazetteer) -> bool:
    """True when ``word`` and the word after it (at ``end``) name a country in any case
    ("Азербайджанской ССР", "Azerbaijan SSR")."""
    nxt = _NEXT_WORD.match(text, end)
    return nxt is not None and _names_major(word, gaz, then=fold(nxt.group(1)))


def _names_major(key: str, gaz: Gazetteer, then: str = "") -> bool:
    """True when ``key`` (followed by the folded word ``then``) names a country or continent,
    in any Russian case ("азербайджаном", "азербайджанской" then "сср")."""
    return any(
        gaz.col["kind"][r] in ("country", "continent")
        for form in base_forms(key)
        for r in gaz.rows(fold(f"{form} {then}" if then else form))
    )
