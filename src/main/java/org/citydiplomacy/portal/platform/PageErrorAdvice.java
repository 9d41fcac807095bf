package org.citydiplomacy.portal.platform;

import org.citydiplomacy.portal.shared.InvalidParametersException;
import org.citydiplomacy.portal.shared.RecordNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Errors of page controllers as friendly pages in the reader's language; never an exception text. */
@ControllerAdvice(annotations = Controller.class)
class PageErrorAdvice {

    @ExceptionHandler(RecordNotFoundException.class)
    ModelAndView notFound(RecordNotFoundException ex) {
        ModelAndView view = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        view.addObject("status", 404);
        return view;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException ex) {
        // A path like /agreements/abc names no record.
        ModelAndView view = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        view.addObject("status", 404);
        return view;
    }

    @ExceptionHandler(InvalidParametersException.class)
    ModelAndView invalid(InvalidParametersException ex) {
        ModelAndView view = new ModelAndView("error/400", HttpStatus.BAD_REQUEST);
        view.addObject("status", 400);
        view.addObject("parameterErrors", ex.errors());
        return view;
    }
}
