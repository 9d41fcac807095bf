package org.citydiplomacy.portal.platform.errors;

import org.citydiplomacy.portal.platform.web.CurrentPage;

import jakarta.servlet.http.HttpServletRequest;

import org.citydiplomacy.portal.shared.InvalidParametersException;
import org.citydiplomacy.portal.shared.RecordNotFoundException;
import org.citydiplomacy.portal.shared.RecordWithdrawnException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Errors of page controllers as friendly pages in the reader's language; never an exception text. */
@ControllerAdvice(annotations = Controller.class)
class PageErrorAdvice {

    /** One template for 403, 404 and 500: {@link #ERROR_KIND} says which, and picks its texts. */
    static final String ERROR_PAGE = "error/page";
    static final String ERROR_KIND = "errorKind";

    @ExceptionHandler(RecordNotFoundException.class)
    ModelAndView notFound(RecordNotFoundException ex, HttpServletRequest request) {
        return page(ERROR_PAGE, HttpStatus.NOT_FOUND, request).addObject(ERROR_KIND, 404);
    }

    /** A withdrawn record's permalink: 410, saying when and why, so that a citation of it still explains itself. */
    @ExceptionHandler(RecordWithdrawnException.class)
    ModelAndView gone(RecordWithdrawnException ex, HttpServletRequest request) {
        ModelAndView view = page("error/withdrawn", HttpStatus.GONE, request);
        view.addObject("withdrawnKind", ex.kind());
        view.addObject("withdrawnOn", ex.withdrawnAt() == null ? null
                : ex.withdrawnAt().atZone(org.citydiplomacy.portal.shared.Office.ZONE).toLocalDate());
        view.addObject("withdrawalReason", ex.reason());
        return view;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
        // A path like /agreements/abc names no record.
        return page(ERROR_PAGE, HttpStatus.NOT_FOUND, request).addObject(ERROR_KIND, 404);
    }

    @ExceptionHandler(InvalidParametersException.class)
    ModelAndView invalid(InvalidParametersException ex, HttpServletRequest request) {
        ModelAndView view = page("error/400", HttpStatus.BAD_REQUEST, request);
        view.addObject("parameterErrors", ex.errors());
        view.addObject("filterErrors", FilterErrors.of(ex.errors()));
        return view;
    }

    /** Exception handlers' views do not get model attributes from advice: add what the layout needs. */
    private static ModelAndView page(String name, HttpStatus status, HttpServletRequest request) {
        ModelAndView view = new ModelAndView(name, status);
        view.addObject("status", status.value());
        view.addObject(CurrentPage.MODEL_ATTRIBUTE, CurrentPage.of(request));
        return view;
    }
}
