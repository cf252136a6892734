"""How the Flask server under the app answers: compression and reused answers (``http``, on ``answer_store``),
security headers and request limits (``security``), boundaries as static files (``geometry``), the headless
Chromium that turns export figures into PNG and SVG (``images``, which may open it at a process's first
request), the page's language in ``<html lang>`` and its title (``page_language``), the preview image of every
view and the tags naming it (``preview``), the statement, easy-read, legal-notice and privacy pages
(``pages``), and the data pages with their downloads (``data_pages``).

Nothing here draws or wires the page; ``callbacks/`` does. Importing registers nothing.
"""

from serving import data_pages, geometry, http, images, page_language, pages, preview, security

# preview: after http (its store) and page_language
FEATURES = (http, security, geometry, images, page_language, preview, pages, data_pages)


def register_all(app, atlas) -> None:
    for feature in FEATURES:
        feature.register(app, atlas)
