package org.citydiplomacy.portal.statistics;

/** What a set of figures counts by. Labels: {@code statistics.dimension.CODE}. */
public enum Dimension {
    AGREEMENTS_BY_YEAR, AGREEMENTS_BY_DECADE, AGREEMENTS_BY_TYPE, AGREEMENTS_BY_CONTINENT, AGREEMENTS_BY_AREA,
    MEETINGS_BY_YEAR
}
