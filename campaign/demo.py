"""Demo campaigns, news and events, written for this site from the seeds' facts.

Running it again adds nothing twice: each page is looked up by its English slug."""

import io
from datetime import date, time, timedelta

from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image, ImageDraw, ImageFont
from wagtail.images import get_image_model

from .demo_content import translated
from .models import (
    ArticlePage,
    CampaignIndexPage,
    CampaignPage,
    EventIndexPage,
    EventPage,
    NewsIndexPage,
    StatementPage,
)

BRAND = (11, 85, 99)
BRAND_DARK = (8, 61, 71)
ACCENT = (244, 185, 66)
PAPER = (255, 255, 255)
FONT = "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"


def font(size):
    try:
        return ImageFont.truetype(FONT, size)
    except OSError:
        return ImageFont.load_default(size)


def poster(name, words, layout=0):
    """A typographic poster in the brand palette: one word per line, set large on
    a grid of bands. `layout` shifts the composition so posters differ."""
    width, height = 1600, 1000
    background, band = (BRAND, ACCENT) if layout % 2 == 0 else (BRAND_DARK, BRAND)
    image = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(image)
    # A column of accent bands, like pages of a report standing on a shelf.
    column = width - 420 if layout % 3 == 0 else 120
    for row, share in enumerate((0.62, 0.38, 0.8, 0.5)):
        top = 120 + row * 200
        draw.rectangle((column, top, column + int(300 * share), top + 120), fill=band)
    draw.rectangle((0, height - 36, width, height), fill=ACCENT)
    left = 120 if column > width / 2 else 520
    size = 150 if max(len(word) for word in words) < 10 else 104
    for line, word in enumerate(words):
        draw.text(
            (left, 150 + line * (size + 30)),
            word,
            font=font(size),
            fill=ACCENT if line == len(words) - 1 else PAPER,
        )
    output = io.BytesIO()
    image.save(output, "JPEG", quality=86)
    return get_image_model().objects.create(
        title=name, file=ContentFile(output.getvalue(), name=f"demo-{name}.jpg")
    )


DEMO_CREDIT = {
    "en": "Demo illustration",
    "fr": "Illustration de démonstration",
    "es": "Ilustración de demostración",
    "ar": "رسم توضيحي تجريبي",
}


def same(value):
    return {code: value for code in ("en", "fr", "es", "ar")}


def paragraphs(texts):
    return {
        code: [("paragraph", f"<p>{text}</p>") for text in t]
        for code, t in texts.items()
    }


def body(*parts):
    """Join per-language block lists: body(paragraphs(...), {"en": [...], ...})."""
    return {
        f"body_{code}": [block for part in parts for block in part[code]]
        for code in ("en", "fr", "es", "ar")
    }


def index_page(command, home, model, slug, data):
    page = model.objects.child_of(home).first()
    if page:
        command.step(f"{slug}: already there")
        return page
    page = model(slug=slug, **translated(**data))
    home.add_child(instance=page)
    page.save_revision().publish()
    command.step(f"{slug}: created in en, fr, es, ar")
    return page


