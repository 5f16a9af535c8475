"""Demo library: seven publications of the MC2CM programme and UCLG, each with a
small real PDF per language edition, drawn here with Pillow and the Noto fonts."""

import datetime
import io
import textwrap

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont
from wagtail.documents import get_document_model

from campaign.demo_content import translated
from partners.demo import load_topics
from partners.models import City

from .models import (
    Programme,
    PublicationEdition,
    PublicationIndexPage,
    PublicationPage,
    PublicationType,
)

FONTS = "/usr/share/fonts/truetype/noto/"
PAGE_SIZE = (595, 842)  # A4 at 72 dpi
BRAND = (11, 92, 85)

INDEX = {
    "title": {
        "en": "Publications",
        "fr": "Publications",
        "es": "Publicaciones",
        "ar": "المنشورات",
    },
    "slug": {
        "en": "publications",
        "fr": "publications",
        "es": "publicaciones",
        "ar": "منشورات",
    },
    "introduction": {
        "en": "Peer learning notes, policy studies and reports written by cities and their partners, in every language they exist in.",
        "fr": "Notes d'apprentissage entre pairs, études et rapports rédigés par les villes et leurs partenaires, dans toutes les langues disponibles.",
        "es": "Notas de aprendizaje entre pares, estudios y informes escritos por las ciudades y sus socios, en todos los idiomas disponibles.",
        "ar": "مذكرات التعلم بين الأقران ودراسات السياسات والتقارير التي كتبتها المدن وشركاؤها، بكل اللغات المتاحة.",
    },
}

TYPES = {
    "peer-learning-note": {
        "en": "Peer learning note",
        "fr": "Note d'apprentissage entre pairs",
        "es": "Nota de aprendizaje entre pares",
        "ar": "مذكرة تعلم بين الأقران",
    },
    "policy-study": {
        "en": "Policy study",
        "fr": "Étude de politiques",
        "es": "Estudio de políticas",
        "ar": "دراسة سياسات",
    },
    "thematic-learning-report": {
        "en": "Thematic learning report",
        "fr": "Rapport d'apprentissage thématique",
        "es": "Informe de aprendizaje temático",
        "ar": "تقرير تعلم موضوعي",
    },
    "outcome-report": {
        "en": "Outcome report",
        "fr": "Rapport de résultats",
        "es": "Informe de resultados",
        "ar": "تقرير النتائج",
    },
    "report": {"en": "Report", "fr": "Rapport", "es": "Informe", "ar": "تقرير"},
}

PROGRAMMES = {
    "mc2cm": (
        "MC2CM",
        {
            "en": "Mediterranean City-to-City Migration",
            "fr": "Migration méditerranéenne de ville à ville",
            "es": "Migración Mediterránea de Ciudad a Ciudad",
            "ar": "الهجرة المتوسطية من مدينة إلى مدينة",
        },
    ),
    "uclg-migration": (
        "",
        {
            "en": "UCLG Migration Programme",
            "fr": "Programme Migration de CGLU",
            "es": "Programa de Migración de CGLU",
            "ar": "برنامج الهجرة لمنظمة المدن المتحدة",
        },
    ),
}

CITIES = {
    "grenoble": (
        "FR",
        "45.18878",
        "5.72452",
        {"en": "Grenoble", "fr": "Grenoble", "es": "Grenoble", "ar": "غرونوبل"},
    ),
    "barcelona": (
        "ES",
        "41.38506",
        "2.17340",
        {"en": "Barcelona", "fr": "Barcelone", "es": "Barcelona", "ar": "برشلونة"},
    ),
    "seine-saint-denis": (
        "FR",
        "48.91357",
        "2.47900",
        {
            "en": "Seine-Saint-Denis",
            "fr": "Seine-Saint-Denis",
            "es": "Sena-Saint-Denis",
            "ar": "سين سان دوني",
        },
    ),
    "sousse": (
        "TN",
        "35.82539",
        "10.63699",
        {"en": "Sousse", "fr": "Sousse", "es": "Susa", "ar": "سوسة"},
    ),
    "valencia": (
        "ES",
        "39.46991",
        "-0.37629",
        {"en": "Valencia", "fr": "Valence", "es": "Valencia", "ar": "بلنسية"},
    ),
    "sfax": (
        "TN",
        "34.74056",
        "10.76028",
        {"en": "Sfax", "fr": "Sfax", "es": "Sfax", "ar": "صفاقس"},
    ),
    "lisbon": (
        "PT",
        "38.72225",
        "-9.13934",
        {"en": "Lisbon", "fr": "Lisbonne", "es": "Lisboa", "ar": "لشبونة"},
    ),
    "seville": (
        "ES",
        "37.38863",
        "-5.98233",
        {"en": "Seville", "fr": "Séville", "es": "Sevilla", "ar": "إشبيلية"},
    ),
}

