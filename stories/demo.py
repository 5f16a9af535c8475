"""Demo stories and pending submissions, written for this site from the seeds."""

import random
from datetime import timedelta

from django.db import transaction
from django.utils import translation
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.search.index import insert_or_update_object

from campaign.caching import published_pages_changed
from campaign.demo_content import translated
from campaign.services import page_translations_record
from partners.demo import load_topics
from partners.models import Topic
from partners.selectors import city_for

from . import services
from .models import (
    DEFAULT_LANGUAGE_COPIES,
    OrganisationType,
    StoryIndexPage,
    StoryPage,
    Submission,
)

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
    """A drawn street scene in the story's colour: the demo downloads nothing."""
    from campaign.demo_images import story_picture

    return get_image_model().objects.create(
        title=title,
        file=story_picture(colour, seed, name=f"demo-story-{seed}.jpg"),
    )


def story_index(command, home):
    """The story index with its moderation workflow: the one part of the stories
    that a new, empty site has too (setup_site)."""
    index = StoryIndexPage.objects.first()
    if index is not None:
        command.step("story index: already there")
        return index
    index = StoryIndexPage(slug="stories", **translated(**INDEX))
    home.add_child(instance=index)
    index.save_revision().publish()
    services.story_index_setup(index=index)
    command.step("story index: created in en, fr, es, ar")
    return index


def link_places():
    """Stories with a city typed as text get the known city that matches it."""
    for story in StoryPage.objects.filter(place__isnull=True):
        city = city_for(story.city, story.country)
        if city is not None:
            StoryPage.objects.filter(pk=story.pk).update(place=city)
            story.place = city
            insert_or_update_object(story)


def load(command, home):
    """The story index, published stories and submissions waiting for moderation;
    runs after the partners' demo, whose cities the stories belong to."""
    link_places()
    topics = load_topics()
    index = story_index(command, home)

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
                place=city_for(story["city"], story["country"]),
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


# --- Generated stories, to see the site at scale ---

GENERATED_PHOTOS = 6
GENERATED_BATCH = 1000

CITIES = {
    "en": [
        ("Manchester", "GB"),
        ("Bristol", "GB"),
        ("Dublin", "IE"),
        ("Mechelen", "BE"),
        ("Amsterdam", "NL"),
        ("Malmö", "SE"),
        ("Athens", "GR"),
        ("Naples", "IT"),
        ("Chicago", "US"),
        ("Toronto", "CA"),
        ("Nairobi", "KE"),
        ("Kampala", "UG"),
        ("Accra", "GH"),
        ("Lisbon", "PT"),
    ],
    "fr": [
        ("Lyon", "FR"),
        ("Marseille", "FR"),
        ("Grenoble", "FR"),
        ("Bordeaux", "FR"),
        ("Bruxelles", "BE"),
        ("Liège", "BE"),
        ("Genève", "CH"),
        ("Montréal", "CA"),
        ("Dakar", "SN"),
        ("Abidjan", "CI"),
        ("Rabat", "MA"),
        ("Tunis", "TN"),
    ],
    "es": [
        ("Sevilla", "ES"),
        ("Madrid", "ES"),
        ("Barcelona", "ES"),
        ("Valencia", "ES"),
        ("Málaga", "ES"),
        ("Bilbao", "ES"),
        ("Ciudad de México", "MX"),
        ("Bogotá", "CO"),
        ("Lima", "PE"),
        ("Santiago", "CL"),
        ("Buenos Aires", "AR"),
        ("Quito", "EC"),
    ],
    "ar": [
        ("صفاقس", "TN"),
        ("سوسة", "TN"),
        ("تونس", "TN"),
        ("الرباط", "MA"),
        ("طنجة", "MA"),
        ("عمّان", "JO"),
        ("إربد", "JO"),
        ("بيروت", "LB"),
        ("طرابلس", "LB"),
        ("الإسكندرية", "EG"),
        ("القاهرة", "EG"),
        ("رام الله", "PS"),
    ],
}