def child(command, parent, model, slug, fields, texts, bodies=None):
    page = model.objects.child_of(parent).filter(slug_en=slug).first()
    if page:
        command.step(f"{slug}: already there")
        return page
    page = model(
        slug=slug, **fields, **translated(slug=same(slug), **texts), **(bodies or {})
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    command.step(f"{slug}: created in en, fr, es, ar")
    return page


CAMPAIGNS = {
    "title": {"en": "Campaigns", "fr": "Campagnes", "es": "Campañas", "ar": "الحملات"},
    "introduction": {
        "en": "Campaigns the partners run together, with their hashtags and ways to join in.",
        "fr": "Les campagnes que les partenaires mènent ensemble, avec leurs mots-dièse et les façons d’y participer.",
        "es": "Las campañas que los socios impulsan juntos, con sus etiquetas y las formas de sumarse.",
        "ar": "الحملات التي يقودها الشركاء معاً، مع وسومها وطرق المشاركة فيها.",
    },
}

NEWS = {
    "title": {"en": "News", "fr": "Actualités", "es": "Noticias", "ar": "الأخبار"},
    "introduction": {
        "en": "What is new in the campaign, its partner cities and their networks.",
        "fr": "Les nouvelles de la campagne, des villes partenaires et de leurs réseaux.",
        "es": "Novedades de la campaña, de las ciudades socias y de sus redes.",
        "ar": "جديد الحملة والمدن الشريكة وشبكاتها.",
    },
}

EVENTS = {
    "title": {"en": "Events", "fr": "Événements", "es": "Eventos", "ar": "الفعاليات"},
    "introduction": {
        "en": "Meetings, peer-learning sessions and days of action, online and in cities.",
        "fr": "Rencontres, sessions d’apprentissage entre pairs et journées d’action, en ligne et dans les villes.",
        "es": "Encuentros, sesiones de aprendizaje entre pares y jornadas de acción, en línea y en las ciudades.",
        "ar": "لقاءات وجلسات تعلّم بين الأقران وأيام عمل، عبر الإنترنت وفي المدن.",
    },
}


def it_takes_a_community_body():
    intro = paragraphs(
        {
            "en": [
                "The campaign brings national governments, cities, businesses, civil society and international organisations into one conversation about human mobility: not a debate about borders, but everyday accounts of neighbours who moved and of the places they helped to shape.",
                "It grew out of the GFMD ad hoc Working Group on Public Narratives on Migration, co-chaired by Canada, Ecuador and the GFMD Mayors Mechanism, and went live quietly on International Migrants Day 2020 before its official take-off in 2021, with UCLG among its steering partners.",
            ],
            "fr": [
                "La campagne réunit gouvernements nationaux, villes, entreprises, société civile et organisations internationales autour de la mobilité humaine : pas un débat sur les frontières, mais le récit quotidien de voisines et de voisins venus d’ailleurs et des lieux qu’ils ont contribué à façonner.",
                "Elle est née du groupe de travail ad hoc du FMMD sur les récits publics relatifs à la migration, coprésidé par le Canada, l’Équateur et le Mécanisme des maires du FMMD. Lancée discrètement lors de la Journée internationale des migrants 2020, elle a pris son envol officiel en 2021, avec CGLU parmi ses partenaires de pilotage.",
            ],
            "es": [
                "La campaña reúne a gobiernos nacionales, ciudades, empresas, sociedad civil y organismos internacionales en torno a la movilidad humana: no un debate sobre fronteras, sino relatos cotidianos de vecinas y vecinos que llegaron y de los lugares que ayudaron a construir.",
                "Nació del Grupo de Trabajo ad hoc del FMMD sobre Narrativas Públicas de la Migración, copresidido por Canadá, Ecuador y el Mecanismo de Alcaldes del FMMD. Se lanzó sin ruido el Día Internacional del Migrante de 2020 y despegó oficialmente en 2021, con CGLU entre sus socios impulsores.",
            ],
            "ar": [
                "تجمع الحملة الحكومات الوطنية والمدن والشركات والمجتمع المدني والمنظمات الدولية حول التنقّل البشري: لا جدال حول الحدود، بل حكايات يومية عن جيران انتقلوا وعن الأماكن التي ساهموا في بنائها.",
                "انبثقت الحملة من فريق العمل المخصص للمنتدى العالمي للهجرة والتنمية المعني بالسرديات العامة حول الهجرة، الذي تشارك في رئاسته كندا والإكوادور وآلية رؤساء البلديات التابعة للمنتدى. انطلقت بهدوء في اليوم الدولي للمهاجرين 2020، ثم انطلقت رسمياً في 2021، ومن بين شركائها في التوجيه منظمة المدن والحكومات المحلية المتحدة.",
            ],
        }
    )
    figures = {
        "en": (
            "Key figures",
            [
                "soft launch on International Migrants Day, 18 December",
                "co-chairs of the working group",
                "ways to take part",
                "languages on this site",
            ],
        ),
        "fr": (
            "Chiffres clés",
            [
                "lancement discret le 18 décembre, Journée internationale des migrants",
                "coprésidents du groupe de travail",
                "façons de participer",
                "langues sur ce site",
            ],
        ),
        "es": (
            "Cifras clave",
            [
                "lanzamiento discreto el 18 de diciembre, Día Internacional del Migrante",
                "copresidentes del grupo de trabajo",
                "formas de participar",
                "idiomas en este sitio",
            ],
        ),
        "ar": (
            "أرقام أساسية",
            [
                "انطلاقة أولى في 18 كانون الأول/ديسمبر، اليوم الدولي للمهاجرين",
                "رؤساء مشاركون لفريق العمل",
                "طرق للمشاركة",
                "لغات على هذا الموقع",
            ],
        ),
    }
    values = ["2020", "3", "4", "4"]
    steps = {
        "en": (
            "Four ways to take part",
            [
                (
                    "Post about the campaign",
                    "Share the campaign on your social media and point people to this site.",
                ),
                (
                    "Pass on the videos",
                    "Post the campaign videos on your own channels with #ItTakesACommunity, a link here and a caption for your audience.",
                ),
                (
                    "Tell your story",
                    "Write about the good that migration brings to your city or organisation, and how you make your community welcoming.",
                ),
                (
                    "Bring in a partner",
                    "Tell organisations in your network about the campaign and invite them to join.",
                ),
            ],
            "Share your story",
        ),
        "fr": (
            "Quatre façons de participer",
            [
                (
                    "Parlez de la campagne",
                    "Partagez la campagne sur vos réseaux sociaux et renvoyez vers ce site.",
                ),
                (
                    "Relayez les vidéos",
                    "Publiez les vidéos de la campagne sur vos propres canaux avec #ItTakesACommunity, un lien vers ce site et une légende pour votre public.",
                ),
                (
                    "Racontez votre histoire",
                    "Décrivez ce que la migration apporte à votre ville ou à votre organisation, et comment vous rendez votre communauté accueillante.",
                ),
                (
                    "Entraînez un partenaire",
                    "Présentez la campagne aux organisations de votre réseau et invitez-les à la rejoindre.",
                ),
            ],
            "Partager votre histoire",
        ),
        "es": (
            "Cuatro formas de participar",
            [
                (
                    "Publica sobre la campaña",
                    "Comparte la campaña en tus redes sociales y dirige a la gente a este sitio.",
                ),
                (
                    "Difunde los vídeos",
                    "Publica los vídeos de la campaña en tus canales con #ItTakesACommunity, un enlace a este sitio y un texto pensado para tu público.",
                ),
                (
                    "Cuenta tu historia",
                    "Escribe sobre lo que la migración aporta a tu ciudad u organización y sobre cómo haces que tu comunidad sea acogedora.",
                ),
                (
                    "Suma a un socio",
                    "Presenta la campaña a las organizaciones de tu red e invítalas a unirse.",
                ),
            ],
            "Comparte tu historia",
        ),
        "ar": (
            "أربع طرق للمشاركة",
            [
                (
                    "انشروا عن الحملة",
                    "شاركوا الحملة على شبكاتكم الاجتماعية ووجّهوا الناس إلى هذا الموقع.",
                ),
                (
                    "أعيدوا نشر الفيديوهات",
                    "انشروا فيديوهات الحملة على قنواتكم مع الوسم ‎#ItTakesACommunity‎ ورابط هذا الموقع وتعليق يناسب جمهوركم.",
                ),
                (
                    "احكوا قصتكم",
                    "اكتبوا عمّا تضيفه الهجرة إلى مدينتكم أو منظمتكم، وكيف تجعلون مجتمعكم مرحِّباً.",
                ),
                (
                    "أشركوا شريكاً",
                    "عرّفوا المنظمات في شبكتكم بالحملة وادعوها إلى الانضمام.",
                ),
            ],
            "شاركوا قصتكم",
        ),
    }
    result = {}
    for code in ("en", "fr", "es", "ar"):
        heading, labels = figures[code]
        take_heading, take_steps, story_label = steps[code]
        blocks = [
            (
                "key_figures",
                {
                    "heading": heading,
                    "figures": [
                        {"value": value, "label": label, "source": ""}
                        for value, label in zip(values, labels, strict=True)
                    ],
                },
            ),
            (
                "take_part",
                {
                    "heading": take_heading,
                    "steps": [
                        {
                            "title": title,
                            "text": text,
                            "link_label": story_label if number == 2 else "",
                            "page": None,
                            "url": "",
                        }
                        for number, (title, text) in enumerate(take_steps)
                    ],
                },
            ),
        ]
        result[code] = blocks
    return body(intro, result)


TOOLKIT_TITLES = {
    "en": ("Social media toolkit", ["Social media", "toolkit"]),
    "fr": ("Kit pour les réseaux sociaux", ["Kit réseaux", "sociaux"]),
    "es": ("Kit para redes sociales", ["Kit para", "redes sociales"]),
    "ar": ("حقيبة وسائل التواصل الاجتماعي", ["حقيبة وسائل", "التواصل"]),
}


def toolkit_document(code):
    """A one-page PDF per language, drawn like the posters."""
    from wagtail.documents import get_document_model

    title, words = TOOLKIT_TITLES[code]
    image = Image.new("RGB", (1240, 1754), BRAND)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 1600, 1240, 1754), fill=ACCENT)
    face = (
        "/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf"
        if code == "ar"
        else FONT
    )
    try:
        big = ImageFont.truetype(face, 110)
    except OSError:
        big = ImageFont.load_default(110)
    draw.text((100, 200), "#Cities4Migration", font=font(96), fill=ACCENT)
    for line, word in enumerate(words):
        anchor, x = ("ra", 1140) if code == "ar" else ("la", 100)
        draw.text((x, 520 + line * 170), word, font=big, fill=PAPER, anchor=anchor)
    output = io.BytesIO()
    image.save(output, "PDF", resolution=150)
    return get_document_model().objects.create(
        title=title,
        file=ContentFile(
            output.getvalue(), name=f"cities4migration-toolkit-{code}.pdf"
        ),
    )


