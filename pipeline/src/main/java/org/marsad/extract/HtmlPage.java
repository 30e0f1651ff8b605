package org.marsad.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.marsad.arabic.ArabicText;
import org.marsad.document.Block;

/**
 * An HTML page read as a news article: its metadata ({@link PageMetadata}, the visible date line,
 * the byline), and its article ({@link MainContent}) as blocks with their roles, once furniture is
 * gone: scripts, navigation, forms, and the blocks whose class or id says they are comments,
 * sharing buttons, related articles, tags, newsletters or advertising. A page that is a list of
 * headlines gives its headlines instead of an article. {@code textChars} counts the page's
 * visible characters, spaces aside, for the account of what extraction left out.
 */
public record HtmlPage(String title, String publisher, String author, String section, String url, String lang,
                       LocalDate date, List<PageLayout.Part> body, List<String> headlines, long textChars) {
    /** A lead is running text of at least this many words between the title and the body. */
    private static final int LEAD_WORDS = 10;
    /** A byline ("كتبت أسماء نصار") is short and among the first lines of the body, if not above it. */
    private static final int BYLINE_WORDS = 6;
    private static final int BYLINE_LINES = 3;
    /** Where no title line is found, the date line is looked for this many lines above the body (and no lead). */
    private static final int HEADER_LINES = 10;
    private static final Pattern UPDATED = Pattern.compile("(اخر تحديث|تم التحديث|تحديث|محدث|updated|modified).*", Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHOR = Pattern.compile("^(?:كتبت|كتب|بقلم|حوار|اعداد|تقرير|تحرير|بواسطه)(?:\\s*[:：]\\s*|\\s+)(?<name>[^:：]{2,40})$");
    private static final Pattern CREDIT = Pattern.compile("^(©.*|[-–—\\s]*\\(\\s*[^()]{1,25}\\)\\s*)$");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?=[/-]|$)");
    private static final int HEADLINE_MIN_WORDS = 4;
    private static final int HEADLINE_MAX_WORDS = 30;

    public static HtmlPage parse(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        PageMetadata meta = PageMetadata.read(doc);
        long pageChars = visibleChars(doc.body());
        Furniture.remove(doc);
        List<HtmlLines.Line> lines = HtmlLines.of(doc.body());
        MainContent.Found found = MainContent.find(lines, doc.body());
        int titleAt = Titles.titleLine(lines, meta.title(), doc.title());
        String title = titleAt >= 0 ? lines.get(titleAt).text() : Titles.withoutSiteName(meta.title(), meta.publisher());
        if (found.headlineList()) {
            return new HtmlPage(title, meta.publisher(), meta.author(), meta.section(), meta.url(), null, null, List.of(),
                    headlines(doc), pageChars);
        }
        int bodyFrom = found.body().isEmpty() ? lines.size() : found.body().get(0).index();
        List<HtmlLines.Line> header = titleAt >= 0 && titleAt < bodyFrom ? lines.subList(titleAt + 1, bodyFrom)
                : lines.subList(Math.max(0, bodyFrom - HEADER_LINES), bodyFrom);
        String author = isSiteName(meta.author(), meta.publisher(), meta.url() != null ? meta.url() : baseUri) ? null : meta.author();
        List<PageLayout.Part> body = new ArrayList<>();
        LocalDate visible = null;
        List<HtmlLines.Line> article = new ArrayList<>(header);
        article.addAll(found.body());
        for (int i = 0; i < article.size(); i++) {
            HtmlLines.Line line = article.get(i);
            String key = ArabicText.key(line.text());
            boolean inHeader = i < header.size();
            // Bylines sit between the title and the body or open the body; a dateline may also close it.
            Matcher byline = AUTHOR.matcher(key);
            boolean isByline = byline.matches() && line.words() <= BYLINE_WORDS && i < header.size() + BYLINE_LINES;
            Optional<LocalDate> dated = inHeader || Dates.isDateLine(line.text()) ? dateLine(line.text()) : Optional.empty();
            if (dated.isPresent() || isByline) {
                visible = visible == null ? dated.orElse(null) : visible;
                author = author == null && isByline ? line.text().substring(line.text().length() - byline.group("name").length()) : author;
                continue;
            }
            if (Titles.words(line.text()).equals(Titles.words(title == null ? "" : title)) || Boilerplate.matches(line.text())
                    || CREDIT.matcher(line.text().strip()).matches()
                    || inHeader && (titleAt < 0 || line.words() < LEAD_WORDS || line.linkDensity() > 0
                    || line.hint() == PageLine.Hint.CAPTION)) {
                continue;
            }
            HtmlLines.Line next = i + 1 < article.size() ? article.get(i + 1) : null;
            body.add(new PageLayout.Part(line.text(), inHeader ? Block.Role.LEAD : role(line, next)));
        }
        LocalDate date = publicationDate(meta.published(), visible, meta.url() != null ? meta.url() : baseUri);
        return new HtmlPage(title, meta.publisher(), author, meta.section(), meta.url(), language(meta.lang(), body),
                date, List.copyOf(body), List.of(), pageChars);
    }

    /** The characters of an element's text, spaces aside (scripts and styles are data, not text). */
    private static long visibleChars(Element root) {
        long[] chars = {0};
        root.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                String s = text.getWholeText();
                for (int i = 0; i < s.length(); i++) {
                    chars[0] += PageLayout.isSpace(s.charAt(i)) ? 0 : 1;
                }
            }
        });
        return chars[0];
    }

    /** A line's role from its markup; a short line without final punctuation before a longer one is a heading. */
    private static Block.Role role(HtmlLines.Line line, HtmlLines.Line next) {
        return switch (line.hint()) {
            case TITLE, HEADING -> Block.Role.HEADING;
            case QUOTE -> Block.Role.QUOTE;
            case LIST -> Block.Role.LIST;
            case CAPTION -> Block.Role.CAPTION;
            case NONE -> next != null && PageLayout.isHeading(PageLine.plain(line.text()), PageLine.plain(next.text()))
                    ? Block.Role.HEADING : Block.Role.PARAGRAPH;
        };
    }

    /** An "author" that is the site itself: its publisher's name, or a word of its host name ("akhbarelyom"). */
    private static boolean isSiteName(String author, String publisher, String url) {
        return author != null && (author.strip().equalsIgnoreCase(publisher == null ? "" : publisher.strip())
                || SiteNames.isHostWord(author, url));
    }

    /** The date a dateline states, read before any "updated" part of the line. */
    private static Optional<LocalDate> dateLine(String text) {
        String published = UPDATED.matcher(ArabicText.key(text)).replaceFirst("");
        if (published.isBlank() || PageLine.words(published) > 16) {
            return Optional.empty();
        }
        return Byline.parse(published).map(Byline::date).or(() -> Dates.find(published));
    }

    /**
     * The publication date: the markup's first, most trusted, stamp, in the page's own time zone. A
     * stamp in UTC may fall a day before or after the page's date, so where the page gives the same
     * moment with its own offset, or states a date one day off in its text, that date wins. Without
     * a stamp, the visible date line, then a date in the URL ("/story/2020/8/24/").
     */
    static LocalDate publicationDate(List<Stamp> stamps, LocalDate visible, String url) {
        if (!stamps.isEmpty()) {
            Stamp first = stamps.get(0);
            if (first.utc()) {
                Optional<LocalDate> local = stamps.stream().filter(s -> !s.utc() && nextTo(s.date(), first.date()))
                        .map(Stamp::date).findFirst();
                if (local.isPresent()) {
                    return local.get();
                }
                if (visible != null && nextTo(visible, first.date())) {
                    return visible;
                }
            }
            return first.date();
        }
        if (visible != null) {
            return visible;
        }
        Matcher m = url == null ? null : URL_DATE.matcher(url);
        return m != null && m.find() ? Dates.find(m.group(1) + "-" + m.group(2) + "-" + m.group(3)).orElse(null) : null;
    }

    private static boolean nextTo(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay()) == 1;
    }

    /**
     * The page's declared language, primary subtag, when its text agrees: a page marked Arabic whose
     * text is mostly Latin letters (an English edition on an Arabic template) is left to language
     * identification.
     */
    private static String language(String declared, List<PageLayout.Part> body) {
        if (declared == null || body.isEmpty()) {
            return null;
        }
        String lang = declared.split("[-_]")[0].toLowerCase(Locale.ROOT);
        long letters = 0;
        long arabic = 0;
        for (PageLayout.Part part : body) {
            for (int i = 0; i < part.text().length(); i++) {
                char c = part.text().charAt(i);
                letters += Character.isLetter(c) ? 1 : 0;
                arabic += ArabicText.isArabicLetter(c) ? 1 : 0;
            }
        }
        boolean arabicText = letters > 0 && arabic * 2 > letters;
        return lang.equals("ar") == arabicText && lang.matches("[a-z]{2,3}") ? lang : null;
    }

    /** The distinct headline links of a list page, in page order. */
    private static List<String> headlines(Document doc) {
        Set<String> headlines = new LinkedHashSet<>();
        for (Element link : doc.body().select("a")) {
            String text = PageLayout.clean(link.text());
            int words = PageLine.words(text);
            if (words >= HEADLINE_MIN_WORDS && words <= HEADLINE_MAX_WORDS && !Boilerplate.matches(text)) {
                headlines.add(text);
            }
        }
        return List.copyOf(headlines);
    }
}
