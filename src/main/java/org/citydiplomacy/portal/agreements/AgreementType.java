package org.citydiplomacy.portal.agreements;

public enum AgreementType {
    MEMORANDUM_OF_UNDERSTANDING, JOINT_COMMUNIQUE, JOINT_STATEMENT, JOINT_DECLARATION, LETTER_OF_INTENT, OTHER
}