def statement_blocks():
    """The #Cities4Migration statement, when the demo has it, set into the page."""
    statement = StatementPage.objects.filter(
        slug_en="migration-makes-cities-grow"
    ).first()
    return [("statement", {"statement": statement})] if statement else []


def cities4migration_body(related):
    documents = {code: toolkit_document(code) for code in TOOLKIT_TITLES}
    toolkit_headings = {
        "en": "Download the toolkit",
        "fr": "Télécharger le kit",
        "es": "Descargar el kit",
        "ar": "تنزيل الحقيبة",
    }
    related_headings = {
        "en": "See also",
        "fr": "À voir aussi",
        "es": "Ver también",
        "ar": "انظر أيضاً",
    }
    extras = {
        code: [
            (
                "toolkit",
                {
                    "heading": toolkit_headings[code],
                    "items": [
                        {
                            "language": language,
                            "document": documents[language],
                            "label": TOOLKIT_TITLES[language][0],
                        }
                        for language in TOOLKIT_TITLES
                    ],
                },
            ),
            *statement_blocks(),
            ("related", {"heading": related_headings[code], "pages": related}),
        ]
        for code in TOOLKIT_TITLES
    }
    intro = paragraphs(
        {
            "en": [
                "On International Migrants Day 2020, mayors and city leaders around the Mediterranean spoke with one voice: cities are where newcomers find work, school and neighbours, so cities need a real say in how migration is governed.",
                "The campaign ran through the Mediterranean City-to-City Migration project (MC2CM), under the auspices of UCLG, ICMPD and UN-Habitat, and invited everyone to echo it with #Cities4Migration and #WeTogether.",
            ],
            "fr": [
                "Lors de la Journée internationale des migrants 2020, des maires et responsables de villes de la Méditerranée ont parlé d’une seule voix : c’est en ville que les nouveaux arrivants trouvent travail, école et voisins, et les villes doivent donc peser dans la gouvernance des migrations.",
                "La campagne a été portée par le projet Migration de ville à ville en Méditerranée (MC2CM), sous l’égide de CGLU, de l’ICMPD et d’ONU-Habitat, et invitait chacun à la relayer avec #Cities4Migration et #WeTogether.",
            ],
            "es": [
                "En el Día Internacional del Migrante de 2020, alcaldes y líderes urbanos del Mediterráneo hablaron con una sola voz: en las ciudades quienes llegan encuentran trabajo, escuela y vecinos, por eso las ciudades necesitan voz real en la gobernanza de la migración.",
                "La campaña se impulsó desde el proyecto Migración Ciudad a Ciudad en el Mediterráneo (MC2CM), con el respaldo de CGLU, ICMPD y ONU-Hábitat, e invitaba a todos a difundirla con #Cities4Migration y #WeTogether.",
            ],
            "ar": [
                "في اليوم الدولي للمهاجرين 2020، تحدّث رؤساء بلديات وقادة مدن من حوض المتوسط بصوت واحد: في المدن يجد القادمون الجدد العمل والمدرسة والجيران، ولذلك تحتاج المدن إلى كلمة حقيقية في حوكمة الهجرة.",
                "قاد الحملة مشروع الهجرة من مدينة إلى مدينة في المتوسط (MC2CM) برعاية منظمة المدن والحكومات المحلية المتحدة والمركز الدولي لتطوير سياسات الهجرة وموئل الأمم المتحدة، ودعت الجميع إلى نشرها بالوسمين ‎#Cities4Migration‎ و‎#WeTogether‎.",
            ],
        }
    )
    quote = {
        "en": "Migration makes cities grow. Cities make migration work.",
        "fr": "La migration fait grandir les villes. Les villes font réussir la migration.",
        "es": "La migración hace crecer las ciudades. Las ciudades hacen que la migración funcione.",
        "ar": "الهجرة تُنمّي المدن، والمدن تُنجح الهجرة.",
    }
    speaker = {
        "en": ("Mediterranean city leaders", "The campaign's shared statement"),
        "fr": (
            "Responsables de villes méditerranéennes",
            "La déclaration commune de la campagne",
        ),
        "es": (
            "Líderes urbanos del Mediterráneo",
            "La declaración común de la campaña",
        ),
        "ar": ("قادة مدن متوسطية", "البيان المشترك للحملة"),
    }
    quotes = {
        code: [
            (
                "quote",
                {
                    "text": quote[code],
                    "speaker": speaker[code][0],
                    "role": speaker[code][1],
                    "attribution": "",
                },
            )
        ]
        for code in quote
    }
    return body(intro, quotes, extras)


