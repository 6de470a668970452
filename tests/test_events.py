import pandas as pd
import pytest

from geo.dates import find_dates
from geo.documents import Document
from geo.events import (
    EVENT_COLUMNS,
    document_events,
    event_id,
    events_frame,
    fatality_figures,
    place_codes,
    time_codes,
)
from tests.conftest import read_csv

GOLDEN_KEYS = [
    "place_id",
    "date_start",
    "date_end",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "geo_precision",
    "where_prec",
]


@pytest.fixture(scope="module")
def seed_events(seed_result):
    return events_frame([seed_result])


def _rows(df: pd.DataFrame) -> list[tuple]:
    out = []
    for rec in df[["sentence_start", *GOLDEN_KEYS]].to_dict("records"):
        out.append(
            tuple(
                "" if v is None or v is pd.NA or (isinstance(v, float) and v != v) else str(v)
                for v in rec.values()
            )
        )
    return sorted(out)


def test_seed_events_match_the_reviewed_golden_table(seed_events):
    # tests/data/seed_events_golden.csv: every event of the bundled document, reviewed by hand
    # (README "Event model")
    golden = sorted(
        tuple(r[k] for k in ["quote_start", *GOLDEN_KEYS])
        for r in read_csv("seed_events_golden.csv")
    )
    assert _rows(seed_events) == golden


def test_seed_country_points_only_where_the_text_says_it_happened(seed, seed_events):
    at_country = seed_events[
        (seed_events["kind"] == "country") & ~seed_events["unplaced"].astype(bool)
    ]
    assert len(at_country) <= 3
    for _, ev in at_country.iterrows():  # "who had lived in Armenia": said to be in the country
        assert bool(ev["coarse_location"]) and ev["geo_precision"] == 3 and ev["where_prec"] == 6
        assert seed.text[ev["start"] - 3 : ev["start"]] == "in "


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
    assert list(seed_events.columns) == EVENT_COLUMNS


def test_figures(seed_events):
    khojaly = seed_events[seed_events["place_id"] == "geonames:147774"].iloc[0]
    assert khojaly["fatalities"] == 613 and khojaly["actor2"] == "Civilians (Azerbaijan)"
    assert 250000 in set(seed_events["displaced"].dropna())


def test_event_ids_are_stable_and_unique(gaz, seed, seed_events):
    again = events_frame([document_events(seed, gaz)])
    assert list(again["event_id"]) == list(seed_events["event_id"])
    assert seed_events["event_id"].is_unique and all(
        i.startswith(seed.id + ":") for i in seed_events["event_id"]
    )
    ev = seed_events.iloc[0]
    assert ev["event_id"] == event_id(seed.id, ev["sentence_start"], ev["start"], ev["end"])


def _events(text, gaz, **meta):
    return events_frame([document_events(Document(id="t", path="t.txt", text=text, **meta), gaz)])


def test_inherited_date_and_unplaced(gaz):
    df = _events(
        "Fighting reached Tbilisi on 7 August 2008. Refugees fled Gori.\n\n"
        "A ceasefire was signed on 12 August 2008. Later, Poti was shelled.",
        gaz,
    )
    gori = df[df["mention"] == "Gori"].iloc[0]
    assert gori["date_start"] == "2008-08-07" and bool(gori["date_inherited"])
    assert gori["event_type"] == "displacement"
    unplaced = df[df["unplaced"]]
    assert list(unplaced["date_start"]) == ["2008-08-12"]
    assert (
        unplaced.iloc[0]["event_type"] == "strategic_development"
        and unplaced.iloc[0]["sub_event_type"] == "Agreement"
    )
    poti = df[df["mention"] == "Poti"].iloc[0]
    assert poti["date_start"] == "2008-08-12" and poti["event_type"] == "explosion_remote_violence"
    assert poti["sub_event_type"] == "Shelling/artillery/missile attack"


def test_undated_event_is_kept(gaz):
    df = _events("Protesters gathered in Yerevan.", gaz)
    assert (
        len(df) == 1
        and pd.isna(df.iloc[0]["date_start"])
        and df.iloc[0]["event_type"] == "protest_riot"
    )


def test_heading_is_not_an_event(gaz):
    df = _events("Flooding In Baku\n\nRain fell in Ganja in 2010.", gaz)
    assert list(df["mention"]) == ["Ganja"]


