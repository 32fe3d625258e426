"""The savings API's models by subject; the routes import them from ``api.schemas``."""
