"""Demo texts for the campaign pages, written for this site from the seeds' facts."""


def translated(**fields):
    """{"title": {"en": …, "ar": …}} → {"title_en": …, "title_ar": …}."""
    return {
        f"{name}_{code}": value
        for name, values in fields.items()
        for code, value in values.items()
    }


HOME = {
    "title": {
        "en": "It Takes a Community",
        "fr": "Il faut une communauté",
        "es": "Se necesita una comunidad",
        "ar": "الأمر يتطلب مجتمعاً",
    },
    "hero_title": {
        "en": "Migration makes cities grow. Cities make migration work.",
        "fr": "La migration fait grandir les villes. Les villes font réussir la migration.",
        "es": "La migración hace crecer las ciudades. Las ciudades hacen que la migración funcione.",
        "ar": "الهجرة تُنمّي المدن، والمدن تُنجح الهجرة.",
    },
    "introduction": {
        "en": (
            "Since International Migrants Day on 18 December 2020, cities, local and "
            "national governments, businesses, civil society and international "
            "organisations have been telling the everyday stories of neighbours who "
            "moved, settled and made their communities stronger. Read them, share them, "
            "and add your own."
        ),
        "fr": (
            "Depuis la Journée internationale des migrants, le 18 décembre 2020, des "
            "villes, des gouvernements locaux et nationaux, des entreprises, la société "
            "civile et des organisations internationales racontent le quotidien de "
            "voisines et de voisins venus d’ailleurs qui ont renforcé leur communauté. "
            "Lisez ces récits, partagez-les et ajoutez le vôtre."
        ),
        "es": (
            "Desde el Día Internacional del Migrante, el 18 de diciembre de 2020, "
            "ciudades, gobiernos locales y nacionales, empresas, sociedad civil y "
            "organizaciones internacionales cuentan las historias cotidianas de vecinas "
            "y vecinos que llegaron, se quedaron e hicieron más fuertes a sus "
            "comunidades. Léelas, compártelas y suma la tuya."
        ),
        "ar": (
            "منذ اليوم الدولي للمهاجرين في 18 كانون الأول/ديسمبر 2020، تروي المدن "
            "والحكومات المحلية والوطنية والشركات والمجتمع المدني والمنظمات الدولية "
            "قصص جيران انتقلوا واستقروا وجعلوا مجتمعاتهم أقوى. اقرأوا هذه القصص "
            "وشاركوها وأضيفوا قصتكم."
        ),
    },
    "call_to_action_label": {
        "en": "How to take part",
        "fr": "Comment participer",
        "es": "Cómo participar",
        "ar": "كيف تشاركون",
    },
    "hero_image_alt": {
        "en": "Drawing: neighbours of different colours stand side by side in front "
        "of a city skyline under a rising sun.",
        "fr": "Illustration : des voisins de toutes les couleurs côte à côte devant "
        "les toits d’une ville, sous un soleil levant.",
        "es": "Ilustración: vecinas y vecinos de distintos colores, uno junto a otro, "
        "ante el perfil de una ciudad bajo un sol naciente.",
        "ar": "رسم: جيران بألوان مختلفة يقفون جنباً إلى جنب أمام أفق مدينة تحت "
        "شمس مشرقة.",
    },
    "hero_image_credit": {
        "en": "Campaign illustration",
        "fr": "Illustration de la campagne",
        "es": "Ilustración de la campaña",
        "ar": "رسم الحملة",
    },
    "initiative": {
        "en": (
            "An initiative of the GFMD ad hoc Working Group on Public Narratives on "
            "Migration, co-chaired by Canada, Ecuador and the GFMD Mayors Mechanism, "
            "and carried by cities, governments, businesses, civil society and "
            "international organisations."
        ),
        "fr": (
            "Une initiative du groupe de travail ad hoc du FMMD sur les récits publics "
            "de la migration, coprésidé par le Canada, l’Équateur et le Mécanisme des "
            "maires du FMMD, portée par des villes, des gouvernements, des "
            "entreprises, la société civile et des organisations internationales."
        ),
        "es": (
            "Una iniciativa del grupo de trabajo ad hoc del FMMD sobre narrativas "
            "públicas de la migración, copresidido por Canadá, Ecuador y el Mecanismo "
            "de Alcaldes del FMMD, y sostenida por ciudades, gobiernos, empresas, "
            "sociedad civil y organizaciones internacionales."
        ),
        "ar": (
            "مبادرة من الفريق العامل المخصص المعني بالسرديات العامة حول الهجرة في "
            "المنتدى العالمي للهجرة والتنمية، الذي تشترك في رئاسته كندا والإكوادور "
            "وآلية رؤساء البلديات، وتحملها مدن وحكومات وشركات ومجتمع مدني ومنظمات "
            "دولية."
        ),
    },
}

