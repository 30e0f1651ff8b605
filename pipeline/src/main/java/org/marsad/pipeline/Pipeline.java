package org.marsad.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.marsad.document.Document;
import org.marsad.document.Layer;
import org.marsad.read.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole flow from a page to its annotated documents: an {@link Extractor} turns the page
 * into documents, then the {@link Annotator}s run in order on each, each on the documents in its
 * languages. The order is checked when the pipeline is built: every stage's requirements met by
 * an earlier one, no stage undoing what an earlier one provided, every language-bound stage after
 * the language is known.
 */
public final class Pipeline {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final Extractor extractor;
    private final List<Annotator> stages;
    /** Null unless profiling: then every stage's time is added up here. */
    private final StageTimes times;

    private Pipeline(Extractor extractor, List<Annotator> stages, StageTimes times) {
        this.extractor = extractor;
        this.stages = List.copyOf(stages);
        this.times = times;
    }

    /**
     * A pipeline over pages: the extractor's documents hold what it provides.
     *
     * @throws IllegalArgumentException naming the first stage out of place, and why
     */
    public static Pipeline of(Extractor extractor, List<Annotator> stages) {
        check(extractor.provides(), stages);
        return new Pipeline(extractor, stages, null);
    }

    /**
     * A pipeline over documents that already hold {@code given} (for example tokens and sentences
     * read from a gold corpus, or {@link Layer#LANGUAGE} when their language is known).
     *
     * @throws IllegalArgumentException naming the first stage out of place, and why
     */
    public static Pipeline of(Set<Layer> given, List<Annotator> stages) {
        check(given, stages);
        return new Pipeline(null, stages, null);
    }

    private static void check(Set<Layer> given, List<Annotator> stages) {
        Set<Layer> available = given.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(given);
        for (Annotator stage : stages) {
            Set<Layer> missing = EnumSet.noneOf(Layer.class);
            missing.addAll(stage.requires());
            if (!stage.languages().isEmpty()) {
                missing.add(Layer.LANGUAGE);
            }
            missing.removeAll(available);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("stage '" + stage.name() + "' requires " + missing
                        + ", which no earlier stage provides" + (missing.contains(Layer.LANGUAGE)
                        ? " (it annotates " + stage.languages() + " documents only: put langid before it)" : ""));
            }
            Set<Layer> undone = EnumSet.noneOf(Layer.class);
            undone.addAll(stage.invalidates());
            undone.retainAll(available);
            if (!undone.isEmpty()) {
                throw new IllegalArgumentException("stage '" + stage.name() + "' would undo " + undone
                        + ", which an earlier stage provides: put it before that stage");
            }
            available.addAll(stage.provides());
        }
    }

    /** This pipeline, adding up the time each stage takes into {@link #times()}. */
    public Pipeline profiled() {
        return new Pipeline(extractor, stages, new StageTimes(Stream.concat(
                Stream.ofNullable(extractor).map(Extractor::name), stages.stream().map(Annotator::name)).toList()));
    }

    /** The time each stage took so far, when this pipeline is {@link #profiled()}; else null. */
    public StageTimes times() {
        return times;
    }

    /**
     * Runs every stage on a document (those bound to other languages pass it by).
     *
     * @throws StageException when a stage throws, naming the stage and the document
     */
    public Document annotate(Document document) {
        Document current = document;
        for (Annotator stage : stages) {
            if (!stage.languages().isEmpty()) {
                if (current.lang() == null) {
                    throw new IllegalArgumentException("document " + document.id() + " has no language for stage '"
                            + stage.name() + "': run langid before it, or give the document its language");
                }
                if (!stage.languages().contains(current.lang())) {
                    continue;
                }
            }
            long start = times == null ? 0 : System.nanoTime();
            try {
                current = stage.annotate(current).withStage(stage.name());
            } catch (RuntimeException | StackOverflowError e) {
                throw new StageException(stage.name(), document.id(), e);
            }
            if (times != null) {
                times.add(stage.name(), System.nanoTime() - start);
            }
        }
        return current;
    }

    /**
     * Extracts a page's documents and annotates each. Nothing is thrown: a document a stage fails
     * on is logged with its stack trace and becomes a failure, and the page's other documents are kept.
     *
     * @throws IllegalStateException when this pipeline has no extractor (it was built over documents)
     */
    public PageResult annotate(Page page) {
        if (extractor == null) {
            throw new IllegalStateException("this pipeline annotates documents, not pages: it has no extraction stage");
        }
        List<Document> documents;
        long start = times == null ? 0 : System.nanoTime();
        try {
            documents = extractor.extract(page);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("Extraction failed on page {}", page.id(), e);
            return failed(new PageResult.Failure(extractor.name(), "extraction failed: " + e));
        }
        if (times != null) {
            times.add(extractor.name(), System.nanoTime() - start);
        }
        if (documents.isEmpty()) {
            return failed(new PageResult.Failure(extractor.name(), page.content().isBlank()
                    ? "empty " + (page.format() == Page.Format.DOCUMENT ? "document" : "page") + ": there is no text to annotate"
                    : "no text left after extraction (all of it is boilerplate)"));
        }
        List<Document> done = new ArrayList<>(documents.size());
        List<PageResult.Failure> failures = new ArrayList<>();
        for (Document document : documents) {
            try {
                done.add(annotate(document));
            } catch (StageException e) {
                LOG.error("Stage '{}' failed on document {}", e.stage(), e.document(), e.getCause());
                failures.add(new PageResult.Failure(e.stage(), "document " + e.document() + " failed in stage '"
                        + e.stage() + "': " + e.getCause()));
            }
        }
        return new PageResult(done, failures);
    }

    private static PageResult failed(PageResult.Failure failure) {
        return new PageResult(List.of(), List.of(failure));
    }

    public List<Annotator> stages() {
        return stages;
    }

    @Override
    public String toString() {
        return Stream.concat(Stream.ofNullable(extractor).map(Extractor::name), stages.stream().map(Annotator::name))
                .collect(Collectors.joining(" → "));
    }
}