PLN = {
    "en": "Peer Learning Note",
    "fr": "Note d'apprentissage entre pairs",
    "es": "Nota de aprendizaje entre pares",
    "ar": "مذكرة التعلم بين الأقران",
}
CSIPDHR = {
    "en": "UCLG Committee on Social Inclusion, Participatory Democracy and Human Rights",
    "fr": "Commission d'inclusion sociale, démocratie participative et droits humains de CGLU",
    "es": "Comisión de Inclusión Social, Democracia Participativa y Derechos Humanos de CGLU",
    "ar": "لجنة الإدماج الاجتماعي والديمقراطية التشاركية وحقوق الإنسان في منظمة المدن المتحدة",
}

LESSONS_28 = {
    "en": [
        "Citizenship in a city is lived through residence and participation, not only through nationality.",
        "Local registration opens services to every resident, whatever their papers.",
        "Migrants' councils work when their advice reaches real decisions.",
        "Participatory budgets should reach people who cannot vote in elections.",
        "Preventing discrimination needs clear procedures and someone accountable for them.",
        "Municipal staff need training to welcome residents in several languages.",
        "Civil society organisations are partners in design, not only in delivery.",
        "Cities learn faster together: networks turn single pilots into shared practice.",
        "Words matter: how a city speaks about migration shapes how neighbours meet.",
    ],
    "fr": [
        "La citoyenneté urbaine se vit par la résidence et la participation, pas seulement par la nationalité.",
        "L'inscription locale ouvre les services à chaque habitant, quels que soient ses papiers.",
        "Les conseils de résidents étrangers fonctionnent quand leurs avis pèsent sur les décisions.",
        "Les budgets participatifs doivent inclure les personnes qui ne votent pas aux élections.",
        "Prévenir les discriminations exige des procédures claires et une personne responsable.",
        "Les agents municipaux ont besoin de formation pour accueillir en plusieurs langues.",
        "Les associations sont partenaires de la conception, pas seulement de la mise en œuvre.",
        "Les villes apprennent plus vite ensemble : les réseaux diffusent les expériences pilotes.",
        "Les mots comptent : la façon dont une ville parle de migration façonne les rencontres.",
    ],
    "es": [
        "La ciudadanía local se vive por la residencia y la participación, no solo por la nacionalidad.",
        "El empadronamiento abre los servicios a cada vecino, tenga o no papeles.",
        "Los consejos de personas migrantes funcionan cuando sus propuestas llegan a las decisiones.",
        "Los presupuestos participativos deben incluir a quienes no votan en las elecciones.",
        "Prevenir la discriminación requiere procedimientos claros y una persona responsable.",
        "El personal municipal necesita formación para atender en varios idiomas.",
        "Las organizaciones sociales son socias en el diseño, no solo en la ejecución.",
        "Las ciudades aprenden más rápido juntas: las redes convierten pilotos en práctica común.",
        "Las palabras importan: cómo habla una ciudad de la migración influye en la convivencia.",
    ],
    "ar": [
        "المواطنة في المدينة تُعاش بالإقامة والمشاركة، لا بالجنسية وحدها.",
        "التسجيل المحلي يفتح الخدمات لكل ساكن مهما كانت أوراقه.",
        "مجالس المهاجرين تنجح حين تصل آراؤها إلى القرارات الفعلية.",
        "ينبغي أن تشمل الميزانيات التشاركية من لا يصوّتون في الانتخابات.",
        "منع التمييز يحتاج إلى إجراءات واضحة وجهة مسؤولة عنها.",
        "يحتاج موظفو البلدية إلى تدريب لاستقبال السكان بعدة لغات.",
        "منظمات المجتمع المدني شريكة في التصميم لا في التنفيذ فقط.",
        "تتعلم المدن أسرع معاً: الشبكات تحوّل التجارب الفردية إلى ممارسة مشتركة.",
        "للكلمات وزن: طريقة حديث المدينة عن الهجرة تشكّل لقاء الجيران.",
    ],
}

