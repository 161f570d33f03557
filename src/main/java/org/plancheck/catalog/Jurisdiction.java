package org.plancheck.catalog;

import java.util.List;

/**
 * A lower unit of the upper plan's area.
 *
 * @param name     official name (冷水滩区)
 * @param kind     district, county, county-city, functional
 * @param aliases  short names used in titles (冷水滩)
 * @param landArea land area in km², null when not given (used to weight forest coverage)
 * @param source   where the area figure comes from, or "illustrative"
 */
public record Jurisdiction(String name, String kind, List<String> aliases, Double landArea, String source) {

    /** Functional areas (开发区, 管理区) plan too but are not part of the county aggregate. */
    public boolean isFunctionalArea() {
        return "functional".equals(kind);
    }
}
