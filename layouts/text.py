"""Every UI string in German (default) and English, in one place.

Indicator labels, units and definitions are data and live in the catalog; this
module holds the words of the interface. ``t(key, lang, **values)`` formats a
string; an unknown key raises, so a typo fails a test instead of showing a key.
"""
from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # frame
    "title": {"de": "Ruhr-Disparitätenatlas", "en": "Ruhr disparity atlas"},
    "subtitle": {
        "de": "Armut, Bildung und Wirtschaftskraft in den 53 Gemeinden der Metropole Ruhr",
        "en": "Poverty, education and economic strength in the 53 municipalities of the Ruhr",
    },
    "other_language": {"de": "English", "en": "Deutsch"},
    "other_language_title": {"de": "Switch to English", "en": "Auf Deutsch umschalten"},
    "loading": {"de": "Atlas wird geladen …", "en": "Loading the atlas …"},
    "footer_boundaries": {
        "de": "Grenzen: © GeoBasis-DE / BKG (2016), Daten verändert (VG250, GeoNutzV / dl-de/by-2-0).",
        "en": "Boundaries: © GeoBasis-DE / BKG (2016), data modified (VG250, GeoNutzV / dl-de/by-2-0).",
    },
    "footer_data": {
        "de": "Daten: Statistische Ämter des Bundes und der Länder, BBSR (INKAR), RKI (GISD), Deutschlandatlas u. a. – Quelle und Lizenz stehen an jeder Grafik.",
        "en": "Data: statistical offices of the Federation and the Länder, BBSR (INKAR), RKI (GISD), Deutschlandatlas and others – source and licence are printed with every chart.",
    },
    # controls
    "theme": {"de": "Thema", "en": "Theme"},
    "theme_all": {"de": "Alle Themen", "en": "All themes"},
    "theme_poverty": {"de": "Armut", "en": "Poverty"},
    "theme_education": {"de": "Bildung", "en": "Education"},
    "theme_economy": {"de": "Wirtschaft & Arbeit", "en": "Economy & work"},
    "theme_finance": {"de": "Kommunalfinanzen", "en": "Municipal finances"},
    "theme_population": {"de": "Bevölkerung & Leben", "en": "Population & living"},
    "theme_projects": {"de": "Ruhr-Konferenz-Projekte", "en": "Ruhr-Konferenz projects"},
    "indicator": {"de": "Indikator", "en": "Indicator"},
    "year": {"de": "Jahr", "en": "Year"},
    "level": {"de": "Ebene", "en": "Level"},
    "level_gemeinde": {"de": "53 Gemeinden", "en": "53 municipalities"},
    "level_kreis": {"de": "15 Kreise und kreisfreie Städte", "en": "15 districts and district-free cities"},
    "level_short_gemeinde": {"de": "Gemeinden", "en": "municipalities"},
    "level_short_kreis": {"de": "Kreise/kreisfreie Städte", "en": "districts"},
    "level_unavailable": {"de": "{level}: für diesen Indikator keine Daten", "en": "{level}: no data for this indicator"},
    "classification": {"de": "Klassen", "en": "Classes"},
    "classification_quantiles": {"de": "Quantile (gleich viele je Klasse)", "en": "Quantiles (equal counts)"},
    "classification_natural_breaks": {"de": "Natürliche Brüche (Jenks/Fisher)", "en": "Natural breaks (Jenks/Fisher)"},
    "classification_equal_interval": {"de": "Gleiche Abstände", "en": "Equal intervals"},
    "classification_deviation": {"de": "Abweichung vom Ruhr-Mittel", "en": "Deviation from the Ruhr mean"},
    "classes": {"de": "Anzahl Klassen", "en": "Number of classes"},
    "fixed_breaks": {"de": "Klassengrenzen über alle Jahre gleich halten", "en": "Hold class breaks fixed across years"},
    "fixed_breaks_deviation": {
        "de": "Bei der Abweichung vom Ruhr-Mittel gelten die Grenzen je Jahr (Mittel des Jahres).",
        "en": "Deviation classes are per year (that year's mean).",
    },
    "show_labels": {"de": "Namen zeigen", "en": "Show names"},
    "show_basemap": {"de": "Online-Hintergrundkarte (OpenStreetMap)", "en": "Online base map (OpenStreetMap)"},
    "place_search": {"de": "Ort suchen", "en": "Find a place"},
    "place_search_placeholder": {"de": "Gemeinde oder Kreis …", "en": "Municipality or district …"},
    "years_span": {"de": "{first}–{last}", "en": "{first}–{last}"},
    # map and legend
    "map_title": {"de": "{indicator}, {year}", "en": "{indicator}, {year}"},
    "legend_no_data": {"de": "keine Daten", "en": "no data"},
    "legend_count": {"de": "{n}", "en": "{n}"},
    "legend_fixed": {"de": "Grenzen aus allen Jahren {first}–{last}", "en": "Breaks from all years {first}–{last}"},
    "legend_mean": {"de": "Ruhr-Mittel: {value}", "en": "Ruhr mean: {value}"},
    "legend_deviation_note": {
        "de": "Klassen in Standardabweichungen um das Ruhr-Mittel",
        "en": "Classes in standard deviations around the Ruhr mean",
    },
    "tooltip_rank": {"de": "Rang {rank} von {n} (1 = höchster Wert)", "en": "rank {rank} of {n} (1 = highest value)"},
    "tooltip_deviation": {"de": "Abweichung vom Ruhr-Mittel: {value}", "en": "difference from Ruhr mean: {value}"},
    "tooltip_no_data": {"de": "keine Daten", "en": "no data"},
    "flag_.": {"de": "keine Daten (unbekannt oder geheim)", "en": "no data (unknown or secret)"},
    "flag_x": {"de": "keine Daten (Aussage nicht sinnvoll)", "en": "no data (not meaningful)"},
    "flag_...": {"de": "keine Daten (folgt später)", "en": "no data (comes later)"},
    "flag_/": {"de": "keine Daten (nicht sicher genug)", "en": "no data (not reliable enough)"},
    "flag_-": {"de": "genau null", "en": "exactly zero"},
    "flag_()": {"de": "eingeschränkt aussagefähig", "en": "limited reliability"},
    "flag_p": {"de": "vorläufig", "en": "provisional"},
    "flag_r": {"de": "berichtigt", "en": "revised"},
    "flag_s": {"de": "geschätzt", "en": "estimated"},
    # method notes
    "method_weighted_mean": {
        "de": "Ruhr-Mittel: nach Einwohnern gewichteter Mittelwert der {n} Einheiten (Gewichte: {weight}, {weight_year}).",
        "en": "Ruhr mean: population-weighted mean of the {n} units (weights: {weight}, {weight_year}).",
    },
    "method_sum": {"de": "Ruhr: Summe der {n} Einheiten.", "en": "Ruhr: total of the {n} units."},
    "method_ratio": {
        "de": "Ruhr: Quotient der Summen über die {n} Einheiten (exakte Ruhr-Quote).",
        "en": "Ruhr: ratio of the totals over the {n} units (the exact Ruhr rate).",
    },
    "method_published": {"de": "Ruhr: veröffentlichter Wert für das RVR-Gebiet.", "en": "Ruhr: value published for the RVR area."},
    "method_none": {
        "de": "Kein Ruhr-Mittel: nicht alle Einheiten haben einen Wert, oder ein Mittel ist für diesen Indikator nicht sinnvoll.",
        "en": "No Ruhr mean: not every unit has a value, or a mean is not meaningful for this indicator.",
    },
    # context chart
    "ranking_title": {"de": "Rangfolge {year}", "en": "Ranking {year}"},
    "ranking_mean": {"de": "Ruhr-Mittel", "en": "Ruhr mean"},
    # profile
    "profile_hint": {
        "de": "Klicken Sie auf eine Gemeinde oder suchen Sie einen Ort, um sein Profil zu sehen.",
        "en": "Click a municipality or find a place to see its profile.",
    },
    "profile_close": {"de": "Profil schließen", "en": "Close profile"},
    "profile_kreis": {"de": "Kreis: {kreis}", "en": "District: {kreis}"},
    "profile_kreisfrei": {"de": "kreisfreie Stadt", "en": "district-free city"},
    "profile_value": {"de": "Wert", "en": "Value"},
    "profile_rank": {"de": "Rang", "en": "Rank"},
    "profile_trend": {"de": "Verlauf", "en": "Trend"},
    "profile_ruhr": {"de": "Ruhr", "en": "Ruhr"},
    "profile_nrw": {"de": "NRW", "en": "NRW"},
    "profile_de": {"de": "Deutschland", "en": "Germany"},
    "profile_kreis_value": {"de": "Wert des Kreises", "en": "value of the district"},
    "profile_unverified": {"de": "Jahr nicht gesichert: {values}", "en": "year not verified: {values}"},
    "profile_sources": {"de": "Quellen", "en": "Sources"},
    # source lines
    "source": {"de": "Quelle", "en": "Source"},
    "sources": {"de": "Quellen", "en": "Sources"},
    "own_calculation_from": {"de": "eigene Berechnung nach", "en": "own calculation from"},
    "licence": {"de": "Lizenz", "en": "Licence"},
    # notices
    "notice_unknown_parameter": {
        "de": "Der Link enthält den unbekannten Parameter „{parameter}“; er wird ignoriert. Gültig sind: {valid}.",
        "en": "The link has an unknown parameter “{parameter}”; it is ignored. Valid parameters: {valid}.",
    },
    "notice_invalid_value": {
        "de": "„{value}“ ist für „{parameter}“ nicht gültig; es gilt die Voreinstellung. Gültig: {valid}.",
        "en": "“{value}” is not valid for “{parameter}”; the default applies. Valid: {valid}.",
    },
    "notice_level_switched": {
        "de": "„{indicator}“ gibt es nur für {level}; die Karte zeigt diese Ebene.",
        "en": "“{indicator}” exists only for {level}; the map shows that level.",
    },
    "notice_year_moved": {
        "de": "Für {year} gibt es „{indicator}“ nicht; gezeigt wird das nächste Jahr mit Daten, {nearest}.",
        "en": "“{indicator}” has no data for {year}; the map shows the nearest year with data, {nearest}.",
    },
    "notice_dismiss": {"de": "Hinweis schließen", "en": "Dismiss"},
    "valid_indicator": {"de": "eine Indikator-ID aus dem Katalog", "en": "an indicator id from the catalog"},
    "valid_year": {"de": "eine vierstellige Jahreszahl", "en": "a four-digit year"},
    "valid_place": {"de": "der AGS einer RVR-Gemeinde (8 Ziffern) oder eines Kreises (5 Ziffern)", "en": "the AGS of an RVR municipality (8 digits) or district (5 digits)"},
    "error_title": {"de": "Das hat nicht geklappt", "en": "Something went wrong"},
    "error_body": {
        "de": "Diese Ansicht konnte nicht erstellt werden. Die Voreinstellung ist wiederhergestellt.",
        "en": "This view could not be built. The default view has been restored.",
    },
}


def t(key: str, lang: str, **values) -> str:
    """The string ``key`` in ``lang`` with ``values`` filled in."""
    text = STRINGS[key][lang]
    return text.format(**values) if values else text