# Key figures on the home page, from the seeds: (value, label, source) per language.
KEY_FIGURES = {
    "heading": {
        "en": "The campaign in figures",
        "fr": "La campagne en chiffres",
        "es": "La campaña en cifras",
        "ar": "الحملة بالأرقام",
    },
    "figures": [
        (
            "2020",
            {
                "en": "Launched on International Migrants Day, 18 December",
                "fr": "Lancée le 18 décembre, Journée internationale des migrants",
                "es": "Lanzada el 18 de diciembre, Día Internacional del Migrante",
                "ar": "انطلقت في 18 كانون الأول/ديسمبر، اليوم الدولي للمهاجرين",
            },
            {"en": "", "fr": "", "es": "", "ar": ""},
        ),
        (
            "300",
            {
                "en": "local and regional governments co-created the Lampedusa Charter",
                "fr": "gouvernements locaux et régionaux ont coécrit la Charte de "
                "Lampedusa",
                "es": "gobiernos locales y regionales crearon juntos la Carta de "
                "Lampedusa",
                "ar": "حكومة محلية وإقليمية شاركت في صياغة ميثاق لامبيدوزا",
            },
            {
                "en": "UCLG Congress, Daejeon, 2022",
                "fr": "Congrès de CGLU, Daejeon, 2022",
                "es": "Congreso de CGLU, Daejeon, 2022",
                "ar": "مؤتمر المدن والحكومات المحلية المتحدة، دايجون، 2022",
            },
        ),
        (
            "70",
            {
                "en": "local actions in the Mayors’ Call to Local Action for Migrants "
                "and Refugees",
                "fr": "actions locales dans l’Appel des maires à l’action locale pour "
                "les migrants et les réfugiés",
                "es": "acciones locales en el Llamado de los alcaldes a la acción local "
                "por migrantes y refugiados",
                "ar": "إجراءً محلياً في نداء رؤساء البلديات للعمل المحلي من أجل "
                "المهاجرين واللاجئين",
            },
            {
                "en": "GFMD Mayors Mechanism",
                "fr": "Mécanisme des maires du FMMD",
                "es": "Mecanismo de Alcaldes del FMMD",
                "ar": "آلية رؤساء البلديات",
            },
        ),
        (
            "4",
            {
                "en": "languages on this site, Arabic included, read right to left",
                "fr": "langues sur ce site, dont l’arabe, lu de droite à gauche",
                "es": "idiomas en este sitio, incluido el árabe, de derecha a izquierda",
                "ar": "لغات على هذا الموقع، منها العربية من اليمين إلى اليسار",
            },
            {"en": "", "fr": "", "es": "", "ar": ""},
        ),
    ],
}

