package org.plancheck.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.plancheck.model.Qualifier;
import org.plancheck.model.TargetValue;
import org.plancheck.model.ValueKind;
import org.plancheck.quantity.TargetGrammar;
import org.plancheck.quantity.TextNormalizer;
import org.plancheck.quantity.Unit;
import org.plancheck.quantity.Units;

/**
 * Fuzz targets for the number grammar: whatever text a PDF yields, parsing never throws and the result is
 * self-consistent. In the default build these replay the inputs in {@code GrammarFuzzTestInputs/<method>/};
 * {@code fuzz/run.sh} fuzzes them. Inputs are raw bytes read as UTF-8 (malformed bytes become U+FFFD, as text
 * from a badly encoded PDF does), so seeds and crash files are plain text files.
 */
class GrammarFuzzTest {

    static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }

    @FuzzTest(maxDuration = "5m")
    @DictionaryFile(resourcePath = "/org/plancheck/fuzz/grammar.dict")
    void parse(byte[] data) {
        String written = text(data);
        TargetValue v = TargetGrammar.parse(written);
        assertNotNull(v);
        assertNotNull(v.qualifier());
        assertNotNull(v.kind());
        assertEquals(written == null ? "" : written.strip(), v.text());
        for (Double d : new Double[] {v.min(), v.max()}) {
            assertTrue(d == null || !d.isNaN(), () -> "NaN bound for " + written);
        }
        if (v.min() != null && v.max() != null) {
            assertTrue(v.min() <= v.max(), () -> "min > max for " + written + ": " + v);
        }
        switch (v.qualifier()) {
            case NONE -> assertFalse(v.hasNumber(), () -> "qualifier none with a number: " + v);
            case POINT, ABOUT -> {
                assertNotNull(v.min(), () -> "point without a number: " + v);
                assertEquals(v.min(), v.max(), () -> "point with two numbers: " + v);
            }
            case RANGE -> assertTrue(v.min() != null && v.max() != null, () -> "open range: " + v);
            case AT_MOST -> assertTrue(v.min() == null && v.max() != null, () -> "bad at-most: " + v);
            case AT_LEAST -> assertTrue(v.min() != null && v.max() == null, () -> "bad at-least: " + v);
            default -> throw new AssertionError(v.qualifier());
        }
        if (v.hasNumber()) {
            assertFalse(v.qualifier() == Qualifier.NONE);
        }
        if (v.kind() == ValueKind.RELATIVE) {
            assertNotNull(v.relation(), () -> "relative target without relation: " + v);
            assertTrue(Set.of("same", "above").contains(v.relationOp()), () -> "relation op: " + v);
        }
        if (v.unit() != null) {
            assertTrue(Units.lookup(v.unit()).isPresent(), () -> "unit not known: " + v);
        }
    }

    @FuzzTest(maxDuration = "5m")
    @DictionaryFile(resourcePath = "/org/plancheck/fuzz/grammar.dict")
    void number(byte[] data) {
        String cell = text(data);
        Double d = TargetGrammar.number(cell);
        if (d != null) {
            assertFalse(d.isNaN(), () -> "NaN for " + cell);
            assertTrue(TextNormalizer.normalize(cell).chars().anyMatch(c -> c >= '0' && c <= '9'),
                    () -> "number without a digit: " + cell);
        }
    }

    @FuzzTest(maxDuration = "5m")
    @DictionaryFile(resourcePath = "/org/plancheck/fuzz/grammar.dict")
    void normalize(byte[] data) {
        String s = text(data);
        String n = TextNormalizer.normalize(s);
        assertNotNull(n);
        assertTrue(n.length() <= (s == null ? 0 : s.length()), () -> "normalize grew the text: " + s);
        assertTrue(n.chars().noneMatch(c -> c >= '\uFF10' && c <= '\uFF19' || c == '\u3000'),
                () -> "full-width digit or ideographic space left: " + n);
        assertEquals(n, TextNormalizer.normalize(n), () -> "normalize is not idempotent on " + s);
    }

    @FuzzTest(maxDuration = "5m")
    @DictionaryFile(resourcePath = "/org/plancheck/fuzz/grammar.dict")
    void units(FuzzedDataProvider in) {
        double value = in.consumeDouble();
        String from = in.consumeString(16);
        String to = in.consumeRemainingAsString();
        Optional<Unit> f = Units.lookup(from);
        Optional<Unit> t = Units.lookup(to);
        Units.canonical(from);
        String prefix = from == null ? null : Units.unitPrefix(from);
        if (prefix != null) {
            assertTrue(from.startsWith(prefix));
        }
        String[] split = Units.splitNameAndUnit(from);
        assertEquals(2, split.length);
        if (split[1] != null) {
            assertTrue(Units.lookup(split[1]).isPresent(), () -> "split gave an unknown unit: " + split[1]);
        }
        Optional<Double> c = Units.convert(value, from, to);
        assertEquals(f.isPresent() && t.isPresent() && f.get().convertibleTo(t.get()), c.isPresent());
        assertEquals(c.isPresent(), Units.compatible(from, to));
        if (c.isPresent() && Double.isFinite(value) && Double.isFinite(c.get()) && Math.abs(value) < 1e200
                && Math.abs(value) > 1e-200) {
            double back = Units.convert(c.get(), to, from).orElseThrow();
            assertTrue(Math.abs(back - value) <= 1e-9 * Math.abs(value), () -> "round trip " + value + " " + from
                    + " → " + to + " → " + back);
        }
        // Figures in plans are far from overflow and underflow: near Double.MAX_VALUE value × factor overflows, among
        // subnormals it loses digits, and neither matters.
        if (f.isPresent() && Math.abs(value) < 1e200 && (value == 0 || Math.abs(value) > 1e-200)) {
            double same = Units.convert(value, from, from).orElseThrow();
            assertTrue(Math.abs(same - value) <= 1e-12 * Math.abs(value));
        }
        if (!c.isPresent()) {
            assertNull(c.orElse(null));
        }
    }
}
