package org.casemgmt.closure.retention;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A {@link RetentionPeriod} as text; anything else is a 400 saying what a period looks like. */
@Documented
@Constraint(validatedBy = IsoPeriod.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@interface IsoPeriod {

    String message() default RetentionPeriod.EXPECTED;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<IsoPeriod, String> {

        @Override
        public boolean isValid(String period, ConstraintValidatorContext context) {
            return period == null || RetentionPeriod.of(period).isPresent();
        }
    }
}
