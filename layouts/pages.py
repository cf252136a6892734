"""The four plain pages: accessibility statement, easy read, legal notice and privacy (served by ``serving/pages.py``).

They are HTML rendered on the server, with no script, on the atlas's stylesheet: they open at once, work
without JavaScript and read the same in every browser and screen reader. Every text is escaped as it is put
into an element (markupsafe), so neither an operator's details nor a request's parameter can add markup.
All links are relative: the pages live next to the atlas, under whatever path it is served from.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from markupsafe import Markup

from geo.view_state import LANGUAGES
from layouts import page_text
from layouts.links import DATA_FOLDER, href
from layouts.map_panel import OSM_TILES
from layouts.text import t

STYLESHEET = "assets/style.css"


@dataclass(frozen=True)
class Operator:
    """Who runs the atlas, as configured (``serving/pages.py``); an empty field is shown as not filled in yet."""

    lines: tuple[str, ...] = ()  # name and address
    email: str = ""
    feedback_url: str = ""  # optional: a form for reporting barriers
    privacy: tuple[str, ...] = ()  # the privacy contact


def tag(name: str, *children, **attributes) -> Markup:
    """``<name attributes>children</name>``: text is escaped, :class:`Markup` kept; ``class_`` is ``class``, ``aria_x`` is ``aria-x``."""
    listed = "".join(
        f' {key.rstrip("_").replace("_", "-")}="{Markup.escape(value)}"' for key, value in attributes.items() if value is not None
    )
    return Markup(f"<{name}{listed}>") + Markup("").join(children) + Markup(f"</{name}>")


def render(slug: str, lang: str, operator: Operator, unknown_language: str = "") -> str:
    """The whole document of page ``slug`` in ``lang``; ``unknown_language`` is a ``lang`` asked for that does not exist."""
    title, content = CONTENT[slug](lang, operator)
    return document(lang, title, content, page=slug, unknown_language=unknown_language)


def document(lang: str, title: str, content: Markup, *, page: str, root: str = "", unknown_language: str = "") -> str:
    """A plain page of the atlas around ``content``: skip link, header with the language link, footer.

    ``page`` is the page's path below the atlas (``barrierefreiheit``, ``daten/x``); ``root`` leads from the page
    back to the atlas (``../`` for a page one folder down), so every link stays relative.
    """
    common = page_text.COMMON[lang]
    other = next(code for code in LANGUAGES if code != lang)
    notice = ""
    if unknown_language:
        text = common["unknown_language"].format(value=unknown_language[:40], languages=", ".join(LANGUAGES))
        notice = tag("div", tag("p", text), class_="notice", role="status")
    own = page.rsplit("/", 1)[-1] or "./"
    header = tag(
        "header",
        tag("p", t("title", lang), class_="site-name"),
        tag(
            "div",
            tag("a", common["back"], href=href(root or ".", lang), class_="back-link"),
            tag("a", t("other_language", lang), href=href(own, other), lang=other, hreflang=other, class_="language-link"),
            class_="header-actions",
        ),
        class_="header",
    )
    slug = page.split("/", 1)[0]
    body = tag(
        "body",
        tag(
            "div",
            tag("nav", tag("a", common["skip"], href="#content"), class_="skip-links", aria_label=t("skip_links", lang)),
            header,
            tag("main", notice, content, id="content", tabindex="-1", class_=f"page-text page-{slug}"),
            tag("footer", links(lang, current=page, root=root), tag("p", t("footer_boundaries", lang)), class_="footer"),
            class_="text-page",
        ),
    )
    head = tag(
        "head",
        Markup('<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'),
        tag("title", f"{title} – {t('title', lang)}"),
        Markup(f'<link rel="stylesheet" href="{root}{STYLESHEET}">'),
    )
    return str(Markup("<!DOCTYPE html>\n") + tag("html", head, body, lang=lang))


def links(lang: str, current: str = "", root: str = "") -> Markup:
    """The footer's list of the plain pages (the atlas's footer has the same, ``layouts/shell.py``)."""
    names = page_text.COMMON[lang]["names"]
    items = [
        tag("li", tag("a", names[slug], href=root + href(slug, lang), aria_current="page" if slug == current else None)) for slug in LINKED
    ]
    return tag("nav", tag("ul", *items, class_="page-links"), aria_label=page_text.COMMON[lang]["nav"])


def long_date(day, lang: str) -> str:
    return page_text.DATE[lang].format(day=day.day, month=page_text.MONTHS[lang][day.month - 1], year=day.year)


def missing(variable: str, lang: str) -> Markup:
    common = page_text.COMMON[lang]
    return tag("p", common["missing"].format(variable=variable, what=common["what"][variable]), class_="placeholder")


def lines(values: tuple[str, ...], variable: str, lang: str) -> Markup:
    """Lines of an address, or the placeholder naming the variable that sets them."""
    return tag("p", Markup("<br>").join(values), class_="lines") if values else missing(variable, lang)


def email(operator: Operator, lang: str, label: str) -> Markup:
    if not operator.email:
        return missing("ATLAS_CONTACT_EMAIL", lang)
    return tag("p", f"{label} ", tag("a", operator.email, href=f"mailto:{operator.email}"))


def paragraphs(texts) -> Markup:
    return Markup("").join(tag("p", text) for text in texts)


def bullets(texts) -> Markup:
    return tag("ul", *(tag("li", text) for text in texts))


def statement(lang: str, operator: Operator) -> tuple[str, Markup]:
    s = page_text.STATEMENT[lang]
    form = tag("p", tag("a", s["form"], href=operator.feedback_url, class_="feedback-link")) if operator.feedback_url else ""
    return s["title"], Markup("").join(
        [
            tag("h1", s["title"]),
            tag("p", s["intro"]),
            tag("h2", s["standard_heading"]),
            tag("p", s["standard"]),
            tag("h2", s["state_heading"]),
            tag("p", s["state"], class_="verdict"),
            tag("h2", s["met_heading"]),
            bullets(item[lang] for item in page_text.MET),
            tag("h2", s["gaps_heading"]),
            tag("p", s["gaps_intro"]),
            bullets(item[lang] for item in page_text.GAPS),
            tag("h2", s["method_heading"]),
            tag("p", s["method"].format(date=long_date(page_text.STATEMENT_DATE, lang))),
            bullets(s["methods"]),
            tag("p", s["method_outside"]),
            tag("h2", s["feedback_heading"], id="kontakt"),
            tag("p", s["feedback"]),
            email(operator, lang, f"{s['email']}:"),
            form,
            tag("h2", s["enforcement_heading"]),
            paragraphs(s["enforcement"]),
        ]
    )


def easy(lang: str, operator: Operator) -> tuple[str, Markup]:
    """Leichte Sprache: one sentence a line, in large type (``.page-leichte-sprache`` in style.css)."""
    e = page_text.EASY[lang]
    sections = [tag("section", tag("h2", heading), paragraphs(sentences)) for heading, sentences in e["sections"]]
    return e["title"], Markup("").join([tag("h1", e["title"]), *sections, email(operator, lang, e["email"])])


def imprint(lang: str, operator: Operator) -> tuple[str, Markup]:
    i = page_text.IMPRINT[lang]
    return i["title"], Markup("").join(
        [
            tag("h1", i["title"]),
            tag("h2", i["operator_heading"]),
            lines(operator.lines, "ATLAS_OPERATOR", lang),
            tag("p", i["operator_note"], class_="note"),
            tag("h2", i["contact_heading"]),
            email(operator, lang, page_text.STATEMENT[lang]["email"] + ":"),
            tag("h2", i["data_heading"]),
            tag("p", i["data"]),
        ]
    )


def privacy(lang: str, operator: Operator) -> tuple[str, Markup]:
    p = page_text.PRIVACY[lang]
    return p["title"], Markup("").join(
        [
            tag("h1", p["title"]),
            tag("h2", p["short_heading"]),
            bullets(p["short"]),
            tag("h2", p["controller_heading"]),
            lines(operator.lines, "ATLAS_OPERATOR", lang),
            email(operator, lang, page_text.STATEMENT[lang]["email"] + ":"),
            tag("p", p["privacy_contact"]),
            lines(operator.privacy, "ATLAS_PRIVACY_CONTACT", lang),
            tag("h2", p["logs_heading"]),
            paragraphs(p["logs"]),
            tag("h2", p["uploads_heading"]),
            tag("p", p["uploads"]),
            tag("h2", p["exports_heading"]),
            tag("p", p["exports"]),
            tag("h2", p["basemap_heading"]),
            tag("p", p["basemap"].format(host=urlsplit(OSM_TILES).hostname)),
            tag("h2", p["rights_heading"]),
            paragraphs(p["rights"]),
        ]
    )


CONTENT = {"barrierefreiheit": statement, "leichte-sprache": easy, "impressum": imprint, "datenschutz": privacy}
#: The pages, by their path (German words, as German public bodies name these pages).
PAGES = tuple(CONTENT)
#: The data pages' index (``layouts/data_page.py``, served at ``daten/``).
DATA_INDEX = f"{DATA_FOLDER}/"
#: The pages every footer links to.
LINKED = (DATA_INDEX, *PAGES)