ORGANISATIONS = {
    "en": [
        ("City of {city}", OrganisationType.LOCAL_GOVERNMENT),
        ("{city} Welcome Network", OrganisationType.CIVIL_SOCIETY),
        ("{city} Refugee Council", OrganisationType.CIVIL_SOCIETY),
        ("University of {city}", OrganisationType.ACADEMIA),
        ("{city} Chamber of Commerce", OrganisationType.BUSINESS),
    ],
    "fr": [
        ("Ville de {city}", OrganisationType.LOCAL_GOVERNMENT),
        ("Réseau d'accueil de {city}", OrganisationType.CIVIL_SOCIETY),
        ("Association Horizons {city}", OrganisationType.CIVIL_SOCIETY),
        ("Université de {city}", OrganisationType.ACADEMIA),
        ("Chambre de commerce de {city}", OrganisationType.BUSINESS),
    ],
    "es": [
        ("Ayuntamiento de {city}", OrganisationType.LOCAL_GOVERNMENT),
        ("Red de acogida de {city}", OrganisationType.CIVIL_SOCIETY),
        ("Fundación Puentes {city}", OrganisationType.CIVIL_SOCIETY),
        ("Universidad de {city}", OrganisationType.ACADEMIA),
        ("Cámara de Comercio de {city}", OrganisationType.BUSINESS),
    ],
    "ar": [
        ("بلدية {city}", OrganisationType.LOCAL_GOVERNMENT),
        ("شبكة الاستقبال في {city}", OrganisationType.CIVIL_SOCIETY),
        ("جمعية الجسور في {city}", OrganisationType.CIVIL_SOCIETY),
        ("جامعة {city}", OrganisationType.ACADEMIA),
        ("غرفة التجارة في {city}", OrganisationType.BUSINESS),
    ],
}

SUBJECTS = {
    "en": [
        "A community kitchen",
        "A neighbourhood football club",
        "A language café",
        "A women's cooperative",
        "A mentoring programme",
        "A school choir",
        "A welcome desk at city hall",
        "A repair workshop",
        "A community garden",
        "A youth radio station",
    ],
    "fr": [
        "Une cuisine solidaire",
        "Un club de football de quartier",
        "Un café des langues",
        "Une coopérative de femmes",
        "Un programme de parrainage",
        "Une chorale d'école",
        "Un guichet d'accueil à la mairie",
        "Un atelier de réparation",
        "Un jardin partagé",
        "Une radio de jeunes",
    ],
    "es": [
        "Una cocina comunitaria",
        "Un club de fútbol de barrio",
        "Un café de idiomas",
        "Una cooperativa de mujeres",
        "Un programa de mentoría",
        "Un coro escolar",
        "Una oficina de acogida en el ayuntamiento",
        "Un taller de reparación",
        "Un huerto comunitario",
        "Una radio juvenil",
    ],
    "ar": [
        "مطبخ مجتمعي",
        "نادٍ لكرة القدم في الحي",
        "مقهى للغات",
        "برنامج للإرشاد",
        "مكتب استقبال في البلدية",
        "مركز شبابي",
        "مشروع للجيرة",
        "منتدى للحوار",
        "فريق من المتطوعين",
        "صندوق للمبادرات المحلية",
    ],
}

PREDICATES = {
    "en": [
        "brings newcomers and neighbours together in {city}",
        "opens its doors to every new arrival in {city}",
        "turns strangers into friends in {city}",
        "gives {city} a new way to tell its story",
        "helps families settle in {city}",
    ],
    "fr": [
        "rapproche nouveaux venus et voisins à {city}",
        "ouvre ses portes à chaque nouvel arrivant à {city}",
        "fait de parfaits inconnus des amis à {city}",
        "donne à {city} une autre façon de raconter son histoire",
        "aide les familles à s'installer à {city}",
    ],
    "es": [
        "une a recién llegados y vecinos en {city}",
        "abre sus puertas a cada persona recién llegada a {city}",
        "convierte a desconocidos en amigos en {city}",
        "da a {city} otra forma de contar su historia",
        "ayuda a las familias a instalarse en {city}",
    ],
    "ar": [
        "يجمع القادمين الجدد والجيران في {city}",
        "يفتح أبوابه لكل وافد جديد في {city}",
        "يحوّل الغرباء إلى أصدقاء في {city}",
        "يمنح {city} طريقة جديدة لرواية قصتها",
        "يساعد العائلات على الاستقرار في {city}",
    ],
}

