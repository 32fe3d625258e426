"""Alembic environment: migrations run on the connection the caller hands over."""

from alembic import context

import thungngoen.tables  # noqa: F401  (registers every area's tables)
from thungngoen.db.metadata import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
