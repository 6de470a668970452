import pytest

from geo.documents import load_document, load_documents
from geo.exceptions import DocumentError


def test_front_matter_and_offsets(tmp_path):
    p = tmp_path / "a.md"
    p.write_text(
        "---\ntitle: A title\npublisher: Someone\nurl: https://example.org/a\n---\n"
        "Body about Baku.\n",
        encoding="utf-8",
    )
    d = load_document(p)
    assert (d.title, d.publisher, d.url, d.format) == (
        "A title",
        "Someone",
        "https://example.org/a",
        "markdown",
    )
    assert d.text.startswith("Body") and d.text[11:15] == "Baku"


def test_html_text_and_meta(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(
        '<html lang="en"><head><title>T</title><meta name="author" '
        'content="Ann"><script>var x="Paris";</script></head>'
        "<body><nav>Menu Rome</nav><p>Fighting in <b>Ganja</b>.</p><p>Then Baku.</p></body></html>",
        encoding="utf-8",
    )
    d = load_document(p)
    assert d.title == "T" and d.author == "Ann" and d.language == "en"
    assert "Fighting in Ganja." in d.text and "Then Baku." in d.text
    assert "Paris" not in d.text and "Rome" not in d.text


NEWS_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Shelling reported near Ganja | Caucasus Daily</title>
<meta name="author" content="Ann Reporter">\
<meta property="article:published_time" content="1993-02-27">
<link rel="canonical" href="https://news.example.org/ganja-shelling"></head>
<body><header><nav><a href="/">Home</a> <a href="/paris">Paris bureau</a>\
 <a href="/london">London desk</a> <a href="/y">Archive 2019</a></nav></header>
<article><h1>Shelling reported near Ganja</h1>
<p>On 26 February 1993 artillery fire hit the outskirts of <b>Ganja</b>, residents said.\
 Several houses were destroyed and many families fled.</p>
<p>Officials in Baku said talks would resume in March 1993, and that aid would reach the displaced\
 within days.</p></article>
<aside>Most read: floods in Lisbon in 2001</aside>
<footer>Copyright 2024 Caucasus Daily, Berlin. Offices in Madrid and Tokyo.</footer></body>\
</html>"""


def test_web_page_main_text_and_metadata(tmp_path, gaz):
    from geo.events import document_events

    p = tmp_path / "news.html"
    p.write_text(NEWS_PAGE, encoding="utf-8")
    d = load_document(p)
    assert (d.title, d.author, d.date, d.url) == (
        "Shelling reported near Ganja",
        "Ann Reporter",
        "1993-02-27",
        "https://news.example.org/ganja-shelling",
    )
    assert "Ganja, residents said" in d.text and "\n\nOfficials in Baku" in d.text
    r = document_events(d, gaz)
    names = {ev["name"] for ev in r.events if ev["name"]}
    assert {"Ganja", "Baku"} <= names
    assert not names & {
        "Paris",
        "London",
        "Lisbon",
        "Berlin",
        "Madrid",
        "Tokyo",
    }  # navigation, sidebar, footer
    assert not {ev["date_start"] for ev in r.events} & {"2019-01-01", "2001-01-01", "2024-01-01"}


def test_web_page_in_a_declared_legacy_charset(tmp_path):
    p = tmp_path / "ru.html"
    body = (
        "<html><head><meta "
        "charset='windows-1251'><title>Гянджа</title></head><body><article><p>В феврале 1993 "
        "года обстрел Гянджи продолжался несколько дней подряд, сообщили жители "
        "города.</p></article></body></html>"
    )
    p.write_bytes(body.encode("cp1251"))
    d = load_document(p)
    assert "обстрел Гянджи" in d.text and d.encoding == "windows-1251"


def make_pdf(pages: list[list[str]], title: str = "") -> bytes:
    """A minimal PDF (Helvetica, one text line per entry), written by hand for the tests."""
    objs: list[bytes] = []
    n = len(pages)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for i, lines in enumerate(pages):
        objs.append(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << "
            f"/F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>".encode()
        )
        ops = (
            "BT /F1 11 Tf 14 TL 72 720 Td "
            + " ".join(
                "(" + ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*"
                for ln in lines
            )
            + " ET"
        )
        stream = ops.encode("latin-1")
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objs.append(f"<< /Title ({title}) /CreationDate (D:19930301120000) >>".encode())
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for k, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1,
        len(objs),
        xref,
    )
    return bytes(out)


def test_pdf_text_pages_and_metadata(tmp_path, gaz):
    from geo.documents import with_pages
    from geo.events import document_events, events_frame

    p = tmp_path / "report.pdf"
    p.write_bytes(
        make_pdf(
            [
                ["Report of the mission", "Summary of findings."],
                ["On 26 February 1993 shelling hit Ganja.", "Many families fled."],
                ["Talks in Baku began in May 1994."],
            ],
            title="Mission report",
        )
    )
    d = load_document(p)
    assert d.format == "pdf" and d.title == "Mission report" and d.date == "1993-03-01"
    assert len(d.pages) == 3 and d.text[d.pages[1] :].startswith("On 26 February 1993")
    assert (
        d.page_at(d.text.index("Ganja")) == 2
        and d.page_at(d.text.index("Baku")) == 3
        and d.page_at(0) == 1
    )
    ev = with_pages(events_frame([document_events(d, gaz)]), [d])
    got = dict(zip(ev["name"], ev["page"]))
    assert got["Ganja"] == 2 and got["Baku"] == 3


def test_pdf_without_text_is_an_error(tmp_path):
    p = tmp_path / "scan.pdf"
    p.write_bytes(make_pdf([[]]))
    with pytest.raises(DocumentError, match=r"scan\.pdf: no text in its 1 page\(s\)"):
        load_document(p)


@pytest.mark.parametrize(
    "module, name, extra", [("pypdf", "a.pdf", "pdf"), ("trafilatura", "a.html", "web")]
)
def test_missing_extra_is_named(tmp_path, monkeypatch, module, name, extra):
    import sys

    monkeypatch.setitem(sys.modules, module, None)  # import fails as if not installed
    p = tmp_path / name
    p.write_bytes(
        make_pdf([["Baku"]]) if name.endswith(".pdf") else b"<html><body><p>Baku</p></body></html>"
    )
    with pytest.raises(
        DocumentError, match=rf"needs the '{extra}' extra: pip install 'geo-maps\[{extra}\]'"
    ):
        load_document(p)


@pytest.mark.parametrize(
    "encoding, text",
    [
        ("utf-8-sig", "Xocalı and Şuşa, 1992."),
        ("utf-16", "Xocalı and Şuşa, 1992."),
        ("utf-16-le", "Fighting near Ganja and Baku in February 1992, residents said."),
        ("utf-16-be", "Fighting near Ganja and Baku in February 1992, residents said."),
        (
            "cp1251",
            "Обстрел Степанакерта начался 26 февраля 1992 года. Жители Ходжалы бежали в Агдам.",
        ),
        (
            "koi8_r",
            "Обстрел Степанакерта начался 26 февраля 1992 года. Жители Ходжалы бежали в Агдам.",
        ),
        ("cp1254", "Şuşa şehrinde 1992 yılında çatışmalar başladı. Ağdam ve Gence boşaltıldı."),
        ("cp1252", "Les réfugiés arrivés à Genève en 1992 ont été accueillis."),
    ],
)
def test_encodings_detected_and_reported(tmp_path, caplog, encoding, text):
    import logging

    p = tmp_path / "doc.txt"
    p.write_bytes(text.encode(encoding))
    with caplog.at_level(logging.INFO, logger="geo"):
        d = load_document(p)
    assert d.text == text
    plain = encoding.replace("-sig", "") == "utf-8"
    assert (
        d.encoding.replace("-sig", "")
        in (
            encoding.replace("-sig", ""),
            encoding.split("-")[0] + "-" + encoding.split("-")[-1],
            "utf-16",
        )
        or d.encoding == encoding
    )
    assert ("read as" in caplog.text) is not plain


@pytest.mark.parametrize(
    "encoding, text, places",
    [
        (
            "cp1254",
            "1992-ci ilin fevral ayında Ağdam ve Şuşa şeherleri ateşe tutuldu.",
            {"Aghdam", "Shusha"},
        ),  # cp1254 has no ə: e stands in
        (
            "cp1251",
            "Обстрел: Баку, Гянджа и Степанакерт, февраль 1992 года.",
            {"Baku", "Ganja", "Khankendi"},
        ),
    ],
)
def test_legacy_code_pages_yield_places(tmp_path, gaz, encoding, text, places):
    from geo.events import document_events

    p = tmp_path / "doc.txt"
    p.write_bytes(text.encode(encoding))
    d = load_document(p)
    assert d.encoding == encoding and d.text == text
    assert places <= {ev["name"] for ev in document_events(d, gaz).events if ev["name"]}


def test_seed_metadata(seed):
    assert seed.publisher.startswith("Consulate General of the Republic of Azerbaijan")
    assert "one party" in seed.note.lower()
    assert "Facebook" not in seed.text and "Twitter" not in seed.text


@pytest.mark.parametrize(
    "name, content, expect",
    [
        ("bad.md", "---\ntitle: [unclosed\n---\ntext", r"bad\.md:\d+: bad front matter"),
        (
            "bin.txt",
            b"ok\n\xff\x00\xfe bad\x00",
            r"bin\.txt:2: not text in UTF-8, UTF-16 or a known legacy code page",
        ),
        ("x.docx", "whatever", r"x\.docx: unsupported document type '\.docx'"),
        ("x.pdf", "whatever", r"x\.pdf: not a readable PDF"),
    ],
)
def test_bad_documents_name_file_and_line(tmp_path, name, content, expect):
    p = tmp_path / name
    p.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(DocumentError, match=expect):
        load_document(p)


def test_missing_and_empty(tmp_path):
    with pytest.raises(DocumentError, match="no such file"):
        load_documents([tmp_path / "nope.txt"])
    with pytest.raises(DocumentError, match="no documents found"):
        load_documents([tmp_path])


def test_a_document_reads_without_stress_marks_and_keeps_its_page_starts():
    from geo.documents import Document

    doc = Document(id="d", path="", text="Шуша́ стоит.\n\nЛачи́н рядом.", pages=[0, 14])
    assert doc.text == "Шуша стоит.\n\nЛачин рядом."
    assert doc.pages == [0, 13]
    assert doc.text[doc.pages[1] :].startswith("Лачин")


def test_a_blank_last_page_of_a_non_ascii_document_stays_a_page():
    # a PDF whose last page has no text (a map, a blank back cover) ends on that page's start;
    # reading the text without its stress marks keeps every page, that one too
    from geo.documents import Document

    first, second = "Шуша́ на горе.\n\n", "Лачи́н внизу.\n\n"
    text = first + second
    doc = Document(id="d", path="", text=text, pages=[0, len(first), len(text)])
    assert doc.pages == [0, len(first) - 1, len(doc.text)]
    assert doc.page_at(doc.pages[1]) == 2 and doc.text[doc.pages[1] :].startswith("Лачин")


def test_a_stressed_russian_district_is_found(gaz):
    import geo

    ex = geo.extraction([geo.document("Гадру́тский райо́н упразднён.", language="ru")], gazetteer=gaz)
    assert list(ex.places["name"]) == ["Hadrut District"]
