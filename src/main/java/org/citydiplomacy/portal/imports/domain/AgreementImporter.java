package org.citydiplomacy.portal.imports.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;

import org.citydiplomacy.portal.agreements.AgreementCommand;
import org.citydiplomacy.portal.agreements.AgreementEdit;
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
 * the agreement it names (its id or URL, else the same partners, signing date and title) and
 * created or updated through the agreements module's write service, which validates it, keeps
 * published records free of draft partners and writes the history. A row that changes nothing is
 * not written. At the end the transaction is rolled back if any row had a problem or it is a dry
 * run, so that nothing is half-imported and a dry run reports exactly what the import would do.
 */
@Service
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class AgreementImporter implements SpreadsheetImport {

    /**
     * Rows whose records Hibernate keeps before they are flushed and let go. Every query flushes, and
     * a flush checks each entity held, so a few rows per batch keep each row's cost (and the memory)
     * flat whatever the file's size: 200 made 10,000 rows take minutes, 10 takes seconds.
     */
    static final int ROWS_PER_FLUSH = 10;

    private final AgreementWriteService agreements;
    private final PartnerService partners;
    private final ImportNotes notes;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final EntityManager entityManager;

    AgreementImporter(AgreementWriteService agreements, PartnerService partners, ImportNotes notes,
            MessageSource messages, PlatformTransactionManager transactions, EntityManager entityManager) {
        this.agreements = agreements;
        this.partners = partners;
        this.notes = notes;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
        this.entityManager = entityManager;
    }

    @Override
    public ImportReport importAgreements(ImportFile file, boolean dryRun, Locale locale) {
        return transaction.execute(status -> {
            Rows rows = new Rows(locale);
            SpreadsheetFormat.read(file, rows);
            if (rows.reader == null) {
                throw SpreadsheetFormat.unreadable("import.file.empty");
            }
            ImportReport.Counts counts = ImportReport.Counts.of(rows.report);
            boolean save = !dryRun && counts.error() == 0 && counts.create() + counts.update() > 0;
            if (save) {
                notes.importedFrom(file.filename());
            }
            else {
                status.setRollbackOnly();
            }
            return new ImportReport(counts, List.copyOf(rows.report), save);
        });
    }

    /** Takes the file's rows as they are read and writes each one. */
    private final class Rows implements RowHandler {

        private final Locale locale;
        private final List<ImportReport.Row> report = new ArrayList<>();
        private AgreementRow.Reader reader;

        Rows(Locale locale) {
            this.locale = locale;
        }

        @Override
        public void header(List<String> names) {
            reader = new AgreementRow.Reader(new AgreementColumns(names),
                    new PartnerNames(partners.refs(Audience.STAFF)),
                    new Words<>(AgreementType.class, "agreementType.", messages),
                    new Words<>(AgreementStatus.class, "agreementStatus.", messages),
                    new Words<>(CooperationArea.class, "area.", messages),
                    new Words<>(Visibility.class, "staff.list.visibility.", messages));
        }

        @Override
        public void row(int number, List<String> cells) {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            AgreementRow row = reader.read(cells);
            List<ImportReport.RowError> errors = new ArrayList<>();
            row.problems().forEach(p -> errors.add(error(p.column(), p.code(), p.arguments())));
            ImportOutcome outcome = errors.isEmpty() ? write(row, errors) : ImportOutcome.ERROR;
            report.add(new ImportReport.Row(number, outcome, List.copyOf(errors)));
            if (report.size() % ROWS_PER_FLUSH == 0) {
                entityManager.flush();
                entityManager.clear();
            }
        }

        private ImportOutcome write(AgreementRow row, List<ImportReport.RowError> errors) {
            try {
                Optional<AgreementEdit> current = current(row);
                ImportOutcome outcome;
                if (current.isEmpty()) {
                    agreements.create(row.over(AgreementRow.BLANK));
                    outcome = ImportOutcome.CREATE;
                }
                else {
                    AgreementCommand command = row.over(current.get().command());
                    if (command.equals(current.get().command())) {
                        return ImportOutcome.UNCHANGED;
                    }
                    agreements.update(current.get().id(), current.get().version(), command);
                    outcome = ImportOutcome.UPDATE;
                }
                return outcome;
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
                        header(fieldOf(v.getPropertyPath().toString())), v.getMessage())));
            }
            catch (StaleEditException ex) {
                errors.add(error((Column) null, "import.row.stale"));
            }
            catch (AccessDeniedException ex) {
                errors.add(error((Column) null, "import.row.withdrawn"));
            }
            return ImportOutcome.ERROR;
        }

        /** The agreement the row names by id or URL, else the one with its partners, date and title. */
        private Optional<AgreementEdit> current(AgreementRow row) {
            if (row.id() != null) {
                return Optional.of(agreements.edit(row.id()));
            }
            AgreementCommand wanted = row.over(AgreementRow.BLANK);
            return agreements.sameAgreement(wanted.partners(), wanted.signedOn(), wanted.title())
                    .map(agreements::edit);
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

    /** "create.command.title" becomes "title": the path below the method's parameter. */
    private static String fieldOf(String path) {
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : path;
    }
}
