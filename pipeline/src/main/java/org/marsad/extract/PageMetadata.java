package org.marsad.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's markup says about its article: JSON-LD (schema.org {@code NewsArticle} and kin),
 * Open Graph and article meta tags, {@code <time datetime>}, the canonical link and
 * {@code <html lang>}. Publication times are listed most trusted first; modification times are
 * never read, so that an update is never taken for the publication.
 */
record PageMetadata(String title, String publisher, String author, String section, String url, String lang,
                    List<Stamp> published) {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonParser.Feature.ALLOW_COMMENTS).build();
    /** Meta tags of the publication time, most used first; none of them is a modification time. */
    private static final List<String> PUBLISHED_META = List.of("article:published_time", "og:published_time", "pubdate",
            "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.created",
            "sailthru.date", "parsely-pub-date", "datepublished");

    /** Properties of RDFa and microdata that give the publication time in a {@code content} attribute. */
    private static final List<String> PUBLISHED_PROPERTIES = List.of("dc:date", "dc:created", "dcterms:issued", "schema:datePublished");

    /** Reads the page's metadata in one pass over its elements. */
    static PageMetadata read(Document doc) {
        Map<String, List<String>> tags = new HashMap<>();
        List<JsonNode> ldObjects = new ArrayList<>();
        List<Stamp> marked = new ArrayList<>();
        List<Stamp> times = new ArrayList<>();
        String canonical = null;
        String linkedAuthor = null;
        for (Element e : doc.getAllElements()) {
            switch (e.normalName()) {
                case "meta" -> metaTag(e, tags);
                case "script" -> jsonLd(e, ldObjects);
                case "link" -> canonical = canonical == null && e.attr("rel").equalsIgnoreCase("canonical") && !e.attr("href").isBlank()
                        ? e.attr("href").strip() : canonical;
                default -> {
                    // RDFa and microdata on any element (<span property="dc:date" content="2019-02-08T00:00:00+01:00">), then <time>.
                    if (e.hasAttr("content") && (PUBLISHED_PROPERTIES.contains(e.attr("property")) || e.attr("itemprop").equals("datePublished"))) {
                        Stamp.parse(e.attr("content")).ifPresent(marked::add);
                    }
                    if (e.hasAttr("datetime") && (e.normalName().equals("time") || e.attr("itemprop").equals("datePublished"))
                            && !Furniture.classAndId(e).matches(".*(updat|modif).*")) {
                        Stamp.parse(e.attr("datetime")).ifPresent(times::add);
                    }
                    if (linkedAuthor == null && (e.attr("rel").equals("author") || e.attr("itemprop").equals("author"))) {
                        Element name = e.attr("itemprop").equals("author") ? e.selectFirst("[itemprop=name]") : e;
                        linkedAuthor = name == null ? null : name.text().strip();
                    }
                }
            }
        }
        Map<String, String> ld = articleFields(ldObjects);
        java.util.function.Function<String, String> meta = key -> tags.getOrDefault(key, List.of()).stream().findFirst().orElse(null);
        List<Stamp> published = new ArrayList<>();
        Stamp.parse(ld.get("datePublished")).ifPresent(published::add);
        PUBLISHED_META.stream().map(meta).forEach(v -> Stamp.parse(v).ifPresent(published::add));
        published.addAll(marked);
        published.addAll(times);
        String title = firstNonBlank(meta.apply("og:title"), meta.apply("twitter:title"), ld.get("headline"), doc.title());
        String url = firstNonBlank(canonical, meta.apply("og:url"), doc.location());
        // A declared name first, then the list of sites, then a site's code ("alyaum") rather than nothing.
        List<String> declared = new ArrayList<>();
        Stream.ofNullable(ld.get("publisher")).forEach(declared::add);
        declared.addAll(tags.getOrDefault("og:site_name", List.of()));
        String publisher = Stream.of(declared.stream().filter(n -> !SiteNames.isHostWord(n, url)), SiteNames.of(url).stream(),
                        tags.getOrDefault("application-name", List.of()).stream().filter(n -> !SiteNames.isHostWord(n, url)),
                        declared.stream()).flatMap(s -> s)
                .filter(PageMetadata::isName).findFirst().orElse(null);
        String author = Stream.of(ld.get("author"), meta.apply("author"), meta.apply("article:author"), linkedAuthor)
                .filter(PageMetadata::isName).findFirst().orElse(null);
        String section = firstNonBlank(meta.apply("article:section"), ld.get("articleSection"));
        Element html = doc.selectFirst("html");
        String lang = firstNonBlank(html == null ? null : html.attr("lang"), meta.apply("content-language"));
        return new PageMetadata(title, publisher, author, section, firstNonBlank(canonical, meta.apply("og:url")), lang,
                List.copyOf(published));
    }

    /** A meta tag by its property, name, itemprop or http-equiv (lower case), when it has content. */
    private static void metaTag(Element m, Map<String, List<String>> tags) {
        String content = m.attr("content").strip();
        if (content.isEmpty()) {
            return;
        }
        for (String key : new String[] {"property", "name", "itemprop", "http-equiv"}) {
            if (m.hasAttr(key)) {
                tags.computeIfAbsent(m.attr(key).strip().toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(content);
            }
        }
    }

    /** The objects of a JSON-LD script. A page's broken JSON-LD is common and says nothing; the meta tags remain. */
    private static void jsonLd(Element script, List<JsonNode> objects) {
        if (script.attr("type").equalsIgnoreCase("application/ld+json")) {
            try {
                collect(JSON.readTree(script.data()), objects);
            } catch (IOException malformed) {
                return;
            }
        }
    }

    /** A name, not a URL, an e-mail or an empty string. */
    private static boolean isName(String value) {
        return value != null && !value.isBlank() && !value.matches("(?i)\\s*(https?:|www\\.|/).*") && !value.contains("@");
    }

    /**
     * The article fields of the page's JSON-LD: the first object that has a {@code datePublished}
     * or {@code headline}, searched through {@code @graph}s and arrays; a publisher or author
     * given by {@code @id} alone is looked up in the page's other objects.
     */
    private static Map<String, String> articleFields(List<JsonNode> objects) {
        Map<String, JsonNode> byId = new HashMap<>();
        objects.stream().filter(o -> o.hasNonNull("@id")).forEach(o -> byId.putIfAbsent(o.get("@id").asText(), o));
        Map<String, String> fields = new HashMap<>();
        Optional<JsonNode> article = objects.stream().filter(o -> o.hasNonNull("datePublished") || o.hasNonNull("headline")).findFirst();
        article.ifPresent(a -> {
            put(fields, "datePublished", a.path("datePublished").asText(null));
            put(fields, "headline", a.path("headline").asText(null));
            put(fields, "articleSection", first(a.path("articleSection")).asText(null));
            put(fields, "publisher", name(first(a.path("publisher")), byId));
            put(fields, "author", name(first(a.path("author")), byId));
        });
        return fields;
    }

    private static void collect(JsonNode node, List<JsonNode> objects) {
        if (node.isArray()) {
            node.forEach(n -> collect(n, objects));
        } else if (node.isObject()) {
            objects.add(node);
            if (node.has("@graph")) {
                collect(node.get("@graph"), objects);
            }
        }
    }

    private static JsonNode first(JsonNode node) {
        return node.isArray() && !node.isEmpty() ? node.get(0) : node;
    }

    private static String name(JsonNode node, Map<String, JsonNode> byId) {
        if (node.isTextual()) {
            return node.asText();
        }
        JsonNode named = node.hasNonNull("name") ? node : byId.getOrDefault(node.path("@id").asText(""), node);
        return named.path("name").isTextual() ? named.path("name").asText() : null;
    }

    private static void put(Map<String, String> fields, String key, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(key, value.strip());
        }
    }

    private static String firstNonBlank(String... values) {
        return Stream.of(values).filter(v -> v != null && !v.isBlank()).map(String::strip).findFirst().orElse(null);
    }
}
