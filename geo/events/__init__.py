"""Events as happenings: what happened, where, when, who did it to whom, how precisely known.

A sentence is cut into clauses (at ``;`` and at a comma before a clause word such
as "followed by", "while", "but", "and" + a non-place: ``geo/data/lexicon/event_words.csv``).
In each clause:

* **when**: each date the clause gives is one happening; a clause without a date
  of its own takes the date of the sentence it continues (the previous dated
  sentence of the same paragraph) and says so (``date_inherited``);
* **what**: the rule of ``geo/data/lexicon/event_types.csv`` matching first near the
  date, else in the clause, else (a clause such as "…, followed by X in
  February") the happening of the clause before; each rule gives geo's
  ``event_type`` and ACLED's ``sub_event_type`` (``geo/data/lexicon/acled_types.csv``);
* **where**: each place gets a role from the words before it: a town or
  village is a location unless it is an origin ("from X") or destination ("to
  X") of people moved; a country, first-level division or region is the location
  only when the clause says the happening was there ("in Armenia", "across
  Azerbaijan": ``locative`` words), and is then marked ``coarse_location``;
  otherwise it is a doer ("Armenia began demanding …" → an actor), one of the
  two sides of a border ("between X and Y") or context ("the transfer of X").
  The location is the most specific of the locations; a displacement without
  one happened where people were driven from (its origin). Names of past events
  ("the Xocalı massacre", "After Xocalı, …": ``geo/data/lexicon/reference_cues.csv``)
  are not locations; headings make no events;
* **who**: ``actor1``, ``actor2`` and associated actors (:mod:`geo.actors`);
* **how precise**: ACLED ``time_precision``/``geo_precision`` and UCDP GED
  ``date_prec``/``where_prec`` (:func:`time_codes`, :func:`place_codes`);
* **figures**: ``fatalities`` (UCDP's best estimate) with ``fatalities_low`` and
  ``fatalities_high`` when the text gives a range or "at least", and ``displaced``.

A clause makes events when it has a date of its own or says what happened at a
location: one event per location (the same place twice is one event), or one
*unplaced* event (kept in the table, not on the map) when it places nothing.
Every event has a stable ``event_id``: a hash of the document and the offsets it
comes from, so a re-run keeps every id.
"""

from geo.events.build import (
    EVENT_COLUMNS,
    INT_COLUMNS,
    DocumentResult,
    document_events,
    event_id,
    events_frame,
)
from geo.events.clauses import clauses, event_type, event_words, is_reference
from geo.events.figures import MAX_FIGURE, fatality_figures
from geo.events.places import place_codes, time_codes

__all__ = [
    "EVENT_COLUMNS",
    "INT_COLUMNS",
    "MAX_FIGURE",
    "DocumentResult",
    "clauses",
    "document_events",
    "event_id",
    "event_type",
    "event_words",
    "events_frame",
    "fatality_figures",
    "is_reference",
    "place_codes",
    "time_codes",
]
