package org.communitysafety.scrutiny.baseline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.communitysafety.scrutiny.body.Bodies;
import org.communitysafety.scrutiny.body.EstablishBodyRequest;
import org.communitysafety.servicedefaults.problem.ConcurrentChange;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the scrutiny baseline through the same use case as the API, so each body is
 * checked and published like any other. Only a body missing by its code is recorded, so a
 * second load (or one by a second instance at the same moment) changes nothing and what
 * people have changed since is left alone.
 */
@Service
class BaselineLoader {

    static final String RESOURCE = "baseline/scrutiny-baseline.json";

    private final Bodies bodies;

    private final JsonMapper json;

    private final Validator validator;

    BaselineLoader(Bodies bodies, JsonMapper json, Validator validator) {
        this.bodies = bodies;
        this.json = json;
        this.validator = validator;
    }

    BaselineLoaded load() {
        int created = 0;
        int present = 0;
        for (EstablishBodyRequest body : read().bodies()) {
            if (establishIfMissing(body)) {
                created++;
            }
            else {
                present++;
            }
        }
        return new BaselineLoaded(created, present);
    }

    private boolean establishIfMissing(EstablishBodyRequest body) {
        if (bodies.exists(body.code())) {
            return false;
        }
        try {
            bodies.establish(body);
            return true;
        }
        catch (ConcurrentChange ex) {
            // Another instance recorded it at the same moment.
            return false;
        }
    }

    ScrutinyBaseline read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            ScrutinyBaseline baseline = json.readValue(in, ScrutinyBaseline.class);
            var violations = validator.validate(baseline);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException("The scrutiny baseline breaks the register's rules", violations);
            }
            return baseline;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
        }
    }

}
