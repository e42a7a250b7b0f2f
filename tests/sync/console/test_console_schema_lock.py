"""`serve --workers 2` on PostgreSQL: each worker opens the console's store at once, and two CREATE TABLEs of
one name collided in PostgreSQL's catalog (UniqueViolation on pg_type): one worker failed to start, seen
in bench_platform_scale.py's log. The console's tables are made under the platform's migration lock."""

from __future__ import annotations

import threading

from sqlalchemy import func, inspect, select

from sync.platform import schema
from sync.platform.console.store import ConsoleStore, open_engine


def test_the_console_makes_its_tables_under_the_migration_lock(pg):
    url = pg.new_database()
    holder, engine = open_engine(url), open_engine(url)
    opened: list[ConsoleStore] = []
    try:
        with holder.begin() as c:  # another worker migrating: the lock is held until this block ends
            c.execute(select(func.pg_advisory_xact_lock(schema.MIGRATION_LOCK)))
            worker = threading.Thread(target=lambda: opened.append(ConsoleStore(engine)), daemon=True)
            worker.start()
            worker.join(timeout=1.0)
            assert worker.is_alive() and not opened  # waits for the lock instead of racing the other
        worker.join(timeout=30)
        assert opened and "console_settings" in inspect(engine).get_table_names()
    finally:
        holder.dispose()
        engine.dispose()
