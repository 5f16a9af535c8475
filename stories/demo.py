"""Demo stories, topics and pending submissions, written for this site from the seeds."""

import io
import random

from django.core.files.base import ContentFile
from django.utils import translation
from PIL import Image, ImageDraw
from wagtail.images import get_image_model

from campaign.demo_content import translated
from partners.models import Topic

from . import services
from .models import OrganisationType, StoryIndexPage, StoryPage, Submission

TOPICS = [
    (
        "narratives",
        {
            "en": "Narratives and communication",
            "fr": "Récits et communication",
            "es": "Narrativas y comunicación",
            "ar": "السرديات والتواصل",
        },
    ),
    (
        "citizenship",
        {
            "en": "Inclusive citizenship",
            "fr": "Citoyenneté inclusive",
            "es": "Ciudadanía inclusiva",
            "ar": "المواطنة الشاملة",
        },
    ),
    (
        "civil-society",
        {
            "en": "Cooperation with civil society",
            "fr": "Coopération avec la société civile",
            "es": "Cooperación con la sociedad civil",
            "ar": "التعاون مع المجتمع المدني",
        },
    ),
    (
        "social-cohesion",
        {
            "en": "Social cohesion",
            "fr": "Cohésion sociale",
            "es": "Cohesión social",
            "ar": "التماسك الاجتماعي",
        },
    ),
    (
        "services",
        {
            "en": "Access to services",
            "fr": "Accès aux services",
            "es": "Acceso a los servicios",
            "ar": "الوصول إلى الخدمات",
        },
    ),
    (
        "women",
        {
            "en": "Migrant women",
            "fr": "Femmes migrantes",
            "es": "Mujeres migrantes",
            "ar": "النساء المهاجرات",
        },
    ),
]

INDEX = {
    "slug": {"en": "stories", "fr": "recits", "es": "historias", "ar": "قصص"},
    "title": {"en": "Stories", "fr": "Récits", "es": "Historias", "ar": "قصص"},
    "introduction": {
        "en": "Cities, local governments and organisations tell how migration strengthens their communities.",
        "fr": "Des villes, des gouvernements locaux et des organisations racontent comment la migration renforce leurs communautés.",
        "es": "Ciudades, gobiernos locales y organizaciones cuentan cómo la migración fortalece a sus comunidades.",
        "ar": "مدن وحكومات محلية ومنظمات تروي كيف تقوّي الهجرة مجتمعاتها.",
    },
}

PUBLISHED = [
    {
        "language": "es",
        "title": "Sevilla reequilibra el relato sobre la migración",
        "body": [
            "En junio de 2020, en plena pandemia, el Ayuntamiento de Sevilla y el Fondo Andaluz de Municipios para la Solidaridad Internacional (FAMSI) reunieron a ciudades del Mediterráneo para hablar de cómo se cuenta la migración.",
            "De aquel encuentro salió un informe con recomendaciones: comunicar con datos y con voces de vecinos, dar a los ayuntamientos un papel activo y mostrar a la ciudad como un lugar que se construye entre todas las personas que la habitan.",
        ],
        "translations": {
            "en": (
                "Seville rebalances the story of migration",
                [
                    "In June 2020, in the middle of the pandemic, the City of Seville and the Andalusian Fund of Municipalities for International Solidarity (FAMSI) brought Mediterranean cities together to talk about how migration is told.",
                    "The meeting led to a report with recommendations: communicate with facts and with neighbours' voices, give city halls an active role, and show the city as a place built by everyone who lives in it.",
                ],
            )
        },
        "city": "Sevilla",
        "country": "ES",
        "organisation": "Ayuntamiento de Sevilla",
        "type": OrganisationType.LOCAL_GOVERNMENT,
        "topics": ["narratives", "social-cohesion"],
        "colour": (214, 106, 52),
    },
    {
        "language": "fr",
        "title": "Grenoble invente une citoyenneté locale pour toutes et tous",
        "body": [
            "Du 16 au 18 mars 2021, Grenoble a accueilli en ligne un échange entre villes méditerranéennes sur la citoyenneté locale inclusive, avec la commission Inclusion sociale, démocratie participative et droits humains de CGLU.",
            "Ateliers de récits, parcours d'habitantes et d'habitants dans les services publics, participation politique des personnes migrantes : la ville montre qu'on peut appartenir à une commune quel que soit son statut.",
        ],
        "city": "Grenoble",
        "country": "FR",
        "organisation": "Ville de Grenoble",
        "type": OrganisationType.LOCAL_GOVERNMENT,
        "topics": ["citizenship", "services"],
        "colour": (41, 120, 160),
    },
    {
        "language": "ar",
        "title": "صفاقس: البلدية والمجتمع المدني يداً بيد",
        "body": [
            "في حزيران/يونيو 2019 استضافت مدينة صفاقس لقاءً للتعلم بين الأقران جمع البلدية ومنظمات المجتمع المدني ومؤسسات دولية لبحث سبل التنسيق في حوكمة الهجرة على المستوى المحلي.",
            "خرج المشاركون بفكرة بسيطة: حين تعمل الجمعيات والبلدية معاً، يصل المهاجرون إلى الخدمات بسهولة أكبر، وتصبح المدينة أكثر ترحيباً بالجميع.",
        ],
        "city": "صفاقس",
        "country": "TN",
        "organisation": "بلدية صفاقس",
        "type": OrganisationType.LOCAL_GOVERNMENT,
        "topics": ["civil-society", "services"],
        "colour": (30, 130, 90),
    },
    {
        "language": "en",
        "title": "Lisbon puts intercultural dialogue at the heart of city policy",
        "body": [
            "In July 2016 Lisbon hosted the first peer learning of the Mediterranean City-to-City Migration project, on social cohesion and intercultural and inter-religious dialogue.",
            "City officials compared how municipal services, schools and neighbourhood associations help newcomers and long-time residents meet, and how a city can keep that dialogue going year after year.",
        ],
        "city": "Lisbon",
        "country": "PT",
        "organisation": "Lisbon City Council",
        "type": OrganisationType.LOCAL_GOVERNMENT,
        "topics": ["social-cohesion"],
        "colour": (160, 60, 110),
    },
]

