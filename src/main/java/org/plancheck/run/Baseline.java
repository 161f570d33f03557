package org.plancheck.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.plancheck.catalog.InputException;
import org.plancheck.catalog.TextFiles;
import org.plancheck.model.CheckReport;
import org.plancheck.model.Finding;
import org.plancheck.report.Json;
import org.plancheck.report.Waiver;
import org.plancheck.report.Waivers;

/**
 * Findings already known, read from an earlier JSON report of this tool (--format json). A finding whose
 * {@link Finding#fingerprint()} (rule, file name, indicator) is in the baseline is marked 基线已有: still shown,
 * ignored by the exit code, so CI fails only on new problems.
 */
public final class Baseline {
    private final Path file;
    private final Set<String> fingerprints;

    public Baseline(Path file, Set<String> fingerprints) {
        this.file = file;
        this.fingerprints = Set.copyOf(fingerprints);
    }

    /** Reads a JSON report; {@link InputException} when it is not one. */
    public static Baseline read(Path file) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(TextFiles.read(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InputException(file, 0, "baseline is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read baseline: " + e.getMessage());
        }
        if (root == null || !root.path("documents").isArray()) {
            throw new InputException(file, 0, "baseline must be a plancheck JSON report (no \"documents\" array)");
        }
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode d : root.path("documents")) {
            String doc = d.path("document").asText("");
            for (JsonNode f : d.path("findings")) {
                out.add(fingerprint(f, doc));
            }
        }
        for (JsonNode f : root.path("batchFindings")) {
            out.add(fingerprint(f, null));
        }
        return new Baseline(file, out);
    }

    /** The recorded fingerprint, or the same key rebuilt from the fields (reports written before it existed). */
    private static String fingerprint(JsonNode f, String document) {
        if (f.hasNonNull("fingerprint")) {
            return f.get("fingerprint").asText();
        }
        String indicator = f.hasNonNull("indicatorId") ? f.get("indicatorId").asText() : null;
        return new Finding(document, f.path("ruleId").asText(""), null, indicator, null, null, null, null, null,
                null, null, null, null).fingerprint();
    }

    public Set<String> fingerprints() {
        return fingerprints;
    }

    public boolean contains(Finding f) {
        return fingerprints.contains(f.fingerprint());
    }

    /** {@code waivers} plus every finding of {@code report} present in the baseline. */
    public Waivers apply(CheckReport report, Waivers waivers) {
        Waivers w = waivers;
        for (Finding f : report.allFindings()) {
            if (contains(f)) {
                w = w.with(f, new Waiver(Waiver.Kind.BASELINED, "基线 " + file.getFileName() + " 中已有",
                        file.toString()));
            }
        }
        return w;
    }
}
