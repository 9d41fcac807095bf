package org.citydiplomacy.portal.shared;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A record cannot be published because something it shows is not public: a partner that is a draft
 * (which may be published with it, if the editor says so) or withdrawn, a related agreement that is
 * not published. Publishing it anyway would show readers a record with a hidden part. Its field
 * problems are shown like any other; {@link #draftPartners()} lets a form offer "also publish them"
 * and the API name them.
 */
public class HiddenPartsException extends InvalidCommandException {

    /** The message code of the problem "these partners are drafts"; its argument is their names. */
    public static final String DRAFT_PARTNERS = "validation.publish.draftPartners";

    private final List<Part> draftPartners;

    public HiddenPartsException(List<FieldProblem> problems, List<Part> draftPartners) {
        super(problems);
        this.draftPartners = List.copyOf(draftPartners);
    }

    /** Draft partners the record names: publishing them with it would make it whole. */
    public List<Part> draftPartners() {
        return draftPartners;
    }

    /** The draft partners' names in the reader's language, joined for a sentence. */
    public String draftNamesIn(Locale locale) {
        return names(draftPartners, locale);
    }

    public static String names(List<Part> parts, Locale locale) {
        return parts.stream().map(p -> p.nameIn(locale))
                .collect(Collectors.joining("ja".equals(locale.getLanguage()) ? "、" : ", "));
    }

    /**
     * Names as a message argument: English by default ({@link #toString()}), in the reader's language
     * where a page shows it ({@link #in(Locale)}).
     */
    public record Names(List<Part> parts) {

        public String in(Locale locale) {
            return names(parts, locale);
        }

        @Override
        public String toString() {
            return names(parts, Locale.ENGLISH);
        }
    }

    /** A partner (or an agreement, by its title) named by a record, as the message about it needs it. */
    public record Part(String slug, String name, String nameJa) {

        public String nameIn(Locale locale) {
            return Texts.in(locale, name, nameJa);
        }
    }
}
