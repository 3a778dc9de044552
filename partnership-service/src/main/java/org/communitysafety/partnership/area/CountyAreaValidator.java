package org.communitysafety.partnership.area;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Accepts only codes in the county reference; the shape is checked by the composed
 * {@code @Pattern}.
 */
public class CountyAreaValidator implements ConstraintValidator<CountyArea, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || CountyAreas.isKnown(value);
    }

}
