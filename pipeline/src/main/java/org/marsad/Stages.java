package org.marsad;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.marsad.Models.Model;
import org.marsad.extract.ArticleExtractor;
import org.marsad.lang.LanguageIdentifier;
import org.marsad.link.ActorLinker;
import org.marsad.ner.GazetteerNer;
import org.marsad.ner.LearnedEntityFinder;
import org.marsad.ner.OrganizationFinder;
import org.marsad.ner.PersonFinder;
import org.marsad.ner.features.TokenMorphology;
import org.marsad.pipeline.Annotator;
import org.marsad.pipeline.Pipeline;
import org.marsad.quote.QuoteFinder;
import org.marsad.role.RoleFinder;
import org.marsad.segment.CrfSegmenter;
import org.marsad.segment.LexiconSegmenter;
import org.marsad.segment.NameGuard;
import org.marsad.sentence.SentenceSplitter;
import org.marsad.time.TimeFinder;
import org.marsad.tokenize.Tokenizer;

/**
 * Marsad's stages by name, like CoreNLP's {@code annotators} property: {@code
 * tokenize,ssplit,segment,pos,ner,link} names a pipeline. Article extraction and language
 * identification open every pipeline over pages, and are added in front when not named.
 */
public final class Stages {
    /** Marsad's default stages. */
    public static final List<String> DEFAULT = List.of("langid", "tokenize", "ssplit", "segment", "pos", "ner",
            "ner-model", "role", "link", "time", "quote");

    private static final String EXTRACT = "extract";
    private static final String LANGID = "langid";

    /** A stage name: the models its stages read, and how to make them from a pool holding those. */
    private record Entry(String description, Set<Model> models, Function<Models, List<Annotator>> make) {
    }

    private static final Map<String, Entry> ENTRIES = entries();

    private Stages() {
    }

    private static Map<String, Entry> entries() {
        Map<String, Entry> entries = new LinkedHashMap<>();
        entries.put(LANGID, new Entry("language identification (OpenNLP; Arabic script by its letters)",
                Set.of(), models -> List.of(new LanguageIdentifier())));
        entries.put("tokenize", new Entry("tokens", Set.of(), models -> List.of(new Tokenizer())));
        entries.put("ssplit", new Entry("sentences", Set.of(), models -> List.of(new SentenceSplitter())));
        entries.put("segment", new Entry("clitic segments (the CRF's distillation, knowledge-base names kept whole)",
                EnumSet.of(Model.KNOWLEDGE_BASE, Model.SEGMENTATION_LEXICON, Model.CLITIC_MODEL, Model.CONTEXTUAL_SEGMENTER),
                models -> List.of(new LexiconSegmenter(NameGuard.ofWords(models.knowledgeBase().nameWords()),
                        models.segmentationLexicon(), models.cliticModel(), models.contextualSegmenter()))));
        entries.put("segment-crf", new Entry("clitic segments by CoreNLP's CRF (slower; the distillation's teacher)",
                EnumSet.of(Model.KNOWLEDGE_BASE),
                models -> List.of(new CrfSegmenter(NameGuard.ofWords(models.knowledgeBase().nameWords())))));
        entries.put("pos", new Entry("part-of-speech tags (CoreNLP's Arabic tagger, as UPOS)", EnumSet.of(Model.POS_TAGGER),
                models -> List.of(models.posTagger())));
        entries.put("ner", new Entry("names by rule: knowledge-base actors, then unlisted people and organisations",
                EnumSet.of(Model.KNOWLEDGE_BASE), models -> List.of(new GazetteerNer(models.knowledgeBase()),
                        new PersonFinder(models.knowledgeBase()), new OrganizationFinder())));
        entries.put("ner-model", new Entry("names by the learned model (BiLSTM-CRF), where the rules found none",
                EnumSet.of(Model.NER_MODEL), models -> List.of(new LearnedEntityFinder(models.nerModel()))));
        entries.put("role", new Entry("titles before people as their roles", Set.of(), models -> List.of(new RoleFinder())));
        entries.put("link", new Entry("every mention linked to a canonical actor", EnumSet.of(Model.KNOWLEDGE_BASE),
                models -> List.of(new ActorLinker(models.knowledgeBase()))));
        entries.put("time", new Entry("time expressions with ISO 8601 values (relative ones from the publication date)",
                Set.of(), models -> List.of(new TimeFinder())));
        entries.put("quote", new Entry("quotations, direct and indirect, with their cues and speakers", Set.of(),
                models -> List.of(new QuoteFinder())));
        // Off by default (not in DEFAULT), like parse: the entity pipeline reads neither.
        entries.put("morph", new Entry("Universal Dependencies UPOS and features (OpenNLP tagger trained on UD Arabic-PADT); off by default",
                EnumSet.of(Model.MORPH_TAGGER), models -> List.of(models.morphTagger())));
        // Off by default (not in DEFAULT): the entity pipeline does not read the parse.
        entries.put("parse", new Entry("a Universal Dependencies parse (CoreNLP's nndep trained on UD Arabic-PADT); off by default",
                EnumSet.of(Model.DEPENDENCY_PARSER), models -> List.of(models.dependencyParser())));
        return Collections.unmodifiableMap(entries);
    }