PUBLICATIONS = [
    {
        "key": "pln-28",
        "type": "peer-learning-note",
        "number": 28,
        "date": datetime.date(2021, 9, 15),
        "virtual": True,
        "event_city": "grenoble",
        "event": (datetime.date(2021, 3, 16), datetime.date(2021, 3, 18)),
        "co_organisers": CSIPDHR,
        "cities": ["barcelona", "grenoble", "seine-saint-denis", "sousse", "valencia"],
        "topics": ["citizenship"],
        "programme": "mc2cm",
        "editions": ["en", "es", "fr"],
        "cover": False,
        "lessons": LESSONS_28,
        "title": {
            "en": "Inclusive Local Citizenship and Migration",
            "fr": "Citoyenneté locale inclusive et migration",
            "es": "Ciudadanía local inclusiva y migración",
            "ar": "المواطنة المحلية الشاملة والهجرة",
        },
        "summary": {
            "en": "What five cities learned when they met online, hosted by Grenoble, about opening local citizenship to every resident: participation, access to rights and action against discrimination.",
            "fr": "Ce que cinq villes ont appris en se réunissant en ligne, à l'invitation de Grenoble, pour ouvrir la citoyenneté locale à chaque habitant : participation, accès aux droits et lutte contre les discriminations.",
            "es": "Lo que cinco ciudades aprendieron al reunirse en línea, con Grenoble como anfitriona, para abrir la ciudadanía local a cada vecino: participación, acceso a derechos y lucha contra la discriminación.",
            "ar": "ما تعلمته خمس مدن حين التقت عبر الإنترنت بدعوة من غرونوبل حول فتح المواطنة المحلية لكل ساكن: المشاركة والوصول إلى الحقوق ومكافحة التمييز.",
        },
    },
    {
        "key": "pln-25",
        "type": "peer-learning-note",
        "number": 25,
        "date": datetime.date(2019, 11, 20),
        "event_city": "sfax",
        "event": (datetime.date(2019, 6, 25), datetime.date(2019, 6, 26)),
        "cities": ["sfax"],
        "topics": ["civil-society"],
        "programme": "mc2cm",
        "editions": ["en", "fr", "ar"],
        "cover": False,
        "title": {
            "en": "Urban Migration: Strengthening Cooperation with Civil Society",
            "fr": "Migration urbaine : renforcer la coopération avec la société civile",
            "es": "Migración urbana: reforzar la cooperación con la sociedad civil",
            "ar": "الهجرة الحضرية: تعزيز التعاون مع المجتمع المدني",
        },
        "summary": {
            "en": "Local government, civil society and international agencies met in Sfax to find better ways of working together for migrants in the city.",
            "fr": "Collectivités, société civile et agences internationales se sont réunies à Sfax pour mieux travailler ensemble au service des migrants de la ville.",
            "es": "Gobiernos locales, sociedad civil y agencias internacionales se reunieron en Sfax para trabajar mejor juntos por las personas migrantes de la ciudad.",
            "ar": "اجتمعت السلطات المحلية والمجتمع المدني والوكالات الدولية في صفاقس لإيجاد طرق أفضل للعمل معاً من أجل المهاجرين في المدينة.",
        },
    },
    {
        "key": "pln-20",
        "type": "peer-learning-note",
        "number": 20,
        "date": datetime.date(2016, 12, 1),
        "event_city": "lisbon",
        "event": (datetime.date(2016, 7, 5), datetime.date(2016, 7, 6)),
        "co_organisers": CSIPDHR,
        "cities": ["lisbon"],
        "topics": ["social-cohesion"],
        "programme": "mc2cm",
        "editions": ["en", "es", "fr"],
        "cover": True,
        "title": {
            "en": "Social Cohesion and Intercultural and Inter-religious Dialogue",
            "fr": "Cohésion sociale et dialogue interculturel et interreligieux",
            "es": "Cohesión social y diálogo intercultural e interreligioso",
            "ar": "التماسك الاجتماعي والحوار بين الثقافات والأديان",
        },
        "summary": {
            "en": "The programme's first peer learning, in Lisbon, on what city administrations can do for social cohesion and dialogue between cultures and faiths.",
            "fr": "Le premier apprentissage entre pairs du programme, à Lisbonne, sur le rôle des administrations municipales pour la cohésion sociale et le dialogue entre cultures et religions.",
            "es": "El primer aprendizaje entre pares del programa, en Lisboa, sobre el papel de las administraciones municipales en la cohesión social y el diálogo entre culturas y religiones.",
            "ar": "أول تعلم بين الأقران في البرنامج، في لشبونة، حول ما تستطيع الإدارات البلدية فعله للتماسك الاجتماعي والحوار بين الثقافات والأديان.",
        },
    },
    {
        "key": "migrant-women",
        "type": "outcome-report",
        "date": datetime.date(2020, 11, 10),
        "virtual": True,
        "event": (datetime.date(2020, 9, 29), datetime.date(2020, 9, 29)),
        "co_organisers": CSIPDHR,
        "cities": [],
        "topics": ["women"],
        "programme": "mc2cm",
        "editions": ["en", "fr", "es"],
        "cover": True,
        "title": {
            "en": "Dialogue on Migrant Women in Cities",
            "fr": "Dialogue sur les femmes migrantes dans les villes",
            "es": "Diálogo sobre las mujeres migrantes en las ciudades",
            "ar": "حوار حول النساء المهاجرات في المدن",
        },
        "summary": {
            "en": "An online exchange on the obstacles migrant women meet in cities and on how local policies can protect and include them.",
            "fr": "Un échange en ligne sur les obstacles que rencontrent les femmes migrantes en ville et sur les politiques locales qui les protègent et les incluent.",
            "es": "Un intercambio en línea sobre los obstáculos que enfrentan las mujeres migrantes en las ciudades y sobre cómo las políticas locales pueden protegerlas e incluirlas.",
            "ar": "تبادل عبر الإنترنت حول العقبات التي تواجهها النساء المهاجرات في المدن وكيف يمكن للسياسات المحلية حمايتهن وإدماجهن.",
        },
    },
    {
        "key": "social-distance",
        "type": "policy-study",
        "date": datetime.date(2020, 12, 15),
        "cities": [],
        "topics": ["services"],
        "programme": "mc2cm",
        "editions": ["en"],
        "cover": False,
        "title": {
            "en": "Going the (Social) Distance",
            "fr": "Going the (Social) Distance",
            "es": "Going the (Social) Distance",
            "ar": "Going the (Social) Distance",
        },
        "summary": {
            "en": "A COVID-19 policy study: how city responses that reached migrants and refugees helped put the Global Compacts into practice.",
            "fr": "Une étude sur la COVID-19 : comment les réponses municipales attentives aux migrants et réfugiés ont fait vivre les Pactes mondiaux.",
            "es": "Un estudio sobre la COVID-19: cómo las respuestas municipales que llegaron a migrantes y refugiados dieron vida a los Pactos Mundiales.",
            "ar": "دراسة سياسات حول كوفيد-19: كيف ساعدت استجابات المدن التي شملت المهاجرين واللاجئين في تطبيق الميثاقين العالميين.",
        },
    },
    {
        "key": "communication",
        "type": "thematic-learning-report",
        "date": datetime.date(2020, 10, 1),
        "virtual": True,
        "event_city": "seville",
        "event": (datetime.date(2020, 6, 23), datetime.date(2020, 6, 25)),
        "co_organisers": {
            "en": "Seville City Council and FAMSI",
            "fr": "Ville de Séville et FAMSI",
            "es": "Ayuntamiento de Sevilla y FAMSI",
            "ar": "بلدية إشبيلية وصندوق الأندلس للتضامن الدولي",
        },
        "cities": ["seville"],
        "topics": ["narratives"],
        "programme": "mc2cm",
        "editions": ["en", "fr", "es", "ar"],
        "cover": True,
        "title": {
            "en": "Communication on Migration: Rebalancing the Narrative",
            "fr": "Communiquer sur la migration : rééquilibrer le récit",
            "es": "Comunicar sobre migración: reequilibrar el relato",
            "ar": "التواصل حول الهجرة: إعادة التوازن إلى السردية",
        },
        "summary": {
            "en": "Lessons from a peer learning hosted by Seville and FAMSI on how local governments can tell a fairer story about migration.",
            "fr": "Les enseignements d'un apprentissage entre pairs accueilli par Séville et le FAMSI sur la manière de raconter la migration plus justement.",
            "es": "Aprendizajes de un encuentro entre pares acogido por Sevilla y el FAMSI sobre cómo los gobiernos locales pueden contar la migración de forma más justa.",
            "ar": "دروس من تعلم بين الأقران استضافته إشبيلية وصندوق الأندلس حول كيف تروي الحكومات المحلية قصة أكثر إنصافاً عن الهجرة.",
        },
    },
    {
        "key": "global-compacts",
        "type": "report",
        "date": datetime.date(2022, 5, 17),
        "cities": [],
        "topics": ["citizenship", "services"],
        "programme": "uclg-migration",
        "editions": ["en", "es", "fr"],
        "cover": False,
        "title": {
            "en": "Localizing the Global Compacts: First Report on Local Action for Migrants and Refugees",
            "fr": "Localiser les Pactes mondiaux : premier rapport sur l'action locale pour les migrants et réfugiés",
            "es": "Localizar los Pactos Mundiales: primer informe sobre la acción local por migrantes y refugiados",
            "ar": "توطين الميثاقين العالميين: التقرير الأول عن العمل المحلي من أجل المهاجرين واللاجئين",
        },
        "summary": {
            "en": "The first report gathering what local and regional governments do for migrants and refugees, read against the two Global Compacts.",
            "fr": "Le premier rapport qui rassemble l'action des gouvernements locaux et régionaux pour les migrants et réfugiés, au regard des deux Pactes mondiaux.",
            "es": "El primer informe que reúne la acción de los gobiernos locales y regionales por migrantes y refugiados, a la luz de los dos Pactos Mundiales.",
            "ar": "أول تقرير يجمع ما تقوم به الحكومات المحلية والإقليمية من أجل المهاجرين واللاجئين في ضوء الميثاقين العالميين.",
        },
    },
]

