"""The door kit: the FastAPI app, sessions, forms, texts and the pages' shared parts."""

from thungngoen.web import path_ids as path_ids  # registers {name:id} before any route
