package org.citydiplomacy.portal.imports.web;

import java.io.Serializable;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.citydiplomacy.portal.imports.CsvEncoding;
import org.citydiplomacy.portal.imports.ImportFile;
import org.citydiplomacy.portal.imports.ImportReport;
import org.citydiplomacy.portal.imports.SpreadsheetImport;
import org.citydiplomacy.portal.platform.web.FormSubmission;
import org.citydiplomacy.portal.shared.InvalidCommandException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import page: a file, its encoding, and "check" or "import". The import runs while the request
 * waits (10,000 rows take seconds), so the answer is the report itself: a check or an import with
 * problems shows it under the form, to correct the file and send it again; a saved import redirects
 * (Post/Redirect/Get) to the form with its counts.
 */
@Controller
@RequestMapping("/staff/imports")
class ImportPageController {

    static final String VIEW = "imports/importForm";

    /** The form's fields, for showing them again with their errors. */
    record ImportForm(CsvEncoding encoding, String file) {
    }

    /** What a saved import did, shown once after the redirect; kept small, as it travels in the session. */
    record Imported(String file, int create, int update, int unchanged) implements Serializable {
    }

    private final SpreadsheetImport imports;

    ImportPageController(SpreadsheetImport imports) {
        this.imports = imports;
    }

    @GetMapping
    String initImportForm(Model model) {
        return show(new ImportForm(CsvEncoding.AUTO, null), null, model);
    }

    @PostMapping
    String processImportForm(@RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "AUTO") CsvEncoding encoding, @RequestParam(defaultValue = "false") boolean dryRun,
            Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        ImportForm form = new ImportForm(encoding, null);
        BindingResult result = new BeanPropertyBindingResult(form, "importForm");
        if (file == null || file.isEmpty()) {
            result.rejectValue("file", "import.file.required");
            return show(form, result, model);
        }
        try {
            ImportReport report = imports.importAgreements(new ImportFile(file.getOriginalFilename(), encoding, file),
                    dryRun, locale);
            if (report.saved()) {
                redirect.addFlashAttribute("imported", new Imported(file.getOriginalFilename(), report.counts().create(),
                        report.counts().update(), report.counts().unchanged()));
                return "redirect:/staff/imports";
            }
            if (report.hasErrors() && !dryRun) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            }
            model.addAttribute("report", report);
            model.addAttribute("dryRun", dryRun);
            model.addAttribute("fileName", file.getOriginalFilename());
        }
        catch (InvalidCommandException ex) {
            FormSubmission.reject(ex, "", result);
        }
        return show(form, result, model);
    }

    private String show(ImportForm form, BindingResult result, Model model) {
        model.addAttribute("importForm", form);
        if (result != null) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "importForm", result);
        }
        model.addAttribute("encodings", CsvEncoding.values());
        return VIEW;
    }
}
