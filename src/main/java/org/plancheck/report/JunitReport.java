package org.plancheck.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plancheck.model.CheckReport;
import org.plancheck.model.DocumentResult;
import org.plancheck.model.Finding;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.Severity;
import org.plancheck.model.Status;

/**
 * JUnit XML for CI dashboards: one testsuite per document, one testcase per indicator the document states or a
 * finding names, a failure per active error. Warnings, notes and waived findings go to the testcase's
 * system-out, so they are visible without failing the build. An UNVERIFIABLE document is a single testcase
 * in error. Batch findings form a last suite.
 */
public final class JunitReport implements Reporter {

    @Override
    public String format() {
        return "junit";
    }

    @Override
    public String extension() {
        return "xml";
    }

    /** One testcase: an indicator (or the document itself) and the findings about it. */
    private record Case(String id, String name, List<Finding> findings) {
    }

    @Override
    public void write(CheckReport report, Waivers waivers, Appendable out) throws IOException {
        List<String> suites = new ArrayList<>();
        int tests = 0;
        int failures = 0;
        int errors = 0;
        for (DocumentResult d : report.documents()) {
            StringBuilder s = new StringBuilder();
            int[] n = d.status() == Status.UNVERIFIABLE ? unverifiable(d, waivers, s)
                    : suite(d.document(), Labels.fileName(d.document()), cases(d.figures(), d.findings()), waivers,
                            properties(d), s);
            tests += n[0];
            failures += n[1];
            errors += n[2];
            suites.add(s.toString());
        }
        if (!report.batchFindings().isEmpty()) {
            StringBuilder s = new StringBuilder();
            int[] n = suite("批次汇总", "批次汇总", cases(List.of(), report.batchFindings()), waivers, "", s);
            tests += n[0];
            failures += n[1];
            suites.add(s.toString());
        }
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuites name=\"plancheck\" tests=\"").append(Integer.toString(tests))
                .append("\" failures=\"").append(Integer.toString(failures))
                .append("\" errors=\"").append(Integer.toString(errors)).append("\">\n");
        for (String s : suites) {
            out.append(s);
        }
        out.append("</testsuites>\n");
    }

    private static String properties(DocumentResult d) {
        StringBuilder b = new StringBuilder("    <properties>\n");
        prop(b, "document", d.document());
        prop(b, "title", d.plan().title());
        prop(b, "jurisdiction", d.plan().jurisdiction());
        prop(b, "kind", d.plan().kind().code());
        prop(b, "status", d.status().name());
        prop(b, "pages", Integer.toString(d.pages()));
        if (d.ocr() != null) {
            prop(b, "ocr", Labels.ocr(d.ocr()));
        }
        return b.append("    </properties>\n").toString();
    }

    private static void prop(StringBuilder b, String name, String value) {
        if (value != null) {
            b.append("      <property name=\"").append(name).append("\" value=\"").append(Xml.esc(value))
                    .append("\"/>\n");
        }
    }

    /** Indicators in the order the document states them, then those only findings name, then the document. */
    private static List<Case> cases(List<PlanFigure> figures, List<Finding> findings) {
        Map<String, Case> byId = new LinkedHashMap<>();
        for (PlanFigure f : figures) {
            if (f.matched()) {
                byId.computeIfAbsent(f.indicatorId(), k -> new Case(k, f.indicatorName(), new ArrayList<>()));
            }
        }
        for (Finding f : findings) {
            String key = f.indicatorId() == null ? (f.indicatorName() == null ? "" : f.indicatorName())
                    : f.indicatorId();
            String name = key.isEmpty() ? "文档整体" : f.indicatorName() == null ? f.indicatorId() : f.indicatorName();
            byId.computeIfAbsent(key, k -> new Case(k, name, new ArrayList<>())).findings().add(f);
        }
        return new ArrayList<>(byId.values());
    }

    private static int[] suite(String classname, String name, List<Case> cases, Waivers waivers, String props,
                               StringBuilder s) {
        StringBuilder body = new StringBuilder();
        int failures = 0;
        for (Case c : cases) {
            String caseName = c.id().isEmpty() || c.id().equals(c.name()) ? c.name() : c.name() + "（" + c.id() + "）";
            body.append("    <testcase classname=\"").append(Xml.esc(classname)).append("\" name=\"")
                    .append(Xml.esc(caseName)).append('"');
            StringBuilder inner = new StringBuilder();
            StringBuilder notes = new StringBuilder();
            for (Finding f : c.findings()) {
                Waiver w = waivers.of(f);
                if (f.severity() == Severity.ERROR && w == null) {
                    failures++;
                    inner.append("      <failure type=\"").append(Xml.esc(f.ruleId())).append("\" message=\"")
                            .append(Xml.esc(f.message())).append("\">").append(Xml.esc(details(f)))
                            .append("</failure>\n");
                } else {
                    notes.append('[').append(f.severity().label()).append("] ").append(f.ruleId()).append(' ')
                            .append(f.message()).append(w == null ? "" : "〔" + w.describe() + "〕").append('\n')
                            .append(details(f));
                }
            }
            if (notes.length() > 0) {
                inner.append("      <system-out>").append(Xml.esc(notes.toString())).append("</system-out>\n");
            }
            if (inner.length() == 0) {
                body.append("/>\n");
            } else {
                body.append(">\n").append(inner).append("    </testcase>\n");
            }
        }
        s.append("  <testsuite name=\"").append(Xml.esc(name)).append("\" tests=\"").append(cases.size())
                .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"0\">\n")
                .append(props).append(body).append("  </testsuite>\n");
        return new int[] {cases.size(), failures, 0};
    }

    private static int[] unverifiable(DocumentResult d, Waivers waivers, StringBuilder s) {
        String reason = d.reason() == null ? "" : d.reason();
        s.append("  <testsuite name=\"").append(Xml.esc(Labels.fileName(d.document())))
                .append("\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n")
                .append(properties(d))
                .append("    <testcase classname=\"").append(Xml.esc(d.document()))
                .append("\" name=\"文档可读性\">\n")
                .append("      <error type=\"").append(Xml.esc(d.status().name())).append("\" message=\"")
                .append(Xml.esc("无法核验：" + reason)).append("\">");
        StringBuilder text = new StringBuilder();
        for (Finding f : d.findings()) {
            Waiver w = waivers.of(f);
            text.append(f.ruleId()).append(' ').append(f.message()).append(w == null ? "" : "〔" + w.describe() + "〕")
                    .append('\n').append(details(f));
        }
        s.append(Xml.esc(text.toString())).append("</error>\n    </testcase>\n  </testsuite>\n");
        return new int[] {1, 0, 1};
    }

    private static String details(Finding f) {
        StringBuilder b = new StringBuilder();
        if (f.upper() != null && !f.upper().isEmpty()) {
            b.append("上位：").append(f.upper()).append('\n');
        }
        if (!f.evidence().text().isEmpty()) {
            String page = Labels.page(f.evidence());
            b.append("原文").append(page.isEmpty() ? "" : "（" + page + "）").append("：「").append(f.evidence().text())
                    .append("」\n");
        }
        if (f.fix() != null && !f.fix().isEmpty()) {
            b.append("修改：").append(f.fix()).append('\n');
        }
        return b.toString();
    }
}
