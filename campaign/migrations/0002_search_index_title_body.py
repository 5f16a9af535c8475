"""Indexes for Wagtail's PostgreSQL search, which it does not create itself.

The search filters on ``title || body`` of its index table and joins the matches to
pages on ``object_id = id::varchar``; no index covered either expression, so every
search read the whole index table and every page. With these two, a search costs
what its matches cost, whatever the number of pages."""

from django.db import migrations

INDEXES = {
    "wagtailsearch_indexentry_title_body_gin": (
        "wagtailsearch_indexentry USING GIN ((title || body))"
    ),
    "wagtailcore_page_id_text": "wagtailcore_page (((id)::varchar(50)::text))",
}


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name, target in INDEXES.items():
            schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {target}")


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name in INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("campaign", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
