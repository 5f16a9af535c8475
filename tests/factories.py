import factory
import wagtail_factories
from django.utils.text import slugify

from partners.models import Topic
from stories.models import OrganisationType, StoryPage


class TopicFactory(factory.django.DjangoModelFactory):
    name_en = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.name_en))

    class Meta:
        model = Topic
        django_get_or_create = ("slug",)


class StoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"A story from a welcoming city {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.title))
    story_language = "en"
    body = "<p>Neighbours who arrived recently now run the community garden.</p>"
    city = "Mechelen"
    country = "BE"
    organisation = "City of Mechelen"
    organisation_type = OrganisationType.LOCAL_GOVERNMENT

    class Meta:
        model = StoryPage
