"""The vocabulary of site chrome, by what it is about (consent, advertising, sharing,
newsletters, paywalls, accounts, legal notices…), in French, English, Spanish, German,
Italian and Portuguese: the words `debris_features` counts on a line (`vocabulary_hits`,
`chrome_hits`) and reads a page's own subject from (`page_topic`). Data only.
"""

from __future__ import annotations

import re

_WEEKDAYS = (
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday"
    "|friday|saturday|sunday|lunes|martes|miércoles|jueves|viernes|sábado|domingo|montag"
    "|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunedì|martedì|mercoledì|giovedì"
    "|venerdì|sabato|domenica|segunda|terça|quarta|quinta|sexta"
)
# A day of the week by its name.
WEEKDAY = re.compile(r"\b(?:" + _WEEKDAYS + r")\b", re.IGNORECASE)

# Vocabulary of site chrome, by what it is about; fr, en, es, de, it, pt.
VOCABULARY = {
    "consent": r"cookies?|traceurs|consent\w*|consentement|privacy|privacidad|confidentialit[ée]"
    r"|données personnelles|datenschutz\w*|accept(?:er|ar|ez)?(?: all| tout| todo)?|tout accepter"
    r"|akzeptieren|alle akzeptieren|manage preferences|param[ée]trer|préférences|configurar"
    r"|einstellungen|reject all|refuser|rechazar|ablehnen|accetta(?: tutti)?|rifiuta(?: tutti)?"
    r"|aceitar|recusar|privacidade|galetes|galeta",
    "advertising": r"advertisement|advertising|advertise|sponsored|publicit[ée]|publicidad"
    # Shopping widgets: "Today's best deals", "View deal", "$999 at Amazon".
    r"|(?:view|see|get|today['’]s|best) deals?|buy now|shop now|check price|voir l['’]offre"
    r"|meilleures offres|bons plans|ver oferta|mejores ofertas|comprar ahora|zum angebot"
    r"|vedi offerta|migliori offerte|melhores ofertas|compre agora"
    r"|anuncio|anzeige|werbung|affiliate|partner content|contenu sponsorisé|patrocinado"
    r"|pubblicità|publicidade|anuncie|affiliat[oi]|afiliad[oa]s?|affiliés?|sponsorizzato"
    r"|advertentie|publicitat|qualifying purchases|achats éligibles"
    # An affiliate disclosure that never says "affiliate": "Si compras a través de nuestros
    # enlaces, podemos recibir una comisión", "wenn Sie über unsere Links einkaufen".
    r"|(?:through|via|using) (?:our|these|the) links|via (?:nos|ces) liens"
    r"|a través de (?:nuestros|estos|ellos|los) enlaces|über unsere links|tramite i nostri link"
    r"|(?:earn|receive|recibir|recibo|recibimos|touchons|percevons|erhalten|riceviamo|ricevo)"
    r"\b.{0,25}\b(?:commission|comisión|provision|commissione)",
    "sharing": r"share|partager|compartir|comp[aá]rtelo|teilen|tweet(?:er)?|facebook|whatsapp"
    r"|linkedin|pinterest|e-?mail|copy link|copier le lien|imprimer|print|imprimir|drucken"
    r"|envoyer|enviar|follow us|suivez-nous|síguenos|folgen sie|condividi|compartilh[ae]"
    r"|seguici|siga-nos|telegram|pin (?:it|this)(?: for later)?"
    # A like counter: "Me gusta x 3", "12 likes".
    r"|(?:me gusta|j['’]aime|likes?|gefällt mir|mi piace)\s*(?:x\s*)?\d+|\d+\s+(?:likes|j['’]aime)"
    r"|\d[\d.,]*k? (?:followers|abonnés|seguidores|follower)"
    # An audio player's label: "Listen to this article".
    r"|listen to (?:this|the) (?:article|story)|écouter (?:cet |l['’])article"
    r"|escuchar (?:este|el) (?:artículo|contenido)|ouça este (?:conteúdo|artigo)"
    r"|ouvir (?:este|o) artigo"
    r"|artikel anhören|ascolta (?:questo|l['’])articolo",
    "newsletter": r"newsletter|bolet[ií]n|inbox|bo[iî]te (?:mail|de réception)"
    # A pitch that never says "newsletter": "The morning briefing, straight to your email".
    r"|(?:delivered|straight|direct(?:ly)?) (?:to|in(?:to)?) your|(?:daily|weekly|morning"
    r"|evening|free) (?:briefing|digest|bulletin|email)|dans votre (?:boîte|messagerie)"
    r"|chaque (?:matin|semaine|soir) dans votre|en (?:tu|su) (?:correo|email|bandeja)"
    r"|cada (?:mañana|semana|día) en tu|direkt in ihr(?:en)? postfach|nella tua casella"
    r"|no seu e-?mail|never miss a|ne manquez (?:plus )?rien|no te pierdas"
    # "Recevez chaque matin l'essentiel…", "Recibe cada semana nuestras mejores historias".
    r"|^(?:recevez|recibe|reciba|ricevi|receba|receive|erhalten sie)\b.{0,30}"
    r"\b(?:chaque|cada|ogni|every|toda|todas las|todos los|jeden|jede)\s+(?:matin|semaine|jour"
    r"|soir|mañana|semana|día|noche|mattina|settimana|giorno|sera|morning|week|day|evening"
    r"|manhã|dia|morgen|woche|tag|abend|" + _WEEKDAYS + r")\b"
    r"|inscri\w+|suscr[ií]\w+|(?:un)?subscri\w+|abonn\w+|abonnez|abo\b|apúntate|anmelden"
    r"|registrieren|iscriviti|iscrizione|cadastre-se|cadastrar|assine|assinante",
    "paywall": r"subscribers?|abonnés?|suscriptores|abonnenten|free articles?|articles? gratuits?"
    r"|artículos? gratuitos?|paywall|réservé aux|exclusivo para|unlimited|illimité|ilimitado"
    r"|continue reading|lire la suite|seguir leyendo|sigue leyendo|weiterlesen"
    r"|abbonati|abbonamento|assinantes?|continue lendo|continua a leggere"
    r"|support (?:our|independent) journalism|become a (?:member|subscriber)|devenez membre"
    r"|hazte socio|soutenez-nous|support (?:independent|us)\b"
    # A subscriber's gift link: "Offrir l'article", "Gift this article".
    r"|offrir (?:l['’]|cet )article|gift (?:this )?article|regalar (?:el |este )?artículo"
    r"|artikel verschenken"
    # A call for donations: "funded by readers like you. Make a contribution today."
    r"|donate|make a contribution|readers like you|faites un don|haz (?:un donativo|una donación)"
    r"|jetzt spenden|fai una donazione|faça uma doação"
    # A club's or an association's call for members: "Adhérez pour 25 € par an".
    r"|adhérez|adhérer à|rejoignez(?:-nous| l['’]association| le club)|devenez (?:membre|adhérent)"
    r"|become a member|join (?:us|the (?:club|association|society))|hazte soci[oa]|únete a"
    r"|werden sie mitglied|mitglied werden|diventa socio|torne-se sócio",
    # "Sign up" is an account's button, and an article's verb ("residents can sign up for
    # text alerts"): a weak kind.
    "account": r"sign in|sign up|log ?in|log ?out|register|se connecter|connexion|mon compte"
    r"|my account"
    # A forum's ranks and thread headers: "Moderador", "Tema … iniciado por Ramón_Z".
    r"|^(?:(?:new|senior|junior) member|(?:nouveau |nuevo )?(?:member|membre|miembro|mitglied)"
    r"|moderat(?:or|eur)|modérateur|moderador|administrat(?:or|eur)|administrador|admin"
    r"|usuario|utilisateur|benutzer)$|started by|lancé par|iniciado por|gestartet von"
    r"|aperto da|iniciado por"
    r"|iniciar sesión|mi cuenta|regístrate|mein konto|einloggen|accedi|minha conta",
    "navigation": r"skip to|aller au contenu|ir al contenido|zum inhalt|menu|menú|home|accueil"
    r"|inicio|startseite|search|rechercher|buscar|suche|back to top|haut de page|plan du site"
    r"|site ?map|mapa del sitio|mappa del sito|mapa do site"
    # A newsletter's link to its web copy, a recipe's to its card, a visitor counter.
    r"|view (?:this email )?in (?:your )?browser|version en ligne|versión (?:en línea|web)"
    r"|im browser (?:ansehen|anzeigen)|online version|jump to (?:the )?recipe"
    r"|aller à la recette|ir a la receta|zum rezept|salta alla ricetta"
    r"|visiteur n°|visitor (?:number|no\.?|#)|sort by|trier par|ordenar por|sortieren nach"
    r"|ordina per|(?:enable|turn on) javascript|activez (?:le )?javascript|activa javascript"
    r"|javascript aktivieren"
    # A wiki's notes open with a caret: "^ Hartley, J. (1998)". (Its "[edit]" links are glued
    # to every heading of the article, "History[edit]", and tell nothing.)
    r"|^[\^↑](?=\s)"
    # A wiki's tabs and its line under the title: "View history", "From Fieldpedia, the free…".
    # (Not "Edit source": "[modifier | modifier le code]" is glued to the article's headings.)
    r"|create account|créer un compte|crear (?:una )?cuenta|benutzerkonto anlegen|view history"
    r"|voir l['’]historique|ver historial|versionsgeschichte"
    r"|the free (?:\w+ )?encyclopedia|l['’]encyclopédie libre"
    r"|la enciclopedia libre|der freien enzyklopädie|l['’]enciclopedia libera"
    # A live page's refresh: "Mise à jour automatique", "3 new updates".
    r"|auto(?:matic)?[- ]refresh|mise à jour automatique|actualización automática"
    r"|\d+ new (?:updates|posts)|\d+ nouvel(?:le)?s? (?:mises à jour|publications)",
    "related": r"read more|read also|related|more from|more on|most (?:read|viewed|popular)"
    r"|trending|lire aussi|à lire|sur le même (?:sujet|thème)|les plus lus|à découvrir"
    r"|relacionad\w+|te puede interesar|lee también|lo más leído|también te|mehr zum thema"
    r"|meistgelesen|auch interessant|you may also like|vous aimerez|recommended|recommandé"
    r"|see also|voir aussi|ver también|lea también|leer más|lesen sie auch|lies auch"
    r"|leggi anche|vedi anche|articoli correlati|più letti|leia também|veja também"
    r"|mais lidas|saiba mais|dans le même numéro|in this issue|en este número"
    r"|in dieser ausgabe|weitere (?:artikel|tests|nachrichten|beiträge)|mehr aus"
    r"|nos derni(?:er|ère)s \w+|our latest \w+|nuestr[oa]s últim[oa]s \w+|meest gelezen",
    "legal": r"all rights reserved|tous droits réservés|todos los derechos reservados"
    r"|alle rechte vorbehalten|terms (?:of (?:use|service)|& conditions)|conditions générales"
    r"|cgu|cgv|mentions légales|aviso legal|impressum|agb|legal notice|copyright|©|\(c\)"
    r"|tutti i diritti riservati|note legali|todos os direitos reservados|termos de uso"
    # A press release's and a regulated publisher's fine print.
    r"|forward-looking statements?|déclarations prospectives|declaraciones prospectivas"
    r"|zukunftsgerichtete aussagen|not (?:investment|financial) advice"
    r"|ne constitue pas un conseil|keine anlageberatung|trading name of"
    r"|authori[sz]ed and regulated|registered in england|for immediate release"
    r"|pour diffusion immédiate|para (?:su )?difusión inmediata|zur sofortigen veröffentlichung"
    r"|(?:media|press) contacts?|contacts? (?:presse|médias)|contactos? de prensa"
    r"|pressekontakt|(?:correct|accurate) at (?:the )?time of (?:publication|writing)"
    r"|contactos? para a imprensa|^(?:press release|communiqué de presse|comunicado de (?:prensa"
    r"|imprensa)|nota de prensa|pressemitteilung|comunicato stampa|persbericht)$"
    # A press release's closing boilerplate opens with the issuer's name: "About Halden".
    r"|^(?:about|à propos d[e'’]|acerca de|sobre|über|a proposito di|informazioni su|over)"
    r"\s+(?:(?:a|o|el|la|le|les|l['’]|die|der|das|the)\s*)?(?-i:[A-ZÀ-Þ0-9])[^\s.!?]*"
    r"(?:\s+(?-i:[A-ZÀ-Þ0-9&])[^\s.!?]*){0,4}$"
    r"|subject to change|sous réserve de modifications?|sujet[oa]s? a cambios"
    r"|(?:pueden|pourraient|possono|können sich) (?:variar|varier|variare|ändern)"
    r"|änderungen vorbehalten|last edited on|dernière modification de cette page"
    r"|última edición|zuletzt (?:bearbeitet|geändert)|creative commons"
    r"|(?:est|is|es) (?:édité|published|editad[oa]) par\b"
    # The health warnings that the law puts under a page about alcohol.
    r"|(?:à consommer|bebe|consumir|genießen sie|bevi) (?:avec|con|mit) (?:modération|moderación"
    r"|moderazione|verantwortung)|abus d['’]alcool|drink responsibly|enjoy responsibly"
    r"|consumo responsable",
    # Author boxes, disclaimers and calls for contributions under an article.
    "author": r"(?:is|est|es|ist) (?:an? |une? |el |la |der |die )?"
    r"(?:senior |contributing |staff |freelance |science |political |sports? )?"
    r"(?:reporter|correspondent|columnist|contributing editor|editor|reviewer|writer|journalist"
    r"|photographer|photographe|fotógraf[oa]|journaliste|journalistin"
    r"|correspondante?|chroniqueu[rs]e?|rédact(?:eur|rice)|periodista|corresponsal|columnista"
    r"|redakteurin|redakteur|korrespondentin|korrespondent)\b|views expressed|opinions expressed"
    r"|author'?s own|n['’]engagen?t que|opiniones publicadas|exclusiva responsabilidad"
    r"|letters? to the editor"
    r"|courrier des lecteurs|cartas al director|leserbriefe?|guest columnist|contributeur invité"
    r"|columnista invitad[oa]|gastautor(?:in)?|automatically translated|traduit automatiquement"
    r"|traducido automáticamente|automatisch übersetzt|writes about|covers \w+ for"
    # A blogger's box introduces its author in the first person, with no job word:
    # "Hi, I'm Jenna!", "I'm Jenna, a former pastry cook", "About me".
    r"|^[¡]?(?:hi|hello|hey|bonjour|salut|hola|ciao|hallo|olá|oi)\b[,!]?\s+(?:i['’]m|i am|je suis"
    r"|moi c['’]est|soy|me llamo|sono|mi chiamo|ich bin|eu sou|sou)\b"
    r"|^(?:i['’]m|i am|je suis|soy|sono|ich bin|sou) (?-i:[A-ZÀ-Þ])\w+(?: \w+)?,"
    r"\s+(?:an?|un|une|una|uno|ein|eine|um|uma)\b"
    r"|^(?:about (?:me|us|the authors?)|à propos(?: de (?:moi|nous|l['’]auteur))?|sobre (?:mí"
    r"|nosotros|el autor|la autora)|chi sono|chi siamo|über (?:mich|uns|den autor)|quem (?:sou"
    r"|somos)|sobre (?:mim|nós))$"
    # A translator's credit opening its line: "Traduit de l'anglais par Julie Morel".
    r"|^(?:[\w-]+,\s*)?(?:translated (?:from \w+ )?by|traduit (?:de l['’]\w+ )?par"
    r"|traducido (?:del \w+ )?por|übersetzt (?:aus dem \w+ )?von|tradotto (?:dall['’]\w+ )?da"
    r"|traduzido (?:do \w+ )?por|(?:traduction|translation|traducción|übersetzung|traduzione"
    r"|tradução)\s*:)"
    # A translated or reprinted article's credit, anywhere in its line.
    r"|(?:article |un article de .{1,40} )?traduit (?:de l['’]\w+|par|et adapté)"
    r"|translated from the \w+|translated and adapted|traducido y adaptado"
    r"|traducido del \w+|übersetzt aus dem \w+|paru (?:dans|initialement)|first published (?:in|by)"
    r"|originally published|publicado originalmente|publié (?:initialement|à l['’]origine)"
    r"|zuerst erschienen|erstmals erschienen"
    # A publisher describing itself: "Le Nord Ouvert est un média indépendant…".
    r"|(?:est|is|es|ist|é) (?:un|une|an?|una?|ein|eine|um|uma) (?:\w+ )?(?:média|media|medio"
    r"|newsroom|magazine|revue|journal|periódico|diario|zeitung|magazin|site)"
    r" (?:\w+ )?(?:indépendante?|independent|independiente|unabhängiges?|independente)"
    r"|independent,? (?:non-?profit )?(?:news(?:room)?|media|journalism)|non-?profit newsroom"
    # A wire story's credits and a publisher's funders.
    r"|contributed to this (?:report|story|article)|a contribué à cet article"
    r"|contribuyó a (?:este|esta) (?:informe|información|nota)|(?:receives|reçoit|recibe) "
    r"(?:support|le soutien|el apoyo|apoyo) (?:from|de)",
    # A reader rating: "★★★★★ 4,9 (128 voti)", "4.93 from 112 votes", "Rate this recipe".
    "rating": r"[★☆✩✭]+|\d[.,]\d+ (?:from|out of|sur|de|su|von|of) \d[\d,.]* (?:votes?|ratings?"
    r"|reviews?|avis|votos?|voti|bewertungen)"
    r"|\d[\d,.]* (?:votes|ratings|reviews|avis|votos|voti|valoraciones|bewertungen)"
    r"|rate this (?:recipe|article|story)|notez cette recette|valora esta receta"
    r"|vota questa ricetta|bewerten sie (?:dieses|dieses rezept)",
    "taxonomy": r"tags?|topics|themen|schlagw[öo]rter|mots-clés|catégories|categories|etiquetas"
    r"|temas|filed under|classé dans|archivado en",
    # Counted or inviting forms only: "comment" is also French for "how".
    "comments": r"\d+\s+(?:comments?|commentaires?|comentarios?|kommentare?|réactions?|respuestas?)"
    r"|(?:comments?|commentaires|comentarios|kommentare)\s*\(\d+\)"
    r"|(?:leave|post|add) a (?:comment|reply)"
    r"|lai(?:ssez|sser) un commentaire|deja (?:un comentario|una respuesta)|réagir"
    r"|(?:comments|commentaires|comentarios) (?:are|sont|son) (?:modér|moder)\w+"
    r"|community guidelines|charte de modération|normas de (?:la comunidad|participación)"
    r"|(?:will not|won't) be published|ne sera pas publiée|no será publicad[ao]"
    r"|não será publicado|wird nicht veröffentlicht|lascia un commento|deixe (?:um|seu) comentário"
    # A closed thread, one that wants an account, and a thread's heading alone on its line.
    r"|comments are closed|les commentaires sont fermés|(?:los )?comentarios (?:están )?cerrados"
    r"|kommentare (?:sind )?geschlossen|commenti (?:sono )?chiusi|comentários (?:estão )?fechados"
    r"|^(?:para comentar|pour commenter|to comment|um zu kommentieren|per commentare)\b"
    r"|^(?:comments|commentaires|comentarios|comentários|kommentare|commenti|reacties"
    r"|comentaris)$",
    # A forum's and a Q&A site's furniture: a poster's counts, rank and place, a quote's
    # header, the buttons under a post, the board's trail and its pages.
    "forum": r"^(?:posts|beiträge|messages|messaggi|mensajes|mensagens|berichten|reputation"
    r"|réputation|reputación)\s*:\s*[\d.,]+k?$"
    r"|^(?:joined|inscrit(?:e)?(?: le)?|registrado|registriert|iscritto|membro desde|miembro desde"
    r"|lid sinds|dabei seit|member since|location|localisation|ubicación|wohnort|località"
    r"|localização|woonplaats)\s*:"
    r"|\b(?:wrote|a écrit|escribió|hat geschrieben|schrieb|ha scritto|escreveu|schreef)\s*:"
    r"|^(?:quote|citer|citar|zitieren|rispondi citando|rispondi|antworten|cita|reply with quote"
    r"|multi-?quote)$"
    r"|^(?:nuovo utente|neuling|novato|nouveau membre|utente|stammgast)$"
    r"|forum index|board index|index du forum|indice del forum|índice del foro|foren-übersicht"
    r"|índice do fórum|\bseite \d+ von \d+|\bpage \d+ (?:of|sur|de) \d+|\bpagina \d+ di \d+"
    r"|who is online|qui est en ligne|wer ist online|chi c['’]è in linea|quién está conectado"
    r"|^verfasst\b|viewed [\d.,]+k? times|hot network questions|improve this (?:question|answer)"
    r"|was this (?:review|answer|information) helpful|(?:le|te) ha resultado útil"
    r"|(?:cet avis|cette réponse) vous a-t-il été utile|war (?:diese bewertung|das) hilfreich"
    r"|achat vérifié|verified (?:purchase|buyer)|compra verificada|verifizierter kauf"
    r"|acquisto verificato",
    # A shop's furniture: the basket, delivery and returns, stock, tax, the reviews' heading.
    "shop": r"add to (?:basket|cart|bag|wishlist)|ajouter au panier|añadir al carrito"
    r"|in den warenkorb|aggiungi al carrello|adicionar ao carrinho|in winkelwagen"
    r"|free (?:uk |us |eu )?(?:delivery|shipping|returns)|livraison (?:gratuite|offerte)"
    r"|env[ií]os? (?:gratis|gratuitos?)|kostenloser versand|spedizione gratuita|portes grátis"
    r"|gratis verzending|retrait gratuit|\d+[- ]days? returns|retours? gratuits?"
    r"|devoluciones en \d+|rückgabe (?:innerhalb|in \d+)|resi gratuiti|devoluções (?:grátis|em \d+)"
    r"|in stock|out of stock|en stock|rupture de stock|agotado|auf lager|sin stock|em stock"
    r"|iva incluido|iva inclu[íi]do|iva inclusa|inkl\.? mwst|incl\.? vat|\bttc\b"
    r"|customer reviews|avis clients|opiniones de (?:clientes|usuarios)|kundenbewertungen"
    r"|recensioni dei clienti|avaliações de clientes|delivery (?:&|and) returns"
    r"|livraison et retours|envíos y devoluciones|versand (?:&|und) rückgabe",
}
VOCAB = {
    k: re.compile(r"(?<!\w)(?:" + v + r")(?!\w)", re.IGNORECASE) for k, v in VOCABULARY.items()
}
# Kinds of vocabulary that an article rarely uses about itself.
STRONG = ("consent", "advertising", "newsletter", "paywall", "legal", "author")
