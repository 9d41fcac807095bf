package org.citydiplomacy.portal.shared;

/** A record that does not exist, or that the reader may not see: a 404 page or problem. */
public class RecordNotFoundException extends RuntimeException {

    private final String kind;
    private final String key;

    private RecordNotFoundException(String kind, String key) {
        super(kind + " " + key + " not found");
        this.kind = kind;
        this.key = key;
    }

    public static RecordNotFoundException agreement(long id) {
        return new RecordNotFoundException("agreement", Long.toString(id));
    }

    public static RecordNotFoundException partner(String slug) {
        return new RecordNotFoundException("partner", slug);
    }

    public static RecordNotFoundException meeting(long id) {
        return new RecordNotFoundException("meeting", Long.toString(id));
    }

    public static RecordNotFoundException network(String slug) {
        return new RecordNotFoundException("network", slug);
    }

    public static RecordNotFoundException document(long id) {
        return new RecordNotFoundException("document", Long.toString(id));
    }

    public static RecordNotFoundException account(String username) {
        return new RecordNotFoundException("account", username);
    }

    public static RecordNotFoundException token(long id) {
        return new RecordNotFoundException("token", Long.toString(id));
    }

    /** A background import that does not exist or was started by someone else (only its owner and administrators see it). */
    public static RecordNotFoundException importJob(java.util.UUID id) {
        return new RecordNotFoundException("import", id.toString());
    }

    /** A personal calendar address whose secret is unknown or revoked; the secret itself is never repeated. */
    public static RecordNotFoundException calendar() {
        return new RecordNotFoundException("calendar", "(secret withheld)");
    }

    public String kind() {
        return kind;
    }

    public String key() {
        return key;
    }
}
