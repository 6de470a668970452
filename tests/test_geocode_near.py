"""Names the gazetteer lacks, placed at the place the text writes them beside."""

import pytest

from geo.documents import Document
from geo.events import document_events
from geo.output import places_frame


def _result(text, gaz):
    return document_events(Document(id="d", path="", text=text, title="t"), gaz)


@pytest.mark.parametrize(
    "text, name, placed_at, relation",
    [
        (
            "Refugees sheltered in the village of Zorvakend outside Kubatli when tanks attacked.",
            "Zorvakend",
            "Qubadlı",
            "near",
        ),
        (
            "They walked for six days from Zorvakend in the province of Kelbajar.",
            "Zorvakend",
            "Kəlbəcər",
            "in",
        ),  # fmt: skip
        (
            "Shells fell on the village of Zorvakend, 10 km east of Agdam.",
            "Zorvakend",
            "Aghdam",
            "near",
        ),  # fmt: skip
        (
            "Troops entered the Kelbajar district village of Zorvakend.",
            "Zorvakend",
            "Kəlbəcər",
            "in",
        ),  # fmt: skip
    ],
)
def test_an_unknown_village_is_placed_at_the_place_it_is_written_beside(
    gaz, text, name, placed_at, relation
):
    res = _result(text, gaz)
    (hit,) = [r for r in res.resolutions if r.mention.surface == name]
    assert placed_at in str(gaz.col["name"][hit.row])
    assert hit.near == relation and hit.confidence <= 0.5
    # it stays in the report of names the gazetteer lacks, for the user to add
    assert name in [n for _, _, n in res.unknown]


def test_no_relation_no_point(gaz):
    text = "Fighting went on near Zorvakend. Kubatli was shelled the same day."
    res = _result(text, gaz)
    assert "Zorvakend" not in [r.mention.surface for r in res.resolutions]
    assert "Zorvakend" in [n for _, _, n in res.unknown]


def test_the_event_and_the_place_say_the_point_is_another_places(gaz):
    text = (
        "On 31 August 1993 Armenian tanks attacked the village of Zorvakend outside Kubatli; "
        "refugees fled."
    )
    res = _result(text, gaz)
    evs = [e for e in res.events if e["mention"] == "Zorvakend"]
    assert evs and all(e["geo_precision"] == 2 for e in evs)  # near a town (ACLED)
    places = places_frame([res], gaz)
    row = places[places["name"] == "Zorvakend"].iloc[0]
    assert row["kind"] == "unknown" and "Qubadlı" in row["source"]
    town = places[places["name"] == "Qubadlı"].iloc[0]
    assert row.geometry.equals(town.geometry) and row["id"] != town["id"]


def test_the_names_of_a_district_s_list_of_villages_are_placed_in_the_district(gaz):
    # invented village names, listed after the district's sentence
    text = (
        "Kəlbəcər rayonunda 140 kənd var idi. Kəndləri bunlardır – Zorvaqışlaq, Yuxarı "
        "Zorvalı, Berkədüz və Qaramıxlı.\n\n"
        "Füzuli rayonu düzənlikdədir. Сёла района: Зорваван, Бердашенец и Мохрадюз."
    )
    res = _result(text, gaz)
    got = {r.mention.surface: r for r in res.resolutions if r.near}
    for name in ("Zorvaqışlaq", "Yuxarı Zorvalı", "Berkədüz", "Qaramıxlı"):
        assert "Kəlbəcər" in str(gaz.col["name"][got[name].row]) and got[name].near == "in"
    for name in ("Зорваван", "Бердашенец", "Мохрадюз"):
        assert "Füzuli" in str(gaz.col["name"][got[name].row])
    assert "Zorvaqışlaq" in [n for _, _, n in res.unknown]


def test_a_list_of_villages_with_no_place_before_it_places_nothing(gaz):
    text = "Bu kitabda yazılıb.\n\nKəndləri bunlardır – Zorvaqışlaq, Berkədüz və Qaramıxlı."
    res = _result(text, gaz)
    assert not [r for r in res.resolutions if r.near]
    assert "Berkədüz" in [n for _, _, n in res.unknown]


@pytest.mark.parametrize(
    "text, name, placed_at",
    [
        ("Kəlbəcər rayonunun Zorvalı kəndində 12 nəfər öldürülüb.", "Zorvalı", "Kəlbəcər"),
        ("Laçının Zorvalı kəndi işğal olunub.", "Zorvalı", "Laç"),  # the town of Lachin
        ("Село Зорвашен Лачинского района было сожжено.", "Зорвашен", "Laçın"),
    ],
)
def test_a_village_after_its_district_in_the_genitive_is_placed_in_it(gaz, text, name, placed_at):
    res = _result(text, gaz)
    (hit,) = [r for r in res.resolutions if r.mention.surface == name]
    assert placed_at in str(gaz.col["name"][hit.row]) and hit.near == "in"


def test_an_azerbaijani_village_after_a_place_in_another_case_stays_unplaced(gaz):
    # "Bakıda" is a locative (in Baku), not a genitive: no relation between the two
    res = _result("Bakıda Zorvalı kəndindən gələnlər yaşayır.", gaz)
    assert "Zorvalı" not in [r.mention.surface for r in res.resolutions]
