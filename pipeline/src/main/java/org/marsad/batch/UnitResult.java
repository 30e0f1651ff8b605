package org.marsad.batch;

import java.util.List;
import org.marsad.document.Document;
import org.marsad.read.InputError;
import org.marsad.read.Unit;

/** What became of one input unit: its annotated documents and the errors it is accounted for by. */
public record UnitResult(Unit unit, List<Document> documents, List<InputError> errors, long words) {

    static UnitResult failed(InputError error) {
        return new UnitResult(error.unit(), List.of(), List.of(error), 0);
    }
}
