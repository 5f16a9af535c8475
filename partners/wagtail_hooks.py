from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import City, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    search_fields = ["name_en", "name_fr", "name_es", "name_ar"]


class CityViewSet(SnippetViewSet):
    model = City
    icon = "site"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "country", "slug"]
    list_filter = ["country"]
    search_fields = ["name_en", "name_fr", "name_es", "name_ar"]


register_snippet(TopicViewSet)
register_snippet(CityViewSet)
