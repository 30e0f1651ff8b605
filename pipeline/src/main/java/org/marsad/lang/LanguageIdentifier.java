package org.marsad.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.marsad.document.Document;
import org.marsad.document.Layer;
import org.marsad.pipeline.Annotator;

/**
 * The language of a document, as an ISO 639-1 code where one exists ("ar", "en"), else the
 * ISO 639-3 code the model gives. Uses OpenNLP's language detector (langdetect-183, 103
 * languages, from the opennlp-models-langdetect artifact). The model is unreliable on short texts
 * such as headlines, and takes short Arabic for Persian or Urdu, so a short text written mostly in
 * Arabic script is Arabic: the corpus is Arabic news, and a wrong "fa" would drop the text unannotated.
 */
public final class LanguageIdentifier implements Annotator {
    public static final String ARABIC = Annotator.ARABIC;
    /** The ISO 639-2 code for "no linguistic content": a text without a letter (empty, digits, punctuation). */
    public static final String NO_LANGUAGE = "zxx";
    private static final String MODEL = "/langdetect-183.bin";
    /** Characters the detector reads: the start of a long document tells its language. */
    private static final int SAMPLE = 4000;
    private static final int SHORT = 300;
    private static final Set<String> ARABIC_CODES = Set.of("ara", "arb", "arz", "apc", "ary", "acm");
    private static final Map<String, String> ISO_639_1 = iso6391();

    /**
     * Letters Persian, Urdu and other languages written in Arabic script use and Arabic does not
     * (پ چ ژ گ ک ی ے ٹ ڈ ڑ ں ھ ۀ): a text in Arabic script without them is Arabic, and the
     * statistical detector, which costs more than the rest of a short document's analysis and
     * whose model takes a second to load, is only asked about the others.
     */
    private static final String NON_ARABIC_LETTERS = "پچژگکیےٹڈڑںھۀ";
    private static final double ARABIC_SCRIPT_SHARE = 0.8;

    // The detector keeps no state between calls, but is not documented thread-safe: one per thread is cheap.
    private final ThreadLocal<LanguageDetectorME> detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(Model.INSTANCE));

    /** The detector's model, loaded on first use (holder idiom: thread-safe and lazy). */
    private static final class Model {
        static final LanguageDetectorModel INSTANCE = load();

        private static LanguageDetectorModel load() {
            try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("language model " + MODEL + " is not on the classpath");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public String name() {
        return "langid";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.LANGUAGE);
    }

    /** Reads every language: it is what tells the others which documents are theirs. */
    @Override
    public Set<String> languages() {
        return Set.of();
    }

    /** The document with its language identified, unless whoever made it gave its language. */
    @Override
    public Document annotate(Document document) {
        return document.has(Layer.LANGUAGE) ? document : document.withLang(identify(document.text()));
    }

    public String identify(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        long letters = 0;
        long arabic = 0;
        long nonArabic = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
                    arabic++;
                    nonArabic += NON_ARABIC_LETTERS.indexOf(c) >= 0 ? 1 : 0;
                }
            }
        }
        boolean arabicScript = letters < SHORT ? arabic * 2 >= letters : arabic >= ARABIC_SCRIPT_SHARE * letters;
        if (letters == 0) {
            return NO_LANGUAGE;
        }
        if (arabicScript && nonArabic == 0) {
            return ARABIC;
        }
        String code = detector.get().predictLanguage(sample).getLang();
        return ARABIC_CODES.contains(code) ? ARABIC : ISO_639_1.getOrDefault(code, code);
    }

    private static Map<String, String> iso6391() {
        Map<String, String> map = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            map.put(Locale.forLanguageTag(two).getISO3Language(), two);
        }
        // Codes of individual languages the model uses where ISO 639-1 names the macrolanguage.
        map.putAll(Map.of("pes", "fa", "cmn", "zh", "zsm", "ms", "nob", "nb", "ekk", "et", "lvs", "lv", "swh", "sw"));
        return Map.copyOf(map);
    }
}