def test_country_is_the_location_only_when_the_happening_was_there(gaz):
    df = _events(
        "Troops clashed with rebels in Mali on 3 May 2019. "
        "Senegal condemned the attack on 4 May 2019.",
        gaz,
    )
    mali = df[df["mention"] == "Mali"]
    assert (
        len(mali) == 1
        and bool(mali.iloc[0]["coarse_location"])
        and mali.iloc[0]["geo_precision"] == 3
        and mali.iloc[0]["where_prec"] == 6
    )
    condemned = df[df["date_start"] == "2019-05-04"].iloc[0]
    assert bool(condemned["unplaced"]) and condemned["actor1"] == "Government of Senegal"


def test_one_event_per_place_per_happening(gaz):
    df = _events("Shelling hit Gori and the centre of Gori on 3 May 2019.", gaz)
    assert list(df["mention"]) == ["Gori"]


def test_most_specific_place_and_country_context(gaz):
    df = _events("In Georgia, Russian forces shelled Gori on 8 August 2008.", gaz)
    assert list(df["mention"]) == ["Gori"]
    gori = df.iloc[0]
    assert (
        gori["actor1"] == "Military Forces of Russia"
        and gori["geo_precision"] == 1
        and not bool(gori["coarse_location"])
    )


def test_displacement_origin_and_destination(gaz):
    df = _events("On 3 May 2019, 2,000 people were expelled from Gori to Tbilisi.", gaz)
    assert list(df["mention"]) == ["Gori"]
    ev = df.iloc[0]
    assert ev["origin"] == "Gori" and ev["destination"] == "Tbilisi" and ev["displaced"] == 2000


def test_border_sides_are_not_locations(gaz):
    df = _events("On 3 May 2019 Chad closed the border between Niger and Nigeria.", gaz)
    assert df["unplaced"].all() and list(df["actor1"]) == ["Government of Chad"]


def test_demonyms_and_organisations_are_actors_never_places(gaz):
    df = _events("On 2 March 2020 the OSCE Minsk Group met Armenian officials in Vienna.", gaz)
    assert list(df["mention"]) == ["Vienna"] and df.iloc[0]["actor1"] == "OSCE Minsk Group"


def test_a_clause_that_continues_the_one_before(gaz):
    df = _events("Tuzla was captured in January 2020, followed by Banovici in February.", gaz)
    assert list(df["event_type"]) == ["strategic_development", "strategic_development"]
    assert list(df["date_start"]) == ["2020-01-01", "2020-02-01"]


def test_an_attack_on_civilians_is_violence_against_civilians(gaz):
    df = _events("On 5 June 2015 Syrian army units attacked Kurdish civilians in Aleppo.", gaz)
    ev = df.iloc[0]
    assert (ev["event_type"], ev["sub_event_type"]) == ("violence_against_civilians", "Attack")
    assert (ev["actor1"], ev["actor2"], ev["assoc_actor_2"]) == (
        "Military Forces of Syria",
        "Civilians (Syria)",
        "Kurdish Ethnic Group",
    )


def test_allied_actors_and_sources(gaz):
    df = _events(
        "On 9 May 2016 Iraqi and Kurdish forces together with U.S. troops recaptured Mosul, "
        "according to the UN.",
        gaz,
    )
    ev = df.iloc[0]
    assert (ev["event_type"], ev["sub_event_type"], ev["actor1"]) == (
        "battle",
        "Government regains territory",
        "Military Forces of Iraq",
    )
    assert ev[
        "assoc_actor_1"
    ] == "Kurdish Ethnic Militia; Military Forces of United States" and pd.isna(ev["actor2"])


def test_bare_actors_take_the_country_where_it_happened(gaz):
    ev = _events("Police fired on protesters in Dhaka on 2 July 2018.", gaz).iloc[0]
    assert (ev["actor1"], ev["actor2"], ev["sub_event_type"]) == (
        "Police Forces of Bangladesh",
        "Protesters (Bangladesh)",
        "Excessive force against protesters",
    )
    ev = _events(
        "At least 40 people were killed on 3 March 2014 when rebels overran Malakal.", gaz
    ).iloc[0]
    assert (ev["actor1"], ev["sub_event_type"]) == (
        "Rebel group (South Sudan)",
        "Non-state actor overtakes territory",
    )
    assert (ev["fatalities"], ev["fatalities_low"]) == (40, 40) and pd.isna(ev["fatalities_high"])


@pytest.mark.parametrize(
    "text,expected",
    [
        ("at least 12 people were killed", (12, 12, None)),
        ("between 10 and 15 villagers were killed", (10, 10, 15)),
        ("10-15 people died", (10, 10, 15)),
        ("up to 30 people were killed", (None, None, 30)),
        ("613 Azerbaijanis were murdered", (613, None, None)),
        ("Around 20,000 soldiers were killed", (20000, None, None)),
        ("the strike hit a market, killing at least 7 civilians", (7, 7, None)),
        ("nobody was hurt", (None, None, None)),
    ],
)
def test_fatality_figures(text, expected):
    assert fatality_figures(text) == expected


