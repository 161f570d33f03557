package org.plancheck.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plancheck.model.CheckReport;
import org.plancheck.model.DocumentResult;
import org.plancheck.model.Finding;
import org.plancheck.model.LowerPlan;
import org.plancheck.run.CheckOutcome;

/**
 * Uploaded files are checked under their stored paths (the job folder and {@code 1.pdf}); reports must name them as
 * the reviewer uploaded them, and must not show the server's folders. This maps every stored path in a report back
 * to the uploaded name: documents, findings, and the texts that quote a path.
 */
final class Names {
    private Names() {
    }

    static CheckOutcome restore(CheckOutcome o, List<Jobs.Upload> uploads) {
        Map<String, String> names = new HashMap<>();
        for (Jobs.Upload u : uploads) {
            names.put(u.stored().toString(), u.name());
        }
        CheckReport r = o.report();
        List<DocumentResult> docs = new ArrayList<>();
        for (DocumentResult d : r.documents()) {
            LowerPlan p = d.plan();
            LowerPlan named = new LowerPlan(name(p.document(), names), p.title(), p.jurisdiction(), p.tier(),
                    p.kind(), p.domain(), text(p.basis(), names), p.domainLabel());
            docs.add(new DocumentResult(named, d.pages(), d.status(), text(d.reason(), names), d.figures(),
                    findings(d.findings(), names), d.ocr()));
        }
        CheckReport renamed = new CheckReport(r.upperPlanId(), r.upperPlanName(), docs,
                findings(r.batchFindings(), names), r.rules());
        List<String> notices = o.notices().stream().map(n -> text(n, names)).toList();
        // annotated copies are drawn into PDFs only (a Word upload is checked, not annotated)
        List<CheckOutcome.Annotation> pdfs = o.annotations().stream()
                .filter(a -> a.source().getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf"))
                .toList();
        return new CheckOutcome(renamed, o.waivers(), o.exitCode(), o.outputs(), pdfs, notices, o.timings());
    }

    private static List<Finding> findings(List<Finding> fs, Map<String, String> names) {
        return fs.stream().map(f -> new Finding(name(f.document(), names), f.ruleId(), f.severity(),
                f.indicatorId(), f.indicatorName(), text(f.message(), names), text(f.fix(), names), f.upper(),
                f.lower(), f.evidence(), f.lowerValue(), f.upperValue(), f.baseValue(), f.explanation())).toList();
    }

    private static String name(String document, Map<String, String> names) {
        return document == null ? null : names.getOrDefault(document, text(document, names));
    }

    private static String text(String s, Map<String, String> names) {
        if (s == null) {
            return null;
        }
        String out = s;
        for (Map.Entry<String, String> e : names.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }
}
