package org.marsad.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.document.Block;
import org.marsad.document.Document;
import org.marsad.document.Kind;
import org.marsad.document.Layer;
import org.marsad.document.Source;
import org.marsad.document.Span;
import org.marsad.pipeline.Extractor;
import org.marsad.read.Page;

/**
 * Turns a page into documents: the article (title, publisher, date and body blocks, with
 * boilerplate dropped) and one document per distinct headline of the page's ticker. A JSONL
 * document is taken verbatim: its text is exactly the input text.
 */
public final class ArticleExtractor implements Extractor {
    /** Blocks of an article's text are separated by a blank line. */
    static final String BLOCK_SEPARATOR = "\n\n";

    @Override
    public String name() {
        return "extract";
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.BLOCKS);
    }

    @Override
    public List<Document> extract(Page page) {
        return switch (page.format()) {
            case DOCUMENT -> page.content().isBlank() ? List.of() : List.of(Document.builder(page.content())
                    .id(page.id()).source(page.source()).title(page.title()).published(fallbackDate(page)).build());
            case TEXT -> accounted(documents(page.id(), page.source(), PageLayout.analyse(
                    Arrays.stream(page.content().split("\\R")).map(PageLine::plain).toList()), fallbackDate(page)),
                    nonSpace(page.content()));
            case HTML -> {
                HtmlPage html = HtmlPage.parse(page.content(), page.source().url());
                // A crawl's own record of the URL fetched (WARC) wins over the page's claim.
                Source source = html.url() == null || page.source().url() != null ? page.source()
                        : new Source(page.source().path(), html.url(), page.source().publisher());
                yield accounted(htmlDocuments(page.id(), source, html, fallbackDate(page)), html.textChars());
            }
        };
    }

    /**
     * Records on the page's first document how much of the page's text (HTML: its text lines,
     * markup aside) is in none of its documents: boilerplate, the byline, repeated lines and
     * headlines, lines before the title. Counted without spaces, which the layout re-spaces.
     * Extraction drops text on purpose; a record says how much, so that none goes silently.
     */
    private static List<Document> accounted(List<Document> documents, long pageChars) {
        if (documents.isEmpty()) {
            return documents;
        }
        long kept = documents.stream().mapToLong(d -> nonSpace(d.text())).sum();
        List<Document> accounted = new ArrayList<>(documents);
        accounted.set(0, documents.get(0).withDroppedChars(Math.max(0, pageChars - kept)));
        return accounted;
    }

    private static long nonSpace(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += PageLayout.isSpace(text.charAt(i)) ? 0 : 1;
        }
        return n;
    }

    /** A page's date from outside the page (a WARC record's capture date), used when the page gives none. */
    private static LocalDate fallbackDate(Page page) {
        return page.date() == null ? null : Dates.find(page.date()).orElse(null);
    }

    /** The article of an HTML page (title, then its blocks), or the headlines of a headline list. */
    private static List<Document> htmlDocuments(String id, Source source, HtmlPage html, LocalDate fallbackDate) {
        List<Document> documents = new ArrayList<>();
        if (!html.body().isEmpty() || html.title() != null && html.headlines().isEmpty()) {
            List<PageLayout.Part> parts = new ArrayList<>();
            if (html.title() != null) {
                parts.add(new PageLayout.Part(html.title(), Block.Role.TITLE));
            }
            parts.addAll(html.body());
            Source withPublisher = html.publisher() == null ? source : source.withPublisher(html.publisher());
            documents.add(assemble(id, Kind.ARTICLE, null, withPublisher, html.title(),
                    html.date() != null ? html.date() : fallbackDate, parts)
                    .author(html.author()).section(html.section()).lang(html.lang()).build());
        }
        headlineDocuments(id, source, html.headlines(), documents);
        return documents;
    }

    /** The article and headline documents of a laid-out text page. */
    private static List<Document> documents(String id, Source source, PageLayout.Layout layout, LocalDate fallbackDate) {
        String title = layout.title();
        String publisher = layout.publisher();
        LocalDate date = layout.date() != null ? layout.date() : fallbackDate;
        Source withPublisher = publisher == null ? source : source.withPublisher(publisher);

        List<PageLayout.Part> parts = new ArrayList<>();
        if (title != null) {
            parts.add(new PageLayout.Part(title, Block.Role.TITLE));
        }
        layout.body().stream().filter(p -> !p.text().equals(title)).forEach(parts::add);

        List<Document> documents = new ArrayList<>();
        if (!parts.isEmpty()) {
            documents.add(assemble(id, Kind.ARTICLE, null, withPublisher, title, date, parts).build());
        }
        headlineDocuments(id, source, layout.headlines(), documents);
        return documents;
    }

    /** One document per headline, named after the page's and pointing to its article. */
    private static void headlineDocuments(String id, Source source, List<String> headlines, List<Document> documents) {
        int n = 0;
        for (String headline : headlines) {
            n++;
            documents.add(assemble(id + "/headline-" + n, Kind.HEADLINE, id, source, headline, null,
                    List.of(new PageLayout.Part(headline, Block.Role.TITLE))).build());
        }
    }

    private static Document.Builder assemble(String id, Kind kind, String parent, Source source, String title, LocalDate date,
                                     List<PageLayout.Part> parts) {
        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>(parts.size());
        for (PageLayout.Part part : parts) {
            if (!text.isEmpty()) {
                text.append(BLOCK_SEPARATOR);
            }
            blocks.add(new Block(new Span(text.length(), text.length() + part.text().length()), part.role()));
            text.append(part.text());
        }
        return Document.builder(text.toString()).id(id).kind(kind).parent(parent).source(source).title(title)
                .published(date).blocks(blocks);
    }
}
