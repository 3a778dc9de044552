package org.communitysafety.partnership.area;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import org.communitysafety.servicedefaults.validation.InputRules;

/**
 * An ONS GSS code of one of the county's local authority areas: the general shape of an
 * English local authority code and one of the codes in the county reference.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CountyAreaValidator.class)
@ReportAsSingleViolation
@Pattern(regexp = InputRules.GSS)
public @interface CountyArea {

    String message() default "must be the ONS GSS code of a local authority area of the county, e.g. E07000154 (Northampton)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

}
