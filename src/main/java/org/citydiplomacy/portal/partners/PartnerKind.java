package org.citydiplomacy.portal.partners;

public enum PartnerKind {
    CITY, STATE, REGION, PROVINCE, CITY_STATE, OTHER
}
