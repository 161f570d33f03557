package org.plancheck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        return m;
    }

    public static List<Map<String, Object>> figures(List<PlanFigure> figures) {
        List<Map<String, Object>> out = new ArrayList<>();
        figures.forEach(f -> out.add(figure(f)));
        return out;
    }
}
