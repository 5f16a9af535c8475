"""Wagtail's search joins its index table to pages on ``object_id = id::varchar``.
With no index on that expression, PostgreSQL read every page to join even a single
match; with it, a rare word costs the same whatever the number of pages."""

from django.db import migrations

CREATE = (
    "CREATE INDEX IF NOT EXISTS wagtailcore_page_id_text "
    "ON wagtailcore_page (((id)::varchar(50)::text))"
)
DROP = "DROP INDEX IF EXISTS wagtailcore_page_id_text"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("campaign", "0002_search_index_title_body")]

    operations = [migrations.RunPython(create_index, drop_index)]
