package org.citydiplomacy.portal.agreements;

public enum AgreementStatus {
    IN_FORCE, EXPIRED, SUPERSEDED, UNKNOWN
}
