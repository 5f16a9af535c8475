# ruff: noqa: E501 (prose in four languages reads better unwrapped)
"""Demo statements and their endorsers, written for this site from the seeds' facts.
Cities are matched on their slug, so they merge with the partners' demo cities.
Endorsements are written directly (no service call): nothing is e-mailed."""

import datetime
from decimal import Decimal

from django.utils import timezone

from .demo_content import translated
from .models import Endorsement, EndorsementContact, StatementPage

CITIES = {
    "sfax": ("TN", "34.74056", "10.76028", ("Sfax", "Sfax", "Sfax", "صفاقس")),
    "sousse": ("TN", "35.82539", "10.63699", ("Sousse", "Sousse", "Susa", "سوسة")),
    "seville": (
        "ES",
        "37.38863",
        "-5.98231",
        ("Seville", "Séville", "Sevilla", "إشبيلية"),
    ),
    "lisbon": (
        "PT",
        "38.72225",
        "-9.13934",
        ("Lisbon", "Lisbonne", "Lisboa", "لشبونة"),
    ),
    "barcelona": (
        "ES",
        "41.38879",
        "2.15899",
        ("Barcelona", "Barcelone", "Barcelona", "برشلونة"),
    ),
    "grenoble": (
        "FR",
        "45.18756",
        "5.73578",
        ("Grenoble", "Grenoble", "Grenoble", "غرونوبل"),
    ),
    "lampedusa": (
        "IT",
        "35.50684",
        "12.60396",
        ("Lampedusa", "Lampedusa", "Lampedusa", "لامبيدوزا"),
    ),
    "tangier": ("MA", "35.76727", "-5.79975", ("Tangier", "Tanger", "Tánger", "طنجة")),
    "amman": ("JO", "31.95522", "35.94503", ("Amman", "Amman", "Amán", "عمّان")),
}

