"""Online geocoding, against a local fake Nominatim (never the network)."""

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

import pytest
from click.testing import CliRunner

from geo.cli import main
from geo.online import USER_AGENT, OnlineGeocoder


@pytest.fixture
def fake_nominatim():
    seen = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            q = parse_qs(urlparse(self.path).query).get("q", [""])[0]
            seen.append((q, self.headers.get("User-Agent")))
            body = (
                [
                    {
                        "lat": "39.2",
                        "lon": "46.4",
                        "display_name": f"{q}, Somewhere",
                        "place_id": 1,
                        "boundingbox": ["39", "39.5", "46", "47"],
                    }
                ]
                if q == "Zzyxgrad"
                else []
            )
            data = json.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    # a short poll interval: shutdown() waits for the loop to look (0.5 s by default)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
    )
    thread.start()
    yield f"127.0.0.1:{server.server_address[1]}", seen
    server.shutdown()


def test_lookup_rate_limited_and_cached(fake_nominatim, tmp_path):
    domain, seen = fake_nominatim
    g = OnlineGeocoder(
        domain=domain, scheme="http", min_delay=0.01, cache_path=tmp_path / "cache.json"
    )
    hit = g.lookup("Zzyxgrad")
    assert (hit["lat"], hit["lon"]) == (39.2, 46.4) and "OpenStreetMap" in hit["source"]
    assert g.lookup("Nowhere-at-all") is None
    assert g.lookup("Zzyxgrad") == hit  # from the cache
    assert [q for q, _ in seen] == ["Zzyxgrad", "Nowhere-at-all"]
    assert seen[0][1] == USER_AGENT
    again = OnlineGeocoder(
        domain=domain, scheme="http", min_delay=0.01, cache_path=tmp_path / "cache.json"
    )
    assert again.lookup("Zzyxgrad") == hit and len(seen) == 2  # the cache is on disk


def test_render_online_is_opt_in(fake_nominatim, tmp_path, monkeypatch):
    domain, seen = fake_nominatim
    csv = tmp_path / "mine.csv"
    csv.write_text("place,date\nZzyxgrad,1995\nBaku,1995\n", encoding="utf-8")
    monkeypatch.setenv("GEO_NOMINATIM", f"http://{domain}")
    monkeypatch.setenv("GEO_NOMINATIM_DELAY", "0.01")
    monkeypatch.setenv("GEO_NOMINATIM_CACHE", str(tmp_path / "nominatim.json"))
    runner = CliRunner()  # in-process: the entry point itself is tested in test_cli_inputs
    off = runner.invoke(main, ["render", str(csv), "-o", str(tmp_path / "m1")])
    assert off.exit_code == 0 and "1 of 2 events mapped" in off.stdout and not seen, off.output
    on = runner.invoke(main, ["render", str(csv), "-o", str(tmp_path / "m2"), "--online"])
    assert on.exit_code == 0, on.output
    assert "2 of 2 events mapped" in on.stdout and "online geocoding" in on.stderr
    assert [q for q, _ in seen] == ["Zzyxgrad"]
