"""Component IDs, grouped by panel. Layouts, callbacks and browser tests all import these."""

# page frame and state
URL = "url"
STATE = "view-state"
USER_DATA = "user-data"  # the user's own uploaded values, kept in the tab's session storage only
PAGE_REQUEST = "page-request"  # a URL the state on screen did not make: build the page for it
PAGE = "page"
NOTICES = "notices"
LANGUAGE_LINK = "language-link"
PAGE_LANGUAGE = "page-language"  # the language and title of the page built (callbacks/page_language.py)

# page layout (layouts/shell.py, assets/layout.js)
DRAWER_TOGGLE = "controls-drawer-toggle"  # shows and hides the controls on a phone
DRAWER_BODY = "controls-drawer"
MAP_PANEL = "map-panel"
RANKING_PANEL = "ranking-panel"
TABLE_PANEL = "table-panel"
VIEW_TABS = {"map": "view-tab-map", "ranking": "view-tab-ranking", "table": "view-tab-table"}  # what the large area shows
VIEW_PANELS = {"map": MAP_PANEL, "ranking": RANKING_PANEL, "table": TABLE_PANEL}

# controls
THEME = "control-theme"
INDICATOR = "control-indicator"
INDICATOR_INFO = "control-indicator-info"
YEAR = "control-year"
LEVEL = "control-level"
CLASSIFICATION = "control-classification"
CLASSES = "control-classes"
FIXED_BREAKS = "control-fixed-breaks"
OPTIONS = "control-options"  # labels, basemap
PLACE_SEARCH = "control-place-search"
CHANGE_ON = "control-change"  # the change view on or off
CHANGE_YEARS = "control-change-years"  # the box of the two years, shown while the change view is on
CHANGE_FROM = "control-change-from"
CHANGE_TO = "control-change-to"

# playing the years (layouts/play.py, assets/play.js): the frames reach the browser once, no request per year
PLAY = "play"  # the group of buttons beside the year control
PLAY_TOGGLE = "play-toggle"  # play / pause
PLAY_BACK = "play-back"
PLAY_FORWARD = "play-forward"
PLAY_SPEED = "play-speed"
PLAY_YEAR = "play-year"  # the year on screen while playing
PLAY_STATUS = "play-status"  # told to screen readers when play starts and stops, never per frame
PLAY_REQUEST = "play-request"  # the view whose frames the browser lacks (written in the browser)
PLAY_DATA = "play-data"  # every year's colours, legend and values of the view (one answer)
PLAY_TITLE = "play-title"  # title, legend and source line of the year shown while playing, in place of the server's
PLAY_LEGEND = "play-legend"
PLAY_SOURCE = "play-source"
PLAY_COMPARISON_NOTE = "play-comparison-note"  # what the comparison shows while playing

# map
MAP = "map"
MAP_GEOJSON = "map-geojson"
MAP_BORDERS = "map-kreis-borders"
MAP_HIGHLIGHT = "map-highlight"
MAP_LABELS = "map-labels"
MAP_BASEMAP = "map-basemap"
MAP_LEGEND = "map-legend"
MAP_TITLE = "map-title"
MAP_KEYS_HELP = "map-keys-help"  # the keys every map answers to (named in assets/map_keys.js)
MAP_KEYS_STATUS = "map-keys-status"  # the place the map keys are on (written by assets/map_keys.js)
MAP_ANNOUNCE = "map-announce"  # after a control change: what the map shows now
SKIP_LINKS = {"map": "skip-to-map", "table": "skip-to-table", "comparison": "skip-to-comparison"}
COMPARISON = "comparison"
MAP_SOURCE = "map-source"

# Ruhr-Konferenz projects
PROJECT_OPTIONS = "control-project-options"  # layer on, partner lines
PROJECT_FILTERS = "control-project-filters"
PROJECT_FIELDS = "control-project-fields"
PROJECT_STATUSES = "control-project-statuses"
MAP_PROJECTS = "map-projects"
MAP_NETWORK = "map-network"
MAP_PROJECT_LEGEND = "map-project-legend"
PROJECTS_KEY = "projects-key"  # which filters the project layer shows
BIVARIATE_MAP = "bivariate-map"
BIVARIATE_MAP_GEOJSON = "bivariate-map-geojson"

# context chart under the map
RANKING = "ranking-chart"
RANKING_SOURCE = "ranking-source"

# the table instead of the map (layouts/table_view.py)
TABLE = "place-table"  # the scrolling box that holds the table
TABLE_REQUEST = "place-table-request"  # set in the browser when the table is on screen and the map changed
TABLE_SORT = "place-table-sort"  # the column and direction the table is sorted by
TABLE_SORT_BUTTON = "place-table-sort-button"  # pattern-matching: {"type": TABLE_SORT_BUTTON, "column": column}