STATEMENTS = [
    {
        "slug": {
            "en": "migration-makes-cities-grow",
            "fr": "la-migration-fait-grandir-les-villes",
            "es": "la-migracion-hace-crecer-las-ciudades",
            "ar": "الهجرة-تنمي-المدن",
        },
        "title": {
            "en": "Migration makes cities grow. Cities make migration work",
            "fr": "La migration fait grandir les villes. Les villes font réussir la migration",
            "es": "La migración hace crecer las ciudades. Las ciudades hacen que la migración funcione",
            "ar": "الهجرة تُنمّي المدن، والمدن تُنجح الهجرة",
        },
        "summary": {
            "en": "On International Migrants Day 2020, Mediterranean city leaders of the MC2CM network, with UCLG, ICMPD and UN-Habitat, committed to better local migration governance.",
            "fr": "Lors de la Journée internationale des migrants 2020, des responsables de villes méditerranéennes du réseau MC2CM, avec CGLU, l’ICMPD et ONU-Habitat, se sont engagés pour une meilleure gouvernance locale des migrations.",
            "es": "En el Día Internacional del Migrante de 2020, líderes de ciudades mediterráneas de la red MC2CM, junto con CGLU, ICMPD y ONU-Hábitat, se comprometieron a mejorar la gobernanza local de la migración.",
            "ar": "في اليوم الدولي للمهاجرين 2020، التزم قادة مدن متوسطية من شبكة MC2CM، مع منظمة المدن والحكومات المحلية المتحدة والمركز الدولي لتطوير سياسات الهجرة وموئل الأمم المتحدة، بتحسين الحوكمة المحلية للهجرة.",
        },
        "text": {
            "en": [
                "We, mayors and city leaders around the Mediterranean, see every day what people who arrive bring to our neighbourhoods: work, businesses, culture and new friendships. Our cities are where migration happens and where inclusion is built or lost.",
                "We ask to be recognised as partners in migration governance and in the global agendas on migration, with the means to act: access to basic services and rights for everyone who lives in our cities, and a fair say in the decisions that shape their lives.",
            ],
            "fr": [
                "Maires et responsables de villes du pourtour méditerranéen, nous voyons chaque jour ce que les personnes qui arrivent apportent à nos quartiers : du travail, des entreprises, de la culture et de nouvelles amitiés. C’est dans nos villes que la migration se vit et que l’inclusion se construit ou se perd.",
                "Nous demandons à être reconnus comme partenaires de la gouvernance des migrations et des agendas mondiaux qui s’y rapportent, avec les moyens d’agir : l’accès aux services de base et aux droits pour toutes les personnes qui vivent dans nos villes, et une vraie place dans les décisions qui les concernent.",
            ],
            "es": [
                "Como alcaldes y líderes de ciudades del Mediterráneo, vemos cada día lo que aportan a nuestros barrios las personas que llegan: trabajo, empresas, cultura y nuevas amistades. Es en nuestras ciudades donde la migración se vive y donde la inclusión se construye o se pierde.",
                "Pedimos que se nos reconozca como socios en la gobernanza de la migración y en las agendas mundiales sobre migración, con los medios para actuar: acceso a los servicios básicos y a los derechos para todas las personas que viven en nuestras ciudades, y voz en las decisiones que afectan a sus vidas.",
            ],
            "ar": [
                "نحن رؤساء البلديات وقادة المدن حول البحر الأبيض المتوسط نرى كل يوم ما يضيفه القادمون الجدد إلى أحيائنا: العمل والمشاريع والثقافة والصداقات الجديدة. في مدننا تُعاش الهجرة، وفيها يُبنى الإدماج أو يضيع.",
                "نطالب بالاعتراف بنا شركاءَ في حوكمة الهجرة وفي الأجندات العالمية المتعلقة بها، مع الوسائل اللازمة للعمل: وصول كل من يعيش في مدننا إلى الخدمات الأساسية والحقوق، وصوت مسموع في القرارات التي تمس حياتهم.",
            ],
        },
        "hashtags": "#Cities4Migration #WeTogether",
        "date": datetime.date(2020, 12, 18),
        "endorsers": [
            ("city", "sfax", "Sfax", "TN", "Maire", "2020-12-18"),
            ("city", "sousse", "Sousse", "TN", "Maire", "2020-12-18"),
            ("city", "seville", "Sevilla", "ES", "Alcalde", "2020-12-18"),
            (
                "city",
                "lisbon",
                "Lisboa",
                "PT",
                "Vereadora dos Direitos Sociais",
                "2020-12-21",
            ),
            (
                "city",
                "tangier",
                "Tanger",
                "MA",
                "Adjoint au maire chargé de l’inclusion sociale",
                "2021-01-12",
            ),
            (
                "organisation",
                None,
                "Fondo Andaluz de Municipios para la Solidaridad Internacional (FAMSI)",
                "ES",
                "Director",
                "2021-01-20",
            ),
        ],
        "pending": (
            "city",
            "amman",
            "Greater Amman Municipality",
            "JO",
            "Deputy Mayor for social inclusion",
        ),
    },
    {
        "slug": {
            "en": "lampedusa-charter",
            "fr": "charte-de-lampedusa",
            "es": "carta-de-lampedusa",
            "ar": "ميثاق-لامبيدوزا",
        },
        "title": {
            "en": "Lampedusa Charter for Dignified Human Mobility and Territorial Solidarity",
            "fr": "Charte de Lampedusa pour une mobilité humaine digne et la solidarité territoriale",
            "es": "Carta de Lampedusa por una movilidad humana digna y la solidaridad territorial",
            "ar": "ميثاق لامبيدوزا من أجل تنقل بشري كريم وتضامن إقليمي",
        },
        "summary": {
            "en": "Written together over two years by local and regional governments, civil society and city networks, and adopted at the UCLG Congress in Daejeon in October 2022.",
            "fr": "Rédigée ensemble pendant deux ans par des gouvernements locaux et régionaux, la société civile et des réseaux de villes, et adoptée au Congrès de CGLU à Daejeon en octobre 2022.",
            "es": "Escrita en común durante dos años por gobiernos locales y regionales, sociedad civil y redes de ciudades, y adoptada en el Congreso de CGLU en Daejeon en octubre de 2022.",
            "ar": "كتبته معاً على مدى عامين حكومات محلية وإقليمية ومنظمات من المجتمع المدني وشبكات مدن، واعتُمد في مؤتمر منظمة المدن والحكومات المحلية المتحدة في دايجون في أكتوبر 2022.",
        },
        "text": {
            "en": [
                "The charter takes its name from the island where it was first proposed, a place that knows both the dangers of the sea and the duty of welcome. Around 300 local and regional governments, about 20 civil society organisations and more than 30 networks shaped it over two years.",
                "It asks for a move away from approaches centred on borders towards a vision of citizenship and community built on people and equal rights, where every local government can act with dignity and in solidarity with the others.",
            ],
            "fr": [
                "La charte porte le nom de l’île où elle a été proposée pour la première fois, un lieu qui connaît à la fois les dangers de la mer et le devoir d’accueil. Quelque 300 gouvernements locaux et régionaux, une vingtaine d’organisations de la société civile et plus de 30 réseaux l’ont façonnée en deux ans.",
                "Elle appelle à quitter les approches centrées sur les frontières pour une vision de la citoyenneté et de la communauté fondée sur les personnes et l’égalité des droits, où chaque gouvernement local agit dans la dignité et en solidarité avec les autres.",
            ],
            "es": [
                "La carta lleva el nombre de la isla donde se propuso por primera vez, un lugar que conoce tanto los peligros del mar como el deber de acoger. Unos 300 gobiernos locales y regionales, una veintena de organizaciones de la sociedad civil y más de 30 redes le dieron forma en dos años.",
                "Pide dejar atrás los enfoques centrados en las fronteras y avanzar hacia una visión de la ciudadanía y la comunidad basada en las personas y la igualdad de derechos, en la que cada gobierno local actúe con dignidad y en solidaridad con los demás.",
            ],
            "ar": [
                "يحمل الميثاق اسم الجزيرة التي اقتُرح فيها أول مرة، وهي مكان يعرف أخطار البحر وواجب الاستقبال معاً. شاركت في صياغته على مدى عامين نحو 300 حكومة محلية وإقليمية وقرابة 20 منظمة من المجتمع المدني وأكثر من 30 شبكة.",
                "ويدعو إلى تجاوز المقاربات المتمحورة حول الحدود نحو رؤية للمواطنة والمجتمع تقوم على الإنسان والمساواة في الحقوق، تعمل فيها كل حكومة محلية بكرامة وتضامن مع غيرها.",
            ],
        },
        "hashtags": "#LampedusaCharter #Cities4Migration",
        "date": datetime.date(2022, 10, 14),
        "endorsers": [
            ("city", "lampedusa", "Lampedusa e Linosa", "IT", "Sindaco", "2022-10-14"),
            (
                "city",
                "barcelona",
                "Barcelona",
                "ES",
                "Tinenta d’alcaldia de Drets Socials",
                "2022-10-14",
            ),
            (
                "city",
                "grenoble",
                "Grenoble",
                "FR",
                "Adjointe au maire chargée de l’inclusion sociale",
                "2022-10-14",
            ),
            ("city", "sfax", "Sfax", "TN", "Maire", "2022-10-20"),
            (
                "city",
                "seville",
                "Sevilla",
                "ES",
                "Teniente de alcalde de Bienestar Social",
                "2022-11-03",
            ),
            (
                "organisation",
                None,
                "UCLG Committee on Social Inclusion, Participatory Democracy and Human Rights",
                "ES",
                "Coordinator",
                "2022-10-14",
            ),
        ],
        "pending": ("city", "lisbon", "Lisboa", "PT", "Vereador da Cultura"),
    },
]


