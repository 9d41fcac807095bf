package org.citydiplomacy.portal.agreements.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.citydiplomacy.portal.agreements.AgreementCommand;
import org.citydiplomacy.portal.agreements.AgreementImports;
import org.citydiplomacy.portal.agreements.domain.AgreementBatchWriter.KnownPartner;
import org.citydiplomacy.portal.partners.PublishingCheck;
import org.citydiplomacy.portal.shared.InvalidCommandException;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.Visibility;

/**
 * One file's batch: new agreements checked as they come, against the partners read when it opened,
 * and written some hundreds at a time. The checks are those of {@code AgreementEditor} for a command
 * without signatories, relations or texts, in the same order with the same message codes, so that a
 * row reports the same problems either way.
 */
final class AgreementImportBatch implements AgreementImports.Batch {

    /** Agreements written per lot: a few statements each, and a lot's JSON stays well under a megabyte or two. */
    static final int PER_LOT = 500;

    /** A checked agreement waiting to be written, with its partners' ids in the command's order. */
    record Pending(AgreementCommand command, Map<String, Long> partnerIds, AgreementKeys.Entry entry) {
    }

    private final Map<String, KnownPartner> partners;
    private final AgreementKeys keys;
    private final AgreementBatchWriter.Writing writing;
    private final List<Pending> pending = new ArrayList<>();

    AgreementImportBatch(Map<String, KnownPartner> partners, AgreementKeys keys, AgreementBatchWriter.Writing writing) {
        this.partners = partners;
        this.keys = keys;
        this.writing = writing;
    }

    @Override
    public Optional<Long> sameAgreement(Collection<String> partnerSlugs, PartialDate signedOn, String title) {
        Optional<AgreementKeys.Entry> found = keys.find(partnerSlugs, signedOn, title);
        if (found.isPresent() && found.get().id == null) {
            flush();
        }
        return found.map(e -> e.id);
    }

    @Override
    public void create(AgreementCommand command) {
        if (!command.signatories().isEmpty() || !command.relations().isEmpty() || !command.texts().isEmpty()) {
            throw new IllegalArgumentException("A batch creates agreements without signatories, relations or texts");
        }
        Set<ConstraintViolation<AgreementCommand>> violations = writing.validator().validate(command);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Map<String, Long> ids = new LinkedHashMap<>();
        command.partners().stream().filter(partners::containsKey).forEach(s -> ids.put(s, partners.get(s).id()));
        InvalidCommandException.Collector problems = new InvalidCommandException.Collector();
        problems.rejectUnknownOrRepeatedPartners(command.partners(), ids);
        if (command.visibility() == Visibility.WITHDRAWN) {
            problems.reject("visibility", "validation.visibility.withdrawn");
        }
        rejectBeforeSigning(problems, "reviewOn", command.reviewOn(), command.signedOn());
        rejectBeforeSigning(problems, "expiresOn", command.expiresOn(), command.signedOn());
        problems.throwIfAny();
        boolean allPublic = ids.keySet().stream().allMatch(s -> partners.get(s).published());
        if (command.visibility() == Visibility.PUBLISHED && !allPublic) {
            // The shared rule and its messages; it refuses here, since an import never publishes partners.
            PublishingCheck.of(writing.partners(), ids.values()).settle(false);
        }
        AgreementKeys.Entry entry = new AgreementKeys.Entry(null, command.signedOn());
        keys.add(entry, command.partners(), command.title());
        pending.add(new Pending(command, ids, entry));
        if (pending.size() >= PER_LOT) {
            flush();
        }
    }

    private static void rejectBeforeSigning(InvalidCommandException.Collector problems, String field, LocalDate date,
            PartialDate signedOn) {
        if (date != null && date.isBefore(signedOn.start())) {
            problems.reject(field, "validation.agreement.dateBeforeSigning");
        }
    }

    @Override
    public void updated(long id, AgreementCommand command) {
        keys.move(id, command.partners(), command.title(), command.signedOn());
    }

    @Override
    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Long> ids = writing.inserts().insert(pending);
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            p.entry().id = ids.get(i);
            keys.written(p.entry(), p.command().partners(), p.command().title());
        }
        pending.clear();
    }
}
