"""Who did what to whom: the actors a clause names, from ``geo/data/lexicon/actors.csv``.

Three ways a clause names an actor:

* a body of a state: a country or its demonym before a head word ("Armenian
  forces" → *Military Forces of Armenia*, "U.S. state legislatures" → *State
  legislatures (United States)*, "Azerbaijani civilians" → *Civilians
  (Azerbaijan)*) or the head word before "of <country>" ("President of
  Azerbaijan" → *Government of Azerbaijan*);
* a named organisation ("the UN Security Council", "OSCE Minsk Group");
* a country named as the doer ("Armenia began demanding …", "counterattacks by
  Azerbaijan"): its government for political acts, its forces for violent ones
  (:func:`state_actor`). The events module decides which country mentions are
  doers and which are places.

People named by a plural demonym as the ones harmed ("613 Azerbaijanis were
murdered") are civilians of that group (:func:`group_victims`).

Demonyms and organisation names are actors, never places.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from functools import lru_cache

from geo.resources import GAZ_DIR, LEX_DIR

VIOLENT = {
    "battle",
    "explosion_remote_violence",
    "violence_against_civilians",
    "displacement",
    "strategic_development",
}


@dataclass(frozen=True)
class Actor:
    """An actor named in a text: ``name`` in ACLED's style, ``kind`` (state_forces,
    government, legislature, civilians, organisation …), ``country`` (ISO 3166-1
    alpha-2 or ""), and where it is written."""

    name: str
    kind: str
    country: str
    start: int
    end: int
    bare: bool = (
        False  # a country's own name as the doer: its forces or government by the kind of event
    )


@dataclass(frozen=True)
class _Body:
    pattern: str
    template: str
    kind: str


def _rows() -> list[dict[str, str]]:
    with open(LEX_DIR / "actors.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


@lru_cache(maxsize=1)
def countries() -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    """Demonyms (lower case, singular and plural) → (ISO2, country name), and ISO2 → name."""
    feats = json.loads((GAZ_DIR / "admin0.geojson").read_text(encoding="utf-8"))["features"]
    names: dict[str, str] = {}
    dem: dict[str, tuple[str, str]] = {}
    for f in feats:
        p = f["properties"]
        iso, name = p.get("iso2") or "", p.get("name") or ""
        if not iso or not name:
            continue
        names[iso] = name
        for part in re.split(r"[,/]| or ", p.get("demonym") or ""):
            part = part.strip()
            if part:
                dem.setdefault(part.lower(), (iso, name))
    with open(GAZ_DIR / "demonyms.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            pid = r["place_id"]
            if pid.startswith("country:") and pid[8:] in names:
                dem.setdefault(r["demonym"].strip().lower(), (pid[8:], names[pid[8:]]))
    for k, v in list(dem.items()):
        dem.setdefault(k + "s", v)
    return dem, names


@lru_cache(maxsize=1)
def ethnic_groups() -> frozenset[str]:
    """Group adjectives that name a people, not one state's nationals ("Kurdish", "Tamil"), lower
    case."""
    return frozenset(
        w.lower() for r in _rows() if r["type"] == "ethnic" for w in r["pattern"].split("|")
    )


@lru_cache(maxsize=1)
def _bodies() -> tuple[_Body, ...]:
    return tuple(_Body(r["pattern"], r["actor"], r["kind"]) for r in _rows() if r["type"] == "body")


@lru_cache(maxsize=1)
def _body_regexes() -> tuple[re.Pattern, re.Pattern, dict[str, _Body]]:
    """Head words (longest first) after a country word, and before "of <country>"."""
    heads: dict[str, _Body] = {}
    for b in _bodies():
        for w in b.pattern.split("|"):
            heads.setdefault(w.lower(), b)
    alt = "|".join(re.escape(w) for w in sorted(heads, key=len, reverse=True))
    after = re.compile(r"(?:[’']s)?(?:\s+[a-z][a-z-]*)??\s+((?i:" + alt + r"))\b")
    before = re.compile(r"\b(" + alt + r")\s+of\s+(?:the\s+)?$", re.I)
    return after, before, heads


@lru_cache(maxsize=1)
def _organisations() -> tuple[re.Pattern, dict[str, tuple[str, str]]]:
    names: dict[str, tuple[str, str]] = {}
    alts = []
    for r in _rows():
        if r["type"] != "organisation":
            continue
        for p in r["pattern"].split("|"):
            alts.append(p)
            names[re.sub(r"\\", "", p)] = (r["actor"], r["kind"])
    alts.sort(key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(alts) + r")(?![\w])"), names


def organisation_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names an organisation of ``actors.csv`` ("the Conference on Security and
    Co-operation in Europe", "the Red Cross"): a place name inside one is no place."""
    return [m.span() for m in _organisations()[0].finditer(text)]


