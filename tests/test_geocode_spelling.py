"""Names the gazetteer lacks that are a known place spelt one letter apart
(geo.geocode.spelling)."""

from geo.documents import Document
from geo.events import document_events
from geo.geocode.spelling import _one_edit


def _placed(text, gaz):
    res = document_events(Document(id="d", path="", text=text, title="t"), gaz)
    return {r.mention.surface: (str(gaz.col["name"][r.row]), r.confidence) for r in res.resolutions}


def test_one_edit_is_a_letter_changed_added_dropped_or_two_swapped():
    assert _one_edit("zengelan", "zangelan")
    assert _one_edit("agdham", "aghdam")  # two letters swapped
    assert _one_edit("haxullu", "axullu") and _one_edit("axullu", "haxullu")
    assert not _one_edit("agdam", "agdam")
    assert not _one_edit("zengelan", "zangilan")  # two letters changed
    assert not _one_edit("fizuli", "fuzulu")


def test_a_place_like_name_one_letter_from_a_place_of_the_document_is_it(gaz):
    text = (
        "Shells fell on the Tartar and Agdham districts. Later the Zengelan region fell, "
        "with Fizuli and Kubatli; Zengelan was empty."
    )
    placed = _placed(text, gaz)
    assert placed["Agdham"][0] == "Aghdam" and placed["Agdham"][1] <= 0.5
    assert placed["Zengelan"][0] == "Zangilan"


def test_a_misspelt_name_outside_the_documents_countries_stays_unplaced(gaz):
    # the document names no two places of Azerbaijan: nothing to spell against
    text = "Reporters in Paris and Lyon wrote about the Zengelan region."
    assert "Zengelan" not in _placed(text, gaz)
