"""The FastAPI application: each area mounts its API routes and pages here."""

from fastapi import FastAPI
from sqlalchemy import Engine, text

from thungngoen.auth import api as auth_api
from thungngoen.db import create_db_engine
from thungngoen.db.writer import attach_writer
from thungngoen.wallet import api as wallet_api
from thungngoen.web.errors import install_error_handlers


def create_app(engine: Engine | None = None) -> FastAPI:
    engine = engine or create_db_engine()
    app = FastAPI(title="Thung Ngoen — ถุงเงินสงขลา", version="0.1.0", docs_url="/api/docs")
    app.state.engine = engine
    attach_writer(engine)
    install_error_handlers(app)
    app.include_router(auth_api.router)
    app.include_router(wallet_api.router)

    @app.get("/api/v1/health", tags=["system"])
    def health() -> dict[str, str]:
        """The app is up and its database answers."""
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        return {"status": "ok", "database": engine.dialect.name}

    return app
