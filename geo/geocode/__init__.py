"""Choosing one place for each mention, with a confidence and the rejected candidates.

Each candidate gets a score, in log-odds-like units:

* prior: ``log10(population)`` plus a bonus for countries, first-level divisions
  and regions (:func:`geo.gazetteer.prior`), a bonus for curated supplement rows,
  and a bonus when the mention is the place's main name;
* cues: words near the mention, in its sentence, that favour a kind of place
  (``geo/data/lexicon/cues.csv``: "state" favours first-level divisions);
* seats: a division named after a town inside it yields the name to the town;
* siblings: the other places named in the same sentence (a list of U.S. states
  makes "Georgia" the U.S. state), and a country named there makes its own
  places likelier;
* qualifiers: "Athens, Georgia": a place followed by a comma and a country or
  division it lies in is that one, and the division is the one that holds it;
* document: the countries the rest of the document is about, and the divisions
  its other places lie in ("Orange County" in a text about California, or about a
  town in California, is the one in California).

A name the gazetteer lacks but the text writes beside one it knows ("the village of
Kanliq outside Kubatli") is placed at that one, marked ``near`` (:mod:`.near`).

One sense per document: all mentions of one name in a document share the place
whose summed score is highest. The confidence is the softmax probability of the
chosen candidate among all candidates.
"""

from __future__ import annotations

from geo.geocode.document import Resolution, document_focus, resolve
from geo.geocode.names import geocode_names
from geo.geocode.near import place_lead_names, place_listed, place_unknowns, spread_unknowns
from geo.geocode.scoring import distance_km

__all__ = [
    "Resolution",
    "distance_km",
    "document_focus",
    "geocode_names",
    "place_lead_names",
    "place_listed",
    "place_unknowns",
    "spread_unknowns",
    "resolve",
]
