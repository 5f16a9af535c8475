"""Demo partners, cities and topics, in four languages. Idempotent: what exists is
kept. Logos are drawn here with Pillow: the acronym on a coloured tile."""

import io

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont
from wagtail.images import get_image_model

from campaign.demo_content import translated

from .models import City, PartnerIndexPage, PartnerKind, PartnerPage, Topic

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
    "title": {
        "en": "Partners",
        "fr": "Partenaires",
        "es": "Socios",
        "ar": "الشركاء",
    },
    "slug": {"en": "partners", "fr": "partenaires", "es": "socios", "ar": "الشركاء"},
    "introduction": {
        "en": "National governments, cities, networks, international organisations and civil society carry the campaign together.",
        "fr": "Gouvernements nationaux, villes, réseaux, organisations internationales et société civile portent ensemble la campagne.",
        "es": "Gobiernos nacionales, ciudades, redes, organismos internacionales y sociedad civil impulsan juntos la campaña.",
        "ar": "تحمل الحملةَ معاً حكوماتٌ وطنية ومدنٌ وشبكاتٌ ومنظماتٌ دولية ومجتمعٌ مدني.",
    },
}

# slug, {en, fr, es, ar}, country, latitude, longitude
CITIES = [
    (
        "barcelona",
        ("Barcelona", "Barcelone", "Barcelona", "برشلونة"),
        "ES",
        41.38740,
        2.16859,
    ),
    ("dublin", ("Dublin", "Dublin", "Dublín", "دبلن"), "IE", 53.34981, -6.26031),
    (
        "grenoble",
        ("Grenoble", "Grenoble", "Grenoble", "غرونوبل"),
        "FR",
        45.18853,
        5.72452,
    ),
    (
        "johannesburg",
        ("Johannesburg", "Johannesburg", "Johannesburgo", "جوهانسبرغ"),
        "ZA",
        -26.20410,
        28.04731,
    ),
    (
        "lampedusa",
        ("Lampedusa", "Lampedusa", "Lampedusa", "لامبيدوزا"),
        "IT",
        35.50178,
        12.60571,
    ),
    ("lisbon", ("Lisbon", "Lisbonne", "Lisboa", "لشبونة"), "PT", 38.72225, -9.13934),
    ("mechelen", ("Mechelen", "Malines", "Malinas", "ميخلن"), "BE", 51.02574, 4.47762),
    (
        "montreal",
        ("Montreal", "Montréal", "Montreal", "مونتريال"),
        "CA",
        45.50189,
        -73.56739,
    ),
    (
        "sao-paulo",
        ("São Paulo", "São Paulo", "São Paulo", "ساو باولو"),
        "BR",
        -23.55052,
        -46.63331,
    ),
    (
        "seine-saint-denis",
        ("Seine-Saint-Denis", "Seine-Saint-Denis", "Sena-Saint-Denis", "سين سان دوني"),
        "FR",
        48.91000,
        2.45000,
    ),
    ("seville", ("Seville", "Séville", "Sevilla", "إشبيلية"), "ES", 37.38909, -5.98446),
    ("sfax", ("Sfax", "Sfax", "Sfax", "صفاقس"), "TN", 34.74056, 10.76028),
    ("sousse", ("Sousse", "Sousse", "Susa", "سوسة"), "TN", 35.82539, 10.63699),
    (
        "valencia",
        ("Valencia", "Valence", "Valencia", "فالنسيا"),
        "ES",
        39.46991,
        -0.37629,
    ),
]