# comparison panels (north/south, groups, inequality, scatter, spatial pattern)
SCHEME = "control-scheme"
GROUP_A = "control-group-a"
GROUP_B = "control-group-b"
GROUPS_BOX = "control-groups"
COMPARISON_TABLIST = "comparison-tabs"
COMPARISON_TABS = {
    tab: f"comparison-tab-{tab}" for tab in ("zones", "trend", "inequality", "convergence", "scatter", "spatial", "projects")
}
COMPARISON_PANES = {tab: f"comparison-{tab}" for tab in ("zones", "trend", "inequality", "convergence", "scatter", "spatial", "projects")}
COMPARISON_CONTENT = {
    tab: f"comparison-{tab}-content" for tab in ("zones", "trend", "inequality", "convergence", "scatter", "spatial", "projects")
}
ZONE_MAP = "zone-map"
ZONE_MAP_GEOJSON = "zone-map-geojson"
LISA_MAP = "lisa-map"
LISA_MAP_GEOJSON = "lisa-map-geojson"
LISA_MAP_MARKS = "lisa-map-marks"  # the class of each place as letters on the map, so colour is not the only cue
SPATIAL_MODE = "control-spatial-mode"  # local clusters, bivariate clusters or hot spots
SPATIAL_SECOND_BOX = "control-spatial-second"  # shown for the bivariate clusters only
SPATIAL_INDICATOR2 = "control-spatial-indicator2"  # the same second indicator as the scatter's (ViewState.indicator2)
SPATIAL_RHINE = "control-spatial-rhine"
INDICATOR2 = "control-indicator2"
ZONE_CHART = "zone-chart"
TREND_CHART = "trend-chart"
INEQUALITY_CHART = "inequality-chart"
CONVERGENCE_CHART = "convergence-chart"
SCATTER_CHART = "scatter-chart"

# sharing and export
EXPORT_WHAT = "export-what"
EXPORT_BUTTONS = {fmt: f"export-{fmt}" for fmt in ("png", "svg", "csv", "csv-de", "geojson", "gif", "mp4")}
EXPORT_LOCATOR = "export-locator"
EXPORT_DOWNLOAD = "export-download"
EXPORT_STATUS = "export-status"
ALT_TEXT = "export-alt-text"
PERMALINK = "share-permalink"
EMBED_PANEL = "share-embed-panel"
EMBED_CODE = "share-embed-code"
PACK_VERSION = "share-pack-version"  # the data version every permalink carries (``v=``)
CITE_BUTTON = "share-cite-button"
CITE_BOX = "share-cite-box"
CITE_TEXTS = {fmt: f"share-cite-{fmt}" for fmt in ("de", "en", "bibtex", "csl")}
MAP_DATA_LINK = "map-data-link"  # to the data page of the indicator shown

# presentation mode
PRESENT_START = "present-start"
PRESENT_BAR = "present-bar"
PRESENT_CAPTION = "present-caption"
PRESENT_COUNTER = "present-counter"
PRESENT_PREV = "present-prev"
PRESENT_NEXT = "present-next"
PRESENT_DOT = "present-dot"  # pattern-matching: {"type": PRESENT_DOT, "index": step}
PRESENT_RESET = "present-reset"
PRESENT_ADAPTED = "present-adapted"  # the note that the view differs from the step's, with PRESENT_RESET
PRESENT_EXIT = "present-exit"
PRESENT_FULLSCREEN = "present-fullscreen"

# bring-your-own data (upload panel, and its layer and legend on the map)
UPLOAD = "upload"
UPLOAD_STATUS = "upload-status"
UPLOAD_REMOVE = "upload-remove"
USER_CONTROLS = "user-controls"
USER_SHOW = "user-show"
USER_METHOD = "user-method"
USER_MOUNTED = "user-mounted"  # inserted with the page: asks the browser whether a session layer must be drawn again
USER_REDRAW = "user-redraw"
MAP_USER = "map-user"
MAP_USER_LEGEND = "map-user-legend"

# profile
PROFILE = "profile"
MAP_SUMMARY = "map-summary"  # what the map shows, in words, beside it until a place is chosen
PROFILE_TITLE = "profile-title"
PROFILE_CLOSE = "profile-close"
PROFILE_KEY = "profile-key"  # which place and language the panel shows
# gates (layouts/request_gate.py): a server callback is asked only when the fields it depends on change
PROFILE_REQUEST = "profile-request"
PROJECTS_REQUEST = "projects-request"
PRESENT_REQUEST = "present-request"
CITE_REQUEST = "cite-request"  # the permalink, while the citations are shown

# similar places (in the profile) and data-driven zones (in the zones tab)
SIMILAR = "similar-places"
SIMILAR_INDICATORS = "similar-indicators"
MAP_SIMILAR = "map-similar"  # the similar places outlined on the main map
REGIONS_ON = "regions-on"
REGIONS_BOX = "regions-box"
REGIONS_INDICATORS = "regions-indicators"
REGIONS_FLOOR = "regions-floor"
REGION_MAP = "region-map"
REGION_MAP_GEOJSON = "region-map-geojson"
REGIONS_CONTENT = "regions-content"
# a person's own index (layouts/own_index_panel.py, callbacks/own_index.py)
INDEX_PANEL = "index-panel"
INDEX_LEVEL = "index-level"
INDEX_INDICATORS = "index-indicators"
INDEX_ROWS = "index-rows"  # one weight and one direction per chosen indicator
INDEX_WEIGHT = "index-weight"  # pattern-matching type; the key "indicator" names the ingredient
INDEX_DIRECTION = "index-direction"  # pattern-matching type, like INDEX_WEIGHT
INDEX_YEAR = "index-year"
INDEX_NORMALISATION = "index-normalisation"
INDEX_APPLY = "index-apply"
INDEX_STATUS = "index-status"  # why the recipe cannot be shown yet
INDEX_RECIPE = "index-recipe"  # the recipe the builder hands to the view state (callbacks/url_state.py)
ROBUST_SECTION = "robust-section"  # under the ranking, shown while the map shows an own index
ROBUST_SHOW = "robust-show"
ROBUST_BODY = "robust-body"  # the rank ranges: text, chart and table
ROBUST_CHART = "robust-chart"
