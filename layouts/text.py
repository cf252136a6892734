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
    # Ruhr-Konferenz projects
    "projects_heading": {"de": "Ruhr-Konferenz-Projekte", "en": "Ruhr-Konferenz projects"},
    "show_projects": {"de": "Projekte auf der Karte zeigen", "en": "Show projects on the map"},
    "show_network": {"de": "Linien zu Partnerorten", "en": "Lines to partner places"},
    "project_fields": {"de": "Handlungsfelder", "en": "Fields of action"},
    "project_statuses": {"de": "Status", "en": "Status"},
    "project_field_none": {"de": "Handlungsfeld nicht angegeben", "en": "field of action not stated"},
    "project_status": {"de": "Status", "en": "Status"},
    "project_status_implementing": {"de": "in Umsetzung", "en": "being implemented"},
    "project_status_completed": {"de": "abgeschlossen", "en": "completed"},
    "project_status_not_pursued": {"de": "nicht weiterverfolgt", "en": "not pursued"},
    "project_status_not_started": {"de": "noch nicht gestartet", "en": "not started"},
    "project_status_unknown": {"de": "unklar", "en": "unclear"},
    "project_coordinator": {"de": "Koordination", "en": "Coordination"},
    "project_location_approximate": {
        "de": "Lage ungefähr: Mittelpunkt von {place} (Sitz der Koordination)",
        "en": "Approximate location: centre of {place} (seat of the coordination)",
    },
    "project_layer_title": {"de": "Ruhr-Konferenz-Projekte", "en": "Ruhr-Konferenz projects"},
    "project_layer_count": {
        "de": "{shown} von {chosen} gewählten Projekten haben einen Ort in der Region; Markierungen am Sitz der Koordination (ungefähr).",
        "en": "{shown} of {chosen} chosen projects have a place in the region; markers at the seat of the coordination (approximate).",
    },
    "projects_coverage": {
        "de": "{located} von {decided} beschlossenen Projekten haben einen bekannten koordinierenden Ort in der Region. Erfasst sind {recorded} Projekte; {outside} werden von außerhalb koordiniert, bei {unknown} nennt keine Quelle einen koordinierenden Ort.",
        "en": "{located} of the {decided} projects decided have a known coordinating place in the region. {recorded} projects are recorded; {outside} are coordinated from outside the region, for {unknown} no source names a coordinating place.",
    },
    "projects_zone_table": {"de": "Projekte und Einwohner nach Zonen", "en": "Projects and inhabitants by zone"},
    "projects_count": {"de": "Projekte (Sitz der Koordination)", "en": "projects (seat of coordination)"},
    "projects_share": {"de": "Anteil an den Projekten", "en": "share of projects"},
    "population_share": {"de": "Anteil an den Einwohnern", "en": "share of inhabitants"},
    "total": {"de": "zusammen", "en": "total"},
    "bivariate_title": {"de": "Bedarf und Projekte: {need} × Projektbeteiligungen je 100.000 Einwohner", "en": "Need and projects: {need} × project involvements per 100,000 inhabitants"},
    "bivariate_need": {"de": "Bedarf ↑", "en": "need ↑"},
    "bivariate_projects": {"de": "Projekte →", "en": "projects →"},
    "bivariate_project_classes": {"de": "keine · wenige · viele", "en": "none · few · many"},
    "bivariate_need_classes": {"de": "Drittel des Bedarfs, größter oben", "en": "thirds of need, greatest on top"},
    "projects_without_place": {"de": "Projekte ohne Ort in der Region", "en": "Projects without a place in the region"},
    "method_projects": {
        "de": "Methode: gezählt wird der Sitz der Koordination (Gemeinde), Einwohner nach dem Zensus 2022. Bedarf: Drittel des gewählten Indikators ({need}, {year}), bei „höher ist besser“ umgedreht; Projekte: Beteiligungen (Koordination oder Partner) je 100.000 Einwohner, geteilt in keine, unter und über dem Median der Orte mit Projekten.",
        "en": "Method: counted is the seat of the coordination (municipality), inhabitants from the 2022 census. Need: thirds of the chosen indicator ({need}, {year}), reversed where higher is better; projects: involvements (coordination or partner) per 100,000 inhabitants, split into none, below and above the median of the places with projects.",
    },
    "tab_projects": {"de": "Projekte und Bedarf", "en": "Projects and need"},
    # comparison panels
    "comparison_title": {"de": "Nord und Süd im Vergleich", "en": "North and south compared"},
    "scheme": {"de": "Zonen für den Vergleich", "en": "Zones to compare"},
    "scheme_custom": {"de": "Eigene Gruppen A und B", "en": "Own groups A and B"},
    "group_a": {"de": "Gruppe A", "en": "Group A"},
    "group_b": {"de": "Gruppe B", "en": "Group B"},
    "groups_hint": {
        "de": "Orte wählen oder auf der Zonenkarte anklicken: ein Klick setzt in A, der zweite in B, der dritte nimmt heraus.",
        "en": "Pick places, or click them on the zone map: the first click puts a place in A, the second in B, the third takes it out.",
    },
    "tab_zones": {"de": "Zonen", "en": "Zones"},
    "tab_trend": {"de": "Entwicklung", "en": "Over time"},
    "tab_inequality": {"de": "Ungleichheit", "en": "Inequality"},
    "tab_scatter": {"de": "Zwei Indikatoren", "en": "Two indicators"},
    "tab_spatial": {"de": "Räumliches Muster", "en": "Spatial pattern"},
    "zone": {"de": "Zone", "en": "Zone"},
    "zone_units": {"de": "Einheiten mit Wert", "en": "units with a value"},
    "zone_mean": {"de": "Mittel (gewichtet)", "en": "mean (weighted)"},
    "zone_median": {"de": "Median (gewichtet)", "en": "median (weighted)"},
    "zone_range": {"de": "Spanne", "en": "range"},
    "zone_missing": {"de": "{n} ohne Wert", "en": "{n} without a value"},
    "zone_mean_marker": {"de": "gewichtetes Mittel", "en": "weighted mean"},
    "gap_sentence": {
        "de": "{a} liegt im Mittel {difference} {unit} {direction} {b} (Verhältnis {ratio}).",
        "en": "On average {a} lies {difference} {unit} {direction} {b} (ratio {ratio}).",
    },
    "gap_above": {"de": "über", "en": "above"},
    "gap_below": {"de": "unter", "en": "below"},
    "gap_none": {
        "de": "Kein Abstand: eine der beiden Vergleichszonen hat keine Einheit mit Wert, oder das Schema hat keine zwei Seiten.",
        "en": "No gap: one of the two zones compared has no unit with a value, or the scheme has no two sides.",
    },
    "group_empty": {"de": "{group} enthält keine Einheit dieser Ebene.", "en": "{group} holds no unit of this level."},
    "reference_line": {"de": "{name} {value}", "en": "{name} {value}"},
    "trend_gap": {"de": "Abstand {a} − {b}", "en": "Gap {a} − {b}"},
    "trend_widened": {
        "de": "Der Abstand ist von {first} ({first_year}) auf {last} ({last_year}) gewachsen.",
        "en": "The gap widened from {first} ({first_year}) to {last} ({last_year}).",
    },
    "trend_narrowed": {
        "de": "Der Abstand ist von {first} ({first_year}) auf {last} ({last_year}) geschrumpft.",
        "en": "The gap narrowed from {first} ({first_year}) to {last} ({last_year}).",
    },
    "trend_stable": {
        "de": "Der Abstand ist mit {first} ({first_year}) und {last} ({last_year}) etwa gleich geblieben (Änderung unter 5 %).",
        "en": "The gap stayed about the same: {first} ({first_year}) and {last} ({last_year}) (change below 5 %).",
    },
    "trend_reversed": {
        "de": "Der Abstand hat sich umgekehrt: {first} ({first_year}), {last} ({last_year}).",
        "en": "The gap reversed: {first} ({first_year}), {last} ({last_year}).",
    },
    "trend_none": {"de": "Für eine Entwicklung braucht es mindestens zwei Jahre mit Abstand.", "en": "A trend needs at least two years with a gap."},
    "cv": {"de": "Variationskoeffizient", "en": "Coefficient of variation"},
    "gini": {"de": "Gini-Koeffizient", "en": "Gini coefficient"},
    "theil": {"de": "Theil-Index T", "en": "Theil index T"},
    "theil_between": {"de": "zwischen den Zonen", "en": "between zones"},
    "theil_within": {"de": "innerhalb der Zonen", "en": "within zones"},
    "between_share_sentence": {
        "de": "{share} der Ungleichheit (Theil T) entfallen {year} auf den Unterschied zwischen den Zonen, der Rest auf Unterschiede innerhalb der Zonen.",
        "en": "In {year}, {share} of the inequality (Theil T) lies between the zones; the rest lies within them.",
    },
    "inequality_undefined": {
        "de": "Gini und Theil sind nur für Werte ≥ 0 definiert; dieser Indikator hat negative Werte.",
        "en": "Gini and Theil are defined only for values ≥ 0; this indicator has negative values.",
    },
    "second_indicator": {"de": "Zweiter Indikator (x-Achse)", "en": "Second indicator (x axis)"},
    "scatter_fit": {"de": "Regressionsgerade", "en": "least-squares line"},
    "scatter_summary": {
        "de": "Korrelation r = {r} über {n} Einheiten mit beiden Werten ({x_year} bzw. {y_year}).",
        "en": "Correlation r = {r} over {n} units with both values ({x_year} and {y_year}).",
    },
    "moran_summary": {
        "de": "Moran's I = {i} (Erwartung ohne Muster {expected}), p = {p} aus {permutations} Permutationen, {n} Einheiten.",
        "en": "Moran's I = {i} (expected without pattern {expected}), p = {p} from {permutations} permutations, {n} units.",
    },
    "moran_clustered": {
        "de": "Ähnliche Werte liegen häufiger nebeneinander, als es der Zufall erwarten ließe.",
        "en": "Similar values lie next to each other more often than chance would make them.",
    },
    "moran_dispersed": {
        "de": "Benachbarte Orte unterscheiden sich häufiger, als es der Zufall erwarten ließe.",
        "en": "Neighbouring places differ more often than chance would make them.",
    },
    "moran_random": {"de": "Kein räumliches Muster über den Zufall hinaus (p ≥ 0,05).", "en": "No spatial pattern beyond chance (p ≥ 0.05)."},
    "moran_none": {"de": "Zu wenige Einheiten mit Wert für Moran's I (mindestens 8).", "en": "Too few units with a value for Moran's I (at least 8)."},
    "cluster_high_high": {"de": "hoch, Nachbarn hoch", "en": "high, high neighbours"},
    "cluster_low_low": {"de": "niedrig, Nachbarn niedrig", "en": "low, low neighbours"},
    "cluster_high_low": {"de": "hoch, Nachbarn niedrig", "en": "high, low neighbours"},
    "cluster_low_high": {"de": "niedrig, Nachbarn hoch", "en": "low, high neighbours"},
    "cluster_not_significant": {"de": "kein signifikanter Cluster", "en": "no significant cluster"},
    "method_zones": {
        "de": "Methode: Mittel und Median je Zone sind nach Einwohnern gewichtet ({weight}); jeder Punkt ist eine Einheit ({year}). Abstand = Mittel {a} − Mittel {b}.",
        "en": "Method: zone means and medians are weighted by population ({weight}); every dot is one unit ({year}). Gap = mean {a} − mean {b}.",
    },
    "method_trend": {
        "de": "Methode: für jedes Jahr des Indikators die nach Einwohnern gewichteten Zonenmittel; Zonen und Einheiten bleiben über die Jahre gleich. Jahre {first}–{last}.",
        "en": "Method: for every year of the indicator the population-weighted zone means; zones and units stay the same across years. Years {first}–{last}.",
    },
    "method_inequality": {
        "de": "Methode: alle Einheiten der Ebene mit Wert, nach Einwohnern gewichtet. Variationskoeffizient = Standardabweichung / Mittel; Gini = mittlere absolute Differenz / (2 × Mittel); Theil T = Σ pᵢ (xᵢ/μ) ln(xᵢ/μ), exakt zerlegt in einen Teil zwischen und einen innerhalb der Zonen.",
        "en": "Method: all units of the level with a value, weighted by population. Coefficient of variation = standard deviation / mean; Gini = mean absolute difference / (2 × mean); Theil T = Σ pᵢ (xᵢ/μ) ln(xᵢ/μ), split exactly into a part between and a part within the zones.",
    },
    "method_scatter": {
        "de": "Methode: jede Einheit zählt einmal (ungewichtet); Pearson-Korrelation und Kleinste-Quadrate-Gerade über die Einheiten mit beiden Werten. Jeder Indikator im gewählten Jahr, sonst in seinem letzten Jahr.",
        "en": "Method: every unit counts once (unweighted); Pearson correlation and least-squares line over the units with both values. Each indicator in the chosen year, otherwise in its latest year.",
    },
    "method_spatial": {
        "de": "Methode: Nachbarschaft = gemeinsame Grenze oder Ecke (Queen), zeilenstandardisiert; globales und lokales Moran's I (esda), Signifikanz aus 999 Permutationen, lokale Cluster mit p < 0,05.",
        "en": "Method: neighbours share a border or a corner (queen), row-standardised; global and local Moran's I (esda), significance from 999 permutations, local clusters with p < 0.05.",
    },
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
    "profile_zone": {"de": "Zone ({scheme}): {zone}", "en": "Zone ({scheme}): {zone}"},
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
    "notice_second_switched": {
        "de": "„{indicator}“ gibt es nicht für {level}; das Streudiagramm zeigt den voreingestellten zweiten Indikator.",
        "en": "“{indicator}” has no data for {level}; the scatter shows the default second indicator.",
    },
    "valid_group": {"de": "eine Liste von AGS der RVR-Einheiten, durch Kommas getrennt", "en": "a comma-separated list of AGS of RVR units"},
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