def load(command, home):
    """Two statements under the home page, each with approved endorsers and one
    pending. Returns the statement pages."""
    pages = [_statement(command, home, data) for data in STATEMENTS]
    return pages


def _city(slug):
    country, latitude, longitude, names = CITIES[slug]
    City = Endorsement._meta.get_field("city").related_model
    city, _created = City.objects.get_or_create(
        slug=slug,
        defaults={
            "country": country,
            "latitude": Decimal(latitude),
            "longitude": Decimal(longitude),
            "name": names[0],
            **translated(name=dict(zip(("en", "fr", "es", "ar"), names, strict=True))),
        },
    )
    return city


def _statement(command, home, data):
    slug = data["slug"]["en"]
    page = StatementPage.objects.child_of(home).filter(slug_en=slug).first()
    if page:
        command.step(f"statement '{slug}': already there")
        return page
    page = StatementPage(
        slug=slug,
        date=data["date"],
        hashtags=data["hashtags"],
        **translated(title=data["title"], slug=data["slug"], summary=data["summary"]),
        **{
            f"text_{code}": "".join(f"<p>{text}</p>" for text in paragraphs)
            for code, paragraphs in data["text"].items()
        },
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    for number, (kind, city, name, country, role, day) in enumerate(data["endorsers"]):
        _endorse(
            page,
            kind=kind,
            city=city,
            name=name,
            country=country,
            role=role,
            day=datetime.date.fromisoformat(day),
            status=Endorsement.Status.APPROVED,
            reference=f"EN-DEMO{page.pk % 10}{number}",
        )
    kind, city, name, country, role = data["pending"]
    _endorse(
        page,
        kind=kind,
        city=city,
        name=name,
        country=country,
        role=role,
        day=timezone.localdate(),
        status=Endorsement.Status.PENDING,
        reference=f"EN-DEMO{page.pk % 10}P",
    )
    command.step(f"statement '{slug}': created in en, fr, es, ar, with endorsers")
    return page


def _endorse(page, *, kind, city, name, country, role, day, status, reference):
    while Endorsement.objects.filter(reference=reference).exists():
        reference += "X"
    endorsement = Endorsement.objects.create(
        reference=reference[:12],
        statement=page,
        kind=kind,
        name=name,
        city=_city(city) if city else None,
        country=country,
        role=role,
        endorsed_on=day,
        language="en",
        status=status,
        decided_at=timezone.now() if status == Endorsement.Status.APPROVED else None,
    )
    EndorsementContact.objects.create(
        endorsement=endorsement,
        name="Demo endorser",
        email=f"{reference.lower()}@example.org",
        consent_publication=True,
        consent_privacy=True,
    )
