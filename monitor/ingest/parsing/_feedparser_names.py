"""How feedparser 6 names the elements of a feed, and what each name does to an entry.

The fast path (`_lxml_feed`) reads a document as feedparser would, so it must call every element
by feedparser's name for it (a known namespace's own prefix, then the lower-case local name:
`dc_date`, `content_encoded`, `title`) and know which names feedparser gives a meaning that
reaches what the monitor keeps (ids, links, titles, summaries, dates, languages). The tables
are feedparser's facts written down, not read from its internals at run time;
tests/ingest/test_parsing_fast_names.py checks them against the installed feedparser, so an
upgrade that adds a handler fails a test rather than a feed.
"""

from __future__ import annotations

from enum import Enum

__all__ = [
    "ACCEPTABLE_ELEMENTS",
    "CANONICAL_PREFIXES",
    "ENTRY_KINDS",
    "FEED_KINDS",
    "HARMLESS",
    "KNOWN_NAMESPACES",
    "PROTECTED",
    "UNSUPPORTED",
    "Kind",
]

# feedparser's `_FeedParserMixin.namespaces`, keys lower-cased as it matches them: a namespace
# URI, and the prefix its elements are known by ("" for the RSS and Atom family itself).
KNOWN_NAMESPACES: dict[str, str] = {
    uri.lower(): prefix
    for uri, prefix in {
        "": "",
        "http://backend.userland.com/rss": "",
        "http://blogs.law.harvard.edu/tech/rss": "",
        "http://purl.org/rss/1.0/": "",
        "http://my.netscape.com/rdf/simple/0.9/": "",
        "http://example.com/newformat#": "",
        "http://example.com/necho": "",
        "http://purl.org/echo/": "",
        "uri/of/echo/namespace#": "",
        "http://purl.org/pie/": "",
        "http://purl.org/atom/ns#": "",
        "http://www.w3.org/2005/Atom": "",
        "http://purl.org/rss/1.0/modules/rss091#": "",
        "http://webns.net/mvcb/": "admin",
        "http://purl.org/rss/1.0/modules/aggregation/": "ag",
        "http://purl.org/rss/1.0/modules/annotate/": "annotate",
        "http://media.tangent.org/rss/1.0/": "audio",
        "http://backend.userland.com/blogChannelModule": "blogChannel",
        "http://creativecommons.org/ns#license": "cc",
        "http://web.resource.org/cc/": "cc",
        "http://cyber.law.harvard.edu/rss/creativeCommonsRssModule.html": "creativeCommons",
        "http://backend.userland.com/creativeCommonsRssModule": "creativeCommons",
        "http://purl.org/rss/1.0/modules/company": "co",
        "http://purl.org/rss/1.0/modules/content/": "content",
        "http://my.theinfo.org/changed/1.0/rss/": "cp",
        "http://purl.org/dc/elements/1.1/": "dc",
        "http://purl.org/dc/terms/": "dcterms",
        "http://purl.org/rss/1.0/modules/email/": "email",
        "http://purl.org/rss/1.0/modules/event/": "ev",
        "http://rssnamespace.org/feedburner/ext/1.0": "feedburner",
        "http://freshmeat.net/rss/fm/": "fm",
        "http://xmlns.com/foaf/0.1/": "foaf",
        "http://www.w3.org/2003/01/geo/wgs84_pos#": "geo",
        "http://www.georss.org/georss": "georss",
        "http://www.opengis.net/gml": "gml",
        "http://postneo.com/icbm/": "icbm",
        "http://purl.org/rss/1.0/modules/image/": "image",
        "http://www.itunes.com/DTDs/PodCast-1.0.dtd": "itunes",
        "http://example.com/DTDs/PodCast-1.0.dtd": "itunes",
        "http://purl.org/rss/1.0/modules/link/": "l",
        "http://search.yahoo.com/mrss": "media",
        "http://search.yahoo.com/mrss/": "media",
        "http://madskills.com/public/xml/rss/module/pingback/": "pingback",
        "http://prismstandard.org/namespaces/1.2/basic/": "prism",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
        "http://www.w3.org/2000/01/rdf-schema#": "rdfs",
        "http://purl.org/rss/1.0/modules/reference/": "ref",
        "http://purl.org/rss/1.0/modules/richequiv/": "reqv",
        "http://purl.org/rss/1.0/modules/search/": "search",
        "http://purl.org/rss/1.0/modules/slash/": "slash",
        "http://schemas.xmlsoap.org/soap/envelope/": "soap",
        "http://purl.org/rss/1.0/modules/servicestatus/": "ss",
        "http://hacks.benhammersley.com/rss/streaming/": "str",
        "http://purl.org/rss/1.0/modules/subscription/": "sub",
        "http://purl.org/rss/1.0/modules/syndication/": "sy",
        "http://schemas.pocketsoap.com/rss/myDescModule/": "szf",
        "http://purl.org/rss/1.0/modules/taxonomy/": "taxo",
        "http://purl.org/rss/1.0/modules/threading/": "thr",
        "http://purl.org/rss/1.0/modules/textinput/": "ti",
        "http://madskills.com/public/xml/rss/module/trackback/": "trackback",
        "http://wellformedweb.org/commentAPI/": "wfw",
        "http://purl.org/rss/1.0/modules/wiki/": "wiki",
        "http://www.w3.org/1999/xhtml": "xhtml",
        "http://www.w3.org/1999/xlink": "xlink",
        "http://www.w3.org/XML/1998/namespace": "xml",
        "http://podlove.org/simple-chapters": "psc",
    }.items()
}
CANONICAL_PREFIXES = frozenset(p.lower() for p in KNOWN_NAMESPACES.values() if p)


