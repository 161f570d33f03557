package org.plancheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plancheck.model.CheckReport;
import org.plancheck.model.DocumentResult;
import org.plancheck.report.OpinionReport.Conclusion;

class OpinionReportTest {

    @Test
    void matchesGolden() throws Exception {
        Golden.assertMatches("opinion.md", Golden.render(new OpinionReport()));
    }

    @Test
    void conclusionFollowsActiveFindings() {
        CheckReport r = ReportFixture.report();
        DocumentResult dao = r.documents().get(0);
        Waivers w = ReportFixture.waivers();
        assertEquals(Conclusion.DOES_NOT_CONFORM, OpinionReport.conclusion(dao, w));
        assertEquals(Conclusion.CONFORMS, OpinionReport.conclusion(r.documents().get(1), w));
        assertEquals(Conclusion.UNVERIFIABLE, OpinionReport.conclusion(r.documents().get(2), w));
        DocumentResult warnOnly = new DocumentResult(dao.plan(), dao.pages(), dao.status(), null, dao.figures(),
                List.of(ReportFixture.RD, ReportFixture.URBAN));
        assertEquals(Conclusion.BROADLY_CONFORMS, OpinionReport.conclusion(warnOnly, Waivers.none()));
        Waivers accepted = w.with(ReportFixture.STRICT, new Waiver(Waiver.Kind.SUPPRESSED, "同意", "s:1"))
                .with(ReportFixture.COVERAGE, new Waiver(Waiver.Kind.SUPPRESSED, "同意", "s:2"));
        assertEquals(Conclusion.BROADLY_CONFORMS, OpinionReport.conclusion(dao, accepted));
        Waivers known = w.with(ReportFixture.STRICT, new Waiver(Waiver.Kind.SUPPRESSED, "同意", "s:1"))
                .with(ReportFixture.COVERAGE, new Waiver(Waiver.Kind.BASELINED, "基线", "b.json"));
        assertEquals(Conclusion.DOES_NOT_CONFORM, OpinionReport.conclusion(dao, known), "known is not accepted");
    }
}
