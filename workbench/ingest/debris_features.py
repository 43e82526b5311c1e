"""What a line of a scraped page shows about being debris, as numbers a fitted model weighs.

Evidence that holds across sites and languages, after jusText (Pomikálek
2011): length, the density of stop words (jusText's own lists, which ship in
its wheel), sentence punctuation, separators between short items ("|" "›"
"•"), a date or time alone, the vocabulary of consent, advertising, sharing,
newsletters, paywalls and accounts in French, English, Spanish and German,
position before the first or after the last paragraph of prose, and what the
markup or a main-text extractor said of the block. Pure: no I/O beyond
reading the stop lists once.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from workbench.ingest.debris_commerce import COMMERCE_FEATURES, commerce_features
from workbench.ingest.debris_structure import STRUCTURE_FEATURES, structure_features
from workbench.ingest.debris_subject import is_notice_page, notice_sentences

# Stop lists tried on every line, whatever the document's language: the
# languages of most pages and of the debris they carry.
_ALWAYS = ("fr", "en", "es", "de")
# jusText's stop-list file names, for those and the other languages the
# language guesser names (langid.DEFAULT_LANGUAGES) that jusText has a list for.
_STOPLISTS = {
    "fr": "French", "en": "English", "es": "Spanish", "de": "German", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "ca": "Catalan", "pl": "Polish", "ru": "Russian",
    "uk": "Ukrainian", "ar": "Arabic", "ko": "Korean",
}  # fmt: skip
# Stop lists of languages the guesser does not serve (`extract.unserved_language` names them):
# the debris features read a Swedish page's function words in Swedish, not in Dutch.
_UNSERVED_STOPLISTS = {
    "sv": "Swedish", "da": "Danish", "nb": "Norwegian_Bokmal", "nn": "Norwegian_Nynorsk",
    "fi": "Finnish", "cs": "Czech", "sk": "Slovak", "hu": "Hungarian", "ro": "Romanian",
    "el": "Greek", "tr": "Turkish", "hr": "Croatian", "sl": "Slovenian", "et": "Estonian",
    "lv": "Latvian", "lt": "Lithuanian", "bg": "Bulgarian", "sr": "Serbian", "eu": "Basque",
    "gl": "Galician", "id": "Indonesian", "vi": "Vietnamese",
}  # fmt: skip

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
_TERMINAL = re.compile(r"[.!?…;:][\s»\"”’)\]]*$")
_SEPARATORS = re.compile(r"\s(?:\||›|»|•|·|/|–|-|>)\s|\s?[|•·›]\s?")
_MONTHS = (
    "jan(?:vier|uary|\\.)?|f[ée]v(?:rier)?|feb(?:ruary|rero|\\.)?|mars|march|mar(?:zo|\\.)?"
    "|avr(?:il)?|apr(?:il|\\.)?|abr(?:il)?|mai|may|mayo|juin|june?|junio|juil(?:let)?|july?|julio"
    "|ao[uû]t|aug(?:ust|\\.)?|agosto|sept?(?:embre|ember|iembre|\\.)?|oct(?:obre|ober|ubre|\\.)?"
    "|nov(?:embre|ember|iembre|\\.)?|d[ée]c(?:embre)?|dec(?:ember|\\.)?|dic(?:iembre)?|enero"
    "|januar|februar|märz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno"
    "|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro"
    "|outubro|dezembro"
)
_DAY_OR_TIME = (
    r"\d{1,2}[./·-]\d{1,2}[./·-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}[:h]\d{2}(?::\d{2})?|\d{1,2}\.\d{2}\s*(?:am|pm)\b"
    r"|(?:" + _MONTHS + r")\s+\d{1,2}\b|\d{1,2}\.?\s+(?:de\s+)?(?:" + _MONTHS + r")\b"
    r"|\d+\s*(?:heures?|hours?|horas?|ore|stunden|min(?:utes?|utos?|uti|uten)?|days?|jours?"
    r"|días?|dias?|giorni|tagen?|uur|dagen)\b"
    r"|\d{1,3}\s?(?:m|h|d|hrs?|mins?)\s+ago"
    # A match's minute: "46'", "90+4'".
    r"|\d{1,3}(?:\+\d{1,2})?['’′](?!\w)"
)
# A day, a time or an age ("3 hours ago") with or without a year.
DATE = re.compile(r"\b(?:" + _DAY_OR_TIME + r"|\b(?:19|20)\d{2}\b)", re.IGNORECASE)
# The same without a bare year: "bis 2028" in a headline is content, "04.03.2026, 17:30" is not.
DAY_OR_TIME = re.compile(r"\b(?:" + _DAY_OR_TIME + r")", re.IGNORECASE)
# Words that carry no content on a dateline once the date itself is gone.
_DATE_WORDS = re.compile(
    r"\b(?:" + _MONTHS + r"|am|pm|a\.m|p\.m|gmt|utc|cet|cest|edt|est|et|pt|bst|h|uhr|le|el|de|"
    r"à|a|at|on|am|um|del|las|les|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|jueves|viernes"
    r"|sábado|domingo|published|updated|posted|publié|mis|jour|publicado|actualizado"
    r"|veröffentlicht|aktualisiert|ago|il|y|hace|vor|heures?|hours?|horas?|stunden|min|read"
    r"|lecture|lectura|temps|tiempo|de|by|par|por|von|and|et|y|und|la|the|staff|newsroom|rédaction"
    r"|redacción|redaktion|agences|agencies|agencias|agenturen|with|avec|con|mit"
    r"|às|atualizado|atualizada|há|ore|alle|aggiornato|aggiornata|pubblicato|fa|em|com"
    r"|leestijd|gepubliceerd|bijgewerkt|uur|door|min|minuten|last|dernière|última|zuletzt"
    r"|ct|mt|cst|cdt|pst|pdt)\b",
    re.IGNORECASE,
)

_WEEKDAYS = (
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday"
    "|friday|saturday|sunday|lunes|martes|miércoles|jueves|viernes|sábado|domingo|montag"
    "|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunedì|martedì|mercoledì|giovedì"
    "|venerdì|sabato|domenica|segunda|terça|quarta|quinta|sexta"
)
# A day of the week by its name.
WEEKDAY = re.compile(r"\b(?:" + _WEEKDAYS + r")\b", re.IGNORECASE)
# Vocabulary of site chrome, by what it is about; fr, en, es, de, it, pt.
_VOCABULARY = {
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
_VOCAB = {
    k: re.compile(r"(?<!\w)(?:" + v + r")(?!\w)", re.IGNORECASE) for k, v in _VOCABULARY.items()
}
# Kinds of vocabulary that an article rarely uses about itself.
_STRONG = ("consent", "advertising", "newsletter", "paywall", "legal", "author")
_URL = re.compile(r"\S+@\S+\.\w+|https?://|www\.\w|\.(?:com|org|net|fr|es|de)\b")
_BY = re.compile(r"(?<!\w)(?:by|par|por|von)(?!\w)", re.IGNORECASE)
_BYLINE = re.compile(
    r"^\s*(?:by|par|por|von|text[eo]? (?:et|and|y|und) (?:photos?|fotos?)\s*:?|text[eo]?\s*:|"
    r"review by|guide by|rédigé par|redacción|staff writer|guest columnist"
    r"|propos recueillis par|entretien réalisé par|interview (?:by|par|de|von)"
    r"|entrevista (?:de|por)|photography by|photographs by)\b",
    re.IGNORECASE,
)

FEATURES: tuple[str, ...] = (
    "bias",
    "log_words",
    "one_word",
    "stopword_density",
    "no_stopwords",
    "terminal",
    "separators",
    "date_alone",
    "has_day_or_time",
    "vocab_hits",
    "vocab_dense",
    "byline",
    "bullet",
    "capitalised",
    "digits",
    "before_prose",
    "after_prose",
    "markup_chrome",
    "extractor_kept",
    "extractor_dropped",
    "neighbours_short",
    "prose_before",
    "prose_after",
    "vocab_matches",
    "strong_vocab",
    "url_or_email",
    "dated_byline",
    "repeated",
    "opens_with_vocab",
    "consent_vocab",
    "link_density",
    "names_author",
    "repeated_in_page",
    "names_site",
    "kicker",
    *STRUCTURE_FEATURES,
    *COMMERCE_FEATURES,
)

# Past this share of lines seen in other documents, a document is a copy, not a page of a site.
REPEATED_MAX_SHARE = 0.5
# A line of this many words or fewer said twice on a page is chrome's ("repeated_in_page").
SHORT_WORDS = 6
# A section's name over the headline ("Business", "OPINION") has this many words at most.
KICKER_WORDS = 3


@dataclass(frozen=True)
class LineContext:
    """What is known about a line besides its text: markup and extractor evidence."""

    bullet: bool = False
    markup_chrome: bool = False  # inside <nav>, <footer> or a "share"/"cookie" class
    extractor: bool | None = None  # kept by the main-text extractor; None: not run (plain text)
    repeated: bool = False  # the same line is in another document of the store (site chrome)
    links: float | None = None  # share of the line's characters that are link text; None: no markup
    thread: bool = False  # inside a reader-comment container of the markup
    title: bool = False  # the page's title, its first <h1> (see markup.html_blocks)
    cell: bool = False  # a cell of a data table (see markup.html_blocks)
    path: str = ""  # its element's tags and classes from the root (markup.RawBlock.path)


@cache
def stop_words(lang: str) -> frozenset[str]:
    """jusText's stop list for ``lang`` (an ISO 639-1 code), lower-cased; empty if it has none."""
    name = _STOPLISTS.get(lang) or _UNSERVED_STOPLISTS.get(lang)
    return frozenset() if name is None else _stop_list(name)


