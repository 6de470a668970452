"""geo.model: the value types between the stages."""

from __future__ import annotations

from dataclasses import fields

from geo.events import EVENT_COLUMNS
from geo.model import EVENT_COLUMNS as MODEL_COLUMNS
from geo.model import Event, Place


def test_the_events_table_is_the_event_type():
    assert EVENT_COLUMNS == MODEL_COLUMNS == [f.name for f in fields(Event) if f.name != "extra"]
    assert list(Event(doc="d", lat=1.0).row()) == EVENT_COLUMNS


def test_place_from_the_gazetteer(gaz):
    row = (
        int(gaz.col["id"].tolist().index("geonames:147105"))
        if "geonames:147105" in set(gaz.col["id"])
        else None
    )
    assert row is not None
    p = Place.from_gazetteer(gaz, row)
    assert p.id == "geonames:147105" and p.country == "AZ" and p.geonameid == 147105
    assert "Shushi" in p.names and p.names[0] == p.name
    assert p.point == (p.lat, p.lon) and 39 < p.lat < 40.5 and 46 < p.lon < 47.5
    cols = p.event_columns()
    assert cols["names"].split("|")[0] == p.name and cols["place_id"] == p.id
    assert p.properties()["names"] == list(p.names)
