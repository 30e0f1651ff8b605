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

/**
 * The language of a document, as an ISO 639-1 code where one exists ("ar", "en"), else the
 * ISO 639-3 code the model gives. Uses OpenNLP's language detector (langdetect-183, 103
 * languages, from the opennlp-models-langdetect artifact). The model is unreliable on short texts
 * such as headlines, and takes short Arabic for Persian or Urdu, so a short text written mostly in
 * Arabic script is Arabic: the corpus is Arabic news, and a wrong "fa" would drop the text unannotated.
 */
public final class LanguageIdentifier {
    public static final String ARABIC = "ar";
    private static final String MODEL = "/langdetect-183.bin";
    /** Characters the detector reads: the start of a long document tells its language. */
    private static final int SAMPLE = 4000;
    private static final int SHORT = 300;
    private static final Set<String> ARABIC_CODES = Set.of("ara", "arb", "arz", "apc", "ary", "acm");
    private static final Map<String, String> ISO_639_1 = iso6391();

    private final LanguageDetectorModel model;
    // The detector keeps no state between calls, but is not documented thread-safe: one per thread is cheap.
    private final ThreadLocal<LanguageDetectorME> detector;

    public LanguageIdentifier() {
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("language model " + MODEL + " is not on the classpath");
            }
            this.model = new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
    }

    public String identify(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        long letters = sample.codePoints().filter(Character::isLetter).count();
        long arabic = sample.codePoints().filter(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC).count();
        if (letters == 0 || (letters < SHORT && arabic * 2 >= letters)) {
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
