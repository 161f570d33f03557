package org.plancheck.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * The jte templates of src/main/jte, compiled at build time by jte-maven-plugin (no template is parsed at run time).
 * HTML content type: every {@code ${…}} is escaped for its place (text or attribute).
 */
public final class Templates {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Templates() {
    }

    /** Renders {@code name} (e.g. "report/page.jte") with one parameter object or a map of named ones. */
    public static String render(String name, Map<String, Object> params) {
        StringOutput out = new StringOutput(16 * 1024);
        ENGINE.render(name, params, out);
        return out.toString();
    }
}
