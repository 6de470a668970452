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


def test_a_long_run_of_letters_without_case_ends_quickly(gaz):
    # Chinese or Thai writes no spaces, and its letters are neither capitals nor lower case:
    # a run of them before a Latin abbreviation ("…NATO") is no glued pair of names, found
    # at once, not after trying every way to cut the run in three (its length cubed)
    import signal

    from geo.geoparse.glued import glued_names

    def _stop(*_):
        raise TimeoutError("the glued-names pattern backtracks")

    old = signal.signal(signal.SIGALRM, _stop)
    signal.alarm(20)
    try:
        assert glued_names("会议" * 1500 + "NATO。", range(3005), gaz) == []
        text = "Borders: LaçınKəlbəcər."
        assert len(glued_names(text, range(len(text) + 1), gaz)) == 2
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
