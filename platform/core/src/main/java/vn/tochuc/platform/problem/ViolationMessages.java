package vn.tochuc.platform.problem;

import jakarta.validation.ConstraintViolation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * Bean Validation's own messages in Vietnamese. Hibernate Validator has no Vietnamese bundle, and choosing a
 * bundle by Accept-Language would tie every service's build to its locale settings; the constraint's template
 * names the message, so it is looked up here and filled with the constraint's attributes ({min}, {max}, ...).
 * A message a field declares itself is not a template of the standard constraints and stays as written.
 */
final class ViolationMessages {

    private static final Properties VIETNAMESE = load();

    private ViolationMessages() {
    }

    static String of(ConstraintViolation<?> violation, boolean vietnamese) {
        String template = violation.getMessageTemplate();
        if (!vietnamese || template == null || !template.startsWith("{") || !template.endsWith("}")) {
            return violation.getMessage();
        }
        String text = VIETNAMESE.getProperty(template.substring(1, template.length() - 1));
        if (text == null) {
            return violation.getMessage();
        }
        for (Map.Entry<String, Object> attribute : violation.getConstraintDescriptor().getAttributes().entrySet()) {
            text = text.replace("{" + attribute.getKey() + "}", String.valueOf(attribute.getValue()));
        }
        return text;
    }

    private static Properties load() {
        Properties messages = new Properties();
        try (InputStream in = ViolationMessages.class.getResourceAsStream("/tochuc-validation-vi.properties")) {
            if (in != null) {
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Vietnamese validation messages", e);
        }
        return messages;
    }
}