class Kind(Enum):
    """What feedparser does with an element, as far as the monitor's fields are concerned."""

    TITLE = "title"
    LINK = "link"
    SUMMARY = "summary"  # a description or summary: the entry's summary, with its type
    CONTENT = "content"  # full text: the summary only when there is none
    ID = "id"
    PUBLISHED = "published"
    UPDATED = "updated"
    CREATED = "created"
    LANGUAGE = "language"
    SOURCE = "source"  # another feed's data: nothing inside reaches the entry
    IMAGE = "image"  # the feed's image and text input: titles inside belong to them
    ITEM = "item"  # an entry
    STRUCTURE = "structure"  # rss, channel, feed: only where a document's shape puts them


# Handlers whose effects stay in fields the monitor never reads (authors, tags, media,
# enclosures, geography, rights...), wherever the element sits.
HARMLESS = frozenset(
    {
        "author", "category", "cc_license", "cloud", "contributor", "copyright",
        "creativeCommons_license", "creativecommons_license", "dc_author", "dc_contributor",
        "dc_creator", "dc_publisher", "dc_rights", "dc_subject", "dcterms_valid", "email",
        "enclosure", "expirationdate", "feedburner_browserfriendly", "generator", "geom",
        "georss_box", "georss_line", "georss_point", "georss_polygon", "georss_where",
        "georssgeom", "gml_exterior", "gml_linearring", "gml_linestring", "gml_point",
        "gml_polygon", "gml_pos", "gml_poslist", "height", "homepage", "info", "itunes_author",
        "itunes_block", "itunes_category", "itunes_email", "itunes_explicit", "itunes_image",
        "itunes_keywords", "itunes_name", "itunes_owner", "itunes_subtitle", "keywords",
        "managingeditor", "media_category", "media_content", "media_credit", "media_group",
        "media_keywords", "media_license", "media_player", "media_rating", "media_restriction",
        "media_thumbnail", "name", "newlocation", "psc_chapter", "psc_chapters", "rights",
        "subtitle", "tagline", "tags", "textInput", "uri", "url", "webmaster", "where", "width",
    }
)  # fmt: skip

