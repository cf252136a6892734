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
    # page layout
    "controls_drawer": {"de": "Einstellungen", "en": "Settings"},
    "view_switch": {"de": "Ansicht der großen Fläche", "en": "View of the main area"},
    "view_map": {"de": "Karte", "en": "Map"},
    "view_ranking": {"de": "Rangliste", "en": "Ranking"},
    "skip_to_map": {"de": "Zur Karte springen", "en": "Skip to the map"},
    "skip_to_comparison": {"de": "Zum Vergleich von Nord und Süd springen", "en": "Skip to the north–south comparison"},
    "skip_links": {"de": "Sprungmarken", "en": "Skip links"},
    "map_keys_help": {
        "de": "Pfeiltasten: zum nächsten Ort in dieser Richtung, mit Name, Wert und Rang. "
        "Eingabetaste: diesen Ort wählen. Escape: Ort verlassen. Umschalt und Pfeiltasten: Karte verschieben. Plus und Minus: zoomen.",
        "en": "Arrow keys: go to the next place in that direction, with its name, value and rank. "
        "Enter: choose this place. Escape: leave the place. Shift and arrow keys: move the map. Plus and minus: zoom.",
    },
    "zoom_in": {"de": "Vergrößern", "en": "Zoom in"},
    "zoom_out": {"de": "Verkleinern", "en": "Zoom out"},
    "map_announce": {"de": "Die Karte zeigt jetzt: {title}", "en": "The map now shows: {title}"},
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
    "level_list_gemeinde": {"de": "Gemeinden", "en": "municipalities"},
    "level_list_kreis": {"de": "Kreise", "en": "districts"},
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
    # map and legend
    "map_title": {"de": "{indicator}, {year}", "en": "{indicator}, {year}"},
    "legend_no_data": {"de": "keine Daten", "en": "no data"},
    "legend_fixed": {"de": "Grenzen aus allen Jahren {first}–{last}", "en": "Breaks from all years {first}–{last}"},
    "legend_mean": {"de": "Ruhr-Mittel: {value}", "en": "Ruhr mean: {value}"},
    "legend_deviation_note": {
        "de": "Klassen in Standardabweichungen um das Ruhr-Mittel",
        "en": "Classes in standard deviations around the Ruhr mean",
    },
    "tooltip_rank": {"de": "{rank} (1 = höchster Wert)", "en": "{rank} (1 = highest value)"},
    "rank_of": {"de": "Rang {rank} von {n}", "en": "rank {rank} of {n}"},
    "rank_of_few": {"de": "Rang {rank} von {n} {places} mit Wert", "en": "rank {rank} of {n} {places} with a value"},
    "ranked_with_value": {"de": "{n} von {total} {places} mit Wert", "en": "{n} of {total} {places} with a value"},
    "rank_places_gemeinde": {"de": "Gemeinden", "en": "municipalities"},
    "rank_places_kreis": {"de": "Kreisen", "en": "districts"},
    "rank_place_gemeinde": {"de": "Gemeinde", "en": "municipality"},
    "rank_place_kreis": {"de": "Kreis", "en": "district"},
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
    "zone_table": {"de": "Die Zonen im Vergleich", "en": "The zones compared"},
    "projects_count": {"de": "Projekte (Sitz der Koordination)", "en": "projects (seat of coordination)"},
    "projects_share": {"de": "Anteil an den Projekten", "en": "share of projects"},
    "population_share": {"de": "Anteil an den Einwohnern", "en": "share of inhabitants"},
    "total": {"de": "zusammen", "en": "total"},
    "bivariate_title": {
        "de": "Bedarf und Projekte: {need} × Projektbeteiligungen je 100.000 Einwohner",
        "en": "Need and projects: {need} × project involvements per 100,000 inhabitants",
    },
    "bivariate_need": {"de": "Bedarf ↑", "en": "need ↑"},
    "bivariate_projects": {"de": "Projekte →", "en": "projects →"},
    "bivariate_project_classes": {"de": "keine · wenige · viele", "en": "none · few · many"},
    "bivariate_need_thirds": {"de": "gering · mittel · hoch", "en": "low · middle · high"},
    "bivariate_need_word": {"de": "Bedarf", "en": "need"},
    "bivariate_projects_word": {"de": "Projekte", "en": "projects"},
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
    "gap_withheld": {
        "de": "Kein Abstand für {year} genannt: {short}.",
        "en": "No gap stated for {year}: {short}.",
    },
    "zone_too_few": {
        "de": "{zone} hat nur für {known} von {units} Einheiten einen Wert",
        "en": "{zone} has a value for only {known} of {units} units",
    },
    "zone_known_of": {"de": "{zone} {known} von {units}", "en": "{zone} {known} of {units}"},
    "and": {"de": " und ", "en": " and "},
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
    "trend_none": {
        "de": "Für eine Entwicklung braucht es mindestens zwei Jahre mit Abstand.",
        "en": "A trend needs at least two years with a gap.",
    },
    "trend_thin_years": {
        "de": "Ohne Abstand, weil eine Vergleichszone für weniger als die Hälfte ihrer Einheiten einen Wert hat: {years}.",
        "en": "Left out of the gap, because a zone compared has a value for fewer than half its units: {years}.",
    },
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
    "moran_random": {
        "de": "Kein räumliches Muster über den Zufall hinaus (p ≥ 0,05).",
        "en": "No spatial pattern beyond chance (p ≥ 0.05).",
    },
    "moran_none": {
        "de": "Zu wenige Einheiten mit Wert für Moran's I (mindestens 8).",
        "en": "Too few units with a value for Moran's I (at least 8).",
    },
    "cluster_high_high": {"de": "hoch, Nachbarn hoch", "en": "high, high neighbours"},
    "cluster_low_low": {"de": "niedrig, Nachbarn niedrig", "en": "low, low neighbours"},
    "cluster_high_low": {"de": "hoch, Nachbarn niedrig", "en": "high, low neighbours"},
    "cluster_low_high": {"de": "niedrig, Nachbarn hoch", "en": "low, high neighbours"},
    "cluster_not_significant": {"de": "kein signifikanter Cluster", "en": "no significant cluster"},
    "method_zones": {
        "de": "Methode: Mittel (Raute) und Median je Zone sind nach Einwohnern gewichtet ({weight}); jeder Punkt ist eine Einheit ({year}), der Kasten zeigt deren ungewichtete Quartile. Abstand = Mittel {a} − Mittel {b}. Ein Abstand wird nur genannt, wenn jede der beiden Vergleichszonen für mindestens die Hälfte ihrer Einheiten einen Wert hat; sonst steht dort, welche Werte fehlen.",
        "en": "Method: zone means (diamond) and medians are weighted by population ({weight}); every dot is one unit ({year}), the box shows their unweighted quartiles. Gap = mean {a} − mean {b}. A gap is stated only when each of the two zones compared has a value for at least half its units; otherwise the text says what is missing.",
    },
    "method_trend": {
        "de": "Methode: für jedes Jahr des Indikators die nach Einwohnern gewichteten Zonenmittel; Zonen und Einheiten bleiben über die Jahre gleich. Jahre {first}–{last}. Ein Jahr zählt für den Abstand und seine Entwicklung nur, wenn jede der beiden Vergleichszonen in diesem Jahr für mindestens die Hälfte ihrer Einheiten einen Wert hat.",
        "en": "Method: for every year of the indicator the population-weighted zone means; zones and units stay the same across years. Years {first}–{last}. A year counts for the gap and its trend only when each of the two zones compared has a value for at least half its units in that year.",
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
    # presentation mode
    "present_start": {"de": "Präsentieren", "en": "Present"},
    "present_start_title": {
        "de": "Geführte Präsentation im Vollbild, mit Pfeiltasten steuerbar",
        "en": "Guided full-screen presentation, arrow keys step through",
    },
    "present_counter": {"de": "Schritt {step} von {steps}", "en": "Step {step} of {steps}"},
    "present_prev": {"de": "‹ Zurück", "en": "‹ Back"},
    "present_next": {"de": "Weiter ›", "en": "Next ›"},
    "present_dot": {"de": "Schritt {step}", "en": "Step {step}"},
    "present_reset": {"de": "Zurück zur Geschichte", "en": "Back to the story"},
    "present_exit": {"de": "Frei erkunden", "en": "Explore freely"},
    "present_fullscreen": {"de": "Vollbild", "en": "Full screen"},
    "present_adapt": {"de": "Ansicht anpassen", "en": "Adapt the view"},
    "present_adapted": {
        "de": "Die Ansicht weicht von diesem Schritt ab; die Erläuterung gilt für die Ansicht der Geschichte.",
        "en": "The view differs from this step; the caption belongs to the story's view.",
    },
    "present_keys": {"de": "Pfeiltasten, Leertaste oder Bild-Tasten blättern.", "en": "Arrow keys, space or page keys step through."},
    "caption_above": {"de": "über", "en": "above"},
    "caption_below": {"de": "unter", "en": "below"},
    "caption_widened": {"de": "gewachsen", "en": "widened"},
    "caption_narrowed": {"de": "geschrumpft", "en": "narrowed"},
    "caption_stable": {"de": "etwa gleich geblieben", "en": "stayed about the same"},
    "caption_reversed": {"de": "umgeschlagen", "en": "reversed"},
    # export and sharing
    "share_title": {"de": "Teilen und exportieren", "en": "Share and export"},
    "export_what": {"de": "Was?", "en": "What?"},
    "export_map": {"de": "Karte", "en": "Map"},
    "export_ranking": {"de": "Rangfolge", "en": "Ranking"},
    "export_comparison": {"de": "Vergleich: {tab}", "en": "Comparison: {tab}"},
    "export_png": {"de": "PNG (Druckqualität)", "en": "PNG (print quality)"},
    "export_svg": {"de": "SVG", "en": "SVG"},
    "export_csv": {"de": "CSV", "en": "CSV"},
    "export_csv_de": {"de": "CSV für Excel (deutsch: ; und Komma)", "en": "CSV for German Excel (; and comma)"},
    "export_geojson": {"de": "GeoJSON (Karte mit Werten)", "en": "GeoJSON (map with values)"},
    "export_working": {"de": "Export wird erstellt …", "en": "Preparing the export …"},
    "export_done": {"de": "{name} erstellt.", "en": "{name} is ready."},
    "export_failed": {
        "de": "Der Bildexport ist auf diesem Server nicht möglich (Chromium fehlt). CSV und GeoJSON funktionieren.",
        "en": "Image export is not available on this server (Chromium is missing). CSV and GeoJSON work.",
    },
    "export_geojson_map_only": {
        "de": "GeoJSON gibt es nur für die Karte (oben „Karte“ wählen).",
        "en": "GeoJSON is only available for the map (choose “Map” above).",
    },
    "alt_text": {"de": "Bildbeschreibung (Alternativtext)", "en": "Image description (alt text)"},
    "permalink": {"de": "Link zu dieser Ansicht", "en": "Link to this view"},
    "embed": {"de": "Einbetten (iframe)", "en": "Embed (iframe)"},
    "embed_code": {"de": "HTML-Code für die eigene Seite", "en": "HTML code for your own page"},
    "copy": {"de": "Kopieren", "en": "Copy"},
    "embed_full_view": {"de": "Vollständige Ansicht im Ruhr-Disparitätenatlas", "en": "Full view in the Ruhr disparity atlas"},
    "export_metadata_title": {"de": "Export des Ruhr-Disparitätenatlas", "en": "Export from the Ruhr disparity atlas"},
    "export_unit": {"de": "Einheit", "en": "Unit"},
    "export_definition": {"de": "Definition", "en": "Definition"},
    "export_boundaries": {"de": "Grenzen", "en": "Boundaries"},
    "export_permalink": {"de": "Ansicht (URL-Parameter)", "en": "View (URL parameters)"},
    "alt_kind_map": {"de": "Karte", "en": "Map"},
    "alt_kind_ranking": {"de": "Balkendiagramm (Rangfolge)", "en": "Bar chart (ranking)"},
    "alt_kind_zones": {"de": "Streudiagramm nach Zonen", "en": "Strip chart by zone"},
    "alt_kind_trend": {"de": "Liniendiagramm der Zonenmittel", "en": "Line chart of the zone means"},
    "alt_kind_inequality": {"de": "Diagramm der Ungleichheitsmaße", "en": "Chart of the inequality measures"},
    "alt_kind_scatter": {"de": "Streudiagramm zweier Indikatoren", "en": "Scatter plot of two indicators"},
    "alt_kind_spatial": {"de": "Karte der lokalen Cluster", "en": "Map of local clusters"},
    "alt_kind_projects": {"de": "Karte Bedarf und Projekte", "en": "Map of need and projects"},
    "alt_shown": {
        "de": "{kind}: {indicator} in {unit}, {year}, {units}.",
        "en": "{kind}: {indicator} in {unit}, {year}, {units}.",
    },
    "alt_extremes": {
        "de": "Höchster Wert: {high} ({high_value} {unit}); niedrigster: {low} ({low_value} {unit}).",
        "en": "Highest value: {high} ({high_value} {unit}); lowest: {low} ({low_value} {unit}).",
    },
    "alt_mean": {"de": "Ruhr-Mittel: {value} {unit}.", "en": "Ruhr mean: {value} {unit}."},
    "alt_missing": {"de": "{n} ohne Daten.", "en": "{n} without data."},
    # profile
    "profile_hint": {
        "de": "Klicken Sie auf eine Gemeinde oder suchen Sie einen Ort, um sein Profil zu sehen.",
        "en": "Click a municipality or find a place to see its profile.",
    },
    "profile_close": {"de": "Profil schließen", "en": "Close profile"},
    "profile_kreis": {"de": "Kreis: {kreis}", "en": "District: {kreis}"},
    "profile_kreisfrei": {"de": "kreisfreie Stadt", "en": "district-free city"},
    "profile_value": {"de": "Wert", "en": "Value"},
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
    "data_as_of": {"de": "Stand {date}", "en": "as of {date}"},
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
    "notice_more": {
        "de": "… und {count} weitere ungültige Angaben im Link; sie werden ignoriert.",
        "en": "… and {count} more invalid parts of the link; they are ignored.",
    },
    "notice_link_too_long": {
        "de": "Der Link ist mit {length} Zeichen zu lang (höchstens {limit}); es gilt die Voreinstellung.",
        "en": "The link is too long ({length} characters, at most {limit}); the default view applies.",
    },
    "notice_second_switched": {
        "de": "„{indicator}“ gibt es nicht für {level}; das Streudiagramm zeigt den voreingestellten zweiten Indikator.",
        "en": "“{indicator}” has no data for {level}; the scatter shows the default second indicator.",
    },
    "valid_group": {
        "de": "eine Liste von AGS der RVR-Einheiten, durch Kommas getrennt",
        "en": "a comma-separated list of AGS of RVR units",
    },
    "valid_indicator": {"de": "eine Indikator-ID aus dem Katalog", "en": "an indicator id from the catalog"},
    "valid_year": {"de": "eine vierstellige Jahreszahl", "en": "a four-digit year"},
    "valid_place": {
        "de": "der AGS einer RVR-Gemeinde (8 Ziffern) oder eines Kreises (5 Ziffern)",
        "en": "the AGS of an RVR municipality (8 digits) or district (5 digits)",
    },
    # bring-your-own data
    "upload_heading": {"de": "Eigene Daten auf der Karte", "en": "Your own data on the map"},
    "upload_drop": {"de": "CSV-Datei hierher ziehen oder ", "en": "Drop a CSV file here or "},
    "upload_choose": {"de": "Datei wählen", "en": "choose a file"},
    "upload_format": {
        "de": "Eine Zeile je Gemeinde (AGS, 8 Ziffern) oder je Kreis (5 Ziffern): Spalte „ags“, optional „name“, "
        "und eine Wertespalte, deren Überschrift die Legende wird. Trennzeichen ; , oder Tab; Dezimalkomma oder -punkt; "
        "leer, „.“ oder „x“ = kein Wert, „-“ = null (amtliche Zeichen). Höchstens 1 MB. Zeilen außerhalb des Ruhrgebiets werden übersprungen.",
        "en": "One row per municipality (AGS, 8 digits) or per district (5 digits): a column “ags”, optionally “name”, "
        "and one value column whose header becomes the legend. Separator ; , or tab; decimal comma or point; "
        "empty, “.” or “x” = no value, “-” = zero (official symbols). At most 1 MB. Rows outside the Ruhr are skipped.",
    },
    "upload_privacy": {
        "de": "Die Datei wird nur gelesen, nicht gespeichert: Die Werte bleiben in diesem Browserfenster und verschwinden, wenn es geschlossen wird.",
        "en": "The file is read, never stored: the values stay in this browser window and are gone when it is closed.",
    },
    "upload_taken": {
        "de": "„{label}“ aus {filename}, {level}; Werte: {count} ({encoding}, Dezimal{decimal}).",
        "en": "“{label}” from {filename}, {level}; values: {count} ({encoding}, decimal {decimal}).",
    },
    "upload_decimal_,": {"de": "komma", "en": "comma"},
    "upload_decimal_.": {"de": "punkt", "en": "point"},
    "upload_outside": {"de": "Zeilen außerhalb des Ruhrgebiets übersprungen: {count}.", "en": "Rows outside the Ruhr skipped: {count}."},
    "upload_refused": {
        "de": "{filename} wurde nicht übernommen (Probleme: {count}); die Karte zeigt weiter, was sie zeigte.",
        "en": "{filename} was not taken (problems: {count}); the map keeps what it showed.",
    },
    "upload_more_problems": {"de": "… und {count} weitere.", "en": "… and {count} more."},
    "upload_removed": {"de": "Eigene Daten entfernt.", "en": "Your data were removed."},
    "upload_show": {"de": "auf der Karte zeigen", "en": "show on the map"},
    "upload_remove": {"de": "Entfernen", "en": "Remove"},
    "upload_classification": {"de": "Klassen", "en": "Classes"},
    "upload_legend_note": {
        "de": "Eigene Daten aus {filename}, nicht geprüft; nur in diesem Browserfenster.",
        "en": "Your own data from {filename}, not checked by the atlas; only in this browser window.",
    },
    "upload_where_line": {"de": "Zeile {line}", "en": "line {line}"},
    "upload_where_column": {"de": "Spalte „{column}“", "en": "column “{column}”"},
    "upload_error_too_large": {"de": "Die Datei ist größer als {limit} KB.", "en": "The file is larger than {limit} KB."},
    "upload_error_spreadsheet": {
        "de": "Das ist eine Excel-Arbeitsmappe; bitte als CSV speichern („CSV UTF-8“ oder „CSV (Trennzeichen-getrennt)“).",
        "en": "This is an Excel workbook; please save it as CSV (“CSV UTF-8” or “CSV (comma delimited)”).",
    },
    "upload_error_not_text": {"de": "Das ist keine Textdatei.", "en": "This is not a text file."},
    "upload_error_empty": {"de": "Die Datei ist leer.", "en": "The file is empty."},
    "upload_error_too_many_rows": {"de": "Mehr als {limit} Zeilen.", "en": "More than {limit} rows."},
    "upload_error_malformed": {
        "de": "Die CSV-Struktur ist beschädigt (z. B. ein nicht geschlossenes Anführungszeichen).",
        "en": "The CSV structure is broken (e.g. a quote that is never closed).",
    },
    "upload_error_one_column": {
        "de": "Die Kopfzeile hat nur eine Spalte; erwartet sind „ags“ und eine Wertespalte, getrennt durch ; , oder Tab.",
        "en": "The header has one column only; expected are “ags” and a value column, separated by ; , or tab.",
    },
    "upload_error_code_column": {
        "de": "Genau eine Spalte muss „ags“ heißen (gefunden: {found}).",
        "en": "Exactly one column must be called “ags” (found: {found}).",
    },
    "upload_error_value_column": {
        "de": "Genau eine Wertespalte neben „ags“ und „name“ ist erlaubt (gefunden: {found}).",
        "en": "Exactly one value column besides “ags” and “name” is allowed (found: {found}).",
    },
    "upload_error_value_label": {
        "de": "Die Wertespalte braucht eine Überschrift; sie wird die Legende.",
        "en": "The value column needs a header; it becomes the legend.",
    },
    "upload_error_field_count": {"de": "{found} Felder statt {expected}.", "en": "{found} fields instead of {expected}."},
    "upload_error_code": {
        "de": "„{text}“ ist kein AGS (8 Ziffern für eine Gemeinde, 5 für einen Kreis).",
        "en": "“{text}” is not an AGS (8 digits for a municipality, 5 for a district).",
    },
    "upload_error_ambiguous_dots": {
        "de": "„{text}“: Punkte als Tausendertrennzeichen oder als Dezimalzeichen? Bitte Dezimalzahlen mit Komma schreiben "
        "und Tausender ohne Trennzeichen (260654).",
        "en": "“{text}”: are the dots thousands separators or decimal points? Please write decimals with a comma "
        "and thousands without separators (260654).",
    },
    "upload_error_number": {"de": "„{text}“ ist keine Zahl.", "en": "“{text}” is not a number."},
    "upload_error_duplicate": {"de": "AGS {ags} steht schon in Zeile {first}.", "en": "AGS {ags} already appears in line {first}."},
    "upload_error_mixed_levels": {
        "de": "Gemeinden ({gemeinden} Zeilen) und Kreise ({kreise} Zeilen) gemischt; bitte eine Ebene je Datei.",
        "en": "Municipalities ({gemeinden} rows) and districts ({kreise} rows) mixed; one level per file, please.",
    },
    "upload_error_no_ruhr_rows": {
        "de": "Keine der {rows} Zeilen nennt eine Gemeinde oder einen Kreis des Ruhrgebiets.",
        "en": "None of the {rows} rows names a municipality or district of the Ruhr.",
    },
    "upload_error_no_values": {
        "de": "Die Datei enthält für das Ruhrgebiet keinen einzigen Wert.",
        "en": "The file holds not a single value for the Ruhr.",
    },
    "error_body": {
        "de": "Diese Ansicht konnte nicht erstellt werden. Die Voreinstellung ist wiederhergestellt.",
        "en": "This view could not be built. The default view has been restored.",
    },
}


def t(key: str, lang: str, **values) -> str:
    """The string ``key`` in ``lang`` with ``values`` filled in."""
    text = STRINGS[key][lang]
    return text.format(**values) if values else text