STEERS = {
    "en": "Co-steers the GFMD Mayors Mechanism.",
    "fr": "Copilote le Mécanisme des maires du FMMD.",
    "es": "Codirige el Mecanismo de Alcaldes del FMMD.",
    "ar": "يشارك في توجيه آلية رؤساء البلديات في المنتدى العالمي للهجرة والتنمية.",
}
CO_CHAIRS = {
    "en": "Co-chairs the GFMD working group on public narratives on migration, where the campaign began.",
    "fr": "Copréside le groupe de travail du FMMD sur les récits publics sur la migration, d'où est née la campagne.",
    "es": "Copreside el grupo de trabajo del FMMD sobre narrativas públicas de la migración, donde nació la campaña.",
    "ar": "يشارك في رئاسة فريق عمل المنتدى العالمي المعني بالخطاب العام حول الهجرة، حيث وُلدت الحملة.",
}
ADVISES = {
    "en": "Strategic adviser on the design and roll-out of the campaign.",
    "fr": "Conseiller stratégique pour la conception et le déploiement de la campagne.",
    "es": "Asesor estratégico en el diseño y la puesta en marcha de la campaña.",
    "ar": "مستشار استراتيجي في تصميم الحملة وتنفيذها.",
}
MC2CM = {
    "en": "Supports the campaign through the Mediterranean City-to-City Migration project (MC2CM).",
    "fr": "Soutient la campagne à travers le projet Migration de ville à ville en Méditerranée (MC2CM).",
    "es": "Apoya la campaña a través del proyecto Migración Ciudad a Ciudad en el Mediterráneo (MC2CM).",
    "ar": "يدعم الحملة من خلال مشروع الهجرة من مدينة إلى مدينة في المتوسط (MC2CM).",
}
CITY_SUMMARY = {
    "en": "A city government that shares how its neighbourhoods welcome newcomers.",
    "fr": "Une ville qui partage la façon dont ses quartiers accueillent les nouveaux arrivants.",
    "es": "Un gobierno local que comparte cómo sus barrios acogen a quienes llegan.",
    "ar": "حكومة محلية تشارك كيف تستقبل أحياؤها القادمين الجدد.",
}

