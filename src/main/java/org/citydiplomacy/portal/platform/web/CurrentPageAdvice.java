package org.citydiplomacy.portal.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the {@link CurrentPage} in every page's model, for the layout's language switch. */
@ControllerAdvice
class CurrentPageAdvice {

    @ModelAttribute(CurrentPage.MODEL_ATTRIBUTE)
    CurrentPage currentPage(HttpServletRequest request) {
        return CurrentPage.of(request);
    }
}