ARTICLES = [
    {
        "slug": "peer-learning-note-28",
        "date": date(2021, 6, 1),
        "topics": ["citizenship"],
        "poster": ("note-28", ["Peer", "Learning", "Note 28"]),
        "title": {
            "en": "Peer Learning Note 28: what cities learned about inclusive local citizenship",
            "fr": "Note d’apprentissage entre pairs n° 28 : ce que les villes ont appris sur la citoyenneté locale inclusive",
            "es": "Nota de aprendizaje entre pares n.º 28: lo que las ciudades aprendieron sobre ciudadanía local inclusiva",
            "ar": "مذكرة التعلّم بين الأقران رقم 28: ما تعلّمته المدن عن المواطنة المحلية الشاملة",
        },
        "author": same("UCLG · MC2CM"),
        "summary": {
            "en": "The note gathers the lessons of an online MC2CM exchange hosted by Grenoble in March 2021, with nine lessons for cities that want everyone who lives there to count as a citizen.",
            "fr": "La note rassemble les enseignements d’un échange en ligne MC2CM accueilli par Grenoble en mars 2021, avec neuf leçons pour les villes qui veulent que chaque habitant compte comme citoyen.",
            "es": "La nota reúne lo aprendido en un intercambio en línea de MC2CM acogido por Grenoble en marzo de 2021, con nueve lecciones para las ciudades que quieren que todo habitante cuente como ciudadano.",
            "ar": "تجمع المذكرة خلاصات تبادل إلكتروني ضمن مشروع MC2CM استضافته غرونوبل في آذار/مارس 2021، مع تسعة دروس للمدن التي تريد أن يُحسب كل من يعيش فيها مواطناً.",
        },
        "paragraphs": {
            "en": [
                "From 16 to 18 March 2021, Grenoble and UCLG’s Committee on Social Inclusion, Participatory Democracy and Human Rights brought MC2CM cities together online to compare how they open local politics and public services to all residents.",
                "Examples come from Barcelona, Grenoble, Seine-Saint-Denis, Sousse and Valencia. The note also describes how storytelling, guided online, helped participants see the city through the eyes of residents dealing with its offices and services. It is available in English, French and Spanish.",
            ],
            "fr": [
                "Du 16 au 18 mars 2021, Grenoble et la Commission de CGLU sur l’inclusion sociale, la démocratie participative et les droits humains ont réuni en ligne des villes du réseau MC2CM pour comparer leurs façons d’ouvrir la vie politique et les services publics locaux à tous les habitants.",
                "Les exemples viennent de Barcelone, Grenoble, la Seine-Saint-Denis, Sousse et Valence. La note décrit aussi comment la mise en récit, animée à distance, a permis de voir la ville avec les yeux d’habitants face à ses guichets et services. Elle existe en anglais, en français et en espagnol.",
            ],
            "es": [
                "Del 16 al 18 de marzo de 2021, Grenoble y la Comisión de CGLU de Inclusión Social, Democracia Participativa y Derechos Humanos reunieron en línea a ciudades de MC2CM para comparar cómo abren la política y los servicios locales a todos sus habitantes.",
                "Los ejemplos proceden de Barcelona, Grenoble, Seine-Saint-Denis, Susa y Valencia. La nota explica además cómo el relato de historias, facilitado en línea, ayudó a mirar la ciudad con los ojos de quienes tratan con sus oficinas y servicios. Está disponible en inglés, francés y español.",
            ],
            "ar": [
                "من 16 إلى 18 آذار/مارس 2021، جمعت غرونوبل ولجنة الإدماج الاجتماعي والديمقراطية التشاركية وحقوق الإنسان في منظمة المدن والحكومات المحلية المتحدة مدنَ مشروع MC2CM عبر الإنترنت لمقارنة طرقها في فتح الحياة السياسية والخدمات المحلية أمام جميع السكان.",
                "تأتي الأمثلة من برشلونة وغرونوبل وسين سان دوني وسوسة وبلنسية. وتصف المذكرة أيضاً كيف ساعد سرد القصص، بتيسير عن بُعد، على رؤية المدينة بعيون سكان يتعاملون مع مكاتبها وخدماتها. وهي متاحة بالإنجليزية والفرنسية والإسبانية.",
            ],
        },
    },
    {
        "slug": "uclg-backs-it-takes-a-community",
        "date": date(2021, 4, 20),
        "topics": ["narratives"],
        "campaign": "it-takes-a-community",
        "poster": ("uclg-support", ["Balanced", "narratives"]),
        "title": {
            "en": "UCLG renews its support for #ItTakesACommunity",
            "fr": "CGLU renouvelle son soutien à #ItTakesACommunity",
            "es": "CGLU renueva su apoyo a #ItTakesACommunity",
            "ar": "منظمة المدن والحكومات المحلية المتحدة تجدّد دعمها لحملة ‎#ItTakesACommunity‎",
        },
        "author": same("UCLG"),
        "summary": {
            "en": "As the campaign takes off officially, the world organisation of local governments puts its Mediterranean network behind it.",
            "fr": "Alors que la campagne prend officiellement son envol, l’organisation mondiale des gouvernements locaux mobilise son réseau méditerranéen.",
            "es": "Mientras la campaña despega oficialmente, la organización mundial de gobiernos locales pone su red mediterránea a su servicio.",
            "ar": "مع الانطلاقة الرسمية للحملة، تضع المنظمة العالمية للحكومات المحلية شبكتها المتوسطية في خدمتها.",
        },
        "paragraphs": {
            "en": [
                "Through the MC2CM project, run with ICMPD and UN-Habitat, UCLG links the global campaign with #Cities4Migration and with city-to-city exchanges on how migration is governed locally.",
                "Anyone can join: post about the campaign, share its videos, tell a story of your own or bring a partner along. Write to the campaign team to receive the guidance document and the digital toolkit.",
            ],
            "fr": [
                "Avec le projet MC2CM, mené avec l’ICMPD et ONU-Habitat, CGLU relie la campagne mondiale à #Cities4Migration et aux échanges entre villes sur la gouvernance locale des migrations.",
                "Chacun peut participer : parler de la campagne, partager ses vidéos, raconter sa propre histoire ou entraîner un partenaire. Écrivez à l’équipe de la campagne pour recevoir le guide et la boîte à outils numérique.",
            ],
            "es": [
                "A través del proyecto MC2CM, desarrollado con ICMPD y ONU-Hábitat, CGLU conecta la campaña mundial con #Cities4Migration y con intercambios entre ciudades sobre la gobernanza local de la migración.",
                "Cualquiera puede sumarse: publicar sobre la campaña, compartir sus vídeos, contar su propia historia o atraer a un socio. Escribe al equipo de la campaña para recibir la guía y el kit digital.",
            ],
            "ar": [
                "من خلال مشروع MC2CM الذي يُنفَّذ مع المركز الدولي لتطوير سياسات الهجرة وموئل الأمم المتحدة، تربط المنظمة الحملة العالمية بحملة ‎#Cities4Migration‎ وبتبادلات بين المدن حول الحوكمة المحلية للهجرة.",
                "يمكن للجميع المشاركة: النشر عن الحملة، ومشاركة فيديوهاتها، ورواية قصة خاصة، أو إشراك شريك. راسلوا فريق الحملة لتلقّي الدليل والحقيبة الرقمية.",
            ],
        },
    },
    {
        "slug": "mediterranean-mayors-we-together",
        "date": date(2020, 12, 18),
        "topics": ["social-cohesion"],
        "campaign": "cities4migration",
        "poster": ("we-together", ["#WeTogether"]),
        "title": {
            "en": "Mediterranean mayors on Migrants Day: #WeTogether",
            "fr": "Les maires de la Méditerranée pour la Journée des migrants : #WeTogether",
            "es": "Alcaldes del Mediterráneo en el Día del Migrante: #WeTogether",
            "ar": "رؤساء بلديات المتوسط في يوم المهاجرين: ‎#WeTogether‎",
        },
        "author": same("MC2CM"),
        "summary": {
            "en": "City leaders explain, in a short video, how newcomers contribute to their cities and what mayors need to include them.",
            "fr": "Dans une courte vidéo, des responsables de villes expliquent ce que les nouveaux arrivants apportent à leur ville et ce dont les maires ont besoin pour les inclure.",
            "es": "En un vídeo breve, líderes urbanos explican cómo contribuyen quienes llegan a sus ciudades y qué necesitan los alcaldes para incluirlos.",
            "ar": "في فيديو قصير، يشرح قادة مدن كيف يساهم القادمون الجدد في مدنهم وما يحتاجه رؤساء البلديات لإدماجهم.",
        },
        "paragraphs": {
            "en": [
                "Three questions framed the video: how migrants contribute to city life, what stands in the way of inclusion, and how migration governance could improve. The statement that came out of it is available in Arabic, English, French and Spanish."
            ],
            "fr": [
                "Trois questions structurent la vidéo : ce que les migrants apportent à la vie de la ville, ce qui freine l’inclusion et comment améliorer la gouvernance des migrations. La déclaration qui en est issue existe en arabe, en anglais, en espagnol et en français."
            ],
            "es": [
                "Tres preguntas guían el vídeo: cómo contribuyen las personas migrantes a la vida de la ciudad, qué frena la inclusión y cómo mejorar la gobernanza de la migración. La declaración resultante está disponible en árabe, español, francés e inglés."
            ],
            "ar": [
                "ثلاثة أسئلة تؤطّر الفيديو: كيف يساهم المهاجرون في حياة المدينة، وما الذي يعيق الإدماج، وكيف يمكن تحسين حوكمة الهجرة. والبيان الناتج عنه متاح بالعربية والإنجليزية والفرنسية والإسبانية."
            ],
        },
    },
]


