"""geo.safe and the guarantees it gives: untrusted text never runs as a template,
markup, script, formula or YAML alias (issue: document text ran as code)."""

from __future__ import annotations

import ast
import csv
import html
import json
from pathlib import Path

import pandas as pd
import pytest
import yaml
from click.testing import CliRunner

from geo import safe
from geo.cli import main
from geo.documents import load_document
from geo.exceptions import DocumentError
from geo.output import write_events
from geo.table import read_events

GEO = Path(__file__).resolve().parent.parent / "geo"

# Template syntax that runs code or fails the build if any string reaches a Jinja compiler.
TEMPLATE_PAYLOADS = [
    "{{ cycler.__init__.__globals__.os.system('touch PWNED') }}",
    "{{ 7*7 }}",
    "{% for x in range(3) %}loop{% endfor %}",
    "{# hidden #}",
    "{% if %}",
    "{{",
]


# --- the module's own functions -------------------------------------------------------------


def test_raw_is_never_compiled():
    el = safe.Raw("<b>{{ 7*7 }}</b>{% if %}{#")
    assert el.render() == "<b>{{ 7*7 }}</b>{% if %}{#"


def test_text_escapes_markup_and_quotes():
    assert (
        safe.text("<a href=\"x\" onclick='y'>&")
        == "&lt;a href=&quot;x&quot; onclick=&#x27;y&#x27;&gt;&amp;"
    )
    assert safe.text(None) == ""


@pytest.mark.parametrize(
    "bad", ["</script><script>alert(1)</script>", "<!--", "a\u2028b\u2029c", "]]>&amp;"]
)
def test_script_json_cannot_leave_the_script(bad):
    out = safe.script_json({"q": bad})
    for ch in "<>&\u2028\u2029":
        assert ch not in out
    assert json.loads(out) == {"q": bad}


