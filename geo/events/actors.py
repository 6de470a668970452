"""Who did it to whom: ``actor1``, ``actor2`` and associated actors of one happening, from
the actors :mod:`geo.actors` finds and the places that act ("Armenia began …")."""

from __future__ import annotations

import re

from geo.actors import Actor, find_actors, group_victims, state_actor, with_country
from geo.events.clauses import event_words
from geo.events.places import _Place, _word_after

_FORCES_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


class _EarlierActors:
    """The doers named in the earlier clauses of a sentence, found only when a later
    clause needs them."""

    def __init__(self, text: str, iso_names: dict[str, str]) -> None:
        self.text, self.iso_names = text, iso_names
        self.spans: list = []  # clauses that made no event, not yet looked at
        self.found: list[Actor] = []

    def get(self) -> list[Actor]:
        for segment, clause, roles, rule in self.spans:
            seen = _actors(self.text, segment, clause, [], roles, rule, self.iso_names, None, "")[
                "_seen"
            ]
            self.found.extend(a for a in seen if a not in self.found)
        self.spans = []
        return sorted(self.found, key=lambda a: a.start)


def _actors(
    text,
    segment,
    clause,
    mine: list[_Place],
    roles: list[_Place],
    rule,
    iso_names,
    earlier: _EarlierActors | None,
    where: str,
) -> dict:
    """actor1, actor2 and associated actors of one happening (see :mod:`geo.actors`);
    ``where``: the country the happening was in (ISO2), for the civilians of a group."""
    lo, hi = segment
    etype = rule.event_type if rule else "other"
    forces = rule is not None and (rule.acled in _FORCES_TYPES or etype == "displacement")
    country_mentions = [
        (
            p.res.mention.start,
            p.res.mention.end,
            p.res.place_id[8:],
            iso_names.get(p.res.place_id[8:], p.res.mention.surface),
        )
        for p in roles
        if p.res.place_id.startswith("country:")
        and lo <= p.res.mention.start < hi
        and p.role not in ("location", "origin", "destination", "sides")
    ]
    found = [
        a
        for a in find_actors(text, (lo, hi), country_mentions)
        if _word_after(text, a.end, clause[1]) not in event_words()["source_after"]
    ]
    taken = [(a.start, a.end) for a in found]
    for p in roles:
        ms = p.res.mention.start
        if (
            p.role in ("doer", "agent")
            and p.res.place_id.startswith("country:")
            and lo <= ms < hi
            and not any(a <= ms < b for a, b in taken)
        ):
            iso = p.res.place_id[8:]
            act = state_actor(
                iso,
                iso_names.get(iso, p.res.mention.surface),
                "battle" if forces else "political",
                ms,
                p.res.mention.end,
            )
            found.append(act)
    seen = sorted(found, key=lambda a: a.start)
    if rule is not None and (etype in ("violence_against_civilians", "displacement")):
        found += [
            v
            for v in group_victims(text, (lo, hi))
            if not any(a.start <= v.start < a.end for a in found)
        ]
    if (
        not found and earlier is not None
    ):  # the doers named earlier in the sentence ("X, then President of Y, ... and had to resign")
        found = [
            state_actor(
                a.country,
                iso_names.get(a.country, a.country),
                "battle" if forces else "political",
                a.start,
                a.end,
            )
            if a.bare
            else a
            for a in earlier.get()
            if a.kind != "civilians"
        ]
    agents, targets, others = [], [], []
    words = event_words()
    for a in sorted(found, key=lambda a: a.start):
        before = text[max(clause[0], a.start - 25) : a.start].lower().split()
        last = before[-1] if before else ""
        if last in words["agent"]:
            agents.append(a)
        elif a.kind == "civilians" or last in words["target"] or last in ("on", "at"):
            targets.append(a)
        else:
            others.append(a)
    side1 = agents + others
    side2 = targets
    if not side2 and len(side1) > 1:
        # the first actor and those joined to it ("X and Y", "X together with Y"), then the
        # other side
        allies = side1[:1]
        for a in side1[1:]:
            (allies if _joined(text, allies[-1], a) and not side2 else side2).append(a)
        side1 = allies
    country = iso_names.get(where, "")
    side1 = [
        Actor(with_country(a.name, country), a.kind, a.country, a.start, a.end, a.bare)
        for a in side1
    ]
    side2 = [
        Actor(with_country(a.name, country), a.kind, a.country, a.start, a.end, a.bare)
        for a in side2
    ]
    side1, side2 = _unique(side1), _unique(side2)
    out = {
        "actor1": None,
        "assoc_actor_1": None,
        "actor2": None,
        "assoc_actor_2": None,
        "_seen": seen,
    }
    if side1:
        out["actor1"], out["actor1_kind"] = side1[0].name, side1[0].kind
        out["assoc_actor_1"] = "; ".join(a.name for a in side1[1:]) or None
    if side2:
        # victims named by a group ("Azerbaijanis") are civilians of where it happened, the group
        # associated
        main = [a for a in side2 if not a.name.endswith("Ethnic Group")]
        groups = [a for a in side2 if a.name.endswith("Ethnic Group")]
        if not main and groups:
            country = iso_names.get(where)
            main = [
                Actor(
                    f"Civilians ({country})" if country else "Civilians",
                    "civilians",
                    "",
                    groups[0].start,
                    groups[0].end,
                )
            ]
        out["actor2"], out["actor2_kind"] = main[0].name, main[0].kind
        out["assoc_actor_2"] = (
            "; ".join([a.name for a in main[1:]] + [a.name for a in groups]) or None
        )
    return out


def _joined(text: str, a: Actor, b: Actor) -> bool:
    """True when ``b`` is joined to ``a`` as an ally ("X and Y forces", "X with Y")."""
    lo, hi = (a.end, b.start) if a.start < b.start else (b.end, a.start)
    return (
        re.fullmatch(
            r"\s*(?:,|and|together with|with|along with|backed by|supported by)\s*",
            text[lo:hi],
            re.I,
        )
        is not None
    )


def _unique(actors: list[Actor]) -> list[Actor]:
    seen: set[str] = set()
    out = []
    for a in actors:
        if a.name not in seen:
            seen.add(a.name)
            out.append(a)
    return out
