package org.plancheck.model;

/**
 * A lower plan under review, as the rules see it.
 *
 * @param document     file path
 * @param title        title read from the first pages
 * @param jurisdiction the county (or the city) it plans for
 * @param planType     county general plan, special plan, or the upper plan itself
 * @param domain       for special plans, the domain code (energy, ecology …); null otherwise
 */
public record LowerPlan(String document, String title, String jurisdiction, PlanType planType, String domain) {

    public boolean isCounty() {
        return planType == PlanType.COUNTY_GENERAL;
    }

    public boolean isSpecial() {
        return planType == PlanType.SPECIAL;
    }
}