@pytest.mark.parametrize(
    "text,acled,ucdp",
    [
        ("on 3 May 2019", 1, 1),
        ("in May 2019", 3, 4),
        ("in 2019", 3, 5),
        ("from 3 to 5 May 2019", 2, 2),
    ],
)
def test_time_codes(text, acled, ucdp):
    (when,) = find_dates(text)
    assert time_codes(when) == (acled, ucdp)


def test_place_codes():
    assert place_codes("city") == (1, 1)
    assert place_codes("city", near=True) == (2, 2)
    assert place_codes("city", district=True) == (2, 3)
    assert place_codes("admin1") == (3, 4)
    assert place_codes("country") == (3, 6)
    assert place_codes("country", linear=True) == (3, 5)
    assert place_codes("water") == (3, 7)


def test_a_political_act_is_not_at_the_place_it_is_about(gaz):
    df = _events(
        "The Security Council condemned the capture of Agdam on 29 July 1993. "
        "Talks were held in Vienna on 2 March 2020.",
        gaz,
    )
    condemned, talks = df.iloc[0], df.iloc[1]
    assert bool(condemned["unplaced"]) and condemned["actor1"] == "United Nations Security Council"
    assert talks["mention"] == "Vienna"


def test_the_source_of_a_report_is_not_a_party(gaz):
    ev = _events(
        "Human Rights Watch counted at least 161 civilians killed at Khojaly "
        "on 25-26 February 1992.",
        gaz,
    ).iloc[0]
    assert pd.isna(ev["actor1"]) and ev["actor2"] == "Civilians (Azerbaijan)"
    assert (ev["event_type"], ev["fatalities"], ev["fatalities_low"]) == (
        "violence_against_civilians",
        161,
        161,
    )


def test_fell_to_is_a_capture(gaz):
    ev = _events("Lachin fell to Armenian forces on 18 May 1992.", gaz).iloc[0]
    assert (ev["event_type"], ev["actor1"]) == (
        "strategic_development",
        "Military Forces of Armenia",
    )


def test_a_town_reached_is_the_place_of_a_violent_happening(gaz):
    df = _events(
        "Armenian units advanced to Lachin on 18 May 1992. "
        "The battle for Shusha ended on 9 May 1992.",
        gaz,
    )
    assert list(df["mention"]) == ["Lachin", "Shusha"]


def test_clauses_keep_a_list_of_places_together(gaz):
    from geo.events import clauses

    text = "Shelling hit Gori, Poti, and Batumi on 9 August 2008, and talks began."
    starts = {text.index(w) for w in ("Gori", "Poti", "Batumi")}
    assert [text[s:e] for s, e in clauses(text, (0, len(text)), starts)] == [
        "Shelling hit Gori, Poti, and Batumi on 9 August 2008",
        "and talks began.",
    ]


def test_unknown_names_by_block_are_the_same(gaz, monkeypatch):
    from geo import events
    from geo.geoparse import find_mentions, unknown_names
    from geo.text import paragraphs

    # blocks of 2 kB instead of 100 kB: the same splitting over a text 50 times smaller
    monkeypatch.setattr(events, "_BLOCK", 2_000)
    para = (
        "Aid reached families in Zzyxgrad on 3 May 2009. "
        "Crowds on Quorbel Street in Lyon cheered near Kapan."
    )
    text = "\n\n".join(para.replace("2009", str(1900 + i % 100)) for i in range(260))  # 27 kB
    mentions = find_mentions(text, gaz)
    assert len(text) > 10 * events._BLOCK
    by_block = events._unknown_by_block(text, mentions, gaz, paragraphs(text))
    assert by_block == unknown_names(text, mentions, gaz)
    assert len(by_block) >= 260  # Zzyxgrad and Quorbel Street in every paragraph


def test_a_dateline_is_where_the_report_was_filed(gaz):
    from geo.documents import Document
    from geo.events import document_events

    doc = Document(
        id="w",
        path="",
        text="STEPANAKERT, April 4, 1993 (Wire) - Armenian forces entered Kelbajar on Saturday.\n",
    )
    names = [e["mention"] for e in document_events(doc, gaz).events if e.get("mention")]
    assert "Kelbajar" in names and "STEPANAKERT" not in names
    alone = Document(
        id="v", path="", text="STEPANAKERT, April 4, 1993 (Wire) - Shelling went on all night.\n"
    )
    assert [e["mention"] for e in document_events(alone, gaz).events if e.get("mention")] == [
        "STEPANAKERT"
    ]


