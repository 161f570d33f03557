package org.plancheck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plancheck.model.CheckReport;
import org.plancheck.model.DocumentResult;
import org.plancheck.model.Finding;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.TargetValue;
import org.plancheck.model.UpperTarget;

/** Maps model records to the public JSON contracts (plain maps, so field names are explicit and stable). */
public final class JsonModel {
    private JsonModel() {
    }

    public static Map<String, Object> target(TargetValue v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", v.text());
        m.put("min", v.min());
        m.put("max", v.max());
        m.put("qualifier", v.qualifier().code());
        m.put("kind", v.kind().code());
        m.put("unit", v.unit());
        if (v.relation() != null) {
            m.put("relation", v.relation());
            m.put("relationOp", v.relationOp());
        }
        return m;
    }

    public static Map<String, Object> upperTarget(UpperTarget t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("name", t.name());
        m.put("aliases", t.aliases());
        m.put("category", t.category());
        m.put("domains", t.domains());
        m.put("unit", t.unit());
        m.put("base", t.base());
        m.put("baseText", t.baseText());
        m.put("target", target(t.target()));
        m.put("direction", t.direction().code());
        m.put("kind", t.target().kind().code());
        m.put("attribute", t.attribute().label());
        m.put("transmission", t.transmission().code());
        m.put("scope", t.scope());
        m.put("origin", t.origin().code());
        m.put("section", t.section());
        m.put("quote", t.quote());
        m.put("line", t.line());
        m.put("note", t.note());
        return m;
    }

    public static Map<String, Object> figure(PlanFigure f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rawName", f.rawName());
        m.put("indicatorId", f.indicatorId());
        m.put("indicatorName", f.indicatorName());
        m.put("source", f.source().code());
        m.put("base", f.base());
        m.put("baseText", f.baseText());
        m.put("target", target(f.target()));
        m.put("unit", f.unit());
        m.put("year", f.year());
        m.put("attribute", f.attribute() == null ? null : f.attribute().label());
        m.put("page", f.page());
        m.put("text", f.text());
        if (f.where() != null) {
            m.put("where", f.where());
        }
        if (f.matchedBy() != null) {
            m.put("matchedBy", f.matchedBy());
        }
        if (f.confidence() != null) {
            m.put("confidence", Math.round(f.confidence() * 1000) / 1000.0);
        }
        return m;
    }

    /** How a document was read by OCR: {pages, pageCount, characters, unreadable, minConfidence, notice}. */
    public static Map<String, Object> ocr(org.plancheck.model.OcrSummary o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pages", o.pages());
        m.put("pageCount", o.pageCount());
        m.put("characters", o.characters());
        m.put("unreadable", o.unreadable());
        m.put("minConfidence", o.minConfidence());
        m.put("notice", o.notice());
        return m;
    }

    public static List<Map<String, Object>> figures(List<PlanFigure> figures) {
        List<Map<String, Object>> out = new ArrayList<>();
        figures.forEach(f -> out.add(figure(f)));
        return out;
    }

    /**
     * Where a plan names the upper plan's projects (extract): project, page, verbatim sentence or row, the words found,
     * the units the text names right before them, and whether the mention counts for the plan's jurisdiction.
     */
    public static List<Map<String, Object>> mentions(List<org.plancheck.model.ProjectMention> ms, String jurisdiction) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (org.plancheck.model.ProjectMention x : ms) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("projectId", x.projectId());
            m.put("project", x.project());
            m.put("source", x.source().code());
            m.put("page", x.page());
            m.put("text", x.text());
            m.put("words", x.words());
            m.put("named", x.named());
            m.put("counts", x.countsFor(jurisdiction));
            m.put("how", x.how());
            out.add(m);
        }
        return out;
    }

    /**
     * The check report contract: {upperPlan, documents[], batchFindings[], summary}. Waived findings carry
     * "suppressed": {"reason", "source"} or "baselined": true.
     */
    public static Map<String, Object> report(CheckReport r, Waivers w) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> upper = new LinkedHashMap<>();
        upper.put("id", r.upperPlanId());
        upper.put("name", r.upperPlanName());
        m.put("upperPlan", upper);
        List<Map<String, Object>> docs = new ArrayList<>();
        r.documents().forEach(d -> docs.add(document(d, w)));
        m.put("documents", docs);
        m.put("batchFindings", findings(r.batchFindings(), w));
        m.put("summary", summary(Summary.of(r, w)));
        return m;
    }

    public static Map<String, Object> document(DocumentResult d, Waivers w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", d.document());
        m.put("title", d.plan().title());
        m.put("jurisdiction", d.plan().jurisdiction());
        m.put("kind", d.plan().kind().code());
        m.put("tier", d.plan().tier().code());
        m.put("domain", d.plan().domain());
        m.put("status", d.status().name());
        m.put("reason", d.reason());
        m.put("pages", d.pages());
        if (d.ocr() != null) {
            m.put("ocr", ocr(d.ocr()));
        }
        m.put("findings", findings(d.findings(), w));
        return m;
    }

    public static List<Map<String, Object>> findings(List<Finding> fs, Waivers w) {
        List<Map<String, Object>> out = new ArrayList<>();
        fs.forEach(f -> out.add(finding(f, w.of(f))));
        return out;
    }

    /** One finding; {@code waiver} null when active. "fingerprint" is what a baseline matches on. */
    public static Map<String, Object> finding(Finding f, Waiver waiver) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ruleId", f.ruleId());
        m.put("severity", f.severity().code());
        m.put("indicatorId", f.indicatorId());
        m.put("indicatorName", f.indicatorName());
        m.put("message", f.message());
        m.put("fix", f.fix());
        m.put("upper", f.upper());
        m.put("lower", f.lower());
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("page", f.evidence().page());
        ev.put("text", f.evidence().text());
        if (f.evidence().where() != null) {
            ev.put("where", f.evidence().where());
        }
        m.put("evidence", ev);
        m.put("upperValue", f.upperValue());
        m.put("lowerValue", f.lowerValue());
        m.put("baseValue", f.baseValue());
        if (f.explanation() != null) {
            m.put("explanation", f.explanation());
        }
        if (f.counterpart() != null) {
            // a finding between two plans of the batch: the plan it is about, and the other plan with its evidence
            m.put("document", f.document());
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("document", f.counterpart().document());
            c.put("plan", f.counterpart().plan());
            c.put("statement", f.counterpart().statement());
            Map<String, Object> cev = new LinkedHashMap<>();
            cev.put("page", f.counterpart().evidence().page());
            cev.put("text", f.counterpart().evidence().text());
            if (f.counterpart().evidence().where() != null) {
                cev.put("where", f.counterpart().evidence().where());
            }
            c.put("evidence", cev);
            m.put("counterpart", c);
        }
        m.put("fingerprint", f.fingerprint());
        if (waiver != null && waiver.kind() == Waiver.Kind.SUPPRESSED) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("reason", waiver.reason());
            s.put("source", waiver.source());
            m.put("suppressed", s);
        } else if (waiver != null) {
            m.put("baselined", true);
        }
        return m;
    }

    public static Map<String, Object> summary(Summary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documents", s.documents());
        m.put("pass", s.pass());
        m.put("fail", s.fail());
        m.put("unverifiable", s.unverifiable());
        m.put("errors", s.errors());
        m.put("warnings", s.warnings());
        m.put("infos", s.infos());
        m.put("suppressed", s.suppressed());
        m.put("baselined", s.baselined());
        return m;
    }
}
