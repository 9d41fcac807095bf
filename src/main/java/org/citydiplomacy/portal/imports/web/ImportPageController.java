package org.citydiplomacy.portal.imports.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.citydiplomacy.portal.imports.CsvEncoding;
import org.citydiplomacy.portal.imports.ImportFile;
import org.citydiplomacy.portal.imports.ImportJob;
import org.citydiplomacy.portal.imports.ImportJobs;
import org.citydiplomacy.portal.imports.ImportReport;
import org.citydiplomacy.portal.platform.web.FormSubmission;
import org.citydiplomacy.portal.shared.InvalidCommandException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.View;

/**
 * The import page: a file, its encoding, and "check" or "import". The import runs in the background
 * (a job any instance can show): the form's POST answers 303 with the job's page, which refreshes
 * itself every {@value #REFRESH_SECONDS} seconds (no JavaScript) while it runs, showing how far it is,
 * and then the report under the form, to correct the file and send it again.
 */
@Controller
@RequestMapping("/staff/imports")
class ImportPageController {

    static final String VIEW = "imports/importForm";
    static final int REFRESH_SECONDS = 2;

    /** The form's fields, for showing them again with their errors. */
    record ImportForm(CsvEncoding encoding, String file) {
    }

    /** What a saved import did. */
    record Imported(String file, int create, int update, int unchanged) {
    }

    private final ImportJobs jobs;

    ImportPageController(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping
    String initImportForm(Model model) {
        return show(new ImportForm(CsvEncoding.AUTO, null), null, model);
    }

    @PostMapping
    String processImportForm(@RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "AUTO") CsvEncoding encoding, @RequestParam(defaultValue = "false") boolean dryRun,
            Locale locale, Model model, HttpServletRequest request) {
        ImportForm form = new ImportForm(encoding, null);
        BindingResult result = new BeanPropertyBindingResult(form, "importForm");
        if (file == null || file.isEmpty()) {
            result.rejectValue("file", "import.file.required");
        }
        else {
            try {
                UUID id = jobs.start(new ImportFile(file.getOriginalFilename(), encoding, file), dryRun, locale);
                // 303 See Other: the answer to the POST is another resource, fetched with GET (the redirect view reads this).
                request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
                return "redirect:/staff/imports/" + id;
            }
            catch (InvalidCommandException ex) {
                FormSubmission.reject(ex, "", result);
            }
        }
        return show(form, result, model);
    }

    /** The job's page: its progress while it runs, then its report (or why it failed), under the form. */
    @GetMapping("/{id}")
    String showJob(@PathVariable UUID id, Model model) {
        ImportJob job = jobs.find(id);
        model.addAttribute("job", job);
        if (job.unfinished()) {
            model.addAttribute("refreshSeconds", REFRESH_SECONDS);
        }
        ImportReport report = job.report();
        if (report != null) {
            model.addAttribute("report", report);
            model.addAttribute("dryRun", job.dryRun());
            model.addAttribute("fileName", job.fileName());
            if (report.saved()) {
                model.addAttribute("imported", new Imported(job.fileName(), report.counts().create(),
                        report.counts().update(), report.counts().unchanged()));
            }
        }
        return show(new ImportForm(CsvEncoding.AUTO, null), null, model);
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
