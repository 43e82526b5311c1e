"""Opening the database: URL resolution, SQLite settings, schema migration.

Importing this module is cheap: the command line reads `DEFAULT_DB` for its
help and `resolve_url` before any command runs, so SQLAlchemy and alembic are
imported inside the functions that use them (for start-up time).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.model import StoreError

if TYPE_CHECKING:
    from sqlalchemy import Engine

# The database every entry point (CLI, app) opens when no --db / WORKBENCH_DB is given.
DEFAULT_DB = "workbench.db"
MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
# The one query that tells whether a store needs migrating.
REVISION_QUERY = "SELECT version_num FROM alembic_version"


# The newest revision in workbench/migrations/versions/ (a test keeps them equal):
# a store already there opens without importing alembic, for start-up time.
HEAD_REVISION = "0010"


def schema_is_current(engine: Engine) -> bool:
    """True when the database's alembic_version is ``HEAD_REVISION``: nothing to migrate.

    One query; a database without the table (new, or not a workbench store) is not current.
    """
    from sqlalchemy.exc import SQLAlchemyError

    try:
        with engine.connect() as conn:
            stored = conn.exec_driver_sql(REVISION_QUERY).scalars().all()
    except SQLAlchemyError:
        return False  # migrate() creates the table, or says what is wrong with the database
    return stored == [HEAD_REVISION]


def resolve_url(db: str | None) -> str:
    """A database URL from --db / WORKBENCH_DB: a URL as is, a bare path as SQLite.

    ``postgres://`` (libpq's other scheme, the form Heroku and hosting services
    give) is read as ``postgresql://``: SQLAlchemy 1.4 removed that alias.
    """
    if not db:
        db = DEFAULT_DB
    scheme, found, rest = db.partition("://")
    if not found:
        return f"sqlite:///{Path(db).expanduser().resolve()}"
    if scheme.partition("+")[0] == "postgres":
        return f"postgresql{scheme.removeprefix('postgres')}://{rest}"
    return db


def sqlite_file(url: str) -> Path | None:
    """The file of a ``sqlite:///`` URL; None for another database or an in-memory one."""
    if not url.startswith("sqlite") or "///" not in url:
        return None
    path = url.split("///", 1)[1]
    return Path(path) if path and path != ":memory:" else None


def make_engine(url: str) -> Engine:
    """An engine with the settings every connection needs.

    Raises StoreError when a SQLite file's folder does not exist, or when the
    URL's driver is not installed.
    """
    from sqlalchemy import create_engine  # deferred for start-up time
    from sqlalchemy.exc import NoSuchModuleError

    from workbench.store import dialect

    if url.startswith("sqlite"):
        path = sqlite_file(url)
        if path is not None and not path.parent.is_dir():
            raise StoreError(
                f"cannot create the database {path}: folder {path.parent} does not exist"
            )
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": dialect.BUSY_SECONDS}
        )
    else:
        try:
            engine = create_engine(url, pool_pre_ping=True)
        except NoSuchModuleError as exc:
            raise StoreError(
                f"{url.split('://')[0]}:// is not a database the workbench can open: use a "
                "file path (SQLite) or a postgresql://user@host/database URL"
            ) from exc
        except ModuleNotFoundError as exc:
            raise StoreError(
                f"{url.split('://')[0]} needs the Python package {exc.name}: use a "
                "postgresql+psycopg:// URL with the postgres extra installed "
                "(`pip install -e '.[postgres]'`)"
            ) from exc
    dialect.configure(engine)
    return engine


def alembic_config(url: str) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision(url: str) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(url)).get_current_head()
    assert head is not None
    return head


def _known(url: str, revision: str) -> bool:
    """Whether ``revision`` is one of this workbench's migrations."""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        return ScriptDirectory.from_config(alembic_config(url)).get_revision(revision) is not None
    except CommandError:
        return False


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: Engine, url: str) -> None:
    """Bring the schema to the newest revision; a no-op when it is there already.

    Processes opening a new database at once migrate it one after the other:
    the first holds a lock (SQLite's write lock, a PostgreSQL advisory lock)
    while it migrates; the others then find the schema current.
    """
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import inspect
    from sqlalchemy.exc import OperationalError, SQLAlchemyError

    from workbench.store import dialect

    try:
        head = head_revision(url)
        if current_revision(engine) == head:
            return
        with dialect.writer(engine).begin() as conn:
            dialect.lock_migrations(conn)
            current = MigrationContext.configure(conn).get_current_revision()
            if current == head:
                return
            if current is None and inspect(conn).has_table("documents"):
                raise StoreError(
                    f"{url}: has workbench tables but no schema version; it was not made by "
                    "this workbench. Point --db at another file."
                )
            if current is not None and not _known(url, current):
                # An older workbench writing a newer schema would drop what it does not know.
                raise StoreError(
                    f"{url}: its schema is at revision {current}, which a newer workbench "
                    f"made (this one knows up to {head}); nothing was read or changed: "
                    "open it with that newer workbench, or upgrade this one"
                )
            config = alembic_config(url)
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    except SQLAlchemyError as exc:
        # A server that is down or misnamed: the driver's words say what failed, not what to do.
        todo = (
            "; start the server, or check the host, port, user and database in --db or WORKBENCH_DB"
            if isinstance(exc, OperationalError) and not url.startswith("sqlite")
            else ""
        )
        if dialect.out_of_space(exc):  # SQLite's shared-memory file finds no room either
            todo = "; its disk may be full or the file past a size limit: free some space"
        raise StoreError(
            f"cannot open or migrate the database {url}: {dialect.one_line(exc)}{todo}"
        ) from exc
