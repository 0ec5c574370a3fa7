"""The per-user and per-filter figures (`EntityViewerStats`, `EntityFilterStats`) keep each
country's testimonies, earliest start and latest end (`periods`), so that `entity_stats.refresh`
adds or removes one testimony in a scope exactly instead of recounting that scope from every
testimony naming the entity (a link added to or removed from the most-named entity recounted
its 15,544 testimonies for each scope its testimony is in: about 270 ms at 100,000).

Rows written before hold no periods (NULL): when there are any, a rebuild marker is queued in
`EntityBreakdownStale`, which the background rebuild (queued after `migrate`) or the next
restricted user's list takes; until then a row without periods is recounted, as before.
"""

from django.db import migrations, models


def queue_rebuild(apps, schema_editor) -> None:
    viewer = apps.get_model("testimony", "EntityViewerStats")
    filters = apps.get_model("testimony", "EntityFilterStats")
    if viewer.objects.exists() or filters.objects.exists():
        apps.get_model("testimony", "EntityBreakdownStale").objects.create(entity_id=None)


class Migration(migrations.Migration):
    dependencies = [("testimony", "0033_entity_stats_pairs")]

    operations = [
        migrations.AddField(
            model_name="entityviewerstats", name="periods", field=models.TextField(null=True)
        ),
        migrations.AddField(
            model_name="entityfilterstats", name="periods", field=models.TextField(null=True)
        ),
        migrations.RunPython(queue_rebuild, migrations.RunPython.noop),
    ]