# The ways to take part, on the home page and the "How to take part" page. A step's
# "target" names the page its button leads to.
TAKE_PART = {
    "heading": {
        "en": "Ways to take part",
        "fr": "Comment agir",
        "es": "Formas de participar",
        "ar": "طرق المشاركة",
    },
    "steps": [
        {
            "target": "stories",
            "title": {
                "en": "Share a story",
                "fr": "Partagez un récit",
                "es": "Comparte una historia",
                "ar": "شاركوا قصة",
            },
            "text": {
                "en": "Tell how migration and diversity make your city or "
                "organisation stronger. Editors read every story before it goes "
                "online.",
                "fr": "Racontez comment la migration et la diversité renforcent votre "
                "ville ou votre organisation. L’équipe lit chaque récit avant de le "
                "publier.",
                "es": "Cuenta cómo la migración y la diversidad fortalecen tu ciudad u "
                "organización. El equipo lee cada historia antes de publicarla.",
                "ar": "احكوا كيف يقوّي التنوع والهجرة مدينتكم أو منظمتكم. يقرأ فريق "
                "التحرير كل قصة قبل نشرها.",
            },
            "link_label": {
                "en": "Read the stories and add yours",
                "fr": "Lire les récits et ajouter le vôtre",
                "es": "Lee las historias y suma la tuya",
                "ar": "اقرأوا القصص وأضيفوا قصتكم",
            },
        },
        {
            "target": "",
            "title": {
                "en": "Use the hashtags",
                "fr": "Utilisez les mots-dièse",
                "es": "Usa las etiquetas",
                "ar": "استخدموا الوسوم",
            },
            "text": {
                "en": "Post about the campaign with #ItTakesACommunity, "
                "#Cities4Migration and #WeTogether, and link to this site.",
                "fr": "Publiez sur la campagne avec #ItTakesACommunity, "
                "#Cities4Migration et #WeTogether, avec un lien vers ce site.",
                "es": "Publica sobre la campaña con #ItTakesACommunity, "
                "#Cities4Migration y #WeTogether, y enlaza este sitio.",
                "ar": "انشروا عن الحملة مع الوسوم #ItTakesACommunity و"
                "#Cities4Migration و#WeTogether مع رابط هذا الموقع.",
            },
            "link_label": {"en": "", "fr": "", "es": "", "ar": ""},
        },
        {
            "target": "statement",
            "title": {
                "en": "Endorse the statement",
                "fr": "Soutenez la déclaration",
                "es": "Respalda la declaración",
                "ar": "أيّدوا البيان",
            },
            "text": {
                "en": "Add your name or your city to the #WeTogether statement: "
                "migration makes cities grow, cities make migration work.",
                "fr": "Ajoutez votre nom ou celui de votre ville à la déclaration "
                "#WeTogether : la migration fait grandir les villes, les villes font "
                "réussir la migration.",
                "es": "Suma tu nombre o el de tu ciudad a la declaración #WeTogether: "
                "la migración hace crecer las ciudades y las ciudades hacen que la "
                "migración funcione.",
                "ar": "أضيفوا اسمكم أو اسم مدينتكم إلى بيان #WeTogether: الهجرة "
                "تُنمّي المدن، والمدن تُنجح الهجرة.",
            },
            "link_label": {
                "en": "Read and endorse",
                "fr": "Lire et soutenir",
                "es": "Leer y respaldar",
                "ar": "اقرأوا البيان وأيّدوه",
            },
        },
        {
            "target": "",
            "title": {
                "en": "Partner with the campaign",
                "fr": "Devenez partenaire",
                "es": "Únete como socio",
                "ar": "كونوا شركاء في الحملة",
            },
            "text": {
                "en": "Invite the organisations in your network, or write to the "
                "secretariat for the guidance document and the social media toolkit.",
                "fr": "Invitez les organisations de votre réseau, ou écrivez au "
                "secrétariat pour recevoir le guide et la boîte à outils pour les "
                "réseaux sociaux.",
                "es": "Invita a las organizaciones de tu red o escribe a la secretaría "
                "para recibir la guía y el kit para redes sociales.",
                "ar": "ادعوا المنظمات في شبكتكم، أو راسلوا الأمانة للحصول على الدليل "
                "وحزمة أدوات وسائل التواصل الاجتماعي.",
            },
            "link_label": {"en": "", "fr": "", "es": "", "ar": ""},
        },
    ],
}