def events(today):
    soon = today + timedelta(days=40)
    return [
        {
            "slug": "towards-the-lampedusa-charter",
            "fields": {
                "start_date": date(2021, 5, 4),
                "start_time": time(14, 0),
                "end_date": date(2021, 5, 4),
                "end_time": time(16, 0),
                "time_zone": "Europe/Rome",
                "attendance": EventPage.ONLINE,
            },
            "poster": ("lampedusa", ["#Cities", "Are", "Listening"]),
            "title": {
                "en": "Towards the Lampedusa Charter: community-driven approaches to human mobility",
                "fr": "Vers la Charte de Lampedusa : des approches de la mobilité humaine portées par les communautés",
                "es": "Hacia la Carta de Lampedusa: enfoques comunitarios de la movilidad humana",
                "ar": "نحو ميثاق لامبيدوزا: مقاربات مجتمعية للتنقّل البشري",
            },
            "organisers": same("UCLG"),
            "summary": {
                "en": "A #CitiesAreListening session following up Lampedusa’s proposal that local communities write a charter on human mobility together.",
                "fr": "Une session #CitiesAreListening pour donner suite à la proposition de Lampedusa : écrire ensemble, entre communautés locales, une charte sur la mobilité humaine.",
                "es": "Una sesión #CitiesAreListening para dar seguimiento a la propuesta de Lampedusa de que las comunidades locales escriban juntas una carta sobre movilidad humana.",
                "ar": "جلسة ضمن ‎#CitiesAreListening‎ لمتابعة اقتراح لامبيدوزا بأن تكتب المجتمعات المحلية معاً ميثاقاً حول التنقّل البشري.",
            },
            "paragraphs": {
                "en": [
                    "Participants looked at what local communities bring to making migration work for everyone, with a rights-based view of migration as a natural part of life, a lever for peace and part of a shared memory built on dignity."
                ],
                "fr": [
                    "Les participants ont examiné ce que les communautés locales apportent pour que la migration profite à tous, dans une approche fondée sur les droits qui voit la migration comme un phénomène naturel, un levier de paix et une part d’une mémoire commune fondée sur la dignité."
                ],
                "es": [
                    "Las personas participantes analizaron lo que aportan las comunidades locales para que la migración funcione para todos, desde un enfoque de derechos que ve la migración como algo natural, una palanca de paz y parte de una memoria común basada en la dignidad."
                ],
                "ar": [
                    "ناقش المشاركون ما تقدّمه المجتمعات المحلية لتعود الهجرة بالنفع على الجميع، انطلاقاً من مقاربة قائمة على الحقوق ترى في الهجرة ظاهرة طبيعية ورافعة للسلام وجزءاً من ذاكرة مشتركة قوامها الكرامة."
                ],
            },
        },
        {
            "slug": "demo-peer-learning-telling-local-stories",
            "fields": {
                "start_date": soon,
                "start_time": time(11, 0),
                "end_date": soon,
                "end_time": time(12, 30),
                "time_zone": "Africa/Tunis",
                "attendance": EventPage.ONLINE,
            },
            "campaign": "it-takes-a-community",
            "poster": ("peer-session", ["Telling", "local", "stories"]),
            "title": {
                "en": "Demo event: online peer-learning session on telling local migration stories",
                "fr": "Événement de démonstration : session en ligne d’apprentissage entre pairs sur les récits locaux de migration",
                "es": "Evento de demostración: sesión en línea de aprendizaje entre pares sobre relatos locales de migración",
                "ar": "فعالية تجريبية: جلسة تعلّم بين الأقران عبر الإنترنت حول رواية قصص الهجرة المحلية",
            },
            "organisers": same("It Takes a Community"),
            "summary": {
                "en": "An example event on this demo site: city communication teams swap what works when they tell the stories of residents who moved.",
                "fr": "Un événement d’exemple sur ce site de démonstration : des équipes de communication municipales échangent ce qui marche pour raconter les parcours d’habitants venus d’ailleurs.",
                "es": "Un evento de ejemplo en este sitio de demostración: equipos de comunicación municipales comparten lo que funciona para contar las historias de vecinos que llegaron de fuera.",
                "ar": "فعالية مثال على هذا الموقع التجريبي: فرق التواصل في البلديات تتبادل ما ينجح في رواية قصص سكان انتقلوا إليها.",
            },
            "paragraphs": {
                "en": [
                    "This event exists to show how upcoming events look; no session is scheduled."
                ],
                "fr": [
                    "Cet événement montre l’affichage des événements à venir ; aucune session n’est prévue."
                ],
                "es": [
                    "Este evento muestra cómo se ven los próximos eventos; no hay ninguna sesión programada."
                ],
                "ar": [
                    "تُظهر هذه الفعالية شكل الفعاليات القادمة؛ لا توجد جلسة مقرّرة فعلاً."
                ],
            },
        },
    ]


