package org.plancheck.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plancheck.model.CheckReport;
import org.plancheck.model.DocumentResult;
import org.plancheck.model.Finding;
import org.plancheck.model.RuleInfo;
import org.plancheck.model.Severity;

/**
 * SARIF 2.1.0 for code-scanning tools. Every rule its own descriptor (id, name, descriptions, default level).
 * A PDF has pages, not lines: the region's {@code startLine} carries the page number (SARIF requires one of
 * startLine/charOffset/byteOffset to hold a snippet) and {@code properties.page} says so explicitly. Findings
 * without a page (a missing indicator) have no region; batch findings have only a logical location. Evidence in a
 * Word document also says where it stands in the document's structure (heading path, table, row): a logical location
 * of kind "element" and {@code properties.where}; it has a region only where the document states its pages. A rule's
 * {@code defaultConfiguration.level} is its severity; for a rule whose severity follows the upper target's attribute,
 * the highest it can emit (error), with {@code properties.severity} "byAttribute".
 */
public final class SarifReport implements Reporter {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private final String version;

    public SarifReport(String version) {
        this.version = version;
    }

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public String extension() {
        return "sarif";
    }

    @Override
    public void write(CheckReport report, Waivers waivers, Appendable out) {
        Map<String, Integer> index = new HashMap<>();
        List<Map<String, Object>> rules = new ArrayList<>();
        for (RuleInfo r : report.rules()) {
            index.put(r.id(), rules.size());
            rules.add(rule(r));
        }
        for (Finding f : report.allFindings()) {
            if (!index.containsKey(f.ruleId())) {
                // A finding whose rule metadata was not loaded still needs a descriptor for its ruleIndex.
                index.put(f.ruleId(), rules.size());
                rules.add(rule(new RuleInfo(f.ruleId(), f.ruleId(), f.severity(), "", "", "")));
            }
        }
        boolean baseline = waivers.any(Waiver.Kind.BASELINED);
        List<Map<String, Object>> results = new ArrayList<>();
        List<Map<String, Object>> ocr = new ArrayList<>();
        for (DocumentResult d : report.documents()) {
            for (Finding f : d.findings()) {
                Map<String, Object> r = result(f, d.document(), index.get(f.ruleId()), waivers.of(f), baseline);
                if (d.ocr() != null) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> p = (Map<String, Object>) r.computeIfAbsent("properties",
                            k -> new LinkedHashMap<String, Object>());
                    p.put("readByOcr", true);
                    p.put("ocrNotice", d.ocr().notice());
                }
                results.add(r);
            }
            if (d.ocr() != null) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("document", d.document());
                o.putAll(JsonModel.ocr(d.ocr()));
                ocr.add(o);
            }
        }
        for (Finding f : report.batchFindings()) {
            results.add(result(f, null, index.get(f.ruleId()), waivers.of(f), baseline));
        }

        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "plancheck");
        driver.put("version", version);
        driver.put("semanticVersion", version);
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("upperPlanId", report.upperPlanId());
        props.put("upperPlanName", report.upperPlanName());
        if (!ocr.isEmpty()) {
            props.put("ocr", ocr);
        }
        run.put("properties", props);
        run.put("results", results);
        Map<String, Object> sarif = new LinkedHashMap<>();
        sarif.put("$schema", SCHEMA);
        sarif.put("version", "2.1.0");
        sarif.put("runs", List.of(run));
        Json.write(sarif, out);
    }

    private static Map<String, Object> rule(RuleInfo r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("name", name(r));
        m.put("shortDescription", Map.of("text", r.title()));
        String full = r.explanation() == null || r.explanation().isEmpty() ? r.title() : r.explanation();
        m.put("fullDescription", Map.of("text", full));
        m.put("help", Map.of("text", full + (r.byAttribute() ? BY_ATTRIBUTE : "")
                + (r.file() == null || r.file().isEmpty() ? "" : "（规则文件：" + r.file() + "）")));
        m.put("defaultConfiguration", Map.of("level", level(r.severity())));
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("severity", r.severityCode());
        props.put("check", r.check());
        props.put("file", r.file());
        m.put("properties", props);
        return m;
    }

    /** A name in SARIF's style (an identifier): "non-regression" → "NonRegression"; the id when no check. */
    static String name(RuleInfo r) {
        if (r.check() == null || r.check().isBlank()) {
            return r.id();
        }
        StringBuilder b = new StringBuilder();
        for (String part : r.check().split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.length() == 0 ? r.id() : b.toString();
    }

    /**
     * A rule whose severity follows the upper target's attribute emits errors, warnings and notes: its
     * {@code defaultConfiguration.level} is the highest it can emit (error), {@code properties.severity} says
     * "byAttribute", and each result carries its own level.
     */
    static final String BY_ATTRIBUTE = "（级别按上位指标属性：约束性为错误，预期性为警告，参考类为提示；每条结果标明自己的级别）";

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static Map<String, Object> result(Finding f, String document, int ruleIndex, Waiver w,
                                              boolean baseline) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ruleId", f.ruleId());
        m.put("ruleIndex", ruleIndex);
        m.put("level", level(f.severity()));
        String text = f.message() + (f.fix() == null || f.fix().isEmpty() ? "" : " 修改建议：" + f.fix());
        m.put("message", Map.of("text", text));

        Map<String, Object> location = new LinkedHashMap<>();
        if (document != null) {
            Map<String, Object> physical = new LinkedHashMap<>();
            Map<String, Object> artifact = new LinkedHashMap<>();
            artifact.put("uri", uri(document));
            artifact.put("uriBaseId", "%SRCROOT%");
            physical.put("artifactLocation", artifact);
            if (f.evidence().page() > 0) {
                Map<String, Object> region = new LinkedHashMap<>();
                region.put("startLine", f.evidence().page());
                if (!f.evidence().text().isEmpty()) {
                    region.put("snippet", Map.of("text", f.evidence().text()));
                }
                region.put("properties", Map.of("unit", "page"));
                physical.put("region", region);
            }
            location.put("physicalLocation", physical);
        }
        List<Map<String, Object>> logical = new ArrayList<>();
        if (f.evidence().where() != null && !f.evidence().where().isEmpty()) {
            // a Word document has no lines to point at: where the evidence stands in its structure
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("name", f.evidence().where());
            place.put("kind", "element");
            logical.add(place);
        }
        if (f.indicatorId() != null || f.indicatorName() != null) {
            Map<String, Object> ind = new LinkedHashMap<>();
            ind.put("name", f.indicatorName() == null ? f.indicatorId() : f.indicatorName());
            ind.put("fullyQualifiedName", (document == null ? "批次汇总" : Labels.fileName(document)) + "/"
                    + (f.indicatorId() == null ? f.indicatorName() : f.indicatorId()));
            ind.put("kind", "indicator");
            logical.add(ind);
        }
        if (document == null) {
            Map<String, Object> batch = new LinkedHashMap<>();
            batch.put("name", "批次汇总");
            batch.put("kind", "batch");
            logical.add(batch);
        }
        if (!logical.isEmpty()) {
            location.put("logicalLocations", logical);
        }
        if (!location.isEmpty()) {
            m.put("locations", List.of(location));
        }
        m.put("partialFingerprints", Map.of("plancheckFinding/v1", f.fingerprint()));
        if (w != null && w.kind() == Waiver.Kind.SUPPRESSED) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("kind", "external");
            s.put("status", "accepted");
            s.put("justification", w.reason());
            if (w.source() != null) {
                s.put("location", Map.of("physicalLocation",
                        Map.of("artifactLocation", Map.of("uri", uri(w.source().replaceFirst(":\\d+$", ""))))));
            }
            m.put("suppressions", List.of(s));
        }
        if (baseline) {
            m.put("baselineState", w != null && w.kind() == Waiver.Kind.BASELINED ? "unchanged" : "new");
        }
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("page", f.evidence().page());
        if (f.evidence().where() != null) {
            props.put("where", f.evidence().where());
        }
        props.put("severity", f.severity().code());
        props.put("indicatorId", f.indicatorId());
        props.put("indicatorName", f.indicatorName());
        props.put("upper", f.upper());
        props.put("lower", f.lower());
        props.put("fix", f.fix());
        m.put("properties", props);
        return m;
    }

    /** A relative URI reference for a path: forward slashes, non-ASCII and spaces percent-encoded. */
    static String uri(String path) {
        String p = path.replace('\\', '/');
        try {
            return new URI(null, null, p, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot make a URI of " + path, e);
        }
    }
}
