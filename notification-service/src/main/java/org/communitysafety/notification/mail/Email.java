package org.communitysafety.notification.mail;

/**
 * One email's text, as its templates wrote it.
 *
 * @param subject the subject line, on one line whatever names went into it
 * @param text the plain-text body
 * @param html the HTML body, every value in it escaped
 */
public record Email(String subject, String text, String html) {

    public Email {
        // A name with a line break in it must not start a header of its own.
        subject = subject.replaceAll("[\\r\\n\\t\\x00-\\x1F\\x7F]+", " ").strip();
    }

}