def load(command, home):
    campaigns_index = index_page(
        command, home, CampaignIndexPage, "campaigns", CAMPAIGNS
    )
    news_index = index_page(command, home, NewsIndexPage, "news", NEWS)
    events_index = index_page(command, home, EventIndexPage, "events", EVENTS)

    campaigns = {}
    for slug, fields, texts, bodies, words in [
        (
            "it-takes-a-community",
            {"hashtags": "#ItTakesACommunity", "start_date": date(2020, 12, 18)},
            {
                "title": {
                    "en": "It Takes a Community",
                    "fr": "Il faut une communauté",
                    "es": "Se necesita una comunidad",
                    "ar": "الأمر يتطلب مجتمعاً",
                },
                "summary": {
                    "en": "A global campaign, open to every government, city, business and citizen, for balanced stories about all forms of human mobility.",
                    "fr": "Une campagne mondiale, ouverte à tous les gouvernements, villes, entreprises et citoyens, pour des récits équilibrés sur toutes les formes de mobilité humaine.",
                    "es": "Una campaña mundial, abierta a todo gobierno, ciudad, empresa y ciudadano, por relatos equilibrados sobre todas las formas de movilidad humana.",
                    "ar": "حملة عالمية مفتوحة لكل حكومة ومدينة وشركة ومواطن، من أجل سرديات متوازنة عن جميع أشكال التنقّل البشري.",
                },
                "hero_image_alt": {
                    "en": "The words It Takes a Community in white and yellow on teal.",
                    "fr": "Les mots It Takes a Community en blanc et jaune sur fond bleu-vert.",
                    "es": "Las palabras It Takes a Community en blanco y amarillo sobre fondo verde azulado.",
                    "ar": "عبارة It Takes a Community بالأبيض والأصفر على خلفية زرقاء مخضرّة.",
                },
                "hero_image_credit": DEMO_CREDIT,
            },
            it_takes_a_community_body,
            ["It Takes", "a", "Community"],
        ),
        (
            "cities4migration",
            {
                "hashtags": "#Cities4Migration #WeTogether",
                "start_date": date(2020, 12, 18),
                "end_date": date(2021, 6, 30),
            },
            {
                "title": {
                    "en": "Cities for migration: International Migrants Day 2020",
                    "fr": "Des villes pour la migration : Journée internationale des migrants 2020",
                    "es": "Ciudades por la migración: Día Internacional del Migrante 2020",
                    "ar": "مدن من أجل الهجرة: اليوم الدولي للمهاجرين 2020",
                },
                "summary": {
                    "en": "Mediterranean city leaders asked for a stronger role in migration governance, with UCLG, ICMPD and UN-Habitat.",
                    "fr": "Des responsables de villes méditerranéennes ont demandé un rôle plus fort dans la gouvernance des migrations, avec CGLU, l’ICMPD et ONU-Habitat.",
                    "es": "Líderes urbanos del Mediterráneo pidieron un papel más fuerte en la gobernanza de la migración, junto con CGLU, ICMPD y ONU-Hábitat.",
                    "ar": "طالب قادة مدن متوسطية بدور أقوى في حوكمة الهجرة، مع منظمة المدن والحكومات المحلية المتحدة والمركز الدولي لتطوير سياسات الهجرة وموئل الأمم المتحدة.",
                },
                "hero_image_alt": {
                    "en": "The hashtag #Cities4Migration set large on dark teal.",
                    "fr": "Le mot-dièse #Cities4Migration en grand sur fond bleu-vert foncé.",
                    "es": "La etiqueta #Cities4Migration en grande sobre fondo verde azulado oscuro.",
                    "ar": "الوسم ‎#Cities4Migration‎ بخط كبير على خلفية زرقاء مخضرّة داكنة.",
                },
                "hero_image_credit": DEMO_CREDIT,
            },
            lambda: cities4migration_body(list(campaigns.values())),
            ["#Cities", "4Migration"],
        ),
    ]:
        existing = CampaignPage.objects.child_of(campaigns_index).filter(slug_en=slug)
        if not existing.exists():
            fields["hero_image"] = poster(slug, words, layout=len(campaigns))
            bodies = bodies()
        campaigns[slug] = child(
            command, campaigns_index, CampaignPage, slug, fields, texts, bodies
        )

    Topic = ArticlePage._meta.get_field("topics").related_model
    topics = {topic.slug: topic for topic in Topic.objects.all()}
    for number, data in enumerate(ARTICLES):
        fields = {"date": data["date"], "campaign": campaigns.get(data.get("campaign"))}
        if not ArticlePage.objects.filter(slug_en=data["slug"]).exists():
            name, words = data["poster"]
            fields["lead_image"] = poster(name, words, layout=number + 1)
        texts = {key: data[key] for key in ("title", "author", "summary")}
        texts["lead_image_alt"] = same("")
        article = child(
            command,
            news_index,
            ArticlePage,
            data["slug"],
            fields,
            texts,
            body(paragraphs(data["paragraphs"])),
        )
        wanted = [topics[slug] for slug in data["topics"] if slug in topics]
        if wanted and not article.topics.exists():
            article.topics.set(wanted)
            article.save_revision().publish()

    for number, data in enumerate(events(timezone.localdate())):
        fields = {**data["fields"], "campaign": campaigns.get(data.get("campaign"))}
        if not EventPage.objects.filter(slug_en=data["slug"]).exists():
            name, words = data["poster"]
            fields["image"] = poster(name, words, layout=number)
        texts = {key: data[key] for key in ("title", "organisers", "summary")}
        child(
            command,
            events_index,
            EventPage,
            data["slug"],
            fields,
            texts,
            body(paragraphs(data["paragraphs"])),
        )
    return campaigns_index, news_index, events_index
