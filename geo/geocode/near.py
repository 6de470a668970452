"""Places the gazetteer lacks, placed at the place the text ties them to.

A village the gazetteer does not know is often written beside one it does: "the
village of Kanliq outside Kubatli", "from Bashlibeli in the province of Kelbajar",
"Kanliq, near Kubatli", "the Kelbajar district village of Bashlibeli", "Ağdam rayonunun
Zorvakənd kəndi" (the village Zorvakənd of the Ağdam district). Conflict
datasets code such a location to the known place with a coarser precision (ACLED's
``geo_precision`` 2, "near" a town or in part of a district; 3, a larger region), and
so does geo: the name becomes a mention placed at the known place, its
:class:`~geo.geocode.Resolution` marked ``near`` ("near" or "in") so that every
output says the point is the known place's, not the village's. The name stays in the
report of names the gazetteer lacks, so a user can add its own point.

Only a relation written between the two names counts; a name merely in the same
sentence as a town is never placed there; in Azerbaijani and Russian the relation is the
genitive ("Laçının Zorvalı kəndi", "село Зорвашен Лачинского района"). One relation spans more
text: an Azerbaijani or Russian list of a district's villages ("Xocavənd rayonu … 81 kəndi
birləşdirir. Kəndləri bunlardır – Şexer, Şıx Dursun, …", "Сёла района: …", "XOCALI RAYONUNUN
İNZİBATİ TƏRKİBİ … Qarakötük  k.") puts each of its villages in the district named before it
(:func:`_listed_under`), and a listed name the gazetteer places more than 40 km from that
district is a namesake, placed again (:func:`place_listed`). And the lead
of an encyclopedia page on a village names it under all its names and says where it lies
("Арпадюзю (азерб. Arpadüzü, до 1992 года — Колхозашен), — село в Ходжавендском районе",
"Aghjakend (Azerbaijani: Ağcakənd) or Khandzadzor is a village in the Khojavend District"):
every mention of those names in the page is placed at the district, or at the village itself
when the gazetteer knows it under one of them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from geo.gazetteer import Gazetteer
from geo.geocode.document import Resolution
from geo.geocode.scoring import distance_km
from geo.geoparse import Mention
from geo.geoparse.villages import list_opening
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
# in Azerbaijani, the district in the genitive before the name, a village word after it
_AZ_BEFORE = re.compile(r"(?i:rayonunun)[ \t]+\Z")
_AZ_KIND_AFTER = re.compile(r"[ \t]+(?:kənd|qəsəbə)")
_AZ_GENITIVE = re.compile(r"(?:ın|in|un|ün)$")  # "Laçının Zorvalı kəndi"
# a district in the genitive after a village's name: "(село) Зорвашен Лачинского района"
_RU_DISTRICT = re.compile(r"(?i)[а-яё\-]+ск(?:ого|ой)[ \t]+(?:района|области|округа)$")
# names listed before an Azerbaijani village head word, then its district in brackets:
# "Sur kəndi (Xocavənd rayonu)", "Yuxarı Güzlək, Gorazıllı kəndləri (hər ikisi Füzuli rayonu)"
_AZ_NAME = r"[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*){0,2}"
_AZ_ITEMS = rf"(?:(?:[ \t]*,[ \t]*|[ \t]+və[ \t]+){_AZ_NAME})*"
_AZ_BRACKET = re.compile(
    rf"{_AZ_ITEMS}[ \t]+(?:kənd|qəsəbə)\w*[ \t]*\((?:[^\W\d_]+[ \t]+){{0,2}}\Z"
)
_AZ_BRACKET_END = re.compile(r"(?:[ \t]+rayon\w*)?[ \t]*\)")
# "rayonun Əmirallar, Muğanlı və Kuropatkin kəndləri": the villages of the district (the one
# the text is about, named before)
_AZ_ITS = re.compile(
    rf"(?<![\w'’\-])rayonun[ \t]+(?:{_AZ_NAME}(?:[ \t]*,[ \t]*|[ \t]+və[ \t]+))*\Z"
)
_AZ_ITEMS_KIND = re.compile(rf"{_AZ_ITEMS}[ \t]+(?:kənd|qəsəbə)")
_REACH = 60  # characters between the two names at most
_KINDS = ("city", "village", "admin1", "admin2", "region")
_LIST_REACH = 3000  # characters between a district and the villages listed under it at most
_NAME_MAX = 300  # characters of one place's name at most
_DISTRICT_WORD = re.compile(r"(?i)rayon|район|district|province|region")
_HEAD_REACH = 200  # characters between a list's opening words and the place it is of
_SENTENCE_END = re.compile(r"[\n.;!?]")
_LISTED_KM = 40.0  # a village listed under a district lies this close to its point at most


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
        hit = (
            _tied(text, s, e, placed, starts)
            or _in_bracket_or_its(text, s, e, placed, starts, gaz)
            or _listed_under(text, s, e, placed, starts, gaz)
            or _district_after(text, e, placed, starts, gaz)
        )
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


def spread_unknowns(
    text: str, placed: list[Resolution], resolutions: list[Resolution]
) -> list[Resolution]:
    """Every other time the text writes a name :func:`place_unknowns` placed, as a whole
    word the other ``resolutions`` leave free, placed there too: a document means one
    place by one name ("10. Zorva kurqanları … (Zorva kəndi)": the village placed from the
    brackets is the one of the kurgans). A name placed at two places is left alone."""
    where: dict[str, set[int]] = {}
    for r in placed:
        where.setdefault(r.mention.surface, set()).add(r.row)
    taken = sorted((r.mention.start, r.mention.end) for r in resolutions)
    starts = [a for a, _ in taken]
    out = []
    for r in placed:
        name = r.mention.surface
        if len(where.get(name, ())) != 1:
            continue
        where[name] = set()  # once per name
        pattern = re.compile(rf"(?<![\w'’\-]){re.escape(name)}(?![\w'’\-])")
        for m in pattern.finditer(text):
            i = bisect_left(starts, m.end())
            if i > 0 and taken[i - 1][1] > m.start():
                continue  # inside or over another mention (the placed one among them)
            mention = Mention(m.start(), m.end(), name, fold(name), (r.row,))
            out.append(replace(r, mention=mention))
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
        genitive = _AZ_BEFORE.search(placed[j].mention.surface + gap) or (
            not gap.strip() and _AZ_GENITIVE.search(placed[j].mention.surface)
        )
        if genitive and _AZ_KIND_AFTER.match(text, e):
            return placed[j], "in"  # "Ağdam rayonunun Zorvakənd kəndinə", "Laçının … kəndi"
    return None


def _in_bracket_or_its(
    text: str, s: int, e: int, placed: list[Resolution], starts: list[int], gaz: Gazetteer
) -> tuple[Resolution, str] | None:
    """The district of the Azerbaijani villages the name at ``text[s:e]`` is listed with: the
    one in brackets after their head word ("Sur kəndi (Xocavənd rayonu)", "Yuxarı Güzlək,
    Gorazıllı kəndləri (hər ikisi Füzuli rayonu)", both of the Füzuli district), or, after
    "rayonun" (the district's) with no name before it, the last district named up to 3,000
    characters before ("… Xocavənd rayonunda … rayonun Əmirallar və Muğanlı kəndləri")."""
    i = bisect_left(starts, e)
    while i < len(placed) and placed[i].mention.start <= e + _REACH:
        district = placed[i]
        if _AZ_BRACKET.match(text[e : district.mention.start]) and _AZ_BRACKET_END.match(
            text, district.mention.end
        ):
            return district, "in"
        i += 1  # another village of the list, known: the district comes later
    its = _AZ_ITS.search(text, max(0, s - _REACH), s)
    if its is None or not _AZ_ITEMS_KIND.match(text, e):
        return None
    word_before = text[max(0, its.start() - 40) : its.start()].split()
    if word_before and word_before[-1][:1].isupper():
        return None  # "Ağdam rayonun …": a district named, the relation _tied reads
    before = placed[bisect_left(starts, s - _LIST_REACH - _NAME_MAX) : bisect_left(starts, s)]
    hit = next(
        (
            r
            for r in reversed(before)
            if r.mention.end >= s - _LIST_REACH and _is_district(text, r, gaz)
        ),
        None,
    )
    return None if hit is None else (hit, "in")


def _listed_under(
    text: str, s: int, e: int, placed: list[Resolution], starts: list[int], gaz: Gazetteer
) -> tuple[Resolution, str] | None:
    """The place whose villages a list names, when the name at ``text[s:e]`` is an item of
    one (:func:`geo.geoparse.villages.list_opening`): of the places named before the list
    opens, the last district in its paragraph up to 200 characters before, else the last
    district up to 3,000 characters before, else the last place in that paragraph ("Ağdam
    rayonunda … 123 kənd vardı. Kəndləri bunlardır – Eyvazlı, …": in the Ağdam district);
    with none of them, the first place named after the name in its sentence, up to 200
    characters on ("сёла Туг, Аракюль и город Гадрут": at Hadrut).
    A district is a first- or second-level division or a name with "rayonu", "район",
    "district" or the like in or just after it."""
    opening = list_opening(text, s, e)
    if opening is None:
        return None

    def district(r: Resolution) -> bool:
        return _is_district(text, r, gaz)

    # the places named before the list opens, from the first that may end within reach of it
    # (no name is _NAME_MAX characters long): not every place of the document before it
    before = placed[
        bisect_left(starts, opening - _LIST_REACH - _NAME_MAX) : bisect_left(starts, opening)
    ]
    lo = max(0, opening - _HEAD_REACH)
    gap = text.rfind("\n\n", lo, opening)
    lo = gap + 2 if gap >= 0 else lo
    near = [r for r in before if r.mention.end > lo]
    far = [r for r in before if r.mention.end >= opening - _LIST_REACH]
    hit = next(
        (r for r in reversed(near) if district(r)),
        next((r for r in reversed(far) if district(r)), near[-1] if near else None),
    )
    if hit is None:  # nothing before: the place the list's sentence names after it
        i = bisect_left(starts, e)
        after = placed[i : i + 1]
        hit = next(
            (
                r
                for r in after[:1]
                if r.mention.start - e <= _HEAD_REACH
                and _SENTENCE_END.search(text, e, r.mention.start) is None
            ),
            None,
        )
    return None if hit is None else (hit, "in")


def _is_district(text: str, r: Resolution, gaz: Gazetteer) -> bool:
    """True when ``r`` is a district: a first- or second-level division or a name with
    "rayonu", "район", "district" or the like in or just after it."""
    after = text[r.mention.end : r.mention.end + 12]
    return gaz.col["kind"][r.row] in ("admin1", "admin2") or bool(
        _DISTRICT_WORD.search(r.mention.surface + after)
    )


_COMMA = re.compile(r"[ \t]*,[ \t]*")
# a district by its word, not a state or province: "Melbourne, Victoria" says nothing here
_ADDRESS_DISTRICT = re.compile(r"(?i)\b(?:rayon\w*|район\w*|district)\b")


def _district_after(
    text: str, e: int, placed: list[Resolution], starts: list[int], gaz: Gazetteer
) -> tuple[Resolution, str] | None:
    """The district written just after the name ending at ``e`` with a comma between, as an
    address gives it ("Камо, Ханларский район", "Zorvalı, Ağdam rayonu", "Kamo, Khanlar
    district"): the name is a place in it. Only a name with its district word counts: a town
    and its state or province ("Melbourne, Victoria") is left to the resolver."""
    i = bisect_left(starts, e)
    if i < len(placed) and _COMMA.fullmatch(text, e, placed[i].mention.start):
        after = text[placed[i].mention.end : placed[i].mention.end + 12]
        if _ADDRESS_DISTRICT.search(placed[i].mention.surface + after):
            return placed[i], "in"
    return None


def place_listed(text: str, resolutions: list[Resolution], gaz: Gazetteer) -> list[Resolution]:
    """``resolutions`` with the names of an Azerbaijani list of a district's villages (or of
    villages given their district in brackets, or after "rayonun") that were placed more
    than 40 km from that district placed again: at the name's candidate
    nearest the district if one lies within 40 km, else at the district, marked "in"
    ("Günəşli" in a list of Xocavənd's villages is not Güneşli in Turkey); so are names
    followed by a comma and their district, as in an address ("Камо, Ханларский район": not
    Kamo, the old name of Gavar in Armenia). A name the
    gazetteer knows as a district stays: "Füzuli və Cəbrayıl kəndlərində" (in the villages of
    Füzuli and Cəbrayıl) lists districts."""
    kind, lat, lon, ids = gaz.col["kind"], gaz.col["lat"], gaz.col["lon"], gaz.col["id"]
    placed = sorted(
        (r for r in resolutions if kind[r.row] in _KINDS), key=lambda r: r.mention.start
    )
    starts = [r.mention.start for r in placed]

    def km(a: int, b: int) -> float:
        return distance_km(float(lat[a]), float(lon[a]), float(lat[b]), float(lon[b]))

    out = []
    for r in resolutions:
        s, e = r.mention.start, r.mention.end
        hit = (
            None
            if r.near
            else _in_bracket_or_its(text, s, e, placed, starts, gaz)
            or _listed_under(text, s, e, placed, starts, gaz)
            or _district_after(text, e, placed, starts, gaz)
        )
        if (
            hit is None
            or km(r.row, hit[0].row) <= _LISTED_KM
            or any(kind[c] in ("admin1", "admin2") for c in r.mention.rows)
        ):  # a district's name is a district's ("Füzuli və Cəbrayıl kəndlərində": their villages)
            out.append(r)
            continue
        district = hit[0]
        near = min(r.mention.rows, key=lambda c: km(c, district.row))
        if km(near, district.row) <= _LISTED_KM:
            out.append(replace(r, row=near, place_id=str(ids[near])))
        else:
            out.append(
                replace(
                    district,
                    mention=r.mention,
                    confidence=round(min(district.confidence, 0.5), 3),
                    rejected=[],
                    near="in",
                )
            )
    return out


_CAP = r"[A-ZÀ-ÖØ-ÞА-ЯЁƏÇĞİÖŞÜԱ-Ֆ]"
_LEAD_NAME = rf"{_CAP}[\w'’\-]*(?:[ \t]+{_CAP}[\w'’\-]*){{0,2}}"
# the first sentence of an encyclopedia page on a village, its names before what it is
_LEAD = re.compile(
    rf"(?m)^[ \t]*(?P<name>{_LEAD_NAME})[ \t]*(?P<aside>\([^()\n]{{0,300}}\))?"
    rf"(?:[ \t]+(?:or|или)[ \t]+(?P<name2>{_LEAD_NAME})[ \t]*(?P<aside2>\([^()\n]{{0,300}}\))?)?"
    r"[ \t]*,?[ \t]*(?:[—–-]+[ \t]*(?:село|деревня|посёлок|поселок|аул)\b"
    r"|is[ \t]+a[ \t]+(?:village|town|settlement|hamlet)[ \t]+in\b)"
)
_ASIDE_NAME = re.compile(rf"{_CAP}[\w'’\-]*(?![\w'’\-]*[ \t]*[:.])")  # not a label ("азерб.")
_LEAD_REACH = 200  # characters between the lead's names and its district at most


def place_lead_names(text: str, resolutions: list[Resolution], gaz: Gazetteer) -> list[Resolution]:
    """``resolutions`` with every mention of the names an encyclopedia lead gives a village
    placed at it (see the module docstring): at the village where the gazetteer knows one of
    its names as written there, else at the district the lead puts it in (marked "in"); a
    name the gazetteer places more than 40 km away is placed again."""
    from geo.lexicon import demonyms

    lead = _LEAD.search(text)
    if lead is None:
        return resolutions
    kind, lat, lon = gaz.col["kind"], gaz.col["lat"], gaz.col["lon"]
    names = {lead.group("name"), lead.group("name2")} - {None}
    for aside in (lead.group("aside"), lead.group("aside2")):
        names |= {m.group() for m in _ASIDE_NAME.finditer(aside or "")}
    names = {n for n in names if len(n) > 2 and fold(n) not in demonyms()}
    by_start = {r.mention.start: r for r in resolutions}
    own = [
        by_start[lead.start(g)]
        for g in ("name", "name2")
        if lead.group(g) and lead.start(g) in by_start
    ]
    anchor, relation = (own[0], "") if own else (None, "in")
    if anchor is None:
        anchor = next(
            (
                r
                for r in sorted(resolutions, key=lambda r: r.mention.start)
                if lead.end() <= r.mention.start <= lead.end() + _LEAD_REACH
                and (
                    kind[r.row] in ("admin1", "admin2")
                    or _DISTRICT_WORD.search(text[r.mention.start : r.mention.end + 12])
                )
            ),
            None,
        )
    if anchor is None or not names:
        return resolutions

    def km(a: int) -> float:
        return distance_km(
            float(lat[a]), float(lon[a]), float(lat[anchor.row]), float(lon[anchor.row])
        )

    pattern = re.compile(
        r"(?<![\w'’\-])(?:"
        + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        + r")(?![\w'’\-])"
    )
    out = list(resolutions)
    spans = [(r.mention.start, r.mention.end) for r in resolutions]
    for m in pattern.finditer(text):
        s, e = m.span()
        hit = next((i for i, (a, b) in enumerate(spans) if a < e and s < b), None)
        if hit is not None:
            r = out[hit]
            if (
                r is not anchor
                and (r.mention.start, r.mention.end) == (s, e)
                and km(r.row) > _LISTED_KM
            ):
                out[hit] = replace(
                    anchor,
                    mention=r.mention,
                    rejected=[],
                    near=relation,
                    confidence=round(min(anchor.confidence, 0.5), 3),
                )
            continue
        mention = Mention(s, e, m.group(), fold(m.group()), (anchor.row,))
        out.append(
            replace(
                anchor,
                mention=mention,
                rejected=[],
                near=relation,
                confidence=round(min(anchor.confidence, 0.5), 3),
            )
        )
        spans.append((s, e))
    return sorted(out, key=lambda r: r.mention.start)
