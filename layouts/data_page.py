"""The data pages: one per indicator at ``daten/<indicator>`` and their index at ``daten/`` (served by ``serving/data_pages.py``).

Plain HTML on the server like the statement (``layouts/pages.py``): what the indicator is, which levels and
years it covers, the source of every year, the breaks in its series, how the Ruhr value is formed, notes on
single values, and its downloads. The facts come from :func:`geo.datasheet.sheet`; the words from
``layouts/data_text.py``. The sources' own texts (titles, notes) are German and are marked so.
"""

from __future__ import annotations

from markupsafe import Markup

from geo import datasheet
from geo.catalog import THEMES, theme_entries
from geo.view_state import DEFAULT, ViewState, to_query
from layouts import data_text
from layouts.links import DATA_FOLDER, href
from layouts.pages import document, tag
from layouts.profile_panel import REFERENCE_LABELS
from layouts.text import t

FOLDER = DATA_FOLDER
ALL = "alle-indikatoren"  # the file stem of the whole pack's downloads
ROOT = "../"  # from a data page back to the atlas


def download_href(stem: str, extension: str, lang: str) -> str:
    """A download's address relative to a data page."""
    return href(f"{stem}.{extension}", lang)


def _level(level: str, lang: str) -> str:
    """A map level's short name, or the reference's name as the profile writes it (Ruhr, NRW, Deutschland)."""
    return t(f"level_short_{level}", lang) if level in ("gemeinde", "kreis") else t(dict(REFERENCE_LABELS)[level], lang)


def _span(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}–{last}"


def _table(caption: str, header: list[str], rows: list[list], class_: str = "data-table") -> Markup:
    head = tag("thead", tag("tr", *(tag("th", cell, scope="col") for cell in header)))
    body = tag("tbody", *(tag("tr", tag("th", row[0], scope="row"), *(tag("td", cell) for cell in row[1:])) for row in rows))
    return tag(
        "div",
        tag("table", tag("caption", caption), head, body, class_=class_),
        class_="table-scroll",
        tabindex="0",
        role="region",
        aria_label=caption,
    )


def _source_name(source: dict) -> str:
    return source["title"] + (f" ({source['table']})" if source["table"] else "")


def _definition_list(pairs) -> Markup:
    return tag("dl", *(Markup("").join([tag("dt", term), tag("dd", value)]) for term, value in pairs), class_="facts")


def facts(sheet: datasheet.Sheet, atlas, lang: str) -> Markup:
    words = data_text.DATA[lang]
    entry = sheet.entry
    pairs = [
        (words["id"], tag("code", sheet.indicator)),
        (words["theme"], t(f"theme_{entry['theme']}", lang)),
        (words["unit"], entry["unit"][lang]),
        (words["polarity"], words[f"polarity_{entry['polarity']}"]),
        (words["definition"], entry["definition"][lang]),
    ]
    if entry["formula"]:
        formula = entry["formula"]
        pairs.append(
            (
                words["formula"],
                words["formula_text"].format(
                    numerator=atlas.catalog[formula["numerator"]]["label"][lang],
                    denominator=atlas.catalog[formula["denominator"]]["label"][lang],
                    factor=f"{formula['factor']:g}",
                ),
            )
        )
    return _definition_list(pairs)


def coverage(sheet: datasheet.Sheet, lang: str) -> Markup:
    words = data_text.DATA[lang]
    rows = [[_level(level, lang), _span(years[0], years[-1]), str(len(years))] for level, years in sheet.entry["years"].items()]
    return _table(words["coverage_caption"], [words["level"], words["years"], words["count"]], rows)