@cache
def stop_list_names() -> tuple[str, ...]:
    """The names of every stop list jusText ships ("Finnish", "Norwegian_Bokmal"…), sorted."""
    from importlib.resources import files

    folder = files("justext").joinpath("stoplists")
    return tuple(sorted(p.name.removesuffix(".txt") for p in folder.iterdir()))


@cache
def _stop_list(name: str) -> frozenset[str]:
    from importlib.resources import files

    text = files("justext").joinpath("stoplists", f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(w.strip().lower() for w in text.splitlines() if w.strip())


def stop_list_densities(tokens: Sequence[str]) -> dict[str, float]:
    """Per jusText stop list (by name), the share of ``tokens`` that are its stop words."""
    lowered = [t.lower() for t in tokens]
    if not lowered:
        return {}
    return {
        name: sum(t in _stop_list(name) for t in lowered) / len(lowered)
        for name in stop_list_names()
    }


def reads_as_served(tokens: Sequence[str], density: float) -> bool:
    """Whether one served language's stop list (`_STOPLISTS`) covers at least ``density`` of
    ``tokens``. The lists are read one at a time, the usual languages first, and no further
    once one does."""
    return any(stopword_density(tokens, (lang,)) >= density for lang in _STOPLISTS)


def stop_list_code(name: str) -> str | None:
    """The ISO 639-1 code of a stop list the guesser serves ("French" -> "fr"), else None."""
    if name == "Simple_English":
        return "en"
    return next((code for code, list_name in _STOPLISTS.items() if list_name == name), None)


def unserved_code(name: str) -> str | None:
    """The ISO 639-1 code of a stop list of a language the guesser does not serve ("Swedish"
    -> "sv"), if `stop_words` reads it by that code; else None."""
    wanted = name.replace(" ", "_")
    return next((code for code, n in _UNSERVED_STOPLISTS.items() if n == wanted), None)


def words(text: str) -> list[str]:
    """The words of ``text``: letters, with inner apostrophes."""
    return _WORD.findall(text)


def stopword_density(tokens: Sequence[str], langs: Sequence[str]) -> float:
    """The highest share of stop words in ``tokens`` over the stop lists of ``langs``."""
    if not tokens:
        return 0.0
    lowered = [t.lower() for t in tokens]
    best = 0.0
    for lang in langs:
        stops = stop_words(lang)
        if stops:
            best = max(best, sum(t in stops for t in lowered) / len(lowered))
    return best


def strong_vocabulary_hits(text: str, topic: frozenset[str] = frozenset()) -> int:
    """How many kinds of the vocabulary an article rarely uses about itself ``text`` uses;
    the kinds of the page's ``topic`` (`page_topic`) left out."""
    return sum(1 for k in _STRONG if k not in topic and _VOCAB[k].search(text))


# From this many words, a sentence may use the weaker kinds of site vocabulary.
LONG_SENTENCE_WORDS = 10


def chrome_hits(text: str, topic: frozenset[str] = frozenset()) -> int:
    """The site vocabulary that counts against ``text`` reading as a sentence of content.

    A long sentence may use a word of the weaker kinds ("recommended",
    "search", "print"), as articles do; only the strong kinds (consent,
    paywall, newsletter…) count against it. A short line: every kind. The
    kinds of the page's ``topic`` never count.
    """
    if len(words(text)) >= LONG_SENTENCE_WORDS:
        return strong_vocabulary_hits(text, topic)
    return vocabulary_hits(text, topic)


def vocabulary_hits(text: str, topic: frozenset[str] = frozenset()) -> int:
    """How many kinds of chrome vocabulary (consent, sharing, paywall…) ``text`` uses; the
    kinds of the page's ``topic`` (`page_topic`) left out."""
    return sum(1 for k, pattern in _VOCAB.items() if k not in topic and pattern.search(text))


# A kind of vocabulary is the page's subject when this many of its long sentences use it.
TOPIC_MIN_SENTENCES = 3
TOPIC_SENTENCE_WORDS = 12
# On a page that is itself a notice (`debris_subject`), a kind is its subject from this many.
NOTICE_TOPIC_SENTENCES = 2
# The kinds a notice speaks of (not a menu's, a share bar's or a related list's words).
_NOTICE_KINDS = (*_STRONG, "account")


def page_topic(texts: Sequence[str], lang: str) -> frozenset[str]:
    """The kinds of chrome vocabulary that the page's own prose is about: an article on a
    fine over cookie banners says "cookies" and "Accept all" in sentence after sentence.

    A kind is the topic when `TOPIC_MIN_SENTENCES` sentences of
    `TOPIC_SENTENCE_WORDS` words or more (final punctuation, stop words) use
    it; a cookie banner or a newsletter box says its piece in one or two.
    """
    return _page_topic(tuple(texts), lang)


# One page's topic is asked for by the boxes, the prose lines and the features alike:
# computed once (a 5 MB text spent seconds on it three times over).
@lru_cache(maxsize=2)  # the page's language and "und"
def _page_topic(texts: tuple[str, ...], lang: str) -> frozenset[str]:
    sentences = _long_sentences(texts, lang)
    return frozenset(
        kind
        for kind, pattern in _VOCAB.items()
        if sum(1 for t in sentences if pattern.search(t)) >= TOPIC_MIN_SENTENCES
    )


def _long_sentences(texts: Sequence[str], lang: str) -> list[str]:
    """The lines of ``texts`` that read as long sentences: `TOPIC_SENTENCE_WORDS` words or
    more, final punctuation, stop words."""
    langs = tuple(dict.fromkeys([lang, *_ALWAYS]))
    return [
        t
        for t in texts
        if len(words(t)) >= TOPIC_SENTENCE_WORDS
        and _TERMINAL.search(t)
        and stopword_density(words(t), langs) >= 0.25
    ]


def notice_topic(texts: Sequence[str], lang: str) -> frozenset[str] | None:
    """On a page that is itself a notice (a privacy or cookie policy, terms of use:
    `debris_subject.is_notice_page`), what it is about: its `page_topic`, consent and the
    law, and every kind of the notices' vocabulary that two of its sentences use (accounts,
    subscriptions) or one of those that speak of data or terms ("Solo los compartimos…
    cuando contratas una suscripción"). None on any other page.

    The rules read it (`debris_boxes.read_page`); the model's columns keep `page_topic`:
    fitted with it, they learnt consent and subscriptions as surer debris evidence, and
    articles about cookie banners lost sentences (issue 13, session 22)."""
    sentences = _long_sentences(texts, lang)
    if not is_notice_page(sentences):
        return None
    said = notice_sentences(sentences)
    return (
        page_topic(texts, lang)
        | {"consent", "legal"}
        | {
            kind
            for kind in _NOTICE_KINDS
            if any(_VOCAB[kind].search(t) for t in said)
            or sum(1 for t in sentences if _VOCAB[kind].search(t)) >= NOTICE_TOPIC_SENTENCES
        }
    )


# "ASX 200 8,412.6 +0.4%", "Gold $2,941 ▲0.1%", "EUR/USD 1,0842 −0,12 %": a name, a price and
# a signed change: a market ticker's item. A strip of them may stand on one line.
_TICKER_ITEM = re.compile(
    r"\s*([^\s\d.!?%][^.!?%]{0,40}?)\s[$€£¥]?\d[\d.,]*\s*[$€£¥]?\s+"
    r"(?:[▲▼↑↓△▽]\s*[-+−]?|[-+−])\d+(?:[.,]\d+)?\s?%"
)


def is_ticker(text: str) -> bool:
    """A market ticker's items, one or several: each a name, a price and a signed change."""
    pos, items = 0, 0
    while (match := _TICKER_ITEM.match(text, pos)) is not None:
        tokens = words(match.group(1))
        if len(tokens) > 4 or stopword_density(tokens, _ALWAYS) > 0:
            return False
        pos, items = match.end(), items + 1
    return items > 0 and not text[pos:].strip()


def is_dated_byline(text: str) -> bool:
    """A short line with an author and a date: "By Ann Lee, AP Updated 3:41 PM, Oct. 8, 2025"."""
    return (
        len(words(text)) <= 12
        # A length of time is no date: "Contrat : CDI, 39 heures par semaine".
        and (any(not _DURATION.match(m[0]) for m in DATE.finditer(text)) or bool(_AGE.search(text)))
        and bool(_BY.search(text))
        and not _TERMINAL.search(text)
    )


_BY_WORD = re.compile(r"^\s*(?:by|par|por|von|di|de)\s+(.*)$", re.IGNORECASE)


def byline_names(texts: Sequence[str]) -> set[str]:
    """The authors' names the page's bylines give: "By Rachel Dunn" -> {"Rachel Dunn"}.

    A name is two to four capitalised words right after the "by" word of a
    short line; any language's script with case.
    """
    names = set()
    for text in texts:
        match = _BY_WORD.match(text)
        if match is None or len(words(text)) > 12:
            continue
        name = []
        for token in match.group(1).split():
            core = token.strip(",;|·–-")
            if not core or not core[0].isupper():
                break
            name.append(core)
            if core != token or len(name) == 4:
                break
        if len(name) >= 2:
            names.add(" ".join(name))
    return names


_COPYRIGHT = re.compile(r"©|\(c\)|\bcopyright\b", re.IGNORECASE)
_NAME_PIECES = re.compile(r"\s[-–—|·•]\s|[.,;|·•]\s|[.,;]$")
_YEAR_OR_MARK = re.compile(r"©|\(c\)|\bcopyright\b|\b(?:19|20)\d{2}\b", re.IGNORECASE)
SITE_NAME_WORDS = 6


def site_names(texts: Sequence[str]) -> set[str]:
    """The site's names its copyright lines give: "Copyright © 2025 The Bakehouse Diaries",
    "InfoMonde © 2025 - Tous droits réservés" -> {"the bakehouse diaries", "infomonde"}.

    A name is a piece of such a line (between separators), the year and the
    sign left out, of one to `SITE_NAME_WORDS` words, most of them capitalised.
    """
    names = set()
    for text in texts:
        if not _COPYRIGHT.search(text) or len(words(text)) > 40:
            continue
        for piece in _NAME_PIECES.split(text):
            name = " ".join(_YEAR_OR_MARK.sub(" ", piece).split()).strip(" -–—:")
            tokens = words(name)
            caps = sum(t[0].isupper() for t in tokens)
            named = 1 <= len(tokens) <= SITE_NAME_WORDS and caps >= 0.5 * len(tokens)
            if named and vocabulary_hits(name) == 0:
                names.add(name.casefold())
    return names


def names_a_site(text: str, names: set[str]) -> bool:
    """Whether ``text`` names one of the sites ``names`` (as `site_names` gives them), as a
    name: a whole word, capitalised ("Terrain est édité par…", not "sur le terrain")."""
    folded = text.casefold()
    for name in names:
        for match in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", folded):
            if text[match.start()].isupper():
                return True
    return False


def is_related_label(text: str) -> bool:
    """A label of four words or fewer from the related-stories vocabulary: "À lire aussi"."""
    return len(words(text)) <= 4 and bool(_VOCAB["related"].search(text))


def _opens_with_vocabulary(text: str, topic: frozenset[str] = frozenset()) -> bool:
    """ "Lire aussi : …", "Tags: …", "Read more: …": a label of site chrome, then its content."""
    head, colon, _ = text.partition(":")
    return bool(colon) and len(words(head)) <= 4 and vocabulary_hits(head, topic) > 0


# A length of time: "20 minutes", "2 ore". Alone it is a recipe's cooking time, not a date…
_DURATION = re.compile(
    r"^\d+\s*(?:heures?|hours?|horas?|ore|stunden|min(?:utes?|utos?|uti|uten)?|days?|jours?"
    r"|días?|dias?|giorni|tagen?|uur|dagen)$",
    re.IGNORECASE,
)
# …unless it says how long ago, or how long the reading takes: "3 hours ago", "5 min read".
_AGE = re.compile(
    r"(?<!\w)(?:ago|il y a|hace|vor|fa|há|read|lecture|lectura|lettura|leitura|lesezeit"
    r"|lesedauer|leestijd|geleden)(?!\w)",
    re.IGNORECASE,
)


def is_date_alone(text: str) -> bool:
    """A date or a time with nothing but dateline words around it.

    A length of time alone is not one ("Cottura: 2 ore" in a recipe) unless
    it gives an age or a reading time ("2 hours ago", "5 min read").
    """
    found = [m.group(0) for m in DATE.finditer(text)]
    if not found:
        return False
    if all(_DURATION.match(f) for f in found) and not _AGE.search(text):
        return False
    rest = _DATE_WORDS.sub(" ", DATE.sub(" ", text))
    return len(words(rest)) <= 1


def _is_prose(text: str, langs: Sequence[str], topic: frozenset[str]) -> bool:
    tokens = words(text)
    return (
        len(tokens) >= 5
        and bool(_TERMINAL.search(text))
        and stopword_density(tokens, langs) >= 0.25
        and chrome_hits(text, topic) == 0
    )


def prose_lines(texts: Sequence[str], lang: str, topic: frozenset[str] | None = None) -> list[bool]:
    """For each line, whether it reads as prose: a sentence of five words or more, with
    stop words, final punctuation and no site vocabulary (but the page's ``topic``, by
    default its `page_topic`)."""
    langs = tuple(dict.fromkeys([lang, *_ALWAYS]))
    if topic is None:
        topic = page_topic(texts, lang)
    return [_is_prose(t, langs, topic) for t in texts]


def line_features(
    texts: Sequence[str], contexts: Sequence[LineContext], lang: str
) -> list[list[float]]:
    """One feature vector per line, in the order of `FEATURES`."""
    langs = tuple(dict.fromkeys([lang, *_ALWAYS]))
    # The vocabulary the article itself is about is no evidence of chrome on its page.
    topic = page_topic(texts, lang)
    prose = [_is_prose(t, langs, topic) for t in texts]
    first = prose.index(True) if any(prose) else len(texts)
    last = len(texts) - 1 - prose[::-1].index(True) if any(prose) else -1
    short = [len(words(t)) <= 4 for t in texts]
    repeated_share = sum(c.repeated for c in contexts) / max(1, len(contexts))
    # An author box names the author of the byline again: "Rachel Dunn is the Meridian's…".
    names = byline_names(texts)
    # A line about the publisher names the site its © line names: "Terrain est édité par…".
    sites = site_names(texts)
    site = repeated_share <= REPEATED_MAX_SHARE
    # A short line the page says twice: a menu's item, a section's name, an author's name.
    seen: dict[str, int] = {}
    for text in texts:
        key = " ".join(text.split()).casefold()
        seen[key] = seen.get(key, 0) + 1
    headline = [
        c.title or (3 <= len(words(t)) <= 20 and not _TERMINAL.search(t))
        for t, c in zip(texts, contexts, strict=True)
    ]
    rows: list[list[float]] = []
    for i, (text, ctx) in enumerate(zip(texts, contexts, strict=True)):
        tokens = words(text)
        n = len(tokens)
        density = stopword_density(tokens, langs)
        hits = vocabulary_hits(text, topic)
        caps = sum(t[0].isupper() for t in tokens) / n if n else 0.0
        digits = sum(c.isdigit() for c in text) / max(1, len(text))
        pieces = [p for p in _SEPARATORS.split(text) if p and p.strip()]
        separated = len(pieces) >= 2 and max(len(words(p)) for p in pieces) <= 4
        prev_short = short[i - 1] if i > 0 else True
        next_short = short[i + 1] if i + 1 < len(texts) else True
        rows.append([
            1.0,
            math.log1p(n),
            float(n <= 1),
            density,
            float(n >= 2 and density == 0.0),
            float(bool(_TERMINAL.search(text))),
            float(separated),
            float(is_date_alone(text)),
            float(bool(DAY_OR_TIME.search(text))),
            float(min(hits, 3)),
            hits / max(1.0, math.log1p(n)),
            float(bool(_BYLINE.match(text)) and n <= 12 and not _TERMINAL.search(text)),
            float(ctx.bullet),
            caps,
            digits,
            float(i < first),
            float(i > last),
            float(ctx.markup_chrome),
            float(ctx.extractor is True),
            float(ctx.extractor is False),
            float(prev_short and next_short),
            float(i > 0 and prose[i - 1]),
            float(i + 1 < len(texts) and prose[i + 1]),
            float(min(5, sum(len(p.findall(text)) for k, p in _VOCAB.items() if k not in topic))),
            float(strong_vocabulary_hits(text, topic)),
            float(bool(_URL.search(text))),
            float(is_dated_byline(text)),
            float(site and ctx.repeated),
            float(_opens_with_vocabulary(text, topic)),
            float("consent" not in topic and bool(_VOCAB["consent"].search(text))),
            ctx.links or 0.0,
            float(not _BY_WORD.match(text) and any(name in text for name in names)),
            float(n <= SHORT_WORDS and seen[" ".join(text.split()).casefold()] > 1),
            float(not ctx.title and names_a_site(text, sites)),
            # A section's name right over the headline, before the article's prose.
            float(
                1 <= n <= KICKER_WORDS
                and not _TERMINAL.search(text)
                and not ctx.title
                and i < first
                and i + 1 < len(texts)
                and headline[i + 1]
            ),
        ])  # fmt: skip
    # What the line's neighbours show: runs of one shape, the main run of prose.
    paths = [c.path for c in contexts]
    for row, structure in zip(rows, structure_features(texts, prose, paths), strict=True):
        row.extend(structure)
    # A shop's price, basket and stock lines (`debris_commerce`).
    for row, selling in zip(
        rows, commerce_features(texts, [c.cell for c in contexts]), strict=True
    ):
        row.extend(selling)
    return rows
