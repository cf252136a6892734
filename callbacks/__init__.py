"""Features of the app, each wiring its layouts to plain functions. Importing registers nothing."""

from callbacks import comparison, export, own_index, page_language, play, present, profile, projects, ranking, table_view, upload, url_state

FEATURES = (url_state, page_language, projects, ranking, table_view, profile, comparison, export, present, upload, play, own_index)


def register_all(app, atlas) -> None:
    for feature in FEATURES:
        feature.register(app, atlas)
