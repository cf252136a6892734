"""Features of the app, each wiring its layouts to plain functions. Importing registers nothing."""
from callbacks import comparison, export, geometry, http, map_view, present, profile, projects, ranking, url_state

FEATURES = (http, geometry, url_state, projects, ranking, profile, comparison, export, present)


def register_all(app, atlas) -> None:
    for feature in FEATURES:
        feature.register(app, atlas)