def test_an_event_at_a_towns_airport_is_near_the_town(gaz):
    df = _events("Azerbaijani units shelled Stepanakert Airport on 22 January 1992.", gaz)
    ev = df.iloc[0]
    assert ev["mention"] == "Stepanakert" and ev["geo_precision"] == 2
    town = _events("Azerbaijani units shelled Stepanakert on 22 January 1992.", gaz).iloc[0]
    assert town["geo_precision"] == 1


def test_a_wire_storys_date_line_dates_its_weekdays(gaz):
    from geo.documents import Document
    from geo.events import document_events

    text = (
        "MOSCOW, April 5, 1993 (AP) - Armenian troops captured Kelbajar late Saturday, "
        "officials said."
    )
    ev = [e for e in document_events(Document(id="a", path="", text=text), gaz).events]
    kelbajar = [e for e in ev if e["mention"] == "Kelbajar"]
    assert kelbajar and kelbajar[0]["date_start"] == "1993-04-03"


def test_each_dispatch_dates_its_weekdays_from_its_own_date_line(gaz):
    from geo.documents import Document
    from geo.events import document_events

    text = (
        "STEPANAKERT, May 9 1992 - Armenian fighters said on Saturday they had captured Shusha.\n\n"
        "BAKU, May 18 1992 - Armenian forces seized Lachin on Monday, officials said."
    )
    ev = document_events(Document(id="a", path="", text=text), gaz).events
    when = {e["mention"]: e["date_start"] for e in ev if e["mention"]}
    assert when["Shusha"] == "1992-05-09" and when["Lachin"] == "1992-05-18"


def test_events_of_an_azerbaijani_text(gaz):
    df = _events(
        "1992-ci il mayın 18-də Laçından çıxan qaçqınlar Bərdəyə və Gəncəyə köçürüldü. "
        "1993-cü il iyulun 23-də Bakıda Ermənistanın hücumu pisləndi.",
        gaz,
    )
    moved = df[df["event_type"] == "displacement"].iloc[0]
    assert moved["origin"] == "Laçından" and moved["destination"] == "Bərdəyə|Gəncəyə"
    # the verb ends an Azerbaijani clause: "the attack was condemned" is political
    assert df[df["mention"] == "Bakıda"].iloc[0]["event_type"] == "political"


def test_events_of_a_russian_text(gaz):
    df = _events(
        "Весной 1992 года армянские отряды заняли Шушу. Перемирие вступило в силу 12 мая "
        "1994 года.",
        gaz,
    )
    assert list(df["event_type"]) == ["strategic_development", "strategic_development"]
    assert list(df["sub_event_type"]) == ["Armed clash", "Agreement"]


def test_people_fleeing_after_a_capture_flee_from_the_place_captured(gaz):
    df = _events(
        "In April 1993 Armenian forces seized Kalbajar, and tens of thousands of people "
        "fled towards Ganja.",
        gaz,
    )
    fled = df[df["event_type"] == "displacement"].iloc[0]
    assert fled["mention"] == "Kalbajar" and fled["destination"] == "Ganja"


def test_a_vote_of_a_regions_soviet_is_a_political_act_in_the_region(gaz):
    ev = _events(
        "In February 1988 the regional soviet of Nagorno-Karabakh voted to ask for transfer "
        "to Armenia.",
        gaz,
    ).iloc[0]
    assert ev["event_type"] == "political" and ev["mention"] == "Nagorno-Karabakh"
    assert bool(ev["coarse_location"])


def test_events_of_an_armenian_text(gaz):
    df = _events(
        "1992 թվականի մայիսի 18-ին Բերձորից փախստականներ Հայաստան եկան։ "
        "1993 թ. ապրիլի 3-ին Քարվաճառում մարտերն ավարտվեցին։",
        gaz,
    )
    assert list(df["event_type"]) == ["displacement", "battle"]
    assert df.iloc[0]["origin"] == "Բերձորից"


@pytest.mark.parametrize(
    "url, date, expected",
    [
        # no date of its own: the day its web address gives
        ("https://news.example.am/2021/03/09/road-closed/", "", "2021-03-08"),
        # a date of its own comes first
        ("https://news.example.am/2021/03/09/road-closed/", "2021-05-11", "2021-05-10"),
        # an address with no day in it: "yesterday" is left out
        ("https://news.example.am/article/84115", "", None),
    ],
)
def test_the_day_of_writing_from_the_web_address(gaz, url, date, expected):
    text = "Yesterday the road to Goris was closed by the police."
    doc = Document(id="t", path="", text=text, url=url, date=date)
    got = [d.iso[0] for d in document_events(doc, gaz).dates if d.surface == "Yesterday"]
    assert got == ([expected] if expected else [])
