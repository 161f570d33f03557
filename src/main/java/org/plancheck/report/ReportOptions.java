package org.plancheck.report;

/**
 * What the command line knows and the reports need.
 *
 * @param colour      ANSI colour in the text report (the CLI sets it when stdout is a terminal)
 * @param toolVersion version written into SARIF
 */
public record ReportOptions(boolean colour, String toolVersion) {

    public static ReportOptions plain(String toolVersion) {
        return new ReportOptions(false, toolVersion);
    }
}
