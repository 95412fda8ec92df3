package org.casemgmt.closure.casework;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A closure reason from the agency's configured list ({@code closure.reasons}); a bad one is a 400 naming the list. */
@Documented
@Constraint(validatedBy = KnownClosureReason.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@interface KnownClosureReason {

    String message() default "must be one of the agency's closure reasons";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Made by Spring's validator factory, which hands it the configured reasons. */
    class Check implements ConstraintValidator<KnownClosureReason, String> {

        private final ClosurePolicies policies;

        Check(ClosurePolicies policies) {
            this.policies = policies;
        }

        @Override
        public boolean isValid(String reason, ConstraintValidatorContext context) {
            if (reason == null || policies.reasons().contains(reason)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must be one of " + String.join(", ", policies.reasons()))
                    .addConstraintViolation();
            return false;
        }
    }
}
