"""The testimony's author, interviewer and case code on each kept mention row
(`EntityMention`), with two indexes in the entity page's order: the page of a user who sees only
their own testimonies then reads their rows of the entity instead of looking up every
testimony naming it. The existing rows are rewritten by the next rebuild (the marker below,
which the task worker takes after `migrate`); until then the period-filtered pages rewrite
them first, as after any rebuild marker.
"""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('testimony', '0035_entity_page_pairs'),
    ]

    operations = [
        migrations.AddField(
            model_name='entitymention',
            name='case_code',
            field=models.CharField(blank=True, max_length=20),
        ),
        migrations.AddField(
            model_name='entitymention',
            name='created_by_id',
            field=models.BigIntegerField(null=True),
        ),
        migrations.AddField(
            model_name='entitymention',
            name='interviewer_id',
            field=models.BigIntegerField(null=True),
        ),
        migrations.AddIndex(
            model_name='entitymention',
            index=models.Index(fields=['entity_id', 'created_by_id', 'period_start', 'case_code', 'testimony_id', 'period_end'], name='mention_author_idx'),
        ),
        migrations.AddIndex(
            model_name='entitymention',
            index=models.Index(fields=['entity_id', 'interviewer_id', 'period_start', 'case_code', 'testimony_id', 'period_end'], name='mention_interviewer_idx'),
        ),
        migrations.RunSQL(
            "INSERT INTO testimony_entitymentionstale (entity_id) VALUES (NULL)",
            migrations.RunSQL.noop,
        ),
    ]