# slug, acronym, kind, country, city slug, website, tile colour, title, summary, role
PARTNERS = [
    (
        "gfmd-mayors-mechanism",
        "MM",
        PartnerKind.CITY_NETWORK,
        "",
        "",
        "https://www.gfmd.org/",
        (31, 78, 121),
        {
            "en": "GFMD Mayors Mechanism",
            "fr": "Mécanisme des maires du FMMD",
            "es": "Mecanismo de Alcaldes del FMMD",
            "ar": "آلية رؤساء البلديات في المنتدى العالمي للهجرة والتنمية",
        },
        {
            "en": "Since 2018 it has given local and regional governments a seat at the Global Forum on Migration and Development. UCLG, the Mayors Migration Council and IOM steer it together.",
            "fr": "Depuis 2018, il donne aux collectivités locales et régionales une place au Forum mondial sur la migration et le développement. CGLU, le Conseil des maires pour les migrations et l'OIM le pilotent ensemble.",
            "es": "Desde 2018 da a los gobiernos locales y regionales un lugar en el Foro Mundial sobre Migración y Desarrollo. CGLU, el Consejo de Alcaldes sobre Migración y la OIM lo dirigen juntos.",
            "ar": "منذ عام 2018 تمنح الحكومات المحلية والإقليمية مقعداً في المنتدى العالمي للهجرة والتنمية، وتوجّهها معاً منظمة المدن والحكومات المحلية المتحدة ومجلس رؤساء البلديات للهجرة والمنظمة الدولية للهجرة.",
        },
        CO_CHAIRS,
    ),
    (
        "uclg",
        "UCLG",
        PartnerKind.CITY_NETWORK,
        "ES",
        "barcelona",
        "https://www.uclg.org/",
        (0, 110, 110),
        {
            "en": "United Cities and Local Governments",
            "fr": "Cités et Gouvernements Locaux Unis",
            "es": "Ciudades y Gobiernos Locales Unidos",
            "ar": "منظمة المدن والحكومات المحلية المتحدة",
        },
        {
            "en": "The world organisation of local governments, which defends the right to the city for everyone, migrants included.",
            "fr": "L'organisation mondiale des collectivités locales, qui défend le droit à la ville pour toutes et tous, personnes migrantes comprises.",
            "es": "La organización mundial de los gobiernos locales, que defiende el derecho a la ciudad para todas las personas, también las migrantes.",
            "ar": "المنظمة العالمية للحكومات المحلية، تدافع عن الحق في المدينة للجميع، بمن فيهم المهاجرون.",
        },
        STEERS,
    ),
    (
        "mayors-migration-council",
        "MMC",
        PartnerKind.CITY_NETWORK,
        "",
        "",
        "https://www.mayorsmigrationcouncil.org/",
        (92, 60, 130),
        {
            "en": "Mayors Migration Council",
            "fr": "Conseil des maires pour les migrations",
            "es": "Consejo de Alcaldes sobre Migración",
            "ar": "مجلس رؤساء البلديات للهجرة",
        },
        {
            "en": "A mayor-led organisation that helps cities shape national and international policy on migration and displacement.",
            "fr": "Une organisation dirigée par des maires, qui aide les villes à peser sur les politiques nationales et internationales de migration.",
            "es": "Una organización dirigida por alcaldes que ayuda a las ciudades a influir en las políticas nacionales e internacionales de migración.",
            "ar": "منظمة يقودها رؤساء بلديات، تساعد المدن على التأثير في السياسات الوطنية والدولية بشأن الهجرة والنزوح.",
        },
        STEERS,
    ),
    (
        "iom",
        "IOM",
        PartnerKind.INTERNATIONAL,
        "CH",
        "",
        "https://www.iom.int/",
        (0, 84, 166),
        {
            "en": "International Organization for Migration",
            "fr": "Organisation internationale pour les migrations",
            "es": "Organización Internacional para las Migraciones",
            "ar": "المنظمة الدولية للهجرة",
        },
        {
            "en": "The United Nations agency for migration, working with governments and communities for safe and dignified mobility.",
            "fr": "L'agence des Nations unies pour les migrations, aux côtés des gouvernements et des communautés pour une mobilité sûre et digne.",
            "es": "La agencia de las Naciones Unidas para la migración, junto a gobiernos y comunidades por una movilidad segura y digna.",
            "ar": "وكالة الأمم المتحدة للهجرة، تعمل مع الحكومات والمجتمعات من أجل تنقّل آمن وكريم.",
        },
        STEERS,
    ),
    (
        "icmpd",
        "ICMPD",
        PartnerKind.INTERNATIONAL,
        "AT",
        "",
        "https://www.icmpd.org/",
        (150, 70, 40),
        {
            "en": "International Centre for Migration Policy Development",
            "fr": "Centre international pour le développement des politiques migratoires",
            "es": "Centro Internacional para el Desarrollo de Políticas Migratorias",
            "ar": "المركز الدولي لتطوير سياسات الهجرة",
        },
        {
            "en": "An intergovernmental organisation based in Vienna that supports migration policy through research, dialogue and partnerships.",
            "fr": "Une organisation intergouvernementale basée à Vienne, qui appuie les politiques migratoires par la recherche, le dialogue et les partenariats.",
            "es": "Una organización intergubernamental con sede en Viena que apoya las políticas migratorias con investigación, diálogo y alianzas.",
            "ar": "منظمة حكومية دولية مقرها فيينا، تدعم سياسات الهجرة بالبحث والحوار والشراكات.",
        },
        MC2CM,
    ),
    (
        "un-habitat",
        "UN-Habitat",
        PartnerKind.INTERNATIONAL,
        "KE",
        "",
        "https://unhabitat.org/",
        (20, 100, 160),
        {
            "en": "UN-Habitat",
            "fr": "ONU-Habitat",
            "es": "ONU-Hábitat",
            "ar": "موئل الأمم المتحدة",
        },
        {
            "en": "The United Nations programme for human settlements, working for inclusive and sustainable cities.",
            "fr": "Le programme des Nations unies pour les établissements humains, pour des villes inclusives et durables.",
            "es": "El programa de las Naciones Unidas para los asentamientos humanos, por ciudades inclusivas y sostenibles.",
            "ar": "برنامج الأمم المتحدة للمستوطنات البشرية، يعمل من أجل مدن شاملة ومستدامة.",
        },
        MC2CM,
    ),
    (
        "government-of-canada",
        "CA",
        PartnerKind.NATIONAL_GOVERNMENT,
        "CA",
        "",
        "https://www.canada.ca/",
        (170, 40, 50),
        {
            "en": "Government of Canada",
            "fr": "Gouvernement du Canada",
            "es": "Gobierno de Canadá",
            "ar": "حكومة كندا",
        },
        {
            "en": "A national government that brings its experience of welcoming newcomers to the campaign.",
            "fr": "Un gouvernement national qui apporte à la campagne son expérience de l'accueil des nouveaux arrivants.",
            "es": "Un gobierno nacional que aporta a la campaña su experiencia en la acogida de personas recién llegadas.",
            "ar": "حكومة وطنية تُسهم في الحملة بخبرتها في استقبال القادمين الجدد.",
        },
        CO_CHAIRS,
    ),
    (
        "government-of-ecuador",
        "EC",
        PartnerKind.NATIONAL_GOVERNMENT,
        "EC",
        "",
        "https://www.cancilleria.gob.ec/",
        (176, 120, 20),
        {
            "en": "Government of Ecuador",
            "fr": "Gouvernement de l'Équateur",
            "es": "Gobierno del Ecuador",
            "ar": "حكومة الإكوادور",
        },
        {
            "en": "A national government in a region where human mobility shapes daily life in many cities.",
            "fr": "Un gouvernement national dans une région où la mobilité humaine façonne la vie de nombreuses villes.",
            "es": "Un gobierno nacional en una región donde la movilidad humana marca la vida de muchas ciudades.",
            "ar": "حكومة وطنية في منطقة يطبع فيها التنقّل البشري الحياة اليومية في مدن كثيرة.",
        },
        CO_CHAIRS,
    ),
    (
        "welcoming-international",
        "WI",
        PartnerKind.CIVIL_SOCIETY,
        "US",
        "",
        "https://welcominginternational.org/",
        (46, 125, 80),
        {
            "en": "Welcoming International",
            "fr": "Welcoming International",
            "es": "Welcoming International",
            "ar": "Welcoming International",
        },
        {
            "en": "A network of organisations and local governments that make their communities more welcoming.",
            "fr": "Un réseau d'organisations et de collectivités qui rendent leurs communautés plus accueillantes.",
            "es": "Una red de organizaciones y gobiernos locales que hacen sus comunidades más acogedoras.",
            "ar": "شبكة من المنظمات والحكومات المحلية تجعل مجتمعاتها أكثر ترحيباً.",
        },
        ADVISES,
    ),
    (
        "famsi",
        "FAMSI",
        PartnerKind.CITY_NETWORK,
        "ES",
        "",
        "https://www.andaluciasolidaria.org/",
        (130, 50, 90),
        {
            "en": "Andalusian Fund of Municipalities for International Solidarity",
            "fr": "Fonds andalou des municipalités pour la solidarité internationale",
            "es": "Fondo Andaluz de Municipios para la Solidaridad Internacional",
            "ar": "الصندوق الأندلسي للبلديات من أجل التضامن الدولي",
        },
        {
            "en": "A network of Andalusian towns and provinces working together on international solidarity.",
            "fr": "Un réseau de communes et de provinces andalouses engagées ensemble dans la solidarité internationale.",
            "es": "Una red de municipios y diputaciones andaluzas que trabajan juntos por la solidaridad internacional.",
            "ar": "شبكة من البلديات والمقاطعات الأندلسية تعمل معاً من أجل التضامن الدولي.",
        },
        {
            "en": "Co-hosted with the City of Seville the June 2020 peer learning event on rebalancing migration narratives.",
            "fr": "A accueilli avec la Ville de Séville la rencontre d'apprentissage entre pairs de juin 2020 sur le rééquilibrage des récits migratoires.",
            "es": "Organizó con el Ayuntamiento de Sevilla el encuentro de aprendizaje entre pares de junio de 2020 sobre el reequilibrio de las narrativas migratorias.",
            "ar": "استضاف مع مدينة إشبيلية لقاء التعلّم بين الأقران في يونيو 2020 حول إعادة التوازن إلى خطاب الهجرة.",
        },
    ),
]
ADVISING_CITIES = [
    ("dublin", "DUB", (0, 100, 80)),
    ("johannesburg", "JHB", (180, 90, 30)),
    ("mechelen", "MEC", (120, 40, 40)),
    ("montreal", "MTL", (40, 70, 140)),
    ("sao-paulo", "SP", (20, 120, 90)),
]

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _font(size):
    try:
        return ImageFont.truetype(FONT, size)
    except OSError:
        return ImageFont.load_default(size=size)


