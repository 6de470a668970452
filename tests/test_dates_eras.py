"""Named eras of history as spans of days (geo.dates.eras, eras.csv)."""

import pytest

from geo.dates import find_dates


@pytest.mark.parametrize(
    "text, surface",
    [
        ("In soviet times the road was paved.", "soviet times"),
        ("The school was built in the Soviet era.", "Soviet era"),
        ("В советское время здесь был колхоз.", "советское время"),
        ("Kənddə sovet dövründə məktəb tikilib.", "sovet dövründə"),
    ],
)
def test_an_era_is_its_span_of_days(text, surface):
    (t,) = find_dates(text)
    assert t.surface == surface and t.precision == "era"
    assert (t.date_start.isoformat(), t.date_end.isoformat()) == ("1922-12-30", "1991-12-26")


def test_an_era_gives_no_year_to_the_days_after_it():
    text = "The war began in 1992. In Soviet times the village grew. On 6 May it fell."
    dates = {t.surface: t.date_start.isoformat() for t in find_dates(text)}
    assert dates["6 May"] == "1992-05-06"  # from 1992, not from the era's end


def test_an_adjective_of_an_era_in_a_compound_is_no_date():
    assert find_dates("Soviet-era tanks rolled in.") == []
