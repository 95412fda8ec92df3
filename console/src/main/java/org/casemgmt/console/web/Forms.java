package org.casemgmt.console.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.casemgmt.console.api.ApiProblem;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every form of the console does with the platform's answer: on success a redirect with a notice, on a problem
 * document the same form again, as the user filled it in, with the problem above it and each field's message next to
 * the field.
 */
public final class Forms {

    private Forms() {
    }

    /** Puts the problem and what the user typed in the model, for the form's view to show again. */
    public static void refused(Model model, ApiProblem problem, Map<String, ?> form) {
        model.addAttribute("problem", problem);
        model.addAttribute("form", form);
    }

    /** Shown once, on the page redirected to. */
    public static void notice(RedirectAttributes redirect, String notice) {
        redirect.addFlashAttribute("notice", notice);
    }

    /** A date field's value as the start of that day in UTC, the way the API takes a moment; null if blank. */
    public static String startOfDay(String date) {
        return blank(date) ? null : LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The value, or null when the field was left empty: the API then applies its own default or rule. */
    public static String orNull(String value) {
        return blank(value) ? null : value.trim();
    }

    /** A number field: its value, null when empty, the text itself when it is no number (the API says why). */
    public static Object numberOrText(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return new java.math.BigDecimal(value.trim());
        } catch (NumberFormatException notANumber) {
            return value;
        }
    }
}
