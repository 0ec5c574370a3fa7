"""The corroboration pages' kept data kept up to date (`figures`): the names the pages, the
background rebuild, the backup and the benchmarks call, re-exported."""

from testimony.entity_stats.figures import (
    FIGURES,
    exportable_count,
    refresh,
    refresh_breakdowns,
    refresh_entity_pages,
    refresh_exportable,
    refresh_mentions,
    serialized,
    without_jit,
)

__all__ = [
    "FIGURES",
    "exportable_count",
    "refresh",
    "refresh_breakdowns",
    "refresh_entity_pages",
    "refresh_exportable",
    "refresh_mentions",
    "serialized",
    "without_jit",
]
