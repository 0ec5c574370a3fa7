"""The indicators' supporting passages as approved in the redaction review (review_texts.py).

An anonymization approved before this migration keeps `passages` empty (None): its passages
were never reviewed, so a bundle releases none of them until a new version is approved.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("testimony", "0039_period_counts"),
    ]

    operations = [
        migrations.AddField(
            model_name="anonymization",
            name="passages",
            field=models.JSONField(blank=True, null=True, verbose_name="anonymized passages"),
        ),
    ]
