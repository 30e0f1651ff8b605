package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityEvaluationTest {

    private static EntityEvaluation.Key key(int start) {
        return new EntityEvaluation.Key("d", start, start + 3, "PERSON");
    }

    @Test
    void pairwiseLinkingCountsPairsOfMatchedMentionsByHand() {
        // Gold: a a b (one gold pair: 0–1). System: x x x (three pairs: 0–1, 0–2, 1–2).
        // Agreeing pairs: 1 → P = 1/3, R = 1/1.
        Map<EntityEvaluation.Key, String> gold = Map.of(key(0), "a", key(10), "a", key(20), "b");
        Map<EntityEvaluation.Key, String> system = Map.of(key(0), "x", key(10), "x", key(20), "x");
        Prf linking = EntityEvaluation.pairwise(gold, system);
        assertThat(linking).isEqualTo(new Prf(1, 2, 0));
        assertThat(linking.precision()).isEqualTo(100.0 / 3);
        assertThat(linking.recall()).isEqualTo(100.0);
    }

    @Test
    void mentionsTheSystemMissedDoNotEnterLinking() {
        Map<EntityEvaluation.Key, String> gold = Map.of(key(0), "a", key(10), "a");
        Map<EntityEvaluation.Key, String> system = Map.of(key(0), "x");
        assertThat(EntityEvaluation.pairwise(gold, system)).isEqualTo(new Prf(0, 0, 0));
    }
}
