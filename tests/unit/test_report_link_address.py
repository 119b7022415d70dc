"""A report link is only useful if a member's phone can open it: built on the public base
URL when one is set, and recognised as useless when it points at this machine."""

from __future__ import annotations

from goals import config
from goals.access.links import opens_only_here, report_link


def test_a_link_on_localhost_or_loopback_opens_only_on_this_machine():
    assert opens_only_here("http://localhost:8501/")
    assert opens_only_here("http://127.0.0.1:8501")
    assert opens_only_here("http://[::1]:8501/")
    assert not opens_only_here("https://mal.vansterpartiet-vallentuna.se/")


def test_the_link_is_the_base_url_with_the_report_page_and_token():
    assert report_link("https://mal.example.org/", "abc") == \
        "https://mal.example.org/rapportera?link=abc"
    assert report_link("https://mal.example.org", "abc") == \
        "https://mal.example.org/rapportera?link=abc"


def test_the_public_address_comes_from_goals_public_url(monkeypatch):
    monkeypatch.setenv("GOALS_PUBLIC_URL", " https://mal.example.org/ ")
    assert config.public_url() == "https://mal.example.org/"
    monkeypatch.delenv("GOALS_PUBLIC_URL")
    assert config.public_url() is None
