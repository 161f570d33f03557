package org.plancheck.report;

import org.plancheck.model.CheckReport;

/** The machine-readable report (see {@link JsonModel#report}); also what {@code --baseline} reads back. */
public final class JsonReport implements Reporter {

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void write(CheckReport report, Waivers waivers, Appendable out) {
        Json.write(JsonModel.report(report, waivers), out);
    }
}
