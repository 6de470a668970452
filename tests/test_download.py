"""geo gazetteer download against a local HTTP server (never the network)."""

from __future__ import annotations

import io
import threading
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from geo import download as dl

ROWS = [
    # geonameid, name, asciiname, alternatenames, lat, lon, class, code, cc, cc2, admin1..4,
    # population, elevation, dem, tz, modified
    [
        "9000001",
        "Zorbalı",
        "Zorbali",
        "Zorbali,Зорбалы",
        "39.61",
        "46.58",
        "P",
        "PPL",
        "AZ",
        "",
        "00",
        "",
        "",
        "",
        "0",
        "",
        "1500",
        "Asia/Baku",
        "2024-01-01",
    ],
    [
        "9000002",
        "Qızılqaya Zzyx",
        "Qizilqaya Zzyx",
        "",
        "39.70",
        "46.50",
        "P",
        "PPL",
        "AZ",
        "",
        "00",
        "",
        "",
        "",
        "120",
        "",
        "1400",
        "Asia/Baku",
        "2024-01-01",
    ],
]


def _zip(cc: str, rows=ROWS) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(f"{cc}.txt", "".join("\t".join(r) + "\n" for r in rows))
        zf.writestr("readme.txt", "made in the test")
    return buf.getvalue()


class _Server:
    def __init__(self, files: dict[str, bytes]) -> None:
        self.files, self.requests, self.cut = files, [], None
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):  # noqa: N802 - http.server's name
                outer.requests.append(
                    (self.path, self.headers.get("Range"), self.headers.get("User-Agent"))
                )
                body = outer.files.get(self.path.rsplit("/", 1)[-1])
                if body is None:
                    self.send_error(404, "Not Found")
                    return
                start = 0
                rng = self.headers.get("Range")
                if rng:
                    start = int(rng.split("=")[1].split("-")[0])
                    self.send_response(206)
                    self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
                else:
                    self.send_response(200)
                self.send_header("Content-Length", str(len(body) - start))
                self.end_headers()
                data = body[start:]
                if outer.cut is not None:  # a connection that drops part-way
                    data, outer.cut = data[: outer.cut], None
                self.wfile.write(data)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/dump/"
        # a short poll interval: shutdown() waits for the loop to look (0.5 s by default)
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server(tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path / "cache"))
    s = _Server(
        {
            "AZ.zip": _zip("AZ"),
            "XX.zip": b"not a zip at all",
            "AM.zip": _zip("AM", [["1", "too", "few"]]),
        }
    )
    yield s
    s.close()


def test_download_checks_caches_and_registers(server):
    from geo.gazetteer import user_sources

    [(cc, path, n)] = dl.download(["az"], base_url=server.url, quiet=True)
    assert (cc, n) == ("AZ", 2) and path.name == "AZ.txt" and path.exists()
    assert path in user_sources()
    assert server.requests[0][2].startswith("geo-maps/")  # an honest User-Agent
    dl.download(["AZ"], base_url=server.url, quiet=True)
    assert len(server.requests) == 1  # the cached dump is not fetched again
    dl.download(["AZ"], base_url=server.url, quiet=True, force=True)
    assert len(server.requests) == 2


def test_download_resumes_a_cut_transfer(server):
    total = len(server.files["AZ.zip"])
    server.cut = total // 2
    with pytest.raises(dl.DownloadError, match="run the command again to resume"):
        dl.download(["AZ"], base_url=server.url, quiet=True)
    part = dl.dumps_dir() / "AZ.zip.part"
    assert part.stat().st_size == total // 2 and not (dl.dumps_dir() / "AZ.zip").exists()
    dl.download(["AZ"], base_url=server.url, quiet=True)
    assert server.requests[-1][1] == f"bytes={total // 2}-"
    assert (dl.dumps_dir() / "AZ.zip").read_bytes() == server.files["AZ.zip"]


@pytest.mark.parametrize(
    "code,message",
    [
        ("XX", "not a zip file"),
        ("AM", "columns"),
        ("ZZ", "HTTP 404"),
        ("AZE", "two-letter"),
        ("1A", "two-letter"),
    ],
)
def test_download_errors_are_one_line(server, code, message):
    with pytest.raises(dl.DownloadError) as exc:
        dl.download([code], base_url=server.url, quiet=True)
    assert message in str(exc.value) and "\n" not in str(exc.value)


def test_only_http_urls(server):
    with pytest.raises(dl.DownloadError, match="only http"):
        dl.download(["AZ"], base_url="file:///etc/", quiet=True)


def test_cli_download(server, monkeypatch):
    from click.testing import CliRunner

    from geo import gazetteer
    from geo.cli import main

    built = []
    monkeypatch.setattr(
        gazetteer, "load", lambda *a, **k: built.append(1)
    )  # the rebuild itself is tested in test_cli
    r = CliRunner().invoke(main, ["gazetteer", "download", "AZ", "--url", server.url])
    assert r.exit_code == 0, r.output
    assert "AZ: 2 places" in r.output and built == [1]
    r = CliRunner().invoke(main, ["gazetteer", "download", "Q1", "--url", server.url])
    assert r.exit_code == 1 and "two-letter" in r.output
