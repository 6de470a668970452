"""The date scan skips text far from any digit, month name or time unit, and finds the same
dates."""

import random

import pytest

from geo.dates import scan

FILLER = "Officials met the delegation and spoke at length about roads, schools and water. "


def _full_scan(text, folded=None):
    return [(0, len(text))]


@pytest.fixture
def words():
    return (
        "the night of 26 February 1992 in May early 1990s two days later the next week , . "
        "2011-12 1993 and 1994 between from Nos. 822 resolution (1993) spring of 2003 "
        "Sept. 5 – 7 , 2001 12.03.1999 mid-1990s 250,000 the second half of the same day "
        "Date12 June в тот же день на следующий день 1994 kvadrat Həmin gün "
        "в конце марта с июня по октябрь mart ayının sonunda 1994-cü ilin yayında "
        "sentyabrın ortalarında 25-29 oktyabrda İyulun 4-də the end of March"
    ).split(" ")


def test_windows_skip_text_without_triggers():
    text = FILLER * 20 + "Shelling began on 26 February 1992." + FILLER * 20
    (win,) = scan._windows(text)
    assert win[0] > 0 and win[1] < len(text) and "26 February 1992" in text[win[0] : win[1]]
    assert scan._windows(FILLER * 5) == []


@pytest.mark.parametrize("seed", range(5))
def test_same_dates_as_a_full_scan(words, seed, monkeypatch):
    rng = random.Random(seed)
    parts = []
    for _ in range(300):
        parts.append(rng.choice(words))
        if rng.random() < 0.05:
            parts.append(FILLER * rng.randint(1, 3))
        if rng.random() < 0.05:
            parts.append(
                rng.choice([" " * 80, "\n" * 50, "\t \n" * 30])
            )  # whitespace does not count towards the margin
    text = " ".join(parts)
    windowed = scan.find_dates(text)
    monkeypatch.setattr(scan, "_windows", _full_scan)
    assert windowed == scan.find_dates(text)
    assert windowed


def test_expression_split_by_a_long_run_of_spaces():
    text = (
        FILLER * 3
        + "during the second half of"
        + " " * 300
        + "1993 the talks stalled. "
        + FILLER * 3
    )
    (t,) = scan.find_dates(text)
    assert t.precision == "approximate" and t.surface.startswith("the second half of")


@pytest.mark.parametrize(
    "text, surface",
    [
        ("Уже в конце марта мосты начали чинить.", "в конце марта"),
        ("Sentyabrın ortalarında təmir başladı.", "Sentyabrın ortalarında"),
        ("С июня по октябрь их чинили.", "С июня по октябрь"),
    ],
)
def test_a_month_of_another_language_far_from_any_digit_is_scanned(text, surface):
    text = "В 1994 году. " + FILLER * 3 + text
    assert [t.surface for t in scan.find_dates(text)][-1] == surface


def test_patterns_of_other_months_are_patterns():
    from geo.dates.grammar import _PATTERNS
    from geo.dates.pieces import OTHER_MONTH

    assert OTHER_MONTH <= {kind for kind, _ in _PATTERNS}


def test_azerbaijani_typed_with_a_cyrillic_schwa():
    # "ә" (U+04D9) for "ə": the case ending after the day is read, the surface kept as written
    from geo.dates import find_dates

    text = "Kәnd 1993-cü ildә boşaldı. Sentyabrın 27-dә isә yenidәn atәşә tutuldu."
    got = [(t.surface, *t.iso) for t in find_dates(text)]
    assert got == [
        ("1993", "1993-01-01", "1993-12-31"),
        ("Sentyabrın 27-dә", "1993-09-27", "1993-09-27"),
    ]
