package org.casemgmt.console.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.casemgmt.console.api.ApiProblem;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page the platform would not give: not found (or another agency's: the platform does not tell them apart), not
 * permitted, or a stage unavailable for a moment. The user reads what the platform said, in the console's layout.
 */
@ControllerAdvice(basePackages = "org.casemgmt.console")
class ProblemPages {

    @ExceptionHandler(ApiProblem.class)
    ModelAndView refused(ApiProblem problem, HttpServletResponse response) {
        int status = problem.status() >= 400 ? problem.status() : 502;
        response.setStatus(status);
        ModelAndView page = new ModelAndView("error/problem");
        page.addObject("problem", problem);
        page.addObject("status", status);
        return page;
    }

    @ExceptionHandler(ResourceAccessException.class)
    ModelAndView unreachable(ResourceAccessException e, HttpServletResponse response) {
        response.setStatus(503);
        ModelAndView page = new ModelAndView("error/problem");
        page.addObject("status", 503);
        return page;
    }

    /** A file over the upload limit, refused before the platform sees it. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletResponse response) {
        response.setStatus(413);
        ModelAndView page = new ModelAndView("error/problem");
        page.addObject("status", 413);
        return page;
    }

    /** The session's tokens could not be refreshed (signed out elsewhere, expired): sign in again. */
    @ExceptionHandler(ClientAuthorizationException.class)
    String signInAgain(HttpServletRequest request) {
        request.getSession().invalidate();
        return "redirect:/";
    }
}
