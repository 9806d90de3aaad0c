package vn.tochuc.platform.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Every string that enters through JSON is stored composed (NFC), whatever the client's keyboard produced, and is
 * text the database can store ({@link StorableText}): one deserializer, so no field of any service can forget it.
 */
@Singleton
public class NfcJsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("tochuc-nfc").addDeserializer(String.class, new NfcStringDeserializer()));
    }

    static final class NfcStringDeserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            String unstorable = StorableText.whyNot(text);
            if (unstorable != null) {
                // The cause carries the field's message; Jackson adds the field's path on the way out.
                throw JsonMappingException.from(parser, unstorable, new IllegalArgumentException(unstorable));
            }
            return VietnameseText.nfc(text);
        }
    }
}
