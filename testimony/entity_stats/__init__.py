"""Keeps the corroboration pages' kept data (models/entity_stats.py) equal to what they would
compute from the links, postings, persons and testimonies themselves.

Triggers (migrations 0027, 0029 and 0033) append to `EntityStatsStale` whatever a write
touched: an (entity, testimony) pair (a link added, removed or moved by a merge; a posting's
former employer or site) or a testimony (a new one, a posting, a witness, a name digest, the
testimony's own country, sector or period, its author, interviewer or sharing). `refresh` takes
those rows off the table in one statement, recomputes the stale testimonies' facts and witness
keys, and applies each changed pair to its entity's figures for everyone and kept mention rows
(`_apply_pairs`: a fixed number of queries, whose cost grows with the pairs, not with the
testimonies naming the entity), or recounts an entity whole where a pair cannot be applied
exactly; a link's testimony's contribution is applied to the per-user and per-filter rows of
its scopes in the same way (`_apply_scoped`), and the rows it cannot apply exactly are recounted
by `refresh_breakdowns`, in those scopes only or whole; `refresh_entity_pages` inserts that
testimony into the entity page's kept pages and timeline, or takes it out (`_apply_page_pairs`),
or recounts them whole. One transaction each.
Rows a concurrent write adds meanwhile stay for the next refresh. The request that wrote runs
them all once it has committed (`kept_rebuild.refresh_kept_after_write`, from the middleware);
the pages still call them before they read, for writes made outside a request.
`refresh_exportable` does the same for the exportable testimonies from `ExportableStale`.

The package, by area: `figures` (`refresh`, the figures for everyone, `_apply_pairs`),
`scoped` (the per-user and per-filter rows, `refresh_breakdowns`), `recount` (the whole
recount, `_recompute`), `counting` (one entity's figures from its testimonies' facts and keys,
the kept periods), `mentions` (the testimonies' facts and witness keys, the kept mention rows,
`refresh_mentions`), `periods` (the period-filtered list's kept sums), `period_figures` (its
page's witnesses, countries and years kept as sums), `pages` (the entity page's kept data,
`refresh_entity_pages`), `exportable` (`refresh_exportable`, `exportable_count`) and `locking`
(the lock, no JIT, the queues emptied). Each imports from the others, never from this
package; here is re-exported what is called from outside.
"""

from testimony.entity_stats.counting import FIGURES
from testimony.entity_stats.exportable import exportable_count, refresh_exportable
from testimony.entity_stats.figures import refresh
from testimony.entity_stats.locking import serialized, without_jit
from testimony.entity_stats.mentions import refresh_mentions
from testimony.entity_stats.pages import refresh_entity_pages
from testimony.entity_stats.scoped import refresh_breakdowns

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