@pytest.mark.parametrize(
    "cell,written",
    [
        ("=SUM(A1:A2)", "'=SUM(A1:A2)"),
        ("+1", "'+1"),
        ("-cmd", "'-cmd"),
        ("@SUM(1)", "'@SUM(1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("'=x", "''=x"),
        ("Shusha", "Shusha"),
        ("it's", "it's"),
        ("'quoted'", "'quoted'"),
        ("", ""),
    ],
)
def test_csv_cell_round_trip(cell, written):
    assert safe.csv_cell(cell) == written
    assert safe.csv_uncell(written) == cell


def test_csv_cell_leaves_numbers():
    assert safe.csv_cell(-3) == -3
    assert safe.csv_cell(-2.5) == -2.5
    df = safe.neutralise_frame(pd.DataFrame({"n": [-1, 2], "t": ["=1+1", "ok"]}))
    assert df["n"].tolist() == [-1, 2] and df["t"].tolist() == ["'=1+1", "ok"]


@pytest.mark.parametrize(
    "block,problem",
    [
        ('a: &a ["x","x"]\nb: &b [*a,*a]\nc: [*b,*b]\n', "anchors"),
        ("a: *b\n", "alias"),
        ("a: " + "[" * 12 + "]" * 12 + "\n", "nested deeper"),
        ("title: " + "x" * (safe.YAML_MAX_BYTES + 10) + "\n", "longer than"),
        ("a: !!python/object/apply:os.system ['touch PWNED']\n", "python/object"),
    ],
)
def test_load_yaml_refuses_unsafe_blocks(block, problem):
    with pytest.raises(yaml.YAMLError) as exc:
        safe.load_yaml(block)
    assert problem in str(getattr(exc.value, "problem", "") or exc.value)


def test_billion_laughs_front_matter_is_a_one_line_error(tmp_path):
    laughs = "\n".join(
        [r'l0: &l0 "lol"']
        + [f"l{i}: &l{i} [" + ",".join([f"*l{i - 1}"] * 9) + "]" for i in range(1, 10)]
    )
    doc = tmp_path / "bomb.md"
    doc.write_text(f"---\n{laughs}\n---\nOn 3 May 1992 in Baku.\n", encoding="utf-8")
    with pytest.raises(DocumentError) as exc:
        load_document(doc)
    msg = str(exc.value)
    assert "bomb.md" in msg and "anchors" in msg and "\n" not in msg


# --- no data reaches a template compiler ------------------------------------------------------


def _compiled_calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            name = (
                f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
            )
            if name in {
                "Element",
                "Template",
                "Html",
                "Div",
                "Figure",
                "from_string",
                "MacroElement",
                "JsCode",
            }:
                yield name, node


@pytest.mark.parametrize("path", sorted(GEO.rglob("*.py")), ids=lambda p: p.name)
def test_templates_are_compiled_only_from_literals(path):
    """Every string given to a template compiler (branca Element, jinja2 Template, JsCode)
    is a literal in the code: data goes through geo.safe.Raw or template variables."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = {
        t.id
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
        for t in node.targets
        if isinstance(t, ast.Name)
    }
    for name, call in _compiled_calls(tree):
        for arg in [*call.args, *(k.value for k in call.keywords)]:
            ok = (isinstance(arg, ast.Constant) and isinstance(arg.value, str)) or (
                isinstance(arg, ast.Name) and arg.id in constants
            )
            assert ok, (
                f"{path.name}:{call.lineno}: {name}() is given {ast.unparse(arg)!r}, not a literal"
            )


def test_the_check_above_can_fail():
    tree = ast.parse("import branca\nbranca.element.Element(f'<b>{title}</b>')\n")
    assert [name for name, _ in _compiled_calls(tree)] == ["Element"]


# --- end to end: every text input, no template runs -------------------------------------------


@pytest.fixture
def hostile_inputs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # a payload that ran would touch ./PWNED here
    payload = " ".join(TEMPLATE_PAYLOADS)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text(
        "---\n"
        f"title: {json.dumps('Title ' + payload)}\n"
        f"publisher: {json.dumps('Pub ' + payload)}\n"
        f"url: {json.dumps('https://example.org/?q=' + payload)}\n"
        "---\n"
        f"On 12 May 1994 in Baku {payload} a ceasefire was agreed.\n\n"
        '=HYPERLINK("http://evil") On 3 March 1993 Ganja was shelled.\n\n'
        f"@SUM(1) {payload}\n",
        encoding="utf-8",
    )
    periods = tmp_path / "periods.csv"
    with open(periods, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "start", "end"])
        w.writerow(["War " + payload, "1992-01-01", "1993-12-31"])
        w.writerow(["Truce " + payload, "1994-01-01", "1994-12-31"])
    table = tmp_path / "mine.csv"
    with open(table, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        cols = ["place", "date", "event_type", "quote", "doc", "url", "name"]
        w.writerow(cols)
        w.writerow(
            [
                "Baku",
                "1994-05-12",
                "battle " + payload,
                "=cmd|' /C calc'!A0 " + payload,
                "doc " + payload,
                "https://x.org/" + payload,
                "n " + payload,
            ]
        )
    return tmp_path, docs, periods, table, payload


def test_no_template_runs_in_build(hostile_inputs):
    tmp, docs, periods, table, payload = hostile_inputs
    args = [
        "build",
        str(docs),
        "--out",
        "m",
        "--places",
        "p.geojson",
        "--events-out",
        "e.csv",
        "--unresolved",
        "u.csv",
    ]
    r = CliRunner().invoke(
        main, [*args, "--periods", str(periods), "--title", "T " + payload, "--events", str(table)]
    )
    assert r.exit_code == 0, r.output
    assert not (tmp / "PWNED").exists()
    pages = sorted((tmp / "m").glob("*.html"))
    assert len(pages) >= 3
    quotes = [q for page in pages for q in (_tables(page) or {"quotes": []})["quotes"]]
    assert any("{{ 7*7 }}" in q and "{% for x in range(3) %}loop{% endfor %}" in q for q in quotes)
    index = (tmp / "m" / "index.html").read_text(encoding="utf-8")
    title = index.split("<title>", 1)[1].split("</title>", 1)[0]
    assert "<" not in title and html.unescape(title) == "T " + payload
    periods = _tables(tmp / "m" / "index.html")["periods"]
    assert "Truce " + payload in periods and set(periods) <= {
        "War " + payload,
        "Truce " + payload,
        "Undated",
    }
    # the layer control's labels: HTML-escaped, braces as character references
    assert "\\u0026#123;\\u0026#123; 7*7 \\u0026#125;\\u0026#125;" in index


def _tables(page: Path) -> dict | None:
    body = page.read_text(encoding="utf-8")
    if "var geoTables = " not in body:
        return None
    return json.loads(body.split("var geoTables = ", 1)[1].split("; geoReady();</script>", 1)[0])


def test_no_template_runs_in_render(hostile_inputs):
    tmp, _, periods, table, payload = hostile_inputs
    r = CliRunner().invoke(
        main, ["render", str(table), "-o", "m2", "--periods", str(periods), "--title", payload]
    )
    assert r.exit_code == 0, r.output
    assert not (tmp / "PWNED").exists()
    assert any("{{ 7*7 }}" in q for q in _tables(tmp / "m2" / "index.html")["quotes"])


def test_csv_exports_are_not_formulas(hostile_inputs):
    tmp, docs, _, table, _ = hostile_inputs
    r = CliRunner().invoke(
        main,
        [
            "build",
            str(docs),
            "--out",
            "m",
            "--places",
            "p.geojson",
            "--events-out",
            "e.csv",
            "--unresolved",
            "u.csv",
        ],
    )
    assert r.exit_code == 0, r.output
    for name in ("e.csv", "u.csv"):
        with open(tmp / name, encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh):
                for cell in row:
                    assert not cell or cell[0] not in "=+-@\t\r", (name, cell)
    events = pd.read_csv(tmp / "e.csv", dtype=str, keep_default_na=False)
    assert any(q.startswith("'=HYPERLINK") for q in events["quote"])
    # geo reads its own export back as written; GeoJSON keeps the raw text
    back = read_events(tmp / "e.csv").events
    assert any(str(q).startswith("=HYPERLINK") for q in back["quote"])
    write_events(back, tmp / "e.geojson")
    raw = json.loads((tmp / "e.geojson").read_text(encoding="utf-8"))
    assert any(str(f["properties"]["quote"]).startswith("=HYPERLINK") for f in raw["features"])


def test_user_table_formula_cells_are_neutralised(hostile_inputs):
    tmp, _, _, table, _ = hostile_inputs
    back = read_events(table).events
    out = tmp / "out.csv"
    write_events(back, out)
    text = out.read_text(encoding="utf-8")
    assert "'=cmd|" in text and ",=cmd" not in text


@pytest.mark.parametrize(
    "src",
    [
        "javascript:alert(1)",
        " JAVASCRIPT:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:x",
    ],
)
def test_embed_refuses_script_urls(src):
    from geo.exceptions import InputError
    from geo.maps import embed_snippet

    with pytest.raises(InputError):
        embed_snippet(src, "t")


def test_embed_escapes_its_title():
    from geo.maps import embed_snippet

    out = embed_snippet("maps/index.html", '"><script>alert(1)</script>{{ 7*7 }}')
    assert "<script>" not in out and "&quot;&gt;&lt;script&gt;" in out
