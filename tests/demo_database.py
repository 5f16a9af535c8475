"""The demo site, committed once per test session, and a copy of it to come back to.

Building the demo takes several seconds, so it is built once, after the test
database is created, and left committed. Tests in a transaction see it and roll
back what they change. Tests that commit (``transaction=True``, live servers that
write) are followed by a restore of the copy: every table's rows on PostgreSQL
(binary ``COPY``), the whole file on SQLite (its backup API), and any media file
that went missing.
"""

import os
import shutil
import sqlite3
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction
from django.utils import translation


class DemoDatabase:
    def __init__(self):
        name = str(connection.settings_dict["NAME"])
        if not (name.startswith("test_") or "memory" in name):
            raise RuntimeError(f"Not a test database: {name}")
        with translation.override("en"):
            call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
        self.media = Path(settings.MEDIA_ROOT)
        self.media_copy = self.media.with_name(self.media.name + "-demo")
        shutil.rmtree(self.media_copy, ignore_errors=True)
        shutil.copytree(self.media, self.media_copy)
        self.media_files = [
            path.relative_to(self.media_copy)
            for path in self.media_copy.rglob("*")
            if path.is_file()
        ]
        if connection.vendor == "postgresql":
            self.tables = self._copy_postgresql()
        else:
            self.sqlite = sqlite3.connect(":memory:", check_same_thread=False)
            connection.ensure_connection()
            connection.connection.backup(self.sqlite)

    def restore(self):
        """Bring back the rows and files of the demo as it was built."""
        if connection.vendor == "postgresql":
            self._restore_postgresql()
        else:
            connection.ensure_connection()
            self.sqlite.backup(connection.connection)
        ContentType.objects.clear_cache()
        self.restore_media()

    def restore_media(self):
        for name in self.media_files:
            if not (self.media / name).exists():
                (self.media / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(self.media_copy / name, self.media / name)

    def _copy_postgresql(self):
        connection.ensure_connection()
        raw = connection.connection
        with raw.cursor() as cursor:
            cursor.execute(
                "SELECT table_name, string_agg(quote_ident(column_name), ', ' "
                "ORDER BY ordinal_position) FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND is_generated = 'NEVER' "
                "AND table_name IN (SELECT table_name FROM information_schema.tables"
                " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE')"
                " AND table_name <> 'django_migrations' GROUP BY table_name"
            )
            columns = cursor.fetchall()
            tables = []
            for table, names in columns:
                table = connection.ops.quote_name(table)
                sql = f"COPY {table} ({names}) TO STDOUT (FORMAT BINARY)"
                with cursor.copy(sql) as copy:
                    data = b"".join(bytes(block) for block in copy)
                tables.append((table, names, data))
        return tables

    def _restore_postgresql(self):
        connection.ensure_connection()
        raw = connection.connection
        with transaction.atomic(), raw.cursor() as cursor:
            cursor.execute(f"TRUNCATE {', '.join(t for t, _n, _d in self.tables)}")
            for table, names, data in self.tables:
                sql = f"COPY {table} ({names}) FROM STDIN (FORMAT BINARY)"
                with cursor.copy(sql) as copy:
                    copy.write(data)
            for statement in connection.ops.sequence_reset_sql(
                no_style(), apps.get_models(include_auto_created=True)
            ):
                cursor.execute(statement)