# Generic pages. A body item starting with "## " is a heading; any other is a
# paragraph (HTML when it starts with "<"). The privacy notice's "{days}" and
# "{email}" are filled from settings and the footer's contact address.
PAGES = [
    {
        "slug": {"en": "about", "fr": "a-propos", "es": "acerca-de", "ar": "عن-الحملة"},
        "title": {
            "en": "About the campaign",
            "fr": "À propos de la campagne",
            "es": "Sobre la campaña",
            "ar": "عن الحملة",
        },
        "introduction": {
            "en": (
                "A global, multi-stakeholder communications campaign for balanced "
                "narratives on every form of human mobility."
            ),
            "fr": (
                "Une campagne mondiale de communication, portée par de nombreux acteurs, "
                "pour des récits équilibrés sur toutes les formes de mobilité humaine."
            ),
            "es": (
                "Una campaña mundial de comunicación, impulsada por múltiples actores, "
                "por relatos equilibrados sobre todas las formas de movilidad humana."
            ),
            "ar": (
                "حملة تواصل عالمية متعددة الأطراف من أجل سرديات متوازنة حول جميع "
                "أشكال التنقل البشري."
            ),
        },
        "body": {
            "en": [
                "## Who runs it",
                "The campaign is an initiative of the GFMD ad hoc Working Group on "
                "Public Narratives on Migration. The Government of Canada, the "
                "Government of Ecuador and the GFMD Mayors Mechanism chair the group "
                "together; United Cities and Local Governments (UCLG) helps steer it.",
                "It started on International Migrants Day, 18 December 2020, and has "
                "grown since with national governments, cities, businesses, civil "
                "society and international organisations. The cities of Dublin, "
                "Johannesburg, Mechelen, Montreal and São Paulo and Welcoming "
                "International advised on its design.",
                "## Why",
                "How people talk about migration shapes how neighbours treat each "
                "other and what councils dare to do. Too often the story is told as a "
                "crisis at a border. In most towns it is something far more ordinary: "
                "people who arrived, work, study, open shops, coach football teams and "
                "vote in local councils.",
                "## What balanced narratives mean",
                "A balanced narrative does not hide difficulties, and it does not "
                "paint every arrival as a hero. It is accurate, it gives migrants a "
                "voice of their own, and it shows what migration brings to a "
                "community alongside what it asks of it. Stories told by cities and "
                "their residents, checked by editors, are the heart of this site.",
                "## In the Mediterranean",
                "Through the Mediterranean City-to-City Migration project (MC2CM), run "
                "by UCLG with ICMPD and UN-Habitat, cities around the Mediterranean "
                "add their own voice under #Cities4Migration and #WeTogether.",
            ],
            "fr": [
                "## Qui la mène",
                "La campagne est une initiative du groupe de travail ad hoc du FMMD sur "
                "les récits publics de la migration. Le gouvernement du Canada, le "
                "gouvernement de l’Équateur et le Mécanisme des maires du FMMD en "
                "assurent ensemble la présidence ; Cités et Gouvernements Locaux Unis "
                "(CGLU) participe à son pilotage.",
                "Lancée le 18 décembre 2020, Journée internationale des migrants, elle "
                "rassemble depuis des gouvernements nationaux, des villes, des "
                "entreprises, la société civile et des organisations internationales. "
                "Les villes de Dublin, Johannesburg, Malines, Montréal et São Paulo, "
                "ainsi que Welcoming International, ont conseillé sa conception.",
                "## Pourquoi",
                "La façon dont on parle de la migration influence la manière dont les "
                "voisins se traitent et ce que les conseils municipaux osent "
                "entreprendre. Trop souvent, on la raconte comme une crise aux "
                "frontières. Dans la plupart des villes, c’est bien plus ordinaire : "
                "des personnes arrivées qui travaillent, étudient, ouvrent des "
                "commerces, entraînent des équipes et siègent dans des conseils.",
                "## Des récits équilibrés",
                "Un récit équilibré ne cache pas les difficultés et ne fait pas de "
                "chaque nouvel arrivant un héros. Il est exact, il laisse les "
                "personnes migrantes parler en leur nom et montre ce que la migration "
                "apporte à une communauté autant que ce qu’elle lui demande. Les "
                "récits des villes et de leurs habitants, relus par l’équipe, sont au "
                "cœur de ce site.",
                "## En Méditerranée",
                "Avec le projet Migration de ville à ville en Méditerranée (MC2CM), "
                "mené par CGLU avec l’ICMPD et ONU-Habitat, des villes "
                "méditerranéennes y ajoutent leur voix sous #Cities4Migration et "
                "#WeTogether.",
            ],
            "es": [
                "## Quién la impulsa",
                "La campaña es una iniciativa del grupo de trabajo ad hoc del FMMD "
                "sobre narrativas públicas de la migración. El Gobierno de Canadá, el "
                "Gobierno de Ecuador y el Mecanismo de Alcaldes del FMMD lo presiden "
                "juntos; Ciudades y Gobiernos Locales Unidos (CGLU) ayuda a "
                "orientarlo.",
                "Comenzó el Día Internacional del Migrante, el 18 de diciembre de "
                "2020, y desde entonces suma gobiernos nacionales, ciudades, "
                "empresas, sociedad civil y organizaciones internacionales. Las "
                "ciudades de Dublín, Johannesburgo, Malinas, Montreal y São Paulo, y "
                "Welcoming International, asesoraron su diseño.",
                "## Por qué",
                "Cómo se habla de la migración influye en cómo se tratan los vecinos y "
                "en lo que se atreven a hacer los ayuntamientos. Con frecuencia se "
                "cuenta como una crisis en la frontera. En la mayoría de las ciudades "
                "es algo mucho más cotidiano: personas que llegaron, trabajan, "
                "estudian, abren tiendas, entrenan equipos y participan en la vida "
                "municipal.",
                "## Qué es un relato equilibrado",
                "Un relato equilibrado no oculta las dificultades ni convierte a cada "
                "recién llegado en un héroe. Es preciso, deja que las personas "
                "migrantes hablen con su propia voz y muestra lo que la migración "
                "aporta a una comunidad junto con lo que le pide. Las historias de "
                "ciudades y vecinos, revisadas por el equipo, son el centro de este "
                "sitio.",
                "## En el Mediterráneo",
                "Con el proyecto Migración Ciudad a Ciudad en el Mediterráneo (MC2CM), "
                "de CGLU con ICMPD y ONU-Hábitat, ciudades mediterráneas suman su voz "
                "con #Cities4Migration y #WeTogether.",
            ],
            "ar": [
                "## من يدير الحملة",
                "الحملة مبادرة من الفريق العامل المخصص المعني بالسرديات العامة حول "
                "الهجرة التابع للمنتدى العالمي للهجرة والتنمية. تتشارك رئاسةَ الفريق "
                "حكومةُ كندا وحكومةُ الإكوادور وآليةُ رؤساء البلديات، وتساهم منظمة "
                "المدن والحكومات المحلية المتحدة في توجيهه.",
                "انطلقت الحملة في اليوم الدولي للمهاجرين، 18 كانون الأول/ديسمبر 2020، "
                "ومنذ ذلك الحين تنضم إليها حكومات وطنية ومدن وشركات ومجتمع مدني "
                "ومنظمات دولية. وقدّمت مدن دبلن وجوهانسبرغ وميخلن ومونتريال وساو "
                "باولو ومنظمة Welcoming International المشورة في تصميمها.",
                "## لماذا",
                "الطريقة التي نتحدث بها عن الهجرة تؤثر في تعامل الجيران بعضهم مع بعض "
                "وفي ما تجرؤ البلديات على فعله. كثيراً ما تُروى الهجرة كأزمة على "
                "الحدود، لكنها في معظم المدن أمر يومي: أناس وصلوا فعملوا ودرسوا "
                "وفتحوا متاجر ودرّبوا فرقاً رياضية وشاركوا في الحياة المحلية.",
                "## ما معنى السردية المتوازنة",
                "السردية المتوازنة لا تخفي الصعوبات، ولا تجعل من كل قادم جديد بطلاً. "
                "إنها دقيقة، وتمنح المهاجرين صوتهم الخاص، وتُظهر ما تضيفه الهجرة "
                "إلى المجتمع إلى جانب ما تتطلبه منه. وقصص المدن وسكانها، بعد مراجعة "
                "فريق التحرير، هي قلب هذا الموقع.",
                "## في المتوسط",
                "ومن خلال مشروع الهجرة من مدينة إلى مدينة في المتوسط، الذي تديره "
                "منظمة المدن والحكومات المحلية المتحدة مع المركز الدولي لتطوير "
                "سياسات الهجرة وموئل الأمم المتحدة، تضيف مدن المتوسط صوتها عبر "
                "الوسمين #Cities4Migration و#WeTogether.",
            ],
        },
    },
    {
        "slug": {
            "en": "take-part",
            "fr": "participer",
            "es": "participar",
            "ar": "شاركوا",
        },
        "title": {
            "en": "How to take part",
            "fr": "Comment participer",
            "es": "Cómo participar",
            "ar": "كيف تشاركون",
        },
        "introduction": {
            "en": "Anyone can join: a city, an organisation, or one person with a story.",
            "fr": "Tout le monde peut participer : une ville, une organisation ou une "
            "personne qui a une histoire à raconter.",
            "es": "Cualquiera puede sumarse: una ciudad, una organización o una persona "
            "con una historia.",
            "ar": "يمكن للجميع المشاركة: مدينة أو منظمة أو شخص لديه قصة.",
        },
        "take_part": True,
        "body": {
            "en": [
                "## Share the campaign’s videos and statement",
                "Post the campaign’s short videos on your own channels, with a caption "
                "for your audience, the hashtag #ItTakesACommunity and a link to this "
                "site. Quote the statement: “Migration makes cities grow. Cities make "
                "migration work.”",
                "## Follow and pass it on",
                "Follow the campaign’s accounts listed at the foot of every page, and "
                "tell other organisations in your network about the campaign.",
                "## Write to the secretariat",
                "For the guidance document, the social media toolkit or a partnership, "
                "write to {email}.",
            ],
            "fr": [
                "## Diffusez les vidéos et la déclaration",
                "Publiez les courtes vidéos de la campagne sur vos propres canaux, avec "
                "une légende pour votre public, le mot-dièse #ItTakesACommunity et un "
                "lien vers ce site. Citez la déclaration : « La migration fait grandir "
                "les villes. Les villes font réussir la migration. »",
                "## Suivez et faites passer le mot",
                "Suivez les comptes de la campagne, indiqués en bas de chaque page, et "
                "parlez-en aux organisations de votre réseau.",
                "## Écrivez au secrétariat",
                "Pour le guide, la boîte à outils ou un partenariat, écrivez à {email}.",
            ],
            "es": [
                "## Difunde los vídeos y la declaración",
                "Publica los vídeos cortos de la campaña en tus propios canales, con un "
                "texto para tu público, la etiqueta #ItTakesACommunity y un enlace a "
                "este sitio. Cita la declaración: «La migración hace crecer las "
                "ciudades. Las ciudades hacen que la migración funcione».",
                "## Sigue y corre la voz",
                "Sigue las cuentas de la campaña, que aparecen al pie de cada página, y "
                "cuéntaselo a otras organizaciones de tu red.",
                "## Escribe a la secretaría",
                "Para recibir la guía, el kit para redes sociales o proponer una "
                "alianza, escribe a {email}.",
            ],
            "ar": [
                "## انشروا مقاطع الفيديو والبيان",
                "انشروا مقاطع الفيديو القصيرة للحملة على قنواتكم مع تعليق يناسب "
                "جمهوركم والوسم #ItTakesACommunity ورابط هذا الموقع، واقتبسوا البيان: "
                "«الهجرة تُنمّي المدن، والمدن تُنجح الهجرة».",
                "## تابعوا الحملة وانقلوا الخبر",
                "تابعوا حسابات الحملة المذكورة أسفل كل صفحة، وأخبروا المنظمات في "
                "شبكتكم عنها.",
                "## راسلوا الأمانة",
                "للحصول على الدليل أو حزمة الأدوات أو لاقتراح شراكة، راسلونا على "
                "{email}.",
            ],
        },
    },
    {
        "slug": {
            "en": "privacy",
            "fr": "confidentialite",
            "es": "privacidad",
            "ar": "الخصوصية",
        },
        "title": {
            "en": "Privacy notice",
            "fr": "Politique de confidentialité",
            "es": "Aviso de privacidad",
            "ar": "إشعار الخصوصية",
        },
        "introduction": {
            "en": "What this site keeps about you, why, for how long, and your rights.",
            "fr": "Ce que ce site conserve à votre sujet, pourquoi, combien de temps, "
            "et vos droits.",
            "es": "Qué guarda este sitio sobre ti, por qué, durante cuánto tiempo y "
            "cuáles son tus derechos.",
            "ar": "ما يحتفظ به هذا الموقع عنكم، ولماذا، ولأي مدة، وما هي حقوقكم.",
        },
        "body": {
            "en": [
                "## Who is responsible",
                "The controller of your data is the It Takes a Community campaign "
                "secretariat, which you can reach at {email}.",
                "## Visiting the site",
                "Browsing sets no tracking cookies, runs no analytics and loads nothing "
                "from other websites. Videos from other sites only play once you ask "
                "for them.",
                "## Sharing a story",
                "With a story we keep your name, e-mail address and role in your "
                "organisation, your two consents (to publication and to this notice) "
                "and the time you sent it. We use them to confirm receipt, to tell you "
                "the editors’ decision and to answer questions about your story. They "
                "are never published and never shared.",
                "If your story is not published, or you withdraw it, your details and "
                "the story are erased {days} days after the decision. While a story is "
                "online we keep your details so that you can still withdraw it.",
                "## Endorsing a statement",
                "When you endorse a statement we keep your name, e-mail address and "
                "role to confirm your endorsement and show it as you agreed. You can "
                "withdraw it at any time.",
                "## Your rights",
                "You can ask for a copy of the data we hold about you (we send it as a "
                "file), have it corrected, or have it erased. The private link in your "
                "receipt lets you withdraw a story and erase your details yourself, at "
                "once. For anything else write to {email}: we answer within one "
                "month. You may also complain to your data protection authority.",
            ],
            "fr": [
                "## Responsable du traitement",
                "Le responsable du traitement est le secrétariat de la campagne It "
                "Takes a Community, joignable à {email}.",
                "## Consulter le site",
                "La navigation ne dépose aucun cookie de suivi, ne mesure pas "
                "l’audience et ne charge rien depuis d’autres sites. Les vidéos "
                "hébergées ailleurs ne se lancent que si vous le demandez.",
                "## Partager un récit",
                "Avec un récit, nous conservons votre nom, votre adresse e-mail, votre "
                "fonction dans votre organisation, vos deux consentements (à la "
                "publication et à cette notice) et l’heure d’envoi. Ils servent à "
                "accuser réception, à vous communiquer la décision de l’équipe et à "
                "répondre à vos questions sur votre récit. Ils ne sont jamais publiés "
                "ni transmis.",
                "Si votre récit n’est pas publié, ou si vous le retirez, vos données et "
                "le récit sont effacés {days} jours après la décision. Tant qu’un récit "
                "est en ligne, nous gardons vos coordonnées pour que vous puissiez "
                "encore le retirer.",
                "## Soutenir une déclaration",
                "Lorsque vous soutenez une déclaration, nous conservons votre nom, "
                "votre adresse e-mail et votre fonction pour confirmer votre soutien et "
                "l’afficher comme vous l’avez accepté. Vous pouvez le retirer à tout "
                "moment.",
                "## Vos droits",
                "Vous pouvez obtenir une copie de vos données (envoyée sous forme de "
                "fichier), les faire corriger ou les faire effacer. Le lien privé de "
                "votre accusé de réception vous permet de retirer un récit et "
                "d’effacer vos données vous-même, immédiatement. Pour toute autre "
                "demande, écrivez à {email} : nous répondons sous un mois. Vous pouvez "
                "aussi saisir votre autorité de protection des données.",
            ],
            "es": [
                "## Responsable",
                "El responsable del tratamiento es la secretaría de la campaña It "
                "Takes a Community, a la que puedes escribir en {email}.",
                "## Visitar el sitio",
                "Navegar no instala cookies de seguimiento, no mide la audiencia y no "
                "carga nada desde otros sitios. Los vídeos de otros sitios solo se "
                "reproducen cuando lo pides.",
                "## Compartir una historia",
                "Con una historia guardamos tu nombre, tu correo electrónico, tu cargo "
                "en tu organización, tus dos consentimientos (a la publicación y a este "
                "aviso) y la hora de envío. Los usamos para confirmar la recepción, "
                "comunicarte la decisión del equipo y responder a tus preguntas sobre "
                "tu historia. Nunca se publican ni se ceden.",
                "Si tu historia no se publica, o la retiras, tus datos y la historia se "
                "borran {days} días después de la decisión. Mientras una historia está "
                "publicada guardamos tus datos para que puedas retirarla.",
                "## Respaldar una declaración",
                "Cuando respaldas una declaración guardamos tu nombre, tu correo y tu "
                "cargo para confirmar el respaldo y mostrarlo como aceptaste. Puedes "
                "retirarlo en cualquier momento.",
                "## Tus derechos",
                "Puedes pedir una copia de tus datos (te la enviamos en un archivo), "
                "corregirlos o borrarlos. El enlace privado del acuse de recibo te "
                "permite retirar una historia y borrar tus datos tú mismo, al momento. "
                "Para cualquier otra petición escribe a {email}: respondemos en un "
                "mes. También puedes reclamar ante tu autoridad de protección de "
                "datos.",
            ],
            "ar": [
                "## الجهة المسؤولة",
                "الجهة المسؤولة عن بياناتكم هي أمانة حملة It Takes a Community، "
                "ويمكنكم مراسلتها على {email}.",
                "## تصفح الموقع",
                "لا يضع التصفح أي ملفات تعريف ارتباط للتتبع، ولا يقيس الزيارات، ولا "
                "يحمّل شيئاً من مواقع أخرى. ولا تُشغَّل مقاطع الفيديو المستضافة في "
                "مواقع أخرى إلا بطلب منكم.",
                "## مشاركة قصة",
                "مع كل قصة نحتفظ باسمكم وبريدكم الإلكتروني ودوركم في منظمتكم "
                "وموافقتيكم (على النشر وعلى هذا الإشعار) ووقت الإرسال. نستخدمها "
                "لتأكيد الاستلام وإبلاغكم بقرار فريق التحرير والرد على أسئلتكم حول "
                "قصتكم. لا تُنشر أبداً ولا تُعطى لأحد.",
                "إذا لم تُنشر قصتكم أو سحبتموها، تُمحى بياناتكم والقصة بعد {days} "
                "يوماً من القرار. وما دامت القصة منشورة نحتفظ ببياناتكم كي تتمكنوا "
                "من سحبها.",
                "## تأييد بيان",
                "عندما تؤيدون بياناً نحتفظ باسمكم وبريدكم الإلكتروني ودوركم لتأكيد "
                "التأييد وعرضه كما وافقتم. ويمكنكم سحبه في أي وقت.",
                "## حقوقكم",
                "يحق لكم طلب نسخة من بياناتكم (نرسلها في ملف)، وتصحيحها، ومحوها. "
                "ويتيح لكم الرابط الخاص في إشعار الاستلام سحب القصة ومحو بياناتكم "
                "بأنفسكم فوراً. ولأي طلب آخر راسلونا على {email}، ونرد خلال شهر. "
                "ويمكنكم أيضاً تقديم شكوى إلى سلطة حماية البيانات في بلدكم.",
            ],
        },
    },
]

