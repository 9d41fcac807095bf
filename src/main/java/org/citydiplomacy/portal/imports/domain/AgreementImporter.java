package org.citydiplomacy.portal.imports.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import org.citydiplomacy.portal.agreements.AgreementCommand;
import org.citydiplomacy.portal.agreements.AgreementEdit;
import org.citydiplomacy.portal.agreements.AgreementImports;
import org.citydiplomacy.portal.agreements.AgreementStatus;
import org.citydiplomacy.portal.agreements.AgreementType;
import org.citydiplomacy.portal.agreements.AgreementWriteService;
import org.citydiplomacy.portal.agreements.CooperationArea;
import org.citydiplomacy.portal.history.ImportNotes;
import org.citydiplomacy.portal.imports.ImportFile;
import org.citydiplomacy.portal.imports.ImportOutcome;
import org.citydiplomacy.portal.imports.ImportReport;
import org.citydiplomacy.portal.imports.SpreadsheetImport;
import org.citydiplomacy.portal.imports.domain.AgreementColumns.Column;
import org.citydiplomacy.portal.partners.PartnerService;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.HiddenPartsException;
import org.citydiplomacy.portal.shared.InvalidCommandException;
import org.citydiplomacy.portal.shared.RecordNotFoundException;
import org.citydiplomacy.portal.shared.StaleEditException;
import org.citydiplomacy.portal.shared.Visibility;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a spreadsheet of agreements in one transaction: each row, as it is read, is matched to
 * the agreement it names (its id or URL, else the same partners, signing date and title, looked up in
 * what the agreements module read once for the file). A new agreement is checked at once and written
 * with the next lot ({@link AgreementImports}); a changed one goes through the agreements module's
 * write service, which validates it, keeps published records free of draft partners and writes the
 * history. A row that changes nothing is not written. At the end the transaction is rolled back if any
 * row had a problem or it is a dry run, so that nothing is half-imported and a dry run reports exactly
 * what the import would do.
 */
