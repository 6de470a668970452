"""Places the gazetteer lacks, placed at the place the text ties them to.

A village the gazetteer does not know is often written beside one it does: "the
village of Kanliq outside Kubatli", "from Bashlibeli in the province of Kelbajar",
"Kanliq, near Kubatli", "the Kelbajar district village of Bashlibeli". Conflict
datasets code such a location to the known place with a coarser precision (ACLED's
``geo_precision`` 2, "near" a town or in part of a district; 3, a larger region), and
so does geo: the name becomes a mention placed at the known place, its
:class:`~geo.geocode.Resolution` marked ``near`` ("near" or "in") so that every
output says the point is the known place's, not the village's. The name stays in the
report of names the gazetteer lacks, so a user can add its own point.

Only a relation written between the two names counts; a name merely in the same
sentence as a town is never placed there.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from geo.gazetteer import Gazetteer
from geo.geocode.document import Resolution
from geo.geoparse import Mention
from geo.geoparse.unknown import VILLAGE_LIST_OPENER
from geo.text import fold

_NEAR_WORDS = (
    r"(?:just[ \t]+|some[ \t]+)?(?:outside|near|nearby|close[ \t]+to|next[ \t]+to"
    r"|not[ \t]+far[ \t]+from|on[ \t]+the[ \t]+outskirts[ \t]+of"
    r"|\d+(?:[.,]\d+)?[ \t]*(?:km|kilometres|kilometers|miles)[ \t]+(?:\w+[ \t]+)?(?:of|from)"
    r"|(?:north|south|east|west)(?:-?(?:east|west))?[ \t]+of)"
)
_IN_WORDS = r"in(?:[ \t]+the)?(?:[ \t]+(?:district|province|region|rayon|county)[ \t]+of)?"
# between the unknown name and the known one after it: ", a village near ", " in the province of "
_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:a|the)[ \t]+(?:small[ \t]+)?(?:village|town|settlement|hamlet)[ \t]+)?"
    rf"(?:(?P<near>{_NEAR_WORDS})|(?P<in>{_IN_WORDS}))[ \t]+(?:the[ \t]+)?\Z"
)
# between the known name and the unknown one after it: "Kelbajar district village of ",
# "Kubatli's village of "
_BEFORE = re.compile(
    r"(?:['’]s)?[ \t]+(?:(?:district|province|region|rayon)[ \t]+)?(?:village|town|settlement)"
    r"[ \t]+of[ \t]+\Z"
)
_REACH = 60  # characters between the two names at most
_KINDS = ("city", "village", "admin1", "admin2", "region")


def place_unknowns(
    text: str, unknown: list[tuple[int, int, str]], resolutions: list[Resolution], gaz: Gazetteer
) -> list[Resolution]:
    """Resolutions for the ``unknown`` names (:func:`geo.geoparse.unknown_names`) that the
    text ties to a place it names: placed at that place, marked ``near``."""
    kind = gaz.col["kind"]
    placed = sorted(
        (r for r in resolutions if kind[r.row] in _KINDS), key=lambda r: r.mention.start
    )
    starts = [r.mention.start for r in placed]
    out = []
    for s, e, name in unknown:
        hit = _tied(text, s, e, placed, starts) or _listed_under(text, s, placed, starts)
        if hit is None:
            continue
        known, relation = hit
        mention = Mention(s, e, name, fold(name), (known.row,))
        out.append(
            replace(
                known,
                mention=mention,
                confidence=round(min(known.confidence, 0.5), 3),
                rejected=[],
                near=relation,
            )
        )
    return out


def _tied(
    text: str, s: int, e: int, placed: list[Resolution], starts: list[int]
) -> tuple[Resolution, str] | None:
    """The known place the name at ``text[s:e]`` is written beside, and how ("near",
    "in"), or ``None``: the first place after it, or the last one before it."""
    i = bisect_left(starts, e)
    if i < len(placed) and placed[i].mention.start <= e + _REACH:
        hit = _AFTER.match(text[e : placed[i].mention.start])
        if hit:
            return placed[i], "near" if hit.group("near") else "in"
    if i < len(placed) and _RU_DISTRICT.match(placed[i].mention.surface):
        if not text[e : placed[i].mention.start].strip():
            return placed[i], "in"  # "село Зорвашен Лачинского района"
    j = bisect_left(starts, s) - 1
    if j >= 0 and s - _REACH <= placed[j].mention.end <= s:
        gap = text[placed[j].mention.end : s]
        if _BEFORE.match(gap):
            return placed[j], "in"
        if (
            not gap.strip()
            and _AZ_GENITIVE.search(placed[j].mention.surface)
            and _AZ_VILLAGE_AFTER.match(text, e)
        ):
            return placed[j], "in"  # "Kəlbəcər rayonunun Başlıbel kəndində"
    return None


# a district in the genitive after a village's name: "(село) Зорвашен Лачинского района"
_RU_DISTRICT = re.compile(r"(?i)[а-яё\-]+ск(?:ого|ой)[ \t]+(?:района|области|округа)$")
# a place in the genitive before a village's name and its head word: "Kəlbəcər rayonunun
# Başlıbel kəndində", "Laçının Zorvalı kəndi"
_AZ_GENITIVE = re.compile(r"(?:ın|in|un|ün)$")
_AZ_VILLAGE_AFTER = re.compile(r"[ \t]+kənd(?:i|in|ində|inə|indən|inin|ini)?\b")


def list_heads(text: str, resolutions: list[Resolution], gaz: Gazetteer) -> dict[int, Resolution]:
    """For each resolution that is an item of an Azerbaijani or Russian list of villages,
    by its start, the known place the list is of (:func:`_listed_under`)."""
    kind = gaz.col["kind"]
    placed = sorted(
        (r for r in resolutions if kind[r.row] in _KINDS), key=lambda r: r.mention.start
    )
    starts = [r.mention.start for r in placed]
    out = {}
    for r in resolutions:
        hit = _listed_under(text, r.mention.start, placed, starts)
        if hit is not None:
            out[r.mention.start] = hit[0]
    return out


_LIST_REACH = 3000  # characters between a list's opening words and a name of the list at most
_HEAD_REACH = 200  # characters between the place a list is of and its opening words at most
_DISTRICT_WORD = re.compile(r"(?i)\b(?:district|rayon\w*|район\w*|province|region)\b")


def _listed_under(
    text: str, s: int, placed: list[Resolution], starts: list[int]
) -> tuple[Resolution, str] | None:
    """The known place whose villages a list names, when the name at ``s`` is an item of
    a list of villages in Azerbaijani or Russian ("Ağdam rayonunda … 123 kənd vardı.
    Kəndləri bunlardır – Eyvazlı, Bağbanlar, …": in the Ağdam district): the last place
    named in the paragraph up to 200 characters before the list opens, a district first."""
    opener = _list_opener(text, s)
    if opener is None:
        return None
    lo = max(0, opener - _HEAD_REACH)
    gap = text.rfind("\n\n", lo, opener)
    lo = gap + 2 if gap >= 0 else lo
    before = [r for r in placed[: bisect_left(starts, opener)] if r.mention.end > lo]
    districts = [r for r in before if _DISTRICT_WORD.search(r.mention.surface)]
    if districts or before:
        return (districts or before)[-1], "in"
    return None


def _list_opener(text: str, s: int) -> int | None:
    """Where the words opening the list of villages the name at ``s`` is an item of
    begin, or None when it is no item of one: between them only names and commas (or "və",
    "и") stand, in one sentence."""
    lo = max(0, s - _LIST_REACH)
    for m in reversed(list(VILLAGE_LIST_OPENER.finditer(text, lo, s))):
        items = text[m.end() : s]
        if _BREAK.search(items) is None and (not items or _LIST_GLUE.search(items)):
            return m.start()
    return None


_BREAK = re.compile(r"[\n.:;()!?]")  # a list of villages is one sentence
_LIST_GLUE = re.compile(r"(?:,|\bvə|\bи)[ \t]*\Z")  # the name follows a comma or an "and"
