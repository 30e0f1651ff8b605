package org.marsad.pipeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.document.Document;

/** Stages run in order on each document; the order is checked against each stage's requirements when built. */
public final class Pipeline {
    private final List<Annotator> stages;

    private Pipeline(List<Annotator> stages) {
        this.stages = List.copyOf(stages);
    }

    /**
     * Builds a pipeline over documents that already hold {@code given} (for example
     * {@link Annotation#BLOCKS} from article extraction).
     *
     * @throws IllegalArgumentException naming the first stage whose requirements an earlier stage does not provide
     */
    public static Pipeline of(Set<Annotation> given, List<Annotator> stages) {
        Set<Annotation> available = given.isEmpty() ? EnumSet.noneOf(Annotation.class) : EnumSet.copyOf(given);
        for (Annotator stage : stages) {
            Set<Annotation> missing = EnumSet.noneOf(Annotation.class);
            missing.addAll(stage.requires());
            missing.removeAll(available);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("stage '" + stage.name() + "' requires " + missing
                        + ", which no earlier stage provides");
            }
            available.addAll(stage.provides());
        }
        return new Pipeline(stages);
    }

    public void annotate(Document document) {
        for (Annotator stage : stages) {
            stage.annotate(document);
            document.recordStage(stage.name());
        }
    }

    public List<Annotator> stages() {
        return stages;
    }

    @Override
    public String toString() {
        return stages.stream().map(Annotator::name).collect(Collectors.joining(" → "));
    }
}
