import pytest

from geo.text import fold, fold_with_offsets, paragraphs, sentences


@pytest.mark.parametrize(
    "a, b",
    [
        ("Kəlbəcər", "Kelbecer"),
        ("İSTANBUL", "istanbul"),
        ("Iğdır", "igdir"),
        ("K'arvachar", "Karvachar"),
        ("Kʻarvachar", "karvachar"),
        ("Nagorno-Karabakh", "Nagorno Karabakh"),
        ("Nagorno–Karabakh", "nagorno karabakh"),
        ("São  Paulo", "sao paulo"),
        ("Straße", "strasse"),
        ("ШУША", "шуша"),
        ("Джебраильский", "Джебраилский"),  # the soft sign written or left out
        ("Подъезд", "подезд"),  # the hard sign too
    ],
)
def test_fold_equates_spellings(a, b):
    assert fold(a) == fold(b)


@pytest.mark.parametrize("a, b", [("Shusha", "Susa"), ("Gəncə", "Gence x"), ("Laçın", "Lacinn")])
def test_fold_keeps_different_names_apart(a, b):
    assert fold(a) != fold(b)


def test_offsets_map_back_to_original():
    text = "In Kʻarvachar and Şuşa-city"
    folded, index = fold_with_offsets(text)
    i = folded.index("susa")
    assert text[index[i] : index[i + 3] + 1] == "Şuşa"
    j = folded.index("karvachar")
    assert text[index[j] : index[j + len("karvachar") - 1] + 1] == "Kʻarvachar"


def test_sentences_respect_abbreviations():
    text = (
        "The U.S. Senate met. It passed Nos. 12 and 13 in Jan. 1993. Then it rested.\n\n"
        "New paragraph"
    )
    got = [text[s:e] for s, e in sentences(text)]
    assert got == [
        "The U.S. Senate met.",
        "It passed Nos. 12 and 13 in Jan. 1993.",
        "Then it rested.",
        "New paragraph",
    ]


def test_paragraphs():
    text = "One. Two.\n\n  Three.\n \nFour."
    assert [text[s:e] for s, e in paragraphs(text)] == ["One. Two.", "Three.", "Four."]


@pytest.mark.parametrize(
    "text",
    [
        "In Kʻarvachar and Şuşa-city",
        "China's  Hawaii’s x's 's s'",
        "  Straße, Ærø ",
        "e\u0301te\u0301",
        "İSTANBUL Iğdır\t\n—Qəbələ",
        "Джебраильский район, Подъезд",
        "Emoji 🙂 in Gəncə",
        "",
        "'",
    ],
)
def test_vectorised_fold_matches_the_character_by_character_one(text):
    from geo.text import _fold_slow

    folded, index = fold_with_offsets(text)
    slow, slow_index = _fold_slow(text)
    assert folded == slow and [int(i) for i in index] == slow_index


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "He lived in ST. CHARLES, Missouri, in 1990. Later he moved.",
            ["He lived in ST. CHARLES, Missouri, in 1990.", "Later he moved."],
        ),
        (
            "Troops left Mt. Hood and Ft. Worth. Then rain.",
            ["Troops left Mt. Hood and Ft. Worth.", "Then rain."],
        ),
        ("It was cold. Then Moscow.", ["It was cold.", "Then Moscow."]),
        ("A heading\n\nThe South. West of it.", ["A heading", "The South.", "West of it."]),
    ],
)
def test_sentences_know_abbreviations_in_any_case(text, expected):
    assert [text[s:e] for s, e in sentences(text)] == expected


def test_sentences_never_cut_an_unbroken_span_but_always_a_paragraph():
    text = "They reached Port Sa. Louis Island. Then\n\nnothing."
    name = (text.index("Port"), text.index("Island") + len("Island"))
    assert [text[s:e] for s, e in sentences(text, [name])] == [
        "They reached Port Sa. Louis Island.",
        "Then",
        "nothing.",
    ]
    assert [text[s:e] for s, e in sentences(text)][0] == "They reached Port Sa."


def test_the_cyrillic_schwa_folds_like_the_latin_one():
    assert fold("Zәngilan") == fold("Zəngilan") == "zengilan"  # U+04D9 typed for U+0259


def test_the_reading_form_drops_russian_stress_marks_and_composes():
    from geo.text import reading_form

    assert reading_form("Гадру́тский райо́н") == "Гадрутский район"
    assert reading_form("s\u0327ehər") == "şehər"  # a decomposed cedilla is one letter
    assert reading_form("cafe\u0301") == "café"  # a Latin accent stays, composed
    assert reading_form("Shusha") == "Shusha"