@lru_cache(maxsize=1)
def _groups_and_demonyms() -> dict[str, tuple[str, str]]:
    """Demonyms (→ their country) and group adjectives (→ no country), singular and plural."""
    dem = dict(countries()[0])
    for g in ethnic_groups():
        for k in (g, g + "s"):
            dem[k] = ("", "")
    return dem


_CAPITALISED = re.compile(r"\b[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:[ -][A-ZÀ-ÖØ-Þ][^\W\d_]*)?")


def _demonyms_in(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Capitalised demonyms in ``text[start:end]`` (one or two words: "Armenian",
    "North Korean"), as (start, end, lower-case demonym); a dictionary lookup per
    capitalised word rather than one large pattern over the text."""
    dem = _groups_and_demonyms()
    out = []
    for m in _CAPITALISED.finditer(text, start, end):
        w = m.group()
        if w.lower() in dem:
            out.append((m.start(), m.end(), w.lower()))
            continue
        first = w.split()[0].split("-")[0]
        if first.lower() in dem:
            out.append((m.start(), m.start() + len(first), first.lower()))
        elif " " in w or "-" in w:
            second = w[len(first) + 1 :]
            if second.lower() in dem:
                out.append((m.end() - len(second), m.end(), second.lower()))
    return out


def state_actor(iso: str, name: str, event_type: str, start: int, end: int) -> Actor:
    """A country named as the doer: its forces for violent events, else its government."""
    if event_type in VIOLENT:
        return Actor(f"Military Forces of {name}", "state_forces", iso, start, end, True)
    return Actor(f"Government of {name}", "government", iso, start, end, True)


def find_actors(
    text: str, span: tuple[int, int], countries_in_span: list[tuple[int, int, str, str]]
) -> list[Actor]:
    """Actors named in ``text[span[0]:span[1]]``: organisations and bodies of states.

    ``countries_in_span``: the country mentions there as ``(start, end, iso2, name)``
    (a country's own name before a head word, "U.S. state legislatures")."""
    s, e = span
    after, before, heads = _body_regexes()
    dem = _groups_and_demonyms()
    out: list[Actor] = []
    org_re, org_names = _organisations()
    for m in org_re.finditer(text, s, e):
        name, kind = org_names.get(m.group(), (m.group(), "organisation"))
        out.append(Actor(name, kind, "", m.start(), m.end()))
    # a demonym or a country's name, then a head word
    words = [(ws, we, *dem[key]) for ws, we, key in _demonyms_in(text, s, e)]
    adjectives = {w[0] for w in words}
    items = sorted(words + [tuple(c) for c in countries_in_span])
    shared: dict[
        int, re.Match
    ] = {}  # "Iraqi and Kurdish forces": the head word of the last one, for each
    for k in range(len(items) - 2, -1, -1):
        if items[k][0] not in adjectives or items[k + 1][0] not in adjectives:
            continue
        link = re.fullmatch(r"\s*(?:,|and|or|,\s*and)\s*", text[items[k][1] : items[k + 1][0]])
        nxt = shared.get(k + 1) or after.match(text, items[k + 1][1], e)
        if link and nxt:
            shared[k] = nxt
    for k, (ws, we, iso, name) in enumerate(items):
        own = after.match(text, we, e)
        m = own or shared.get(k)
        if m and not _inside(ws, out):
            body = heads[m.group(1).lower()]
            if not iso:  # a people, not a state: its civilians, or its militia
                group = (
                    text[ws:we].rstrip("s")
                    if text[ws:we].lower().rstrip("s") in ethnic_groups()
                    else text[ws:we]
                )
                civ = body.kind == "civilians"
                out.append(
                    Actor(
                        f"{group} Ethnic {'Group' if civ else 'Militia'}",
                        "civilians" if civ else "militia",
                        "",
                        ws,
                        m.end() if own else we,
                    )
                )
                continue
            out.append(
                Actor(
                    body.template.format(country=name), body.kind, iso, ws, m.end() if own else we
                )
            )
            continue
        b = before.search(text, max(s, ws - 40), ws)
        if b and iso and not _inside(ws, out):
            body = heads[b.group(1).lower()]
            out.append(Actor(body.template.format(country=name), body.kind, iso, b.start(), we))
    for m in _bare_regex().finditer(text, s, e):
        if not _inside(m.start(), out):
            body = heads[m.group(1).lower()]
            out.append(
                Actor(body.template, body.kind, "", m.start(), m.end())
            )  # "{country}": where it happened
    # "according to the UN": a source, not a party
    return sorted(
        (a for a in out if not _SOURCE_BEFORE.search(text, max(s, a.start - 30), a.start)),
        key=lambda a: a.start,
    )


_SOURCE_BEFORE = re.compile(
    r"\b(?:according to|said|told|reported by|cited by)\s+(?:the\s+)?$", re.I
)
_BARE_KINDS = ("rebels", "civilians", "police", "protesters", "rioters")


@lru_cache(maxsize=1)
def _bare_regex() -> re.Pattern:
    """Head words that name an actor without a country ("rebels", "civilians"), lower case in
    text."""
    words = [
        w for b in _bodies() if b.kind in _BARE_KINDS for w in b.pattern.split("|") if " " not in w
    ]
    return re.compile(r"\b((?i:" + "|".join(sorted(words, key=len, reverse=True)) + r"))\b")


def with_country(name: str, country: str) -> str:
    """Fill a bare actor's "({country})" with where it happened, or drop it when that is not
    known."""
    if "{country}" not in name:
        return name
    return (
        name.replace("{country}", country)
        if country
        else name.replace(" ({country})", "").replace("{country}", "")
    )


def group_victims(text: str, span: tuple[int, int]) -> list[Actor]:
    """Plural demonyms that name people ("613 Azerbaijanis", "ethnic Armenians"):
    civilians of that group (``kind`` civilians, ``name`` "<Demonym> Ethnic Group")."""
    dem = _groups_and_demonyms()
    out = []
    for ws, we, key in _demonyms_in(text, *span):
        w = text[ws:we]
        if key.endswith("s") and key[:-1] in dem:
            out.append(Actor(f"{w[:-1]} Ethnic Group", "civilians", dem[key][0], ws, we))
    return out


def _inside(pos: int, actors: list[Actor]) -> bool:
    return any(a.start <= pos < a.end for a in actors)


@lru_cache(maxsize=1)
def _kinds_by_name() -> tuple[tuple[str, str], ...]:
    """(name prefix, kind) from the lexicon: "Military Forces of " → state_forces, an organisation's
    name → organisation."""
    out = []
    for r in _rows():
        prefix = r["actor"].split("{country}")[0] if r["type"] == "body" else r["actor"]
        out.append((prefix, r["kind"]))
    return tuple(sorted(out, key=lambda x: len(x[0]), reverse=True))


def actor_kind(name: str) -> str:
    """The kind of an actor from its name as geo writes it ("" when not known)."""
    if not name:
        return ""
    if name == "Civilians" or name.endswith("Ethnic Group"):
        return "civilians"
    for prefix, kind in _kinds_by_name():
        if name.startswith(prefix):
            return kind
    return ""