RELATED = {
    "pln-28": ["pln-25", "global-compacts"],
    "pln-25": ["pln-28"],
    "communication": ["pln-28"],
}


# --- Files ---


def _font(language, size, bold=False):
    if language == "ar":
        name = "NotoNaskhArabic-Bold.ttf" if bold else "NotoNaskhArabic-Regular.ttf"
        return ImageFont.truetype(
            FONTS + name, size, layout_engine=ImageFont.Layout.RAQM
        )
    name = "NotoSans-Bold.ttf" if bold else "NotoSans-Regular.ttf"
    return ImageFont.truetype(FONTS + name, size)


def _write(draw, y, text, language, size, width, bold=False, fill=(20, 20, 20)):
    font = _font(language, size, bold)
    rtl = language == "ar"
    for line in textwrap.wrap(text, width):
        if rtl:
            right = PAGE_SIZE[0] - 60
            draw.text(
                (right, y), line, font=font, fill=fill, anchor="ra", direction="rtl"
            )
        else:
            draw.text((60, y), line, font=font, fill=fill)
        y += int(size * 1.5)
    return y + size // 2


def make_pdf(label, title, summary, lessons, language):
    """A small, real, multi-page PDF: a cover, the summary, the key lessons."""
    cover = Image.new("RGB", PAGE_SIZE, "white")
    draw = ImageDraw.Draw(cover)
    draw.rectangle((0, 0, PAGE_SIZE[0], 330), fill=BRAND)
    draw.rectangle((0, 330, PAGE_SIZE[0], 342), fill=(224, 161, 0))
    _write(draw, 90, label, language, 22, 40, fill="white")
    _write(draw, 140, title, language, 30, 30, bold=True, fill="white")
    _write(draw, 400, summary, language, 16, 60)
    _write(draw, 760, "MC2CM · UCLG", "en", 14, 60, fill=BRAND)
    pages = []
    for number, chunk in enumerate(
        [lessons[:5], lessons[5:]] if lessons else [[summary], [title]]
    ):
        page = Image.new("RGB", PAGE_SIZE, "white")
        draw = ImageDraw.Draw(page)
        y = _write(draw, 60, title, language, 18, 50, bold=True, fill=BRAND)
        for position, text in enumerate(chunk, start=1 + number * 5):
            y = _write(
                draw,
                y + 10,
                f"{position}. {text}" if lessons else text,
                language,
                14,
                70,
            )
        _write(draw, 790, str(number + 2), "en", 11, 10, fill=(120, 120, 120))
        pages.append(page)
    buffer = io.BytesIO()
    cover.save(buffer, "PDF", save_all=True, append_images=pages, resolution=72)
    return buffer.getvalue()