PENDING = [
    {
        "story_language": "ar",
        "title": "سوسة تفتح أبواب مكاتبها للقادمين الجدد",
        "body": "بدأت بلدية سوسة برنامجاً لاستقبال القادمين الجدد في مكاتبها، يقدّم المعلومات بعدة لغات ويربطهم بالجمعيات المحلية.\n\nيقول الموظفون إن أكثر ما تغيّر هو الثقة: صار الناس يأتون بأسئلتهم بدل أن يبقوا بعيدين عن الإدارة، وصارت الأحياء تعرف جيرانها الجدد.",
        "city": "سوسة",
        "country": "TN",
        "organisation": "بلدية سوسة",
        "organisation_type": OrganisationType.LOCAL_GOVERNMENT,
        "name": "Demo submitter",
        "email": "sousse.demo@example.org",
    },
    {
        "story_language": "en",
        "title": "A Mechelen football club where every newcomer gets a shirt",
        "body": "Every Saturday a neighbourhood football club in Mechelen welcomes children who arrived in the city that year. Coaches are volunteers, many of them newcomers a few years ago themselves.\n\nParents meet on the touchline, swap phone numbers and help each other with school forms. The club says the matches are the easy part; the friendships are what lasts.",
        "city": "Mechelen",
        "country": "BE",
        "organisation": "Neighbourhood sports association",
        "organisation_type": OrganisationType.CIVIL_SOCIETY,
        "name": "Demo submitter",
        "email": "mechelen.demo@example.org",
    },
]


def demo_photo(title, colour, seed):
    """A simple generated illustration, so the demo needs no downloaded images."""
    rng = random.Random(seed)  # noqa: S311 - decoration, not security
    image = Image.new("RGB", (1200, 750), colour)
    draw = ImageDraw.Draw(image)
    for _ in range(14):
        x, y, r = rng.randint(0, 1200), rng.randint(0, 750), rng.randint(40, 180)
        tint = tuple(min(255, c + rng.randint(20, 90)) for c in colour)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=tint)
    output = io.BytesIO()
    image.save(output, "JPEG", quality=85)
    return get_image_model().objects.create(
        title=title, file=ContentFile(output.getvalue(), name=f"demo-story-{seed}.jpg")
    )


def load(command, home):
    topics = {}
    for slug, names in TOPICS:
        topic, _created = Topic.objects.get_or_create(
            slug=slug, defaults=translated(name=names)
        )
        topics[slug] = topic
    index = StoryIndexPage.objects.first()
    if index is None:
        index = StoryIndexPage(
            slug="stories",
            **translated(**INDEX),
        )
        home.add_child(instance=index)
        index.save_revision().publish()
        services.story_index_setup(index=index)
        command.step("story index: created in en, fr, es, ar")
    else:
        command.step("story index: already there")

    for number, story in enumerate(PUBLISHED):
        code = story["language"]
        if StoryPage.objects.filter(**{f"title_{code}": story["title"]}).exists():
            command.step(f"story '{story['title']}': already there")
            continue
        fields = {
            f"title_{code}": story["title"],
            f"body_{code}": "".join(f"<p>{p}</p>" for p in story["body"]),
            f"photo_alt_{code}": story["title"],
        }
        for other, (title, body) in story.get("translations", {}).items():
            fields[f"title_{other}"] = title
            fields[f"body_{other}"] = "".join(f"<p>{p}</p>" for p in body)
        with translation.override(code):
            page = StoryPage(
                story_language=code,
                city=story["city"],
                country=story["country"],
                organisation=story["organisation"],
                organisation_type=story["type"],
                photo=demo_photo(story["title"], story["colour"], number),
                photo_credit="It Takes a Community",
                **fields,
            )
            page.topics = [topics[slug] for slug in story["topics"]]
            index.add_child(instance=page)
            page.save_revision().publish()
        command.step(f"story '{story['title']}': published ({code})")

    for data in PENDING:
        if Submission.objects.filter(email=data["email"]).exists():
            command.step(f"submission '{data['title']}': already there")
            continue
        submission = services.story_submit(
            index=index,
            data={
                **data,
                "consent_publication": True,
                "consent_privacy": True,
                "topics": [],
            },
            language=data["story_language"],
        )
        command.step(
            f"submission '{data['title']}': waiting for moderation ({submission.reference})"
        )
    return index
