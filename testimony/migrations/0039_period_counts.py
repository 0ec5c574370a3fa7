"""The sums the period-filtered corroboration list counts from (`EntityPeriodCount`: per viewer,
entity and year of a period's start or end), so that it reads a few dozen rows per entity
instead of every testimony naming it; and whose testimony each kept facts and witness row is
(author, interviewer, at the end of the index the page's figures read), so that a user who sees
only their own reads their rows without a join (docs/BENCHMARKS.md, eleventh pass). The rows
are written by the next rebuild of the kept mention rows (the marker below, which the task
worker takes after `migrate`); until then the pages that read them rewrite them first.
"""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('testimony', '0038_mention_filters'),
    ]

    operations = [
        migrations.CreateModel(
            name='EntityPeriodCount',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('viewer_id', models.BigIntegerField()),
                ('entity_id', models.BigIntegerField()),
                ('year', models.PositiveSmallIntegerField()),
                ('until', models.PositiveSmallIntegerField(default=0)),
                ('ends', models.IntegerField(default=0)),
                ('starts', models.IntegerField(default=0)),
                ('opens', models.IntegerField(default=0)),
                ('undated', models.IntegerField(default=0)),
                ('inverted', models.IntegerField(default=0)),
            ],
            options={
                'default_permissions': (),
                'indexes': [models.Index(fields=['viewer_id', 'year', 'entity_id', 'until', 'ends', 'starts', 'opens', 'undated', 'inverted'], name='periodcount_viewer_idx')],
                'constraints': [models.UniqueConstraint(fields=('entity_id', 'viewer_id', 'year', 'until'), name='periodcount_once')],
            },
        ),
        migrations.RemoveIndex(
            model_name='entitymentionfacts',
            name='mentionfacts_entity_idx',
        ),
        migrations.RemoveIndex(
            model_name='entitymentionwitness',
            name='mentionwitness_entity_idx',
        ),
        migrations.RemoveIndex(
            model_name='entitymentionwitness',
            name='mentionwitness_key_idx',
        ),
        migrations.AddField(
            model_name='entitymentionfacts',
            name='created_by_id',
            field=models.BigIntegerField(null=True),
        ),
        migrations.AddField(
            model_name='entitymentionfacts',
            name='interviewer_id',
            field=models.BigIntegerField(null=True),
        ),
        migrations.AddField(
            model_name='entitymentionwitness',
            name='created_by_id',
            field=models.BigIntegerField(null=True),
        ),
        migrations.AddField(
            model_name='entitymentionwitness',
            name='interviewer_id',
            field=models.BigIntegerField(null=True),
        ),
        migrations.AddIndex(
            model_name='entitymentionfacts',
            index=models.Index(fields=['entity_id', 'period_end', 'period_start', 'testimony_id', 'country_id', 'began', 'ended', 'created_by_id', 'interviewer_id'], name='mentionfacts_viewer_idx'),
        ),
        migrations.AddIndex(
            model_name='entitymentionwitness',
            index=models.Index(fields=['entity_id', 'witness', 'period_end', 'period_start', 'created_by_id', 'interviewer_id', 'testimony_id'], name='mentionwitness_keys_idx'),
        ),
        migrations.RunSQL(
            "INSERT INTO testimony_entitymentionstale (entity_id) VALUES (NULL)",
            migrations.RunSQL.noop,
        ),
    ]