def sources(sheet: datasheet.Sheet, atlas, lang: str) -> Markup:
    """Which source gives which years per level, then every source with publisher, table, licence and date."""
    words = data_text.DATA[lang]
    by_id = {source["source_id"]: source for source in sheet.sources}
    rows = [
        [
            _level(span.level, lang),
            _span(span.first, span.last),
            Markup("<br>").join(tag("a", _source_name(by_id[s]), href=f"#quelle-{s}", lang="de") for s in span.source_ids),
        ]
        for span in sheet.spans
    ]
    details = []
    for source in sheet.sources:
        pairs = [
            (words["publisher"], tag("span", source["publisher"], lang="de")),
            (words["table"], source["table"] or "–"),
            (words["licence"], tag("span", source["licence"], lang="de")),
            (words["data_as_of"], source["data_as_of"] or "–"),
        ]
        if source["url"]:
            pairs.append((words["link"], tag("a", source["url"], href=source["url"], class_="source-url")))
        if source["based_on"]:
            pairs.append((words["based_on"], ", ".join(_source_name(by_id[s]) for s in source["based_on"])))
        if source["note"]:
            pairs.append((data_text.DATA[lang]["caveats"], tag("span", source["note"], lang="de")))
        details.append(
            tag(
                "section",
                tag("h4", _source_name(source), lang="de"),
                _definition_list(pairs),
                id=f"quelle-{source['source_id']}",
                class_="source",
            )
        )
    return Markup("").join(
        [
            _table(words["sources_caption"], [words["level"], words["years"], words["source"]], rows),
            tag("h3", words["source_list"]),
            *details,
        ]
    )


def breaks(sheet: datasheet.Sheet, atlas, lang: str) -> Markup:
    words = data_text.DATA[lang]
    if sheet.breaks.empty:
        return tag("p", words["breaks_none"])
    names = atlas.places.drop_duplicates("ags").set_index("ags")["name"]
    rows = [
        [
            str(row.year),
            _level(row.level, lang),
            names.get(row.ags, row.ags) if row.ags else words["all_places"],
            words[f"break_kind_{row.kind}"],
            words["yes" if row.comparable else "no"],
            getattr(row, f"note_{lang}"),
        ]
        for row in sheet.breaks.itertuples()
    ]
    header = [
        words["break_year"],
        words["level"],
        words["break_place"],
        words["break_kind"],
        words["break_comparable"],
        words["break_note"],
    ]
    return _table(words["breaks_caption"], header, rows)


def ruhr(sheet: datasheet.Sheet, atlas, lang: str) -> Markup:
    words = data_text.DATA[lang]
    if not sheet.ruhr:
        return tag("p", words["ruhr_none"])
    items = []
    for method in sheet.ruhr:
        values = {"level": _level(method.level, lang), "years": _span(method.first, method.last)}
        if method.method == "weighted_mean":
            values["weight"] = atlas.catalog[method.weight_indicator]["label"][lang]
            values["weight_years"] = _span(method.weight_years[0], method.weight_years[-1])
        items.append(tag("li", words[f"ruhr_{method.method}"].format(**values)))
    return tag("ul", *items) + tag("p", words["ruhr_rule"])


def caveats(sheet: datasheet.Sheet, lang: str) -> Markup:
    words = data_text.DATA[lang]
    parts = []
    if sheet.notes:
        parts.append(
            tag(
                "ul",
                *(
                    tag("li", tag("span", note, lang="de"), f" ({words['caveat_count'].format(count=count)})")
                    for note, count in sheet.notes
                ),
                class_="caveats",
            )
        )
        if sheet.more_notes:
            parts.append(tag("p", words["caveats_more"].format(count=sheet.more_notes)))
    else:
        parts.append(tag("p", words["caveats_none"]))
    if sheet.missing:
        meanings = words["flag_meaning"]
        items = ", ".join(f"{count} × {f'„{flag}“ ' if flag else ''}{meanings.get(flag, flag)}" for flag, count in sheet.missing)
        parts.append(tag("p", words["missing"].format(items=items)))
    return Markup("").join(parts)


def downloads(stem: str, atlas, lang: str) -> Markup:
    words = data_text.DATA[lang]
    return Markup("").join(
        [
            tag("p", words["downloads_intro"].format(version=atlas.version)),
            tag(
                "ul",
                tag("li", tag("a", words["download_zip"], href=download_href(stem, "zip", lang), download="")),
                tag("li", tag("a", words["download_xlsx"], href=download_href(stem, "xlsx", lang), download="")),
                class_="downloads",
            ),
        ]
    )


