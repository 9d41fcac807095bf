package org.citydiplomacy.portal.agreements.web;

import java.io.IOException;

import org.citydiplomacy.portal.agreements.AgreementDetails;
import org.citydiplomacy.portal.agreements.AgreementService;
import org.citydiplomacy.portal.agreements.AgreementWriteService;
import org.citydiplomacy.portal.agreements.DocumentProperties;
import org.citydiplomacy.portal.agreements.DocumentUpload;
import org.citydiplomacy.portal.platform.web.FormSubmission;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.InvalidCommandException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Attaching a signed PDF to an agreement, or a new version of one ({@code replaces}: the old file is
 * withdrawn and kept); the write service checks that it really is a PDF.
 */
@Controller
@RequestMapping("/staff/agreements/{id}/documents")
class DocumentUploadController {

    static final String VIEW = "agreements/documentForm";

    /** The form's fields, for showing them again with their errors. */
    record DocumentForm(String language, String file, Long replaces) {
    }

    private final AgreementWriteService agreements;
    private final AgreementService reads;
    private final DocumentProperties limits;

    DocumentUploadController(AgreementWriteService agreements, AgreementService reads, DocumentProperties limits) {
        this.agreements = agreements;
        this.reads = reads;
        this.limits = limits;
    }

    @GetMapping("/new")
    String initUploadForm(@PathVariable long id, @RequestParam(required = false) Long replaces, Model model) {
        return show(id, new DocumentForm("en", null, replaces), null, model);
    }

    @PostMapping
    String processUploadForm(@PathVariable long id, @RequestParam(defaultValue = "") String language,
            @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) Long replaces,
            Model model, RedirectAttributes redirect) throws IOException {
        DocumentForm form = new DocumentForm(language, null, replaces);
        BindingResult result = new BeanPropertyBindingResult(form, "document");
        try {
            byte[] content = file == null || file.isEmpty() ? null : file.getBytes();
            DocumentUpload upload = new DocumentUpload(language.strip(),
                    file == null ? null : file.getOriginalFilename(), content);
            if (replaces == null) {
                agreements.attach(id, upload);
            }
            else {
                agreements.replaceDocument(id, replaces, upload);
            }
            redirect.addFlashAttribute("flash", replaces == null ? "staff.documents.attached" : "staff.documents.replaced");
            return "redirect:/staff/agreements/" + id + "/edit";
        }
        catch (InvalidCommandException ex) {
            FormSubmission.reject(ex, "", result);
        }
        catch (jakarta.validation.ConstraintViolationException ex) {
            ex.getConstraintViolations().forEach(v -> {
                String path = v.getPropertyPath().toString();
                String field = path.endsWith("content") ? "file" : path.endsWith("language") ? "language" : null;
                if (field != null) {
                    result.rejectValue(field, "staff.documents." + field + ".invalid", v.getMessage());
                }
                else {
                    result.reject("staff.documents.invalid", v.getMessage());
                }
            });
        }
        return show(id, form, result, model);
    }

    private String show(long id, DocumentForm form, BindingResult result, Model model) {
        AgreementDetails agreement = reads.find(id, Audience.STAFF);
        model.addAttribute("agreement", agreement);
        model.addAttribute("document", form);
        if (result != null) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "document", result);
        }
        model.addAttribute("maxMegabytes", limits.maxSize().toMegabytes());
        model.addAttribute("languages", FormSubmission.languages());
        return VIEW;
    }
}
