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
}

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
        "paragraphs": {
            "en": [
                "The campaign was started by the GFMD ad hoc Working Group on Public "
                "Narratives on Migration, co-chaired by the Governments of Canada and "
                "Ecuador and the GFMD Mayors Mechanism, with United Cities and Local "
                "Governments (UCLG) among its co-steering partners.",
                "Through the Mediterranean City-to-City Migration project (MC2CM), run "
                "with ICMPD and UN-Habitat, cities around the Mediterranean add their "
                "own voice under #Cities4Migration and #WeTogether.",
            ],
            "fr": [
                "La campagne est née du groupe de travail ad hoc du FMMD sur les récits "
                "publics de la migration, coprésidé par les gouvernements du Canada et de "
                "l’Équateur et par le Mécanisme des maires du FMMD, avec Cités et "
                "Gouvernements Locaux Unis (CGLU) parmi ses copilotes.",
                "Avec le projet Migration de ville à ville en Méditerranée (MC2CM), mené "
                "avec l’ICMPD et ONU-Habitat, des villes méditerranéennes y ajoutent leur "
                "voix sous #Cities4Migration et #WeTogether.",
            ],
            "es": [
                "La campaña nació del grupo de trabajo ad hoc del FMMD sobre narrativas "
                "públicas de la migración, copresidido por los gobiernos de Canadá y "
                "Ecuador y por el Mecanismo de Alcaldes del FMMD, con Ciudades y "
                "Gobiernos Locales Unidos (CGLU) entre sus copromotores.",
                "A través del proyecto Migración Ciudad a Ciudad en el Mediterráneo "
                "(MC2CM), con ICMPD y ONU-Hábitat, ciudades mediterráneas suman su voz "
                "con #Cities4Migration y #WeTogether.",
            ],
            "ar": [
                "انطلقت الحملة من الفريق العامل المخصص المعني بالسرديات العامة حول "
                "الهجرة التابع للمنتدى العالمي للهجرة والتنمية، الذي تشترك في رئاسته "
                "حكومتا كندا والإكوادور وآلية رؤساء البلديات، وتشارك منظمة المدن "
                "والحكومات المحلية المتحدة في توجيهها.",
                "ومن خلال مشروع الهجرة من مدينة إلى مدينة في المتوسط، بالشراكة مع "
                "المركز الدولي لتطوير سياسات الهجرة وموئل الأمم المتحدة، تضيف مدن "
                "المتوسط صوتها عبر الوسمين #Cities4Migration و#WeTogether.",
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
        "paragraphs": {
            "en": [
                "Post about the campaign on your social media channels with "
                "#ItTakesACommunity and a link to this site.",
                "Tell a story of how migration and diversity strengthen your city, or "
                "how your organisation helps build a welcoming community, and invite "
                "partners in your network to do the same.",
            ],
            "fr": [
                "Parlez de la campagne sur vos réseaux sociaux avec "
                "#ItTakesACommunity et un lien vers ce site.",
                "Racontez comment la migration et la diversité renforcent votre ville, "
                "ou comment votre organisation contribue à une communauté accueillante, "
                "et invitez vos partenaires à faire de même.",
            ],
            "es": [
                "Habla de la campaña en tus redes sociales con #ItTakesACommunity y un "
                "enlace a este sitio.",
                "Cuenta cómo la migración y la diversidad fortalecen tu ciudad, o cómo tu "
                "organización ayuda a construir una comunidad acogedora, e invita a tus "
                "socios a hacer lo mismo.",
            ],
            "ar": [
                "انشروا عن الحملة على حساباتكم في وسائل التواصل الاجتماعي مع الوسم "
                "#ItTakesACommunity ورابط هذا الموقع.",
                "احكوا كيف تقوّي الهجرة والتنوع مدينتكم، أو كيف تساهم منظمتكم في بناء "
                "مجتمع مرحِّب، وادعوا شركاءكم إلى فعل الشيء نفسه.",
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
            "en": "What this site keeps about you, why, and for how long.",
            "fr": "Ce que ce site conserve à votre sujet, pourquoi et pour combien de "
            "temps.",
            "es": "Qué guarda este sitio sobre ti, por qué y durante cuánto tiempo.",
            "ar": "ما يحتفظ به هذا الموقع عنكم، ولماذا، ولأي مدة.",
        },
        "paragraphs": {
            "en": [
                "Browsing the site sets no tracking cookies and loads nothing from other "
                "websites.",
                "When you share a story, your name and e-mail address are used only to "
                "confirm receipt and tell you the editors' decision. They are never "
                "published. You can withdraw your story and have these details erased "
                "at any time through the private link in your receipt.",
            ],
            "fr": [
                "La navigation sur ce site ne dépose aucun cookie de suivi et ne charge "
                "rien depuis d’autres sites.",
                "Lorsque vous partagez un récit, votre nom et votre adresse e-mail "
                "servent uniquement à accuser réception et à vous communiquer la décision "
                "de l’équipe éditoriale. Ils ne sont jamais publiés. Vous pouvez retirer "
                "votre récit et faire effacer ces données à tout moment grâce au lien "
                "privé de votre accusé de réception.",
            ],
            "es": [
                "Navegar por el sitio no instala cookies de seguimiento ni carga nada "
                "desde otros sitios.",
                "Cuando compartes una historia, tu nombre y tu correo electrónico solo se "
                "usan para confirmar la recepción y comunicarte la decisión del equipo "
                "editorial. Nunca se publican. Puedes retirar tu historia y pedir que se "
                "borren estos datos en cualquier momento con el enlace privado del acuse "
                "de recibo.",
            ],
            "ar": [
                "تصفح الموقع لا يضع أي ملفات تعريف ارتباط للتتبع ولا يحمّل شيئاً من "
                "مواقع أخرى.",
                "عندما تشاركون قصة، نستخدم اسمكم وبريدكم الإلكتروني فقط لتأكيد "
                "الاستلام وإبلاغكم بقرار فريق التحرير، ولا يُنشران أبداً. يمكنكم سحب "
                "قصتكم ومحو هذه البيانات في أي وقت عبر الرابط الخاص في إشعار الاستلام.",
            ],
        },
    },
]

CHROME = {
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