SENTENCES = {
    "en": [
        "It started in {year}, when {org} asked residents what would make newcomers feel at home.",
        "Every week volunteers, many of them newcomers a few years ago, welcome people who arrived recently.",
        "Parents swap phone numbers, help each other with school forms and share recipes.",
        "City staff say trust has grown: people now come with their questions instead of staying away.",
        "Two other neighbourhoods of {city} have since started their own version.",
        "Local shops give what they can, and the local paper now tells these stories too.",
        "What lasts, the organisers say, are the friendships.",
    ],
    "fr": [
        "Tout a commencé en {year}, quand {org} a demandé aux habitants ce qui aiderait les nouveaux venus à se sentir chez eux.",
        "Chaque semaine, des bénévoles, souvent arrivés eux-mêmes il y a quelques années, accueillent les personnes arrivées récemment.",
        "Les parents échangent leurs numéros, s'aident pour les formulaires de l'école et partagent leurs recettes.",
        "Les agents de la ville constatent que la confiance a grandi : on vient désormais poser ses questions.",
        "Deux autres quartiers de {city} ont depuis lancé leur propre version.",
        "Les commerces du quartier donnent ce qu'ils peuvent, et le journal local raconte aussi ces histoires.",
        "Ce qui reste, disent les organisateurs, ce sont les amitiés.",
    ],
    "es": [
        "Todo empezó en {year}, cuando {org} preguntó a los vecinos qué ayudaría a las personas recién llegadas a sentirse en casa.",
        "Cada semana, voluntarios que en muchos casos llegaron hace pocos años reciben a quienes acaban de llegar.",
        "Las familias intercambian teléfonos, se ayudan con los trámites escolares y comparten recetas.",
        "El personal municipal dice que la confianza ha crecido: ahora la gente viene con sus preguntas.",
        "Otros dos barrios de {city} han puesto en marcha su propia versión.",
        "Las tiendas del barrio aportan lo que pueden y el periódico local también cuenta estas historias.",
        "Lo que queda, dicen sus organizadores, son las amistades.",
    ],
    "ar": [
        "بدأ كل شيء في عام {year}، حين سألت {org} السكان عمّا يجعل القادمين الجدد يشعرون بأنهم في بيتهم.",
        "كل أسبوع يستقبل متطوعون، وصل كثير منهم قبل سنوات قليلة، من وصلوا حديثاً.",
        "يتبادل الأهالي أرقام الهواتف ويساعد بعضهم بعضاً في استمارات المدرسة ويتشاركون الوصفات.",
        "يقول موظفو البلدية إن الثقة ازدادت: صار الناس يأتون بأسئلتهم بدل أن يبقوا بعيدين.",
        "بدأ حيّان آخران في {city} نسختهما الخاصة من المشروع.",
        "تقدّم المحلات ما تستطيع، وصارت الصحيفة المحلية تروي هذه القصص أيضاً.",
        "يقول المنظمون إن ما يبقى هو الصداقات.",
    ],
}

PHOTO_COLOURS = [
    (214, 106, 52),
    (41, 120, 160),
    (30, 130, 90),
    (160, 60, 110),
    (120, 100, 40),
    (70, 70, 150),
]


def generated_photos():
    """A few images that generated stories share, created once."""
    Image = get_image_model()
    photos = list(Image.objects.filter(title__startswith="Generated story photo"))
    for number in range(len(photos), GENERATED_PHOTOS):
        title = f"Generated story photo {number + 1}"
        photos.append(demo_photo(title, PHOTO_COLOURS[number], 100 + number))
    return photos


def generated_story(rng, code, number):
    """The fields of one made-up story, written in ``code`` only."""
    city, country = rng.choice(CITIES[code])
    organisation, kind = rng.choice(ORGANISATIONS[code])
    organisation = organisation.format(city=city)
    title = (
        f"{rng.choice(SUBJECTS[code])} {rng.choice(PREDICATES[code]).format(city=city)}"
    )
    sentences = rng.sample(SENTENCES[code], 5)
    words = {"city": city, "org": organisation, "year": rng.randint(2015, 2025)}
    paragraphs = [" ".join(sentences[:3]), " ".join(sentences[3:])]
    body = "".join(f"<p>{p.format(**words)}</p>" for p in paragraphs)
    return {
        "story_language": code,
        "city": city,
        "country": country,
        "organisation": organisation,
        "organisation_type": kind,
        f"title_{code}": title,
        f"body_{code}": body,
        f"search_description_{code}": sentences[0].format(**words)[:250],
    }


def grow(command, index, target, seed=12):
    """Add generated, published stories under ``index`` until ``target`` live stories
    exist. Pages are validated one by one with the same checks as any story (slug
    uniqueness included, one indexed query each) and written in batches."""
    existing = StoryPage.objects.child_of(index).live().count()
    missing = target - existing
    if missing <= 0:
        command.step(f"generated stories: {existing} live stories already")
        return 0
    rng = random.Random(seed + existing)  # noqa: S311 - demo content
    photos = generated_photos()
    topics = list(Topic.objects.order_by("pk"))
    done = 0
    while done < missing:
        size = min(GENERATED_BATCH, missing - done)
        _create_batch(index, rng, photos, topics, existing + done, size)
        done += size
        command.step(f"generated stories: {existing + done} of {target}")
    return done


