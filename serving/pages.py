"""The statement, easy-read, legal-notice and privacy pages at ``/barrierefreiheit``, ``/leichte-sprache``,
``/impressum`` and ``/datenschutz`` (``?lang=en`` for English; markup in ``layouts/pages.py``).

The operator's details come from the environment, read once at start:

* ``ATLAS_OPERATOR``: name and address, lines separated by ``|``;
* ``ATLAS_CONTACT_EMAIL``: where visitors report barriers and ask questions;
* ``ATLAS_FEEDBACK_URL`` (optional): a form for reporting barriers (``https://…``, ``http://…`` or a path ``/…``);
* ``ATLAS_PRIVACY_CONTACT``: the privacy contact, lines separated by ``|``.

A detail that is unset shows as "not filled in yet" with the variable's name, and the app logs one
warning at start naming every unset variable.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from functools import partial

from flask import Response, request

from geo.view_state import DEFAULT, LANGUAGES
from layouts import pages

log = logging.getLogger(__name__)
REQUIRED = ("ATLAS_OPERATOR", "ATLAS_CONTACT_EMAIL", "ATLAS_PRIVACY_CONTACT")
LINK_SCHEMES = ("https://", "http://", "/")


def split_lines(value: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in value.split("|") if line.strip())


def operator_from(environ: Mapping[str, str]) -> tuple[pages.Operator, list[str]]:
    """The operator's details, and the problems to report: unset variables, and values that cannot be used."""
    get = {name: environ.get(name, "").strip() for name in (*REQUIRED, "ATLAS_FEEDBACK_URL")}
    problems = [f"{name} is not set" for name in REQUIRED if not get[name]]
    email, url = get["ATLAS_CONTACT_EMAIL"], get["ATLAS_FEEDBACK_URL"]
    if email and ("@" not in email or any(c.isspace() for c in email)):
        problems.append(f"ATLAS_CONTACT_EMAIL {email!r} is not an e-mail address")
        email = ""
    if url and not url.lower().startswith(LINK_SCHEMES):
        problems.append(f"ATLAS_FEEDBACK_URL {url!r} is neither an http(s) address nor a path")
        url = ""
    operator = pages.Operator(split_lines(get["ATLAS_OPERATOR"]), email, url, split_lines(get["ATLAS_PRIVACY_CONTACT"]))
    return operator, problems


def language(asked: str | None) -> tuple[str, str]:
    """The page's language and, when ``asked`` is no language of the atlas, what was asked (the page falls back to the default)."""
    if not asked or asked in LANGUAGES:
        return asked or DEFAULT.lang, ""
    return DEFAULT.lang, asked


def page(slug: str, operator: pages.Operator) -> Response:
    lang, unknown = language(request.args.get("lang"))
    return Response(pages.render(slug, lang, operator, unknown), mimetype="text/html")


def register(app, atlas) -> None:
    operator, problems = operator_from(os.environ)
    if problems:
        log.warning(
            "The statement, legal notice and privacy pages show placeholders: %s (see README, 'Serving in production').",
            "; ".join(problems),
        )
    for slug in pages.PAGES:
        app.server.add_url_rule(f"/{slug}", endpoint=f"page-{slug}", view_func=partial(page, slug, operator))
