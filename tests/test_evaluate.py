"""geo eval on small corpora written here in both formats (not the benchmark files)."""

import pytest

from geo.evaluate import evaluate, km, load_corpus
from geo.exceptions import InputError

GWN = """<?xml version="1.0" ?>
<articles>
 <article file="1"><title>t</title><link>l</link>
  <text>Russian troops left Tbilisi for Gori. The EU said Georgia must rebuild.</text>
  <toponyms>
   <toponym><extractedName>Russian</extractedName><type>Non_Literal_Modifier</type>\
<start>0</start><end>7</end>
     <geonamesID>2017370</geonamesID><latitude>60.0</latitude><longitude>100.0</longitude></toponym>
   <toponym><extractedName>Tbilisi</extractedName><type>Literal</type><start>20</start><end>27</end>
     <geonamesID>611717</geonamesID><latitude>41.69411</latitude><longitude>44.83368</longitude>\
</toponym>
   <toponym><extractedName>Gori</extractedName><type>Literal</type><start>32</start><end>36</end>
     <geonamesID>614455</geonamesID><latitude>41.98422</latitude><longitude>44.11578</longitude>\
</toponym>
   <toponym><extractedName>Georgia</extractedName><type>Metonymic</type><start>50</start>\
<end>57</end>
     <geonamesID>614540</geonamesID><latitude>42.0</latitude><longitude>43.5</longitude></toponym>
   <toponym><extractedName>troops</extractedName><type>Non_Lit_Expression</type><start>8</start>\
<end>14</end></toponym>
  </toponyms>
 </article>
</articles>
"""

GEOVIRUS = """<articles>
 <article><source>s</source>
  <text>Cases rose in Lagos and Kano, Nigeria.</text>
  <locations>
   <location><name>Lagos</name><start>15</start><end>20</end><lat>6.45</lat><lon>3.39</lon>\
<page>p</page></location>
   <location><name>Kano</name><start>25</start><end>29</end><lat>12.0</lat><lon>8.52</lon>\
<page>p</page></location>
   <location><name>Nigeria</name><start>31</start><end>38</end><lat>9.0</lat><lon>8.0</lon>\
<page>p</page></location>
  </locations>
 </article>
</articles>
"""


def test_gwn_format_and_figures(tmp_path, gaz):
    p = tmp_path / "mini_gwn.xml"
    p.write_text(GWN, encoding="utf-8")
    name, arts = load_corpus(p)
    assert name == "GeoWebNews" and arts[0].text[20:27] == "Tbilisi"
    r = evaluate(p, gaz)
    lit = r["recognition_literal"]
    assert (lit["tp"], lit["fn"]) == (
        2,
        0,
    )  # Tbilisi, Gori; Georgia (metonymic) neither right nor wrong
    assert r["recognition_toponyms"]["tp"] == 3  # "Russian" is a demonym, not found as a place
    res = r["resolution"]
    assert res["gold"] == 4 and res["unresolved"] == 0
    assert res["acc161"] >= 0.75 and res["exact"] >= 0.75
    assert r["throughput"]["chars"] == len(arts[0].text)


def test_geovirus_one_based_offsets(tmp_path, gaz):
    p = tmp_path / "mini_gv.xml"
    p.write_text(GEOVIRUS, encoding="utf-8")
    name, arts = load_corpus(p)
    assert name == "GeoVirus"
    g = arts[0].gold[0]
    assert arts[0].text[g.start : g.end] == "Lagos"
    r = evaluate(p, gaz)
    assert r["resolution"]["acc161"] == 1.0
    assert r["recognition_toponyms"]["f1"] == 1.0


def test_not_a_corpus(tmp_path):
    p = tmp_path / "x.xml"
    p.write_text("<articles><article><text>t</text></article></articles>", encoding="utf-8")
    with pytest.raises(InputError, match="neither GeoWebNews"):
        load_corpus(p)


def test_km():
    assert km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.1)


FOCUS = """<articles>
 <article><source>s</source>
  <text>Crowds filled Zorbel Street in Lyon. Lyon police closed Zorbel Street.</text>
  <locations>
   <location><name>Zorbel Street</name><start>15</start><end>28</end><lat>45.76</lat>\
<lon>4.84</lon><page>p</page></location>
   <location><name>Lyon</name><start>32</start><end>36</end><lat>45.75</lat><lon>4.85</lon>\
<page>p</page></location>
  </locations>
 </article>
</articles>
"""


def test_unknown_spans_go_to_the_document_focus(tmp_path, gaz):
    p = tmp_path / "focus.xml"
    p.write_text(FOCUS, encoding="utf-8")
    r = evaluate(p, gaz)
    assert (
        r["resolution"]["by_focus"],
        r["resolution"]["unresolved"],
        r["resolution"]["acc161"],
    ) == (1, 0, 1.0)
    assert (r["resolution_no_focus"]["unresolved"], r["resolution_no_focus"]["acc161"]) == (1, 0.5)


def test_end_to_end_from_raw_text(tmp_path, gaz):
    from geo.evaluate import Article, Gold, end_to_end

    text = "Shelling hit Ganja and Zzyxgrad on Monday."
    art = Article(
        "a",
        text,
        [
            Gold(13, 18, "Ganja", "Literal", 40.68, 46.36),  # found and right
            Gold(23, 31, "Zzyxgrad", "Literal", 10.0, 10.0),  # not in the gazetteer: not found
            Gold(0, 8, "Shelling", "Literal", 40.68, 46.36),  # not a place: not found
        ],
    )
    e = end_to_end([art], gaz)
    assert (e["gold"], e["found"], e["right"]) == (3, 1, 1)
    assert e["acc161"] == pytest.approx(1 / 3) and e["acc161_of_found"] == 1.0
    # the same mention placed far from the gold point is found but not right
    far = Article("b", text, [Gold(13, 18, "Ganja", "Literal", -30.0, 150.0)])
    assert end_to_end([far], gaz)["right"] == 0


def test_end_to_end_every_role_counts_names_inside_names(gaz):
    from geo.evaluate import Article, Gold, end_to_end

    text = "The Washington Post said Turkish Airlines flew to Ganja."
    gold = [
        Gold(4, 14, "Washington", "Embedded_Non_Lit", 38.9, -77.04),
        Gold(25, 32, "Turkish", "Embedded_Non_Lit", 39.0, 35.0),
        Gold(50, 55, "Ganja", "Literal", 40.68, 46.36),
    ]
    art = Article("a", text, gold)
    assert end_to_end([art], gaz)["found"] == 1
    every = end_to_end([art], gaz, demonyms=True, embedded=True)
    assert (every["found"], every["right"]) == (3, 3)
