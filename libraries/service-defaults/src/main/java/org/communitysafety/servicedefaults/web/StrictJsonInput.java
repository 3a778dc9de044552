package org.communitysafety.servicedefaults.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.communitysafety.servicedefaults.problem.RefusedInput;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * How a request body's text and dates are read: a string must be a JSON string (not a
 * number, boolean or object coerced into one), without control characters other than tab
 * and line breaks and without lone surrogates (invalid Unicode a database or an email
 * would mangle); a date must be {@linkplain PlausibleDates plausible}.
 */
public class StrictJsonInput extends SimpleModule {

    public StrictJsonInput() {
        super("strict-json-input");
        addDeserializer(String.class, new Text());
        addDeserializer(LocalDate.class, new Day());
        addDeserializer(Instant.class, new Moment());
    }

    /** The index of the first character that is not acceptable text, or -1. */
    public static int firstUnacceptable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            }
            else if (Character.isSurrogate(c) || isControl(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isControl(char c) {
        return Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t';
    }

    private static final class Text extends StdScalarDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw new RefusedInput(parser, String.class, "must be a JSON string");
            }
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (firstUnacceptable(text) >= 0) {
                throw new RefusedInput(parser, String.class,
                        "contains a control character or invalid Unicode (only tab and line breaks are allowed)");
            }
            return text;
        }

    }

    private static final class Day extends StdScalarDeserializer<LocalDate> {

        Day() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw new RefusedInput(parser, LocalDate.class, "must be an ISO date such as 2015-04-01");
            }
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            if (date != null && !PlausibleDates.isPlausible(date)) {
                throw new RefusedInput(parser, LocalDate.class, "must be a date " + PlausibleDates.RANGE);
            }
            return date;
        }

    }

    /**
     * An instant as an ISO string with its offset ({@code 2026-03-30T18:00:00Z}), never a
     * bare number (epoch seconds or milliseconds, which a caller can mistake for each
     * other) and on a plausible day.
     */
    private static final class Moment extends StdScalarDeserializer<Instant> {

        private static final String EXAMPLE = "an ISO date and time with its offset such as 2026-03-30T18:00:00Z";

        Moment() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw new RefusedInput(parser, Instant.class, "must be " + EXAMPLE);
            }
            Instant instant = InstantDeserializer.INSTANT.deserialize(parser, context);
            if (instant != null && !PlausibleDates.isPlausible(instant.atOffset(ZoneOffset.UTC).toLocalDate())) {
                throw new RefusedInput(parser, Instant.class, "must be a time " + PlausibleDates.RANGE);
            }
            return instant;
        }

    }

}
