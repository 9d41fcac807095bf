package org.citydiplomacy.portal.agreements.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.citydiplomacy.portal.agreements.DocumentProperties;
import org.citydiplomacy.portal.shared.InvalidCommandException;
import org.citydiplomacy.portal.shared.RecordNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Where a signed document's bytes go: checks that a file is a PDF the portal may keep (not empty,
 * within the size limit, not encrypted), then stores it under a safe name with its SHA-256, the
 * checksum that downloads use as their ETag and to notice a file replaced while it is read, and with
 * its text for the search.
 */
@Component
class DocumentStore {

    private final AgreementDocuments documents;
    private final DocumentProperties limits;

    DocumentStore(AgreementDocuments documents, DocumentProperties limits) {
        this.documents = documents;
        this.limits = limits;
    }

    /** Adds to {@code problems} whatever keeps {@code content} from being stored, under the field {@code file}. */
    void check(byte[] content, InvalidCommandException.Collector problems) {
        if (content.length == 0) {
            problems.reject("file", "validation.document.required");
        }
        else if (content.length > limits.maxSize().toBytes()) {
            problems.reject("file", "validation.document.tooLarge", limits.maxSize().toMegabytes());
        }
        else {
            switch (PdfCheck.of(content)) {
                case NOT_PDF -> problems.reject("file", "validation.document.notPdf");
                case ENCRYPTED -> problems.reject("file", "validation.document.encrypted");
                case PDF -> { }
            }
        }
    }

    Optional<AgreementDocument> find(long documentId) {
        return documents.findById(documentId);
    }

    /** A document of this agreement that is not withdrawn yet, else "not found" (a withdrawn one has nothing left to do). */
    AgreementDocument live(long agreementId, long documentId) {
        return find(documentId).filter(d -> d.belongsTo(agreementId) && !d.isWithdrawn())
                .orElseThrow(() -> RecordNotFoundException.document(documentId));
    }

    /** Stores a checked file of an agreement; {@code language} is already canonical. */
    AgreementDocument store(long agreementId, String language, String filename, byte[] content) {
        String name = safeFilename(filename);
        return documents.save(new AgreementDocument(agreementId, language, name, content, sha256(content),
                PdfText.of(content, name)));
    }

    /**
     * The name the file will be downloaded under: its last path segment, without control or quote
     * characters, ending in .pdf, at most 255 characters.
     */
    static String safeFilename(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"*:<>?|;]", "_").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "document";
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            name = name + ".pdf";
        }
        if (name.length() > 255) {
            name = name.substring(0, 251) + ".pdf";
        }
        return name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("Every Java runtime has SHA-256", ex);
        }
    }
}