def demo_logo(slug, text, colour):
    """A typographic mark: the acronym in white on a tile of the partner's colour,
    with a lighter rule beneath."""
    width, height = 480, 240
    image = Image.new("RGB", (width, height), colour)
    draw = ImageDraw.Draw(image)
    size = 120
    font = _font(size)
    while draw.textlength(text, font=font) > width - 96 and size > 30:
        size -= 6
        font = _font(size)
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    x = (width - (right - left)) / 2 - left
    y = (height - (bottom - top)) / 2 - top - 10
    draw.text((x, y), text, font=font, fill="white")
    rule = tuple(min(255, c + 110) for c in colour)
    rule_width = min(right - left, 200)
    draw.rectangle(
        (
            (width - rule_width) / 2,
            y + bottom + 18,
            (width + rule_width) / 2,
            y + bottom + 26,
        ),
        fill=rule,
    )
    output = io.BytesIO()
    image.save(output, "PNG", optimize=True)
    return get_image_model().objects.create(
        title=f"Logo: {text}",
        file=ContentFile(output.getvalue(), name=f"demo-logo-{slug}.png"),
    )


def logo_alt(title):
    return {
        "en": f"Logo of {title['en']}",
        "fr": f"Logo : {title['fr']}",
        "es": f"Logotipo de {title['es']}",
        "ar": f"شعار {title['ar']}",
    }


