"""When a four-digit number after a date is no year (geo.dates.numbers); sentences of our own."""

from geo.dates import find_dates


def _iso(text, **kw):
    return [(t.surface, *t.iso) for t in find_dates(text, **kw)]


def test_a_count_after_a_days_comma_is_no_year():
    # "On 3 June, 1400 families left": the day takes the year of the text, the number counts
    text = "The shelling went on through 1994. On 3 June, 1400 families left the valley."
    assert _iso(text) == [
        ("1994", "1994-01-01", "1994-12-31"),
        ("3 June", "1994-06-03", "1994-06-03"),
    ]
    text = "В 1994 году бои не стихали. 3 июня, 1400 семей покинули долину."
    assert ("3 июня", "1994-06-03", "1994-06-03") in _iso(text)
    assert not any(t[1].startswith("1400") for t in _iso(text))


def test_a_year_after_a_days_comma_stays_its_year():
    # a year before capitalised words, or before no unit, is the day's year
    assert _iso("On 3 June, 1994 Azerbaijani units withdrew.") == [
        ("3 June, 1994", "1994-06-03", "1994-06-03")
    ]
    assert _iso("On June 3, 1994, 1400 families left.") == [
        ("June 3, 1994", "1994-06-03", "1994-06-03")
    ]


def test_a_year_or_century_before_our_era_is_no_date():
    # geo's calendar starts at year 1: "300 BC" is not the year 300, nor "II в. до н. э."
    # the 2nd century
    for text in (
        "The fort was raised around 1100 BC on the ridge.",
        "The fort was raised in the 3rd century BC on the ridge.",
        "Крепость возвели во II в. до н. э. на хребте.",
        "Крепость возвели в 1100 г. до н. э. на хребте.",
        "Qala eramızdan əvvəl XII əsrdə tikilib.",
    ):
        assert _iso(text) == [], text
    # an era's letters elsewhere leave a year alone
    assert _iso("In 1994, BC Transit ordered buses.") == [("1994", "1994-01-01", "1994-12-31")]


def test_a_year_after_a_journal_issue_number_is_a_year():
    # "vol. 12, no. 3, 1996": the issue's number, then the year it came out
    assert _iso("Caucasus Survey, vol. 12, no. 3, 1996, pp. 40-58.") == [
        ("1996", "1996-01-01", "1996-12-31")
    ]
    assert _iso("Журнал «Кавказ», № 4, 1996, с. 7.") == [("1996", "1996-01-01", "1996-12-31")]
    # documents listed by number stay no years ("Nos. 1822, 1853")
    assert _iso("See documents Nos. 822, 1853.") == []
