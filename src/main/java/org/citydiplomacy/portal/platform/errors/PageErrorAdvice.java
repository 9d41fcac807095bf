package org.citydiplomacy.portal.platform.errors;

import org.citydiplomacy.portal.platform.web.CurrentPage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.citydiplomacy.portal.platform.database.DatabaseOutages;

import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
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

    /** One template for 403, 404, 500 and 503: {@link #ERROR_KIND} says which, and picks its texts. */
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
                : org.citydiplomacy.portal.shared.Office.day(ex.withdrawnAt()));
        view.addObject("withdrawalReason", ex.reason());
        return view;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
        // A path like /agreements/abc names no record.
        return page(ERROR_PAGE, HttpStatus.NOT_FOUND, request).addObject(ERROR_KIND, 404);
    }

    /** The database is away: a page that says so, with 503 and Retry-After; anything else goes on to the error page. */
    @ExceptionHandler({ org.springframework.dao.DataAccessResourceFailureException.class,
            org.springframework.transaction.CannotCreateTransactionException.class,
            org.springframework.transaction.TransactionSystemException.class,
            org.hibernate.exception.JDBCConnectionException.class, java.sql.SQLTransientConnectionException.class })
    ModelAndView databaseAway(Exception ex, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (!DatabaseOutages.causedBy(ex)) {
            throw ex;
        }
        DatabaseUnavailable.retryAfter(response);
        return page(ERROR_PAGE, HttpStatus.SERVICE_UNAVAILABLE, request).addObject(ERROR_KIND, DatabaseUnavailable.KIND);
    }

    /** A file name with a NUL byte in an upload form: Tomcat will not hand it over. A bad request, not a 500. */
    @ExceptionHandler(InvalidFileNameException.class)
    ModelAndView invalidFileName(InvalidFileNameException ex, HttpServletRequest request) {
        return page("error/400", HttpStatus.BAD_REQUEST, request);
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
