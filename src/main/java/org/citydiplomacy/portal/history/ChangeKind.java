package org.citydiplomacy.portal.history;

/** What a revision did to a record; labels come from the messages ({@code changeKind.X}). */
public enum ChangeKind {
    CREATED, CHANGED, WITHDRAWN, DOCUMENT_ADDED, DOCUMENT_REPLACED, DOCUMENT_WITHDRAWN
}
