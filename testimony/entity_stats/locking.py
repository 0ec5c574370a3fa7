"""The lock and the queue helper every refresh of the kept data shares: no JIT
compilation for the transaction (`without_jit`), the lock of the refreshes that found
rows to take (`serialized`, `serialized_if_queued`), and an entity queue emptied in one
statement (`_drained`).
"""

from django.db import connection, models

# An arbitrary constant: the key of the PostgreSQL advisory lock that serializes the refreshes
# that found rows to take (the audit log's is `audit.AUDIT_LOCK_KEY`).
REFRESH_LOCK_KEY = 7_211_094_458


def without_jit() -> None:
    """No JIT compilation for the rest of this transaction (PostgreSQL): the aggregates here are
    estimated at millions of rows when they read thousands, and compiling them (optimized and
    inlined above a cost of 500,000) took longer than running them: 350 ms of a 500 ms
    statement at 100,000 testimonies. Nothing outside a transaction (SET LOCAL needs one)."""
    if connection.vendor == "postgresql" and connection.in_atomic_block:
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL jit = off")


def serialized() -> None:
    """Wait for, then hold until this transaction ends, the lock of the refreshes that found
    rows to take (PostgreSQL; SQLite has one writer at a time): what `_apply_pairs` reads (the
    kept rows, the figures, the queue of rows to rewrite) is then what the previous one
    committed, and no two add the same testimony or witness key to an entity. Taken by
    `refresh`, after its queue's rows are taken: `refresh` is every transaction's first call
    here (pages, the rebuild task), so whoever waits there holds no other queue's rows, and no
    holder waits for `EntityStatsStale`'s. `refresh_breakdowns` and `refresh_mentions` take it
    before their queue's rows instead (`serialized_if_queued`): a page holds it until its
    request's transaction ends, and one that took those rows, then waited for it, waited in a
    circle with a holder taking the same queue's rows (PostgreSQL found the deadlock and failed
    one request)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [REFRESH_LOCK_KEY])


def serialized_if_queued(queue: type[models.Model]) -> bool:
    """Take the lock (`serialized`) if this entity queue holds rows, before taking any, and say
    whether it held some: one statement, as the queue's `DELETE` that finds it empty. Whoever
    takes the queue's rows then holds the lock, and never waits for it while holding them.
    SQLite: True without a statement (its `DELETE` tells, and it has one writer at a time)."""
    if connection.vendor != "postgresql":
        return True
    with connection.cursor() as cursor:
        # Table name is the model's own; the lock is taken only when a row is found.
        cursor.execute(
            f"SELECT pg_advisory_xact_lock(%s) WHERE EXISTS (SELECT 1 FROM {queue._meta.db_table})",  # noqa: S608  # nosec B608
            [REFRESH_LOCK_KEY],
        )
        return cursor.fetchone() is not None


def _drained(queue: type[models.Model]) -> set[int | None]:
    """Empty an entity queue (`EntityBreakdownStale`, `EntityMentionStale` ...) in one
    statement and give the entity ids it held; None among them is a rebuild marker."""
    with connection.cursor() as cursor:
        # Table name is the model's own.
        cursor.execute(f"DELETE FROM {queue._meta.db_table} RETURNING entity_id")  # noqa: S608  # nosec B608
        return {entity for (entity,) in cursor.fetchall()}
