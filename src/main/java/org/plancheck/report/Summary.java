package org.plancheck.report;

import org.plancheck.model.CheckReport;
import org.plancheck.model.Finding;
import org.plancheck.model.Severity;
import org.plancheck.model.Status;

/**
 * The counts every report opens or closes with. Severity counts are of active findings (neither suppressed nor
 * baselined), batch findings included; waived ones are counted apart.
 */
public record Summary(long documents, long pass, long fail, long unverifiable, long errors, long warnings,
                      long infos, long suppressed, long baselined) {

    public static Summary of(CheckReport r, Waivers w) {
        long[] sev = new long[Severity.values().length];
        for (Finding f : r.allFindings()) {
            if (w.active(f)) {
                sev[f.severity().ordinal()]++;
            }
        }
        long sup = 0;
        long base = 0;
        for (Finding f : r.allFindings()) {
            Waiver x = w.of(f);
            if (x != null && x.kind() == Waiver.Kind.SUPPRESSED) {
                sup++;
            } else if (x != null) {
                base++;
            }
        }
        return new Summary(r.documents().size(), r.count(Status.PASS), r.count(Status.FAIL),
                r.count(Status.UNVERIFIABLE), sev[Severity.ERROR.ordinal()], sev[Severity.WARNING.ordinal()],
                sev[Severity.INFO.ordinal()], sup, base);
    }

    /** One Chinese line: "共 3 份文档：通过 1，不通过 1，无法核验 1；错误 3，警告 0，提示 1（已豁免 1）". */
    public String line() {
        String waived = suppressed == 0 && baselined == 0 ? ""
                : "（" + (suppressed > 0 ? "已豁免 " + suppressed : "")
                        + (suppressed > 0 && baselined > 0 ? "，" : "")
                        + (baselined > 0 ? "基线已有 " + baselined : "") + "）";
        return "共 " + documents + " 份文档：通过 " + pass + "，不通过 " + fail + "，无法核验 " + unverifiable
                + "；错误 " + errors + "，警告 " + warnings + "，提示 " + infos + waived;
    }
}