    /** Every stage name, in pipeline order, with what it adds: for help texts. */
    public static Map<String, String> descriptions() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(EXTRACT, "article extraction from pages (added in front when not named)");
        ENTRIES.forEach((name, entry) -> all.put(name, entry.description()));
        return all;
    }

    /**
     * The segmentation and POS the NER model reads of pre-tokenized sentences, by the {@code
     * segment} and {@code pos} stages: what evaluating, training and timing the model need.
     */
    public static TokenMorphology morphology(Models pool) {
        List<Annotator> stages = annotators(List.of("segment", "pos"), pool);
        return new TokenMorphology(stages.get(0), stages.get(1));
    }

    /** Stage names from a comma-separated list ({@code "tokenize, ssplit,pos"}). */
    public static List<String> parse(String names) {
        return Arrays.stream(names.split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    /**
     * A pipeline over pages: extraction and language identification, then the named stages in
     * order, made from the models of {@code pool} (loaded in parallel).
     *
     * @throws IllegalArgumentException for an unknown name, a name given twice, or an order the
     *                                  stages' requirements refuse; the message says which and why
     */
    public static Pipeline pipeline(List<String> names, Models pool) {
        return Pipeline.of(new ArticleExtractor(), annotators(afterExtraction(names), pool));
    }

    /**
     * Checks the names of a pipeline over pages before any model loads (the order is checked
     * once the stages are made).
     *
     * @throws IllegalArgumentException for an unknown name, a name given twice, or extract not first
     */
    public static void validate(List<String> names) {
        afterExtraction(names);
    }

    /**
     * The annotators of the named stages, in order, made from the models of {@code pool} (loaded
     * in parallel): for a pipeline over documents that already hold some layers, such as gold data.
     *
     * @throws IllegalArgumentException for an unknown name or a name given twice
     */
    public static List<Annotator> annotators(List<String> stages, Models pool) {
        checkNames(stages);
        pool.preload(stages.stream().flatMap(name -> ENTRIES.get(name).models().stream()).collect(Collectors.toSet()));
        return stages.stream().flatMap(name -> ENTRIES.get(name).make().apply(pool).stream()).toList();
    }

    /** The document stages of a pipeline over pages: extract (named first or not at all) aside, langid in front. */
    private static List<String> afterExtraction(List<String> names) {
        if (names.indexOf(EXTRACT) > 0) {
            throw new IllegalArgumentException("stage 'extract' opens a pipeline over pages: name it first, or leave it out");
        }
        List<String> stages = new ArrayList<>(names);
        stages.remove(EXTRACT);
        if (!stages.contains(LANGID)) {
            stages.add(0, LANGID);
        }
        checkNames(stages);
        return stages;
    }

    private static void checkNames(List<String> stages) {
        for (String name : stages) {
            if (!ENTRIES.containsKey(name)) {
                throw new IllegalArgumentException("unknown stage '" + name + "'; the stages are "
                        + String.join(", ", descriptions().keySet()));
            }
            if (stages.indexOf(name) != stages.lastIndexOf(name)) {
                throw new IllegalArgumentException("stage '" + name + "' is named twice");
            }
        }
    }
}
