package org.plancheck.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plancheck.catalog.InputException;
import org.plancheck.catalog.Tsv;
import org.plancheck.model.CheckReport;
import org.plancheck.model.Finding;
import org.plancheck.report.Waiver;
import org.plancheck.report.Waivers;

/**
 * Findings a reviewer has accepted, from a tab-separated file with the header {@code ruleId document indicator
 * reason}. {@code document} is a path or a file name, {@code indicator} a catalog id or name; either may be
 * {@code *}. Every row must give a reason: a suppression nobody can explain later is refused, with file and line.
 * Suppressed findings stay in every report, marked 已豁免 with the reason; only the exit code ignores them.
 */
public final class Suppressions {

    /** One row of the file. */
    public record Entry(String ruleId, String document, String indicator, String reason, Path file, int line) {

        public boolean matches(Finding f) {
            return ruleId.equals(f.ruleId()) && matchesDocument(f.document()) && matchesIndicator(f);
        }

        private boolean matchesDocument(String doc) {
            if (document.equals("*")) {
                return true;
            }
            if (doc == null) {
                return false;
            }
            String d = doc.replace('\\', '/');
            String want = document.replace('\\', '/');
            return d.equals(want) || d.endsWith("/" + want);
        }

        private boolean matchesIndicator(Finding f) {
            return indicator.equals("*") || indicator.equals(f.indicatorId()) || indicator.equals(f.indicatorName());
        }

        public String source() {
            return file + ":" + line;
        }
    }

    private final List<Entry> entries;

    public Suppressions(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static Suppressions none() {
        return new Suppressions(List.of());
    }

    /** Reads {@code file}; {@link InputException} with the line for a row without rule, document, indicator or reason. */
    public static Suppressions read(Path file) {
        List<Entry> out = new ArrayList<>();
        for (Tsv.Row row : Tsv.read(file, "ruleId", "document", "indicator", "reason")) {
            String rule = row.get("ruleId");
            if (rule.isEmpty()) {
                throw row.error("suppression without a rule id");
            }
            if (!rule.matches("[A-Za-z][A-Za-z0-9_-]*")) {
                throw row.error("rule id '" + rule + "' is not a rule id (PC-STRICT …)");
            }
            String doc = row.get("document");
            String ind = row.get("indicator");
            if (doc.isEmpty() || ind.isEmpty()) {
                throw row.error("document and indicator must be given (use * for any)");
            }
            String reason = row.get("reason");
            if (reason.isEmpty()) {
                throw row.error("suppression of " + rule + " without a reason: say why it is accepted");
            }
            out.add(new Entry(rule, doc, ind, reason, file, row.line()));
        }
        return new Suppressions(out);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The first entry matching {@code f}, or null. */
    public Entry match(Finding f) {
        for (Entry e : entries) {
            if (e.matches(f)) {
                return e;
            }
        }
        return null;
    }

    /** {@code waivers} plus every finding of {@code report} that a row matches. */
    public Waivers apply(CheckReport report, Waivers waivers) {
        Waivers w = waivers;
        for (Finding f : report.allFindings()) {
            Entry e = match(f);
            if (e != null) {
                w = w.with(f, new Waiver(Waiver.Kind.SUPPRESSED, e.reason(), e.source()));
            }
        }
        return w;
    }
}