def load_topics():
    """The topics shared by stories, publications and news, by slug."""
    return {
        slug: Topic.objects.get_or_create(slug=slug, defaults=translated(name=names))[0]
        for slug, names in TOPICS
    }


def load_cities(command):
    cities = {}
    for slug, names, country, latitude, longitude in CITIES:
        city, created = City.objects.get_or_create(
            slug=slug,
            defaults={
                **translated(
                    name=dict(zip(("en", "fr", "es", "ar"), names, strict=True))
                ),
                "country": country,
                "latitude": latitude,
                "longitude": longitude,
            },
        )
        cities[slug] = city
    command.step(f"cities: {len(cities)} in en, fr, es, ar")
    return cities


def load(command, home):
    """The partner index, partners and cities."""
    cities = load_cities(command)
    index = PartnerIndexPage.objects.first()
    if index is None:
        index = PartnerIndexPage(slug="partners", **translated(**INDEX))
        home.add_child(instance=index)
        index.save_revision().publish()
        command.step("partner index: created in en, fr, es, ar")
    entries = list(PARTNERS)
    for slug, acronym, colour in ADVISING_CITIES:
        city = cities[slug]
        title = {
            code: getattr(city, f"name_{code}") for code in ("en", "fr", "es", "ar")
        }
        entries.append(
            (
                f"city-of-{slug}",
                acronym,
                PartnerKind.LOCAL_GOVERNMENT,
                city.country.code,
                slug,
                "",
                colour,
                title,
                CITY_SUMMARY,
                ADVISES,
            )
        )
    for (
        slug,
        acronym,
        kind,
        country,
        city,
        website,
        colour,
        title,
        summary,
        role,
    ) in entries:
        if PartnerPage.objects.filter(slug_en=slug).exists():
            continue
        partner = PartnerPage(
            slug=slug,
            kind=kind,
            acronym=""
            if acronym == title["en"] or kind == PartnerKind.LOCAL_GOVERNMENT
            else acronym,
            country=country,
            city=cities.get(city),
            website=website,
            logo=demo_logo(slug, acronym, colour),
            **translated(
                title=title,
                slug={"en": slug},
                summary=summary,
                role=role,
                logo_alt=logo_alt(title),
            ),
        )
        index.add_child(instance=partner)
        partner.save_revision().publish()
        command.step(f"partner '{title['en']}': published")
    return index
