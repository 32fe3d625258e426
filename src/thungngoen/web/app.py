"""The FastAPI application: the shared routes, then each area's API and pages
(``thungngoen.areas``)."""

import gc

from fastapi import FastAPI
from sqlalchemy import Engine

from thungngoen import areas, keys, ledger
from thungngoen.db import attach_writer, create_db_engine, write_transaction
from thungngoen.db.health import stamp_health
from thungngoen.web import api_docs, auth_api
from thungngoen.web.api_errors import document_api_errors
from thungngoen.web.backoff import Backoff
from thungngoen.web.errors import install_error_handlers
from thungngoen.web.page_errors import install_page_error_handlers
from thungngoen.web.pages import auth, home
from thungngoen.web.request_limits import RequestLimits
from thungngoen.web.security_headers import install_security_headers
from thungngoen.web.session_renewal import SessionRenewal
from thungngoen.web.static_files import mount_static


def create_app(engine: Engine | None = None) -> FastAPI:
    """The app on ``engine``; refuses (``KeyRingError``, ``KeysMismatch``) to start without
    the secret keys its data was written with (decision 0019)."""
    engine = engine or create_db_engine()
    keys.open_database(engine)
    app = FastAPI(
        title="Thung Ngoen — ถุงเงินสงขลา",
        version="0.1.0",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.engine = engine
    attach_writer(engine)
    app.state.login_backoff = Backoff()
    app.state.pin_backoff = Backoff()
    install_error_handlers(app)
    install_security_headers(app)
    app.add_middleware(RequestLimits)
    app.add_middleware(SessionRenewal)
    install_page_error_handlers(app)
    document_api_errors(app)
    app.include_router(auth_api.router)
    for router in areas.parts("api"):
        app.include_router(router)
    mount_static(app)
    app.include_router(api_docs.router)
    for shared in (auth, home):
        app.include_router(shared.router)
    for router in areas.parts("pages"):
        app.include_router(router)

    @app.get("/api/v1/health", tags=["system"], responses={503: {"description": "Unavailable"}})
    def health() -> dict[str, str]:
        """The app is up and its database takes a write (503 with ``Retry-After`` if not)."""
        write_transaction(engine, stamp_health)
        return {"status": "ok", "database": engine.dialect.name}

    return app


def for_serving(app: FastAPI) -> FastAPI:
    """``app`` as one long-lived server runs it: what it holds for good once built
    (modules, routes, templates, catalogues: a few hundred thousand objects) is frozen
    out of the garbage collector, so a full collection no longer walks it — that cut the
    slowest views of the public circulation dashboard from ~210 ms to ~110 ms (decision
    0014). Not for a process that builds many apps (the tests): what is frozen is never
    collected. The server also seals its ledger now and then (``ledger.Sealer``)."""
    sealer = app.state.sealer = ledger.Sealer(app.state.engine)
    app.router.on_shutdown.append(sealer.close)
    gc.collect()
    gc.freeze()
    return app
