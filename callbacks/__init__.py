"""Features of the app, each wiring its layouts to plain functions. Importing registers nothing."""

from callbacks import comparison, export, geometry, http, present, profile, projects, ranking, security, upload, url_state

FEATURES = (http, security, geometry, url_state, projects, ranking, profile, comparison, export, present, upload)


def register_all(app, atlas) -> None:
    for feature in FEATURES:
        feature.register(app, atlas)
