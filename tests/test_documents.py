import pytest

from geo.documents import load_document, load_documents
from geo.exceptions import DocumentError


def test_front_matter_and_offsets(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("---\ntitle: A title\npublisher: Someone\nurl: https://example.org/a\n---\nBody about Baku.\n", encoding="utf-8")
    d = load_document(p)
    assert (d.title, d.publisher, d.url, d.format) == ("A title", "Someone", "https://example.org/a", "markdown")
    assert d.text.startswith("Body") and d.text[11:15] == "Baku"


def test_html_text_and_meta(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(
        '<html lang="en"><head><title>T</title><meta name="author" content="Ann"><script>var x="Paris";</script></head>'
        "<body><nav>Menu Rome</nav><p>Fighting in <b>Ganja</b>.</p><p>Then Baku.</p></body></html>",
        encoding="utf-8",
    )
    d = load_document(p)
    assert d.title == "T" and d.author == "Ann" and d.language == "en"
    assert "Fighting in Ganja." in d.text and "Then Baku." in d.text
    assert "Paris" not in d.text and "Rome" not in d.text


def test_seed_metadata(seed):
    assert seed.publisher.startswith("Consulate General of the Republic of Azerbaijan")
    assert "one party" in seed.note.lower()
    assert "Facebook" not in seed.text and "Twitter" not in seed.text


@pytest.mark.parametrize(
    "name, content, expect",
    [
        ("bad.md", "---\ntitle: [unclosed\n---\ntext", r"bad\.md:\d+: bad front matter"),
        ("bin.txt", b"ok\n\xff\xfe bad", r"bin\.txt:2: not UTF-8"),
        ("x.pdf", "whatever", r"x\.pdf: unsupported document type '\.pdf'"),
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
