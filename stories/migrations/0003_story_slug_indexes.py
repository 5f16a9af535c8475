"""Index the translated slug columns of wagtailcore_page.

wagtail-modeltranslation adds slug_<lang> (and the other translated Page columns)
after all migrations have run, without indexes. Routing and slug checks query these
columns, so each gets an index here. On a new database this migration runs before
those columns exist: it adds the slug columns itself, exactly as
sync_page_translation_fields would (that command then finds them and skips them).
"""

from django.db import migrations

TABLE = "wagtailcore_page"


def slug_columns():
    from modeltranslation import settings as mt_settings
    from modeltranslation.utils import build_localized_fieldname

    return [
        build_localized_fieldname("slug", code)
        for code in mt_settings.AVAILABLE_LANGUAGES
    ]


def index_name(column):
    return f"wagtailcore_page_{column}_idx"


def add_indexes(apps, schema_editor):
    from wagtail.models import Page

    connection = schema_editor.connection
    quote = schema_editor.quote_name
    with connection.cursor() as cursor:
        existing = {
            column.name
            for column in connection.introspection.get_table_description(cursor, TABLE)
        }
    for column in slug_columns():
        if column not in existing:
            field = Page._meta.get_field(column)
            schema_editor.execute(
                f"ALTER TABLE {quote(TABLE)} ADD COLUMN {quote(column)} "
                f"{field.db_type(connection=connection)}"
            )
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {quote(index_name(column))} "
            f"ON {quote(TABLE)} ({quote(column)})"
        )


def drop_indexes(apps, schema_editor):
    quote = schema_editor.quote_name
    for column in slug_columns():
        schema_editor.execute(f"DROP INDEX IF EXISTS {quote(index_name(column))}")


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0002_submission_attempts"),
    ]

    operations = [migrations.RunPython(add_indexes, drop_indexes)]
