"""The statement, easy-read, legal-notice and privacy pages as a browser receives them, and the operator's details."""

from __future__ import annotations

import logging
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from app import create_app
from layouts import data_text, page_text, pages, shell
from serving import pages as serving_pages

OPERATOR = {
    "ATLAS_OPERATOR": "Stadt Musterstadt <script>alert(1)</script>|Rathausplatz 1 & 2|45000 Musterstadt",
    "ATLAS_CONTACT_EMAIL": "barrierefrei@musterstadt.example",
    "ATLAS_FEEDBACK_URL": 'https://musterstadt.example/barriere-melden?quelle=atlas&x="><b>',
    "ATLAS_PRIVACY_CONTACT": "Datenschutzbeauftragte|datenschutz@musterstadt.example",
}


class Outline(HTMLParser):
    """What a screen reader's outline of the page holds: the html lang, headings in order, links, and every text."""

    def __init__(self):
        super().__init__()
        self.lang, self.headings, self.links, self.tags, self.text = None, [], [], [], []
        self._heading = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if tag == "html":
            self.lang = attrs.get("lang")
        if tag in ("h1", "h2", "h3", "h4"):
            self._heading = [int(tag[1]), ""]
        if tag == "a":
            self.links.append(attrs)

    def handle_endtag(self, tag):
        if self._heading and tag == f"h{self._heading[0]}":
            self.headings.append(tuple(self._heading))
            self._heading = None

    def handle_data(self, data):
        self.text.append(data)
        if self._heading:
            self._heading[1] += data


def outline(response) -> Outline:
    parsed = Outline()
    parsed.feed(response.get_data(as_text=True))
    return parsed


def app_with(monkeypatch, atlas, environ: dict):
    for name in OPERATOR:
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    return create_app(atlas)


@pytest.fixture(scope="module")
def configured(atlas):
    with pytest.MonkeyPatch.context() as monkeypatch:
        return app_with(monkeypatch, atlas, OPERATOR).server.test_client()


@pytest.fixture(scope="module")
def unconfigured(atlas):
    with pytest.MonkeyPatch.context() as monkeypatch:
        return app_with(monkeypatch, atlas, {}).server.test_client()


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("slug", pages.PAGES)
def test_each_page_answers_in_its_language_with_title_headings_and_ways_out(configured, slug, lang):
    response = configured.get(f"/{slug}" + ("?lang=en" if lang == "en" else ""))
    assert response.status_code == 200 and response.mimetype == "text/html"
    assert response.get_data(as_text=True).startswith("<!DOCTYPE html>")
    assert re.search(r"<html[^>]*>", response.get_data(as_text=True)).group(0) == f'<html lang="{lang}">'  # one lang, its own
    page = outline(response)
    assert page.lang == lang
    name = page_text.COMMON[lang]["names"][slug]
    levels = [level for level, _ in page.headings]
    assert levels[0] == 1 and levels.count(1) == 1, page.headings
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:])), f"a heading level is skipped: {page.headings}"
    title = re.search(r"<title>(.*?)</title>", response.get_data(as_text=True)).group(1)
    assert title.startswith(f"{page.headings[0][1]} – ") and (slug == "leichte-sprache" or name in title)
    hrefs = {link.get("href"): link for link in page.links}
    assert hrefs["#content"], "skip link"
    assert pages.href(".", lang) in hrefs, "link back to the atlas"
    other = "en" if lang == "de" else "de"
    switch = hrefs[pages.href(slug, other)]
    assert switch["lang"] == other and switch["hreflang"] == other
    assert hrefs[pages.href(slug, lang)].get("aria-current") == "page"
    assert '<link rel="stylesheet" href="assets/style.css">' in response.get_data(as_text=True)
    assert "frame-ancestors 'self'" in response.headers["Content-Security-Policy"]


def test_the_statement_says_partial_conformity_and_lists_what_is_met_and_what_is_not(configured):
    for lang, verdict in (("de", "teilweise vereinbar"), ("en", "partially compliant")):
        text = " ".join(outline(configured.get(f"/barrierefreiheit?lang={lang}")).text)
        assert verdict in text
        for item in (*page_text.MET, *page_text.GAPS):
            assert item[lang] in text
        assert pages.long_date(page_text.STATEMENT_DATE, lang) in text
        assert "axe-core" in text


def test_the_operators_details_are_shown_and_escaped(configured):
    body = configured.get("/impressum").get_data(as_text=True)
    assert "Stadt Musterstadt &lt;script&gt;alert(1)&lt;/script&gt;<br>Rathausplatz 1 &amp; 2<br>45000 Musterstadt" in body
    assert "<script" not in body
    statement = configured.get("/barrierefreiheit")
    links = {link["href"]: link for link in outline(statement).links}
    assert "mailto:barrierefrei@musterstadt.example" in links
    feedback = next(link for link in outline(statement).links if link.get("class") == "feedback-link")
    assert feedback["href"] == OPERATOR["ATLAS_FEEDBACK_URL"]  # the parser unescapes: the attribute held it whole
    assert "<b>" not in statement.get_data(as_text=True)
    privacy = configured.get("/datenschutz?lang=en").get_data(as_text=True)
    assert "Datenschutzbeauftragte<br>datenschutz@musterstadt.example" in privacy
    assert "Not filled in yet" not in privacy and "Noch nicht eingetragen" not in configured.get("/impressum").get_data(as_text=True)