CHROME = {
    "campaign_name": {
        "en": "It Takes a Community",
        "fr": "Il faut une communauté",
        "es": "Se necesita una comunidad",
        "ar": "الأمر يتطلب مجتمعاً",
    },
    "claim": {
        "en": "Balanced narratives on migration",
        "fr": "Des récits équilibrés sur la migration",
        "es": "Relatos equilibrados sobre la migración",
        "ar": "سرديات متوازنة حول الهجرة",
    },
    "footer_text": {
        "en": "A global campaign for balanced narratives on migration, led by cities, "
        "governments, civil society and international organisations together.",
        "fr": "Une campagne mondiale pour des récits équilibrés sur la migration, menée "
        "ensemble par des villes, des gouvernements, la société civile et des "
        "organisations internationales.",
        "es": "Una campaña mundial por relatos equilibrados sobre la migración, "
        "impulsada conjuntamente por ciudades, gobiernos, sociedad civil y "
        "organizaciones internacionales.",
        "ar": "حملة عالمية من أجل سرديات متوازنة حول الهجرة، تقودها معاً المدن "
        "والحكومات والمجتمع المدني والمنظمات الدولية.",
    },
    "hashtags": "#ItTakesACommunity #Cities4Migration #WeTogether",
    "contact_email": "campaign@ittakesacommunity.example",
    "social_accounts": [
        ("X", "@uclg_org", "https://x.com/uclg_org"),
        ("X", "@ICMPD", "https://x.com/ICMPD"),
        ("X", "@UNHABITAT", "https://x.com/UNHABITAT"),
    ],
}
