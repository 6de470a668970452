"""Optional features without their extra: one line naming the pip install."""

from __future__ import annotations

import sys

import pandas as pd
import pytest
from click.testing import CliRunner

from geo.cli import main
from geo.extras import MissingExtra, require


@pytest.mark.parametrize(
    "module,extra",
    [
        ("pyarrow", "parquet"),
        ("geopy.geocoders", "online"),
        ("playwright.sync_api", "browser"),
        ("pypdf", "pdf"),
    ],
)
def test_require_names_the_extra(monkeypatch, module, extra):
    monkeypatch.setitem(sys.modules, module.split(".")[0], None)  # as if not installed
    if "." in module:
        monkeypatch.delitem(sys.modules, module, raising=False)
    with pytest.raises(MissingExtra) as exc:
        require(module)
    assert f"pip install 'geo-maps[{extra}]'" in str(exc.value) and "\n" not in str(exc.value)


def _without(monkeypatch, name: str) -> None:
    """Make geo.extras.require fail for ``name`` (pandas itself keeps using it)."""
    import geo.extras

    real = geo.extras.importlib.import_module

    def fake(module, *a, **k):
        if module.split(".")[0] == name:
            raise ImportError(f"No module named {name!r}")
        return real(module, *a, **k)

    monkeypatch.setattr(geo.extras.importlib, "import_module", fake)


def test_parquet_without_pyarrow_is_one_line(monkeypatch, tmp_path):
    from geo.output import write_events

    _without(monkeypatch, "pyarrow")
    with pytest.raises(MissingExtra, match=r"geo-maps\[parquet\]"):
        write_events(
            pd.DataFrame({"lat": [1.0], "lon": [2.0], "quote": ["q"]}), tmp_path / "e.parquet"
        )
    assert not (tmp_path / "e.parquet").exists()


def test_cli_without_the_extra(monkeypatch, tmp_path):
    _without(monkeypatch, "pyarrow")
    doc = tmp_path / "a.txt"
    doc.write_text("On 3 June 1993 Ganja was shelled.\n", encoding="utf-8")
    r = CliRunner().invoke(
        main, ["extract", str(doc), "-o", str(tmp_path / "e.parquet"), "--jobs", "1"]
    )
    assert r.exit_code == 1
    assert r.output.strip().count("\n") == 0 and "geo-maps[parquet]" in r.output