@pytest.mark.parametrize(
    "slug, variables",
    [
        ("impressum", ["ATLAS_OPERATOR", "ATLAS_CONTACT_EMAIL"]),
        ("datenschutz", ["ATLAS_OPERATOR", "ATLAS_CONTACT_EMAIL", "ATLAS_PRIVACY_CONTACT"]),
        ("barrierefreiheit", ["ATLAS_CONTACT_EMAIL"]),
        ("leichte-sprache", ["ATLAS_CONTACT_EMAIL"]),
    ],
)
def test_unset_details_show_a_placeholder_naming_the_variable(unconfigured, slug, variables):
    for lang, words in (("de", "Noch nicht eingetragen: der Betreiber setzt"), ("en", "Not filled in yet: the operator sets")):
        body = unconfigured.get(f"/{slug}?lang={lang}").get_data(as_text=True)
        for variable in variables:
            assert f"{words} {variable}" in body
    assert "feedback-link" not in unconfigured.get("/barrierefreiheit").get_data(as_text=True)


def test_one_warning_at_start_names_every_unset_variable(atlas, monkeypatch, caplog):
    with caplog.at_level(logging.WARNING, logger="serving.pages"):
        app_with(monkeypatch, atlas, {"ATLAS_OPERATOR": "Stadt Musterstadt"})
    warnings = [r.getMessage() for r in caplog.records if r.name == "serving.pages"]
    assert len(warnings) == 1
    assert "ATLAS_CONTACT_EMAIL" in warnings[0] and "ATLAS_PRIVACY_CONTACT" in warnings[0] and "ATLAS_OPERATOR" not in warnings[0]
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="serving.pages"):
        app_with(monkeypatch, atlas, OPERATOR)
    assert [r for r in caplog.records if r.name == "serving.pages"] == []


@pytest.mark.parametrize("name, value", [("ATLAS_FEEDBACK_URL", "javascript:alert(1)"), ("ATLAS_CONTACT_EMAIL", "nobody at example")])
def test_a_value_that_cannot_be_a_link_is_left_out_with_a_warning(atlas, monkeypatch, caplog, name, value):
    with caplog.at_level(logging.WARNING, logger="serving.pages"):
        client = app_with(monkeypatch, atlas, {**OPERATOR, name: value}).server.test_client()
    assert value in caplog.text
    body = client.get("/barrierefreiheit").get_data(as_text=True)
    assert value not in body and "javascript:" not in body


@pytest.mark.parametrize("query", ["?lang=fr", "?lang=%3Cscript%3Ealert(1)%3C/script%3E", "?lang=" + "x" * 5000, "?lang=en&lang=de"])
def test_an_unknown_language_opens_the_german_page_with_a_notice(configured, query):
    response = configured.get("/barrierefreiheit" + query)
    body = response.get_data(as_text=True)
    assert response.status_code == 200 and "Traceback" not in body and "<script" not in body
    page = outline(response)
    if query.endswith("lang=de"):  # the first value counts: English
        assert page.lang == "en"
        return
    assert page.lang == "de"
    assert "Die Sprache „" in body and "gibt es hier nicht" in body


def test_an_empty_language_is_the_default_without_a_notice(configured):
    body = configured.get("/impressum?lang=").get_data(as_text=True)
    assert '<html lang="de">' in body and "gibt es hier nicht" not in body


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_atlas_footer_links_to_the_data_pages_and_the_four_pages_in_its_language(configured, lang):
    footer = shell.footer(lang)
    links = [item.children for item in footer.children[0].children.children]
    assert [(a.children, a.href) for a in links] == [(page_text.COMMON[lang]["names"][s], pages.href(s, lang)) for s in pages.LINKED]
    for a in links:  # relative to the atlas at "/", each opens its page in the same language
        assert outline(configured.get("/" + a.href)).lang == lang


def test_both_languages_have_the_same_parts_on_every_page():
    for content in (page_text.COMMON, page_text.STATEMENT, page_text.EASY, page_text.IMPRINT, page_text.PRIVACY, data_text.DATA):
        assert content["de"].keys() == content["en"].keys()
        for key, value in content["de"].items():
            if isinstance(value, tuple | dict):
                assert len(value) == len(content["en"][key]), key
    assert [len(s) for _, s in page_text.EASY["de"]["sections"]] == [len(s) for _, s in page_text.EASY["en"]["sections"]]
    assert all(item.keys() == {"de", "en"} for item in (*page_text.MET, *page_text.GAPS))


def test_the_readme_names_every_variable_the_pages_read():
    table = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8").split("## Serving in production")[1]
    for name in (*serving_pages.REQUIRED, "ATLAS_FEEDBACK_URL"):
        assert f"| `{name}` |" in table
