"""The period-filtered corroboration list's page figures kept as sums (`EntityPeriodFigure`: per
entity, the distinct witnesses, each country, first year and last year, by year of a period's
start or end), so that its 25 entities are read from a few hundred rows each instead of every
kept facts and witness row under the period; and a partial index of the kept facts rows without
an earliest start or a latest end, or ending in a year before they start, which the page reads
apart (docs/BENCHMARKS.md, twelfth pass). The rows are written by the next rebuild of the kept
mention rows (the marker below, which the task worker takes after `migrate`); until then the
pages that read them rewrite them first.
"""

import django.db.models.functions.text
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('testimony', '0041_audit_passages_approved'),
    ]

    operations = [
        migrations.CreateModel(
            name='EntityPeriodFigure',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('entity_id', models.BigIntegerField()),
                ('figure', models.PositiveSmallIntegerField(choices=[(1, 'witnesses'), (2, 'country'), (3, 'first year'), (4, 'last year')])),
                ('value', models.BigIntegerField(default=0)),
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
            },
        ),
        migrations.AddIndex(
            model_name='entitymentionfacts',
            index=models.Index(condition=models.Q(('began__isnull', True), ('ended__isnull', True), ('ended__lt', django.db.models.functions.text.Substr('began', 1, 4)), _connector='OR'), fields=['entity_id', 'period_end', 'period_start', 'country_id', 'began', 'ended'], name='mentionfacts_irregular_idx'),
        ),
        migrations.AddIndex(
            model_name='entityperiodfigure',
            index=models.Index(fields=['entity_id', 'year', 'figure', 'value', 'until', 'ends', 'starts', 'opens', 'undated', 'inverted'], name='periodfigure_read_idx'),
        ),
        migrations.AddConstraint(
            model_name='entityperiodfigure',
            constraint=models.UniqueConstraint(fields=('entity_id', 'figure', 'value', 'year', 'until'), name='periodfigure_once'),
        ),
        migrations.RunSQL(
            "INSERT INTO testimony_entitymentionstale (entity_id) VALUES (NULL)",
            migrations.RunSQL.noop,
        ),
    ]
