"""The entity page's queue (`EntityPageStale`) names the testimony a link added or removed, so
that `entity_stats.refresh_entity_pages` inserts it into, or takes it out of, the entity's kept
pages and timeline instead of reading every testimony naming the entity again (about 165 ms
for the entity named in 15,600 testimonies at 100,000, 115 ms of it the one ordered read).
A row without a testimony still asks for the entity's whole recount.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("testimony", "0034_breakdown_periods")]

    operations = [
        migrations.AddField(
            model_name="entitypagestale",
            name="testimony_id",
            field=models.BigIntegerField(null=True),
        ),
        migrations.AddField(
            model_name="entitypagestale", name="added", field=models.BooleanField(null=True)
        ),
    ]