def _create_batch(index, rng, photos, topics, start, size):
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import F
    from django.utils import timezone
    from modelsearch.backends import get_search_backends
    from wagtail.models import Page, ReferenceIndex, Revision

    index = Page.objects.select_related("locale").get(pk=index.pk)  # fresh numchild
    locale = index.locale
    last = index.get_last_child()
    first_step = last._get_lastpos_in_path() + 1 if last else 1
    now = timezone.now()
    languages = [code for code, _cities in CITIES.items()]
    pages = []
    for offset in range(size):
        number = start + offset
        code = languages[number % len(languages)]
        with translation.override(code):
            page = StoryPage(
                live=True,
                has_unpublished_changes=False,
                locale=locale,
                path=StoryPage._get_path(
                    index.path, index.depth + 1, first_step + offset
                ),
                depth=index.depth + 1,
                numchild=0,
                **generated_story(rng, code, number),
            )
            page.first_published_at = page.last_published_at = now - timedelta(
                minutes=rng.randint(0, 5 * 365 * 24 * 60)
            )
            page.latest_revision_created_at = page.last_published_at
            if photos and rng.random() < 0.35:
                page.photo = rng.choice(photos)
                setattr(page, f"photo_alt_{code}", page.title[:250])
                page.photo_credit = "It Takes a Community"
            page.topics = rng.sample(topics, min(len(topics), rng.randint(1, 2)))
            pages.append(page)
    _assign_slugs(index, pages)
    # Field validation as for any story; relations point at rows just read, so their
    # per-row existence queries are left out. Slugs were checked for the whole batch.
    relations = [f.name for f in StoryPage._meta.concrete_fields if f.is_relation]
    for page in pages:
        with translation.override(page.story_language):
            page.draft_title = page.title
            page._cached_parent_obj = index
            page.set_url_path(index)
            page.clean_fields(exclude=[*relations, *DEFAULT_LANGUAGE_COPIES])
            # Before the insert, so that no child relation is looked up per page.
            page._revision_content = page.serializable_data()
    with transaction.atomic():
        Page.objects.bulk_create(pages)
        for page in pages:
            page.page_ptr_id = page.id
        StoryPage._base_manager._insert(
            pages,
            fields=StoryPage._meta.local_concrete_fields,
            using="default",
        )
        for page in pages:
            page._state.adding = False
            page._state.db = "default"
            page._revision_content["pk"] = page.pk
        StoryPage.topics.through.objects.bulk_create(
            StoryPage.topics.through(storypage_id=page.pk, topic_id=topic.pk)
            for page in pages
            for topic in page.topics.all()
        )
        page_type = ContentType.objects.get_for_model(Page)
        story_type = ContentType.objects.get_for_model(StoryPage)
        revisions = Revision.objects.bulk_create(
            Revision(
                content_type=story_type,
                base_content_type=page_type,
                object_id=str(page.pk),
                created_at=page.last_published_at,
                object_str=str(page),
                content=page._revision_content,
            )
            for page in pages
        )
        for page, revision in zip(pages, revisions, strict=True):
            page.latest_revision_id = page.live_revision_id = revision.pk
        Page.objects.bulk_update(
            pages, ["latest_revision", "live_revision"], batch_size=500
        )
        Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + len(pages))
        Submission.objects.bulk_create(
            Submission(
                reference=f"GEN-{page.pk}",
                story_id=page.pk,
                status=Submission.Status.PUBLISHED,
                language=page.story_language,
                name="Demo submitter",
                email=f"demo.{page.pk}@example.org",
                consent_publication=True,
                consent_privacy=True,
                photo_rights=page.photo_id is not None,
                submitted_at=page.first_published_at,
                decided_at=page.first_published_at,
            )
            for page in pages
        )
        for page in pages:
            if page.photo_id:
                ReferenceIndex.create_or_update_for_object(page)
        # Written in bulk, so the page's save signal never ran.
        page_translations_record(pages=pages, at=now)
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(StoryPage, pages)
    published_pages_changed()


def _assign_slugs(index, pages):
    """Give each page a slug from its title, unique among the index's children in
    every language: ``-2``, ``-3``… as Wagtail does, one indexed query per round."""
    from .models import SLUG_FIELDS, children_using_slugs

    groups = {}
    for page in pages:
        base = slugify(page.title, allow_unicode=True)[:80].strip("-") or "story"
        groups.setdefault(base, []).append(page)
    room = {base: len(group) + 1 for base, group in groups.items()}
    while groups:
        candidates = {
            base: [base, *(f"{base}-{n}" for n in range(2, room[base] + 1))]
            for base in groups
        }
        wanted = [slug for slugs in candidates.values() for slug in slugs]
        taken = set()
        for slugs in children_using_slugs(index, wanted).values_list(*SLUG_FIELDS):
            taken.update(slugs)
        for base in list(groups):
            free = [slug for slug in candidates[base] if slug not in taken]
            group = groups[base]
            if len(free) < len(group):
                room[base] = 2 * room[base] + len(group)
                continue
            for page, slug in zip(group, free, strict=False):
                setattr(page, f"slug_{page.story_language}", slug)
            del groups[base]
