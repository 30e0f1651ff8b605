package org.marsad.eval;

import java.util.Locale;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.marsad.document.Document;
import org.marsad.document.Kind;
import org.marsad.extract.ArticleExtractor;
import org.marsad.read.Page;

/** The extractors {@code evaluate extraction} and {@code bench-extraction} compare. */
public enum PageExtractors {
    /** Marsad's own extract stage. */
    MARSAD {
        private final ArticleExtractor extractor = new ArticleExtractor();

        @Override
        public ExtractionEvaluation.Extracted extract(String html) {
            // The article's text begins with its title block, so the title is not added again.
            return extractor.extract(Page.html(html)).stream().filter(d -> d.kind() == Kind.ARTICLE).findFirst()
                    .map(d -> new ExtractionEvaluation.Extracted(null, d.text(), d.published()))
                    .orElse(new ExtractionEvaluation.Extracted(null, "", null));
        }
    },
    /** Readability4J, Mozilla Readability's Java port: title and text content; it finds no dates. */
    READABILITY4J {
        @Override
        public ExtractionEvaluation.Extracted extract(String html) {
            Article article = new Readability4J("https://example.org/", html).parse();
            return new ExtractionEvaluation.Extracted(article.getTitle(), article.getTextContent(), null);
        }
    };

    public abstract ExtractionEvaluation.Extracted extract(String html);

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
