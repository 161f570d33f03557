package org.plancheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plancheck.model.UpperTarget;

/** --explain names the facts an accumulate collected, not the Java form of its list or of its result array. */
class ExplainTest {
    @Test
    void anAccumulatesResultIsDescribedFactByFact() {
        UpperTarget forest = Fixtures.forest();
        UpperTarget fossil = Fixtures.nonFossil();
        String each = Explain.fact(forest) + "；" + Explain.fact(fossil);
        // collectList($a): a list of facts
        assertEquals(each, Explain.fact(List.of(forest, fossil)));
        // several functions (collectList($a), count($a)): an array, whose count says nothing beside the facts
        String array = Explain.fact(new Object[] {List.of(forest, fossil), 2L});
        assertEquals(each, array);
        assertFalse(array.contains("[L") || array.contains("UpperTarget["), array);
    }
}