def version_line(atlas, lang: str) -> Markup:
    words = data_text.DATA[lang]
    return tag("p", words["version_text"].format(version=atlas.version, date=atlas.versions[-1]["date"]), class_="version")


def indicator_page(atlas, indicator: str, lang: str, unknown_language: str = "") -> str:
    """The data page of ``indicator`` (a catalog id)."""
    words = data_text.DATA[lang]
    sheet = datasheet.sheet(atlas, indicator)
    label = sheet.entry["label"][lang]
    on_map = ROOT + (to_query(ViewState(indicator=indicator, lang=lang, level=_map_level(sheet.entry))) or "./")
    sections = [
        ("facts", words["facts"], facts(sheet, atlas, lang)),
        ("coverage", words["coverage"], coverage(sheet, lang)),
        ("sources", words["sources"], sources(sheet, atlas, lang)),
        ("breaks", words["breaks"], breaks(sheet, atlas, lang)),
        ("ruhr", words["ruhr"], ruhr(sheet, atlas, lang)),
        ("caveats", words["caveats"], caveats(sheet, lang)),
        ("downloads", words["downloads"], downloads(indicator, atlas, lang)),
    ]
    content = Markup("").join(
        [
            tag(
                "p", tag("a", words["to_index"], href=href("./", lang)), " · ", tag("a", words["show_on_map"], href=on_map), class_="crumbs"
            ),
            tag("h1", words["page_title"].format(label=label)),
            version_line(atlas, lang),
            *(tag("section", tag("h2", heading, id=key), body, aria_labelledby=key) for key, heading, body in sections),
        ]
    )
    return document(
        lang, words["page_title"].format(label=label), content, page=f"{FOLDER}/{indicator}", root=ROOT, unknown_language=unknown_language
    )


def _map_level(entry: dict) -> str:
    """The level the map opens with for an entry: the default's if the indicator has it, else the one it has."""
    return (
        DEFAULT.level
        if entry["years"].get(DEFAULT.level)
        else next((lv for lv in ("gemeinde", "kreis") if entry["years"].get(lv)), DEFAULT.level)
    )


def index_page(atlas, lang: str, unknown_language: str = "") -> str:
    """Every indicator by theme, with unit and years, and the whole pack's downloads."""
    words = data_text.DATA[lang]
    listed = {entry["id"] for entry in theme_entries(atlas.catalog, None, lang)}
    others = sorted((entry for entry in atlas.catalog.values() if entry["id"] not in listed), key=lambda e: e["label"][lang])
    sections = []
    for theme in THEMES:
        entries = [e for e in theme_entries(atlas.catalog, theme, lang)] + [e for e in others if e["theme"] == theme]
        if not entries:
            continue
        rows = [
            [
                tag("a", entry["label"][lang], href=href(entry["id"], lang)),
                entry["unit"][lang],
                ", ".join(
                    f"{_level(level, lang)} {_span(years[0], years[-1])}"
                    for level, years in entry["years"].items()
                    if level in ("gemeinde", "kreis")
                ),
            ]
            for entry in entries
        ]
        heading = t(f"theme_{theme}", lang)
        sections.append(
            tag(
                "section",
                tag("h2", heading, id=f"thema-{theme}"),
                _table(heading, [words["index_indicator"], words["index_unit"], words["index_years"]], rows),
            )
        )
    content = Markup("").join(
        [
            tag("h1", words["index_title"]),
            tag("p", words["index_intro"]),
            version_line(atlas, lang),
            tag("h2", words["index_all"], id="alle"),
            downloads(ALL, atlas, lang),
            *sections,
        ]
    )
    return document(lang, words["index_title"], content, page=f"{FOLDER}/", root=ROOT, unknown_language=unknown_language)
