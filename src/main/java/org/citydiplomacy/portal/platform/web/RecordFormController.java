package org.citydiplomacy.portal.platform.web;

import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import org.citydiplomacy.portal.shared.RecordEdit;
import org.citydiplomacy.portal.shared.RecordWrites;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the staff pages of agreements, meetings and partners share: their list ({@link StaffListPage}),
 * withdrawing (a confirmation step with a reason, then the withdrawal) and restoring, each redirecting
 * to the record's form with a flash key, and the form's frame: its problems, its withdrawal, saving with
 * Post/Redirect/Get ({@link FormSubmission}). A subclass is the record's form controller, mapped at
 * {@code /staff/agreements} (and so on); it names its form, command, service and view.
 * Withdrawing and restoring are for administrators only: the URL rule and the write service both say so.
 *
 * @param <K> the record's key in its URLs: an id or a slug
 */
public abstract class RecordFormController<K, C, E extends RecordEdit<C>> {

    private final RecordWrites<K, C, E> records;
    private final SmartValidator validator;
    private final String kind;

    /**
     * @param kind {@code agreement}, {@code meeting} or {@code partner}: the form's model name, what picks
     *             the texts and flash keys, and where the subclass is mapped: {@code /staff/agreements}
     */
    protected RecordFormController(RecordWrites<K, C, E> records, SmartValidator validator, String kind) {
        this.records = records;
        this.validator = validator;
        this.kind = kind;
    }

    /** The staff's way to find a record to edit: every one in any visibility, searchable, the latest change first. */
    @GetMapping
    public String list(@RequestParam(required = false) String q, @RequestParam(required = false) String visibility,
            @RequestParam(required = false) String page, Model model) {
        return StaffListPage.show(kind, basePath(), StaffListPage.query(q, visibility, page), records::staffList, model);
    }

    /** The confirmation step of a withdrawal, with a reason. */
    @GetMapping("/{key}/withdraw")
    public String confirmWithdrawal(@PathVariable("key") K key, Model model) {
        records.edit(key); // 404 for a record that does not exist
        model.addAttribute("recordKind", kind);
        model.addAttribute("withdrawUrl", basePath() + "/" + key + "/withdraw");
        model.addAttribute("editUrl", editPath(key));
        return "staff/withdraw";
    }

    /** The reason goes into the history. */
    @PostMapping("/{key}/withdraw")
    public String withdraw(@PathVariable("key") K key, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        records.withdraw(key, reason == null ? null : reason.strip());
        redirect.addFlashAttribute("flash", "staff." + kind + ".withdrawn");
        return "redirect:" + editPath(key);
    }

    /** A withdrawn record becomes a draft again. */
    @PostMapping("/{key}/restore")
    public String restore(@PathVariable("key") K key, RedirectAttributes redirect) {
        records.restore(key);
        redirect.addFlashAttribute("flash", "staff.record.restored");
        return "redirect:" + editPath(key);
    }

    /** Validates a command onto the form's fields ({@link FormSubmission#validate}). */
    protected final void validate(Object command, BindingResult form) {
        FormSubmission.validate(validator, command, kind, form);
    }

    /** @param prefix where the command's fields sit on the form, e.g. "newPartner." */
    protected final void validate(Object command, BindingResult form, String prefix) {
        FormSubmission.validate(validator, command, kind, form, prefix);
    }

    /**
     * Saves a checked form ({@link FormSubmission#save}): the flash says {@code staff.<kind>.created} for a
     * new record, {@code staff.<kind>.saved} for an edit, and the redirect goes to the saved record's form.
     * @param key   the edited record's key; null for a new record
     * @param keyOf the saved record's key
     */
    protected final String save(K key, Supplier<E> save, Function<E, K> keyOf, BindingResult result, Model model,
            RedirectAttributes redirect, Supplier<String> invalid, LongFunction<String> stale) {
        return FormSubmission.save(save, saved -> editPath(keyOf.apply(saved)),
                "staff." + kind + (key == null ? ".created" : ".saved"), result, model, redirect, invalid, stale);
    }

    /** The pages' address: {@code /staff/} and the kind in the plural. */
    private String basePath() {
        return "/staff/" + kind + "s";
    }

    /** Where the record is edited, e.g. {@code /staff/agreements/7/edit}: where a save redirects. */
    protected final String editPath(K key) {
        return basePath() + "/" + key + "/edit";
    }

    /**
     * The form with its problems (beside their fields, and in the summary above the form) and what it
     * shows of a withdrawal (none for a new record) and where it is restored.
     */
    protected final void showForm(Object form, BindingResult result, FormFields fields, K key, Model model) {
        model.addAttribute(kind, form);
        if (result != null) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + kind, result);
        }
        model.addAttribute("errorSummary", fields.problems(result));
        model.addAttribute("withdrawal", key == null ? null : records.withdrawal(key));
        model.addAttribute("restoreUrl", basePath() + "/" + key + "/restore");
    }
}