@Service
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class AgreementImporter implements SpreadsheetImport {

    /**
     * Rows whose records Hibernate keeps before they are flushed and let go. Every query flushes, and
     * a flush checks each entity held, so a few rows per batch keep each row's cost (and the memory)
     * flat whatever the file's size. Only updated rows go through Hibernate; new ones are written in lots.
     */
    static final int ROWS_PER_FLUSH = 10;

    /** A background job hears of the progress every so many rows (each time one short transaction of its own). */
    static final int ROWS_PER_PROGRESS = 250;

    private final AgreementWriteService agreements;
    private final AgreementImports batches;
    private final PartnerService partners;
    private final ImportNotes notes;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final EntityManager entityManager;

    AgreementImporter(AgreementWriteService agreements, AgreementImports batches, PartnerService partners,
            ImportNotes notes, MessageSource messages, PlatformTransactionManager transactions, EntityManager entityManager) {
        this.agreements = agreements;
        this.batches = batches;
        this.partners = partners;
        this.notes = notes;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
        this.entityManager = entityManager;
    }

    @Override
    public ImportReport importAgreements(ImportFile file, boolean dryRun, Locale locale) {
        return importAgreements(file, dryRun, locale, ImportListener.NONE);
    }

    ImportReport importAgreements(ImportFile file, boolean dryRun, Locale locale, ImportListener listener) {
        return transaction.execute(status -> {
            // First, so that the change set exists (and says where it came from) before lots of rows
            // are written into it; rolled back with the rest unless the import is saved.
            notes.importedFrom(file.filename());
            Rows rows = new Rows(locale, listener);
            SpreadsheetFormat.read(file, rows);
            if (rows.reader == null) {
                throw SpreadsheetFormat.unreadable("import.file.empty");
            }
            rows.batch.flush();
            ImportReport.Counts counts = ImportReport.Counts.of(rows.report);
            boolean save = !dryRun && counts.error() == 0 && counts.create() + counts.update() > 0;
            ImportReport report = new ImportReport(counts, List.copyOf(rows.report), save);
            if (save) {
                listener.saving(report);
            }
            else {
                status.setRollbackOnly();
            }
            return report;
        });
    }

    /**
     * The rows that are not empty, for a job's progress bar: a quick read of the file, which also
     * refuses one that cannot be imported at all (not a spreadsheet, no header, an unknown column).
     * @throws InvalidCommandException (field {@code file}) as {@link #importAgreements} does
     */
    static int countRows(ImportFile file) {
        RowCount count = new RowCount();
        SpreadsheetFormat.read(file, count);
        if (!count.header) {
            throw SpreadsheetFormat.unreadable("import.file.empty");
        }
        return count.rows;
    }

    private static final class RowCount implements RowHandler {

        private boolean header;
        private int rows;

        @Override
        public void header(List<String> names) {
            new AgreementColumns(names);
            header = true;
        }

        @Override
        public void row(int number, List<String> cells) {
            if (!blank(cells)) {
                rows++;
            }
        }
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    /** Takes the file's rows as they are read and writes each one. */
    private final class Rows implements RowHandler {

        private final Locale locale;
        private final ImportListener listener;
        private final List<ImportReport.Row> report = new ArrayList<>();
        private AgreementRow.Reader reader;
        private AgreementImports.Batch batch;
        private int updates;

        Rows(Locale locale, ImportListener listener) {
            this.locale = locale;
            this.listener = listener;
        }

        @Override
        public void header(List<String> names) {
            reader = new AgreementRow.Reader(new AgreementColumns(names),
                    new PartnerNames(partners.refs(Audience.STAFF)),
                    new Words<>(AgreementType.class, "agreementType.", messages),
                    new Words<>(AgreementStatus.class, "agreementStatus.", messages),
                    new Words<>(CooperationArea.class, "area.", messages),
                    new Words<>(Visibility.class, "staff.list.visibility.", messages));
            batch = batches.open();
        }

        @Override
        public void row(int number, List<String> cells) {
            if (blank(cells)) {
                return;
            }
            AgreementRow row = reader.read(cells);
            List<ImportReport.RowError> errors = new ArrayList<>();
            row.problems().forEach(p -> errors.add(error(p.column(), p.code(), p.arguments())));
            ImportOutcome outcome = errors.isEmpty() ? write(row, errors) : ImportOutcome.ERROR;
            report.add(new ImportReport.Row(number, outcome, List.copyOf(errors)));
            if (report.size() % ROWS_PER_PROGRESS == 0) {
                listener.progressed(report.size());
            }
        }

        private ImportOutcome write(AgreementRow row, List<ImportReport.RowError> errors) {
            try {
                Optional<AgreementEdit> current = current(row);
                if (current.isEmpty()) {
                    batch.create(row.over(AgreementRow.BLANK));
                    return ImportOutcome.CREATE;
                }
                AgreementCommand command = row.over(current.get().command());
                if (command.equals(current.get().command())) {
                    return ImportOutcome.UNCHANGED;
                }
                agreements.update(current.get().id(), current.get().version(), command);
                batch.updated(current.get().id(), command);
                if (++updates % ROWS_PER_FLUSH == 0) {
                    entityManager.flush();
                    entityManager.clear();
                }
                return ImportOutcome.UPDATE;
            }
            catch (RecordNotFoundException ex) {
                errors.add(error(row.id() != null ? Column.ID : null, "import.id.unknown", row.id()));
            }
            catch (InvalidCommandException ex) {
                ex.problems().forEach(p -> errors.add(error(p.field(), p.code(), p.arguments())));
            }
            catch (ConstraintViolationException ex) {
                // The messages are interpolated in the request's language (LocaleContextHolder).
                ex.getConstraintViolations().forEach(v -> errors.add(new ImportReport.RowError(
                        header(fieldOf(v.getPropertyPath())), v.getMessage())));
            }
            catch (StaleEditException ex) {
                errors.add(error((Column) null, "import.row.stale"));
            }
            catch (AccessDeniedException ex) {
                errors.add(error((Column) null, "import.row.withdrawn"));
            }
            return ImportOutcome.ERROR;
        }

        /**
         * The agreement the row names by id or URL, else the one with its partners, date and title (found
         * in what the batch read once for the file). Reading an agreement writes the batch's new ones first.
         */
        private Optional<AgreementEdit> current(AgreementRow row) {
            Optional<Long> id = Optional.ofNullable(row.id());
            if (id.isEmpty()) {
                AgreementCommand wanted = row.over(AgreementRow.BLANK);
                id = batch.sameAgreement(wanted.partners(), wanted.signedOn(), wanted.title());
            }
            if (id.isPresent()) {
                batch.flush();
            }
            return id.map(agreements::edit);
        }

        private ImportReport.RowError error(Column column, String code, Object... arguments) {
            return new ImportReport.RowError(column == null ? "" : reader.columns().header(column),
                    message(code, arguments));
        }

        private ImportReport.RowError error(String property, String code, Object... arguments) {
            return new ImportReport.RowError(header(property), message(code, arguments));
        }

        /** The file's name for the column of a command field; the field itself for one no column fills. */
        private String header(String property) {
            Column column = AgreementColumns.of(property);
            return column == null ? property : reader.columns().header(column);
        }

        private String message(String code, Object... arguments) {
            Object[] localised = arguments.clone();
            for (int i = 0; i < localised.length; i++) {
                if (localised[i] instanceof HiddenPartsException.Names names) {
                    localised[i] = names.in(locale);
                }
            }
            return messages.getMessage(code, localised, code, locale);
        }
    }

    /**
     * The field below the method's parameter: "update.command.title" (the write service's method
     * validation) and "title" (the batch's own) both become "title".
     */
    private static String fieldOf(Path path) {
        int prefix = 0;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                prefix++;
            }
        }
        String[] parts = path.toString().split("\\.", prefix + 1);
        return parts[parts.length - 1];
    }
}
