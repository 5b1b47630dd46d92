"""Each dashboard that dbt's exposures promise links to the dashboard page that shows it."""

from __future__ import annotations

from urllib.parse import urlsplit

import yaml

from newsroom.dashboard.__main__ import DEFAULT_PORT
from newsroom.dashboard.app import PAGES
from tests.conftest import ROOT


def test_every_exposure_links_its_page():
    exposures = yaml.safe_load((ROOT / "dbt" / "models" / "exposures.yml").read_text(encoding="utf-8"))
    dashboards = [e for e in exposures["exposures"] if e["type"] == "dashboard"]
    assert len(dashboards) == 4
    for exposure in dashboards:
        url = urlsplit(exposure["url"])
        assert (url.hostname, url.port) == ("127.0.0.1", DEFAULT_PORT), exposure["name"]
        assert PAGES.get(url.path) == exposure["label"], exposure["name"]
