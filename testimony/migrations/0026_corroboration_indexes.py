"""Indexes the corroboration pages read instead of rows (views/entities.py): a posting's
countries and periods by testimony, and a testimony's witnesses by role.

The persons' index is created in SQL, outside the model state: `models/persons.py` belongs to
other work, and the index changes no behaviour (the lead may move it into `Person.Meta`).
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("testimony", "0025_entity_merges"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="posting",
            index=models.Index(
                fields=["testimony", "country", "period_start", "period_end"],
                name="posting_facts_idx",
            ),
        ),
        migrations.RunSQL(
            "CREATE INDEX person_testimony_role_idx ON testimony_person (testimony_id, role)",
            reverse_sql="DROP INDEX person_testimony_role_idx",
        ),
    ]
