package org.citydiplomacy.portal.agreements;

/** The fields an agreement covers; labels come from the messages ({@code area.CODE}). */
public enum CooperationArea {
    ENVIRONMENT, CULTURE, TOURISM, SPORT, DISASTER_RESILIENCE, STARTUPS, EDUCATION, ECONOMY, CHILDREN, DIGITAL,
    HEALTH, URBAN_DEVELOPMENT, INCLUSION
}
