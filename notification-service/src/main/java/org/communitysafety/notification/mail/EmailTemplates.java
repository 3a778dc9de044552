package org.communitysafety.notification.mail;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import org.springframework.stereotype.Component;

/**
 * Writes emails from Mustache templates kept beside the code, not in it
 * ({@code templates/mail/<name>.subject|txt|html.mustache}): the wording can be changed
 * without touching a class. The HTML template escapes every value (a name with markup in
 * it shows as text); the subject and the plain text are not HTML, so they are written as
 * they are. A value the template names but the model lacks is a mistake in the template
 * and fails loudly; a value that is null is written as nothing.
 */
@Component
public class EmailTemplates {

    private final Mustache.Compiler html;

    private final Mustache.Compiler text;

    /** Compiled once each: every alert to every recipient is written from them. */
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();

    EmailTemplates(Mustache.TemplateLoader loader) {
        this.html = Mustache.compiler().withLoader(loader).nullValue("").emptyStringIsFalse(true).escapeHTML(true);
        this.text = Mustache.compiler().withLoader(loader).nullValue("").emptyStringIsFalse(true).escapeHTML(false);
    }

    /** The email written by the named templates from the model. */
    public Email write(String name, Map<String, Object> model) {
        return new Email(render(text, name + ".subject", model).strip(), render(text, name + ".txt", model),
                render(html, name + ".html", model));
    }

    /** A page written by an HTML template, e.g. {@code preferences/page}. */
    public String page(String name, Map<String, Object> model) {
        return compiled(html, name + ".html").execute(model);
    }

    private String render(Mustache.Compiler compiler, String template, Map<String, Object> model) {
        return compiled(compiler, "mail/" + template).execute(model);
    }

    private Template compiled(Mustache.Compiler compiler, String template) {
        return compiled.computeIfAbsent(template, name -> load(compiler, name));
    }

    private static Template load(Mustache.Compiler compiler, String template) {
        try {
            return compiler.loadTemplate(template);
        }
        catch (Exception ex) {
            throw new IllegalStateException("No email template " + template, ex);
        }
    }

}
