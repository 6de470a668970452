"""Names whose spaces a saved page lost (geo.geoparse.glued)."""

from geo.geoparse import find_mentions


def _surfaces(text, gaz):
    return [m.surface for m in find_mentions(text, gaz)]


def test_neighbouring_names_glued_together_are_each_found(gaz):
    # an infobox's list of bordering districts saved without its separators
    text = "Borders: LaçınKəlbəcər. Its neighbours are TərtərAğdam and others in NagornoKarabakh."
    assert _surfaces(text, gaz) == ["Laçın", "Kəlbəcər", "Tərtər", "Ağdam", "NagornoKarabakh"]


def test_glued_names_far_apart_or_unknown_are_no_places(gaz):
    # a brand or a program's name is no list of places: the parts are unknown or far apart
    text = "He wrote JavaScript on a PlayStation in BakuLondon."
    assert _surfaces(text, gaz) == []


def test_a_mixed_case_abbreviation_of_a_country_is_a_place(gaz):
    text = "В 1988 году АзССР и АрмССР спорили. The AzSSR was a republic; the MoD said no."
    found = [(m.surface, gaz.col["country"][m.rows[0]]) for m in find_mentions(text, gaz)]
    assert found == [("АзССР", "AZ"), ("АрмССР", "AM"), ("AzSSR", "AZ")]