# --- Loading ---


def load(command, home):
    index = PublicationIndexPage.objects.first()
    if index is None:
        index = PublicationIndexPage(slug="publications", **translated(**INDEX))
        home.add_child(instance=index)
        index.save_revision().publish()
        command.step("publication library: created in en, fr, es, ar")
    types = {
        slug: PublicationType.objects.get_or_create(
            slug=slug, defaults=translated(name=names)
        )[0]
        for slug, names in TYPES.items()
    }
    programmes = {
        slug: Programme.objects.get_or_create(
            slug=slug, defaults={"acronym": acronym, **translated(name=names)}
        )[0]
        for slug, (acronym, names) in PROGRAMMES.items()
    }
    cities = {
        slug: City.objects.get_or_create(
            slug=slug,
            defaults={
                "country": country,
                "latitude": lat,
                "longitude": lon,
                **translated(name=names),
            },
        )[0]
        for slug, (country, lat, lon, names) in CITIES.items()
    }
    topics = load_topics()
    pages = {}
    for data in PUBLICATIONS:
        slug = data["key"]
        page = PublicationPage.objects.child_of(index).filter(slug_en=slug).first()
        if page:
            pages[slug] = page
            continue
        pages[slug] = _publication(index, data, types, programmes, cities, topics)
        command.step(
            f"publication '{slug}': created with {', '.join(data['editions'])}"
        )
    for key, others in RELATED.items():
        page = pages[key]
        if not page.related_publications.exists():
            page.related_publications = [pages[other] for other in others]
            page.save_revision().publish()
    return index


