package org.citydiplomacy.portal.agreements.domain;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The full text of an agreement in one language; the language is the key of the collection. */
@Embeddable
class AgreementText {

    @Column(name = "title", length = 500)
    private String title;

    @Column(name = "body", nullable = false, columnDefinition = "text")
    private String body;

    protected AgreementText() {
    }

    AgreementText(String title, String body) {
        this.title = title;
        this.body = body;
    }

    String title() {
        return title;
    }

    String body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgreementText t && Objects.equals(title, t.title) && Objects.equals(body, t.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, body);
    }
}
