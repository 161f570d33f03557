package org.plancheck.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.plancheck.model.Finding;

/**
 * The suppressed and baselined findings of one report. {@link Finding} stays a plain value: its standing is kept
 * beside it here, keyed by the finding itself, and passed to every reporter and to the exit-code computation.
 * A finding both suppressed and baselined shows as suppressed (the reviewer's reason is the more useful).
 */
public final class Waivers {
    private static final Waivers NONE = new Waivers(Map.of());
    private final Map<Finding, Waiver> byFinding;

    private Waivers(Map<Finding, Waiver> byFinding) {
        this.byFinding = byFinding;
    }

    public static Waivers none() {
        return NONE;
    }

    /** A copy with {@code f} waived; an existing suppression is kept over a baseline entry. */
    public Waivers with(Finding f, Waiver w) {
        Waiver old = byFinding.get(f);
        if (old != null && old.kind() == Waiver.Kind.SUPPRESSED) {
            return this;
        }
        Map<Finding, Waiver> m = new LinkedHashMap<>(byFinding);
        m.put(f, w);
        return new Waivers(Collections.unmodifiableMap(m));
    }

    /** The waiver of {@code f}, null when it is active. */
    public Waiver of(Finding f) {
        return byFinding.get(f);
    }

    /** True when the finding counts: neither suppressed nor baselined. */
    public boolean active(Finding f) {
        return !byFinding.containsKey(f);
    }

    public boolean isEmpty() {
        return byFinding.isEmpty();
    }

    public boolean any(Waiver.Kind kind) {
        return byFinding.values().stream().anyMatch(w -> w.kind() == kind);
    }

    public long count(Waiver.Kind kind) {
        return byFinding.values().stream().filter(w -> w.kind() == kind).count();
    }
}
