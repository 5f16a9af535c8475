"""The interface is fully translated; committed .mo files match their .po files."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE = Path(settings.BASE_DIR) / "locale"
PLACEHOLDER = re.compile(r"%\(\w+\)s")
TRANSLATED = [code for code, _name in settings.LANGUAGES if code != "en"]


def catalog(entries):
    return {
        (entry.msgctxt, entry.msgid): (
            entry.msgstr,
            tuple(sorted(entry.msgstr_plural.items())),
        )
        for entry in entries
        if entry.msgid and not entry.obsolete
    }


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_message_is_translated_and_none_is_fuzzy(code):
    po = polib.pofile(str(LOCALE / code / "LC_MESSAGES" / "django.po"))

    assert len(po) > 50
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []
    assert "fuzzy" not in po.metadata_is_fuzzy


@pytest.mark.parametrize("code", TRANSLATED)
def test_compiled_catalog_matches_its_source(code):
    """A .mo compiled from an older .po differs from it (fix: `make messages`)."""
    folder = LOCALE / code / "LC_MESSAGES"
    po = polib.pofile(str(folder / "django.po"))
    mo = polib.mofile(str(folder / "django.mo"))

    assert catalog(mo) == catalog(e for e in po if not e.fuzzy)


@pytest.mark.parametrize("code", TRANSLATED)
def test_placeholders_survive_translation(code):
    """Each translation uses the same named placeholders as its source. Arabic's
    zero, one and two forms may say the number in words and leave the count out."""
    po = polib.pofile(str(LOCALE / code / "LC_MESSAGES" / "django.po"))

    for entry in po.translated_entries():
        expected = set(PLACEHOLDER.findall(entry.msgid))
        texts = [(None, entry.msgstr), *entry.msgstr_plural.items()]
        for form, text in texts:
            if not text:
                continue
            found = set(PLACEHOLDER.findall(text))
            if code == "ar" and form in (0, 1, 2):
                assert found <= expected, entry.msgid
            else:
                assert found == expected, entry.msgid
