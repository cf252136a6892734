"""Features of the app, each wiring its layouts to plain functions. Importing registers nothing."""
from callbacks import comparison, export, geometry, map_view, present, profile, projects, ranking, url_state

FEATURES = (geometry, url_state, map_view, projects, ranking, profile, comparison, export, present)


def register_all(app, atlas) -> None:
    for feature in FEATURES:
        feature.register(app, atlas)
