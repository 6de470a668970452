import pandas as pd
import pytest

from geo.documents import Document
from geo.events import document_events, events_frame
from tests.conftest import read_csv


@pytest.fixture(scope="module")
def seed_events(seed_result):
    return events_frame([seed_result])


def test_seed_events_carry_the_right_dates(seed_events):
    for row in read_csv("seed_events.csv"):
        if row["place_id"]:
            rows = seed_events[seed_events["place_id"] == row["place_id"]]
        else:
            rows = seed_events[seed_events["unplaced"]]
        match = rows[(rows["date_start"] == row["date_start"]) & (rows["date_end"] == row["date_end"])]
        assert len(match) >= 1, row
        assert set(match["date_precision"]) == {row["date_precision"]}, row
        assert row["event_type"] in set(match["event_type"]), row


def test_named_past_event_is_not_an_event_there(seed_events):
    # "the Xocalı massacre" in the 2011-12 sentence and "After Xocalı," are references
    khojaly = seed_events[seed_events["place_id"] == "geonames:147774"]
    assert list(khojaly["date_start"]) == ["1992-02-26"]


def test_every_event_quotes_its_sentence(seed, seed_events):
    for _, ev in seed_events.iterrows():
        assert seed.text[ev["sentence_start"] : ev["sentence_end"]] == ev["quote"]
        if not ev["unplaced"]:
            assert seed.text[ev["start"] : ev["end"]] == ev["mention"]
        assert ev["doc"] == seed.id


def test_figures(seed_events):
    khojaly = seed_events[seed_events["place_id"] == "geonames:147774"].iloc[0]
    assert khojaly["fatalities"] == 613
    assert 250000 in set(seed_events["displaced"].dropna())


def _events(text, gaz, **meta):
    return events_frame([document_events(Document(id="t", path="t.txt", text=text, **meta), gaz)])


def test_inherited_date_and_unplaced(gaz):
    df = _events(
        "Fighting reached Tbilisi on 7 August 2008. Refugees fled Gori.\n\nA ceasefire was signed on 12 August 2008. Later, Poti was shelled.",
        gaz,
    )
    gori = df[df["mention"] == "Gori"].iloc[0]
    assert gori["date_start"] == "2008-08-07" and bool(gori["date_inherited"])
    assert gori["event_type"] == "displacement"
    unplaced = df[df["unplaced"]]
    assert list(unplaced["date_start"]) == ["2008-08-12"]
    assert unplaced.iloc[0]["event_type"] == "strategic_development"
    poti = df[df["mention"] == "Poti"].iloc[0]
    assert poti["date_start"] == "2008-08-12" and poti["event_type"] == "explosion_remote_violence"


def test_undated_event_is_kept(gaz):
    df = _events("Protesters gathered in Yerevan.", gaz)
    assert len(df) == 1 and pd.isna(df.iloc[0]["date_start"]) and df.iloc[0]["event_type"] == "protest_riot"


def test_heading_is_not_an_event(gaz):
    df = _events("Flooding In Baku\n\nRain fell in Ganja in 2010.", gaz)
    assert list(df["mention"]) == ["Ganja"]
