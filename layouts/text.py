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
        "de": "Armut, Arbeit und Schulwege in 53 Gemeinden, Schulabschlüsse und Wirtschaftsstruktur in 15 Kreisen",
        "en": "Poverty, work and school access in 53 municipalities; school results and economic structure in 15 Kreise",
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
    "view_table": {"de": "Tabelle", "en": "Table"},
    "skip_to_map": {"de": "Zur Karte springen", "en": "Skip to the map"},
    "skip_to_comparison": {"de": "Zum Vergleich von Nord und Süd springen", "en": "Skip to the north–south comparison"},
    "skip_to_table": {"de": "Tabelle statt Karte", "en": "Table instead of the map"},
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
    "theme_education": {"de": "Bildung & Schulwege", "en": "Education & school access"},
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
    "play_group": {"de": "Jahre abspielen", "en": "Play the years"},
    "play_start": {"de": "Abspielen", "en": "Play"},
    "play_pause": {"de": "Anhalten", "en": "Pause"},
    "play_back": {"de": "Ein Jahr zurück", "en": "One year back"},
    "play_forward": {"de": "Ein Jahr weiter", "en": "One year forward"},
    "play_speed": {"de": "Tempo", "en": "Speed"},
    "play_speed_slow": {"de": "langsam", "en": "slow"},
    "play_speed_normal": {"de": "mittel", "en": "medium"},
    "play_speed_fast": {"de": "schnell", "en": "fast"},
    "play_note": {
        "de": "Beim Abspielen bleiben die Klassen fest: Grenzen aus allen Jahren. Angehalten zeigt die Karte das Jahr "
        "mit den gewählten Klassen.",
        "en": "While playing, the classes stay fixed: breaks from all years. When paused, the map shows the year with the classes chosen.",
    },
    "play_reduced_motion": {
        "de": "Ihr Gerät wünscht weniger Bewegung: Jedes Jahr bleibt mindestens {seconds} Sekunden stehen, ohne Übergang.",
        "en": "Your device asks for less motion: each year stays at least {seconds} seconds, without transitions.",
    },
    "play_break_publication": {"de": "neue Quelle ab {year}", "en": "new source from {year}"},
    "play_break_definition": {"de": "neue Abgrenzung ab {year}", "en": "new definition from {year}"},
    "play_break": {
        "de": "Bruch in der Reihe: {changes}. Nicht vergleichbar mit {years}.",
        "en": "Break in the series: {changes}. Not comparable with {years}.",
    },
    "play_started": {"de": "Wiedergabe ab {year}", "en": "Playing from {year}"},
    "play_stopped": {"de": "Angehalten bei {year}", "en": "Paused at {year}"},
    "play_comparison_zones": {
        "de": "Wiedergabe {year}: Punkte und Zonenmittel; Bezugslinien, Tabelle und Text folgen beim Anhalten.",
        "en": "Playing {year}: dots and zone means; reference lines, table and text follow when paused.",
    },
    "play_comparison_other": {
        "de": "Dieser Vergleich zeigt weiter das Jahr vor der Wiedergabe; er folgt beim Anhalten.",
        "en": "This comparison still shows the year before playing; it follows when paused.",
    },
    "fixed_breaks": {"de": "Klassengrenzen über alle Jahre gleich halten", "en": "Hold class breaks fixed across years"},
    "fixed_breaks_deviation": {
        "de": "Bei der Abweichung vom Ruhr-Mittel gelten die Grenzen je Jahr (Mittel des Jahres).",
        "en": "Deviation classes are per year (that year's mean).",
    },
    "show_labels": {"de": "Namen zeigen", "en": "Show names"},
    "show_basemap": {"de": "Online-Hintergrundkarte (OpenStreetMap)", "en": "Online base map (OpenStreetMap)"},
    # the words a dropdown writes itself (layouts/dropdown.py); {num_selected} is filled in by Dash
    "dropdown_select_all": {"de": "Alle wählen", "en": "Select all"},
    "dropdown_deselect_all": {"de": "Keine wählen", "en": "Deselect all"},
    "dropdown_selected_count": {"de": "{num_selected} gewählt", "en": "{num_selected} selected"},
    "dropdown_search": {"de": "Suchen", "en": "Search"},
    "dropdown_clear_search": {"de": "Suche leeren", "en": "Clear search"},
    "dropdown_clear_selection": {"de": "Auswahl leeren", "en": "Clear selection"},
    "dropdown_no_options_found": {"de": "Nichts gefunden", "en": "No options found"},
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
    "flag_implausible_zero": {"de": "kein Wert: unmögliche 0 in der Quelle", "en": "no value: impossible 0 in the source"},
    "flag_implausible_jump": {"de": "kein Wert: unplausibler Sprung in der Quelle", "en": "no value: implausible jump in the source"},
    "flag_implausible_input": {"de": "kein Wert: aus unplausibler Zahl berechnet", "en": "no value: computed from an implausible figure"},
    "ranking_withheld": {"de": "{name} (unplausibel, zurückgehalten)", "en": "{name} (implausible, held back)"},
    "ruhr_withheld": {
        "de": "Kein Ruhr-Wert für {year}: er entsteht nur aus allen Einheiten, und {places} hat keinen – {reason}.",
        "en": "No Ruhr value for {year}: it is formed only from all units, and {places} has none – {reason}.",
    },
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
    # the table instead of the map, and the numbers under each chart
    "table_caption": {"de": "Tabelle statt Karte: {title}.", "en": "Table instead of the map: {title}."},
    "table_unit": {"de": "Einheit: {unit}.", "en": "Unit: {unit}."},
    "table_place": {"de": "Ort", "en": "Place"},
    "table_value": {"de": "Wert", "en": "Value"},
    "table_unit_column": {"de": "Einheit", "en": "Unit"},
    "table_rank": {"de": "Rang", "en": "Rank"},
    "table_class": {"de": "Klasse", "en": "Class"},
    "table_sort": {"de": "Nach „{column}“ sortieren", "en": "Sort by “{column}”"},
    "table_sort_help": {
        "de": "Die Knöpfe in der Kopfzeile sortieren die Tabelle; ein zweiter Druck kehrt die Reihenfolge um. Orte ohne Wert stehen am Ende.",
        "en": "The buttons in the header row sort the table; pressing one again reverses the order. Places without a value come last.",
    },
    "table_waiting": {"de": "Die Tabelle wird erstellt …", "en": "Preparing the table …"},
    "numbers_table": {"de": "Zahlen als Tabelle", "en": "Numbers as a table"},
    "numbers_zones": {
        "de": "Die Punkte des Diagramms: jede Einheit mit ihrer Zone, {year}",
        "en": "The chart's dots: every unit with its zone, {year}",
    },
    "numbers_trend": {"de": "Zonenmittel und Abstand je Jahr", "en": "Zone means and the gap per year"},
    "numbers_inequality": {"de": "Ungleichheitsmaße je Jahr", "en": "Inequality measures per year"},
    "numbers_scatter": {
        "de": "Die Punkte des Diagramms: jede Einheit mit beiden Werten",
        "en": "The chart's dots: every unit with both values",
    },
    "numbers_spatial_lisa": {
        "de": "Die Karte der lokalen Cluster: jede Einheit, {year}",
        "en": "The map of local clusters: every unit, {year}",
    },
    "numbers_spatial_bivariate": {
        "de": "Die Karte der bivariaten Cluster: jede Einheit, {year}",
        "en": "The map of bivariate clusters: every unit, {year}",
    },
    "numbers_spatial_hotspots": {
        "de": "Die Karte der Hot und Cold Spots (Gi*): jede Einheit, {year}",
        "en": "The map of hot and cold spots (Gi*): every unit, {year}",
    },
    "numbers_class_lisa": {"de": "Lokaler Cluster", "en": "Local cluster"},
    "numbers_class_bivariate": {"de": "Bivariater Cluster", "en": "Bivariate cluster"},
    "numbers_class_hotspots": {"de": "Hot oder Cold Spot", "en": "Hot or cold spot"},
    "numbers_p_value": {"de": "p-Wert", "en": "p-value"},  # the method note under the table says they come from permutations
    "numbers_z_value": {"de": "z-Wert (Gi*)", "en": "z-value (Gi*)"},
    "numbers_projects": {"de": "Die Karte Bedarf und Projekte: jede Einheit", "en": "The map of need and projects: every unit"},
    "numbers_need_class": {"de": "Klasse (Bedarf, Projekte)", "en": "Class (need, projects)"},
    "numbers_density": {
        "de": "Projektbeteiligungen je 100.000 Einwohner ({year})",
        "en": "Project involvements per 100,000 inhabitants ({year})",
    },
    "numbers_year": {"de": "Jahr", "en": "Year"},
    "numbers_mean": {"de": "Mittel {zone}", "en": "mean {zone}"},
    "numbers_with_unit": {"de": "{label} ({unit})", "en": "{label} ({unit})"},
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
    "zone_units_of": {"de": "{n} von {total}", "en": "{n} of {total}"},
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
    "trend_segment": {
        "de": "Die Reihe bricht {breaks}. Die Entwicklung ist nur innerhalb eines vergleichbaren Abschnitts berechnet: {first}–{last}.",
        "en": "The series breaks in {breaks}. The trend is computed only within one comparable segment: {first}–{last}.",
    },
    "trend_segment_single": {
        "de": "Die Reihe bricht {breaks}. Das gezeigte Jahr {first} steht allein in seinem vergleichbaren Abschnitt; über einen Bruch hinweg wird keine Entwicklung berechnet.",
        "en": "The series breaks in {breaks}. The year shown, {first}, stands alone in its comparable segment; no trend is computed across a break.",
    },
    "break_publication": {"de": "Bruch: neue Quelle", "en": "Break: new source"},
    "break_definition": {"de": "Bruch: neue Abgrenzung", "en": "Break: new definition"},
    "break_short": {"de": "Bruch", "en": "Break"},
    "break_in_year": {"de": "{label} ab {year}: {note}", "en": "{label} from {year}: {note}"},
    "break_in_years": {"de": "{label} in den Jahren {years}: {note}", "en": "{label} in {years}: {note}"},
    "numbers_break": {"de": "Reihenbruch", "en": "Series break"},
    "profile_withheld": {"de": "{year}: {reason}", "en": "{year}: {reason}"},
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
    "cluster_hot_spot": {"de": "Hot Spot: mit den Nachbarn zusammen hoch", "en": "hot spot: high together with its neighbours"},
    "cluster_cold_spot": {"de": "Cold Spot: mit den Nachbarn zusammen niedrig", "en": "cold spot: low together with its neighbours"},
    "bivariate_high_high": {
        "de": "hoch hier, Nachbarn hoch beim zweiten Indikator",
        "en": "high here, high neighbours on the other indicator",
    },
    "bivariate_low_low": {
        "de": "niedrig hier, Nachbarn niedrig beim zweiten Indikator",
        "en": "low here, low neighbours on the other indicator",
    },
    "bivariate_high_low": {
        "de": "hoch hier, Nachbarn niedrig beim zweiten Indikator",
        "en": "high here, low neighbours on the other indicator",
    },
    "bivariate_low_high": {
        "de": "niedrig hier, Nachbarn hoch beim zweiten Indikator",
        "en": "low here, high neighbours on the other indicator",
    },
    "bivariate_not_significant": {"de": "kein signifikanter Cluster", "en": "no significant cluster"},
    # the letters on the spatial tab's small map and in its legend (colour is not the only cue)
    "mark_high_high": {"de": "HH", "en": "HH"},
    "mark_low_low": {"de": "NN", "en": "LL"},
    "mark_high_low": {"de": "HN", "en": "HL"},
    "mark_low_high": {"de": "NH", "en": "LH"},
    "mark_hot_spot": {"de": "+", "en": "+"},
    "mark_cold_spot": {"de": "−", "en": "−"},
    "mark_not_significant": {"de": "", "en": ""},
    "spatial_statistic": {"de": "Lokale Statistik auf der Karte", "en": "Local statistic on the map"},
    "spatial_mode_lisa": {"de": "Lokale Cluster (LISA)", "en": "Local clusters (LISA)"},
    "spatial_mode_bivariate": {
        "de": "Bivariate Cluster: hier gegen den zweiten Indikator der Nachbarn",
        "en": "Bivariate clusters: here against the neighbours' second indicator",
    },
    "spatial_mode_hotspots": {"de": "Hot und Cold Spots (Getis–Ord Gi*)", "en": "Hot and cold spots (Getis–Ord Gi*)"},
    "spatial_second": {
        "de": "Zweiter Indikator (bei den Nachbarn; derselbe wie im Reiter Zwei Indikatoren)",
        "en": "Second indicator (in the neighbours; the same as in the two-indicators tab)",
    },
    "spatial_rhine": {
        "de": "Orte, die sich nur über den Rhein berühren, als Nachbarn zählen (Rheinberg–Voerde, Dinslaken–Rheinberg)",
        "en": "Count places that touch only across the Rhine as neighbours (Rheinberg–Voerde, Dinslaken–Rheinberg)",
    },
    "lisa_summary": {
        "de": "Lokale Cluster von {indicator} über {n} Einheiten: wo ein Ort und seine Nachbarn gemeinsam hoch oder niedrig liegen (oder ein Ort gegen seine Nachbarn absticht), mehr als der Zufall erwarten ließe (p < 0,05):",
        "en": "Local clusters of {indicator} over {n} units: where a place and its neighbours are high or low together (or a place stands out from its neighbours), more than chance would make them (p < 0.05):",
    },
    "bivariate_summary": {
        "de": "Bivariate Cluster über {n} Einheiten mit beiden Werten: {x} hier ({year}) gegen {y} bei den Nachbarn ({year2}). „Hoch hier, Nachbarn hoch beim zweiten Indikator“ heißt: dieser Ort hat einen hohen Wert von {x}, seine Nachbarorte haben im Mittel einen hohen Wert von {y}. Signifikant (p < 0,05):",
        "en": "Bivariate clusters over {n} units with both values: {x} here ({year}) against {y} in the neighbours ({year2}). “High here, high neighbours on the other indicator” means: this place has a high value of {x}, its neighbouring places have a high value of {y} on average. Significant (p < 0.05):",
    },
    "hotspots_summary": {
        "de": "Hot und Cold Spots von {indicator} über {n} Einheiten: wo ein Ort mit seinen Nachbarn zusammen deutlich höhere (Hot Spot) oder niedrigere Werte (Cold Spot) hat als die Region (p < 0,05):",
        "en": "Hot and cold spots of {indicator} over {n} units: where a place together with its neighbours has clearly higher (hot spot) or lower values (cold spot) than the region (p < 0.05):",
    },
    "hotspots_impossible": {
        "de": "Gi* braucht Werte ≥ 0 (Anzahlen, Quoten, Preise); dieser Indikator hat negative Werte. Die lokalen Cluster (LISA) zeigen sein Muster.",
        "en": "Gi* needs values ≥ 0 (counts, rates, prices); this indicator has negative values. The local clusters (LISA) show its pattern.",
    },
    "pattern_none": {"de": "Kein Ort ist signifikant.", "en": "No place is significant."},
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
    "method_spatial_lisa": {
        "de": "Methode: Nachbarschaft = gemeinsame Grenze oder Ecke (Queen), zeilenstandardisiert; globales Moran's I (esda, 999 Permutationen) und lokales Moran's I (LISA): Signifikanz aus {permutations} bedingten Permutationen mit festem Startwert, Cluster mit p < 0,05. Bei so vielen Permutationen blieben die Klassen aller Orte mit vier verschiedenen Startwerten dieselben (mit 999 wechselten bis zu 4 Orte).",
        "en": "Method: neighbours share a border or a corner (queen), row-standardised; global Moran's I (esda, 999 permutations) and local Moran's I (LISA): significance from {permutations} conditional permutations with a fixed seed, clusters with p < 0.05. With this many permutations every place kept its class under four different seeds (with 999, up to 4 places changed).",
    },
    "method_spatial_bivariate": {
        "de": "Methode: bivariates lokales Moran's I (esda): der Wert des Indikators hier (standardisiert) mal das Mittel des zweiten Indikators bei den Nachbarn (standardisiert; Queen, zeilenstandardisiert), über die Einheiten mit beiden Werten. Signifikanz aus {permutations} bedingten Permutationen mit festem Startwert, Cluster mit p < 0,05. Ein bivariater Cluster sagt nicht, dass das eine das andere verursacht.",
        "en": "Method: bivariate local Moran's I (esda): the indicator's value here (standardised) times the mean of the second indicator in the neighbours (standardised; queen, row-standardised), over the units with both values. Significance from {permutations} conditional permutations with a fixed seed, clusters with p < 0.05. A bivariate cluster does not say that one causes the other.",
    },
    "method_spatial_hotspots": {
        "de": "Methode: Getis–Ord Gi* (esda): der Anteil des Ortes und seiner Nachbarn (Queen, der Ort selbst eingeschlossen, zeilenstandardisiert) an der Summe aller Werte, als z-Wert. Signifikanz aus {permutations} bedingten Permutationen mit festem Startwert, Hot und Cold Spots mit p < 0,05. Weil Gi* den Ort mit seinen Nachbarn zusammen misst, kann ein Ort mit niedrigem Wert zwischen hohen Nachbarn ein Hot Spot sein (dann steht er in den lokalen Clustern als „niedrig, Nachbarn hoch“). Gi* braucht Werte ≥ 0.",
        "en": "Method: Getis–Ord Gi* (esda): the share of a place and its neighbours (queen, the place itself included, row-standardised) in the sum of all values, as a z-value. Significance from {permutations} conditional permutations with a fixed seed, hot and cold spots with p < 0.05. As Gi* measures a place together with its neighbours, a place with a low value among high neighbours can be a hot spot (the local clusters then show it as “low, high neighbours”). Gi* needs values ≥ 0.",
    },
    "method_spatial_rhine": {
        "de": "Rheinberg grenzt nur über den Rhein an Voerde und an Dinslaken (die Grenzen treffen sich in der Flussmitte, keine Brücke verbindet sie); beide Paare zählen hier als Nachbarn. Ohne sie rechnen: Häkchen oben entfernen.",
        "en": "Rheinberg touches Voerde and Dinslaken only across the Rhine (the boundaries meet mid-river, no bridge joins them); both pairs count as neighbours here. To compute without them, untick the box above.",
    },
    "method_spatial_no_rhine": {
        "de": "Ohne die zwei Nachbarschaften über den Rhein gerechnet (Rheinberg–Voerde, Dinslaken–Rheinberg); alle Zahlen dieses Reiters nutzen diese Nachbarschaft. Auf Kreisebene ändert das nichts.",
        "en": "Computed without the two neighbour pairs across the Rhine (Rheinberg–Voerde, Dinslaken–Rheinberg); every figure in this tab uses these neighbours. At the Kreis level this changes nothing.",
    },
    # the convergence tab (layouts/comparison/convergence.py)
    "tab_convergence": {"de": "Konvergenz", "en": "Convergence"},
    "conv_segment": {
        "de": "Alle Zahlen dieses Reiters gelten für {first}–{last}, eine Reihe ohne Bruch.",
        "en": "Every figure in this tab covers {first}–{last}, one series without a break.",
    },
    "conv_segment_moved": {
        "de": "Mit {year} beginnt eine neue Reihe, die erst dieses eine Jahr hat; gezeigt wird daher {first}–{last}.",
        "en": "{year} starts a new series that has only this one year so far, so the tab shows {first}–{last}.",
    },
    "conv_single_year": {
        "de": "Diese Reihe hat ohne Bruch nur das Jahr {year}; Konvergenz braucht mindestens zwei Jahre derselben Reihe.",
        "en": "Without a break this series has only the year {year}; convergence needs at least two years of one series.",
    },
    "conv_breaks": {
        "de": "Bruch in der Reihe, über den hinweg nichts verglichen wird: {breaks}",
        "en": "Break in the series, across which nothing is compared: {breaks}",
    },
    "conv_break": {"de": "ab {year}{place}: {note}", "en": "from {year}{place}: {note}"},
    "caption_change_grew": {"de": "gewachsen", "en": "grew"},
    "caption_change_shrank": {"de": "geschrumpft", "en": "shrank"},
    "caption_change_unchanged": {"de": "etwa gleich geblieben", "en": "stayed about the same"},
    "caption_change_reversed": {"de": "umgeschlagen (die Zonen haben die Plätze getauscht)", "en": "reversed (the zones swapped places)"},
    "caption_change_undefined": {"de": "nicht bestimmbar", "en": "cannot be measured"},
    "conv_verdict_agree": {
        "de": "{first_year}–{last_year}: Der Abstand {a} − {b} ist {change}, als Differenz ({first} → {last} {unit}) wie als Verhältnis ({first_ratio} → {last_ratio}).",
        "en": "{first_year}–{last_year}: the gap {a} − {b} {change}, both as a difference ({first} → {last} {unit}) and as a ratio ({first_ratio} → {last_ratio}).",
    },
    "conv_verdict_mixed": {
        "de": "{first_year}–{last_year}: Die Differenz {a} − {b} ist {absolute} ({first} → {last} {unit}), der relative Abstand aber {relative} (Verhältnis {first_ratio} → {last_ratio}). Ob der Abstand wächst, hängt also vom Maß ab; ein Urteil „wächst“ oder „schrumpft“ gibt es hier nicht.",
        "en": "{first_year}–{last_year}: the difference {a} − {b} {absolute} ({first} → {last} {unit}), but the relative gap {relative} (ratio {first_ratio} → {last_ratio}). Whether the gap grows depends on the measure, so there is no verdict of 'widening' or 'narrowing' here.",
    },
    "conv_verdict_absolute_only": {
        "de": "{first_year}–{last_year}: Die Differenz {a} − {b} ist {absolute} ({first} → {last} {unit}). Ein Verhältnis gibt es nicht, weil ein Zonenmittel null oder negativ ist; daher kein Urteil über den Abstand.",
        "en": "{first_year}–{last_year}: the difference {a} − {b} {absolute} ({first} → {last} {unit}). There is no ratio, because a zone mean is zero or negative, so no verdict on the gap.",
    },
    "conv_verdict_none": {
        "de": "Kein Urteil über den Abstand: in diesem Abschnitt gibt es weniger als zwei Jahre mit einem Abstand.",
        "en": "No verdict on the gap: this part of the series has fewer than two years with a gap.",
    },
    "conv_spread": {
        "de": "Streuung (σ-Konvergenz) {first_year}–{last_year}: Variationskoeffizient {cv_first} → {cv_last}, Gini {gini_first} → {gini_last}, Theil {theil_first} → {theil_last}.",
        "en": "Spread (σ-convergence) {first_year}–{last_year}: coefficient of variation {cv_first} → {cv_last}, Gini {gini_first} → {gini_last}, Theil {theil_first} → {theil_last}.",
    },
    "conv_spread_shrank": {
        "de": "Alle Maße sind gesunken: Die Orte liegen enger beisammen.",
        "en": "Every measure fell: the places lie closer together.",
    },
    "conv_spread_grew": {
        "de": "Alle Maße sind gestiegen: Die Orte liegen weiter auseinander.",
        "en": "Every measure rose: the places lie further apart.",
    },
    "conv_spread_unchanged": {
        "de": "Die Streuung ist etwa gleich geblieben (Änderung unter 5 %).",
        "en": "The spread stayed about the same (change below 5 %).",
    },
    "conv_spread_mixed": {"de": "Die Maße bewegen sich nicht in dieselbe Richtung.", "en": "The measures do not move the same way."},
    "conv_spread_undefined": {
        "de": "Bei Werten unter null messen diese Maße keine Streuung: Gini und Theil sind nicht definiert, der Variationskoeffizient verliert seinen Sinn.",
        "en": "With values below zero these measures describe no spread: Gini and Theil are not defined, the coefficient of variation loses its meaning.",
    },
    "conv_beta": {
        "de": "β-Konvergenz {first_year}–{last_year}: β = {slope} (Standardfehler {se}; 95-%-Intervall {low} bis {high}; {n} Einheiten, nach Einwohnern {first_year} gewichtet).",
        "en": "β-convergence {first_year}–{last_year}: β = {slope} (standard error {se}; 95 % interval {low} to {high}; {n} units, weighted by population in {first_year}).",
    },
    "conv_beta_reading": {
        "de": "Lesart: Ein Ort mit doppelt so hohem Ausgangswert veränderte sich im Mittel um {points} Prozentpunkte im Jahr {way}.",
        "en": "Read it as: a place starting at twice the value changed by {points} percentage points a year {way} on average.",
    },
    "conv_beta_slower": {"de": "langsamer (stieg langsamer oder sank schneller)", "en": "less (it rose more slowly or fell faster)"},
    "conv_beta_faster": {"de": "schneller (stieg schneller oder sank langsamer)", "en": "more (it rose faster or fell more slowly)"},
    "conv_beta_converging": {
        "de": "β ist negativ und das Intervall schließt null aus: Die Orte mit niedrigeren Ausgangswerten haben aufgeholt.",
        "en": "β is negative and its interval excludes zero: the places that started lower caught up.",
    },
    "conv_beta_diverging": {
        "de": "β ist positiv und das Intervall schließt null aus: Die Orte mit höheren Ausgangswerten haben sich weiter abgesetzt.",
        "en": "β is positive and its interval excludes zero: the places that started higher pulled further ahead.",
    },
    "conv_beta_unclear": {
        "de": "Das Intervall schließt null ein: Aus diesen Daten lässt sich weder ein Aufholen noch ein Auseinanderlaufen ablesen.",
        "en": "The interval includes zero: these data show neither catching up nor drifting apart with any confidence.",
    },
    "conv_beta_nonpositive": {
        "de": "β ist nicht definiert: {places} {verb} {first_year} oder {last_year} einen Wert von null oder darunter, und davon gibt es keinen Logarithmus. Ein Wachstum lässt sich so nicht vergleichen.",
        "en": "β is not defined: {places} {verb} a value of zero or below in {first_year} or {last_year}, which has no logarithm, so growth cannot be compared.",
    },
    "conv_has": {"de": "hat", "en": "has"},
    "conv_have": {"de": "haben", "en": "have"},
    "conv_beta_too_few": {
        "de": "β braucht mindestens drei Einheiten mit Werten in {first_year} und {last_year}; es sind {n}.",
        "en": "β needs at least three units with values in {first_year} and {last_year}; there are {n}.",
    },
    "conv_tau": {
        "de": "Rangfolge: Kendalls τ zwischen {first_year} und {last_year} beträgt {tau} ({n} Einheiten). Bei 1 stünden alle Orte in derselben Reihenfolge wie {first_year}, bei 0 hätte die Reihenfolge nichts mehr mit der von {first_year} zu tun.",
        "en": "Ranks: Kendall's τ between {first_year} and {last_year} is {tau} ({n} units). At 1 every place would stand in the order of {first_year}; at 0 the order would have nothing left of {first_year}'s.",
    },
    "conv_title_gap": {
        "de": "Abstand {a} − {b}<br>Balken (links): Differenz in {unit}<br>Linie (rechts): Verhältnis",
        "en": "Gap {a} − {b}<br>bars (left): difference in {unit}<br>line (right): ratio",
    },
    "conv_title_spread": {"de": "Streuung, {year} = 100", "en": "Spread, {year} = 100"},
    "conv_title_tau": {"de": "Kendalls τ zur Rangfolge von {year}", "en": "Kendall's τ to the order of {year}"},
    "conv_title_beta": {
        "de": "Wachstum je Jahr nach Ausgangswert (β)<br>waagrecht: Wert {year} (log. Skala), senkrecht: % je Jahr",
        "en": "Growth a year by starting value (β)<br>across: value in {year} (log scale), up: % a year",
    },
    "conv_difference": {"de": "Differenz", "en": "Difference"},
    "conv_ratio": {"de": "Verhältnis", "en": "Ratio"},
    "conv_growth": {"de": "% je Jahr", "en": "% a year"},
    "conv_fit": {"de": "gewichtete Gerade", "en": "weighted line"},
    "conv_units": {"de": "Einheiten", "en": "units"},
    "conv_population": {"de": "Einwohner {year}", "en": "population {year}"},
    "conv_what_gap": {"de": "Abstand", "en": "gap"},
    "conv_what_spread": {"de": "Streuung", "en": "spread"},
    "conv_what_tau": {"de": "Kendalls τ", "en": "Kendall's τ"},
    "conv_what_beta": {"de": "Orte der β-Schätzung", "en": "places of the β estimate"},
    "numbers_conv_gap": {"de": "Abstand {a} − {b} je Jahr, {first}–{last}", "en": "The gap {a} − {b} per year, {first}–{last}"},
    "numbers_conv_spread": {"de": "Streuung je Jahr, {first}–{last}", "en": "Spread per year, {first}–{last}"},
    "numbers_conv_tau": {"de": "Kendalls τ zur Rangfolge von {first}", "en": "Kendall's τ to the order of {first}"},
    "numbers_conv_beta": {"de": "Die Orte der β-Schätzung, {first}–{last}", "en": "The places of the β estimate, {first}–{last}"},
    "method_convergence": {
        "de": "Methode: nur Jahre einer Reihe ohne erklärten Bruch. Abstand: nach Einwohnern gewichtete Zonenmittel, Differenz und Verhältnis; „wächst“ oder „schrumpft“ nur, wenn beide sich in dieselbe Richtung um mehr als 5 % bewegen (das Verhältnis gemessen als |ln(a/b)|). Streuung: Variationskoeffizient, Gini und Theil T, gewichtet, im ersten Jahr = 100. β: jährliches Log-Wachstum (ln Endwert − ln Ausgangswert) / Jahre gegen ln Ausgangswert, kleinste Quadrate gewichtet mit den Einwohnern des ersten Jahres, Standardfehler der gewichteten Regression, Intervall aus der t-Verteilung. τ: Kendalls τ-b (PySAL giddy) über die Einheiten mit beiden Werten.",
        "en": "Method: only years of one series without a declared break. Gap: population-weighted zone means, difference and ratio; 'widening' or 'narrowing' only when both move the same way by more than 5 % (the ratio measured as |ln(a/b)|). Spread: coefficient of variation, Gini and Theil T, weighted, first year = 100. β: annual log growth (ln end − ln start) / years against ln start, least squares weighted by the first year's population, the weighted regression's standard error, interval from Student's t. τ: Kendall's τ-b (PySAL giddy) over the units with both values.",
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
    "caption_verdict_widening": {"de": "er wächst", "en": "it is widening"},
    "caption_verdict_narrowing": {"de": "er schrumpft", "en": "it is narrowing"},
    "caption_verdict_stable": {"de": "er bleibt etwa gleich", "en": "it is holding steady"},
    "caption_verdict_reversed": {"de": "die Zonen haben die Plätze getauscht", "en": "the zones have swapped places"},
    "caption_verdict_mixed": {"de": "ob er wächst, hängt vom Maß ab", "en": "whether it is widening depends on the measure"},
    "caption_verdict_absolute_only": {"de": "ohne Verhältnis gibt es kein Urteil", "en": "without a ratio there is no verdict"},
    # export and sharing
    "share_title": {"de": "Teilen und exportieren", "en": "Share and export"},
    "export_what": {"de": "Was?", "en": "What?"},
    "export_map": {"de": "Karte", "en": "Map"},
    "export_ranking": {"de": "Rangfolge", "en": "Ranking"},
    "export_table": {"de": "Tabelle", "en": "Table"},
    "export_comparison": {"de": "Vergleich: {tab}", "en": "Comparison: {tab}"},
    "export_regions": {"de": "Datengetriebene Zonen (Karte)", "en": "Data-driven zones (map)"},
    "export_multiples": {"de": "Kartenreihe (mehrere Jahre)", "en": "Small multiples (several years)"},
    "export_gif": {"de": "GIF: die Karte Jahr für Jahr", "en": "GIF: the map year by year"},
    "export_mp4": {"de": "MP4: die Karte Jahr für Jahr (Video)", "en": "MP4: the map year by year (video)"},
    "export_no_video": {
        "de": "Auf diesem Server ist kein Video-Encoder installiert.",
        "en": "No video encoder is installed on this server.",
    },
    "export_gif_note": {
        "de": "Die Animation hat ein Bild je Jahr des Indikators; sie wird auf dem Server erstellt und braucht einige Sekunden.",
        "en": "The animation has one frame per year of the indicator; the server makes it, which takes a few seconds.",
    },
    "series_title": {"de": "{indicator}, {first}–{last}", "en": "{indicator}, {first}–{last}"},
    "series_shared_classes": {
        "de": "Dieselben Klassen ({method}) für alle Jahre ({years}), in {unit}.",
        "en": "The same classes ({method}) for all years ({years}), in {unit}.",
    },
    "series_new_run_short": {"de": "neue Reihe", "en": "new series"},
    "series_break_note": {
        "de": "Reihenbruch ab {year}: {note}; Jahre davor und danach sind nicht vergleichbar.",
        "en": "Series break from {year}: {note}; years before and after do not compare.",
    },
    "series_new_run": {
        "de": "neue Reihe ab {year}, nicht vergleichbar mit früher",
        "en": "new series from {year}, not comparable with before",
    },
    "export_png": {"de": "PNG (Druckqualität)", "en": "PNG (print quality)"},
    "export_svg": {"de": "SVG", "en": "SVG"},
    "export_csv": {"de": "CSV", "en": "CSV"},
    "export_csv_de": {"de": "CSV für Excel (deutsch: ; und Komma)", "en": "CSV for German Excel (; and comma)"},
    "export_geojson": {"de": "GeoJSON (Karte mit Werten)", "en": "GeoJSON (map with values)"},
    "export_locator": {
        "de": "Lageplan in Kartenexporten (Ruhr in NRW und Deutschland)",
        "en": "Locator in map exports (the Ruhr in NRW and Germany)",
    },
    "locator_caption": {"de": "Ruhr (schwarz) in NRW (grau)<br>und Deutschland", "en": "Ruhr (black) in NRW (grey)<br>and Germany"},
    "export_busy": {
        "de": "Gerade erstellen sehr viele Menschen Bilder. Bitte in {seconds} Sekunden noch einmal versuchen; CSV und GeoJSON gehen sofort.",
        "en": "Very many people are exporting images right now. Please try again in {seconds} seconds; CSV and GeoJSON work at once.",
    },
    "preview_invalid": {
        "de": "Für diese Ansicht gibt es kein Vorschaubild, weil der Link Ungültiges enthält:",
        "en": "This view has no preview image because the link holds something invalid:",
    },
    "preview_busy": {
        "de": "Gerade werden sehr viele Bilder erstellt. Bitte in {seconds} Sekunden noch einmal versuchen.",
        "en": "Very many images are being made right now. Please try again in {seconds} seconds.",
    },
    "preview_unavailable": {
        "de": "Vorschaubilder sind auf diesem Server nicht möglich (Chromium fehlt).",
        "en": "Preview images are not available on this server (Chromium is missing).",
    },
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
    "alt_kind_multiples": {"de": "Kartenreihe (mehrere Jahre nebeneinander)", "en": "Small multiples (several years side by side)"},
    "alt_kind_ranking": {"de": "Balkendiagramm (Rangfolge)", "en": "Bar chart (ranking)"},
    "alt_kind_zones": {"de": "Streudiagramm nach Zonen", "en": "Strip chart by zone"},
    "alt_kind_trend": {"de": "Liniendiagramm der Zonenmittel", "en": "Line chart of the zone means"},
    "alt_kind_inequality": {"de": "Diagramm der Ungleichheitsmaße", "en": "Chart of the inequality measures"},
    "alt_kind_scatter": {"de": "Streudiagramm zweier Indikatoren", "en": "Scatter plot of two indicators"},
    "alt_kind_spatial": {"de": "Karte der lokalen Cluster", "en": "Map of local clusters"},
    "alt_kind_projects": {"de": "Karte Bedarf und Projekte", "en": "Map of need and projects"},
    "alt_kind_convergence": {
        "de": "Diagramme zu Abstand, Streuung, Rangfolge und β-Konvergenz",
        "en": "Charts of the gap, the spread, the ranks and β-convergence",
    },
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
    # similar places (layouts/similar_panel.py)
    "similar_title": {"de": "Ähnliche Orte", "en": "Similar places"},
    "similar_method": {
        "de": "Die {n} Gemeinden, die {place} auf diesen Indikatoren am ähnlichsten sind. {distance} Auf der Karte gestrichelt umrandet.",
        "en": "The {n} municipalities most similar to {place} on these indicators. {distance} Outlined with a dashed line on the map.",
    },
    "similar_export_method": {
        "de": "Die {n} Gemeinden, die {place} auf diesen Indikatoren am ähnlichsten sind, nummeriert vom ähnlichsten an. {distance}",
        "en": "The {n} municipalities most similar to {place} on these indicators, numbered from the most similar. {distance}",
    },
    "similar_distance_note": {
        "de": "Abstand: euklidische Distanz der z-Werte (jeder Indikator standardisiert über die {m} Gemeinden mit allen "
        "Werten); 0 = gleich, 1 = eine Standardabweichung Unterschied bei einem Indikator.",
        "en": "Distance: Euclidean distance of the z-scores (each indicator standardised across the {m} municipalities with "
        "every value); 0 = equal, 1 = one standard deviation apart on one indicator.",
    },
    "similar_export_item": {"de": "{n}: {place} (Abstand {distance})", "en": "{n}: {place} (distance {distance})"},
    "similar_others": {"de": "andere Gemeinden", "en": "other municipalities"},
    "similar_count": {"de": "verglichen auf {m} Indikatoren", "en": "compared on {m} indicators"},
    "export_similar": {"de": "Ähnliche Orte (Karte und Tabelle)", "en": "Similar places (map and table)"},
    "similar_indicators": {"de": "Indikatoren des Vergleichs", "en": "Indicators compared"},
    "similar_table": {"de": "Orte wie {place}", "en": "Places like {place}"},
    "similar_distance": {"de": "Abstand", "en": "Distance"},
    "similar_self": {"de": "{place} (gewählt)", "en": "{place} (chosen)"},
    "similar_years_common": {"de": "Alle Werte aus {year}.", "en": "All values from {year}."},
    "similar_years_own": {
        "de": "Die Indikatoren haben kein gemeinsames Jahr; jeder zeigt sein letztes Jahr (in der Spaltenüberschrift).",
        "en": "The indicators share no year; each shows its latest year (in the column header).",
    },
    "similar_left_out": {"de": "Nicht verglichen (fehlender Wert): {places}.", "en": "Not compared (a value is missing): {places}."},
    "similar_missing_one": {"de": "{place}: {indicator} {year} – {reason}", "en": "{place}: {indicator} {year} – {reason}"},
    "similar_no_value": {"de": "kein Wert", "en": "no value"},
    "similar_own_missing": {
        "de": "{place} fehlt ein Wert; ähnliche Orte werden nicht bestimmt.",
        "en": "{place} lacks a value; similar places are not determined.",
    },
    "similar_kreis": {
        "de": "Ähnliche Orte werden unter den 53 Gemeinden gesucht: wählen Sie eine Gemeinde.",
        "en": "Similar places are sought among the 53 municipalities: choose a municipality.",
    },
    "valid_indicator_set": {
        "de": "1 bis 8 Indikator-IDs mit Gemeindewerten, durch Kommas getrennt",
        "en": "1 to 8 indicator ids with municipality values, comma-separated",
    },
    # data-driven zones (layouts/comparison/regions.py)
    "regions_on": {"de": "Datengetriebene Zonen daneben zeigen", "en": "Show data-driven zones beside it"},
    "regions_title": {"de": "Datengetriebene Zonen", "en": "Data-driven zones"},
    "regions_indicators": {"de": "Indikatoren der Zonen", "en": "Indicators of the zones"},
    "regions_floor": {"de": "Mindestens Einwohner je Zone", "en": "Minimum inhabitants per zone"},
    "regions_method": {
        "de": "Max-p-Regionalisierung (PySAL spopt): so viele zusammenhängende Zonen benachbarter Gemeinden wie möglich, "
        "jede mit mindestens {floor} Einwohnern (Zensus 2022) und innen möglichst ähnlich auf den standardisierten "
        "Indikatoren ({years}). Nachbarn: gemeinsame Grenze oder Ecke (Queen), auch über den Rhein (Rheinberg–Voerde, "
        "Dinslaken–Rheinberg). Zufallszahlen mit festem Startwert: dasselbe Rezept ergibt dieselben Zonen.",
        "en": "Max-p regionalisation (PySAL spopt): as many contiguous zones of neighbouring municipalities as possible, "
        "each with at least {floor} inhabitants (Zensus 2022) and as alike inside as found on the standardised "
        "indicators ({years}). Neighbours share a border or a corner (queen), also across the Rhine (Rheinberg–Voerde, "
        "Dinslaken–Rheinberg). Random numbers with a fixed seed: the same recipe gives the same zones.",
    },
    "regions_summary": {
        "de": "Die Daten ziehen {p} Zonen. Übereinstimmung mit „{scheme}“: bereinigter Rand-Index {ari} "
        "(1 = gleiche Einteilung, um 0 = nicht mehr als zufällig).",
        "en": "The data draw {p} zones. Agreement with “{scheme}”: adjusted Rand index {ari} "
        "(1 = the same grouping, about 0 = no more than chance).",
    },
    "regions_theil_caption": {
        "de": "Anteil der Ungleichheit zwischen den Zonen (Theil T, bevölkerungsgewichtet)",
        "en": "Share of the inequality between the zones (Theil T, population-weighted)",
    },
    "regions_zone_caption": {
        "de": "Datengetriebene Zonen: Gemeinden und Einwohner",
        "en": "Data-driven zones: municipalities and inhabitants",
    },
    "regions_members": {"de": "Gemeinden", "en": "Municipalities"},
    "regions_population": {"de": "Einwohner (Zensus 2022)", "en": "Inhabitants (Zensus 2022)"},
    "regions_missing": {
        "de": "Keine Zonen: Zusammenhängende Zonen brauchen jede Gemeinde, aber es fehlen Werte: {places}.",
        "en": "No zones: contiguous zones need every municipality, but values are missing: {places}.",
    },
    # source lines
    "source": {"de": "Quelle", "en": "Source"},
    "sources": {"de": "Quellen", "en": "Sources"},
    "own_calculation_from": {"de": "eigene Berechnung nach", "en": "own calculation from"},
    "licence": {"de": "Lizenz", "en": "Licence"},
    "data_as_of": {"de": "Stand {date}", "en": "as of {date}"},
    "data_page_link": {"de": "Daten und Quellen", "en": "Data and sources"},
    "data_page_about": {
        "de": "Definition, Quellen jedes Jahres und Download zu „{label}“",
        "en": "Definition, the source of every year and downloads for “{label}”",
    },
    "export_version": {"de": "Datenversion", "en": "Data version"},
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
    "notice_version_unknown": {
        "de": "Der Link nennt die Datenversion „{version}“, die dieser Atlas nicht kennt; gezeigt werden die Daten der Version {current}.",
        "en": "The link names data version “{version}”, which this atlas does not know; it shows the data of version {current}.",
    },
    "notice_data_changed": {
        "de": "Die Daten haben sich geändert, seit dieser Link erstellt wurde (Version {version}); gezeigt wird die Ansicht mit den "
        "Daten der Version {current}. Für „{indicator}“ hat sich geändert:",
        "en": "The data have changed since this link was made (version {version}); the view is shown with the data of version "
        "{current}. For “{indicator}” this changed:",
    },
    "notice_change_unchanged": {
        "de": "nichts – seine Werte und seine Beschreibung sind gleich geblieben.",
        "en": "nothing – its values and its description are the same.",
    },
    "notice_change_new": {"de": "den Indikator gab es in jener Version noch nicht.", "en": "the indicator did not exist in that version."},
    "notice_change_values": {"de": "Werte wurden ergänzt oder berichtigt.", "en": "values were added or corrected."},
    "notice_change_metadata": {
        "de": "Beschreibung, Einheit oder Methode wurden überarbeitet.",
        "en": "its description, unit or method were revised.",
    },
    "notice_change_breaks": {
        "de": "Brüche in der Zeitreihe wurden neu erfasst oder geändert (siehe die Datenseite).",
        "en": "breaks in the series were recorded or revised (see the data page).",
    },
    "notice_change_years": {
        "de": "Jahre für {level}: jetzt {after} (vorher {before}).",
        "en": "years for {level}: now {after} (before: {before}).",
    },
    "notice_change_level_added": {"de": "neu für {level}: {after}.", "en": "new for {level}: {after}."},
    "notice_change_level_removed": {
        "de": "für {level} nicht mehr vorhanden (vorher {before}).",
        "en": "no longer given for {level} (before: {before}).",
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
    # change view (layouts/change_view.py)
    "change_show": {"de": "Veränderung zwischen zwei Jahren zeigen", "en": "Show the change between two years"},
    "change_one_year": {"de": "nur ein Jahr vorhanden", "en": "one year only"},
    "change_year_note": {
        "de": "Karte, Rangliste und Tabelle zeigen die Veränderung; der Vergleich rechts zeigt das gewählte Jahr.",
        "en": "Map, ranking and table show the change; the comparison on the right shows the chosen year.",
    },
    "change_from": {"de": "Veränderung von (Jahr)", "en": "Change from (year)"},
    "change_to": {"de": "bis (Jahr)", "en": "to (year)"},
    "change_title": {"de": "{indicator}: Veränderung {first}–{last}", "en": "{indicator}: change {first}–{last}"},
    "change_unit_points": {"de": "Prozentpunkte", "en": "percentage points"},
    "change_unit_percent": {"de": "% gegenüber {first}", "en": "% of the {first} value"},
    "change_kind_points": {
        "de": "Ein Anteil in Prozent: die Veränderung ist die Differenz in Prozentpunkten.",
        "en": "A share in per cent: the change is the difference in percentage points.",
    },
    "change_kind_percent": {
        "de": "Eine Anzahl oder ein Betrag: die Karte zeigt die Veränderung in Prozent des Werts von {first}.",
        "en": "A count or an amount: the map shows the change in per cent of the {first} value.",
    },
    "change_kind_absolute": {
        "de": "Ein Index oder eine Rate: die Veränderung ist die Differenz in {unit}; eine Veränderung in Prozent wäre nicht sinnvoll.",
        "en": "An index or a rate: the change is the difference in {unit}; a change in per cent would mean nothing.",
    },
    "change_no_change": {"de": "keine Veränderung ({zero})", "en": "no change ({zero})"},
    "change_middle": {
        "de": "Die Mitte der Farbskala heißt: keine Veränderung. Vorzeichen: + Anstieg, − Rückgang.",
        "en": "The middle of the colour scale means no change. Signs: + rise, − fall.",
    },
    "change_colours_higher_is_worse": {
        "de": "Rot: Anstieg (schlechter), Blau: Rückgang (besser).",
        "en": "Red: rise (worse), blue: fall (better).",
    },
    "change_colours_higher_is_better": {
        "de": "Blau: Anstieg (besser), Rot: Rückgang (schlechter).",
        "en": "Blue: rise (better), red: fall (worse).",
    },
    "change_colours_neutral": {"de": "Orange: Rückgang, Lila: Anstieg.", "en": "Orange: fall, purple: rise."},
    "change_ranks": {
        "de": "Ränge unter den {n} {places} mit Wert in beiden Jahren (1 = höchster Wert).",
        "en": "Ranks among the {n} {places} with a value in both years (1 = highest value).",
    },
    "change_ruhr": {"de": "Ruhr-Wert: {first} → {last}", "en": "Ruhr value: {first} → {last}"},
    "change_values": {"de": "{first}: {v1} → {last}: {v2} {unit}", "en": "{first}: {v1} → {last}: {v2} {unit}"},
    "change_rank": {"de": "Rang {r1} → {r2} ({moved})", "en": "rank {r1} → {r2} ({moved})"},
    "change_reason_missing_first": {"de": "keine Veränderung: kein Wert für {first}", "en": "no change: no value for {first}"},
    "change_reason_missing_last": {"de": "keine Veränderung: kein Wert für {last}", "en": "no change: no value for {last}"},
    "change_reason_zero_base": {
        "de": "keine Veränderung in Prozent: der Wert von {first} ist null",
        "en": "no change in per cent: the {first} value is zero",
    },
    "change_reason_break": {
        "de": "keine Veränderung: Reihenbruch zwischen {first} und {last}",
        "en": "no change: series break between {first} and {last}",
    },
    "change_blocked": {
        "de": "Zwischen {first} und {last} ist die Reihe nicht vergleichbar (ab {year}: {note}). "
        "Eine Veränderung über diesen Bruch wird nicht berechnet.",
        "en": "Between {first} and {last} the series is not comparable (from {year}: {note}). No change is computed across this break.",
    },
    "change_offer": {"de": "Vergleichbare Jahre zeigen: {span}", "en": "Show comparable years: {span}"},
    "change_table_value": {"de": "Wert {year}", "en": "Value {year}"},
    "change_table_absolute": {"de": "Veränderung ({unit})", "en": "Change ({unit})"},
    "change_table_percent": {"de": "Veränderung (%)", "en": "Change (%)"},
    "change_table_rank": {"de": "Rang {year}", "en": "Rank {year}"},
    "change_table_note": {"de": "Hinweis", "en": "Note"},
    "change_table_moved": {"de": "Plätze gewonnen (+) / verloren (−)", "en": "Places gained (+) / lost (−)"},
    "export_geojson_one_year": {
        "de": "GeoJSON gibt es für die Karte eines Jahres, nicht für die Veränderung.",
        "en": "GeoJSON is offered for the map of one year, not for the change.",
    },
    "change_ranking_title": {"de": "Veränderung {first}–{last}, geordnet", "en": "Change {first}–{last}, in order"},
    "change_alt": {
        "de": "{kind}: {indicator}, Veränderung {first}–{last} in {unit}, {units}.",
        "en": "{kind}: {indicator}, change {first}–{last} in {unit}, {units}.",
    },
    "change_alt_extremes": {
        "de": "Höchste Veränderung: {high} ({high_value}), niedrigste: {low} ({low_value}).",
        "en": "Highest change: {high} ({high_value}), lowest: {low} ({low_value}).",
    },
    "notice_change_off": {
        "de": "„{indicator}“ hat auf dieser Ebene nur ein Jahr; die Karte zeigt es statt einer Veränderung.",
        "en": "“{indicator}” has one year only at this level; the map shows it instead of a change.",
    },
    "notice_change_moved": {
        "de": "„{indicator}“ hat für die Veränderung {asked} nicht beide Jahre; gezeigt wird {shown}.",
        "en": "“{indicator}” lacks a year of the change {asked}; the view shows {shown}.",
    },
    "valid_change": {"de": "zwei Jahre wie 2010-2021, das frühere zuerst", "en": "two years such as 2010-2021, the earlier first"},
    # a person's own index (geo/own_index.py)
    "theme_index": {"de": "Eigener Index", "en": "Own index"},
    "index_heading": {"de": "Eigener Index", "en": "Own index"},
    "index_intro": {
        "de": "Indikatoren einer Ebene wählen, gewichten und ausrichten; der Index ist das gewichtete Mittel der normierten Werte "
        "(höher = mehr Benachteiligung). Ein Ort, dem ein Wert fehlt, hat keinen Index.",
        "en": "Choose indicators of one level, weight and orient them; the index is the weighted mean of the normalised values "
        "(higher = more disadvantage). A place missing a value has no index.",
    },
    "index_indicators": {"de": "Indikatoren des Index ({level})", "en": "Indicators of the index ({level})"},
    "index_indicators_placeholder": {"de": "Indikatoren wählen …", "en": "Choose indicators …"},
    "index_weight": {"de": "Gewicht von „{label}“ (1–10)", "en": "Weight of “{label}” (1–10)"},
    "index_weight_short": {"de": "Gewicht", "en": "Weight"},
    "index_worse": {"de": "höher ist schlechter", "en": "higher is worse"},
    "index_better": {"de": "höher ist besser", "en": "higher is better"},
    "index_year": {"de": "Jahr der Werte", "en": "Year of the values"},
    "index_latest": {"de": "jeweils das neueste Jahr jedes Indikators", "en": "the latest year of each indicator"},
    "index_common": {"de": "gemeinsames Jahr {year}", "en": "common year {year}"},
    "index_normalisation": {"de": "Normierung", "en": "Normalisation"},
    "index_norm_z": {"de": "z-Werte (Mittel 0, Standardabweichung 1)", "en": "z-scores (mean 0, standard deviation 1)"},
    "index_norm_minmax": {"de": "Min–Max (0 = bester, 100 = schlechtester Ort)", "en": "min–max (0 = best, 100 = worst place)"},
    "index_norm_rank": {"de": "Ränge (Perzentil 0–100)", "en": "ranks (percentile 0–100)"},
    "index_apply": {"de": "Index auf der Karte zeigen", "en": "Show the index on the map"},
    "index_weight_invalid": {
        "de": "Das Gewicht von „{label}“ muss eine ganze Zahl von 1 bis 10 sein.",
        "en": "The weight of “{label}” must be a whole number from 1 to 10.",
    },
    "index_not_possible": {
        "de": "Diesen Index kann der Atlas nicht bilden: jeder Indikator muss die Ebene und das gewählte Jahr haben.",
        "en": "The atlas cannot form this index: every indicator must have the level and the chosen year.",
    },
    "robust_needs_index": {"de": "Erst einen eigenen Index auf der Karte zeigen.", "en": "Show an own index on the map first."},
    "index_none_chosen": {"de": "Noch kein Indikator gewählt.", "en": "No indicator chosen yet."},
    "index_recipe": {
        "de": "Eigener Index ({level}, {years}, {norm}): {ingredients}.",
        "en": "Own index ({level}, {years}, {norm}): {ingredients}.",
    },
    "index_recipe_years_latest": {"de": "jeweils neuestes Jahr", "en": "latest year each"},
    "index_recipe_years_common": {"de": "Jahr {year}", "en": "year {year}"},
    "index_ingredient": {"de": "{label} ({year}, Gewicht {weight}, {direction})", "en": "{label} ({year}, weight {weight}, {direction})"},
    "index_sources": {"de": "Zutaten und ihre Quellen", "en": "Ingredients and their sources"},
    "index_ruhr_mean": {
        "de": "Ruhr-Mittel des Index: nach Einwohnern gewichteter Mittelwert des Index über alle {n} Einheiten (Gewichte: {weight}, {weight_year}); "
        "ein Index hat keinen natürlichen Nullpunkt, sein Mittel ist nur im Vergleich der Orte untereinander deutbar.",
        "en": "Ruhr mean of the index: population-weighted mean of the index over all {n} units (weights: {weight}, {weight_year}); "
        "an index has no natural zero, so its mean is meaningful only in comparing the places with each other.",
    },
    "inequality_index_undefined": {
        "de": "VK, Gini und Theil sind für einen Index nicht definiert: sein Nullpunkt ist durch die Normierung gesetzt, "
        "Verhältnisse seiner Werte beschreiben die Normierung, nicht die Orte. Der Abstand der Zonen (Differenz) bleibt aussagekräftig.",
        "en": "CV, Gini and Theil are not defined for an index: its zero is set by the normalisation, so ratios of its values "
        "describe the normalisation, not the places. The zones' gap (difference) stays meaningful.",
    },
    "flag_index_missing": {"de": "kein Index: kein Wert für „{indicator}“ ({year})", "en": "no index: no value for “{indicator}” ({year})"},
    "flag_index_no_spread": {
        "de": "kein Index: „{indicator}“ ({year}) hat überall denselben Wert und lässt sich nicht normieren",
        "en": "no index: “{indicator}” ({year}) has the same value everywhere and cannot be normalised",
    },
    "notice_index_without_recipe": {
        "de": "„{parameter}=eigener_index“ braucht ein Rezept im Parameter „idx“; gezeigt wird die Voreinstellung.",
        "en": "“{parameter}=eigener_index” needs a recipe in the parameter “idx”; the default is shown.",
    },
    "valid_recipe": {
        "de": "Ebene-Jahr-Normierung, dann je Indikator ~id-Gewicht-Richtung, z. B. gemeinde-latest-z~gisd_nrw_frame_score-2-w "
        "(Jahr: vierstellig oder latest; Normierung: z, minmax, rank; Gewicht 1–10; Richtung w = höher ist schlechter, b = besser; "
        "jeder Indikator muss die Ebene und das Jahr haben)",
        "en": "level-year-normalisation, then per indicator ~id-weight-direction, e.g. gemeinde-latest-z~gisd_nrw_frame_score-2-w "
        "(year: four digits or latest; normalisation: z, minmax, rank; weight 1–10; direction w = higher is worse, b = better; "
        "every indicator must have the level and the year)",
    },
    # how robust the own index is
    "robust_where": {
        "de": "Wie robust die Rangfolge des Index ist, zeigt die Rangliste (über der Karte).",
        "en": "How robust the index's ranking is: see the ranking (above the map).",
    },
    "robust_heading": {"de": "Wie robust ist der Index?", "en": "How robust is the index?"},
    "robust_show": {"de": "Robustheit berechnen", "en": "Compute the robustness"},
    "robust_intro": {
        "de": "Jedes Gewicht wird {draws}-mal zufällig mit einem Faktor zwischen {low} und {high} multipliziert (gleichverteilt, Startwert {seed}); "
        "für jeden Ort zeigt die Grafik seinen Rang (Punkt), die Spanne der mittleren 90 % der Ränge (Balken) und den kleinsten "
        "und größten Rang (Linie). Rang 1 = höchster Index = am stärksten benachteiligt.",
        "en": "Each weight is multiplied {draws} times by a random factor between {low} and {high} (uniform, seed {seed}); for each place "
        "the chart shows its rank (dot), the range of the middle 90 % of its ranks (bar) and its lowest and highest rank (line). "
        "Rank 1 = highest index = most disadvantaged.",
    },
    "robust_summary": {
        "de": "{places} Orte haben einen Rang. Am stärksten hängt der Rang von der Gewichtung ab bei: {names}. "
        "Bei {stable} Orten bleibt er in 90 % der Ziehungen innerhalb von ±{band} Plätzen.",
        "en": "{places} places have a rank. The rank depends most on the weighting for: {names}. "
        "For {stable} places it stays within ±{band} places in 90 % of the draws.",
    },
    "robust_no_change": {"de": "Kein Rang hängt von der Gewichtung ab.", "en": "No rank depends on the weighting."},
    "robust_none": {"de": "Kein Ort hat alle Zutaten; es gibt keine Ränge.", "en": "No place has every ingredient; there are no ranks."},
    "robust_rank": {"de": "Rang", "en": "Rank"},
    "robust_p05": {"de": "Rang 5. Perzentil", "en": "rank 5th percentile"},
    "robust_p95": {"de": "Rang 95. Perzentil", "en": "rank 95th percentile"},
    "robust_low": {"de": "bester Rang", "en": "best rank"},
    "robust_high": {"de": "schlechtester Rang", "en": "worst rank"},
    "robust_table": {"de": "Ränge unter zufälligen Gewichten, als Tabelle", "en": "Ranks under random weights, as a table"},
    "error_body": {
        "de": "Diese Ansicht konnte nicht erstellt werden. Die Voreinstellung ist wiederhergestellt.",
        "en": "This view could not be built. The default view has been restored.",
    },
}


def flag_text(flag: str, lang: str, catalog: dict | None = None) -> str:
    """The meaning of a value's flag; an own index's flags name the ingredient and year (``index_missing:<id>:<year>``),
    the ingredient by its label when the ``catalog`` is given."""
    key, _, detail = flag.partition(":")
    if detail:
        indicator, _, year = detail.rpartition(":")
        label = (catalog or {}).get(indicator, {}).get("label", {}).get(lang, indicator)
        return t(f"flag_{key}", lang, indicator=label, year=year)
    return t(f"flag_{flag}", lang)


def t(key: str, lang: str, **values) -> str:
    """The string ``key`` in ``lang`` with ``values`` filled in."""
    text = STRINGS[key][lang]
    return text.format(**values) if values else text
