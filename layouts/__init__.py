"""Functions that return components, one module per panel. Nothing here imports from callbacks/."""