def _publication(index, data, types, programmes, cities, topics):
    fields = translated(title=data["title"], summary=data["summary"])
    if data["type"] == "peer-learning-note":
        fields.update(translated(series=PLN))
    if data.get("co_organisers"):
        fields.update(translated(co_organisers=data["co_organisers"]))
    if data.get("lessons"):
        fields.update(
            {
                f"key_lessons_{code}": "\n".join(lines)
                for code, lines in data["lessons"].items()
            }
        )
    start, end = data.get("event", (None, None))
    page = PublicationPage(
        slug=data["key"],
        publication_type=types[data["type"]],
        number=data.get("number"),
        publication_date=data["date"],
        event_virtual=data.get("virtual", False),
        event_city=cities.get(data.get("event_city")),
        event_start=start,
        event_end=end,
        programme=programmes[data["programme"]],
        **fields,
    )
    for code in data["editions"]:
        label = (
            f"{PLN[code]} #{data['number']}"
            if data.get("number")
            else TYPES[data["type"]][code]
        )
        lessons = data.get("lessons", {}).get(code, [])
        pdf = make_pdf(label, data["title"][code], data["summary"][code], lessons, code)
        stem = (
            f"peer-learning-note-{data['number']}"
            if data.get("number")
            else data["key"]
        )
        document = get_document_model()(title=f"{data['title']['en']} ({code})")
        document.file.save(f"{stem}-{code}.pdf", ContentFile(pdf), save=False)
        document.save()
        page.editions.add(PublicationEdition(language=code, document=document))
    if data["cover"]:
        page.cover = _cover_image(data)
    page.cities = [cities[slug] for slug in data["cities"]]
    page.topics = [topics[slug] for slug in data["topics"]]
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def _cover_image(data):
    """An uploaded cover for some publications: the title page drawn in English."""
    from django.core.files.images import ImageFile
    from wagtail.images import get_image_model

    label = TYPES[data["type"]]["en"]
    pdf = make_pdf(label, data["title"]["en"], data["summary"]["en"], [], "en")
    from .tasks import pdf_facts

    _count, png = pdf_facts(pdf)
    image = get_image_model()(title=f"Cover: {data['title']['en']}")
    image.file = ImageFile(io.BytesIO(png), name=f"cover-{data['key']}.png")
    image.save()
    return image
