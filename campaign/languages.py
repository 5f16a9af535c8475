from django.utils import translation


def language_dir(code):
    """The text direction of a language code: "rtl" or "ltr"."""
    return "rtl" if translation.get_language_info(code)["bidi"] else "ltr"
