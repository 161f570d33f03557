package org.plancheck.catalog;

/**
 * The upper plan a catalog describes.
 *
 * @param id           folder id ("yongzhou-15th")
 * @param name         full title
 * @param shortName    short title for reports
 * @param jurisdiction the area it plans for (永州市)
 * @param level        administrative level of that area (province, city, county)
 * @param baseYear     base year of its indicators (2025)
 * @param targetYear   target year (2030)
 * @param periodStart  first year of the period
 * @param periodEnd    last year of the period
 * @param governs      the kinds of lower plan it governs (a five-year plan: general and special plans; an annual
 *                     plan: annual plans)
 */
public record PlanInfo(String id, String name, String shortName, String jurisdiction, String level, int baseYear,
                       int targetYear, int periodStart, int periodEnd, java.util.Set<org.plancheck.model.PlanKind> governs) {

    public PlanInfo(String id, String name, String shortName, String jurisdiction, String level, int baseYear,
                    int targetYear, int periodStart, int periodEnd) {
        this(id, name, shortName, jurisdiction, level, baseYear, targetYear, periodStart, periodEnd,
                defaultGoverns(baseYear, targetYear));
    }

    /** An annual plan (target year = base year + 1) governs annual plans; a longer plan, general and special ones. */
    public static java.util.Set<org.plancheck.model.PlanKind> defaultGoverns(int baseYear, int targetYear) {
        return targetYear - baseYear <= 1 ? java.util.Set.of(org.plancheck.model.PlanKind.ANNUAL)
                : java.util.Set.of(org.plancheck.model.PlanKind.GENERAL, org.plancheck.model.PlanKind.SPECIAL);
    }

    /** Whether it is an annual plan (its targets are for one year). */
    public boolean annual() {
        return targetYear - baseYear <= 1;
    }
}
