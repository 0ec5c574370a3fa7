"""The countries and sectors each kept mention row counts under (`EntityMentionFilter`: one row
per entity, testimony and distinct country or sector of the testimony or its postings, with its
author and interviewer), and two indexes by value and author or interviewer: the list of a user
who sees only their own testimonies under one country or one sector filter is then one grouped
read of their rows of that value, instead of the ids of the testimonies counted read first and
their links and postings joined after (docs/BENCHMARKS.md, tenth pass). The rows are written by
the next rebuild (the marker below, which the task worker takes after `migrate`); until then
the pages that read them rewrite them first, as after any rebuild marker.
"""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('testimony', '0037_filter_id_indexes'),
    ]

    operations = [
        migrations.CreateModel(
            name='EntityMentionFilter',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('entity_id', models.BigIntegerField()),
                ('testimony_id', models.BigIntegerField()),
                ('dimension', models.CharField(choices=[('country', 'Country'), ('sector', 'Sector')], max_length=10)),
                ('value', models.BigIntegerField()),
                ('created_by_id', models.BigIntegerField(null=True)),
                ('interviewer_id', models.BigIntegerField(null=True)),
            ],
            options={
                'default_permissions': (),
                'indexes': [models.Index(fields=['dimension', 'value', 'created_by_id', 'entity_id', 'testimony_id'], name='mentionfilter_author_idx'), models.Index(fields=['dimension', 'value', 'interviewer_id', 'entity_id', 'testimony_id'], name='mentionfilter_interviewer_idx')],
                'constraints': [models.UniqueConstraint(fields=('testimony_id', 'entity_id', 'dimension', 'value'), name='mentionfilter_once')],
            },
        ),
        migrations.RunSQL(
            "INSERT INTO testimony_entitymentionstale (entity_id) VALUES (NULL)",
            migrations.RunSQL.noop,
        ),
    ]
