"""The test database as the session set it up (migrated, the demo loaded), kept aside once and
put back after every transactional test, in place of Django's flush.

A transactional test (a browser driving the live server, a real Celery worker, threads that
commit) cannot be rolled back; Django used to empty every table after it, and the next one had
to load the whole demo again (20–30 s). Putting the copy back takes a fraction of a second, and
the next test sees exactly what the session loaded: the same rows and ids, the same audit chain
and chain heads, the rows migrations seed, and the same next id of every table.

- SQLite: the online backup API copies the database into memory once, and back into the live
  file after each such test (the file stays in WAL mode; other processes see the new pages).
- PostgreSQL: every table is copied out with ``COPY … TO STDOUT (FORMAT BINARY)`` once; after
  each such test one transaction empties them all, copies the rows back in (foreign keys are
  checked at commit) and sets every sequence back to where it stood. The append-only trigger
  on the recorded chain heads stays in place: that table is truncated, which fires no row
  trigger, as Django's flush did.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connections, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import TransactionTestCase


class SqliteSnapshot:
    def __init__(self, connection: BaseDatabaseWrapper) -> None:
        self.alias = connection.alias
        connection.ensure_connection()
        self.copy = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(self.copy)

    def restore(self) -> None:
        connection = connections[self.alias]
        connection.ensure_connection()
        self.copy.backup(connection.connection)

    def close(self) -> None:
        self.copy.close()


TABLES_SQL = """
SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname),
       EXISTS (SELECT FROM pg_trigger t WHERE t.tgrelid = c.oid AND NOT t.tgisinternal)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind = 'r' AND n.nspname = current_schema()
ORDER BY c.relname
"""
SEQUENCES_SQL = """
SELECT quote_ident(schemaname) || '.' || quote_ident(sequencename),
       coalesce(last_value, start_value), last_value IS NOT NULL
FROM pg_sequences WHERE schemaname = current_schema()
ORDER BY sequencename
"""
SET_SEQUENCES_SQL = """
SELECT setval(name::regclass, value, called)
FROM unnest(%s::text[], %s::bigint[], %s::boolean[]) AS s(name, value, called)
"""


class PostgresSnapshot:
    def __init__(self, connection: BaseDatabaseWrapper) -> None:
        self.alias = connection.alias
        self.rows: dict[str, bytes] = {}
        with connection.cursor() as cursor:
            cursor.execute(TABLES_SQL)
            tables = cursor.fetchall()
            # DELETE is far quicker than TRUNCATE for tables this small (TRUNCATE makes new files
            # for every table and index), but a table with triggers of its own (the recorded
            # chain heads refuse DELETE) is truncated; nothing references those.
            self.deleted = [name for name, triggers in tables if not triggers]
            self.truncated = [name for name, triggers in tables if triggers]
            for table, _ in tables:
                with cursor.cursor.copy(f"COPY {table} TO STDOUT (FORMAT BINARY)") as copy:
                    self.rows[table] = b"".join(bytes(block) for block in copy)
            cursor.execute(SEQUENCES_SQL)
            self.sequences = [list(column) for column in zip(*cursor.fetchall(), strict=True)]

    def restore(self) -> None:
        connection = connections[self.alias]
        with transaction.atomic(using=self.alias), connection.cursor() as cursor:
            # Django's foreign keys are deferrable: checked at commit, once every row is back.
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            if self.truncated:
                cursor.execute(f"TRUNCATE {', '.join(self.truncated)}")
            for table in self.deleted:
                cursor.execute(f"DELETE FROM {table}")
            for table, rows in self.rows.items():
                with cursor.cursor.copy(f"COPY {table} FROM STDIN (FORMAT BINARY)") as copy:
                    copy.write(rows)
            if self.sequences:
                cursor.execute(SET_SEQUENCES_SQL, self.sequences)

    def close(self) -> None:
        self.rows.clear()


def take(connection: BaseDatabaseWrapper) -> SqliteSnapshot | PostgresSnapshot:
    if connection.vendor == "sqlite":
        return SqliteSnapshot(connection)
    if connection.vendor == "postgresql":
        return PostgresSnapshot(connection)
    raise NotImplementedError(f"no snapshot of a {connection.vendor} database")


@contextmanager
def restored_after_transactional_tests(
    snapshot: SqliteSnapshot | PostgresSnapshot,
) -> Iterator[None]:
    """While inside, a transactional test that used only the snapshot's database puts it back
    as it was instead of flushing it."""
    flush = TransactionTestCase._fixture_teardown

    def restore_instead_of_flush(test_case: TransactionTestCase) -> None:
        if test_case._databases_names(include_mirrors=False) != [snapshot.alias]:
            return flush(test_case)
        snapshot.restore()

    TransactionTestCase._fixture_teardown = restore_instead_of_flush
    try:
        yield
    finally:
        TransactionTestCase._fixture_teardown = flush
        snapshot.close()
