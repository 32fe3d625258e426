"""Alembic environment: migrations run on the connection the caller hands over."""

from alembic import context

from thungngoen.areas import load_all_tables
from thungngoen.db.metadata import metadata

load_all_tables()  # every table of the core and the areas, for autogenerate

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)

with context.begin_transaction():
    context.run_migrations()
