"""Wagtail's PostgreSQL search filters on ``title || body`` of its index table, an
expression none of its own indexes covers: every search scanned the whole table.
This GIN index on the expression lets the planner find the matches directly."""

from django.db import migrations

CREATE = (
    "CREATE INDEX IF NOT EXISTS wagtailsearch_indexentry_title_body_gin "
    "ON wagtailsearch_indexentry USING GIN ((title || body))"
)
DROP = "DROP INDEX IF EXISTS wagtailsearch_indexentry_title_body_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [
        ("campaign", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
