"""The preview image of a shared link: named in the page's head, a 1200×630 PNG with cache headers, 400 for nonsense."""

import html
import io
import re

import pytest
from PIL import Image

from app import create_app
from serving import preview

VIEW = "?ind=arbeitslose_je_100_ew_15_64&lvl=kreis&lang=en"


@pytest.fixture(scope="module")
def client(atlas, image_renderer):
    return create_app(atlas).server.test_client()


def head_meta(page: str) -> dict[str, str]:
    head = page.split("</head>")[0]
    return {name: html.unescape(content) for name, content in re.findall(r'<meta (?:property|name)="([^"]+)" content="([^"]*)"', head)}


def test_the_page_head_names_the_preview_of_its_view_in_the_language_of_the_link(client):
    meta = head_meta(client.get("/" + VIEW + "&sel=05513&tab=trend").get_data(as_text=True))
    image = "http://localhost/preview.png" + VIEW  # a selected place and the comparison tab do not change the map
    assert meta["og:image"] == meta["twitter:image"] == image
    assert meta["twitter:card"] == "summary_large_image" and (meta["og:image:width"], meta["og:image:height"]) == ("1200", "630")
    assert meta["og:title"] == "Unemployed per 100 inhabitants of working age, 2021 · districts – Ruhr disparity atlas"
    assert (
        meta["og:description"].startswith("Map: Unemployed per 100 inhabitants of working age")
        and "Gelsenkirchen" in meta["og:description"]
    )
    german = head_meta(client.get("/").get_data(as_text=True))
    assert german["og:image"] == "http://localhost/preview.png" and german["og:locale"] == "de_DE"
    assert german["og:title"].endswith("– Ruhr-Disparitätenatlas")


def test_the_preview_is_a_1200_by_630_png_cached_with_an_etag(client):
    """Rendered by the real export renderer; asked again, it comes from the store, and a crawler's repeat gets 304."""
    first = client.get("/preview.png" + VIEW)
    assert first.status_code == 200 and first.mimetype == "image/png"
    image = Image.open(io.BytesIO(first.data))
    assert image.format == "PNG" and image.size == (1200, 630)
    assert first.headers["Cache-Control"] == f"public, max-age={preview.MAX_AGE_S}" and first.headers["ETag"]
    again = client.get("/preview.png" + VIEW)
    assert again.data == first.data and again.headers["ETag"] == first.headers["ETag"]
    unchanged = client.get("/preview.png" + VIEW, headers={"If-None-Match": first.headers["ETag"]})
    assert unchanged.status_code == 304 and unchanged.data == b""
    same_map = client.get("/preview.png" + VIEW + "&sel=05513", headers={"If-None-Match": first.headers["ETag"]})
    assert same_map.status_code == 304  # the image of the view's map, whatever else the link holds


def test_a_preview_of_an_invalid_view_is_refused_with_the_reason(client):
    response = client.get("/preview.png?k=99&lang=en")
    assert response.status_code == 400 and response.mimetype == "text/plain"
    text = response.get_data(as_text=True)
    assert text.startswith("This view has no preview image") and "“99” is not valid for “k”" in text
    assert "Traceback" not in text