# Elements of an entry that reach its fields; every other feedparser handler is HARMLESS or
# sends the document to feedparser ("body" and "xhtml_body" are XHTML, "itunes_link" leaves
# feedparser's element stack unbalanced).
ENTRY_KINDS: dict[str, tuple[Kind, str]] = {
    # name -> (kind, the content type feedparser assumes when there is no type attribute)
    "title": (Kind.TITLE, "text/plain"),
    "dc_title": (Kind.TITLE, "text/plain"),
    "media_title": (Kind.TITLE, "text/plain"),
    "link": (Kind.LINK, ""),
    "description": (Kind.SUMMARY, "text/html"),
    "dc_description": (Kind.SUMMARY, "text/html"),
    "media_description": (Kind.SUMMARY, "text/html"),
    "summary": (Kind.SUMMARY, "text/plain"),
    "itunes_summary": (Kind.SUMMARY, "text/plain"),
    "abstract": (Kind.SUMMARY, "text/plain"),
    "content": (Kind.CONTENT, "text/plain"),
    "content_encoded": (Kind.CONTENT, "text/html"),
    "fullitem": (Kind.CONTENT, "text/html"),
    "guid": (Kind.ID, ""),
    "id": (Kind.ID, ""),
    "pubdate": (Kind.PUBLISHED, ""),
    "published": (Kind.PUBLISHED, ""),
    "issued": (Kind.PUBLISHED, ""),
    "dcterms_issued": (Kind.PUBLISHED, ""),
    "updated": (Kind.UPDATED, ""),
    "modified": (Kind.UPDATED, ""),
    "lastbuilddate": (Kind.UPDATED, ""),
    "dc_date": (Kind.UPDATED, ""),
    "dcterms_modified": (Kind.UPDATED, ""),
    "created": (Kind.CREATED, ""),
    "dcterms_created": (Kind.CREATED, ""),
    "language": (Kind.LANGUAGE, ""),
    "dc_language": (Kind.LANGUAGE, ""),
    "source": (Kind.SOURCE, ""),
    "image": (Kind.IMAGE, ""),
    "textinput": (Kind.IMAGE, ""),
    "item": (Kind.ITEM, ""),
    "entry": (Kind.ITEM, ""),
    "rss": (Kind.STRUCTURE, ""),
    "channel": (Kind.STRUCTURE, ""),
    "feed": (Kind.STRUCTURE, ""),
}
# At the feed's level only titles, languages, entries and images matter (and full text or a
# source there is too odd to read fast); links, ids, dates and descriptions there describe the
# feed and change nothing the monitor keeps.
FEED_KINDS = frozenset(
    {Kind.TITLE, Kind.LANGUAGE, Kind.ITEM, Kind.IMAGE, Kind.STRUCTURE, Kind.SOURCE, Kind.CONTENT}
)
# Handlers the fast path never accepts, wherever they sit.
UNSUPPORTED = frozenset({"body", "xhtml_body", "itunes_link"})

# Elements with no handler are stored under their own name (`entry["thr_total"]`); one named
# like a field the monitor reads would overwrite it.
PROTECTED = frozenset(
    {
        "content", "created_parsed", "guidislink", "id", "language", "link", "links",
        "published_parsed", "summary", "summary_detail", "title", "title_detail",
        "updated_parsed",
    }
)  # fmt: skip

# feedparser's `_HTMLSanitizer.acceptable_elements`: a "text/plain" value of an RSS feed that
# has a closing tag or an entity is taken for HTML only when all its tags are among these.
ACCEPTABLE_ELEMENTS = frozenset(
    {
        "a", "abbr", "acronym", "address", "area", "article", "aside", "audio", "b", "big",
        "blockquote", "br", "button", "canvas", "caption", "center", "cite", "code", "col",
        "colgroup", "command", "datagrid", "datalist", "dd", "del", "details", "dfn", "dialog",
        "dir", "div", "dl", "dt", "em", "event-source", "fieldset", "figcaption", "figure",
        "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i",
        "img", "input", "ins", "kbd", "keygen", "label", "legend", "li", "m", "map", "menu",
        "meter", "multicol", "nav", "nextid", "noscript", "ol", "optgroup", "option", "output",
        "p", "pre", "progress", "q", "s", "samp", "section", "select", "small", "sound",
        "source", "spacer", "span", "strike", "strong", "sub", "sup", "table", "tbody", "td",
        "textarea", "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul", "var", "video",
    }
)  # fmt: skip
