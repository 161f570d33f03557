package org.plancheck.report;

/**
 * Why a finding no longer counts towards the exit code while staying visible in every report.
 *
 * @param kind   a reviewer's suppression (with a reason) or a finding already present in the baseline
 * @param reason the suppression's reason, or a note naming the baseline file
 * @param source where it comes from: "file:line" of the suppression row, or the baseline file
 */
public record Waiver(Kind kind, String reason, String source) {

    public enum Kind {
        /** Accepted by a reviewer (suppressions file). */
        SUPPRESSED("已豁免", "suppressed"),
        /** Known before: present in the baseline report. */
        BASELINED("基线已有", "baselined");

        private final String label;
        private final String code;

        Kind(String label, String code) {
            this.label = label;
            this.code = code;
        }

        public String label() {
            return label;
        }

        public String code() {
            return code;
        }
    }

    /** "已豁免：reason" or "基线已有", as every report shows it. */
    public String describe() {
        return kind == Kind.SUPPRESSED ? kind.label + "：" + reason : kind.label;
    }
}
