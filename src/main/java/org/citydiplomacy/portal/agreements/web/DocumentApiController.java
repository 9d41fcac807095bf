package org.citydiplomacy.portal.agreements.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/** A signed document through the API: the same download as the agreement page's, errors as problem+json. */
@RestController
class DocumentApiController {

    private final DocumentDownloads downloads;

    DocumentApiController(DocumentDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping("/api/v1/agreements/{id}/documents/{documentId}")
    void download(@PathVariable long id, @PathVariable long documentId, ServletWebRequest request,
            HttpServletResponse response) throws IOException {
        downloads.send(id, documentId, request, response);
    }
}
