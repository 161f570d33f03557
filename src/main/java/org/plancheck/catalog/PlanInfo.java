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
 */
public record PlanInfo(String id, String name, String shortName, String jurisdiction, String level, int baseYear,
                       int targetYear, int periodStart, int periodEnd) {
}
