"""Localised Google Takeout folder and file names, one table per account language.

Takeout translates folder names and many file names into the account's language, partially and
differently across export eras. Each table maps a *concept* (a canonical English path segment) to the
names seen for it in that language, current spelling first, older spellings after. A renamed file in a
new export era is one more alias in one tuple here.

Sources and confidence: docs/formats/google.md. en and de come from a maintained
parser's locale maps and its German fixture tree; nl, es, ar, tr and zh from a project that checked them
against real exports in Aug 2026; fr is a third-party hint ([S]). The YouTube file names of es and nl
(channel settings, videos, playlists) come from structure tables of donated real exports, the Spanish
folder names from a real Spanish Takeout; the German YouTube folders beyond gtp's from an importer's
test of a German export ([S]); fr, tr, zh and ar YouTube names beyond history, comments and
subscriptions are unknown or assumed, and files under names not listed are read by the shape of their
columns (google.py `youtube_csv_shape`). docs/formats/google.md lists every name with its source. A
concept a language does not list is
looked up under the English names (non-English accounts still get untranslated names, e.g. nl
`MyActivity.json`), so only translated names belong here.

Names are stored as the export writes them (NFC, plain spaces: see google.py `_canonical`); matching is
case-insensitive.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ai_exposure.i18n import Msg


@dataclass(frozen=True)
class Locale:
    code: str
    language: Msg  # the language's English name, shown in the report (translated there)
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)


# The English table names every concept google.py routes on.
EN = Locale("en", Msg("English"), {
    "archive_index": ("archive_browser",),
    # product folders
    "youtube": ("YouTube and YouTube Music", "YouTube"),  # "YouTube": very old exports
    "my_activity": ("My Activity",),
    "my_activity_file": ("MyActivity", "My Activity"),  # both in current English exports
    "maps_places": ("Maps (your places)",),
    "maps": ("Maps",),
    "play_store": ("Google Play Store",),
    "search_contributions": ("Search Contributions",),
    "blogger": ("Blogger",),
    "photos": ("Google Photos",),
    "profile": ("Profile",),
    "location_history": ("Location History (Timeline)", "Location History"),
    "mail": ("Mail", "Gmail"),
    "chrome": ("Chrome",),
    "drive": ("Drive",),
    # files outside YouTube
    "my_maps": ("My Maps",),
    "reviews": ("Reviews",),
    "saved_places": ("Saved Places",),
    "profile_file": ("Profile",),
    "profile_photo": ("ProfilePhoto",),
    "album_metadata": ("metadata",),
    # YouTube folders and files
    "yt_history": ("history",),
    "yt_watch_history": ("watch-history",),
    "yt_search_history": ("search-history",),
    "yt_subscriptions": ("subscriptions",),
    "yt_comments": ("comments",),
    "yt_live_chats": ("live chats",),
    "yt_video_metadata": ("video metadata",),
    "yt_videos_file": ("videos",),
    "yt_video_texts": ("video texts",),
    "yt_video_recordings": ("video recordings",),
    "yt_videos_dir": ("videos",),
    "yt_channels": ("channels",),
    "yt_channel": ("channel",),
    "yt_channel_url_configs": ("channel URL configs",),
    "yt_channel_feature_data": ("channel feature data",),
    "yt_channel_page_settings": ("channel page settings",),
    "yt_channel_moderation": ("channel community moderation settings",),
    "yt_playlists": ("playlists",),
    "yt_playlists_file": ("playlists",),
    "yt_liked_videos": ("Liked videos",),
    "yt_watch_later": ("Watch later",),
    "yt_music": ("music (library and uploads)",),  # 2024 on: both lists in one folder
    "yt_music_library": ("music-library-songs", "music library songs"),
    "yt_music_uploads": ("music-uploads", "music uploads"),
    "yt_shopping": ("shopping",),
    "yt_my_comments": ("my-comments",),
    "yt_my_live_chat": ("my-live-chat-messages",),
    "yt_posts": ("posts",),
})

DE = Locale("de", Msg("German"), {
    "archive_index": ("Archiv_Übersicht",),
    "youtube": ("YouTube und YouTube Music",),
    "my_activity": ("Meine Aktivitäten",),
    "my_activity_file": ("MeineAktivitäten", "MyActivity"),
    "maps_places": ("Maps (Meine Orte)",),
    "search_contributions": ("Search Contributions",),
    "photos": ("Google Fotos",),
    "profile": ("Profil",),
    "mail": ("Gmail",),
    "reviews": ("Bewertungen",),
    "saved_places": ("Gespeicherte Orte",),
    "profile_file": ("Profil",),
    "profile_photo": ("Profilbild",),
    "album_metadata": ("Metadaten",),  # [S]
    "yt_history": ("Verlauf",),
    "yt_watch_history": ("Wiedergabeverlauf",),
    "yt_search_history": ("Suchverlauf",),
    "yt_subscriptions": ("Abos", "Abonnements"),  # the second: [S] (a hand-written path table)
    "yt_comments": ("Kommentare",),
    "yt_live_chats": ("Livechats",),
    "yt_video_metadata": ("Video-Metadaten",),
    "yt_videos_file": ("Videos",),
    "yt_video_texts": ("Videotexte",),
    "yt_video_recordings": ("Videoaufzeichnungen",),
    "yt_posts": ("Beiträge",),
    "yt_playlists": ("Playlists",),
    "yt_playlists_file": ("Playlists",),
    "yt_channels": ("Kanäle",),
    "yt_channel": ("Kanal",),
    "yt_channel_url_configs": ("Kanal-URL-Konfigurationen",),
    "yt_channel_feature_data": ("Kanalelementdaten",),
    "yt_channel_page_settings": ("Kanalseiteneinstellungen",),
    "yt_music_library": ("musik-mediathek-songs",),
    "yt_my_comments": ("Meine Kommentare",),
    "yt_my_live_chat": ("meine-live-chat-nachrichten",),
})

NL = Locale("nl", Msg("Dutch"), {
    "youtube": ("YouTube en YouTube Music",),
    "my_activity": ("Mijn activiteit",),
    "yt_history": ("geschiedenis",),
    "yt_watch_history": ("kijkgeschiedenis",),
    "yt_search_history": ("zoekgeschiedenis",),
    "yt_subscriptions": ("abonnementen",),
    "yt_comments": ("reacties",),
    # File names from real Dutch exports (what-if-horizon structure tables); the folders around them
    # are not confirmed, so these files are also found by name in any YouTube folder.
    "yt_channel": ("kanaal",),
    "yt_channel_url_configs": ("URL-configuraties van kanaal",),
    "yt_channel_feature_data": ("gegevens voor kanaalfunctie",),
    "yt_channel_page_settings": ("instellingen voor kanaalpagina",),
    "yt_channel_moderation": ("instellingen voor het beheer van je kanaalcommu",),  # truncated so
    "yt_videos_file": ("video_s",),  # "video's" with the apostrophe replaced
    "yt_video_recordings": ("video-opnamen",),
})

ES = Locale("es", Msg("Spanish"), {
    "youtube": ("YouTube y YouTube Music",),
    "my_activity": ("Mi actividad",),
    "my_activity_file": ("MiActividad",),
    "yt_history": ("historial", "historial de videos"),  # the second: older exports
    "yt_watch_history": ("historial-de-reproducciones", "historial de reproducciones"),
    "yt_search_history": ("historial-de-búsqueda", "historial de búsquedas"),
    "yt_subscriptions": ("suscripciones",),
    "yt_comments": ("comentarios",),
    # Real Spanish exports (2024-2026): folders as named in them, file names from the
    # what-if-horizon structure tables of donated exports.
    "yt_live_chats": ("mensajes del chat en directo",),
    "yt_video_metadata": ("metadatos del vídeo", "metadatos de vídeo"),
    "yt_videos_file": ("vídeos",),
    "yt_video_texts": ("textos del vídeo", "textos de vídeo"),  # assumed: no source shows it
    "yt_video_recordings": ("grabaciones de vídeo",),
    "yt_videos_dir": ("vídeos",),
    "yt_channels": ("canales",),
    "yt_channel": ("canal",),
    "yt_channel_url_configs": ("configuraciones de la URL del canal",),
    "yt_channel_feature_data": ("datos de la función del canal",),
    "yt_channel_page_settings": ("configuración de la página del canal",),
    "yt_channel_moderation": ("Ajustes de moderación de la comunidad del canal",),
    "yt_playlists": ("listas de reproducción",),
    "yt_playlists_file": ("listas de reproducción",),
    "yt_music": ("música (biblioteca y subidas)",),  # assumed (other languages keep the English name)
    "yt_shopping": ("compras",),  # assumed
})

FR = Locale("fr", Msg("French"), {  # [S]: third-party tests only
    "youtube": ("YouTube et YouTube Music",),
    "my_activity": ("Mon activité",),
    "my_activity_file": ("MonActivité",),
    "album_metadata": ("métadonnées",),
    "yt_history": ("historique",),
    "yt_watch_history": ("historique des vidéos regardées",),  # also reported: watch-history
    "yt_search_history": ("Historique des recherches",),
    "yt_subscriptions": ("abonnements",),
    "yt_channels": ("chaînes",),
    "yt_channel": ("chaîne",),
    # Assumed from the French column names (no French YouTube tree was found): the files are also
    # found by their own name in any YouTube folder, and their columns by shape.
    "yt_comments": ("commentaires",),
    "yt_videos_file": ("vidéos",),
    # Assumed too, from YouTube's French interface words; any other name is read by shape.
    "yt_live_chats": ("chats en direct", "messages du chat en direct"),
    "yt_video_metadata": ("métadonnées des vidéos", "métadonnées de la vidéo"),
    "yt_playlists": ("playlists", "listes de lecture"),
    "yt_playlists_file": ("playlists", "listes de lecture"),
    "yt_posts": ("posts", "publications"),
})

AR = Locale("ar", Msg("Arabic"), {
    # The third [S]: a hand-written path table that translates the product name too.
    "youtube": ("YouTube وYouTube Music", "YouTube و YouTube Music", "يوتيوب و يوتيوب ميوزيك"),
    "my_activity": ("نشاطي", "أنشطتي"),
    "my_activity_file": ("نشاطي",),
    "yt_history": ("السجلّ", "سجل"),
    "yt_watch_history": ("سجل المشاهدة",),
    "yt_search_history": ("سجلّ البحث", "سجل البحث"),
    "yt_subscriptions": ("اشتراكات", "الاشتراكات", "الاشتراكات_"),  # not verified; the others [S]
    # [S]: a Kotlin importer's tests with Arabic paths (docs/formats/google.md, ar-import)
    "yt_playlists": ("قوائم التشغيل", "قوائم تشغيل"),
    "yt_playlists_file": ("قوائم التشغيل", "قوائم تشغيل"),
    "yt_comments": ("تعليقات",),  # not verified
})

TR = Locale("tr", Msg("Turkish"), {
    "youtube": ("YouTube ve YouTube Music",),
    "my_activity": ("Etkinliğim",),
    "my_activity_file": ("Etkinliğim",),
    "yt_history": ("geçmiş",),
    "yt_watch_history": ("izleme geçmişi", "İzleme geçmişi"),
    "yt_search_history": ("arama geçmişi", "Arama geçmişi"),
    "yt_subscriptions": ("Abonelikler",),  # a real export: lower case `abonelikler` (tr-users)
    # [S]: an importer's Turkish test (docs/formats/google.md, tr-import)
    "yt_playlists": ("oynatma listeleri",),
    "yt_playlists_file": ("oynatma listeleri",),
    "yt_watch_later": ("Daha sonra izle",),
    "yt_comments": ("Yorumlar",),  # not verified
})

ZH = Locale("zh", Msg("Chinese (simplified)"), {
    "youtube": ("YouTube 和 YouTube Music",),
    "my_activity": ("我的活动",),
    "my_activity_file": ("我的活动记录",),
    "yt_history": ("历史记录", "记录"),
    "yt_watch_history": ("观看记录",),
    "yt_search_history": ("搜索记录",),
    "yt_subscriptions": ("订阅内容",),  # not verified
    "yt_comments": ("评论",),  # not verified
})

LOCALES: tuple[Locale, ...] = (EN, DE, NL, ES, FR, AR, TR, ZH)

# Product folders directly under Takeout/ that are private to the account and only counted (files and
# bytes, never read). Localised names where the notes confirm them (de fixture tree).
PRIVATE_PRODUCTS: tuple[str, ...] = (
    "Location History", "Location History (Timeline)", "Semantic Location History", "Mail", "Gmail",
    "Chrome", "Drive", "Calendar", "Kalender", "Contacts", "Google Contacts", "Google Kontakte",
    "Tasks", "Aufgaben", "Keep", "Google Keep", "Fit", "Google Fit", "Google Pay", "Google Shopping",
    "Google Chat", "Hangouts", "Groups", "Google Account", "Google-Konto", "Saved", "Gespeichert",
    "Access Log Activity", "Zugriffsprotokollaktivitäten", "Android Device Configuration Service",
    "Android-Gerätekonfigurationsdienst", "Google Business Profile", "Google Unternehmensprofil",
    "Google Finance", "Google Finanzen", "Discover", "Home App", "Google Home", "Business Messages",
    "Google News", "Google Developers", "Google Help Communities", "Google-Hilfe-Communities",
    "Google Play Games Services", "Google Play-Spieldienste", "Google Play Movies _ TV",
    "Google Play Filme _ Serien", "Google Play Books", "Google Play Music", "Voice", "Google Voice",
    "Assistant", "Google Assistant", "Alerts", "Google Alerts", "Google Workspace Marketplace",
    "Reminders", "Messages", "Cloud Print", "Classroom", "Google Meet", "Street View", "Gemini",
    "Timeline", "Nest", "Fitbit", "Google Translator Toolkit", "Google Wallet", "Google Earth",
    "Arts _ Culture", "YouTube Kids", "Purchases _ Reservations", "Google Lens", "Profile Discovery",
    "Google Store", "Google Feedback", "Data Shared for Research",
)
